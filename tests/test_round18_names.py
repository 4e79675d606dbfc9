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
