"""Figures in a table written with bars (``学段 | 专任教师(人) | 本科及以上学历占比`` over
``小学 | 13806人 | 78.9%``, with or without outer bars and a ``|---|`` rule row): each
cell's figure measures its column's heading for its row's label (小学专任教师,
小学本科及以上学历占比), as :mod:`.table_cells` names table cells. A column whose heading
gives the unit in brackets (``在校生(万人)``) or after a slash (``学校数/所``), or that the caption's note gives one
(:mod:`.caption_units`), makes each bare number of its cells a figure in that unit, scaled
by its 万/亿; rows of measures under 指标 take the unit their label counts in. Rows printed
without a heading row are named by the columns the caption's bracket lists, else by their
label, the heading line over them and the cell's own words; one number a row under a
caption whose note gives one unit (``教育经费总投入 | 248,653`` under ``表2 …（单位：万元）``)
takes that unit, named as :func:`.table_cells.one_column_heading` says."""
from __future__ import annotations

import re
from decimal import Decimal

from ...spans import SpanIndex, line_spans
from ..numbers import NumberToken
from .caption_units import bracket_slash_unit, column_unit, heading_unit, note_units, table_units
from .patterns import MAX_METRIC
from .scan import Candidate
from .table_cells import (MEASURE_ROWS, STAGES, YEAR, area_staged, caption_area_stage, caption_columns,
                          caption_stage, cell_metric, group_row, one_column_heading, several_years,
                          signed_heading, spanned_headings, staged)

BAR = re.compile(r"\s*[|｜]\s*")
PAREN = re.compile(r"[（(][^（）()]{0,12}[）)]")
WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,16}")
# a line that only rules the table: |---|:---:|
RULE_ROW = re.compile(r"[\s|｜:：\-—=+]+")
BRACKETED = re.compile(r"[（(][^（）()\n]{0,40}[）)]")
# a row label with a colon in the first cell: 幼儿园：1032所
LABEL_COLON = re.compile(r"\s*[\u4e00-\u9fff]{1,16}[：:]")
# a heading line over the rows that names what they measure: 生均一般公共预算教育事业费：
TOPIC_LINE = re.compile(r"([\u4e00-\u9fff]{2,16})[：:]")


def barred(line: str) -> bool:
    """Whether a line is a row of a barred table: bars outside brackets (a caption's
    bracket may list its columns: 各级各类学校基本情况（学校数｜在校生）)."""
    if "|" not in line and "｜" not in line:
        return False
    line = BRACKETED.sub("", line)
    return "|" in line or "｜" in line


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the line text[a:b], as spans without the bars and spaces (and without
    the outer bars a line may open and close with: ``| 小学 | 752 |``)."""
    while a < b and text[a] in " \t\u3000":
        a += 1
    while b > a and text[b - 1] in " \t\u3000\r":
        b -= 1
    if a < b and text[a] in "|｜":
        a += 1
    if b > a and text[b - 1] in "|｜":
        b -= 1
    cells, start = [], a
    for m in BAR.finditer(text, a, b):
        cells.append((start, m.start()))
        start = m.end()
    cells.append((start, b))
    return cells


def name_pipe_tables(text: str, figs: list[Candidate]) -> None:
    """Name each figure in a cell of a barred table by its row label and column heading."""
    if "|" not in text and "｜" not in text:
        return
    header: list[str] | None = None
    stage = ""                        # the stage a caption names over rows of measures
    stage_columns = False             # rows of measures under columns of stages
    area_stage = ""                   # the stage a caption names over rows of places
    by_start = SpanIndex(figs)
    befores = [""]                    # the last lines before the table, nearest last
    years = False
    above: list[str] = []             # the row before, if it had no figure: maybe groups
    for pos, end in line_spans(text):
        line = text[pos:end]
        if not barred(line):
            header, above = None, []
            if line.strip():
                befores = (befores + [line.strip()])[-2:]
            continue
        if RULE_ROW.fullmatch(line):
            continue                  # |---|---| under the headings
        mine = by_start.starting_in(pos, end)
        for f in mine:
            if BAR.search(f.metric):
                # a cell's own words, not the bar before it: 小学 | 毕业生1.9万人 → 毕业生
                f.metric = BAR.split(f.metric)[-1].strip()
        cells = _cells(text, pos, end)
        if not mine:
            words = [bracket_slash_unit(text[a:b].strip()) for a, b in cells]
            # 学段 | 招生 | | 在校生 | over | 人数 | 比上年增减 | …: one heading row
            header = (spanned_headings(above, words) or
                      (words if _word_row(text, cells) else None))
            above = words
            stage = next((s for c in reversed(befores) if (s := caption_stage(c, header[0]))),
                         "") if header else ""
            # 指标 | 小学 | 初中 over 校舍建筑面积（万平方米）: each column is a stage, which
            # opens the name of its cells (小学校舍建筑面积), and the caption's stage is none
            stage_columns = bool(header) and header[0] in MEASURE_ROWS and len(header) > 2 \
                and all(STAGES.fullmatch(h) for h in header[1:])
            if stage_columns:
                stage = ""
            area_stage = next((s for c in reversed(befores)
                               if (s := caption_area_stage(c, header[0]))), "") if header else ""
            years = several_years(header) if header else False
        elif header is not None and len(cells) == len(header):
            above = []
            label = text[cells[0][0]:cells[0][1]].strip()
            if stage or stage_columns:   # a row of measures names its unit apart: 学校数(所)
                label = PAREN.sub("", label).strip() or label
            if WORD.fullmatch(label):
                for f in mine:
                    col = next((c for c, (a, b) in enumerate(cells) if a <= f.start < b), 0)
                    heading = signed_heading(header[col], text[cells[col][0]:f.start])
                    if stage_columns:
                        metric = heading.strip() + label
                    else:
                        metric = cell_metric(staged(stage, label), area_staged(area_stage, heading),
                                             years)
                    if col and len(metric) <= MAX_METRIC:
                        f.metric = metric
        elif header is None:
            above = []
            _name_headless_row(text, cells, mine, befores)
        else:
            above = []


def _name_headless_row(text: str, cells: list[tuple[int, int]], mine: list[Candidate],
                       befores: list[str]) -> None:
    """A row of a barred table printed without a heading row (``民办小学 | 6所 | 在校生0.57万人``,
    ``幼儿园：1032所｜19.45万人``): its cells take their names from the measures the caption's
    bracket lists (表1 …（学校数｜在校生）), else from the row label, the heading line over the
    rows (生均一般公共预算教育事业费：) and the cell's own words (在校生, 增长)."""
    a0, b0 = cells[0]
    head = LABEL_COLON.match(text, a0, b0)
    label = (text[a0:head.end() - 1] if head else text[a0:b0]).strip()
    if not WORD.fullmatch(label):
        return
    values = ([(head.end(), b0)] if head else []) + cells[1:]
    before = befores[-1]
    names = caption_columns(before)
    if len(names) != len(values):
        names = []
    one = one_column_heading(befores, label) if not names and len(values) == 1 else None
    if one:                           # 学前教育 | 71268.4 under 表2 …分学段支出情况（单位：万元）
        names = [one]
    topic = TOPIC_LINE.fullmatch(before)
    topic_words = topic.group(1) if topic else ""
    for f in mine:
        k = next((i for i, (a, b) in enumerate(values) if a <= f.start < b), None)
        if k is None:
            continue
        own = f.metric if f.metric and f.metric in text[values[k][0]:f.start] else ""
        if names:
            metric = cell_metric(label, names[k])
        else:
            metric = label + topic_words + own
            if len(metric) > MAX_METRIC:
                metric = label + own
        if len(metric) <= MAX_METRIC:
            f.metric = metric


