"""Where a name starts and ends: walking left from its type word to the first word
that cannot be part of a name, and telling a name's own part from generic words."""
from __future__ import annotations

import re

from .doc import (SINGLE_BREAKERS, BOUNDARY, NAME_BREAK_TAGS, NAME_PART_WORDS, ZONE_SHORT, NUMBER_TAGS, ORDINAL, ORDINAL_PIECES,
                  STRONG_TAGS, TOWN_ENDS, TOWN_WORDS, WordedText, words_between)
from .lexicon import name_breakers, generic_terms, dictionary_tag, weak_category
from .places import place_word
from ... import gazetteer
from ...data import longest_first


# prepositions jieba may glue to a name's first character (将琼|博拉镇中学)
GLUED_LEADS = frozenset("将把被")
# words jieba keeps whole that end like a town (城镇, 村镇): one character before them may be the
# town's own name (万|城镇), unless it is a division or a word of quantity or place
GENERIC_TOWN_WORDS = frozenset(("城镇", "村镇", "集镇"))
NOT_A_TOWN_HEAD = frozenset("省市县区州旗盟乡镇村全各本该我每其这那在的与和及等新增")
GLUED_TAILS = frozenset("为在向对与给")


def is_breaker(word: str, policy: str, adjacent: bool) -> int | None:
    """Where a name may start inside ``word`` when the word cannot be part of a name
    (len(word) for a whole-word breaker), else None.

    policy "name" (schools, universities): verbs end a name too, unless right next to
    the type word (胜利|小学); "phrase" (events, initiatives): only breaker words and
    function words do, so 提升 in 校长能力提升大讲堂活动 stays."""
    breakers = name_breakers()
    if word in breakers:
        return len(word)
    if not word:
        return None
    if not any("\u4e00" <= ch <= "\u9fff" for ch in word):
        if policy == "phrase" or ORDINAL.match(word) and adjacent:
            return None
        return len(word)
    tag = dictionary_tag(word)
    if tag is None and len(word) == 2 and word[0] in GLUED_LEADS and policy == "name":
        return 1                               # 将|琼博拉镇: jieba glued a lone 将 to the name
    if tag is None and len(word) >= 3 and word[-1] in GLUED_TAILS and policy == "name":
        return len(word)                       # 余文森为|全区|初中: a name glued to the 为 after it
    if not (tag or "").startswith(("nt", "ns", "nr", "nz")):
        for k in range(1, len(word) - 1):      # 全面实施 ends with 实施
            if word[k:] in breakers and len(word) - k >= 2:
                return len(word)
    if tag in ("l", "i") and any(word[:k] in breakers for k in range(2, len(word) - 1)):
        return len(word)                       # 深入基层, 积极争取: a set phrase opened by a verb
    if policy == "name" and tag in ("l", "i") and \
            any(dictionary_tag(word[k:]) == "v" and len(word) - k >= 2 for k in range(1, len(word) - 1)):
        return len(word)                       # 定向培养|农村小学: a set phrase ending in a verb
    if word == "暨":
        return None if policy == "phrase" else len(word)
    if policy == "phrase" and (word in ORDINAL_PIECES or ORDINAL.match(word)):
        return None                            # 第 59 届, 第六期
    if policy == "name" and word in ZONE_SHORT:
        return None
    if tag in STRONG_TAGS:
        return len(word)
    if tag in NUMBER_TAGS:
        if policy == "phrase" or (adjacent and ORDINAL.match(word)):
            return None
        return len(word)
    if policy == "name" and tag in NAME_BREAK_TAGS and word not in NAME_PART_WORDS:
        return len(word)
    return None


# what a report does to schools, written right before a school's name (改造穰东镇第一初级中学,
# 福州市改造中学校舍, 鹿城区新建小学): never part of the name (建设 is: 温州市建设小学)
WORK_ON_SCHOOLS = frozenset({"改造", "新建", "扩建", "改扩建", "改建", "迁建", "续建", "援建", "建成",
                             "创建", "创成", "建立", "成立", "新增", "支持", "帮扶", "包括", "覆盖", "涉及",
                             "实施", "推进", "提升", "加强", "打造", "完成", "发展", "办好", "建好", "规范",
                             "评估", "督导", "认定", "命名", "挂牌", "遴选", "评选", "表彰", "举办", "开展",
                             "开工", "竣工", "启用", "投用", "招聘", "补充", "选派", "吸纳", "纳入", "加入",
                             "托管", "结对", "组建", "撤并", "合并", "整合"})


