"""Counts of those who contest, as competition news writes them: the counted thing
before a verb of contesting (1386名选手同台竞技, 48支队伍同场竞技, 186支队伍鏖战), or a
来自… group before it (来自14个县（市、区）的32所学校、1280名学生参加比赛). Annotators
and users name each count by taking part: 参赛选手, 参赛队伍, 参赛县（市、区）. So
with 吸引 before the counts and the verb of taking part after them (大赛吸引全区87所中小学、
1.2万余名学生报名参赛 → 报名参赛中小学, 报名参赛学生).

Entrants: a count of teams, pupils or works whose clause ends in the verb that enters
them names them by that verb, put first as annotators write it: 452名队员参赛 → 参赛队员,
186所学校报名 → 报名学校, 326件作品获奖 → 获奖作品, 412支队伍、1286名学生进入市级决赛 → 进入市级决赛的队伍, …的学生;
a bare 参加/参与 keeps its verb (612名学生参加 → 参加学生), or names the round the sentence
opens with (初赛由各区组织，…学生参加 → 参加初赛的学生)."""
from __future__ import annotations

import re

from .scan import Candidate

CONTEST = ("同台竞技|同场竞技|同台竞赛|同场竞赛|同台比拼|同场比拼|鏖战|角逐|"
           r"参加了?[^，,。；;！!？?\n]{0,12}?(?:比赛|比拼|竞赛|角逐)")
CONTEST_RE = re.compile(CONTEST)
# the counted noun right after a unit, with the bracket a county list carries, up to
# what ends it in a 来自 group (的, a list comma, 组成, the next number) or the verb
NOUN = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?)"
                  r"(?=的|、|和|及|组成|[0-9０-９]|" + CONTEST + ")")
ATTRACT = "吸引"
ATTRACT_REACH = 40   # 吸引了全市1000余所学校、20余万名…: a scope and a list before the number
JOIN = r"报名参赛|参赛|参与|参加|报名"
JOIN_RE = re.compile(JOIN)
ROUND = re.compile(r"初赛|复赛|半决赛|决赛|预赛|选拔赛")
# (a bracket that breaks the count down, 186所中小学校（铜官区52所、…）的…, is no part of the noun)
JOINED = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?)(?:[（(][^（）()\n]{1,48}[）)])?"
                    r"(?=的|、|和|及|[0-9０-９]|" + JOIN + ")")
BREAKS = "，,。；;！!？?\n"
SENTENCE_ENDS = "。；;！!？?\n"
REACH = 120          # how far a clause is read on either side of a figure
FROM = "来自"
TAKE_PART = "参赛"
SPANS_OF_TIME = {"天", "日", "年", "个月", "月", "小时", "周", "分钟", "轮"}


# what is entered: the noun right after the unit ends with one of these
ENTRANT_HEADS = ("队伍", "代表队", "战队", "队员", "学生", "选手", "作品", "教师", "学校", "中小学",
                 "节目", "团队", "运动员", "项目", "成果", "论文", "课例", "案例", "小组", "家庭")
CLAUSE_END = r"(?=[，,。；;：:！!？?\n]|$)"
# the noun, the other counts of a list (、1286名学生), then the verb that ends the clause
ENTRY = re.compile(r"([\u4e00-\u9fff]{1,6}?)((?:[、和及][0-9０-９][^，,。；;：:\n]{0,14}?)*)"
                   r"(?:(报名参赛|参赛|报名|获奖|获得?[一二三四特]等奖)|(进入|晋级|入围)([\u4e00-\u9fff]{2,8}?)|(参加|参与))"
                   + CLAUSE_END)
COUNT_UNITS = set("名人支件项所个幅篇份位家部组")
ROUND_PEOPLE = ("选手",)
ROUNDS = ("决赛", "复赛", "初赛", "预赛", "半决赛", "总决赛")
ROUND_OPENING = re.compile(r"(初赛|复赛|决赛|预赛|半决赛|网评|初评|终评)")


def _entrants(text: str, f: Candidate) -> str:
    """The label of a count entered by the verb ending its clause, or ''."""
    if f.unit not in COUNT_UNITS:
        return ""
    m = ENTRY.match(text, f.end)
    if not m or not m.group(1).endswith(ENTRANT_HEADS):
        return ""
    noun = m.group(1)
    if m.group(3):
        return m.group(3) + noun
    if m.group(4):
        # 选手 of a round is one word with it (决赛选手): 进入市级决赛选手
        joint = "" if noun.endswith(ROUND_PEOPLE) and m.group(5).endswith(ROUNDS) else "的"
        return m.group(4) + m.group(5) + joint + noun
    opening = ROUND_OPENING.match(text[_sentence_start(text, f.start):f.start].lstrip())
    if opening:
        return "参加" + opening.group(1) + "的" + noun
    return m.group(6) + noun


def _sentence_start(text: str, pos: int) -> int:
    lo = pos
    while lo > 0 and pos - lo < REACH and text[lo - 1] not in SENTENCE_ENDS:
        lo -= 1
    return lo


def _clause(text: str, f: Candidate) -> tuple[int, int]:
    lo = f.start
    while lo > 0 and f.start - lo < REACH and text[lo - 1] not in BREAKS:
        lo -= 1
    hi = f.end
    while hi < len(text) and hi - f.end < REACH and text[hi] not in BREAKS:
        hi += 1
    return lo, hi


def name_contestants(text: str, figs: list[Candidate]) -> None:
    """Name the counts before a verb of contesting by taking part (参赛 + the noun)."""
    for f in figs:
        entered = _entrants(text, f)
        if entered:
            f.metric = entered
            continue
        if f.metric.startswith(TAKE_PART):
            continue
        lo, hi = _clause(text, f)
        attract = text.rfind(ATTRACT, max(lo, f.start - ATTRACT_REACH), f.start)
        if attract >= 0 and not JOIN_RE.search(text, attract, f.start):
            joins = JOIN_RE.search(text, f.end, hi)
            noun = JOINED.match(text, f.end, joins.end()) if joins else None
            if noun and noun.group(1):
                # 吸引…1326名青年教师参加初赛: the round entered stays (参加初赛青年教师)
                round_ = ROUND.match(text, joins.end()) if joins.group(0) in ("参加", "参与") else None
                f.metric = joins.group(0) + (round_.group(0) if round_ else "") + noun.group(1)
            continue
        verb = CONTEST_RE.search(text, f.end, hi)
        if not verb or f.unit in SPANS_OF_TIME:     # 经过3天激烈角逐: how long, not who
            continue
        noun = NOUN.match(text, f.end, verb.end())
        if not noun or not noun.group(1):
            continue
        # right before the verb, or inside a 来自… group that ends in it
        adjacent = noun.end() == verb.start()
        grouped = text.find(FROM, lo, f.start) >= 0
        if adjacent or grouped:
            f.metric = TAKE_PART + noun.group(1)
