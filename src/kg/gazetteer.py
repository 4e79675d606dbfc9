"""Administrative divisions of China: names, short names, parents, and the region a
title or signature names.

The table (``data/divisions.tsv``: adcode, name, level, parent_adcode) is read once.
Every division is known by its full name (仓山区, 福州市, 福建省, 延边朝鲜族自治州) and,
where one can be formed, by its short name (仓山, 福州, 福建, 延边). Many county names
are shared (四个鼓楼区): lookups take the report's ``region_path`` (outermost first)
and prefer the candidate lying in it.

One-character province abbreviations (闽 → 福建省) are only meaningful in fixed
contexts (来闽, 入闽, 八闽); :func:`abbreviation_at` checks the context, and
:func:`province_of_abbrev` only translates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .data import data_path, load_words, longest_first

LEVELS = ("province", "city", "county")
LEVEL_RANK = {"province": 0, "city": 1, "county": 2}

# Suffixes stripped to form a short name, longest first.
_PLAIN_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区",
                   "省", "市", "区", "县", "盟", "旗")
# Contexts in which a one-character province abbreviation names the province.
_ABBREV_BEFORE = "来入在赴援驻返离回出进"
_ABBREV_AFTER_STOP = set("一二三四五六七八九十")


@dataclass(frozen=True)
class Division:
    adcode: str
    name: str
    level: str            # province | city | county
    parent: str           # parent adcode, "" for provinces
    short: str            # short name ("" when none can be formed)


# ---------------------------------------------------------------- loading

def _short_name(name: str, ethnic: tuple[str, ...]) -> str:
    core = name
    for suffix in _PLAIN_SUFFIXES:
        if core.endswith(suffix) and len(core) > len(suffix):
            core = core[: -len(suffix)]
            break
    # 延边朝鲜族(自治州) → 延边; 恩施土家族苗族 → 恩施; 博尔塔拉蒙古 → 博尔塔拉
    changed = True
    while changed:
        changed = False
        for eth in ethnic:
            if core.endswith(eth) and len(core) - len(eth) >= 2:
                core = core[: -len(eth)]
                changed = True
                break
    if len(core) < 2 or core == name:
        return ""
    return core


@cache
def _tables():
    ethnic = longest_first(load_words("ethnic_groups.txt"))
    by_code: dict[str, Division] = {}
    for line in data_path("divisions.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 3 or cells[2] not in LEVEL_RANK:
            continue
        code, name, level = cells[0], cells[1], cells[2]
        parent = cells[3] if len(cells) > 3 else ""
        by_code[code] = Division(code, name, level, parent, _short_name(name, ethnic))
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    for d in by_code.values():
        by_name.setdefault(d.name, []).append(d)
        if d.short:
            by_short.setdefault(d.short, []).append(d)
    # Counties keep being made county-level cities or districts (潜山县 → 潜山市, 湟中县 →
    # 湟中区) after the table was drawn up: X市 and X区 name the same place under the same
    # parent, where no other division has that name.
    from .recognise.jieba_tables import load_jieba   # a short name that is a common word (大城, 新城) is left out
    jieba = load_jieba()
    for d in list(by_code.values()):
        if d.level == "county" and d.name.endswith("市") and d.short \
                and (jieba.dt.FREQ.get(d.short) or 0) < 100 and d.short + "区" not in by_name:
            # county-level cities keep being made districts too (即墨市 → 即墨区)
            renamed = Division(d.adcode + "区", d.short + "区", d.level, d.parent, d.short)
            by_code[renamed.adcode] = renamed
            by_name[renamed.name] = [renamed]
            continue
        if d.level != "county" or not d.name.endswith("县") or d.name.endswith("自治县"):
            continue
        if not d.short:                 # 赣县 → 赣县区
            if len(d.name) == 2 and d.name + "区" not in by_name:
                by_code[d.adcode + "区"] = Division(d.adcode + "区", d.name + "区", d.level, d.parent, "")
                by_name[d.name + "区"] = [by_code[d.adcode + "区"]]
            continue
        if (jieba.dt.FREQ.get(d.short) or 0) >= 100:
            continue
        for suffix in ("市", "区"):
            name = d.short + suffix
            if name in by_name:
                continue
            renamed = Division(d.adcode + suffix, name, d.level, d.parent, d.short)
            by_code[renamed.adcode] = renamed
            by_name[name] = [renamed]
    _add_renamed(by_code, by_name, by_short, jieba, ethnic)
    _add_autonomous_forms(by_code, by_name)
    _add_banner_forms(by_code, by_name)
    return by_code, by_name, by_short


def _add_renamed(by_code, by_name, by_short, jieba, ethnic) -> None:
    """盘县 → 盘州市, 上饶县 → 广信区, a new 龙港市: divisions renamed or set up with a new stem
    since the table was drawn up (data/division_renames.tsv), under the same parent. Their
    short form is a name only when it is no common word (水城 is)."""
    for line in data_path("division_renames.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        new, was = line.split("\t")[:2]
        if new in by_name:
            continue
        old_short = ""
        if was.startswith("in:"):
            parents = by_name.get(was[3:], [])
            if len(parents) != 1:
                continue
            code, parent = parents[0].adcode + ":" + new, parents[0].adcode
        else:
            olds = by_name.get(was, [])
            if len(olds) != 1:
                continue
            code, parent, old_short = olds[0].adcode + ":" + new, olds[0].parent, olds[0].short
        short = _short_name(new, ethnic)
        # (监利县 → 监利市: the short form the old name already had stays a name)
        if short and (jieba.dt.FREQ.get(short) or 0) >= 100 and short != old_short:
            short = ""
        d = Division(code, new, "county", parent, short)
        by_code[code] = d
        by_name[new] = [d]
        if short:
            by_short.setdefault(short, []).append(d)


# Banners are written by short forms: 科尔沁左翼中旗 科左中旗, 察哈尔右翼前旗 察右前旗 (a wing
# banner keeps its tribe's first character, the wing's side and its place in the wing);
# 土默特左旗 土左旗, 乌拉特前旗 乌前旗 (a side or a place keeps the tribe's first character);
# 达尔罕茂明安联合旗 达茂旗 (a joint banner the first of each tribe); 莫力达瓦达斡尔族自治旗 莫旗
_WING_BANNER = re.compile(r"([\u4e00-\u9fff]{2,4})([左右])翼([前中后])旗")
_SIDE_BANNER = re.compile(r"([\u4e00-\u9fff]{3,5})([左右前中后])旗")
_JOINT_BANNER = re.compile(r"([\u4e00-\u9fff]{3})([\u4e00-\u9fff]{3})联合旗")


def _add_banner_forms(by_code: dict[str, Division], by_name: dict[str, list[Division]]) -> None:
    """Reports name such banners by their short form (科左中旗第一中学, 达茂旗百灵庙中学);
    each form is another full name of its division when no other division has it, so
    schools and bureaus named after it keep the whole place."""
    forms: dict[str, list[Division]] = {}
    for d in by_code.values():
        if d.level != "county":
            continue
        wing = _WING_BANNER.fullmatch(d.name)
        side, joint = _SIDE_BANNER.fullmatch(d.name), _JOINT_BANNER.fullmatch(d.name)
        if wing:
            forms.setdefault(wing.group(1)[0] + wing.group(2) + wing.group(3) + "旗", []).append(d)
        elif side:
            forms.setdefault(side.group(1)[0] + side.group(2) + "旗", []).append(d)
        elif joint:
            forms.setdefault(joint.group(1)[0] + joint.group(2)[0] + "旗", []).append(d)
        elif d.name.endswith("自治旗") and d.short and len(d.short) >= 3:
            forms.setdefault(d.short[0] + "旗", []).append(d)     # 莫力达瓦达斡尔族自治旗 → 莫旗
    for form, ds in forms.items():
        if len(ds) == 1 and form not in by_name:
            by_name[form] = ds


# 琼中黎族苗族自治县 is written 琼中县, 黔东南苗族侗族自治州 黔东南州, 鄂温克族自治旗 鄂温克旗
_AUTONOMOUS_FORMS = (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗"))


def _add_autonomous_forms(by_code: dict[str, Division], by_name: dict[str, list[Division]]) -> None:
    """Reports write an autonomous division by its short name and plain level word (琼中县,
    黔东南州): that form is another full name of the same division (not a new one), so
    schools named after it (琼中县特殊教育学校) keep their place and the place its alias."""
    for d in list(by_code.values()):
        if not d.short:
            continue
        for long, plain in _AUTONOMOUS_FORMS:
            if d.name.endswith(long):
                form = d.short + plain
                if form not in by_name:
                    by_name[form] = [d]
                break


@cache
def _abbrevs() -> dict[str, tuple[str, str]]:
    out = {}
    for line in data_path("province_abbrev.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        out[cells[0]] = (cells[1], cells[2] if len(cells) > 2 else "abbr")
    return out


@cache
def ambiguous_names() -> frozenset[str]:
    """Names never recognised on their own (城区, 郊区; short names that are words: 大同)."""
    return load_words("place_ambiguous.txt")


def confirmed_ambiguous(text: str) -> frozenset[str]:
    """Divisions whose bare name is a common phrase (城关区, 市中区), written in ``text`` right
    after their parent's name (拉萨市城关区, 兰州城关区): there, and so in the whole text, they
    name that division."""
    out = set()
    for name, parents in _ambiguous_divisions():
        if name in text and any(p + name in text for p in parents):
            out.add(name)
    return frozenset(out)


@cache
def _ambiguous_divisions() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Ambiguous names that are divisions, each with its parents' full and short names."""
    rows = []
    for name in sorted(ambiguous_names()):
        if is_full_name(name):
            parents = {n for d in lookup(name) for p in _chain(d)[:-1] for n in (p.name, p.short) if n}
            rows.append((name, tuple(sorted(parents))))
    return tuple(rows)


