"""One normal form for report text, whatever the source format.

Every reader's output goes through :func:`normalise` exactly once, so offsets stored
downstream always point into the same kind of text.

Decisions, and why:

* Full-width digits, Latin letters and ``％`` are folded to ASCII (``２０２２`` → ``2022``,
  ``ＡＩ`` → ``AI``), and ``．`` between digits becomes ``.`` — numbers must parse the
  same however the author typed them.
* Chinese punctuation (``，。：；、（）``) is *not* folded: it carries meaning
  (``、`` vs ``,``) and the recognisers already accept both widths.
* U+3000 (ideographic space) is kept inside a line (it can separate a name from a
  title, or align a signature) but, like any space, is stripped at both ends of a
  line: leading ``　　`` is paragraph indentation, i.e. layout, and would stop headings
  such as ``一、…`` being found at the start of a line.
* Traditional characters are converted to simplified with OpenCC (the pure-Python
  ``opencc-python-reimplemented``) only when the text is *mostly* traditional — more
  than :data:`TRADITIONAL_SHARE` of its Han characters change. A per-character
  conversion of simplified text is not a no-op (e.g. ``乾`` → ``干``), so simplified
  reports are left alone. Without OpenCC installed the text is left as is.
  Converting a whole report only to count what changed cost a tenth of extraction, so
  the text is first counted against the characters any t2s entry can change: when even
  all of those are too few to pass the share, the conversion cannot pass it either.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# Han ideographs (BMP + ext. A) and CJK punctuation / full-width forms.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = _HAN + "\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014"
HAN_RE = re.compile(f"[{_HAN}]")
_HAN_RUNS = re.compile(f"[{_HAN}]+")   # counting runs, not characters: ten times faster
# A layout gap ("\x00", see squeeze_cjk_gaps), maybe with spaces, between CJK characters.
_CJK_GAP = re.compile(f"(?<=[{_CJK}]) *\x00[ \x00]*(?=[{_CJK}])")
_GAPS = re.compile("[ \x00]*\x00[ \x00]*| {2,}")

TRADITIONAL_SHARE = 0.05

_FOLD = {0xFF05: "%"}
_FOLD.update({0xFF10 + i: chr(0x30 + i) for i in range(10)})
_FOLD.update({0xFF21 + i: chr(0x41 + i) for i in range(26)})
_FOLD.update({0xFF41 + i: chr(0x61 + i) for i in range(26)})
_FOLD.update({c: " " for c in (0xA0, 0x202F, 0x205F, *range(0x2000, 0x200B))})
_DIGIT_DOT = re.compile(r"(?<=[0-9])．(?=[0-9])")
# C0/C1 controls except \t and \n (line breaks are already split off), plus
# invisible format characters: zero-width spaces/joiners, bidi marks, BOM, soft hyphen.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\ufeff]")
_EDGE_SPACE = " \t\u3000"


def han_count(text: str) -> int:
    """How many Chinese (Han) characters ``text`` has — the test for 'is a report'."""
    return sum(map(len, _HAN_RUNS.findall(text)))


def squeeze_cjk_gaps(line: str) -> str:
    """Resolve layout gaps marked ``"\x00"`` (an HTML source line break, a space
    pdfminer inferred from glyph positions): none between two CJK characters, where
    they are artefacts, else one space. Real spaces in the text are kept."""
    return _GAPS.sub(" ", _CJK_GAP.sub("", line))


def normalise(text: str) -> str:
    """Normalised report text: LF line breaks, ASCII digits/letters, no control
    characters, no trailing or leading spaces, at most one blank line in a row."""
    out: list[str] = []
    # Invisible characters go first, so that folding sees what a reader sees (idempotence).
    lines = [_DIGIT_DOT.sub(".", _INVISIBLE.sub("", line).translate(_FOLD)).strip(_EDGE_SPACE)
             for line in text.splitlines()]
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    text = "\n".join(out).strip("\n")
    return to_simplified(text)


@lru_cache(maxsize=1)
def _t2s():
    try:
        from opencc import OpenCC
    except ImportError:
        return None
    return OpenCC("t2s")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _convertible() -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The characters a t2s entry changes (at the same place: no entry changes length),
    read from the OpenCC package's own dictionaries, as a pattern of those in the BMP and
    a set of the rest (a character class with astral members makes ``re`` test them one
    by one: 150 times slower); None if they cannot be read."""
    try:
        import opencc
        folder = Path(opencc.__file__).parent / "dictionary"
        chars: set[str] = set()
        for name in ("TSPhrases.txt", "TSCharacters.txt"):
            for line in (folder / name).read_text(encoding="utf-8").splitlines():
                key, _, values = line.partition("\t")
                value = values.split(" ")[0]
                if len(value) != len(key):
                    return None
                chars.update(a for a, b in zip(key, value) if a != b)
    except (ImportError, OSError, UnicodeDecodeError):
        return None
    bmp = "".join(sorted(re.escape(c) for c in chars if ord(c) <= 0xFFFF))
    return re.compile(f"[{bmp}]"), frozenset(c for c in chars if ord(c) > 0xFFFF)


def _convertible_count(text: str) -> int | None:
    found = _convertible()
    if found is None:
        return None
    bmp, astral = found
    return len(bmp.findall(text)) + sum(c in astral for c in _ASTRAL.findall(text))


def to_simplified(text: str) -> str:
    """Convert to simplified characters if ``text`` is mostly traditional."""
    converter = _t2s()
    han = han_count(text)
    if converter is None or han == 0:
        return text
    convertible = _convertible_count(text)
    if convertible is not None and convertible / han <= TRADITIONAL_SHARE:
        return text   # not even every changeable character would pass the share
    simplified = converter.convert(text)
    changed = sum(a != b for a, b in zip(text, simplified)) + abs(len(text) - len(simplified))
    return simplified if changed / han > TRADITIONAL_SHARE else text
