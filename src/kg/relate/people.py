"""Who works where: affiliatedWith, read from title words next to a name."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..data import longest_first
from ..model import Entity, Relation, Report, contract_class
from .documents import issuer_entity
from .faculties import faculty_universities
from .text import clause_start, names_of, outermost, title_words


ORG_CLASSES = {"University", "School", "GovernmentAgency", "Organization"}


def people_mentioned(owner: dict[tuple[int, int], Entity], mentions: list):
    """(mention, person) for each mention that names a Person: every affiliation rule
    starts from the people a report names."""
    for m in mentions:
        person = owner[(m.start, m.end)]
        if contract_class(person.type) == "Person":
            yield m, person


def affiliated_with(report: Report, owner: dict[tuple[int, int], Entity]) -> list[Relation]:
    """ORG + title words + PERSON (师大教授朱以撒, 区教育局党委书记、局长王海峰), or
    ORG + sub-unit + PERSON + title (南师大教育科学学院周立群教授)."""
    rels = []
    mentions = outermost(sorted((m for m in report.mentions if (m.start, m.end) in owner),
                                 key=lambda m: (m.start, -m.end)))
    by_end = sorted(range(len(mentions)), key=lambda i: (mentions[i].end, i))
    ends = [mentions[i].end for i in by_end]
    for m, person in people_mentioned(owner, mentions):
        last = bisect_right(ends, m.start)   # names that end before this one starts
        if not last:
            continue
        # the name just before, however nested (of those ending there, the first listed)
        prev = mentions[by_end[bisect_left(ends, ends[last - 1])]]
        gap = report.text[prev.end:m.start]
        org = owner[(prev.start, prev.end)]
        if contract_class(org.type) not in ORG_CLASSES:
            continue
        titled_after = any(report.text.startswith(t, m.end) for t in title_words())
        # 指导教师：某区教研室 张某: a results list puts only a space between a coach's
        # office and the coach (a school and a name so are a pupil's, left unlinked)
        spaced = gap != "" and gap.strip(" \u3000") == "" and contract_class(org.type) != "School"
        if _only_titles(gap) or spaced or (titled_after and (not gap or SUB_UNIT.fullmatch(gap))):
            org = _institution_of_party_body(org, report.entities)
            rels.append(Relation(person.key, "affiliatedWith", org.key, m.sentence))
            first = earlier_post(report, owner, mentions, ends, by_end, prev)
            if first is not None:
                rels.append(Relation(person.key, "affiliatedWith", first.key, m.sentence))
    rels += _bracketed_posts(report, owner, mentions)
    rels += own_bureau_posts(report, owner, mentions)
    rels += _coming_from(report, owner, mentions)
    rels += _back_references(report, owner, mentions)
    rels += _named_studios(report)
    rels += _reporters(report, owner, mentions)
    rels += _own_bureau(report, owner, mentions)
    rels = _faculties_to_universities(report, rels)
    by_key = {e.key: e for e in report.entities}
    return [r for r in rels if not _pupil_or_coach(r, report)
            and not _school_link_without_post(r, report, by_key)]


# 校长, 园长, 党委书记; 教师, 班主任, 教练: the posts a school's own staff are written with
SCHOOL_POST = re.compile(r"(?:校长|园长|书记|教师|老师|教练|辅导员|教研组长|班主任)")
CLAUSE_MARKS = re.compile(r"[，,；;。：:、]")


def school_link_mentions(rel: Relation, by_key: dict[str, Entity]) -> list | None:
    """The person's mentions in the sentence that links them to a school (not a group),
    where what is written around them decides the link; None for any other link."""
    org, person = by_key.get(rel.object), by_key.get(rel.subject)
    if org is None or person is None or contract_class(org.type) != "School" \
            or org.type == "EducationGroup" or rel.sentence is None:
        return None
    return [m for m in person.mentions if m.sentence == rel.sentence]


def _school_link_without_post(rel: Relation, report: Report, by_key: dict[str, Entity]) -> bool:
    """某中学学生张三, 某小学的李四获一等奖: the guidelines give affiliatedWith a range of
    University, Organization and GovernmentAgency; annotators keep a school only for its
    staff written with their post (某中学校长王五, 某小学教师赵六, 孙七（某中学教师）), as the
    older annotations do. A group (集团总校长) is kept whatever the post."""
    mentions = school_link_mentions(rel, by_key)
    if mentions is None:
        return False
    text, sent = report.text, report.sentences[rel.sentence]
    for m in mentions:
        lead = CLAUSE_MARKS.split(text[max(sent.start, m.start - 12):m.start])[-1]
        bracket = BRACKET_POST.match(text, m.end)
        if SCHOOL_POST.search(lead + (bracket.group(1) if bracket else "")):
            return False
    return True


def _faculties_to_universities(report: Report, rels: list[Relation]) -> list[Relation]:
    """江苏师范大学教育科学学院教授王某 works at the faculty and at the university whose
    name opens the faculty's: reports and annotators name either as a professor's unit
    (哪个单位的教授, 哪所大学的教授), so the person is linked to both."""
    universities = faculty_universities(report)
    out = []
    for r in rels:
        out.append(r)
        uni = universities.get(r.object) if r.predicate == "affiliatedWith" else None
        if uni is not None:
            out.append(Relation(r.subject, "affiliatedWith", uni.key, r.sentence))
    return out


# 指导教师：某某, 指导老师 某某: the coach named in a list of winners
COACH = re.compile(r"指导(?:教师|老师)")


def _pupil_or_coach(rel: Relation, report: Report) -> bool:
    """A pupil written with a grade (某中学高二学生张三, 某小学四年级学生李四), a contestant
    or team member (某校的选手张三, 某队队员李四) or a winner's
    coach (指导教师王五, 张三（某中学，指导教师：王五）) is no affiliation of the school: the
    guidelines give affiliatedWith a range of University, Organization and GovernmentAgency,
    and annotators leave prize lists' pupils and coaches unlinked. A school's head or teacher
    written with a post of their own keeps the school, as the older annotations do."""
    by_key = {e.key: e for e in report.entities if e.key in (rel.subject, rel.object)}
    mentions = school_link_mentions(rel, by_key)
    if mentions is None:
        return False
    text, sent = report.text, report.sentences[rel.sentence]
    for m in mentions:
        lead = text[max(sent.start, m.start - 8):m.start]
        if GRADE.search(lead) or COACH.search(lead) or PLAYER.search(lead):
            return True
        # 她的指导教师、某小学语文教研组长孔某介绍: the coach word opens the name's clause
        clause = text[max(sent.start, m.start - 30):m.start]
        if COACH.search(re.split(r"[，,；;。：:]", clause)[-1]):
            return True
        bracket = BRACKET_POST.match(text, m.end)
        if bracket and COACH.search(bracket.group(1)):
            return True             # 张三（某中学，指导教师：王五）: a winner and the school
    return False


# 局党组书记、局长某某, 委主任某某: the report's own body written by its last character
OWN_BODY_LEADS = ("局", "委", "厅")


def _own_bureau(report: Report, owner: dict[tuple[int, int], Entity], mentions: list) -> list[Relation]:
    """；局党组书记、局长田某带头讲党课: in the body's own report, 局 (委, 厅) opening a
    clause before the titles and the name is the signing body."""
    issuer = report.issuer
    if not issuer or not issuer.endswith(OWN_BODY_LEADS):
        return []
    body = next((e for e in report.entities if issuer in names_of(e)
                 and contract_class(e.type) == "GovernmentAgency"), None)
    if body is None:
        return []
    rels = []
    text = report.text
    for m, person in people_mentioned(owner, mentions):
        cs = m.start
        while cs > 0 and text[cs - 1] not in "，,；;。：:！？\n“”（）()":
            cs -= 1
        lead = text[cs:m.start]
        if lead[:1] == issuer[-1] and _only_titles(lead[1:]):
            rels.append(Relation(person.key, "affiliatedWith", body.key, m.sentence))
    return rels


# 局党组书记、局长X; 我局副局长X: a post in the bureau that signs the report
OWN_BUREAU = re.compile(r"(?:我局|本局|局)")
# 局长X, 副局长X: a bureau's own post opening the clause, with no body written before it
BUREAU_POST = re.compile(r"(?:常务)?副?局长")
# 1.局党组书记…, (2)局长…, ①局长…: an item's number opens the clause before the bureau
ITEM_NUMBER = re.compile(r"(?:\d{1,2}[.．、)）]|[（(][\d一二三四五六七八九十]{1,3}[）)]"
                         r"|[一二三四五六七八九十]{1,3}[、.．]|[\u2460-\u2473])[ \t\u3000]*")


def own_bureau_posts(report: Report, owner: dict[tuple[int, int], Entity], mentions: list) -> list[Relation]:
    """A clause that opens with 局 and titles before a name (局党组书记、局长王某带头…) speaks of
    the bureau that signs the report: the person works there."""
    issuer = issuer_entity(report)
    if issuer is None or not issuer.label.endswith("局"):
        return []
    rels = []
    for m, _ in people_mentioned(owner, mentions):
        lo = clause_start(report.text, m.start)
        number = ITEM_NUMBER.match(report.text, lo, m.start)
        lo = number.end() if number else lo
        lead = OWN_BUREAU.match(report.text, lo)
        if (lead and lead.end() < m.start and _only_titles(report.text[lead.end():m.start])) \
                or (BUREAU_POST.match(report.text, lo) and _only_titles(report.text[lo:m.start])
                    and not _other_body_before(report, owner, mentions, issuer, m, lo)):
            rels.append(Relation(owner[(m.start, m.end)].key, "affiliatedWith", issuer.key, m.sentence))
    return rels


def _other_body_before(report: Report, owner: dict[tuple[int, int], Entity], mentions: list,
                       issuer: Entity, m, lo: int) -> bool:
    """县公安局派出警力…，副局长X: a body other than the signing bureau named earlier in the
    sentence may be the one whose 局长 the clause names."""
    if m.sentence is None:
        return False
    start = report.sentences[m.sentence].start
    return any(start <= x.start and x.end <= lo and owner[(x.start, x.end)] is not issuer
               and contract_class(owner[(x.start, x.end)].type) == "GovernmentAgency" for x in mentions)


def earlier_post(report: Report, owner: dict[tuple[int, int], Entity], mentions: list,
                 ends: list[int], by_end: list[int], org_mention) -> Entity | None:
    """A研究员、B成员张某: a post in another organisation, listed before the one written
    right before the name, is the person's too (A + titles + 、 right before B)."""
    last = bisect_right(ends, org_mention.start)
    if not last:
        return None
    prev = mentions[by_end[bisect_left(ends, ends[last - 1])]]
    gap = report.text[prev.end:org_mention.start]
    org = owner[(prev.start, prev.end)]
    if contract_class(org.type) not in ORG_CLASSES or not gap.endswith("、") or not _only_titles(gap[:-1]):
        return None
    return _institution_of_party_body(org, report.entities)