def divisions() -> tuple[Division, ...]:
    return tuple(_tables()[0].values())


def get(adcode: str) -> Division | None:
    return _tables()[0].get(adcode)


def is_full_name(name: str) -> bool:
    return name in _tables()[1]


def is_short_name(name: str) -> bool:
    return name in _tables()[2]


def short_name(name: str) -> str:
    """仓山区 → 仓山, 延边朝鲜族自治州 → 延边; "" when the name has none or is unknown."""
    found = _tables()[1].get(name)
    return found[0].short if found else ""


def province_of_abbrev(abbr: str) -> str | None:
    """闽 → 福建省, 八闽 → 福建省 (no context check; see :func:`abbreviation_at`)."""
    hit = _abbrevs().get(abbr)
    return hit[0] if hit else None


# ---------------------------------------------------------------- lookups

def _chain(d: Division) -> list[Division]:
    """The division and its ancestors, outermost first."""
    by_code = _tables()[0]
    out = [d]
    seen = {d.adcode}
    while out[0].parent and out[0].parent in by_code and out[0].parent not in seen:
        seen.add(out[0].parent)
        out.insert(0, by_code[out[0].parent])
    return out


def _context_codes(region_path: tuple[str, ...] | list[str]) -> set[str]:
    """Adcodes of every division the region path names, resolved top-down."""
    return set(_context_codes_of(tuple(region_path or ())))


