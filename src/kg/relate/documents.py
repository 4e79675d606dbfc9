"""Who issued a document: issuedBy, read from 制定/印发 verbs."""
from __future__ import annotations

import re

from ..model import Entity, Mention, Relation, Report, contract_class
from ..spans import SpanIndex
from .text import clause_start, issue_verbs


def issued_by(report: Report, owner: dict[tuple[int, int], Entity]) -> list[Relation]:
    """A document right after a body's name (市教委《…》), or after 制定/印发/制发 in its
    clause, is issued by that body, the body that is the verb's subject, or else by the
    report's own issuer."""
    issuer = issuer_entity(report)
    spans = SpanIndex(report.mentions)
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
            partner = _agreement_partner(report, owner, m, spans)
            if partner is not None:          # 与X教育局签订《…协议》: both parties
                for body in ([issuer] if issuer is not None and issuer is not partner else []) + [partner]:
                    rels.append(Relation(e.key, "issuedBy", body.key, m.sentence))
                break
            partners = _bracketed_partners(report, owner, m)
            if partners and issuer is not None:   # 《…》(与市财政局联合印发): the report's body and its partner
                for body in [issuer] + [b for b in partners if b is not issuer]:
                    rels.append(Relation(e.key, "issuedBy", body.key, m.sentence))
                break
            stated_after = issuers_after(report, owner, m)
            if stated_after:                 # 出台《…》，由A、B联合印发; 《…》（市政府印发）
                for body in stated_after:
                    rels.append(Relation(e.key, "issuedBy", body.key, m.sentence))
                break
            before = report.text[lo:m.start]
            verb_at = max((before.rfind(v) for v in issue_verbs()), default=-1)
            named_as = NAMED_AS.match(report.text, lo)
            if verb_at < 0 and named_as and lo > 0 and report.text[lo - 1] in "，,：:":
                # 我局制发规范性文件9件，主要有《A》《B》: the titles the clause before made
                prev_lo = clause_start(report.text, lo - 1)
                made = report.text[prev_lo:lo]
                verb_prev = max((made.rfind(v) for v in issue_verbs()), default=-1)
                if verb_prev >= 0:
                    lo, verb_at = prev_lo, verb_prev
            if verb_at < 0:
                if not _issued_after(report.text, m.end):
                    continue
                verb_at = len(before)        # 《…办法》正式印发: the verb follows the title
            bodies = _subjects_before(report, owner, lo, lo + verb_at)
            if not bodies and issuer is None:    # a news story signed by no body
                bodies = sentence_subject(report, owner, m, lo)
            if bodies and issuer is not None and issuer not in bodies and \
                    (_partner_lead(report.text, lo, bodies[0], owner, m)
                     or OWN_BODY_JOINS.search(report.text, lo, lo + verb_at)):
                # 与县人社局联合印发 / 市人社局与我局联合制定: the report's body and its partner
                bodies = [issuer] + bodies
            bodies = bodies or ([issuer] if issuer is not None else [])
            for body in bodies:
                rels.append(Relation(e.key, "issuedBy", body.key, m.sentence))
            if bodies:
                break
    rels += _pointed_documents(report, owner, issuer, {r.subject for r in rels})
    return rels


# ，由A、B联合印发 (the clause after the title); （市政府2021年12月印发） (a bracket after it)
BY_CLAUSE = re.compile(r"[，,]由")
BRACKET_AFTER = re.compile(r"[^，。；;《》（）()]{0,4}[（(]")
MAX_STATED_AFTER = 24
STATED_AFTER_END = re.compile(r"[，,。；;）)]")


def _issue_verb_in(text: str, lo: int, hi: int) -> int:
    return min((at for at in (text.find(v, lo, hi) for v in issue_verbs()) if at >= 0), default=-1)


BRACKET_PARTNER = re.compile(r"[（(](?:与|和|会同|联合)")


def _bracketed_partners(report: Report, owner: dict[tuple[int, int], Entity], doc: Mention) -> list[Entity]:
    """《…》(与市财政局联合印发): the bodies a bracket after the title names as the report's
    partners in issuing it."""
    hit = BRACKET_PARTNER.match(report.text, doc.end)
    return _bodies_stated_at(report, owner, hit.end()) if hit else []


