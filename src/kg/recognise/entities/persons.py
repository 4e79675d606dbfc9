"""People: a common surname and one or two characters next to a title word
(陈炜同志, 教授朱以撒), names listed with them, and the same names elsewhere."""
from __future__ import annotations

import re
from functools import cache

from ... import gazetteer
from ...data import load_words, longest_first
from .doc import BOUNDARY, SINGLE_BREAKERS, Candidate, WordedText
from .lexicon import alternation, jieba_and_tags, surname_list, dictionary_tag, person_titles
from .transliterated import DOTS, dotted_names, transliterated_end
from .prize_lists import listed_names
from .winners import winners


# Words that are a title only now and then (学生林思远), mostly a plain noun (中小学生阳光体育).
LOOSE_TITLES = ("学生", "同学")
# ...but a full title after a grade or a school (高二学生张某, 第八中学学生李某)
FIRM_BEFORE_LOOSE = re.compile(r"(?:年级|高[一二三]|初[一二三]|班|小学|中学|学校|中学校|职中|职高|职专|学院)$")
AFTER_NAME_VERBS = "作做就讲带来进开围分指介获被当担任为执说则致"
# 副教授沈雯以《…》为题: a preposition after a two-character name is not its third character
AFTER_NAME_PREPS = "以在"
# 辅导员方建国说：“…”: a verb of saying and the quote's punctuation close the name
SAID = re.compile(r"[说讲道][：:，,“]")
# 评委组长吴海波评价说：“…”: a word of one or two characters, then 说 and the quote
SAID_AFTER_WORD = re.compile(r"[\u4e00-\u9fff]{1,2}说[：:，,“]")
# 教授韩立新也…, 选手谢宇航正在…, 副厅长黄建平一行, 教师孔某荣获…: an adverb (or 一行,
# 荣获) after the name closes it; none of these begins a given name's last character
# (荣 alone does: 孔繁荣)
ADVERBS_AFTER_NAME = ("也", "还", "都", "又", "曾", "已", "正在", "正和", "正与", "正带", "正给",
                      "一行", "等人", "荣获", "荣膺", "荣登")
# a grade is no name though 高 is a surname (高县中学 高二（4）班)
GRADE_WORD = re.compile(r"[高初][一二三]")
NOT_NAME_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "uj", "ul", "r", "m", "q",
                 "f", "t", "s"}
# what a department's name ends with, never a name's last character (计算机科学与工程系教授)
UNIT_ENDS = set("系处室部所")
NAME_STOP_CHARS = set("的了是在和与及等位名个区市县省校园局党们年月日届所项次这那其各全本该我你他她它为对把被从向到由副")


def closes_place(text: str, pos: int) -> bool:
    """“某阳好老师”: the character at ``pos`` is the last of a place name written before it
    (洛阳, 西吉), so it is no surname opening a person's name."""
    for k in (1, 2, 3):
        piece = text[max(0, pos - k):pos + 1]
        if len(piece) == k + 1 and (gazetteer.is_short_name(piece) or gazetteer.is_full_name(piece)):
            return True
    return False


def unsurnamed_name(name: str) -> bool:
    """扎西卓玛, 次仁央宗: two common Tibetan name elements, no surname; 乌云其其格,
    斯琴高娃: two common Mongolian ones (each of two or three characters)."""
    parts = load_words("tibetan_name_parts.txt")
    if len(name) == 4 and name[:2] in parts and name[2:] in parts:
        return True
    if yi_name(name) or dai_name(name):
        return True
    mongolian = load_words("mongolian_name_parts.txt")
    return 4 <= len(name) <= 6 and any(name[:k] in mongolian and name[k:] in mongolian
                                       and 2 <= len(name) - k <= 3 for k in (2, 3))


@cache
def _dai_parts() -> tuple[frozenset[str], frozenset[str]]:
    """The characters a Dai name opens with, and the common syllables after them."""
    words = load_words("dai_name_parts.txt")
    second = next((w[len("second:"):] for w in words if w.startswith("second:")), "")
    return frozenset(w for w in words if not w.startswith("second:")), frozenset(second)


def dai_name(name: str) -> bool:
    """岩罕某, 玉罕某: a Dai man's or woman's opening character, a common Dai syllable and
    one more character (no Han surname to test)."""
    openers, second = _dai_parts()
    return len(name) == 3 and name[0] in openers and name[1] in second \
        and all("\u4e00" <= ch <= "\u9fff" for ch in name)


