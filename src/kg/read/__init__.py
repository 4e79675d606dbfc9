"""The read stage: any input file → normalised report text.

``read_report(path)`` sniffs the format from the bytes (then the suffix), runs the
format's reader (:mod:`.text`, :mod:`.html`, :mod:`.docx`, :mod:`.pdf`) and applies
:func:`.normalise.normalise` once. Anything that is not a readable report —
missing, empty, too large, binary, corrupt, scanned, or simply not Chinese report
text — raises :class:`ReadError` with a one-line message naming the file; no other
exception escapes for bad input, so a batch run can skip and log.
"""
from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import ReadError
from .limits import MAX_FILE_BYTES, MAX_TEXT_CHARS, READ_SECONDS, time_limit
from .normalise import han_count, normalise
from .sniff import detect_format
from .text import decode_text

__all__ = ["MAX_BYTES", "MIN_HAN", "ReadError", "ReadResult", "normalise", "read_report",
           "read_bytes", "load_bytes"]

MAX_BYTES = MAX_FILE_BYTES     # larger files are not reports (budgets: kg.read.limits)
MIN_HAN = 20                   # fewer Chinese characters than this is not a report

def _reader(fmt: str) -> Callable[[bytes], tuple[str, str | None]]:
    """The format's reader. HTML, DOCX and PDF readers are imported when first needed:
    their libraries (BeautifulSoup, lxml, pdfminer) cost a build's parent, which reads
    nothing, a tenth of a second to import."""
    if fmt == "html":
        from .html import read_html
        return read_html
    if fmt == "docx":
        from .docx import read_docx
        return read_docx
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf
    return decode_text


@dataclass(frozen=True)
class ReadResult:
    text: str            # normalised report text; all downstream offsets point into it
    format: str          # "txt" | "html" | "docx" | "pdf"
    encoding: str | None  # codec used for txt/html; None for docx/pdf


def read_report(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES,
                seconds: float | None = READ_SECONDS) -> ReadResult:
    """Read one report file; ReadError (one line, naming the file) if it is not one, or
    if reading it goes over a budget (size, decompressed bytes, structure, ``seconds``
    of wall time: see :mod:`kg.read.limits`)."""
    name = os.fspath(path)
    try:
        with time_limit(seconds, "reading"):
            return _read(Path(path), max_bytes)
    except ReadError as e:
        raise ReadError(e.reason, name) from e
    except Exception as e:   # a reader library choking on bad input: still a ReadError
        raise ReadError(f"unreadable file ({type(e).__name__}: {e})", name) from e


def read_bytes(data: bytes, name: str, *, max_bytes: int = MAX_BYTES,
               seconds: float | None = READ_SECONDS) -> ReadResult:
    """Read one report from its bytes (a worker on another machine gets bytes, not a
    path); ``name`` gives the suffix and names the file in errors. Budgets as for
    :func:`read_report`."""
    try:
        if len(data) > max_bytes:
            raise ReadError(f"file too large ({_size(len(data))} > limit {_size(max_bytes)})")
        if not data.strip():
            raise ReadError("empty file" if not data else "empty file (only whitespace)")
        with time_limit(seconds, "reading"):
            return _decode(data, Path(name).suffix, max_bytes)
    except ReadError as e:
        raise ReadError(e.reason, name) from e
    except Exception as e:   # a reader library choking on bad input: still a ReadError
        raise ReadError(f"unreadable file ({type(e).__name__}: {e})", name) from e


def load_bytes(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> bytes:
    """A report file's bytes, or ReadError (missing, a folder, too large, empty)."""
    try:
        return _load(Path(path), max_bytes)
    except ReadError as e:
        raise ReadError(e.reason, os.fspath(path)) from e


def _read(path: Path, max_bytes: int) -> ReadResult:
    return _decode(_load(path, max_bytes), path.suffix, max_bytes)


def _decode(data: bytes, suffix: str, max_bytes: int) -> ReadResult:
    fmt = detect_format(data, suffix, max_bytes)
    raw, encoding = _reader(fmt)(data)
    if len(raw) > MAX_TEXT_CHARS:
        raise ReadError(f"more than {MAX_TEXT_CHARS:,} characters of text (limit)")
    text = normalise(raw)
    if not text:
        raise ReadError("empty file (only whitespace)" if fmt == "txt" else f"no text in {fmt} file")
    han = han_count(text)
    if han < MIN_HAN:
        raise ReadError(f"not a report: only {han} Chinese characters (need {MIN_HAN})")
    return ReadResult(text, fmt, encoding)


def _load(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except OSError as e:
        raise ReadError(f"cannot access file ({e.strerror or e})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ReadError("not a regular file")
    if info.st_size > max_bytes:
        raise ReadError(f"file too large ({_size(info.st_size)} > limit {_size(max_bytes)})")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot read file ({e.strerror or e})") from None
    if len(data) > max_bytes:   # grew since stat()
        raise ReadError(f"file too large ({_size(len(data))} > limit {_size(max_bytes)})")
    if not data.strip():
        raise ReadError("empty file" if not data else "empty file (only whitespace)")
    return data


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"
