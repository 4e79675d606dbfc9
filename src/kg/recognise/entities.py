"""Find the names in a report's text: schools, universities, bodies, organisations,
people, places, initiatives, events and documents.

:func:`find_mentions` is a pure function (text in, mentions out). It works by how
Chinese forms names, not by lists of names:

* a **type word** ends most names (金闽|小学, 仓山区|教育局, 少年硅谷大赛福建|选拔赛,
  教研员岗位大练兵|活动). The name's start is found by walking left over the words
  of the text (jieba's segmentation) until a word that cannot be part of a name: a
  function word or a verb that introduces a name (促成|金闽小学, 将|龙津小学,
  实施|建设教育强区专项行动), or punctuation;
* a body's name must start with a place (仓山区教育局), a relative place (区委,
  省考试院) or a national prefix (中共, 国家);
* quotation marks (“双减”, “千师进万户”家访活动) and book-title marks (《…》) delimit
  initiatives, events and documents; what follows the quote says which;
* a person is a common surname + one or two characters next to a title word
  (陈炜同志, 教授朱以撒);
* places come from the administrative-divisions gazetteer.

Generic references (区属学校, 乡镇中学, 优质中学, 公办园, 示范性幼儿园, 党员志愿服务
活动) are rejected: their "specific part" is made only of generic words
(``data/generic_terms.tsv``), or a category word (特色, 示范性, 公办) stands right
before the type word. Names inside names are kept when they are names in their own
right (仓山区实验幼儿园教育集团附属幼儿园 ⊃ 仓山区实验幼儿园教育集团 ⊃ 仓山区实验幼儿园
⊃ 仓山区).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Sequence

from .. import gazetteer
from ..data import data_path, load_words
from ..model import Mention, contract_class

# ------------------------------------------------------------------ characters

HAN = "\u4e00-\u9fff"
CN_NUM = "零〇一二三四五六七八九十百"
# Characters that end a name on its left or right.
BOUNDARY = set("，。；：！？、,;:!?\n\r\t “”\"《》〈〉（）()【】[]「」『』‘’'…—/|·•● 　.")
QUOTE_CHARS = "“”\"「」『』‘’"
MAX_NAME = {"School": 20, "University": 20, "GovernmentAgency": 20, "Organization": 20,
            "Event": 40, "Initiative": 32, "Document": 50}
# Dictionary POS tags (jieba) of words that cannot be part of a name.
STRONG_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "ad", "vd",
               "y", "e", "o", "rr", "rz"}
NUMBER_TAGS = {"m", "q", "mq"}
ORDINAL = re.compile(rf"^第?[{CN_NUM}\d]+$")
# Verbs and adjectives end a school's name on the left (发挥|进修校, 优化|中学), except
# words that are common parts of school names.
NAME_BREAK_TAGS = {"v", "vn", "a", "ad", "an", "vd"}
NAME_PART_WORDS = {"实验", "体育", "教育", "培训", "胜利", "实践", "团结", "育才", "启明", "希望"}
# A town's or street's own name (胡族铺|镇, 建设|路) is not cut by what its words look like.
TOWN_WORDS = {"镇", "乡", "街道", "村", "路", "街", "巷"}
TOWN_ENDS = ("镇", "乡", "街道", "路", "街")
ORDINAL_PIECES = {"第", "届", "期", "次", "首届"}


# ------------------------------------------------------------------ data

def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@cache
def _surnames() -> frozenset[str]:
    return load_words("surnames.txt")


@cache
def _breakers() -> frozenset[str]:
    return load_words("name_breakers.txt")


@cache
def _generic() -> tuple[frozenset[str], frozenset[str]]:
    """(all generic words, category words)."""
    rows = _rows("generic_terms.tsv")
    words = frozenset(r[0] for r in rows)
    category = frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "category")
    return words, category


@cache
def _weak_category() -> frozenset[str]:
    """Category words that make a name of a kind only without a place (体育学校)."""
    return frozenset(r[0] for r in _rows("generic_terms.tsv") if len(r) > 1 and r[1] == "weak")


@cache
def _school_suffixes() -> tuple[tuple[str, str, frozenset[str]], ...]:
    rows = [(r[0], r[1], frozenset(r[2].split(",")) if len(r) > 2 and r[2] else frozenset())
            for r in _rows("school_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _agency_suffixes() -> tuple[tuple[str, str, bool], ...]:
    rows = [(r[0], r[1], len(r) > 2 and r[2] == "bare") for r in _rows("agency_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _org_suffixes() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1] if len(r) > 1 else "") for r in _rows("organization_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _heads() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("name_heads.tsv")}


@cache
def _titles() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1]) for r in _rows("person_title_words.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def _jieba():
    """jieba, initialised once, and its dictionary's word → POS table."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba, jieba.posseg.dt.word_tag_tab


def _tag(word: str) -> str | None:
    return _jieba()[1].get(word)


# ------------------------------------------------------------------ the text

class _Doc:
    """The text with jieba's word boundaries: ``tok_start[i]`` is where the word holding
    character i starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        jieba, _ = _jieba()
        self.tok_start = [0] * len(text)
        self.starts: set[int] = set()
        for _, s, e in jieba.tokenize(text):
            self.starts.add(s)
            for k in range(s, e):
                self.tok_start[k] = s
        self.full_places = {name for _, _, name, kind in gazetteer.scan(text, shorts=False)}

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
class _Cand:
    start: int
    end: int
    type: str
    name: str
    priority: int
    source: str


# ------------------------------------------------------------------ helpers

def _is_breaker(word: str, policy: str, adjacent: bool) -> int | None:
    """Where a name may start inside ``word`` when the word cannot be part of a name
    (len(word) for a whole-word breaker), else None.

    policy "name" (schools, universities): verbs end a name too, unless right next to
    the type word (胜利|小学); "phrase" (events, initiatives): only breaker words and
    function words do, so 提升 in 校长能力提升大讲堂活动 stays."""
    breakers = _breakers()
    if word in breakers:
        return len(word)
    if not word:
        return None
    if not any("\u4e00" <= ch <= "\u9fff" for ch in word):
        if policy == "phrase" or ORDINAL.match(word) and adjacent:
            return None
        return len(word)
    tag = _tag(word)
    if not (tag or "").startswith(("nt", "ns", "nr", "nz")):
        for k in range(1, len(word) - 1):      # 全面实施 ends with 实施
            if word[k:] in breakers and len(word) - k >= 2:
                return len(word)
    if tag in ("l", "i") and any(word[:k] in breakers for k in range(2, len(word) - 1)):
        return len(word)                       # 深入基层, 积极争取: a set phrase opened by a verb
    if word == "暨":
        return None if policy == "phrase" else len(word)
    if policy == "phrase" and (word in ORDINAL_PIECES or ORDINAL.match(word)):
        return None                            # 第 59 届, 第六期
    if tag in STRONG_TAGS:
        return len(word)
    if tag in NUMBER_TAGS:
        if policy == "phrase" or (adjacent and ORDINAL.match(word)):
            return None
        return len(word)
    if policy == "name" and tag in NAME_BREAK_TAGS and word not in NAME_PART_WORDS:
        return len(word)
    return None


def _walk_left(doc: _Doc, hs: int, policy: str, limit: int, floor: int = 0) -> int:
    """Start of the name whose type word starts at ``hs``."""
    pos = hs
    adjacent = True
    ordinal_run = True                 # 第一|一三|中学: a number written in several words
    while pos > floor and hs - pos < limit:
        if doc.text[pos - 1] in BOUNDARY and not (doc.text[pos - 1] == "-" and policy == "phrase"):
            break
        s, word = doc.word_before(pos, floor)
        if policy == "name" and (word in TOWN_WORDS or (len(word) <= 3 and word.endswith(TOWN_ENDS))):
            # 胡族铺|镇: a town's own name is not cut by what its characters look like
            k = s
            while k > floor and s - k < 4 and doc.text[k - 1] not in BOUNDARY:
                ks, kw = doc.word_before(k, floor)
                if kw in _breakers() or _tag(kw) in STRONG_TAGS or ks < s - 4:
                    break
                k = ks
            if k < s:
                pos = k
                adjacent = False
                continue
        if policy == "name" and _place_word(doc, word):
            # 平和|职业技术学校: a place's name is part of the name whatever jieba tags it
            pos = s
            adjacent = False
            ordinal_run = False
            continue
        is_ordinal = bool(ORDINAL.match(word))
        cut = _is_breaker(word, policy, adjacent or (ordinal_run and is_ordinal))
        if cut is not None:
            pos = s + cut
            break
        pos = s
        adjacent = False
        ordinal_run = ordinal_run and is_ordinal
    return max(pos, hs - limit)


def _place_word(doc: _Doc, word: str) -> bool:
    """A word that is a place the text names (平和 with 平和县 in the text, 漳州)."""
    if len(word) < 2 or word in gazetteer.ambiguous_names():
        return False
    return gazetteer.is_full_name(word) or (gazetteer.is_short_name(word) and _short_ok(doc, word))


def _words(doc: _Doc, s: int, e: int) -> list[str]:
    """jieba's words covering text[s:e] (cut at s and e)."""
    out, i = [], s
    while i < e:
        j = i + 1
        while j < e and j not in doc.starts:
            j += 1
        out.append(doc.text[i:j])
        i = j
    return out


