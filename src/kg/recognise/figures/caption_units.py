"""Where a table gives its units, read once for every table reader. A bulletin prints the
unit once per table: in a column heading's closing bracket (``在校生(万人)``), or in a
note for all columns at once, inside the caption's bracket (``各县（市、区）主要指标（以下为
简表，单位：所；人）``) or on a line of its own (``单位：所、人``, ``(单位:%、百分点)``).
One listed unit serves every column; several are shared out by what each column counts
(a count of schools is in 所, of pupils and teachers in 人, money in 元, a change on last
year in 百分点 where the note lists points), and a column that fits none of them gets the
one listed unit no other column took, or no unit rather than a guess. A note may pair
columns with their units instead (``(学校数:所;在校生、专任教师:万人)``,
``(金额单位:亿元;增长:%)``): each column takes the unit of the words it is headed by, and
the columns no pair names take the pair whose words count the same kind (招生数 under
``学生、教师单位：人``), else the one pair no column matched."""
from __future__ import annotations

import re

from ..numbers import BIG_UNITS
from .patterns import INCLUDED_REMARK

# a table's caption opens with its number: 表1, 表 2, 表三, 附表1
CAPTION_NUMBER = re.compile(r"^\s*附?表\s*[0-9０-９一二三四五六七八九十]+")

# the note inside a caption's closing bracket: （单位：所；人）, （以下为简表，单位：万人）,
# or a line that is only the note: 单位：所、人
NOTE = re.compile(r"单位[：:]\s*([^（）()]{1,24})[）)]\s*$")
NOTE_LINE = re.compile(r"^[（(]?单位[：:]\s*([^（）()]{1,24}?)[）)]?\s*$")
SPLIT = re.compile(r"[；;、，,/／\s]+")
# a heading's closing bracket that gives its column's unit: 在校生(万人), 学校数（单位：所）
UNIT_PAREN = re.compile(r"[（(](?:单位[：:]\s*)?(万|亿)?([^（）()]{1,4})[）)]\s*$")
# what a column heading says it counts, by the unit it is counted in; the first kind whose
# word the heading holds wins (在校生数 counts pupils though it holds 校)
KINDS = (
    ("%", ("率", "比例", "占比", "比重", "增长", "增幅")),
    ("元", ("经费", "投入", "资金", "支出", "金额", "收入", "费")),
    ("人", ("生", "师", "幼儿", "员", "工", "人", "儿童")),
    ("平方米", ("面积",)),
    ("所", ("学校", "校数", "园数", "院校", "机构", "幼儿园")),
    ("个", ("班", "点")),
)
# a column of changes on the year before: 比上年增减, 增减, 比上年提高
CHANGE = re.compile(r"比上?年|同比|增减|提高|下降")
POINTS = ("百分点", "个百分点")
# heading endings that name their unit: 参赛人数 (人), 受助人次 (人次), 巩固率 (%), 得分 (分)
SELF_NAMED = (("人次", "人次"), ("人数", "人"), ("率", "%"), ("占比", "%"), ("比例", "%"),
              ("比重", "%"), ("得分", "分"), ("总分", "分"), ("平均分", "分"), ("分数", "分"))


# a caption's closing bracket that pairs columns with units: (学校数:所;在校生、专任教师:万人)
PAIRS = re.compile(r"[（(]([^（）()]{3,48})[）)]\s*$")
PAIR = re.compile(r"([\u4e00-\u9fff、]{1,16})[：:]\s*([^\s；;、，,:：]{1,4})")
PAIR_SPLIT = re.compile(r"\s*[；;]\s*")


def unit_word(word: str, units) -> tuple[str, int] | None:
    """(unit, scale) a unit word names (万元 → 元, 10000), or None if it is no unit."""
    scale = BIG_UNITS.get(word[:1], 1) if len(word) > 1 else 1
    unit = word[1:] if scale > 1 else word
    return (unit, scale) if unit in units else None


REMARK_PART = re.compile(r"^\s*(?:" + "|".join(INCLUDED_REMARK + ("其中", "以下", "注")) + ")")


