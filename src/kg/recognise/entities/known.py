"""Names of fixed form or from a list, found without walking: party congresses and
plenums, national exams and nation-wide programmes."""
from __future__ import annotations

import re

from ...data import load_words
from .doc import CN_NUM, Candidate, WordedText
from .lexicon import alternation, exam_forms


PARTY_CONGRESS = re.compile(r"(?:党的|中共)?(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大"
                            r"(?![学楼厦院夫家众型量批道队类项小中会同])")
PLENUM = re.compile(r"(?:党的|中共)?(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)届"
                    r"[一二三四五六七八九]中全会")


def special_events(doc: WordedText) -> list[Candidate]:
    out = []
    for rx in (PLENUM, PARTY_CONGRESS):
        for m in rx.finditer(doc.text):
            if m.start() > 0 and doc.text[m.start() - 1] in CN_NUM + "第届":
                continue
            out.append(Candidate(m.start(), m.end(), "Event", m.group(0), 2, "party-congress"))
    return out


def known_terms(doc: WordedText) -> list[Candidate]:
    """National exams (Event) and nation-wide programmes (Initiative) named bare."""
    out = []
    exams = exam_forms()
    for m in alternation(tuple(exams)).finditer(doc.text):
        if m.start() > 0 and doc.text[m.start() - 1] in "中高初新":   # 中高考, 初中考, 新高考 (the reform)
            continue
        start, name = m.start(), exams[m.group(0)]
        year = re.search(r"(?:19|20)\d{2}年$", doc.text[max(0, start - 5):start])
        if year and name == m.group(0):     # 2024年高考: the year's sitting of the exam
            start -= len(year.group(0))
            name = year.group(0) + name
        out.append(Candidate(start, m.end(), "Event", name, 5, "exam"))
    for m in alternation(tuple(load_words("national_programmes.txt"))).finditer(doc.text):
        out.append(Candidate(m.start(), m.end(), "Initiative", m.group(0), 5, "programme"))
    return out
