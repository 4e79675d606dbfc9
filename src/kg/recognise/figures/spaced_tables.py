"""Figures in a table flattened to lines whose cells stand apart by spaces or tabs, as a
bulletin's table reads once copied out of its page::

    表1 2023年各级各类学校基本情况
    单位：所、人
    学段 学校数 招生数 在校生数
    小学 752 61509 412674

A heading row of words (or years: ``指标 2023年 比上年增减``), or a caption whose bracket
lists the columns (``表1 …（学校数、在校生）``), then rows of a label and one number per
column (``小学：752 61509`` with a colon after the label reads the same; a 单位 column
gives each row its own unit: ``指标 单位 数值`` over ``学校数 所 283``). Each bare number
is a figure in its column's unit (the heading's bracket ``学校数(所)`` or slash ``学校数/所``, the caption's note,
a heading that names its unit ``参赛人数``; see :mod:`.caption_units`), or for rows of
measures under 指标 the unit their label counts in; a row of groups over the columns each
spans (``学段 招生 在校生`` over ``人数 比上年增减 人数 比上年增减``) heads the table as one
row (招生人数, 招生比上年增减, …); it is named by its row's label and its
column's heading as :mod:`.table_cells` says (小学学校数; 学前三年毛入园率比上年增减; a change or
share column after a measure's is of that measure: 小学在校生数比上年增减). A
cell may write its unit (752所); a part row (其中：民办 …) is named without 其中; a label
split over two columns (``普通高中 民办 6 8311``) is one, its qualifier first (民办普通高中);
rows whose labels are measures themselves (``教育经费总投入　248,653``) under a numbered
caption whose note gives their unit (``表2 …投入情况（单位：万元）``) are named by the label,
rows of stages under such a caption by the label and the caption's measure
(``表2 …教育经费分学段支出情况（单位：万元）`` over ``学前教育　71268.4``: 学前教育国家财政性
教育经费支出);
a unit note on the line after the rows (``注：单位为人。``) counts where the caption gives none.

Only that shape is read: a line of prose never has a number alone in every cell after its
first, under a row of headings, so years, dates and section numbers in prose are left
alone."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ...spans import line_spans
from ..numbers import NumberToken
from .caption_units import (bracket_slash_unit, column_unit, heading_unit, measure_kind, note_units,
                            paired_columns, table_units, unit_word)
from .patterns import MAX_METRIC, MAX_WHOLE_METRIC
from .scan import Candidate
from .table_cells import (CAPTION_NUMBER, MEASURE_ROWS, STAGE_COLUMN_MEASURE, STAGES, YEAR, area_staged, caption_area_stage,
                          caption_columns, caption_phrase, caption_stage, cell_metric, group_headings, of_before,
                          one_column_heading, several_years, staged, without_remarks)

_HAN = "\u4e00-\u9fff"
GAP = re.compile(r"[ \t\u3000]+")
COMMA_CELLS = re.compile(r"\s*[,，]\s*")
# a row label or a heading: words, with a bracket inside or after (县（市、区）, 学校数(所))
WORDS = re.compile(rf"[{_HAN}](?:[{_HAN}A-Za-z、]|[（(][^（）()\s]{{1,12}}[）)]){{0,23}}")
# half- or full-width digits, thousands separators: 248,653 or １２０３４, a share or a ratio: 16.2:1
NUMBER = re.compile(r"[-－−+＋]?[0-9０-９][0-9０-９,，.．]*(?:[%％]|[:：]1)?")
BARE_NUMBER = re.compile(r"[-－−+＋]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?")
# a cell that writes its unit too: 752所, 41.27万人
NUMBER_UNIT = re.compile(rf"(?:[-－−+＋]|[增减])?[0-9０-９][0-9０-９,，.．]*(?:[万亿]?[{_HAN}]{{1,3}}|%|‰)")
# a part row: 其中：民办 31 20456
PART = re.compile(r"^其中[：:]?")
EMPTY = frozenset("-－—…/／")          # a cell left empty
LABEL_COLON = re.compile(rf"[{_HAN}][^\s：:|｜]{{0,19}}[：:](?=[\s0-9０-９+＋-])")
MINUS = "-－−"
# a unit bracket standing alone among the headings: 在校生 （人）
UNIT_CELL = re.compile(r"[（(][^（）()\s]{1,6}[）)]")
# a unit note on its own line, under the headings: （单位：人）
UNIT_NOTE = re.compile(r"\s*[（(]?单位[：:]")
MAX_LINE = 160
# a column that gives each row's unit: 指标 单位 数值 over 学校数 所 283
UNIT_HEADS = frozenset(("单位", "计量单位"))
UNIT_WORD = re.compile(rf"[万亿千]?[{_HAN}]{{1,3}}|[%％‰]|[:：]1")
# who runs a school or where it stands, written in a label column of its own after the
# stage it qualifies (普通高中 民办 6 8311): it opens the row's label (民办普通高中)
QUALIFIERS = frozenset(("公办", "民办", "城区", "镇区", "乡村", "农村", "城镇"))
# a unit note standing after the table: 注：单位为人。, （单位：所）
AFTER_NOTE = re.compile(r"\s*(?:注[：:]\s*)?[（(]?单位(?:为|[：:])\s*([^（）()，,。；;\s]{1,12})[）)]?[。.]?\s*")


@dataclass
class Table:
    """A spaced table: its value columns' headings, the caption lines before it (nearest
    last), and its rows as (label, value cell spans)."""
    headings: list[str]
    notes: list[str]
    rows: list[tuple[str, list[tuple[int, int]]]] = field(default_factory=list)
    row_heading: str = ""             # the label column's heading (学段, 指标), if printed
    row_units: dict[int, str] = field(default_factory=dict)   # row → its 单位 cell (所, 万人)


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of text[a:b]: apart by spaces or tabs, and after a label's colon."""
    while a < b and text[a] in " \t\u3000":
        a += 1
    cells = []
    m = LABEL_COLON.match(text, a, b)
    if m:
        cells.append((a, m.end() - 1))
        a = m.end()
        pieces = COMMA_CELLS.split(text[a:b].rstrip("。；; \t\u3000"))
        if len(pieces) > 1 and all(NUMBER_UNIT.fullmatch(p) or NUMBER.fullmatch(p) for p in pieces):
            # 都安瑶族自治县:318所,10.52万人: cells apart by commas after the label's colon
            pos = a
            for p in pieces:
                at = text.index(p, pos, b)
                cells.append((at, at + len(p)))
                pos = at + len(p)
            return cells
    line = text[a:b]
    if line.count(",") >= 2 and not GAP.search(line.strip()):
        # 学段,学校数,招生数 over 小学,46,6138: a table copied out with half-width commas
        pieces = line.rstrip("。；; \t\u3000").split(",")
        if WORDS.fullmatch(pieces[0]) and all(WORDS.fullmatch(p) or YEAR.fullmatch(p) or BARE_NUMBER.fullmatch(p)
                                              for p in pieces[1:]):
            pos = a
            for p in pieces:
                cells.append((pos, pos + len(p)))
                pos += len(p) + 1
            return cells
    start = a
    for gap in GAP.finditer(text, a, b):
        if gap.start() > start:
            cells.append((start, gap.start()))
        start = gap.end()
    if b > start:
        cells.append((start, b))
    return cells


