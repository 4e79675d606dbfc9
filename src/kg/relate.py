"""Relations the text states: locatedIn, partOf, affiliatedWith, issuedBy, and what a
figure is about.

Each rule reads only what the report says (a name's place prefix, a title word between
an organisation and a person, a 制定/印发 verb before a document), so relations stay
traceable to the sentence that states them.
"""
from __future__ import annotations

import re
from functools import cache

from .data import load_words
from .model import Entity, Figure, Mention, Relation, Report, contract_class

CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：:\n]")
ORG_CLASSES = {"University", "School", "GovernmentAgency", "Organization"}


@cache
def _title_words() -> tuple[str, ...]:
    return tuple(sorted(load_words("person_titles.txt"), key=len, reverse=True))


@cache
def _issue_verbs() -> tuple[str, ...]:
    return tuple(load_words("issue_verbs.txt"))


@cache
def _member_suffixes() -> tuple[str, ...]:
    return tuple(sorted(load_words("member_suffixes.txt"), key=len, reverse=True))


def relate(report: Report) -> Report:
    by_key = {e.key: e for e in report.entities}
    owner = _mention_owner(report)
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


def _mention_owner(report: Report) -> dict[tuple[int, int], Entity]:
    """(start, end) of each mention → the entity it was resolved into."""
    owner: dict[tuple[int, int], Entity] = {}
    for e in report.entities:
        for m in e.mentions:
            owner[(m.start, m.end)] = e
    return owner


def _places(report: Report) -> list[Entity]:
    return [e for e in report.entities if contract_class(e.type) == "Place"]


def _names(e: Entity) -> list[str]:
    return sorted({e.label, *e.alt_labels}, key=len, reverse=True)


def located_in(report: Report) -> list[Relation]:
    """A school, body or organisation whose name starts with a place lies in the innermost
    such place; a place lies in its parent division where the text writes them together."""
    places = _places(report)
    rels: list[Relation] = []
    for e in report.entities:
        cls = contract_class(e.type)
        if cls in ("School", "GovernmentAgency", "Organization"):
            inner = _innermost_prefix_place(e.label, places)
            if inner is not None:
                rels.append(Relation(e.key, "locatedIn", inner.key, _first_sentence(e)))
        elif cls == "Place":
            # Only where the text writes the two together (福州市仓山区): the report
            # then states the nesting, it is not only our gazetteer's knowledge.
            parents = _parent_place_names(e.label, report.region_path)
            for parent in places:
                if parent is e or parent.label + e.label not in report.text:
                    continue
                # a division must be the gazetteer's child of it; a town (not in the
                # gazetteer) lies in the division written right before it (平和县坂仔镇)
                if parent.label in parents[-1:] or (not parents and _is_town(e.label)):
                    rels.append(Relation(e.key, "locatedIn", parent.key, None))
    return rels


def _parent_place_names(label: str, region_path: tuple[str, ...]) -> list[str]:
    """Enclosing divisions of a place, outermost first (仓山区 → [福建省, 福州市])."""
    from . import gazetteer

    return [p for p in gazetteer.parent_names(label, region_path)]


TOWN_SUFFIXES = ("镇", "乡", "街道")


def _is_town(label: str) -> bool:
    return label.endswith(TOWN_SUFFIXES)


def _innermost_prefix_place(label: str, places: list[Entity]) -> Entity | None:
    """Walk the name's prefix through place names: 福州市仓山区教育局 → 仓山区."""
    found, pos, progressed = None, 0, True
    while progressed:
        progressed = False
        for p in sorted(places, key=lambda p: -len(p.label)):
            name = p.label   # the full name: 天河中学 need not lie in 天河区
            if len(name) >= 2 and label.startswith(name, pos) and len(label) > pos + len(name):
                found, pos, progressed = p, pos + len(name), True
                break
    return found


