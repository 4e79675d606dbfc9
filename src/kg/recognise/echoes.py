"""Later mentions of names already recognised once.

A report introduces a name in a form the rules can see (“平安校园”建设, with quotes) and
then repeats it bare (100%完成平安校园创建). Each repeat is a mention too: it links the
entity to that sentence (provenance) and lets figures there be about it.
"""
from __future__ import annotations

from ..model import Mention
from ..spans import SpanIndex

MIN_CHARS = 3                 # shorter names (双减, 区委) are too easily part of other words
ECHO_CLASSES = {"School", "Kindergarten", "PrimarySchool", "SecondarySchool", "VocationalSchool",
                "TeacherTrainingSchool", "NineYearSchool", "EducationGroup", "University",
                "Organization", "Initiative", "Event"}


def echo_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus every further bare occurrence of their names that no other
    mention covers or crosses; sorted by position."""
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.type in ECHO_CLASSES and len(m.name) >= MIN_CHARS and m.name in m.text:
            names.setdefault(m.name, m)
    if not names:
        return mentions
    taken = SpanIndex.of_pairs((m.start, m.end) for m in mentions)
    extra = []
    for s, e in occurrences(text, names):
        if any(ts < e and s < te for ts, te in taken.near(s, e)):
            continue
        first = names[text[s:e]]
        extra.append(Mention(start=s, end=e, text=text[s:e], type=first.type,
                             name=first.name, source="echo"))
        taken.add((s, e))
    return sorted(mentions + extra, key=lambda m: (m.start, -m.end, m.type))


def occurrences(text: str, names) -> list[tuple[int, int]]:
    """Where the names occur, as a regex alternation of them, longest first, would find
    them (left to right, the longest at each place, none overlapping), without compiling
    one (a pattern of a report's names takes longer to compile than to run)."""
    longest: dict[int, int] = {}
    if len(names) * len(text) <= 50_000_000:   # one fast search of the text a name
        for name in names:
            i = text.find(name)
            while i >= 0:
                if len(name) > longest.get(i, 0):
                    longest[i] = len(name)
                i = text.find(name, i + 1)
    else:   # many names in a long text: one pass, names looked up by their first characters
        by_head: dict[str, list[str]] = {}
        for name in names:
            by_head.setdefault(name[:MIN_CHARS], []).append(name)
        for i in range(len(text) - MIN_CHARS + 1):
            for name in by_head.get(text[i:i + MIN_CHARS], ()):
                if len(name) > longest.get(i, 0) and text.startswith(name, i):
                    longest[i] = len(name)
    out, last = [], 0
    for s in sorted(longest):
        if s >= last:
            out.append((s, s + longest[s]))
            last = s + longest[s]
    return out