def _join_units(cells: list[tuple[int, int]], words: list[str]) -> list[tuple[int, int]]:
    """A heading row's cells with a bracket standing alone joined to the heading before."""
    out = [cells[0]]
    for cell, word in zip(cells[1:], words[1:]):
        if UNIT_CELL.fullmatch(word):
            out[-1] = (out[-1][0], cell[1])
        else:
            out.append(cell)
    return out


def _heading_row(words: list[str]) -> bool:
    words = [GAP.sub("", w) for w in words]
    # a year column may carry its unit: 2023年(万元)
    return len(words) >= 2 and all(WORDS.fullmatch(w) or YEAR.fullmatch(UNIT_CELL.sub("", w))
                                   for w in words)


def _value_row(words: list[str]) -> bool:
    return (len(words) >= 2 and WORDS.fullmatch(PART.sub("", words[0], count=1)) is not None
            and all(NUMBER.fullmatch(w) or NUMBER_UNIT.fullmatch(w) or w in EMPTY
                    for w in words[1:])
            and any(NUMBER.fullmatch(w) or NUMBER_UNIT.fullmatch(w) for w in words[1:]))


def _one_column(notes: list[str], first: str, cells: list[tuple[int, int]], cell: str) -> Table | None:
    """A table of a label and one number a row under its caption alone (see
    :func:`.table_cells.one_column_heading`), or None. Stage rows whose cells write their unit
    under a numbered caption with no unit note (表2 …各级教育生均一般公共预算教育事业费 over
    普通初中: 19420元) are the caption's measure of each stage."""
    label = PART.sub("", first, count=1).rstrip("：:")
    heading = one_column_heading(notes, label)
    if heading is None and notes and CAPTION_NUMBER.match(notes[-1]) and STAGES.fullmatch(label):
        phrase = caption_phrase(notes[-1])
        if phrase and NUMBER_UNIT.fullmatch(cell) and measure_kind(phrase) == cell[-1]:
            heading = phrase
    return None if heading is None else Table([heading], notes, [(label, cells)])


