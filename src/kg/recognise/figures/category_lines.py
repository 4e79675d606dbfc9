"""A line that names a contest's category before its colon and gives that category's counts
after it (1.小学语文组：一等奖5名，二等奖10名; 科技创新成果类:一等奖35项): each count is the
category's (小学语文组一等奖), as annotators name them, not the bare prize the clause
rules see."""
from __future__ import annotations

import re

from .lines import figures_by_line
from .patterns import MAX_METRIC, PRIZE_END
from .scan import Candidate
from .words import has_verb

_HAN = "\u4e00-\u9fff"
CATEGORY = re.compile(rf"\s*(?:[（(]?[0-9一二三四五六七八九十]{{1,2}}[)）.、．]\s*)?"
                      rf"([{_HAN}（）()]{{1,14}}?(?:组别|组|类|赛道|学段|赛项|学科))"
                      rf"(?:[（(][^（）()\n]{{1,12}}[）)])?\s*[：:]")     # 小学科学组(参赛22人):


PRIZES_FIRST = re.compile(r"\s*(?:[一二三四五特]等奖|金奖|银奖|铜奖|金牌)[\d一二三四五六七八九十]")
BARE = 6        # a bare measure (一等奖, 参赛选手); a longer one names its own subject


def name_category_lines(text: str, figs: list[Candidate]) -> None:
    """Prefix each count on a category's line with the category."""
    for a, line, mine in figures_by_line(text, figs):
        m = CATEGORY.match(line)
        if not m:
            continue
        # a paragraph under a category heading tells its own story, unless the line opens with
        # the category's prizes (…三等奖7名。一等奖获得者:…): then the counts before its first
        # full stop are the category's
        stop = line.find("。", m.end())
        if stop >= 0 and line[stop:].rstrip("。 \u3000") and not PRIZES_FIRST.match(line, m.end()):
            continue
        end = a + stop if stop >= 0 else a + len(line)
        category = m.group(1)
        stem = category[:-1] if category.endswith(("类", "组")) else ""
        for f in mine:
            if f.start >= end:
                break
            if f.start >= a + m.end() and stem and len(stem) >= 2 and f.metric.startswith(stem) \
                    and not f.metric.startswith(category) and len(f.metric) - len(stem) <= BARE:
                f.metric = category + f.metric[len(stem):]  # 科普征文一等奖 → 科普征文类一等奖
                continue
            if (f.start >= a + m.end() and f.metric and category not in f.metric
                    and len(f.metric) <= BARE and not has_verb(f.metric)
                    and len(category) + len(f.metric) <= MAX_METRIC):
                f.metric = category + f.metric


# a prize count broken down in brackets by kind: 一等奖18个（朗诵类12个、戏剧类6个）
KIND_ITEM = re.compile(rf"[（(、，,]\s*([{_HAN}]{{1,8}}?(?:类|组))$")


def name_bracketed_kinds(text: str, figs: list[Candidate]) -> None:
    """Each count inside the bracket after a prize count is that kind's prize (戏剧类一等奖)."""
    ordered = sorted(figs, key=lambda g: g.start)
    prize = ""
    for f in ordered:
        if f.metric[:1] in ("）", ")"):
            f.metric = f.metric.lstrip("）)、，, ")     # …6个）、二等奖30个: the bracket closed before it
        opened = text.rfind("（", 0, f.start), text.rfind("(", 0, f.start)
        at = max(opened)
        closed = max(text.rfind("）", 0, f.start), text.rfind(")", 0, f.start))
        inside = at > closed and at > 0
        grade = PRIZE_END.search(f.metric.replace("评出", "")) if not inside else None
        if grade:
            prize = grade.group()
            continue
        if not inside or not prize:
            if not inside:
                prize = ""
            continue
        item = KIND_ITEM.search(text, max(at, f.start - 12), f.start)
        if item and len(item.group(1)) + len(prize) <= MAX_METRIC:
            f.metric = item.group(1) + prize
