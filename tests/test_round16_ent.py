"""Issue 10, round 16: names as Inner Mongolian and Liangshan reports write them — a wing
banner by its short form (科尔沁左翼后旗 → 科左后旗) and its schools, 旗 as a body's level
(旗委, 旗政府), 全旗 as a generic word, 苏木 as a town beside 镇, and Yi names (a clan name
and a given name of two transliterating characters). Every sentence is new, written in
the style of the reports."""
from __future__ import annotations

from kg import gazetteer
from kg.pipeline import process_text
from kg.recognise.entities.persons import yi_name
from text_helpers import mention_types


# ------------------------------------------------------------ banners of Inner Mongolia

def test_wing_banner_short_form_is_the_same_division():
    short = gazetteer.lookup("察右前旗")
    assert short and short[0].name == "察哈尔右翼前旗", short


def test_school_named_after_a_wing_banner_keeps_the_whole_place():
    report = process_text("科尔沁左翼后旗教育局2023年工作总结\n\n2023年，科左后旗第三中学新建教学楼1栋，"
                          "科左后旗蒙古族实验小学获评自治区文明校园。\n", "t")
    labels = {e.label for e in report.entities}
    assert {"科左后旗第三中学", "科左后旗蒙古族实验小学"} <= labels, labels
    assert "后旗第三中学" not in labels, labels


def test_banner_level_bodies_are_agencies():
    got = mention_types("2023年，在旗委、旗政府的坚强领导下，旗教研室组织开展送教下乡活动12次。\n")
    assert {"旗委", "旗政府", "旗教研室"} <= set(got), got


def test_all_schools_of_the_banner_is_no_name():
    got = mention_types("全旗学校均配备专职保安，全旗寄宿制学校实现视频监控全覆盖。\n", "School")
    assert not any(n.startswith("全旗") for n in got), got


def test_sumu_listed_with_towns_are_places():
    got = mention_types("投入资金860万元，为乌兰苏木、巴彦塔拉苏木、舍伯吐镇等6个苏木镇的"
                        "15所学校更新取暖设施。\n", "Place")
    assert {"乌兰苏木", "巴彦塔拉苏木", "舍伯吐镇"} <= set(got), got


def test_school_named_after_a_town_and_its_category():
    got = mention_types("会理市鹿厂镇九年制学校完成食堂改造;黎溪镇寄宿制小学新增床位120个。\n", "School")
    assert {"会理市鹿厂镇九年制学校", "黎溪镇寄宿制小学"} <= set(got), got


def test_towns_in_general_before_a_category_are_no_name():
    got = mention_types("全县乡镇寄宿制学校新建宿舍楼6栋，部分乡镇九年制学校完成改造，城关镇部分小学开设课后托管。\n", "School")
    assert not got, got


# ------------------------------------------------------------ Yi names

def test_yi_name_shape():
    assert yi_name("曲比阿依")
    assert yi_name("阿苏拉则")
    assert not yi_name("马海涛等")          # 涛 writes no Yi given name
    assert not yi_name("阿依曲比")          # no clan name first


def test_yi_names_after_a_title_and_in_a_list():
    got = mention_types("美姑县民族中学教师曲比阿依获评省级优秀教师，"
                        "县教育局局长阿苏拉则带队开展控辍保学专项督查。\n", "Person")
    assert {"曲比阿依", "阿苏拉则"} <= set(got), got
    assert "曲比阿" not in got and "阿苏拉" not in got, got


def test_han_name_with_a_clan_like_start_keeps_its_length():
    got = mention_types("县第一中学教师马海涛获全国优秀教师称号。\n", "Person")
    assert "马海涛" in got, got


# ------------------------------------------------------------ sports meets' results written as table lines

def _metrics(text: str) -> dict[str, str]:
    from kg.recognise.figures import find_figures
    return {f.raw: f.metric for f in find_figures(text)}


def test_one_entrant_a_line_under_a_ranking_caption_is_the_captions_measure():
    got = _metrics("二、比赛结果\n团体总分排名：\n第一名  荔城区  936.5分\n第二名  涵江区  874分\n"
                   "第三名  仙游县  702分\n")
    assert got["936.5分"] == "团体总分" and got["874分"] == "团体总分" and got["702分"] == "团体总分", got


def test_medal_cells_apart_by_spaces_keep_their_own_labels():
    got = _metrics("奖牌榜：\n荔城区  金牌24枚  银牌17枚  铜牌12枚\n涵江区\t金牌15枚\t银牌20枚\t铜牌9枚\n")
    assert "金牌" in got["24枚"] and "银牌" not in got["24枚"], got
    assert "金牌" in got["15枚"] and "银牌" not in got["15枚"], got
    assert got["17枚"] == "银牌", got
