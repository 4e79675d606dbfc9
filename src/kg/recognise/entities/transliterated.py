"""Transliterated names (Uyghur, Kazakh, Mongolian …) written with a middle dot,
古某某·某某: no surname to test, so they are taken only where a person is expected
(after a title word or a byline word) and their end is found by what follows."""
from __future__ import annotations

import re

from .doc import BOUNDARY
from .lexicon import dictionary_tag

# the part before the dot, bounded; the part after it is sized below
HEAD = re.compile(r"[\u4e00-\u9fff]{2,5}[·•・][\u4e00-\u9fff]")
# what may follow the name: an edge, a verb or particle word, a particle character
AFTER_CHARS = set("的说和与等全在获当担作为是也已还赛表告介带率任称")
AFTER_TAGS = {"v", "p", "d", "vn", "c", "u", "uj"}


def transliterated_end(text: str, i: int) -> int | None:
    """End of a dotted name starting at ``i`` (热某某·艾某某), or None: the shortest last
    part followed by an edge, a verb or adverb word (担任, 全场) or 的/说."""
    m = HEAD.match(text, i)
    if not m:
        return None
    dot = m.end() - 1
    for n in (2, 3, 4, 5):
        end = dot + n
        part = text[dot:end]
        if len(part) < n or not all("\u4e00" <= ch <= "\u9fff" for ch in part):
            break
        after = text[end:end + 1]
        if not after or after in BOUNDARY or after in AFTER_CHARS \
                or (dictionary_tag(text[end:end + 2]) or "") in AFTER_TAGS:
            return end
    return None
