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


# an event is later called by the end of its name (香格里拉市第三届中学生科学实验操作大赛 →
# 实验操作大赛共有48支代表队参赛): an end of at least this many characters, with its head
SHORT_EVENT_CHARS = 4
# (contests only: 艺术展演, 科技节 are as often the kind of activity as one event's short name)
EVENT_HEADS = ("大赛", "比赛", "竞赛", "运动会", "联赛", "锦标赛", "选拔赛", "邀请赛")
# what may stand right before an event's short name: a break, or a word that takes it
# (not a close bracket: 中小学（幼儿园）青年教师…大赛 is another contest's name going on)
BEFORE_SHORT_EVENT = frozenset("。，、；;：:！？“”\"（( \n\t为获在的了与和及对本此该将于是入至由经从把被向届次各")


def _short_event_names(text: str, mentions: list[Mention]) -> dict[str, Mention]:
    """The ends of event names (each at least SHORT_EVENT_CHARS long, its head kept) that
    stand alone in ``text``; an end shared by events whose names do not nest is left out,
    and one shared by nested names (2024年…阅读大赛 inside “…”…2024年…阅读大赛) is the
    longest's."""
    events = {m.name: m for m in mentions if m.type == "Event"}
    owner: dict[str, Mention | None] = {}
    for name in sorted(events, key=len, reverse=True):
        if not name.endswith(EVENT_HEADS):
            continue
        for k in range(len(name) - SHORT_EVENT_CHARS, 0, -1):
            end = name[k:]
            if end in events:
                continue
            held = owner.get(end, events[name])
            if held is not None and held.name != name and not held.name.endswith(name):
                held = None                               # two events end alike
            owner[end] = held
    return {end: m for end, m in owner.items() if m is not None and end in text}


def echo_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus every further bare occurrence of their names, or of an event's
    name's end, that no other mention covers or crosses; sorted by position."""
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.type in ECHO_CLASSES and len(m.name) >= MIN_CHARS and m.name in m.text:
            names.setdefault(m.name, m)
    short = _short_event_names(text, mentions)
    for end, m in short.items():
        names.setdefault(end, m)
    if not names:
        return mentions
    taken = SpanIndex.of_pairs((m.start, m.end) for m in mentions)
    extra = []
    for s, e in occurrences(text, names):
        if any(ts < e and s < te for ts, te in taken.near(s, e)):
            continue
        first = names[text[s:e]]
        if text[s:e] in short and s > 0 and text[s - 1] not in BEFORE_SHORT_EVENT:
            continue                          # 职业院校技能竞赛 is not …实验操作技能竞赛
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
