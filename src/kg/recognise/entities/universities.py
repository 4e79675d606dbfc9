"""Universities and colleges, and the short forms of those the text names
(福建师范大学 → 福建师大, 师大, 南师大)."""
from __future__ import annotations

import re

from ... import gazetteer
from ...data import load_words, longest_first
from .doc import BOUNDARY, MAX_NAME, Candidate, WordedText, clean_name
from .extent import only_generic, strip_generic, walk_left
from .lexicon import alternation, name_breakers, dictionary_tag
from .places import place_prefix, place_word, short_ok
from .schools import common_word, short_place_only


# 师大教育学院教授: a faculty of the university right after its short name
FACULTY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:学院|学部|研究院)(?:教授|副教授|院长|副院长|讲师|博士|专家)")
CATEGORY_LEAD = ("高校", "院校")
ACADEMIC_POSTS = ("教授", "副教授", "讲师", "博士生导师", "硕士生导师")
FACULTY_OF = re.compile(r"(?:大学|师大|科大|农大|医大|理工大|工大)(?=[\u4e00-\u9fff])")
# 江苏师范大学|教育科学学院, 深圳大学|教育学部, 衢州学院|电气与信息工程学院: a faculty named
# right after its university; its fields may hold 与 (物理与电子信息学院) but never open on a
# joining word, and a college run with companies (…产业学院) is another thing
# (朝鲜-韩国学学院: two fields joined by a hyphen)
FACULTY_NAME = re.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[-－](?=[\u4e00-\u9fff])){1,11}?(?:学院|学部)(?![生城堂士])")
FACULTY_NOT = re.compile(r"^[与和及同或暨]|[和及、]|大学|学院.|产业学院$|研究生院|科学院$")


def _placed_college_start(doc: WordedText, start: int, hs: int) -> int:
    """某某|应用|技术|学院, 重庆|安全|技术|职业学院: a college is named by its place and its
    fields, and a field may read as a verb or an adjective (应用, 安全); one or two such
    words right after a place's name (full or short) belong to the name."""
    if start >= hs:
        return start                    # a field noun must stand before the type word (技术|学院)
    pos, steps = start, 0
    while pos > 0 and steps < 2 and hs - pos < 8:
        ws, w = doc.word_before(pos, 0)
        if doc.text[pos - 1] in BOUNDARY or w in name_breakers() or len(w) < 2 \
                or (dictionary_tag(w) or "") not in ("v", "vn", "a", "an", "n"):
            return start
        pos, steps = ws, steps + 1
        if pos > 0:
            ps, pw = doc.word_before(pos, 0)
            if place_word(doc, pw) or doc.place_cover.get(pos) is not None:
                return walk_left(doc, pos, "name", MAX_NAME["University"] - (hs - pos))
    return start


def _place_and_one_character(doc: WordedText, start: int, hs: int) -> int:
    """四川|轻|化工大学: jieba reads one character between a place's name and the rest of
    a university's name as an adjective (轻, 新), which stops the walk left; right after
    a place it belongs to the name."""
    if start >= hs or start < 3:
        return start
    ws, w = doc.word_before(start, 0)
    if len(w) != 1 or dictionary_tag(w) != "a" or doc.text[ws - 1] in BOUNDARY:
        return start
    ps, pw = doc.word_before(ws, 0)
    place = doc.place_cover.get(ws)
    if place is not None:
        return place
    return ps if place_word(doc, pw) else start


MAX_COLLEGE_FIELD = 4       # 科技, 理工, 信息工程


def _independent_college(text: str, start: int, s: int) -> bool:
    """某某大学|泰州|科技|学院, 某某理工大学|珠海|学院: a full university name, then a city's
    name and at most a few field characters before 学院 (a faculty names a field, no city)."""
    f = re.search(r"大学", text[start:s])
    if f is None or f.start() < 2:
        return False
    at = start + f.end()
    for n in (3, 2):
        city = text[at:at + n]
        if len(city) == n and (gazetteer.is_full_name(city) or gazetteer.is_short_name(city)) \
                and s - (at + n) <= MAX_COLLEGE_FIELD:
            d = gazetteer.resolve(city, ())
            return d is not None and d.level == "city"
    return False


def _faculty_end(doc: WordedText, e: int) -> int:
    """Where a faculty written right after a university's name ends (its name is the
    university's and the faculty's together, as reports name a professor's unit), else ``e``."""
    m = FACULTY_NAME.match(doc.text, e)
    if not m or FACULTY_NOT.search(m.group(0)) or any(ch in BOUNDARY for ch in m.group(0)):
        return e
    if doc.place_cover.get(e + 2) == e or gazetteer.is_short_name(doc.text[e:e + 2]):
        return e                        # 某某大学|宜宾学院: another college, named by its place
    return m.end()


