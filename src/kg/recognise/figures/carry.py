"""Completing a metric its own clause leaves implicit (list items, bare rates and
changes, short follow-up clauses) from the figures and clauses before it."""
from __future__ import annotations

import re

from .bare_measures import (borrowed_measure, fit_base, intake_population, is_bare_measure,
                            is_relational, is_share, kind_population, share_base)
from .context import (as_used_in, ends_with_change, is_delta, list_frame, measure_word,
                      named_event, object_of, ranked_measure, topic_of, verb_frame)
from .patterns import ALIAS_RE, MAX_METRIC, SEPARATORS
from .trim import shorten, strip_framing
from .words import has_verb, is_verb, tagged_words


def _takes_part(m: str, lex) -> bool:
    """参训, 参与学生, 参与率: taking part, with no object of its own."""
    verb = next((p for p in lex.participation if m.startswith(p)), "")
    rest = m[len(verb):]
    return bool(verb) and len(rest) <= 3 and not has_verb(rest)


# a count of those who took part in an activity: 参加课后服务的学生, 参与研学活动学生
JOINED = re.compile(r"(?:参加|参与)([\u4e00-\u9fff“”]{2,10}?)的?(?:学生|教师|师生|幼儿|家长|人数)")
RATE_OF_JOINING = ("参与率", "参加率")
# a rate of taking part said by who takes part (学生参与率, 教师参与率)
WHO_JOINED = re.compile(r"(?:学生|教师|家长|师生|幼儿)(?:参与|参加)率")


def _joined_activity(m: str, prev_metric: str) -> str:
    """The activity a bare 参与率 is the rate of, when the count before it was of
    those who took part in it (参加课后服务学生 → 课后服务); else ""."""
    if m not in RATE_OF_JOINING:
        return ""
    found = JOINED.search(prev_metric)
    return found.group(1) if found else ""


