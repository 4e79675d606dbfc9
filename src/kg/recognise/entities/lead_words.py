"""A preposition or a role word glued to the front of an institution's name (以|青山镇中心学校为例,
由县教师进修学校牵头, 委托华东师范大学开展, 承办单位南阳市第五中学): jieba joins 以青, 由县, so
the walk to the left keeps them. What follows the lead word opens a name of its own (a place,
县/区/市, a town), so the lead word is cut off."""
from __future__ import annotations

import re

from ...model import contract_class
from .doc import Candidate, WordedText

INSTITUTIONS = ("School", "University", "GovernmentAgency", "Organization")
# one character that introduces a noun phrase and opens no school's name
LEAD_CHARS = set("以由从在对被把让使给经据")
# words naming a role in the sentence, never the first word of a name
LEAD_WORDS = ("承办单位", "协办单位", "主办单位", "参赛单位", "单位", "委托", "依托", "带动")
# what opens a name after the lead character: a relative place, a town, an ordinal school
OPENS_NAME = re.compile(r"(?:[县区市省](?!长|委)|[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))")


def strip_lead_words(doc: WordedText, cands: list[Candidate]) -> list[Candidate]:
    out = []
    for c in cands:
        if contract_class(c.type) in INSTITUTIONS:
            cut = _lead_length(doc, c)
            if cut:
                c = Candidate(c.start + cut, c.end, c.type, c.name[cut:], c.priority, c.source)
        out.append(c)
    return out


def _lead_length(doc: WordedText, c: Candidate) -> int:
    name = c.name
    if doc.text[c.start:c.end] != name:
        return 0
    for w in LEAD_WORDS:
        if name.startswith(w) and len(name) - len(w) >= 4:
            return len(w)
    if c.start in doc.place_end_at:
        return 0                # 从江县…: a place the gazetteer knows opens the name
    if name[0] in LEAD_CHARS and len(name) >= 6 and \
            (c.start + 1 in doc.place_end_at or OPENS_NAME.match(name, 1)):
        return 1
    return 0
