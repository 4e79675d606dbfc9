"""Text of a PDF with a text layer, paragraphs rejoined.

A PDF stores lines, not paragraphs: every line of a wrapped paragraph ends in a
hard break, which would split sentences (and the figures in them) downstream.
We use pdfminer's layout analysis to get each line with its position, then join a
line to the next when it runs to the right margin, does not end a sentence and the
next line neither starts a heading nor is indented. Chinese is joined without a
space; only two Latin letters get one between them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTTextContainer, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfdocument import PDFTextExtractionNotAllowed

from .errors import ReadError
from .normalise import squeeze_cjk_spaces

# Sentence-final punctuation, possibly followed by closing quotes/brackets.
_ENDS_SENTENCE = re.compile(r"(?:[。；！？：;!?:…]|(?<!\d)\.)[”’」』）)》]*$")   # "2." may be "2.5"
_HEADING = re.compile(r"^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]{1,3}[）)]"
                      r"|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]+[章节部分条])")
_PAGE_NUMBER = re.compile(r"^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
                          r"|\d+\s*/\s*\d+)$")
_CID = re.compile(r"\(cid:\d+\)")
_RIGHT_SLACK = 2.5   # ems short of the right margin that still count as a full line
_INDENT = 1.0        # ems right of the left margin that mark a new paragraph


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    em: float   # line height ≈ font size


def read_pdf(data: bytes) -> tuple[str, None]:
    """``(text, None)``; ReadError for encrypted, corrupt or scanned PDFs."""
    try:
        lines = _layout_lines(data)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError("encrypted PDF (password required)") from None
    except PDFTextExtractionNotAllowed:
        raise ReadError("PDF forbids text extraction") from None
    text = "".join(line.text for line in lines)
    if not text.strip():
        raise ReadError("scanned PDF with no text layer (OCR it first)")
    if len(_CID.findall(text)) * 8 > len(text):
        raise ReadError("PDF text layer has no Unicode mapping (fonts without ToUnicode)")
    return "\n".join(join_wrapped(lines)), None


def _layout_lines(data: bytes) -> list[_Line]:
    lines: list[_Line] = []
    for page in extract_pages(BytesIO(data), laparams=LAParams()):
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for item in box:
                if not isinstance(item, LTTextLine):
                    continue
                text = squeeze_cjk_spaces(item.get_text().strip())
                if text and not _PAGE_NUMBER.match(text):
                    lines.append(_Line(text, item.x0, item.x1, max(item.height, 1.0)))
    return lines


def join_wrapped(lines: list[_Line]) -> list[str]:
    """Paragraphs from layout lines (see the module docstring for the rule)."""
    if not lines:
        return []
    right = _percentile([line.x1 for line in lines], 0.95)
    left = _percentile([line.x0 for line in lines], 0.05)
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in lines:
        if previous is not None and _continues(previous, line, left, right):
            last = paragraphs[-1]
            gap = " " if last[-1].isascii() and last[-1].isalpha() and line.text[0].isascii() \
                and line.text[0].isalpha() else ""
            paragraphs[-1] = last + gap + line.text
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def _continues(previous: _Line, line: _Line, left: float, right: float) -> bool:
    full = previous.x1 >= right - _RIGHT_SLACK * previous.em
    indented = line.x0 > left + _INDENT * line.em
    return (full and not indented and not _ENDS_SENTENCE.search(previous.text)
            and not _HEADING.match(line.text))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]
