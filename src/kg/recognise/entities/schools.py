"""Schools: a school type word (小学, 职业技术学校) with a name of its own before it,
and numbered schools in their short form (十六中, 福州一中)."""
from __future__ import annotations

import re
from functools import cache

from ... import gazetteer
from ...data import load_words
from .doc import (BOUNDARY, CN_NUM, MAX_NAME, NAME_BREAK_TAGS, NAME_PART_WORDS, NUMBER_TAGS, QUOTE_CHARS,
                  SINGLE_BREAKERS, STRONG_TAGS, Candidate, WordedText, clean_name, suffix_ends, words_between)
from .extent import WORK_ON_SCHOOLS, category_before, is_breaker, only_generic, strip_generic, walk_left
from .lexicon import alternation, name_breakers, generic_terms, jieba_and_tags, school_suffixes, dictionary_tag, weak_category
from .places import place_at, place_prefix, place_word, short_ok


# 组 after a school word is a contest's group (高中组) unless it starts a verb (中学组织, 小学组队)
CONTEST_GROUP_VERBS = "织建队成合团"
# a town or street written before a school's name that opens with its county (若飞街道西秀区第十小学)
TOWN_BEFORE_COUNTY = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)()(?=[\u4e00-\u9fff]{2,5}?[区县市])")
# a contest's group written before a winner's school (高中组黄山市第二中学汪磊)
CONTEST_GROUP = re.compile(r"(?:小学|初中|高中|中职|中学|幼儿园|学前|教师|学生|青年教师|高中[（(]中职[）)])组")


# a research or teaching office's name, then a stage word: the stage its staff work on
# (某市教育科学研究所小学数学教研员, 某县教师发展中心初中语文教研员), no school
STAGE_WORDS = ("小学", "初中", "高中", "中学")
BODY_ENDS = ("研究所", "研究院", "研究室", "教研室", "教科所", "教研中心", "发展中心", "研训中心",
             "研修中心", "研修院", "研训院", "教育局", "教体局", "教育和体育局")


