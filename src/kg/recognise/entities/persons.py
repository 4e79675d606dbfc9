"""People: a common surname and one or two characters next to a title word
(陈炜同志, 教授朱以撒), names listed with them, and the same names elsewhere."""
from __future__ import annotations

import re

from ... import gazetteer
from ...data import load_words
from .doc import BOUNDARY, SINGLE_BREAKERS, Candidate, WordedText
from .lexicon import alternation, jieba_and_tags, surname_list, dictionary_tag, person_titles
from .transliterated import transliterated_end
from .winners import winners


# Words that are a title only now and then (学生林思远), mostly a plain noun (中小学生阳光体育).
LOOSE_TITLES = ("学生", "同学")
# ...but a full title after a grade or a school (高二学生张某, 第八中学学生李某)
FIRM_BEFORE_LOOSE = re.compile(r"(?:年级|高[一二三]|初[一二三]|班|小学|中学|学校|中学校|职中|职高|职专|学院)$")
AFTER_NAME_VERBS = "作做就讲带来进开围分指介获被荣当担任为执说则"
# 副教授沈雯以《…》为题: a preposition after a two-character name is not its third character
AFTER_NAME_PREPS = "以在"
# 辅导员方建国说：“…”: a verb of saying and the quote's punctuation close the name
SAID = re.compile(r"[说讲道][：:，,“]")
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


def tibetan_name(name: str) -> bool:
    """扎西卓玛, 次仁央宗: two common Tibetan name elements, no surname."""
    parts = load_words("tibetan_name_parts.txt")
    return len(name) == 4 and name[:2] in parts and name[2:] in parts


def person_ok(name: str, strict: bool) -> bool:
    """A common surname and one or two more characters, not an ordinary word.

    ``strict`` when the context is weak (the name's other side is not a boundary): then
    the given name must not be a frequent word either (师范|学院教授 is no 范学院)."""
    if not (2 <= len(name) <= 4) or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    if tibetan_name(name):
        return True
    surnames = surname_list()
    compound = len(name) >= 3 and name[:2] in surnames
    if not (name[0] in surnames or compound):
        return False
    if name[0] in SINGLE_BREAKERS and not compound:
        return False
    given = name[2:] if compound else name[1:]
    if any(ch in NAME_STOP_CHARS for ch in given):
        return False
    jieba, tags = jieba_and_tags()
    tag = tags.get(name)
    if tag is not None and not tag.startswith("nr") and (jieba.dt.FREQ.get(name) or 0) > 20:
        return False
    gtag = tags.get(given) if len(given) >= 2 else None
    freq = jieba.dt.FREQ.get(given) or 0
    if gtag is not None and not gtag.startswith("nr"):
        if freq > (1000 if strict else 5000):
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


