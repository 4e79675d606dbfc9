"""How annotators name a table cell, for every table reader: its row's label and its
column's heading as one phrase (小学 + 在校生 → 小学在校生), the heading without its unit
bracket, a word the two share written once (特殊教育学校 + 学校数 → 特殊教育学校数), a
total row after its column (合计 → 在校生数合计), and nothing added for a year column (the
table's own year: 学前三年毛入园率 under 2023年; where several years stand side by side
each cell keeps its own: 2023年在校生) or a heading that only says a value stands there
(金额). Where the rows are measures (指标 |
2021年 | 比上年增减 over 学校数 | 407所) and the caption names the school stage the table is
about (表1 2021年全市普通小学基本情况), the stage opens each name (小学学校数)."""
from __future__ import annotations

import re

from .caption_units import CAPTION_NUMBER, joined_caption, measure_kind, one_unit
from .heads import STAGES
from .patterns import INCLUDED_REMARK

YEAR = re.compile(r"(?:19|20)\d{2}年(?:度|末|底)?")
BRACKET = re.compile(r"[（(][^（）()]{0,12}[）)]")
# the heading of a label column whose rows are measures, not places or stages
MEASURE_ROWS = frozenset(("指标", "项目", "指标名称", "主要指标"))
# what a caption says its stage columns count (表1 各县(市、区)义务教育在校生情况)
STAGE_COLUMN_MEASURE = re.compile(r"在校生|招生|毕业生|专任教师|教职工|在园幼儿|学校数")
# headings that name no measure, only that a value stands in the column
PLAIN_VALUE = frozenset(("金额", "数值", "数量", "数据", "数额", "指标值"))


def column_name(heading: str) -> str:
    """What a column heading adds to its row's label."""
    heading = heading.strip()
    name = BRACKET.sub("", heading).strip()
    return "" if YEAR.fullmatch(heading) or name in PLAIN_VALUE else name


def several_years(headings: list[str]) -> bool:
    """Whether a table's columns are years (2022年 | 2023年, or 2022年专任教师 | 2023年专任教师
    under a group row): then each cell keeps its year."""
    if sum(1 for h in headings if YEAR.fullmatch(h.strip())) > 1:
        return True
    # a group row over years (专任教师 over 2022年 2023年): headings opening with two years
    return len({m.group() for h in headings if (m := YEAR.match(h.strip()))}) > 1


# a row that sums the rows above it: named after its column (在校生数合计)
TOTALS = frozenset(("合计", "总计", "小计", "总数"))


def cell_metric(label: str, heading: str, years: bool = False) -> str:
    """Row label and column name as one phrase, a word they share written once; a year
    column of a table with several opens the phrase (2023年在校生)."""
    label = BRACKET.sub("", label).strip() or label.strip()
    if years and YEAR.fullmatch(heading.strip()):
        return heading.strip() + label
    year = YEAR.match(heading.strip()) if years else None
    if year:                          # a group over years: 2023年 + 专任教师 under 幼儿园
        return year.group() + cell_metric(label, heading.strip()[year.end():])
    name = column_name(heading)
    if label in TOTALS and name:      # 合计 under 在校生数: 在校生数合计, as annotators write it
        return name if name.endswith(label) else name + label
    for k in range(min(len(label), len(name)), 1, -1):
        if label.endswith(name[:k]):
            return label + name[k:]
    return label + name


def caption_stage(caption: str, row_heading: str) -> str:
    """The one school stage a table's caption names, where its rows are measures; else ""."""
    if row_heading.strip() not in MEASURE_ROWS or not CAPTION_NUMBER.match(caption):
        return ""
    stages = {m.group() for m in STAGES.finditer(without_remarks(caption))}
    return stages.pop() if len(stages) == 1 else ""


# a caption's bracket (（单位：所；不含普通高校）) says what the table leaves out, not its stage
CAPTION_BRACKET = re.compile(r"[（(][^（）()]*[）)]")


def without_remarks(caption: str) -> str:
    return CAPTION_BRACKET.sub("", caption)


# the heading of a label column whose rows are counties or districts (县市区, 旗县区, 县（市、区）,
# 区县); a township table (乡镇) is left as it is: no annotated table shows its stage kept
AREA_ROWS = re.compile(r"[县市区旗盟（）()、]{2,8}|地区|区域|地区名称")
# a caption's school stage for rows of places: the stages, and 义务教育 said alone
CAPTION_STAGE = re.compile(rf"{STAGES.pattern}|义务教育")


