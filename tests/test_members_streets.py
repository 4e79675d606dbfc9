"""Issue 10, round 3: members a group lists after 下设/下辖/吸纳, and streets a sentence
places a school in. New sentences in the style of the reports."""
from __future__ import annotations

from kg.pipeline import process_text
from text_helpers import linked_pairs as relations


def test_campuses_a_group_sets_up_are_its_parts():
    got = relations("城南区第三实验小学教育集团下设青柳校区、梧桐校区2个校区，集团内统一教研。", "partOf")
    assert {("青柳校区", "城南区第三实验小学教育集团"), ("梧桐校区", "城南区第三实验小学教育集团")} <= got, got


def test_members_taken_in_by_the_next_clause_are_parts_of_the_group():
    got = relations("组建河口县第二中学教育集团，吸纳河口县第五中学、坝洒镇中学为成员校，统一教学进度。",
                    "partOf")
    assert {("河口县第五中学", "河口县第二中学教育集团"), ("坝洒镇中学", "河口县第二中学教育集团")} <= got, got


def test_xiaxia_is_no_part_of_a_school_name():
    report = process_text("龙华区实验小学教育集团下辖龙华区实验小学清湖分校2所成员校。", "t")
    labels = {e.label for e in report.entities}
    assert not any("下辖" in n for n in labels), labels


def test_a_street_a_school_lies_in():
    got = relations("位于清河街道的城西区实验小学完成主体建设。", "locatedIn")
    assert ("城西区实验小学", "清河街道") in got, got
    got = relations("城西区第一中学与清河街道辖区内的城西区育英学校组建共同体。", "locatedIn")
    assert ("城西区育英学校", "清河街道") in got, got


def test_a_role_word_before_a_name_makes_it_a_person():
    from kg.recognise.entities import find_mentions
    for text, name in [("城关区运动员王浩然在全国学生运动会上获男子跳远冠军。", "王浩然"),
                       ("大赛评审委员会主任委员周建国点评时说，作品选题更加广泛。", "周建国")]:
        found = {m.text: m.type for m in find_mentions(text)}
        assert found.get(name) == "Person", found
