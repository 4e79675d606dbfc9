"""A breakdown whose measure is named once, in its heading before a colon, and whose items
are only a name and a number: ``一等奖分布（学生组、教师组合计）：甲职中11个，乙中学9个`` →
甲职中一等奖, 乙中学一等奖. The clause rules see only ``甲职中`` before each number."""
from __future__ import annotations

import re

from .lines import every_line, figures_by_line
from .heads import STAGES
from .patterns import CHANGE_WORDS, MAX_METRIC, MAX_WHOLE_METRIC
from .scan import Candidate
from .words import has_verb

_HAN = "\u4e00-\u9fff"
HEADING = re.compile(rf"\s*(?:[（(][一二三四五六七八九十]{{1,3}}[）)]|[0-9]{{1,2}}[.、．])?\s*"
                     rf"([{_HAN}]{{2,10}}?)(?:分布|情况|统计|排名|排行)(?:[（(][^（）()\n]{{1,20}}[）)])?[：:]")
ITEM = re.compile(rf"[{_HAN}]{{2,14}}")
SEPARATORS = "，,；;、：:"
# a measure named before a colon, then broken down by stage: 生均一般公共预算教育事业费：普通小学
# 11862元，比上年增长2.6%；普通初中15437元，增长3.1%
MEASURE_HEADING = re.compile(rf"\s*(?:[（(][一二三四五六七八九十]{{1,3}}[）)]|[0-9]{{1,2}}[.、．])?\s*"
                             rf"([{_HAN}]{{2,16}}?(?:费|经费|支出|投入))[：:]")
STAGE_ITEM = re.compile(rf"(?:普通|全日制)?(?:{STAGES.pattern})")
CHANGE_ITEM = re.compile(CHANGE_WORDS)
OPENERS = re.compile(r"^(?:全年|年内|本年|当年|全市|全县|全区|全州|全旗)+")    # 全年生均… → 生均…
RESPECTIVE_CHANGE = re.compile(rf"分别({CHANGE_WORDS})")
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


def name_staged_measures(text: str, figs: list[Candidate]) -> None:
    """Each ``stage number`` item after a measure's colon gets stage + measure, and the change
    written after it (，比上年增长2.6%) stage + measure + change."""
    for a, line, mine in figures_by_line(text, figs):
        m = MEASURE_HEADING.match(line)
        if not m:           # (预算 reads as a verb: the heading is a noun phrase all the same)
            continue
        measure, named = OPENERS.sub("", m.group(1)), ""
        staged: list[str] = []          # the stage measures so far, for a 分别 list after them
        for i, f in enumerate(mine):
            if f.start < a + m.end():
                continue
            each = RESPECTIVE_CHANGE.search(text, a + m.end(), f.start)
            if each and staged and len(mine) - i == len(staged):
                # …，分别比上年增长2.74%、2.18%…: the i-th change is of the i-th stage
                for g, name in zip(mine[i:], staged):
                    if len(name) + len(each.group(1)) <= MAX_WHOLE_METRIC:
                        g.metric = name + each.group(1)
                break
            lead = f.start
            while lead > a + m.end() and text[lead - 1] not in SEPARATORS:
                lead -= 1
            item = text[lead:f.start].strip()
            if STAGE_ITEM.fullmatch(item):
                named = item + measure
                staged.append(named)
                if len(named) <= MAX_WHOLE_METRIC:
                    f.metric = named
            elif named and CHANGE_ITEM.fullmatch(item) and text[lead - 1:lead] in "，,":
                if len(named) + len(item) <= MAX_WHOLE_METRIC:
                    f.metric = named + item
            else:
                named = ""


def name_measure_lines(text: str, figs: list[Candidate]) -> None:
    """A measure's heading on a line of its own (生均一般公共预算教育事业费:) over lines of a
    stage and a number each (小学14352元,增长4.6%;): stage + measure, and the change after it
    stage + measure + change, down to the first line that opens with no stage."""
    lines = list(every_line(text, figs))
    for k, (_, line, _) in enumerate(lines):
        if not line.rstrip().endswith(("：", ":")):
            continue
        m = MEASURE_HEADING.match(line)
        if not m or line[m.end():].strip():
            continue
        measure = OPENERS.sub("", m.group(1))
        for a, row, mine in lines[k + 1:]:
            stage = STAGE_ITEM.match(row)
            if not mine or not stage or text[a + stage.end():mine[0].start].strip():
                break
            named = stage.group() + measure
            if len(named) > MAX_WHOLE_METRIC:
                break
            mine[0].metric = named
            for f in mine[1:]:
                lead = f.start
                while lead > a and text[lead - 1] not in SEPARATORS:
                    lead -= 1
                item = text[lead:f.start].strip()
                if CHANGE_ITEM.fullmatch(item) and len(named) + len(item) <= MAX_WHOLE_METRIC:
                    f.metric = named + item
