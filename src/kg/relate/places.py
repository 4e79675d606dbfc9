"""Where things are and what they belong to: locatedIn, partOf."""
from __future__ import annotations

import re

from .. import gazetteer
from ..model import Entity, Relation, Report, contract_class
from .divisions import carried_prefix, listed_divisions, outer_names
from .text import (clause_end, clause_start, first_sentence, mention_owner, names_of, member_suffixes, member_words,
                   outermost)


def _places(report: Report) -> list[Entity]:
    return [e for e in report.entities if contract_class(e.type) == "Place"]


def located_in(report: Report) -> list[Relation]:
    """A school, body or organisation whose name starts with a place lies in the innermost
    such place; a place lies in its parent division where the text writes them together."""
    places = _places(report)
    shorts = _short_names(places)
    named = _full_names(places)
    rels: list[Relation] = []
    for e in report.entities:
        cls = contract_class(e.type)
        # an association, centre or museum named after its city is not located by the
        # annotators (the guidelines locate schools, bodies and places only)
        if cls in ("School", "GovernmentAgency", "University"):
            inner = _innermost_prefix_place(e.label, named)
            if inner is None and cls == "School":
                inner = _short_prefix_place(e.label, shorts)
            if inner is not None:
                rels.append(Relation(e.key, "locatedIn", inner.key, first_sentence(e)))
        elif cls == "Place":
            # Only where the text writes the two together (福州市仓山区): the report
            # then states the nesting, it is not only our gazetteer's knowledge.
            parents = _parent_place_names(e.label, report.region_path)
            for parent in places:
                if parent is e:
                    continue
                together = parent.label + e.label in report.text
                # The report's own county lies in its city whenever the report names
                # both; other places lie in their parent, and a town (not in the
                # gazetteer) in a division, where the text writes them together
                # (福建省漳州市, 平和县坂仔镇).
                own_county = e.label == report.region and len(parents) >= 2
                if parent.label in parents[-1:] and (own_county or together):
                    rels.append(Relation(e.key, "locatedIn", parent.key, None))
                elif together and parent.label in parents and not _nearer_written(e.label, parents, parent.label,
                                                                                  report.text):
                    # 甘肃省临潭县: a county written right after its province, its own city
                    # not written between, lies in the province the text names
                    rels.append(Relation(e.key, "locatedIn", parent.key, None))
                elif not parents and together and (_is_town(e.label) or _is_county(e.label, parent.label)):
                    rels.append(Relation(e.key, "locatedIn", parent.key, None))
    owner, ms = outer_names(report)
    rels += _contained(report, owner, ms)
    rels += listed_divisions(report, owner, ms)
    located = {r.subject: r.object for r in rels}
    rels += carried_prefix(report, located, owner, ms)
    return rels


CONTAINS = re.compile(r"(?:下辖|辖|管辖|辖有|包括)")
LIES_IN = re.compile(r"(?:位于|地处|坐落于|落户)")
THIS_SCHOOL_LIES_IN = re.compile(r"[，,](?:该园|该校|学校|校址)(?:位于|地处|坐落于)")
WITHIN = re.compile(r"(?:辖区内|辖区|境内)的")


PLACED = ("School", "GovernmentAgency", "Organization", "University", "Place")


