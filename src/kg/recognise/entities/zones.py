"""位于崖山区的南港湾科技城: a development zone written right after 位于 + a place is a
named area (a Place) whose location the report states; its name is in no gazetteer."""
from __future__ import annotations

import re

from ...model import contract_class
from .doc import _Cand, _Doc

ZONE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:科技城|科学城|新区|开发区|高新区|产业园区|产业园|园区|示范区|自贸区)")
LIES_IN = ("位于", "地处", "坐落于")


def _located_zones(doc: _Doc, cands: list[_Cand]) -> list[_Cand]:
    text = doc.text
    out = []
    for c in cands:
        if contract_class(c.type) != "Place" or text[c.end:c.end + 1] != "的" \
                or not text.endswith(LIES_IN, max(0, c.start - 3), c.start):
            continue
        m = ZONE.match(text, c.end + 1)
        if m and not any(x.start == m.start() and x.end >= m.end() for x in cands):
            out.append(_Cand(m.start(), m.end(), "Place", m.group(0), 6, "located-zone"))
    return out
