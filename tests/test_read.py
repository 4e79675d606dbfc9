"""The read stage: every format and encoding gives the seed's text; bad input gives ReadError."""
from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.read import ReadError, ReadResult, normalise, read_report

sys.path.insert(0, str(Path(__file__).resolve().parent))   # read_samples, whatever the import mode
import read_samples as samples  # noqa: E402

_SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")
_LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、")


@pytest.fixture(scope="session")
def files(tmp_path_factory) -> dict[str, Path]:
    return samples.write_samples(tmp_path_factory.mktemp("read-samples"))


@pytest.fixture(scope="session")
def expected() -> str:
    return normalise(samples.seed_text())


def _nonblank(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def _assert_has_report(text: str, expected: str) -> None:
    """Every heading line and every sentence of the seed, in the text."""
    lines = _nonblank(expected)
    headings = [lines[0]] + [line for line in lines if _LEVEL1.match(line)]
    for heading in headings:
        assert heading in text.splitlines(), heading
    for line in lines:
        if line not in headings:
            for sentence in _SENTENCE.findall(line):
                assert sentence in text, sentence


# ---- plain text --------------------------------------------------------------------

@pytest.mark.parametrize("name, encoding", [
    ("gbk.txt", "gb18030"),            # GB family is read as its superset
    ("utf8-bom-crlf.txt", "utf-8-sig"),
    ("utf16.txt", "utf-16"),
    ("fullwidth.txt", "utf-8"),
    ("messy.txt", "utf-8"),
])
def test_text_encodings_give_the_seed_text(files, expected, name, encoding):
    result = read_report(files[name])
    assert result == ReadResult(expected, "txt", encoding)


def test_seed_reads_as_its_normalised_text(expected):
    result = read_report(str(samples.SEED))
    assert (result.text, result.format, result.encoding) == (expected, "txt", "utf-8")
    assert "\r" not in result.text and not result.text.endswith("\n")


def test_gb18030_characters_outside_gbk(files):
    result = read_report(files["gb18030.txt"])
    assert result.encoding == "gb18030"
    assert result.text == normalise(samples.seed_text() + "\n" + samples.GB18030_EXTRA)
    assert "𠮷" in result.text and "䶮" in result.text


def test_big5_traditional_is_converted_to_simplified(files, expected):
    pytest.importorskip("opencc")
    result = read_report(files["big5.txt"])
    assert result.format == "txt" and result.encoding in ("big5", "cp950", "big5hkscs")
    assert result.text.startswith("仓山区2022年教育工作总结")
    # Simplified → traditional → simplified is not exact (着/著, 増 is not in Big5).
    assert len(result.text) == len(expected)
    same = sum(a == b for a, b in zip(result.text, expected))
    assert same / len(expected) > 0.99


# ---- HTML, DOCX, PDF ---------------------------------------------------------------

def test_html_main_text_without_page_furniture(files, expected):
    result = read_report(files["report.html"])
    assert (result.format, result.encoding) == ("html", "utf-8")
    _assert_has_report(result.text, expected)
    for junk in samples.HTML_JUNK:
        assert junk not in result.text, junk
    assert _nonblank(result.text) == _nonblank(expected)   # one block per line, nothing else


def test_docx_paragraphs_and_table_in_document_order(files, expected):
    result = read_report(files["report.docx"])
    assert (result.format, result.encoding) == ("docx", None)
    _assert_has_report(result.text, expected)
    lines = result.text.splitlines()
    rows = ["\t".join(row) for row in samples.TABLE_ROWS]
    at = next(i for i, line in enumerate(lines) if line.startswith(samples.TABLE_AFTER))
    assert lines[at + 1: at + 1 + len(rows)] == rows
    assert "\n".join(line for line in lines if line not in rows) == expected


def test_pdf_wrapped_lines_are_rejoined(files, expected):
    result = read_report(files["report.pdf"])
    assert (result.format, result.encoding) == ("pdf", None)
    _assert_has_report(result.text, expected)
    assert _nonblank(result.text) == _nonblank(expected)


def test_content_decides_over_suffix(files, tmp_path, expected):
    (tmp_path / "page.txt").write_bytes(files["report.html"].read_bytes())
    (tmp_path / "report.bin").write_bytes(files["report.docx"].read_bytes())
    assert read_report(tmp_path / "page.txt").format == "html"
    assert read_report(tmp_path / "report.bin").format == "docx"


# ---- bad input ---------------------------------------------------------------------

def _read_error(path: Path, **kwargs) -> str:
    with pytest.raises(ReadError) as caught:
        read_report(path, **kwargs)
    assert type(caught.value) is ReadError
    message = str(caught.value)
    assert "\n" not in message and path.name in message
    return message


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty file"),
    ("blank.txt", "empty file (only whitespace)"),
    ("image.png", "PNG image"),
    ("truncated.docx", "broken DOCX"),
    ("archive.zip", "not a DOCX"),
    ("broken.pdf", "broken PDF"),
    ("scanned.pdf", "scanned PDF with no text layer"),
    ("english.txt", "not a report"),
    ("nul.txt", "binary data"),
    ("legacy.doc", "legacy Office file"),
])
def test_bad_files_raise_one_line_read_error(files, name, reason):
    assert reason in _read_error(files[name])