def _contained(report: Report, owner: dict, ms: list) -> list[Relation]:
    """Words of containment: 安庆市下辖桐城市、潜山市…和迎江区 (each lies in 安庆市);
    位于松北区的哈尔滨市江北实验学校 (the school lies in 松北区); 温州市地处浙江省东南部."""
    text = report.text
    rels = []
    for i, m in enumerate(ms):
        e = owner[(m.start, m.end)]
        said = LIES_IN.match(text, m.end)
        back = THIS_SCHOOL_LIES_IN.match(text, m.end)
        if back and contract_class(e.type) == "School" and i + 1 < len(ms):
            # 新建某幼儿园,该园位于某街道: the school the clause before named lies there
            n = ms[i + 1]
            place = owner[(n.start, n.end)]
            if n.start == back.end() and contract_class(place.type) == "Place":
                rels.append(Relation(e.key, "locatedIn", place.key, n.sentence))
        if said and contract_class(e.type) in PLACED:
            # 温州市地处浙江省东南部; 丘北县地处云南省文山州北部: the innermost of the places
            # written together after the verb
            pos, inner = said.end(), None
            for n in ms[i + 1:]:
                outer = owner[(n.start, n.end)]
                if n.start != pos or contract_class(outer.type) != "Place" or outer is e:
                    break
                inner, pos = (outer, n), n.end
            if inner is not None:
                rels.append(Relation(e.key, "locatedIn", inner[0].key, inner[1].sentence))
        if contract_class(e.type) != "Place":
            continue
        if _is_town(e.label):
            # 若飞街道西秀区第十小学: a town or street written right before a school whose own
            # name opens with its county
            for n in ms[i + 1:i + 3]:
                held = owner[(n.start, n.end)]
                if n.start == m.end and contract_class(held.type) == "School" \
                        and not held.label.startswith(e.label):
                    rels.append(Relation(held.key, "locatedIn", e.key, n.sentence))
        verb = CONTAINS.match(text, m.end)
        if verb:                            # X下辖A、B和C
            pos = verb.end()
            for n in ms[i + 1:]:
                if n.start != pos:
                    break
                inner = owner[(n.start, n.end)]
                if contract_class(inner.type) == "Place" and inner is not e:
                    rels.append(Relation(inner.key, "locatedIn", e.key, n.sentence))
                pos = n.end
                if text[pos:pos + 1] in "、和及与":
                    pos += 1
                else:
                    break
        inside = WITHIN.match(text, m.end)
        if inside:                          # X街道辖区内的Y
            for n in ms[i + 1:i + 2]:
                held = owner[(n.start, n.end)]
                if n.start == inside.end() and contract_class(held.type) in ("School", "GovernmentAgency",
                                                                              "Organization", "University"):
                    rels.append(Relation(held.key, "locatedIn", e.key, n.sentence))
        # 位于X的Y, 位于凯里市鸭塘街道的Y: the verb stands before the place or before the
        # places written together in front of it
        opening = m.start
        for n in reversed(ms[:i]):
            if n.end == opening and contract_class(owner[(n.start, n.end)].type) == "Place":
                opening = n.start
            elif n.end <= opening:
                break
        written = next((k for k in range(6, 1, -1) if gazetteer.is_full_name(text[max(0, opening - k):opening])), 0)
        opening -= written          # (a place written in full but not kept as a mention of its own)
        lead = LIES_IN.search(text, max(0, opening - 3), opening)
        if lead and lead.end() == opening and text.startswith("的", m.end):
            for n in ms[i + 1:i + 2]:
                inner = owner[(n.start, n.end)]
                if n.start == m.end + 1 and contract_class(inner.type) in ("School", "GovernmentAgency",
                                                                            "Organization", "University", "Place") \
                        and not _encloses(inner, e):
                    rels.append(Relation(inner.key, "locatedIn", e.key, n.sentence))
    return rels


def _encloses(outer: Entity, inner: Entity) -> bool:
    """位于松山镇的天祝县…: a county written after a town's 位于…的 is the start of a name the
    recognisers missed, never a place inside the town it encloses."""
    return contract_class(outer.type) == "Place" and outer.label in inner.key.split(":")[1].split("/")


def _parent_place_names(label: str, region_path: tuple[str, ...]) -> list[str]:
    """Enclosing divisions of a place, outermost first (仓山区 → [福建省, 福州市])."""
    return list(gazetteer.parent_names(label, region_path))


def _nearer_written(label: str, parents: list[str], outer: str, text: str) -> bool:
    """The text writes ``label`` right after one of its parents nearer than ``outer``
    (福州市仓山区 beside 福建省仓山区): that nearer parent is the one it lies in."""
    return any(p + label in text for p in parents[parents.index(outer) + 1:])


TOWN_SUFFIXES = ("镇", "乡", "街道")


def _is_town(label: str) -> bool:
    return label.endswith(TOWN_SUFFIXES)


COUNTY_SUFFIXES = ("区", "县", "旗")
CITY_SUFFIXES = ("市", "州", "盟")


def _is_county(label: str, parent: str) -> bool:
    """A county-level name written right after a city (兰州市七里河区) that the gazetteer
    does not know: the text states the nesting."""
    return label.endswith(COUNTY_SUFFIXES) and parent.endswith(CITY_SUFFIXES) and len(label) >= 3


PARTY_PREFIX = "中共"   # 中共绵阳市委… names its place after the Party's name


