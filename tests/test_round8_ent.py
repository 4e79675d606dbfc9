"""Issue 10, round 8 (entities): quotations used as figures of speech (存在“…”痕迹, 成为
最大“…”, 从“A”走向“B”), a district listed before a name that starts with its city, and
妇联 typed as an organisation. Every sentence is new, written in the style of the reports
(other places, names and numbers; half-width punctuation where the reports use it)."""
from __future__ import annotations

from kg.model import contract_class
from kg.pipeline import process_text
from kg.recognise.entities import find_mentions
from kg.recognise.entities.lead_places import higher_place_start
from kg.recognise.entities.quoted import figure_of_speech


def labels(text, cls):
    return {e.label for e in process_text(text, "t").entities if contract_class(e.type) == cls}


def names(text):
    return {m.name for m in find_mentions(text)}


# ---------------------------------------------------------------- figures of speech

def test_a_quote_something_shows_signs_of_is_no_initiative():
    text = "专家提醒,部分作品存在“家长包办”痕迹,评审中已有5项作品被取消资格。"
    assert "家长包办" not in names(text)


def test_a_quote_after_becomes_or_enters_is_no_initiative():
    text = ("决赛中两队比分交替上升,比赛一度进入“白热化”。某县实验中学获一等奖4项,"
            "成为本届最大“惊喜”。")
    got = names(text)
    assert "白热化" not in got and "惊喜" not in got


def test_from_a_to_b_in_quotes_is_a_figure_of_speech():
    text = "科创教育从“小圈子”走向“大舞台”\n\n今年全市参赛学生达1.2万名。"
    got = names(text)
    assert "小圈子" not in got and "大舞台" not in got


def test_a_quote_after_a_degree_adverb_or_stop_is_no_name():
    text = "评委认为,今年的选题更“贴地气”。科创教育不能止于“捧奖杯”,更要走进课堂。"
    got = names(text)
    assert "贴地气" not in got and "捧奖杯" not in got


def test_a_programme_taken_by_a_verb_of_doing_stays():
    text = "全县深入开展“书香润童心”读书活动,落实“双减”,推进“县管校聘”改革。"
    got = names(text)
    assert "双减" in got
    assert any("书香润童心" in n for n in got)


def test_built_and_formed_are_not_figures_of_speech():
    # 建成/结成/完成 make things: the lead is no “成” of becoming
    assert not figure_of_speech("全区建成“智慧食堂”", 4)
    assert not figure_of_speech("两校结成“手拉手”", 4)
    assert figure_of_speech("标准成“硬门槛”", 3)


# ---------------------------------------------------------------- places before a name

def test_a_district_before_a_city_named_school_is_not_part_of_its_name():
    text = ("全年新建学校12所;铁西区沈阳市第一百二十中学新校区、皇姑区沈阳市皇姑区实验小学南校区"
            "等项目按期交付使用。")
    got = names(text)
    assert "沈阳市第一百二十中学新校区" in got and "沈阳市第一百二十中学" in got
    assert "沈阳市皇姑区实验小学南校区" in got
    assert not any(n.startswith(("铁西区沈阳市", "皇姑区沈阳市")) for n in got)


def test_places_from_higher_to_lower_stay_in_the_name():
    assert higher_place_start("福建省福州市永南中学") == 0
    assert higher_place_start("济南市历下区舜华路小学") == 0
    assert higher_place_start("历下区济南市舜华路小学") == 3
    assert "福建省福州市永南中学" in names("福建省福州市永南中学开展研学活动。")


# ---------------------------------------------------------------- 妇联

def test_a_womens_federation_is_an_organization():
    text = "义乌市妇联联合市教育局开展家庭教育讲座20场,受益家长3400人次。"
    assert "义乌市妇联" in labels(text, "Organization")
    assert "义乌市妇联" not in labels(text, "GovernmentAgency")
