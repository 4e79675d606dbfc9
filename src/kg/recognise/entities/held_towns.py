"""Towns listed after a word of holding (X县辖A镇、B镇7个镇和C乡、D乡3个乡; X县下辖A镇、和睦镇):
a county's own description names all its towns in one 、-list. The two-or-three-character
town rule reads neither an item whose name opens with a function word's character (和平镇)
nor the first item, glued to 辖 (辖营根镇), so such a list is read item by item here."""
from __future__ import annotations

import re

from .counted_towns import ethnic_groups
from .doc import CN_NUM, NUMBER_TAGS, STRONG_TAGS, WordedText
from .lexicon import dictionary_tag, generic_terms, name_breakers

HOLDING = re.compile(r"(?:下辖|现辖|所辖|管辖|辖有|辖)(?![区内])")     # not 辖区内…
# an item: two to four characters of its own name (an ethnic group may follow), the type word
# (a city's districts and counties are read the same way: 下辖平城区、云冈区4个区和阳高县…, where
# a district newer than the gazetteer is named only here)
ITEM = re.compile(r"([\u4e00-\u9fff]{2,8}?)(镇|乡|街道|区|县|旗)(?=[、，,和及与等；;。\d一二两三四五六七八九十])")
SEPARATOR = re.compile(r"等?[\d一二两三四五六七八九十]{1,3}个(?:乡镇|镇乡|镇街|街道|镇|乡|城区|市辖区|区|县|旗"
                       r"|县级市|县（市）|县\(市\)|县市|县区|区县)|[、，,和及与]|以及|其中")
COUNTY_KINDS = ("区", "县", "旗")
NOT_IN_NAME = set("各全本该我其这那每共计约近超达占个辖内")
MAX_ITEMS = 60      # bounded: a list is read at most this far


def _item(doc: WordedText, pos: int) -> tuple[int, int] | None:
    """The town whose name starts at ``pos``, or None when what stands there is no name."""
    m = ITEM.match(doc.text, pos)
    if not m:
        return None
    core = m.group(1)
    for eth in ethnic_groups():
        if core.endswith(eth) and len(core) > len(eth):
            core = core[:-len(eth)]
            break
    if not 2 <= len(core) <= 4 or any(ch in NOT_IN_NAME for ch in core) or all(ch in CN_NUM for ch in core):
        return None
    if m.group(2) in COUNTY_KINDS and (core[0] in "的和及与以" or "的" in core):
        return None                     # 和杞县, 以及柳城县, 的铁东区: a joining word before a short name

    if core in generic_terms()[0] or core in name_breakers() or m.group(0) in generic_terms()[0]:
        return None
    if dictionary_tag(core) in STRONG_TAGS | NUMBER_TAGS:     # the list says it is a name
        return None
    return m.start(), m.end()


def held_towns(doc: WordedText) -> set[str]:
    """Every town of a 、-list that opens right after a word of holding; a 和/及/与 before
    an item is a separator when the rest is a town of its own (和上安乡), else part of the
    name (和睦镇)."""
    text, out = doc.text, set()
    if "辖" not in text:
        return out
    for verb in HOLDING.finditer(text):
        pos, items = verb.end(), []
        for _ in range(MAX_ITEMS):
            if text[pos:pos + 1] in ("和", "及", "与") and _item(doc, pos + 1):
                pos += 1
                continue
            hit = _item(doc, pos)
            if hit:
                items.append(text[hit[0]:hit[1]])
                pos = hit[1]
                continue
            sep = SEPARATOR.match(text, pos)
            if not sep:
                break
            pos = sep.end()
        if len(items) >= 2:
            out.update(items)
    return out