def _yi_parts() -> tuple[frozenset[str], frozenset[str]]:
    """Yi clan names and the characters Yi given names are written with."""
    words = load_words("yi_name_parts.txt")
    chars = next((w[len("chars:"):] for w in words if w.startswith("chars:")), "")
    return frozenset(w for w in words if not w.startswith("chars:")), frozenset(chars)


def yi_name(name: str) -> bool:
    """吉克某某, 曲比某某: a Yi clan name and a given name of two transliterating
    characters (no Han surname: 马海|涛 is none, 涛 writes no Yi name)."""
    if len(name) != 4:
        return False
    clans, chars = _yi_parts()
    return name[:2] in clans and all(ch in chars for ch in name[2:])


def unsurnamed_lengths(text: str, start: int | None = None, end: int | None = None) -> tuple[int, ...]:
    """The lengths (longest first) of a name without a surname (unsurnamed_name) that
    starts at ``start`` or ends at ``end`` in ``text``."""
    out = []
    for n in (6, 5, 4, 3):
        piece = text[start:start + n] if start is not None else text[max(0, end - n):end]
        if len(piece) == n and unsurnamed_name(piece):
            out.append(n)
    return tuple(out)


# a person's team or studio named after them (教授张立新团队, 特级教师王某工作室)
TEAM_AFTER = ("团队", "工作室", "课题组")
# a body's name ending right before a name and its title is as firm an edge as a comma
# (苏州大学许文华教授)
BODY_ENDS = ("大学", "学院", "学校", "中学", "小学", "幼儿园", "教育局", "研究院", "研究所", "协会", "学会")


def person_ok(name: str, strict: bool, bounded: bool = False) -> bool:
    """A common surname and one or two more characters, not an ordinary word.

    ``strict`` when the context is weak (the name's other side is not a boundary): then
    the given name must not be a frequent word either (师范|学院教授 is no 范学院).
    ``bounded`` when a title stands right before and a verb right after (局长张海军带队):
    then even a very common word (海军) is the given name."""
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    if unsurnamed_name(name):
        return True
    if not 2 <= len(name) <= 4 or GRADE_WORD.fullmatch(name):
        return False
    surnames = surname_list()
    compound = len(name) >= 3 and name[:2] in surnames
    if not (name[0] in surnames or compound):
        return False
    given = name[2:] if compound else name[1:]
    jieba, tags = jieba_and_tags()
    # 于 and 向 are surnames and prepositions: a name only in a firm place (学生于梓萱的)
    # and with a given name no dictionary knows (学生于课后 is a preposition)
    if name[0] in SINGLE_BREAKERS and not compound \
            and (strict or len(given) != 2 or given in jieba.dt.FREQ):
        return False
    # 向东, 为民: a given name jieba's dictionary tags as a name keeps its characters
    if any(ch in NAME_STOP_CHARS for ch in given) and not (tags.get(given) or "").startswith("nr"):
        return False
    tag = tags.get(name)
    if tag is not None and not tag.startswith("nr") and (jieba.dt.FREQ.get(name) or 0) > 20:
        return False
    gtag = tags.get(given) if len(given) >= 2 else None
    freq = jieba.dt.FREQ.get(given) or 0
    if gtag is not None and not gtag.startswith("nr"):
        if freq > (1000 if strict else 5000) and not bounded:
            return False
        if strict and len(given) == 2 and gtag in NOT_NAME_TAGS and freq > 100:
            return False
    return True


def _opens_with_word(cand: str) -> bool:
    """成长|营, 周转|宿舍: a three-character candidate whose first two characters are a
    frequent word other than a name is that word and something else."""
    jieba, tags = jieba_and_tags()
    head = cand[:2]
    tag = tags.get(head)
    return len(cand) == 3 and tag is not None and not tag.startswith("nr") \
        and (jieba.dt.FREQ.get(head) or 0) > 1000 and tag in NOT_NAME_TAGS


def _modifier_word(text: str, e: int, n: int) -> bool:
    """教师|周转|宿舍: a two-character dictionary word before a noun modifies it, however
    jieba tags it."""
    jieba, tags = jieba_and_tags()
    cand, nxt = text[e:e + n], text[e + n:e + n + 2]
    return n == 2 and (jieba.dt.FREQ.get(cand) or 0) > 500 and tags.get(nxt) == "n"


