"""One measure given for several named schools or areas, the numbers after 分别:
``甲中学、乙中学本科上线人数分别为812人、655人`` → 甲中学本科上线人数, 乙中学本科上线人数, as
annotators name each figure by its own school or area (the stages of :mod:`.stage_lists`
are the same shape with stages instead of names); so with the rank the names hold
(A、B获一等奖数量居前三，分别为27项、19项 → A获一等奖数量), and with the prize after 分获
(A、B分获一等奖6项、5项 → A一等奖, B一等奖), and with the items of a rubric the clause before
lists (按A、B和C三项指标打分，权重分别为… → A权重, B权重, C权重). A ranking written measure first
(在校生规模居前三位的是A、B、C，分别为… → A在校生规模) and its one-name form (毛入园率最高的是A，
为…; A新增学位最多，达到… → A毛入园率, A新增学位) name their figures the same way."""
from __future__ import annotations

import re

from .patterns import MAX_METRIC, SCHOOL_STAGES
from .scan import Candidate
from .subjects import NAME as ONE_NAME, TOWN

# (a stage names a part too: 小学、初中、普通高中生均…事业费分别为…)
NAME = rf"(?:{ONE_NAME}|{TOWN}|{SCHOOL_STAGES})"
# (the year may stand before the measure: A、B2023年高考本科上线率分别为…)
NAMES_MEASURE = re.compile(rf"((?:{NAME})(?:[、和及](?:{NAME}))+)(?:(?:19|20)\d{{2}}年)?([\u4e00-\u9fff]{{2,16}}?)"
                           r"(?:(?:居|位居|位列|排名)[\u4e00-\u9fff]{0,3}?前[二三四五六七八九十]{1,2}(?:名|位)?[，,]?)?"
                           r"分别(?:为|是|达到|达)?$")
# A、B、C分获一等奖6项、5项、4项: the prize between the verb and the numbers is the measure
NAMES_AWARDED = re.compile(rf"((?:{NAME})(?:[、和及](?:{NAME}))+)(?:分获|分别获得?|分别荣获)"
                           r"([\u4e00-\u9fff]{2,12}?)$")
# 在校生规模居前三位的是A、B、C，分别为…: the measure before the rank, the names after it
RANK_THEN_NAMES = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:居|位居|位列|排名|排在)前[二三四五六七八九十]{1,2}(?:名|位)?"
                             rf"的(?:是|为|依次是|依次为)((?:{NAME})(?:[、和及](?:{NAME}))+)[，,]?"
                             r"(?:分别|依次)(?:为|是|达到|达)?$")
# 毛入园率最高的是A，为96.8%; A全年新增学位最多，达到4860个: one name holds the top of a measure
BEST_IS_NAME = re.compile(rf"([\u4e00-\u9fff]{{2,12}}?)(?:最高|最多|最大|最低|最少)的(?:是|为)({NAME})[，,]?"
                          r"(?:为|是|达到|达|共|有)?$")
NAME_HAS_BEST = re.compile(rf"({NAME})(?:全年|本年|今年)?([\u4e00-\u9fff]{{2,12}}?)(?:最高|最多|最大)[，,]"
                           r"(?:为|达到|达|共|有)?$")
SUPERLATIVE = ("最高", "最多", "最大", "最低", "最少")
LEAD = re.compile(r"^(?:其中|此外|另外|同时|以及)")
BREAKS = "。；;！!？?\n，,：:"
LIST_GLUE = ("、", "和", "及")
REACH = 60              # how far back before the first figure the names may start


# 评审按创新性、技术实现和现场答辩三项指标打分，权重分别为40%、35%、25%: the items of a
# rubric listed in the clause before, the measure before 分别 in the figures' own clause
MEASURE_ALONE = re.compile(r"([\u4e00-\u9fff]{1,6}?)分别(?:为|是|占|按)?$")
ITEMS = re.compile(r"(?:按|按照|从|包括|围绕)((?:[^、，,。；;：:和及]{1,10}[、和及])+[^、，,。；;：:和及]{1,10}?)"
                   r"[0-9一二三四五六七八九十两]+(?:项|个|大)")


