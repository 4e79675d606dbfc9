"""Naming what each figure counts, clause by clause: its own phrase first
(:mod:`.phrases`), then what earlier clauses imply (:mod:`.carry`), then prizes."""
from __future__ import annotations

import re
from bisect import bisect_right

from .area_breakdowns import name_area_breakdowns
from .area_lists import name_area_lists
from .bare_measures import changes_keep_their_kind, kinds_after_semicolon
from .carry import fill_from_context, name_by_alias
from .categories import name_categories
from .category_lines import name_bracketed_kinds, name_category_lines
from .contestants import name_contestants
from .context import covered_activity, sentence_topic, verb_frame
from .follow_ups import name_follow_ups
from .group_prizes import name_group_prizes
from .won_with import (name_bare_totals, name_prize_lines, name_prize_totals, name_shared_totals,
                       name_winners_counted, name_won_with)
from .honours import name_honours
from .headed_items import name_headed_items, name_measure_lines, name_staged_measures
from .heads import refine_metrics
from .judges import name_judges
from .label_edges import edit_label_edges
from .labels import colon_label
from .lexicon import Lexicon
from .patterns import CLAUSE_BREAKS, MAX_METRIC, SENTENCE_BREAKS, SEPARATORS
from .name_pairs import name_pairs
from .pair_rows import name_pair_rows
from .pipe_tables import name_pipe_tables
from .ranked_rows import name_ranked_rows
from .spaced_tables import name_spaced_tables
from .event_spans import event_span
from .phrases import (frame_before, measured_noun, noun_phrase, post_kind, pre_phrase,
                      split_point)
from .per_head import name_per_head
from .prizes import name_prizes
from .quoted_labels import mend_quoted_labels
from .received import name_received
from .thresholds import name_thresholds
from .respective_changes import name_respective_changes
from .scan import Candidate
from .sent_on import name_sent_on
from .stage_lists import name_stage_lists
from .subject_lines import name_subject_lines
from .subjects import name_subjects
from .trim import shorten, strip_framing, without_remark
from .words import has_verb


REMARK_SPAN = re.compile(r"[（(][^（）()\n。；;！!？?0-9０-９]{1,30}[）)]")


def _spans_between(text: str, breaks: str, figs: list[Candidate]) -> list[tuple[int, int]]:
    """The spans between ``breaks``, ignoring a break inside a figure (1,200人)."""
    inside = set()
    for f in figs:
        inside.update(range(f.start, f.end))
    # a comma inside a remark (…学校1386所（不含高等学校，含教学点），比上年减少27所) splits
    # no clause: the remark belongs to the clause it stands in
    for m in REMARK_SPAN.finditer(text):
        inside.update(range(m.start(), m.end()))
    spans, start = [], 0
    # the breaks, in order; a half-width full stop only before a space or the end
    for hit in re.finditer("[" + re.escape(breaks) + r"]|\.(?=\s|$)", text):
        i = hit.start()
        if i not in inside:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


SHARE_TAIL = re.compile(r"(?:占比|比重)$")
FROM, TO = "由从", ("减至", "降至", "增至", "至", "到", "为")


# a share written out whole before its figure, as the bulletins name it
SHARE_OF = re.compile(r"(?:^|[，,；;。：:\s.．、）)])([\u4e00-\u9fff]{2,14}占[\u4e00-\u9fff]{2,12}的?(?:比例|比重))"
                      r"(?:为|达到|达|是)?$")

# a stage's per-pupil spending written whole before its figure (jieba reads 小学生|均)
PER_PUPIL_BEFORE = re.compile(r"((?:普通)?(?:小学|初中|高中|中职|中等职业学校|幼儿园|特殊教育学校|学前教育|义务教育)"
                              r"生均[\u4e00-\u9fff]{2,14}?(?:经费|事业费|支出))(?:为|达到|达)?$")

# the date written before the second figure of 由A…到B (由2021年的41.6%提升到今年的52.3%)
WHEN_AFTER = re.compile(r"(?:今年|去年|当年|本年|年底|年末|目前|现在|(?:19|20)\d{2}年(?:底|末)?)的?$")


def _from_to(befores, afters, metrics, lex: Lexicon) -> None:
    """X由A压减至B: both figures measure X, the subject before 由 (学科类校外培训机构由
    "双减"前的296家压减至9家 → 学科类校外培训机构, twice)."""
    for i in range(len(metrics) - 1):
        pre, between = befores[i], WHEN_AFTER.sub("", afters[i].strip())   # …提升到今年的52.3%
        cut = max(pre.rfind(ch) for ch in FROM)
        if cut <= 0 or len(between) > 6 or not between.endswith(TO):
            continue
        if any(ch in pre[cut:] for ch in CLAUSE_BREAKS):
            continue
        subject = shorten(strip_framing(pre[:cut], lex), lex, keep="tail")
        # 占比 reads as a verb to jieba; a share (在校生占比) is still a noun phrase
        core = SHARE_TAIL.sub("", subject)
        # a share keeps its whole phrase, verbs and all (招生计划数占比)
        if len(subject) >= 2 and core and (core != subject or not has_verb(core)):
            metrics[i] = metrics[i + 1] = subject


