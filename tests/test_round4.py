"""Issue 10, round 4: kinds of fact the competency questions ask for, each written the way
Chinese reports write it. Every sentence is new, in the style of the reports, not copied
from any eval report."""
from __future__ import annotations

from kg.pipeline import process_text
from text_helpers import abouts, relations


# ------------------------------------------------------------ affiliatedWith

def test_a_second_post_in_a_committee_does_not_hide_the_university():
    rels = relations("南京理工大学教授、大赛专家评审委员会主任委员王志刚在总结时指出，作品质量逐年提高。")
    assert ("王志刚", "affiliatedWith", "南京理工大学") in rels, rels


def test_a_seconded_teacher_comes_from_the_body_after_laiz():
    rels = relations("来自杭州市西湖区教育局的援藏干部、那曲市教育局副局长周海波带领团队开展送教活动。")
    assert ("周海波", "affiliatedWith", "杭州市西湖区教育局") in rels, rels


def test_laiz_does_not_reach_past_a_clause():
    rels = relations("来自杭州市西湖区教育局的专家组到校指导，校长周海波介绍了学校情况。")
    assert ("周海波", "affiliatedWith", "杭州市西湖区教育局") not in rels, rels


# ------------------------------------------------------------ issuedBy

def test_an_agreement_signed_with_a_partner_is_issued_by_both():
    text = ("某县教育局\n2023年工作总结\n"
            "与宁波市鄞州区教育局签订《鄞州区—某县教育协作框架协议》，选派骨干教师30名赴鄞州跟岗学习。"
            "\n某县教育局\n2024年1月5日")
    rels = relations(text)
    assert ("鄞州区—某县教育协作框架协议", "issuedBy", "宁波市鄞州区教育局") in rels, rels


# ------------------------------------------------------------ about

def test_a_contest_a_body_runs_owns_its_entrants():
    got = abouts("市中学生体育协会举办“春晖杯”中学生篮球联赛，共有36所学校的88支队伍参赛，比赛场次达到260场。")
    assert got["88支"] == "春晖杯中学生篮球联赛", got
    assert got["260场"] == "春晖杯中学生篮球联赛", got


def test_a_school_that_runs_an_activity_keeps_its_own_figures_elsewhere():
    got = abouts("城关第一小学开展课后服务，开设社团42个。")
    assert got["42个"] == "城关第一小学", got


def test_respectively_pairs_names_and_figures_in_order():
    report = process_text("城东小学、新华路小学和朝阳中学分别有7项、5项和4项作品获市级一等奖。", "t")
    label = {e.key: e.label for e in report.entities}
    got = {report.text[f.start:f.end]: (label.get(f.about), f.metric) for f in report.figures}
    assert [got[r][0] for r in ("7项", "5项", "4项")] == ["城东小学", "新华路小学", "朝阳中学"], got
    assert all("一等奖" in got[r][1] for r in ("7项", "5项", "4项")), got


def test_respectively_needs_as_many_names_as_figures():
    got = abouts("城东小学、新华路小学分别有7项、5项和4项作品获奖。")
    assert got["5项"] != "新华路小学", got


def test_a_contest_brought_into_the_main_one_owns_the_later_counts():
    text = ("第十届南湖区青少年科技节闭幕。本届科技节评出一等奖80项；另首次将南湖区中小学生无人机竞赛纳入科技节统一组织，"
            "设初中、高中两个组别，共有96支队伍参赛。")
    got = abouts(text)
    assert got["96支"] == "南湖区中小学生无人机竞赛", got


# ------------------------------------------------------------ partOf, locatedIn

def test_a_school_name_extending_another_school_is_its_branch():
    rels = relations("复旦大学附属中学青浦学校的“湿地观察”项目获一等奖。")
    assert ("复旦大学附属中学青浦学校", "partOf", "复旦大学附属中学") in rels, rels


def test_campuses_listed_after_a_known_one_are_campuses_too():
    rels = relations("洛城市第一中学教育集团下辖城南校区、白鹭湾校区2个校区，在校生5210人。")
    assert ("白鹭湾校区", "partOf", "洛城市第一中学教育集团") in rels, rels


def test_a_zone_after_weiyu_and_a_place_lies_in_that_place():
    rels = relations("位于龙华区的深港青云科技城累计入驻研究院8家。")
    assert ("深港青云科技城", "locatedIn", "龙华区") in rels, rels


# ------------------------------------------------------------ other names of a school

def entity_names(text):
    report = process_text(text, "t")
    return {e.label: e.alt_labels for e in report.entities}


def test_a_full_name_in_brackets_is_another_name_of_the_school():
    text = "2021年中考，长沙市第七中学（湖南大学附属中学）优秀率达到71.2%，湖大附中学生获全市第一。"
    names = entity_names(text)
    assert {"湖南大学附属中学", "湖大附中"} <= names["长沙市第七中学"], names
    assert abouts(text)["71.2%"] == "长沙市第七中学"


def test_the_short_form_of_an_attached_school_is_the_same_school():
    names = entity_names("复旦大学附属中学和复旦附中青浦学校的学生参加了展示活动，复旦附中获组织奖。")
    assert "复旦附中" in names["复旦大学附属中学"], names


# ------------------------------------------------------------ ratios

def test_a_ratio_after_a_ratio_word_is_a_figure_with_unit_colon_one():
    report = process_text("全县小学生师比由上年的16.1：1调整为15.2：1，中小学生机比达到6.5:1。", "t")
    got = {f.raw: (float(f.value), f.unit, f.metric) for f in report.figures}
    assert got["15.2：1"][:2] == (15.2, ":1") and "生师比" in got["15.2：1"][2], got
    assert got["6.5:1"][:2] == (6.5, ":1") and "生机比" in got["6.5:1"][2], got


def test_a_time_or_a_score_is_no_ratio():
    report = process_text("开幕式于9:30举行，决赛中城关中学以3:1获胜。", "t")
    assert not [f for f in report.figures if f.unit == ":1"], report.figures


def test_gai_and_a_head_points_back_at_the_name_with_that_head():
    text = ("城关小学教师李娜介绍了学校依托“小小发明家”科创社团开展项目式学习的做法，"
            "该社团现有成员160名，近三年累计获得市级以上奖项52项。")
    got = abouts(text)
    assert got["160名"] == got["52项"] == "小小发明家", got
