"""Prizes a contest gives each of its groups in turn (…竞赛初中组评出一等奖3个、二等奖6个，高中组评出
一等奖2个…): each count is the group's prize (初中组一等奖), as annotators name them, not the
contest's bare prize. So are the entrants and prizes of the sentence right after a heading that
names the group (（二）初中组。参赛学生142名，评出一等奖14个: 初中组参赛学生, 初中组一等奖)."""
from __future__ import annotations

import re

from .patterns import CLAUSE_BREAKS, MAX_METRIC, PRIZE, PRIZE_END, SECTION_AT, SECTION_NUMBER, after_last_break
from .scan import Candidate

_GROUP = (r"(?:初中|高中|小学|中学|幼儿|学前|中职|低段|中段|高段|低年级|中年级|高年级|教师|学生|个人|团体|集体"
          r"|男子|女子|青年|少年|儿童|成人|专业|业余|[甲乙丙丁ABCD])组")
# a numbered heading that is only a group's name, with a remark in brackets: （三）高中组（含中职）。
GROUP_HEADING = re.compile(rf"(?m)^\s*{SECTION_NUMBER}\s*({_GROUP})(?:[（(][^（）()\n]{{1,10}}[）)])?[。：:]?[ \t\u3000]*(?:\n|(?<=[。：:]))")
# what the sentence under such a heading counts for the whole group
GROUP_COUNT = re.compile(r"(?:评出|评选出|决出|产生|共有)?((?:参赛|参加比赛|参与)[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,4}参赛|"
                         rf"{PRIZE})$")


# the group that awards, right before the verb of awarding, in the figure's clause
GROUP_AWARDS = re.compile(rf"({_GROUP})(?:共|分别)?(?:评出|评选出|决出|产生|获得?)")


def name_headed_groups(text: str, figs: list[Candidate]) -> None:
    """（二）初中组。参赛学生142名，评出一等奖14个: the group's counts, up to the sentence's end."""
    for m in GROUP_HEADING.finditer(text):
        if SECTION_AT.match(text, m.end()):
            continue          # （一）小学组 over 1.语文(参赛31人)…: items that name their own counts
        hi = min((i for i in (text.find(ch, m.end()) for ch in "。\n") if i >= 0), default=len(text))
        for f in figs:
            if m.end() <= f.start < hi:
                count = GROUP_COUNT.fullmatch(f.metric)
                if count:
                    f.metric = m.group(1) + count.group(1)


GROUP_ONLY = re.compile(_GROUP)
LIST_JOINS = "、，,和及"


def name_listed_groups(text: str, figs: list[Candidate]) -> None:
    """小学组参赛队伍68支、初中组52支: a later group in the list counts what the first does
    (初中组参赛队伍)."""
    ordered = sorted(figs, key=lambda g: g.start)
    for prev, f in zip(ordered, ordered[1:]):
        group = GROUP_ONLY.fullmatch(f.metric)
        first = GROUP_ONLY.match(prev.metric)
        between = text[prev.end:f.start]
        if group and first and len(prev.metric) > first.end() and prev.unit == f.unit \
                and between[:1] in LIST_JOINS and between[1:] == f.metric:
            f.metric = f.metric + prev.metric[first.end():]


GROUP_PART = re.compile(rf"[，,]其中({_GROUP})$")
LISTED_GROUP = re.compile(rf"[{LIST_JOINS}]({_GROUP})")


def name_group_parts(text: str, figs: list[Candidate]) -> None:
    """128名选手进入决赛，其中小学组56名、初中组44名: each group's part of the total is the
    total's measure in that group (小学组进入决赛选手)."""
    ordered = sorted(figs, key=lambda g: g.start)
    for i, total in enumerate(ordered):
        if i + 1 == len(ordered) or "其中" not in text[total.end:ordered[i + 1].start] \
                or not total.metric or GROUP_ONLY.match(total.metric):
            continue
        pos, first = total.end, True
        for part in ordered[i + 1:]:
            gap = text[pos:part.start]
            group = GROUP_PART.search(gap) if first else LISTED_GROUP.fullmatch(gap)
            if group is None or part.unit != total.unit or any(ch in gap for ch in "。；;\n"):
                break
            if len(group.group(1)) + len(total.metric) <= MAX_METRIC:
                part.metric = group.group(1) + total.metric
            pos, first = part.end, False



def name_group_prizes(text: str, figs: list[Candidate]) -> None:
    name_headed_groups(text, figs)
    name_listed_groups(text, figs)
    name_group_parts(text, figs)
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