def _segmented_as_name(window: str, cand: str) -> bool:
    """jieba, reading the words around it, cuts ``cand`` out as a person's name
    (李建国|开设 although 建国 alone is a common word)."""
    from ..figures.words import tagged_words   # jieba.posseg.cut, remembered and faster

    jieba_and_tags()
    first = next(iter(tagged_words(window)), None)
    return first is not None and first[0] == cand and first[1].startswith("nr")


def _read_as_name(doc: WordedText, e: int, n: int) -> bool:
    """教研员|李|红梅|全程: jieba cut a surname and a given name it tags as names, each a
    word of its own, right where the title ends."""
    text = doc.text
    return n == 3 and {e, e + 1, e + n} <= doc.starts and (dictionary_tag(text[e]) or "") == "nr" \
        and (dictionary_tag(text[e + 1:e + n]) or "").startswith("nr")


def _given_read_as_name(doc: WordedText, e: int, n: int) -> bool:
    """教授|黄|志成|领衔: jieba cut a three-character name at both ends, and its dictionary
    knows the given name as a name."""
    return n == 3 and {e, e + 1, e + n} <= doc.starts \
        and (dictionary_tag(doc.text[e + 1:e + n]) or "").startswith("nr")


def _common_word_tagged_name(cand: str) -> bool:
    """晋升, 周转, 卓越: jieba's dictionary tags some frequent words as names; such a word
    is no name by that tag alone."""
    jieba, _ = jieba_and_tags()
    return len(cand) == 2 and (jieba.dt.FREQ.get(cand) or 0) > 300


def _glued_after(doc: WordedText, pos: int) -> bool:
    """王子|涵场|均, 孔|繁荣|介绍: jieba cut the two characters before ``pos`` as a
    dictionary word and guessed at what follows (a word its dictionary lacks), or its word
    runs across ``pos``: the character there may end the name before (张伟|场均, jieba's
    own guess at the name, keeps two)."""
    if pos >= len(doc.text):
        return False
    if pos not in doc.starts:       # 孔|繁荣: a word from the name's second character on
        return doc.tok_start[pos] == pos - 1 and "\u4e00" <= doc.text[pos] <= "\u9fff"
    end = pos + 1
    while end < len(doc.text) and doc.tok_start[end] == pos:
        end += 1
    jieba, _ = jieba_and_tags()
    before = doc.text[max(0, pos - 2):pos]
    return end - pos >= 2 and doc.text[pos:end] not in jieba.dt.FREQ and (jieba.dt.FREQ.get(before) or 0) > 0


def _verb_word_at(doc: WordedText, pos: int) -> bool:
    """讲师邱晨|参与了: jieba cut a two-character verb right after a two-character name,
    so the verb's first character is not the name's third."""
    return pos in doc.starts and (pos + 2) in doc.starts and dictionary_tag(doc.text[pos:pos + 2]) == "v"


# what joins the names of a list after a titled name; 和, 与, 及 only the last
LIST_JOINS = ("、", "和", "与", "及")
# a school or grade right before a name (某镇中心小学|次仁旺堆)
SCHOOL_BEFORE = re.compile(r"(?:小学|中学|学校|幼儿园|附中|附小|年级|班)$")


def unsurnamed_mentions(doc: WordedText) -> list[Candidate]:
    """次仁旺堆获…, 三等奖 扎西平措, 某小学乌云其其格、…, 某中学岩罕某: a Tibetan, Mongolian or Dai name of two
    known elements (unsurnamed_name) is a name wherever an edge, a title word or a school
    stands before it and an edge, a particle or verb character or a title word after it;
    a place of the same characters is none."""
    text = doc.text
    parts = load_words("tibetan_name_parts.txt") | load_words("mongolian_name_parts.txt") | _yi_parts()[0] \
        | _dai_parts()[0]
    before_titles = tuple(t for t, pos in person_titles() if pos in ("before", "both"))
    after_titles = tuple(t for t, pos in person_titles() if pos in ("after", "both"))
    out = []
    for m in alternation(tuple(sorted(parts))).finditer(text):
        i = m.start()
        head = text[max(0, i - 6):i]
        if not (i == 0 or text[i - 1] in BOUNDARY or text[i - 1] in SINGLE_BREAKERS
                or head.endswith(before_titles) or SCHOOL_BEFORE.search(head)):
            continue
        for n in unsurnamed_lengths(text, start=i):
            name, after = text[i:i + n], text[i + n:i + n + 1]
            if gazetteer.is_full_name(name) or gazetteer.is_short_name(name):
                continue
            if not after or after in BOUNDARY or after in SINGLE_BREAKERS or after in AFTER_NAME_VERBS \
                    or text.startswith(after_titles + ADVERBS_AFTER_NAME, i + n):
                out.append(Candidate(i, i + n, "Person", name, 7, "person-unsurnamed"))
                break
    return out


