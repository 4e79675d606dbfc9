"""Places: gazetteer names the text uses (full, short and abbreviated), the place
names that open other names, and towns and streets, which the gazetteer lacks."""
from __future__ import annotations

import re

from ... import gazetteer
from ...model import contract_class
from ...spans import SpanIndex
from .counted_towns import counted_towns, ethnic_groups
from .held_towns import held_towns
from .doc import BOUNDARY, CN_NUM, NUMBER_TAGS, SINGLE_BREAKERS, STRONG_TAGS, Candidate, WordedText
from .lexicon import name_breakers, generic_terms, dictionary_tag


def place_word(doc: WordedText, word: str) -> bool:
    """A word that is a place the text names (平和 with 平和县 in the text, 漳州)."""
    if len(word) < 2:
        return False
    if word in gazetteer.ambiguous_names():
        # 黄山 (a mountain too) is the city where the text names 黄山市 in full
        return any(d.short == word and d.level == "city" and d.name in doc.full_places
                   for d in gazetteer.lookup(word))
    return gazetteer.is_full_name(word) or (gazetteer.is_short_name(word) and short_ok(doc, word))


def place_prefix(doc: WordedText, s: int, e: int, relative: bool = True) -> int:
    """End of the place names at the start of text[s:e] (福州市仓山区…, 福州…, 市…)."""
    pos = s
    while pos < e:
        step = place_at(doc, pos, e)
        if not step:
            break
        pos += step
    if relative and pos == s and pos < e and doc.text[pos] in "省市区县":
        pos += 1
    return pos


def place_at(doc: WordedText, pos: int, e: int) -> int:
    if not gazetteer.may_start_name(doc.text, pos) and not (
            doc.confirmed_places and doc.text[pos:pos + 2] in {n[:2] for n in doc.confirmed_places}):
        return 0
    for n in range(min(12, e - pos), 1, -1):
        piece = doc.text[pos:pos + n]
        if piece in doc.confirmed_places:
            return n
        if piece in gazetteer.ambiguous_names():
            continue
        if gazetteer.is_full_name(piece):
            return n
        if gazetteer.is_short_name(piece) and short_ok(doc, piece):
            return n
    return 0


def short_ok(doc: WordedText, short: str) -> bool:
    """A short name counts as a place when it names a province or prefecture, or when
    the text also names the full division (仓山 with 仓山区)."""
    if short in gazetteer.ambiguous_names():
        return False
    for d in gazetteer.lookup(short):
        if d.short != short:
            continue
        if d.level in ("province", "city") or d.name in doc.full_places:
            return True
    return False


def place_mentions(doc: WordedText, others: list[Candidate]) -> list[Candidate]:
    text = doc.text
    out = []

    index = SpanIndex(others)

    def nested(s: int, e: int) -> bool:
        return any(c.start <= s and e <= c.end and (c.start, c.end) != (s, e)
                   for c in index.near(s, e))

    hits = list(gazetteer.scan(text))
    full_starts = {s for s, _, _, kind in hits if kind == "full"}
    full_ends = {e for _, e, _, kind in hits if kind == "full"}
    for s, e, name, kind in hits:
        if kind == "full":
            if len(name) == 2 and not _two_char_ok(doc, s, e) and not listed_place(text, s, e, full_starts, full_ends):
                continue
            out.append(Candidate(s, e, "Place", name, 8, "place"))
        else:
            if nested(s, e) or not short_ok(doc, name):
                continue
            if not (s in doc.starts or s == 0 or text[s - 1] in BOUNDARY):
                continue
            out.append(Candidate(s, e, "Place", name, 8, "place-short"))
    for name in sorted(doc.confirmed_places):
        for m in re.finditer(re.escape(name), text):
            out.append(Candidate(m.start(), m.end(), "Place", name, 8, "place"))
    for i in gazetteer.abbreviation_starts(text):
        hit = gazetteer.abbreviation_at(text, i)
        if hit and not nested(hit[0], hit[1]):
            out.append(Candidate(hit[0], hit[1], "Place", text[hit[0]:hit[1]], 8, "place-abbrev"))
    return out