# 太原日报记者　刘某, 某某新闻网讯（记者 张某）: a reporter works for the outlet named before
REPORTER_BEFORE = re.compile(r"(?:讯\s*)?[（(]?\s*(?:全媒体|融媒体|首席|见习|实习)?记者[ \u3000:：]*$")
# what a newspaper's name ends with: 本报讯 is the paper's own, when the report names one
NEWSPAPER_ENDS = ("日报", "晚报", "时报", "商报", "报社")


def _reporters(report: Report, owner: dict[tuple[int, int], Entity], mentions: list) -> list[Relation]:
    rels = []
    text = report.text
    for i, m in enumerate(mentions):
        if contract_class(owner[(m.start, m.end)].type) != "Person":
            continue
        lead = REPORTER_BEFORE.search(text, max(0, m.start - 12), m.start)
        if not lead:
            continue
        for n in reversed(mentions[max(0, i - 3):i]):
            org = owner[(n.start, n.end)]
            if lead.start() < n.end < m.start and n.start < lead.start():
                # 某某日报社|融媒体记者: a name read on over the qualifier stands for the
                # body written before it, when the report knows that body
                org = next((e for e in report.entities if e.label == text[n.start:lead.start()]), org)
                if org is owner[(n.start, n.end)]:
                    continue
            elif n.end != lead.start():
                continue
            if contract_class(org.type) == "Organization":
                rels.append(Relation(owner[(m.start, m.end)].key, "affiliatedWith", org.key, m.sentence))
                break
        else:
            paper = _own_paper(report) if text[lead.start() - 2:lead.start()] == "本报" else None
            if paper is not None:       # 本报讯（记者 X …（某某日报）: the one paper named
                rels.append(Relation(owner[(m.start, m.end)].key, "affiliatedWith", paper.key, m.sentence))
    return rels


