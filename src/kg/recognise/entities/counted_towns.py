"""Towns listed with a figure each (威远镇1.26万人，塘川镇3120人): a report breaking a total
down by town writes every town's name between punctuation, right before its number. The
gazetteer knows no towns, and such names are often four characters long or carry an
ethnic group (某某藏族乡), which the two-or-three-character town rule does not read."""
from __future__ import annotations

import re
from functools import cache

from ...data import load_words, longest_first
from .doc import CN_NUM, NUMBER_TAGS, SINGLE_BREAKERS, STRONG_TAGS, WordedText
from .lexicon import dictionary_tag, generic_terms, name_breakers

# a town's type word right before a figure's digits
TOWN_BEFORE_FIGURE = re.compile(r"(?:镇|乡|街道)(?=\d)")
# what opens an item of a list
ITEM_OPEN = set("，,、；;：:\n（(")
NOT_IN_NAME = set("各全本该我其这那每共计约近超达占") | set("0123456789.%")


@cache
def ethnic_groups() -> tuple[str, ...]:
    return longest_first(load_words("ethnic_groups.txt"))


def _item_town(doc: WordedText, end: int, sfx: str) -> tuple[int, int] | None:
    """The town ending at ``end`` when it is a whole list item: punctuation, two to four
    characters of its own name (an ethnic group may follow them), the type word."""
    text = doc.text
    b = end - len(sfx)
    lo = max(0, b - 9)
    start = b
    while start > lo and text[start - 1] not in ITEM_OPEN:
        start -= 1
    if start > 0 and text[start - 1] not in ITEM_OPEN:
        return None
    core = text[start:b]
    for eth in ethnic_groups():
        if core.endswith(eth) and len(core) > len(eth):
            core = core[:-len(eth)]
            break
    if not 2 <= len(core) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in core):
        return None
    if any(ch in NOT_IN_NAME for ch in core) or all(ch in CN_NUM for ch in core) or core[0] in SINGLE_BREAKERS:
        return None
    generic = generic_terms()[0]
    if core in generic or core in name_breakers() or text[start:end] in generic:
        return None
    if dictionary_tag(core) in STRONG_TAGS | NUMBER_TAGS | {"v", "vn", "a", "ad"}:
        return None
    return start, end


def counted_towns(doc: WordedText) -> set[str]:
    """Towns named as items of a list that gives each a figure; two such items in one
    sentence are needed, so a lone 某某乡3所 stays to the other rules."""
    text = doc.text
    by_sentence: dict[int, set[str]] = {}
    for m in TOWN_BEFORE_FIGURE.finditer(text):
        sfx = "街道" if text.endswith("街道", 0, m.end()) else text[m.end() - 1]
        hit = _item_town(doc, m.end(), sfx)
        if hit is None:
            continue
        lo = max(0, hit[0] - 400)           # bounded: a long text is not searched back to its start
        sent = max(text.rfind("。", lo, hit[0]), text.rfind("\n", lo, hit[0]), lo - 1)
        by_sentence.setdefault(sent, set()).add(text[hit[0]:hit[1]])
    return {t for towns in by_sentence.values() if len(towns) >= 2 for t in towns}