def _two_char_ok(doc: WordedText, s: int, e: int) -> bool:
    """和县, 易县: only at a line start, after the parent's name, or before a body."""
    text = doc.text
    if s == 0 or text[s - 1] == "\n":
        return True
    if re.match(r"教育局|教体局|人民政府|政府|委|教育", text[e:e + 4]):
        return True
    for p in gazetteer.lookup(text[s:e]):
        for par in gazetteer.parents(p):
            for n in (par.name, par.short):
                if n and text[max(0, s - len(n)):s] == n:
                    return True
    return False


def listed_place(text: str, s: int, e: int, starts: set[int], ends: set[int]) -> bool:
    """丰县、沛县、睢宁县: a two-character county is an item of a list of places."""
    return (text[s - 1:s] == "、" and s - 1 in ends) or (text[e:e + 1] == "、" and e + 1 in starts)


# 苏木 is a town of Inner Mongolia's banners (协代苏木, 宝龙山镇 side by side)
TOWN = re.compile(r"([\u4e00-\u9fff]{2,3}?)(镇|乡|街道|苏木)")
TOWN_NEXT_STOP = {"乡": set("镇村土下亲贤情愁音"), "镇": set("压守静定痛"), "街道": set("办"), "苏木": set("镇乡")}
TWO_CHAR_TOWN_KINDS = ("街道", "苏木")
SUMU = re.compile(r"([\u4e00-\u9fff]{4})(苏木)")      # Mongolian names run to four characters (巴彦某某苏木)


def _town_kind_ending(text: str, end: int) -> str:
    """The town type word ending at ``end`` (街道, 苏木, or one character: 镇, 乡)."""
    for kind in TWO_CHAR_TOWN_KINDS:
        if text.endswith(kind, 0, end):
            return kind
    return text[end - 1:end]
TOWN_OWNERS = ("School", "GovernmentAgency", "Organization")


def _town_at(doc: WordedText, pos: int, need_more: bool, listed: bool = False) -> tuple[int, int] | None:
    """A town or street (坂仔镇, 白沙岭镇, 鼓山街道) starting at ``pos``: two or three
    characters of its own name and the type word, the name neither generic (城乡, 乡镇)
    nor a word that cannot be part of a name."""
    m = TOWN.match(doc.text, pos) or SUMU.match(doc.text, pos)
    if not m:
        return None
    name, sfx = m.group(1), m.group(2)
    after = doc.text[m.end():m.end() + 1]
    if after in TOWN_NEXT_STOP[sfx] or (need_more and (not after or after in BOUNDARY)):
        return None
    generic = generic_terms()[0]
    if name in generic or any(name[:k] in generic or name[k:] in generic for k in range(2, len(name) - 1)) \
            or (len(name) == 3 and (name[:2] in generic or name[1:] in generic)):
        return None
    # in a list of towns (元和街道、黄埭镇) a function word's character may end a name
    breakers = name[:-1] if listed and len(name) == 2 else name
    if any(ch in SINGLE_BREAKERS for ch in breakers) or any(ch in "各全本该我其这那每辖" for ch in name) or \
            all(ch in CN_NUM for ch in name):
        return None
    if name in name_breakers() or dictionary_tag(name) in STRONG_TAGS | NUMBER_TAGS | {"v", "vn", "a", "ad"}:
        return None
    return m.start(), m.end()


# Uyghur, Kazakh or Mongolian town names run to four or five characters (吐木秀克镇,
# 依希来木其乡); only where the town opens a school's or body's name and its head word
# follows straight after is so long a name taken
LONG_TOWN = re.compile(r"([\u4e00-\u9fff]{4,5}?)(镇|乡)(?=中心|中学|小学|初级中学|九年|幼儿园|学校|人民政府|卫生院)")