def caption_area_stage(caption: str, row_heading: str) -> str:
    """The one school stage a table's caption names where its rows are places (表2 各县市区
    义务教育基本情况 over 县市区 | 在校生数), for each cell to name it (平江县义务教育在校生数);
    else ""."""
    if not AREA_ROWS.fullmatch(row_heading.strip()) or not CAPTION_NUMBER.match(caption):
        return ""
    stages = {m.group() for m in CAPTION_STAGE.finditer(without_remarks(caption))}
    return stages.pop() if len(stages) == 1 else ""


def area_staged(stage: str, heading: str) -> str:
    """A place row's column heading under its table's stage: 在校生数 → 义务教育在校生数; a
    heading that names its own stage (小学在校生) keeps it."""
    return heading if not stage or CAPTION_STAGE.search(heading) else stage + heading


def staged(stage: str, label: str) -> str:
    """A measure row's label under its table's stage: 学校数 → 小学学校数."""
    return label if not stage or STAGES.search(label) else stage + label


CHANGE_WORDS = frozenset(("增加", "减少", "增长", "下降", "提高", "降低", "上升"))


def signed_heading(heading: str, words: str) -> str:
    """A 增减 column's heading as a cell that writes its direction reads it: 减少13所 under
    比上年增减 is 比上年减少."""
    words = words.strip()
    return heading.replace("增减", words) if words in CHANGE_WORDS and "增减" in heading else heading


# a caption's closing bracket listing the measures of the columns: （学校数｜在校生）
COLUMN_LIST = re.compile(r"[（(]([^（）()]{2,40})[）)]")
COLUMN_SPLIT = re.compile(r"[｜|/／、]|[ \t\u3000]+")
# the label column a caption's list may open with: (学段 学校数 在校生数 比上年增减)
LABEL_COLUMNS = frozenset(("学段", "类别", "指标", "项目", "县区", "县(市、区)", "县（市、区）", "地区", "区域"))
COLUMN_WORD = re.compile(r"[\u4e00-\u9fff]{1,16}")


def caption_columns(caption: str) -> list[str]:
    """The column headings a caption lists in its closing bracket, for rows printed without
    a heading row (表1 …（学校数｜在校生） over 幼儿园：1032所｜19.45万人); [] if none."""
    caption = caption.strip()
    if not caption.endswith(("）", ")")):
        return []
    for m in reversed(list(COLUMN_LIST.finditer(caption))):
        names = [n.strip() for n in COLUMN_SPLIT.split(m.group(1).strip()) if n.strip()]
        if len(names) > 2 and names[0] in LABEL_COLUMNS:
            names = names[1:]
        if (len(names) > 1 and all(COLUMN_WORD.fullmatch(n) for n in names)
                and not any(n.startswith(INCLUDED_REMARK) for n in names)):
            return names           # （学校数、在校生）（单位：所、人）: the list, not the note
    return []


# what a one-column table's caption counts, after its year, place and breakdown (各区县,
# 各县（市、区）): 表1 2023年某市各级各类
# 学校数（单位：所） → 学校数; 表3 2023年某市生均一般公共预算教育事业费（单位：元）
CAPTION_MEASURE = re.compile(r"(?:(?:19|20)\d{2}年)?(?:(?!各|分[县区市旗])[\u4e00-\u9fff]{1,6}?[省市县区旗盟])?"
                             r"(?:[各分](?:县[（(][市区旗、]{1,5}[）)]|乡镇[（(]街道[）)]|乡镇街道|乡镇|街道|[县市区旗]{1,3}))?"
                             r"(?:各级各类学校|各级各类|各级|各类)?(?:教育)?([\u4e00-\u9fff]{1,14}[数费])")


def caption_measure(caption: str) -> str:
    """The measure a numbered caption names as its table's one column (学校数, 在校生数),
    for rows of a label and one number printed under it without a heading row; "" if none."""
    m = CAPTION_NUMBER.match(caption)
    if not m:
        return ""
    m = CAPTION_MEASURE.fullmatch(BRACKET.sub("", caption[m.end():]).strip(" \u3000\t"))
    return m.group(1) if m else ""


# what a one-column table's caption says its rows give, once its year, place, breakdown
# and 情况 are left out: 表2 2023年全市国家财政性教育经费分学段支出情况 → 国家财政性教育经费支出
CAPTION_PHRASE = re.compile(r"(?:(?:19|20)\d{2}年)?(?:(?!各|分[县区市旗])[\u4e00-\u9fff]{1,6}?[省市县区旗盟])?"
                            r"(?:[各分](?:县[（(][市区旗、]{1,5}[）)]|乡镇[（(]街道[）)]|乡镇街道|乡镇|街道|[县市区旗]{1,3}))?"
                            r"(?:(?:各级各类|各级|各类)(?:教育(?=生均))?)?([\u4e00-\u9fff]{2,24}?)(?:基本情况|情况|统计)?")
