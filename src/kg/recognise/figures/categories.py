"""Counts of the parts a contest is divided into, as competition news writes them: a verb of
setting up, the parts listed, then their number and kind (大赛设小学、初中、高中3个组别;
分校级初赛、县级复赛和市级决赛三个阶段进行). Annotators name such a count by the kind, with
the contest word the sentence gives before the list (大赛组别, 决赛环节, 竞赛项目), not by
the last item of the list (高中组别) or the verb (分…组别)."""
from __future__ import annotations

import re

from .patterns import SENTENCE_BREAKS
from .scan import Candidate

KINDS = ("组别", "阶段", "环节", "类别", "赛项", "小项", "板块", "单元", "维度", "指标", "学段",
         "赛道", "项目")
KIND_AFTER = re.compile("(?:" + "|".join(KINDS) + ")")
# the verb that opens the list, then the list itself (it has a list comma or 和/及)
SET_UP = re.compile(r"(?:共设置|共设|设置|设立|设有|设|分为|分成|分|包括|涵盖|按照|按|从|经过|历经)"
                    r"(?=[^，,。；;：:]*[、和及][^，,。；;：:]*$)")
CONTEST_WORDS = re.compile(r"(?:决赛|复赛|初赛|预赛|大赛|竞赛|比赛|联赛|评审|评选|活动|文化节|展评)")
COUNT_UNITS = ("个", "项", "类")
REACH = 80           # how far back the clause and the sentence are read


def _back_to(text: str, pos: int, breaks: str) -> int:
    lo = pos
    while lo > 0 and pos - lo < REACH and text[lo - 1] not in breaks:
        lo -= 1
    return lo


def name_categories(text: str, figs: list[Candidate]) -> None:
    """Name the count of a listed set of parts by their kind and the contest word before
    the list."""
    for f in figs:
        if f.unit not in COUNT_UNITS:
            continue
        kind = KIND_AFTER.match(text, f.end)
        if not kind:
            continue
        clause = _back_to(text, f.start, SENTENCE_BREAKS + "，,：:")
        verb = None
        for verb in SET_UP.finditer(text, clause, f.start):
            break                           # the first verb opens the list
        if verb is None:
            continue
        sentence = _back_to(text, f.start, SENTENCE_BREAKS)
        words = list(CONTEST_WORDS.finditer(text, sentence, verb.start()))
        contest = words[-1].group(0) if words else ""
        f.metric = contest + kind.group(0)