def _own_paper(report: Report) -> Entity | None:
    """The newspaper 本报 is: the only newspaper the report names."""
    papers = [e for e in report.entities if contract_class(e.type) == "Organization"
              and e.label.endswith(NEWSPAPER_ENDS)]
    return papers[0] if len(papers) == 1 else None


# 张三（某某大学教授）, 李四（县实验小学校长）: the organisation and title in brackets after a name
BRACKET_POST = re.compile(r"[（(]([^（）()\n]{2,30})[）)]")


def _bracketed_posts(report: Report, owner: dict[tuple[int, int], Entity], mentions: list) -> list[Relation]:
    rels = []
    text = report.text
    for m, person in people_mentioned(owner, mentions):
        b = BRACKET_POST.match(text, m.end)
        if not b:
            continue
        inside = [x for x in mentions if b.start(1) <= x.start and x.end <= b.end(1)]
        for x in inside:
            org = owner[(x.start, x.end)]
            if contract_class(org.type) not in ORG_CLASSES:
                continue
            rest = text[x.end:b.end(1)]
            if (rest and (_only_titles(rest) or _titled(rest))) or (not rest and x.start > b.start(1)):
                rels.append(Relation(person.key, "affiliatedWith",
                                     _institution_of_party_body(org, report.entities).key, m.sentence))
    return rels


