"""Finding figures: numbers followed by a unit, with the qualifiers around them
(约, 余, 以上), and without the numbers that count nothing (years, section and
ordinal numbers, parts of names and quotes, articles, fixed phrases)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..numbers import NumberToken
from .lexicon import Lexicon
from .patterns import CHINESE_NUMERALS

QUOTE_RE = re.compile(r"“[^“”\n]{0,40}”|\"[^\"\n]{0,40}\"|「[^」\n]{0,40}」|『[^』\n]{0,40}』"
                      r"|‘[^‘’\n]{0,40}’|《[^《》\n]{0,80}》")
ASCII_ALNUM = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9]")
SPACES = " \u00a0\u3000"        # one may stand between number and unit: 共 1200 人
SECTION_YEAR_RE = re.compile(r"[0-9０-９]{1,2}[.．](?:19|20)[0-9]{2}")


@dataclass
class Candidate:
    """A figure being recognised; ``metric`` is filled in once all are found."""
    start: int            # raw span (qualifiers included)
    end: int
    value: Decimal
    unit: str
    approx: bool
    metric: str = ""


def ends_with_any(text: str, pos: int, words) -> str:
    """The first of ``words`` that ``text[:pos]`` ends with, or ""."""
    for word in words:
        if word and text.endswith(word, 0, pos):
            return word
    return ""


# 生师比由14.3:1优化至13.6:1, 生机比达到5.2:1: a ratio N:1 follows a word for a ratio
RATIO_WORD = re.compile(r"(?<!分)比(?!分|赛)|比例")


HALF_UNITS = ("年", "个月", "天", "小时", "个小时", "周", "个学期", "学期", "学年", "个学年")
ADMIN_UNITS = ("区", "县", "镇", "乡")
GOVERNS = re.compile(r"辖[^，,。；;：:]{0,8}$")
HELD = re.compile(r"(?:举办|举行|开展|办)了?$")
AGE_WORD = re.compile(r"年龄[^，,。；;：:]{0,6}$")


def _ratio(text: str, start: int, end: int) -> bool:
    if end < len(text) and text[end].isdigit():
        return False
    return RATIO_WORD.search(text, max(0, start - 16), start) is not None


def _match_unit(text: str, pos: int, lex: Lexicon):
    """(unit, kind, end, approx) for the unit at ``pos``; "block" or None."""
    n = len(text)
    # 两个多月, 一个多学期: 个 + 多/余 + the rest of a unit that starts with 个
    if text.startswith("个", pos) and pos + 2 < n and text[pos + 1] in "多余":
        for length in range(min(lex.unit_max, n - pos - 2), 0, -1):
            word = "个" + text[pos + 2:pos + 2 + length]
            if word in lex.units:
                return word, lex.units[word], pos + 2 + length, True
    for length in range(min(lex.unit_max, n - pos), 0, -1):
        word = text[pos:pos + length]
        if word in lex.not_unit:
            return "block"
        if word in lex.units:
            return word, lex.units[word], pos + length, False
    return None


def _skip_space(text: str, pos: int) -> int:
    """``pos``, or just after one space there."""
    return pos + 1 if pos < len(text) and text[pos] in SPACES else pos


def back_space(text: str, pos: int) -> int:
    """``pos``, or just before one space ending there."""
    return pos - 1 if pos > 0 and text[pos - 1] in SPACES else pos


# ------------------------------------------------------------------ exclusions

def _is_year(tok: NumberToken, text: str, lex: Lexicon) -> bool:
    """2022年, 2021届, 2020-2022: a year, not 2022 of something."""
    if not tok.arabic or tok.text != tok.base or len(tok.base) != 4 or not tok.base.isdigit():
        return False
    if not 1900 <= int(tok.base) <= 2100:
        return False
    pos = _skip_space(text, tok.end)
    rest = text[pos:pos + 6]
    if rest.startswith(lex.year_follower):
        return True
    return bool(rest) and rest[0] in lex.ranges and bool(re.match(r"\d{4}", rest[1:]))


def _section_year(tok: NumberToken, text: str, lex: Lexicon) -> bool:
    """``2.2022年中考``: a section number glued to a year, not 2.2022 years."""
    if not tok.arabic or tok.text != tok.base or not SECTION_YEAR_RE.fullmatch(tok.text):
        return False
    return text.startswith(lex.year_follower, _skip_space(text, tok.end))


def _section_number(tok: NumberToken, text: str) -> bool:
    """一、 1. （一） (1) at the start of a line or in brackets."""
    i = tok.start
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    after = text[tok.end:tok.end + 1]
    if i and text[i - 1] in "（(" and after in ("）", ")"):
        return True
    return (i == 0 or text[i - 1] == "\n") and after in ("、", ".", "．", "）", ")")


def _table_number(text: str, before: int) -> bool:
    """The number of a table or chart at the start of its caption line (表2, 图3)."""
    if not before or text[before - 1] not in "表图":
        return False
    i = before - 1
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _spans(regex: re.Pattern | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)] if regex else []


def _inside(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    i = bisect_right(starts, a) - 1
    return i >= 0 and spans[i][0] <= a and b <= spans[i][1]


@cache
def _places_by_numeral(names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The place names of :func:`_numeral_place` by their first character."""
    out: dict[str, list[str]] = {}
    for name in names:
        out.setdefault(name[0], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _numeral_place(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a Chinese numeral opens a place's name: the division's full name is
    written here (九台区), or its name without 区/县/市 here and in full elsewhere in
    the report (三台职业中专 in a report that names 三台县)."""
    for name in _places_by_numeral(lex.numeral_places).get(text[start], ()):
        if text.startswith(name, start):
            return True
        short = name[:-1]
        if len(short) >= 2 and text.startswith(short, start) and name in text:
            return True
    return False


def _context_exclusion(text: str, lex: Lexicon):
    """A test of whether the number ``tok`` (its unit ending at ``end``) is part of a
    code, an ordinal, a quoted name or a fixed phrase; quotes and idioms are found once."""
    quotes = _spans(QUOTE_RE, text)
    quote_starts = [a for a, _ in quotes]
    idioms = _spans(lex.idiom_re, text)
    idiom_starts = [a for a, _ in idioms]

    def excluded_context(tok: NumberToken, end: int) -> bool:
        before = back_space(text, tok.start)
        if tok.start and ASCII_ALNUM.match(text[tok.start - 1]):
            return True            # G20, No5
        if tok.end < len(text) and ASCII_ALNUM.match(text[tok.end]):
            return True            # 5G, 5A级
        if ends_with_any(text, before, lex.ordinal_prefix):
            return True            # 第六期
        if _table_number(text, before):
            return True            # 表2 分区县…情况
        if _inside(quotes, quote_starts, tok.start, end):
            return True            # “3820”, “九个一”, 《…2022…》
        if _inside(idioms, idiom_starts, tok.start, tok.start + 1):
            return True            # 一批, 万户
        if not tok.arabic and ends_with_any(text, before, lex.name_prefix):
            return True            # 老九所
        if not tok.arabic and _numeral_place(text, tok.start, lex):
            return True            # 九台区, 三台县 (and 三台职业中专 beside it)
        return False

    return excluded_context


# ----------------------------------------------------------------- recognition

def scan(text: str, tokens: list[NumberToken], lex: Lexicon
         ) -> tuple[dict[int, Candidate], dict[int, NumberToken]]:
    """The figures among ``tokens`` (by token index), and the numbers without a unit
    that may yet share the unit of the figure after them (:mod:`.shared_units`)."""
    excluded_context = _context_exclusion(text, lex)
    results: dict[int, Candidate] = {}     # by token index
    bare: dict[int, NumberToken] = {}  # unitless numbers that may share a unit
    consumed = 0
    for idx, tok in enumerate(tokens):
        if tok.start < consumed:
            continue
        if _is_year(tok, text, lex) or _section_year(tok, text, lex):
            continue
        before = back_space(text, tok.start)
        pct = ends_with_any(text, before, tuple(lex.percent_prefix))
        if pct:
            unit, kind, unit_end, inner = lex.percent_prefix[pct], "self", tok.end, False
        else:
            found = _match_unit(text, _skip_space(text, tok.end), lex)
            if found == "block":
                continue
            if found is None:
                if not excluded_context(tok, tok.end) and not _section_number(tok, text):
                    bare[idx] = tok
                continue
            unit, kind, unit_end, inner = found
        if excluded_context(tok, unit_end):
            continue
        chinese = not tok.arabic
        if chinese and unit_end < len(text) and text[unit_end] in CHINESE_NUMERALS:
            continue               # 九个一, 一人一案, 一年一度
        if kind == "time" and text.startswith(lex.name_after, unit_end):
            continue               # 三年行动计划, 五年规划
        if unit in (":1", "：1") and not _ratio(text, tok.start, unit_end):
            continue               # 10:10 (a time), 比分2:1 (a score): not a ratio
        if unit == "届" and not HELD.search(text, max(0, tok.start - 6), tok.start):
            continue               # 第十届, 十九届六中全会: editions; 已连续举办十届 counts them
        if unit in ADMIN_UNITS and not GOVERNS.search(text, max(0, tok.start - 10), tok.start):
            continue               # 三区, 两县: names or phrases; 辖9镇14乡 counts divisions
        if unit == "岁" and not AGE_WORD.search(text, max(0, tok.start - 12), tok.start):
            continue               # 3-6岁幼儿: an age group; 平均年龄39.6岁 is a figure
        if unit in ("名", "位") and ends_with_any(text, before, lex.rank_prefix):
            continue               # 前三名
        # qualifiers before the number
        start, approx = tok.start, tok.approx or inner
        if pct:
            start = before = before - len(pct)
        magnitude_first = chinese and tok.base[0] in "十百千万亿"
        prefix = ends_with_any(text, before, lex.approx_prefix)
        if prefix and not ends_with_any(text, before, lex.approx_prefix_not):
            start = before - len(prefix)
            approx = True
        elif magnitude_first and ends_with_any(text, before, lex.approx_prefix_magnitude):
            prefix = ends_with_any(text, before, lex.approx_prefix_magnitude)
            start = before - len(prefix)   # 上百所, 数十所
            approx = True
        elif chinese and ends_with_any(text, before, lex.determiner):
            continue               # 每一个, 最后一周
        bare_magnitude = chinese and all(ch in "百千万亿" for ch in tok.base)
        if bare_magnitude and not approx:
            continue               # 百日, 千里, 万户
        if chinese and tok.base == "一" and not approx and kind != "time":
            continue               # 一个重要抓手, 一项: an article, not a count
        # qualifiers after the unit
        end = unit_end
        value = tok.value
        if kind == "time" and text.startswith("半", end) and unit in HALF_UNITS:
            end += 1               # 一年半: and a half
            value = value + Decimal("0.5")
        elif unit == "个" and text.startswith(("半月", "半小时"), end):
            unit = "个月" if text.startswith("半月", end) else "小时"
            end += 2 if unit == "个月" else 3        # 两个半月, 一个半小时
            value = value + Decimal("0.5")
        suffix = next((s for s in lex.approx_suffix if text.startswith(s, end)), "")
        if not suffix and kind == "time":
            suffix = next((s for s in lex.approx_suffix_time if text.startswith(s, end)), "")
        if suffix:
            end += len(suffix)
            approx = True
        results[idx] = Candidate(start, end, value, unit, approx)
        consumed = end
    return results, bare


def drop_ordinal_lists(text: str, tokens: list[NumberToken], results: dict[int, Candidate],
                       lex: Lexicon) -> None:
    """An ordinal list (第一、二批) makes every member an ordinal: drop them from ``results``."""
    for idx, tok in enumerate(tokens):
        if idx in results or not ends_with_any(text, back_space(text, tok.start),
                                               lex.ordinal_prefix):
            continue
        j = idx + 1
        while j in results and text[tokens[j - 1].end:tokens[j].start] in lex.coord:
            del results[j]
            j += 1