def issuers_after(report: Report, owner: dict[tuple[int, int], Entity], doc: Mention) -> list[Entity]:
    """The bodies a title's own clause names after it: 出台《…》，由市教育局、市委编办联合印发
    or 《…》部署（市政府2021年12月印发）. The body opening that clause or bracket is the
    issuer, with those joined to it."""
    text = report.text
    hit = BY_CLAUSE.match(text, doc.end) or BRACKET_AFTER.match(text, doc.end)
    return _bodies_stated_at(report, owner, hit.end()) if hit else []


def _bodies_stated_at(report: Report, owner: dict[tuple[int, int], Entity], lo: int) -> list[Entity]:
    """The bodies a clause or bracket opening at ``lo`` names before its verb of issuing
    (市教育局、市委编办联合印发), or [] where no body opens it or no such verb follows."""
    text = report.text
    hi = min(len(text), lo + MAX_STATED_AFTER)
    stop = STATED_AFTER_END.search(text, lo, hi)
    hi = stop.start() if stop else hi
    verb = _issue_verb_in(text, lo, hi)
    if verb < 0 or not any(m.start == lo and (m.start, m.end) in owner for m in report.mentions):
        return []
    return _subjects_before(report, owner, lo, verb)


def sentence_subject(report: Report, owner: dict[tuple[int, int], Entity], doc: Mention,
                     lo: int) -> list[Entity]:
    """近年来，衢州市教育局深入实施…，先后印发《…》: in a story no body signs, a clause
    without a subject goes on from the body that opens an earlier clause of its sentence
    (where a body signs the report, a clause without a subject is that body's)."""
    if doc.sentence is None:
        return []
    floor, text = report.sentences[doc.sentence].start, report.text
    hi = lo
    while hi > floor:
        start = clause_start(text, hi - 1)
        opening = [m for m in report.mentions if m.start == start and (m.start, m.end) in owner
                   and contract_class(owner[(m.start, m.end)].type) == "GovernmentAgency"]
        if opening:
            return _subjects_before(report, owner, start, hi - 1)
        hi = start
    return []


# 区教育局印发该计划: the verb's object points back at the document named just before
POINTED_DOCUMENT = re.compile(r"(?:印发|制定|制发|出台|发布|编制)(?:了)?(?:该|上述|这一|此)"
                              r"(计划|方案|意见|办法|规划|通知|纲要|条例|细则|文件)")


def _pointed_documents(report: Report, owner: dict[tuple[int, int], Entity], issuer: Entity | None,
                       done: set[str]) -> list[Relation]:
    """A body that 印发该计划 issued the document with that head named in the same or the
    sentence before (大赛是落实《X三年行动计划》的抓手。2023年，区教育局印发该计划): only for
    documents no other sentence gives an issuer."""
    text, rels = report.text, []
    docs = sorted(((m, owner[(m.start, m.end)]) for m in report.mentions
                   if (m.start, m.end) in owner and contract_class(owner[(m.start, m.end)].type) == "Document"),
                  key=lambda p: p[0].start)
    for hit in POINTED_DOCUMENT.finditer(text):
        sent = next((s for s in report.sentences if s.start <= hit.start() < s.end), None)
        if sent is None:
            continue
        floor = report.sentences[sent.index - 1].start if sent.index > 0 else sent.start
        head = hit.group(1)
        named = [(m, e) for m, e in docs if floor <= m.start and m.end <= hit.start()
                 and (head == "文件" or e.label.rstrip("）)").rstrip("0123456789—-年（(").endswith(head)
                      or head in e.label)]
        if not named or named[-1][1].key in done:
            continue
        doc = named[-1][1]
        lo = clause_start(text, hit.start())
        bodies = _subjects_before(report, owner, lo, hit.start()) or ([issuer] if issuer is not None else [])
        for body in bodies:
            rels.append(Relation(doc.key, "issuedBy", body.key, sent.index))
        done.add(doc.key)
    return rels


