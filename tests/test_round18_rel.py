"""Issue 10, round 18: the relations behind competency questions — a professor written with
the faculty of a university (linked to both, as reports and annotators name either), the
report's own bureau head after an item's number, places a city holds written after 及所辖,
and campuses a group gains by a bare name or a school writes in brackets. Every sentence
is new, written in the style of the reports."""
from __future__ import annotations

from kg.pipeline import process_text
from text_helpers import linked_pairs, mention_types


# ------------------------------------------------------------ faculties of a university

def test_professor_of_a_faculty_works_at_the_faculty_and_the_university():
    got = linked_pairs("县教师发展中心聘请河南大学教育科学学院教授李卫东为首席专家，全年送教下乡6次。\n",
                       "affiliatedWith")
    assert {("李卫东", "河南大学教育科学学院"), ("李卫东", "河南大学")} <= got, got


def test_faculty_is_a_university_entity():
    got = mention_types("决赛评委由江西师范大学物理与通信电子学院副教授刘振华担任。\n", "University")
    assert got.get("江西师范大学物理与通信电子学院") == "University", got


def test_faculty_of_a_college_named_by_its_city():
    got = linked_pairs("本次竞赛由肇庆学院外国语学院承办，肇庆学院外国语学院院长、教授黄秀英担任评委会主任。\n",
                       "affiliatedWith")
    assert {("黄秀英", "肇庆学院外国语学院"), ("黄秀英", "肇庆学院")} <= got, got


def test_one_character_after_a_province_belongs_to_the_university():
    got = mention_types("湖北轻化工大学机械学院副教授陈晓光点评了参赛作品。\n", "University")
    assert "湖北轻化工大学" in got and "化工大学" not in got, got
