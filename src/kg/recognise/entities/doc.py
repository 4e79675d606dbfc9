"""The text as the recognisers see it (characters, jieba's word boundaries) and the
candidate names they propose, with the character classes they all share."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import gazetteer
from ..wordseg import word_tokenizer


HAN = "\u4e00-\u9fff"
CN_NUM = "零〇一二三四五六七八九十百"
# Characters that end a name on its left or right.
BOUNDARY = set("，。；：！？、,;:!?\n\r\t “”\"《》〈〉（）()【】[]「」『』‘’'…—/|·•● 　.")
# the circled numbers of a ranked list (①郑州外国语学校，获…) never belong to a name
BOUNDARY |= {chr(c) for c in range(0x2460, 0x2474)}
QUOTE_CHARS = "“”\"「」『』‘’"
MAX_NAME = {"School": 20, "University": 20, "Organization": 20,
            "Event": 40, "Initiative": 32, "Document": 50}
# Dictionary POS tags (jieba) of words that cannot be part of a name.
STRONG_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "ad", "vd",
               "y", "e", "o", "rr", "rz"}
NUMBER_TAGS = {"m", "q", "mq"}
ORDINAL = re.compile(rf"^第?[{CN_NUM}\d]+$")
# Verbs and adjectives end a school's name on the left (发挥|进修校, 优化|中学), except
# words that are common parts of school names.
NAME_BREAK_TAGS = {"v", "vn", "a", "ad", "an", "vd"}
NAME_PART_WORDS = {"实验", "体育", "教育", "培训", "胜利", "实践", "团结", "育才", "启明", "希望",
                   "开放", "旅游", "管理",     # 开放大学, 旅游职业学院, 酒店管理职业学院
                   # words schools are named by that the dictionary reads as verbs or adjectives
                   # (南昌市育新学校, 前进小学, 振兴中学, 致远中学)
                   "育新", "育苗", "求实", "前进", "解放", "振兴", "致远", "复兴", "勤俭", "奋进",
                   "为民", "笃行"}
# Short names of development zones that schools are named after (西安高新第一中学, 经开实验小学);
# jieba reads 高新 as an adverb.
ZONE_SHORT = {"高新", "经开", "高新区", "经开区"}
# A town's or street's own name (胡族铺|镇, 建设|路) is not cut by what its words look like.
TOWN_WORDS = {"镇", "乡", "街道", "苏木", "村", "路", "街", "巷", "道"}    # 道: 湘江道, a road as Tianjin names them
TOWN_ENDS = ("镇", "乡", "街道", "路", "街")
ORDINAL_PIECES = {"第", "届", "期", "次", "首届"}


class WordedText:
    """The text with jieba's word boundaries: ``tok_start[i]`` is where the word holding
    character i starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tok_start = [0] * len(text)
        self.starts: set[int] = set()
        for _, s, e in word_tokenizer().tokenize(text):
            self.starts.add(s)
            self.tok_start[s:e] = [s] * (e - s)
        # full division names in the text (start, end, name, kind), scanned once for
        # every recogniser that needs them
        self.full_place_hits = list(gazetteer.scan(text, shorts=False))
        self.full_places = {hit[2] for hit in self.full_place_hits}
        # 城关区 after 拉萨市: a division whose bare name is a common phrase, confirmed here
        self.confirmed_places = gazetteer.confirmed_ambiguous(text)
        self.full_places |= self.confirmed_places
        # where a full division name covers a position (its start for every position
        # inside it or at its end): jieba may cut across it (米|东区, 即墨|区蓝谷)
        self.place_cover: dict[int, int] = {}
        self.place_end_at = {ps: pe for ps, pe, _name, _kind in self.full_place_hits}
        for ps, pe, _name, _kind in self.full_place_hits:
            for i in range(ps + 1, pe + 1):
                self.place_cover.setdefault(i, ps)

    def word_before(self, pos: int, floor: int) -> tuple[int, str]:
        s = max(self.tok_start[pos - 1], floor)
        return s, self.text[s:pos]

    def clause_start(self, pos: int, allow: str = "") -> int:
        i = pos
        while i > 0 and (self.text[i - 1] not in BOUNDARY or self.text[i - 1] in allow):
            i -= 1
        return i

    def clause_end(self, pos: int, allow: str = "") -> int:
        i = pos
        n = len(self.text)
        while i < n and (self.text[i] not in BOUNDARY or self.text[i] in allow):
            i += 1
        return i


@dataclass
class Candidate:
    """A name one recogniser proposes; selection keeps the best of overlapping ones
    (by priority, then length)."""
    start: int
    end: int
    type: str
    name: str
    priority: int
    source: str


def words_between(doc: WordedText, s: int, e: int) -> list[str]:
    """jieba's words covering text[s:e] (cut at s and e)."""
    out, i = [], s
    while i < e:
        j = i + 1
        while j < e and j not in doc.starts:
            j += 1
        out.append(doc.text[i:j])
        i = j
    return out


def clean_name(name: str, keep_inner_quotes: bool = False) -> str:
    name = name.strip()
    if keep_inner_quotes:
        if name.startswith("《") and name.endswith("》"):
            name = name[1:-1]
    else:
        name = "".join(ch for ch in name if ch not in QUOTE_CHARS + "《》〈〉")
    # 福州市福州市重大项目 → 福州市重大项目 (a doubled place name is a typing slip)
    m = re.match(rf"([{HAN}]{{2,8}}?[省市区县])\1", name)
    if m and gazetteer.is_full_name(m.group(1)):
        name = name[len(m.group(1)):]
    return name.strip()


def word_at(doc: WordedText, pos: int) -> str:
    if pos >= len(doc.text):
        return ""
    j = pos + 1
    while j < len(doc.text) and j not in doc.starts:
        j += 1
    return doc.text[pos:j]


SINGLE_BREAKERS = set("的和与及并或将把对向由从为被在于到至让使给跟同以等获受经赴请报送据")


def suffix_ends(text: str, rx: re.Pattern[str]) -> dict[int, tuple[int, str]]:
    """Every place a type suffix ends, with the longest suffix ending there
    (实验幼儿园 and 幼儿园 both end at the same place; the longer one is kept)."""
    ends: dict[int, tuple[int, str]] = {}
    i = 0
    while True:
        m = rx.search(text, i)
        if not m:
            return ends
        s, e = m.start(), m.end()
        if e not in ends or s < ends[e][0]:
            ends[e] = (s, m.group(0))
        i = s + 1
