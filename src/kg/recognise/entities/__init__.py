"""Find the names in a report's text: schools, universities, bodies, organisations,
people, places, initiatives, events and documents.

:func:`find_mentions` is a pure function (text in, mentions out). It works by how
Chinese forms names, not by lists of names:

* a **type word** ends most names (金闽|小学, 仓山区|教育局, 少年硅谷大赛福建|选拔赛,
  教研员岗位大练兵|活动). The name's start is found by walking left over the words
  of the text (jieba's segmentation) until a word that cannot be part of a name: a
  function word or a verb that introduces a name (促成|金闽小学, 将|龙津小学,
  实施|建设教育强区专项行动), or punctuation;
* a body's name must start with a place (仓山区教育局), a relative place (区委,
  省考试院) or a national prefix (中共, 国家);
* quotation marks (“双减”, “千师进万户”家访活动) and book-title marks (《…》) delimit
  initiatives, events and documents; what follows the quote says which;
* a person is a common surname + one or two characters next to a title word
  (陈炜同志, 教授朱以撒);
* places come from the administrative-divisions gazetteer.

Generic references (区属学校, 乡镇中学, 优质中学, 公办园, 示范性幼儿园, 党员志愿服务
活动) are rejected: their "specific part" is made only of generic words
(``data/generic_terms.tsv``), or a category word (特色, 示范性, 公办) stands right
before the type word. Names inside names are kept when they are names in their own
right (仓山区实验幼儿园教育集团附属幼儿园 ⊃ 仓山区实验幼儿园教育集团 ⊃ 仓山区实验幼儿园
⊃ 仓山区).

Each kind of name has its recogniser in a module of this package; this module runs
them in order and keeps the best candidates (:mod:`.select`).
"""
from __future__ import annotations

from typing import Sequence

from ...model import Mention
from .bodies import agency_mentions, organization_mentions
from .campuses import added_campuses, listed_campuses, school_sections
from .school_aliases import school_aliases
from .zones import located_zones, named_zones
from .doc import Candidate, WordedText
from .documents import bracket_documents, law_mentions, trigger_documents
from .category_contests import category_contests
from .headed import headed_names
from .lead_places import drop_lower_lead_places
from .lead_words import strip_lead_words
from .known import known_terms, special_events
from .persons import person_mentions
from .policies import carried_policies
from .places import place_mentions, town_mentions
from .quoted import quoted_aliases, quoted_names
from .schools import school_mentions
from .shared_heads import shared_heads
from .select import (drop_inside_quoted_organizations, drop_inside_institutions, drop_nested_bodies, select_mentions, standalone,
                     strip_lead_verb)
from .universities import university_mentions
from .user_dict import user_mentions


def find_mentions(text: str, user_dict: Sequence | None = None) -> list[Mention]:
    """Every name in ``text`` as a :class:`Mention` (offsets into ``text``), sorted by
    position. ``user_dict`` entries ``(name, class, aliases, parent)`` are found
    wherever their name or an alias occurs, with their class."""
    if not text or not text.strip():
        return []
    doc = WordedText(text)
    cands: list[Candidate] = []
    user = user_mentions(text, user_dict) if user_dict else []
    cands += user
    docs = bracket_documents(doc)
    cands += docs
    doc_spans = [(c.start, c.end) for c in docs]
    quotes = quoted_names(doc, doc_spans)
    cands += quotes
    specials = special_events(doc)
    cands += specials
    cands += law_mentions(doc)
    issued = trigger_documents(doc)
    cands += issued
    taken = doc_spans + [(c.start, c.end) for c in quotes + specials + issued + user]
    cands += headed_names(doc, taken)
    cands += school_mentions(doc)
    cands += university_mentions(doc)
    cands += agency_mentions(doc)
    cands += organization_mentions(doc)
    cands += person_mentions(doc)
    cands = drop_lower_lead_places(select_mentions(cands))
    cands += added_campuses(doc, cands)
    cands += listed_campuses(doc, cands)
    cands += school_sections(doc, cands)
    cands += town_mentions(doc, cands)
    cands = drop_lower_lead_places(cands)
    cands = quoted_aliases(doc, cands)
    cands = school_aliases(doc, cands)
    cands += place_mentions(doc, cands)
    cands += located_zones(doc, cands)
    cands += named_zones(doc, cands)
    cands = select_mentions(cands)
    cands = drop_nested_bodies(cands)
    cands = drop_inside_institutions(cands)
    cands = drop_inside_quoted_organizations(cands)
    cands = strip_lead_verb(doc, cands)
    cands = strip_lead_words(doc, cands)
    cands += standalone(known_terms(doc), cands)
    cands += standalone(carried_policies(doc), cands)   # 落实乡村教师生活补助政策，…
    cands += standalone(category_contests(doc), cands)  # 4.机器人竞赛:一等奖18项…
    shared = shared_heads(doc)          # 小学、初中、高中三个学段教研中心
    cands = [c for c in cands if not any(x.start <= c.start < c.end <= x.end or
                                         (c.start < x.end and x.start < c.end) for x in shared)] + shared
    mentions = [Mention(start=c.start, end=c.end, text=text[c.start:c.end], type=c.type,
                        name=c.name, source=c.source) for c in cands]
    mentions.sort(key=lambda m: (m.start, -m.end, m.type))
    return mentions