def school_mentions(doc: WordedText) -> list[Candidate]:
    text = doc.text
    out = []
    suffixes = school_suffixes()
    rx = alternation(tuple(s for s, _, _ in suffixes))
    info = {s: (cls, flags) for s, cls, flags in suffixes}
    found = suffix_ends(text, rx)
    for e, (s, suffix) in list(found.items()):
        if suffix in SCHOOL_WORD_ENDS and text[e:e + 1] == "长" and e - 1 not in found:
            del found[e]                    # 绵阳中学|校长, not 绵阳中学校|长
            found[e - 1] = (s, suffix[:-1])
    accepted: dict[int, int] = {}           # end → start of the schools found so far
    generic, _ = generic_terms()
    for e, (s, suffix) in sorted(found.items()):
        if text[e:e + 1] in ("生", "级") and not text.startswith(SUBJECT_AFTER, e):
            continue                        # 小学生, 中学生, 学校级 (not 高级中学|生物教师)
        if text[e:e + 1] == "数" and text[e + 1:e + 2] != "学":
            continue                        # 幼儿园数, 学校数量: a count's heading, not a name
        if text.endswith(COLLEGE_ENDS, max(0, e - 8), e):
            continue                        # 某某师范高等专科学校: a college, a University
        if suffix.endswith("集团") and text[e:e + 1] == "化":
            continue                        # 教育集团化办学: a way of running schools
        if e < len(text) and s not in doc.starts and e not in doc.starts and doc.tok_start[e - 1] == e - 1 > s:
            continue                        # 初中学位 read 初中|学位: 中学 straddles two words
        if e < len(text) and e not in doc.starts and doc.tok_start[e - 1] == e - 1 > s and \
                doc.tok_start[s] == s and s + 1 in doc.starts:
            continue                        # 教师中|专科: 中专 made of a lone 中 and a longer word
        if e < len(text) and e not in doc.starts and doc.tok_start[e - 1] < s:
            continue                        # 集中学习: one word runs across the type word
        if text[e:e + 1] == "组" and text[e + 1:e + 2] not in CONTEST_GROUP_VERBS:
            continue                        # 搭建赛初中组夺冠: a contest's age group, no school
        counted = bool(re.match(rf"[\d{CN_NUM}两]+所", text[e:e + 5]) and "bare" not in info[suffix][1]
                       and not APPOSITION_COUNT.match(text, e))
        if counted and not TOWN_BEFORE.search(text[max(0, s - 8):s]):
            continue                        # 现有幼儿园98所: schools counted, none named
        if (text[e:e + 1] == "部" or text[e:e + 2] == "校区") and suffix in ("小学", "初中", "高中", "中学", "幼儿园"):
            continue                        # 高中部, 初中校区: a section of the school before it
        if s not in doc.starts:
            ts = doc.tok_start[s]
            te = s + 1
            while te < len(text) and te not in doc.starts:
                te += 1
            # 中小学, 中小学校 (not 颜|集中|学: the word 集中 takes only the type word's first
            # character, a town's 集 before it)
            if (text[ts:te] in generic and (te >= e or s - ts > 1)) or text[ts:e] in generic:
                continue
        cls, flags = info[suffix]
        if suffix == "教共体" and not _ends_with_school(text[max(0, s - 8):s]):
            continue                        # 城乡教共体: a kind; X小学教共体 names one
        if suffix.endswith("校") and text[e:e + 1] == "长":     # 学校校长, 小学校长
            continue
        start = walk_left(doc, s, "name", MAX_NAME["School"])
        start = _placed_trade_start(doc, start, s)
        start = _short_run_start(doc, start, s)
        start = _placed_run_start(doc, start, s)
        start = strip_generic(doc, start, s)
        start = _numbered_village_start(doc, start, s)
        town_first = TOWN_BEFORE_COUNTY.match(text, start, s)
        if town_first and any(gazetteer.is_full_name(text[town_first.end(1):town_first.end(1) + n])
                              for n in range(2, 7)):
            out.append(Candidate(start, town_first.end(1), "Place", text[start:town_first.end(1)], 5, "town"))
            start = town_first.end(1)       # 若飞街道|西秀区第十小学: the street it lies in, then its name
        groups = list(CONTEST_GROUP.finditer(text, start, s))
        if groups:
            start = groups[-1].end()        # 初中组|休宁县海阳初级中学吴敏: the contest's group
        elif text[start:start + 1] == "组" and text[start - 1:start] in ")）" and s > start + 1:
            start += 1                      # 高中(中职)组|黄山市屯溪第一中学
        if text[max(0, start - 2):start + 1] in MEMBER_WORDS_CUT:
            start += 1                      # 新增成员|校景|行小学: 校 closes 成员校, it opens no name
        if suffix in STAGE_WORDS and text.endswith(BODY_ENDS, start, s):
            continue                        # 某市教育科学研究所|小学数学教研员: the researcher's stage
        inner = _inner_school(doc, accepted, s)
        if inner is not None:
            # 长沙市第一中学|岳麓中学, 实验小学|梅溪湖分校: a campus named after its school
            start = inner
        elif _ends_with_school(text[start:s]) and not _ends_with_university(text[start:s]) \
                and not (suffix.endswith("集团") and text[place_prefix(doc, start, s):s] in STAGE_GROUPS
                         and place_prefix(doc, start, s) > start):
            # 仓山区实验幼儿园教育集团 / …附属幼儿园: only after a school we accepted
            if s not in accepted:
                continue
            start = accepted[s]
        if start == s and inner is None:
            start = _verb_named_start(doc, s, e)
        cand = _school_name(doc, start, s, e, suffix, cls, flags, campus=inner is not None)
        if suffix in SHORT_VOCATIONAL and (cand is None or cand.start > s - 2):
            cand = _field_vocational(doc, s, e, cls) or cand
        if cand and university_campus(cand.name):
            cand = Candidate(cand.start, cand.end, "University", cand.name, cand.priority, cand.source)
        if cand:
            out.append(cand)
            accepted[e] = cand.start
    out += _ordinal_schools(doc)
    return out


# 某某大学|东湖|校区: a university's campus, named by a place word and 校区 right after it
UNIVERSITY_CAMPUS = re.compile(r"(?:大学|学院|高等专科学校)([\u4e00-\u9fff]{1,6})校区$")
SCHOOL_IN_QUALIFIER = re.compile(r"附|中学|小学|学校|幼儿园|分")


def university_campus(name: str) -> bool:
    """A campus of a university or college (某某大学东湖校区) is the university's, a
    University, not a school: only a campus qualifier stands between them."""
    m = UNIVERSITY_CAMPUS.search(name)
    return bool(m) and not SCHOOL_IN_QUALIFIER.search(m.group(1))