def caption_pairs(caption: str, units) -> list[tuple[list[str], tuple[str, int]]]:
    """(column words, (unit, scale)) for each pair a caption's bracket gives, in order; []
    unless every part of the bracket is such a pair and there are two or more."""
    m = PAIRS.search(caption.strip(" \u3000\t"))
    if not m:
        return []
    out = []
    for part in PAIR_SPLIT.split(m.group(1).strip()):
        if REMARK_PART.match(part):
            continue            # (…;专任教师单位:人;不含普通高校): what the table leaves out
        p = PAIR.fullmatch(part)
        unit = unit_word(p.group(2), units) if p else None
        if unit is None:
            return []
        words = [w.removesuffix("单位") for w in p.group(1).split("、")]
        out.append(([w for w in words if w], unit))
    return out if len(out) > 1 else []


def paired_columns(caption: str) -> list[str]:
    """The columns a caption's pairs name one each, for rows printed without a heading row
    (表2 …（学校数单位：所；在校生单位：人） over 民办小学  11  12805); [] otherwise."""
    m = PAIRS.search(caption.strip(" \u3000\t"))
    if not m:
        return []
    parts = [PAIR.fullmatch(p) for p in PAIR_SPLIT.split(m.group(1).strip()) if not REMARK_PART.match(p)]
    if len(parts) < 2 or not all(p and "、" not in p.group(1) for p in parts):
        return []
    names = [p.group(1).removesuffix("单位") for p in parts]
    return names if all(len(n) >= 2 for n in names) else []


def paired_units(headings: list[str], pairs) -> list[tuple[str, int]]:
    """The unit each heading takes from ``pairs``: the pair whose words the heading holds
    (在校生 under 在校生、专任教师:万人); the columns left take the one pair left."""
    cols, used = [], set()
    for h in headings:
        i = next((i for i, (words, _) in enumerate(pairs)
                  if any(w and w in h for w in words)), None)
        if i is None:          # 招生数 under 学生、教师:人: the one pair of what it counts
            kind = measure_kind(h)
            kinds = [i for i, (words, _) in enumerate(pairs)
                     if kind and any(measure_kind(w) == kind for w in words)]
            i = kinds[0] if len(kinds) == 1 else None
        cols.append(pairs[i][1] if i is not None else ("", 1))
        if i is not None:
            used.add(i)
    left = [p[1] for i, p in enumerate(pairs) if i not in used]
    if len(left) == 1:
        cols = [c if c[0] else left[0] for c in cols]
    return cols


def caption_units(caption: str, units) -> list[tuple[str, int]]:
    """(unit, scale) for each unit a caption's note lists, in order; [] without a note."""
    line = caption.strip(" \u3000\t")
    m = NOTE_LINE.match(line) or NOTE.search(line)
    if not m:
        return []
    out = []
    for word in SPLIT.split(m.group(1).strip()):
        scale = BIG_UNITS.get(word[:1], 1) if len(word) > 1 else 1
        unit = word[1:] if scale > 1 else word
        if unit not in units:
            return []          # a remark, not a list of units (单位：按学籍统计)
        out.append((unit, scale))
    return out


# a heading that gives its unit after a slash: 学校数/所, 在校生／万人, 占比/%
SLASH_UNIT = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{0,15})[/／]"
                        r"([万亿]?(?:[\u4e00-\u9fff]{1,2}|平方米)|[%％])$")


def bracket_slash_unit(heading: str) -> str:
    """A heading that gives its unit after a slash written as with a bracket, as the table
    readers read units: 学校数/所 → 学校数（所）; any other heading as it is."""
    return SLASH_UNIT.sub(r"\1（\2）", heading)


def heading_unit(heading: str, units) -> tuple[str, int]:
    """(unit, scale) a column heading's closing bracket gives (``在校生(万人)``), or ("", 1)."""
    m = UNIT_PAREN.search(heading)
    if m is None or m.end() != len(heading.rstrip()) or m.group(2) not in units:
        return "", 1
    return m.group(2), BIG_UNITS.get(m.group(1) or "", 1)


# a heading that ends naming an institution counts institutions, whatever it holds:
# 幼儿园数 holds 幼儿 but counts kindergartens (所), as 民办园 and 中小学校 do
INSTITUTION = re.compile(r"(?:幼儿园|学校|院校|园|校)数?$")


def measure_kind(heading: str) -> str:
    """The unit what a heading names is counted in (招生数, 学生 → 人; 事业收入 → 元;
    幼儿园数 → 所), or ""."""
    kind = next((unit for unit, words in KINDS if any(w in heading for w in words)), "")
    if kind and kind != "%" and INSTITUTION.search(heading.strip()):
        return "所"
    return kind


