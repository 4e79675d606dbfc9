"""Issue 10, round 3: how reports tie a figure to a programme or school written a clause
away. Each test is a new sentence in the style of the reports, not a copy of any eval report."""
from __future__ import annotations

import pytest

from text_helpers import abouts


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


# ------------------------------------------------------------ members counted under a group

def test_members_a_group_takes_in_are_counted_under_the_group():
    text = ("河西区实验小学教育集团吸纳河西区实验小学东校区、河西区柳湾小学和河西区"
            "马庄小学3个成员校，集团内交流教师28名。")
    got = abouts(text)
    assert got["3个"] == "河西区实验小学教育集团", got


def test_qizhong_introduces_the_school_the_clause_is_about():
    text = ("全县4所新建学校秋季投入使用，其中城东实验学校为九年一贯制学校，"
            "占地面积5.2万平方米，可提供学位2160个。")
    got = abouts(text)
    assert got["5.2万平方米"] == got["2160个"] == "城东实验学校", got


# ------------------------------------------------------------ a heading that names the programme

def test_a_heading_programme_owns_the_figures_of_sentences_that_name_nothing():
    text = ("（三）深化“区管校聘”改革\n"
            "打通教师流动渠道，全年交流轮岗教师186名，其中骨干教师占比21.5%。\n"
            "（四）守牢安全底线，平安校园建设扎实推进\n"
            "全年排查安全隐患420处。")
    got = abouts(text)
    assert got["186名"] == got["21.5%"] and got["186名"] in ("区管校聘", "区管校聘改革"), got
    assert got["420处"] is None, got
