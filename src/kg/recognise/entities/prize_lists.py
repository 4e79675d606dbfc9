"""Names a results list writes after its heading, with no title word: 一等奖：王某 李某,
三等奖 扎西某某 古某·吐某, | 一等奖 | 王某 | 某中学 |, 被评为优秀教师的有：王某、李某、马某。
Each item between spaces, bars or 、 is taken when it is a name by its own shape (a surname and one or two
characters jieba's dictionary does not know, a dotted name, a name of two Tibetan or
Mongolian elements); other items (a school, a work) are passed over."""
from __future__ import annotations

import re

from .doc import Candidate, WordedText
from .lexicon import jieba_and_tags
from .transliterated import DOTS

# the heading: a grade of prize or a list's own word, then a colon or a space
HEADING = re.compile(r"(?:特等奖|[一二三四五六]等奖|优秀奖|金奖|银奖|铜奖|的有|名单|获奖者|获奖学生|获奖教师|获得者)"
                     r"(?:[:：][ \u3000]*|[ \u3000]*[|｜][ \u3000]*|[ \u3000]+)")
# one item of the list: Chinese characters and dots, up to a space, 、, or the line's end
ITEM = re.compile(r"[\u4e00-\u9fff" + DOTS + r"]+")
SEPARATORS = set(" \u3000、|｜")
MOST_ITEMS = 30


def listed_names(doc: WordedText, ok, unsurnamed, dotted_from: dict[int, int]) -> list[Candidate]:
    """The names of a results list after its heading. ``ok(name, strict)`` is the surname
    test, ``unsurnamed(name)`` the test for names without one, ``dotted_from`` the dotted
    names found (start → end)."""
    text = doc.text
    jieba, _ = jieba_and_tags()
    out = []
    for m in HEADING.finditer(text):
        i = m.end()
        for _ in range(MOST_ITEMS):
            item = ITEM.match(text, i)
            if not item:
                break
            s, e = item.start(), item.end()
            name = text[s:e]
            if dotted_from.get(s) == e or unsurnamed(name) \
                    or (2 <= len(name) <= 3 and ok(name, False) and (jieba.dt.FREQ.get(name) or 0) < 50):
                out.append(Candidate(s, e, "Person", name, 7, "person-prize-list"))
            if HEADING.match(text, s):
                break               # the next heading on the same line reads its own list
            j = e
            while j < len(text) and text[j] in SEPARATORS:
                j += 1
            if j == e:
                break               # a bracket, a colon, the line's end
            i = j
    return out