def _long_town_at(doc: WordedText, pos: int, end: int) -> tuple[int, int] | None:
    m = LONG_TOWN.match(doc.text, pos, end)
    if not m:
        return None
    name = m.group(1)
    generic = generic_terms()[0]
    # 其 and 木 are common in such names (依希来木其乡); a demonstrative opens no name
    if any(ch in SINGLE_BREAKERS for ch in name) or name[0] in "各全本该我其这那每辖" or \
            any(name[k:k + n] in generic for n in (2, 3) for k in range(len(name) - n + 1)) or \
            any(dictionary_tag(name[k:k + 2]) in STRONG_TAGS | {"v", "vn"} for k in range(len(name) - 1)):
        return None
    return m.start(), m.end()


def town_mentions(doc: WordedText, kept: list[Candidate]) -> list[Candidate]:
    """Towns and streets are not in the gazetteer; a report names them (1) after their
    county (平和县坂仔镇), (2) at the start of a school's or body's name (小溪镇中心幼儿园,
    XX镇人民政府). Every other occurrence of a town so found is a mention too."""
    text = doc.text
    found: set[str] = set()
    for s, e, name, kind in doc.full_place_hits:
        d = gazetteer.lookup(name)
        if d and d[0].level in ("county", "city"):
            hit = _town_at(doc, e, need_more=False)
            if hit:
                found.add(text[hit[0]:hit[1]])
    for c in kept:
        if contract_class(c.type) not in TOWN_OWNERS:
            continue
        pos = place_prefix(doc, c.start, c.end, relative=False)
        hit = _town_at(doc, pos, need_more=True) or _long_town_at(doc, pos, c.end)
        if hit and hit[1] < c.end - 1:
            found.add(text[hit[0]:hit[1]])
    found |= _town_lists(doc)
    found |= counted_towns(doc)
    found |= held_towns(doc)
    found |= _campus_towns(doc, kept)
    found |= _located_towns(doc)
    found |= ethnic_townships(doc)
    out = []
    for town in found:
        for m in re.finditer(re.escape(town), text):
            if any(k.type == "Place" and k.start <= m.start() < k.end for k in kept):
                continue
            out.append(Candidate(m.start(), m.end(), "Place", town, 8, "town"))
    return out


# a township of an ethnic group (博孜墩柯尔克孜族乡, 某某回族乡): 族乡 is written only so
ETHNIC_TOWNSHIP = re.compile(r"族乡")
NOT_IN_TOWNSHIP_NAME = set("各全本该我其这那每共计约近超达占个辖内县市区省州旗镇乡")


def ethnic_townships(doc: WordedText) -> set[str]:
    """The name is the two to four characters before the ethnic group, back to the first
    character that cannot be in it (的, a division's type word, punctuation)."""
    text, out = doc.text, set()
    for m in ETHNIC_TOWNSHIP.finditer(text):
        eth = next((g for g in ethnic_groups() if g.endswith("族") and text.endswith(g, 0, m.start() + 1)), None)
        if eth is None:
            continue
        b = m.start() + 1 - len(eth)
        start = b
        while start > max(0, b - 4) and "\u4e00" <= text[start - 1] <= "\u9fff" and \
                text[start - 1] not in SINGLE_BREAKERS and text[start - 1] not in NOT_IN_TOWNSHIP_NAME:
            start -= 1
        core = text[start:b]
        if len(core) >= 2 and core not in generic_terms()[0] and dictionary_tag(core) not in STRONG_TAGS | {"v", "vn"}:
            out.add(text[start:m.end()])
    return out


TOWN_LIST = re.compile(r"(?:镇|乡|街道|苏木)(?=[、和及与])")


def _town_item(doc: WordedText, end: int, listed: bool = False) -> tuple[int, int] | None:
    """The town or street ending at ``end`` whose name opens a word (向|西平乐乡, 在|大坪街道)."""
    text = doc.text
    sfx = _town_kind_ending(text, end)
    for n in ((4, 3, 2) if sfx == "苏木" else (3, 2)):
        pos = end - len(sfx) - n
        if pos < 0:
            continue
        if not (pos == 0 or text[pos - 1] in BOUNDARY or text[pos - 1] in SINGLE_BREAKERS
                or pos in doc.starts):
            continue
        hit = _town_at(doc, pos, need_more=False, listed=listed)
        if hit and hit[1] == end:
            return hit
    return None