@cache
def _context_codes_of(region_path: tuple[str, ...]) -> frozenset[str]:
    """:func:`_context_codes`, once per region path (the tables do not change)."""
    codes: set[str] = set()
    parent: Division | None = None
    for name in region_path or ():
        cands = lookup(name)
        if parent is not None:
            inside = [c for c in cands if parent.adcode in {x.adcode for x in _chain(c)}]
            cands = inside or cands
        if len(cands) == 1:
            parent = cands[0]
            codes.update(x.adcode for x in _chain(parent))
        elif cands:
            codes.update(c.adcode for c in cands)
    return frozenset(codes)


def lookup(name: str, region_path: tuple[str, ...] | list[str] = ()) -> list[Division]:
    """Divisions a name can denote (full name first, else short name, else a province
    abbreviation), best first: those lying in ``region_path`` first, then higher levels
    (吉林 → 吉林省 before 吉林市), then by adcode."""
    by_code, by_name, by_short = _tables()
    name = (name or "").strip()
    if not name:
        return []
    if name in by_name:
        cands = list(by_name[name])
    elif name in by_short:
        cands = list(by_short[name])
    else:
        prov = province_of_abbrev(name)
        cands = list(by_name.get(prov, [])) if prov else []
    if not cands:
        return []
    context = _context_codes(tuple(region_path)) if region_path else set()

    def score(d: Division):
        chain = [x.adcode for x in _chain(d)]
        shared = sum(1 for c in chain if c in context)
        return (-shared, LEVEL_RANK[d.level], d.adcode)

    return sorted(cands, key=score)