DETERMINERS = frozenset({"各级", "各类", "各项", "相关", "有关", "一批", "系列", "全体", "广大",
                         "区属", "市属", "县属", "省属", "辖区", "一系列", "多项", "多场"})


def _strip_generic(doc: _Doc, s: int, e: int, words: frozenset[str] | None = None) -> int:
    """Skip leading generic words (区属环保职专 → 环保职专)."""
    generic = words if words is not None else _generic()[0]
    while s < e:
        for w in sorted({doc.text[s:s + n] for n in range(1, min(6, e - s) + 1)}, key=len, reverse=True):
            if w in generic and (s + len(w)) < e and (s + len(w)) in doc.starts:
                s += len(w)
                break
        else:
            return s
    return s


def _place_prefix(doc: _Doc, s: int, e: int, relative: bool = True) -> int:
    """End of the place names at the start of text[s:e] (福州市仓山区…, 福州…, 市…)."""
    pos = s
    while pos < e:
        step = _place_at(doc, pos, e)
        if not step:
            break
        pos += step
    if relative and pos == s and pos < e and doc.text[pos] in "省市区县":
        pos += 1
    return pos


def _place_at(doc: _Doc, pos: int, e: int) -> int:
    for n in range(min(12, e - pos), 1, -1):
        piece = doc.text[pos:pos + n]
        if piece in gazetteer.ambiguous_names():
            continue
        if gazetteer.is_full_name(piece):
            return n
        if gazetteer.is_short_name(piece) and _short_ok(doc, piece):
            return n
    return 0


def _short_ok(doc: _Doc, short: str) -> bool:
    """A short name counts as a place when it names a province or prefecture, or when
    the text also names the full division (仓山 with 仓山区)."""
    if short in gazetteer.ambiguous_names():
        return False
    for d in gazetteer.lookup(short):
        if d.short != short:
            continue
        if d.level in ("province", "city") or d.name in doc.full_places:
            return True
    return False


def _only_generic(doc: _Doc, s: int, e: int) -> bool:
    generic, _ = _generic()
    words = _words(doc, s, e)
    text = doc.text[s:e]
    if text in generic:
        return True
    return all(w in generic or not any("\u4e00" <= c <= "\u9fff" for c in w) for w in words)


def _category_before(doc: _Doc, s: int, e: int, placed: bool = False) -> bool:
    """A category word right before the type word (廉洁教育特色|学校, 公办|幼儿园); a
    one-character category word only when it is all there is (名|校, not 师大|附中).
    A weak category word (体育, 民族) only counts when no place precedes (``placed``)."""
    _, category = _generic()
    if not placed:
        category = category | _weak_category()
    for n in range(min(5, e - s), 1, -1):
        if doc.text[e - n:e] in category:
            return True
    return doc.text[s:e] in category


def _clean(name: str, keep_inner_quotes: bool = False) -> str:
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


# ------------------------------------------------------------------ recognisers

