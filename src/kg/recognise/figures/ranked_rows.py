"""Figures in a ranking printed as spaced rows under a heading line that names what is
ranked::

    团体总分排名：
    第一名  某某县  1268分
    第二名  某某区  1105.5分

Each row's one figure, alone in its last cell, measures what the heading ranks (团体总分),
not the rank and name printed before it; whose it is stays for :mod:`kg.relate` to read
from the row's name."""
from __future__ import annotations

import re

from ...spans import line_spans
from .scan import Candidate

# a heading line of words ending in a ranking word and a colon: 团体总分排名：
RANK_HEADING = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?)(?:排名|排行榜|排行|排序)[：:]\s*")
# or a numbered heading line without the colon, a remark in brackets after it:
# 二、团体总分排名(前三名)
NUMBERED_RANK_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])"
                                   r"\s*([\u4e00-\u9fff]{2,12}?)(?:排名|排行榜|排行|排序)(?:[（(][^（）()]{1,8}[）)])?\s*")
# an item of a ranking along one line: 第1名 某中学,312分 (the figure starts at the match's end)
RANKED_ITEM = re.compile(r"第[0-9一二三四五六七八九十]{1,2}名[ \t\u3000]*[\u4e00-\u9fff（）()]{2,30}?[,，、 \t\u3000]+")
# a line that names what it ranks before its colon, its group in brackets:
# 团体总分(中学组):第一名 某中学 312分
LINE_RANKING = re.compile(r"\s*([\u4e00-\u9fff]{2,8}?)(?:[（(]([\u4e00-\u9fff]{1,8})[）)])?[：:]"
                          r"(?=\s*第[0-9一二三四五六七八九十]{1,2}名)")
GAP = re.compile(r"[ \t\u3000]{2,}|\t|\u3000")
DIGIT = re.compile(r"[0-9０-９]")
MAX_ROWS = 40


def name_ranked_rows(text: str, figs: list[Candidate]) -> None:
    """Name each figure alone in the last cell of a row under a ranking heading."""
    if "排" not in text and "名" not in text:
        return
    by_start = {f.start: f for f in figs}
    topic, rows = "", 0
    for a, b in line_spans(text):
        line = text[a:b]
        m = RANK_HEADING.fullmatch(line) or NUMBERED_RANK_HEADING.fullmatch(line)
        if m:
            topic, rows = m.group(1), 0
            continue
        own = LINE_RANKING.match(line)
        heading_topic = topic
        if own and own.group(1).endswith("组"):
            # 初中组:第1名 … under 团体总分排名: the group of the heading's ranking
            own = None
        elif own:                # 团体总分(中学组):第一名 某中学 312分;…: the line names its own
            topic, rows = (own.group(2) or "") + own.group(1), 0
        inline = [r for r in RANKED_ITEM.finditer(text, a, b)] if topic else []
        if inline:
            # 初中组:第1名 某中学,312分;第2名 某学校,288分: the ranking written along a line
            for r in inline:
                f = by_start.get(r.end())
                if f is not None:
                    f.metric = topic
            rows += 1
            if own:
                topic = heading_topic   # the line's own ranking ends with it
            continue
        if not topic or not line.strip() or rows >= MAX_ROWS:
            topic = ""
            continue
        gaps = list(GAP.finditer(text, a, b))
        last = gaps[-1].end() if gaps else -1
        f = by_start.get(last)
        if f is None or text[f.end:b].strip() or DIGIT.search(text, a, gaps[-1].start()):
            topic = ""
            continue
        f.metric = topic
        rows += 1
