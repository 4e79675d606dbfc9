"""Round 9, entities: classes of missed names seen on reports from new provinces, each
tested on new sentences (other places, names and numbers)."""
from kg import gazetteer
from kg.model import contract_class
from text_helpers import mention_types as names


# ------------------------------------------------ districts made after the table was drawn

def test_districts_made_after_2016_are_places():
    for name in ("临平区", "钱塘区", "柴桑区", "海门区"):
        assert gazetteer.is_full_name(name)
    found = names("杭州市临平区教育局组织全区中小学开展研学实践活动,钱塘区新增学位2400个。")
    assert found.get("临平区") == "Place" and found.get("钱塘区") == "Place"
    assert "杭州市临平区教育局" in found and contract_class(found["杭州市临平区教育局"]) == "GovernmentAgency"


# ------------------------------------------------ a division opening a school's name

def test_a_division_that_reads_as_a_word_opens_the_school_name():
    # 新城区 is also a generic word, 新建 a verb: here each is the district the name opens with
    found = names(",新城区后宰门小学和新建区第二中学结对帮扶。", "School")
    assert "新城区后宰门小学" in found
    assert "新建区第二中学" in found
    assert "后宰门小学" not in found and "区第二中学" not in found


def test_a_generic_new_town_alone_is_still_no_school():
    assert names("新城区学校开展了读书月活动。", "School") == {}


# ------------------------------------------------ towns listed with a figure each

def test_towns_listed_with_their_figures():
    text = ("各乡镇学前教育在园幼儿:关岭镇860人,板贵乡415人,上关回族乡230人,"
            "普利屯堡乡190人。")
    found = names(text, "Place")
    for town in ("关岭镇", "板贵乡", "上关回族乡", "普利屯堡乡"):
        assert found.get(town) == "Place", town


def test_a_single_counted_town_or_a_generic_count_is_no_list():
    assert names("全县共有学校86所,其中乡镇41所,村级教学点12个。", "Place") == {}
    assert "麻柳乡" not in names("新建麻柳乡3所学校食堂。", "Place")


# ------------------------------------------------ people in competition results

def test_athlete_and_coach_in_a_comma_separated_record():
    text = ("各项目冠军(姓名/学校/教练员/成绩):\n"
            "初中男子800米:邵景川,邢台市第五中学,葛文涛,2分09秒31;\n"
            "小学女子跳绳:蒋欣悦,襄都区育才小学,钮春燕,186次。\n")
    found = names(text, "Person")
    for p in ("邵景川", "葛文涛", "蒋欣悦", "钮春燕"):
        assert found.get(p) == "Person", p


def test_pupils_after_their_school_with_a_space_or_de():
    text = ("《智能浇花装置》 临沂第一中学 庞子轩、裴若彤\n"
            "兰陵县实验小学的冉梓涵则在小学组获得一等奖,指导教师为沂水二中的鲍国栋。")
    found = names(text, "Person")
    for p in ("庞子轩", "裴若彤", "冉梓涵", "鲍国栋"):
        assert found.get(p) == "Person", p


def test_a_common_word_after_a_school_is_no_person():
    found = names("实验小学的王牌项目是足球,第一中学 学生会组织了义卖。", "Person")
    assert found == {}


def test_lecturer_is_a_title_and_a_verb_closes_a_two_character_name():
    found = names("山东理工大学讲师柏然参与了评审,副教授滕思远则建议多开设实验课。", "Person")
    assert found.get("柏然") == "Person" and "柏然参" not in found
    assert found.get("滕思远") == "Person"


# ------------------------------------------------ events with 活动 after their head

def test_quoted_show_keeps_its_trailing_activity_word():
    found = names("在“黔山秀水”中小学生艺术展演活动中,全市共推送节目210个。", "Event")
    assert [n.replace("“", "").replace("”", "") for n in found] == ["黔山秀水中小学生艺术展演活动"]


def test_a_numbered_edition_of_an_activity_is_an_event():
    found = names("组织开展第二十四届全国推广普通话宣传周活动,参与师生1.3万人次。")
    assert found.get("第二十四届全国推广普通话宣传周活动") == "Event"
    assert contract_class(names("开展全国推广普通话宣传周活动。").get("全国推广普通话宣传周活动", "Initiative")) == "Initiative"


# ------------------------------------------------ members of a school group

def part_of(text):
    from kg.pipeline import process_text
    r = process_text(text, "t", source="", fmt="txt")
    label = {e.key: e.label for e in r.entities}
    return {(label[x.subject], label[x.object]) for x in r.relations if x.predicate == "partOf"}


def test_a_county_group_of_one_stage_and_its_members():
    text = "组建以湟源县第一中学为龙头的湟源县高中教育集团,成员学校包括湟源县第二中学、湟源县城关中学。"
    assert names(text, "School").get("湟源县高中教育集团") == "EducationGroup"
    rels = part_of(text)
    for school in ("湟源县第一中学", "湟源县第二中学", "湟源县城关中学"):
        assert (school, "湟源县高中教育集团") in rels, school
    assert names("全县组建高中教育集团3个。", "School") == {}


def test_new_member_campuses_of_a_group():
    text = "德胜小学教育集团新增成员校德胜小学滨江校区、德胜小学阳和校区。"
    found = names(text, "School")
    assert "德胜小学阳和校区" in found and not any(n.startswith("校") for n in found)
    rels = part_of(text)
    assert ("德胜小学滨江校区", "德胜小学教育集团") in rels
    assert ("德胜小学阳和校区", "德胜小学教育集团") in rels