TERM = "期限"    # the span of an activity 为期… introduces, as annotators name it


# A、B分别有11项、9项作品获奖: numbers paired with a list of names share the last one's noun
RESPECTIVELY = re.compile(r"(?:分别|各自)[\u4e00-\u9fff]{0,3}$")


class _Fallbacks:
    """The trimmed text around each figure of a clause, for a figure whose own phrase
    came out empty: worked out only for such a figure (trimming tags words)."""

    def __init__(self, pres: list[str], posts: list[str], lex: Lexicon) -> None:
        self.pres, self.posts, self.lex = pres, posts, lex

    def __getitem__(self, i: int) -> str:
        return shorten(strip_framing(self.pres[i] + self.posts[i], self.lex), self.lex)


def name_metrics(text: str, figs: list[Candidate], lex: Lexicon) -> None:
    """Set each figure's ``metric``. The figures of a clause are named together, since
    the words between two figures belong to one or the other; context resets at each
    sentence."""
    clauses = _spans_between(text, CLAUSE_BREAKS, figs)
    sentences = _spans_between(text, SENTENCE_BREAKS, figs)
    sent_starts = [a for a, _ in sentences]
    by_clause: dict[int, list[Candidate]] = {}
    clause_starts = [a for a, _ in clauses]
    for f in figs:
        by_clause.setdefault(bisect_right(clause_starts, f.start) - 1, []).append(f)

    # what a sentence's first clause sets up is read only by its later clauses with
    # figures: the sentences that have such a clause (tagging the others is wasted)
    needs_setup, last = set(), -1
    for ci, (c0, _) in enumerate(clauses):
        si = bisect_right(sent_starts, c0) - 1
        if si == last and ci in by_clause:
            needs_setup.add(si)
        last = si

    prev_fig: Candidate | None = None  # the last figure of the sentence so far
    prev_frame = ""                   # the verb frame of the previous clause's first figure
    prev_unit = ""                    # and its unit
    prev_plain = ""                   # the previous clause, when it has no figure
    prev_clause = ""                  # the previous clause of the sentence, in any case
    last_sentence = -1
    setup = ""                        # what the sentence's first clause set up
    for ci, (c0, c1) in enumerate(clauses):
        si = bisect_right(sent_starts, c0) - 1
        if si != last_sentence:
            prev_fig, prev_frame, prev_plain, last_sentence = None, "", "", si
            prev_clause = ""
            prev_unit = ""
            first_clause = True
        else:
            # a figureless label before a colon (校内减负提质：…) sets nothing up; the
            # clause after it opens the sentence's matter
            first_clause = (ci > 0 and not by_clause.get(ci - 1)
                            and text[c0 - 1:c0] in "：:" and first_clause)
        label_only = first_clause and not by_clause.get(ci) and text[c1:c1 + 1] in ("：", ":")
        group = by_clause.get(ci)
        clause = text[c0:c1]
        if first_clause and label_only:
            setup = ""
        elif first_clause:
            marked = clause
            for f in reversed(group or ()):
                marked = marked[:f.start - c0] + "#" + marked[f.end - c0:]
            setup = sentence_topic(marked, lex) if si in needs_setup else ""
        if not group:
            if (not first_clause and si in needs_setup
                    and clause.rstrip().endswith(lex.coverage)):
                # …实施后，学校课后服务实现全覆盖，参与率…: a later state sets up what the
                # first clause did not, or names it nearer (落实“双减”政策，课后服务实现…)
                setup = sentence_topic(clause, lex) or setup
            prev_frame, prev_plain, prev_unit = "", clause, ""
            prev_clause = clause
            continue
        befores = [text[(group[i - 1].end if i else c0):f.start] for i, f in enumerate(group)]
        afters = [text[f.end:(group[i + 1].start if i + 1 < len(group) else c1)]
                  for i, f in enumerate(group)]
        kinds = [post_kind(a) for a in afters]
        # split the text between two figures between the first's post and the next's pre
        posts, pres = list(afters), list(befores)
        for i in range(len(group) - 1):
            if kinds[i] not in ("C", "D"):
                continue
            seg = afters[i]
            if kinds[i + 1] in ("A", "D"):
                _, pos = pre_phrase(seg, lex)
            else:
                pos = split_point(seg, lex)
            if pos > 0:
                posts[i] = seg[:pos]
                pres[i + 1] = seg[pos:]
        metrics, frames = [], []
        for i, f in enumerate(group):
            kind, pre, post = kinds[i], pres[i], posts[i]
            frame = ""
            share = (SHARE_OF.search(pre) or PER_PUPIL_BEFORE.search(pre)) if kind == "A" else None
            if share:               # 一般公共预算教育支出占一般公共预算支出的比例为19.6%: both sides
                metric = share.group(1)     # (小学生均一般公共预算教育事业费12864元: 小学生|均 is no break)
            elif kind == "A":
                metric = pre_phrase(without_remark(pre), lex)[0]
            elif kind == "B":
                metric = shorten(noun_phrase(post[1:], lex), lex)
                span = (event_span(post, lex) if lex.units.get(f.unit) == "time"
                        and pre.rstrip().endswith(lex.duration_intro) else "")
                if span and len(span) <= MAX_METRIC:
                    metric = span    # 为期4天的…运动会在…落下帷幕 → …运动会会期
                elif (metric and lex.units.get(f.unit) == "time" and not metric.endswith(lex.event)
                        and pre.rstrip().endswith(lex.duration_intro)
                        and len(metric) + len(TERM) <= MAX_METRIC):
                    metric += TERM   # 开展为期一年半的支教工作 → 支教期限: how long it lasts
            elif kind == "C":
                frame = frame_before(pre, lex)
                if not frame and i and frames[i - 1] and has_verb(frames[i - 1]):
                    frame = frames[i - 1]          # 188所学校的731栋校舍 → 摸排校舍
                noun = noun_phrase(post, lex)
                if (i + 1 < len(group) and kinds[i + 1] == "C" and afters[i] == posts[i]
                        and noun == post and len(noun) <= 4):
                    # 10所学校11个隐患校舍抗震加固: the schools' repairs
                    noun += noun_phrase(posts[i + 1], lex)
                if len(frame + noun) > MAX_METRIC and len(noun) <= MAX_METRIC:
                    frame = ""
                metric = shorten(strip_framing(frame + noun, lex), lex)
            else:
                measured = measured_noun(pre, lex)
                if measured:
                    metric = measured        # 以总分672分位列全市前十名 → 总分
                else:
                    head = pre_phrase(pre, lex)[0]
                    metric = shorten(strip_framing(head + strip_framing(post, lex), lex), lex)
            if (i and kinds[i - 1] == "C" and frames[i - 1] and pres[i] == posts[i - 1]
                    and len(pre.strip()) <= 2 and not has_verb(pre)):
                # 招收初一新生8个班360人: the second count is of what the first frame names
                metric = frames[i - 1]
            frames.append(frame)
            metrics.append(metric)
        _from_to(befores, afters, metrics, lex)
        stripped = clause
        for f in reversed(group):
            stripped = stripped[:f.start - c0] + "，" + stripped[f.end - c0:]
        parallel = (prev_frame if group[0].unit == prev_unit and not frames[0]
                    and not has_verb(stripped) else "")
        fallbacks = _Fallbacks(pres, posts, lex)
        label = colon_label(text, c0, prev_plain) if not pres[0].strip(" \u3000") else ""
        if label:
            metrics[0] = label           # 参赛队伍：647支 → 参赛队伍
        fill_from_context(group, pres, frames, metrics, lex, prev_fig, parallel, prev_plain,
                          fallbacks, prev_clause, "" if first_clause else setup)
        paired = RESPECTIVELY.search(befores[0]) is not None
        for i in range(len(group) - 2, -1, -1):
            sep = afters[i].strip()
            if paired and sep in ("、", "和", "及"):
                metrics[i] = group[i].metric = metrics[i + 1]   # A、B分别有3项和2项作品: as the last
            elif not metrics[i] and len(sep) == 1 and sep in SEPARATORS:
                metrics[i] = group[i].metric = metrics[i + 1]   # 3-5人: as the 5人
        if si in needs_setup:
            # 课后服务覆盖率100%，学生参与率95.3%: a coverage rate sets up its activity, and
            # so does a count of those that reached it (349所学校课后服务实现全覆盖，…)
            reached = (sentence_topic(stripped, lex)
                       if clause.rstrip().endswith(lex.coverage) else "")
            setup = reached or next(filter(None, (covered_activity(m, lex) for m in metrics)),
                                    setup)
        prev_frame = frames[0] or verb_frame(metrics[0])
        prev_fig, prev_unit = group[-1], group[0].unit
        prev_plain = ""
        prev_clause = clause
    name_by_alias(text, figs, sentences)
    name_prizes(text, figs, sentences, lex)
    name_subjects(text, figs)
    name_headed_items(text, figs)
    name_staged_measures(text, figs)
    name_measure_lines(text, figs)
    name_category_lines(text, figs)
    name_bracketed_kinds(text, figs)
    name_area_lists(text, figs, lex.units)
    name_pipe_tables(text, figs)
    name_spaced_tables(text, figs)
    name_pair_rows(text, figs)
    name_ranked_rows(text, figs)
    name_follow_ups(text, figs)
    refine_metrics(text, figs, lex)
    name_contestants(text, figs)
    name_judges(text, figs)
    name_categories(text, figs)
    name_sent_on(text, figs)
    name_stage_lists(text, figs)
    name_pairs(text, figs)
    kinds_after_semicolon(text, figs, lex)
    changes_keep_their_kind(text, figs)
    name_received(text, figs)
    name_thresholds(text, figs)
    name_area_breakdowns(text, figs)
    name_per_head(text, figs)
    name_subject_lines(text, figs)
    name_respective_changes(text, figs)
    name_group_prizes(text, figs)
    name_won_with(text, figs)
    name_shared_totals(text, figs)
    name_prize_totals(text, figs)
    name_bare_totals(text, figs)
    name_winners_counted(text, figs)
    name_prize_lines(text, figs)
    name_honours(text, figs)
    verbs_shared_with_the_next(text, figs)
    bracketed_scores(text, figs)
    group_scores_under_a_heading(text, figs)
    edit_label_edges(figs)
    mend_quoted_labels(text, figs)


