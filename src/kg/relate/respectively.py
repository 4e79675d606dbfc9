"""A、B、C分别有11项、9项和8项: names listed before 分别 and figures listed after it are
paired in order, so each figure is about its own name, not the list."""
from __future__ import annotations

import re

from ..model import Figure, Mention
from .text import clause_end, clause_start

RESPECTIVELY = re.compile(r"分别|各自|分获")
JOINS = ("、", "和", "及", "与", "，")
EXAMS = ("高考", "中考", "学业水平考试")
# between 分别 and the first figure: a verb of having or winning (分别有, 分别获得, 分别为),
# or a short phrase of change or doing (分别较上年增加, 分别指导学生获一等奖, 分别向入围学生开放实验室)
LEAD = re.compile(r"[\u4e00-\u9fff]{0,12}")
# between the last name and 分别: what is counted or when (A、B本科上线人数分别为…, A、B2023年秋季分别扩招…)
GAP = re.compile(r"[\u4e00-\u9fff\d]{1,16}")


def respective_abouts(text: str, sentence_names: dict[int, list[Mention]],
                      figures: list[Figure], key_of) -> dict[int, str]:
    """figure start → key of the name it stands for, for every 分别 pairing in the text."""
    by_sentence: dict[int, list[Figure]] = {}
    for f in sorted(figures, key=lambda f: f.start):
        if f.sentence is not None:
            by_sentence.setdefault(f.sentence, []).append(f)
    out: dict[int, str] = {}
    for sent, names in sentence_names.items():
        figs = by_sentence.get(sent)
        if not figs or not names:
            continue
        for hit in RESPECTIVELY.finditer(text, names[0].start, figs[-1].start):
            listed = _names_ending_at(text, names, hit.start())
            paired = _figures_after(text, figs, hit.end())
            if len(listed) >= 2 and len(listed) == len(paired):
                for name, fig in zip(listed, paired):
                    out[fig.start] = key_of(name)
    return out


def _names_ending_at(text: str, names: list[Mention], pos: int) -> list[Mention]:
    chain: list[Mention] = []
    floor = clause_start(text, pos)
    for m in sorted(names, key=lambda m: -m.end):
        if m.start < floor:
            break
        if not chain and m.text.endswith(EXAMS):
            continue        # A、B2023年高考本科上线率分别为…: the exam is what is measured, not a name
        if m.end == pos or (pos >= 0 and not chain and m.end < pos and GAP.fullmatch(text, m.end, pos)) \
                or (chain and text[m.end:chain[-1].start] in JOINS):
            chain.append(m)
            pos = -1
        elif chain and m.end == chain[-1].start:
            continue        # 某中学汪洋、某中学钱卫东: the school written before each person
        elif chain and m.end <= chain[-1].start:
            break
    return chain[::-1]


def _figures_after(text: str, figs: list[Figure], pos: int) -> list[Figure]:
    hi = clause_end(text, pos)
    chain: list[Figure] = []
    for f in figs:
        if f.start < pos or f.end > hi:
            continue
        if not chain:
            if not LEAD.fullmatch(text, pos, f.start):
                break
        elif text[chain[-1].end:f.start] not in JOINS:
            break
        chain.append(f)
    return chain
