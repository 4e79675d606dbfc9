"""User dictionaries: names the rules miss, added by the user (``kg build --dict FILE``).

Format (UTF-8, tab-separated, one name a line, ``#`` starts a comment)::

    name<TAB>class[<TAB>aliases separated by | [<TAB>parent name]]
    仓山区教师进修学校	School	进修校|进修学校
    榕博汇	Event
    三江口小学	School		仓山区实验小学教育集团

A ``.json`` file may hold the same as a list of objects with keys name, class,
aliases, parent.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from .model import ENTITY_CLASSES, PARENT_CLASS


class DictEntry(NamedTuple):
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    parent: str = ""


class UserDictError(ValueError):
    pass


KNOWN_CLASSES = set(ENTITY_CLASSES) | set(PARENT_CLASS)


def load_user_dict(path: str | Path) -> list[DictEntry]:
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserDictError(f"{path}: cannot read user dictionary: {exc}") from None
    if path.suffix.lower() == ".json":
        try:
            rows = [(r["name"], r["class"], r.get("aliases", []), r.get("parent", ""))
                    for r in json.loads(raw)]
        except (ValueError, KeyError, TypeError) as exc:
            raise UserDictError(f"{path}: not a list of {{name, class}} objects: {exc}") from None
        lines = [(i + 1, row) for i, row in enumerate(rows)]
    else:
        lines = []
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) < 2:
                raise UserDictError(f"{path}:{n}: expected name<TAB>class, got {line.strip()!r}")
            aliases = [a for a in cells[2].split("|") if a] if len(cells) > 2 else []
            lines.append((n, (cells[0], cells[1], aliases, cells[3] if len(cells) > 3 else "")))
    entries = []
    for n, (name, cls, aliases, parent) in lines:
        if cls not in KNOWN_CLASSES:
            raise UserDictError(f"{path}:{n}: unknown class {cls!r}; use one of "
                                + ", ".join(sorted(KNOWN_CLASSES)))
        if not name:
            raise UserDictError(f"{path}:{n}: empty name")
        entries.append(DictEntry(name, cls, tuple(a.strip() for a in aliases if a.strip()),
                                 parent or ""))
    return entries