def _full_names(places: list[Entity]) -> list[tuple[Entity, tuple[str, ...]]]:
    """Each place with its full names, longest label first: the label (天河中学 need not lie
    in 天河区) and another full name the report writes (达茂旗 for 达尔罕茂明安联合旗)."""
    out = []
    for p in sorted(places, key=lambda p: -len(p.label)):
        names = (p.label, *sorted(a for a in p.alt_labels if gazetteer.is_full_name(a)))
        out.append((p, tuple(n for n in names if len(n) >= 2)))
    return out


def _innermost_prefix_place(label: str, named: list[tuple[Entity, tuple[str, ...]]]) -> Entity | None:
    """Walk the name's prefix through place names: 福州市仓山区教育局 → 仓山区."""
    found, progressed = None, True
    pos = len(PARTY_PREFIX) if label.startswith(PARTY_PREFIX) else 0
    while progressed:
        progressed = False
        for p, names in named:
            name = next((n for n in names if label.startswith(n, pos) and len(label) > pos + len(n)), None)
            if name is not None:
                found, pos, progressed = p, pos + len(name), True
                break
    return found


# What may not follow a place's short name for the school to lie there: a numbered short
# form (X一中 stands for the full name, which carries the place itself) or a zone word
# (X高新第一中学 lies in the zone)
SHORT_FORM_REST = re.compile(r"[一二三四五六七八九十\d]+[中小职]|高新|经开|新区|开发区|经济|国际")


PROVINCE_LEVEL_CITIES = ("北京市", "天津市", "上海市", "重庆市")


def _short_names(places: list[Entity]) -> list[tuple[Entity, str]]:
    """The cities, counties and provinces' short names (温州市 → 温州), longest name first;
    not districts' (a district's short name is often a street's: 鼓楼小学) nor provinces'
    (a province's names schools across it: 海南中学三亚学校)."""
    out = []
    for p in sorted(places, key=lambda p: -len(p.label)):
        if p.label.endswith(("区", "省")) or p.label in PROVINCE_LEVEL_CITIES:
            continue
        short = gazetteer.short_name(p.label)
        if len(short) >= 2:
            out.append((p, short))
    return out


def _short_prefix_place(label: str, shorts: list[tuple[Entity, str]]) -> Entity | None:
    """A school named with the short name of a city or county the report names
    (温州中学 with 温州市, 于都职业技术学校 with 于都县) lies there; not a university's attached school
    (X大学附属中学 takes its name from the university)."""
    if "大学" in label or "学院附属" in label:
        return None
    for p, short in shorts:
        if label.startswith(short) and not label.startswith(p.label):
            rest = label[len(short):]
            if len(rest) >= 2 and not SHORT_FORM_REST.match(rest):
                return p
    return None


