"""Round 15, figure labels that competency questions filter on: a share keeps its whole
subject (A占B), a table of places keeps the stage its caption names, a heading's time word
is not part of the measure, a ranked measure names the figure after it, and a fund named by
what it pays keeps whose it is. New sentences of other places and numbers."""
from __future__ import annotations

from kg.recognise.figures import find_figures


def figs(text):
    return {f.raw: (f.value, f.unit, f.metric) for f in find_figures(text)}


# ------------------------- a share after a change on the year keeps the thing counted

def test_share_after_a_yearly_change_keeps_its_whole_subject():
    got = figs("其中，地方财政性教育经费为61.27亿元，比上年增长3.5%，占教育总投入的81.6%。")
    assert got["81.6%"][2] == "地方财政性教育经费占教育总投入"


def test_share_after_a_fall_names_the_kind_of_school():
    got = figs("民办中小学在校生3.45万人，较上年减少1210人，占全州在校生总数的9.7%。")
    assert got["9.7%"][2] == "民办中小学在校生占全州在校生总数"
    got = figs("全县共有民办幼儿园86所,比上年减少5所,占全县幼儿园总数的41.2%。")
    assert got["41.2%"][2] == "民办幼儿园占全县幼儿园总数"


def test_share_right_after_the_amount_keeps_a_long_subject():
    got = figs("省级财政性教育经费为12.5亿元，占教育经费总投入的64.3%。")
    assert got["64.3%"][2] == "省级财政性教育经费占教育经费总投入"


# ------------------------- a table of places under a caption that names one stage

def test_spaced_table_of_counties_keeps_the_caption_stage():
    text = ("表3  2022年各县区义务教育基本情况\n"
            "县区  学校数(所)  在校生数(人)\n"
            "东山县  74  41230\n"
            "西河区  52  38811\n")
    got = figs(text)
    assert got["41230"][2] == "东山县义务教育在校生数"
    assert got["52"][2] == "西河区义务教育学校数"
    # columns that name their own stage keep it
    text = ("表4 2023年各县（市、区）义务教育学校情况\n"
            "单位：所\n"
            "县（市、区） 小学学校数 初中学校数\n"
            "北川县 41 17\n")
    got = figs(text)
    assert got["41"][2] == "北川县小学学校数"


def test_barred_table_of_districts_keeps_the_caption_stage():
    text = ("表2 2023年各区县普通高中基本情况\n"
            "区县 | 学校数(所) | 在校生(人)\n"
            "南湖区 | 6 | 15230\n")
    got = figs(text)
    assert got["15230"][2] == "南湖区普通高中在校生"


# ------------------------- a heading's time word is not part of the stage's measure

def test_heading_of_a_stage_list_drops_its_time_word():
    got = figs("全年生均一般公共预算教育事业费：小学11872.36元，初中16208.51元。")
    assert got["11872.36元"][2] == "小学生均一般公共预算教育事业费"
    assert got["16208.51元"][2] == "初中生均一般公共预算教育事业费"


# ------------------------- a ranked measure names the bare figure after it

def test_measure_ranked_highest_names_the_next_clause_figure():
    got = figs("分组别看，初中组二等奖获奖率最高，达到18.4%。")
    assert got["18.4%"][2] == "初中组二等奖获奖率"
    got = figs("各乡镇中，城关镇入园率最低,为91.2%。")
    assert got["91.2%"][2] == "城关镇入园率"


# ------------------------- a fund named by what it pays keeps whose it is

def test_fund_keeps_the_programme_it_pays_for():
    got = figs("全年拨付农村义务教育学生营养改善计划膳食补助资金6230万元，惠及学生4.1万人。")
    assert got["6230万元"][2].endswith("膳食补助资金")
    assert got["6230万元"][2] != "补助资金"


# ------------------------- a named fund drops the verb that gave it out

def test_named_fund_drops_the_verb_and_its_kinds():
    got = figs("全年发放各类学生资助资金4,215万元，惠及学生3.6万人次。")
    assert got["4,215万元"][2] == "学生资助资金"
    got = figs("全年投入校园安全经费1860万元,新建视频监控点位420个。")
    assert got["1860万元"][2] == "校园安全经费"
    # a bare fund keeps its verb
    got = figs("全年发放各类资助资金2,310万元。")
    assert got["2,310万元"][2] != "各类资助资金"
    got = figs("全年投入教育经费5.2亿元。")
    assert got["5.2亿元"][2] == "投入教育经费"


# ------------------------- 在学 is part of the enrolled noun

def test_enrolled_postgraduates_keep_zai_xue():
    got = figs("研究生招生312人，在学研究生958人。")
    assert got["958人"][2] == "在学研究生"


# ------------------------- a barred table of measures whose rows give their own units

def test_barred_rows_of_measures_with_their_units_in_brackets():
    text = ("表5  普通高中主要指标\n"
            "指标 | 2021年 | 2022年 | 增减\n"
            "学校数(所) | 31 | 33 | 2\n"
            "在校生数(人) | 52140 | 54022 | 1882\n")
    got = figs(text)
    assert got["33"] == (33, "所", "2022年普通高中学校数")
    assert got["52140"] == (52140, "人", "2021年普通高中在校生数")
    assert got["1882"][2] == "普通高中在校生数增减"