def verbs_shared_with_the_next(text: str, figs: list[Candidate]) -> None:
    """有23人次打破11项市中小学生纪录: a count named only by the verb after it did what the
    next figure's phrase says (打破市中小学生纪录)."""
    ordered = sorted(figs, key=lambda g: g.start)
    for f, g in zip(ordered, ordered[1:]):
        verb = text[f.end:g.start]
        if 1 <= len(verb) <= 3 and f.metric == verb and g.metric.startswith(verb) \
                and len(g.metric) > len(verb) and has_verb(verb):
            f.metric = g.metric


# the label a line or sentence opens with before its colon (团体总分:高中组第一名…)
LINE_LABEL = re.compile(r"(?:^|[\n。；;])\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．]\s*)?([\u4e00-\u9fff]{2,8})[：:]")


def bracketed_scores(text: str, figs: list[Candidate]) -> None:
    """许昌市第一中学(236分): a figure alone in brackets after a name is the measure the line
    opens with (团体总分:…), or the name's 得分; the clause rules see only brackets."""
    for f in figs:
        if text[f.start - 1:f.start] not in ("（", "(") or text[f.end:f.end + 1] not in ("）", ")"):
            continue
        if f.metric and not f.metric.endswith(("()", "（）")):
            continue
        labels = list(LINE_LABEL.finditer(text, max(0, f.start - 200), f.start))
        label = labels[-1] if labels else None
        if label is not None and not any(ch in "。\n" for ch in text[label.end():f.start]):
            f.metric = label.group(1)
        elif f.unit == "分":
            f.metric = "得分"