def university_mentions(doc: WordedText) -> list[Candidate]:
    text = doc.text
    out = []
    sfx = tuple(load_words("university_suffixes.txt"))
    rx = alternation(sfx)
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        if text[e:e + 1] in ("生", "城", "堂", "士"):
            continue
        if m.group(0) == "学院" and s > 0 and text[s - 1] in "书医剧影戏庭法科":
            continue                    # 科学院 (河南省科学院) is a research body, an Organization
        start = walk_left(doc, s, "name", MAX_NAME["University"])
        start = _placed_college_start(doc, start, s)
        start = _place_and_one_character(doc, start, s)
        start = strip_generic(doc, start, s)
        if text.startswith(CATEGORY_LEAD, start) and s - start >= 4:
            start += 2                  # 市属高校长沙学院: the category is no part of the name
        core_start = place_prefix(doc, start, s, relative=False)
        # 河套学院教授张某: a college named by a region, not a division, known by its staff
        staffed = m.group(0) == "学院" and 2 <= s - start <= 4 and text.startswith(ACADEMIC_POSTS, e)
        if s - start < 2 or (core_start == s and m.group(0) in ("大学", "学院")
                             and not short_place_only(doc, start, s) and not staffed):
            continue
        if core_start == start and re.match(r"[\d一二三四五六七八九十两]+所", text[e:e + 4]):
            continue                    # 社区教育学院1所: a kind counted, none named
        if only_generic(doc, start, s) or (m.group(0) == "学院" and core_start == start
                                            and common_word(text[start:s]) and not staffed
                                            and not place_word(doc, text[start:s])):   # 黄山学院
            continue
        if m.group(0) == "学院" and text.endswith("产业", 0, s):
            # 某某职业技术学院罗汉果产业学院, “数控装备产业学院”: a college a school runs with
            # companies is an organisation, named with the school that runs it
            out.append(Candidate(start, e, "Organization", clean_name(text[start:e]), 6, "industry-college"))
            continue
        if m.group(0).endswith("学院") and text[start - 1:start] in ("与", "和") and \
                FACULTY_OF.search(text[max(0, start - 14):start]):
            continue                    # 某某大学机械与动力工程学院: a faculty whose name holds 与
        if m.group(0).endswith("学院") and _independent_college(text, start, s):
            # 某某理工大学泰州科技学院: a college a university runs in another city is a
            # university of its own (an independent college), named with both
            out.append(Candidate(start, e, "University", clean_name(text[start:e]), 6, "university"))
            continue
        if text[start - 1:start] in ("-", "－") and FACULTY_OF.search(text[max(0, start - 14):start]):
            continue                    # 某大学朝鲜-|韩国学学院: the rest of a faculty's name
        if m.group(0).endswith("学院") and (FACULTY_OF.search(text[start:s]) or "学院" in text[start:s]):
            continue                    # 闽南师大教育科学学院: a faculty of the university
                                        # named before it; the university is the entity
        out.append(Candidate(start, e, "University", clean_name(text[start:e]), 6, "university"))
        end = _faculty_end(doc, e)
        if end > e:                     # the faculty, with the university still named inside it
            out.append(Candidate(start, end, "University", clean_name(text[start:end]), 6, "faculty"))
    # abbreviations of the universities the text names: 福建师范大学 → 师大, 福建师大
    fulls = sorted({c.name for c in out})
    abbrevs: dict[str, str] = {}
    initials: dict[str, str] = {}
    bare: dict[str, list[str]] = {}     # 师大 → the universities it may stand for
    for full in fulls:
        for long, short in (("师范大学", "师大"), ("科技大学", "科大"), ("农业大学", "农大"),
                            ("理工大学", "理工大"), ("医科大学", "医大")):
            if full.endswith(long):
                head = full[: -len(long)]
                abbrevs[head + short] = full
                abbrevs.setdefault(short, full)
                bare.setdefault(short, []).append(full)
                if len(head) >= 2 and gazetteer.is_short_name(head[:2]):
                    initials[head[0] + short] = full        # 南京师范大学 → 南师大
    for m in re.finditer(r"师大|科大|农大|医大|理工大", text):   # 福建师大, 湖南师大
        for n in (3, 2):
            head = text[max(0, m.start() - n):m.start()]
            if len(head) == n and gazetteer.is_short_name(head) and short_ok(doc, head):
                abbrevs.setdefault(head + m.group(0), head + m.group(0))
                break
    for ab in longest_first(abbrevs):
        for m in re.finditer(re.escape(ab), text):
            s, e = m.start(), m.end()
            if any(c.start <= s < c.end for c in out):
                continue
            prev = text[s - 1:s]
            if len(ab) == 2 and prev and prev in "教老名导律医技讲厨程询法牧药乐琴园":
                continue
            nxt = text[e:e + 2]
            if len(ab) == 2 and not (not nxt or nxt[0] in BOUNDARY or
                                     re.match(r"教授|老师|专家|学者|附中|附小|学生|毕业|等|的|与|和|及|选派|派出|团队", nxt)
                                     or FACULTY_AFTER.match(text, e)):
                continue
            # 师大 alone, where the text names one 师范大学 in full: that university, whatever
            # its head (a place, 海峡, 华夏), so the short form carries the full name
            name = bare[ab][0] if len(bare.get(ab, ())) == 1 else ab
            out.append(Candidate(s, e, "University", name, 6, "university-abbrev"))
    # 南师大 for 南京师范大学 (the text names the university in full too): the short form
    # carries the full name, since no place prefix ties the two together
    for ab, full in initials.items():
        if ab in abbrevs:
            continue
        for m in re.finditer(re.escape(ab), text):
            if any(c.start < m.end() and m.start() < c.end for c in out):
                continue
            out.append(Candidate(m.start(), m.end(), "University", full, 6, "university-abbrev"))
    return out
