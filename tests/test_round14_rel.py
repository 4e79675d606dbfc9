"""Issue 10, round 14: relations the competency questions walk — a group's head school named
in its own clause (以A为龙头校) before the members, and the divisions a place holds listed in
the clause after the place (…指某省某市，下辖A区、B县). Every sentence is new, written in
the style of the reports."""
from __future__ import annotations

from text_helpers import linked_pairs


# ------------------------------------------------------------ a group's head school, then its members

def test_head_school_clause_then_members_clause():
    got = linked_pairs("组建崇义县实验小学教育集团，以崇义县实验小学为龙头校，吸纳崇义县第二小学、"
                       "横水镇中心小学等4所学校为成员校。\n", "partOf")
    group = "崇义县实验小学教育集团"
    assert {("崇义县实验小学", group), ("崇义县第二小学", group), ("横水镇中心小学", group)} <= got, got


def test_head_school_with_half_width_commas():
    got = linked_pairs("组建岚县第一中学教育集团,以岚县第一中学为核心,吸纳岚县第三中学为成员校。\n", "partOf")
    group = "岚县第一中学教育集团"
    assert {("岚县第一中学", group), ("岚县第三中学", group)} <= got, got


# ------------------------------------------------------------ divisions listed after the place's clause

def test_divisions_held_by_the_place_ending_the_clause_before():
    got = linked_pairs("注：本公报所称全市指甘肃省天水市，下辖秦州区、麦积区、清水县、秦安县、甘谷县、"
                       "武山县、张家川回族自治县，共7个县区。\n", "locatedIn")
    for county in ("秦州区", "清水县", "甘谷县", "张家川回族自治县"):
        assert (county, "天水市") in got, got


def test_a_held_city_does_not_hold_the_next_list():
    got = linked_pairs("黑龙江省鹤岗市下辖向阳区、工农区等6个区，代管萝北县，辖绥滨县1个县。\n", "locatedIn")
    assert ("绥滨县", "萝北县") not in got, got


# ------------------------------------------------------------ an issuer's short form merged with its full name

def test_short_science_bureau_is_the_full_one():
    got = linked_pairs("本届大赛由嘉兴市教育局、嘉兴市科学技术局联合主办。\n"
                       "根据市教育局、市科技局联合印发的《关于举办2025年嘉兴市青少年科技创新大赛的通知》，"
                       "大赛自3月启动。\n", "issuedBy")
    doc = "关于举办2025年嘉兴市青少年科技创新大赛的通知"
    assert (doc, "嘉兴市科学技术局") in got, got


def test_short_ethnic_affairs_bureau_is_the_full_one():
    got = linked_pairs("会同曲靖市民族宗教事务局开展民族团结进步教育。\n"
                       "市民宗局、市教育局联合印发《曲靖市民族团结进步教育进校园实施方案》。\n", "issuedBy")
    assert ("曲靖市民族团结进步教育进校园实施方案", "曲靖市民族宗教事务局") in got, got


# ------------------------------------------------------------ a civil servant's rank as a post

def test_researcher_rank_links_the_official():
    got = linked_pairs("颁奖仪式上，市教育局副局长刘国强、市科技局二级调研员孙海燕出席并为获奖学生颁奖。\n",
                       "affiliatedWith")
    assert any(p == "孙海燕" and o.endswith("科技局") for p, o in got), got


# ------------------------------------------------------------ a group taking schools into its care

def test_group_entrusted_with_schools():
    got = linked_pairs("宁乡市玉潭中学教育集团托管回龙铺镇中学、双江口镇中学，集团规模达1.2万人。\n", "partOf")
    group = "宁乡市玉潭中学教育集团"
    assert {("回龙铺镇中学", group), ("双江口镇中学", group)} <= got, got


# ------------------------------------------------------------ a school named after a road written 道

def test_school_named_after_a_dao_road_heads_its_group():
    got = linked_pairs("南开区华夏道小学教育集团吸收天津市南开区育红小学为成员校，共享课程86门。\n", "partOf")
    assert ("天津市南开区育红小学", "南开区华夏道小学教育集团") in got, got


# ------------------------------------------------------------ a researcher's stage after the office

def test_researcher_stage_is_no_school():
    got = linked_pairs("一等奖作品的指导教师为钦州市教育科学研究所小学数学教研员黄丽萍；另一件作品由"
                       "北海市教师发展中心初中语文教研员梁红指导。\n", "affiliatedWith")
    assert {("黄丽萍", "钦州市教育科学研究所"), ("梁红", "北海市教师发展中心")} <= got, got


# ------------------------------------------------------------ a company's short form in brackets

def test_company_short_form_in_brackets_links_its_manager():
    got = linked_pairs("协办单位常州星辰智控科技有限公司（星辰智控）提供了真实命题。\n"
                       "星辰智控总经理周明远表示，企业将与获奖学校共建实践基地。\n", "affiliatedWith")
    assert ("周明远", "常州星辰智控科技有限公司") in got, got


# ------------------------------------------------------------ a city's districts, new ones included

def test_districts_newer_than_the_gazetteer_are_held():
    got = linked_pairs("大同市位于山西省北部，下辖平城区、云冈区、新荣区、云州区4个区和阳高县、天镇县6个县。\n",
                       "locatedIn")
    assert {("平城区", "大同市"), ("云州区", "大同市"), ("阳高县", "大同市")} <= got, got


def test_whole_city_holding_names_the_reports_city():
    got = linked_pairs("德阳市教育局2023年工作总结\n\n全市辖旌阳区、罗江区2个城区和广汉市、什邡市、中江县3个县（市）。\n"
                       "\n德阳市教育局\n2024年1月\n", "locatedIn")
    assert {("旌阳区", "德阳市"), ("罗江区", "德阳市"), ("广汉市", "德阳市"), ("中江县", "德阳市")} <= got, got


def test_joining_word_is_no_part_of_a_held_county():
    got = linked_pairs("开封市下辖龙亭区、顺河回族区和杞县、通许县。\n", "locatedIn")
    assert not any(s.startswith("和") for s, _ in got), got


def test_county_territory_holds_its_towns():
    got = linked_pairs("安图县教育局2023年工作总结\n\n安图县位于吉林省东部，隶属延边朝鲜族自治州，县境内辖明月镇、"
                       "松江镇、二道白河镇和永庆乡，教育事业稳步发展。\n\n安图县教育局\n2024年1月\n", "locatedIn")
    assert {("松江镇", "安图县"), ("永庆乡", "安图县")} <= got, got
