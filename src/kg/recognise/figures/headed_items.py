"""A breakdown whose measure is named once, in its heading before a colon, and whose items
are only a name and a number: ``一等奖分布（学生组、教师组合计）：甲职中11个，乙中学9个`` →
甲职中一等奖, 乙中学一等奖. The clause rules see only ``甲职中`` before each number."""
from __future__ import annotations

import re

from .lines import figures_by_line
from .patterns import MAX_METRIC
from .scan import Candidate
from .words import has_verb

_HAN = "\u4e00-\u9fff"
HEADING = re.compile(rf"\s*(?:[（(][一二三四五六七八九十]{{1,3}}[）)]|[0-9]{{1,2}}[.、．])?\s*"
                     rf"([{_HAN}]{{2,10}}?)(?:分布|情况|统计|排名|排行)(?:[（(][^（）()\n]{{1,20}}[）)])?[：:]")
ITEM = re.compile(rf"[{_HAN}]{{2,14}}")
SEPARATORS = "，,；;、：:"
NOT_ITEM = ("其余", "其他", "其中", "合计", "共计", "全市", "全县", "全区")


def name_headed_items(text: str, figs: list[Candidate]) -> None:
    """Each ``name number`` item after a heading that names the measure gets name + measure."""
    for a, line, mine in figures_by_line(text, figs):
        m = HEADING.match(line)
        if not m or has_verb(m.group(1)):
            continue
        measure = m.group(1)
        for f in mine:
            if f.start < a + m.end():
                continue
            lead = f.start
            while lead > a + m.end() and text[lead - 1] not in SEPARATORS:
                lead -= 1
            item = text[lead:f.start].strip()
            if (ITEM.fullmatch(item) and not item.startswith(NOT_ITEM) and not has_verb(item)
                    and measure not in item and len(item) + len(measure) <= MAX_METRIC):
                f.metric = item + measure
