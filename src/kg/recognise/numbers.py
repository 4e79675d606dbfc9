"""Numbers as Chinese reports write them, parsed exactly into :class:`Decimal`.

Handles Arabic digits (half- or full-width) with decimals and thousands separators
(``1,234``, ``1，234``), Chinese numerals (``三``, ``十二``, ``一百零五``, ``两``,
``一千二`` = 1200, ``三万``), and mixtures with magnitude words (``2.5亿``,
``355.02万``, ``10余万``, ``三十多万``)::

    >>> parse_number("355.02万")
    Decimal('3550200')
    >>> parse_number("一百零五")
    Decimal('105')

:func:`scan_numbers` finds every number in a text with its span; it knows nothing
about units or context (that is :mod:`kg.recognise.figures`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10 ** 4, "亿": 10 ** 8}
MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10 ** 4, "亿": 10 ** 8}
CHINESE_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
# Written between a number and its magnitude or unit: "500余", "三万多", "十几".
INNER_APPROX = "多余几来"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

ARABIC_RE = re.compile(
    r"(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3}(?![0-9０-９]))+|[0-9０-９]+)"
    r"(?:[.．][0-9０-９]+)?")
CHINESE_RE = re.compile(f"[{CHINESE_CHARS}]+")


def plain(value: Decimal) -> Decimal:
    """An integral value without exponent or trailing zeros (3550200, not 3.5502E+6)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def parse_arabic(text: str) -> Decimal:
    """``"1,234.5"`` / ``"１，２３４"`` → Decimal; raises ValueError."""
    s = text.translate(_FULLWIDTH)
    if not re.fullmatch(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?", s):
        raise ValueError(f"not an Arabic number: {text!r}")
    return Decimal(s.replace(",", ""))


def _parse_section(s: str) -> int:
    """A Chinese number below 10000 (no 万/亿), e.g. 一千二百, 一百零五, 十二, 一千二."""
    if not s:
        raise ValueError("empty")
    value, num, last_unit, zero = 0, None, None, False
    for ch in s:
        if ch in "零〇○":
            if last_unit is None and num is None:
                raise ValueError(f"leading zero in {s!r}")
            zero, num = True, None
        elif ch in DIGITS:
            if num is not None:            # two digits in a row: 一三, 二〇二二
                raise ValueError(f"digit sequence in {s!r}")
            num = DIGITS[ch]
        else:
            unit = SMALL_UNITS[ch]
            if last_unit is not None and unit >= last_unit:
                raise ValueError(f"bad order in {s!r}")
            if num is None and (last_unit is not None or zero):
                raise ValueError(f"missing digit in {s!r}")
            value += (1 if num is None else num) * unit
            num, last_unit, zero = None, unit, False
    if num is not None:
        # 一千二 = 1200: a last digit right after a unit counts in the next lower unit.
        value += num * last_unit // 10 if last_unit and not zero else num
    return value


def _parse_chinese(s: str) -> int:
    for big in ("亿", "万"):
        if big in s:
            head, _, tail = s.rpartition(big)
            if big == "亿" or "亿" not in head:
                left = _parse_chinese(head) if head else 1
                if not tail:
                    right = 0
                elif len(tail) == 1 and tail in DIGITS and tail not in "零〇○":
                    right = DIGITS[tail] * BIG_UNITS[big] // 10     # 两万五 = 25000
                else:
                    right = _parse_chinese(tail.lstrip("零〇○")) if tail.strip("零〇○") else 0
                    if right >= BIG_UNITS[big]:
                        raise ValueError(f"bad order in {s!r}")
                return left * BIG_UNITS[big] + right
    return _parse_section(s)


def parse_chinese(text: str) -> Decimal:
    """``"一千二百"`` → Decimal(1200); raises ValueError for non-numbers (一三, 二〇二二)."""
    if not text or any(ch not in CHINESE_CHARS for ch in text):
        raise ValueError(f"not a Chinese number: {text!r}")
    return Decimal(_parse_chinese(text))


def magnitude(text: str) -> int:
    """``"万亿"`` → 10**12; raises ValueError."""
    if not text:
        return 1
    result = 1
    for ch in text:
        if ch not in MAGNITUDES:
            raise ValueError(f"not a magnitude: {text!r}")
        result *= MAGNITUDES[ch]
    return result


def parse_number(text: str) -> Decimal:
    """Parse one number as written, magnitude words applied, e.g. ``2.5亿`` → 250000000.

    Accepts Arabic (``1,234.5``, full-width), Chinese (``一千二百``), mixed
    (``355.02万``) and approximate forms (``三万多``, ``500余``, ``10余万``); the
    approximation itself is not part of the value. Raises ValueError otherwise.
    """
    s = unicodedata.normalize("NFC", text.strip())
    if not s:
        raise ValueError("empty number")
    token = _scan_at(s, 0)
    if token is None or token.end != len(s):
        raise ValueError(f"not a number: {text!r}")
    return token.value


@dataclass(frozen=True)
class NumberToken:
    start: int
    end: int
    text: str
    value: Decimal
    arabic: bool                 # written with Arabic digits
    approx: bool = False         # 多/余/几/来 written inside (三万多, 500余)
    bare_magnitude: bool = False  # only magnitude words (百, 千, 万): usually idiomatic
    base: str = ""               # the digits or numeral before any magnitude word


def _scan_at(text: str, pos: int, stop: tuple[str, ...] = ()) -> NumberToken | None:
    """The number starting exactly at ``pos`` (longest), or None.

    ``stop`` lists words that begin with a magnitude character but are units
    (千米, 千克): a magnitude is not consumed where one of them starts.
    """
    def magnitudes_at(i: int, allowed: str) -> int:
        j = i
        while j < len(text) and text[j] in allowed and not text.startswith(stop, j):
            j += 1
        return j

    m = ARABIC_RE.match(text, pos)
    approx = False
    if m:
        base = m.group()
        value = parse_arabic(base)
        end = m.end()
        mag_start = end
        if (end + 1 < len(text) and text[end] in " \u00a0\u3000"
                and text[end + 1] in "万亿" and not text.startswith(stop, end + 1)):
            mag_start = end + 1    # "12.3 万人": a space typed before the magnitude
        mag_end = magnitudes_at(mag_start, "百千万亿")
        if mag_end > mag_start:
            value *= magnitude(text[mag_start:mag_end])
            end = mag_end
        if end < len(text) and text[end] in "多余":
            approx = True
            end += 1
            if mag_end == mag_start:   # 10余万: the magnitude after 余
                mag_end = magnitudes_at(end, "万亿")
                value *= magnitude(text[end:mag_end])
                end = mag_end
        return NumberToken(pos, end, text[pos:end], plain(value), True, approx, False, base)

    m = CHINESE_RE.match(text, pos)
    if not m:
        return None
    run = m.group()
    # A run may hold a number followed by a numeral-like word (一年一度): take the
    # longest prefix that parses.
    for k in range(len(run), 0, -1):
        try:
            value = parse_chinese(run[:k])
        except ValueError:
            continue
        end = pos + k
        base = run[:k]
        if end < len(text) and text[end] in INNER_APPROX:
            ch = text[end]
            if ch in "多余" or (ch in "几来" and base[-1] in "十百千万"):
                approx = True
                end += 1
                mag_end = magnitudes_at(end, "万亿")
                value *= magnitude(text[end:mag_end])
                end = mag_end
        bare = all(ch in MAGNITUDES for ch in base)
        return NumberToken(pos, end, text[pos:end], plain(value), False, approx, bare, base)
    return None


def scan_numbers(text: str, stop: tuple[str, ...] = ()) -> list[NumberToken]:
    """Every number in ``text``, left to right, not overlapping.

    Arabic numbers glued to other digits are not split; Chinese digit sequences that
    are not numbers (一三, 二〇二二) are skipped. ``stop``: see :func:`_scan_at`.
    """
    tokens: list[NumberToken] = []
    pos, n = 0, len(text)
    starts = re.compile(f"[0-9０-９{CHINESE_CHARS}]")
    while True:
        m = starts.search(text, pos)
        if not m:
            break
        i = m.start()
        if text[i] in "0123456789０１２３４５６７８９":
            token = _scan_at(text, i, stop)
            tokens.append(token)
            pos = token.end
            continue
        run = CHINESE_RE.match(text, i)
        token = _scan_at(text, i, stop)
        if token is None or _is_digit_sequence(run.group()):
            pos = run.end()          # 一三附, 二〇二二年: not a count
            continue
        tokens.append(token)
        pos = token.end
    return [t for t in tokens if t.end <= n]


def _is_digit_sequence(run: str) -> bool:
    """A digit right after a non-zero digit (一三, 六一, 二〇二二): a name or a year.

    零 may precede a digit (一百零五)."""
    return any(a in DIGITS and a not in "零〇○" and b in DIGITS for a, b in zip(run, run[1:]))
