"""Contests a news item breaks its prizes down by, each on its own line (4.机器人竞赛:一等奖18项,
二等奖36项): the category is a contest of its own, named before its colon, and the line's counts
are its prizes (as annotators read them: 机器人竞赛 is what 18项 is about)."""
from __future__ import annotations

import re

from .doc import Candidate, WordedText, clean_name

_HAN = "\u4e00-\u9fff"
CATEGORY_CONTEST = re.compile(rf"^[ \t\u3000]*(?:\d{{1,2}}[.、．]|[（(][一二三四五六七八九十\d]{{1,3}}[）)])?[ \t\u3000]*"
                              rf"([{_HAN}A-Za-z0-9+“”\"]{{2,16}}?(?:竞赛|比赛|挑战赛|大赛|赛项))[ \t\u3000]*[：:]",
                              re.MULTILINE)
PRIZES_AFTER = re.compile(r"等奖|金牌|银牌|铜牌|优秀奖")


def category_contests(doc: WordedText) -> list[Candidate]:
    text = doc.text
    out = []
    for m in CATEGORY_CONTEST.finditer(text):
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else len(text)]
        if PRIZES_AFTER.search(rest):
            out.append(Candidate(m.start(1), m.end(1), "Event", clean_name(m.group(1)), 5, "category"))
    return out
