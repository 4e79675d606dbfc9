"""A bare measure that opens a follow-up clause (总面积, 投资, 办结率, 访问量) measures
what the clause before it counted: 完成校舍维修改造项目63个，总面积约9.6万平方米，
投资2.37亿元 → 校舍维修改造项目总面积, 校舍维修改造项目投资; 办理建议提案48件，办结率
100% → 建议提案办结率. A user looks the figure up by that thing, never by 投资 alone."""
from __future__ import annotations

import re
from bisect import bisect_left

from .context import ends_with_change
from .heads import STAGES
from .lexicon import Lexicon
from .patterns import MAX_METRIC, SENTENCE_BREAKS
from .trim import strip_framing
from .words import is_verb, tagged_words

BARE = 3            # a measure this short says how much, not of what
LIMIT = 12          # the borrowed label stays a phrase a user would type
REMARK = re.compile(r"[（(][^（）()]{1,12}[）)]")   # （共同体）, （含幼儿园）: not what is counted


def is_bare_measure(m: str, lex: Lexicon) -> bool:
    """总面积, 投资, 办结率, 访问量: an amount or a rate with nothing before it."""
    return (2 <= len(m) <= BARE and not m.startswith(lex.participation)
            and (m in lex.amount or m.endswith(("率", "量", "额"))))


# what a group counted just before takes in: 组建教育集团58个，覆盖成员校214所
COVERS = ("覆盖", "涵盖")
MEMBERS = ("成员校", "成员单位", "成员")
TOTALS = ("总数", "数量", "总量")


def is_relational(m: str) -> bool:
    """覆盖成员校, 成员校: a count of what the thing counted before takes in, named only by
    the relation; a user looks it up with that thing (教育集团成员校)."""
    return m in MEMBERS or (m.startswith(COVERS) and 3 <= len(m) <= 6)


def _without_bare_tail(obj: str, lex: Lexicon) -> str:
    """…项目总面积 → …项目: a chain of bare measures keeps borrowing the first's thing."""
    for k in (BARE, 2):
        if len(obj) > k and (is_bare_measure(obj[-k:], lex) or obj[-k:] in TOTALS):
            return obj[:-k]
    return obj


def borrowed_measure(m: str, prev_metric: str, lex: Lexicon) -> str:
    """``m`` with the thing ``prev_metric`` counts before it, or "" when there is none."""
    words = tagged_words(_without_bare_tail(prev_metric, lex))
    k = 0
    while k < len(words) - 1 and (is_verb(*words[k]) or words[k][1] in ("d", "p")):
        k += 1             # 完成校舍维修改造项目 → 校舍维修改造项目: only the leading verb goes
    obj = REMARK.sub("", "".join(w for w, _ in words[k:]))
    change = ends_with_change(obj, lex)
    if change and len(change) < len(obj):
        obj = YEAR_COMPARISON.sub("", obj[:-len(change)]) or obj[:-len(change)]
    obj = strip_framing(obj, lex)
    if len(obj) + len(m) > LIMIT:
        # 困难学生发放营养补助 → 营养补助: what the last verb gave; else the nearest words
        words = tagged_words(obj)
        tails = ("".join(w for w, _ in words[j + 1:]) for j in range(len(words) - 1, 0, -1)
                 if is_verb(*words[j]))
        obj = next((t for t in tails if len(t) >= 4), obj)
        words = [w for w, _ in tagged_words(obj)]
        while words and len("".join(words)) + len(m) > LIMIT:
            words.pop(0)
        obj = strip_framing("".join(words), lex)
    if len(obj) < 2 or m in obj:
        return ""
    if m.endswith("率") and obj.endswith(SCORES + lex.measure_suffix):
        return ""          # 平均分提高18.6分，优秀率达42.7%: a rate is of no score or measure
    return obj + m


SCORES = ("分", "成绩")


# a bulletin counts a kind of school, then its pupils: 全市民办学校612所，在校生21.5万人
POPULATION = ("在校生", "在校学生", "招生", "毕业生", "在园幼儿")
CHANGE_OPENERS = ("比上年", "较上年", "同比", "比去年", "较去年")
SCHOOL_HEADS = ("学校", "幼儿园", "小学", "初中", "高中", "中学", "院校", "高校")
KIND_LIMIT = 14


def kind_population(m: str, prev_metric: str, lex: Lexicon) -> str:
    """在校生 after 民办学校612所 → 民办学校在校生: the pupils of the kind just counted.
    Not after a bare 学校 or a stage (the paragraph's stage or the place names those)."""
    if m not in POPULATION:
        return ""
    kind = strip_framing(REMARK.sub("", prev_metric), lex)
    words = tagged_words(kind)
    verbs = [j for j, wf in enumerate(words) if is_verb(*wf)]
    if verbs:              # 全州共有民办学校 → 民办学校: what the count is of
        kind = strip_framing("".join(w for w, _ in words[verbs[-1] + 1:]), lex)
    if (not kind.endswith(SCHOOL_HEADS) or kind in SCHOOL_HEADS or STAGES.fullmatch(kind)
            or len(kind) + len(m) > KIND_LIMIT):
        # a bare stage (中小学, 普通高中) is the paragraph's or the place's: left to those rules
        return ""
    return kind + m


