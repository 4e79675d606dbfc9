"""Numbers whose unit is written in the heading: a bulletin's table by area gives the
unit once, in brackets (``各旗区幼儿园数（所）：A旗 98；B区 31``, ``…在校生（万人）：A区
7.02；…``), and each area then writes a bare number. Each such number is a figure with
the heading's unit, its value scaled by the heading's 万/亿."""
from __future__ import annotations

import re

from ..numbers import NumberToken
from .area_headings import area_headings, item_area, list_items
from .lexicon import Lexicon
from .scan import Candidate

# what may stand between an area and its number (a space, a colon)
GAP = re.compile(r"[ \u3000:：]*")


def table_units(text: str, results: dict[int, Candidate], bare: dict[int, NumberToken],
                lex: Lexicon) -> None:
    """Add to ``results`` each bare number that an area item of a unit heading's list
    gives alone (the area, the number, then the item's end)."""
    if not bare or ("）：" not in text and "）:" not in text and "):" not in text
                    and "单位" not in text):
        return
    headings = [h for h in area_headings(text, lex.units) if h.unit]
    for h in headings:
        inside = {i for idx, tok in bare.items() if h.start <= tok.start < h.end
                  for i in range(tok.start, tok.end)}
        by_start = {tok.start: idx for idx, tok in bare.items() if h.start <= tok.start < h.end}
        for a, b in list_items(text, h, inside):
            area = item_area(text, a, b, h.by_stage)
            if not area:
                continue
            pos = GAP.match(text, area[1], b).end()
            idx = by_start.get(pos)
            if idx is None or idx in results:
                continue
            tok = bare[idx]
            if text[tok.end:b].strip():
                continue             # something follows the number: not a table cell
            results[idx] = Candidate(tok.start, tok.end, tok.value * h.scale, h.unit, tok.approx)