def part_of(report: Report) -> list[Relation]:
    """A campus, branch or attached school is part of the school whose name it extends
    (X东校区, X附属幼儿园, X分校). A group named after a school (天河中学教育集团) does
    not by itself say the school is a member, so that is left to the text."""
    schools = [e for e in report.entities if contract_class(e.type) == "School"]
    by_label = _labels_index(schools)
    rels = []
    by_name = _names_index(schools)
    for e in schools:
        for other in _prefixes_of(e, schools, by_label):
            if other is e:
                continue
            if e.label.startswith(other.label):
                rest = e.label[len(other.label):]
                if _is_member_tail(rest) or (other.type == "EducationGroup" and len(rest) >= 2) \
                        or _branch_school(other.label, rest):
                    rels.append(Relation(e.key, "partOf", other.key, first_sentence(e)))
        # 中央小学河南分校 extends 中央小学, the short name of 某市中央小学: a branch of it
        for other in _named_prefixes_of(e, schools, by_name):
            if other is e or other.type == "EducationGroup" or e.label.startswith(other.label):
                continue
            if any(e.label.startswith(n) and _is_member_tail(e.label[len(n):]) for n in names_of(other)):
                rels.append(Relation(e.key, "partOf", other.key, first_sentence(e)))
    # A campus of a school that heads a group named after it belongs to the group
    # (凤岭小学长塘分校 → 青秀区凤岭小学教育集团).
    groups = [g for g in schools if g.type == "EducationGroup"]
    for e in schools:
        for other in _named_prefixes_of(e, schools, by_name):
            for name in names_of(other):     # 凤岭小学云景校区 extends 凤岭小学, another name of 青秀区凤岭小学
                if e is other or not e.label.startswith(name) or not _is_member_tail(e.label[len(name):]):
                    continue
                for g in groups:
                    if any(gn.endswith(name + "教育集团") or gn == name + "集团" for gn in names_of(g)) \
                            or any(gn.endswith(n + "教育集团") for gn in names_of(g) for n in names_of(other)):
                        rels.append(Relation(e.key, "partOf", g.key, first_sentence(e)))
                break
    # The school a group is named after, written as one of its parts (凤岭小学本部), is a
    # member of the group.
    for e in schools:
        if e.type == "EducationGroup":
            continue
        if not any(n + w in report.text for n in names_of(e) for w in ("本部", "校本部")):
            continue
        for g in groups:
            if any(gn.endswith(n + "教育集团") for gn in names_of(g) for n in names_of(e)):
                rels.append(Relation(e.key, "partOf", g.key, first_sentence(e)))
    rels += _listed_members(report)
    # Keep only the closest whole: 集团附属幼儿园 is part of the group, not of the
    # school inside the group's name; a group beats the school it is named after.
    best: dict[str, Relation] = {}
    label = {s.key: s.label for s in schools}
    kind = {s.key: s.type for s in schools}

    def rank(r: Relation) -> tuple[bool, int]:
        return kind[r.object] == "EducationGroup", len(label[r.object])

    for r in rels:
        if r.subject not in best or rank(r) > rank(best[r.subject]):
            best[r.subject] = r
    # 电报路小学南山校区, a member of 电报路小学教育集团, is also a campus of 电报路小学:
    # its own school stays a whole beside the group, unless the campus's name runs through
    # the group's (集团附属幼儿园 belongs to the group only)
    schools_too: dict[str, Relation] = {}
    for r in rels:
        kept = best[r.subject]
        if kind[r.object] == "EducationGroup" or kind[kept.object] != "EducationGroup" \
                or label[r.subject].startswith(label[kept.object]):
            continue
        if r.subject not in schools_too or len(label[r.object]) > len(label[schools_too[r.subject].object]):
            schools_too[r.subject] = r
    return list(best.values()) + list(schools_too.values())


# A group taking in the schools listed after it: X教育集团新吸纳A、B两个成员校,
# X教育集团由A、B和C组成; a school leading the group it founds: A牵头组建X教育集团
# …教育集团，成员学校包括A、B; …教育集团新增成员校A、B
TAKES_IN = re.compile(r"[，,]?(?:(?:新增|新吸纳|吸纳)?成员(?:学校|校|园|单位)[\d一二两三四五六七八九十]{1,3}所[，,](?:包括|有|为)[：:]?"
                      r"|成员(?:学校|校|园|单位)(?:包括|有|为)[：:]?|(?:新增|新吸纳)成员(?:学校|校|园|单位)"
                      r"|新增|(?:新|先后|共|还)?(?:吸纳|吸收|纳入|包括|涵盖|由))")
# 由A（本部）、B组成: a remark in brackets after a member's name
MEMBER_REMARK = re.compile(r"[（(][^（）()]{1,6}[）)]")
# 以A为龙头，B、C为成员校的X教育集团: the head school and the members named before the group
HEAD_ROLE = re.compile(r"为(?:龙头|核心|牵头校|牵头园|领航校)")
MEMBER_ROLE = re.compile(r"为成员(?:校|园|学校|单位)")
LEADS = re.compile(r"牵头(?:组建|成立|创建)")
LIST_JOINS = ("、", "和", "及", "与")


def _listed_members(report: Report) -> list[Relation]:
    """Members a group's sentence names: the schools listed right after 吸纳/包括/由 (…组成)
    following the group, and the school that 牵头组建 the group."""
    if not any(e.type == "EducationGroup" for e in report.entities):
        return []
    owner = mention_owner(report)
    text = report.text
    ms = outermost(sorted((m for m in report.mentions if (m.start, m.end) in owner),
                          key=lambda m: (m.start, -m.end)))
    rels = []
    for i, m in enumerate(ms):
        g = owner[(m.start, m.end)]
        if g.type != "EducationGroup":
            continue
        verb = TAKES_IN.match(text, m.end)
        if verb:
            members, pos = _school_run(text, owner, ms, i + 1, verb.end(), g, remarks=True)
            if verb.group(0).endswith("由") and not text.startswith("组成", pos):
                members = []
            rels += [Relation(e.key, "partOf", g.key, n.sentence) for e, n in members]
        rels += _members_before(report, owner, ms, i, g)
        rels += _members_after(report, owner, ms, i, g)
        rels += _role_in_brackets(report, owner, ms, i, g)
        if i > 0:
            lead = ms[i - 1]
            e = owner[(lead.start, lead.end)]
            said = LEADS.match(text, lead.end)
            if said and said.end() == m.start and contract_class(e.type) == "School" and e is not g:
                rels.append(Relation(e.key, "partOf", g.key, lead.sentence))
    return rels