INTAKE = re.compile(r"^(?:招收|新招收|招生|录取)(.{2,8}?)(?:学生|新生|幼儿|儿童)$")


def intake_population(m: str, prev_metric: str) -> str:
    """在校生 after 招收特殊教育学生312人 → 特殊教育在校生: the pupils of the kind the
    intake before counted, not the intake's verb (招收在校生); "" when no kind is named."""
    if m not in POPULATION or m == "招生":
        return ""
    found = INTAKE.match(prev_metric)
    return found.group(1) + m if found and len(found.group(1)) + len(m) <= KIND_LIMIT else ""


DELTA_LIMIT = 15    # a change is looked up by its measure, not by every modifier of it


def fit_base(base: str, change: str, lex: Lexicon) -> str:
    """The measure a bare change borrows, cut from the left to its nearest words when the
    whole would be long: 各级各类学历教育在校生 + 比上年增长 → 学历教育在校生比上年增长."""
    if len(base) + len(change) <= DELTA_LIMIT:
        return base
    words = [w for w, _ in tagged_words(base)]
    while len(words) > 1 and len("".join(words)) + len(change) > DELTA_LIMIT:
        words.pop(0)
    cut = strip_framing("".join(words), lex).lstrip("》」』”）)、")
    return cut if len(cut) >= 2 else base


# 占 opens a share of a whole (占教育经费总投入的87.45%); what it is the share of is the
# thing the clause before counted, not that clause's change on the year before
SHARE = "占"
YEAR_COMPARISON = re.compile(r"(?:比|较|同比|环比)(?:上年|去年|上一年|上学年|前一年|同期|上年同期"
                             r"|\d{4}年)?$")


def is_share(m: str) -> bool:
    """占全市学校总数, 占一般公共预算支出的比例: a share whose whole is named after 占."""
    return m.startswith(SHARE) and len(m) >= 3


def share_base(base: str) -> str:
    """国家财政性教育经费比上年 → 国家财政性教育经费: the thing whose share is given, without
    the comparison its own change was made against."""
    cut = YEAR_COMPARISON.sub("", base)
    return cut if len(cut) >= 2 else base


PART_REACH = 80     # how far back the part before a semicolon is read


def kinds_after_semicolon(text: str, figs: list, lex: Lexicon) -> None:
    """全市共有民办学校1319所，比上年减少47所；在校生42.53万人 → 民办学校在校生: a bare
    population opening the clause after a semicolon is of the kind the part before the
    semicolon counted first (the clause rules read each part on its own)."""
    ordered = sorted(figs, key=lambda g: g.start)
    starts = [g.start for g in ordered]
    for f in ordered:
        if f.metric not in POPULATION:
            continue
        lead = max(text.rfind("；", max(0, f.start - 6), f.start),
                   text.rfind(";", max(0, f.start - 6), f.start))
        if lead < 0 or text[lead + 1:f.start].strip() != f.metric:
            continue
        begin = lead
        while begin > 0 and lead - begin < PART_REACH and text[begin - 1] not in SENTENCE_BREAKS:
            begin -= 1
        first = bisect_left(starts, begin)
        if first < len(ordered) and ordered[first].start < lead:
            f.metric = kind_population(f.metric, ordered[first].metric, lex) or f.metric


def changes_keep_their_kind(text: str, figs: list) -> None:
    """在校生19.74万人，比上年减少0.43万人 once the paragraph's stage made the first
    小学在校生: the change (在校生比上年减少) and share written right after a population
    are that same population's (小学在校生比上年减少)."""
    ordered = sorted(figs, key=lambda g: g.start)
    for f, g in zip(ordered, ordered[1:]):
        # the population f names, with its kind: 小学在校生, or 小学在校生比上年增加 before
        # a second change (…，比上年增加3862人，增长4.13%)
        whole = next((f.metric[:i + len(p)] for p in POPULATION for i in [f.metric.find(p)]
                      if i > 0 and (i + len(p) == len(f.metric) or f.metric.startswith(CHANGE_OPENERS, i + len(p)))),
                     "")
        bare = next((p for p in POPULATION if whole.endswith(p)), "")
        if (bare and g.metric.startswith(bare) and len(g.metric) > len(bare)
                and not any(ch in SENTENCE_BREAKS for ch in text[f.end:g.start])
                and len(whole) + len(g.metric) - len(bare) <= MAX_METRIC):
            g.metric = whole + g.metric[len(bare):]
