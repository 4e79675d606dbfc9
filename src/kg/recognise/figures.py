"""Figures: quantities written in a report, with what they count.

:func:`find_figures` is a pure function of the text. It finds every number that
carries a unit of measure (``2286场``, ``约2.5亿元``, ``95%以上``, ``三万多人次``),
drops numbers that are dates, ordinals, parts of names or fixed phrases, and names
each figure's metric: the shortest phrase of the report that says what is counted.

How Chinese reports write quantities, and what this module relies on:

* A figure is a number followed by a measure word or symbol (``data/units.txt``).
  A bare number directly followed by ``、`` (or a range sign) and another figure
  shares that figure's unit: ``6.22万、6.16万人``, ``3-5人``.
* Approximation is written before the number (约, 近, 超过 …), between number and
  unit (500余名, 三万多人次) or after the unit (95%以上); see ``data/figure_words.txt``.
* Not figures: four-digit years before 年/届/学年, ordinals (第六期), numbers glued to
  Latin letters (5G, 5A级), numbers inside quotes or 《》 (“3820”战略工程, “九个一”),
  Chinese numerals directly followed by another numeral (九个一, 一人一案), ``一`` used
  as an article (一个重要抓手, 一批), bare 百/千/万 (百日, 万户), anniversaries and
  grades (73周年, 一年级, 五年制) and the fixed phrases in ``data/numeral_idioms.txt``.
* The metric comes from the clause around the figure. A figure at the end of its
  clause is named by the phrase before it (开展各类宣讲2286场 → 宣讲); a figure
  whose measure word stands before a noun is named by that noun and what follows
  (推动1所公办幼儿园单独组建党支部 → 推动公办幼儿园单独组建党支部). Framing words at
  the edges are stripped (``data/metric_words.txt``). Coordinated figures share the
  verb of the first (新增正高级1人、中学高级11人 → 新增中学高级); bare rates and
  deltas borrow the subject of the figure before (就业率达… → 中职毕业生就业率;
  比去年提高了5.87% → 本科上线率比去年提高).
* A bare measure noun in a list is the measure of what the list is about
  (办理助学贷款1463人、金额1652万元 → 助学贷款金额); a bare rate keeps the noun
  it is the rate of (…千兆光纤接入率 → 千兆光纤接入率, not 接入率); a bare word
  that the figureless clause before uses is named as that clause uses it (推进教师
  交流轮岗，全年交流263人 → 教师交流轮岗); a short topic clause (2023年高考，…) is
  carried into the next figure; a noun after 以/凭/按 right before the number is
  what it measures (以总分672分位列… → 总分); what a named person did follows
  the name.
* A prize count is named by the prize and the competition its sentence names
  (在…技能大赛中，某校获一等奖3个、二等奖7个 → …技能大赛一等奖; see
  ``[prize]``/``[event]`` in ``data/metric_words.txt``).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from ..data import data_path
from ..model import Figure
from .numbers import NumberToken, scan_numbers

MAX_METRIC = 20          # characters; a metric is a phrase, not a sentence
SHORT_FRAME = 6          # a framing phrase this short is kept whole (督促指导)
LONG_PRE = 12            # a phrase before the number longer than this is cut to its verb
CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿"

CLAUSE_BREAKS = "。；;！!？?\n，,：:"
SENTENCE_BREAKS = "。；;！!？?\n"
CONNECTORS = "、和及与或"
SEPARATORS = CONNECTORS + "-－—~～〜"     # between coordinated figures or a range
NAME_QUOTE_RE = re.compile(r"“[^“”\n]{0,40}”|\"[^\"\n]{0,40}\"|「[^」\n]{0,40}」|『[^』\n]{0,40}』")
QUOTE_RE = re.compile(r"“[^“”\n]{0,40}”|\"[^\"\n]{0,40}\"|「[^」\n]{0,40}」|『[^』\n]{0,40}』"
                      r"|‘[^‘’\n]{0,40}’|《[^《》\n]{0,80}》")
DATE_RE = re.compile(r"(?:19|20)\d{2}(?:[-—~～至](?:19|20)\d{2})?(?:年度|学年|年|届|级)")
SECTION_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、．.]|[0-9０-９]+(?:[.．][0-9０-９]+)*[、.．]"
                        r"|[（(][一二三四五六七八九十0-9０-９]+[）)]|第[一二三四五六七八九十]+[部分章节条]"
                        r"|[一二三四五六七八九十]+是)\s*")
ORDINAL_RE = re.compile(r"第[0-9零〇一二两三四五六七八九十百]+[届期批次轮个]")
ASCII_ALNUM = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9]")
SPACES = " \u00a0\u3000"        # one may stand between number and unit: 共 1200 人


# --------------------------------------------------------------------------- data

def _read_sections(name: str) -> dict[str, tuple[str, ...]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry.startswith("[") and entry.endswith("]"):
            current = sections.setdefault(entry[1:-1], [])
            continue
        if current is None:
            raise ValueError(f"{name}: entry {entry!r} before any [section]")
        current.append(entry)
    return {key: tuple(value) for key, value in sections.items()}


def _read_list(name: str) -> tuple[str, ...]:
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.strip().startswith("#"))


@dataclass(frozen=True)
class _Lexicon:
    units: dict[str, str]                 # unit -> kind (cls | self | time)
    not_unit: frozenset[str]
    unit_max: int
    magnitude_units: tuple[str, ...]      # units that begin with 万/千/百 (千米)
    approx_prefix: tuple[str, ...]        # longest first
    approx_prefix_not: tuple[str, ...]
    approx_prefix_magnitude: tuple[str, ...]
    approx_suffix: tuple[str, ...]
    approx_suffix_time: tuple[str, ...]
    percent_prefix: dict[str, str]
    name_after: tuple[str, ...]
    ordinal_prefix: tuple[str, ...]
    rank_prefix: tuple[str, ...]
    name_prefix: tuple[str, ...]
    determiner: tuple[str, ...]
    coord: frozenset[str]
    ranges: frozenset[str]
    year_follower: tuple[str, ...]
    idiom_re: re.Pattern | None
    strip_leading: frozenset[str]
    strip_trailing: frozenset[str]
    introducer: frozenset[str]
    enumeration: frozenset[str]
    change: tuple[str, ...]
    comparison: tuple[str, ...]
    measure_suffix: tuple[str, ...]
    region_re: re.Pattern | None
    reach: tuple[str, ...]
    copula: tuple[str, ...]
    verbs: frozenset[str]
    not_verbs: frozenset[str]
    prize: tuple[str, ...]
    event: tuple[str, ...]
    topic_not: tuple[str, ...]
    measure_preposition: frozenset[str]
    event_stop: frozenset[str]


def _division_names() -> list[str]:
    names = []
    for line in data_path("divisions.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) > 1 and not line.startswith("#") and len(cells[1]) >= 3:
            names.append(cells[1])
    return names


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@cache
def _lexicon() -> _Lexicon:
    units = {}
    for line in _read_list("units.txt"):
        unit, _, kind = line.partition("\t")
        units[unit.strip()] = kind.strip() or "self"
    fw = _read_sections("figure_words.txt")
    mw = _read_sections("metric_words.txt")
    idioms = _longest_first(_read_list("numeral_idioms.txt"))
    not_unit = frozenset(fw.get("not_unit", ()))
    return _Lexicon(
        units=units,
        not_unit=not_unit,
        unit_max=max(len(u) for u in list(units) + list(not_unit)),
        magnitude_units=tuple(u for u in units if u[0] in "百千万亿"),
        approx_prefix=_longest_first(fw.get("approx_prefix", ())),
        approx_prefix_not=tuple(fw.get("approx_prefix_not", ())),
        approx_prefix_magnitude=_longest_first(fw.get("approx_prefix_magnitude", ())),
        approx_suffix=_longest_first(fw.get("approx_suffix", ())),
        approx_suffix_time=_longest_first(fw.get("approx_suffix_time", ())),
        name_after=_longest_first(fw.get("name_after", ())),
        percent_prefix=dict(line.split("\t", 1) for line in fw.get("percent_prefix", ())),
        ordinal_prefix=tuple(fw.get("ordinal_prefix", ())),
        rank_prefix=tuple(fw.get("rank_prefix", ())),
        name_prefix=tuple(fw.get("name_prefix", ())),
        determiner=_longest_first(fw.get("determiner", ())),
        coord=frozenset(fw.get("coord_separator", ())),
        ranges=frozenset(fw.get("range_separator", ())),
        year_follower=_longest_first(fw.get("year_follower", ())),
        idiom_re=re.compile("|".join(map(re.escape, idioms))) if idioms else None,
        strip_leading=frozenset(mw.get("strip_leading", ())),
        strip_trailing=frozenset(mw.get("strip_trailing", ())),
        introducer=frozenset(mw.get("introducer", ())),
        enumeration=frozenset(mw.get("enumeration", ())),
        change=_longest_first(mw.get("change", ())),
        comparison=_longest_first(mw.get("comparison", ())),
        measure_suffix=_longest_first(mw.get("measure_suffix", ())),
        region_re=re.compile("|".join(map(re.escape, _longest_first(
            list(mw.get("region", ())) + _division_names())))),
        reach=_longest_first(mw.get("reach", ())),
        copula=_longest_first(mw.get("copula", ())),
        verbs=frozenset(mw.get("verbs", ())),
        not_verbs=frozenset(mw.get("not_verbs", ())),
        prize=_longest_first(mw.get("prize", ())),
        event=_longest_first(mw.get("event", ())),
        topic_not=tuple(mw.get("topic_not", ())),
        measure_preposition=frozenset(mw.get("measure_preposition", ())),
        event_stop=frozenset(mw.get("event_stop", ())),
    )


# --------------------------------------------------------------------- word tags

@cache
def _tagger():
    """A private jieba POS tagger, so words other modules add do not change ours."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


