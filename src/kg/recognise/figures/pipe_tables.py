"""Figures in a table written with bars (``学段 | 专任教师(人) | 本科及以上学历占比`` over
``小学 | 13806人 | 78.9%``): each cell's figure measures its column's heading for its
row's label (小学专任教师, 小学本科及以上学历占比), as annotators name table cells."""
from __future__ import annotations

import re

from ...spans import SpanIndex, line_spans
from .patterns import MAX_METRIC
from .scan import Candidate

BAR = re.compile(r"\s*[|｜]\s*")
PAREN = re.compile(r"[（(][^（）()]{0,12}[）)]")
WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,16}")


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the line text[a:b], as spans without the bars and spaces."""
    cells, start = [], a
    for m in BAR.finditer(text, a, b):
        cells.append((start, m.start()))
        start = m.end()
    cells.append((start, b))
    return cells


def name_pipe_tables(text: str, figs: list[Candidate]) -> None:
    """Name each figure in a cell of a barred table by its row label and column heading."""
    if "|" not in text and "｜" not in text:
        return
    header: list[str] | None = None
    by_start = SpanIndex(figs)
    for pos, end in line_spans(text):
        line = text[pos:end]
        if "|" not in line and "｜" not in line:
            header = None
            continue
        mine = by_start.starting_in(pos, end)
        for f in mine:
            if BAR.search(f.metric):
                # a cell's own words, not the bar before it: 小学 | 毕业生1.9万人 → 毕业生
                f.metric = BAR.split(f.metric)[-1].strip()
        cells = _cells(text, pos, end)
        if not mine:
            names = [PAREN.sub("", text[a:b]).strip() for a, b in cells]
            header = names if all(WORD.fullmatch(n) for n in names[1:]) else None
        elif header is not None and len(cells) == len(header):
            label = text[cells[0][0]:cells[0][1]].strip()
            if WORD.fullmatch(label):
                for f in mine:
                    col = next((c for c, (a, b) in enumerate(cells) if a <= f.start < b), 0)
                    if col and len(label) + len(header[col]) <= MAX_METRIC:
                        f.metric = label + header[col]
