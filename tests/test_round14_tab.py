"""Round 14, figures in statistical tables: a bulletin's table flattened to lines (cells
apart by spaces, tabs or bars, or a label and a colon) prints its unit once, in a column
heading or the caption; every cell is a figure in that unit, named by its row's label and
its column's heading. New tables of other places, in other layouts."""
from __future__ import annotations

from decimal import Decimal

from kg.recognise.figures.caption_units import shared_out, table_units
from kg.recognise.figures.spaced_tables import find_spaced_tables
from kg.recognise.figures.table_cells import cell_metric
from text_helpers import figure_cell, figure_cells


cells = figure_cells
cell = figure_cell


UNITS = {"所", "人", "%", "百分点", "元", "个"}

# ------------------------- cells apart by spaces, units in a note line under the caption

SPACED = """二、分学段情况

表2 2024年全县各学段基本情况
单位：所、人
学段 学校数 招生数 在校生数 专任教师数
幼儿园 214 6120 20315 1732
小学 97 8034 49612 3208
初中 31 7720 22459 2035

三、学前教育
"""


def test_spaced_table_cells_take_the_caption_units_by_column():
    assert cell(SPACED, "214") == (Decimal(214), "所", "幼儿园学校数")
    assert cell(SPACED, "49612") == (Decimal(49612), "人", "小学在校生数")
    assert cell(SPACED, "2035") == (Decimal(2035), "人", "初中专任教师数")
    assert len(cells(SPACED)) == 12


# ------------------------- tabs, a unit in each column heading, a total row

TABBED = ("表3\t各乡镇小学基本情况\n"
          "乡镇\t学校数(所)\t在校生(人)\t专任教师(人)\n"
          "城关镇\t12\t8931\t512\n"
          "河口乡\t5\t1207\t96\n"
          "全县合计\t17\t10138\t608\n")


def test_tabbed_table_cells_take_their_heading_units():
    assert cell(TABBED, "8931") == (Decimal(8931), "人", "城关镇在校生")
    assert cell(TABBED, "5") == (Decimal(5), "所", "河口乡学校数")
    assert cell(TABBED, "608") == (Decimal(608), "人", "全县合计专任教师")


# ------------------------- a rate column and a change on last year, in % and 百分点

RATES = """表4 2023年主要教育发展指标
（单位：%、百分点）
指标 2023年 比上年增减
学前教育毛入园率 93.18 1.05
高中阶段毛入学率 95.40 -0.62
"""


def test_year_column_is_the_rate_and_change_column_is_in_points():
    assert cell(RATES, "93.18") == (Decimal("93.18"), "%", "学前教育毛入园率")
    assert cell(RATES, "1.05") == (Decimal("1.05"), "百分点", "学前教育毛入园率比上年增减")
    raw, value, unit, metric = next(c for c in cells(RATES) if c[0].endswith("0.62"))
    assert (raw, value, unit) == ("-0.62", Decimal("-0.62"), "百分点")
    assert metric == "高中阶段毛入学率比上年增减"


def test_money_in_hundred_millions_and_growth_in_percent():
    text = ("表5 全区教育经费投入\n(单位:亿元,%)\n项目 金额 比上年增长\n"
            "教育经费总投入 58.27 6.31\n财政性教育经费 47.90 5.08\n")
    assert cell(text, "58.27") == (Decimal("5827000000"), "元", "教育经费总投入")
    assert cell(text, "5.08") == (Decimal("5.08"), "%", "财政性教育经费比上年增长")


# ------------------------- a label and a colon, then the cells

def test_rows_written_label_colon_values():
    text = ("表1 各区中小学情况（单位：所；人）\n区 学校数 在校生数\n"
            "东城区：46 38210\n西城区：39 30877\n")
    assert cell(text, "38210") == (Decimal(38210), "人", "东城区在校生数")
    assert cell(text, "39") == (Decimal(39), "所", "西城区学校数")


# ------------------------- a barred table under a note line without brackets

def test_barred_table_reads_a_note_line_and_a_change_column():
    text = ("表6 主要指标\n单位：%、百分点\n指标｜2024年｜比上年增减\n"
            "义务教育巩固率｜98.70｜0.35\n")
    assert cell(text, "98.70") == (Decimal("98.70"), "%", "义务教育巩固率")
    assert cell(text, "0.35") == (Decimal("0.35"), "百分点", "义务教育巩固率比上年增减")


# ------------------------- a word the label and heading share is written once

