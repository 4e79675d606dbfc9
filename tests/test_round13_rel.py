"""Issue 10, round 13: the relations the competency questions walk (affiliatedWith with a
chief engineer's title, partOf stated in the clauses after a group, locatedIn to a province
written before a county, issuedBy stated after a title or by the sentence's subject).
Every sentence is new, written in the style of the reports."""
from __future__ import annotations

from text_helpers import linked_pairs, mention_types, relations


# ------------------------------------------------------------ a company's chief engineer

def test_chief_engineer_works_for_the_company():
    got = linked_pairs("担任裁判长的遵义精工机械有限公司总工程师龙建平说,选手的操作更规范了。\n", "affiliatedWith")
    assert ("龙建平", "遵义精工机械有限公司") in got, got


# ------------------------------------------------------------ members named in the clauses after the group

def test_leader_and_members_in_the_clauses_after_the_group():
    got = linked_pairs("组建石泉县城关第一小学教育集团,由石泉县城关第一小学牵头,池河镇中心小学、"
                 "后柳镇中心小学为成员校,集团内统一教研。\n", "partOf")
    group = "石泉县城关第一小学教育集团"
    assert {("石泉县城关第一小学", group), ("池河镇中心小学", group), ("后柳镇中心小学", group)} <= got, got


def test_members_acting_as_member_kindergartens_in_the_next_clause():
    got = linked_pairs("县第二幼儿园教育集团吸纳成员园5所,城南街道中心幼儿园、江口镇中心幼儿园作为集团成员园挂牌。\n",
                 "partOf")
    assert ("城南街道中心幼儿园", "县第二幼儿园教育集团") in got, got


def test_group_adding_campuses():
    got = linked_pairs("安顺市第一高级中学教育集团新增西秀校区、开发区校区,实行统一管理。\n", "partOf")
    assert ("西秀校区", "安顺市第一高级中学教育集团") in got, got


def test_member_clause_stops_at_another_group():
    got = linked_pairs("组建甲秀小学教育集团,由甲秀小学牵头;乌当区实验小学教育集团,"
                 "新天小学为成员校。\n", "partOf")
    assert ("新天小学", "甲秀小学教育集团") not in got, got


# ------------------------------------------------------------ schools named 第N中学校

def test_numbered_middle_schools_of_two_places_stay_apart():
    got = linked_pairs("自贡市第一中学校获一等奖5个;富顺县第一中学校获一等奖2个。\n", "locatedIn")
    assert ("富顺县第一中学校", "富顺县") in got, got


# ------------------------------------------------------------ a county written after its province

def test_county_written_after_its_province_lies_in_it():
    got = linked_pairs("选派15名教师赴四川省布拖县支教,接收布拖县跟岗教师20名。\n", "locatedIn")
    assert ("布拖县", "四川省") in got, got


# ------------------------------------------------------------ issuedBy stated after the title or by the sentence

def test_issuers_in_the_clause_after_the_title():
    got = linked_pairs("出台《遵义市义务教育教师交流轮岗实施办法》,由市教育局、市人社局联合印发。\n", "issuedBy")
    assert ("遵义市义务教育教师交流轮岗实施办法", "市人社局") in got, got
    assert ("遵义市义务教育教师交流轮岗实施办法", "市教育局") in got, got


def test_issuer_in_a_bracket_after_the_title():
    got = linked_pairs("我们将按照《铜仁市教育事业发展规划》要求(市政府2022年3月印发),做好三项工作。\n",
                       "issuedBy")
    assert ("铜仁市教育事业发展规划", "市政府") in got, got


def test_subject_of_an_earlier_clause_issues():
    got = linked_pairs("本报讯 第五届青少年科技节闭幕。近年来,毕节市科技局持续推进科普工作,先后印发"
                       "《毕节市青少年科普活动实施方案》《毕节市科技馆研学管理办法》。\n", "issuedBy")
    assert ("毕节市科技馆研学管理办法", "毕节市科技局") in got, got
    assert ("毕节市青少年科普活动实施方案", "毕节市科技局") in got, got


def test_signed_report_keeps_its_signer_for_a_clause_without_subject():
    got = linked_pairs("一、工作情况\n近年来,毕节市教育局持续推进科技教育,先后印发《毕节市中小学科学教育实施方案》。"
                       "\n\n织金县教育局\n2023年12月20日\n", "issuedBy")
    assert got == {("毕节市中小学科学教育实施方案", "织金县教育局")}, got


def test_partner_joined_after_a_word_of_time():
    got = linked_pairs("下一步,市教育局将联合市科协制定《六盘水市青少年科技创新行动方案》。\n", "issuedBy")
    assert ("六盘水市青少年科技创新行动方案", "市科协") in got or \
        any(o.endswith("科协") for _, o in got), got


# ------------------------------------------------------------ a quoted community the listed schools form

def test_quoted_community_formed_by_schools_is_a_group_of_them():
    got = linked_pairs("全年由兴义市第二小学、红果镇中心学校与柏果镇中心学校组成的“二小共同体”"
                 "开展联合教研40次。\n", "partOf")
    group = "二小共同体"
    assert {("兴义市第二小学", group), ("红果镇中心学校", group), ("柏果镇中心学校", group)} <= got, got


def test_quoted_community_without_a_forming_verb_stays_a_programme():
    got = mention_types("深化“城乡学校共同体”建设,全县共建成28个。\n")
    assert got.get("城乡学校共同体") != "EducationGroup", got


def test_quoted_community_of_teaching_research_is_no_group_of_schools():
    got = mention_types("全县组建“城乡教研共同体”8个,开展联合教研120次。\n")
    assert got.get("城乡教研共同体") != "EducationGroup", got
