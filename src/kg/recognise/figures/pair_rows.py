"""Figures in rows that write each number after its own word, under a numbered caption
whose note gives the units, as a bulletin prints a small table flattened to lines::

    表1 2023年各县区义务教育学校数和在校生数(单位:所,人)
    甲县:学校21,在校生15326
    表2 2023年高中阶段教育主要指标（单位：人、%）
    普通高中 在校生 21100 占比 71.7

The note may stand on a line of its own under the caption (单位：所、人). A row is a label
(a place or a stage), a colon or a space, then one or more word-number
pairs apart by commas, semicolons or spaces. Each number takes the unit of what its word
counts among the note's units (学校 in 所, 在校生 in 人, 占比 in %), unless the cell writes
its own (学校21所), and is named by the
row's label, the caption's one school stage where the row is a place and the word names
none (甲县义务教育…, but 甲县幼儿园数), and its
word as the caption writes it (学校 → 学校数 where the caption says 学校数); a share or a
change (占比, 增长) is of the word before it (普通高中在校生占比)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ...spans import line_spans
from ..numbers import NumberToken
from .caption_units import caption_pairs, joined_caption, note_units, paired_units, shared_out
from .patterns import MAX_METRIC, SCHOOL_STAGES, SECTION_NUMBER
from .scan import Candidate
from .table_cells import CAPTION_NUMBER, CAPTION_STAGE, STAGE_COLUMN_MEASURE, area_staged, caption_phrase, without_remarks

_HAN = "\u4e00-\u9fff"
_SP = "[ \\t\\u3000]*"
# a row's label, a remark in brackets after it left out of its name: 甲区(含新区):
LABEL = re.compile(rf"{_SP}([{_HAN}][{_HAN}A-Za-z]{{0,11}}?)(?:[（(][^（）()]{{1,12}}[）)])?"
                   rf"(?:{_SP}[：:]{_SP}|[ \t\u3000]+)(?=[{_HAN}])")
# a word and its number, which may write its unit (学校21所, 在校生1.53万人, 占比71.7%)
PAIR = re.compile(rf"([{_HAN}]{{1,8}}){_SP}([-+－＋]?[0-9０-９]+(?:[,，][0-9０-９]{{3}})*(?:[.．][0-9０-９]+)?)"
                  rf"(?:[%％‰]|[万亿]?[{_HAN}]{{1,2}})?")
SEP = re.compile(rf"{_SP}[，,；;、|｜]{_SP}|[ \t\u3000]+")
PIPE_ROW = re.compile(r"[0-9０-９][ \t\u3000]*[|｜]")
NO_LABEL = re.compile(rf"{_SP}()")
SIGNS = "-－+＋"
END = re.compile(rf"{_SP}[。；;]?{_SP}$")
MAX_LINE = 120
# a line of column headings with no caption: 县(区) 学校数 在校生 专任教师; rows under it whose
# numbers write their own units are pair rows too
HEADER = re.compile(rf"{_SP}[{_HAN}（）()]{{1,12}}(?:[ \t\u3000]+[{_HAN}（）()]{{1,12}}){{2,}}{_SP}$")
UNIT_AFTER = re.compile(rf"[%％‰]|[万亿]?[{_HAN}]")
# words that measure the word before them: 在校生 21100 占比 71.7 → 在校生占比
OF_BEFORE = ("占比", "比例", "比重", "增长", "增幅", "下降")
CHANGE_OF_BEFORE = re.compile(r"(?:比上年|较上年|同比)?(?:增减|增长|下降|增加|减少)(?:数|率|幅度)?")
# what a place's row counts where no caption stands over it (港北区: 学校386所, 在校生22.84万人)
AREA_MEASURES = ("学校", "学校数", "在校生", "在校生数", "在校学生", "专任教师", "教职工", "招生", "毕业生",
                 "在园幼儿", "幼儿园", "学位")
STAGE_LABEL = re.compile(SCHOOL_STAGES)
# what a place's name ends with: a row of places takes the caption's school stage
# (a town's row too: 泽当镇 学校16所 在校生7840人; 北城街道 学校9 under …义务教育… → 北城街道义务教育学校数)
PLACE_END = ("区", "县", "市", "旗", "盟", "镇", "乡", "街道")
# a numbered section heading that ends with its unit note heads rows as a caption does
NOTED_SECTION = re.compile(rf"\s*{SECTION_NUMBER}\s*[{_HAN}、（）()]{{2,30}}?[（(]单位[：:][^（）()]{{1,12}}[）)]{_SP}$")


@dataclass
class PairRow:
    """One row: its label and its (word, number start, number end) pairs, with the caption
    lines it stands under."""
    label: str
    pairs: list[tuple[str, int, int]]
    caption: str


def _row(text: str, a: int, b: int) -> PairRow | None:
    m = LABEL.match(text, a, b)
    if not m:
        # 幼儿园 8,215 | 小学 11,036 | …: a line of stages and numbers, no label of its own
        if not PIPE_ROW.search(text, a, b):
            return None
        m = NO_LABEL.match(text, a, b)
    pos, pairs = m.end(), []
    while pos < b:
        p = PAIR.match(text, pos, b)
        if not p:
            return None
        pairs.append((p.group(1), p.start(2), p.end(2)))
        pos = p.end()
        if END.match(text, pos, b):
            break
        s = SEP.match(text, pos, b)
        if not s:
            return None
        pos = s.end()
    if not pairs or not END.match(text, pos, b):
        return None
    return PairRow(m.group(1), pairs, "")


def find_pair_rows(text: str) -> list[PairRow]:
    """Every pair row of ``text`` right under a numbered caption (or under such rows)."""
    rows: list[PairRow] = []
    caption, before, header = "", "", ""
    for a, b in line_spans(text):
        if b - a > MAX_LINE or not text[a:b].strip():
            caption = before = header = ""
            continue
        row = _row(text, a, b)
        if row is not None and (caption or (_self_united(text, row) and (
                header or ((row.label.endswith(PLACE_END) or STAGE_LABEL.fullmatch(row.label)) and len(row.pairs) >= 2
                           and all(w.endswith(AREA_MEASURES) for w, _, _ in row.pairs))))):
            # (港北区: 学校386所, 在校生22.84万人: a place's row needs no caption when its cells
            # write their units)
            row.caption = caption or header
            rows.append(row)
            continue
        line = text[a:b]
        joined = joined_caption([before, line])       # 表1 … / 单位：所、人
        caption = joined if CAPTION_NUMBER.match(joined) and "单位" in joined else ""
        if not caption and NOTED_SECTION.match(line):
            caption = line           # 三、各乡镇义务教育在校生分布（单位：人）
        header = line if HEADER.match(line) else ""
        before = line
    return rows


def _self_united(text: str, row: PairRow) -> bool:
    """Every number of the row writes its own unit (学校498所 在校生24.67万人)."""
    return all(UNIT_AFTER.match(text, b) for _, _, b in row.pairs)


def pair_row_units(text: str, results: dict[int, Candidate], bare: dict[int, NumberToken],
                   units) -> None:
    """Add to ``results`` each bare number of a pair row whose word the caption's note
    gives a unit for."""
    if not bare:
        return
    rows = find_pair_rows(text)
    if not rows:
        return
    by_start = {tok.start: idx for idx, tok in bare.items()}
    for row in rows:
        listed = note_units([row.caption], units)
        words = [w for w, _, _ in row.pairs]
        if listed:
            cols = shared_out(words, listed)
        else:       # （学校数单位:所;在校生数、增减数单位:人）: a unit for each pair of words
            pairs = caption_pairs(row.caption, units)
            if not pairs:
                continue
            cols = paired_units([_caption_word(row.caption, w) for w in words], pairs)
            # (a change, 比上年增减 -1175, counts in the unit of what it changes)
            cols = [prev if not col[0] and i and CHANGE_OF_BEFORE.fullmatch(w) else col
                    for i, (w, col, prev) in enumerate(zip(words, cols, [("", 1)] + cols))]
        for (_, a, b), (unit, scale) in zip(row.pairs, cols):
            signed = text[a] in SIGNS
            idx = by_start.get(a) if not signed or a in by_start else by_start.get(a + 1)
            if not unit or idx is None or idx in results or bare[idx].end != b:
                continue
            tok = bare[idx]
            value = -tok.value if text[a] in "-－" and bare[idx].start == a + 1 else tok.value
            results[idx] = Candidate(a, b, value * Decimal(scale), unit, tok.approx)


def _caption_word(caption: str, word: str) -> str:
    """The word as the caption writes its measure: 学校 → 学校数 under …学校数和在校生数."""
    return word + "数" if word + "数" in without_remarks(caption) else word   # (not its unit note's words)


def name_pair_rows(text: str, figs: list[Candidate]) -> None:
    """Name each figure of a pair row by its label, the caption's stage and its word."""
    rows = find_pair_rows(text)
    if not rows:
        return
    by_start = {f.start: f for f in figs}
    for row in rows:
        stages = {m.group() for m in CAPTION_STAGE.finditer(row.caption)}
        stage = stages.pop() if len(stages) == 1 and row.label.endswith(PLACE_END) else ""
        if CAPTION_STAGE.search(row.label):
            stage = ""
        measures = {m.group() for m in STAGE_COLUMN_MEASURE.finditer(without_remarks(row.caption))}
        measure = measures.pop() if len(measures) == 1 else ""
        before = ""
        phrase = caption_phrase(row.caption) if not row.label and not measure else ""
        for word, a, _ in row.pairs:
            f = by_start.get(a)
            name = _caption_word(row.caption, word)
            if measure and STAGE_LABEL.fullmatch(word) and not CAPTION_STAGE.search(row.label):
                name = word + measure          # 文市镇 小学 3015 under …在校生分布: 小学在校生
            elif phrase and STAGE_LABEL.fullmatch(word) and not STAGE_LABEL.search(phrase):
                name = word + phrase           # 初中 14,572 under 表4 生均…事业费: 初中生均…事业费
            if (word in OF_BEFORE or CHANGE_OF_BEFORE.fullmatch(word)) and before:
                name = before + word
            else:
                before = name
            metric = row.label + area_staged(stage, name)
            if f is not None and len(metric) <= MAX_METRIC:
                f.metric = metric
