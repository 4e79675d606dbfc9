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
    except UnicodeDecodeError as exc:
        raise UserDictError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise UserDictError(f"{path}: cannot read user dictionary "
                            f"({exc.strerror or exc})") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise UserDictError(f"{path}: not JSON ({exc})") from None
        if not isinstance(data, list):
            raise UserDictError(f"{path}: expected a list of {{name, class}} objects")
        lines = []
        for i, r in enumerate(data):
            where = f"{path}: entry {i + 1}"
            if not isinstance(r, dict) or "name" not in r or "class" not in r:
                raise UserDictError(f"{where}: expected an object with name and class")
            aliases = r.get("aliases", [])
            if isinstance(aliases, str):
                aliases = [a for a in aliases.split("|") if a]
            for key, value in (("name", r["name"]), ("class", r["class"]),
                               ("parent", r.get("parent", "") or "")):
                if not isinstance(value, str):
                    raise UserDictError(f"{where}: {key} must be a string")
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise UserDictError(f"{where}: aliases must be a list of strings")
            lines.append((i + 1, (r["name"], r["class"], aliases, r.get("parent", "") or "")))
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
