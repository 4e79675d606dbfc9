"""Finding the spans near a span without scanning them all.

Rules ask "does any other name contain, lie inside or cross this one?" once per name;
asked of a plain list that is quadratic in the length of the text. :class:`SpanIndex`
keeps spans sorted by start and knows the longest, so :meth:`SpanIndex.near` returns
only the few that can touch a given span. It answers the same questions: callers keep
their own test and run it over ``near(s, e)`` instead of over every span.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable, Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every line of ``text``, without its newline."""
    a = 0
    while a < len(text):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        yield a, b
        a = b + 1


def _start_end(item) -> tuple[int, int]:
    return item.start, item.end


def _pair(item) -> tuple[int, int]:
    return item[0], item[1]


class SpanIndex(Generic[T]):
    """Items with a span, ``span(item) == (start, end)`` (default: ``.start``/``.end``;
    :meth:`of_pairs` for ``(start, end)`` tuples)."""

    def __init__(self, items: Iterable[T] = (),
                 span: Callable[[T], tuple[int, int]] = _start_end) -> None:
        self._span = span
        pairs = sorted(((span(it), n, it) for n, it in enumerate(items)), key=lambda t: t[:2])
        self._starts = [p[0][0] for p in pairs]
        self._items = [p[2] for p in pairs]
        self._longest = max((e - s for (s, e), _, _ in pairs), default=0)

    @classmethod
    def of_pairs(cls, items: Iterable[tuple[int, int]] = ()) -> "SpanIndex[tuple[int, int]]":
        return cls(items, _pair)

    def add(self, item: T) -> None:
        s, e = self._span(item)
        i = bisect_right(self._starts, s)
        self._starts.insert(i, s)
        self._items.insert(i, item)
        self._longest = max(self._longest, e - s)

    def near(self, start: int, end: int) -> list[T]:
        """Every item whose span overlaps or touches ``[start, end]`` (and possibly a few
        more): all that may contain, lie inside, cross or abut it."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_right(self._starts, end)
        return self._items[lo:hi]

    def starting_in(self, start: int, end: int) -> list[T]:
        """Every item that starts in ``[start, end)``, in order of start."""
        return self._items[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def __len__(self) -> int:
        return len(self._items)