def column_unit(heading: str, listed: list[tuple[str, int]]) -> tuple[str, int]:
    """The unit of ``listed`` a column heading is counted in, or ("", 1): one listed unit
    serves every column but a rate's."""
    kind = measure_kind(heading)
    if len(listed) == 1 and kind != "%":
        return listed[0]
    return next((u for u in listed if u[0] == kind), ("", 1)) if kind else ("", 1)


def shared_out(headings: list[str], listed: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The unit of ``listed`` each column heading takes: by what it counts, a change on
    last year in points where the note lists them, then the one unit left to the one
    column left (指标 | 2023年 | 比上年增减 under 单位：%、百分点)."""
    cols = []
    for h in headings:
        col = column_unit(h, listed)
        if not col[0] and CHANGE.search(h):
            col = next((u for u in listed if u[0] in POINTS), col)
        cols.append(col)
    taken = {u for u, _ in cols if u}
    left = [u for u in listed if u[0] not in taken]
    empty = [i for i, (u, _) in enumerate(cols) if not u]
    if len(listed) > 1 and len(left) == 1 and len(empty) == 1:
        cols[empty[0]] = left[0]
    return cols


def note_units(notes: list[str], units) -> list[tuple[str, int]]:
    """The units the nearest of a table's caption lines lists (nearest last), or []."""
    return next((u for n in reversed(notes) if (u := caption_units(n, units))), [])


def table_units(headings: list[str], notes: list[str], units) -> list[tuple[str, int]]:
    """(unit, scale) for each column of a table: its heading's bracket, else the units
    of the nearest note among ``notes`` (caption lines, nearest last) shared out."""
    cols = [heading_unit(h, units) for h in headings]
    listed = note_units(notes, units)
    if listed and not all(u for u, _ in cols):
        open_cols = [i for i, (u, _) in enumerate(cols) if not u]
        shared = shared_out([headings[i] for i in open_cols], listed)
        for i, col in zip(open_cols, shared):
            cols[i] = col
    pairs = [] if listed else next((p for n in reversed(notes) if (p := caption_pairs(n, units))), [])
    if pairs:
        cols = [col if col[0] else p for col, p in zip(cols, paired_units(headings, pairs))]
    if not listed:
        cols = [col if col[0] else named_unit(h, units) for h, col in zip(headings, cols)]
    return cols


def named_unit(heading: str, units) -> tuple[str, int]:
    """The unit a heading's own last word names where no note gives one: a count of
    people (参赛人数, 受助人次), a rate (巩固率, 占比) or a score (得分, 总分) is counted in it."""
    heading = heading.strip()
    for ending, unit in SELF_NAMED:
        if heading.endswith(ending) and unit in units:
            return unit, 1
    return "", 1




def one_unit(caption: str) -> str:
    """The one unit a numbered caption's note gives (表2 …（单位：万元） → 元), or ""."""
    if not CAPTION_NUMBER.match(caption):
        return ""
    m = NOTE.search(caption.strip(" \u3000\t"))
    words = [w for w in SPLIT.split(m.group(1).strip()) if w] if m else []
    if len(words) != 1:
        return ""
    return words[0][1:] if len(words[0]) > 1 and words[0][0] in "万亿千百" else words[0]


def measured_rows(caption: str, label: str) -> bool:
    """Whether a numbered caption with a one-unit note heads rows that each name their own
    measure (表2 …教育经费投入情况（单位：万元） over 教育经费总投入　248,653): the first
    row's label counts in the note's unit (经费 in 元); a place or stage row (小学) does not."""
    unit = one_unit(caption)
    return bool(unit) and measure_kind(label) == unit


def joined_caption(lines: list[str]) -> str:
    """The caption a table's rows stand under, nearest of ``lines`` last: a unit note on a
    line of its own under a numbered caption (表2 …投入情况 / 单位：万元) is read as that
    caption's bracket (表2 …投入情况（单位：万元））; else the last line."""
    if not lines:
        return ""
    last = lines[-1].strip(" \u3000\t")
    m = NOTE_LINE.match(last)
    if m and len(lines) > 1 and CAPTION_NUMBER.match(lines[-2]) and "单位" not in lines[-2]:
        return lines[-2].rstrip() + "（单位：" + m.group(1).strip() + "）"
    if len(lines) > 1 and CAPTION_NUMBER.match(lines[-2]) and "单位" not in lines[-2] and "单位" in last \
            and last.startswith(("（", "(")) and last.endswith(("）", ")")):
        return lines[-2].rstrip() + last      # （学校数单位:所;在校生数单位:人） under it
    return lines[-1]
