"""Text helpers the relation rules share: clauses, names nested in names, word lists."""
from __future__ import annotations

import re
from functools import cache, partial

from ..data import load_words, longest_first
from ..model import Entity, Mention, Report
from ..spans import SpanIndex


_CLAUSE_BREAK_CHARS = frozenset("，,；;。！？!?：:\n")   # for walks, a character at a time
CLAUSE_BREAK = re.compile("[" + re.escape("".join(sorted(_CLAUSE_BREAK_CHARS))) + "]")


@cache
def word_list(name: str, by_length: bool = False) -> tuple[str, ...]:
    """A data file's words, once; longest first where a rule matches prefixes."""
    words = load_words(name)
    return longest_first(words) if by_length else tuple(words)


title_words = partial(word_list, "person_titles.txt", True)
member_suffixes = partial(word_list, "member_suffixes.txt", True)
issue_verbs = partial(word_list, "issue_verbs.txt")
member_words = partial(word_list, "member_words.txt")
topic_verbs = partial(word_list, "topic_verbs.txt")


def mention_owner(report: Report) -> dict[tuple[int, int], Entity]:
    """(start, end) of each mention → the entity it was resolved into."""
    owner: dict[tuple[int, int], Entity] = {}
    for e in report.entities:
        for m in e.mentions:
            owner[(m.start, m.end)] = e
    return owner


def names_of(e: Entity) -> tuple[str, ...]:
    return longest_first((e.label, *e.alt_labels))


def clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in _CLAUSE_BREAK_CHARS:
        i -= 1
    return i


def clause_end(text: str, pos: int) -> int:
    i = pos
    n = len(text)
    while i < n and text[i] not in _CLAUSE_BREAK_CHARS:
        i += 1
    return i


def first_sentence(e: Entity) -> int | None:
    sents = [m.sentence for m in e.mentions if m.sentence is not None]
    return min(sents) if sents else None


def outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop names nested inside a longer name (仓山区 inside 仓山区实验幼儿园)."""
    index = SpanIndex(mentions)
    return [m for m in mentions
            if not any(o is not m and o.start <= m.start and m.end <= o.end
                       and (o.end - o.start) > (m.end - m.start) for o in index.near(m.start, m.end))]
