"""Round 17, bulletin tables still unread: a spaced table with two heading rows, a row of
groups (招生 在校生) over the columns each spans (人数 比上年增减, repeated), names each
cell by group and column (小学招生人数, 初中在校生比上年增减); and a cell written in
full-width digits (１２０３４) is a cell like any other. A barred table's group row spans
the empty cells after each group (招生 | | 在校生 |), and a barred fall keeps its minus
sign (比上年增减 | -96). A unit note on the line after a spaced table's rows (注：单位为人。)
gives its columns the unit where the caption gives none. A row label split over two
columns (普通高中 民办) reads as one (民办普通高中), the rows under it that give only the
qualifier keep the stage. New tables of other places."""
from __future__ import annotations

from decimal import Decimal

from kg.recognise.figures.table_cells import group_headings, several_years, spanned_headings
from text_helpers import figure_cell, figure_cells

cell = figure_cell


TWO_ROWS = """二、各级教育

表2　2024年全区各级学校招生和在校生情况（单位：人）
学段 招生 在校生
 人数 比上年增减 人数 比上年增减
小学 8125 -312 50217 406
初中 7368 215 21904 -188

三、教师队伍
"""

GROUPS_ONLY = """表3  2023年全县幼儿园和中小学专任教师（单位：人）
专任教师 学生
2022年 2023年 2022年 2023年
幼儿园 1204 1251 23018 22416
小学 2980 3011 48210 47633
"""

FULL_WIDTH = """表1　2023年全市各级学校在校生情况（单位：人）
学段 在校生数
小学 248,653
初中 １２０３４
高中 ８５１２
"""


def test_group_row_names_each_cell_by_group_and_column():
    assert cell(TWO_ROWS, "8125") == (Decimal("8125"), "人", "小学招生人数")
    assert cell(TWO_ROWS, "50217") == (Decimal("50217"), "人", "小学在校生人数")
    assert cell(TWO_ROWS, "-188") == (Decimal("-188"), "人", "初中在校生比上年增减")
    assert cell(TWO_ROWS, "215")[2] == "初中招生比上年增减"


def test_group_row_without_label_heading_over_years():
    assert cell(GROUPS_ONLY, "1251") == (Decimal("1251"), "人", "2023年幼儿园专任教师")
    assert cell(GROUPS_ONLY, "48210")[:2] == (Decimal("48210"), "人")
    assert cell(GROUPS_ONLY, "48210")[2] == "2022年小学学生"


def test_group_headings_need_the_same_columns_under_each_group():
    assert group_headings(["学段", "招生", "在校生"], ["人数", "增减", "人数", "增减"]) == [
        "学段", "招生人数", "招生增减", "在校生人数", "在校生增减"]
    assert group_headings(["学段", "招生", "在校生"], ["人数", "增减", "学校", "增减"]) == []
    assert group_headings(["学段", "招生", "在校生"], ["学校数", "招生数", "在校生数"]) == []
    assert group_headings(["学段", "在校生"], ["人数", "增减"]) == []


def test_full_width_digits_fill_a_cell():
    assert cell(FULL_WIDTH, "１２０３４") == (Decimal("12034"), "人", "初中在校生数")
    assert cell(FULL_WIDTH, "248,653") == (Decimal("248653"), "人", "小学在校生数")
    assert cell(FULL_WIDTH, "８５１２")[:2] == (Decimal("8512"), "人")


def test_two_lines_of_prose_stay_prose():
    text = "全区 招生 在校生\n今年 招生 工作 顺利\n小学 8125 312\n"
    assert not any(c[0] in ("8125", "312") for c in figure_cells(text))


def test_years_under_groups_count_as_year_columns():
    assert several_years(["专任教师2022年", "2022年专任教师", "2023年专任教师"])
    assert not several_years(["2023年招生数", "2023年在校生数"])


BARRED_GROUPS = """表4  2024年全州中等教育招生和在校生（单位：人）
| 学段 | 招生 | | 在校生 | |
| | 人数 | 比上年增减 | 人数 | 比上年增减 |
| 普通高中 | 15230 | 412 | 44871 | -96 |
| 中等职业教育 | 9806 | -233 | 27110 | 105 |
"""


def test_barred_group_row_spans_its_empty_cells():
    assert cell(BARRED_GROUPS, "15230") == (Decimal("15230"), "人", "普通高中招生人数")
    assert cell(BARRED_GROUPS, "105") == (Decimal("105"), "人", "中等职业教育在校生比上年增减")


def test_barred_fall_keeps_its_minus_sign():
    assert cell(BARRED_GROUPS, "-96") == (Decimal("-96"), "人", "普通高中在校生比上年增减")
    assert cell(BARRED_GROUPS, "-233")[:2] == (Decimal("-233"), "人")


def test_spanned_headings_need_a_group_over_empty_cells():
    assert spanned_headings(["学段", "招生", "", "在校生", ""],
                            ["", "人数", "增减", "人数", "增减"]) == [
        "学段", "招生人数", "招生增减", "在校生人数", "在校生增减"]
    assert spanned_headings(["学段", "招生", "在校生"], ["", "人数", "增减"]) == []
    assert spanned_headings(["学段", "招生", ""], ["", "人数", "12"]) == []


NOTE_AFTER = """表6　2023年各乡镇中小学在校生情况
乡镇 小学在校生 初中在校生
城南镇 12034 6120
白沙乡 3211 1507
注：单位为人。

四、教育经费
"""

NOTE_AFTER_AND_CAPTION = """表7　2023年全县各级学校情况（单位：所）
学段 学校数 教学点数
小学 64 37
初中 21 2
单位：个
"""


def test_unit_note_after_the_rows():
    assert cell(NOTE_AFTER, "12034") == (Decimal("12034"), "人", "城南镇小学在校生")
    assert cell(NOTE_AFTER, "1507") == (Decimal("1507"), "人", "白沙乡初中在校生")


def test_caption_note_is_nearer_than_a_note_after():
    assert cell(NOTE_AFTER_AND_CAPTION, "64")[:2] == (Decimal("64"), "所")


def test_no_note_after_leaves_the_cells_unread():
    text = NOTE_AFTER.replace("注：单位为人。\n", "")
    assert not any(c[0] == "12034" for c in figure_cells(text))


SPLIT_LABEL = """表8　2024年全盟高中阶段学校情况
学段 学校数(所) 在校生(人)
普通高中 公办 18 35120
 民办 5 7204
中等职业学校 公办 7 12630
 民办 2 1985
特殊教育学校 1 406
"""


def test_split_label_reads_as_one_with_its_qualifier_first():
    assert cell(SPLIT_LABEL, "35120") == (Decimal("35120"), "人", "公办普通高中在校生")
    assert cell(SPLIT_LABEL, "7204") == (Decimal("7204"), "人", "民办普通高中在校生")
    assert cell(SPLIT_LABEL, "1985")[2] == "民办中等职业学校在校生"
    assert cell(SPLIT_LABEL, "406")[2] == "特殊教育学校在校生"
