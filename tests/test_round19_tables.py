"""Round 19: bulletin tables and breakdowns behind failing competency questions. Every
table is new, written in the style of the bulletins (other places, other numbers)."""
from __future__ import annotations

from text_helpers import figure_cells, figure_metrics


def test_rows_under_a_heading_line_whose_cells_write_their_units():
    text = ("四、分县区情况\n县(区) 学校数 在校生 专任教师\n"
            "港北区 学校312所 在校生16.42万人 专任教师0.97万人\n"
            "平南县 学校508所 在校生22.05万人 专任教师1.28万人\n")
    got = figure_metrics(text)
    assert got["16.42万人"] == "港北区在校生", got
    assert got["508所"] == "平南县学校数", got
    assert got["1.28万人"] == "平南县专任教师", got


def test_stage_columns_take_the_measure_their_caption_names():
    text = ("表1  2023年各县(市、区)义务教育在校生情况（单位:万人）\n县(市、区)  小学  初中\n"
            "零陵区  5.12  2.47\n道县  6.08  2.95\n")
    got = figure_metrics(text)
    assert got["5.12"] == "零陵区小学在校生", got
    assert got["2.95"] == "道县初中在校生", got


def test_row_with_its_change_after_a_comma_is_still_a_row():
    text = ("第四部分 教育经费\n表3 生均一般公共预算教育事业费（单位：元）\n"
            "小学 12046，比上年增长1.83%\n普通高中 18215，比上年下降0.92%\n")
    cells = figure_cells(text)
    got = figure_metrics(text)
    assert ("12046", 12046, "元") in [(c[0], c[1], c[2]) for c in cells], cells
    assert got["12046"] == "小学生均一般公共预算教育事业费", got
    assert got["0.92%"] == "普通高中生均一般公共预算教育事业费比上年下降", got


def test_measure_before_a_colon_broken_down_by_stage():
    text = ("四、教育经费\n生均一般公共预算教育事业费:普通小学12340元，比上年增长2.2%；普通初中16120元，增长2.9%。\n"
            "全年生均公用经费：小学1260元，初中1780元，分别比上年增长3.1%和2.4%。\n")
    got = figure_metrics(text)
    assert got["16120元"] == "普通初中生均一般公共预算教育事业费", got
    assert got["2.9%"] == "普通初中生均一般公共预算教育事业费增长", got
    assert got["1780元"] == "初中生均公用经费", got
    assert got["2.4%"] == "初中生均公用经费比上年增长", got


def test_caption_listing_its_columns_by_spaces_over_rows_with_units():
    text = ("二、各学段\n表1 2023年全市各学段学校及在校生情况(学段 学校数 在校生数 比上年增减)\n"
            "幼儿园 148所 30216人 减1108人\n小学 59所 71402人 增935人\n")
    got = figure_metrics(text)
    assert got["71402人"] == "小学在校生数", got
    assert got["59所"] == "小学学校数", got
    assert got["935人"].startswith("小学在校生数"), got


def test_row_with_its_change_in_a_third_spaced_cell():
    text = ("表2  2023年生均一般公共预算教育经费(单位：元)\n普通小学    11862    比上年增长2.4%\n"
            "普通初中    15907    比上年增长1.9%\n")
    got = figure_metrics(text)
    assert got["15907"] == "普通初中生均一般公共预算教育经费", got
    assert got["1.9%"] == "普通初中生均一般公共预算教育经费比上年增长", got


def test_place_rows_whose_cells_write_their_units_need_no_caption():
    got = figure_metrics("全市下辖3个区和2个县。\n港南区: 学校286所, 在校生15.42万人, 专任教师8870人;\n"
                         "平南县: 学校598所, 在校生30.16万人, 专任教师1.72万人。\n")
    assert got["30.16万人"] == "平南县在校生", got
    assert got["8870人"] == "港南区专任教师", got


def test_rows_of_a_label_and_comma_cells_under_a_heading_listing_columns():
    text = ("七、各县(区)主要数据(学校数/在校生数)\n金城江区:186所,9.72万人\n南丹县:152所,6.84万人\n")
    got = figure_metrics(text)
    assert got["152所"] == "南丹县学校数" and got["6.84万人"] == "南丹县在校生数", got


def test_short_per_pupil_heading_takes_the_captions_full_name():
    text = ("表3 2023年生均一般公共预算教育经费(单位:元)\n学段 生均经费 比上年增长(%)\n小学 11346 3.1\n"
            "初中 15872 -1.4\n")
    got = figure_metrics(text)
    assert got["15872"] == "初中生均一般公共预算教育经费", got
    assert got["-1.4"] == "初中生均一般公共预算教育经费比上年增长", got


def test_town_rows_under_a_caption_naming_townships():
    got = figure_metrics("表2  2023年各乡镇(街道)义务教育在校生情况(单位:人)\n唐洞街道　9856\n兴宁镇　3127\n")
    assert got["9856"] == "唐洞街道义务教育在校生", got


def test_group_lines_under_a_heading_of_scores():
    got = figure_metrics("团体总分前三名如下:\n高中组:汝州市第一高级中学 1102分;汝州市实验高中 1039分\n"
                         "初中组:汝州市实验中学 871分;汝州市第二初级中学 820分\n")
    assert got["1039分"] == "高中组团体总分" and got["871分"] == "初中组团体总分", got


# ------------------------------------------------------------ blind28's shapes, in new sentences

def test_category_with_its_entrants_in_brackets_before_the_colon():
    got = figure_metrics("各组获奖情况如下:\n初中化学组(参赛19人):一等奖3名,二等奖5名\n")
    assert got["3名"] == "初中化学组一等奖", got


def test_prize_broken_down_by_kind_in_brackets():
    got = figure_metrics("本届比赛共评出一等奖16个（朗诵类10个、戏剧类6个）、二等奖28个（朗诵类20个、戏剧类8个）。\n")
    assert got["6个"] == "戏剧类一等奖" and got["8个"] == "戏剧类二等奖", got
    assert not got["28个"].startswith("）"), got


def test_stage_per_pupil_spending_written_whole():
    got = figure_metrics("全县小学生均一般公共预算教育事业费12864元,增长3.2%。\n")
    assert got["12864元"] == "小学生均一般公共预算教育事业费", got


# ------------------------------------------------------------ blind29's shapes, in new sentences

def test_stage_rows_whose_cells_write_their_units():
    got = figure_metrics("二、基础教育\n小学：学校21所，在校生12418人，专任教师1102人\n初中：学校8所，在校生6034人，专任教师655人\n")
    assert got["12418人"] == "小学在校生" and got["655人"] == "初中专任教师", got


def test_category_line_whose_prizes_come_before_its_winners():
    got = figure_metrics("各学科组获奖情况如下:\n1.小学英语组(决赛16人):一等奖3名、二等奖5名。一等奖获得者:李想(某小学)。\n")
    assert got["3名"] == "小学英语组一等奖" and got["5名"] == "小学英语组二等奖", got


def test_stages_listed_before_a_long_measure_and_respectively():
    got = figure_metrics("小学、初中生均一般公共预算教育事业费分别为12986元和18420元。\n")
    assert got["18420元"] == "初中生均一般公共预算教育事业费", got
