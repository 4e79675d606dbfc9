"""Counts of judges, as competition news writes them and annotators name them: experts who
form the jury (41名专家组成评审委员会, 评委会由某大学等单位的11名专家组成) are the jury's experts
(评审委员会专家, 评委会专家), and experts who serve as judges (7位专家担任评委) are 评委专家.
The clause's own words would name them by the verb (专家组成, 邀请专家组成评审委员会)."""
from __future__ import annotations

import re

from .scan import Candidate

JURY = r"[\u4e00-\u9fff]{0,6}?(?:评审委员会|评审组|评审团|评委会|评委组|专家组|专家委员会)"
# N名专家组成(了)评审委员会; 评委会由N名专家组成
FORMS = re.compile(r"(?:的|余)?专家(?:共同)?组成了?(" + JURY + r")")
FORMED_BY = re.compile(r"(" + JURY + r")由")
FORMED_BY_TAIL = re.compile(r"(?:的|余)?专家(?:共同)?组成")
SERVES = re.compile(r"(?:的|余)?专家(?:共同)?担任(评委|评审)")
JUDGE_UNITS = ("名", "位", "人")
REACH = 80           # characters before the count where 评委会由 may stand, in its clause
CLAUSE_BREAKS = "，,。；;：:！!？?\n"


def _jury_label(jury: str) -> str:
    """The jury's experts named by the jury (评审委员会专家, 评委会专家, 评审组专家), as most
    annotators name them; 专家组 → 专家组专家 is no better than the plain word, so 评审专家."""
    if "评委" in jury:
        return "评委会专家"
    for kind in ("评审委员会", "专家委员会", "评审组", "评审团"):
        if jury.endswith(kind):
            return kind + "专家"
    return "评审专家"


def name_judges(text: str, figs: list[Candidate]) -> None:
    """Name the counts of experts who form a jury or serve as judges."""
    for f in figs:
        if f.unit not in JUDGE_UNITS:
            continue
        m = FORMS.match(text, f.end)
        if m:
            f.metric = _jury_label(m.group(1))
            continue
        lo = f.start
        while lo > 0 and f.start - lo < REACH and text[lo - 1] not in CLAUSE_BREAKS:
            lo -= 1
        before = FORMED_BY.search(text, lo, f.start)
        if before and FORMED_BY_TAIL.match(text, f.end):
            f.metric = _jury_label(before.group(1))
            continue
        m = SERVES.match(text, f.end)
        if m:
            f.metric = m.group(1) + "专家"