# After a title: 正式印发, 于3月出台实施, 已修订完成, 相继出台: the title was issued
AFTER_TITLE = re.compile(r"(?:[”》]?(?:等[\d一二三四五六七八九十]*[个份项部件]?(?:文件|制度|方案)?)?)"
                         r"(?:正式|已|已经|先后|相继|陆续|顺利|如期|同步|于[^，。；]{1,8}|经[^，。；]{1,10}后?)*"
                         r"(?:印发|出台|制定|制订|发布|颁布|修订|编制|编印|下发|制发)")


def _issued_after(text: str, end: int) -> bool:
    return bool(AFTER_TITLE.match(text, end))


# a clause that lists what the clause before made: …，主要有《A》《B》
NAMED_AS = re.compile(r"(?:主要有|包括|分别是|分别为|如|其中有)")

# the report's own body joined to the bodies named before it (市委编办、市人社局与我局联合制定)
OWN_BODY = r"(?:我局|本局|我委|我厅)"
OWN_BODY_JOINS = re.compile(rf"(?:与|和|同|会同|联合){OWN_BODY}")


def _partner_lead(text: str, lo: int, first: Entity, owner: dict[tuple[int, int], Entity],
                  doc) -> bool:
    """The clause opens with 与/会同/联合 before the first body named: that body is a
    partner of the report's own (与县人社局联合印发《…》)."""
    starts = [s for (s, e), ent in owner.items() if ent is first and lo <= s < doc.start]
    if not starts:
        return False
    lead = text[lo:min(starts)]
    # (after the item's number: 2.我局联合市财政局印发《…》)
    return bool(re.fullmatch(r"\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)?\s*"
                             r"(?:我局|局|我们|我委|我厅)?(?:与|同|会同|联合|协同|携手)", lead))


# 与厦门市某区教育局签订《…协作协议》: an agreement signed with a named body (not a pledge
# that staff are made to sign: 组织教师签订《承诺书》)
SIGNED_WITH = re.compile(r"(?:与|同|和)$")
SIGN_VERB = re.compile(r"(?:共同|正式|联合)?(?:签订|签署)")


def _agreement_partner(report: Report, owner: dict[tuple[int, int], Entity], doc: Mention,
                       spans: SpanIndex) -> Entity | None:
    text = report.text
    for m in spans.near(max(0, doc.start - 40), doc.start):
        if m.end > doc.start or doc.start - m.end > 6 or (m.start, m.end) not in owner:
            continue
        body = owner[(m.start, m.end)]
        verb = SIGN_VERB.match(text, m.end)
        if contract_class(body.type) == "GovernmentAgency" and verb and verb.end() == doc.start \
                and SIGNED_WITH.search(text, max(0, m.start - 1), m.start):
            return body
    return None


def issuer_entity(report: Report) -> Entity | None:
    """The body that signs the report, as an entity of it (or None)."""
    if not report.issuer:
        return None
    for e in report.entities:
        if report.issuer == e.label or report.issuer in e.alt_labels:
            return e
    return None


JOINT = ("、", "和", "与", "及")
PARTNERS = ("联合", "会同", "协同")   # 区教育局联合区民宗局印发: issued jointly
# 市教育局将联合市委宣传部制定: a partner after a word of time or manner
JOINED_LATER = re.compile(r"(?:将|拟|还|也|已|又|再|共同)(?:联合|会同|协同)")


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
                    and contract_class(owner[(m.start, m.end)].type) in ("GovernmentAgency", "Organization")),
                   key=lambda m: (m.start, -m.end))
    named = [m for m in named if not any(o is not m and o.start <= m.start and m.end <= o.end
                                         for o in named)]
    # a body joined to an agency issues with it (市教育局、市教育工会联合印发), but an
    # association or company alone is not taken for an issuer here
    while named and contract_class(owner[(named[0].start, named[0].end)].type) != "GovernmentAgency":
        named = named[1:]
    if not named:
        return []
    subjects = [named[0]]
    for m in named[1:]:
        if report.text[subjects[-1].end:m.start] in JOINT + PARTNERS or \
                JOINED_LATER.fullmatch(report.text, subjects[-1].end, m.start):
            subjects.append(m)
        else:
            break
    return [owner[(m.start, m.end)] for m in subjects]
