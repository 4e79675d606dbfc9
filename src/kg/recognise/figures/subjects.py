"""Breakdowns by subject: a paragraph that gives the same counts for several places or
schools in turn names each count with its place or school, as annotators do.

Bulletins and news write a breakdown as clauses or list items that each open with their
subject: ``分区看，A区在校生5.1万人，B区4.2万人``; ``A区有中小学40所、在校生6.2万人；
B县有中小学31所，在校生4.8万人``; ``①某某中学，获一等奖6项、二等奖9项``. The counts of
such a clause are the subject's (A区在校生, B区在校生, 某某中学一等奖), and an item that
writes only its subject and a number repeats the item before it (B区4.2万人 → B区在校生).

Only paragraphs that are breakdowns are touched: at least two different subjects open
clauses there, or it opens with 分区看/从…看, or its line is a numbered list item."""
from __future__ import annotations

import re
from bisect import bisect_left

from .patterns import MAX_METRIC
from .scan import Candidate
from .words import has_verb

_HAN = "\u4e00-\u9fff"
# a character of a name: no verb or particle that joins a name to its counts, and in a
# place no second place suffix (举办第二届某市… is no place name)
_CH = rf"(?:(?![有获在共的是为和与及等看占届])[{_HAN}])"
_PCH = rf"(?:(?![有获在共的是为和与及等看占第届市区县旗盟])[{_HAN}])"
PLACE = rf"{_PCH}{{1,12}}?(?:新区|开发区|自治县|自治州|区|县|市|旗|盟)"
SCHOOL = (rf"{_CH}{{2,18}}?(?:学校|中学|小学|幼儿园|中专|职校|职专|学院|大学)"
          rf"(?:[（(][{_HAN}]{{1,10}}[）)])?")
NAME = rf"(?:{SCHOOL}|{PLACE})"
# a town or a city's 街道 (粤海街道, 白果镇), named as an item of a ranking; 城镇 and 乡镇 are
# kinds of place, not names
TOWN = rf"{_PCH}{{1,8}}?(?:街道|(?<![城乡])镇)"
PLACE_RE = re.compile(PLACE)
NAME_END = re.compile("[区县市旗盟校学园专院]")
# a clause that opens with a name ending in a place or school suffix, then 有/分别/各/获
# or a number within a few characters
ITEM_HINT = re.compile(r"(?:^|[，,。；;：:])\s*[①-⑳]?(?![全本我各该其])[\u4e00-\u9fff、]{1,14}[区县市旗盟校学园专院]"
                       r"(?:共有|现有|有|分别|各|获|[^，,。；;：:]{0,6}[0-9一二三四五六七八九十两])")
SCHOOL_DOES = ("获", "荣获", "共获")
# not before the rest of a body's name (某区教育局, 某县人民政府)
TAIL = r"(?![教政党人委局])(分别|各)?(共有|现有|有)?"
SUBJECT = re.compile(rf"({NAME}(?:[、和]{NAME})*){TAIL}")
PLACE_SUBJECT = re.compile(rf"({PLACE}(?:[、和]{PLACE})*){TAIL}")
# list markers and the words that open a breakdown (分区看，从获奖学校看，)
MARKER = re.compile(r"\s*(?:[①-⑳]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.、．])?\s*")
INTRO = re.compile(rf"(?:分(?:区域|区|县区|县|市|地区)看|从[{_HAN}（）()、]{{1,14}}看)[，,]?")
LIST_ITEM = re.compile(r"\s*[①-⑳]")
# not a subject: the whole area, the report's own, generic areas
NOT_SUBJECT = ("全", "本", "我", "各", "该", "其", "市属", "县属", "区属", "城区", "市区", "辖区",
               "校区", "园区", "学区", "片区", "社区", "郊区", "城乡", "县城", "市直", "新区", "开发区")
PART_BREAKS = re.compile(r"[。；;！!？?]")
HAVE = ("共有", "现有", "有")
SHORT_BASE = 8    # a longer metric already says what it counts
NEAR = 6          # characters between a subject and its first count in a parallel item


def _subject_at(clause: str, fig_at: int):
    """(names, where they end, strong) for the subjects a clause opens with, or None.
    A strong subject reads as an item of a breakdown: 有 or 分别 follows it, or its
    first count follows within a few characters (A区在校生5万人, B区138所), or a school
    stands alone or wins (①某中学，获…). ``fig_at`` is where the clause's first figure
    starts (-1 without one)."""
    for pattern in (SUBJECT, PLACE_SUBJECT):
        m = pattern.match(clause)
        if not m:
            continue
        names = re.split("[、和]", m.group(1))
        if any(n.startswith(NOT_SUBJECT) or len(n) < 2 for n in names):
            return None
        rest = clause[m.end():]
        places = all(PLACE_RE.fullmatch(n) for n in names)
        if not places and rest and not m.group(2) and not m.group(3) \
                and not rest.startswith(SCHOOL_DOES):
            continue     # 新建学校4所: a school subject stands alone or 获/有/分别 follows
        between = clause[m.end():fig_at] if fig_at >= 0 else ""
        strong = bool(m.group(2) or m.group(3) or not rest
                      or (0 <= fig_at - m.end() <= NEAR and not has_verb(between))
                      or (not places and rest.startswith(SCHOOL_DOES)))
        return [re.sub(r"[（(].*$", "", n) for n in names], m.end(), strong
    return None


