"""A district written before a name that begins with its city (沙河口区大连市第七十九中学,
某区某市某区实验小学): reports list projects by district, and the district is where the
name stands, not part of it. The name starts at the higher place."""
from __future__ import annotations

from dataclasses import replace

from ... import gazetteer
from ...model import contract_class
from .doc import Candidate

INSTITUTIONS = ("School", "University", "GovernmentAgency", "Organization")


def _lead_place(name: str, pos: int) -> tuple[int, int] | None:
    """(length, highest level rank) of the full division name at name[pos:], else None."""
    for n in range(min(10, len(name) - pos), 1, -1):
        piece = name[pos:pos + n]
        if gazetteer.is_full_name(piece):
            ranks = [gazetteer.LEVEL_RANK[d.level] for d in gazetteer.lookup(piece) if d.name == piece]
            if ranks:
                return n, min(ranks)
    return None


def higher_place_start(name: str) -> int:
    """Where the name starts once a lower place written before a higher one is dropped
    (0 when the places run from higher to lower, as names write them)."""
    first = _lead_place(name, 0)
    if first is None or first[0] >= len(name):
        return 0
    second = _lead_place(name, first[0])
    if second is None or first[0] + second[0] >= len(name):
        return 0
    return first[0] if second[1] < first[1] else 0


def drop_lower_lead_places(cands: list[Candidate]) -> list[Candidate]:
    """Institutions' names without a lower place written before their higher one."""
    out = []
    for c in cands:
        cut = higher_place_start(c.name) if contract_class(c.type) in INSTITUTIONS else 0
        if cut and c.end - c.start == len(c.name):
            c = replace(c, start=c.start + cut, name=c.name[cut:])
        out.append(c)
    return out
