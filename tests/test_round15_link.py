"""Issue 10, round 15: links the competency questions walk — schools joining a group the
sentence named before (…，A、B纳入集团统一管理; …，A加入该集团), the bureau that sends aid
teachers into Tibet or Xinjiang (某省教育厅选派援藏教师N名; X派出的某某), and an agency's short
form written from one character of each word of its full name (市文广新旅局). Every sentence
is new, written in the style of the reports."""
from __future__ import annotations

from kg.resolve import is_short_form
from text_helpers import abouts, linked_pairs


# ------------------------------------------------------------ schools joining the group named before

def test_listed_schools_taken_into_the_group_named_before():
    got = linked_pairs("组建琼海市嘉积中学教育集团,琼海市长坡中学、琼海市大路中学纳入集团统一管理,"
                       "集团内共享课程资源120节。\n", "partOf")
    group = "琼海市嘉积中学教育集团"
    assert {("琼海市长坡中学", group), ("琼海市大路中学", group)} <= got, got


def test_school_joining_that_group_in_the_next_clause():
    got = linked_pairs("晋城市第一中学校教育集团新吸纳成员校2所，阳城县第一中学校加入该集团。\n", "partOf")
    assert ("阳城县第一中学校", "晋城市第一中学校教育集团") in got, got


def test_school_of_a_clause_without_a_joining_word_stays_out():
    got = linked_pairs("组建晋城市第一中学校教育集团，阳城县第一中学校本科达线率为70.2%。\n", "partOf")
    assert ("阳城县第一中学校", "晋城市第一中学校教育集团") not in got, got


# ------------------------------------------------------------ the bureau that sends aid teachers

def test_bureau_sending_teachers_into_tibet_owns_the_count():
    got = abouts("洛隆县教育局2023年工作总结\n\n天津市教育委员会选派的第九批援藏教师36名于3月全部到岗,"
                 "分布在洛隆县中学等5所学校,任教时间3年。\n\n洛隆县教育局\n2024年1月\n")
    assert got.get("36名") == "天津市教育委员会", got
    assert got.get("3年") != "天津市教育委员会", got


def test_bureau_sending_teachers_into_xinjiang_half_width():
    got = abouts("温宿县教育局2022年工作总结\n\n浙江省台州市教育局选派第十批援疆教师52名(其中管理干部5名),"
                 "分布在温宿县第一中学等9所学校。\n\n温宿县教育局\n2023年1月\n")
    assert got.get("52名") == "浙江省台州市教育局", got


def test_person_sent_by_a_bureau_is_affiliated_with_it():
    got = linked_pairs("援疆教师领队、台州市教育局派出的何建平同志任温宿县第一中学校长。\n", "affiliatedWith")
    assert any(p == "何建平" and o.endswith("台州市教育局") for p, o in got), got


# ------------------------------------------------------------ an agency's short form

def test_culture_tourism_short_form_is_the_full_bureau():
    got = linked_pairs("本次展演由上饶市教育局、上饶市文化广电新闻出版旅游局主办。\n"
                       "根据市教育局、市文广新旅局联合印发的《关于举办2025年上饶市中小学生戏曲展演的通知》，"
                       "展演自4月启动。\n", "issuedBy")
    doc = "关于举办2025年上饶市中小学生戏曲展演的通知"
    assert (doc, "上饶市文化广电新闻出版旅游局") in got, got


def test_short_form_reads_one_character_of_each_word():
    assert is_short_form("文广新旅局", "文化广电新闻出版旅游局")
    assert is_short_form("农旅局", "农业农村旅游局")
    assert not is_short_form("教育局", "教育督导局")      # 教育 side by side: a different bureau
    assert not is_short_form("文旅委", "文化广电新闻出版旅游局")   # another head


# ------------------------------------------------------------ a figure about the event named in the clause

def test_prizes_after_entering_an_event():
    got = abouts("组队参加曲靖市第九届运动会青少年组比赛,获金牌12枚、银牌7枚。\n")
    assert got.get("12枚") == "曲靖市第九届运动会", got
    assert got.get("7枚") == "曲靖市第九届运动会", got


def test_counts_inside_a_quoted_activity_frame():
    got = abouts("学生开展的“寻访运河白鹭”科技实践活动获一等奖。在“寻访运河白鹭”活动中，小组成员"
                 "在大运河扬州段开展观测45次，记录白鹭出现96只次。\n")
    assert got.get("45次") is not None and "寻访运河白鹭" in got.get("45次"), got


def test_school_founded_with_a_partner_owns_its_first_intake():
    got = abouts("与福建师范大学合作举办的福建师范大学附属宁德实验学校9月开学，首批招收学生960人。\n")
    assert got.get("960人") == "福建师范大学附属宁德实验学校", got


# ------------------------------------------------------------ an independent college named with its university

def test_independent_college_links_its_vice_president():
    got = linked_pairs("评委会主任由东南大学成贤学院院长吴某担任，副主任由北京理工大学珠海学院副院长"
                       "罗建明教授担任。\n", "affiliatedWith")
    assert ("罗建明", "北京理工大学珠海学院") in got, got


def test_faculty_of_a_university_is_no_college_of_its_own():
    got = linked_pairs("北京师范大学教育学院教授王海燕作专题报告。\n", "affiliatedWith")
    assert ("王海燕", "北京师范大学") in got, got


# ------------------------------------------------------------ a school's name jieba splits at 和

def test_school_name_holding_he_after_a_city_is_one_school():
    got = linked_pairs("组建文昌市文昌中学教育集团,文昌市华侨中学、文昌市广和中学纳入集团统一管理。\n", "partOf")
    group = "文昌市文昌中学教育集团"
    assert {("文昌市华侨中学", group), ("文昌市广和中学", group)} <= got, got