def test_shared_word_of_label_and_heading_once():
    assert cell_metric("特殊教育学校", "学校数") == "特殊教育学校数"
    assert cell_metric("小学", "在校生") == "小学在校生"
    text = "类别  学校数(所)  在校生(人)\n中等职业学校  23  18406\n普通高中  30  41233\n"
    assert cell(text, "23") == (Decimal(23), "所", "中等职业学校数")


# ------------------------- the shared way to a table's units

def test_units_shared_out_by_what_each_column_counts():
    assert shared_out(["学校数", "在校生数"], [("所", 1), ("人", 1)]) == [("所", 1), ("人", 1)]
    assert shared_out(["2023年", "比上年增减"], [("%", 1), ("百分点", 1)]) == [("%", 1), ("百分点", 1)]
    # a heading's own bracket wins over the caption's note
    assert table_units(["学校数", "经费(万元)"], ["（单位：所）"], UNITS) == [("所", 1), ("元", 10000)]


# ------------------------- prose is no table

def test_prose_numbers_are_no_cells():
    text = ("市教育局 市统计局\n（2024年3月8日）\n\n"
            "一、 2023年 全市教育\n2023 年，全市共有学校 418 所。\n"
            "注：1. 本公报 数据 为快报数\n")
    assert find_spaced_tables(text) == []
    assert [c[0] for c in cells(text)] == ["418 所"]


def test_headings_without_rows_or_rows_without_headings_are_no_table():
    assert find_spaced_tables("学段 学校数 在校生数\n\n小学 97 49612\n") == []
    assert find_spaced_tables("小学 97 49612\n初中 31 22459\n") == []
    assert [c for c in cells("小学 97 49612\n初中 31 22459\n")] == []


# ------------------------- barred rows printed without a heading row

def test_headless_barred_rows_are_named_by_their_label_and_own_words():
    text = ("全区共有民办学校58所。分类如下:\n民办幼儿园 | 41所 | 在园幼儿1.06万人\n"
            "民办初中 | 3所 | 在校生0.27万人\n")
    assert cell(text, "41所")[2] == "民办幼儿园"
    assert cell(text, "0.27万人")[2] == "民办初中在校生"


def test_headless_barred_rows_under_a_heading_line():
    text = "生均公用经费:\n小学 | 1180元 | 增长2.4%\n初中 | 1530元 | 增长3.1%\n"
    assert cell(text, "1530元")[2] == "初中生均公用经费"
    assert cell(text, "2.4%")[2] == "小学生均公用经费增长"


def test_caption_bracket_lists_the_columns_of_labelled_rows():
    text = ("表2　2024年全县各级各类学校（学校数｜在校生）\n"
            "小学：64所｜3.12万人\n初中：19所｜1.58万人\n")
    assert cell(text, "3.12万人")[2] == "小学在校生"
    assert cell(text, "19所")[2] == "初中学校数"


# ------------------------- rows of measures under a caption naming one stage

def test_caption_stage_opens_measure_rows():
    text = ("表3 2022年全区普通初中基本情况\n指标 | 2022年 | 比上年增减\n"
            "学校数 | 24所 | 减少1所\n在校生数 | 1.83万人 | 增加0.06万人\n")
    assert cell(text, "24所")[2] == "初中学校数"
    assert cell(text, "0.06万人")[2].startswith("初中在校生数比上年")
    spaced = ("表4 2022年全区小学基本情况\n单位：所、人\n指标 2022年 比上年增减\n"
              "学校数 52 -2\n招生数 6310 118\n")
    assert cell(spaced, "52") == (Decimal(52), "所", "小学学校数")
    assert cell(spaced, "6310") == (Decimal(6310), "人", "小学招生数")


# ------------------------- a row pairing each stage's count with its measure

def test_measure_after_a_stage_count_in_an_area_row_is_that_stages():
    text = ("（表5　2024年各县(市、区)高中阶段学校情况）\n"
            "甲山县：普通高中 5所，在校生 1.02万人；中职学校 2所，在校生 0.41万人。\n"
            "乙水区：普通高中 9所，在校生 2.36万人；中职学校 4所，在校生 1.15万人。\n")
    assert cell(text, "1.02万人")[2] == "甲山县普通高中在校生"
    assert cell(text, "1.15万人")[2] == "乙水区中职学校在校生"


def test_stages_then_one_measure_keep_the_measure_alone():
    text = ("各县区义务教育学校情况如下：\n甲山县：小学41所，初中12所，义务教育在校生3.07万人；\n"
            "乙水区：小学28所，初中9所，义务教育在校生2.16万人；\n")
    assert cell(text, "3.07万人")[2] == "甲山县义务教育在校生"


