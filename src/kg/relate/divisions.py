"""Places listed under a division: how reports write which districts, counties and towns a
place has (X市下辖A区、B区2个区和C县, X县现辖A街道等4个街道和B镇等19个乡镇, 其中A、B为市辖区),
and lists whose first item carries the place (X市A区、B区和C县; X镇A小学、B小学)."""
from __future__ import annotations

import re

from .. import gazetteer
from ..model import Entity, Mention, Relation, Report, contract_class
from .text import mention_owner, outermost

# 下辖/现辖/所辖 … a list; 辖 alone only right after the place (X市辖A区)
HOLDS = re.compile(r"(?:下辖|现辖|所辖|管辖|辖有|代管|辖)")
OPENS_HOLDING = re.compile(r"(?:现|下|共|目前)?(?:辖|代管)")
# what may stand between listed places: a count of the kind (等5个街道), a separator,
# 其中, the kind they are (为市辖区，), 另设
DIVISION_KIND = r"(?:县级市|自治县|自治旗|街道|乡镇|镇乡|镇街|市辖区|城区|区|县|市|镇|乡|旗|苏木)"
BETWEEN = re.compile(r"(?:等?[\d一二两三四五六七八九十]{1,3}个" + DIVISION_KIND + r"|为" + DIVISION_KIND
                     + r"|[、，,和及与]|以及|其中|另设)")
# a listed division the recogniser did not name (老城区): stepped over, not linked
UNNAMED = re.compile(r"[\u4e00-\u9fff]{1,6}?" + DIVISION_KIND + r"(?=[、，,和及与为等\d])")
TOWNS = ("镇", "乡", "街道")
SENTENCE_BREAK = "。；;！？!?\n"
PLACED = ("School", "GovernmentAgency", "Organization", "University")


def outer_names(report: Report) -> tuple[dict, list[Mention]]:
    """Each mention's entity, and the outermost named mentions in text order (computed once
    for the place rules)."""
    owner = mention_owner(report)
    ms = outermost(sorted((m for m in report.mentions if (m.start, m.end) in owner),
                          key=lambda m: (m.start, -m.end)))
    return owner, ms


def listed_divisions(report: Report, owner: dict, ms: list[Mention]) -> list[Relation]:
    """Every place listed after a word of holding lies in the place that holds them."""
    text = report.text
    if "辖" not in text:
        return []
    at = {m.start: m for m in ms}
    ending = {m.end: m for m in reversed(ms)}      # the first listed of those ending there
    by_label = {e.label: e for e in report.entities if contract_class(e.type) == "Place"}
    rels: list[Relation] = []
    for verb in HOLDS.finditer(text):
        holder = _holder(report, at, ending, owner, verb)
        if holder is None:
            continue
        pos = verb.end()
        while pos < len(text) and text[pos] not in SENTENCE_BREAK:
            n = at.get(pos)         # a name first: 和平镇 is a town, not 和 and 平镇
            gap = BETWEEN.match(text, pos) if n is None else None
            if gap:
                pos = gap.end()
                continue
            if n is None:
                skip = UNNAMED.match(text, pos)
                if skip is None:
                    break
                # a division named elsewhere in the report but not here (下辖城关区、…): linked
                known = by_label.get(skip.group())
                if known is not None and known is not holder:
                    where = report.sentence_at(pos)
                    rels.append(Relation(known.key, "locatedIn", holder.key,
                                         where.index if where is not None else None))
                pos = skip.end()
                continue
            inner = owner[(n.start, n.end)]
            if contract_class(inner.type) != "Place":
                break
            if inner is not holder:
                rels.append(Relation(inner.key, "locatedIn", holder.key, n.sentence))
            pos = n.end
    return rels