# 某县高中教育集团: a place's group of the schools of one stage is one named group
STAGE_GROUPS = ("高中", "初中", "小学", "幼儿园", "学前教育", "职业教育")
MEMBER_WORDS_CUT = ("成员校", "成员园")
# 改扩建平寨乡中心幼儿园两所: a town's own school, named though a count follows
TOWN_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:镇|乡|街道)(?:中心)?$")
SHORT_VOCATIONAL = ("职专", "职中", "职高")
COLLEGE_ENDS = ("高等专科学校", "高等职业技术学校")
SCHOOL_WORD_ENDS = ("中学校", "小学校", "高级中学校", "职业高级中学校")   # 哈尔滨市第三中学校
FIELD_TAGS = {"n", "nz", "vn", "an", "j", "ns", "ng", "nr", "b"}


def _field_vocational(doc: WordedText, s: int, e: int, cls: str) -> Candidate | None:
    """旅游职专, 园林职专, 财经职中: a short vocational school is named by the trade it
    teaches, two characters right before 职专/职中/职高, whatever jieba tags the trade
    (a noun or a verbal noun; not a plain verb: 开办职专), with the place written
    before it (宁化旅游职专, 县财经职专)."""
    text = doc.text
    if s < 2:
        return None
    field = text[s - 2:s]
    if not all("\u4e00" <= ch <= "\u9fff" for ch in field) or any(ch in SINGLE_BREAKERS for ch in field):
        return None
    generic = generic_terms()[0] - weak_category()         # a trade (园林, 体育) names a 职专
    if field in name_breakers() or field in generic or (dictionary_tag(field) or "n") not in FIELD_TAGS:
        return None
    if (s - 2) not in doc.starts and (s - 2 > 0 and text[s - 3] not in BOUNDARY):
        # the trade must be a word of its own: 中|等职专 is no name
        ws, w = doc.word_before(s, 0)
        if ws != s - 2:
            return None
    start = s - 2
    for n in range(min(7, start), 0, -1):          # a place written right before it
        piece = text[start - n:start]
        if gazetteer.is_full_name(piece) or (gazetteer.is_short_name(piece) and short_ok(doc, piece)):
            start -= n
            break
    else:
        if start > 0 and text[start - 1] in "省市区县" and (start - 1 == 0 or text[start - 2] in BOUNDARY):
            start -= 1                              # 县财经职专
    return Candidate(start, e, cls, clean_name(text[start:e]), 6, "school")


# A、B两所中职学校: the count names the kind of the schools just listed, each named
APPOSITION_COUNT = re.compile(rf"[\d{CN_NUM}两]+所[\u4e00-\u9fff]{{0,4}}(?:学校|学院|院校|中学|小学|幼儿园|高校|中职|职校|成员校|校区)")


def _type_before_event(text: str, e: int) -> bool:
    """A school's type word right before an event's head word (中等职业学校|技能大赛,
    特殊教育学校|运动会) says who competes; with no name of its own it is no school."""
    m = re.match(r"[\u4e00-\u9fff]{0,4}?(?:大赛|比赛|竞赛|联赛|运动会|艺术节|展演|锦标赛)", text[e:e + 8])
    return bool(m)


TRADE_TAGS = {"n", "nz", "j", "ng", "vn"}
NOUN_TAGS = {"n", "nz", "j", "ng"}


def _placed_trade_start(doc: WordedText, start: int, hs: int) -> int:
    """渝中区|商贸旅游|职业学校: between a place's full name and the type word, the trades
    a school teaches are its name though one reads as a verb (旅游, 管理), so long as
    one of them is a noun (商贸) — 仓山区|优化|中学 stays a verb."""
    pos, words = start, []
    while pos > 0 and len(words) < 2 and start - pos < 4:
        ws, w = doc.word_before(pos, 0)
        if doc.text[pos - 1] in BOUNDARY or dictionary_tag(w) not in TRADE_TAGS or w in name_breakers() \
                or w in generic_terms()[0]:
            break
        words.append(w)
        pos = ws
        if pos > 0 and any(ch in BOUNDARY for ch in doc.text[pos - 1:pos]):
            break
        ps, pw = doc.word_before(pos, 0) if pos > 0 else (0, "")
        if pos < start and gazetteer.is_full_name(pw) and pw not in gazetteer.ambiguous_names():
            inner = words_between(doc, pos, hs)
            if any(dictionary_tag(w2) in NOUN_TAGS for w2 in inner) and \
                    all(dictionary_tag(w2) in TRADE_TAGS or w2 in NAME_PART_WORDS for w2 in inner):
                return walk_left(doc, pos, "name", MAX_NAME["School"] - (hs - pos))
    return start