def find_spaced_tables(text: str) -> list[Table]:
    """Every spaced table of ``text``: a heading row over one row or more (a unit note
    may stand between them), with the two lines before as its caption."""
    tables: list[Table] = []
    notes: list[str] = []                 # the last lines outside tables, nearest last
    heads: list[str] | None = None        # a heading row waiting for its first row
    head_notes: list[str] = []
    table: Table | None = None
    unit_col = 0                          # the heading row's 单位 column, if it has one
    group = ""                            # the stage a split label's qualifiers stand under
    for a, b in line_spans(text):
        line = text[a:b]
        if table is None:
            group = ""
        if not line.strip() or len(line) > MAX_LINE or "|" in line or "｜" in line:
            table = heads = None
            if line.strip():
                notes = (notes + [line])[-2:]
            continue
        trail = TRAILING_CHANGE.search(line)
        cells = _cells(text, a, a + trail.start() if trail else b)   # 小学 11237，比上年增长2.14%
        words = [text[x:y] for x, y in cells]
        if len(cells) > 2 and any(UNIT_CELL.fullmatch(w) for w in words[1:]):
            cells = _join_units(cells, words)       # 在校生 （人） → one heading
            words = [text[x:y] for x, y in cells]
        if any("/" in w or "／" in w for w in words[1:]):
            words = [bracket_slash_unit(w) for w in words]   # 学校数/所 → 学校数（所）
        if len(words) > 2 and words[1] in QUALIFIERS and WORDS.fullmatch(words[0]):
            group = words[0]                        # 普通高中 民办 6 8311 → 民办普通高中
            words = [words[1] + group] + words[2:]
            cells = [(cells[0][0], cells[1][1])] + cells[2:]
        elif group and table is not None and words and words[0] in QUALIFIERS:
            words = [words[0] + group] + words[1:]  # 公办 21 40512 under it
        row_unit = ""
        if (unit_col and (heads is not None or table is not None) and len(words) > unit_col
                and UNIT_WORD.fullmatch(words[unit_col])):
            row_unit = words[unit_col]                  # 学校数 所 283: the row's unit
            words = words[:unit_col] + words[unit_col + 1:]
            cells = cells[:unit_col] + cells[unit_col + 1:]
        if table is not None:
            if _value_row(words) and len(words) == len(table.headings) + 1:
                if row_unit:
                    table.row_units[len(table.rows)] = row_unit
                table.rows.append((PART.sub("", words[0], count=1), cells[1:]))
                continue
            after = AFTER_NOTE.fullmatch(line)
            if after:                 # 注：单位为人 under the rows: read where no caption says
                table.notes = ["单位：" + after.group(1)] + table.notes
            table = None
        if heads is not None:
            if _value_row(words) and len(words) in (len(heads), len(heads) + 1):
                table = Table(heads[len(heads) + 1 - len(words):], head_notes,
                              [(PART.sub("", words[0], count=1), cells[1:])],
                              heads[0] if len(words) == len(heads) else "",
                              {0: row_unit} if row_unit else {})
                tables.append(table)
                heads = None
                continue
            if UNIT_NOTE.match(line):
                head_notes = head_notes + [line]      # 单位：… under the headings
                # (or under a caption that read as headings: 第三部分 分乡镇学校情况)
                notes = (notes + [line])[-2:]
                continue
            if _heading_row(words) or (len(words) == 1 and WORDS.fullmatch(words[0])):
                joined = group_headings(heads, [GAP.sub("", w) for w in words])
                if joined:                             # 招生 在校生 over 人数 比上年增减 …
                    heads = joined
                    continue
            heads = None
        if table is None and notes and _value_row(words):
            listed = caption_columns(notes[-1]) or paired_columns(notes[-1])
            # 表1 …（学校数、在校生） or （学校数单位：所；在校生单位：人） over rows
            if len(listed) == len(words) - 1:
                table = Table(listed, notes, [(PART.sub("", words[0], count=1), cells[1:])])
                tables.append(table)
                continue
            if len(words) == 2:
                table = _one_column(notes, words[0], cells[1:], words[1])
                if table is not None:
                    tables.append(table)
                    continue
        if _heading_row(words):
            heads, head_notes = [GAP.sub("", w) for w in words], notes
            unit_col = next((i for i, h in enumerate(heads) if i and h in UNIT_HEADS), 0)
            if unit_col:
                heads = heads[:unit_col] + heads[unit_col + 1:]
        notes = (notes + [line])[-2:]
    return [t for t in tables if len(t.headings) > 1 or len(t.rows) > 1]