def resolve(name: str, region_path: tuple[str, ...] | list[str] = ()) -> Division | None:
    """The one division a name denotes, or None when unknown or still ambiguous.

    Ambiguity is settled by the region path (鼓楼区 in a 福州 report is 福州's) and,
    for short names, by level (吉林 → 吉林省)."""
    cands = lookup(name, region_path)
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    context = _context_codes(tuple(region_path)) if region_path else set()

    def key(d: Division):
        chain = [x.adcode for x in _chain(d)]
        return (sum(1 for c in chain if c in context), -LEVEL_RANK[d.level])

    best = key(cands[0])
    if best == key(cands[1]):
        return None
    return cands[0]


def _as_division(name_or_code: str | Division, region_path=()) -> Division | None:
    if isinstance(name_or_code, Division):
        return name_or_code
    text = str(name_or_code)
    if text.isdigit():
        return get(text)
    return resolve(text, region_path)


def parents(name_or_code: str | Division, region_path: tuple[str, ...] = ()) -> tuple[Division, ...]:
    """The enclosing divisions, outermost first (仓山区 → 福建省, 福州市)."""
    d = _as_division(name_or_code, region_path)
    return tuple(_chain(d)[:-1]) if d else ()


def parent_names(name_or_code: str | Division, region_path: tuple[str, ...] = ()) -> list[str]:
    """Names of the enclosing divisions, outermost first (仓山区 → [福建省, 福州市])."""
    return [p.name for p in parents(name_or_code, region_path)]