# ------------------------- more spaced layouts

def test_spaced_cells_that_write_their_unit_and_a_part_row():
    text = ("表2 各学段基本情况\n学段 学校 在校生 专任教师\n小学 88所 5.17万人 0.31万人\n"
            "其中：民办 6所 0.42万人 0.03万人\n初中 35所 2.60万人 0.22万人\n")
    assert cell(text, "5.17万人")[2] == "小学在校生"
    assert cell(text, "0.42万人")[2] == "民办在校生"
    assert cell(text, "0.22万人")[2] == "初中专任教师"


def test_year_columns_and_units_in_the_row_labels():
    text = ("表1 主要指标\n指标 2023年 2024年 增长率(%)\n在校生(万人) 12.6 12.9 2.4\n"
            "专任教师(人) 9310 9542 2.5\n")
    assert cell(text, "12.9") == (Decimal("129000.0"), "人", "2024年在校生")
    assert cell(text, "9310") == (Decimal(9310), "人", "2023年专任教师")
    assert cell(text, "2.5") == (Decimal("2.5"), "%", "专任教师增长率")


def test_a_unit_bracket_apart_from_its_heading():
    text = "表2 各镇情况\n镇 学校数 （所） 在校生 （人）\n东镇 14 5230\n西镇 9 3108\n"
    assert cell(text, "5230") == (Decimal(5230), "人", "东镇在校生")
    assert cell(text, "9") == (Decimal(9), "所", "西镇学校数")


# ------------------------- barred rows of measures

def test_barred_measure_rows_take_units_from_their_labels_and_keep_their_years():
    text = ("表3 2022年全区普通初中基本情况\n（单位：所、人）\n指标 | 2022年 | 2021年\n"
            "学校数 | 24 | 25\n在校生数 | 18306 | 17950\n")
    assert cell(text, "25") == (Decimal(25), "所", "2021年初中学校数")
    assert cell(text, "18306") == (Decimal(18306), "人", "2022年初中在校生数")


def test_a_change_cell_reads_its_direction_into_the_heading():
    text = ("表1 2022年全县小学基本情况\n指标 | 2022年 | 比上年增减\n"
            "学校数 | 61所 | 减少3所\n在校生数 | 2.71万人 | 增加0.05万人\n")
    assert cell(text, "3所")[2] == "小学学校数比上年减少"
    assert cell(text, "0.05万人")[2] == "小学在校生数比上年增加"


# ------------------------- a heading that names its own unit

def test_heading_ending_in_a_count_of_people_or_a_rate_names_its_unit():
    text = "组别 参赛人数 获奖率\n小学组 326 31.5\n初中组 287 28.9\n"
    assert cell(text, "326") == (Decimal(326), "人", "小学组参赛人数")
    assert cell(text, "28.9") == (Decimal("28.9"), "%", "初中组获奖率")
    # without such a word, and without a note, a bare number is no figure
    assert cells("组别 作品\n小学组 326\n初中组 287\n") == []


def test_signed_change_cells():
    text = "表2 主要指标\n单位：%、百分点\n指标 2024年 比上年增减\n义务教育巩固率 98.6 +0.4\n高中阶段毛入学率 92.1 -1.3\n"
    assert cell(text, "+0.4") == (Decimal("0.4"), "百分点", "义务教育巩固率比上年增减")
    assert cell(text, "-1.3") == (Decimal("-1.3"), "百分点", "高中阶段毛入学率比上年增减")


# ------------------------- a barred table written with outer bars and a rule row

def test_table_with_outer_bars_and_a_rule_row():
    text = ("表1 2024年各学段基本情况（单位：所、人）\n| 学段 | 学校数 | 在校生数 |\n|---|---|---|\n"
            "| 小学 | 64 | 31270 |\n| 初中 | 19 | 15804 |\n")
    assert cell(text, "31270") == (Decimal(31270), "人", "小学在校生数")
    assert cell(text, "19") == (Decimal(19), "所", "初中学校数")


# ------------------------- spaced rows under a caption that lists the columns

def test_spaced_rows_take_the_columns_a_caption_lists():
    text = "表1 2024年全县各级各类学校（学校数、在校生）（单位：所、人）\n幼儿园 41 9610\n小学 64 31200\n"
    assert cell(text, "9610") == (Decimal(9610), "人", "幼儿园在校生")
    assert cell(text, "64") == (Decimal(64), "所", "小学学校数")
    # a remark of what is counted is no list of columns
    assert cells("表1 各学段学校（含教学点、不含技工学校）（单位：所）\n小学 64 12\n初中 19 3\n") == []
