"""Prizes a contest gives each of its groups in turn (…竞赛初中组评出一等奖3个、二等奖6个，高中组评出
一等奖2个…): each count is the group's prize (初中组一等奖), as annotators name them, not the
contest's bare prize."""
from __future__ import annotations

import re

from .patterns import CLAUSE_BREAKS, MAX_METRIC, PRIZE_END, after_last_break
from .scan import Candidate

# the group that awards, right before the verb of awarding, in the figure's clause
GROUP_AWARDS = re.compile(r"((?:初中|高中|小学|中学|幼儿|学前|中职|低段|中段|高段|低年级|中年级|高年级|教师|学生|个人"
                          r"|团体|集体|男子|女子|青年|少年|儿童|成人|专业|业余|[甲乙丙丁ABCD])组)"
                          r"(?:共|分别)?(?:评出|评选出|决出|产生|获得?)")


def name_group_prizes(text: str, figs: list[Candidate]) -> None:
    for f in figs:
        prize = PRIZE_END.search(f.metric)
        if prize is None:
            continue
        lo = after_last_break(text, f.start, CLAUSE_BREAKS)
        found = list(GROUP_AWARDS.finditer(text, lo, f.start))
        if not found:
            continue
        group = found[-1].group(1)
        if f.metric.startswith(group) and not f.metric.startswith(group + "评"):
            continue                  # (高年级组评出一等奖 would lose its group to label_edges)
        if len(group) + len(prize.group()) <= MAX_METRIC:
            f.metric = group + prize.group()
