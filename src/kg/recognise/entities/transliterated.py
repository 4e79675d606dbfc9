"""Transliterated names (Uyghur, Kazakh, Mongolian …) written with a middle dot,
古某某·某某 or 阿某·买某·吐某: no surname to test, so their edges are found by what
stands around them. The dot itself is the evidence: outside quotation and book-title
marks (“护苗·暖心”, 《诗经·蒹葭》) Chinese reports join only such names with it."""
from __future__ import annotations

import re

from .doc import BOUNDARY, SINGLE_BREAKERS
from .lexicon import dictionary_tag, person_titles

# the middle dots reports write between the parts of a name (·, •, ‧, ・, ･)
DOTS = "·•‧・･"
# the part before the dot, bounded; the part after it is sized below
HEAD = re.compile(r"[\u4e00-\u9fff]{2,7}[" + DOTS + r"][\u4e00-\u9fff]")
DOT = re.compile("[" + DOTS + "]")
# what may follow the name: an edge, a verb or particle word, a particle character
AFTER_CHARS = set("的说和与等全在获当担作为是也已还赛表告介带率任称被分、")
AFTER_TAGS = {"v", "p", "d", "vn", "c", "u", "uj"}
# the longest part of a name (阿不都热依木, 阿不都沙拉木) and the most parts
LONGEST_PART = 7
MOST_DOTS = 3
# a quote or title that opens before the name: the dotted words are a slogan, not a name
OPENERS = set("“\"《〈「『‘【")
# a school or grade right before the name (英塔木镇中学学生…, 该校…, 初二（3）班…)
BEFORE_NAME = re.compile(r"(?:小学|中学|学校|[该本我]校|幼儿园|附中|附小|中心|年级|班|[）)])$")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _titles(position: str) -> tuple[str, ...]:
    return tuple(t for t, pos in person_titles() if pos in (position, "both"))


def _part_end(text: str, p: int) -> int | None:
    """End of one part of a dotted name starting at ``p``: the shortest part followed by
    an edge, a dot, a particle character or a title word (同志, 老师); a verb or adverb
    word jieba knows (带领, 分别) closes it only if no title word follows further on
    (艾某·努尔买买提同志: 买买 is a verb word to jieba)."""
    by_tag = None
    for n in range(2, LONGEST_PART + 1):
        end = p + n
        if end > len(text) or not _is_cjk(text[end - 1]):
            break
        after = text[end:end + 1]
        if text.startswith(_titles("after"), end):
            return end
        if by_tag is not None:
            continue
        if not after or after in BOUNDARY or after in DOTS or after in AFTER_CHARS:
            return end
        if (dictionary_tag(text[end:end + 2]) or "") in AFTER_TAGS:
            by_tag = end
    return by_tag


def transliterated_end(text: str, i: int) -> int | None:
    """End of a dotted name starting at ``i`` (热某某·艾某某, 阿某·买某·吐某), or None."""
    m = HEAD.match(text, i)
    if not m:
        return None
    p = m.end() - 1
    for _ in range(MOST_DOTS):
        end = _part_end(text, p)
        if end is None:
            return None
        if text[end:end + 1] in DOTS and text[end:end + 1] and _is_cjk(text[end + 1:end + 2]):
            p = end + 1
            continue
        if text[end:end + 1] in ("”", "》", "’", "」", "』"):
            return None
        return end
    return None


def transliterated_start(text: str, dot: int) -> int | None:
    """Start of the dotted name whose first dot is at ``dot``: the run of Chinese
    characters before it when an edge opens it (、热某·艾某, （古某·吐某）), else where a
    title word, a school or grade, or a function character ends (校长买某江·阿某,
    中学学生阿某•阿某, 由艾某·某某). None inside a quote or title, or after another dot."""
    r = dot
    while r > 0 and dot - r < LONGEST_PART and _is_cjk(text[r - 1]):
        r -= 1
    if dot - r < 2:
        return None
    before = text[r - 1:r]
    if before and not _is_cjk(before) and (before not in BOUNDARY or before in OPENERS or before in DOTS):
        return None                 # a digit, a letter, an opening quote, another dot
    titles = _titles("before")
    heads = [(p, text[max(0, p - 8):p]) for p in range(dot - 2, r, -1)]
    for test in (lambda h: h.endswith(titles), lambda h: BEFORE_NAME.search(h) is not None,
                 lambda h: h[-1:] in SINGLE_BREAKERS):
        for p, head in heads:
            if test(head):
                return p            # 八中队长|艾某江·…, 中学学生|阿某·…, 由|艾某·…
    if not before or not _is_cjk(before):
        return r
    return None


def _name_like(part: str) -> bool:
    """中国·岚皋, 新课标·新课堂专题讲座: a part that is a place, or holds a frequent word
    other than a name, is no part of a transliterated name."""
    from ... import gazetteer
    from .lexicon import jieba_and_tags

    if gazetteer.is_short_name(part) or gazetteer.is_full_name(part):
        return False
    jieba, tags = jieba_and_tags()
    for w in jieba.lcut(part, HMM=False):
        if len(w) < 2 or (tags.get(w) or "").startswith("nr"):
            continue
        if len(w) >= 4 or (jieba.dt.FREQ.get(w) or 0) > 300:
            return False            # 课堂, 专题讲座: transliterations split into single characters
    return True


def dotted_names(text: str) -> list[tuple[int, int]]:
    """Every dotted name in ``text`` as (start, end): a dot between Chinese characters,
    an opening edge found by :func:`transliterated_start` and a closing one by
    :func:`transliterated_end`."""
    out = []
    i = 0
    while True:
        m = DOT.search(text, i)
        if not m:
            return out
        dot = m.start()
        i = dot + 1
        if not (_is_cjk(text[dot - 1:dot] or " ") and _is_cjk(text[dot + 1:dot + 2] or " ")):
            continue
        start = transliterated_start(text, dot)
        if start is None:
            continue
        end = transliterated_end(text, start)
        if end is None or not all(_name_like(part) for part in DOT.split(text[start:end])):
            continue
        out.append((start, end))
        i = end
