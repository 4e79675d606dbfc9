"""The lines of a text with the figures on each: the line-shaped readers (a heading or a
category before a colon, then the counts) read one line at a time."""
from __future__ import annotations

from collections.abc import Iterator

from .scan import Candidate


def every_line(text: str, figs: list[Candidate]) -> Iterator[tuple[int, str, list[Candidate]]]:
    """(where the line starts, the line, its figures in order) for each line, with or without
    figures: a heading line over the lines it names holds none."""
    by_start = sorted(figs, key=lambda f: f.start)
    i, pos = 0, 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        while i < len(by_start) and by_start[i].start < a:
            i += 1
        j = i
        while j < len(by_start) and by_start[j].start < b:
            j += 1
        yield a, line, by_start[i:j]
        i = j


def figures_by_line(text: str, figs: list[Candidate]) -> Iterator[tuple[int, str, list[Candidate]]]:
    """(where the line starts, the line, its figures in order) for each line holding one."""
    return ((a, line, mine) for a, line, mine in every_line(text, figs) if mine)