def _word_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a barred line is a row of headings: words (or a year) after its first cell."""
    names = [bracket_slash_unit(text[a:b].strip()) for a, b in cells[1:]]
    return bool(names) and all(WORD.fullmatch(PAREN.sub("", n).strip()) or YEAR.fullmatch(n)
                               for n in names)


def pipe_table_units(text: str, results: dict[int, Candidate], bare: dict[int, NumberToken],
                     units) -> None:
    """Add to ``results`` each bare number that fills a cell of a barred table whose
    column heading gives the unit: ``学段 | 学校数(所) | 在校生(万人)`` over ``小学 | 403 | 31.27``."""
    if not bare or ("|" not in text and "｜" not in text):
        return
    by_start = {tok.start: idx for idx, tok in bare.items()}
    header: list[tuple[str, int]] | None = None
    row_listed: list[tuple[str, int]] = []   # the note's units, for rows of measures
    captions: list[str] = []          # the last lines before the table, nearest last
    in_measures = False               # the header is 指标 | 2022年 | …, over rows of measures
    above: list[str] = []             # a row of groups over the headings (招生 | | 在校生 |)
    for pos, end in line_spans(text):
        if not barred(text[pos:end]):
            header, in_measures, above = None, False, []
            if text[pos:end].strip():
                captions = (captions + [text[pos:end]])[-2:]
            continue
        cells = _cells(text, pos, end)
        listed: list[tuple[str, int]] = []
        measure_rows = False          # 指标 | 2022年 | 2023年: each row's label gives its unit
        words = [bracket_slash_unit(text[a:b].strip()) for a, b in cells]
        joined = spanned_headings(above, words) if header is None else []
        above = []
        if header is None and not joined and group_row(words):
            above = words             # a row of groups: the captions wait for the row under it
            continue
        if header is None and (joined or _word_row(text, cells)):
            # a caption's note gives the columns left without one
            heads = joined or words
            cols = [heading_unit(heads[0], units)]
            cols += table_units(heads[1:], captions, units)
            if text[cells[0][0]:cells[0][1]].strip() in MEASURE_ROWS:
                listed = note_units(captions, units)
                measure_rows = True
        elif header is not None and in_measures:
            cols = []                 # 学校数(所) | 55 | 54: a row of measures, not headings
        else:
            cols = [heading_unit(text[a:b], units) for a, b in cells]
        if header is None and len(cells) == 2 and not any(u for u, _ in cols):
            # 教育经费总投入 | 248,653 under 表2 …（单位：万元）: one column the caption heads
            one = one_column_heading(captions, words[0])
            if one is not None:
                header = [("", 1)] + table_units([one], captions, units)
                row_listed, in_measures = [], False
        captions = []
        if any(u for u, _ in cols) or listed or measure_rows:
            header, row_listed, in_measures = cols, listed, measure_rows
            continue
        if header is None or len(cells) != len(header):
            continue
        # rows of measures (学校数 | 407 | -13) take the unit their own label counts in
        label = text[cells[0][0]:cells[0][1]].strip()
        row = heading_unit(label, units)
        if not row[0] and row_listed:
            row = column_unit(label, row_listed)
        for (a, b), (unit, scale) in zip(cells, header):
            unit, scale = (unit, scale) if unit else row
            while a < b and text[a].isspace():
                a += 1
            start, sign = a, 1
            if a + 1 < b and text[a] in "-－−" and a != cells[0][0]:
                sign, a = -1, a + 1   # 比上年增减 | -412: a fall
            idx = by_start.get(a)
            if not unit or idx is None or idx in results or a == cells[0][0]:
                continue
            tok = bare[idx]
            if text[tok.end:b].strip():
                continue
            results[idx] = Candidate(start, tok.end, Decimal(sign) * tok.value * scale, unit,
                                     tok.approx)