def _school_run(text: str, owner, ms, k: int, pos: int, g: Entity,
                remarks: bool = False) -> tuple[list, int]:
    """The schools listed from ``ms[k]`` on, the first starting at ``pos`` and the others
    joined by 、/和/及/与 (with ``remarks``, a short bracket after a name is skipped: 由A
    （本部）、B组成), as (entity, mention) pairs, and where the list stops."""
    members = []
    for n in ms[k:]:
        e = owner[(n.start, n.end)]
        if n.start != pos or contract_class(e.type) != "School" or e is g:
            break
        members.append((e, n))
        remark = MEMBER_REMARK.match(text, n.end) if remarks else None
        end = remark.end() if remark else n.end
        pos = end + (1 if text.startswith(LIST_JOINS, end) else 0)
        if pos == end:
            break
    return members, pos


def _members_before(report: Report, owner, ms, i: int, g: Entity) -> list[Relation]:
    """以A为龙头，B、C为成员校的X教育集团: A, B and C are members of X (the same clause run,
    at most 80 characters before the group's name)."""
    text, m = report.text, ms[i]
    floor = max(m.start - 80, max(text.rfind(ch, 0, m.start) for ch in "。；;\n") + 1)
    out = []
    formed = FORMED_BY.fullmatch(text, ms[i - 1].end, m.start) if i > 0 else None
    if formed:                  # 与A、B组成的“X共同体”: the list right before the group forms it
        for e, n in _list_ending_at(text, owner, ms, i - 1, floor):
            out.append(Relation(e.key, "partOf", g.key, n.sentence))
    for j in range(i - 1, -1, -1):
        n = ms[j]
        if n.start < floor:
            break
        e = owner[(n.start, n.end)]
        if contract_class(e.type) != "School" or e is g:
            continue
        after = text[n.end:m.start]
        if (text[n.start - 1:n.start] == "以" and HEAD_ROLE.match(text, n.end)) \
                or MEMBER_ROLE.match(text, n.end) \
                or (text[n.end:n.end + 1] in LIST_JOINS and MEMBER_ROLE.search(after)
                    and not re.search(r"[，,]", after[:MEMBER_ROLE.search(after).start()])):
            out.append(Relation(e.key, "partOf", g.key, n.sentence))
    return out


# 某职业技术学校(某职业教育集团牵头校): the school's role, in brackets right after its name
ROLE_AFTER_GROUP = re.compile(r"(?:的)?(?:牵头校|牵头学校|龙头校|核心校|成员校|成员学校|理事长单位|牵头单位)[）)]")


def _role_in_brackets(report: Report, owner, ms, i: int, g: Entity) -> list[Relation]:
    text, m = report.text, ms[i]
    if i == 0 or text[m.start - 1:m.start] not in ("（", "(") or not ROLE_AFTER_GROUP.match(text, m.end):
        return []
    n = ms[i - 1]
    e = owner[(n.start, n.end)]
    if n.end != m.start - 1 or contract_class(e.type) != "School" or e.type == "EducationGroup":
        return []
    return [Relation(e.key, "partOf", g.key, n.sentence)]


# 吸纳A、B2所成员校: a list taken in that the clause closes by counting members
TAKEN_LATER = re.compile(r"(?:吸纳|吸收|纳入|带动|辐射)")
COUNTED_MEMBERS = re.compile(r"(?:等)?[\d一二两三四五六七八九十]{1,3}所成员(?:学校|校|园|单位)")
# 新增成员校2所，即A、B / 吸纳3所成员校：A、B、C
COUNT_THEN_NAMES = re.compile(r"[^。；;，,]{0,6}(?:成员(?:学校|校|园)[\d一二两三四五六七八九十]{1,3}所|[\d一二两三四五六七八九十]{1,3}所成员(?:学校|校|园))")
NAMED_AFTER_COUNT = re.compile(r"(?:[，,]\s*(?:即|分别为|分别是|包括)|[：:])\s*")


