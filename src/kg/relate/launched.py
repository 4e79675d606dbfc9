"""Two ways a report opens a part with the thing its later figures describe, besides a verb
of doing and a programme: building or opening a named platform or hotline (建成“X教育云”平台，
注册师生用户46.7万个), and spending a sum on a named programme (投入资金3.6亿元实施“X”项目，
全市…接入率达到98.5%). Reports state a platform's users and visits, and a programme's
results, in the clauses after it without naming it again."""
from __future__ import annotations

import re

# 全市建成, 建设, 搭建, 开通 … : the scope may stand before the verb
PLATFORM_OPENING = re.compile(r"(?:全[市区县州旗省]|[我本][市区县])?(?:建成|建设|搭建|开通|上线|开发|建立)“?")
# what may close the clause after the quoted name: the kind of platform and its version
PLATFORM_TAIL = re.compile(r"[”\"]?(?:[\u4e00-\u9fff]{0,4}(?:平台|热线|系统|大脑))?(?:\d{1,2}(?:\.\d)?版)?")
# 投入资金3.6亿元 / 投入1160万元 / 累计投入各类资金… : the sum comes right before the verb
SPENDING = re.compile(r"(?:累计|共)?投入(?:各类|专项)?(?:资金|经费)?")


def platform_opened(text: str, at: int, hi: int, name_start: int, name_end: int,
                    has_figure: bool) -> bool:
    """The clause text[at:hi] builds or opens the quoted name text[name_start:name_end] and
    counts nothing itself (not 建成“X示范校”86所)."""
    if has_figure:
        return False
    opening = PLATFORM_OPENING.match(text, at, name_start + 1)
    if opening is None or opening.end() not in (name_start, name_start + 1):
        return False
    quoted = text[name_start - 1:name_start] == "“" or text[name_start:name_start + 1] == "“"
    return quoted and PLATFORM_TAIL.fullmatch(text, name_end, hi) is not None


def spent_before(text: str, at: int, verb_at: int, figures: list[tuple[int, int]]) -> bool:
    """text[at:verb_at] is only a sum spent (投入资金3.6亿元), so the verb after it opens the part
    as if the sum were not there; ``figures`` are the figure spans near that stretch."""
    lead = SPENDING.match(text, at, verb_at)
    if lead is None:
        return False
    inside = [(a, b) for a, b in figures if at <= a and b <= verb_at]
    return len(inside) == 1 and inside[0][0] == lead.end() and inside[0][1] == verb_at
