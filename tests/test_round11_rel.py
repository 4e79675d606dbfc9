"""Issue 10, round 11: relations as reports write them. Every sentence is new, written in the
style of the reports (other places, other names, other numbers, half-width punctuation)."""
from __future__ import annotations

from text_helpers import relations


def _affiliations(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in relations(text) if p == "affiliatedWith"}


# ------------------------------------------------------------ prize lists: pupils with a grade, coaches

def test_pupil_with_a_grade_is_not_affiliated_with_the_school():
    got = _affiliations("三、竞赛获奖\n衡东县第二中学高一学生彭晓岚设计的作品获省级一等奖,"
                        "杨林镇中心小学五年级学生邓志刚获二等奖。\n")
    assert not any(o.endswith(("中学", "小学")) for _, o in got), got


def test_coach_named_after_the_school_is_not_affiliated_with_it():
    got = _affiliations("2.学科竞赛\n攸县城关中学指导教师龙海波获评优秀指导教师。\n")
    assert not any(o.endswith("中学") for _, o in got), got


def test_head_of_a_school_keeps_the_school():
    got = _affiliations("(四)校长队伍\n祁东县育贤中学校长刘小燕获评省级优秀校长。\n")
    assert ("刘小燕", "祁东县育贤中学") in got, got


def test_professor_and_bureau_official_keep_their_affiliation():
    got = _affiliations("(四)教师培训\n邀请湘潭大学教授欧明辉作专题报告,衡阳市教育局副局长曾凡平出席并讲话。\n")
    assert ("欧明辉", "湘潭大学") in got and ("曾凡平", "衡阳市教育局") in got, got


# ------------------------------------------------------------ a section opened by a school, then the area's totals

def _abouts(text: str):
    from text_helpers import abouts
    return abouts(text)


def test_area_totals_in_a_school_section_are_about_nothing():
    got = _abouts("(五)特殊教育\n桂阳县特殊教育学校新建康复训练室6间。为73名重度残疾儿童提供送教上门服务。"
                  "全县适龄残疾儿童少年入学率达到97.6%。\n")
    assert got["97.6%"] is None, got


def test_sentence_naming_nothing_in_a_school_section_stays_the_schools():
    got = _abouts("三、桂阳县职业中专学校\n桂阳县职业中专学校现有专业9个。学校与42家企业开展校企合作,"
                  "毕业生就业率达96.4%。\n")
    assert got["96.4%"] == "桂阳县职业中专学校", got