def _bracket_documents(doc: _Doc) -> list[_Cand]:
    out = []
    for m in re.finditer(r"《([^《》\n]{1,80})》", doc.text):
        name = m.group(1).strip()
        if name:
            out.append(_Cand(m.start(), m.end(), "Document", _clean(m.group(0), True), 1, "book-title"))
    return out


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start of opening mark, end after closing mark) of each quotation."""
    spans = []
    for m in re.finditer(r"“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』", text):
        spans.append((m.start(), m.end()))
    for line in re.finditer(r"[^\n]+", text):
        quotes = [line.start() + i for i, ch in enumerate(line.group(0)) if ch == '"']
        for a, b in zip(quotes[0::2], quotes[1::2]):
            if 1 < b - a <= 41:
                spans.append((a, b + 1))
    return sorted(spans)


FESTIVAL_TAIL = re.compile(r"(?:[、,，]?[“\"][^”\"]{1,8}[”\"])*等(?:重要|传统|重大)?(?:节庆日|节日|纪念日|节点|节庆)")
SLOGAN_TAIL = re.compile(r"的(?:思想|理念|意识|精神|观念|原则|方针|要求|目标|氛围|口号|承诺|号召|宗旨|信念|作风|导向)")
LEAD_ORDINAL = re.compile(rf"(?:第[{CN_NUM}\d]+[届期次]|首届|\d{{4}}(?:[-—~至]\d{{4}})?(?:年度|学年|年))$")


def _quotes(doc: _Doc, inside_docs: list[tuple[int, int]]) -> list[_Cand]:
    text = doc.text
    heads = _heads()
    event_heads = tuple(h for h, c in heads.items() if c == "Event")
    init_heads = tuple(h for h, c in heads.items() if c == "Initiative")
    doc_heads = tuple(h for h, c in heads.items() if c == "Document" and len(h) >= 2)
    out = []
    for qs, qe in _quote_spans(text):
        if any(a <= qs < b for a, b in inside_docs):
            continue
        content = text[qs + 1:qe - 1].strip()
        if len(content) < 2 or re.fullmatch(r"[\d\W_]+", content):
            # digits alone (“3820”) only name something with the head after them; a
            # formula (“3+2”, “5+2”) names a model of schooling
            if not re.fullmatch(r"\d+", content) and not FORMULA.fullmatch(content):
                continue
        tail_end = doc.clause_end(qe, allow="、")
        tail = text[qe:min(tail_end, qe + 30)]
        if _festival_list_member(text, qs, qe) or \
                content in load_words("festivals.txt"):
            out.append(_Cand(qs, qe, "Event", _clean(content), 2, "quote-festival"))
            continue
        if ALIAS_INTRO.search(text[max(0, qs - 8):qs]):
            continue                    # （以下简称“一中”）: another name of the name before
        channel = CHANNEL_TAIL.match(tail)
        if channel and not re.fullmatch(r"[\d\W_]+", content):
            # “学习强国”平台, “XX教育”微信公众号: an app or a channel is an organisation
            word = channel.group(0)
            end = qe + len(word) if word in ORG_CHANNELS else qe
            out.append(_Cand(qs, end, "Organization", _clean(text[qs:end]), 2, "quote-channel"))
            continue
        # the words after the quote, up to the first word that cannot be in a name
        cut = _phrase_extent(doc, qe, qe + len(tail))
        start = _lead_start(doc, qs)
        dh = _last_head(text, qe, min(cut, qe + 16), doc_heads)
        if dh is not None and dh == cut and (text[dh:dh + 1] in DOC_TAIL_OK or text[dh:dh + 1] == "的"
                                             or _word_at(doc, dh) in _breakers()):
            # “十二五”教育事业发展规划: a document titled with a quoted phrase
            out.append(_Cand(start, dh, "Document", _clean(text[start:dh], True), 2, "quote-document"))
            continue
        ev = _last_head(text, qe, cut, event_heads)
        if ev is not None and start == qs and _weak_event_head(text, qe, ev):
            ev = None                   # “最美教师”评选活动 with no edition or place: a programme
        if ev is not None:
            end = _extend_paren(text, ev)
            out.append(_Cand(start, end, "Event", _clean(text[start:end]), 2, "quote-event"))
            continue
        ini = _last_head(text, qe, min(cut, qe + 10), init_heads)
        if ini is not None and not re.match(r"[、]", text[qe:ini]):
            out.append(_Cand(qs, ini, "Initiative", _clean(text[qs:ini]), 2, "quote-initiative"))
            continue
        if not re.fullmatch(r"\d+", content):
            if SLOGAN_TAIL.match(tail) or _scare_quote(content, tail) or _institution_name(content):
                continue
            if PLAN_PERIOD.fullmatch(content):
                continue                # “十四五”: a plan period, not a programme
            if TITLE_TAIL.match(tail):
                continue                # 评出“最美教师”10名, “优秀教师”称号: a title people get
            if len(content) > 24:
                continue
            out.append(_Cand(qs, qe, "Initiative", _clean(content), 3, "quote"))
    return out


FORMULA = re.compile(r"\d{1,2}\s*[+＋]\s*(?:\d{1,2}|[A-Z])")
ALIAS_INTRO = re.compile(r"(?:简称|下称|称为|简称为)[:：]?$")
# What after a quotation makes its content the name of an app, a platform or a channel.
ORG_CHANNELS = ("微信公众号", "公众号", "视频号", "客户端", "抖音号", "微博", "APP", "App", "app")
CHANNEL_TAIL = re.compile(r"(?:微信公众号|公众号|视频号|客户端|抖音号|微博|APP|App|app|云平台|学习平台|平台)"
                          r"(?![\u4e00-\u9fff]{0,2}(?:建设|搭建|建成|开发|功能))")
PLAN_PERIOD = re.compile(r"[一二三四五六七八九十]{1,3}五")
TITLE_TAIL = re.compile(rf"(?:[\d{CN_NUM}两]+(?:名|位|人)|(?:荣誉)?称号)")
WEAK_EVENT_HEADS = ("评选活动", "评比活动", "评选", "评比")


def _weak_event_head(text: str, qe: int, ev: int) -> bool:
    """A selection (评选, 评比) is an event only with an edition, a year or a place."""
    return any(text.endswith(h, qe, ev) for h in WEAK_EVENT_HEADS)


def _word_at(doc: _Doc, pos: int) -> str:
    if pos >= len(doc.text):
        return ""
    j = pos + 1
    while j < len(doc.text) and j not in doc.starts:
        j += 1
    return doc.text[pos:j]


def _lead_start(doc: _Doc, qs: int) -> int:
    """Where an event or document named with a quotation starts: an edition or year and
    a place right before the quote (第三届平和县“最美教师”评选活动, 2022年“XX杯”)."""
    text = doc.text
    pos = qs
    for n in range(min(12, qs), 1, -1):          # the places right before the quote
        if _place_prefix(doc, qs - n, qs, relative=False) == qs:
            pos = qs - n
            break
    lead = LEAD_ORDINAL.search(text[max(0, pos - 12):pos])
    return pos - len(lead.group(0)) if lead else pos


def _festival_list_member(text: str, qs: int, qe: int) -> bool:
    """“五四”、“六一”、“国庆”、“建队日”等重要节庆日: a member of a list of festivals."""
    return bool(FESTIVAL_TAIL.match(text[qe:qe + 60]))


def _institution_name(content: str) -> bool:
    """“XX县职业教育推进委员会”: a body's or school's name in quotation marks is no programme."""
    ends = tuple(x for x, _, _ in _agency_suffixes() if len(x) >= 2)
    if content.endswith(ends):
        return True
    schools = tuple(x for x, _, _ in _school_suffixes()) + tuple(load_words("university_suffixes.txt"))
    return content.endswith(schools) and gazetteer.region_from_text(content[:6]) != ()


def _scare_quote(content: str, tail: str) -> bool:
    """“倒挂”评价: an ordinary word in quotation marks, not a name."""
    if len(content) <= 2 and tail[:1] and "\u4e00" <= tail[0] <= "\u9fff":
        return _tag(content) in {"v", "a", "ad", "d", "an", "vn"}
    return False


def _phrase_extent(doc: _Doc, s: int, e: int) -> int:
    """How far right of ``s`` a name can run: up to the first breaker word."""
    pos = s
    while pos < e:
        if doc.text[pos] in BOUNDARY and doc.text[pos] != "、":
            return pos
        j = pos + 1
        while j < len(doc.text) and j not in doc.starts:
            j += 1
        word = doc.text[pos:j]
        if word != "暨" and (word in _breakers() or _tag(word) in STRONG_TAGS):
            return pos
        pos = j
    return min(pos, e)


def _last_head(text: str, s: int, e: int, heads: tuple[str, ...]) -> int | None:
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


def _extend_paren(text: str, end: int) -> int:
    """Include a qualifier in brackets right after an event: 联赛（仓山赛区）."""
    m = re.match(r"[（(][^（）()\n]{1,10}(?:赛区|站|分赛|赛段|组)[）)]", text[end:end + 14])
    return end + len(m.group(0)) if m else end


PARTY_CONGRESS = re.compile(r"(?:党的|中共)?(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大"
                            r"(?![学楼厦院夫家众型量批道队类项小中会同])")
PLENUM = re.compile(r"(?:党的|中共)?(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)届"
                    r"[一二三四五六七八九]中全会")


def _special_events(doc: _Doc) -> list[_Cand]:
    out = []
    for rx in (PLENUM, PARTY_CONGRESS):
        for m in rx.finditer(doc.text):
            if m.start() > 0 and doc.text[m.start() - 1] in CN_NUM + "第届":
                continue
            out.append(_Cand(m.start(), m.end(), "Event", m.group(0), 2, "party-congress"))
    return out


def _laws(doc: _Doc) -> list[_Cand]:
    out = []
    laws = tuple(load_words("laws.txt"))
    for m in _alternation(laws).finditer(doc.text):
        s, e = m.start(), m.end()
        if s > 0 and doc.text[s - 1] in "《":
            continue
        out.append(_Cand(s, e, "Document", m.group(0), 3, "law"))
    for m in re.finditer(rf"中华人民共和国[{HAN}]{{2,14}}?法(?![{HAN}])", doc.text):
        if m.start() > 0 and doc.text[m.start() - 1] == "《":
            continue
        out.append(_Cand(m.start(), m.end(), "Document", m.group(0), 3, "law"))
    return out


DOC_TRIGGERS = ("制定", "制订", "印发", "制发", "出台", "修订", "颁布", "编制", "研制")
DOC_TAIL_OK = set("并和及与、等，。；：！？,;:!?\n）)") | {""}


def _trigger_documents(doc: _Doc) -> list[_Cand]:
    """制定区属学校违反师德师风行为查处流程, 印发系统师德专题教育实施方案."""
    text = doc.text
    heads = tuple(sorted((h for h, c in _heads().items() if c == "Document"), key=len, reverse=True))
    out = []
    for m in _alternation(DOC_TRIGGERS).finditer(text):
        s = m.end()
        lead = re.match(r"(?:了|并|和|及|出)?", text[s:s + 2])
        s += len(lead.group(0)) if lead else 0
        if s >= len(text) or text[s] in "《“\"":
            continue
        end = doc.clause_end(s, allow="、")
        best = None
        for i in range(s + 3, min(end, s + MAX_NAME["Document"]) + 1):
            for h in heads:
                if text.startswith(h, i - len(h)) and i - len(h) >= s + 2 and \
                        text[i:i + 1] in DOC_TAIL_OK:
                    best = i
                    break
            if best:
                break
        if best is None:
            continue
        name = text[s:best]
        if "《" in name or "“" in name:
            continue
        body_end = best - max(len(h) for h in heads if name.endswith(h))
        body_start = _strip_generic(doc, s, body_end)
        if body_end - body_start < 2 or _only_generic(doc, body_start, body_end):
            continue
        out.append(_Cand(s, best, "Document", _clean(name, True), 4, "issued-document"))
    return out


INITIATIVE_GENERIC = {"重点", "重大", "民生", "惠民", "实事", "各项", "系列", "相关", "配套",
                      "重点建设", "民生实事", "基础设施"}
EVENT_MARK = re.compile(rf"第[{CN_NUM}\d]+[届期次]|首届|\d{{4}}(?:[-—~至]\d{{4}})?(?:年度|学年|年)|届|暨")
NATIONAL_PREFIX = ("全国", "全省", "全市", "全区", "全县", "国际", "中国", "中华", "亚洲", "世界",
                   "海峡两岸", "两岸", "国家")
CAMPAIGN_MARK = re.compile(r"大[\u4e00-\u9fff]{2}$|[周月日年季]$|进(?:校园|社区|课堂|家庭|乡村|基层|企业|农村|万家|万户|家庭)"
                           r"|下乡|[百千万][\u4e00-\u9fff]")
HEAD_AFTER_STOP = {
    "Initiative": set("课室场中经费师生数量员馆内外部组"),
    "Event": set("室馆场纪精品"),
}


def _headed_names(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Cand]:
    """Events and initiatives that end with a head word (…大赛, …专项行动, …活动)."""
    text = doc.text
    heads = _heads()
    words = tuple(h for h, c in heads.items() if c in ("Event", "Initiative"))
    matches = []
    rx = _alternation(words)
    i = 0
    while True:
        m = rx.search(text, i)
        if not m:
            break
        matches.append((m.start(), m.end(), m.group(0)))
        i = m.start() + 1
    # the longest head at each end position only
    by_end: dict[int, tuple[int, int, str]] = {}
    for s, e, h in matches:
        if e not in by_end or s < by_end[e][0]:
            by_end[e] = (s, e, h)
    out: list[_Cand] = []
    covered: list[tuple[int, int]] = []
    for s, e, h in sorted(by_end.values(), key=lambda t: -t[1]):
        if any(a <= s and e <= b for a, b in taken + covered):
            continue
        cls = heads[h]
        nxt = text[e:e + 1]
        if nxt and nxt in HEAD_AFTER_STOP[cls]:
            continue
        if cls == "Initiative" and h == "工程" and nxt == "师":
            continue
        if cls == "Initiative" and h == "计划" and nxt in set("生数内外"):
            continue
        # …展览活动, …竞赛活动: the event is the name, 活动 is not part of it
        if h == "活动":
            inner = _last_head(text, max(s - 4, 0), s, tuple(x for x, c in heads.items() if c == "Event"))
            if inner == s:
                continue
        start = _walk_left(doc, s, "phrase", MAX_NAME[cls])
        start = _strip_generic(doc, start, s, DETERMINERS)
        if start >= s:
            continue
        end = _extend_paren(text, e) if cls == "Event" else e
        if cls == "Event":
            end = _event_before_division(text, start, s, end)
        elif h in ("主题教育",):
            start = _campaign_verbs(text, start)
        name = text[start:end]
        after = text[end:end + 3]
        if cls == "Event" and not _event_ok(doc, start, s, name, after):
            if not (h == "活动" or re.match(r"获奖|获得|荣获", after)):
                continue
        if cls == "Initiative":
            if re.match(r"获奖|中获", after) and start < s - 3:
                cls = "Event"
            elif not _initiative_ok(doc, start, s, h, name):
                continue
        # a headless remainder such as 全市 or 2022年 is no name
        body = re.sub(r"^(?:\d{4}(?:[-—~至]\d{4})?(?:年度|学年|年))", "", text[start:s])
        if len(body) < 2:
            continue
        covered.append((start, end))
        out.append(_Cand(start, end, cls, _clean(name), 5, "headed"))
    return out


DIVISION = re.compile(r"[\u4e00-\u9fff]{1,5}组")
CAMPAIGN_VERBS = ("学习宣传贯彻", "学习贯彻")


def _event_before_division(text: str, start: int, hs: int, end: int) -> int:
    """漳州市第十四届运动会|青少年组比赛: a contest of one division (…组) at a named
    event is reported under the event's name, which ends at the inner head."""
    heads = tuple(h for h, c in _heads().items() if c == "Event")
    inner = _last_head(text, start, hs, heads)
    if inner is not None and inner - start >= 4 and DIVISION.fullmatch(text[inner:hs]):
        return inner
    return end


