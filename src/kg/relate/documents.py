"""Who issued a document: issuedBy, read from 制定/印发 verbs."""
from __future__ import annotations

from ..model import Entity, Mention, Relation, Report, contract_class
from .text import clause_start, issue_verbs


def issued_by(report: Report, owner: dict[tuple[int, int], Entity]) -> list[Relation]:
    """A document right after a body's name (市教委《…》), or after 制定/印发/制发 in its
    clause, is issued by that body, the body that is the verb's subject, or else by the
    report's own issuer."""
    issuer = _issuer_entity(report)
    rels = []
    for e in report.entities:
        if contract_class(e.type) != "Document":
            continue
        for m in e.mentions:
            owner_body = _body_right_before(report, owner, m)
            if owner_body is not None:       # 落实市教委《关于…的通知》
                rels.append(Relation(e.key, "issuedBy", owner_body.key, m.sentence))
                break
            lo = clause_start(report.text, m.start)
            before = report.text[lo:m.start]
            verb_at = max((before.rfind(v) for v in issue_verbs()), default=-1)
            if verb_at < 0:
                continue
            bodies = _subjects_before(report, owner, lo, lo + verb_at) or \
                ([issuer] if issuer is not None else [])
            for body in bodies:
                rels.append(Relation(e.key, "issuedBy", body.key, m.sentence))
            if bodies:
                break
    return rels


def _issuer_entity(report: Report) -> Entity | None:
    if not report.issuer:
        return None
    for e in report.entities:
        if report.issuer == e.label or report.issuer in e.alt_labels:
            return e
    return None


JOINT = ("、", "和", "与", "及")
PARTNERS = ("联合", "会同", "协同")   # 区教育局联合区民宗局印发: issued jointly


def _body_right_before(report: Report, owner: dict[tuple[int, int], Entity],
                       doc: Mention) -> Entity | None:
    """A body named right before a 《title》 is the title's author: 市教委《…通知》."""
    if not report.text.startswith("《", doc.start):
        return None
    for m in report.mentions:
        if m.end == doc.start and (m.start, m.end) in owner \
                and contract_class(owner[(m.start, m.end)].type) == "GovernmentAgency":
            return owner[(m.start, m.end)]
    return None


def _subjects_before(report: Report, owner: dict[tuple[int, int], Entity], start: int,
                     verb: int) -> list[Entity]:
    """The bodies that are the verb's subject: the first body named in the clause and those
    joined to it (区委、区政府印发 and 区教育局联合区民宗局印发 → both; 联合区直八部门印发
    names no body, so the report's own issuer is)."""
    named = sorted((m for m in report.mentions if start <= m.start and m.end <= verb
                    and (m.start, m.end) in owner
                    and contract_class(owner[(m.start, m.end)].type) == "GovernmentAgency"),
                   key=lambda m: (m.start, -m.end))
    named = [m for m in named if not any(o is not m and o.start <= m.start and m.end <= o.end
                                         for o in named)]
    if not named:
        return []
    subjects = [named[0]]
    for m in named[1:]:
        if report.text[subjects[-1].end:m.start] in JOINT + PARTNERS:
            subjects.append(m)
        else:
            break
    return [owner[(m.start, m.end)] for m in subjects]
