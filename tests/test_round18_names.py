"""Round 18, school names: a short place name and one character naming a bay, lake or port
(深圳湾, 杭州湾, 厦门港) make a local name, so the school after it is a school, not the city."""
from __future__ import annotations

from text_helpers import abouts, mention_types


def test_a_bay_after_a_short_place_name_is_part_of_the_school_name():
    got = mention_types("大连湾中学获一等奖5项，苏州湾实验小学获二等奖3项。")
    assert got.get("大连湾中学") == "SecondarySchool"
    assert got.get("苏州湾实验小学") == "PrimarySchool"


def test_the_count_after_such_a_school_is_about_it():
    got = abouts("本届联赛中，杭州湾学校获一等奖4项。")
    assert got["4项"] == "杭州湾学校"


def test_a_city_full_name_before_one_character_is_still_no_name():
    assert "深圳市湾学校" not in mention_types("深圳市湾学校")


# ------------------------- divisions renamed since the table was drawn up

def test_a_county_renamed_with_a_new_stem_is_a_place_and_names_its_schools():
    from kg import gazetteer
    assert gazetteer.lookup("盘州市") and gazetteer.lookup("广信区")
    got = mention_types("盘州市第二中学、广信区第一小学、滦州市实验中学入选省级示范校。")
    assert got.get("盘州市第二中学") == "SecondarySchool"
    assert got.get("广信区第一小学") == "PrimarySchool"
    assert got.get("滦州市实验中学") == "SecondarySchool"


def test_a_renamed_county_lies_in_the_old_county_s_city():
    from text_helpers import linked_pairs
    pairs = linked_pairs("六盘水市盘州市第三中学新建教学楼1栋。", "locatedIn")
    assert ("盘州市第三中学", "盘州市") in pairs or ("盘州市", "六盘水市") in pairs


def test_a_new_county_level_city_is_known():
    got = mention_types("龙港市教育局组织开展课后服务督查。")
    assert got.get("龙港市教育局") == "GovernmentAgency"


# ------------------------- a school's short form in brackets after its full name

def test_a_bracketed_short_form_names_the_school_there_and_later():
    got = abouts("其中，南阳市第一高级中学（南阳一高）本科上线率达96.4%。南阳一高获一等奖4项。")
    assert got["96.4%"] == "南阳市第一高级中学"
    assert got["4项"] == "南阳市第一高级中学"


def test_a_county_short_form_joins_the_full_name():
    from kg.pipeline import process_text
    report = process_text("海原县职业中学（县职中）开设专业11个。县职中毕业生就业率达96%。", "t")
    schools = [e for e in report.entities if e.type.endswith("School")]
    assert [e.label for e in schools] == ["海原县职业中学"]
    assert "县职中" in schools[0].alt_labels


def test_a_remark_in_brackets_is_no_short_form():
    got = mention_types("全县共有小学（含教学点）86所，城关镇中心小学（含附设幼儿班）在校生1200人。")
    assert "含教学点" not in got and "含附设幼儿班" not in got


# ------------------------- who invited whom, who compiled what

def test_an_inviting_verb_is_no_part_of_a_university_name():
    got = mention_types("特邀东北林业大学教授王建国、黑龙江省教育学院研究员李秀英担任评委。")
    assert "东北林业大学" in got and not any(n.startswith("特邀") for n in got)


def test_the_school_a_sentence_named_is_the_one_its_invited_professor_is_of():
    from text_helpers import linked_pairs
    pairs = linked_pairs("与遵义医科大学签订合作协议，聘请该校教授周文斌任首席专家。", "affiliatedWith")
    assert ("周文斌", "遵义医科大学") in pairs


def test_a_compiled_collection_is_issued_by_the_bureau_that_compiles_it():
    from text_helpers import linked_pairs
    pairs = linked_pairs("赛后，七台河市教育局将汇编《七台河市第三届中小学教师说课大赛优秀案例集》，印制300册。",
                         "issuedBy")
    assert ("七台河市第三届中小学教师说课大赛优秀案例集", "七台河市教育局") in pairs


def test_the_signing_bureau_is_labelled_by_its_fullest_written_name():
    from kg.pipeline import process_text
    text = ("绥化市2023年教育工作年报\n\n黑龙江省绥化市教育局\n\n一、基本情况\n全市共有各级各类学校812所。"
            "市教育局印发《绥化市中小学课后服务实施方案》。\n\n绥化市教育局\n2024年1月10日")
    report = process_text(text, "t")
    bureau = [e for e in report.entities if e.type == "GovernmentAgency" and e.label.endswith("绥化市教育局")]
    assert [e.label for e in bureau] == ["黑龙江省绥化市教育局"]


def test_a_school_on_a_road_named_after_a_city_is_a_school_not_that_city():
    got = mention_types("鼓楼区上海路小学、船营区北京路幼儿园获评省级示范校。")
    assert got.get("鼓楼区上海路小学") == "PrimarySchool"
    assert got.get("船营区北京路幼儿园") == "Kindergarten"
    assert "上海市" not in got and "北京市" not in got


def test_a_banner_s_short_form_locates_its_school():
    from text_helpers import linked_pairs
    from kg import gazetteer
    assert gazetteer.lookup("土左旗")[0].name == "土默特左旗"
    assert gazetteer.lookup("莫旗")[0].name == "莫力达瓦达斡尔族自治旗"
    pairs = linked_pairs("达茂旗百灵庙第二小学新建宿舍楼1栋。", "locatedIn")
    assert ("达茂旗百灵庙第二小学", "达尔罕茂明安联合旗") in pairs


def test_a_contest_s_stage_before_activity_leaves_the_contest_its_name():
    got = mention_types("丽水市第十二届青少年科技创新大赛终评活动在丽水中学举行。")
    assert got.get("丽水市第十二届青少年科技创新大赛") == "Event"
    assert not any(n.endswith("终评活动") for n in got)


def test_a_village_named_by_a_numeral_names_its_school():
    got = mention_types("吸纳五里墩中学、茶埠中学组建教育集团；沙依巴克区八道湾小学获一等奖。")
    assert got.get("五里墩中学") == "SecondarySchool"
    assert got.get("沙依巴克区八道湾小学") == "PrimarySchool"
    assert "中学" not in mention_types("全县共有中学十所，新建小学三所。")