# 来自X的援疆干部、Y副局长陈宇: a seconded person comes from X, whatever posts follow
COMING_FROM = ("来自", "选派自", "派自")
# 援疆教师领队、X派出的陈志刚: the body that sent a person, written before them with 的
SENT_BY = re.compile(r"(?:选派|派出|派遣|委派|下派)的")
POSTS_GAP = re.compile(r"[^，,；;。：:！？\n（）()“”]{1,24}")


def _coming_from(report: Report, owner: dict[tuple[int, int], Entity], mentions: list) -> list[Relation]:
    rels = []
    text = report.text
    for i, m in enumerate(mentions):
        org = owner[(m.start, m.end)]
        if contract_class(org.type) not in ORG_CLASSES:
            continue
        sent = SENT_BY.match(text, m.end)
        if sent:
            gap_at = sent.end()
        elif text[m.end:m.end + 1] == "的" and text.endswith(COMING_FROM, max(0, m.start - 3), m.start):
            gap_at = m.end + 1
        else:
            continue
        for n in mentions[i + 1:i + 6]:
            if n.start < gap_at:
                continue
            if n.start > gap_at and not POSTS_GAP.fullmatch(text, gap_at, n.start):
                break
            if contract_class(owner[(n.start, n.end)].type) == "Person":
                rels.append(Relation(owner[(n.start, n.end)].key, "affiliatedWith",
                                     _institution_of_party_body(org, report.entities).key, n.sentence))
                break
    return rels


def _titled(rest: str) -> bool:
    """兼职教授, 特聘教授, 副校长: a title after a qualifier of up to two characters."""
    return any(rest.endswith(t) and len(rest) - len(t) <= 2 for t in title_words())


# 集团总校长楼晓红, 该校校长李明: a bare word pointing back at the group or school the sentence named
BACK_REFERENCE = {"集团": ("EducationGroup",), "该集团": ("EducationGroup",),
                  "该校": None, "学校": None, "该园": None}


# 与某医科大学合作…，聘请该校教授罗某任首席专家: the school or university the sentence named
BACK_CLASSES = ("School", "University")
INVITING = ("聘请", "邀请", "特邀", "特聘", "聘任", "由")


def _back_references(report: Report, owner: dict[tuple[int, int], Entity], mentions: list) -> list[Relation]:
    rels = []
    text = report.text
    for m, person in people_mentioned(owner, mentions):
        if m.sentence is None:
            continue
        sent = report.sentences[m.sentence]
        for word, kinds in BACK_REFERENCE.items():
            for t in title_words():
                lead = word + t
                if not text.endswith(lead, sent.start, m.start):
                    continue
                at = m.start - len(lead)
                if at > sent.start and text[at - 1] not in "，,；;。、 " \
                        and not text.endswith(INVITING, sent.start, at):
                    continue
                earlier = [x for x in mentions if sent.start <= x.start and x.end <= at
                           and contract_class(owner[(x.start, x.end)].type) in BACK_CLASSES
                           and (kinds is None or owner[(x.start, x.end)].type in kinds)]
                if earlier:
                    org = owner[(earlier[0].start, earlier[0].end)] if kinds else \
                        owner[(earlier[-1].start, earlier[-1].end)]
                    rels.append(Relation(person.key, "affiliatedWith", org.key, m.sentence))
                break
    return rels