# 团体总分前三名如下: a line that heads the lines under it by their measure
SCORES_HEADING = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:前[一二三四五六七八九十\d]{1,2}名|排名|名次)?(?:情况)?如下[：:]\s*$")
GROUP_LEAD = re.compile(r"\s*([\u4e00-\u9fff（）()]{1,10}组)[：:]")
# 一、团体总分 over the groups' lines: a numbered heading that is only the score's name
NUMBERED_SCORES = re.compile(r"\s*(?:[一二三四五六七八九十]+[、．.]|[0-9]+[.、．]|[（(][一二三四五六七八九十0-9]+[）)])\s*"
                             r"([\u4e00-\u9fff]{0,6}(?:总分|得分|积分))\s*")


def group_scores_under_a_heading(text: str, figs: list[Candidate]) -> None:
    """高中组:伊川县第一高级中学 1126分;… under 团体总分前三名如下: each score is the group's
    measure (高中组团体总分), not the school's name the clause rules see."""
    for f in figs:
        if f.unit != "分":
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        lead = GROUP_LEAD.match(text, line_start)
        if not lead or line_start == 0:
            continue
        # the heading stands over the first group's line (高中组:… / 初中组:… under it)
        k = text.rfind("\n", 0, line_start - 1) + 1
        while k > 0 and GROUP_LEAD.match(text, k):
            k = text.rfind("\n", 0, k - 1) + 1
        line = text[k:text.find("\n", k)]
        heading = SCORES_HEADING.search(line) or NUMBERED_SCORES.fullmatch(line)
        if heading is not None and len(lead.group(1)) + len(heading.group(1)) <= MAX_METRIC:
            f.metric = lead.group(1) + heading.group(1)