def _joined_pair_after_place(doc: WordedText, s: int, floor: int) -> bool:
    """The one-character word before ``s`` is no breaker and a full place name ends right
    before it (儋州市|中 before 和|中学)."""
    if s <= floor:
        return False
    s2, w2 = doc.word_before(s, floor)
    return len(w2) == 1 and s2 > floor and w2 not in name_breakers() \
        and doc.place_cover.get(s2) is not None and doc.text[s2 - 1] not in BOUNDARY


def _short_place_before(doc: WordedText, pos: int, floor: int) -> int:
    """The length of a place's short name that ends at ``pos`` but that jieba split into
    one-character words (四|会 for 四会市), or 0."""
    for k in (2, 3):
        piece = doc.text[pos - k:pos]
        if pos - k >= floor and len(piece) == k and doc.word_before(pos, floor)[0] > pos - k \
                and gazetteer.is_short_name(piece) and place_word(doc, piece):
            return k
    return 0


def _single_character_run(doc: WordedText, s: int, floor: int) -> int:
    """Where a run of two or three one-character words right before ``s`` starts, when
    that run is all of a town's name (年|都|乎 before 乡): the word before it is no single
    character and none of its characters is a function word; else ``s``."""
    pos, count = s, 0
    while pos > floor and count < 4:
        ws, w = doc.word_before(pos, floor)
        if len(w) != 1 or not "\u4e00" <= w <= "\u9fff" or doc.text[pos - 1] in BOUNDARY:
            break
        pos, count = ws, count + 1
    if count not in (2, 3) or any(ch in NOT_A_TOWN_HEAD or ch in SINGLE_BREAKERS for ch in doc.text[pos:s]):
        return s
    return pos