def _verb_word_at(doc: WordedText, pos: int) -> bool:
    """讲师邱晨|参与了: jieba cut a two-character verb right after a two-character name,
    so the verb's first character is not the name's third."""
    return pos in doc.starts and (pos + 2) in doc.starts and dictionary_tag(doc.text[pos:pos + 2]) == "v"


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
            for n in ((4,) if tibetan_name(text[max(0, s - 4):s]) else ()) + (3, 2):
                if s - n < 0:
                    continue
                cand = text[s - n:s]
                if cand[-1] in UNIT_ENDS:
                    continue                # 工程|系|教授: a department, not a name
                if closes_place(text, s - n):
                    continue                # 洛|阳好|老师: the "surname" ends a place name
                strong = edge(text[s - n - 1:s - n]) or dictionary_tag(cand) in ("nr", "nrfg", "nrt")
                if person_ok(cand, strict=not strong):
                    out.append(Candidate(s - n, s, "Person", cand, 7, "person"))
                    break
        if pos in ("before", "both"):
            # 指导教师为邹晓玲、彭杰: a name after 为 counts only at a clear edge
            named_as = text[e:e + 1] == "为" and m.group(0) not in LOOSE_TITLES
            if named_as:
                e += 1
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
                                                       or _verb_word_at(doc, e + 2)) else (3, 2)
            for n in ((4,) if tibetan_name(text[e:e + 4]) else ()) + order:
                cand = text[e:e + n]
                if len(cand) < n:
                    continue
                after = text[e + n:e + n + 1]
                if named_as and not edge(after):
                    continue
                strong = edge(after) or after in "同老校局书教主院" \
                    or (_segmented_as_name(text[e:e + n + 4], cand) and not _modifier_word(text, e, n))
                weak_ok = dictionary_tag(text[e + n:e + n + 2]) in ("v", "p", "vn") or after in AFTER_NAME_VERBS + AFTER_NAME_PREPS \
                    or text[e + n:e + n + 2] == "之手" or _read_as_name(doc, e, n)
                if m.group(0) in LOOSE_TITLES and not FIRM_BEFORE_LOOSE.search(text[max(0, s - 3):s]):
                    # 中小学生|阳光体育: 学生 names a person only at a clear edge, and
                    # never a common word
                    weak_ok = False
                    strong = (edge(after) or (after in "设获参荣被" and _segmented_as_name(text[e:e + n + 4], cand))) \
                        and (jieba_and_tags()[0].dt.FREQ.get(cand) or 0) < 50 and not _opens_with_word(cand)
                if not (strong or weak_ok):
                    continue
                # 局长|沈建国|带领: right after the title and right before a verb, the name
                # is bounded on both sides though its given name is a common word (建国)
                bounded = n == 3 and m.group(0) not in LOOSE_TITLES and e in doc.starts \
                    and len(text[e + n:e + n + 2]) == 2 and (dictionary_tag(text[e + n:e + n + 2]) == "v" or SAID.match(text, e + n)) \
                    and (e + n) in doc.starts and not _opens_with_word(cand)
                if _opens_with_word(cand):
                    continue
                if person_ok(cand, strict=not (strong or bounded)):
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
    # 陈红、王芳同志: names listed before a titled name share its title
    for c in list(out):
        end = c.start
        while end >= 1 and text[end - 1] == "、":
            for n in (3, 2):
                cand = text[end - 1 - n:end - 1]
                if len(cand) == n and (edge(text[end - 2 - n:end - 1 - n]) or end - 1 - n in doc.starts) \
                        and person_ok(cand, strict=True):
                    out.append(Candidate(end - 1 - n, end - 1, "Person", cand, 7, "person-list"))
                    end = end - 1 - n
                    break
            else:
                break
    # 学生陈思远、龙雨涵: names listed right after a titled name share its title
    for c in list(out):
        end = c.end
        while text[end:end + 1] == "、":
            for n in (3, 2):
                cand = text[end + 1:end + 1 + n]
                after = text[end + 1 + n:end + 2 + n]
                if len(cand) == n and (edge(after) or after in "等设获同老共合执组" or text.startswith("团队", end + 1 + n)) \
                        and person_ok(cand, strict=not edge(after)) \
                        and not _opens_with_word(cand):
                    out.append(Candidate(end + 1, end + 1 + n, "Person", cand, 7, "person-list"))
                    end = end + 1 + n
                    break
            else:
                break
    # 黄丽萍、蒙海燕等35名教师: names counted as people
    for m in re.finditer(r"等(?:[\d一二三四五六七八九十百余多]+(?:名|位))?(?:教师|老师|学生|专家|校长|同志|选手|辅导员)", text):
        end = m.start()
        while end > 0:
            for n in (3, 2):
                cand = text[end - n:end]
                if len(cand) == n and (edge(text[end - n - 1:end - n]) or end - n in doc.starts) \
                        and person_ok(cand, strict=True):
                    out.append(Candidate(end - n, end, "Person", cand, 7, "person-list"))
                    end = end - n
                    break
            else:
                break
            if text[end - 1:end] == "、":
                end -= 1
            else:
                break
    # the same names elsewhere in the text
    names = {c.name for c in out}
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not any(c.start == m.start() and c.end == m.end() for c in out):
                out.append(Candidate(m.start(), m.end(), "Person", name, 7, "person-repeat"))
    return out
