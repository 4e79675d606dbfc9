"""Bare numbers in rows apart by slashes under a heading that lists its measures:
``各县（市、区）获奖数（一等奖/二等奖/三等奖/合计）:`` over ``甲区 11/17/19/47``. A
report writes such a table after the prose that gave the same measures with their unit
(甲区共获一等奖11件、二等奖17件…), so each measure takes the unit the text last wrote
after it; a total the prose never wrote (合计) takes the unit all the others share."""
from __future__ import annotations

import re

from ..numbers import NumberToken
from .area_headings import area_headings, item_area
from .scan import Candidate

LOOK_BACK = 2000          # how far before the heading the prose is searched
NEAR = 4                  # what may stand between a measure and its number: 共, 达, 为
CELL_GAP = re.compile(r"[ \u3000]*[/／][ \u3000]*")


def _units_before(text: str, pos: int, nouns: list[str], found: list[Candidate]) -> list[str]:
    """For each measure, the unit of the last figure before ``pos`` written right after it."""
    units = []
    for noun in nouns:
        unit = ""
        for c in found:
            if pos - LOOK_BACK <= c.start < pos and noun in text[max(0, c.start - len(noun) - NEAR):c.start]:
                unit = c.unit
        units.append(unit)
    known = {u for u in units if u}
    if not known or (len(known) > 1 and "" in units):
        return []                 # nothing to go by, or no one unit a total could share
    return [u or next(iter(known)) for u in units]


def slash_row_units(text: str, results: dict[int, Candidate], bare: dict[int, NumberToken],
                    units) -> None:
    """Add to ``results`` the bare numbers of slash rows whose measures have a unit in the
    prose before their heading."""
    if not bare or ("/" not in text and "／" not in text):
        return
    found = sorted(results.values(), key=lambda c: c.start)
    by_start = {tok.start: idx for idx, tok in bare.items()}
    for h in area_headings(text, units):
        if len(h.slash_nouns) < 2:
            continue
        row_units = _units_before(text, h.start, h.slash_nouns, found)
        if not row_units:
            continue
        pos = h.start
        while pos < h.end:
            end = text.find("\n", pos, h.end)
            end = h.end if end < 0 else end
            _row(text, pos, end, row_units, by_start, bare, results)
            pos = end + 1


def _row(text, pos, end, row_units, by_start, bare, results) -> None:
    """One row: an area, then one bare number per measure apart by slashes."""
    area = item_area(text, pos, end)
    if not area:
        return
    a = area[1]
    while a < end and text[a] in " \u3000:：":
        a += 1
    toks = []
    while a < end and len(toks) < len(row_units):
        idx = by_start.get(a)
        if idx is None or idx in results:
            return
        toks.append(idx)
        gap = CELL_GAP.match(text, bare[idx].end, end)
        a = gap.end() if gap else bare[idx].end
        if not gap and len(toks) < len(row_units):
            return
    if len(toks) != len(row_units) or text[a:end].strip(" \u3000；;。"):
        return
    for idx, unit in zip(toks, row_units):
        tok = bare[idx]
        results[idx] = Candidate(tok.start, tok.end, tok.value, unit, tok.approx)