def walk_left(doc: WordedText, hs: int, policy: str, limit: int, floor: int = 0,
              joined_topics: bool = False) -> int:
    """Start of the name whose type word starts at ``hs``; with ``joined_topics`` (an
    event's name) a 与 between two topics does not end it (微课与教学设计大赛)."""
    pos = hs
    adjacent = True
    ordinal_run = True                 # 第一|一三|中学: a number written in several words
    while pos > floor and hs - pos < limit:
        if doc.text[pos - 1] in BOUNDARY and not (doc.text[pos - 1] == "-" and policy == "phrase"):
            break
        s, word = doc.word_before(pos, floor)
        cut_short = _short_place_before(doc, pos, floor) if policy == "name" and s > pos - 2 else 0
        if cut_short:
            pos -= cut_short        # 四|会|中学 with 四会市 in the text: jieba cut the short name apart
            adjacent = False
            ordinal_run = False
            continue
        ps = doc.place_cover.get(pos) if policy == "name" else None
        if ps is not None and ps <= s and ps >= floor and hs - ps <= limit:
            # 米|东区|第三小学: jieba cut across the place name; the whole place belongs
            pos = ps
            adjacent = False
            ordinal_run = False
            continue
        if policy == "name" and word == "第" and ordinal_run and pos < hs:
            pos = s                         # 第|135|中学: an ordinal written in digits
            adjacent = False
            continue
        if policy == "name" and word in ("乡", "镇"):
            run = _single_character_run(doc, s, floor)
            if run < s:
                pos = run           # 年|都|乎|乡: jieba left a town's name in single characters
                adjacent = False
                ordinal_run = False
                continue
        if policy == "name" and word in GENERIC_TOWN_WORDS and s > floor:
            ks, kw = doc.word_before(s, floor)
            if len(kw) == 1 and ks >= floor and kw not in name_breakers() and kw not in SINGLE_BREAKERS \
                    and kw not in NOT_A_TOWN_HEAD and "\u4e00" <= kw <= "\u9fff" \
                    and doc.text[ks - 1:ks] not in NOT_A_TOWN_HEAD:
                pos = ks            # 万|城镇|中心学校: jieba read the town 万城镇 as 城镇 after 万
                adjacent = False
                ordinal_run = False
                continue
        if policy == "name" and (word in TOWN_WORDS or (len(word) <= 3 and word.endswith(TOWN_ENDS)
                                                         and word not in generic_terms()[0])):
            # 胡族铺|镇: a town's own name is not cut by what its characters look like
            k = s
            # a word that already holds the town's own name (太平镇) takes no verb before it
            # (新增|太平镇 stops at 太平镇; 十四道|沟镇 goes on)
            own = word not in TOWN_WORDS and len(word) > 2
            while k > floor and s - k < 4 and doc.text[k - 1] not in BOUNDARY:
                ks, kw = doc.word_before(k, floor)
                if (own and (dictionary_tag(kw) or "").startswith("v")) or kw in WORK_ON_SCHOOLS:
                    break           # (改造|穰|东镇: what was done to the town's school opens no name)
                if len(kw) == 2 and kw[0] in GLUED_LEADS and dictionary_tag(kw) is None:
                    k = ks + 1      # 将陶|唐峪乡: jieba glued a lone 将 to the town's first character
                    break
                if kw == "和" and s - ks == 2 and doc.place_cover.get(ks) is not None \
                        and doc.text[ks - 1:ks] in "市县区":
                    k = ks          # 宜兴市|和|桥镇: a town named 和X right after its county's name
                    break
                # (嘎|洒|镇: a character jieba reads as a sound is a syllable of a Dai or Hani name)
                if kw in name_breakers() or ks < s - 3 or (dictionary_tag(kw) in STRONG_TAGS
                                                            and not gazetteer.is_short_name(kw)
                                                            and not (len(kw) == 1 and (dictionary_tag(kw) == "o" or (
                                                                word == "苏木" and kw not in SINGLE_BREAKERS)))):
                    break           # (大同|镇: a city's name read as an adverb still names the town)
                k = ks
            if k < s:
                pos = k
                adjacent = False
                continue
        if policy == "name" and place_word(doc, word):
            # 平和|职业技术学校: a place's name is part of the name whatever jieba tags it
            pos = s
            adjacent = False
            ordinal_run = False
            ps, before = doc.word_before(s, floor)
            if len(before) == 1 and before not in name_breakers() and before not in SINGLE_BREAKERS \
                    and "\u4e00" <= before <= "\u9fff" and ps > floor \
                    and gazetteer.is_full_name(doc.word_before(ps, floor)[1]):
                pos = ps            # 景洪市|允|景洪|小学: one character and a place, after the city
            continue
        if policy == "name" and adjacent and word == "和" \
                and _joined_pair_after_place(doc, s, floor):
            # 儋州市|中|和|中学: a two-character name jieba split at a joining word, right
            # after a place's full name, is one name (中和), not a list
            pos = doc.word_before(s, floor)[0]
            adjacent = False
            ordinal_run = False
            continue
        if policy == "name" and pos == hs and len(word) == 1 and hs not in doc.starts \
                and word not in name_breakers():
            # 颜|集中|学: jieba joined the name's last character to the type word's first;
            # the piece left before the type word is the name's, whatever it reads as alone
            pos = s
            adjacent = False
            ordinal_run = False
            continue
        if joined_topics and word == "与" and pos < hs and _joins_two_topics(doc, s, floor):
            pos = s                         # 微课|与|教学设计|大赛: two topics of one contest
            adjacent = False
            continue
        is_ordinal = bool(ORDINAL.match(word))
        if policy == "name" and is_ordinal and pos < hs and doc.text[pos:hs] in generic_terms()[1] | weak_category():
            pos = s                 # 第一|民族|中学: the ordinal of a kind of school
            adjacent = False
            continue
        cut = is_breaker(word, policy, adjacent or (ordinal_run and is_ordinal))
        if cut is not None:
            pos = s + cut
            break
        pos = s
        adjacent = False
        ordinal_run = ordinal_run and is_ordinal
    return max(pos, hs - limit)


FUNCTION_TAGS = {"p", "c", "u", "uj", "d", "r", "m", "q"}
# what ends a body's name: 市教育局与市科协…大赛 joins two organisers, not two topics
BODY_END_CHARS = tuple("局委会院校厅办处室府园所队部")