def _campaign_verbs(text: str, start: int) -> int:
    """学习贯彻|习近平新时代中国特色社会主义思想主题教育: a campaign of study is named with
    its verbs, which otherwise end a name on the left."""
    for v in sorted(CAMPAIGN_VERBS, key=len, reverse=True):
        if text.endswith(v, 0, start) and start - len(v) >= 0:
            return start - len(v)
    return start


def _event_ok(doc: _Doc, start: int, hs: int, name: str, after: str) -> bool:
    """A named event: an ordinal, a year, a place or national scope, 暨 — or prizes won at it."""
    if EVENT_MARK.search(name) or "“" in name:
        return True
    if name.startswith(NATIONAL_PREFIX) or _place_prefix(doc, start, hs, relative=False) > start:
        return True
    return bool(re.match(r"获奖|获得|荣获|中获", after)) and hs - start >= 4


def _initiative_ok(doc: _Doc, start: int, hs: int, head: str, name: str) -> bool:
    he = hs + len(head)
    # 校舍建设工程33个, 三项重点工程: projects counted, not a programme's name
    if re.match(rf"[\d{CN_NUM}两]+[个项所批类]", doc.text[he:he + 4]) or \
            re.search(rf"[\d{CN_NUM}两]+[个项类批]", name):
        return False
    if doc.text[max(start, hs - 2):hs] in INITIATIVE_GENERIC or doc.text[max(start, hs - 4):hs] in INITIATIVE_GENERIC:
        return False
    if start >= 2 and doc.text[start - 1] in "个所项批类座栋" and re.match(rf"[\d{CN_NUM}两]", doc.text[start - 2]):
        return False                    # 18所学校加固工程: counted things, not a name
    body_start = start
    m = re.match(r"\d{4}(?:[-—~至]\d{4})?(?:年度|学年|年)", doc.text[start:hs])
    if m:
        body_start += len(m.group(0))
    if _only_generic(doc, body_start, hs):
        return False
    if head == "活动":
        body = doc.text[body_start:hs]
        return bool(CAMPAIGN_MARK.search(body) or EVENT_MARK.search(name)
                    or _place_prefix(doc, start, hs, relative=False) > start)
    if head in ("示范班", "培训班"):
        return bool(EVENT_MARK.search(name) or name.startswith(NATIONAL_PREFIX)
                    or _place_prefix(doc, start, hs, relative=False) > start)
    return hs - body_start >= 3


# ---------------------------------------------------------------- schools

def _schools(doc: _Doc) -> list[_Cand]:
    text = doc.text
    out = []
    suffixes = _school_suffixes()
    rx = _alternation(tuple(s for s, _, _ in suffixes))
    info = {s: (cls, flags) for s, cls, flags in suffixes}
    found: dict[int, tuple[int, str]] = {}
    i = 0
    while True:
        m = rx.search(text, i)
        if not m:
            break
        # every suffix ending here: 实验幼儿园 and 幼儿园 both end at the same place
        s, e = m.start(), m.end()
        if e not in found or s < found[e][0]:
            found[e] = (s, m.group(0))
        i = s + 1
    accepted: dict[int, int] = {}           # end → start of the schools found so far
    generic, _ = _generic()
    for e, (s, suffix) in sorted(found.items()):
        if text[e:e + 1] in ("生", "级"):  # 小学生, 中学生, 学校级
            continue
        if e < len(text) and s not in doc.starts and e not in doc.starts and doc.tok_start[e - 1] == e - 1 > s:
            continue                        # 初中学位 read 初中|学位: 中学 straddles two words
        if re.match(rf"[\d{CN_NUM}两]+所", text[e:e + 5]) and "bare" not in info[suffix][1]:
            continue                        # 现有幼儿园98所: schools counted, none named
        if text[e:e + 1] == "部" and suffix in ("小学", "初中", "高中", "中学", "幼儿园"):
            continue                        # 高中部: a section of the school before it
        if s not in doc.starts:
            ts = doc.tok_start[s]
            te = s + 1
            while te < len(text) and te not in doc.starts:
                te += 1
            if text[ts:te] in generic or text[ts:e] in generic:   # 中小学, 中小学校
                continue
        cls, flags = info[suffix]
        if suffix.endswith("校") and text[e:e + 1] == "长":     # 学校校长, 小学校长
            continue
        start = _walk_left(doc, s, "name", MAX_NAME["School"])
        start = _short_run_start(doc, start, s)
        start = _strip_generic(doc, start, s)
        inner = _inner_school(doc, accepted, s)
        if inner is not None:
            # 长沙市第一中学|岳麓中学, 实验小学|梅溪湖分校: a campus named after its school
            start = inner
        elif _ends_with_school(text[start:s]) and not _ends_with_university(text[start:s]):
            # 仓山区实验幼儿园教育集团 / …附属幼儿园: only after a school we accepted
            if s not in accepted:
                continue
            start = accepted[s]
        cand = _school_name(doc, start, s, e, suffix, cls, flags, campus=inner is not None)
        if cand:
            out.append(cand)
            accepted[e] = cand.start
    out += _ordinal_schools(doc)
    return out


