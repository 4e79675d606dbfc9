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


# ---------------------------------------------------------------- bare quoted programmes

def test_a_bare_quote_joins_the_full_programme_it_opens():
    text = ("全面实施“强师兴教”三年行动,新招聘教师320名。“强师兴教”开展以来,"
            "全县教师队伍结构持续优化。")
    ents = process_text(text, "t").entities
    inits = [e for e in ents if contract_class(e.type) == "Initiative"]
    assert [e.label for e in inits] == ["强师兴教三年行动"]
    assert "强师兴教" in inits[0].alt_labels


def test_a_bare_quote_with_two_full_programmes_stays_apart():
    text = "实施“县中崛起”行动计划和“县中崛起”示范工程。“县中崛起”成效明显。"
    got = labels(text, "Initiative")
    assert {"县中崛起行动计划", "县中崛起示范工程", "县中崛起"} <= got


# ---------------------------------------------------------------- generic schools

def test_kindergarten_grades_and_table_headings_are_no_names():
    text = ("表3 分县区小学及在校生情况\n等级幼儿园在园幼儿占比达到97.6%,"
            "二级及以上幼儿园在园幼儿占比80.1%。")
    assert names(text) == set()


def test_a_bare_senior_university_is_generic_but_a_placed_one_is_named():
    text = "老年大学在校学员2.1万人。绍兴市老年大学新增教学点3个。"
    got = names(text)
    assert "老年大学" not in got and "绍兴市老年大学" in got


def test_a_contest_group_is_no_school():
    text = ("青岩中学机器人社团连续两年在创意搭建赛初中组夺冠,南湖中学组织学生观摩;"
            "无人机竞速赛高中组第一名由花溪区第一中学获得。")
    got = names(text)
    assert {"青岩中学", "南湖中学", "花溪区第一中学"} <= got
    assert not any(n.endswith(("赛初中", "赛高中")) for n in got)


def test_zhong_before_a_word_for_college_degree_is_no_vocational_school():
    assert names("专任教师中专科及以上学历比例为92.3%。") == set()


# ---------------------------------------------------------------- people after a colon

def test_a_title_and_colon_in_a_results_list_names_the_people():
    text = ("小学组创意搭建赛:林一帆(遵义市红花岗区第八小学),指导教师:蒋慧;\n"
            "初中组:“星火”团队(遵义市第四中学),指导教师:宋立群、柏雪;")
    got = labels(text, "Person")
    assert {"蒋慧", "宋立群", "柏雪"} <= got


def test_a_full_width_colon_after_a_title_names_the_person():
    assert "邱明" in labels("2.《智能晾衣架》　韩雨桐(贵阳市第六中学)　指导教师：邱明\n", "Person")


# ---------------------------------------------------------------- museums and departments

def test_a_museum_named_after_a_person_is_an_organization():
    text = "某县以詹天佑纪念馆为阵地开展科普活动,依托左权将军陈列馆、县党史馆等开展研学。"
    got = labels(text, "Organization")
    assert {"詹天佑纪念馆", "左权将军陈列馆"} <= got


def test_a_school_history_room_is_no_organization():
    assert names("全区建成校史陈列馆12个,学校图书馆藏书10万册。") == set()


def test_departments_with_he_in_their_names_are_agencies():
    text = "本届大赛由遵义市教育局、遵义市人力资源和社会保障局联合主办,遵义市电化教育馆承办。"
    got = labels(text, "GovernmentAgency")
    assert {"遵义市人力资源和社会保障局", "遵义市电化教育馆"} <= got


# ---------------------------------------------------------------- judges and experts

def affiliations(text):
    r = process_text(text, "t")
    label = {e.key: e.label for e in r.entities}
    return {(label[x.subject], label[x.object]) for x in r.relations if x.predicate == "affiliatedWith"}


def test_an_expert_with_a_faculty_and_a_panel_post_belongs_to_the_university():
    text = "遵义医科大学机电学院教授、焊接赛项专家组组长罗建国在点评时表示,选手基本功扎实。"
    assert ("罗建国", "遵义医科大学") in affiliations(text)


def test_a_supervisor_and_a_referee_are_titles():
    assert ("孙志远", "遵义智能技术研究院") in affiliations(
        "担任评审委员会主任的遵义智能技术研究院研究员、博士生导师孙志远说,作品贴近生活。")
    assert ("钱可馨", "贵州大学") in affiliations("贵州大学人工智能学院讲师、裁判员钱可馨则提醒,要重视安全。")
    assert ("程敏", "贵州大学") in affiliations("贵州大学机械学院副教授、竞赛技术委员会委员程敏表示,赛题难度适中。")


def test_a_common_given_name_before_said_and_a_quote_is_a_name():
    assert "韩建国" in labels("该校科技总辅导员韩建国说:“三年前我们一无所有。”", "Person")


def test_committee_and_group_words_name_no_one():
    assert labels("遵义市教育委员会委员会议召开。领导小组组长由局长担任。", "Person") == set()
