"""Campuses and sections of schools: 吉阳校区、海棠湾校区2个校区 (a campus listed right after
a campus the rules already know is a campus too, though its own name is in no gazetteer),
and X中学新校区, X学校高中部 (a school's name and a section word name a campus of it)."""
from __future__ import annotations

import re

from ...model import contract_class
from .doc import Candidate, WordedText

CAMPUS_HEADS = ("校区", "分校", "分园")
NEXT_CAMPUS = re.compile(r"[、和及]([\u4e00-\u9fff]{2,4}?(?:校区|分校|分园))")
MAX_LIST = 8


def listed_campuses(doc: WordedText, cands: list[Candidate]) -> list[Candidate]:
    text = doc.text
    taken = {(c.start, c.end) for c in cands}
    out = []
    for c in cands:
        if contract_class(c.type) != "School" or not text.endswith(CAMPUS_HEADS, c.start, c.end):
            continue
        pos = c.end
        for _ in range(MAX_LIST):
            m = NEXT_CAMPUS.match(text, pos)
            if not m or not text.startswith(text[m.end(1) - 2:m.end(1)], c.end - 2):
                break               # the same head as the known campus only
            if (m.start(1), m.end(1)) not in taken:
                out.append(Candidate(m.start(1), m.end(1), c.type, m.group(1), 6, "listed-campus"))
            pos = m.end(1)
    return out


# a section of the school named right before it; not 高中部分 (a part of), 本部门; a campus
# by its own name in brackets after the school (某中学(南校区), 某小学（卧龙校区）), but not a
# section the report only remarks on (某中学（新校区）, （初中部）)
SECTION = re.compile(r"(?:新校区|老校区|[东南西北]校区|高中部|初中部|小学部|国际部)(?![分门署])"
                     r"|[（(](?![新老本])[\u4e00-\u9fff]{1,4}校区[）)]")


def school_sections(doc: WordedText, cands: list[Candidate]) -> list[Candidate]:
    """长春市第二实验中学新校区, 某某学校高中部: a campus or section, named by its school."""
    text = doc.text
    taken = {(c.start, c.end) for c in cands}
    out = []
    for c in cands:
        if contract_class(c.type) != "School" or c.type == "EducationGroup":
            continue
        m = SECTION.match(text, c.end)
        if m and (c.start, m.end()) not in taken:
            out.append(Candidate(c.start, m.end(), "School", text[c.start:m.end()], 5, "school-section"))
    return out


# X教育集团新增开元校区, X学校启用南湾校区: a campus named bare (no school before it) right
# after the verb by which its school or group gains it; not 新增两个校区, 新增校区
ADDED_CAMPUS = re.compile(r"(?:新增|新建|增设|新设|启用)((?![一二两三四五六七八九十几多个新老该本各])"
                          r"[\u4e00-\u9fff]{2,4}?(?:校区|分校))(?=[、，,。；;和及与]|$)")
SCHOOL_ENDS = ("学", "学校", "幼儿园", "集团")


def added_campuses(doc: WordedText, cands: list[Candidate]) -> list[Candidate]:
    """周口市实验学校教育集团新增开元校区: the campus the school or group right before the
    verb gains, when the report names that campus nowhere with its school before it
    (香洲区实验学校南湾校区 is then the name)."""
    text = doc.text
    ends = {c.end for c in cands if contract_class(c.type) == "School"}
    taken = {(c.start, c.end) for c in cands}
    out = []
    for c_end in sorted(ends):
        m = ADDED_CAMPUS.match(text, c_end)
        if m is None or (m.start(1), m.end(1)) in taken:
            continue
        name = m.group(1)
        if any(text.endswith(SCHOOL_ENDS, 0, at.start()) for at in re.finditer(re.escape(name), text)):
            continue
        out.append(Candidate(m.start(1), m.end(1), "School", name, 6, "added-campus"))
    return out
