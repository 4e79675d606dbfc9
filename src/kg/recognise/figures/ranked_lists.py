"""Ranked lists under a caption: news closes with a table written as lines, the caption
naming the measure and each line a group and its entrants with their scores
(附：团体总分前列名单\\n高中组：甲中学286分；乙中学251分). Each score is the group's
measure (高中组团体总分), not the entrant's name that stands before it. A caption that
ends on a score over lines of one entrant each (…第一名及决赛总分:\n小学语文组 李某(某小学)
95.6分) names each score by the caption's score alone (决赛总分)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ...spans import SpanIndex, line_spans
from .patterns import MAX_METRIC
from .scan import Candidate

CAPTION = re.compile(r"(?:附[：:])?[ \u3000]*([\u4e00-\u9fff]{2,10}?)"
                     r"(?:前列|前[0-9一二三四五六七八九十]{1,2}名)?(?:名单|排名|排行榜?|一览表?)[：:]?")
# an entrant: a school, a body, a team or an area (not a prize or a measure: 一等奖8项)
ENTRANT = re.compile(r"(?:学校|中学|小学|幼儿园|学院|大学|分校|校区|初中部|高中部|代表队|队|中心|区|县|市|旗|镇|乡)$")
LINE = re.compile(r"([\u4e00-\u9fff]{1,10})[：:]")
ITEM_EDGE = "；;、，,。"


# a caption whose last item is a score (各学科组一等奖第一名及决赛总分:), over lines of one
# entrant and one score each (小学语文组 李某(某某小学) 95.6分)
SCORE_CAPTION = re.compile(r"(?:[^。；;，,\n]{0,20}(?:及|和|与|、))?([\u4e00-\u9fff]{0,4}(?:总分|得分|成绩|分数|平均分))[：:]")
SCORE_UNIT = "分"


class CaptionedLines:
    """The lines under each caption line, with the measure the caption names (its first
    group): one walk for every list printed under a caption. ``end()`` closes the current
    list, so the lines after it wait for the next caption."""

    def __init__(self, text: str, caption: re.Pattern[str]) -> None:
        self.text, self.caption, self.measure = text, caption, ""

    def __iter__(self) -> Iterator[tuple[str, int, int]]:
        for a, b in line_spans(self.text):
            cap = self.caption.fullmatch(self.text[a:b].strip(" \u3000"))
            if cap:
                self.measure = cap.group(1)
            elif self.measure:
                yield self.measure, a, b

    def end(self) -> None:
        self.measure = ""


def name_scored_lines(text: str, cands: list[Candidate]) -> None:
    """Name each score on the lines under a caption that ends on a score by that score
    (决赛总分): each line is one entrant's, not its group's."""
    if SCORE_UNIT not in text:
        return
    by_start = SpanIndex(cands)
    lines = CaptionedLines(text, SCORE_CAPTION)
    for measure, a, b in lines:
        mine = by_start.starting_in(a, b)
        if len(mine) != 1 or mine[0].unit != SCORE_UNIT:
            lines.end()
            continue
        mine[0].metric = measure


def name_ranked_lists(text: str, cands: list[Candidate]) -> None:
    """Name each score of a ranked list under a caption by its line's group and the
    caption's measure."""
    if "名单" not in text and "排名" not in text and "排行" not in text and "一览" not in text:
        return
    by_start = SpanIndex(cands)
    lines = CaptionedLines(text, CAPTION)
    for measure, a, b in lines:
        head = LINE.match(text, a, b)
        body = head.end() if head else a
        mine = by_start.starting_in(body, b)
        if not mine:
            lines.end()
            continue
        label = head.group(1) if head else ""
        named = []
        for c in mine:
            lo = c.start
            while lo > body and text[lo - 1] not in ITEM_EDGE:
                lo -= 1
            item = text[lo:c.start]
            after = text[c.end:c.end + 1]
            if not ENTRANT.search(item) or re.search(r"[0-9]", item) \
                    or (after and after not in ITEM_EDGE):
                named = []
                break
            named.append(c)
        metric = label + measure
        if len(named) >= 2 and len(metric) <= MAX_METRIC:
            for c in named:
                c.metric = metric