def short_place_only(doc: WordedText, s: int, e: int) -> bool:
    """宁波|中学, 厦门|大学: a place's short name alone before the type word is a name
    (the full name, 宁波市中学, would be a category)."""
    piece = doc.text[s:e]
    return gazetteer.is_short_name(piece) and not gazetteer.is_full_name(piece) \
        and (short_ok(doc, piece) or place_word(doc, piece))     # 黄山学院 where 黄山市 is named


# subjects a teacher of the school before them teaches (某县高级中学生物教师)
SUBJECT_AFTER = ("生物", "生命科学")
# 临夏县中学, 融水苗族自治县中学, 四川省德阳中学, 临泽县幼儿园: the type words a county's own
# school takes
COUNTY_OWN = ("中学", "中学校", "幼儿园")


def own_school_place(doc: WordedText, s: int, e: int, suffix: str = "中学") -> bool:
    """A county's full name (临夏县|中学, 某某自治县|中学校) or a short name after a larger
    place (四川省|德阳|中学) right before 中学 names one school, the county's own; a city's
    or district's full name (福州市中学) stays a category."""
    pos, last = s, ""
    while pos < e:
        step = place_at(doc, pos, e)
        if not step:
            return False
        last, pos = doc.text[pos:pos + step], pos + step
    if not last:
        return False
    if gazetteer.is_full_name(last):
        # (a county-level district's own 中学 too: 乃东区中学; 自治区 is a province; but 仓山区幼儿园、
        # 小学一年级招生 is the district's kindergartens)
        ends = ("县", "旗", "区") if suffix.startswith("中学") else ("县", "旗")
        return last.endswith(ends) and any(d.level == "county" for d in gazetteer.lookup(last))
    return s < e - len(last)                # a short name after a province's or city's name


def _short_run_start(doc: WordedText, start: int, hs: int) -> int:
    """，执信|中学 / 、胜利|小学: a short run between punctuation and the type word is the
    name even when its word looks like a verb (unless it is a breaker word)."""
    cs = doc.clause_start(hs)
    if cs < start and 2 <= hs - cs <= 4 and (cs == 0 or doc.text[cs - 1] not in QUOTE_CHARS):
        words = words_between(doc, cs, hs)
        # only words jieba made up or split off (执|信); a dictionary verb (优化, 发挥) stays a verb
        jieba, _ = jieba_and_tags()
        if all(is_breaker(w, "phrase", False) is None and dictionary_tag(w) not in NUMBER_TAGS
               and (len(w) == 1 or dictionary_tag(w) not in NAME_BREAK_TAGS | {"i", "l"}
                    or (jieba.dt.FREQ.get(w) or 0) < 20) for w in words):
            return cs
    return start


# the head of a measure written before the stage it is given for (合格率小学100%)
MEASURE_TAILS = ("率", "面积", "经费", "设备值", "比例", "比重", "人数", "总数")

# a feature of the land, or a street, that a short place name makes a name (深圳湾, 南通路:
# a road named after a city, 芝罘区南通路小学)
GEOGRAPHIC = set("湾湖港江河山岛海峡路街")

# 十里中学, 三里桥小学, 五道口小学: a village named by a distance or a crossing, whose numeral
# jieba reads as a count
NUMBERED_VILLAGE = re.compile(rf"[{CN_NUM}]{{1,2}}(?:里|道|岔|甲)[\u4e00-\u9fff]{{0,2}}$")


def _numbered_village_start(doc: WordedText, start: int, hs: int) -> int:
    """Where a village name that opens with a numeral starts, when the name found so far
    stops after it (吸纳|十里|中学 → 十里中学)."""
    if start < hs - 1:
        return start
    m = NUMBERED_VILLAGE.search(doc.text, max(0, hs - 5), hs)
    if m is None or m.start() not in doc.starts:
        return start
    before = doc.text[m.start() - 1:m.start()]
    if before and (before.isdigit() or before in CN_NUM or before == "第"):
        return start
    # 水磨沟区|六道湾小学: a place written right before the village is part of the name
    ps = doc.place_cover.get(m.start())
    if ps is not None and doc.place_cover.get(m.start() + 1) != ps:
        return ps
    return m.start()


