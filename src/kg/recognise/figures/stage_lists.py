"""One measure given for several school stages in a row: each figure is that stage's
measure, as the guidelines ask for a list that shares a head (小学在校生, 初中在校生).

Bulletins write it two ways:

* the stages listed before the measure, the numbers after 分别:
  ``小学、初中生均校舍建筑面积分别为7.9平方米、12.8平方米`` → 小学生均校舍建筑面积, …;
* the measure as a heading before a colon, each stage with its number:
  ``生均图书：小学28.6册、初中44.1册`` → 小学生均图书, 初中生均图书;
* the measure run straight into the first stage:
  ``生均校舍建筑面积小学7.42平方米、初中12.85平方米`` → 小学生均校舍建筑面积, …."""
from __future__ import annotations

import re

from ...spans import line_spans
from .area_headings import AREA
from .heads import STAGES
from .patterns import CHANGE_WORDS, MAX_METRIC, after_last_break
from .scan import Candidate

STAGE_LIST = re.compile(rf"((?:{STAGES.pattern})(?:[、和及](?:{STAGES.pattern}))+)(.+)")
RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达)?$")
HEADING = re.compile(r"([\u4e00-\u9fff]{2,16})[：:]$")
HEADING_REACH = 16          # a heading of a bulletin's line (生均一般公共预算教育事业费：)
BREAKS = "。；;！!？?\n"
# a heading may open with when the figures were counted (全年生均…：, 2023年生均…：); the
# stage's measure is looked up without it (小学生均一般公共预算教育事业费)
WHEN = re.compile(r"^(?:全年度?|本年度?|今年|当年|年内|年度)(?=[\u4e00-\u9fff]{2})")


def _without_when(text: str, heading: str, at: int) -> str:
    """全年生均图书 → 生均图书; 年生均图书 after a year's digits (2023年生均图书) too."""
    if heading.startswith("年") and at > 0 and text[at - 1].isdigit() and len(heading) > 3:
        return heading[1:]
    return WHEN.sub("", heading)


def _paired(text: str, figs: list[Candidate]) -> None:
    """小学、初中X分别为a、b: the i-th figure is the i-th stage's X."""
    i = 0
    while i < len(figs):
        f = figs[i]
        m = STAGE_LIST.fullmatch(f.metric)
        if not m:
            i += 1
            continue
        stages = re.split("[、和及]", m.group(1))
        head = m.group(2)
        run = figs[i:i + len(stages)]
        between = [text[a.end:b.start] for a, b in zip(run, run[1:])]
        if (len(run) == len(stages) and all(g.metric == f.metric for g in run)
                and all(len(s.strip()) <= 2 for s in between)
                and RESPECTIVELY.search(text[max(0, f.start - 8):f.start])):
            for g, stage in zip(run, stages):
                g.metric = stage + head
            i += len(run)
        else:
            i += 1


def _headed(text: str, figs: list[Candidate]) -> None:
    """X：小学a、初中b: a stage alone before its number is the stage's X."""
    for f in figs:
        tail = STAGES.search(f.metric)
        if not tail or tail.end() != len(f.metric):
            continue
        stage, before = tail.group(0), f.metric[:tail.start()]
        lo = f.start
        while lo > 0 and f.start - lo < 80 and text[lo - 1] not in BREAKS:
            lo -= 1
        colon = max(text.rfind("：", lo, f.start), text.rfind(":", lo, f.start))
        among = AMONG.match(text, lo) if colon < 0 else None
        if among is not None and among.end() <= f.start:
            # 全市专任教师中，幼儿园1642人、小学3918人: the measure the list is drawn from
            item = re.split(r"[、，,]", text[among.end():f.start])[-1].strip()
            if not STAGES.fullmatch(item):
                continue
            m, heading, stage, before = among, WHOLE.sub("", among.group(1)), item, ""
        elif colon < 0:
            continue
        else:
            m = HEADING.search(text, max(lo, colon - HEADING_REACH), colon + 1)
            heading = _without_when(text, m.group(1), m.start(1)) if m else ""

        # the first item may have kept the heading before its stage (生均图书小学)
        if (heading and before in ("", heading, m.group(1)) and not STAGES.search(heading)
                and len(stage) + len(heading) <= MAX_METRIC):
            # an area before the colon labels a table row: 甲区：小学42所 → 甲区小学
            f.metric = heading + stage if AREA.fullmatch(heading) else stage + heading


