"""People in the name columns of a table written with bars, as prize lists print them:

    序号 | 作品名称 | 学校 | 作者 | 指导教师
    1 | 某某装置 | 某某中学 | 张某、李某 | 王某

A column whose heading names people (作者, 学生, 姓名, 指导教师, 选手 …) holds one name,
or several joined by 、 or a space, per row. The heading serves the rows below it, also
across the short caption lines that split one list into parts (二、科技实践活动一等奖),
until a line of prose ends the table. Each name still passes the surname test.
"""
from __future__ import annotations

import re

from ...spans import line_spans
from .doc import Candidate

BAR = re.compile(r"\s*[|｜]\s*")
PAREN = re.compile(r"[（(][^（）()]{0,12}[）)]")
# the last word of a heading whose cells name people
PEOPLE_HEADINGS = ("作者", "学生", "姓名", "指导教师", "指导老师", "辅导教师", "辅导员", "教练",
                   "教练员", "选手", "获奖者", "队员", "教师", "主讲人", "执教者", "负责人")
NAME_SPLIT = re.compile(r"[、，,；;/ \u3000]+")
CAPTION_LIMIT = 30       # a line without bars this short (and no 。) is a caption, not prose


def _cells(line: str) -> list[tuple[int, int]]:
    """Spans of the cells of ``line`` (without the bars and the spaces around them)."""
    cells, start = [], 0
    for m in BAR.finditer(line):
        cells.append((start, m.start()))
        start = m.end()
    cells.append((start, len(line)))
    return cells


def _people_columns(line: str, cells) -> set[int]:
    names = [PAREN.sub("", line[a:b]).strip() for a, b in cells]
    return {i for i, n in enumerate(names) if 2 <= len(n) <= 8 and n.endswith(PEOPLE_HEADINGS)}


def _names_in(line: str, a: int, b: int):
    """``(start, end)`` of each part of the cell ``line[a:b]`` split at 、 or spaces."""
    pos = a
    for part in NAME_SPLIT.split(line[a:b]):
        at = line.find(part, pos, b) if part else -1
        if at >= 0:
            pos = at + len(part)
            yield at, pos


def table_people(text: str, ok) -> list[Candidate]:
    """Every name in a people column of a barred table; ``ok(name, strict)`` is the
    surname test of persons.py."""
    if "|" not in text and "｜" not in text:
        return []
    out: list[Candidate] = []
    columns: set[int] = set()
    width = 0
    for pos, end in line_spans(text):
        line = text[pos:end]
        if "|" not in line and "｜" not in line:
            if len(line.strip()) > CAPTION_LIMIT or "。" in line:
                columns, width = set(), 0
            continue
        cells = _cells(line)
        heading = _people_columns(line, cells)
        if heading:
            columns, width = heading, len(cells)
            continue
        if not columns or len(cells) != width:
            continue
        for col in sorted(columns):
            for s, e in _names_in(line, *cells[col]):
                name = line[s:e]
                if 2 <= len(name) <= 4 and ok(name, False):
                    out.append(Candidate(pos + s, pos + e, "Person", name, 7, "person-table"))
    return out
