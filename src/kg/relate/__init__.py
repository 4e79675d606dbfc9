"""Relations the text states: locatedIn, partOf, affiliatedWith, issuedBy, and what a
figure is about.

Each rule reads only what the report says (a name's place prefix, a title word between
an organisation and a person, a 制定/印发 verb before a document), so relations stay
traceable to the sentence that states them. One module per kind of relation.
"""
from __future__ import annotations

from ..model import Relation, Report
from .about import attach_about
from .documents import issued_by
from .people import affiliated_with
from .places import joined_group, located_in, part_of
from .text import mention_owner


def relate(report: Report) -> Report:
    by_key = {e.key: e for e in report.entities}
    owner = mention_owner(report)
    rels: list[Relation] = []
    rels += located_in(report)
    rels += part_of(report)
    rels += joined_group(report, owner)
    rels += affiliated_with(report, owner)
    rels += issued_by(report, owner)
    seen: set[tuple[str, str, str]] = set()
    report.relations = []
    for rel in rels:
        key = (rel.subject, rel.predicate, rel.object)
        if key in seen or rel.subject == rel.object or rel.subject not in by_key \
                or rel.object not in by_key:
            continue
        seen.add(key)
        report.relations.append(rel)
    report.relations.sort(key=lambda r: (r.subject, r.predicate, r.object))
    attach_about(report, owner)
    return report


__all__ = ["relate", "located_in", "part_of", "joined_group", "affiliated_with", "issued_by",
           "attach_about"]