# a heading that only says a breakdown by stage follows (分学段如下：, 分学段情况如下：)
BY_STAGE = re.compile(r"(?:分学段|按学段|各学段|分学段情况|分类)(?:情况)?(?:如下|看)?")
MEASURE_CHANGE = re.compile(CHANGE_WORDS + "$")


def _measure_before(text: str, at: int, figs: list[Candidate]) -> str:
    """The measure of the first figure of the sentence before ``at`` (全市在校生11862人 → 在校生)."""
    stop = after_last_break(text, at, PART_ENDS) - 1
    start = after_last_break(text, stop, PART_ENDS) if stop > 0 else 0
    first = next((f for f in figs if start <= f.start < stop), None)     # (figs in text order)
    if first is None or not first.metric or MEASURE_CHANGE.search(first.metric) or STAGES.search(first.metric):
        return ""
    return first.metric


PART_ENDS = "。；;\n"
STAGE_LINE = re.compile(rf"[ \t\u3000]*({STAGES.pattern})[：:][ \t\u3000]*")


def _stage_lines(text: str, figs: list[Candidate]) -> None:
    """全市在校生11862人…。分学段如下:\n普通高中:1436人\n小学:5120人: lines of a stage and its
    one count under a heading that only says the breakdown follows: the stage's share of
    the measure the sentence before the heading gave (小学在校生)."""
    by_start = {f.start: f for f in figs}
    lines = [(a, text[a:b]) for a, b in line_spans(text)]
    for i, (a, line) in enumerate(lines):
        m = STAGE_LINE.match(line)
        f = by_start.get(a + m.end()) if m else None
        if f is None or line[f.end - a:].strip(" 。；;，,"):
            continue
        j = i - 1
        while j >= 0 and STAGE_LINE.match(lines[j][1]):
            j -= 1
        if j < 0:
            continue
        head_at, head = lines[j]
        colon = max(head.rfind("："), head.rfind(":"))
        said = head[:colon].rsplit("。", 1)[-1].strip() if colon >= 0 and not head[colon + 1:].strip() else ""
        if not BY_STAGE.fullmatch(said):
            continue
        measure = _measure_before(text, head_at + head[:colon].rfind(said), figs)
        if measure and len(m.group(1)) + len(measure) <= MAX_METRIC:
            f.metric = m.group(1) + measure


# 全市专任教师中，…: a sentence that opens with the whole it breaks down by stage
AMONG = re.compile(r"\s*([\u4e00-\u9fff]{2,16}?)中[，,]")
WHOLE = re.compile(r"^(?:全市|全县|全区|全州|全旗|全盟|全省)")
HAN_MEASURE = re.compile(r"[\u4e00-\u9fff]{2,}")
NEXT_STAGE = re.compile(r"[、，,]\s*")
STAGE_VERB = re.compile(r"(?:达到|达|为)$")


def _run_in(text: str, figs: list[Candidate]) -> None:
    """X小学a、初中b: the measure before the first stage is every listed stage's."""
    i = 0
    while i < len(figs) - 1:
        f = figs[i]
        tail = STAGES.search(f.metric)
        measure = f.metric[:tail.start()] if tail and tail.end() == len(f.metric) else ""
        if (not HAN_MEASURE.fullmatch(measure) or STAGES.search(measure)
                or len(measure) + len(tail.group(0)) > MAX_METRIC):
            i += 1
            continue
        run = [f]
        for g in figs[i + 1:]:
            gap = STAGE_VERB.sub("", text[run[-1].end:g.start])
            if not (STAGES.fullmatch(g.metric) and gap.endswith(g.metric)
                    and NEXT_STAGE.fullmatch(gap[:-len(g.metric)])):
                break
            run.append(g)
        if len(run) < 2:
            i += 1
            continue
        f.metric = tail.group(0) + measure
        for g in run[1:]:
            if len(g.metric) + len(measure) <= MAX_METRIC:
                g.metric += measure
        i += len(run)


def name_stage_lists(text: str, figs: list[Candidate]) -> None:
    """Give each figure of a stage list its own stage and the list's measure."""
    ordered = sorted(figs, key=lambda g: g.start)
    _paired(text, ordered)
    _headed(text, ordered)
    _run_in(text, ordered)
    _stage_lines(text, ordered)
