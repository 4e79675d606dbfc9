"""Round 18, rankings in bulletins and news: a measure written before its rank and the names
after it (在校生规模居前三位的是A、B、C，分别为…), one name holding the top of a measure
(毛入园率最高的是A，为…; A新增学位最多，达到…), and towns and 街道 as the ranked names. Each
figure is named by its own place, as annotators and the questions filtering on it do."""
from __future__ import annotations

from text_helpers import figure_metrics as metrics


def test_measure_before_the_rank_names_each_figure_by_its_place():
    got = metrics("分县区看，在校生规模居前三位的是东港区、五莲县、莒县，分别为8.12万人、6.35万人、5.9万人。")
    assert got["8.12万人"] == "东港区在校生规模"
    assert got["6.35万人"] == "五莲县在校生规模"
    assert got["5.9万人"] == "莒县在校生规模"


def test_ranked_list_with_half_width_comma_and_依次():
    got = metrics("专任教师数排名前二的是城北区和城东区,依次为2310人、1986人。")
    assert got["2310人"] == "城北区专任教师数"
    assert got["1986人"] == "城东区专任教师数"


def test_the_top_of_a_measure_names_its_one_place():
    got = metrics("学前三年毛入园率最高的是岚山区，为97.2%；最低的为沂南县。")
    assert got["97.2%"] == "岚山区学前三年毛入园率"


def test_a_place_with_the_most_keeps_its_measure_without_the_time_word():
    got = metrics("从学位建设看，东台市全年新增义务教育学位最多，达到3260个。")
    assert got["3260个"] == "东台市新增义务教育学位"


def test_towns_and_streets_are_ranked_names():
    got = metrics("按乡镇统计，城关镇、河口镇、柳林镇参赛学生数位居前三，分别为860人、735人、610人。")
    assert got["860人"] == "城关镇参赛学生数" and got["610人"] == "柳林镇参赛学生数"
    got = metrics("各街道中，西湖街道派出队伍最多，共45支。")
    assert got["45支"] == "西湖街道派出队伍"


def test_kinds_of_place_are_not_ranked_names():
    got = metrics("城镇、乡村学校在校生分别为6.2万人、3.1万人。")
    assert not (got["6.2万人"] or "").startswith("城镇在校生")


# ------------------------- a breakdown whose heading names its measure

def test_items_under_a_heading_that_names_the_measure_take_it():
    got = metrics("金牌分布（初中组、高中组合计）：城关中学12枚，实验中学9枚，其余学校合计20枚。")
    assert got["12枚"] == "城关中学金牌"
    assert got["9枚"] == "实验中学金牌"
    assert not got["20枚"].startswith("其余学校金牌")


def test_a_heading_with_a_verb_names_no_measure():
    got = metrics("获奖情况：城关中学5项，实验中学3项。")
    assert got["5项"] != "城关中学获奖情况"


# ------------------------- the verb before a list of examples is not inside a name

def test_the_verb_framing_examples_is_not_one_inside_a_programme_name():
    got = metrics("“学生营养改善计划”覆盖甲县、乙县等6个县，受益学生5.2万人。")
    assert got["6个"] == "覆盖县"
    got = metrics("营养改善计划覆盖城关镇、河口镇等12个乡镇的86所学校。")
    assert got["12个"].startswith("覆盖")


# ------------------------- a category's line: 组/类 before the colon, its prizes after

def test_a_category_line_names_its_prizes_by_the_category():
    got = metrics("各组别获奖情况如下：\n1.初中物理组：一等奖4名，二等奖8名，三等奖13名\n"
                  "2. 工程技术类:一等奖9项，二等奖15项;")
    assert got["4名"] == "初中物理组一等奖"
    assert got["13名"] == "初中物理组三等奖"
    assert got["9项"] == "工程技术类一等奖"


def test_a_paragraph_under_a_category_heading_keeps_its_own_labels():
    got = metrics("初中组：城关中学九年级学生李明设计的节水装置历时5个月完成。该装置已在学校试用3个月。")
    assert not got["3个月"].startswith("初中组")


# ------------------------- a spaced row: its label owns its counts, no gap in the label

def test_a_spaced_row_of_a_school_names_and_owns_its_counts():
    from text_helpers import abouts
    text = "分学校获奖情况如下:\n城关第一中学　一等奖24项　二等奖51项\n"
    got = metrics(text)
    assert got["24项"] == "城关第一中学一等奖"
    assert abouts(text)["51项"] == "城关第一中学"