# A town or street that a word of location names: 位于簇锦街道的…, 地处石门镇, …街道辖区内
LOCATED_TOWN = re.compile(r"(?:镇|乡|街道|苏木)(?=辖区|境内|的[\u4e00-\u9fff]|[，,。；;])")
LOCATION_VERBS = ("位于", "地处", "坐落于", "落户")


def _located_towns(doc: WordedText) -> set[str]:
    """Towns and streets a sentence places something in: after 位于/地处, or before
    辖区/境内 (智远街道辖区内的…学校)."""
    text, found = doc.text, set()
    for m in LOCATED_TOWN.finditer(text):
        hit = _town_item(doc, m.end())
        if hit is None:
            continue
        lead = text[max(0, hit[0] - 3):hit[0]]
        if text.startswith(("辖区", "境内"), m.end()) or lead.endswith(LOCATION_VERBS):
            found.add(text[hit[0]:hit[1]])
    return found


def _town_lists(doc: WordedText) -> set[str]:
    """西平乐乡、北早现乡 / 解放碑街道、大坪街道: two or more towns or streets of one kind
    listed together name places, though the gazetteer knows neither."""
    text = doc.text
    out: set[str] = set()
    for m in TOWN_LIST.finditer(text):
        first = _town_item(doc, m.end())
        if not first:
            continue
        sfx = m.group(0)
        nxt = m.end() + 1
        for n in (2, 3):
            end = nxt + n + len(sfx)
            if text[nxt + n:end] != sfx or (end < len(text) and text[end] in TOWN_NEXT_STOP[sfx]):
                continue
            hit = _town_at(doc, nxt, need_more=False)
            if hit and hit[1] == end:
                out.add(text[first[0]:first[1]])
                out.add(text[hit[0]:hit[1]])
                break
    out |= _mixed_town_lists(doc)
    return out


def _mixed_town_lists(doc: WordedText) -> set[str]:
    """元和街道、黄埭镇、阳澄湖镇等: streets and towns listed together, three or more
    items, each a town or street of its own name."""
    text = doc.text
    out: set[str] = set()
    for m in re.finditer(r"(?:[\u4e00-\u9fff]{2,4}(?:镇|乡|街道|苏木)、){2,}[\u4e00-\u9fff]{2,4}(?:镇|乡|街道|苏木)", text):
        items = []
        pos = m.start()
        for piece in m.group(0).split("、"):
            items.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        if len({_town_kind_ending(text, b) for a, b in items}) < 2:
            continue                    # one kind only: _town_lists reads those
        hits = [_town_item(doc, b, listed=True) for a, b in items]
        if all(h is not None and h[0] >= a for h, (a, b) in zip(hits, items)):
            out |= {text[h[0]:h[1]] for h in hits}
    return out


CAMPUS_SUFFIX = re.compile(r"([\u4e00-\u9fff]{2})(?:分校|校区|分园)$")


def _campus_towns(doc: WordedText, kept: list[Candidate]) -> set[str]:
    """滨湖路小学刘圩分校 … 刘圩镇: a campus is named after the town it stands in, so the
    campus's own name with a town's type word is that town."""
    text = doc.text
    out: set[str] = set()
    for c in kept:
        if contract_class(c.type) != "School":
            continue
        m = CAMPUS_SUFFIX.search(text[c.start:c.end])
        if not m:
            continue
        for sfx in ("镇", "乡", "街道", "苏木"):
            for r in re.finditer(re.escape(m.group(1) + sfx), text):
                hit = _town_at(doc, r.start(), need_more=False)
                if hit and hit[1] == r.end():
                    out.add(r.group(0))
    return out
