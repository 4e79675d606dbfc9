"""Which reader a file needs: content first, file name second.

Files are often misnamed (a .doc that is really HTML, a .txt that is a web page
saved from a browser), so magic bytes decide; the suffix only breaks ties and
turns "not what its name says" into a precise error.
"""
from __future__ import annotations

import re
import zipfile
from io import BytesIO

from .errors import ReadError
from .limits import MAX_XML_PART_BYTES, size
from .text import bom_encoding

# Binary formats that are certainly not a report, with a useful name for the error.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"), (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls/.wps); save it as DOCX"),
    (b"{\\rtf", "an RTF file; save it as DOCX"), (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".jsp", ".php"}
# An HTML start tag at the beginning (after whitespace, an XML declaration, comments) ...
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                         r"<(?:!doctype\s+html|html|head|body|meta|title|p|div|h[1-6])\b",
                         re.I | re.S)
# ... or <html>/<body> a little later (a browser's "save as" may add a preamble).
_HTML_EARLY = re.compile(r"<(?:html|body)\b", re.I)
_ANY_TAG = re.compile(r"</?[a-z][a-z0-9]*\b[^<>]*>", re.I)
SNIFF_BYTES = 2048


def detect_format(data: bytes, suffix: str, max_bytes: int) -> str:
    """``"pdf" | "docx" | "html" | "txt"``; ReadError for known non-report formats."""
    suffix = suffix.lower()
    head = data[:SNIFF_BYTES]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(_ZIP_MAGIC):
        _check_docx_zip(data, max_bytes)
        return "docx"
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise ReadError(f"not a report: {what}")
    if suffix == ".pdf":
        raise ReadError("broken PDF (no %PDF header)")
    if suffix == ".docx":
        raise ReadError("broken DOCX (not a zip archive)")
    text_head = head.decode(bom_encoding(head) or "latin-1", errors="ignore").lstrip("\ufeff")
    if _HTML_START.match(text_head) or _HTML_EARLY.search(text_head[:1024]):
        return "html"
    if suffix in _HTML_SUFFIXES and _ANY_TAG.search(text_head):
        return "html"
    return "txt"


def _check_docx_zip(data: bytes, max_bytes: int) -> None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ReadError("broken DOCX (corrupt or truncated zip archive)") from None
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise ReadError("a zip archive that is not a DOCX (no word/document.xml)")
    # The decompressed-bytes budget (kg.read.limits), checked from the zip's directory
    # before anything is unpacked; zipfile never inflates an entry past its declared size.
    if sum(info.file_size for info in infos) > 4 * max_bytes:
        raise ReadError(f"DOCX unpacks to more than {size(4 * max_bytes)} (limit: 4 × the "
                        f"file size limit)")
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")) and info.file_size > MAX_XML_PART_BYTES:
            raise ReadError(f"DOCX part {info.filename} unpacks to {size(info.file_size)} "
                            f"(limit {size(MAX_XML_PART_BYTES)})")
