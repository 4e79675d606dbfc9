"""Choosing between candidates: one per span, the better of two crossing spans, and
no body counted again inside a longer body's name."""
from __future__ import annotations

from ...model import contract_class
from ...spans import SpanIndex
from .doc import Candidate, WordedText, words_between
from .lexicon import dictionary_tag


def select_mentions(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per span; of two crossing spans, the better one."""
    best: dict[tuple[int, int], Candidate] = {}
    for c in cands:
        if c.end <= c.start or not c.name:
            continue
        key = (c.start, c.end)
        if key not in best or c.priority < best[key].priority:
            best[key] = c
    chosen = sorted(best.values(), key=lambda c: (c.priority, -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    index: SpanIndex[Candidate] = SpanIndex()
    for c in chosen:
        if any(k.start < c.start < k.end < c.end or c.start < k.start < c.end < k.end
               for k in index.near(c.start, c.end)):
            continue
        kept.append(c)
        index.add(c)
    return kept


def standalone(extra: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """Only where no other name covers or crosses them (中考 inside 中考百日攻坚行动 is not
    a mention of 中考)."""
    index = SpanIndex(kept)
    return [c for c in extra
            if not any(k.start < c.end and c.start < k.end for k in index.near(c.start, c.end))]


def drop_nested_bodies(cands: list[Candidate]) -> list[Candidate]:
    """区委 inside 区委人才办, 市委 inside 市委教育工委: a body named only as the prefix of
    another body's name is not mentioned on its own there."""
    bodies = [c for c in cands if c.type in ("GovernmentAgency", "PartyBody") and c.source != "user-dict"]
    index = SpanIndex(bodies)
    out = []
    for c in cands:
        if c.type in ("GovernmentAgency", "PartyBody") and c.source != "user-dict" and any(
                o is not c and o.start <= c.start and c.end <= o.end and
                (o.start, o.end) != (c.start, c.end) for o in index.near(c.start, c.end)):
            continue
        out.append(c)
    return out


INSTITUTIONS = ("School", "University")


def drop_inside_institutions(cands: list[Candidate]) -> list[Candidate]:
    """河北科技工程|职业技术大学: a programme's or event's head word inside a school's name,
    the name running on past it, is part of that name, not a programme."""
    inst = SpanIndex(c for c in cands if contract_class(c.type) in INSTITUTIONS)
    return [c for c in cands
            if not (c.type in ("Initiative", "Event") and c.source == "headed" and
                    any(k.start <= c.start and c.end < k.end for k in inst.near(c.start, c.end)))]


def drop_inside_quoted_organizations(cands: list[Candidate]) -> list[Candidate]:
    """“南师—常州基础教育协同创新中心”: the organisation is the whole quotation; a shorter
    name found inside it (常州基础教育协同创新中心) is not mentioned on its own."""
    quoted = SpanIndex(c for c in cands if c.source == "quote-organization")
    if not len(quoted):
        return cands
    return [c for c in cands
            if c.type == "Place" or c.source == "quote-organization" or not any(
                q.start <= c.start and c.end <= q.end for q in quoted.near(c.start, c.end))]


def strip_lead_verb(doc: WordedText, cands: list[Candidate]) -> list[Candidate]:
    """持续提升|营养改善计划: a verb glued to the front of a programme the report names
    elsewhere without it is not part of the name."""
    names = [c.name for c in cands if c.type == "Initiative"]
    by_tail: dict[str, list[str]] = {}   # names by their endings of 4 characters or more
    for n in names:
        for k in range(len(n) - 3):
            by_tail.setdefault(n[k:], []).append(n)
    out = []
    for c in cands:
        if c.type == "Initiative" and c.source == "headed":
            words = words_between(doc, c.start, c.end)
            if len(words) >= 2 and dictionary_tag(words[0]) in ("v", "vn"):
                rest = c.name[len(words[0]):] if c.name.startswith(words[0]) else ""
                if len(rest) >= 4 and any(n != c.name and n.endswith(rest) and
                                          not n.endswith(words[0] + rest)
                                          for n in by_tail.get(rest, ())):
                    c = Candidate(c.start + len(words[0]), c.end, c.type, rest, c.priority, c.source)
        out.append(c)
    return out