# a count between a place and a type word (福州市三所小学) is no name
COUNT_CHARS = set("所个名批类些座间种") | set(CN_NUM) | set("两几多每各")


def _placed_run_start(doc: WordedText, start: int, hs: int) -> int:
    """凤凰县|箭|道|坪|小学, 某区|龙|都|小学: jieba cuts a village's or street's name it does
    not know into single characters that look like a classifier or an adverb (道, 都);
    two to four such characters right after a place's full name are the name."""
    text = doc.text
    for n in (2, 3, 4):
        p = hs - n
        if p < 1 or p >= start:
            continue
        ps = doc.place_cover.get(p)
        if ps is None or doc.place_cover.get(p + 1) == ps:
            continue                        # no place name ends right at p
        run = text[p:hs]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in run) or any(ch in SINGLE_BREAKERS or ch in COUNT_CHARS
                                                                      for ch in run):
            continue
        words = words_between(doc, p, hs)
        if any(len(w) > 1 for w in words) or run in generic_terms()[0] or run in name_breakers():
            continue                        # only a run jieba left in pieces
        return ps
    return start


def _inner_school(doc: WordedText, accepted: dict[int, int], s: int) -> int | None:
    """Start of a school accepted just before ``s`` when only a campus name lies between."""
    for p in range(s, max(s - 8, 0) - 1, -1):
        if p in accepted:
            gap = doc.text[p:s]
            if any(ch in BOUNDARY for ch in gap):
                return None
            if any(is_breaker(w, "name", False) is not None for w in words_between(doc, p, s)) \
                    and not _campus_pair(doc.text, p, s):
                return None
            return accepted[p]
        if p < s and doc.text[p] in BOUNDARY:
            return None
    return None


def _campus_pair(text: str, p: int, s: int) -> bool:
    """某某小学|阳|和|校区: two characters between a school and 校区/分校 are the campus's
    name though jieba left a function word's character among them."""
    gap = text[p:s]
    return len(gap) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in gap) and gap[0] not in SINGLE_BREAKERS \
        and text.startswith(("校区", "分校", "分园"), s)


def _ends_with_university(text: str) -> bool:
    return any(text.endswith(u) for u in load_words("university_suffixes.txt"))


def common_word(word: str) -> bool:
    """A frequent dictionary word (片区, 年度, 底部), which a school's own name is not."""
    jieba, tags = jieba_and_tags()
    return tags.get(word) is not None and (jieba.dt.FREQ.get(word) or 0) >= 200


def _ends_with_school(text: str) -> bool:
    return text.endswith(_school_endings())


@cache
def _school_endings() -> tuple[str, ...]:
    """Every school and university suffix, for one ``str.endswith``."""
    return tuple(sfx for sfx, _, _ in school_suffixes()) + tuple(load_words("university_suffixes.txt"))


# what is left of a school's name after a place when the school is named after a town of
# that name (喀什|镇中学, 那曲|镇中心小学); a numbered one (林芝乡第二小学) is read already
TOWN_AFTER_PLACE = re.compile(r"[镇乡](?:中心)?")
# a town's own name (two or three characters) and its type word opening a school's core,
# something more after it (某某镇|九年制)
TOWN_LED = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:镇|乡|苏木)(?![镇乡村街])([\u4e00-\u9fff]{2,})")
TOWN_LED_STOP = set("各全本该我其这那每辖城农山")
TOWN_LED_SOME = ("部分", "各", "所有", "全部", "其他", "其余", "其它", "一批", "一些", "辖区", "等", "和", "及", "与")


def _town_led(core: str) -> bool:
    """The core of a school's name opens with a town (白某镇|寄宿制): a town of its own
    name, not a generic phrase (城乡, 乡镇, 全县乡)."""
    m = TOWN_LED.fullmatch(core)
    if not m:
        return False
    name, rest = m.group(1), m.group(2)
    generic = generic_terms()[0]
    if "苏木" in name or any(ch in "镇乡" for ch in name) or rest.startswith(TOWN_LED_SOME):
        return False                    # 苏木乡镇…: towns in general; 某镇部分小学: some of its schools
    return not (name in generic or any(ch in TOWN_LED_STOP for ch in name)
                or any(ch in BOUNDARY for ch in core) or dictionary_tag(name) in NUMBER_TAGS | {"v", "vn", "a", "ad"})


