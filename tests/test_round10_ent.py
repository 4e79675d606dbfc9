"""Round 10, entities and partOf: classes of error counted over the tuning folders, each
tested on new sentences (other places, names and numbers, half-width punctuation)."""
from __future__ import annotations

from kg.model import contract_class
from text_helpers import mention_types as names, linked_pairs as relations


# ------------------------------------------------ a company group's name runs on to its legal form

def test_no_inner_group_before_a_legal_form():
    found = names("市职业技术学校与江北重型机械集团股份有限公司、南岭港务集团有限公司等企业共建实训基地3个,"
                  "联合松原化工集团有限责任公司开展现代学徒制试点。", "Organization")
    for full in ("江北重型机械集团股份有限公司", "南岭港务集团有限公司", "松原化工集团有限责任公司"):
        assert full in found, found
    for inner in ("江北重型机械集团", "南岭港务集团", "松原化工集团"):
        assert inner not in found, found


def test_a_group_alone_is_still_a_company():
    found = names("与重庆轨道交通集团签订校企合作协议。", "Organization")
    assert "重庆轨道交通集团" in found


# ------------------------------------------------ a university's campus is the university's

def test_a_university_campus_is_a_university():
    found = names("决赛在四川师范大学狮子山校区举行,颁奖仪式在西南交通学院犀浦校区进行。")
    assert found.get("四川师范大学狮子山校区") == "University", found
    assert found.get("西南交通学院犀浦校区") == "University", found


def test_a_school_campus_stays_a_school():
    found = names("湖南师范大学附属中学梅溪湖校区、长沙市雅礼中学北校区秋季招生。")
    assert contract_class(found.get("长沙市雅礼中学北校区", "")) == "School", found
    assert found.get("湖南师范大学附属中学梅溪湖校区") != "University", found


# ------------------------------------------------ a contest's final stage is part of its name

def test_the_final_stage_closes_the_contest_name():
    found = names("县第二中学女子篮球队获2021年全国青少年校园篮球联赛(高中女子组)全国总决赛第四名。", "Event")
    assert "2021年全国青少年校园篮球联赛(高中女子组)全国总决赛" in found, found
    found = names("在2022年全国青少年校园排球联赛（初中男子组）总决赛中获得季军。", "Event")
    assert "2022年全国青少年校园排球联赛（初中男子组）总决赛" in found, found


def test_a_final_stage_word_alone_is_no_event():
    assert "全国总决赛" not in names("淘汰赛和全国总决赛阶段集中在体育馆举行。", "Event")


# ------------------------------------------------ a campus in a group is also part of its school

def test_a_member_campus_is_part_of_its_school_and_of_the_group():
    got = relations("新组建宜宾市翠屏区人民路小学教育集团。人民路小学教育集团由人民路小学、"
                    "人民路小学白沙校区、李庄镇中心小学组成,集团内统一教研。", "partOf")
    assert ("人民路小学白沙校区", "宜宾市翠屏区人民路小学教育集团") in got, got
    assert ("人民路小学白沙校区", "宜宾市翠屏区人民路小学") in got, got


# ------------------------------------------------ a company's branch named by a place

def test_a_branch_carries_the_company_before_its_place():
    found = names("市电教馆联合中国联通宜宾分公司开展“智慧课堂”项目,与中国移动四川公司签订协议。", "Organization")
    assert "中国联通宜宾分公司" in found and "宜宾分公司" not in found, found
    assert "中国移动四川公司" in found and "四川公司" not in found, found
    found = names("赛事由武陵精工科技有限公司荆州分公司提供设备。", "Organization")
    assert "武陵精工科技有限公司荆州分公司" in found, found


def test_a_place_branch_after_a_preposition_stays_alone():
    found = names("市教育局与绵阳分公司签订合作协议。", "Organization")
    assert "绵阳分公司" in found and not any(n.startswith("与") for n in found), found


# ------------------------------------------------ a verb before the edition is not the event's

def test_an_event_name_opens_at_its_edition_after_a_verb():
    found = names("获奖作品将有机会角逐第二十七届全国青少年机器人竞赛。", "Event")
    assert "第二十七届全国青少年机器人竞赛" in found, found
    assert not any(n.startswith(("机会", "有机会")) for n in found), found


def test_a_place_before_the_edition_stays_in_the_name():
    found = names("办好宜昌市第六届全民运动会,推荐作品参加2021年湖北省青少年科技创新大赛。", "Event")
    assert "宜昌市第六届全民运动会" in found and "2021年湖北省青少年科技创新大赛" in found, found


# ------------------------------------------------ a quoted brand with a base's type words after it

def test_a_quoted_base_is_an_organization():
    found = names("其中“红岩果园”劳动教育实践基地全年接待学生1.2万人次,“金鹰”工业研学营地接待学生8000人次。")
    assert contract_class(found.get("红岩果园劳动教育实践基地", "")) == "Organization", found
    assert contract_class(found.get("金鹰工业研学营地", "")) == "Organization", found
    assert "红岩果园" not in found and "“红岩果园”" not in found, found


def test_bases_built_or_counted_are_no_organization():
    found = names("深入推进“千村百校”研学实践基地建设,建成“青山茶海”农业劳动教育基地3个。", "Organization")
    assert found == {}, found


# ------------------------------------------------ a level word is no place opening a body

def test_a_level_of_government_is_no_body():
    found = names("市教育督导室完成县级人民政府履行教育职责评价,对8个县区开展县级政府履行教育职责评价。",
                  "GovernmentAgency")
    assert not any("级" in n for n in found), found
    assert "市教育督导室" in found, found


# ------------------------------------------------ a place name's last character is no surname

def test_a_place_before_a_teacher_title_is_no_person():
    found = names("开展第二届“襄阳好老师”评选活动,评出“会宁好老师”30名。", "Person")
    assert found == {}, found


def test_a_name_after_a_place_is_still_a_person():
    found = names("武汉李明老师、教研员胡阳老师指导学生。", "Person")
    assert "李明" in found and "胡阳" in found, found


# ------------------------------------------------ an industry college is an organisation

def test_an_industry_college_is_an_organization():
    found = names("桂林职业技术学院罗汉果产业学院全年培养学生300人,与本地企业共建“数控装备产业学院”。")
    assert contract_class(found.get("桂林职业技术学院罗汉果产业学院", "")) == "Organization", found
    assert contract_class(found.get("数控装备产业学院", "")) == "Organization", found
    assert found.get("桂林职业技术学院") == "University", found


def test_industry_colleges_counted_are_no_name():
    assert names("与企业共建产业学院6个。", "Organization") == {}