def path_of(name: str, region_path: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Full names from the province down to the named division (仓山 → 福建省, 福州市, 仓山区);
    () when the name is unknown or ambiguous."""
    d = _as_division(name, region_path)
    return tuple(x.name for x in _chain(d)) if d else ()


def canonical(name: str, region_path: tuple[str, ...] = ()) -> str:
    """The full name a place name denotes (仓山 → 仓山区, 闽 → 福建省); the name itself
    when it cannot be resolved."""
    d = resolve(name, region_path)
    return d.name if d else name


# ---------------------------------------------------------------- scanning text

@cache
def _scan_index():
    by_code, by_name, by_short = _tables()
    full = {n for n in by_name}
    short = {n for n in by_short}
    max_len = max(len(n) for n in full | short)
    heads: dict[str, int] = {}   # most positions start no place name at all
    for n in full | short:       # the first two characters → the longest name so starting
        heads[n[:2]] = max(heads.get(n[:2], 0), len(n))
    first = re.compile("[" + "".join(sorted({re.escape(h[0]) for h in heads})) + "]")
    return full, short, max_len, heads, first


def may_start_name(text: str, pos: int) -> bool:
    """Whether a full or short division name can start at ``text[pos]`` (by its first two
    characters); when not, no piece of text from there is one."""
    return text[pos:pos + 2] in _scan_index()[3]


def scan(text: str, start: int = 0, end: int | None = None, shorts: bool = True):
    """Place names in ``text[start:end]``, longest match first, left to right.

    Yields ``(start, end, name, kind)`` with kind ``"full"`` or ``"short"``. No
    context checks beyond the ambiguity list: the recogniser decides what to keep."""
    full, short, max_len, heads, first = _scan_index()
    stop = ambiguous_names()
    end = len(text) if end is None else end
    i = start
    while i < end:
        if text[i:i + 2] not in heads:
            nxt = first.search(text, i + 1, end)   # skip to where a name could start
            i = nxt.start() if nxt else end
            continue
        hit = None
        for n in range(min(heads[text[i:i + 2]], end - i), 1, -1):
            piece = text[i:i + n]
            if piece in full and piece not in stop:
                hit = (i, i + n, piece, "full")
                break
            if shorts and piece in short and piece not in stop:
                hit = (i, i + n, piece, "short")
                break
        if hit:
            yield hit
            i = hit[1]
        else:
            i += 1


@cache
def _abbrev_first() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted({re.escape(k[0]) for k in _abbrevs()})) + "]")


def abbreviation_starts(text: str):
    """The offsets where :func:`abbreviation_at` can find something (every other offset
    starts no abbreviation), in order."""
    return (m.start() for m in _abbrev_first().finditer(text))


def abbreviation_at(text: str, i: int) -> tuple[int, int, str] | None:
    """A province abbreviation at ``text[i]`` used as a place (来闽, 入闽, 八闽, 在沪):
    ``(start, end, province)``, else None."""
    table = _abbrevs()
    two = text[i:i + 2]
    if two in table and table[two][1] == "literary":
        return i, i + 2, table[two][0]
    ch = text[i:i + 1]
    if ch in table and table[ch][1] in ("abbr", "alt") and i > 0 and text[i - 1] in _ABBREV_BEFORE:
        nxt = text[i + 1:i + 2]
        # 来闽考察, 入闽工作, 在沪期间: the abbreviation stands alone, not inside a word
        # (在新时代, 来宁波 are not abbreviations).
        if ch in "新青宁云贵黑吉台甘秦京川":
            return None
        if nxt and (nxt in _ABBREV_AFTER_STOP or _forms_word(ch + nxt)):
            return None
        return i, i + 1, table[ch][0]
    return None


def _forms_word(pair: str) -> bool:
    by_name = _tables()[1]
    by_short = _tables()[2]
    return any(n.startswith(pair) for n in by_short) or any(n.startswith(pair) for n in by_name)


# ---------------------------------------------------------------- the report's region

_TITLE_NOISE = re.compile(r"\s+")


def region_from_text(text: str) -> tuple[str, ...]:
    """The region a title line or signature names, outermost first.

    "福州市仓山区教育局" → (福建省, 福州市, 仓山区); "仓山区2022年教育工作总结" → the
    same. Names that several divisions share are settled by the other names in the
    text (福州市鼓楼区); when nothing settles them only the innermost name is returned
    (("鼓楼区",)). () when the text names no division."""
    text = _TITLE_NOISE.sub("", text or "")
    found: list[tuple[int, str, str]] = []   # (position, name, kind)
    for s, e, name, kind in scan(text):
        # Short names only at the very start or before a body / report word, so that a
        # short name inside an ordinary phrase does not set the region.
        if kind == "short":
            nxt = text[e:e + 4]
            if not (s == 0 or re.match(r"(?:\d|教|县|市|区|人民|政府|委|年)", nxt)):
                continue
        found.append((s, name, kind))
    if not found:
        return ()
    names = [n for _, n, _ in found]
    # Resolve each name with the others as context; keep the deepest consistent chain.
    best: tuple[int, int, tuple[str, ...]] | None = None
    for idx, (pos, name, kind) in enumerate(found):
        context = tuple(n for n in names if n != name)
        d = resolve(name, context)
        if d is None:
            cands = lookup(name, context)
            if cands:
                candidate_path: tuple[str, ...] = (cands[0].name,) if kind == "full" else ()
                if candidate_path:
                    score = (LEVEL_RANK[cands[0].level], -idx, candidate_path)
                    if best is None or score[:2] > best[:2]:
                        best = score
            continue
        chain = tuple(x.name for x in _chain(d))
        # support: how many other names found lie on this chain
        score = (LEVEL_RANK[d.level], -idx, chain)
        if best is None or score[:2] > best[:2]:
            best = score
    return best[2] if best else ()