@lru_cache(maxsize=16384)
def _words(phrase: str) -> tuple[tuple[str, str], ...]:
    """(word, POS flag) pairs of a short phrase."""
    if not phrase:
        return ()
    return tuple((w.word, w.flag) for w in _tagger().cut(phrase))


def _is_verb(word: str, flag: str) -> bool:
    lex = _lexicon()
    if word in lex.verbs:
        return True
    return flag.startswith("v") and flag != "vn" and word not in lex.not_verbs


def _has_verb(phrase: str) -> bool:
    return any(_is_verb(w, f) for w, f in _words(phrase))


# ------------------------------------------------------------------ recognition

@dataclass
class _Cand:
    start: int            # raw span (qualifiers included)
    end: int
    num_start: int
    num_end: int          # end of the number (magnitude and 多/余 included)
    unit_end: int         # end of the unit (before a suffix qualifier)
    value: Decimal
    unit: str
    kind: str
    approx: bool
    metric: str = ""


def _ends_with_any(text: str, pos: int, words) -> str:
    for word in words:
        if word and text.endswith(word, 0, pos):
            return word
    return ""


def _match_unit(text: str, pos: int, lex: _Lexicon):
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


def _spans(regex: re.Pattern | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)] if regex else []


def _inside(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    i = bisect_right(starts, a) - 1
    return i >= 0 and spans[i][0] <= a and b <= spans[i][1]


def _skip_space(text: str, pos: int) -> int:
    """``pos``, or just after one space there."""
    return pos + 1 if pos < len(text) and text[pos] in SPACES else pos


def _back_space(text: str, pos: int) -> int:
    """``pos``, or just before one space ending there."""
    return pos - 1 if pos > 0 and text[pos - 1] in SPACES else pos


def _is_year(tok: NumberToken, text: str, lex: _Lexicon) -> bool:
    if not tok.arabic or tok.text != tok.base or len(tok.base) != 4 or not tok.base.isdigit():
        return False
    if not 1900 <= int(tok.base) <= 2100:
        return False
    pos = _skip_space(text, tok.end)
    rest = text[pos:pos + 6]
    if rest.startswith(lex.year_follower):
        return True
    return bool(rest) and rest[0] in lex.ranges and bool(re.match(r"\d{4}", rest[1:]))


SECTION_YEAR_RE = re.compile(r"[0-9０-９]{1,2}[.．](?:19|20)[0-9]{2}")


def _section_year(tok: NumberToken, text: str, lex: _Lexicon) -> bool:
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


def _recognise(text: str, lex: _Lexicon) -> list[_Cand]:
    tokens = scan_numbers(text, stop=lex.magnitude_units)
    quotes = _spans(QUOTE_RE, text)
    quote_starts = [a for a, _ in quotes]
    idioms = _spans(lex.idiom_re, text)
    idiom_starts = [a for a, _ in idioms]

    def excluded_context(tok: NumberToken, end: int) -> bool:
        before = _back_space(text, tok.start)
        if tok.start and ASCII_ALNUM.match(text[tok.start - 1]):
            return True            # G20, No5
        if tok.end < len(text) and ASCII_ALNUM.match(text[tok.end]):
            return True            # 5G, 5A级
        if _ends_with_any(text, before, lex.ordinal_prefix):
            return True            # 第六期
        if _inside(quotes, quote_starts, tok.start, end):
            return True            # “3820”, “九个一”, 《…2022…》
        if _inside(idioms, idiom_starts, tok.start, tok.start + 1):
            return True            # 一批, 万户
        if not tok.arabic and _ends_with_any(text, before, lex.name_prefix):
            return True            # 老九所
        return False

    results: dict[int, _Cand] = {}     # by token index
    bare: dict[int, NumberToken] = {}  # unitless numbers that may share a unit
    consumed = 0
    for idx, tok in enumerate(tokens):
        if tok.start < consumed:
            continue
        if _is_year(tok, text, lex) or _section_year(tok, text, lex):
            continue
        before = _back_space(text, tok.start)
        pct = _ends_with_any(text, before, tuple(lex.percent_prefix))
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
        if unit in ("名", "位") and _ends_with_any(text, before, lex.rank_prefix):
            continue               # 前三名
        # qualifiers before the number
        start, approx = tok.start, tok.approx or inner
        if pct:
            start = before = before - len(pct)
        magnitude_first = chinese and tok.base[0] in "十百千万亿"
        prefix = _ends_with_any(text, before, lex.approx_prefix)
        if prefix and not _ends_with_any(text, before, lex.approx_prefix_not):
            start = before - len(prefix)
            approx = True
        elif magnitude_first and _ends_with_any(text, before, lex.approx_prefix_magnitude):
            prefix = _ends_with_any(text, before, lex.approx_prefix_magnitude)
            start = before - len(prefix)   # 上百所, 数十所
            approx = True
        elif chinese and _ends_with_any(text, before, lex.determiner):
            continue               # 每一个, 最后一周
        bare_magnitude = chinese and all(ch in "百千万亿" for ch in tok.base)
        if bare_magnitude and not approx:
            continue               # 百日, 千里, 万户
        if chinese and tok.base == "一" and not approx and kind != "time":
            continue               # 一个重要抓手, 一项: an article, not a count
        # qualifiers after the unit
        end = unit_end
        suffix = next((s for s in lex.approx_suffix if text.startswith(s, end)), "")
        if not suffix and kind == "time":
            suffix = next((s for s in lex.approx_suffix_time if text.startswith(s, end)), "")
        if suffix:
            end += len(suffix)
            approx = True
        results[idx] = _Cand(start, end, tok.start, tok.end, unit_end, tok.value, unit, kind,
                             approx)
        consumed = end

    # 6.22万、6.16万人 / 3-5人: a bare number shares the unit of the figure after it.
    for idx in sorted(bare, reverse=True):
        tok = bare[idx]
        nxt = results.get(idx + 1)
        if nxt is None or nxt.start != tok.end + 1:
            continue
        sep = text[tok.end]
        if sep not in lex.coord and sep not in lex.ranges:
            continue
        if not tok.arabic and tok.base == "一":
            continue
        start, approx = tok.start, tok.approx
        prefix = _ends_with_any(text, start, lex.approx_prefix)
        if prefix and not _ends_with_any(text, start, lex.approx_prefix_not):
            start -= len(prefix)
            approx = True
        results[idx] = _Cand(start, tok.end, tok.start, tok.end, tok.end, tok.value, nxt.unit,
                             nxt.kind, approx)
    # an ordinal list (第一、二批) makes every member an ordinal
    for idx, tok in enumerate(tokens):
        if idx in results or not _ends_with_any(text, _back_space(text, tok.start),
                                                lex.ordinal_prefix):
            continue
        j = idx + 1
        while j in results and text[tokens[j - 1].end:tokens[j].start] in lex.coord:
            del results[j]
            j += 1
    return [results[i] for i in sorted(results)]


# ----------------------------------------------------------------------- metrics

def _strip_dates(phrase: str) -> str:
    prev = None
    while prev != phrase:
        prev = phrase
        m = DATE_RE.match(phrase)
        if m:
            phrase = phrase[m.end():]
        m = re.search(DATE_RE.pattern + "$", phrase)
        if m:
            phrase = phrase[:m.start()]
    return phrase


def _strip(phrase: str, lex: _Lexicon, leading: bool = True, trailing: bool = True) -> str:
    """Remove framing words (whole jieba words) and dates at the edges of a phrase."""
    prev = None
    while prev != phrase:
        prev = phrase
        phrase = phrase.strip(" \t\u3000" + SEPARATORS + "，,。；;：:")
        phrase = SECTION_RE.sub("", _strip_dates(phrase))
        for cop in lex.copula:       # 压减率为 → 压减率
            if phrase.endswith(cop) and phrase[:-len(cop)].endswith(lex.measure_suffix):
                phrase = phrase[:-len(cop)]
                break
        words = [w for w, _ in _words(phrase)]
        if not words:
            return ""
        if leading:
            for k in range(min(3, len(words)), 0, -1):
                head = "".join(words[:k])
                if head in lex.strip_leading:
                    phrase = phrase[len(head):]
                    break
        words = [w for w, _ in _words(phrase)]
        if trailing and words:
            for k in range(min(3, len(words)), 0, -1):
                tail = "".join(words[-k:])
                if tail in lex.strip_trailing:
                    phrase = phrase[:-len(tail)]
                    break
    return phrase


def _offsets(words) -> list[int]:
    out, pos = [], 0
    for w, _ in words:
        out.append(pos)
        pos += len(w)
    return out


def _content(words) -> bool:
    return sum(len(w) for w, f in words if f not in ("x", "uj", "ul", "p", "c")) >= 2


def _pre_phrase(seg: str, lex: _Lexicon) -> tuple[str, int]:
    """The phrase before a number that names it, and where it starts in ``seg``."""
    words = _words(seg)
    offs = _offsets(words)
    i0 = 0
    for k, (w, _) in enumerate(words):
        if w in lex.enumeration and k < len(words) - 1 and len(words[k + 1][0]) > 1:
            i0 = k + 1             # 金闽小学、花溪幼儿园等重点工作: drop the examples
    for k in range(len(words) - 1, i0 - 1, -1):
        if words[k][0] in lex.introducer and _content(words[k + 1:]):
            i0 = k + 1             # 开展各类宣讲2286场 → 各类宣讲
            break
    measured = _measured_noun(seg, lex)
    if measured:
        return measured, max(seg.rfind(measured), 0)
    start = offs[i0] if i0 < len(words) else len(seg)
    raw = DATE_RE.sub("", seg[start:])
    phrase = _strip(raw, lex)
    reach = next((r for r in lex.reach if r in raw[1:]), "")
    if reach:
        # 生均公用经费标准提高到小学每生每年850元: the subject is what is measured
        subject, _, rest = raw.rpartition(reach)
        subject = _strip(subject, lex)
        if len(subject) > LONG_PRE:
            subject = _last_verb_phrase(subject, lex) or subject
        rest = _strip(rest, lex)
        if rest and len(subject + reach + rest) <= MAX_METRIC:
            phrase = subject + reach + rest
        else:
            phrase = subject       # 优良率提升至46.8% → 优良率
    elif len(phrase) > LONG_PRE:
        phrase = _last_verb_phrase(phrase, lex) or phrase
    if len(phrase) > MAX_METRIC:
        phrase = _cap(phrase, lex, keep="tail")
    pos = seg.rfind(phrase) if phrase else len(seg)
    return phrase, max(pos, 0)


def _last_verb_phrase(phrase: str, lex: _Lexicon) -> str:
    """The last verb phrase of a long phrase: …专项督查中共梳理排查出问题 → 梳理排查出问题.

    Verbs of one character (获, 达, 占, 托) are weak: a phrase is cut at one only when
    there is no longer verb, and then keeps the noun before it (技能大赛获三等奖)."""
    pw = _words(phrase)
    verbs = [k for k, (w, f) in enumerate(pw) if _is_verb(w, f) and w not in lex.introducer]
    strong = [k for k in verbs if len(pw[k][0]) > 1]
    if strong:
        k = strong[-1]
        while k > 0 and pw[k - 1][1].startswith("v") and pw[k - 1][0] not in lex.introducer:
            k -= 1
    elif verbs:
        k = verbs[-1]
        size = 0
        while (k > 0 and pw[k - 1][1][:1] in ("n", "j", "f")
               and size + len(pw[k - 1][0]) <= SHORT_FRAME):
            k -= 1
            size += len(pw[k][0])
    else:
        k = -1
    # 教师朱春梅扎根山区教学: what a named person did follows the name
    names = [j + 1 for j, (w, f) in enumerate(pw) if f == "nr" and _is_name(w)]
    if names and names[-1] > k and len("".join(w for w, _ in pw[names[-1]:])) >= 3:
        k = names[-1]
    if k < 0:
        return ""
    if phrase.endswith(lex.measure_suffix) and k < len(pw):
        # 千兆光纤接入率: a rate's verb (接入) belongs to the noun it is the rate of
        size = sum(len(w) for w, _ in pw[k:])
        while (k > 0 and pw[k - 1][1][:1] in ("n", "j", "l", "m")
               and not _is_verb(*pw[k - 1])
               and pw[k - 1][0] not in lex.strip_leading
               and size + len(pw[k - 1][0]) <= LONG_PRE):
            k -= 1
            size += len(pw[k][0])
    tail = _strip("".join(w for w, _ in pw[k:]), lex)
    return tail if len(tail) >= 3 else ""


def _is_name(word: str) -> bool:
    """A person's name: two to four characters the tagger's dictionary does not hold
    as a common word (朱春梅; not 幼儿园, which it also tags nr)."""
    return 2 <= len(word) <= 4 and not _tagger().tokenizer.FREQ.get(word)


def _measured_noun(seg: str, lex: _Lexicon) -> str:
    """以总分672分: the noun after a measure preposition right before the number."""
    words = _words(seg.rstrip())
    for k in range(len(words) - 1, max(len(words) - 4, -1), -1):
        w, f = words[k]
        if w in lex.measure_preposition and f == "p":
            rest = words[k + 1:]
            if rest and all(fl[:1] in ("n", "j", "l") or fl == "vn" for _, fl in rest):
                noun = "".join(x for x, _ in rest)
                return noun if len(noun) >= 2 else ""
            return ""
    return ""


def _event(text: str, lex: _Lexicon, limit: int = 14) -> str:
    """The last competition or selection named in ``text`` (在…技能大赛中 → …技能大赛),
    at most ``limit`` characters (whole words, the ones nearest its end)."""
    text = DATE_RE.sub("", text[-60:])
    end = max((text.rfind(e) + len(e) for e in lex.event if e in text), default=-1)
    if end < 0:
        return ""
    words = _words(text[:end])
    j, size = len(words), 0
    while j > 0:
        pw, pf = words[j - 1]
        if j < len(words):
            if pf[:1] not in ("n", "j", "l", "v", "a") or pw in lex.event_stop:
                break
            if pw in lex.strip_leading or pw in lex.introducer or size + len(pw) > limit:
                break
        j -= 1
        size += len(pw)
    event = "".join(x for x, _ in words[j:])
    if event.endswith("评选") and event[:-2].endswith("奖"):
        event = event[:-2]          # 教学成果奖评选 → 教学成果奖
    return event if len(event) >= 4 and not any(ch in event for ch in "“”\"‘’《》，,") else ""


def _around(clause: str, word: str, lex: _Lexicon) -> str:
    """A bare word as the clause before uses it: 交流 in 推进…教师交流轮岗 → 教师交流轮岗."""
    pos = clause.rfind(word)
    if pos < 0:
        return ""
    words = _words(clause)
    offs = _offsets(words)
    if pos not in offs:
        return ""
    k = offs.index(pos)
    start = pos
    if k > 0 and words[k - 1][1][:1] in ("n", "j") and not _is_verb(*words[k - 1]) \
            and words[k - 1][0] not in lex.strip_leading:
        start = offs[k - 1]
    end = pos + len(word)
    rest = clause[end:]
    if rest and len(rest) <= 4 and not any(ch in rest for ch in CLAUSE_BREAKS + "（）()“”"):
        end = len(clause)
    phrase = clause[start:end]
    return phrase if len(phrase) > len(word) else ""


def _topic(clause: str, lex: _Lexicon) -> str:
    """A short clause that only names a topic (2023年高考，…) → 高考."""
    if len(clause.strip()) > 10:
        return ""
    topic = _strip(clause, lex)
    if not 2 <= len(topic) <= 4 or topic.endswith(lex.topic_not) or topic in lex.topic_not:
        return ""
    if any(ch in topic for ch in CHINESE_NUMERALS + "0123456789"):
        return ""
    return topic


def _noun_phrase(seg: str, lex: _Lexicon) -> str:
    """The counted thing after a measure word, up to a list's 等 (普通高考等组考 → 普通高考)."""
    words = _words(seg)
    for k, (w, _) in enumerate(words):
        if w in lex.enumeration and k:
            seg = "".join(x for x, _ in words[:k])
            break
    return _strip(seg, lex, leading=False)


def _split_point(seg: str, lex: _Lexicon) -> int:
    """Where the framing words at the end of ``seg`` begin (verbs, fillers, connectors)."""
    words = _words(seg)
    offs = _offsets(words)
    k = len(words)
    while k > 0:
        w, f = words[k - 1]
        if (w in lex.strip_trailing or w in lex.introducer or w in lex.enumeration
                or _is_verb(w, f) or f in ("d", "p", "c", "x", "uj", "ul") or w in CONNECTORS):
            k -= 1
            continue
        break
    return offs[k] if k < len(words) else len(seg)


def _frame(seg: str, lex: _Lexicon) -> str:
    """The verb (or short modifier) before a measure word + noun: 督促指导35个… → 督促指导."""
    words = _words(seg)
    if any(w in lex.enumeration for w, _ in words):
        # 快速推进螺洲中学、盘屿中学等3所: the verb before the examples
        head = []
        for w, f in words:
            if _is_verb(w, f) and w not in lex.introducer:
                head.append(w)
            elif head:
                break
        return "".join(head)
    phrase = _strip(seg, lex)
    if len(phrase) <= SHORT_FRAME:
        return phrase
    pw = _words(phrase)
    verbs = [k for k, (w, f) in enumerate(pw) if _is_verb(w, f)]
    if not verbs:
        return ""
    start = verbs[-1]
    while start > 0 and _is_verb(*pw[start - 1]):
        start -= 1
    verb = "".join(w for w, _ in pw[start:verbs[-1] + 1])
    rest = "".join(w for w, _ in pw[verbs[-1] + 1:])
    # the verbs, and what follows them when it is short (完成冯宅中心小学…3个 → 完成)
    return _strip(verb + rest if len(rest) <= 4 else verb, lex)


def _cap(phrase: str, lex: _Lexicon, keep: str = "head") -> str:
    """Shorten a phrase to MAX_METRIC: drop dates, editions, quoted names, then cut."""
    if len(phrase) <= MAX_METRIC:
        return phrase
    for pattern in (DATE_RE, ORDINAL_RE, lex.region_re, NAME_QUOTE_RE):
        shorter = pattern.sub("", phrase)
        if len(shorter) >= 4:
            phrase = shorter
        if len(phrase) <= MAX_METRIC:
            return phrase
    words = _words(phrase)
    out = ""
    seq = words if keep == "head" else tuple(reversed(words))
    for w, _ in seq:
        if len(out) + len(w) > MAX_METRIC:
            break
        out = out + w if keep == "head" else w + out
    return _strip(out or phrase[:MAX_METRIC], lex, leading=keep != "head",
                  trailing=keep == "head")


def _post_kind(post: str) -> str:
    """A: nothing follows; B: 的 + noun; C: a noun (the counted thing); D: a verb."""
    post = post.lstrip()
    if not post.strip(SEPARATORS + " ") or post[0] in SEPARATORS:
        return "A"                 # 新增正高级1人、中学高级11人: what follows is the next item
    if post.startswith("的"):
        return "B"
    word, flag = _words(post)[0]
    if _is_verb(word, flag) or flag in ("p", "d", "c") or word in ("而", "并", "后"):
        return "D"
    return "C"


def _spans_of(text: str, breaks: str, figs: list[_Cand]) -> list[tuple[int, int]]:
    inside = set()
    for f in figs:
        inside.update(range(f.start, f.end))
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch in breaks and i not in inside:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def _verb_frame(metric: str) -> str:
    """``新增正高级`` → ``新增``: the metric up to and including its last verb, when a
    noun follows the verb."""
    reach = next((r for r in _lexicon().reach if r in metric[1:]), "")
    if reach:
        return metric[:metric.rindex(reach) + len(reach)]
    words = _words(metric)
    verbs = [k for k, (w, f) in enumerate(words) if _is_verb(w, f)]
    if not verbs or verbs[-1] == len(words) - 1:
        return ""
    return "".join(w for w, _ in words[:verbs[-1] + 1])


def _list_frame(frame: str, lex: _Lexicon) -> str:
    """The frame a later item of a list shares. A frame that ends in a measure noun
    (规划办学规模48个班、2400个学位) gives its items the words before that noun and
    its modifier: 规划学位, not 规划办学规模学位."""
    words = _words(frame)
    if len(words) >= 2 and words[-1][0].endswith(lex.measure_suffix) and len(words[-1][0]) >= 2:
        keep = words[:-2] if len(words) >= 3 else words[:-1]
        head = "".join(w for w, _ in keep)
        if len(head) >= 2:
            return head
    return frame


def _ends_with_change(phrase: str, lex: _Lexicon) -> str:
    bare = phrase[:-1] if phrase.endswith("了") else phrase
    return next((c for c in lex.change if bare.endswith(c)), "")


def _is_delta(phrase: str, lex: _Lexicon) -> bool:
    """比去年提高, 增幅, 增长: a change with no subject of its own."""
    bare = phrase[:-1] if phrase.endswith("了") else phrase
    if any(bare.startswith(c) for c in lex.comparison):
        return True
    while bare:
        change = next((c for c in lex.change if bare.startswith(c)), "")
        if not change:
            return False
        bare = bare[len(change):]
    return bool(phrase)


def _measure_word(seg: str, lex: _Lexicon) -> str:
    """The last measure noun in a clause (录取人数, 就业率), or ""."""
    for w, f in reversed(_words(seg)):
        if f.startswith("n") and len(w) >= 2 and w.endswith(lex.measure_suffix):
            return w
    return ""


def _name_metrics(text: str, figs: list[_Cand], lex: _Lexicon) -> None:
    clauses = _spans_of(text, CLAUSE_BREAKS, figs)
    sentences = _spans_of(text, SENTENCE_BREAKS, figs)
    sent_starts = [a for a, _ in sentences]
    by_clause: dict[int, list[_Cand]] = {}
    clause_starts = [a for a, _ in clauses]
    for f in figs:
        by_clause.setdefault(bisect_right(clause_starts, f.start) - 1, []).append(f)

    prev_fig: _Cand | None = None     # the last figure of the sentence so far
    prev_frame = ""                   # the verb frame of the previous clause's first figure
    prev_unit = ""                    # and its unit
    prev_plain = ""                   # the previous clause, when it has no figure
    last_sentence = -1
    for ci, (c0, c1) in enumerate(clauses):
        si = bisect_right(sent_starts, c0) - 1
        if si != last_sentence:
            prev_fig, prev_frame, prev_plain, last_sentence = None, "", "", si
            prev_unit = ""
        group = by_clause.get(ci)
        clause = text[c0:c1]
        if not group:
            prev_frame, prev_plain, prev_unit = "", clause, ""
            continue
        befores = [text[(group[i - 1].end if i else c0):f.start] for i, f in enumerate(group)]
        afters = [text[f.end:(group[i + 1].start if i + 1 < len(group) else c1)]
                  for i, f in enumerate(group)]
        kinds = [_post_kind(a) for a in afters]
        # split the text between two figures between the first's post and the next's pre
        posts, pres = list(afters), list(befores)
        for i in range(len(group) - 1):
            if kinds[i] not in ("C", "D"):
                continue
            seg = afters[i]
            if kinds[i + 1] in ("A", "D"):
                _, pos = _pre_phrase(seg, lex)
            else:
                pos = _split_point(seg, lex)
            if pos > 0:
                posts[i] = seg[:pos]
                pres[i + 1] = seg[pos:]
        metrics, frames = [], []
        for i, f in enumerate(group):
            kind, pre, post = kinds[i], pres[i], posts[i]
            frame = ""
            if kind == "A":
                metric = _pre_phrase(pre, lex)[0]
            elif kind == "B":
                metric = _cap(_noun_phrase(post[1:], lex), lex)
            elif kind == "C":
                frame = _frame(pre, lex)
                if not frame and i and frames[i - 1] and _has_verb(frames[i - 1]):
                    frame = frames[i - 1]          # 188所学校的731栋校舍 → 摸排校舍
                noun = _noun_phrase(post, lex)
                if (i + 1 < len(group) and kinds[i + 1] == "C" and afters[i] == posts[i]
                        and noun == post and len(noun) <= 4):
                    # 10所学校11个隐患校舍抗震加固: the schools' repairs
                    noun += _noun_phrase(posts[i + 1], lex)
                if len(frame + noun) > MAX_METRIC and len(noun) <= MAX_METRIC:
                    frame = ""
                metric = _cap(_strip(frame + noun, lex), lex)
            else:
                measured = _measured_noun(pre, lex)
                if measured:
                    metric = measured        # 以总分672分位列全市前十名 → 总分
                else:
                    head = _pre_phrase(pre, lex)[0]
                    metric = _cap(_strip(head + _strip(post, lex), lex), lex)
            frames.append(frame)
            metrics.append(metric)
        stripped = clause
        for f in reversed(group):
            stripped = stripped[:f.start - c0] + "，" + stripped[f.end - c0:]
        parallel = (prev_frame if group[0].unit == prev_unit and not frames[0]
                    and not _has_verb(stripped) else "")
        fallbacks = [_cap(_strip(pres[i] + posts[i], lex), lex) for i in range(len(group))]
        _carry(group, pres, frames, metrics, lex, prev_fig, parallel, prev_plain, fallbacks)
        for i in range(len(group) - 2, -1, -1):
            sep = afters[i].strip()
            if not metrics[i] and len(sep) == 1 and sep in SEPARATORS:
                metrics[i] = group[i].metric = metrics[i + 1]   # 3-5人: as the 5人
        prev_frame = frames[0] or _verb_frame(metrics[0])
        prev_fig, prev_unit = group[-1], group[0].unit
        prev_plain = ""
    _name_prizes(text, figs, sentences, lex)


def _prize_in(metric: str, lex: _Lexicon) -> int:
    """Where a prize word stands in ``metric`` (not inside a name: 冠军赛), or -1."""
    for prize in lex.prize:
        pos = metric.find(prize)
        if pos >= 0 and not metric.startswith(("赛", "杯"), pos + len(prize)):
            return pos
    return -1


def _name_prizes(text: str, figs: list[_Cand], sentences, lex: _Lexicon) -> None:
    """A prize count is named by the prize and the competition the sentence names:
    在…技能大赛中，某校获一等奖3个、二等奖7个 → …技能大赛一等奖, …技能大赛二等奖;
    获三等奖个人1个、团体2个 → …三等奖个人, …三等奖团体."""
    starts = [a for a, _ in sentences]
    prev, prev_prize = None, ""
    for f in figs:
        s0 = starts[bisect_right(starts, f.start) - 1]
        between = text[prev.end:f.start] if prev is not None and prev.end >= s0 else ""
        pos = _prize_in(f.metric, lex)
        prize = f.metric[pos:] if pos >= 0 else ""
        if (not prize and prev_prize and between[:1] in CONNECTORS
                and 1 <= len(between.strip(CONNECTORS + " ")) <= 4):
            # …三等奖个人1个、团体2个: the item shares the prize before it
            item = between.strip(CONNECTORS + " ")
            if all(f[:1] in ("n", "a") for _, f in _words(item)):
                prize = prev_prize + item
                f.metric = prize
        if not prize:
            prev, prev_prize = f, ""
            continue
        event = _event(text[s0:f.start], lex)
        if event:
            f.metric = _cap(event + prize, lex)
        prev = f
        prev_prize = prize[:next(len(p) for p in lex.prize if prize.startswith(p))] \
            if any(prize.startswith(p) for p in lex.prize) else ""


def _carry(group, pres, frames, metrics, lex, prev_fig, parallel, prev_plain,
           fallbacks) -> None:
    """Fill in what a figure's own phrase leaves implicit, from what comes before it.

    ``prev_fig`` is the last figure of the sentence before this clause; ``parallel``
    the verb frame of the previous clause when this clause repeats its pattern without
    a verb of its own (获三等奖个人1个，优秀奖个人1个); ``prev_plain`` the previous
    clause of the sentence when it holds no figure; ``fallbacks`` the text around
    each figure, for a figure whose phrase came out empty."""
    head_frame = frames[0] or _verb_frame(metrics[0])
    for i, f in enumerate(group):
        m = metrics[i]
        coordinated = i > 0 and (not pres[i].strip(SEPARATORS + " ")
                                 or pres[i].lstrip()[:1] in SEPARATORS)
        context = "" if i else prev_plain           # a figureless clause right before
        alone = i == 0 and _strip(pres[0], lex) == m   # the clause is just "占地15亩"
        prev = group[i - 1] if i else (None if context else prev_fig)
        prev_metric = prev.metric if prev is not None else ""
        before_rules = m
        if not m and coordinated:
            m = metrics[i - 1]
        elif (coordinated and prev_metric and len(m) <= 3 and m.endswith(lex.measure_suffix)
              and not _has_verb(m)):
            # 办理助学贷款1463人、金额1652万元: the amount of what the list is about
            frame = _verb_frame(prev_metric)
            obj = prev_metric[len(frame):] if frame else prev_metric
            obj = obj[:-len(_ends_with_change(obj, lex))] if _ends_with_change(obj, lex) else obj
            m = _cap(_strip(obj, lex) + m, lex, keep="tail")
        elif coordinated and head_frame and not _has_verb(m) and not m.startswith(head_frame):
            m = _list_frame(head_frame, lex) + m    # 新增正高级1人、中学高级11人
        elif i == 0 and parallel and m and not _has_verb(m):
            m = parallel + m                      # …获三等奖个人1个，优秀奖个人1个
        if re.fullmatch(r"\w{0,2}率", m):
            stem = m[:-1]
            if stem and prev_metric.startswith(stem) and len(prev_metric) > len(stem):
                # 压减学科类校外培训机构412家，压减率为98.1% → 学科类校外培训机构压减率
                m = _cap(_strip(prev_metric[len(stem):], lex) + m, lex, keep="tail")
            elif stem and stem in prev_metric[1:]:
                # 本科上线人数达到812人，上线率为61.5% → 本科上线率
                m = prev_metric[:prev_metric.index(stem, 1)] + m
            elif prev_metric.endswith("率") and len(prev_metric) > 3:
                # 就业率达97.48% after 中职毕业生毕业率达92.36%: borrow the subject
                m = prev_metric[:-3] + m
            elif context:
                # 设立培训资金监管专户，开设率达100%: what the previous clause set up
                subject = _object_of(context, lex)
                if subject and len(subject) + len(m) <= MAX_METRIC:
                    m = subject + m
        elif context and alone and 2 <= len(m) <= 4 and _around(context, m, lex):
            # 推进教师交流轮岗，全年交流263人 → 教师交流轮岗
            m = _around(context, m, lex)
        elif context and alone and len(m) <= 2 and m and all(_is_verb(w, fl) for w, fl in _words(m)):
            # 完成城区第二幼儿园建设，占地15亩 → 城区第二幼儿园建设占地
            subject = _object_of(context, lex)
            if subject and len(subject) + len(m) <= MAX_METRIC:
                m = subject + m
        elif _is_delta(m, lex) and (prev_metric or context):
            base = prev_metric or _measure_word(context, lex)
            change = _ends_with_change(base, lex)
            if change and len(change) < len(base):
                base = base[:-len(change)]
            m = _cap(base + m, lex, keep="tail")    # 本科上线率 + 比去年提高
        elif m and context:
            change = _ends_with_change(m, lex)
            measure = _measure_word(context, lex)
            if (change and measure and measure not in m
                    and _ends_with_change(_strip(context, lex), lex)):
                # 录取人数较上学年大幅增加，其中一三附增加26人 → 一三附录取人数增加
                stem = m[:-1] if m.endswith("了") else m
                m = stem[:-len(change)] + measure + change
        if i == 0 and context and m and m == before_rules:
            topic = _topic(context, lex)
            event = _event(context, lex, limit=6)
            if topic and topic not in m:
                m = topic + m                       # 2023年高考，全县共有2706名考生 → 高考考生
            elif event and event not in m and len(m) <= 6:
                # 组织…书法比赛，收到作品1300余幅 → 收到书法比赛作品
                verb = _verb_frame(m)
                m = verb + event + m[len(verb):]
        m = _strip(m, lex) or fallbacks[i]
        metrics[i] = m
        f.metric = m
        if i == 0:
            head_frame = frames[0] or _verb_frame(m)


def _object_of(clause: str, lex: _Lexicon) -> str:
    """What follows the last verb of a clause: 组织…设立培训资金监管专户 → 培训资金监管专户."""
    pw = _words(clause)
    verbs = [k for k, (w, f) in enumerate(pw) if _is_verb(w, f)]
    if not verbs:
        return ""
    return _strip("".join(w for w, _ in pw[verbs[-1] + 1:]), lex)


# ---------------------------------------------------------------------- public

def find_figures(text: str, offset: int = 0) -> list[Figure]:
    """Every figure in ``text``, in order, with ``text[start-offset:end-offset] == raw``."""
    lex = _lexicon()
    cands = _recognise(text, lex)
    if cands:
        _name_metrics(text, cands, lex)
    return [Figure(start=c.start + offset, end=c.end + offset, raw=text[c.start:c.end],
                   value=c.value, unit=unicodedata.normalize("NFKC", c.unit), approximate=c.approx, metric=c.metric)
            for c in cands]


__all__ = ["find_figures", "MAX_METRIC"]