def spaced_table_units(text: str, results: dict[int, Candidate], bare: dict[int, NumberToken],
                       units) -> None:
    """Add to ``results`` each bare number alone in a cell of a spaced table whose column
    has a unit; a minus sign before it makes it a fall (比上年增减 -0.30), a plus sign
    is kept in its raw text (+1.12)."""
    if not bare:
        return
    tables = find_spaced_tables(text)
    if not tables:
        return
    by_start = {tok.start: idx for idx, tok in bare.items()}
    for t in tables:
        cols = table_units(t.headings, t.notes, units)
        listed = note_units(t.notes, units) if t.row_heading in MEASURE_ROWS else []
        for i, (label, cells) in enumerate(t.rows):
            # rows of measures (学校数, 招生数) take the unit their own label counts in
            # (在校生(万人) 41.2 41.9 under 指标 2022年 2023年: the label's own bracket)
            row = heading_unit(label, units)
            if i in t.row_units:                # 学校数 所 283 under 指标 单位 数值
                row = unit_word(t.row_units[i], units) or row
            if not row[0] and listed:
                row = column_unit(label, listed)
            for (a, b), (unit, scale) in zip(cells, cols):
                unit, scale = (unit, scale) if unit and i not in t.row_units else row
                sign = 1
                start = a
                if text[a] in MINUS:
                    sign, a = -1, a + 1
                elif text[a] in "+＋":
                    a += 1
                idx = by_start.get(a)
                if not unit or idx is None or idx in results or bare[idx].end != b:
                    continue
                tok = bare[idx]
                results[idx] = Candidate(start, tok.end, Decimal(sign) * tok.value * scale,
                                         unit, tok.approx)


# a change written after a row's number: 小学 11237，比上年增长2.14%
TRAILING_CHANGE = re.compile(r"(?:[，,]|[ \t\u3000]{2,}|[ \t\u3000](?=比上年|较上年|同比|比去年|较去年))"
                             r"\s*(?:比上年|较上年|同比|比去年|较去年)?(?:增长|下降|增加|减少|提高|降低)"
                             r"[0-9.]+(?:%|％|个百分点)?[。；;]?\s*$")


SPENDING = ("经费", "经费总投入", "支出")
MAX_STAGE_LABEL = 8
PER_PUPIL = re.compile(r"生均[\u4e00-\u9fff]{2,12}?(?:经费|事业费)")