def _lone_part(name: str) -> bool:
    """巴特尔, 其其格: a Mongolian name of one three-character part, taken only in a list
    with other names."""
    return len(name) == 3 and name in load_words("mongolian_name_parts.txt")


def _listed_before(doc: WordedText, end: int, dotted_to: dict[int, int], edge) -> int | None:
    """Start of a name in a list that ends at ``end`` (…、王芳同志, …、斯琴高娃等教师): a
    dotted name, a name without a surname, or a surname and one or two characters."""
    text = doc.text
    if end in dotted_to:
        return dotted_to[end]
    for n in unsurnamed_lengths(text, end=end) + (3, 2):
        s = end - n
        cand = text[s:end]
        if len(cand) != n or (s > 0 and text[s - 1] in DOTS):
            continue
        if not (edge(text[s - 1:s]) or s in doc.starts):
            continue
        if n > 3 or person_ok(cand, strict=True) or _lone_part(cand):
            return s
    return None


def _listed_after(doc: WordedText, i: int, dotted_from: dict[int, int], edge) -> int | None:
    """End of a name in a list that starts at ``i`` (学生陈某、龙某|研制的, 热某·艾某、
    次仁旺堆、格桑卓玛|获): a dotted name, a name without a surname, or a surname and
    one or two characters closed by an edge or a word that follows names."""
    text = doc.text
    if i in dotted_from:
        return dotted_from[i]
    for n in unsurnamed_lengths(text, start=i):
        after = text[i + n:i + n + 1]
        closed = not after or (edge(after) and after not in DOTS) or after in "等设获同老共合执组分荣被"
        if closed:
            return i + n
    for n in (3, 2):
        cand = text[i:i + n]
        after = text[i + n:i + n + 1]
        if len(cand) != n or (after and after in DOTS):
            continue
        # …、高子墨|研制的, …、李某|分别: a verb or adverb word jieba cut right after the name
        verb_after = (i + n) in doc.starts and dictionary_tag(text[i + n:i + n + 2]) in ("v", "vn", "d")
        if (edge(after) or after in "等设获同老共合执组" or text.startswith("团队", i + n) or verb_after) \
                and (person_ok(cand, strict=not edge(after)) or _lone_part(cand)) and not _opens_with_word(cand):
            return i + n
    return None


