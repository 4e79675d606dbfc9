"""Who issued a document: issuedBy, read from 制定/印发 verbs."""
from __future__ import annotations

from ..model import Entity, Relation, Report, contract_class
from .text import clause_start, issue_verbs


def issued_by(report: Report, owner: dict[tuple[int, int], Entity]) -> list[Relation]:
    """A document after 制定/印发/制发 in its clause is issued by the body named just
    before the verb, or else by the report's own issuer."""
    issuer = _issuer_entity(report)
    rels = []
    for e in report.entities:
        if contract_class(e.type) != "Document":
            continue
        for m in e.mentions:
            lo = clause_start(report.text, m.start)
            before = report.text[lo:m.start]
            verb_at = max((before.rfind(v) for v in issue_verbs()), default=-1)
            if verb_at < 0:
                continue
            body = _agency_before(report, owner, lo, lo + verb_at)
            body = body or issuer
            if body is not None:
                rels.append(Relation(e.key, "issuedBy", body.key, m.sentence))
                break
    return rels


def _issuer_entity(report: Report) -> Entity | None:
    if not report.issuer:
        return None
    for e in report.entities:
        if report.issuer == e.label or report.issuer in e.alt_labels:
            return e
    return None


def _agency_before(report: Report, owner: dict[tuple[int, int], Entity], start: int,
                   verb: int) -> Entity | None:
    """The body that is the subject of the verb: a GovernmentAgency mention ending right
    before it (联合区直八部门印发 keeps the report's issuer; 省教育厅印发 names the body)."""
    for m in report.mentions:
        if start <= m.start and m.end <= verb and verb - m.end <= 1:
            e = owner.get((m.start, m.end))
            if e is not None and contract_class(e.type) == "GovernmentAgency":
                return e
    return None