def fill_from_context(group, pres, frames, metrics, lex, prev_fig, parallel, prev_plain,
                      fallbacks, prev_clause="", setup="") -> None:
    """Fill in what a figure's own phrase leaves implicit, from what comes before it.

    ``prev_fig`` is the last figure of the sentence before this clause; ``parallel``
    the verb frame of the previous clause when this clause repeats its pattern without
    a verb of its own (获三等奖个人1个，优秀奖个人1个); ``prev_plain`` the previous
    clause of the sentence when it holds no figure; ``fallbacks`` the text around
    each figure, for a figure whose phrase came out empty; ``prev_clause`` the clause
    before, with or without figures; ``setup`` what the sentence's first clause set up
    (开展课后服务), for counts and rates of taking part in it."""
    head_frame = frames[0] or verb_frame(metrics[0])
    for i, f in enumerate(group):
        m = metrics[i]
        coordinated = i > 0 and (not pres[i].strip(SEPARATORS + " ")
                                 or pres[i].lstrip()[:1] in SEPARATORS)
        context = "" if i else prev_plain           # a figureless clause right before
        alone = i == 0 and strip_framing(pres[0], lex) == m   # the clause is just "占地15亩"
        prev = group[i - 1] if i else (None if context else prev_fig)
        prev_metric = prev.metric if prev is not None else ""
        before_rules = m
        joined = _joined_activity(m, prev_metric)
        if joined:
            # 参加课后服务学生18.7万人，参与率96.3% → 课后服务参与率
            m = before_rules = joined + m
        elif setup and (_takes_part(m, lex) or WHO_JOINED.fullmatch(m)) and setup not in m:
            # 开展课后服务，参与学生4.6万人，参与率95.3% → 课后服务参与学生, 课后服务参与率
            m = before_rules = setup + m
        elif (setup and not m and i == 0
              and pres[0].strip(" ,，").endswith(lex.duration_intro)):
            # 组织新教师入职培训，为期10天 → 新教师入职培训期限
            m = before_rules = setup + "期限"
        if not m and i == 0 and context and ranked_measure(context, lex):
            # 高中组一等奖获奖率最高，达到21.5% → 高中组一等奖获奖率
            m = before_rules = ranked_measure(context, lex)
        elif not m and i == 0 and context and pres[0].strip(" ，,") in TOTAL_ONLY \
                and object_of(context, lex) and not any(ch.isdigit() for ch in object_of(context, lex)):
            # 年内遴选第三批培养对象，共计300名 → 第三批培养对象: the total of what was named
            m = before_rules = object_of(context, lex)
        elif not m and coordinated:
            m = metrics[i - 1]
        elif (not m and i == 0 and prev is not None and prev.unit == f.unit and prev_metric
              and not context):
            # 新增示范学校6所，累计达到21所: a running total of what was just counted
            obj = strip_framing(prev_metric[len(verb_frame(prev_metric)):], lex)
            m = obj if len(obj) >= 3 else prev_metric
        elif (coordinated and prev_metric and len(m) <= 3
              and (m.endswith(lex.measure_suffix) or m in lex.amount) and not has_verb(m)):
            # 办理助学贷款1463人、金额1652万元: the amount of what the list is about
            frame = verb_frame(prev_metric)
            obj = prev_metric[len(frame):] if frame else prev_metric
            obj = obj[:-len(ends_with_change(obj, lex))] if ends_with_change(obj, lex) else obj
            m = shorten(strip_framing(obj, lex) + m, lex, keep="tail")
        elif coordinated and head_frame and not has_verb(m) and not m.startswith(head_frame):
            m = list_frame(head_frame, lex) + m    # 新增正高级1人、中学高级11人
        elif i == 0 and parallel and m and not has_verb(m):
            # 招收特殊教育学生312人，在校生2146人 → 特殊教育在校生, not 招收在校生
            m = intake_population(m, prev_metric) or parallel + m   # …获三等奖个人1个，优秀奖个人1个
        if re.fullmatch(r"\w{0,2}率", m):
            stem = m[:-1]
            if stem and prev_metric.startswith(stem) and len(prev_metric) > len(stem):
                # 压减学科类校外培训机构412家，压减率为98.1% → 学科类校外培训机构压减率
                m = shorten(strip_framing(prev_metric[len(stem):], lex) + m, lex, keep="tail")
            elif stem and stem in prev_metric[1:]:
                # 本科上线人数达到812人，上线率为61.5% → 本科上线率
                m = prev_metric[:prev_metric.index(stem, 1)] + m
            elif (i == 0 and not has_verb(prev_metric) and len(prev_metric) >= 2
                  and stem in prev_clause and len(prev_metric) + len(m) <= MAX_METRIC):
                # 机构由296家压减至9家，压减率达96.96%: the rate of what the clause before changed
                m = prev_metric + m
            elif prev_metric.endswith("率") and len(prev_metric) > 3:
                # 就业率达97.48% after 中职毕业生毕业率达92.36%: borrow the subject
                m = prev_metric[:-3] + m
            elif context:
                # 设立培训资金监管专户，开设率达100%: what the previous clause set up
                subject = object_of(context, lex)
                if subject and len(subject) + len(m) <= MAX_METRIC:
                    m = subject + m
        elif context and alone and 2 <= len(m) <= 4 and as_used_in(context, m, lex):
            # 推进教师交流轮岗，全年交流263人 → 教师交流轮岗
            m = as_used_in(context, m, lex)
        elif (context and alone and len(m) <= 2 and m
              and all(is_verb(w, fl) for w, fl in tagged_words(m))):
            # 完成城区第二幼儿园建设，占地15亩 → 城区第二幼儿园建设占地
            subject = object_of(context, lex)
            if subject and len(subject) + len(m) <= MAX_METRIC:
                m = subject + m
        elif is_delta(m, lex) and (prev_metric or context):
            base = prev_metric or measure_word(context, lex)
            change = ends_with_change(base, lex)
            if change and len(change) < len(base):
                base = base[:-len(change)]
            if is_share(m) and len(share_base(base)) + len(m) <= MAX_METRIC:
                # 国家财政性教育经费为98.35亿元，比上年增长4.21%，占教育经费总投入的87.45%
                # → 国家财政性教育经费占教育经费总投入: a share keeps its whole subject
                m = share_base(base) + m
            else:
                m = shorten(fit_base(base, m, lex) + m, lex, keep="tail")   # 本科上线率 + 比去年提高
        elif m and context:
            change = ends_with_change(m, lex)
            measure = measure_word(context, lex)
            if (change and measure and measure not in m
                    and ends_with_change(strip_framing(context, lex), lex)):
                # 录取人数较上学年大幅增加，其中一三附增加26人 → 一三附录取人数增加
                stem = m[:-1] if m.endswith("了") else m
                m = stem[:-len(change)] + measure + change
        if (i == 0 and setup and alone and m == before_rules and len(m) <= 4
                and m.endswith(lex.measure_suffix) and not has_verb(m) and setup not in m
                and len(setup) + len(m) <= MAX_METRIC):
            # 建设“云课堂”平台，…，访问量超过150万人次 → “云课堂”平台访问量
            m = setup + m
        elif i == 0 and context and m and m == before_rules:
            topic = topic_of(context, lex)
            event = named_event(context, lex, limit=6)
            if topic and topic not in m and not any(w in m for w in lex.topic_implied):
                m = topic + m                       # 2023年高考，全县共有2706名考生 → 高考考生
            elif event and event not in m and len(m) <= 6:
                # 组织…书法比赛，收到作品1300余幅 → 收到书法比赛作品
                verb = verb_frame(m)
                m = verb + event + m[len(verb):]
        if (i == 0 and alone and prev is not None and m == before_rules and prev_metric
                and (is_bare_measure(m, lex) or is_relational(m))):
            # 完成改造项目63个，总面积约9.6万平方米 → 改造项目总面积
            m = borrowed_measure(m, prev_metric, lex) or m
        elif (i == 0 and alone and prev is not None and m == before_rules and prev_metric
              and not prev_clause.rstrip().endswith(("）", ")"))):
            # 全市民办学校612所，在校生21.5万人 → 民办学校在校生
            m = kind_population(m, prev_metric, lex) or m
        m = strip_framing(m, lex) or fallbacks[i]
        metrics[i] = m
        f.metric = m
        if i == 0:
            head_frame = frames[0] or verb_frame(m)


# a clause that is only a total of what the clause before named (…，共计300名)
TOTAL_ONLY = frozenset({"共计", "共", "合计", "总计", "累计", "计", "总共", "一共"})

SHORT_METRIC = 5    # a metric this short says what, not whose


def name_by_alias(text: str, figs, sentences) -> None:
    """A sentence that introduces an institution by its short name (…教育集团（以下简称
    凤岭集团）…3个校区，在校生7200人) is about it: its short metrics name it."""
    for s0, s1 in sentences:
        found = ALIAS_RE.search(text, s0, s1)
        if not found:
            continue
        alias = found.group(1)
        for f in figs:
            if (found.end() <= f.start < s1 and f.metric and len(f.metric) <= SHORT_METRIC
                    and alias not in f.metric):
                f.metric = alias + f.metric
