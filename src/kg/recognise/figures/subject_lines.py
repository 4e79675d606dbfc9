"""Prize lines by school subject under a stage's heading, as contest news prints them::

    （一）小学组
    1.语文(参赛26人): 一等奖5名, 二等奖7名, 三等奖9名。

Each count is the stage's subject's (小学语文一等奖, and the bracket's 小学语文参赛), as
annotators name them; the clause rules see only the bare prize (一等奖)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ...data import load_words, longest_first
from ...spans import line_spans
from .lines import figures_by_line
from .patterns import MAX_METRIC
from .scan import Candidate

LINE_NUMBER = re.compile(r"\s*(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）.、．])?\s*")
# the counts' heading: a stage's group, numbered or not (（一）小学组, 二、初中组, 小学组：)
GROUP_HEADING = re.compile(r"\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])?\s*"
                           r"((?:小学|初中|高中|中学|中职|幼儿园|学前)(?:组|学段|阶段)?|[\u4e00-\u9fff]{2,5}组)\s*[：:]?\s*$")
STAGE = re.compile(r"小学|初中|高中|中职|幼儿园|学前")
BRACKET = re.compile(r"[（(]([^（）()\n]{1,14})[）)]")
COLON = re.compile(r"\s*[：:]")
BARE = 6            # a count named only by its prize (一等奖) or the bracket's verb (参赛)


@cache
def _subjects() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, longest_first(load_words("school_subjects.txt")))))


def _subject_at(line: str, pos: int) -> str:
    m = _subjects().match(line, pos)
    return m.group() if m else ""


def _subjects_at(line: str, pos: int) -> tuple[list[str], int]:
    """The subjects a line lists from ``pos`` (音乐、体育与健康、美术) and where they end."""
    found = []
    while True:
        subject = _subject_at(line, pos)
        if not subject:
            break
        found.append(subject)
        pos += len(subject)
        if line[pos:pos + 1] not in ("、", "和") or not _subject_at(line, pos + 1):
            break
        pos += 1
    return found, pos


def name_subject_lines(text: str, figs: list[Candidate]) -> None:
    """Name each count of a subject's prize line by its group's stage and the subject
    (小学语文一等奖), or, for a line of several subjects, by the group (音体美组一等奖)."""
    headings = {}
    for a, b in line_spans(text):
        m = GROUP_HEADING.fullmatch(text, a, b)
        if m:
            headings[a] = m.group(1)
    starts = sorted(headings)
    for a, line, mine in figures_by_line(text, figs):
        m = LINE_NUMBER.match(line)
        subjects, after = _subjects_at(line, m.end())
        if not subjects:
            continue
        bracket = BRACKET.match(line, after)
        colon = COLON.match(line, bracket.end() if bracket else after)
        if not colon:
            continue
        k = bisect_left(starts, a)
        group = headings[starts[k - 1]] if k else ""
        stage = STAGE.match(group)
        subject = subjects[0]
        if len(subjects) > 1:
            if not group:
                continue
            name = group             # 音乐、体育与健康、美术 under 音体美组
        else:
            name = (stage.group() if stage and not subject.startswith(stage.group()) else "") + subject
        stop = line.find("。", colon.end())
        end = a + (stop if stop >= 0 else len(line))
        for f in mine:
            if f.start >= end:
                break
            rel = f.start - a
            if bracket and bracket.start(1) <= rel < bracket.end(1):
                verb = re.sub(r"[0-9０-９.]+.*$", "", bracket.group(1))   # 参赛26人 → 参赛
                if verb and len(name) + len(verb) <= MAX_METRIC:
                    f.metric = name + verb
            elif rel >= colon.end() and f.metric and len(f.metric) <= BARE \
                    and not f.metric.startswith(name) and len(name) + len(f.metric) <= MAX_METRIC:
                f.metric = name + f.metric.removeprefix(subject)