def _joins_two_topics(doc: WordedText, s: int, floor: int) -> bool:
    """The word before 与 is a topic that can share the event's name with the one after it."""
    ps, word = doc.word_before(s, floor)
    return bool(word) and all("\u4e00" <= ch <= "\u9fff" for ch in word) \
        and word not in name_breakers() and dictionary_tag(word) not in STRONG_TAGS | FUNCTION_TAGS \
        and not word.endswith(BODY_END_CHARS) and not place_word(doc, word)


DETERMINERS = frozenset({"各级", "各类", "各项", "相关", "有关", "一批", "系列", "全体", "广大",
                         "区属", "市属", "县属", "省属", "辖区", "一系列", "多项", "多场", "新一轮", "新一期"})


def strip_generic(doc: WordedText, s: int, e: int, words: frozenset[str] | None = None) -> int:
    """Skip leading generic words (区属环保职专 → 环保职专)."""
    generic = words if words is not None else generic_terms()[0]
    while s < e:
        if division_opens(doc, s, e):
            return s
        for w in longest_first(doc.text[s:s + n] for n in range(1, min(6, e - s) + 1)):
            if w in generic and (s + len(w)) < e and (s + len(w)) in doc.starts:
                s += len(w)
                break
        else:
            return s
    return s


def division_opens(doc: WordedText, s: int, e: int) -> bool:
    """新城区|东风路小学, 新建区|第一中学: a division's full name (which may also read as
    a generic word or a verb) opens the name and a specific part follows: it is the
    place the name starts with, not a word to strip."""
    pe = doc.place_end_at.get(s)
    return pe is not None and pe < e - 1 and not only_generic(doc, pe, e)


def only_generic(doc: WordedText, s: int, e: int) -> bool:
    generic, _ = generic_terms()
    words = words_between(doc, s, e)
    text = doc.text[s:e]
    if text in generic:
        return True
    return all(w in generic or not any("\u4e00" <= c <= "\u9fff" for c in w) for w in words)


def category_before(doc: WordedText, s: int, e: int, placed: bool = False) -> bool:
    """A category word right before the type word (廉洁教育特色|学校, 公办|幼儿园); a
    one-character category word only when it is all there is (名|校, not 师大|附中).
    A weak category word (体育, 民族) only counts when no place precedes (``placed``)."""
    _, category = generic_terms()
    if not placed:
        category = category | weak_category()
    for n in range(min(5, e - s), 1, -1):
        if doc.text[e - n:e] in category:
            return True
    for stage in STAGE_WORDS:           # 高水平|中职|学校, 优质|高中|学校: a category of a stage
        if doc.text.endswith(stage, s, e) and e - len(stage) > s \
                and category_before(doc, s, e - len(stage), placed):
            return True
    return doc.text[s:e] in category


STAGE_WORDS = ("中职", "中等职业", "普通高中", "高中", "初中")


def phrase_extent(doc: WordedText, s: int, e: int) -> int:
    """How far right of ``s`` a name can run: up to the first breaker word."""
    pos = s
    while pos < e:
        if doc.text[pos] in BOUNDARY and doc.text[pos] != "、":
            return pos
        j = pos + 1
        while j < len(doc.text) and j not in doc.starts:
            j += 1
        word = doc.text[pos:j]
        if word != "暨" and (word in name_breakers() or dictionary_tag(word) in STRONG_TAGS):
            return pos
        pos = j
    return min(pos, e)


def last_head(text: str, s: int, e: int, heads: tuple[str, ...]) -> int | None:
    """End of the last head word in text[s:e] (so 主题校园文化艺术节活动 → …艺术节)."""
    best = None
    for h in heads:
        i = text.find(h, s, e)
        while i >= 0:
            end = i + len(h)
            if end <= e and (best is None or end > best):
                best = end
            i = text.find(h, i + 1, e)
    return best


def extend_paren(text: str, end: int) -> int:
    """Include a qualifier in brackets right after an event: 联赛（仓山赛区）."""
    m = re.match(r"[（(][^（）()\n]{1,10}(?:赛区|站|分赛|赛段|组)[）)]", text[end:end + 14])
    return end + len(m.group(0)) if m else end
