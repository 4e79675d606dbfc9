"""Last touches to metric labels, in the words annotators use:

* a statistics bulletin's bare counts (招生, 在校生, 毕业生) carry the stage the paragraph
  is about (普通高中。…招生3.41万人 → 普通高中招生);
* a bracketed remark right before the figure is not its metric (在校生（含在园幼儿）50万人
  → 在校生);
* news writes the counted thing before its verb (203支队伍参赛, 作品获奖), annotators name
  it verb first (参赛队伍, 获奖作品)."""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .phrases import pre_phrase
from .scan import Candidate

BARE_COUNTS = ("招生", "在校生", "毕业生", "在校学生", "招生人数", "在校生人数", "毕业生人数")
# school stages, longest first so 普通高中 wins over 高中
STAGES = re.compile(r"普通高中|中等职业学校|中等职业教育|中职学校|中职|特殊教育学校|特殊教育|"
                    r"初中|小学|幼儿园|学前教育|普通本科|高等职业|高职|普通高校|高等教育|成人高校")
STAGE_WINDOW = 160          # how far back in the paragraph a stage is looked for
PAREN_BEFORE = re.compile(r"[（(][^（）()]{1,20}[）)]$")
VERB_AFTER = re.compile(r"(队伍|学生|作品|教师|代表|选手|团队|学校|单位)(参赛|参加|参与|获奖|参会)$")


def _stage(text: str, pos: int) -> str:
    """The last school stage written before ``pos`` in its paragraph."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - STAGE_WINDOW)
    found = ""
    for m in STAGES.finditer(text, lo, pos):
        found = m.group(0)
    return found


def _broken(metric: str) -> bool:
    """A metric cut out of a bracket: empty, 含在园幼儿）, 不含教学点）."""
    unbalanced = metric.count("）") + metric.count(")") > metric.count("（") + metric.count("(")
    return not metric or unbalanced or metric.startswith(("含", "不含"))


def refine_metrics(text: str, figs: list[Candidate], lex: Lexicon) -> None:
    """Rewrite metrics by the three rules of this module; others are left as they are."""
    for f in figs:
        metric = f.metric
        before = text[max(0, f.start - 40):f.start]
        paren = PAREN_BEFORE.search(before)
        if paren and _broken(metric):
            lead = before[:paren.start()]
            lead = re.split(r"[，。；：、,;:\n]", lead)[-1]
            phrase = pre_phrase(lead, lex)[0] if lead else ""
            if len(phrase) >= 2:
                metric = phrase
        if metric in BARE_COUNTS:
            stage = _stage(text, f.start)
            if stage:
                metric = stage + metric
        m = VERB_AFTER.search(metric)
        if m and text.startswith(m.group(0), f.end):
            metric = m.group(2) + m.group(1)
        f.metric = metric
