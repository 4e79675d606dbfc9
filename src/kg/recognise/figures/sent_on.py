"""Counts sent on to the next contest up, as competition news closes: 32支队伍将代表某市参加
…省青少年机器人竞赛, 推荐…等18件作品参加第37届某省青少年科技创新大赛, 一等奖作品中的20件将
被推荐参加…. Annotators name them by who sends them and the level of the contest, not by the
contest's full name: 代表某市参加省赛的队伍, 推荐参加省赛的作品."""
from __future__ import annotations

import re

from .scan import Candidate

# the counted noun right after the unit (学生的作品: the pupils), or none (中的20件将…)
NOUN = re.compile(r"([\u4e00-\u9fff]{0,8}?)(?:的作品)?"
                  r"(?=(?:[、和及共][0-9０-９][^，,。；;\n]{0,14}?)*[，,]?(?:还将|将|拟)?被?(?:推荐)?"
                  r"(?:代表[\u4e00-\u9fff]{1,8}?[市县区州盟旗省])?参加)")
GOES = re.compile(r"(?:[、和及共][0-9０-９][^，,。；;\n]{0,14}?)*[，,]?(?:还将|将|拟)?被?(推荐)?"
                  r"(代表[\u4e00-\u9fff]{1,8}?[市县区州盟旗省])?参加([^，,。；;\n]{2,40})")
EVENT = re.compile(r"赛|评选|展评|活动")
THINGS_BEFORE = ("作品", "队伍", "代表队", "学生", "选手", "教师", "项目", "成果")
RECOMMEND = "推荐"
REACH = 120          # how far back in the clause a 推荐 that governs the count may stand
BREAKS = "，,。；;！!？?\n"


CITY_NAMED = re.compile(r"^[\u4e00-\u9fff]{2,4}市(?!级)")


def _level(event: str) -> str:
    """The level of the first contest named: 某省… → 省赛, 全国… → 国赛, 某市… → 市赛 (a
    county's news sends its winners on to the city's contest)."""
    city = CITY_NAMED.search(event)       # (a named city's contest, not 市级冠军赛)
    at = {"国赛": event.find("全国"), "省赛": event.find("省"), "市赛": city.start() if city else -1}
    found = [(pos, name) for name, pos in at.items() if pos >= 0]
    return min(found)[1] if found else ""


def _goes(text: str, end: int):
    """(noun match, 参加 match) for a count ending at ``end`` that is sent on to a
    provincial or national contest, or None."""
    noun = NOUN.match(text, end)
    if not noun:
        return None
    goes = GOES.match(text, noun.end() + (3 if text.startswith("的作品", noun.end()) else 0))
    if not goes or not EVENT.search(goes.group(3)) or not _level(goes.group(3)):
        return None
    return noun, goes


def sent_on_at(text: str, end: int) -> int:
    """Where the contest begins that a count ending at ``end`` is sent on to (right after
    its 参加), or -1: the count is about that contest."""
    found = _goes(text, end)
    return found[1].start(3) if found else -1


def name_sent_on(text: str, figs: list[Candidate]) -> None:
    """Name the counts sent on to a provincial or national contest."""
    for f in figs:
        found = _goes(text, f.end)
        if not found:
            continue
        noun, goes = found
        level = _level(goes.group(3))
        thing = noun.group(1)
        if not thing:
            # 一等奖作品中的20件: the things the count is drawn from
            before = text[max(0, f.start - 8):f.start]
            # (14件一等奖作品及6件二等奖作品共20件: the total of the things listed)
            thing = next((t for t in THINGS_BEFORE if before.endswith((t + "中的", t + "共"))), "")
        if not thing:
            continue
        lo = f.start
        while lo > 0 and f.start - lo < REACH and text[lo - 1] not in BREAKS:
            lo -= 1
        sender = goes.group(2) or ""
        recommended = goes.group(1) or (RECOMMEND if RECOMMEND in text[lo:f.start] else "")
        verb = sender or recommended
        f.metric = verb + "参加" + level + "的" + thing
