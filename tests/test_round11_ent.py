"""Round 11, entities and locatedIn: classes of error counted over the tuning folders, each
tested on new sentences (other places, names and numbers, half-width punctuation)."""
from __future__ import annotations

from text_helpers import mention_types as names, linked_pairs as relations


# ------------------------------------------- towns listed after a word of holding (辖/下辖)

HELD = ("秀山土家族苗族自治县地处重庆市东南部,辖城东镇、和平乡、石会镇、黄溪镇4个镇乡和冯家街道、"
        "舟白街道2个街道,总人口54万。")


def test_held_list_names_every_town_and_none_glued_to_the_verb():
    found = names(HELD, "Place")
    for town in ("城东镇", "和平乡", "石会镇", "黄溪镇", "冯家街道", "舟白街道"):
        assert town in found, found
    assert not any(n.startswith("辖") for n in found), found


def test_held_towns_lie_in_the_county():
    rels = relations(HELD, "locatedIn")
    for town in ("城东镇", "和平乡", "石会镇", "黄溪镇", "冯家街道"):
        assert (town, "秀山土家族苗族自治县") in rels, rels


def test_a_town_named_like_its_county_and_one_opening_with_he():
    text = "三江侗族自治县位于广西北部,下辖古宜镇、和睦镇、丹洲镇、斗江镇6个镇和9个乡。"
    rels = relations(text, "locatedIn")
    for town in ("古宜镇", "和睦镇", "丹洲镇", "斗江镇"):
        assert (town, "三江侗族自治县") in rels, rels


def test_ha_as_separator_before_a_town():
    found = names("该县下辖青龙镇、白马镇2个镇和石桥乡、柳林乡2个乡。", "Place")
    assert {"青龙镇", "白马镇", "石桥乡", "柳林乡"} <= set(found), found
    assert "和石桥乡" not in found


# ------------------------------------------------- zones set up beside the divisions

def test_zones_set_up_after_the_divisions():
    found = names("全市辖东城区、西城区2个区和宜州县1个县,另设江南新区、白沙管理区。", "Place")
    assert "江南新区" in found, found


def test_zone_listed_with_a_figure_per_area():
    found = names("各区学校数:东城区138所,西城区129所,云溪生态区12所。", "Place")
    assert "云溪生态区" in found, found


def test_zones_in_a_list_of_zones():
    found = names("全市(含临江经济技术开发区、桃花湖旅游度假区、北湖管理区、南湖新区)共有学校312所。", "Place")
    assert "桃花湖旅游度假区" in found and "北湖管理区" in found, found


def test_an_honour_ending_in_a_zone_word_is_no_place():
    found = names("南阳市获评河南省智慧教育示范区,宛城区入选省级示范区。", "Place")
    assert not any(n.endswith("示范区") for n in found), found


# ---------------------------------------- a lead word glued to an institution's name

def test_preposition_before_a_school():
    found = names("以青山镇中心学校为例,该校建成录播教室3间;由县教师进修学校牵头,组织送教下乡。", "School")
    assert "青山镇中心学校" in found and "县教师进修学校" in found, found
    assert not any(n[0] in "以由" for n in found), found


def test_role_word_before_an_institution():
    found = names("委托华东师范大学开展校长研修;承办单位南阳市第五中学调配校医12名。")
    assert "华东师范大学" in found and "南阳市第五中学" in found, found
    assert not any(n.startswith(("委托", "单位", "承办")) for n in found), found


def test_a_name_that_opens_with_such_a_character_stays():
    found = names("将台堡镇中学、从江县第一中学获评文明校园。", "School")
    assert "将台堡镇中学" in found and "从江县第一中学" in found, found


def test_no_list_read_after_xiaqu():
    from kg.recognise.entities.doc import WordedText
    from kg.recognise.entities.held_towns import held_towns
    found = held_towns(WordedText("县辖区内石门镇、青山镇、白马镇3个镇建成中心幼儿园。"))
    assert not any(n.startswith(("区", "内")) for n in found), found
    assert held_towns(WordedText("该县辖石门镇、青山镇2个镇。")) == {"石门镇", "青山镇"}
