"""Development zones and new districts, which no gazetteer lists: a place name and a zone
word (郑州经济技术开发区, 长春净月高新技术产业开发区), a zone listed among places
(…中牟县以及郑东新区、…), and 位于崖山区的南港湾科技城 (a named area whose location the
report states). All are Places."""
from __future__ import annotations

import re

from ...model import contract_class
from ...spans import SpanIndex
from .doc import SINGLE_BREAKERS, Candidate, WordedText

ZONE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:科技城|科学城|新区|开发区|高新区|产业园区|产业园|园区|示范区|自贸区)")
LIES_IN = ("位于", "地处", "坐落于")
# what ends the name of a development zone (longest first, so the regex takes the whole word)
ZONE_WORDS = re.compile("高新技术产业开发区|高新技术开发区|经济技术开发区|经济开发区|技术开发区|"
                        "经济综合实验区|综合实验区|综合保税区|保税区|开发区|高新区|经开区|新区|"
                        "旅游度假区|度假区|管理区|示范区|投资区|生态区")
MAX_MIDDLE = 6          # 长春|净月|…, 郑州|航空港经济|…: the words between place and zone word
LIST_LEADS = ("以及", "及", "和", "、")
# zone words that also name honours (X省智慧教育示范区): a zone only as an item of a list
LIST_ONLY = ("示范区", "生态区")
# a county's description adds its zones after its divisions: …2个县级市，另设B新区、C管理区
SET_UP = ("另设", "还设", "并设")
# what a figure list by area puts between its items: A区72所，B新区12所
FIGURE_LIST_GAP = 16
# a generic zone, not one named (各开发区, 国家级新区, 省级开发区)
GENERIC_MIDDLE = re.compile(r"[各全本该级类个所等]|国家|省级|市级|县级")


def located_zones(doc: WordedText, cands: list[Candidate]) -> list[Candidate]:
    text = doc.text
    out = []
    for c in cands:
        if contract_class(c.type) != "Place" or text[c.end:c.end + 1] != "的" \
                or not text.endswith(LIES_IN, max(0, c.start - 3), c.start):
            continue
        m = ZONE.match(text, c.end + 1)
        if m and not any(x.start == m.start() and x.end >= m.end() for x in cands):
            out.append(Candidate(m.start(), m.end(), "Place", m.group(0), 6, "located-zone"))
    return out


def named_zones(doc: WordedText, cands: list[Candidate]) -> list[Candidate]:
    """Zones named after a place the text names (place + up to six characters + zone word),
    or written as an item of a list that names places (A县以及B新区、C开发区)."""
    text = doc.text
    places = [c for c in cands if contract_class(c.type) == "Place"]
    index = SpanIndex(places)
    taken = {(c.start, c.end) for c in cands}
    out: list[Candidate] = []
    for m in ZONE_WORDS.finditer(text):
        s, e = m.start(), m.end()
        lead = [p for p in index.near(max(0, s - MAX_MIDDLE - 12), s)
                if p.end <= s and s - p.end <= MAX_MIDDLE and _plain(text[p.end:s])]
        start = None
        if lead and m.group() in LIST_ONLY:
            start = _listed_start(text, s, e, index)    # X省智慧教育示范区 is an honour, not a zone
        elif lead:
            first = min(lead, key=lambda p: p.start)     # 长春|净月… from the outermost place
            start = first.start
        else:
            start = _listed_start(text, s, e, index)
        if start is None or (start, e) in taken:
            continue
        out.append(Candidate(start, e, "Place", text[start:e], 6, "zone"))
    return out


def _plain(middle: str) -> bool:
    """The words between a place and its zone word: Han characters that read as a name."""
    return all("\u4e00" <= ch <= "\u9fff" for ch in middle) and \
        not any(ch in SINGLE_BREAKERS for ch in middle) and not GENERIC_MIDDLE.search(middle)


def _listed_start(text: str, s: int, e: int, index: SpanIndex) -> int | None:
    """Start of a zone of 2–4 characters before its zone word, right after a list mark, in a
    list with a place or another zone right before or after it (中牟县以及郑东新区、郑州…)."""
    for n in (2, 3, 4):
        start = s - n
        if start <= 0 or not _plain(text[start:s]):
            return None
        if text.endswith(SET_UP, 0, start):
            return start
        if text[start - 1:start] in "，,；;" and text[e:e + 1].isdigit() and _counted_area_before(text, start, index):
            return start
        lead = next((w for w in LIST_LEADS if text.endswith(w, 0, start)), None)
        if lead is None:
            continue
        before = start - len(lead)
        if any(p.end == before for p in index.near(max(0, before - 12), before)):
            return start
        if text[e:e + 1] == "、" and (any(p.start == e + 1 for p in index.near(e + 1, e + 12))
                                      or ZONE_WORDS.search(text, e + 1, e + 2 + MAX_MIDDLE + 9)):
            return start
    return None


def _counted_area_before(text: str, start: int, index: SpanIndex) -> bool:
    """A 12所 / 3.2万人 list by area: the item before this one is a place right before its own
    figure (崖州区72所，B生态区12所)."""
    lo = max(0, start - FIGURE_LIST_GAP)
    return any(text[p.end:p.end + 1].isdigit() and p.end < start for p in index.near(lo, start)
               if p.start >= lo)