def part_of(report: Report) -> list[Relation]:
    """A campus, branch or attached school is part of the school whose name it extends
    (X东校区, X附属幼儿园, X分校). A group named after a school (天河中学教育集团) does
    not by itself say the school is a member, so that is left to the text."""
    schools = [e for e in report.entities if contract_class(e.type) == "School"]
    rels = []
    for e in schools:
        for other in schools:
            if other is e:
                continue
            if e.label.startswith(other.label):
                rest = e.label[len(other.label):]
                if _is_member_tail(rest) or (other.type == "EducationGroup" and len(rest) >= 2):
                    rels.append(Relation(e.key, "partOf", other.key, _first_sentence(e)))
    # Keep only the closest whole: 集团附属幼儿园 is part of the group, not of the
    # school inside the group's name.
    best: dict[str, Relation] = {}
    label = {s.key: s.label for s in schools}
    for r in rels:
        if r.subject not in best or len(label[r.object]) > len(label[best[r.subject].object]):
            best[r.subject] = r
    return list(best.values())


MAX_CAMPUS_QUALIFIER = 6   # 东圃校区, 天河东校区, 南湖分校


def _is_member_tail(rest: str) -> bool:
    for suffix in _member_suffixes():
        if rest.startswith(suffix):
            return True
        if rest.endswith(suffix) and len(rest) - len(suffix) <= MAX_CAMPUS_QUALIFIER \
                and suffix in ("校区", "分校", "分园", "分部", "园区"):
            return True
    return False


@cache
def _member_words() -> tuple[str, ...]:
    return tuple(load_words("member_words.txt"))


def joined_group(report: Report, owner: dict[tuple[int, int], Entity]) -> list[Relation]:
    """X教育集团吸纳Y为成员校, Y加入X教育集团: a school named with a group in a clause
    that says it joined is part of the group."""
    rels = []
    text = report.text
    groups = [m for m in report.mentions if (m.start, m.end) in owner
              and owner[(m.start, m.end)].type == "EducationGroup"]
    for g in groups:
        lo, hi = _clause_start(text, g.start), _clause_end(text, g.end)
        if not any(w in text[lo:hi] for w in _member_words()):
            continue
        group = owner[(g.start, g.end)]
        for m in _outermost([m for m in report.mentions if lo <= m.start and m.end <= hi
                             and (m.start, m.end) in owner]):
            e = owner[(m.start, m.end)]
            if e is not group and contract_class(e.type) == "School" \
                    and e.type != "EducationGroup" and not (g.start <= m.start and m.end <= g.end):
                rels.append(Relation(e.key, "partOf", group.key, m.sentence))
    return rels


def affiliated_with(report: Report, owner: dict[tuple[int, int], Entity]) -> list[Relation]:
    """ORG + title words + PERSON (师大教授朱以撒, 区教育局党委书记、局长王海峰), or
    ORG + sub-unit + PERSON + title (南师大教育科学学院周立群教授)."""
    rels = []
    mentions = _outermost(sorted((m for m in report.mentions if (m.start, m.end) in owner),
                                 key=lambda m: (m.start, -m.end)))
    for m in mentions:
        person = owner[(m.start, m.end)]
        if contract_class(person.type) != "Person":
            continue
        earlier = [p for p in mentions if p.end <= m.start]
        if not earlier:
            continue
        prev = max(earlier, key=lambda p: p.end)   # the name just before, however nested
        gap = report.text[prev.end:m.start]
        org = owner[(prev.start, prev.end)]
        if contract_class(org.type) not in ORG_CLASSES:
            continue
        titled_after = any(report.text.startswith(t, m.end) for t in _title_words())
        if _only_titles(gap) or (titled_after and (not gap or SUB_UNIT.fullmatch(gap))):
            org = _institution_of_party_body(org, report.entities)
            rels.append(Relation(person.key, "affiliatedWith", org.key, m.sentence))
    return rels


PARTY_TAILS = ("党委", "党组", "党总支", "党支部", "党工委")


def _institution_of_party_body(org: Entity, entities: list[Entity]) -> Entity:
    """区教育局党委书记、局长王海峰 works for 区教育局: a Party committee inside a named
    institution stands for the institution."""
    for tail in PARTY_TAILS:
        for name in _names(org):
            if name.endswith(tail) and len(name) > len(tail):
                host = name[:-len(tail)]
                for e in entities:
                    if e is not org and host in _names(e) and \
                            contract_class(e.type) in ("GovernmentAgency", "School", "University"):
                        return e
    return org


# A department inside an organisation, named between it and a person: 教育科学学院, 数学系.
SUB_UNIT = re.compile(r"[\u4e00-\u9fff]{1,10}(?:学院|学部|系|研究院|研究所|研究中心|中心|教研室|办公室)")