def _short_place_only(doc: _Doc, s: int, e: int) -> bool:
    """宁波|中学, 厦门|大学: a place's short name alone before the type word is a name
    (the full name, 宁波市中学, would be a category)."""
    piece = doc.text[s:e]
    return gazetteer.is_short_name(piece) and not gazetteer.is_full_name(piece) and _short_ok(doc, piece)


def _short_run_start(doc: _Doc, start: int, hs: int) -> int:
    """，执信|中学 / 、胜利|小学: a short run between punctuation and the type word is the
    name even when its word looks like a verb (unless it is a breaker word)."""
    cs = doc.clause_start(hs)
    if cs < start and 2 <= hs - cs <= 4 and (cs == 0 or doc.text[cs - 1] not in QUOTE_CHARS):
        words = _words(doc, cs, hs)
        # only words jieba made up or split off (执|信); a dictionary verb (优化, 发挥) stays a verb
        jieba, _ = _jieba()
        if all(_is_breaker(w, "phrase", False) is None and _tag(w) not in NUMBER_TAGS
               and (len(w) == 1 or _tag(w) not in NAME_BREAK_TAGS | {"i", "l"}
                    or (jieba.dt.FREQ.get(w) or 0) < 20) for w in words):
            return cs
    return start


def _inner_school(doc: _Doc, accepted: dict[int, int], s: int) -> int | None:
    """Start of a school accepted just before ``s`` when only a campus name lies between."""
    for p in range(s, max(s - 8, 0) - 1, -1):
        if p in accepted:
            gap = doc.text[p:s]
            if any(ch in BOUNDARY for ch in gap):
                return None
            if any(_is_breaker(w, "name", False) is not None for w in _words(doc, p, s)):
                return None
            return accepted[p]
        if p < s and doc.text[p] in BOUNDARY:
            return None
    return None


def _ends_with_university(text: str) -> bool:
    return any(text.endswith(u) for u in load_words("university_suffixes.txt"))


def _common_word(word: str) -> bool:
    """A frequent dictionary word (片区, 年度, 底部), which a school's own name is not."""
    jieba, tags = _jieba()
    return tags.get(word) is not None and (jieba.dt.FREQ.get(word) or 0) >= 200


def _ends_with_school(text: str) -> bool:
    return any(text.endswith(sfx) for sfx, _, _ in _school_suffixes()) or \
        any(text.endswith(u) for u in load_words("university_suffixes.txt"))


def _school_name(doc: _Doc, start: int, hs: int, he: int, suffix: str, cls: str,
                 flags: frozenset[str], campus: bool = False) -> _Cand | None:
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
                or _is_breaker(doc.word_before(hs, 0)[1], "name", True) is not None):
            return _Cand(hs, he, cls, suffix, 6, "school")
        return None
    core_start = _place_prefix(doc, start, hs)
    core = text[core_start:hs]
    if not core:
        if "place" in flags or "bare" in flags or _short_place_only(doc, start, hs):
            return _Cand(start, he, cls, _clean(text[start:he]), 6, "school")
        return None
    if _ends_with_school(prefix):
        return _Cand(start, he, cls, _clean(text[start:he]), 6, "school")
    if not campus and core.startswith(tuple(sfx for sfx, _, _ in _school_suffixes())):
        return None                     # 小学城西校区: a campus of no school in particular
    ordinal = re.fullmatch(rf"第?[{CN_NUM}]+|第?\d{{1,3}}", core) or re.match(rf"第[{CN_NUM}\d]+", core)
    if not ordinal:
        placed = core_start > start and text[start] not in "省市区县"
        if len(core) < 2 or (_only_generic(doc, core_start, hs) and not placed) or \
                _category_before(doc, core_start, hs, placed):
            return None
        if suffix in ("学校", "分校", "校区") and core_start == start and _common_word(core):
            return None                 # 片区学校, 年度学校: an ordinal word, not a name
    return _Cand(start, he, cls, _clean(text[start:he]), 6, "school")


ORDINAL_SCHOOL = re.compile(rf"(?<![{CN_NUM}\d第届初高其之当从集空命年月日期个两这那每])"
                            rf"([{CN_NUM}]{{1,3}}|[1-9]\d?)中(?![学心全国央华文间期旬层等级型医药年午队秋部专职])")


def _ordinal_schools(doc: _Doc) -> list[_Cand]:
    """十六中, 四十中, 12中, 福州一中: a numbered secondary school in its short form."""
    text = doc.text
    out = []
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
            if (gazetteer.is_full_name(piece) or (gazetteer.is_short_name(piece) and _short_ok(doc, piece))) \
                    and piece not in gazetteer.ambiguous_names():
                start = s - n
                break
        else:
            if s > 0 and text[s - 1] in "市区县" and (s - 1 in doc.starts):
                start = s - 1
            elif s >= 2 and _school_nickname(doc, s - 2, s):
                start = s - 2               # 曹杨二中, 真光二中
        out.append(_Cand(start, e, "SecondarySchool", text[start:e], 6, "ordinal-school"))
    return out


def _school_nickname(doc: _Doc, s: int, e: int) -> bool:
    """Two characters opening a clause before a numbered school: a name of its own."""
    text = doc.text
    piece = text[s:e]
    if not all("\u4e00" <= ch <= "\u9fff" for ch in piece) or s not in doc.starts:
        return False
    if s > 0 and text[s - 1] not in BOUNDARY:
        return False
    if any(ch in SINGLE_BREAKERS for ch in piece) or piece in _breakers() or piece in _generic()[0]:
        return False
    return _tag(piece) not in STRONG_TAGS | NAME_BREAK_TAGS | NUMBER_TAGS


FACULTY_OF = re.compile(r"(?:大学|师大|科大|农大|医大|理工大|工大)(?=[\u4e00-\u9fff])")


def _universities(doc: _Doc) -> list[_Cand]:
    text = doc.text
    out = []
    sfx = tuple(load_words("university_suffixes.txt"))
    rx = _alternation(sfx)
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        if text[e:e + 1] in ("生", "城", "堂", "士"):
            continue
        if m.group(0) == "学院" and s > 0 and text[s - 1] in "书医剧影戏庭法":
            continue
        start = _walk_left(doc, s, "name", MAX_NAME["University"])
        start = _strip_generic(doc, start, s)
        core_start = _place_prefix(doc, start, s, relative=False)
        if s - start < 2 or (core_start == s and m.group(0) in ("大学", "学院")
                             and not _short_place_only(doc, start, s)):
            continue
        if _only_generic(doc, start, s) or (m.group(0) == "学院" and core_start == start
                                            and _common_word(text[start:s])):
            continue
        if m.group(0) == "学院" and FACULTY_OF.search(text[start:s]):
            continue                    # 闽南师大教育科学学院: a faculty of the university
                                        # named before it; the university is the entity
        out.append(_Cand(start, e, "University", _clean(text[start:e]), 6, "university"))
    # abbreviations of the universities the text names: 福建师范大学 → 师大, 福建师大
    fulls = {c.name for c in out}
    abbrevs: dict[str, str] = {}
    initials: dict[str, str] = {}
    for full in fulls:
        for long, short in (("师范大学", "师大"), ("科技大学", "科大"), ("农业大学", "农大"),
                            ("理工大学", "理工大"), ("医科大学", "医大")):
            if full.endswith(long):
                head = full[: -len(long)]
                abbrevs[head + short] = full
                abbrevs.setdefault(short, full)
                if len(head) >= 2 and gazetteer.is_short_name(head[:2]):
                    initials[head[0] + short] = full        # 南京师范大学 → 南师大
    for m in re.finditer(r"师大|科大|农大|医大|理工大", text):   # 福建师大, 湖南师大
        for n in (3, 2):
            head = text[max(0, m.start() - n):m.start()]
            if len(head) == n and gazetteer.is_short_name(head) and _short_ok(doc, head):
                abbrevs.setdefault(head + m.group(0), head + m.group(0))
                break
    for ab in sorted(abbrevs, key=len, reverse=True):
        for m in re.finditer(re.escape(ab), text):
            s, e = m.start(), m.end()
            if any(c.start <= s < c.end for c in out):
                continue
            prev = text[s - 1:s]
            if len(ab) == 2 and prev and prev in "教老名导律医技讲厨程询法牧药乐琴园":
                continue
            nxt = text[e:e + 2]
            if len(ab) == 2 and not (not nxt or nxt[0] in BOUNDARY or
                                     re.match(r"教授|老师|专家|学者|附中|附小|学生|毕业|等|的|与|和|及", nxt)):
                continue
            out.append(_Cand(s, e, "University", ab, 6, "university-abbrev"))
    # 南师大 for 南京师范大学 (the text names the university in full too): the short form
    # carries the full name, since no place prefix ties the two together
    for ab, full in initials.items():
        if ab in abbrevs:
            continue
        for m in re.finditer(re.escape(ab), text):
            if any(c.start < m.end() and m.start() < c.end for c in out):
                continue
            out.append(_Cand(m.start(), m.end(), "University", full, 6, "university-abbrev"))
    return out


