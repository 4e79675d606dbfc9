"""Numbers that borrow a unit: in ``6.22万、6.16万人`` and ``3-5人`` the unit is written
once, after the last number of the list or range."""
from __future__ import annotations

from ..numbers import NumberToken
from .lexicon import Lexicon
from .scan import Candidate, ends_with_any


def share_units(text: str, results: dict[int, Candidate], bare: dict[int, NumberToken],
                lex: Lexicon) -> None:
    """Add to ``results`` each bare number joined by 、 or a range sign to the figure
    right after it, with that figure's unit. Right to left, so a chain (3、4、5人) works."""
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
        prefix = ends_with_any(text, start, lex.approx_prefix)
        if prefix and not ends_with_any(text, start, lex.approx_prefix_not):
            start -= len(prefix)
            approx = True
        results[idx] = Candidate(start, tok.end, tok.value, nxt.unit, approx)


POINTS = "个百分点"


def share_points(text: str, results: dict[int, Candidate], lex: Lexicon) -> None:
    """``提高1.1个和2.7个百分点``: a count in 个 joined by 和 or 、 to a figure in 个百分点
    is in points too (its 百分点 is written once, after the last)."""
    found = sorted(results.values(), key=lambda c: c.start)
    for a, b in zip(found, found[1:]):
        if (a.unit == "个" and b.unit == POINTS and b.start - a.end == 1
                and (text[a.end] in lex.coord or text[a.end] in "和及")):
            a.unit = POINTS
