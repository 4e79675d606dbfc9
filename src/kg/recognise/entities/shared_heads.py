"""Names that share a head in a list (小学、初中、高中三个学段教研中心; 中央、省委巡回指导组):
each listed level with the head is a name of its own (小学教研中心, 中央巡回指导组).

Only levels of schooling or of government stand in such lists here (a general fact, not a
list of names), so that an ordinary list (科技、艺术、体育等社团) is not read as names."""
from __future__ import annotations

import re

from ... import gazetteer
from ...data import longest_first
from .doc import Candidate, WordedText

SCHOOL_LEVELS = ("学前", "幼儿园", "小学", "初中", "高中", "普高", "中职", "职教", "特教", "中学")
GOVERNMENT_LEVELS = ("中央", "国家", "省委", "市委", "区委", "县委", "州委", "省", "市", "县", "区", "州", "乡镇", "乡", "镇")
LEVELS = longest_first(SCHOOL_LEVELS + GOVERNMENT_LEVELS)
# Head words of bodies and centres a list of levels shares
BODY_HEADS = ("巡回指导组", "巡视组", "督导组", "指导组", "工作组", "工作专班", "专班", "领导小组")
CENTRE_HEADS = ("教研中心", "教学研究中心", "研训中心", "指导中心", "服务中心", "发展中心", "资源中心",
                "教研室", "教研组", "名师工作室")
_LEVEL = "|".join(re.escape(x) for x in LEVELS)
_HEAD = "|".join(re.escape(x) for x in longest_first(BODY_HEADS + CENTRE_HEADS))
SHARED = re.compile(rf"((?:(?:{_LEVEL})[、和及与])+)({_LEVEL})"
                    rf"((?:[两二三四五六七八九十\d]+个|[两二三四五六七八九十]+)(?:学段|层级|级|类)?)?"
                    rf"((?:[\u4e00-\u9fff]{{0,4}}?)(?:{_HEAD}))")


# 碑林区、雁塔区、未央区教育局: places listed before a body's type word each have that body
AGENCY_HEADS = ("教育局", "教体局", "教育体育局", "教育和体育局", "人民政府", "政府")
PLACE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{1,5}?[省市区县旗州][、和及与])+)([\u4e00-\u9fff]{1,5}?[省市区县旗州])("
                        + "|".join(AGENCY_HEADS) + ")")


def _place_list_agencies(text: str) -> list[Candidate]:
    out = []
    for m in PLACE_LIST.finditer(text):
        members = [(m.start(1) + p.start(1), m.start(1) + p.end(1))
                   for p in re.finditer(r"([\u4e00-\u9fff]{1,5}?[省市区县旗州])[、和及与]", m.group(1))]
        if not members or not all(gazetteer.is_full_name(text[s:e]) for s, e in members) \
                or not gazetteer.is_full_name(m.group(2)):
            continue
        for s, e in members:               # the last is named in full by the text itself
            out.append(Candidate(s, e, "GovernmentAgency", text[s:e] + m.group(3), 6, "shared-head"))
    return out


def shared_heads(doc: WordedText) -> list[Candidate]:
    out = _place_list_agencies(doc.text)
    text = doc.text
    for m in SHARED.finditer(text):
        head = m.group(4)
        members = []
        pos = m.start(1)
        for part in re.finditer(rf"({_LEVEL})[、和及与]", m.group(1)):
            members.append((pos + part.start(1), pos + part.end(1)))
        members.append((m.start(2), m.end(2)))
        words = [text[s:e] for s, e in members]
        school = all(w in SCHOOL_LEVELS for w in words)
        government = all(w in GOVERNMENT_LEVELS for w in words)
        body = any(head.endswith(h) for h in BODY_HEADS)
        if not ((school and not body) or (government and body)):
            continue                       # 县、乡两级家长学校: levels of a kind, no names
        cls = "GovernmentAgency" if body else "Organization"
        for s, e in members[:-1]:          # the last is named in full by the text itself
            out.append(Candidate(s, e, cls, text[s:e] + head, 6, "shared-head"))
        s, e = members[-1]
        if m.group(3):                     # 高中三个学段教研中心: the count is no part of the name
            out.append(Candidate(s, e, cls, text[s:e] + head, 6, "shared-head"))
        else:
            out.append(Candidate(s, m.end(4), cls, text[s:e] + head, 6, "shared-head"))
    return out
