"""Issue 10, round 11: relations as reports write them. Every sentence is new, written in the
style of the reports (other places, other names, other numbers, half-width punctuation)."""
from __future__ import annotations

from text_helpers import relations


def _affiliations(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in relations(text) if p == "affiliatedWith"}


# ------------------------------------------------------------ a school's staff and pupils are no affiliation

def test_teacher_and_head_of_a_school_are_not_affiliated_with_it():
    got = _affiliations("2.队伍建设\n衡东县第二中学教师彭晓岚获评省级骨干教师,杨林镇中心小学校长邓志刚"
                        "获评市级优秀校长。\n")
    assert not any(o.endswith(("中学", "小学")) for _, o in got), got


def test_head_in_a_bracket_after_a_name_is_not_affiliated_with_the_school():
    got = _affiliations("三、教师培训\n邀请周世雄(衡阳师范学院副教授)、刘小燕(祁东县育贤中学校长)开设讲座。\n")
    assert ("周世雄", "衡阳师范学院") in got and ("刘小燕", "祁东县育贤中学") not in got, got


def test_professor_and_bureau_official_keep_their_affiliation():
    got = _affiliations("(四)教师培训\n邀请湘潭大学教授欧明辉作专题报告,衡阳市教育局副局长曾凡平出席并讲话。\n")
    assert ("欧明辉", "湘潭大学") in got and ("曾凡平", "衡阳市教育局") in got, got


def test_head_of_an_education_group_keeps_the_group():
    got = _affiliations("一、集团化办学\n耒阳市实验小学教育集团新增城北校区,集团总校长廖春华带队指导。\n")
    assert ("廖春华", "耒阳市实验小学教育集团") in got, got