def _only_titles(gap: str) -> bool:
    if not gap or len(gap) > 12:
        return False
    rest = gap
    while rest:
        if rest[0] in "、兼和及":    # 党委书记、局长
            rest = rest[1:]
            continue
        for t in _title_words():
            if rest.startswith(t):
                rest = rest[len(t):]
                break
        else:
            return False
    return True


def issued_by(report: Report, owner: dict[tuple[int, int], Entity]) -> list[Relation]:
    """A document after 制定/印发/制发 in its clause is issued by the body named just
    before the verb, or else by the report's own issuer."""
    issuer = _issuer_entity(report)
    rels = []
    for e in report.entities:
        if contract_class(e.type) != "Document":
            continue
        for m in e.mentions:
            clause_start = _clause_start(report.text, m.start)
            before = report.text[clause_start:m.start]
            verb_at = max((before.rfind(v) for v in _issue_verbs()), default=-1)
            if verb_at < 0:
                continue
            body = _agency_before(report, owner, clause_start, clause_start + verb_at)
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


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and not CLAUSE_BREAK.match(text[i - 1]):
        i -= 1
    return i


def _clause_end(text: str, pos: int) -> int:
    i = pos
    while i < len(text) and not CLAUSE_BREAK.match(text[i]):
        i += 1
    return i


def _first_sentence(e: Entity) -> int | None:
    sents = [m.sentence for m in e.mentions if m.sentence is not None]
    return min(sents) if sents else None


ABOUT_CLASSES = {"School", "University", "Organization", "Initiative", "Event", "Document",
                 "Person"}
TOPIC_CLASSES = {"Initiative", "Event"}
SUBJECT_CLASSES = {"School", "University", "Organization"}
# What may stand before a sentence's subject: nothing, or a word saying whose it is.
SUBJECT_LEADS = {"", "区属", "市属", "县属", "省属", "我区", "我县", "我市", "全区", "全县", "全市"}
LIST_MARKS = set("、和及与等,，")
LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.．、]|[（(][\d一二三四五六七八九十]{1,3}[）)])")
MAX_AFTER_GAP = 12
SHORT_CLAUSE = 12   # a follow-up clause this short continues the previous one's subject


def attach_about(report: Report, owner: dict[tuple[int, int], Entity]) -> None:
    """What each figure describes, read the way the reports write it. Rules, first match wins:

    1. ``N人的X``: the figure is X's own count (5715人的会考);
    2. the nearest name before it in its clause (四十中本科上线率达73.3%), unless the
       figure counts a list that name is in (A、B等3所) or the name is the activity being
       counted (开展送教下乡活动38场次);
    3. a sentence framed ``在X中，…`` is about the competition or event X (在…大赛中，
       我县获二等奖1项), where the clause names no school of its own;
    4. a name shortly after it in its clause (29位书记参加第六期…示范班);
    5. a short follow-up clause keeps the previous figure's subject (团体2个);
    6. the programme or event an earlier clause introduced (组织“千师进万户”家访活动，
       5688名教师全员入户家访), when the figure's clause names nothing of its own;
    7. the school or organisation the sentence, or its section, opens with.
    """
    ctx = _AboutContext(report, owner)
    previous: Figure | None = None
    for fig in sorted(report.figures, key=lambda f: f.start):
        if fig.sentence is not None:
            fig.about = _about_of(fig, ctx, previous)
        previous = fig


class _AboutContext:
    """What the about rules look up, computed once per report."""

    def __init__(self, report: Report, owner: dict[tuple[int, int], Entity]) -> None:
        self.report, self.owner, self.text = report, owner, report.text
        self.named: dict[int, list[Mention]] = {}     # every resolved mention, by sentence
        self.cands: dict[int, list[Mention]] = {}     # those a figure can be about
        for m in sorted(report.mentions, key=lambda m: m.start):
            if (m.start, m.end) in owner and m.sentence is not None:
                self.named.setdefault(m.sentence, []).append(m)
        for sent, ms in self.named.items():
            self.cands[sent] = _outermost([m for m in ms if self.cls(m) in ABOUT_CLASSES])
        self.subjects = _sentence_subjects(report, owner)
        self.section_topics = _section_topics(report, self.subjects)
        self.frames = _event_frames(report, self)
        self.figure_spans = [(f.start, f.end) for f in report.figures]

    def cls(self, m: Mention) -> str:
        return contract_class(self.owner[(m.start, m.end)].type)

    def key(self, m: Mention) -> str:
        return self.owner[(m.start, m.end)].key


