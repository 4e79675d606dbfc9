"""Bytes → str for plain-text reports in any common Chinese encoding.

Order matters: a BOM is proof; strict UTF-8 almost never succeeds by accident on
GBK/Big5 bytes; only then do we ask a detector (charset-normalizer). The GB
family is read as GB18030, a strict superset of GB2312 and GBK, so characters a
detector's narrower guess lacks still decode.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .errors import ReadError

_BOMS = (  # UTF-32 first: its LE BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "hz"}
MAX_CONTROL_SHARE = 0.01   # more control characters than this and it is not text
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")   # \t\n\v\f\r are fine


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a text file; ReadError if undecodable or binary."""
    encoding = bom_encoding(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise ReadError(f"invalid {encoding} text (byte {e.start})") from None
    elif b"\x00" in data and not _bomless_utf16(data):
        raise ReadError("binary data (NUL bytes), not text")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _detect(data)
    reject_binary(text)
    return text, encoding


def _detect(data: bytes) -> tuple[str, str]:
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError("undecodable text (not UTF-8/16, GB18030 or Big5)")
    encoding = best.encoding.lower().replace("_", "-")
    if encoding.replace("-", "") in _GB_FAMILY:
        encoding = "gb18030"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return str(best), best.encoding


def _bomless_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM has NUL bytes too; the detector recognises it."""
    best = from_bytes(data[:4096]).best()
    return best is not None and (best.encoding or "").startswith(("utf_16", "utf_32"))


def reject_binary(text: str) -> None:
    """Raise if ``text`` holds NUL or many other control characters (binary data)."""
    if "\x00" in text:
        raise ReadError("binary data (NUL bytes), not text")
    controls = len(_CONTROL.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise ReadError(f"binary data ({controls} control characters), not text")
