"""Round 18, bulletin tables still unread: a caption that pairs units with kinds of
column (学校数单位：所；学生、教师单位：人) gives 招生数 and 在校生数 the unit of 学生;
rows that name their own measure under a caption whose note gives one unit (表2 …经费投入
情况（单位：万元） over 教育经费总投入　248,653) are figures of that unit named by the row;
and rows that write each number after its word (甲县:学校21,在校生15326; 普通高中 在校生
21100 占比 71.7) under a numbered caption with a unit note are figures named by row, the
caption's stage for a place, and word. New tables of other places."""
from __future__ import annotations

from decimal import Decimal

from kg.recognise.figures.caption_units import measure_kind, measured_rows
from kg.recognise.figures.pair_rows import find_pair_rows
from kg.recognise.figures.table_cells import caption_phrase
from text_helpers import figure_cell, figure_cells

cell = figure_cell


PAIRED_KINDS = """表1　2023年全县义务教育基本情况（学校数单位：所；学生、教师单位：人）
学段　学校数　招生数　在校生数　专任教师数
小学　44　5120　31877　2390
初中　19　4983　15012　1508
"""


def test_paired_note_gives_a_column_the_unit_of_what_it_counts():
    assert cell(PAIRED_KINDS, "5120") == (Decimal("5120"), "人", "小学招生数")
    assert cell(PAIRED_KINDS, "15012") == (Decimal("15012"), "人", "初中在校生数")
    assert cell(PAIRED_KINDS, "44") == (Decimal("44"), "所", "小学学校数")
    assert cell(PAIRED_KINDS, "1508")[:2] == (Decimal("1508"), "人")


MEASURED = """第三部分　教育经费

表2　2023年全州教育经费投入情况（单位：万元）
教育经费总投入　316,208
其中：一般公共预算教育经费　270,115
事业收入　18,406

全州教育经费总投入比上年增长3.1%。
"""


def test_rows_that_name_their_measure_take_the_caption_unit():
    assert cell(MEASURED, "316,208") == (Decimal("3162080000"), "元", "教育经费总投入")
    assert cell(MEASURED, "270,115") == (Decimal("2701150000"), "元", "一般公共预算教育经费")
    assert cell(MEASURED, "18,406")[:2] == (Decimal("184060000"), "元")


def test_place_rows_under_a_one_unit_caption_are_not_measures():
    assert measured_rows("表2 2023年教育经费投入情况（单位：万元）", "事业收入")
    assert not measured_rows("表2 2023年各县在校生情况（单位：人）", "小学")
    assert not measured_rows("2023年教育经费投入情况（单位：万元）", "事业收入")
    assert measure_kind("招生数") == "人" and measure_kind("学校数") == "所"


PAIR_ROWS = """表3 2024年各县区义务教育学校数和在校生数(单位:所,人)
城关区:学校34,在校生28113
河西县:学校27,在校生9645

表4 2024年高中阶段教育主要指标（单位：人、%）
普通高中 在校生 18230 占比 64.2
中等职业教育 在校生 10165 占比 35.8
"""


def test_place_rows_of_word_number_pairs():
    assert cell(PAIR_ROWS, "28113") == (Decimal("28113"), "人", "城关区义务教育在校生数")
    assert cell(PAIR_ROWS, "27") == (Decimal("27"), "所", "河西县义务教育学校数")


def test_stage_rows_of_spaced_pairs_share_of_the_word_before():
    assert cell(PAIR_ROWS, "18230") == (Decimal("18230"), "人", "普通高中在校生")
    assert cell(PAIR_ROWS, "35.8") == (Decimal("35.8"), "%", "中等职业教育在校生占比")


def test_pair_rows_need_a_numbered_caption_with_a_unit_note():
    text = "各县区情况如下\n城关区:学校34,在校生28113\n"
    assert find_pair_rows(text) == []
    assert not any(c[0] == "28113" for c in figure_cells(text))
    assert len(find_pair_rows(PAIR_ROWS)) == 4


STAGE_ROWS = """表3　2024年全县财政性教育经费分学段支出情况（单位：万元）
学前教育　5230.6
义务教育　41877.2
普通高中　9120.5
"""