def _about_of(fig: Figure, ctx: _AboutContext, previous: Figure | None) -> str | None:
    text, sent_index = ctx.text, fig.sentence
    sent = ctx.report.sentences[sent_index]
    cands = ctx.cands.get(sent_index, [])
    lo, hi = _clause_start(text, fig.start), _clause_end(text, fig.end)
    before = [m for m in cands if lo <= m.start and m.end <= fig.start]
    after = [m for m in cands if fig.end <= m.start and m.end <= hi
             and m.start - fig.end <= MAX_AFTER_GAP]
    owned = [m for m in after if text[fig.end:m.start] == "的"]
    if owned:
        return ctx.key(owned[0])
    if before:
        near = max(before, key=lambda m: m.end)
        if not (_listed(text, near, fig) or _counts_a_list(before, fig, ctx.owner)
                or _figure_between(ctx.figure_spans, near.end, fig.start, text)
                or _counted_activity(text, near, fig, ctx)):
            return ctx.key(near)
    if sent_index in ctx.frames and ctx.frames[sent_index][0] <= fig.start:
        return ctx.frames[sent_index][1]
    if after:
        return ctx.key(min(after, key=lambda m: m.start))
    if not before and previous is not None and previous.about \
            and previous.sentence == sent_index and hi - lo <= SHORT_CLAUSE \
            and _previous_clause(text, previous, lo):
        return previous.about
    own_names = [m for m in ctx.named.get(sent_index, []) if lo <= m.start and m.end <= fig.start]
    if not before and not own_names:
        topic = _topic_of_earlier_clause(text, sent.start, lo, cands, ctx.owner)
        if topic is not None:
            return ctx.key(topic)
    if sent_index in ctx.subjects and _subject_carries(text, sent.start, fig, cands):
        return ctx.subjects[sent_index].key
    if not cands and sent.section is not None:
        topic = ctx.section_topics.get(sent.section)
        if topic is not None and topic[0] < sent_index:   # only after the section opens so
            return topic[1].key
    return None


FRAME = re.compile(r"在([^，,；;。]{2,60})中[，,]?")


def _event_frames(report: Report, ctx: _AboutContext) -> dict[int, tuple[int, str]]:
    """Sentences that open ``在<event>中`` (在2023年市职业院校技能大赛中，…): from the frame's
    end on, the sentence's figures are about that event."""
    frames = {}
    for sent in report.sentences:
        m = FRAME.match(report.text, sent.start, sent.end)
        if not m:
            continue
        inside = [x for x in ctx.named.get(sent.index, [])
                  if m.start(1) <= x.start and x.end <= m.end(1) and ctx.cls(x) == "Event"]
        if inside:
            frames[sent.index] = (m.end(), ctx.key(_outermost(inside)[0]))
    return frames


ACTIVITY_VERBS = ("开展", "组织", "举办", "举行", "召开")


def _counted_activity(text: str, mention: Mention, fig: Figure, ctx: _AboutContext) -> bool:
    """开展送教下乡活动38场次: the programme is what is counted, not what it is about."""
    if text[mention.end:fig.start] or ctx.cls(mention) not in TOPIC_CLASSES:
        return False
    lead = text[max(0, mention.start - 4):mention.start]
    return any(lead.endswith(v) for v in ACTIVITY_VERBS)


def _previous_clause(text: str, previous: Figure, clause_start: int) -> bool:
    """The earlier figure stands in the clause just before (joined by ， not ；)."""
    if previous.end > clause_start:
        return True
    between = text[previous.end:clause_start]
    return not any(ch in "；;。" for ch in between) and \
        sum(1 for ch in between if CLAUSE_BREAK.match(ch)) <= 1


@cache
def _topic_verbs() -> tuple[str, ...]:
    return tuple(load_words("topic_verbs.txt"))