def _items_before(text: str, lo: int, pos: int) -> tuple[list[str], str] | None:
    """(items, measure) where the clause before ``pos`` is X分别为 and the clause before it
    lists the items X is given for, or None."""
    own = MEASURE_ALONE.fullmatch(text, lo, pos)
    if not own or text[lo - 1:lo] not in "，,":
        return None
    start = lo - 1
    while start > 0 and lo - start < REACH and text[start - 1] not in BREAKS:
        start -= 1
    items = ITEMS.search(text, start, lo - 1)
    if not items:
        return None
    return re.split("[、和及]", items.group(1)), own.group(1)


def _clause_start(text: str, pos: int, clauses: int) -> int:
    """Where the text ``clauses`` clauses back from ``pos`` begins, within REACH."""
    lo = pos
    for n in range(clauses):
        if n and lo > 0 and text[lo - 1] in "，,":
            lo -= 1
        while lo > 0 and pos - lo < REACH and text[lo - 1] not in BREAKS:
            lo -= 1
    return lo


def _best_name(text: str, f: Candidate) -> bool:
    """毛入园率最高的是A，为96.8% → A毛入园率; A新增学位最多，达到4860个 → A新增学位."""
    lo = _clause_start(text, f.start, 2)
    for start in range(lo, f.start):
        if text[start - 1:start] in LIST_GLUE:
            continue
        m = BEST_IS_NAME.fullmatch(text, start, f.start)
        if m:
            name, measure = m.group(2), m.group(1)
            break
        m = NAME_HAS_BEST.fullmatch(text, start, f.start)
        if m:
            name, measure = m.group(1), m.group(2)
            break
    else:
        return False
    name = LEAD.sub("", re.sub(r"[（(].*$", "", name))
    if len(name) + len(measure) > MAX_METRIC:
        return False
    f.metric = name + measure
    return True


def name_pairs(text: str, figs: list[Candidate]) -> None:
    """Name the i-th figure after A、B…X分别为 by the i-th name and X."""
    ordered = sorted(figs, key=lambda g: g.start)
    i = 0
    while i < len(ordered):
        f = ordered[i]
        if any(w in text[max(0, f.start - 10):f.start] for w in SUPERLATIVE) and _best_name(text, f):
            i += 1
            continue
        near = text[max(0, f.start - 4):f.start]
        if "分别" not in near and "依次" not in near and "分获" not in text[max(0, f.start - 12):f.start] \
                and "分别获" not in text[max(0, f.start - 12):f.start] and "分别荣获" not in text[max(0, f.start - 12):f.start]:
            i += 1
            continue
        lo = _clause_start(text, f.start, 1)
        if text.startswith(("分别", "依次"), lo) and text[lo - 1:lo] in "，,":
            lo = _clause_start(text, f.start, 2)    # …居前三，分别为: the names stand in the clause before
        m = ranked = None
        for start in range(lo, f.start):
            if text[start - 1:start] in LIST_GLUE:
                continue            # the list begins earlier (如皋一中、某某中学…: not at its 2nd name)
            m = NAMES_MEASURE.fullmatch(text, start, f.start) or NAMES_AWARDED.fullmatch(text, start, f.start)
            if m:
                break
            ranked = RANK_THEN_NAMES.fullmatch(text, start, f.start)
            if ranked:
                break
        listed = None if m or ranked else _items_before(text, lo, f.start)
        if not m and not ranked and not listed:
            i += 1
            continue
        if ranked:
            names, measure = re.split("[、和及]", ranked.group(2)), ranked.group(1)
        elif m:
            names, measure = re.split("[、和及]", m.group(1)), m.group(2)
        else:
            names, measure = listed
        run = ordered[i:i + len(names)]
        between = [text[a.end:b.start] for a, b in zip(run, run[1:])]
        following = ordered[i + len(names)] if i + len(names) < len(ordered) else None
        more = following is not None and text[run[-1].end:following.start].strip() in LIST_GLUE
        if len(run) != len(names) or more or not all(s.strip() in LIST_GLUE for s in between):
            i += 1
            continue
        names[0] = LEAD.sub("", names[0])
        for g, name in zip(run, names):
            name = re.sub(r"[（(].*$", "", name)
            if len(name) + len(measure) <= MAX_METRIC:
                g.metric = name + measure
        i += len(run)
