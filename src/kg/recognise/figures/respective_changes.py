"""Changes given together after several measures (学前三年毛入园率92.6%，九年义务教育巩固率97.8%，
高中阶段毛入学率93.1%，分别比上年提高0.9、0.4和1.2个百分点): the changes follow the measures
in order, each the change of its own measure (学前三年毛入园率比上年提高)."""
from __future__ import annotations

import re

from .patterns import CHANGE_WORDS, MAX_WHOLE_METRIC, SENTENCE_BREAKS, after_last_break
from .scan import Candidate

RESPECTIVELY = re.compile(r"分别(" + CHANGE_WORDS + r"了?)(?:为|了)?")
LIST_GLUE = re.compile(r"\s*(?:[、，,和及与]|以及)\s*")


def name_respective_changes(text: str, figs: list[Candidate]) -> None:
    ordered = sorted(figs, key=lambda f: f.start)
    for m in RESPECTIVELY.finditer(text):
        if text[m.start() - 1:m.start()] not in ("，", ","):
            continue            # 语文、数学平均分分别提高…: the clause names its own measures
        changes, pos = [], m.end()
        for f in ordered:
            if f.start < m.end():
                continue
            if f.start != pos:
                break
            changes.append(f)
            glue = LIST_GLUE.match(text, f.end)
            pos = glue.end() if glue else -1
        if len(changes) < 2:
            continue
        sent = after_last_break(text, m.start(), SENTENCE_BREAKS)
        before = [f for f in ordered if sent <= f.start and f.end <= m.start()]
        measures = before[-len(changes):]
        if len(measures) != len(changes) or any(not f.metric or RESPECTIVELY.search(f.metric) for f in measures):
            continue
        for f, change in zip(measures, changes):
            if len(f.metric) + len(m.group(1)) <= MAX_WHOLE_METRIC:
                change.metric = f.metric + m.group(1)