def test_stage_rows_take_the_caption_measure_without_its_breakdown():
    assert cell(STAGE_ROWS, "5230.6") == (Decimal("52306000"), "元", "学前教育财政性教育经费支出")
    assert cell(STAGE_ROWS, "9120.5")[2] == "普通高中财政性教育经费支出"
    assert caption_phrase("表3 2024年全县财政性教育经费分学段支出情况（单位：万元）") == "财政性教育经费支出"
    assert caption_phrase("2024年全县财政性教育经费分学段支出情况") == ""


NOTE_UNDER = """表5　2023年全区教育经费投入情况
单位：万元
教育经费总投入　86,420
事业收入　5,318

表6 2023年各镇街义务教育学校数和在校生数
单位：所、人
东城街道:学校12,在校生9021
"""


def test_a_unit_note_on_its_own_line_under_the_caption():
    assert cell(NOTE_UNDER, "86,420") == (Decimal("864200000"), "元", "教育经费总投入")
    assert cell(NOTE_UNDER, "9021")[:2] == (Decimal("9021"), "人")
    # a town's row takes the caption's one stage, as a county's does (北城街道义务教育在校生 in the golds)
    assert cell(NOTE_UNDER, "12") == (Decimal("12"), "所", "东城街道义务教育学校数")


AREA_REMARK = """各县（市、区）义务教育主要指标（学校数 / 在校生）：
城关区　64所　5.12万人
高新区(含保税区)　21所　1.37万人
"""


def test_a_bracket_after_a_rows_area_is_left_out_of_its_name():
    assert cell(AREA_REMARK, "21所") == (Decimal("21"), "所", "高新区学校数")
    assert cell(AREA_REMARK, "1.37万人")[2] == "高新区在校生"


def test_a_heading_ending_in_an_institution_counts_institutions():
    assert measure_kind("幼儿园") == "所" and measure_kind("民办园数") == "所"
    assert measure_kind("在园幼儿") == "人" and measure_kind("幼儿园覆盖率") == "%"
    text = "表7 2024年各县学前教育情况(单位:所,人)\n东乡县:幼儿园47,在园幼儿6120\n西乡县:幼儿园39,在园幼儿5307\n"
    assert cell(text, "47") == (Decimal("47"), "所", "东乡县幼儿园")
    assert cell(text, "6120") == (Decimal("6120"), "人", "东乡县学前教育在园幼儿")


def test_pair_rows_whose_cells_write_their_units():
    text = ("表8 2024年各区义务教育学校数和在校生数（单位：所、人）\n"
            "北湖区：学校36所，在校生4.12万人\n南湖区：学校22所，在校生18654人\n")
    assert cell(text, "4.12万人") == (Decimal("41200"), "人", "北湖区义务教育在校生数")
    assert cell(text, "22所")[2] == "南湖区义务教育学校数"


def test_one_column_rows_under_a_caption_naming_their_measure():
    text = "表2　2024年全县各级教育在校生数（单位：人）\n在园幼儿　8342\n小学　21870\n"
    assert cell(text, "21870") == (Decimal("21870"), "人", "小学在校生数")
    text = "表3　2024年全县教育经费（单位：亿元）\n教育经费总投入：18.6\n事业收入：1.2\n"
    assert cell(text, "18.6") == (Decimal("1860000000.0"), "元", "教育经费总投入")


def test_a_by_county_caption_leaves_its_breakdown_out_of_the_measure():
    text = "表1 2024年各区县义务教育在校生数(单位:人)\n城南区:21044\n城北区:18230\n"
    assert cell(text, "21044") == (Decimal("21044"), "人", "城南区义务教育在校生数")
    text = "表2　2024年全县国家财政性教育经费分学段支出情况（单位：万元）\n学前教育　3120.5\n义务教育　20118.2\n"
    assert cell(text, "3120.5")[2] == "学前教育国家财政性教育经费支出"


def test_one_pair_rows_and_a_remark_after_the_label():
    text = "表5 2024年各县区义务教育在校生(单位:人)\n城南区 在校生 21044\n城北区 在校生 18230\n"
    assert cell(text, "18230") == (Decimal("18230"), "人", "城北区义务教育在校生")
    text = ("表6 2024年各县区义务教育学校数和在校生数(单位:所,人)\n"
            "开发区(含园区):学校9,在校生7410\n城南区:学校31,在校生21044\n")
    assert cell(text, "9") == (Decimal("9"), "所", "开发区义务教育学校数")
    assert cell(text, "21044")[2] == "城南区义务教育在校生数"


