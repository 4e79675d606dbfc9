"""Issue 10, round 3: how reports tie a figure to a programme or school written a clause
away. Each test is a new sentence in the style of the reports, not a copy of any eval report."""
from __future__ import annotations

import pytest

from kg.pipeline import process_text


def abouts(text):
    report = process_text(text, "t")
    label = {e.key: e.label for e in report.entities}
    return {report.text[f.start:f.end]: label.get(f.about) for f in report.figures}


# ------------------------------------------------------------ a programme as the clause subject

@pytest.mark.parametrize("text, raws, name", [
    ("全县中小学校课后服务实现全覆盖，参与学生3.8万人，参与率为94.2%。",
     ["3.8万人", "94.2%"], "课后服务"),
    ("“县管校聘”管理改革持续深化，全年交流轮岗教师1320人次，其中骨干教师占比19.6%。",
     ["1320人次", "19.6%"], "县管校聘管理改革"),
    ("扎实推进“双减”工作，全旗义务教育学校课后服务实现全覆盖，学生参与率达到97.1%。",
     ["97.1%"], "课后服务"),
])
def test_figures_after_a_programme_that_the_clause_reports_the_state_of(text, raws, name):
    got = abouts(text)
    for raw in raws:
        assert got[raw] == name, got


def test_a_programme_after_a_verb_is_no_state_subject():
    got = abouts("召开课后服务工作推进会，全县交流轮岗教师420人。")
    assert got["420人"] is None, got


def test_a_programme_subject_does_not_make_a_section_about_it():
    text = ("（二）减负提质\n全市义务教育学校课后服务实现全覆盖，参与率为92.4%。"
            "检查校外培训机构212家次，查处违规机构9家。")
    got = abouts(text)
    assert got["92.4%"] == "课后服务"
    assert got["212家次"] is None and got["9家"] is None, got


# ------------------------------------------------------------ ；-parts read like sentences

def test_a_semicolon_part_opening_with_a_programme_frames_its_figures():
    text = ("全年发放学生资助资金2860万元；认真落实“春雨计划”职业教育补助政策，"
            "为1420名中职学生发放补助资金426万元。")
    got = abouts(text)
    assert got["1420名"] == got["426万元"] == "春雨计划职业教育补助政策" or \
        got["426万元"] in ("春雨计划", "春雨计划职业教育补助政策"), got
    assert got["2860万元"] is None, got


def test_the_means_named_after_tongguo_frames_the_sentence():
    text = "通过“银龄讲学计划”招募退休教师42名，讲学教师任教满两年后续聘比例达到88.5%。"
    got = abouts(text)
    assert got["88.5%"] in ("银龄讲学计划",), got


def test_a_list_of_means_after_tongguo_frames_nothing():
    text = "通过“民办公助”“企业办园”等方式新增普惠性幼儿园5所，普惠性幼儿园覆盖率达91.2%。"
    got = abouts(text)
    assert got["91.2%"] is None, got


# ------------------------------------------------------------ a school and its partner

def test_a_school_working_with_a_partner_keeps_the_later_figures():
    text = ("龙城县第二职业中学与江北职业技术学院开展中高职贯通培养，"
            "招收贯通班学生240名。")
    assert abouts(text)["240名"] == "龙城县第二职业中学"


def test_a_list_of_schools_is_no_subject():
    text = "龙城县第一中学和龙城县第二中学新建实验室，共投入资金380万元。"
    assert abouts(text)["380万元"] is None


def test_a_programme_joined_to_another_by_he_frames_nothing():
    text = "推行“书记陪读”和教辅统一征订制度，全县学校落实率达到96%，新增试点学校四所。"
    got = abouts(text)
    assert got["96%"] is None and got["四所"] is None, got
