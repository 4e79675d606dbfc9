"""Ranked lists under a caption: news closes with a table written as lines, the caption
naming the measure and each line a group and its entrants with their scores
(附：团体总分前列名单\\n高中组：甲中学286分；乙中学251分). Each score is the group's
measure (高中组团体总分), not the entrant's name that stands before it."""
from __future__ import annotations

import re

from ...spans import SpanIndex, line_spans
from .patterns import MAX_METRIC
from .scan import Candidate

CAPTION = re.compile(r"(?:附[：:])?[ \u3000]*([\u4e00-\u9fff]{2,10}?)"
                     r"(?:前列|前[0-9一二三四五六七八九十]{1,2}名)?(?:名单|排名|排行榜?|一览表?)[：:]?")
# an entrant: a school, a body, a team or an area (not a prize or a measure: 一等奖8项)
ENTRANT = re.compile(r"(?:学校|中学|小学|幼儿园|学院|大学|分校|校区|初中部|高中部|代表队|队|中心|区|县|市|旗|镇|乡)$")
LINE = re.compile(r"([\u4e00-\u9fff]{1,10})[：:]")
ITEM_EDGE = "；;、，,。"


def name_ranked_lists(text: str, cands: list[Candidate]) -> None:
    """Name each score of a ranked list under a caption by its line's group and the
    caption's measure."""
    if "名单" not in text and "排名" not in text and "排行" not in text and "一览" not in text:
        return
    by_start = SpanIndex(cands)
    measure = ""
    for a, b in line_spans(text):
        line = text[a:b].strip(" \u3000")
        cap = CAPTION.fullmatch(line)
        if cap:
            measure = cap.group(1)
            continue
        if not measure:
            continue
        head = LINE.match(text, a, b)
        body = head.end() if head else a
        mine = by_start.starting_in(body, b)
        if not mine:
            measure = ""
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