def _school_name(doc: WordedText, start: int, hs: int, he: int, suffix: str, cls: str,
                 flags: frozenset[str], campus: bool = False) -> Candidate | None:
    text = doc.text
    # a name never runs across another school's complete name unless what follows
    # makes it a part of that school (集团附属幼儿园, 小学分校)
    if start < hs and text[start] in "万亿千百余多个所名位" and start > 0 and text[start - 1].isdigit():
        start += 1                      # 27万为|中职学校: jieba joined a magnitude to the name
        while start < hs and text[start] in SINGLE_BREAKERS:
            start += 1
    prefix = text[start:hs]
    if not prefix:
        counted = re.match(rf"[\d{CN_NUM}两]+[所个]", text[he:he + 5])     # 进修学校1所
        if "bare" in flags and not counted and (
                hs == 0 or text[hs - 1] in BOUNDARY or hs in doc.starts
                or is_breaker(doc.word_before(hs, 0)[1], "name", True) is not None):
            return Candidate(hs, he, cls, suffix, 6, "school")
        return None
    core_start = place_prefix(doc, start, hs)
    core = text[core_start:hs]
    if core.endswith(MEASURE_TAILS) or text.endswith("生均", 0, start) or core.startswith("生均"):
        return None                     # 生均校舍建筑面积|小学7.42平方米: a measure, then its stage
    if not core:
        if _type_before_event(text, he):
            return None                 # 重庆市中等职业学校技能大赛: the schools taking part
        if "place" in flags or "bare" in flags or short_place_only(doc, start, hs) \
                or (suffix in COUNTY_OWN and own_school_place(doc, start, hs, suffix)):
            return Candidate(start, he, cls, clean_name(text[start:he]), 6, "school")
        return None
    if _ends_with_school(prefix):
        return Candidate(start, he, cls, clean_name(text[start:he]), 6, "school")
    if suffix.endswith("集团") and core in STAGE_GROUPS and core_start > start:
        return Candidate(start, he, cls, clean_name(text[start:he]), 6, "school")   # 某县高中教育集团
    if not campus and core.startswith(tuple(sfx for sfx, _, _ in school_suffixes())):
        return None                     # 小学城西校区: a campus of no school in particular
    ordinal = re.fullmatch(rf"第?[{CN_NUM}]+|第?\d{{1,3}}", core) or re.match(rf"第[{CN_NUM}\d]+", core)
    if TOWN_AFTER_PLACE.fullmatch(core) and core_start > start and text[start] not in "省市区县":
        # 喀什镇中学, 那曲镇中心小学: a town named as the city or county it lies in,
        # not the wider place
        return Candidate(start, he, cls, clean_name(text[start:he]), 6, "school")
    if not ordinal:
        placed = core_start > start and text[start] not in "省市区县"
        if _town_led(core):
            # 某某镇九年制学校, 某某乡寄宿制小学: a town before the category names the school
            return Candidate(start, he, cls, clean_name(text[start:he]), 6, "school")
        if len(core) == 1 and core in GEOGRAPHIC and placed and text[core_start - 1] not in "省市区县旗":
            # 深圳湾学校, 杭州湾中学, 南通路小学: a bay, lake or street named by the short place
            # before it
            return Candidate(start, he, cls, clean_name(text[start:he]), 6, "school")
        if len(core) < 2 or (only_generic(doc, core_start, hs) and not placed) or \
                category_before(doc, core_start, hs, placed):
            return None
        if suffix in ("学校", "分校", "校区") and core_start == start and common_word(core):
            return None                 # 片区学校, 年度学校: an ordinal word, not a name
    return Candidate(start, he, cls, clean_name(text[start:he]), 6, "school")


FULL_PLACE_ENDS = ("市", "区", "县", "镇", "乡", "旗", "州")


# what may follow a school's whole name (温州市建设小学、…; …创新初级中学获一等奖), unlike the
# noun of a phrase about schools (鼓楼区优化中学布局)
NAME_FOLLOWERS = set("、，,。；;：:（(和与及等的获在是被于为以将共有荣代由各均也还曾连首再分先已")
NAME_FOLLOWING_WORDS = ("校长", "书记", "教师", "老师", "学生", "师生", "党支部", "党总支", "团委", "足球队",
                        "篮球队", "代表队", "创成", "入选", "获评", "被评", "成功", "作为", "坚持", "通过")


