"""Text of a PDF with a text layer, paragraphs rejoined.

A PDF stores lines, not paragraphs: every line of a wrapped paragraph ends in a
hard break, which would split sentences (and the figures in them) downstream.
pdfminer's layout analysis gives each line with its position; a line continues the
previous one unless the layout or the text says a paragraph ends:

* the line starts a heading (``一、`` ``（二）`` ``3.`` …) or is indented;
* there is paragraph spacing above it;
* the previous line stops short of the right margin (allowing for a number or a
  Latin word that could not fit), or ends a sentence (。；！？：) without filling
  the measure — a sentence that ends exactly at the margin is taken to run on.

Chinese is joined without a space; only two Latin letters get one between them.
Page numbers (``- 3 -``, ``第3页`` in the top or bottom margin) are dropped so paragraphs run across pages.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO

import pdfminer.pdftypes
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTAnno, LTPage, LTTextContainer, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfdocument import PDFTextExtractionNotAllowed
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

from .errors import ReadError
from .limits import (MAX_PDF_DECODED_BYTES, MAX_PDF_PAGE_CHARS, MAX_PDF_PAGE_CONTENT_BYTES,
                     MAX_PDF_PAGES, MAX_PDF_STREAM_BYTES, MAX_TEXT_CHARS, Budget, size)
from .normalise import squeeze_cjk_gaps

# Sentence-final punctuation, possibly followed by closing quotes/brackets.
_ENDS_SENTENCE = re.compile(r"(?:[。；！？：;!?:…]|(?<!\d)\.)[”’」』）)》]*$")   # "2." may be "2.5"
_HEADING = re.compile(r"^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]{1,3}[）)]"
                      r"|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]+[章节部分条])")
_PAGE_NUMBER = re.compile(r"^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
                          r"|\d+\s*/\s*\d+)$")
_LATIN_RUN = re.compile(r"[A-Za-z0-9.,%/:+\-]+")
_CID = re.compile(r"\(cid:\d+\)")
_RIGHT_SLACK = 2.5   # ems short of the right margin that still count as a full line
_FULL = 1.0          # ems short of the margin for a sentence-final line to run on
_INDENT = 1.0        # ems right of the left margin that mark a new paragraph
_PARA_GAP = 0.25     # ems of extra vertical space that mark a new paragraph
_MARGIN = 0.08       # share of the page height at top and bottom where page numbers sit


@dataclass
class _Line:
    text: str
    page: int
    x0: float
    x1: float
    y0: float   # bottom
    y1: float   # top
    em: float   # line height ≈ font size


def read_pdf(data: bytes) -> tuple[str, None]:
    """``(text, None)``; ReadError for encrypted, corrupt, scanned or over-budget PDFs."""
    budget = Budget(MAX_PDF_DECODED_BYTES, "PDF streams")
    try:
        with _capped_streams(budget):
            lines = _layout_lines(data, budget)
        budget.check()   # an over-budget stream whose error pdfminer swallowed
    except ReadError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError("encrypted PDF (password required)") from None
    except PDFTextExtractionNotAllowed:
        raise ReadError("PDF forbids text extraction") from None
    except Exception as e:   # pdfminer raises PSEOF, PDFSyntaxError, KeyError … on broken files
        budget.check()
        raise ReadError(f"broken PDF ({type(e).__name__}: {e})") from e
    text = "".join(line.text for line in lines)
    if not text.strip():
        raise ReadError("scanned PDF with no text layer (OCR it first)")
    if len(_CID.findall(text)) * 8 > len(text):
        raise ReadError("PDF text layer has no Unicode mapping (fonts without ToUnicode)")
    return "\n".join(join_wrapped(lines)), None


# ---------------------------------------------------------------- budgets
# pdfminer decodes a stream whole (zlib.decompress, lzwdecode, rldecode), so one small
# stream can inflate to gigabytes. While we read, pdfminer.pdftypes uses the capped
# decoders below instead: a stream stops inflating at MAX_PDF_STREAM_BYTES, and all
# streams of the file together at MAX_PDF_DECODED_BYTES.

class _CappedZlib:
    """Stands in for the ``zlib`` module inside pdfminer.pdftypes while we read."""

    error = zlib.error

    def __init__(self, budget: Budget) -> None:
        self.budget = budget

    def decompress(self, data: bytes, *args) -> bytes:
        d = zlib.decompressobj()
        out = d.decompress(data, MAX_PDF_STREAM_BYTES + 1)
        if len(out) > MAX_PDF_STREAM_BYTES or d.unconsumed_tail:
            self.budget.fail(f"a PDF stream inflates to more than {size(MAX_PDF_STREAM_BYTES)} "
                             f"(limit)")
        if not d.eof:   # as zlib.decompress: pdfminer then tries its repair path
            raise zlib.error("incomplete or truncated stream")
        self.budget.spend(len(out))
        return out

    def decompressobj(self, *args, **kwargs):
        return zlib.decompressobj(*args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(zlib, name)


def _capped(budget: Budget, chunks: Iterator[bytes]) -> bytes:
    out, n = [], 0
    for chunk in chunks:
        n += len(chunk)
        if n > MAX_PDF_STREAM_BYTES:
            budget.fail(f"a PDF stream decodes to more than {size(MAX_PDF_STREAM_BYTES)} (limit)")
        out.append(chunk)
    budget.spend(n)
    return b"".join(out)


def _capped_corrupted(budget: Budget):
    def decompress_corrupted(data: bytes) -> bytes:   # pdfminer's repair path, capped
        d = zlib.decompressobj()
        out, n = [], 0
        try:
            for i in range(0, len(data), 4096):
                chunk = d.decompress(data[i:i + 4096], MAX_PDF_STREAM_BYTES + 1 - n)
                n += len(chunk)
                out.append(chunk)
                if n > MAX_PDF_STREAM_BYTES or d.unconsumed_tail:
                    budget.fail(f"a PDF stream inflates to more than "
                                f"{size(MAX_PDF_STREAM_BYTES)} (limit)")
        except zlib.error:
            pass   # keep what decoded, as pdfminer does
        budget.spend(n)
        return b"".join(out)
    return decompress_corrupted


def _capped_lzw(budget: Budget):
    def lzwdecode(data: bytes) -> bytes:
        from pdfminer.lzw import LZWDecoder
        return _capped(budget, LZWDecoder(BytesIO(data)).run())
    return lzwdecode


def _capped_runlength(budget: Budget):
    def rldecode(data: bytes) -> bytes:
        def runs() -> Iterator[bytes]:
            i = 0
            while i < len(data):
                length = data[i]
                if length == 128:
                    return
                if length < 128:
                    yield data[i + 1:i + 2 + length]
                    i += 2 + length
                else:
                    yield data[i + 1:i + 2] * (257 - length)
                    i += 2
        return _capped(budget, runs())
    return rldecode


@contextmanager
def _capped_streams(budget: Budget) -> Iterator[None]:
    module = pdfminer.pdftypes
    names = ("zlib", "decompress_corrupted", "lzwdecode", "rldecode")
    saved = {name: getattr(module, name) for name in names}
    module.zlib = _CappedZlib(budget)   # type: ignore[assignment]
    module.decompress_corrupted = _capped_corrupted(budget)
    module.lzwdecode = _capped_lzw(budget)
    module.rldecode = _capped_runlength(budget)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(module, name, value)


class _BudgetedAggregator(PDFPageAggregator):
    """Counts the glyphs drawn: a page drawing more than MAX_PDF_PAGE_CHARS (or a file
    more than MAX_TEXT_CHARS) is refused before layout analysis runs on it."""

    def __init__(self, *args, budget: Budget, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.budget = budget
        self.page_chars = 0
        self.total_chars = 0

    def begin_page(self, page, ctm) -> None:
        self.page_chars = 0
        super().begin_page(page, ctm)

    def render_char(self, *args, **kwargs) -> float:
        self.page_chars += 1
        self.total_chars += 1
        if self.page_chars > MAX_PDF_PAGE_CHARS:
            self.budget.fail(f"a PDF page draws more than {MAX_PDF_PAGE_CHARS:,} characters "
                             f"(limit)")
        if self.total_chars > MAX_TEXT_CHARS:
            self.budget.fail(f"PDF has more than {MAX_TEXT_CHARS:,} characters (limit)")
        return super().render_char(*args, **kwargs)


def _pages(data: bytes, budget: Budget) -> Iterator[LTPage]:
    """pdfminer.high_level.extract_pages, with the page, content and glyph budgets."""
    resources = PDFResourceManager(caching=True)
    device = _BudgetedAggregator(resources, laparams=LAParams(), budget=budget)
    interpreter = PDFPageInterpreter(resources, device)
    for number, page in enumerate(PDFPage.get_pages(BytesIO(data), caching=True), 1):
        if number > MAX_PDF_PAGES:
            budget.fail(f"PDF has more than {MAX_PDF_PAGES:,} pages (limit)")
        content = sum(len(stream.get_data()) for stream in _contents(page))
        if content > MAX_PDF_PAGE_CONTENT_BYTES:
            budget.fail(f"page {number}'s content streams decode to {size(content)} "
                        f"(limit {size(MAX_PDF_PAGE_CONTENT_BYTES)})")
        interpreter.process_page(page)
        budget.check()
        yield device.get_result()


def _contents(page: PDFPage) -> list:
    from pdfminer.pdftypes import PDFStream, resolve1
    streams = []
    for item in page.contents or []:
        item = resolve1(item)
        if isinstance(item, PDFStream):
            streams.append(item)
    return streams


def _layout_lines(data: bytes, budget: Budget) -> list[_Line]:
    lines: list[_Line] = []
    for number, page in enumerate(_pages(data, budget)):
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for item in box:
                if not isinstance(item, LTTextLine):
                    continue
                text = squeeze_cjk_gaps(_line_text(item)).strip()
                margin = item.y1 < page.y0 + _MARGIN * page.height \
                    or item.y0 > page.y1 - _MARGIN * page.height
                if text and not (margin and _PAGE_NUMBER.match(text)):
                    lines.append(_Line(text, number, item.x0, item.x1, item.y0, item.y1,
                                       max(item.height, 1.0)))
    return lines


def _line_text(line: LTTextLine) -> str:
    """The line's glyphs; spaces pdfminer only inferred from gaps become "\x00" marks
    (dropped between CJK characters, where justified text stretches the spacing)."""
    parts = []
    for item in line:
        text = item.get_text()
        if isinstance(item, LTAnno):
            text = "" if text == "\n" else "\x00"
        parts.append(text.replace("\n", ""))
    return "".join(parts)


def join_wrapped(lines: list[_Line]) -> list[str]:
    """Paragraphs from layout lines (see the module docstring for the rule)."""
    if not lines:
        return []
    right = _percentile([line.x1 for line in lines], 0.95)
    left = _percentile([line.x0 for line in lines], 0.05)
    leading = _percentile([a.y0 - b.y1 for a, b in zip(lines, lines[1:]) if a.page == b.page
                           and a.y0 > b.y1] or [0.0], 0.5)
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in lines:
        if previous is not None and _continues(previous, line, left, right, leading):
            last = paragraphs[-1]
            latin = last[-1].isascii() and last[-1].isalpha() and line.text[0].isascii() \
                and line.text[0].isalpha()
            paragraphs[-1] = last + (" " if latin else "") + line.text
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def _continues(previous: _Line, line: _Line, left: float, right: float, leading: float) -> bool:
    """Is ``line`` the wrapped continuation of ``previous``'s paragraph?"""
    em = previous.em
    if _HEADING.match(line.text) or line.x0 > left + _INDENT * line.em:
        return False   # a heading or an indented first line starts a paragraph
    if line.page == previous.page and previous.y0 - line.y1 > leading + _PARA_GAP * em:
        return False   # paragraph spacing
    # A short line ends its paragraph — unless the next line starts with a run of
    # digits/Latin letters too wide for the space left (a number is never split).
    run = _LATIN_RUN.match(line.text)
    slack = max(_RIGHT_SLACK, 0.6 * len(run.group()) if run else 0.0)
    if previous.x1 < right - slack * em:
        return False
    # A full line ending a sentence is ambiguous; only one that fills the
    # measure (no gap signal said otherwise) is taken to run on.
    return not _ENDS_SENTENCE.search(previous.text) or previous.x1 >= right - _FULL * em


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
