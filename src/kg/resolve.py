"""Resolve mentions into entities: one :class:`Entity` per real thing per report.

* Places take their gazetteer name (仓山 → 仓山区, 闽 → 福建省), settled by the
  report's region path where a name is shared.
* Bodies are compared without their leading places and with relative prefixes
  expanded against the report's region: 福州市仓山区教育局, 仓山区教育局 and (in a
  report the 仓山区教育局 signs) bare 教育局 are one body; 区委 in a 仓山区 report
  is 中共仓山区委 (kept as written, the expansion added as an alternative name).
* Schools and universities are compared without leading places and with their
  usual abbreviations: 十六中 = 福州第十六中学 = 16中, 进修校 = 仓山区教师进修学校,
  师大 = 福建师范大学 — a short form joins a full one only when exactly one fits.
* Events, initiatives and documents are compared without years, 党的, quotation
  marks and a trailing 活动: 二十大 = 党的二十大.

``Entity.key`` is ``"<ContractClass>:<scope>:<label>"``; the scope is empty for names
unique in the country (they start with a province or city, or 全国/国家/中共/党的…;
universities; laws) and the region path (福建省/福州市/仓山区) for names that are only
unique locally (金闽小学, 区委, a person). A place's scope is its parents' path
(``Place:福建省/福州市:仓山区``, ``Place::福建省``), since county names repeat.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from . import gazetteer
from .data import data_path, load_words
from .model import PARENT_CLASS, Entity, Mention, Report, contract_class
from .quote_aliases import join_bare_quotes

QUOTES = "“”\"'‘’「」『』《》〈〉"
RELATIVE_LEVEL = {"省": 0, "市": None, "区": None, "县": None, "州": 1}
NATIONAL_STARTS = ("全国", "国家", "中共", "中央", "党的", "中国", "中华", "国务院", "共青团中央")
CHANNEL_SUFFIXES = ("微信公众号", "公众号", "视频号", "客户端", "抖音号", "APP", "app", "云平台")
SCHOOL_ABBREV = (("教师进修学校", "进修校"), ("进修学校", "进修校"), ("职业中等专业学校", "职专"),
                 ("职业中专学校", "职专"), ("职业高级中学", "职高"),
                 ("职业中专", "职专"), ("职业学校", "职校"), ("附属中学", "附中"),
                 ("附属小学", "附小"), ("实验小学", "实小"), ("外国语学校", "外校"),
                 ("职业技术教育中心", "职教中心"), ("职业教育中心", "职教中心"))
UNIVERSITY_ABBREV = (("师范大学", "师大"), ("科技大学", "科大"), ("农业大学", "农大"),
                     ("理工大学", "理工大"), ("医科大学", "医大"))
# words that describe a kind of school, not one school (职业中等专业学校 is still a type word)
GENERIC_QUALIFIERS = frozenset({"职业", "实验", "师范", "中心", "特殊教育", "普通", "高级",
                                "职业技术", "成人", "广播电视"})
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
            "七": 7, "八": 8, "九": 9}


# ------------------------------------------------------------------ helpers

def _clean(name: str) -> str:
    return "".join(ch for ch in name if ch not in QUOTES).strip()


def cn_number(text: str) -> int | None:
    """十六 → 16, 四十 → 40, 12 → 12; None when not a number."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in CN_DIGIT and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGIT:
            current = CN_DIGIT[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


@cache
def _bare_bureaus() -> frozenset[str]:
    out = set()
    for line in data_path("agency_suffixes.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if not line.startswith("#") and len(cells) > 2 and cells[2].strip() == "bare":
            out.add(cells[0])
    return frozenset(out)


@cache
def _agency_abbrev() -> tuple[tuple[str, str], ...]:
    rows = []
    for line in data_path("agency_abbrev.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 2:
            continue
        rows.append((cells[0].strip(), cells[1].strip()))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _agency_core(rest: str) -> str:
    """教育体育局 → 教体局, 人力资源和社会保障局 → 人社局: the comparable form."""
    for long, short in _agency_abbrev():
        if long in rest:
            rest = rest.replace(long, short)
    return rest


def _place_chain(name: str, region_path: tuple[str, ...],
                 known: frozenset[str] = frozenset()) -> tuple[list[str], int]:
    """Full names of the places a name starts with, and where the rest begins:
    福州市仓山区教育局 → ([福州市, 仓山区], 6); 仓山教育局 → ([仓山区], 2). A county's
    short name counts when the county is in the region path or ``known`` (named in
    the report). Remembered (the gazetteer never changes, and resolution asks for the same
    names many times); the caller gets its own list."""
    places, pos = _remembered_place_chain(name, tuple(region_path), frozenset(known))
    return list(places), pos


@lru_cache(maxsize=16384)
def _remembered_place_chain(name: str, region_path: tuple[str, ...],
                            known: frozenset[str]) -> tuple[tuple[str, ...], int]:
    places: list[str] = []
    pos = 0
    while pos < len(name):
        hit = None
        for n in range(min(12, len(name) - pos - 1), 1, -1):
            piece = name[pos:pos + n]
            if piece in gazetteer.ambiguous_names() and piece not in known:
                continue
            if gazetteer.is_full_name(piece) or gazetteer.is_short_name(piece):
                d = gazetteer.resolve(piece, tuple(places[-1:]) + tuple(region_path)
                                      if places else region_path)
                if d is not None and (gazetteer.is_full_name(piece) or d.level != "county"
                                      or d.name in region_path or d.name in known):
                    hit = (n, d.name)
                    break
        if not hit:
            break
        places.append(hit[1])
        pos += hit[0]
    return tuple(places), pos


def _expand_relative(name: str, region_path: tuple[str, ...]) -> str | None:
    """区委 → 中共仓山区委, 区委人才办 → 仓山区委人才办, 省考试院 → 福建省考试院
    (in a 福建省/福州市/仓山区 report); None when the name is not relative."""
    if not name or name[0] not in "省市区县州" or not region_path:
        return None
    if len(name) > 1 and name[:2] in ("市区", "区县", "县区"):
        return None
    ch = name[0]
    target = None
    if ch == "省":
        target = region_path[0] if region_path[0].endswith("省") else None
    else:
        for p in reversed(region_path):
            if p.endswith(ch) or (ch == "市" and p.endswith("市")) or (ch == "州" and p.endswith("州")):
                target = p
                break
    if target is None:
        return None
    rest = name[1:]
    if rest == "委":
        return "中共" + target + "委"
    return target + rest


def _school_core(rest: str) -> str:
    """The comparable form of a school's name after its places: abbreviations applied,
    numbered schools as 〈n〉中 (第十六中学 = 十六中 = 16中)."""
    for long, short in UNIVERSITY_ABBREV:           # 师范大学附属中学 = 师大附中
        if long in rest:
            rest = rest.replace(long, short, 1)
            break
    for long, short in SCHOOL_ABBREV:
        if rest.endswith(long):
            rest = rest[: -len(long)] + short
            break
    m = re.fullmatch(r"第?([零〇一二三四五六七八九十百两\d]+)(高级中学|中学校|中学|中|小学校|小学|小)", rest)
    if m:
        n = cn_number(m.group(1))
        if n is not None:
            return f"〈{n}〉{'中' if '中' in m.group(2) else '小'}"
    if rest.startswith("教师") and rest.endswith("进修校"):
        rest = rest[2:]
    return rest


def _event_core(name: str) -> str:
    name = _clean(name)
    name = re.sub(r"^(?:党的|中共)", "", name)
    name = re.sub(r"^(?:\d{4}(?:[-—~至]\d{4})?(?:年度|学年|年)|(?:19|20)\d{2}(?=[\u4e00-\u9fff]))", "", name)
    name = re.sub(r"[（(][^（）()]{1,12}[）)]$", "", name)
    name = re.sub(r"(?:活动|政策|工作)$", "", name) if len(name) > 4 else name
    return name


OWN_PLACE = re.compile(r"(?:我|本)([市县区州旗])$")
YEAR_LEAD = re.compile(r"^(?:\d{4}(?:年度|学年|年))")


def _own_place_event(name: str, m: Mention, report: Report) -> str | None:
    """An event written after 我市/本县 with its year and without its place: the name with
    the report's own place put back after the year, where the place's kind agrees."""
    said = OWN_PLACE.search(report.text, max(0, m.start - 2), m.start)
    region = report.region or ""
    year = YEAR_LEAD.match(name)
    if said is None or not region.endswith(said.group(1)) or year is None or region in name:
        return None
    return name[:year.end()] + region + name[year.end():]


def _doc_core(name: str) -> str:
    name = _clean(name)
    name = re.sub(r"[（(][^（）()]{1,10}[）)]$", "", name)
    return name


# ------------------------------------------------------------------ groups

@dataclass
class _Group:
    cls: str
    names: list[str] = field(default_factory=list)       # as written, in order
    mentions: list[Mention] = field(default_factory=list)
    extra: set[str] = field(default_factory=set)           # derived alternative names
    places: list[str] = field(default_factory=list)        # innermost place first known
    core: str = ""
    label: str = ""
    issuer: bool = False

    @property
    def first(self) -> int:
        return min((m.start for m in self.mentions), default=10 ** 9)


YOUTH_FULL = re.compile(r"(?:中国)?共青团(.{2,12}?[省市县区州旗])(?:委员会|委)")
YOUTH_SHORT = re.compile(r"团([省市县区州旗])委")


def _youth_league_place(name: str, region_path: tuple[str, ...], known: frozenset[str]) -> str:
    """The place whose Youth League committee a name is (共青团铜仁市委员会, 团市委 in a report
    from 铜仁市), or ""."""
    full = YOUTH_FULL.fullmatch(name)
    if full:
        places, pos = _place_chain(full.group(1), region_path, known)
        return places[-1] if places and pos >= len(full.group(1)) - 1 else ""
    short = YOUTH_SHORT.fullmatch(name)
    if short:
        level = short.group(1)
        return next((p for p in reversed(region_path) if p.endswith(level)), "")
    return ""


def _group_key(cls: str, m: Mention, report: Report, region_path: tuple[str, ...],
               known: frozenset[str] = frozenset()):
    """(label, core, places, extra names, is issuer) of one mention."""
    name = _clean(m.name or m.text)
    extra: set[str] = set()
    if cls == "Place":
        full = gazetteer.canonical(name, region_path)
        if full != name:
            extra.add(name)
        return full, full, [full], extra, False
    if cls == "GovernmentAgency":
        youth = _youth_league_place(name, region_path, known)
        if youth:                   # 共青团安顺市委员会 = 团市委: the Youth League committee of a place
            return name, f"{youth}|团委", [youth], extra, False
        issuer = _clean(report.issuer or "")
        expanded = _expand_relative(name, region_path)
        if expanded:
            extra.add(expanded)
        base = expanded or name
        if name in _bare_bureaus() and issuer and issuer.endswith(tuple(_bare_bureaus())) \
                and _agency_core(name) == _agency_core(_issuer_rest(issuer, region_path)):
            return name, "〈issuer〉", [], extra, True
        places, pos = _place_chain(base[2:] if base.startswith("中共") else base, region_path)
        rest = _agency_core((base[2:] if base.startswith("中共") else base)[pos:])
        is_issuer = False
        if issuer:
            ip, ipos = _place_chain(issuer, region_path)
            if issuer == name or (ip and places and ip[-1] == places[-1]
                                  and _agency_core(issuer[ipos:]) == rest):
                is_issuer = True
        core = "〈issuer〉" if is_issuer else f"{places[-1] if places else ''}|{rest}"
        return name, core, places[-1:], extra, is_issuer
    if cls == "School":
        places, pos = _place_chain(name, region_path, known)
        if not places and name[:1] in "市区县" and len(name) >= 3:
            expanded = _expand_relative(name, region_path)
            if expanded:
                extra.add(expanded)
                places, pos = _place_chain(expanded, region_path)
                name_for_core = expanded
            else:
                name_for_core = name
        else:
            name_for_core = name
        return name, _school_core(name_for_core[pos:]), places[-1:], extra, False
    if cls == "University":
        places, pos = _place_chain(name, region_path)
        rest = name[pos:]
        for long, short in UNIVERSITY_ABBREV:
            if rest.endswith(long):
                rest = rest[: -len(long)] + short
                break
        return name, rest, places[-1:], extra, False
    if cls == "Organization":
        base = name
        for sfx in CHANNEL_SUFFIXES:
            if name.endswith(sfx) and len(name) - len(sfx) >= 2:
                base = name[: -len(sfx)]
                extra.add(base)
                break
        # 区科协 = 西乡塘区科学技术协会: a body named after its place, in full or short
        expanded = _expand_relative(name, region_path) if name[:1] in "省市区县州" else None
        places, pos = _place_chain(expanded or name, region_path)
        if places and pos < len(expanded or name):
            if expanded:
                extra.add(expanded)
            return name, f"{places[-1]}|{_agency_core((expanded or name)[pos:])}", places[-1:], extra, False
        return name, base, [], extra, False
    if cls in ("Event", "Initiative"):
        if cls == "Event" and name.endswith("活动") and len(name) > 6:
            extra.add(name[:-2])        # …艺术展演活动 is also called …艺术展演
        own = _own_place_event(name, m, report) if cls == "Event" else None
        if own is not None:
            # 我市2024年…大赛 in a 铜陵市 report is 2024年铜陵市…大赛
            extra.add(name)
            return own, _event_core(own), [], extra, False
        return name, _event_core(name), [], extra, False
    if cls == "Document":
        keep = (m.name or m.text).strip()
        if keep.startswith("《") and keep.endswith("》"):
            keep = keep[1:-1]
        return keep, _doc_core(keep), [], extra, False
    return name, name, [], extra, False


def _issuer_rest(issuer: str, region_path: tuple[str, ...]) -> str:
    places, pos = _place_chain(issuer, region_path)
    return issuer[pos:]


@cache
def _type_words() -> frozenset[str]:
    """School and university type words and their short forms: a core made of one of
    these alone (中学, 大学, 职专, 〈1〉中) names nothing without its place."""
    words = {line.split("\t")[0] for line in data_path("school_suffixes.tsv")
             .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
    words |= set(load_words("university_suffixes.txt"))
    words |= {short for _, short in SCHOOL_ABBREV + UNIVERSITY_ABBREV}
    return frozenset(words)


def named_by_place(core: str) -> bool:
    """True when a school's core is only a type word or a number (乐清中学 → 中学,
    延吉市第一高级中学 → 〈1〉中): the place is the name, so another place is another school."""
    if core.startswith("〈") or core in _type_words():
        return True
    ethnic = set(load_words("ethnic_groups.txt")) | {"民族"}
    for word in _type_words():          # 职业|中等专业学校, 实验|中学: a generic word before it
        if core.endswith(word) and (core[: -len(word)] in GENERIC_QUALIFIERS
                                    or core[: -len(word)] in ethnic):
            return True                 # 蒙古族|中学, 民族|中学: every banner has one
    return False


def _compatible(a: list[str], b: list[str], region_path: tuple[str, ...],
                core: str = "") -> bool:
    """Two place prefixes agree: equal, one missing, or one inside the other (but not
    for a name whose place is all it has: 温州中学 and 乐清中学 are two schools)."""
    if not a or not b:
        return True
    if a[0] == b[0]:
        return True
    if core and named_by_place(core):
        return False
    pa = gazetteer.path_of(a[0], region_path)
    pb = gazetteer.path_of(b[0], region_path)
    return (bool(pa) and b[0] in pa) or (bool(pb) and a[0] in pb)


def resolve(report: Report) -> list[Entity]:
    """The report's entities, in order of first mention."""
    region_path = tuple(report.region_path or ())
    if not region_path and (report.issuer or report.title):
        region_path = gazetteer.region_from_text(report.issuer or report.title)
    groups: list[_Group] = []
    index: dict[tuple[str, str, tuple[str, ...]], _Group] = {}
    known = frozenset(gazetteer.canonical(_clean(m.name), region_path) for m in report.mentions
                      if contract_class(m.type) == "Place")
    # a place the report names in full may be shortened inside a school's name even where the
    # short form alone is ambiguous (白山市 … 白山一中)
    known |= frozenset(k[:-1] for k in known | set(region_path) if len(k) >= 3 and k.endswith("市"))
    for m in sorted(report.mentions, key=lambda m: (m.start, -m.end)):
        cls = contract_class(m.type)
        label, core, places, extra, is_issuer = _group_key(cls, m, report, region_path, known)
        if not label:
            continue
        key = (cls, core, tuple(places))
        g = index.get(key)
        if g is None:
            g = _Group(cls=cls, core=core, places=list(places), issuer=is_issuer)
            index[key] = g
            groups.append(g)
        g.mentions.append(m)
        if label not in g.names:
            g.names.append(label)
        g.extra |= extra
    groups = _merge_groups(groups, region_path)
    entities = [_entity(g, report, region_path) for g in groups]
    entities.sort(key=lambda e: (min((m.start for m in e.mentions), default=10 ** 9), e.key))
    # one entity per key: a second group with the same label joins the first
    out: list[Entity] = []
    by_key: dict[str, Entity] = {}
    for e in entities:
        if e.key in by_key:
            first = by_key[e.key]
            first.mentions.extend(e.mentions)
            first.mentions.sort(key=lambda m: (m.start, m.end))
            first.alt_labels |= e.alt_labels - {first.label}
            continue
        by_key[e.key] = e
        out.append(e)
    out = join_bare_quotes(out)
    _attach_parent_places(out, region_path)
    return out


def _merge_groups(groups: list[_Group], region_path: tuple[str, ...]) -> list[_Group]:
    """Join groups whose cores agree and whose places are compatible: 永南中学 joins
    福州市永南中学; a short form joins a full one only when exactly one fits."""
    merged: list[_Group] = []
    by_core: dict[tuple[str, str], list[_Group]] = {}   # merged, by (cls, core), in order
    for g in sorted(groups, key=lambda g: g.first):
        fits = [h for h in by_core.get((g.cls, g.core), ())
                if _compatible(h.places, g.places, region_path,
                               g.core if g.cls in ("School", "University") else "")]
        if g.cls in ("School", "University", "GovernmentAgency") and len(fits) > 1:
            # 实验小学 with 仓山区实验小学 and 鼓楼区实验小学: ambiguous, keep apart
            fits = [h for h in fits if h.places == g.places]
        if len(fits) == 1:
            h = fits[0]
            h.mentions += g.mentions
            for n in g.names:
                if n not in h.names:
                    h.names.append(n)
            h.extra |= g.extra
            h.issuer = h.issuer or g.issuer
            if not h.places and g.places:
                h.places = g.places
            continue
        merged.append(g)
        by_core.setdefault((g.cls, g.core), []).append(g)
    merged = _join_short_agencies(merged, region_path)
    # a bare short name (师大, 实验小学) merged into a later full name is handled above
    # only when the full one came first; repeat once the other way round.
    final: list[_Group] = []
    for g in merged:
        if g.places or g.cls not in ("School", "University"):
            final.append(g)
            continue
        fits = [h for h in by_core.get((g.cls, g.core), ()) if h is not g and h.places]
        if len(fits) == 1:
            h = fits[0]
            h.mentions += g.mentions
            h.names += [n for n in g.names if n not in h.names]
            h.extra |= g.extra
            continue
        final.append(g)
    return final


AGENCY_HEADS = "局委厅办"


def is_short_form(short: str, full: str) -> bool:
    """市文广新旅局 for 市文化广电新闻出版旅游局: the same head character (局, 委, 厅, 办), and
    the short form's other characters read in order inside the full name, no two of them
    side by side there (one character taken from each word), so 教育局 is no short form of
    教育督导局. The usual forms in agency_abbrev.tsv cover the rest."""
    if len(short) < 3 or len(short) >= len(full) or short[-1] != full[-1] \
            or short[-1] not in AGENCY_HEADS or short[0] != full[0]:
        return False
    body, rest = short[:-1], full[:-1]
    if any(body[i:i + 2] in rest for i in range(len(body) - 1)):
        return False
    at = 0
    for ch in body:
        at = rest.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def _join_short_agencies(groups: list[_Group], region_path: tuple[str, ...]) -> list[_Group]:
    """A body's short form (市文广新旅局) joins the one body of the report whose full name
    it shortens (景德镇市文化广电新闻出版旅游局), places compatible; two candidates keep it apart."""
    agencies = [g for g in groups if g.cls == "GovernmentAgency" and "|" in g.core]
    out: list[_Group] = []
    joined: set[int] = set()
    for g in groups:
        if g.cls != "GovernmentAgency" or "|" not in g.core:
            out.append(g)
            continue
        place, rest = g.core.split("|", 1)
        fits = [h for h in agencies if h is not g and id(h) not in joined
                and _compatible(h.places, g.places, region_path)
                and h.core.split("|", 1)[0] in (place, "")
                and is_short_form(rest, h.core.split("|", 1)[1])]
        if len(fits) == 1:
            h = fits[0]
            h.mentions += g.mentions
            h.names += [n for n in g.names if n not in h.names]
            h.extra |= g.extra
            h.issuer = h.issuer or g.issuer
            joined.add(id(g))
            continue
        out.append(g)
    return out


def _label(g: _Group, report: Report) -> str:
    if g.cls == "Place":
        return g.names[0] if g.core == g.names[0] else g.core
    if g.cls == "GovernmentAgency" and g.issuer and report.issuer:
        # the body that signs the report, by its fullest written name (安徽省蚌埠市教育局 in
        # the heading, 蚌埠市教育局 under the text)
        signed = _clean(report.issuer)
        fuller = [n for n in g.names if n.endswith(signed) and len(n) > len(signed)]
        return max(fuller, key=lambda n: (len(n), -g.names.index(n))) if fuller else signed
    # the fullest name: the longest, first seen on ties
    return sorted(g.names, key=lambda n: (-len(n), g.names.index(n)))[0]


def _scope(cls: str, label: str, region_path: tuple[str, ...], g: _Group) -> str:
    if cls == "Place":
        path = gazetteer.path_of(label, region_path)
        if not path and label.endswith(("镇", "乡", "街道")):
            return "/".join(region_path)    # a town (not in the gazetteer): one of the report's region
        return "/".join(path[:-1]) if path else ""
    if cls == "University":
        return ""
    if cls == "Document" and label in load_words("laws.txt"):
        return ""
    if label.startswith(NATIONAL_STARTS) or label in load_words("national_bodies.txt"):
        return ""
    places, pos = _place_chain(label, region_path)
    if places:
        first = places[0]
        found = gazetteer.lookup(first)
        if len([d for d in found if d.name == first]) == 1:
            return ""
    return "/".join(region_path)


def _entity(g: _Group, report: Report, region_path: tuple[str, ...]) -> Entity:
    label = _label(g, report)
    alts = set(g.names) | g.extra
    for m in g.mentions:
        t = _clean(m.text)
        if t and m.source != "shared-head":     # 小学 of 小学、初中教研中心 names no centre alone
            alts.add(t)
        if m.source == "quote-typed":       # “一校一品”党建品牌: the quoted words name it too
            quoted = re.match(r"[“\"「]([^”\"」]+)[”\"」]", m.text)
            if quoted:
                alts.add(quoted.group(1).strip())
    alts.discard(label)
    alts = {a for a in alts if a}
    # most specific type: a subclass seen on the label's mention first, then any
    types = [m.type for m in g.mentions]
    subtypes = [t for t in types if t in PARENT_CLASS]
    label_types = [m.type for m in g.mentions if _clean(m.name) == label and m.type in PARENT_CLASS]
    etype = (label_types or subtypes or [g.cls])[0]
    scope = _scope(g.cls, label, region_path, g)
    key = f"{g.cls}:{scope}:{label}"
    return Entity(key=key, label=label, type=etype, alt_labels=alts,
                  mentions=sorted(g.mentions, key=lambda m: (m.start, m.end)))


def _attach_parent_places(entities: list[Entity], region_path: tuple[str, ...]) -> None:
    """A school, body or place lies in the innermost place its name starts with (or, for
    a place, its parent division), when the report names that place too."""
    places = {e.label: e for e in entities if contract_class(e.type) == "Place"}
    for e in entities:
        cls = contract_class(e.type)
        if cls == "Place":
            parents = gazetteer.parent_names(e.label, region_path)
            if parents and parents[-1] in places:
                e.parent_place = places[parents[-1]].key
        elif cls in ("School", "GovernmentAgency"):
            chain, pos = _place_chain(e.label, region_path)
            # only a place written out in full (福州市永南中学), not a short name
            # that starts another name (湖南师范大学附属中学)
            written = [c for c in chain if c in e.label[:pos]      # names written in full
                       or (c in places and _written_form(places[c], e.label[:pos]))]
            if chain and pos < len(e.label) and written and written[-1] in places:
                e.parent_place = places[written[-1]].key


def _written_form(place: Entity, prefix: str) -> bool:
    """The place is written in ``prefix`` by another full name the report gives it (达茂旗 for
    达尔罕茂明安联合旗, 科左中旗 for 科尔沁左翼中旗)."""
    return any(a in prefix for a in place.alt_labels if gazetteer.is_full_name(a))


def place_key(name: str, region_path: tuple[str, ...] = ()) -> str:
    """The key a Place entity for ``name`` gets (仓山 → ``Place:福建省/福州市:仓山区``)."""
    full = gazetteer.canonical(name, region_path)
    path = gazetteer.path_of(full, region_path)
    return f"Place:{'/'.join(path[:-1]) if path else ''}:{full}"
