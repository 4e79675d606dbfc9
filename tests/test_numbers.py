"""Numbers as Chinese reports write them (kg.recognise.numbers)."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from kg.recognise.numbers import parse_number, plain, scan_numbers


@pytest.mark.parametrize("text, expected", [
    # Arabic, decimals, thousands separators (half- and full-width), full-width digits
    ("2286", "2286"), ("58.97", "58.97"), ("1,234", "1234"), ("1，234", "1234"),
    ("12,345,678.5", "12345678.5"), ("１２３４", "1234"), ("１２．５", "12.5"),
    # Chinese numerals
    ("三", "3"), ("十", "10"), ("十二", "12"), ("二十三", "23"), ("一百零五", "105"),
    ("两", "2"), ("三万", "30000"), ("一千二百", "1200"), ("一千二", "1200"),
    ("两万五", "25000"), ("一千零五", "1005"), ("五千万", "50000000"),
    ("一亿二千万", "120000000"), ("百", "100"), ("万", "10000"),
    # mixed, magnitude words applied exactly
    ("2.5亿", "250000000"), ("355.02万", "3550200"), ("1.02万", "10200"),
    ("6.22万", "62200"), ("1.23万", "12300"), ("1.2万亿", "1200000000000"),
    ("3580.6万", "35806000"),
    # approximate forms: the approximation is not part of the value
    ("三万多", "30000"), ("500余", "500"), ("10余万", "100000"), ("三十多万", "300000"),
    ("十几", "10"),
])
def test_parse_number(text, expected):
    value = parse_number(text)
    assert value == Decimal(expected)
    assert str(value) == expected          # exact, no exponent, no float noise


@pytest.mark.parametrize("text", ["", "一三", "二〇二二", "十百", "abc", "1.", "3个"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_plain_has_no_exponent():
    assert str(plain(Decimal("355.02") * 10000)) == "3550200"
    assert str(plain(Decimal("1E+2"))) == "100"
    assert str(plain(Decimal("58.970"))) == "58.97"


def test_scan_numbers_spans_and_names():
    text = "一三附增加26人，参与学习达三万多人次，二〇二二年，6.22万、6.16万人"
    tokens = scan_numbers(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.text for t in tokens] == ["26", "三万多", "6.22万", "6.16万"]
    assert tokens[1].approx and not tokens[1].arabic
    assert tokens[2].value == Decimal("62200")


def test_scan_numbers_leaves_magnitude_initial_units():
    tokens = scan_numbers("跑道5千米", stop=("千米",))
    assert tokens[0].text == "5" and tokens[0].end == 3


DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """Write a non-negative integer the standard way (一亿零五十万零三)."""
    if n == 0:
        return "零"

    def section(k: int) -> str:              # 0 < k < 10000
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = k // value % 10
            if d:
                if zero and out:
                    out += "零"
                out += DIGITS[d] + unit
                zero = False
            else:
                zero = True
        return out

    parts, big = [], ["", "万", "亿"]
    i, need_zero = 0, False
    while n:
        k = n % 10000
        if k:
            s = section(k) + big[i]
            if need_zero:
                s += "零"
            parts.insert(0, s)
            need_zero = k < 1000
        else:
            need_zero = bool(parts)
        n //= 10000
        i += 1
    text = "".join(parts).rstrip("零")
    return text


@given(st.integers(min_value=1, max_value=10 ** 12 - 1))
def test_chinese_numbers_round_trip(n):
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10 ** 12))
def test_thousands_separators_round_trip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", "，")) == n


@given(st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False))
def test_wan_is_exact(d):
    assert parse_number(f"{d}万") == d * 10000
