"""A programme written once in full with its quoted name (“强基提质”三年行动) and
elsewhere by the quoted words alone (“强基提质”) is one programme: the bare quotation is
another name of the full one, as annotators and readers take it."""
from __future__ import annotations

import re

from .model import Entity, contract_class

PROGRAMMES = ("Initiative", "Event")
QUOTED_HEAD = re.compile(r"[“\"「]([^”\"」\n]{2,20})[”\"」](?=\S)")


def _quoted_part(e: Entity) -> set[str]:
    """The quoted words that open a mention with more words after them."""
    out = set()
    for m in e.mentions:
        q = QUOTED_HEAD.search(m.text)
        if q and q.end() < len(m.text):
            out.add(q.group(1).strip())
    return out


def _bare(e: Entity) -> bool:
    """Every mention is the quotation alone (“双减”)."""
    return bool(e.mentions) and all(re.fullmatch(r"[“\"「][^”\"」]+[”\"」]", m.text) for m in e.mentions)


def join_bare_quotes(entities: list[Entity]) -> list[Entity]:
    """Fold a bare quoted programme into the one full programme its words open; two or
    more full ones (“县中振兴”行动, “县中振兴”计划) leave it alone."""
    full: dict[str, list[Entity]] = {}
    for e in entities:
        if contract_class(e.type) in PROGRAMMES:
            for q in _quoted_part(e):
                full.setdefault(q, []).append(e)
    out = []
    for e in entities:
        owners = [h for h in full.get(e.label, ()) if h is not e]
        if contract_class(e.type) in PROGRAMMES and len(owners) == 1 and _bare(e):
            h = owners[0]
            h.mentions = sorted(h.mentions + e.mentions, key=lambda m: (m.start, m.end))
            h.alt_labels |= ({e.label} | e.alt_labels) - {h.label}
            continue
        out.append(e)
    return out