def _verb_named_start(doc: WordedText, s: int, e: int) -> int:
    """温州市|建设|小学, 新会区|创新|初级中学: a word the dictionary reads as a verb, between a
    place's full name and the type word, is the school's own name when the whole stands as a
    name (an adjective is not: 某区清廉学校 is a campaign). The start, or ``s``."""
    text = doc.text
    if s < 2 or e >= len(text) or not (text[e] in NAME_FOLLOWERS or text[e].isspace() or text[e] == "|"
                                       or text.startswith(NAME_FOLLOWING_WORDS, e)):
        return s
    ws, word = doc.word_before(s, 0)
    if len(word) != 2 or word in name_breakers() or word in WORK_ON_SCHOOLS \
            or dictionary_tag(word) not in ("v", "vn"):
        return s
    ps = doc.place_cover.get(ws)
    if ps is None or text[ws - 1] not in FULL_PLACE_ENDS:
        return s
    return ps


ORDINAL_SCHOOL = re.compile(rf"(?<![{CN_NUM}\d第届初高其之当从集空命年月日期个两这那每])"
                            rf"([{CN_NUM}]{{1,3}}|[1-9]\d?)中(?![学心全国央华文间期旬层等级型医药年午队秋部专职])")


# 洛阳一高, 周口一高: 第N高级中学 in its short form, only right after its place's name
ORDINAL_HIGH = re.compile(rf"(?<=[\u4e00-\u9fff])([{CN_NUM}]{{1,2}})高(?![中级校考效质速温峰位层端新一二三])")


def _ordinal_schools(doc: WordedText) -> list[Candidate]:
    """十六中, 四十中, 12中, 福州一中, 洛阳一高: a numbered secondary school in its short form."""
    text = doc.text
    out = []
    highs = [m for m in ORDINAL_HIGH.finditer(text) if m.group(1) not in ("十", "百", "零", "〇")]
    for m in highs:                     # a place must name it: 再创一高 is no school
        s = m.start()
        for n in range(min(8, s), 1, -1):
            piece = text[s - n:s]
            if (gazetteer.is_full_name(piece) or (gazetteer.is_short_name(piece) and short_ok(doc, piece))) \
                    and piece not in gazetteer.ambiguous_names():
                out.append(Candidate(s - n, m.end(), "SecondarySchool", text[s - n:m.end()], 6, "ordinal-school"))
                break
    for m in ORDINAL_SCHOOL.finditer(text):
        s, e = m.start(), m.end()
        num = m.group(1)
        if num.isdigit() and s > 0 and (text[s - 1].isdigit() or text[s - 1] in ".%"):
            continue
        if num in ("十", "百", "零", "〇"):
            continue
        # a place before it belongs to the name: 福州十六中, 市十六中
        start = s
        for n in range(min(8, s), 0, -1):
            piece = text[s - n:s]
            if (gazetteer.is_full_name(piece) or (gazetteer.is_short_name(piece) and short_ok(doc, piece))) \
                    and piece not in gazetteer.ambiguous_names():
                start = s - n
                break
        else:
            if s > 0 and text[s - 1] in "市区县" and (s - 1 in doc.starts):
                start = s - 1
            elif s >= 2 and _school_nickname(doc, s - 2, s):
                start = s - 2               # 曹杨二中, 真光二中
        out.append(Candidate(start, e, "SecondarySchool", text[start:e], 6, "ordinal-school"))
    return out


# words that open a clause before its subject (其中华亭一中本科上线率…)
CLAUSE_LEADS = ("其中", "同时", "此外", "另外", "特别是", "尤其是")


def _school_nickname(doc: WordedText, s: int, e: int) -> bool:
    """Two characters opening a clause before a numbered school: a name of its own."""
    text = doc.text
    piece = text[s:e]
    if not all("\u4e00" <= ch <= "\u9fff" for ch in piece) or s not in doc.starts:
        return False
    lead = next((w for w in CLAUSE_LEADS if text.endswith(w, 0, s)), "")
    if lead:                        # 其中华亭一中…: a clause's lead word before the name
        s -= len(lead)
    if s > 0 and text[s - 1] not in BOUNDARY:
        return False
    if any(ch in SINGLE_BREAKERS for ch in piece) or piece in name_breakers() or piece in generic_terms()[0]:
        return False
    return dictionary_tag(piece) not in STRONG_TAGS | NAME_BREAK_TAGS | NUMBER_TAGS