def _topic_of_earlier_clause(text: str, floor: int, pos: int, cands: list[Mention],
                             owner: dict[tuple[int, int], Entity]) -> Mention | None:
    """Walk back up to two clauses (not past a ；): the first clause that names something
    decides; it must open with 组织/开展/… and end on a programme or event."""
    hi = pos
    for _ in range(2):
        while hi > floor and CLAUSE_BREAK.match(text[hi - 1]):
            if text[hi - 1] in "；;":
                return None
            hi -= 1
        if hi <= floor:
            return None
        lo = _clause_start(text, hi)
        lo = max(lo, floor)
        inside = [m for m in cands if lo <= m.start and m.end <= hi]
        if inside:
            last = max(inside, key=lambda m: m.end)
            opening = text[lo:lo + 6]
            tail = text[last.end:hi]
            if len(tail) <= 4 and contract_class(owner[(last.start, last.end)].type) in TOPIC_CLASSES \
                    and any(v in opening for v in _topic_verbs()) \
                    and not tail.startswith("等"):
                return last
            return None
        hi = lo
    return None


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop names nested inside a longer name (仓山区 inside 仓山区实验幼儿园)."""
    return [m for m in mentions
            if not any(o is not m and o.start <= m.start and m.end <= o.end
                       and (o.end - o.start) > (m.end - m.start) for o in mentions)]


def _listed(text: str, mention: Mention, fig: Figure) -> bool:
    """The name is one of a list that the figure counts: A、B、C（等）3个项目."""
    gap = text[mention.end:fig.start]
    prev = text[mention.start - 1] if mention.start > 0 else ""
    return (gap == "" and prev in "、和及与") or (len(gap) <= 8 and gap.endswith("等")) \
        or gap.startswith("等")


COUNT_UNITS = {"个", "所", "项", "家", "支", "座"}


def _counts_a_list(before: list[Mention], fig: Figure,
                   owner: dict[tuple[int, int], Entity]) -> bool:
    """A和B改扩建2个项目: a count after two or more names of one class counts them."""
    if fig.unit not in COUNT_UNITS or len(before) < 2:
        return False
    classes = [contract_class(owner[(m.start, m.end)].type) for m in before]
    return classes.count(classes[-1]) >= 2


def _figure_between(spans: list[tuple[int, int]], lo: int, hi: int, text: str) -> bool:
    """Another figure stands between the name and this one, not joined to it by 、."""
    inner = [(s, e) for s, e in spans if lo <= s and e <= hi]
    if not inner:
        return False
    last_end = max(e for _, e in inner)
    tail = text[last_end:hi]
    return not (tail.startswith("、") or tail.startswith("和") or "、" in tail[:8])


def _subject_carries(text: str, sent_start: int, fig: Figure, cands: list[Mention]) -> bool:
    """The sentence's subject carries over ；-joined clauses until one names something
    else (A校建成，新增学位1620个；B园、C园等4所竣工，新增学位720个 → 720个 is not A's)."""
    cut = max(text.rfind("；", sent_start, fig.start), text.rfind(";", sent_start, fig.start))
    if cut < 0:
        return True
    return not any(cut < m.start and m.end <= fig.start for m in cands)


def _sentence_subjects(report: Report, owner: dict[tuple[int, int], Entity]) -> dict[int, Entity]:
    """A sentence that opens with a school or organisation (区属环保职专根据…) is about it."""
    subjects: dict[int, Entity] = {}
    for m in report.mentions:
        e = owner.get((m.start, m.end))
        if e is None or m.sentence is None or m.sentence in subjects:
            continue
        sent = report.sentences[m.sentence]
        lead = LIST_NUMBER.sub("", report.text[sent.start:m.start])
        follow = report.text[m.end:m.end + 1]
        if lead in SUBJECT_LEADS and follow not in LIST_MARKS \
                and contract_class(e.type) in SUBJECT_CLASSES:
            subjects[m.sentence] = e
    return subjects


def _section_topics(report: Report, subjects: dict[int, Entity]
                    ) -> dict[int, tuple[int, Entity]]:
    """A section whose first body sentence opens with a school or organisation is about it."""
    first_body: dict[int, int] = {}
    for sent in report.sentences:
        if sent.section is not None and sent.start != report.sections[sent.section].start:
            first_body.setdefault(sent.section, sent.index)
    return {section: (index, subjects[index]) for section, index in first_body.items()
            if index in subjects}


__all__ = ["relate", "located_in", "part_of", "affiliated_with", "issued_by", "attach_about"]
