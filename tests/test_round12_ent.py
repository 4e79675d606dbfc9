"""Round 12, entities: classes of error counted over the tuning folders, each tested on
new sentences (other places, names and numbers, half-width punctuation)."""
from __future__ import annotations

from kg.model import contract_class
from kg.pipeline import process_text
from text_helpers import mention_types as names


def entities(text):
    report = process_text(text, "t")
    return {e.label: e for e in report.entities}


# --------------------------- an autonomous division written with its plain level word

AUTONOMOUS = ("峨边彝族自治县教育局2023年工作总结\n"
              "峨边县特殊教育学校在校生96人,峨边县职业高级中学开设专业6个。\n"
              "峨边彝族自治县教育局")


def test_county_short_form_keeps_its_schools_when_the_full_name_is_written():
    found = names(AUTONOMOUS, "School")
    assert "峨边县特殊教育学校" in found, found
    assert "峨边县职业高级中学" in found, found


def test_county_short_form_is_the_same_place():
    ents = entities(AUTONOMOUS)
    places = [label for label, e in ents.items() if contract_class(e.type) == "Place"]
    assert "峨边彝族自治县" in places and "峨边县" not in places, places


def test_prefecture_written_with_zhou():
    found = names("与湖北省恩施州、湘西州等地开展教育协作。", "Place")
    assert "恩施州" in found and "湘西州" in found, found


# ------------------------------------------------------ a county's own middle school

def test_county_full_name_before_zhongxue_is_the_county_school():
    found = names("2024年高考,平乐县中学、平乐县第二中学本科上线812人。", "School")
    assert "平乐县中学" in found, found
    found = names("南宁市第三中学分别与大化瑶族自治县中学、都安瑶族自治县中学结对帮扶。", "School")
    assert {"大化瑶族自治县中学", "都安瑶族自治县中学"} <= set(found), found


def test_short_city_name_after_its_province_before_zhongxue():
    found = names("湖南省衡阳中学、湖南省邵东中学2所学校入选。", "School")
    assert "湖南省衡阳中学" in found, found


def test_city_full_name_before_zhongxue_stays_a_category():
    assert names("组织杭州市中学教师开展研修。", "School") == {}


def test_biology_teacher_after_a_senior_school():
    found = names("蒙山县高级中学生物教师韦丽华的《光合作用》获一等奖。", "School")
    assert "蒙山县高级中学" in found, found
    assert names("全县中学生体质健康测试合格率95%。", "School") == {}


# ------------------------------------------- events: a contest mentioned, none named

def test_level_scope_or_edition_alone_names_no_event():
    for text in ("学生在市级以上比赛中获奖86项。", "在全县评选中,我校获一等奖2个。",
                 "回顾上一届比赛,学校获奖7项。", "历届竞赛累计参赛6000人。"):
        assert names(text, "Event") == {}, (text, names(text, "Event"))


def test_named_contest_with_scope_is_kept():
    found = names("举办2024年全县中小学生乒乓球比赛,参赛学生620人。", "Event")
    assert "2024年全县中小学生乒乓球比赛" in found, found


# ------------------------------- a division or venue of a named games is the games

def test_games_division_or_venue_reported_under_the_games():
    found = names("成功承办云南省第十七届运动会青少年组部分项目比赛,获金牌9枚。", "Event")
    assert "云南省第十七届运动会" in found, found
    found = names("在扬州市第十四届运动会青少年部比赛中,我县代表团获金牌41枚。", "Event")
    assert "扬州市第十四届运动会" in found, found
    found = names("承办漳州市第十五届运动会南靖赛区比赛。", "Event")
    assert "漳州市第十五届运动会" in found, found


# ---------------------------------------------------- more heads of an event's name

def test_more_event_heads():
    cases = {
        "推荐参加第六届东莞市中小学生创客节。": "第六届东莞市中小学生创客节",
        "作品被推荐参加温州市首届青少年科技创新成果展。": "温州市首届青少年科技创新成果展",
        "学生在广西中小学生人工智能教育成果展评活动中获奖21项。": "广西中小学生人工智能教育成果展评活动",
        "福建省教育厅召开全省县域普通高中发展提升现场推进会。": "全省县域普通高中发展提升现场推进会",
        "举办“和美乡村·全民健身”农民篮球赛,全县21支代表队参赛。": "和美乡村·全民健身农民篮球赛",
        "同步举办“技能成就梦想”职业教育成果展,展出作品260件。": "技能成就梦想职业教育成果展",
    }
    for text, name in cases.items():
        assert name in names(text, "Event"), (text, names(text))


def test_a_bare_show_or_match_is_no_event():
    assert names("组织学生篮球赛和足球赛,举办成果展。", "Event") == {}


# ------------------------------- a place written before the edition of a quoted contest

def test_place_before_the_edition_of_a_quoted_contest():
    found = names("举办抚松县第三届“长白山杯”中小学生篮球联赛,来自12所学校的队伍参赛。", "Event")
    assert "抚松县第三届长白山杯中小学生篮球联赛" in found, found
