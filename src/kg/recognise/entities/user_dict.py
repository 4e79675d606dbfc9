"""Names from the user's dictionary (``kg build --dict``), found wherever the name or
an alias occurs; they outrank every rule."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .doc import Candidate
from .lexicon import alternation


@lru_cache(maxsize=8)
def _user_index(entries: tuple[tuple[str, str, tuple[str, ...]], ...]):
    names: dict[str, tuple[str, str]] = {}
    for name, cls, aliases in entries:
        for n in (name, *aliases):
            if n:
                names.setdefault(n, (name, cls))
    if not names:
        return None, names
    return alternation(tuple(names)), names


def user_mentions(text: str, user_dict: Sequence) -> list[Candidate]:
    entries = []
    for entry in user_dict:
        name, cls = entry[0], entry[1]
        raw = entry[2] if len(entry) > 2 and entry[2] else ()
        # "a|b" as in the dictionary file, or a list of names
        aliases = tuple(raw.split("|")) if isinstance(raw, str) else tuple(raw)
        entries.append((name, cls, aliases))
    rx, names = _user_index(tuple(entries))
    if rx is None:
        return []
    return [Candidate(m.start(), m.end(), names[m.group(0)][1], names[m.group(0)][0], 0, "user-dict")
            for m in rx.finditer(text)]