def _members_after(report: Report, owner, ms, i: int, g: Entity) -> list[Relation]:
    """组建X教育集团，以A为龙头，吸纳B、C2所成员校 (or B、C为成员校): the head school and the
    members the clauses right after the group name (the same sentence, before any other group)."""
    text, m = report.text, ms[i]
    stops = [p for p in (text.find(ch, m.end) for ch in "。；;\n") if p >= 0]
    ceiling = min(stops + [m.end + 80, len(text)])
    out = []
    j = i + 1
    while j < len(ms) and ms[j].start < ceiling:
        n = ms[j]
        e = owner[(n.start, n.end)]
        if e.type == "EducationGroup":
            break
        if contract_class(e.type) == "School" and text[n.start - 1:n.start] == "以" \
                and HEAD_ROLE.match(text, n.end) and text[m.end:n.start - 1] in ("，", ","):
            out.append(Relation(e.key, "partOf", g.key, n.sentence))
        named = NAMED_AFTER_COUNT.search(text, max(m.end, n.start - 6), n.start)
        if contract_class(e.type) == "School" and named is not None and named.end() == n.start \
                and COUNT_THEN_NAMES.fullmatch(text, m.end, named.start()):
            # X教育集团新增成员校2所，即A、B: the members counted, then named
            listed, _ = _school_run(text, owner, ms, j, n.start, g)
            out += [Relation(x.key, "partOf", g.key, y.sentence) for x, y in listed]
            j += len(listed)
            continue
        verb = TAKEN_LATER.search(text, max(m.end, n.start - 3), n.start)
        if contract_class(e.type) == "School" and verb is not None and verb.end() == n.start:
            listed, _ = _school_run(text, owner, ms, j, n.start, g)
            end = listed[-1][1].end
            if COUNTED_MEMBERS.match(text, end) or MEMBER_ROLE.match(text, end):
                out += [Relation(x.key, "partOf", g.key, y.sentence) for x, y in listed]
            j += len(listed)
            continue
        j += 1
    return out


FORMED_BY = re.compile(r"(?:共同)?(?:组成的|组建的|组成|组建)[“\"]?")


def _list_ending_at(text: str, owner, ms, j: int, floor: int) -> list:
    """The schools of the list (A、B和C) whose last name is ``ms[j]``, last first."""
    out = []
    while j >= 0 and ms[j].start >= floor:
        e = owner[(ms[j].start, ms[j].end)]
        if contract_class(e.type) != "School" or e.type == "EducationGroup":
            break
        out.append((e, ms[j]))
        if j == 0 or text[ms[j - 1].end:ms[j].start] not in LIST_JOINS:
            break
        j -= 1
    return out


def _prefixes_of(e: Entity, schools: list[Entity], by_label: dict[str, list[int]]) -> list[Entity]:
    """The schools whose label starts ``e``'s label, in the order of ``schools`` (looked
    up by label, not by scanning every pair of schools)."""
    found = [i for n in range(len(e.label) + 1) for i in by_label.get(e.label[:n], ())]
    return [schools[i] for i in sorted(found)]


def _named_prefixes_of(e: Entity, schools: list[Entity],
                       by_name: dict[str, list[int]]) -> list[Entity]:
    """The schools one of whose names starts ``e``'s label, in the order of ``schools``."""
    found = {i for n in range(len(e.label) + 1) for i in by_name.get(e.label[:n], ())}
    return [schools[i] for i in sorted(found)]


