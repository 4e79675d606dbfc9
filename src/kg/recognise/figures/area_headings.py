"""Headings of a breakdown by area: a bulletin gives one measure for each county or
district in a list after a colon, and writes the measure (and sometimes the unit) only
once, in the heading: ``专任教师分区情况：A区1.38万人，B区1.12万人``; ``分县市区幼儿园数:
A区65所；B县58所``; ``各旗区义务教育在校生（万人）：\\nA旗 7.02；B区 2.31``;
``分区情况（幼儿园数/在园幼儿）：\\nA区：141所/2.94万人``.

This module only reads such headings and cuts their lists into items; :mod:`.table_units`
and :mod:`.area_lists` use it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .caption_units import heading_unit
from .patterns import DATE_RE, SECTION_RE

_HAN = "\u4e00-\u9fff"
# an area of the list: a name ending in a division suffix (not the whole area, 全市); a
# town's suffix ends it only when no county's follows (西乡塘区 is a district)
# (or the schools a city, county or district runs itself: 市直, 县直属)
AREA = re.compile(rf"(?:[市县区]直属?(?![{_HAN}])|(?![全本我各该其])[{_HAN}]{{1,12}}?"
                  rf"(?:新区|开发区|自治县|自治旗|自治州|区|县|市|旗|盟"
                  rf"|(?:街道|镇|乡|苏木)(?![{_HAN}]{{1,3}}(?:区|县|市|旗))))")
# or a school stage standing alone before its number, where a heading gives the unit and
# the list goes by stage (生均一般公共预算教育事业费(单位:元)：\n小学 12486，增长3.2%)
ROW = re.compile(r"(?:普通高中|中等职业学校|中等职业教育|中职学校|特殊教育学校|特殊教育|普通本专科|高等教育|初中|小学|幼儿园"
                 r"|学前教育|高中|中职)(?=[ \u3000:：\d])|" + AREA.pattern)
# what a slash list's first word may be: the heading of the rows' labels
ROW_HEADINGS = frozenset(("学段", "类别", "地区", "区域", "县区", "县市区", "乡镇", "项目", "指标", "学校类别"))
# the words that say the list goes by area: 分区, 分县市区, 各旗区, 各县（市、区）, 按县区
CUE = re.compile(r"(?<![部划])(?:[分各按]|下辖)(?:县|区|市|旗|盟|地区|区域|乡镇|乡|镇|街道)")
CUE_WORDS = re.compile(r"(?:[分各按]|下辖)(?:县|区|市|旗|盟|地区|区域|乡镇|乡|镇|街道)+")
# a measure a bracket lists with others (not a remark: 含…, 不含…, 按…)
MEASURE = re.compile(rf"(?![含按包除不])[{_HAN}]{{2,10}}")
PAREN = re.compile(r"[（(]([^（）()]{1,30})[）)]")
LEVELS = re.compile(r"^(?:各级各类教育|各级教育|各学段|分学段|各级各类)")
TAIL_WORDS = re.compile(r"(?:情况|分布|统计|为|看|如下)+$")
COLON = re.compile(r"[：:]")
# a numbered heading may end in a full stop: （四）分县（市、区）幼儿园数。A区68所，…
HEAD_STOP = re.compile(r"[：:。]")
# a remark alone on its line between a caption and its list: （含中职，按学籍所在地统计）
REMARK_LINE = re.compile(r"[（(][^（）()\n]{1,40}[）)]")
# a table's number before its caption: 表2, 表三
CAPTION = re.compile(r"^表[0-9０-９一二三四五六七八九十]+[ \u3000.．、:：]*")
HEAD_START = re.compile(r"[。；;！!？?\n]")
ITEM_BREAKS = "；;，,、\n。|｜\t"
# a flattened table puts its cells on one line apart by two spaces or more
WIDE_GAP = re.compile(r"[ \u3000]{2,}")
MAX_HEADING = 60


@dataclass
class Heading:
    """A breakdown heading: its measure (``noun``), the measures its bracket lists
    (幼儿园数/在园幼儿), the unit its bracket gives (``unit``, with ``scale`` for 万人), and
    where its list runs."""
    noun: str
    slash_nouns: list[str] = field(default_factory=list)
    unit: str = ""
    scale: int = 1
    start: int = 0
    end: int = 0
    by_stage: bool = False      # the list goes by school stage (小学 12486), not by area


def _noun(heading: str) -> str:
    """The measure a heading names, without its area words, years, brackets and 情况."""
    noun = PAREN.sub("", heading)
    section = SECTION_RE.match(noun)
    noun = noun[section.end():] if section else noun
    noun = DATE_RE.sub("", noun)
    noun = CUE_WORDS.sub("", noun)
    noun = TAIL_WORDS.sub("", noun.strip())
    noun = LEVELS.sub("", noun)          # 各级教育生均…事业费: the measure, every stage's
    if not noun or len(noun) > 16 or not re.fullmatch(rf"[{_HAN}]+", noun):
        return ""
    return noun


def _reach(text: str, colon: int, rows: re.Pattern[str] = AREA) -> tuple[int, int]:
    """Where the list after a heading's colon runs: the rest of its sentence, or (for a
    heading alone on its line) the lines after it up to a blank line."""
    a = colon + 1
    line_end = text.find("\n", a)
    line_end = len(text) if line_end < 0 else line_end
    if text[a:line_end].strip():
        stop = text.find("。", a, line_end)
        return a, line_end if stop < 0 else stop
    b = a = line_end + 1
    while a < len(text):        # step over remark lines: （按学籍所在地统计）
        nxt = text.find("\n", a)
        nxt = len(text) if nxt < 0 else nxt
        if not REMARK_LINE.fullmatch(text[a:nxt].strip(" \u3000")):
            break
        b = a = nxt + 1
    while b < len(text):
        nxt = text.find("\n", b)
        nxt = len(text) if nxt < 0 else nxt
        line = text[b:nxt].strip()
        if not line or not rows.match(line):
            break
        b = nxt + 1
    return a, max(a, b - 1)


def _bracket(heading: str, units) -> tuple[str, int, list[str]]:
    """(unit, scale, measures) that a heading's closing bracket gives: （万人） or
    （单位：万人） → 人 and 10000; （幼儿园数/在园幼儿） → the two measures."""
    last = None
    for last in PAREN.finditer(heading):
        pass
    if last is None or last.end() != len(heading):
        return "", 1, []
    inner = last.group(1)
    if ("/" in inner or "／" in inner) and "单位" not in inner:
        listed = [w.strip() for w in re.split("[/／]", inner)]
        # (学段/学校数/在校生数: the first names the rows, not a measure)
        return "", 1, listed[1:] if listed[0] in ROW_HEADINGS else listed
    listed = inner.split("、")
    if len(listed) > 1 and all(MEASURE.fullmatch(w) for w in listed):
        return "", 1, listed        # （学校数、在校生数、专任教师数）
    if units is None:
        return "", 1, []
    unit, scale = heading_unit(heading, units)
    return unit, scale, []


def _numbered_line(text: str, stop: int) -> bool:
    """Whether a full stop ends a heading that opens its line with a section number."""
    h0 = text.rfind("\n", 0, stop) + 1
    head = text[h0:stop]
    return "。" not in head and SECTION_RE.match(head) is not None


def area_headings(text: str, units=None) -> list[Heading]:
    """Every breakdown heading of ``text``: a clause ending in a colon that says its list
    goes by area (分区, 各县…) or gives the list's unit in brackets (``（所）：``), and whose
    list opens with an area. ``units`` (a container of unit words) enables the latter."""
    found = []
    for m in HEAD_STOP.finditer(text):
        colon = m.start()
        stop = m.group() == "。"
        if stop and not _numbered_line(text, colon):
            continue
        h0 = 0
        for hit in HEAD_START.finditer(text, max(0, colon - MAX_HEADING), colon):
            h0 = hit.end()
        if colon - h0 > MAX_HEADING or (h0 == 0 and colon > MAX_HEADING):
            continue
        heading = text[h0:colon]
        heading = heading[SECTION_RE.match(heading).end():] if SECTION_RE.match(heading) else heading
        heading = heading.strip()
        # a remark in brackets may hold its own commas (（不含高校，单位：所/万人）)
        if not heading or re.search(r"[，,。；;：:]", PAREN.sub("", heading)):
            continue
        unit, scale, slash = _bracket(heading, units)
        if not (CUE.search(PAREN.sub("", heading)) or unit or slash) or (stop and unit):
            continue
        a, b = _reach(text, colon)
        first = text[a:b].lstrip(" \u3000")
        by_stage = False
        if (unit or slash) and not AREA.match(first):
            a2, b2 = _reach(text, colon, ROW)
            if b2 > a2 and ROW.match(text[a2:b2].lstrip(" \u3000")):
                a, b, first, by_stage = a2, b2, text[a2:b2].lstrip(" \u3000"), True
        if b <= a or not (AREA.match(first) or by_stage):
            continue
        found.append(Heading(_noun(heading), slash, unit, scale, a, b, by_stage))
    return found + _captions(text, units)


def _captions(text: str, units=None) -> list[Heading]:
    """Table captions alone on their line, with no colon, over a list of areas one or
    more a line: ``表2 分区县义务教育在校生情况\nA区 4.13万人；B县 2.61万人``."""
    found = []
    for m in CUE.finditer(text):
        h0 = text.rfind("\n", 0, m.start()) + 1
        h1 = text.find("\n", m.end())
        if h1 < 0 or h1 - h0 > MAX_HEADING or (found and found[-1].start > h0):
            continue
        heading = text[h0:h1].strip(" \u3000")
        section = SECTION_RE.match(heading)
        heading = CAPTION.sub("", heading[section.end():] if section else heading)
        if not heading or re.search(r"[，,。；;：:！!？?]", PAREN.sub("", heading)):
            continue
        if not CUE.search(PAREN.sub("", heading)):
            continue
        a, b = _reach(text, h1 - 1)
        if b <= a or not AREA.match(text[a:b].lstrip(" \u3000")):
            continue
        unit, scale, slash = _bracket(heading, units)
        found.append(Heading(_noun(heading), slash, unit, scale, a, b))
    return found


def list_items(text: str, heading: Heading, inside: set[int]) -> list[tuple[int, int]]:
    """The items of a heading's list, split at ；，、 and line ends (not at a comma
    inside a figure: ``inside`` holds the offsets that belong to figures)."""
    items, start = [], heading.start
    for i in range(heading.start, heading.end):
        if text[i] in ITEM_BREAKS and i not in inside:
            items.append((start, i))
            start = i + 1
    items.append((start, heading.end))
    items = [piece for a, b in items for piece in _wide_cells(text, a, b)]
    return [(a, b) for a, b in items if b > a]


def _wide_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """An item cut where two spaces or more stand between its cells."""
    cells = []
    for m in WIDE_GAP.finditer(text, a, b):
        if m.start() > a and m.end() < b:
            cells.append((a, m.start()))
            a = m.end()
    cells.append((a, b))
    return cells


def item_area(text: str, a: int, b: int, by_stage: bool = False) -> tuple[str, int] | None:
    """(area, where it ends) for an item that opens with an area (or, in a list by
    stage, with a stage), else None."""
    while a < b and text[a] in " \u3000\t":
        a += 1
    m = (ROW if by_stage else AREA).match(text, a, b)
    return (m.group(0), m.end()) if m else None