STUDIO = ("名师工作室", "名校长工作室", "名班主任工作室", "工作室")


def _named_studios(report: Report) -> list[Relation]:
    """张红英名师工作室: a studio named after a person the report names is the person's."""
    people = [e for e in report.entities if contract_class(e.type) == "Person"]
    rels = []
    for e in report.entities:
        if contract_class(e.type) not in ORG_CLASSES or not e.label.endswith(STUDIO):
            continue
        for p in people:
            if e.label.startswith(p.label) and e.label[len(p.label):] in STUDIO:
                first = min((x.sentence for x in e.mentions if x.sentence is not None), default=None)
                rels.append(Relation(p.key, "affiliatedWith", e.key, first))
    return rels


PARTY_TAILS = ("党委", "党组", "党总支", "党支部", "党工委")


def _institution_of_party_body(org: Entity, entities: list[Entity]) -> Entity:
    """区教育局党委书记、局长王海峰 works for 区教育局: a Party committee inside a named
    institution stands for the institution."""
    for tail in PARTY_TAILS:
        for name in names_of(org):
            if name.endswith(tail) and len(name) > len(tail):
                host = name[:-len(tail)]
                for e in entities:
                    if e is not org and host in names_of(e) and \
                            contract_class(e.type) in ("GovernmentAgency", "School", "University",
                                                       "Organization"):
                        return e
    return org


# A department inside an organisation, named between it and a person: 教育科学学院, 数学系.
SUB_UNIT = re.compile(r"[\u4e00-\u9fff]{1,10}(?:学院|学部|系|研究院|研究所|研究中心|中心|教研室|办公室|部|股|科|处"
                      r"|委员会|评委会|组委会|专家组)")


GRADE = re.compile(r"(?:初|高)[一二三]|[一二三四五六七八九]年级|\d年级|(?:初|高)中部")
# 来自某校的选手谢某, 该队后卫王某: a contestant or team member right before the name
PLAYER = re.compile(r"(?:选手|参赛选手|队员|运动员|后卫|前锋|中锋|守门员)$")


def _only_titles(gap: str) -> bool:
    """Only posts between a body and a name: titles, a sub-unit before them (教育科学学院院长,
    基础教育股股长), a pupil's grade, a field before a title (体育|教研员), joined by 、兼和及."""
    if not gap or len(gap) > 30:
        return False
    return any(_titles_from(gap[k:]) for k in _unit_ends(gap))


def _unit_ends(rest: str) -> list[int]:
    """Where a sub-unit written first may end (longest first), then 0 for none: a unit's
    last character may also open a title (基础教育股|股长, not 基础教育股股|长)."""
    ends = [k for k in range(len(rest) - 1, 1, -1) if SUB_UNIT.fullmatch(rest, 0, k)]
    return ends + [0]


def _titles_from(rest: str) -> bool:
    while rest:
        if rest[0] in "、兼和及":    # 党委书记、局长
            rest = rest[1:]
            # 教授、评审委员会主任委员: a second post in a body
            return any(_titles_from(rest[k:]) for k in _unit_ends(rest))
        grade = GRADE.match(rest)
        if grade:                    # 初二学生, 五年级学生: a pupil's grade before the title
            rest = rest[grade.end():]
            continue
        for t in title_words():
            if rest.startswith(t):
                rest = rest[len(t):]
                break
        else:
            qualified = QUALIFIED_TITLE.match(rest)
            if qualified is None:
                return False
            rest = rest[qualified.end():]   # 人力资源|总监, 体育|教研员: a field before the title
    return True


def _qualified_title_pattern() -> re.Pattern[str]:
    words = longest_first(title_words())
    return re.compile(r"[\u4e00-\u9fff]{2,4}?(?:" + "|".join(map(re.escape, words)) + r")(?=[、兼和及]|$)")


class _LazyPattern:
    """Compiled on first use (the title list is read from the data folder)."""
    def __init__(self, make):
        self._make, self._rx = make, None

    def match(self, text: str):
        if self._rx is None:
            self._rx = self._make()
        return self._rx.match(text)


QUALIFIED_TITLE = _LazyPattern(_qualified_title_pattern)