def test_directory_missing_path_and_size_limit(files, tmp_path):
    assert "directory" in _read_error(tmp_path)
    assert "no such file" in _read_error(tmp_path / "nowhere.txt")
    assert "too large" in _read_error(files["gbk.txt"], max_bytes=1000)


def test_wrong_suffix_for_content(tmp_path):
    (tmp_path / "x.pdf").write_text("仓山区教育局" * 10, encoding="utf-8")
    (tmp_path / "x.docx").write_text("仓山区教育局" * 10, encoding="utf-8")
    assert "no %PDF header" in _read_error(tmp_path / "x.pdf")
    assert "not a zip archive" in _read_error(tmp_path / "x.docx")


_PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body><p>", codecs.BOM_UTF8,
             codecs.BOM_UTF16_LE, "仓山区教育工作总结".encode("gbk")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(_PREFIXES), body=st.binary(max_size=1500),
       suffix=st.sampled_from([".txt", ".pdf", ".docx", ".html", ""]))
def test_arbitrary_bytes_never_raise_anything_but_read_error(tmp_path_factory, prefix, body, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(prefix + body)
    try:
        assert isinstance(read_report(path), ReadResult)
    except ReadError as e:
        assert "\n" not in str(e) and str(path) in str(e)


# ---- normalise ---------------------------------------------------------------------

def test_normalise_folds_full_width_ascii_but_not_chinese_punctuation():
    raw = "２０２２年ＡＩ教育覆盖率１００％，增长２．５个百分点（见表１．）：完成。"
    assert normalise(raw) == "2022年AI教育覆盖率100%，增长2.5个百分点（见表1．）：完成。"


def test_normalise_layout():
    raw = "\ufeff\u3000\u3000一、标题  \r\n\r\n\r\n正文\x07内容\u200b，福州市\u3000仓山区\t\r\r\n"
    assert normalise(raw) == "一、标题\n\n正文内容，福州市\u3000仓山区"


def test_normalise_leaves_simplified_text_alone():
    text = "乾隆年间的皇后"   # per-character t2s would change nothing here; 乾 must stay
    assert normalise(text) == text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("一、1.２．Ａa％ 　\t\n\r\x00\u200b\ufeff學校后乾仓山。（）"))))
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=200, deadline=None)
@given(simplified=st.integers(0, 60), traditional=st.integers(0, 6), seed=st.randoms())
def test_the_convertible_count_decides_as_the_whole_conversion_would(simplified, traditional, seed):
    """The quick count only skips texts the whole conversion would have left alone:
    around the share, both decide the same way (𠁞 → 𠀾: outside the BMP too)."""
    from opencc import OpenCC
    from kg.read.normalise import TRADITIONAL_SHARE, han_count, to_simplified
    chars = list("教育局学校发展乾后干") * simplified + list("學校發展區後幹𠁞") * traditional
    seed.shuffle(chars)
    text = "".join(chars)
    full = OpenCC("t2s").convert(text)
    han = han_count(text)
    changed = sum(a != b for a, b in zip(text, full))
    expected = full if han and changed / han > TRADITIONAL_SHARE else text
    assert to_simplified(text) == expected
