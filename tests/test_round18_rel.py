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


def test_faculty_whose_fields_are_joined_by_a_hyphen():
    got = linked_pairs("西北民族大学蒙古-藏学学院教授王海涛为全县双语教师作专题辅导。\n", "affiliatedWith")
    assert {("王海涛", "西北民族大学蒙古-藏学学院"), ("王海涛", "西北民族大学")} <= got, got


def test_one_character_after_a_province_belongs_to_the_university():
    got = mention_types("湖北轻化工大学机械学院副教授陈晓光点评了参赛作品。\n", "University")
    assert "湖北轻化工大学" in got and "化工大学" not in got, got


# ------------------------------------------------------------ the report's own bureau head

BUREAU_REPORT = ("安化县教育局2023年工作总结\n\n（一）党建引领\n{line}\n\n安化县教育局\n2024年1月\n")


def test_bureau_head_after_an_item_number_is_the_bureau_s():
    text = BUREAU_REPORT.format(line="2.局党组书记、局长谭建军带队深入18所学校开展专题调研。")
    assert ("谭建军", "安化县教育局") in linked_pairs(text, "affiliatedWith")


def test_bare_post_of_the_bureau_after_a_circled_number():
    text = BUREAU_REPORT.format(line="③副局长刘海燕带队开展校园安全隐患排查4轮。")
    assert ("刘海燕", "安化县教育局") in linked_pairs(text, "affiliatedWith")


def test_bare_post_after_another_bureau_in_the_sentence_is_not_the_report_s():
    text = BUREAU_REPORT.format(line="③县公安局派出警力120人次，副局长刘海燕带队开展检查。")
    assert ("刘海燕", "安化县教育局") not in linked_pairs(text, "affiliatedWith")
    assert ("刘海燕", "安化县教育局") in linked_pairs(text.replace("县公安局派出警力120人次，", ""),
                                                  "affiliatedWith")


# ------------------------------------------------------------ 及所辖: the holder before 及

def test_counties_held_after_ji_suoxia_lie_in_the_city():
    got = linked_pairs("本公报统计范围为白城市及所辖洮南市、大安市、镇赉县，不含省属学校。\n", "locatedIn")
    assert {("大安市", "白城市"), ("镇赉县", "白城市")} <= got, got


# ------------------------------------------------------------ campuses

def test_campus_a_group_gains_by_its_bare_name():
    got = linked_pairs("岳阳市第十中学教育集团新增同心校区，同心校区设计规模48个班。\n", "partOf")
    assert ("同心校区", "岳阳市第十中学教育集团") in got, got


def test_campus_in_brackets_after_its_school():
    report = process_text("2023年，常州市第二中学(东校区)建成投用，新增学位1800个。\n", "t")
    label = {e.key: e.label for e in report.entities}
    got = {(label[r.subject], label[r.object]) for r in report.relations if r.predicate == "partOf"}
    assert ("常州市第二中学(东校区)", "常州市第二中学") in got, got


def test_section_remarked_in_brackets_is_no_campus():
    got = mention_types("万宁市第二中学（新校区）、万宁市第三小学（滨海校区）等5所学校完成改造。\n", "School")
    assert "万宁市第三小学（滨海校区）" in got, got
    assert not any("新校区" in n for n in got), got


# ------------------------------------------------------------ a school's people without a post

def test_pupil_written_without_a_grade_is_not_affiliated_with_the_school():
    got = linked_pairs("个人赛项中，宝鸡市职业高级中学学生张宇航获数控车加工技术赛项一等奖，指导教师为王磊。\n",
                       "affiliatedWith")
    assert ("张宇航", "宝鸡市职业高级中学") not in got, got


def test_teacher_in_brackets_keeps_the_school_and_pupil_does_not():
    got = linked_pairs("获奖名单：孙莉（略阳县天津高级中学教师），周航（略阳县天津高级中学学生）。\n",
                       "affiliatedWith")
    assert ("孙莉", "略阳县天津高级中学") in got, got
    assert ("周航", "略阳县天津高级中学") not in got, got
