"""Figures written as a label, a colon and the number (``参赛学校：213所``, ``获奖率：约56%``):
summary lines of news items and fact boxes name what they count before the colon, and
nothing after it does."""
from __future__ import annotations

import re

from .patterns import SECTION_RE

# a short noun label: Han characters only, not a word that opens a list or an example
LABEL = re.compile(r"[\u4e00-\u9fff]{2,12}")
BULLETS = "▲△●○◆◇■□★☆►▶·•※◎-—"
NOT_LABEL = re.compile(r"^(?:其中|包括|如下|分别|具体|主要|例如|比如|全年|同时|目前|截至)|(?:是|为|有|达|如下|情况|时间)$")


def colon_label(text: str, c0: int, prev_plain: str) -> str:
    """The label a figure's clause follows, when the clause opens right after a colon and
    the clause before it (``prev_plain``, with no figure of its own) is only a short noun;
    else ""."""
    if c0 <= 0 or text[c0 - 1] not in "：:":
        return ""
    # a fact box marks its lines: ▲报名教师：1,146名, ● 参赛学校：213所
    label = prev_plain.strip(" \u3000\t").lstrip(BULLETS + " \u3000")
    sec = SECTION_RE.match(label)
    if sec:
        label = label[sec.end():].strip()
    if not LABEL.fullmatch(label) or NOT_LABEL.search(label):
        return ""
    return label
