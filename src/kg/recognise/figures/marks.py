"""Results of a sports meet: news writes a mark with its unit inside the number
(跳出7米16, 10秒92, 以2分14秒37的成绩夺冠, 9分48秒) and names its races by distance
(男子4×400米接力, 女子组800米比赛, 甲组60米、100米两枚金牌). A mark is one figure in metres
or seconds; a race's distance is part of the race's name, no figure, as is the end of a
rank range (分列第四至六名)."""
from __future__ import annotations

import re
from decimal import Decimal

from ...spans import SpanIndex
from .scan import Candidate

# a time in minutes, seconds and hundredths, or seconds and hundredths, or metres and
# centimetres; bounded, no nested repeats
MARK = re.compile(r"(?<![0-9.])(?:([0-9]{1,2})分([0-9]{1,2})秒([0-9]{2})?|([0-9]{1,3})秒([0-9]{2})"
                  r"|([0-9]{1,2})米([0-9]{2}))(?![0-9.%])")
# a distance that names a race: after 男子/女子/组/× or before the race's kind
RACE_BEFORE = re.compile(r"(?:男子|女子|男|女|组|[×xX*＊])$")
RACE_AFTER = re.compile(r"(?:接力|跨栏|栏|障碍|比赛|决赛|预赛|半决赛|冠军|亚军|季军|金牌|银牌|铜牌"
                        r"|自由泳|蛙泳|仰泳|蝶泳|混合泳|跑(?!道)|项目)")
RANK_RANGE = re.compile(r"第[一二三四五六七八九十0-9]{1,3}(?:至|到|—|-|~|～)$")


def _mark(m: re.Match) -> tuple[Decimal, str]:
    g = m.groups()
    if g[0] is not None:
        seconds = Decimal(g[0]) * 60 + Decimal(g[1])
        return seconds + (Decimal(g[2]) / 100 if g[2] else 0), "秒"
    if g[3] is not None:
        return Decimal(g[3]) + Decimal(g[4]) / 100, "秒"
    return Decimal(g[5]) + Decimal(g[6]) / 100, "米"


def _race(text: str, c: Candidate, dropped_end: int) -> bool:
    """Whether a figure in metres is the distance of a race (or a list of them)."""
    if c.unit != "米" or c.approx:
        return False
    before = text[max(0, c.start - 2):c.start]
    if RACE_BEFORE.search(before) or (c.start - 1 == dropped_end and before.endswith("、")):
        return True
    return RACE_AFTER.match(text, c.end) is not None


def read_marks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with sports marks joined into one figure each and race distances and
    rank-range ends dropped."""
    if "米" not in text and "秒" not in text and "至" not in text:
        return cands
    marks = []
    for m in MARK.finditer(text):
        value, unit = _mark(m)
        marks.append(Candidate(m.start(), m.end(), value, unit, False))
    out = []
    dropped_end = -2
    index = SpanIndex(marks)
    for c in cands:
        if any(k.start < c.end and c.start < k.end for k in index.near(c.start, c.end)):
            continue
        if _race(text, c, dropped_end):
            dropped_end = c.end
            continue
        if RANK_RANGE.search(text, max(0, c.start - 6), c.start):
            continue
        out.append(c)
    return sorted(out + marks, key=lambda c: c.start)


# the race or field event a mark is the result of
EVENT = re.compile(r"[0-9]{2,5}米(?:跨栏|栏|接力|障碍|自由泳|蛙泳|仰泳|蝶泳|混合泳)?"
                   r"|三级跳远|立定跳远|跳远|撑竿跳高|跳高|铅球|铁饼|标枪|链球|实心球")
LINE_HEAD = re.compile(r"[^\n：:。；;，,]{2,16}[：:]")
SENTENCE_EDGE = "。；;！!？?\n"
LINE_WINDOW = 400     # a line's heading is looked for this far back at most (long lines)
RESULT = "成绩"


def _event(text: str, start: int) -> str:
    """The event a mark at ``start`` is the result of: its line's heading when that
    names an event (高中男子100米：…), else the last event its sentence names before it."""
    line0 = text.rfind("\n", max(0, start - LINE_WINDOW), start) + 1
    head = LINE_HEAD.match(text, line0, start) if line0 or start <= LINE_WINDOW else None
    if head and EVENT.search(head.group(0)):
        return head.group(0)[:-1].strip(" \u3000")
    lo = start
    while lo > 0 and start - lo < 80 and text[lo - 1] not in SENTENCE_EDGE:
        lo -= 1
    last = None
    for last in EVENT.finditer(text, lo, start):
        pass
    return last.group(0) if last else ""


def name_marks(text: str, cands: list[Candidate]) -> None:
    """Name each sports mark by its event and 成绩 (跳远成绩, 高中男子100米成绩)."""
    for c in cands:
        if c.unit in ("米", "秒") and MARK.fullmatch(text, c.start, c.end):
            c.metric = _event(text, c.start) + RESULT