# ---------------------------------------------------------------- bodies

RELATIVE = ("市区", "省", "市", "区", "县", "州", "镇", "乡", "街道")
NATIONAL = ("中共中央", "中共", "中央", "国家", "国务院", "全国", "中华全国", "共青团", "团")
SINGLE_BREAKERS = set("的和与及并或将把对向由从为被在于到至让使给跟同以等获受经赴请报送据")
NOT_BEFORE_RELATIVE = set("全本我该各辖社城郊园校学片景小分专盲考地战特新老街郊省市")
SUFFIX_NEXT_STOP = {
    "局": set("长面势限部促里外内"), "党组": set("织"), "委": set("员托屈婉会"), "部": set("门署分长位队件落分"),
    "厅": set("长堂"), "政府": set("性"), "办": set(),
}
TWO_BODIES = re.compile(r"[委局办厅府](?=[省市区县](?:委|政府|人民政府|教育局))")   # 区委|区政府
OFFICE_VERB_CHARS = set("主承协创举开兴民公合督联代包停筹交领帮转查催经首试申新")
OFFICE_NEXT_OK = set("的和与及、等在对向为牵联负指组主协会召举印发制出予，。；：,.;:！？!?\n（）() 《“\"")


def _prefix_starts(doc: _Doc, lo: int, hi: int) -> list[int]:
    """Positions in [lo, hi) where a body's name can start."""
    text = doc.text
    out = []
    for i in range(lo, hi):
        if _place_at(doc, i, hi + 8):
            out.append(i)
            continue
        for p in NATIONAL:
            if text.startswith(p, i):
                out.append(i)
                break
        else:
            for p in RELATIVE:
                if text.startswith(p, i) and (i == 0 or text[i - 1] in BOUNDARY
                                              or text[i - 1] in SINGLE_BREAKERS
                                              or (i in doc.starts and text[i - 1] not in NOT_BEFORE_RELATIVE)):
                    out.append(i)
                    break
    return out


def _body_ok(doc: _Doc, s: int, e: int) -> bool:
    """No breaker word between a body's prefix and its type word (a word running on
    into the type word, 组织|部, is part of the name)."""
    words = _words(doc, s, e)
    if words and e < len(doc.text) and e not in doc.starts:
        words = words[:-1]
    for w in words:
        if any(ch in BOUNDARY for ch in w) or _is_breaker(w, "phrase", False) is not None:
            return False
    return True


def _office_word_ends(doc: _Doc, s: int, e: int) -> bool:
    """编办|支持: 办 closes a word that is no verb (编办, 人才办), so the office's name ends
    there whatever follows (办学, 举办, 创办 stay verbs)."""
    if e not in doc.starts or doc.tok_start[s] >= s:
        return False
    word = doc.text[doc.tok_start[s]:e]
    return (_tag(word) or "") not in NAME_BREAK_TAGS and word not in _breakers()


def _agencies(doc: _Doc) -> list[_Cand]:
    text = doc.text
    out = []
    suffixes = _agency_suffixes()
    rx = _alternation(tuple(s for s, _, _ in suffixes))
    info = {s: (cls, bare) for s, cls, bare in suffixes}
    ends: dict[int, tuple[int, str]] = {}
    i = 0
    while True:
        m = rx.search(text, i)
        if not m:
            break
        s, e = m.start(), m.end()
        if e not in ends or s < ends[e][0]:
            ends[e] = (s, m.group(0))
        i = s + 1
    for e, (s, sfx) in sorted(ends.items()):
        cls, bare = info[sfx]
        nxt = text[e:e + 1]
        stop = SUFFIX_NEXT_STOP.get(sfx, set())
        if nxt in stop and not (sfx == "部" and text[s - 2:s] == "指挥"):
            continue
        if sfx == "办" and nxt not in OFFICE_NEXT_OK and nxt and not _office_word_ends(doc, s, e):
            continue
        if sfx == "部" and text[s - 2:s] not in ("指挥",) and not re.search(
                r"(?:教育|组织|宣传|统战|政法|武装|人事|财政|工作|国防|指挥|科技|文化|体育|卫生|人社|社保|自然资源|生态环境|商务|民政|公安|司法|交通|水利|农业|外交)$",
                text[max(0, s - 6):s]):
            continue
        lo = doc.clause_start(s)
        lo = max(lo, s - 16)
        if sfx == "委" and text[s - 1:s] == "常":          # 市委常委: a title, not a body
            continue
        starts = [p for p in _prefix_starts(doc, lo, s + (1 if len(sfx) > 1 else 0))
                  if p <= s and _body_ok(doc, p, s) and not TWO_BODIES.search(text[p:e])]
        # the body is the text from the earliest prefix that leaves no breaker inside
        start = None
        for p in starts:
            if _body_ok(doc, p, s):
                start = p
                break
        if start is None:
            if bare and (s in doc.starts or s == 0 or text[s - 1] in BOUNDARY):
                out.append(_Cand(s, e, cls, sfx, 6, "agency-bare"))
            continue
        name = text[start:e]
        if len(name) <= len(sfx) and not bare:
            continue
        if text[start:start + 2] in ("区县", "县区", "市县", "县市", "省市", "地市") and \
                start + 1 not in doc.starts:
            continue                    # 区县教育局: every county's bureau, no one body
        if sfx in ("委", "局", "办", "厅", "政府", "部") and start + 1 == s and text[start] not in "省市区县州镇乡":
            continue
        body = text[_place_prefix(doc, start, s):s]
        if sfx in ("办", "委", "局") and len(body) == 1 and body in "民公承举主创合":
            continue
        if sfx == "办" and text[s - 1:s] in OFFICE_VERB_CHARS:      # 主办, 承办: verbs
            continue
        lead = start + (2 if name.startswith("中共") else 0)
        party = sfx in ("党委", "党工委", "教育工委", "纪委", "党组") or (sfx == "委" and (
            text[lead:s] in ("省", "市", "区", "县", "州") or
            (s > lead and _place_prefix(doc, lead, s, relative=False) == s)))
        out.append(_Cand(start, e, "PartyBody" if party else cls, _clean(name), 6, "agency"))
    for m in _alternation(tuple(load_words("national_bodies.txt"))).finditer(text):
        out.append(_Cand(m.start(), m.end(), "GovernmentAgency", m.group(0), 6, "national-body"))
    return out


