"""Two shapes whose counted thing is written after the number, which the clause rules miss:

* schools counted into an honour (全市已有9所学校获评“全国青少年校园冰雪运动特色学校”): the count
  is of the honour's holders, named by the honour, as annotators write it;
* a score in a ranking written after its measure's topic (团体总分方面，某小学以238分位列小学组第一):
  the score is the topic's measure (团体总分)."""
from __future__ import annotations

import re

from .patterns import MAX_METRIC, SENTENCE_BREAKS, after_last_break
from .scan import Candidate

HONOURED = re.compile(r"[\u4e00-\u9fff]{0,4}(?:学校|单位|幼儿园|所学校)?(?:先后|相继)?(?:获评|被评为|被认定为|被命名为|入选)"
                      r"[“\"]([^”\"]{4,24})[”\"]")
SCORED_AT = re.compile(r"(?:位列|位居|名列|排名|获得?|夺得)")
TOPIC = re.compile(r"([\u4e00-\u9fff]{2,8})方面[，,]")


def name_honours(text: str, figs: list[Candidate]) -> None:
    for f in figs:
        m = HONOURED.match(text, f.end)
        if m and f.unit in ("所", "个", "家", "名") and len(m.group(1)) <= MAX_METRIC:
            f.metric = m.group(1)
            continue
        if text[f.start - 1:f.start] == "以" and SCORED_AT.match(text, f.end):
            topic = TOPIC.match(text, after_last_break(text, f.start, SENTENCE_BREAKS))
            if topic:
                f.metric = topic.group(1)