def _clauses(text: str, a: int, b: int):
    """(start, end) of the clauses of text[a:b], split at ，：；。"""
    start = a
    for hit in re.finditer(r"[，,：:。；;！!？?]", text[a:b]):
        yield start, a + hit.start()
        start = a + hit.end()
    yield start, b


def _strip_subject(metric: str, name: str) -> str | None:
    """The metric after its subject and 有 (分区域看A区有学校 → 学校; a metric that kept
    only the subject's tail, 开发区有学校, loses that too), or None without the subject."""
    pos = metric.find(name)
    if pos >= 0:
        rest = metric[pos + len(name):]
    else:
        tail = next((name[k:] for k in range(len(name) - 1) if metric.startswith(name[k:])), "")
        if not tail:
            return None
        rest = metric[len(tail):]
    for have in HAVE:
        if rest.startswith(have):
            return rest[len(have):]
    return rest


def name_subjects(text: str, figs: list[Candidate]) -> None:
    """Give the counts of each subject of a breakdown paragraph their subject."""
    by_start = sorted(figs, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        inside = by_start[bisect_left(starts, a):bisect_left(starts, b)]
        if inside:
            _paragraph(text, a, b, inside)


def _scopes(text: str, a: int, b: int, figs: list[Candidate], intro_at: int):
    """The subjects of a paragraph: (names, start, end of their reach, strong);
    ``intro_at`` is where its 分区看/从…看 stands (-1 without one)."""
    scopes = []
    starts = [f.start for f in figs]
    intro = INTRO.match(text, intro_at) if intro_at >= 0 else None
    intro_end = intro.end() if intro and text[intro.end() - 1:intro.end()] in "，," else -1
    # only a part's first clause or a clause the cheap look found can hold a subject
    hinted = {a + m.start() + (m.group(0)[0] in "，,。；;：:") for m in ITEM_HINT.finditer(text[a:b])}
    for c0, c1 in _clauses(text, a, b):
        if c0 != a and c0 not in hinted and text[c0 - 1] not in "。；;！!？?":
            continue
        clause = text[c0:c1]
        skip = MARKER.match(clause).end() if c0 == a else len(clause) - len(clause.lstrip())
        intro = INTRO.match(clause, skip)
        if intro:
            skip = intro.end()
        if not NAME_END.search(clause, skip, skip + 26):
            continue             # no place or school suffix where a subject could end
        k = bisect_left(starts, c0 + skip)
        first = starts[k] - c0 - skip if k < len(starts) and starts[k] < c1 else -1
        found = _subject_at(clause[skip:], first)
        if not found:
            continue
        names, end, strong = found
        # a weak subject opens its part (某区首次组织…，获一等奖14项) inside a breakdown
        # already begun (by 分区看 or a strong subject)
        begun = any(sure for *_, sure in scopes) or 0 <= intro_at < c0 + skip
        # …or the clause right after 从…看， (从各县复赛情况看，甲区推荐作品112件，乙区98件)
        after_intro = intro_end == c0
        if not strong and not (begun and (c0 == a or after_intro or text[c0 - 1] in "。；;！!？?")):
            continue
        part_end = PART_BREAKS.search(text, c1, b)
        end = part_end.start() if part_end else b
        if not strong and after_intro:
            end = c1             # it opens the list: its own clause only, the items follow
        scopes.append((names, c0 + skip, end, strong))
    return scopes


def _maybe_breakdown(line: str, intro) -> bool:
    """A cheap first look: 分区看/从…看, a numbered item, or two clauses that open with a
    name followed by 有/分别/各/获 or by a number within a few characters."""
    if intro or LIST_ITEM.match(line):
        return True
    hits = ITEM_HINT.finditer(line)
    return next(hits, None) is not None and next(hits, None) is not None


def _paragraph(text: str, a: int, b: int, figs: list[Candidate]) -> None:
    line = text[a:b]
    intro = INTRO.search(line)
    if not _maybe_breakdown(line, intro):
        return
    scopes = _scopes(text, a, b, figs, a + intro.start() if intro else -1)
    strong = {n for names, _, _, sure in scopes if sure for n in names}
    breakdown = (intro is not None or len(strong) >= 2
                 or (LIST_ITEM.match(line) is not None and strong))
    if not scopes or not breakdown:
        return
    prev_base: list[str] = []
    for k, (names, s0, s1, _) in enumerate(scopes):
        stop = min(scopes[k + 1][1], s1) if k + 1 < len(scopes) else s1
        mine = [f for f in figs if s0 <= f.start < stop]
        if not mine:
            continue
        if len(names) > 1:
            if len(mine) != len(names):
                continue
            pairs = list(zip(mine, names))
        else:
            pairs = [(f, names[0]) for f in mine]
        bases = []
        for i, (f, name) in enumerate(pairs):
            base = _strip_subject(f.metric, name)
            base = f.metric if base is None else base
            if not base.strip():
                base = prev_base[min(i, len(prev_base) - 1)] if prev_base else ""
            if not base:
                continue
            bases.append(base)
            if len(base) <= SHORT_BASE and len(name) + len(base) <= MAX_METRIC:
                f.metric = name + base
        if bases and len(names) == 1:
            prev_base = bases