def _names_index(schools: list[Entity]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, s in enumerate(schools):
        for name in names_of(s):
            index.setdefault(name, []).append(i)
    return index


def _labels_index(schools: list[Entity]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for i, s in enumerate(schools):
        index.setdefault(s.label, []).append(i)
    return index


MAX_CAMPUS_QUALIFIER = 6   # 东圃校区, 天河东校区, 南湖分校
SCHOOL_HEADS = ("中学", "小学", "学校", "附中", "附小")


def _branch_school(whole: str, rest: str) -> bool:
    """人大附中西山学校, 师大附中滨江小学: a school's full name and then another school's
    name is a school that school runs (a branch written without 分校)."""
    return whole.endswith(SCHOOL_HEADS) and rest.endswith(("学校", "小学", "中学")) \
        and 3 <= len(rest) <= 2 + MAX_CAMPUS_QUALIFIER


def _is_member_tail(rest: str) -> bool:
    if rest[:1] in "（(" and rest[-1:] in "）)":
        rest = rest[1:-1]               # 某中学(南校区): the campus written in brackets
    for suffix in member_suffixes():
        if rest.startswith(suffix):
            return True
        if rest.endswith(suffix) and len(rest) - len(suffix) <= MAX_CAMPUS_QUALIFIER \
                and suffix in ("校区", "分校", "分园", "分部", "园区"):
            return True
    return False


# 由A牵头, A、B为成员校, A、B作为集团成员园, A、B均为其成员校: a clause after the group's
# naming its members
MEMBER_CLAUSE = re.compile(r"由[^，,；;。]{2,30}牵头$|(?:为|作为)(?:其|该集团|集团)?成员(?:学校|校|园|单位)")
# 以A为龙头校 / 以A为核心: the clause that names the school heading the group
HEAD_CLAUSE = re.compile(r"以[^，,；;。]{2,30}为(?:龙头|核心|牵头|领航)(?:校|园|学校)?$")
MAX_MEMBER_CLAUSES = 2


def _member_clauses(text: str, hi: int, groups: list) -> int:
    """组建X教育集团，由A牵头，B、C为成员校: the group's clause runs on over the next clauses
    (at most two, the same sentence, no other group named) that say who leads or joins it."""
    for _ in range(MAX_MEMBER_CLAUSES):
        if hi >= len(text) or text[hi] not in "，,":
            break
        nxt = clause_end(text, hi + 1)
        if not (MEMBER_CLAUSE.search(text, hi + 1, nxt) or HEAD_CLAUSE.match(text, hi + 1, nxt)) or \
                any(hi < g.start < nxt for g in groups):
            break
        hi = nxt
    return hi


# A、B纳入集团统一管理, A加入该集团: a later clause naming its schools as joining the group
# the sentence named before, by a bare word pointing back at it
JOINS_BACK = re.compile(r"(?:加入|纳入|并入|划入|划归)(?:该|本|这一|这个)?(?:教育)?集团")


def _joining_clauses(text: str, hi: int, groups: list) -> int:
    """组建X教育集团，A、B纳入集团统一管理 / X教育集团新吸纳成员校3所，A加入该集团: the group's
    clause runs on over the next clauses of the sentence (at most two, no other group named)
    whose schools join 集团, the group already named."""
    for _ in range(MAX_MEMBER_CLAUSES):
        if hi >= len(text) or text[hi] not in "，,":
            break
        nxt = clause_end(text, hi + 1)
        if not JOINS_BACK.search(text, hi + 1, nxt) or any(hi < g.start < nxt for g in groups):
            break
        hi = nxt
    return hi


def joined_group(report: Report, owner: dict[tuple[int, int], Entity]) -> list[Relation]:
    """X教育集团吸纳Y为成员校, Y加入X教育集团: a school named with a group in a clause
    that says it joined is part of the group."""
    rels = []
    text = report.text
    groups = [m for m in report.mentions if (m.start, m.end) in owner
              and owner[(m.start, m.end)].type == "EducationGroup"]
    for g in groups:
        lo, hi = clause_start(text, g.start), clause_end(text, g.end)
        if hi < len(text) and text[hi] in "，," and text.startswith(member_words(), hi + 1):
            hi = clause_end(text, hi + 1)   # 组建X教育集团，吸纳A、B为成员校: the next clause
        hi = _member_clauses(text, hi, groups)
        hi = _joining_clauses(text, hi, groups)
        if not any(w in text[lo:hi] for w in member_words()):
            continue
        group = owner[(g.start, g.end)]
        for m in outermost([m for m in report.mentions if lo <= m.start and m.end <= hi
                             and (m.start, m.end) in owner]):
            e = owner[(m.start, m.end)]
            if e is not group and contract_class(e.type) == "School" \
                    and e.type != "EducationGroup" and not (g.start <= m.start and m.end <= g.end):
                rels.append(Relation(e.key, "partOf", group.key, m.sentence))
    return rels