def _organizations(doc: _Doc) -> list[_Cand]:
    text = doc.text
    out = []
    sfx = _org_suffixes()
    rx = _alternation(tuple(s for s, _ in sfx))
    kinds = dict(sfx)
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        kind = kinds[m.group(0)]
        nxt = text[e:e + 2]
        if m.group(0) == "中心" and re.match(r"小学|幼儿|学校|校|城|组(?!织)|任|工作|思想|环节|位置", nxt):
            continue
        if any(text.endswith(sfx, 0, e) for sfx, _, _ in _school_suffixes()):
            continue                    # 县职教中心 is a school
        if m.group(0).endswith("报") and nxt[:1] and nxt[0] in "刊社告名道送纸表":
            continue                    # 教育报刊社, 晚报道: not the paper's name
        lo = max(doc.clause_start(s), s - 16)
        start = None
        if kind in ("media", "channel"):
            # 醉美仓山视频号, 新华社客户端: a short name opening its clause
            if 2 <= s - lo <= 8 and all(w not in _breakers() for w in _words(doc, lo, s)):
                start = lo
        if start is None:
            for p in _prefix_starts(doc, lo, s):
                if _body_ok(doc, p, s) and s - p >= 1:
                    start = p
                    break
        if start is None and kind in ("association", "company"):
            st = _strip_generic(doc, _walk_left(doc, s, "name", MAX_NAME["Organization"]), s)
            if s - st >= 2 and not _only_generic(doc, st, s):
                start = st
        if start is None:
            continue
        out.append(_Cand(start, e, "Organization", _clean(text[start:e]), 6, "organization"))
    # news agencies and papers the dictionary knows as organisations (新华社)
    for tok_s in sorted(doc.starts):
        j = tok_s + 1
        while j < len(text) and j not in doc.starts:
            j += 1
        word = text[tok_s:j]
        if len(word) >= 3 and word[-1] in "社" and _tag(word) == "nt":
            out.append(_Cand(tok_s, j, "Organization", word, 6, "organization"))
    return out


# ---------------------------------------------------------------- people

# Words that are a title only now and then (学生林思远), mostly a plain noun (中小学生阳光体育).
LOOSE_TITLES = ("学生", "同学")
AFTER_NAME_VERBS = "作做就讲带来进开围分指介获被荣当担任为"
NOT_NAME_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "uj", "ul", "r", "m", "q",
                 "f", "t", "s"}
NAME_STOP_CHARS = set("的了是在和与及等位名个区市县省校园局党们年月日届所项次这那其各全本该我你他她它为对把被从向到由副")


def _person_ok(name: str, strict: bool) -> bool:
    """A common surname and one or two more characters, not an ordinary word.

    ``strict`` when the context is weak (the name's other side is not a boundary): then
    the given name must not be a frequent word either (师范|学院教授 is no 范学院)."""
    if not (2 <= len(name) <= 4) or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    surnames = _surnames()
    compound = len(name) >= 3 and name[:2] in surnames
    if not (name[0] in surnames or compound):
        return False
    if name[0] in SINGLE_BREAKERS and not compound:
        return False
    given = name[2:] if compound else name[1:]
    if any(ch in NAME_STOP_CHARS for ch in given):
        return False
    jieba, tags = _jieba()
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


def _segmented_as_name(window: str, cand: str) -> bool:
    """jieba, reading the words around it, cuts ``cand`` out as a person's name
    (李建国|开设 although 建国 alone is a common word)."""
    import jieba.posseg as posseg

    _jieba()
    first = next(iter(posseg.cut(window)), None)
    return first is not None and first.word == cand and first.flag.startswith("nr")


def _persons(doc: _Doc) -> list[_Cand]:
    """A name next to a title word: 陈炜同志, 习近平总书记, 教授朱以撒, 校长周伟."""
    text = doc.text
    out = []
    titles = _titles()
    rx = _alternation(tuple(t for t, _ in titles))
    where = dict(titles)

    def edge(ch: str) -> bool:
        return not ch or ch in BOUNDARY or ch in SINGLE_BREAKERS

    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        pos = where[m.group(0)]
        if pos in ("after", "both"):
            for n in (3, 2):
                if s - n < 0:
                    continue
                cand = text[s - n:s]
                strong = edge(text[s - n - 1:s - n]) or _tag(cand) in ("nr", "nrfg", "nrt")
                if _person_ok(cand, strict=not strong):
                    out.append(_Cand(s - n, s, "Person", cand, 7, "person"))
                    break
        if pos in ("before", "both"):
            # 教授高明作报告: a verb after a two-character name is not its third character
            order = (2, 3) if text[e + 2:e + 3] and text[e + 2] in AFTER_NAME_VERBS else (3, 2)
            for n in order:
                cand = text[e:e + n]
                if len(cand) < n:
                    continue
                after = text[e + n:e + n + 1]
                strong = edge(after) or after in "同老校局书教主院" \
                    or _segmented_as_name(text[e:e + n + 4], cand)
                weak_ok = _tag(text[e + n:e + n + 2]) in ("v", "p", "vn") or after in AFTER_NAME_VERBS
                if m.group(0) in LOOSE_TITLES:
                    # 中小学生|阳光体育: 学生 names a person only at a clear edge, and
                    # never a common word
                    weak_ok = False
                    strong = edge(after) and (_jieba()[0].dt.FREQ.get(cand) or 0) < 50
                if not (strong or weak_ok):
                    continue
                if _person_ok(cand, strict=not strong):
                    out.append(_Cand(e, e + n, "Person", cand, 7, "person"))
                    break
    # 陈红、王芳同志: names listed before a titled name share its title
    for c in list(out):
        end = c.start
        while end >= 1 and text[end - 1] == "、":
            for n in (3, 2):
                cand = text[end - 1 - n:end - 1]
                if len(cand) == n and (edge(text[end - 2 - n:end - 1 - n]) or end - 1 - n in doc.starts) \
                        and _person_ok(cand, strict=True):
                    out.append(_Cand(end - 1 - n, end - 1, "Person", cand, 7, "person-list"))
                    end = end - 1 - n
                    break
            else:
                break
    # the same names elsewhere in the text
    names = {c.name for c in out}
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not any(c.start == m.start() and c.end == m.end() for c in out):
                out.append(_Cand(m.start(), m.end(), "Person", name, 7, "person-repeat"))
    return out


# ---------------------------------------------------------------- places

def _places(doc: _Doc, others: list[_Cand]) -> list[_Cand]:
    text = doc.text
    out = []

    def nested(s: int, e: int) -> bool:
        return any(c.start <= s and e <= c.end and (c.start, c.end) != (s, e) for c in others)

    for s, e, name, kind in gazetteer.scan(text):
        if kind == "full":
            if len(name) == 2 and not _two_char_ok(doc, s, e):
                continue
            out.append(_Cand(s, e, "Place", name, 8, "place"))
        else:
            if nested(s, e) or not _short_ok(doc, name):
                continue
            if not (s in doc.starts or s == 0 or text[s - 1] in BOUNDARY):
                continue
            out.append(_Cand(s, e, "Place", name, 8, "place-short"))
    for i in range(len(text)):
        hit = gazetteer.abbreviation_at(text, i)
        if hit and not nested(hit[0], hit[1]):
            out.append(_Cand(hit[0], hit[1], "Place", text[hit[0]:hit[1]], 8, "place-abbrev"))
    return out


def _two_char_ok(doc: _Doc, s: int, e: int) -> bool:
    """和县, 易县: only at a line start, after the parent's name, or before a body."""
    text = doc.text
    if s == 0 or text[s - 1] == "\n":
        return True
    if re.match(r"教育局|教体局|人民政府|政府|委|教育", text[e:e + 4]):
        return True
    for p in gazetteer.lookup(text[s:e]):
        for par in gazetteer.parents(p):
            for n in (par.name, par.short):
                if n and text[max(0, s - len(n)):s] == n:
                    return True
    return False


# ---------------------------------------------------------------- user dictionary

@lru_cache(maxsize=8)
def _user_index(entries: tuple[tuple[str, str, tuple[str, ...]], ...]):
    names: dict[str, tuple[str, str]] = {}
    for name, cls, aliases in entries:
        for n in (name, *aliases):
            if n:
                names.setdefault(n, (name, cls))
    if not names:
        return None, names
    return _alternation(tuple(names)), names


def _user_mentions(text: str, user_dict: Sequence) -> list[_Cand]:
    entries = []
    for entry in user_dict:
        name, cls = entry[0], entry[1]
        aliases = tuple(entry[2]) if len(entry) > 2 and entry[2] else ()
        if isinstance(aliases, str):
            aliases = tuple(a for a in aliases.split("|") if a)
        entries.append((name, cls, aliases))
    rx, names = _user_index(tuple(entries))
    if rx is None:
        return []
    return [_Cand(m.start(), m.end(), names[m.group(0)][1], names[m.group(0)][0], 0, "user-dict")
            for m in rx.finditer(text)]