def _caption_per_pupil(notes: list[str]) -> str:
    """The per-pupil spending a numbered caption names in full, or ""."""
    for n in reversed(notes):
        if CAPTION_NUMBER.match(n):
            m = PER_PUPIL.search(without_remarks(n))
            return m.group() if m and m.group() != "生均经费" else ""
    return ""


def _per_pupil_heading(heading: str, per_pupil: str) -> str:
    """A column headed by a short form of the caption's per-pupil spending (生均经费,
    生均教育事业费 under 生均一般公共预算教育事业费) is headed by the caption's full name."""
    short = PER_PUPIL.match(heading)
    if heading.startswith("生均经费"):
        return per_pupil + heading[4:]
    if short and short.group() != per_pupil and per_pupil.endswith(short.group()[-3:]):
        return per_pupil + heading[short.end():]
    return heading


def _caption_measure(notes: list[str]) -> str:
    """The one measure a numbered caption names for columns that are only stages, or ""."""
    for n in reversed(notes):
        if CAPTION_NUMBER.match(n):
            found = {m.group() for m in STAGE_COLUMN_MEASURE.finditer(without_remarks(n))}
            return found.pop() if len(found) == 1 else ""
    return ""


def name_spaced_tables(text: str, figs: list[Candidate]) -> None:
    """Name each figure in a value cell of a spaced table by row label and column heading."""
    tables = find_spaced_tables(text)
    if not tables:
        return
    by_start = {f.start: f for f in figs}
    for t in tables:
        stage = next((s for n in reversed(t.notes) if (s := caption_stage(n, t.row_heading))), "")
        area_stage = next((s for n in reversed(t.notes)
                           if (s := caption_area_stage(n, t.row_heading))), "")
        years = several_years(t.headings)
        headings = t.headings if t.row_heading in MEASURE_ROWS else of_before(t.headings)
        per_pupil = _caption_per_pupil(t.notes)
        if per_pupil:               # 表3 …生均一般公共预算教育经费 over 学段 生均经费: the caption's name
            headings = [_per_pupil_heading(h.strip(), per_pupil) for h in headings]
        measure = _caption_measure(t.notes) if all(STAGES.fullmatch(h.strip()) for h in headings) else ""
        if measure:                   # 表1 …义务教育在校生情况 over 县(市、区) 小学 初中: 小学在校生
            headings = [h.strip() + measure for h in headings]
        # 表3 …生均一般公共预算教育事业费 over 学段 2023年 2022年 增长率: each stage row is the
        # caption's spending of that stage, by year
        rows_spend = per_pupil if per_pupil and not any("生均" in h for h in headings) else ""
        # 一般公共预算教育经费 … over 其中：学前教育 14,278: a stage among rows of spending is
        # the stage's spending (学前教育经费)
        spending = t.row_heading in MEASURE_ROWS and any(l.endswith(SPENDING) for l, _ in t.rows)
        for label, cells in t.rows:
            metric = ""
            if rows_spend and STAGES.fullmatch(label.strip()):
                label = label.strip() + rows_spend
            elif spending and label.endswith("教育") and len(label) <= MAX_STAGE_LABEL:
                label = label + "经费"
            for (a, _), heading in zip(cells, headings):
                f = by_start.get(a) or (by_start.get(a + 1) if text[a:a + 1] in "增减" else None)   # 增842人
                metric = cell_metric(staged(stage, label), area_staged(area_stage, heading), years)
                if f is not None and len(metric) <= (MAX_WHOLE_METRIC if per_pupil else MAX_METRIC):
                    f.metric = metric
            if len(cells) == 1 and metric:
                # 小学 11237，比上年增长2.14%: the change written after the row's one cell is of it
                line_end = text.find("\n", cells[-1][1])
                for f in figs:
                    if cells[-1][1] < f.start < (line_end if line_end >= 0 else len(text)) \
                            and not f.metric.startswith(metric):
                        change = f.metric[len(label):] if f.metric.startswith(label) else f.metric
                        if len(metric) + len(change) <= MAX_WHOLE_METRIC:
                            f.metric = metric + change