UNIT_COLUMN = """表1 2024年全县教育事业主要指标
指标　计量单位　2023年　2024年
学校数　所　188　184
在校生　万人　6.12　6.03
学前三年毛入园率　%　90.6　91.3
"""


def test_a_unit_column_gives_each_row_its_unit():
    assert cell(UNIT_COLUMN, "184") == (Decimal("184"), "所", "2024年学校数")
    assert cell(UNIT_COLUMN, "6.03")[:2] == (Decimal("60300.00"), "人")
    assert cell(UNIT_COLUMN, "91.3")[:2] == (Decimal("91.3"), "%")


def test_an_appended_caption_and_ratio_cells():
    text = "附表2 2024年全县教育经费投入情况（单位：万元）\n教育经费总投入　96,315\n事业收入　4,120\n"
    assert cell(text, "96,315") == (Decimal("963150000"), "元", "教育经费总投入")
    text = "表3 2024年全县各级学校生师比\n学段　生师比\n小学　15.8:1\n初中　11.9:1\n"
    assert cell(text, "15.8:1")[2] == "小学生师比"


def test_a_total_row_is_named_after_its_column():
    text = ("表4 2024年各县（市、区）学校数及在校生数\n县（市、区） 学校数(所) 在校生数(人)\n"
            "东湖区 41 38120\n西湖区 37 30455\n合计 78 68575\n")
    assert cell(text, "68575") == (Decimal("68575"), "人", "在校生数合计")
    assert cell(text, "78")[2] == "学校数合计"


def test_slash_units_in_headings_and_a_share_of_the_column_before():
    text = "表5 2024年全县各级学校在校生\n学段  在校生/万人  占比/%\n小学  2.64  52.8\n初中  1.18  23.6\n"
    assert cell(text, "2.64") == (Decimal("26400.00"), "人", "小学在校生")
    assert cell(text, "23.6") == (Decimal("23.6"), "%", "初中在校生占比")


def test_a_change_column_is_of_the_measure_before_it():
    text = ("表6  2024年全县特殊教育学生安置情况（单位：人）\n安置方式  在校生数  比上年增减\n"
            "特殊教育学校就读  418  +12\n随班就读  655  -9\n")
    assert cell(text, "-9") == (Decimal("-9"), "人", "随班就读在校生数比上年增减")
    text = ("奖项 | 一等奖（个） | 合计（个）\n小学组 | 12 | 40\n初中组 | 9 | 33\n合计 | 21 | 73\n")
    assert cell(text, "73")[2] == "合计"


def test_slash_units_in_a_barred_tables_headings():
    text = "表7 2024年全县各级学校情况\n学段 | 学校数/所 | 在校生/万人\n小学 | 47 | 2.64\n初中 | 19 | 1.18\n"
    assert cell(text, "47") == (Decimal("47"), "所", "小学学校数")
    assert cell(text, "1.18") == (Decimal("11800.00"), "人", "初中在校生")


def test_barred_one_column_rows_under_a_one_unit_caption():
    text = "表8 2024年全县教育经费投入情况（单位：万元）\n教育经费总投入 | 96,315\n事业收入 | 4,120\n"
    assert cell(text, "96,315") == (Decimal("963150000"), "元", "教育经费总投入")
    text = "表9　2024年全县财政性教育经费分学段支出情况\n单位：万元\n学前教育｜5230.6\n义务教育｜20118.2\n"
    assert cell(text, "20118.2") == (Decimal("201182000.0"), "元", "义务教育财政性教育经费支出")


def test_a_unit_note_with_a_remark_still_pairs_units_with_columns():
    from text_helpers import figure_cell
    text = ("表3　2022年各县区学校基本情况\n(学校数单位:所;在校生单位:万人;专任教师单位:人;不含技工学校)\n"
            "县区 学校数 在校生 专任教师\n城西区 126 8.45 6120\n城东区 98 6.02 4310\n")
    assert figure_cell(text, "8.45") == (84500, "人", "城西区在校生")
    assert figure_cell(text, "98") == (98, "所", "城东区学校数")
