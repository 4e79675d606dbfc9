"""Trimming a metric: framing words and dates off its edges, and a cap on its length."""
from __future__ import annotations

import re
from functools import cache

from .lexicon import Lexicon
from .patterns import (CONNECTORS, DATE_RE, INCLUDED_REMARK, MAX_METRIC, NAME_QUOTE_RE, ORDINAL_RE,
                       SECTION_RE, SEPARATORS)
from .words import memo_phrase, tagged_words

DATE_AT_END = re.compile(DATE_RE.pattern + "$")
EDGE_PUNCTUATION = " \t\u3000" + "".join(c for c in SEPARATORS if c not in CONNECTORS) + "、，,。；;：:"


def _strip_dates(phrase: str) -> str:
    """Years at either edge (2022年, 2021-2022学年) say when, not what."""
    prev = None
    while prev != phrase:
        prev = phrase
        m = DATE_RE.match(phrase)
        if m:
            phrase = phrase[m.end():]
        m = DATE_AT_END.search(phrase)
        if m:
            phrase = phrase[:m.start()]
    return phrase


# 在园幼儿, 在校生, 在读, 在职, 在岗, 在编: 在 is part of the noun, not a preposition
IN_PLACE = set("园校读职岗编册籍")
# 在学研究生, 在学人数: 在学 is enrolled too, but 在学校…, 在学习… and 在学科… open a place or
# an activity
IN_STUDY = re.compile(r"^在学(?![校习科期年段])")


def _in_is_noun(phrase: str) -> bool:
    """Whether a leading 在 belongs to the noun (在园幼儿, 在学研究生), not a preposition."""
    return phrase[1:2] in IN_PLACE or IN_STUDY.match(phrase) is not None


@cache
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """A word set as ``str.startswith``/``endswith`` take it."""
    return tuple(words)


@memo_phrase
def strip_framing(phrase: str, lex: Lexicon, leading: bool = True, trailing: bool = True) -> str:
    """Remove framing words (whole jieba words) and dates at the edges of a phrase."""
    prev = None
    while prev != phrase:
        prev = phrase
        # punctuation only: a connector (与, 和) goes as a whole word below, so that
        # 参与 keeps its 与 (学生参与, not 学生参)
        phrase = phrase.strip(EDGE_PUNCTUATION)
        phrase = SECTION_RE.sub("", _strip_dates(phrase))
        for cop in lex.copula:       # 压减率为 → 压减率
            if phrase.endswith(cop) and phrase[:-len(cop)].endswith(lex.measure_suffix):
                phrase = phrase[:-len(cop)]
                break
        if not phrase:       # (jieba's words of a phrase spell it out: none for "")
            return ""
        # the words are tagged only when a listed word could begin (or end) the phrase
        if leading and phrase.startswith(_as_tuple(lex.strip_leading)):
            words = [w for w, _ in tagged_words(phrase)]
            for k in range(min(3, len(words)), 0, -1):
                head = "".join(words[:k])
                if head in lex.strip_leading and not (head == "在" and _in_is_noun(phrase)):
                    phrase = phrase[len(head):]
                    break
        if trailing and phrase.endswith(_as_tuple(lex.strip_trailing)):
            words = [w for w, _ in tagged_words(phrase)]
            for k in range(min(3, len(words)), 0, -1):
                tail = "".join(words[-k:])
                if tail in lex.strip_trailing:
                    phrase = phrase[:-len(tail)]
                    break
    return phrase


# a remark in brackets that ends the words before a figure: 在校生（含在园幼儿）; a remark
# of what is included also before the word that links it to the number: 就业率（含升学）为
REMARK_END = re.compile(r"[（(][^（）()，,。；;]{1,20}[）)]\s*$")
INCLUDED_BEFORE_LINK = re.compile(r"[（(](?:" + "|".join(INCLUDED_REMARK)
                                  + r")[^（）()，,。；;]{1,18}[）)]\s*(为|达到|达|是|约)\s*$")


def without_remark(pre: str) -> str:
    """The words before a figure without the bracketed remark that ends them (学校(不含
    技工学校)31所 → 学校; 就业率（含升学）为 → 就业率为): the metric is the noun, and a
    later 比上年… borrows it."""
    m = REMARK_END.search(pre)
    if m and m.start() > 0:
        return pre[:m.start()]
    m = INCLUDED_BEFORE_LINK.search(pre)
    return pre[:m.start()] + m.group(1) if m and m.start() > 0 else pre


def shorten(phrase: str, lex: Lexicon, keep: str = "head") -> str:
    """Shorten a phrase to MAX_METRIC: drop dates, editions, quoted names, then cut."""
    if len(phrase) <= MAX_METRIC:
        return phrase
    for pattern in (DATE_RE, ORDINAL_RE, lex.region_re, NAME_QUOTE_RE):
        shorter = pattern.sub("", phrase)
        if len(shorter) >= 4:
            phrase = shorter
        if len(phrase) <= MAX_METRIC:
            return phrase
    words = tagged_words(phrase)
    out = ""
    seq = words if keep == "head" else tuple(reversed(words))
    for w, _ in seq:
        if len(out) + len(w) > MAX_METRIC:
            break
        out = out + w if keep == "head" else w + out
    return strip_framing(out or phrase[:MAX_METRIC], lex, leading=keep != "head",
                  trailing=keep == "head")
