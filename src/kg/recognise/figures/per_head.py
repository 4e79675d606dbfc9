"""Money per head after the total it divides (发放乡村教师生活补助1270万元，惠及…，人均每月约740元):
the clause writes only 人均每月, and annotators name the share by the total's money
(乡村教师生活补助人均每月)."""
from __future__ import annotations

import re

from .patterns import SENTENCE_BREAKS
from .scan import Candidate

PER_HEAD = re.compile(r"年?人均(?:每[月年])?|人均[月年]")
# the verb a total's label opens with, which its share leaves out
PAID = re.compile(r"^(?:全年|累计)?(?:发放|落实|拨付|兑现|投入|安排|下达|筹措|统筹)")
MAX_MONEY = 14


def name_per_head(text: str, figs: list[Candidate]) -> None:
    prev: Candidate | None = None
    for f in sorted(figs, key=lambda f: f.start):
        if prev is not None and any(ch in SENTENCE_BREAKS for ch in text[prev.end:f.start]):
            prev = None
        if f.unit == "元" and PER_HEAD.fullmatch(f.metric) and prev is not None:
            money = PAID.sub("", prev.metric)
            if 2 <= len(money) <= MAX_MONEY and not PER_HEAD.search(money):
                f.metric = money + f.metric
        if f.unit == "元" and not PER_HEAD.fullmatch(f.metric):
            prev = f
