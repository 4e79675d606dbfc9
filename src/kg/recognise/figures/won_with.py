"""Counts contest news (and a bulletin's totals) name by what they have just said, not by the
words the clause rules see before the number:

* a score a prize was won with (代表队以96.5分夺得机器人竞技高中组冠军, 以98分获得小学组绘画项目
  最高分) is the score in what was won: 机器人竞技高中组得分;
* people counted after 获奖 (广东省始兴中学获奖6人) are how many won: …获奖人数; so are those who
  passed a line (本科上线927人 → 本科上线人数);
* a total closing a line of prizes (一等奖2名,二等奖3名,三等奖3名,合计8名) is the prizes won
  in all: 获奖总数;
* a total shared out after a colon (小学组一等奖9个：A校3个，B校2个，…) gives each share the
  total's measure (一等奖), the school being what the share is about, not what it counts;
* lines of a school and its count under a prize's heading (各校一等奖获奖情况如下:) count that prize;
* a bare total whose clause names nothing (本次大赛经费由县财政专项安排，共计18万元) counts what
  its sentence opened with: 大赛经费."""
from __future__ import annotations

import re

from .lines import every_line
from .patterns import MAX_METRIC, PRIZE, PRIZE_END
from .scan import Candidate

SCORE_UNITS = ("分",)
WON_WITH = re.compile(r"以$")
WON = re.compile(r"(?:夺得|获得|荣获|获)([\u4e00-\u9fff]{2,16}?)(冠军|亚军|季军|第[一二三]名|最高分|一等奖|金奖|桂冠)")
# a share: a name of two or more characters and its number, up to the next comma or semicolon
SHARE = re.compile(r"[\u4e00-\u9fff（）()]{2,30}$")
SHARE_GAP = "，,、；;"
# a share is a school's or team's (A校3个), not a kind's (其中本科院校2所)
SHARE_OWNER_ENDS = ("小学", "中学", "学校", "幼儿园", "学院", "大学", "中心", "完小", "一中", "二中", "校", "园", "队")


def name_won_with(text: str, figs: list[Candidate]) -> None:
    for f in figs:
        if f.unit in SCORE_UNITS and WON_WITH.search(text, max(0, f.start - 1), f.start):
            won = WON.match(text, f.end)
            if won and len(won.group(1)) + 3 <= MAX_METRIC:
                # (获得全场最高分: the highest score of the whole contest, 全场最高分)
                f.metric = won.group(1) + ("最高分" if won.group(2) == "最高分" else "得分")


def name_shared_totals(text: str, figs: list[Candidate]) -> None:
    ordered = sorted(figs, key=lambda g: g.start)
    for i, total in enumerate(ordered):
        if not total.metric or text[total.end:total.end + 1] not in ("：", ":"):
            continue
        pos = total.end + 1
        for share in ordered[i + 1:]:
            owner = text[pos:share.start].strip()
            if share.unit != total.unit or not SHARE.search(text, pos, share.start) \
                    or any(ch in owner for ch in "。\n：:") or "其中" in owner \
                    or not owner.endswith(SHARE_OWNER_ENDS) or owner.endswith("院校"):
                break
            share.metric = total.metric
            nxt = text[share.end:share.end + 1]
            if nxt not in SHARE_GAP:
                break
            pos = share.end + 1


TOTAL_WORDS = ("合计", "共计", "总计")


def name_prize_totals(text: str, figs: list[Candidate]) -> None:
    ordered = sorted(figs, key=lambda g: g.start)
    for prev, f in zip(ordered, ordered[1:]):
        between = text[prev.end:f.start]
        if between[:1] in "，,、；;" and between[1:] in TOTAL_WORDS and prev.unit == f.unit \
                and PRIZE_END.search(prev.metric):
            f.metric = "获奖总数"


# 本次大赛经费由县财政专项安排，共计18万元: a bare total whose clause names nothing counts what
# its sentence opened with
SUBJECT = re.compile(r"(?:本次|本届|此次|该次|今年|全年)?([\u4e00-\u9fff]{2,10}?)(?=由|经过|通过|按照|来自|全部|均)")
BARE_TOTAL = ("共计", "合计", "总计", "共")


def name_bare_totals(text: str, figs: list[Candidate]) -> None:
    for f in figs:
        if f.metric:
            continue
        lo = max(text.rfind(ch, 0, f.start) for ch in "，,；;。\n") + 1
        if text[lo:f.start].strip() not in BARE_TOTAL:
            continue
        start = max(text.rfind(ch, 0, lo - 1) for ch in "。；;\n！？") + 1
        subject = SUBJECT.match(text, start, lo)
        if subject:
            f.metric = subject.group(1)


PEOPLE = ("人", "名", "人次")


# people counted by passing a line (本科上线927人, 一本达线412人) are a head count: 本科上线人数, a
# label that still holds 本科上线 for a query by either wording
PASSED = ("上线", "达线")
# (a longer label keeps its wording: a school's name before it makes it long enough already)
MAX_HEAD_COUNT = 14


PRIZES_COUNTED = ("项", "个", "件")


def name_winners_counted(text: str, figs: list[Candidate]) -> None:
    for f in figs:
        if not text.endswith("获奖", 0, f.start) and not f.metric.endswith(PASSED):
            continue
        if f.unit in PEOPLE and len(f.metric) + 2 <= MAX_HEAD_COUNT \
                and f.metric.endswith(("获奖",) + PASSED):
            f.metric += "人数"                      # 获奖6人, 本科上线927人
        elif f.unit in PRIZES_COUNTED and f.metric.endswith("获奖"):
            f.metric = f.metric[:-2].removesuffix("共") + "获奖总数"   # 西丰县实验小学共获奖7项


# a heading over lines of a school and its count: 各校一等奖获奖情况如下:
PRIZE_HEADING = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?({PRIZE})[\u4e00-\u9fff]{{0,8}}[：:]\s*$")
LISTED_BELOW = ("如下：", "如下:")


def name_prize_lines(text: str, figs: list[Candidate]) -> None:
    """各校一等奖获奖情况如下: over 嘉鱼县第一中学 5项; lines: each line's count is that prize."""
    if "如下" not in text:
        return
    lines = list(every_line(text, figs))
    for k, (_, line, _) in enumerate(lines):
        m = PRIZE_HEADING.search(line) if line.rstrip().endswith(LISTED_BELOW) else None
        if not m:
            continue
        for a, _, mine in lines[k + 1:]:
            if len(mine) != 1 or mine[0].metric != text[a:mine[0].start].strip():
                break
            mine[0].metric = m.group(1)
