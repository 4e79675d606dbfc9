"""A count broken down by area in a bracket right after it (186所中小学校（铜官区52所、义安区
47所、郊区29所）): each item counts the same thing in its area, so annotators name it by the
area and the count's noun (铜官区中小学校), not by what the clause before the count says."""
from __future__ import annotations

import re

from .scan import Candidate

# the counted noun between a figure and its bracket, and the bracket itself
NOUN_THEN_BRACKET = re.compile(r"([\u4e00-\u9fff]{1,8})[（(]([^（）()\n]{4,80})[）)]")
# an item: an area's name (a division's or a town's type word ends it) and the figure
AREA_ITEM = re.compile(r"([\u4e00-\u9fff]{1,6}(?:区|县|市|旗|镇|乡|街道))$")


def name_area_breakdowns(text: str, figs: list[Candidate]) -> None:
    by_start = {f.start: f for f in figs}
    for f in figs:
        m = NOUN_THEN_BRACKET.match(text, f.end)
        if not m:
            continue
        noun, lo, hi = m.group(1), m.start(2), m.end(2)
        inner = [g for g in figs if lo <= g.start and g.end <= hi]
        if len(inner) < 2 or any(g.unit != f.unit for g in inner):
            continue
        items, prev = [], lo
        for g in inner:
            area = AREA_ITEM.search(text, prev, g.start)
            if area is None or area.start(1) != prev:
                break
            items.append((g, area.group(1)))
            prev = g.end
            if text[prev:prev + 1] == "、":
                prev += 1
        if len(items) != len(inner) or prev != hi:
            continue
        for g, area in items:
            by_start[g.start].metric = area + noun