# ---------------------------------------------------------------- putting it together

def _select(cands: list[_Cand]) -> list[_Cand]:
    """One candidate per span; of two crossing spans, the better one."""
    best: dict[tuple[int, int], _Cand] = {}
    for c in cands:
        if c.end <= c.start or not c.name:
            continue
        key = (c.start, c.end)
        if key not in best or c.priority < best[key].priority:
            best[key] = c
    chosen = sorted(best.values(), key=lambda c: (c.priority, -(c.end - c.start), c.start))
    kept: list[_Cand] = []
    for c in chosen:
        if any(k.start < c.start < k.end < c.end or c.start < k.start < c.end < k.end for k in kept):
            continue
        kept.append(c)
    return kept


def find_mentions(text: str, user_dict: Sequence | None = None) -> list[Mention]:
    """Every name in ``text`` as a :class:`Mention` (offsets into ``text``), sorted by
    position. ``user_dict`` entries ``(name, class, aliases, parent)`` are found
    wherever their name or an alias occurs, with their class."""
    if not text or not text.strip():
        return []
    doc = _Doc(text)
    cands: list[_Cand] = []
    user = _user_mentions(text, user_dict) if user_dict else []
    cands += user
    docs = _bracket_documents(doc)
    cands += docs
    doc_spans = [(c.start, c.end) for c in docs]
    quotes = _quotes(doc, doc_spans)
    cands += quotes
    specials = _special_events(doc)
    cands += specials
    cands += _laws(doc)
    issued = _trigger_documents(doc)
    cands += issued
    taken = doc_spans + [(c.start, c.end) for c in quotes + specials + issued + user]
    cands += _headed_names(doc, taken)
    cands += _schools(doc)
    cands += _universities(doc)
    cands += _agencies(doc)
    cands += _organizations(doc)
    cands += _persons(doc)
    cands = _select(cands)
    cands += _towns(doc, cands)
    cands = _aliases(doc, cands)
    cands += _places(doc, cands)
    cands = _select(cands)
    cands = _drop_nested_bodies(cands)
    cands += _standalone(_known_terms(doc), cands)
    mentions = [Mention(start=c.start, end=c.end, text=text[c.start:c.end], type=c.type,
                        name=c.name, source=c.source) for c in cands]
    mentions.sort(key=lambda m: (m.start, -m.end, m.type))
    return mentions


ALIAS_DEF = re.compile(r"[（(](?:以下)?(?:简称|下称)为?[:：]?[“\"「]([^”\"」\n]{1,12})[”\"」][）)]")


def _aliases(doc: _Doc, kept: list[_Cand]) -> list[_Cand]:
    """平和职业技术学校（以下简称“平和职校”）: the quoted short form, there and wherever it
    recurs later, names the thing named right before the bracket."""
    text = doc.text
    out = list(kept)
    for m in ALIAS_DEF.finditer(text):
        owners = [c for c in out if c.end == m.start() and c.type != "Place" and c.source != "alias"]
        if not owners:
            continue
        owner = min(owners, key=lambda c: c.start)
        alias = m.group(1).strip()
        if len(alias) < 2:
            continue
        spots = [(m.start(1), m.end(1))]
        for r in re.finditer(re.escape(alias), text[m.end():]):
            spots.append((m.end() + r.start(), m.end() + r.end()))
        for s, e in spots:
            inside = [c for c in out if s <= c.start and c.end <= e]
            crossing = [c for c in out if c.start < e and s < c.end and c not in inside]
            if crossing and (s, e) != spots[0]:
                continue                # 县第一中学 holds 一中: not the short form
            if (s, e) != spots[0] and not (s in doc.starts or text[s - 1] in BOUNDARY):
                continue
            out = [c for c in out if c not in inside or c.type == "Place" and (c.start, c.end) != (s, e)]
            out.append(_Cand(s, e, owner.type, owner.name, 1, "alias"))
    return out


TOWN = re.compile(r"([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)")
TOWN_NEXT_STOP = {"乡": set("镇村土下亲贤情愁音"), "镇": set("压守静定痛"), "街道": set("办")}
TOWN_OWNERS = ("School", "GovernmentAgency", "Organization")


def _town_at(doc: _Doc, pos: int, need_more: bool) -> tuple[int, int] | None:
    """A town or street (坂仔镇, 白沙岭镇, 鼓山街道) starting at ``pos``: two or three
    characters of its own name and the type word, the name neither generic (城乡, 乡镇)
    nor a word that cannot be part of a name."""
    m = TOWN.match(doc.text, pos)
    if not m:
        return None
    name, sfx = m.group(1), m.group(2)
    after = doc.text[m.end():m.end() + 1]
    if after in TOWN_NEXT_STOP[sfx] or (need_more and (not after or after in BOUNDARY)):
        return None
    generic = _generic()[0]
    if name in generic or any(name[:k] in generic or name[k:] in generic for k in range(1, len(name))):
        return None
    if any(ch in SINGLE_BREAKERS or ch in "各全本该我其这那每" for ch in name) or \
            all(ch in CN_NUM for ch in name):
        return None
    if name in _breakers() or _tag(name) in STRONG_TAGS | NUMBER_TAGS | {"v", "vn", "a", "ad"}:
        return None
    return m.start(), m.end()


def _towns(doc: _Doc, kept: list[_Cand]) -> list[_Cand]:
    """Towns and streets are not in the gazetteer; a report names them (1) after their
    county (平和县坂仔镇), (2) at the start of a school's or body's name (小溪镇中心幼儿园,
    XX镇人民政府). Every other occurrence of a town so found is a mention too."""
    text = doc.text
    found: set[str] = set()
    for s, e, name, kind in gazetteer.scan(text, shorts=False):
        d = gazetteer.lookup(name)
        if d and d[0].level in ("county", "city"):
            hit = _town_at(doc, e, need_more=False)
            if hit:
                found.add(text[hit[0]:hit[1]])
    for c in kept:
        if contract_class(c.type) not in TOWN_OWNERS:
            continue
        pos = _place_prefix(doc, c.start, c.end, relative=False)
        hit = _town_at(doc, pos, need_more=True)
        if hit and hit[1] < c.end - 1:
            found.add(text[hit[0]:hit[1]])
    out = []
    for town in found:
        for m in re.finditer(re.escape(town), text):
            if any(k.type == "Place" and k.start <= m.start() < k.end for k in kept):
                continue
            out.append(_Cand(m.start(), m.end(), "Place", town, 8, "town"))
    return out


@cache
def _exam_forms() -> dict[str, str]:
    forms = {}
    for row in _rows("exams.tsv"):
        if len(row) >= 2:
            forms[row[0]] = row[1]
    return forms


def _known_terms(doc: _Doc) -> list[_Cand]:
    """National exams (Event) and nation-wide programmes (Initiative) named bare."""
    out = []
    exams = _exam_forms()
    for m in _alternation(tuple(exams)).finditer(doc.text):
        if m.start() > 0 and doc.text[m.start() - 1] in "中高初":   # 中高考, 初中考
            continue
        out.append(_Cand(m.start(), m.end(), "Event", exams[m.group(0)], 5, "exam"))
    for m in _alternation(tuple(load_words("national_programmes.txt"))).finditer(doc.text):
        out.append(_Cand(m.start(), m.end(), "Initiative", m.group(0), 5, "programme"))
    return out


def _standalone(extra: list[_Cand], kept: list[_Cand]) -> list[_Cand]:
    """Only where no other name covers or crosses them (中考 inside 中考百日攻坚行动 is not
    a mention of 中考)."""
    return [c for c in extra
            if not any(k.start < c.end and c.start < k.end for k in kept)]


def _drop_nested_bodies(cands: list[_Cand]) -> list[_Cand]:
    """区委 inside 区委人才办, 市委 inside 市委教育工委: a body named only as the prefix of
    another body's name is not mentioned on its own there."""
    bodies = [c for c in cands if c.type in ("GovernmentAgency", "PartyBody") and c.source != "user-dict"]
    out = []
    for c in cands:
        if c in bodies and any(o is not c and o.start <= c.start and c.end <= o.end and
                               (o.start, o.end) != (c.start, c.end) for o in bodies):
            continue
        out.append(c)
    return out