def _holder(report: Report, at: dict[int, Mention], ending: dict[int, Mention], owner,
            verb: re.Match) -> Entity | None:
    """The place right before the verb (岳阳市下辖), or, for a clause that opens with it
    (…是人口大县，现辖…), the innermost place the sentence opens with."""
    text = report.text
    before = ending.get(verb.start())
    joined = JOINED_HOLDER.search(text, max(0, verb.start() - 2), verb.start())
    if before is None and joined is not None and joined.end() == verb.start() \
            and verb.group() in ("所辖", "下辖"):
        before = ending.get(joined.start())     # 鹤岗市及所辖萝北县: the place before 及
    if before is not None:
        e = owner[(before.start, before.end)]
        return e if contract_class(e.type) == "Place" else None
    cs = _clause_start(text, verb.start())
    if OWN_AREA_LEAD.fullmatch(text, cs, verb.start()):
        return _own_area(report)        # 全市辖A区、B区, 县境内辖A镇: the report's own area
    lead = OPENS_HOLDING.match(text, cs)
    if not lead or lead.end() != verb.end():
        return None
    if verb.group() == "辖" and lead.group() == "辖" and verb.end() not in at:
        return None         # 辖区内…; but …7个区，辖A县、B县4个县 goes on holding
    start = verb.start()
    while start > 0 and text[start - 1] not in SENTENCE_BREAK + "。":
        start -= 1
    holder, pos = None, start
    while pos in at and contract_class(owner[(at[pos].start, at[pos].end)].type) == "Place":
        holder, pos = owner[(at[pos].start, at[pos].end)], at[pos].end
    return holder or _place_ending_clause_before(report, ending, owner, _clause_start(text, verb.start()))


def _place_ending_clause_before(report: Report, ending: dict[int, Mention], owner, cs: int) -> Entity | None:
    """…全市指四川省南充市，下辖A区、B区: the place the clause before ends on, when that
    clause holds nothing itself (代管讷河市，辖A县 is the city's, not 讷河市's)."""
    text = report.text
    named = ending.get(cs - 1) if text[cs - 1:cs] in ("，", ",") else None
    if named is None or contract_class(owner[(named.start, named.end)].type) != "Place" \
            or HOLDS.search(text, _clause_start(text, named.start), named.start):
        return None
    return owner[(named.start, named.end)]


# X市及所辖A县、B县, X市和下辖各县: the holder written before 及 (其)
JOINED_HOLDER = re.compile(r"(?:及其|及|和|与|以及)")


# 全市, 全县, 县境内, 本区: the report's own area opening the clause that holds
OWN_AREA_LEAD = re.compile(r"(?:全|本|我)?[市县区旗](?:境内|域内)?(?:现|下|共|目前)?")


def _own_area(report: Report) -> Entity | None:
    """The Place entity of the area the report's signing body serves, when the report names it."""
    if not report.region:
        return None
    return next((e for e in report.entities if contract_class(e.type) == "Place"
                 and e.label == report.region), None)


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in "，,；;。：:\n":
        i -= 1
    return i


def carried_prefix(report: Report, located: dict[str, str], owner: dict, ms: list[Mention]) -> list[Relation]:
    """A 、-list whose first item is written after its place (兰州市城关区、七里河区和
    榆中县; X镇A小学、B小学): the later items lie there too, when they name no place
    of their own (the gazetteer must not put a listed place elsewhere)."""
    text = report.text
    places = [m for m in report.mentions if (m.start, m.end) in owner
              and contract_class(owner[(m.start, m.end)].type) == "Place"]
    place_at = {m.start: m for m in places}
    by_key = {e.key: e for e in report.entities}
    rels: list[Relation] = []
    for i, m in enumerate(ms):
        first = owner[(m.start, m.end)]
        cls = contract_class(first.type)
        lead = place_at.get(m.start)
        if lead is None:
            continue
        if cls == "Place":
            # X市A区、…: the first item is the place right after X
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is None or nxt.start != m.end or contract_class(owner[(nxt.start, nxt.end)].type) != "Place":
                continue
            parent, start = first.key, i + 1
        elif cls == "School" and lead.end < m.end and first.key in located \
                and by_key[located[first.key]].label.endswith(TOWNS):
            # only a town's: its village schools are named by their village (X镇A小学、B小学),
            # a district's list names schools of their own
            parent, start = located[first.key], i
        else:
            continue
        kind = contract_class(owner[(ms[start].start, ms[start].end)].type)
        pos = ms[start].end
        for n in ms[start + 1:]:
            if text[pos:pos + 1] not in "、和及与" or n.start != pos + 1:
                break
            item = owner[(n.start, n.end)]
            if contract_class(item.type) != kind or item.key == parent:
                break
            if kind == "Place":
                parents = list(gazetteer.parent_names(item.label, report.region_path))
                if parents and parents[-1] != by_key[parent].label:
                    break
            elif item.key in located or n.start in place_at:
                pos = n.end
                continue
            rels.append(Relation(item.key, "locatedIn", parent, n.sentence))
            pos = n.end
    return rels
