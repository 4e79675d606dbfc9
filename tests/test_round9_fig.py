"""Issue 10, round 9: figures and metric labels. Every sentence is new (other places,
other names, other numbers), written in the style of the reports; each test names the
class of sentence it stands for."""
from __future__ import annotations

from decimal import Decimal

from kg.recognise.figures import find_figures


def figures(text):
    return {f.raw: f for f in find_figures(text)}


def metrics(text):
    return {f.raw: f.metric for f in find_figures(text)}


# ------------------------------------------- area breakdowns by town and township

def test_town_and_township_list_under_a_colon_heading():
    text = ("3.义务教育。全县义务教育在校生2.96万人。各乡镇小学在校生:城关镇8650人,"
            "黄花乡1320人,石门镇2140人,柳林街道1980人。")
    got = metrics(text)
    assert got["8650人"] == "城关镇小学在校生", got
    assert got["1320人"] == "黄花乡小学在校生", got
    assert got["1980人"] == "柳林街道小学在校生", got


def test_numbered_heading_ending_in_a_full_stop():
    # (五)分县(市、区)X。A区N所,B县M所 : the heading ends in 。, not a colon
    text = ("（五）分县（市、区）普通小学数。东湖区41所，西湖区37所，青山湖区52所，"
            "新建区96所，进贤县118所。\n（六）特殊教育。全市特殊教育学校11所。")
    got = metrics(text)
    assert got["41所"] == "东湖区普通小学数", got
    assert got["118所"] == "进贤县普通小学数", got
    assert got["11所"] != "进贤县普通小学数", got


def test_sentence_ending_in_a_full_stop_is_no_heading():
    # an ordinary sentence of a numbered item is no heading for the next one
    text = "2.各县市区加强学校建设。城区新建小学3所，南区新建初中2所。"
    got = metrics(text)
    assert not got["3所"].startswith("城区各"), got


def test_numbered_caption_with_a_remark_line_before_its_list():
    text = ("九、分县（市、区）普通高中在校生\n（含民办，按学籍所在地统计）\n"
            "思明区　1.52万人\n湖里区　1.18万人\n集美区　0.96万人\n\n"
            "注：本公报数据为初步统计数。")
    got = metrics(text)
    assert got["1.52万人"] == "思明区普通高中在校生", got
    assert got["0.96万人"] == "集美区普通高中在校生", got


# ------------------------------------------------- parts of a total after 其中

def test_parts_of_a_total_by_stage():
    text = "（二）教师。义务教育阶段专任教师3.08万人，其中小学1.86万人、初中1.22万人。"
    got = metrics(text)
    assert got["1.86万人"] == "小学专任教师", got
    assert got["1.22万人"] == "初中专任教师", got


def test_parts_of_a_total_by_area():
    text = "全年新增公办学位2860个，其中城东区960个、城西区1100个、高新区800个。"
    got = metrics(text)
    assert got["960个"] == "城东区新增公办学位", got
    assert got["800个"] == "高新区新增公办学位", got


def test_parts_with_another_unit_are_left_alone():
    # 其中 followed by a figure of another unit is no part of the total
    text = "全市建成标准化考点36个，其中配备身份识别系统的考场1240间。"
    got = metrics(text)
    assert not got["1240间"].startswith("其中"), got
    assert "考点" not in got["1240间"], got


# -------------------------------------------------------------- sports marks

def test_marks_with_the_unit_inside_the_number_are_one_figure():
    text = ("男子组跳远决赛中，第二中学学生周明跳出6米87，打破大会纪录；"
            "女子1500米比赛，实验中学学生林雪以5分02秒46的成绩夺冠。")
    got = figures(text)
    assert got["6米87"].value == Decimal("6.87") and got["6米87"].unit == "米", got
    assert got["5分02秒46"].value == Decimal("302.46"), got
    assert got["5分02秒46"].unit == "秒", got
    assert got["6米87"].metric == "跳远成绩", got
    assert got["5分02秒46"].metric == "1500米成绩", got
    assert "1500米" not in got and "5分" not in got and "6米" not in got, got


def test_race_distances_name_races_not_figures():
    text = ("随着女子4×100米接力决赛结束，为期3天的运动会闭幕。"
            "李想包揽男子乙组200米、400米两枚金牌。学校新建400米标准跑道1条，跑道长400米。")
    got = figures(text)
    assert "100米" not in got and "200米" not in got, got
    assert "3天" in got and "1条" in got, got
    assert any(f.raw == "400米" and f.metric for f in find_figures(text)[-1:]), got


def test_result_table_lines_are_named_by_their_event():
    text = ("各项目冠军成绩如下：\n初中女子100米：何晴，第五中学，13秒07；\n"
            "高中男子三级跳远：孙海，第一中学，14米02。\n")
    got = figures(text)
    assert got["13秒07"].value == Decimal("13.07"), got
    assert got["13秒07"].metric == "初中女子100米成绩", got
    assert got["14米02"].metric == "高中男子三级跳远成绩", got


def test_end_of_a_rank_range_is_no_figure():
    text = "第八中学、第九中学、育才学校分列第四至六名，共有12名学生获奖。"
    got = figures(text)
    assert "六名" not in got, got
    assert "12名" in got, got


# ------------------------------------------------- ranked lists under a caption

def test_scores_of_a_ranked_list_take_the_groups_measure():
    text = ("附：团体总分前列名单\n初中组：城南中学312分；城北中学287分；实验中学240分。\n"
            "小学组：解放路小学198分；民主路小学176分。\n")
    got = metrics(text)
    assert got["312分"] == "初中组团体总分", got
    assert got["240分"] == "初中组团体总分", got
    assert got["176分"] == "小学组团体总分", got


def test_list_without_caption_keeps_its_own_metrics():
    text = "初中组：城南中学312分；城北中学287分。\n"
    got = metrics(text)
    assert "团体总分" not in got["312分"], got


# ------------------------------------------------------------- measure words

def test_centimetres_and_portions_are_units():
    text = "为全县学生办理校方责任险5120人份；新建跑道排水沟宽30厘米，路面误差不超过8毫米。"
    got = figures(text)
    assert got["5120人份"].unit == "人份", got
    assert got["30厘米"].unit == "厘米", got
    assert "5120人" not in got, got


def test_prize_tally_lines_under_a_caption_keep_their_prizes():
    # the items are prizes, not entrants: no ranked list
    text = ("附：各校获奖名单\n城东中学：一等奖5项，二等奖3项；\n"
            "城西小学：一等奖2项，二等奖6项。\n")
    got = metrics(text)
    assert "获奖" not in got["5项"] and "一等奖" in got["5项"], got
    assert "二等奖" in got["6项"], got


def test_a_district_with_a_township_character_inside_keeps_its_name():
    text = ("表5　2024年各县(市、区)初中在校生情况\n"
            "白云区3.12万人；东乡城区2.05万人；新镇江区1.66万人。\n")
    got = metrics(text)
    assert got["2.05万人"] == "东乡城区初中在校生", got
    assert got["1.66万人"] == "新镇江区初中在校生", got