BREAKDOWN = re.compile(r"分学段|按学段|分类别|分类型|分层次|分区县|分县区")


def caption_phrase(caption: str) -> str:
    """The measure a numbered caption names for its rows of stages or places, in the words
    annotators keep (国家财政性教育经费支出: no year, place, 分学段 or 情况); "" if none."""
    m = CAPTION_NUMBER.match(caption)
    if not m:
        return ""
    m = CAPTION_PHRASE.fullmatch(BRACKET.sub("", caption[m.end():]).strip(" \u3000\t"))
    phrase = BREAKDOWN.sub("", m.group(1)) if m else ""
    return phrase if 2 <= len(phrase) <= 16 else ""


def group_headings(groups: list[str], subs: list[str]) -> list[str]:
    """A heading row of groups over a row of the columns under each (学段 招生 在校生 over
    人数 比上年增减 人数 比上年增减) as one row (学段 招生人数 招生比上年增减 …): each group
    spans as many columns as the row under it has per group, the first cell of the groups
    heading the label column when the row under it leaves it out; [] if the counts do not
    divide so or the groups do not repeat the same columns."""
    for label, heads in ((groups[:1], groups[1:]), ([], groups)):
        if len(heads) < 2 or len(subs) % len(heads) or len(subs) // len(heads) < 2:
            continue
        span = len(subs) // len(heads)
        if subs[:span] != subs[span:2 * span]:
            continue                                   # each group repeats the same columns
        return label + [h + s if not YEAR.fullmatch(s) else s + h
                        for i, h in enumerate(heads) for s in subs[i * span:(i + 1) * span]]
    return []


GROUP_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,16}")


def group_row(words: list[str]) -> bool:
    """Whether a barred row is groups over empty cells they span (学段 | 招生 | | 在校生 |)."""
    return (len(words) >= 3 and "" in words[1:] and bool(words[1])
            and all(GROUP_WORD.fullmatch(g) for g in words[1:] if g))


def spanned_headings(groups: list[str], subs: list[str]) -> list[str]:
    """A barred row of groups, each over empty cells it spans (学段 | 招生 | | 在校生 |),
    over the row of columns (| 人数 | 比上年增减 | 人数 | 比上年增减) as one heading row
    (学段 | 招生人数 | 招生比上年增减 | …); [] unless both rows are so."""
    if (len(groups) != len(subs) or not group_row(groups)
            or not all(GROUP_WORD.fullmatch(BRACKET.sub("", x).strip()) or YEAR.fullmatch(x)
                       for x in subs[1:])):
        return []
    out, group = [groups[0] or subs[0]], ""
    for g, x in zip(groups[1:], subs[1:]):
        group = g or group
        out.append(x + group if YEAR.fullmatch(x) else group + x)
    return out


# a column that only says how the column before it changed, or what share it is
OF_BEFORE = re.compile(r"(?:(?:比上年|比去年|较上年|同比)?(?:增减|增长|增加|减少|提高|下降|增幅|增速|增长率)"
                       r"|占比|比例|比重|所占比例)")


def of_before(headings: list[str]) -> list[str]:
    """Headings with each change or share column after a measure's named as of that measure
    (在校生数 | 比上年增减 → 在校生数比上年增减; 在校生 | 占比 → 在校生占比), as annotators
    name its cells; a column after a year's or a plain value's (金额) is left as it is."""
    out, before = [], ""
    for h in headings:
        name = column_name(h)
        if OF_BEFORE.fullmatch(name) and before:
            out.append(before + h.strip())
            continue
        before = "" if OF_BEFORE.fullmatch(name) else name
        out.append(h)
    return out


def one_column_heading(captions: list[str], label: str) -> str | None:
    """The heading of a table printed as a label and one number a row under its caption
    alone (``captions`` nearest last, ``label`` its first row's), or None if it is none.
    The caption names the rows' measure (表1 …学校数（单位：所） over 小学　431) unless the
    label holds it; else the rows name their own ("") where the label counts in the note's
    one unit (表2 …经费投入情况（单位：万元） over 教育经费总投入　248,653; a stage, 幼儿园,
    is no measure); else the caption's words without year, place, breakdown or 情况 name it
    where they count in the note's unit (表2 …教育经费分学段支出情况（单位：万元） over
    学前教育　71268.4)."""
    caption = joined_caption(captions)
    unit = one_unit(caption)
    measure = caption_measure(caption) if "单位" in caption else ""
    if measure and measure not in label:
        return measure
    if unit and measure_kind(label) == unit and not CAPTION_STAGE.search(label):
        return ""
    phrase = caption_phrase(caption) if unit else ""
    return phrase if phrase and measure_kind(phrase) == unit else None
