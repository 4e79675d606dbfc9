"""Round 16, table cells still unread: a caption whose bracket pairs columns with their
units (``(学校数:所;在校生、专任教师:万人)``, ``(金额单位:亿元;增长:%)``) scales each
column's bare numbers, and a numbered caption naming one measure with a unit note
(``表2 …各级教育专任教师数（单位：人）``) makes the rows under it (a label, an
ideographic space, a number) cells of that measure. New tables of other places."""
from __future__ import annotations

from decimal import Decimal

from kg.recognise.figures.caption_units import caption_pairs, paired_columns, table_units
from kg.recognise.figures.table_cells import caption_measure
from text_helpers import abouts, figure_cell, figure_cells


cells = figure_cells
cell = figure_cell


UNITS = {"所", "人", "%", "百分点", "元", "个"}

PAIRED = """一、总体情况

表1　2024年全州各级各类教育概况(学校数:所;在园幼儿、在校生:万人)
学段|学校数|在校生
幼儿园|903|12.46
小学|688|35.07
初中|197|16.33

二、学前教育
"""

MONEY = """表4　2023年全县教育经费情况(金额单位:亿元;增长:%)
项目|2023年|2022年|增长
教育经费总投入|42.15|40.02|5.32
"""

ONE_COLUMN = """全县教育事业稳步发展。

表2　2024年某某县各级教育专任教师数（单位：人）
幼儿园　1842
小学　4127
初中　2596

三、学前教育
"""


def test_paired_note_scales_each_column():
    assert cell(PAIRED, "12.46") == (Decimal("124600"), "人", "幼儿园在校生")
    assert cell(PAIRED, "903")[:2] == (Decimal("903"), "所")


def test_paired_note_gives_the_pair_left_to_year_columns():
    assert cell(MONEY, "42.15")[:2] == (Decimal("4215000000"), "元")
    assert cell(MONEY, "5.32")[:2] == (Decimal("5.32"), "%")


def test_caption_pairs_need_every_part_a_pair():
    assert caption_pairs("表1 概况(学校数:所;在校生:万人)", UNITS) == [
        (["学校数"], ("所", 1)), (["在校生"], ("人", 10000))]
    assert caption_pairs("表1 概况(学校数:所;按学籍统计)", UNITS) == []
    assert caption_pairs("表1 概况(单位:所)", UNITS) == []
    assert table_units(["学校数", "在校生"], ["表1 (学校数:所;在校生:万人)"], UNITS) == [
        ("所", 1), ("人", 10000)]


def test_one_column_table_under_a_measure_caption():
    assert cell(ONE_COLUMN, "1842") == (Decimal("1842"), "人", "幼儿园专任教师数")
    assert cell(ONE_COLUMN, "2596")[:2] == (Decimal("2596"), "人")


def test_caption_measure_after_year_and_place():
    assert caption_measure("表1 2023年某市各级各类学校数（单位：所）") == "学校数"
    assert caption_measure("表3 2023年某县生均一般公共预算教育事业费（单位：元）") == \
        "生均一般公共预算教育事业费"
    assert caption_measure("表2 各县市区义务教育基本情况") == ""
    assert caption_measure("全市共有学校数（单位：所）") == ""


def test_prose_under_a_caption_without_note_stays_prose():
    text = "表2　2024年某某县各级教育专任教师数\n小学　4127\n初中　2596\n"
    assert not any(c[0] in ("4127", "2596") for c in cells(text))


SCORES = """决赛一等奖选手名单如下:

| 组别 | 姓名 | 学校 | 得分 |
| 初中英语 | 罗晓敏 | 英德市第二中学 | 92.7 |
| 小学美术 | 韦丽君 | 连州市实验小学 | 91.35 |

本次比赛共有选手120人参加。
"""


def test_score_column_without_a_unit_is_in_points():
    assert cell(SCORES, "92.7") == (Decimal("92.7"), "分", "初中英语得分")
    assert cell(SCORES, "91.35")[:2] == (Decimal("91.35"), "分")


def test_score_heading_names_its_unit_only_where_no_note_does():
    assert table_units(["得分"], [], UNITS | {"分"}) == [("分", 1)]
    assert table_units(["得分"], ["表1 成绩（单位：%）"], UNITS | {"分"}) == [("%", 1)]



def test_score_in_a_results_row_is_about_the_person():
    found = abouts(SCORES)
    assert found["92.7"] == "罗晓敏"
    assert found["91.35"] == "韦丽君"


HEADLESS_PAIRS = """表3  2023年全市民办教育分学段情况（学校数单位：所；在校生单位：人）
民办幼儿园  416  48203
民办小学  9  11672
民办初中  21  15390
全市民办学校专任教师4107人。
"""


def test_rows_without_headings_take_the_columns_the_pairs_name():
    assert cell(HEADLESS_PAIRS, "48203") == (Decimal("48203"), "人", "民办幼儿园在校生")
    assert cell(HEADLESS_PAIRS, "21")[:2] == (Decimal("21"), "所")
    assert paired_columns("表3 概况（学校数单位：所；在校生单位：人）") == ["学校数", "在校生"]
    assert paired_columns("表3 概况（学校数:所;在校生、教师:人）") == []


RANKING = """（二）比赛结果
奖牌总数排名：
第一名  盘州市  96枚
第二名  钟山区  71枚
第三名  六枝特区  58枚
本届运动会共打破纪录5项。
"""


def test_ranked_rows_measure_what_the_heading_ranks():
    assert cell(RANKING, "96枚") == (Decimal("96"), "枚", "奖牌总数")
    assert cell(RANKING, "58枚")[2] == "奖牌总数"
    assert cell(RANKING, "5项")[2] != "奖牌总数"