def person_mentions(doc: WordedText) -> list[Candidate]:
    """A name next to a title word: 陈炜同志, 习近平总书记, 教授朱以撒, 校长周伟."""
    text = doc.text
    out = []
    titles = person_titles()
    rx = alternation(tuple(t for t, _ in titles))
    where = dict(titles)

    def edge(ch: str) -> bool:
        return not ch or ch in BOUNDARY or ch in SINGLE_BREAKERS

    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        pos = where[m.group(0)]
        if pos in ("after", "both"):
            for n in unsurnamed_lengths(text, end=s) + (3, 2):
                if s - n < 0:
                    continue
                cand = text[s - n:s]
                if cand[-1] in UNIT_ENDS:
                    continue                # 工程|系|教授: a department, not a name
                if closes_place(text, s - n):
                    continue                # 洛|阳好|老师: the "surname" ends a place name
                if cand[-1] == "好" and m.group(0) in ("老师", "教师", "校长"):
                    continue                # 入选“某地好老师”: an honour, not a name
                if s not in doc.starts and not edge(text[s - n - 1:s - n]):
                    continue                # 语文教研|组长: jieba read the title into a longer word
                strong = edge(text[s - n - 1:s - n]) or text.endswith(BODY_ENDS, 0, s - n) \
                    or (dictionary_tag(cand) in ("nr", "nrfg", "nrt") and not _common_word_tagged_name(cand))
                if person_ok(cand, strict=not strong):
                    out.append(Candidate(s - n, s, "Person", cand, 7, "person"))
                    break
        if pos in ("before", "both"):
            # 指导教师为邹晓玲、彭杰: a name after 为 counts only at a clear edge
            named_as = text[e:e + 1] == "为" and m.group(0) not in LOOSE_TITLES
            if named_as:
                e += 1
                if text.startswith("该校", e):
                    e += 2                  # 指导教师为该校徐某、陈某
            elif text[e:e + 1] in (" ", "\u3000") and "\u4e00" <= text[e + 1:e + 2] <= "\u9fff":
                e += 1                      # 指导教师 王某: a space in a results list
                named_as = True
            elif text[e:e + 1] in ("：", ":") and m.group(0) not in LOOSE_TITLES \
                    and "\u4e00" <= text[e + 1:e + 2] <= "\u9fff":
                e += 1                      # 指导教师：王某；: a results list's label and colon
                named_as = True
            dotted = transliterated_end(text, e)
            if dotted is not None:          # 队长艾某·买某: a transliterated name
                out.append(Candidate(e, dotted, "Person", text[e:dotted], 7, "person"))
                continue
            # 教授高明作报告: a verb after a two-character name is not its third character
            order = (2, 3) if text[e + 2:e + 3] and (text[e + 2] in AFTER_NAME_VERBS + AFTER_NAME_PREPS
                                                       or text.startswith(ADVERBS_AFTER_NAME, e + 2)
                                                       or _verb_word_at(doc, e + 2)) else (3, 2)
            for n in unsurnamed_lengths(text, start=e) + order:
                cand = text[e:e + n]
                if len(cand) < n:
                    continue
                after = text[e + n:e + n + 1]
                if named_as and not edge(after):
                    continue
                segmented = _segmented_as_name(text[e:e + n + 4], cand) and not _modifier_word(text, e, n)
                strong = edge(after) or after in "同老校局书教主院" \
                    or text.startswith(TEAM_AFTER, e + n) \
                    or (segmented and not _common_word_tagged_name(cand))
                weak_ok = dictionary_tag(text[e + n:e + n + 2]) in ("v", "p", "vn") or after in AFTER_NAME_VERBS + AFTER_NAME_PREPS \
                    or text[e + n:e + n + 2] == "之手" or _read_as_name(doc, e, n) \
                    or text.startswith(ADVERBS_AFTER_NAME, e + n) \
                    or ((e + n) in doc.starts and SAID_AFTER_WORD.match(text, e + n) is not None) \
                    or _given_read_as_name(doc, e, n)
                if m.group(0) in LOOSE_TITLES and not FIRM_BEFORE_LOOSE.search(text[max(0, s - 3):s]):
                    # 中小学生|阳光体育: 学生 names a person only at a clear edge, and
                    # never a common word
                    weak_ok = False
                    strong = (edge(after) or (after in "设获参荣被" and _segmented_as_name(text[e:e + n + 4], cand))) \
                        and (jieba_and_tags()[0].dt.FREQ.get(cand) or 0) < 50 and not _opens_with_word(cand)
                if n == 2 and (strong or segmented) and not weak_ok and not edge(after) \
                        and _glued_after(doc, e + 2):
                    # 后卫王子|涵场均: jieba glued the third character to what follows, so
                    # the two characters it read as a word are not the whole name
                    cand = text[e:e + 3]
                    if person_ok(cand, strict=False) and not _opens_with_word(cand):
                        out.append(Candidate(e, e + 3, "Person", cand, 7, "person"))
                    break
                if not (strong or weak_ok):
                    continue
                # 局长|沈建国|带领: right after the title and right before a verb, the name
                # is bounded on both sides though its given name is a common word (建国)
                bounded = n == 3 and m.group(0) not in LOOSE_TITLES and e in doc.starts \
                    and len(text[e + n:e + n + 2]) == 2 and (dictionary_tag(text[e + n:e + n + 2]) == "v" or SAID.match(text, e + n)
                         or text[e + n] in "带作讲致主出"
                         or SAID_AFTER_WORD.match(text, e + n)) \
                    and (e + n) in doc.starts and not _opens_with_word(cand)
                # 局长刘宏伟作工作报告, 局长钱立新致辞: a firm title before and a verb of speaking or acting after
                # bound a three-character name whose given name is a common word (宏伟)
                # (教授杨光明任评委会主任: 任 serves as such a verb, not 任务, 任何)
                bounded = bounded or (n == 3 and m.group(0) not in LOOSE_TITLES
                                      and (text[e + n:e + n + 1] in "作做讲说致为"
                                           or (text[e + n:e + n + 1] == "任" and text[e + n + 1:e + n + 2] not in "务何意"))
                                      and text[e - 1:e] not in "的")
                if _opens_with_word(cand):
                    continue
                if person_ok(cand, strict=not (strong or bounded), bounded=bounded):
                    out.append(Candidate(e, e + n, "Person", cand, 7, "person"))
                    break
    # 张伟（三明学院副教授）: a name right before a bracket that closes on a title word
    title_words = tuple(t for t, _ in titles)
    for b in re.finditer(r"[（(]([^（）()\n]{2,30})[）)]", text):
        if not b.group(1).endswith(title_words):
            continue
        for n in (3, 2):
            cand = text[b.start() - n:b.start()]
            if len(cand) == n and edge(text[b.start() - n - 1:b.start() - n]) and person_ok(cand, strict=False):
                out.append(Candidate(b.start() - n, b.start(), "Person", cand, 7, "person"))
                break
    out += winners(doc, lambda name, strict: person_ok(name, strict=strict) and not _opens_with_word(name))
    # 热某·艾某、努某·叶某获一等奖: a name joined by a middle dot, wherever it stands
    dotted_from = dict(dotted_names(text))
    out += [Candidate(s, e, "Person", text[s:e], 7, "person-dotted") for s, e in dotted_from.items()]
    out += unsurnamed_mentions(doc)
    out += listed_names(doc, lambda name, strict: person_ok(name, strict=strict) and not _opens_with_word(name),
                        unsurnamed_name, dotted_from)
    dotted_to = {e: s for s, e in dotted_from.items()}
    # 陈红、王芳同志: names listed before a titled name share its title
    for c in list(out):
        end = c.start
        while end >= 1 and text[end - 1] == "、":
            start = _listed_before(doc, end - 1, dotted_to, edge)
            if start is None:
                break
            out.append(Candidate(start, end - 1, "Person", text[start:end - 1], 7, "person-list"))
            end = start
    # 学生陈思远、龙雨涵: names listed right after a titled name share its title
    for c in list(out):
        end = c.end
        while text[end:end + 1] in LIST_JOINS:
            last = text[end] != "、"            # …、阿某·叶某和杨某参加: 和 joins the last one
            stop = _listed_after(doc, end + 1, dotted_from, edge)
            if stop is None:
                break
            out.append(Candidate(end + 1, stop, "Person", text[end + 1:stop], 7, "person-list"))
            end = stop
            if last:
                break
    # 黄丽萍、蒙海燕等35名教师: names counted as people
    for m in re.finditer(r"等(?:[\d一二三四五六七八九十百余多]+(?:名|位))?(?:教师|老师|学生|专家|校长|同志|选手|辅导员)", text):
        end = m.start()
        while end > 0:
            start = _listed_before(doc, end, dotted_to, edge)
            if start is None:
                break
            out.append(Candidate(start, end, "Person", text[start:end], 7, "person-list"))
            end = start
            if text[end - 1:end] == "、":
                end -= 1
            else:
                break
    # 热某·艾力同学, 麦某·阿卜杜拉老师: a part of a dotted name is no name of its own
    def in_dotted(s: int, e: int) -> bool:
        return any(ds <= s and e <= de and (s, e) != (ds, de) for ds, de in dotted_from.items())

    out = [c for c in out if not in_dotted(c.start, c.end)]
    # the same names elsewhere in the text
    names = {c.name for c in out}
    for name in longest_first(names):
        for m in re.finditer(re.escape(name), text):
            if in_dotted(m.start(), m.end()):
                continue
            if not any(c.start == m.start() and c.end == m.end() for c in out):
                out.append(Candidate(m.start(), m.end(), "Person", name, 7, "person-repeat"))
    return out
