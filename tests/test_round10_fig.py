"""Issue 10, round 10: figures and metric labels. Every sentence is new (other places,
other names, other numbers), written in the style of the reports; each test names the
class of sentence it stands for."""
from __future__ import annotations

from kg.recognise.figures import find_figures


def metrics(text):
    return {f.raw: f.metric for f in find_figures(text)}


# ------------------------------------------- a bare amount or rate in a follow-up clause

def test_bare_area_and_investment_measure_what_was_counted():
    text = "全年完成农村学校食堂改造工程28个,总面积约3.1万平方米,投资8600万元。"
    got = metrics(text)
    assert "食堂改造工程" in got["约3.1万平方米"] and got["约3.1万平方米"].endswith("总面积"), got
    assert "食堂改造工程" in got["8600万元"] and got["8600万元"].endswith("投资"), got


def test_bare_rates_after_a_count_name_what_was_counted():
    text = "2024年共承办市人大代表议案、建议65件，办结率100%，代表满意率97%以上。"
    got = metrics(text)
    assert got["100%"].endswith("建议办结率") and len(got["100%"]) <= 12, got


def test_bare_amount_after_a_count_of_people():
    text = "为家庭经济困难学生发放营养补助1.2万人次，金额960万元。"
    got = metrics(text)
    assert got["960万元"] == "营养补助金额", got


def test_measure_with_its_own_noun_is_kept():
    text = "全年新建校舍项目12个，校舍建筑面积4.6万平方米。"
    got = metrics(text)
    assert got["4.6万平方米"] == "校舍建筑面积", got


# ------------------------------------------- counts before a verb of contesting

def test_count_before_contesting_verb_is_taking_part():
    text = "绵阳市第六届中小学生机器人竞赛落幕 76支队伍同场竞技\n本次比赛共有412名选手同台竞技。"
    got = metrics(text)
    assert got["76支"] == "参赛队伍", got
    assert got["412名"] == "参赛选手", got


def test_from_group_before_contest_names_every_count():
    text = ("来自全市9个县(市、区)的58所学校、930名学生组成的210支队伍同台竞技,"
            "角逐一等奖15个。")
    got = metrics(text)
    assert got["9个"] == "参赛县(市、区)", got
    assert got["930名"] == "参赛学生", got
    assert got["210支"] == "参赛队伍", got
    assert got["15个"] != "参赛一等奖", got


def test_from_group_taking_part_in_matches():
    text = "来自全市11个区县的36支代表队、980名运动员参加了为期三天的比赛。"
    got = metrics(text)
    assert got["11个"] == "参赛区县", got
    assert got["980名"] == "参赛运动员", got


def test_count_after_the_contest_verb_keeps_its_own_label():
    text = "全市中职学校选手参加了5大类38个赛项的比拼。"
    got = metrics(text)
    assert not got["38个"].startswith("参赛"), got


# ------------------------------------------- pupils of the kind of school just counted

def test_pupils_after_a_count_of_one_kind_of_school():
    text = "全州共有民办学校(含幼儿园)347所，在校生9.6万人，占全州在校生的12.1%。"
    got = metrics(text)
    assert got["9.6万人"] == "民办学校在校生", got


def test_pupils_after_a_bare_school_count_take_the_stage():
    text = "（三）普通高中。学校28所，招生1.12万人，在校生3.30万人。"
    got = metrics(text)
    assert got["1.12万人"] == "普通高中招生", got


def test_pupils_after_a_bracketed_breakdown_are_left_alone():
    text = "初中学校64所（含九年一贯制学校21所），在校生4.2万人。"
    got = metrics(text)
    assert got["4.2万人"] != "九年一贯制学校在校生", got


# ------------------------------------------- a change borrows the measure, not every modifier

def test_change_after_a_long_measure_keeps_its_nearest_words():
    text = "全区各级各类学历教育在校生8.62万人，比上年增长1.74%。"
    got = metrics(text)
    assert got["1.74%"].endswith("在校生比上年增长"), got
    assert len(got["1.74%"]) <= 15, got


def test_change_after_a_listed_subject_keeps_the_measure():
    text = "2024年高考，东城县第一中学、东城县第三中学本科上线892人，上线率达到71.5%,较上年提高2.6个百分点。"
    got = metrics(text)
    assert got["2.6个百分点"].endswith("上线率较上年提高"), got
    assert len(got["2.6个百分点"]) <= 15, got


def test_short_change_is_left_whole():
    text = "全市普通高中在校生6.1万人，比上年增加0.3万人。"
    got = metrics(text)
    assert got["0.3万人"] == "普通高中在校生比上年增加", got


def test_attracted_counts_are_named_by_how_they_took_part():
    text = "本届科技节共吸引全县64所中小学、9800余名学生报名参赛，收到作品3120件。"
    got = metrics(text)
    assert got["64所"] == "报名参赛中小学", got
    assert got["9800余名"] == "报名参赛学生", got
    assert got["3120件"] != "报名参赛作品", got


def test_attracted_schools_of_a_list_before_their_pupils():
    text = "读书月活动吸引了全市210所中小学、幼儿园的5.6万名学生参与。"
    got = metrics(text)
    assert got["210所"].startswith("参与中小学"), got
    assert got["5.6万名"] == "参与学生", got


def test_attracted_onlookers_keep_their_label():
    text = "展演吸引家长和市民约4200人次现场观看。"
    got = metrics(text)
    assert not got["约4200人次"].startswith(("参与", "参赛", "报名")), got


# ------------------------------------------- what a group counted before takes in

def test_members_covered_by_the_groups_just_counted():
    text = "全州组建紧密型教育联合体(共同体)37个，覆盖成员校152所，联合体覆盖率达68%。"
    got = metrics(text)
    assert got["152所"].endswith("覆盖成员校") and "联合体" in got["152所"], got


def test_bare_members_after_a_count_of_groups():
    text = "组建城关小学教育集团、南关中学教育集团等21个教育集团，成员校96所。"
    got = metrics(text)
    assert got["96所"] == "教育集团成员校", got


# ------------------------------------------- 实现100%全覆盖: the rate of what reaches it

def test_full_coverage_rate_names_what_is_covered():
    text = "学科类培训机构预收费监管实现100%全覆盖。"
    got = metrics(text)
    assert "预收费监管" in got["100%"], got


def test_full_coverage_after_a_half_width_comma():
    text = "2.强化安全保障,各校心理健康测评实现100%全覆盖,建立心理档案2.4万份."
    got = metrics(text)
    assert "心理健康测评" in got["100%"], got


# ------------------------------------------- 为期N的X: how long X lasts

def test_span_before_the_activity_it_measures():
    text = "选派骨干教师12名赴甘肃省临夏州开展为期两年的对口支援工作。"
    got = metrics(text)
    assert got["两年"] == "对口支援期限", got


def test_span_of_a_named_contest_gets_no_term():
    text = "为期3天的2024年南平市中小学生科技创新大赛在建阳区落幕。"
    got = metrics(text)
    assert not got["3天"].endswith("期限"), got


def test_pupils_after_a_bare_stage_are_the_places():
    got = metrics("（三）县域。青田县有中小学118所、在校生5.2万人；文成县有中小学96所，在校生3.4万人。")
    assert got["3.4万人"] == "文成县在校生", got
