"""Round 20: shapes behind the competency questions the last blind set failed. Every sentence
is new, written in the style of the reports (other places, other names, other numbers,
half-width punctuation in places)."""
from __future__ import annotations

from kg.pipeline import process_text
from text_helpers import abouts, figure_metrics, linked_pairs, mention_types


# ------------------------------------------------------------ long transliterated towns

def test_four_and_five_character_towns_open_their_schools_names():
    text = "阿热勒托格拉克镇中学综合楼完工;玉奇吾斯塘乡中心小学、库木巴什乡中心小学完成改造。\n"
    located = linked_pairs(text, "locatedIn")
    assert ("玉奇吾斯塘乡中心小学", "玉奇吾斯塘乡") in located, located
    # the second school of a list lies in its own town, not in the first one's
    assert ("库木巴什乡中心小学", "库木巴什乡") in located, located
    assert ("库木巴什乡中心小学", "玉奇吾斯塘乡") not in located, located


def test_a_long_name_before_a_school_word_needs_a_town_word():
    assert mention_types("全县农村寄宿制中学完成改造。\n", "Place") == {}


def test_ethnic_township_is_a_place():
    text = "为地处县境北部的塔格拉克蒙古族乡配备校车4辆。\n"
    assert "塔格拉克蒙古族乡" in mention_types(text, "Place")


def test_counting_ethnic_townships_names_none():
    assert mention_types("全县有民族乡4个,其中回族乡2个。\n", "Place") == {}


# ------------------------------------------------------------ an event as a sentence's subject

def test_figures_of_a_sentence_an_event_opens_are_the_events():
    text = ("城固县第九届中小学生田径运动会严格按照竞赛规程组织,设小学组、初中组2个组别,"
            "经过2天激烈角逐,共产生金牌64枚。\n")
    got = abouts(text)
    assert got["2个"] == got["64枚"] == "城固县第九届中小学生田径运动会", got
    # two days of contest is how long it ran, not who took part
    assert "参赛" not in figure_metrics(text)["2天"]


def test_a_bare_exam_opening_a_sentence_is_no_subject():
    got = abouts("中考各科平均分均有提升,九年义务教育巩固率保持在99.8%以上。\n")
    assert got["99.8%以上"] is None, got


def test_event_with_two_topics_joined_by_yu_is_one_name():
    text = "2024年汉中市中小学教师说课与板书设计大赛共吸引全市93所学校的612名教师报名参赛。\n"
    assert mention_types(text, "Event") == {"2024年汉中市中小学教师说课与板书设计大赛": "Event"}


def test_two_organisers_joined_by_yu_are_no_event_name():
    text = "市教育局与市科协联合举办青少年科技创新大赛。\n"
    assert not any("教育局" in n for n in mention_types(text, "Event"))


def test_we_city_event_is_the_same_event_as_the_full_name():
    text = ("我市2024年中小学生诗词大会圆满落幕\n\n"
            "11月8日,2024年汉中市中小学生诗词大会决赛在汉中市第一中学举行。"
            "2024年汉中市中小学生诗词大会共吸引1.2万名学生参加。\n")
    report = process_text(text, "t")
    events = {e.label: e for e in report.entities if e.type == "Event"}
    assert list(events) == ["2024年汉中市中小学生诗词大会"], list(events)
    assert "2024年中小学生诗词大会" in events["2024年汉中市中小学生诗词大会"].alt_labels


# ------------------------------------------------------------ agencies with 和 in their names

def test_culture_and_tourism_bureau_with_he_is_one_agency():
    text = "依据县教育局、县文化广电和旅游局联合印发的《关于举办城固县第五届中小学生艺术节的通知》举办。\n"
    names = mention_types(text, "GovernmentAgency")
    assert "县文化广电和旅游局" in names, names


# ------------------------------------------------------------ 任 after a titled name

def test_a_name_before_ren_serving_as_is_a_person():
    text = "评审委员会由11名专家组成,陕西理工大学教授何光辉任评委会主任。\n"
    assert ("何光辉", "陕西理工大学") in linked_pairs(text, "affiliatedWith")


# ------------------------------------------------------------ counts broken down by area

def test_items_of_a_bracket_by_area_count_the_totals_noun():
    got = figure_metrics("大赛共吸引全市128所中小学校(汉台区41所、南郑区37所、城固县50所)的860名教师报名参赛。\n")
    assert got["128所"] == "报名参赛中小学校", got
    assert got["41所"] == "汉台区中小学校" and got["50所"] == "城固县中小学校", got
    assert got["860名"] == "报名参赛教师", got


def test_total_of_works_sent_on_to_the_provincial_contest():
    got = figure_metrics("按照大赛规程,9件一等奖作品及5件二等奖作品共14件将推荐参加2025年陕西省中小学教师说课大赛。\n")
    assert got["14件"] == "推荐参加省赛的作品", got
    assert got["5件"] == "推荐参加省赛的二等奖作品", got


# ------------------------------------------------------------ a heading's unit over stage rows

def test_stage_rows_under_a_unit_heading_are_figures():
    text = ("八、教育经费\n生均一般公共预算教育事业费(单位:元):\n小学 11842,增长2.6%\n"
            "初中 15310,下降0.8%\n全年资助学生3.1万人次。\n")
    got = figure_metrics(text)
    assert got["11842"] == "小学生均一般公共预算教育事业费", got
    assert got["15310"] == "初中生均一般公共预算教育事业费", got
    assert got["0.8%"] == "初中生均一般公共预算教育事业费下降", got


def test_stage_words_inside_an_area_table_stay_the_areas():
    text = ("各县区义务教育学校(单位:所):\n汉台区 小学 46\n南郑区 小学 63\n")
    got = figure_metrics(text)
    assert all(not m.startswith("小学") for m in got.values()), got


# ------------------------------------------------------------ money per head

def test_money_per_head_carries_the_totals_money():
    got = figure_metrics("全年发放乡村教师生活补助860万元,惠及乡村教师1105人,人均每月约650元。\n")
    assert got["约650元"] == "乡村教师生活补助人均每月", got


# ------------------------------------------------------------ members taken in after the group

def test_head_school_and_members_counted_after_the_group():
    text = ("组建城固县第二中学教育集团,以城固县第二中学为龙头,吸纳上元观镇初级中学、"
            "原公镇初级中学2所成员校,集团内交流教师21名。\n")
    members = {s for s, o in linked_pairs(text, "partOf") if o == "城固县第二中学教育集团"}
    assert members == {"城固县第二中学", "上元观镇初级中学", "原公镇初级中学"}, members


def test_schools_helped_by_a_group_are_no_members():
    text = "组建城固县第二中学教育集团,带动上元观镇初级中学、原公镇初级中学2所薄弱学校提升。\n"
    assert linked_pairs(text, "partOf") == set()


# ------------------------------------------------------------ 完全小学

def test_wanquan_primary_school_is_a_school():
    text = "新建的洋县第四完全小学于9月投入使用,新增学位1350个。\n"
    assert mention_types(text, "School").get("洋县第四完全小学") == "PrimarySchool"
    assert abouts(text)["1350个"] == "洋县第四完全小学"


# ------------------------------------------------------------ tables read on blind32

def test_a_caption_with_its_section_number_keeps_the_unit_note_under_it():
    text = ("第三部分 分乡镇学校情况\n（单位：所、人）\n乡镇 学校数 在校生数 专任教师数\n"
            "龙凤镇 12 3406 281\n宋古乡 7 1925 164\n")
    got = figure_metrics(text)
    assert got["3406"] == "龙凤镇在校生数" and got["7"] == "宋古乡学校数", got


def test_rows_of_measures_under_columns_of_stages_open_with_the_stage():
    text = ("表2　2023年全县中小学办学条件\n指标 | 小学 | 初中 | 普通高中\n"
            "校舍建筑面积（万平方米） | 21.37 | 14.06 | 9.85\n")
    got = figure_metrics(text)
    assert got["21.37"] == "小学校舍建筑面积" and got["9.85"] == "普通高中校舍建筑面积", got


def test_slash_list_whose_first_word_heads_the_rows():
    text = ("全县共有各级各类学校158所。分学段情况如下(学段/学校数/在校生数/专任教师数):\n"
            "小学 38所 39210人 2506人\n中等职业教育 3所 6120人 512人\n")
    got = figure_metrics(text)
    assert got["39210人"] == "小学在校生数" and got["512人"] == "中等职业教育专任教师数", got


# ------------------------------------------------------------ results written along a line

def test_ranking_along_a_line_under_a_numbered_heading():
    text = ("二、团体总分排名(前三名)\n"
            "初中组:第1名 兴化市昭阳湖初级中学,298分;第2名 兴化市楚水实验学校,276.5分。\n")
    got, about = figure_metrics(text), abouts(text)
    assert got["298分"] == got["276.5分"] == "团体总分", got
    assert about["298分"] == "兴化市昭阳湖初级中学" and about["276.5分"] == "兴化市楚水实验学校", about


def test_next_sentence_of_an_events_paragraph_is_the_events():
    text = ("二、机器人竞赛\n2024年兴化市中小学生机器人竞赛设3个项目,共有54支队伍参赛。"
            "经过两天角逐,共决出一等奖12个、二等奖20个。\n")
    got = abouts(text)
    assert got["12个"] == "2024年兴化市中小学生机器人竞赛", got


def test_a_time_word_opens_no_school_name():
    text = "大赛期间兴化市教师进修学校同步举办科技教师研修班。\n"
    assert "兴化市教师进修学校" in mention_types(text, "School")


def test_a_name_before_zhi_giving_a_speech_is_a_person():
    text = "区教育局局长吴振兴致开幕词。\n"
    assert ("吴振兴", "区教育局") in linked_pairs(text, "affiliatedWith")


# ------------------------------------------------------------ read on blind33

def test_subject_prize_lines_under_a_stage_group():
    text = ("（一）小学组\n1.语文(参赛31人): 一等奖6名, 二等奖8名, 三等奖10名。一等奖: 田雨(修武县实验小学)等。\n"
            "（二）初中组\n2.道德与法治(参赛15人): 一等奖3名, 二等奖4名。\n"
            "（三）音体美组\n音乐、美术(参赛20人): 一等奖4名, 二等奖5名。\n")
    got = figure_metrics(text)
    assert got["31人"] == "小学语文参赛" and got["6名"] == "小学语文一等奖", got
    assert got["3名"] == "初中道德与法治一等奖", got
    assert got["4名"] == "音体美组一等奖" and got["20人"] == "音体美组参赛", got


def test_school_named_in_brackets_as_the_groups_lead_school_is_a_member():
    text = "修武县职业技术学校(修武县职业教育集团牵头校)与河南工业职业技术学院深化合作,开设订单班5个。\n"
    assert ("修武县职业技术学校", "修武县职业教育集团") in linked_pairs(text, "partOf")


def test_glued_jiang_before_a_town_school():
    text = "组建修武县第一小学教育集团,将郇封镇中心小学、周庄镇中心小学等7所学校纳入集团管理。\n"
    members = {s for s, o in linked_pairs(text, "partOf")}
    assert "郇封镇中心小学" in members and "将郇封镇中心小学" not in members, members


def test_per_pupil_column_takes_the_captions_full_name():
    text = ("表4  生均一般公共预算教育事业费（单位：元，%）\n学段  生均教育事业费  比上年增长\n"
            "小学  9431  2.7\n普通高中  14862  -0.9\n")
    got = figure_metrics(text)
    assert got["9431"] == "小学生均一般公共预算教育事业费", got
    assert got["-0.9"] == "普通高中生均一般公共预算教育事业费比上年增长", got


def test_changes_given_together_follow_their_measures_in_order():
    got = figure_metrics("学前三年毛入园率91.4%，九年义务教育巩固率98.2%，高中阶段毛入学率92.7%，"
                         "分别比上年提高1.1、0.3和0.8个百分点。\n")
    assert got["98.2%"] == "九年义务教育巩固率", got      # 学前 is no verb framing the list
    assert got["1.1"] == "学前三年毛入园率比上年提高", got
    assert got["0.8个百分点"] == "高中阶段毛入学率比上年提高", got


def test_subjects_changing_respectively_in_their_own_clause_are_left_alone():
    got = figure_metrics("全县考生总平均分479.6分，比上年提高18.2分，其中语文、数学平均分分别提高5.1分、7.3分。\n")
    assert not got["5.1分"].startswith("总平均分比上年"), got


def test_a_school_in_an_exam_keeps_its_results_but_a_contest_keeps_its_prizes():
    exam = abouts("修武县第一高级中学在2023年高考中本科上线1205人、本科上线率70.6%。\n")
    assert exam["1205人"] == exam["70.6%"] == "修武县第一高级中学", exam
    contest = abouts("修武县职业技术学校在2023年河南省职业院校技能大赛中获一等奖2项、二等奖5项。\n")
    assert contest["2项"] == "2023年河南省职业院校技能大赛", contest


def test_dai_and_hani_names_in_school_and_town_names():
    text = "团体总分(小学组):第一名 勐仑镇中心学校 198分;第二名 勐腊县勐捧镇中心小学 187分。\n"
    got, about = figure_metrics(text), abouts(text)
    assert got["198分"] == "小学组团体总分", got
    assert about["198分"] == "勐仑镇中心学校", about
    assert "嘎栋镇中心学校" in mention_types("嘎栋镇中心学校完成改扩建。\n", "School")
    assert "勐腊县允勐腊小学" in mention_types("亚军 勐腊县允勐腊小学，季军 勐仑镇中心学校。\n", "School")


def test_dai_personal_names():
    text = "局长玉罕叫致辞;勐腊县第一中学岩温香在联赛中打进11球。\n"
    people = mention_types(text, "Person")
    assert "玉罕叫" in people and "岩温香" in people, people
    assert abouts(text)["11球"] == "岩温香"
    assert mention_types("岩石地质公园建设完成。\n", "Person") == {}


def test_a_years_total_is_no_school_of_the_section():
    text = ("（一）学位建设。修武县第二实验学校建成投用，新增学位2400个。"
            "全年新增公办学位5320个，公办幼儿园在园幼儿占比达58.2%。\n")
    assert abouts(text)["5320个"] is None


# ------------------------------------------------------------ read on blind34

def test_stages_listed_after_the_whole_they_break_down():
    got = figure_metrics("全县专任教师中，幼儿园1210人、小学3307人、初中1986人；研究生学历教师214人。\n")
    assert got["3307人"] == "小学专任教师" and got["1210人"] == "幼儿园专任教师", got
    assert figure_metrics("在校生中，小学2840人、初中1913人。\n")["2840人"] == "小学在校生"


def test_vocational_centre_and_its_short_form_are_one_school():
    report = process_text("广水市职业技术教育中心在校生4213人。广水职教中心获评省级示范校。\n", "t")
    schools = [e for e in report.entities if e.type == "VocationalSchool"]
    assert len(schools) == 1 and "广水职教中心" in schools[0].alt_labels, [(e.label, e.alt_labels) for e in schools]


def test_a_name_glued_to_wei_opens_no_school():
    text = "邀请华中师范大学教授吴晓林为全市初中教师作专题报告。\n"
    assert mention_types(text, "School") == {}
    assert ("吴晓林", "华中师范大学") in linked_pairs(text, "affiliatedWith")


def test_a_schools_building_project_is_named_and_counted():
    text = "实施广水市第二中学改扩建工程,总投资3600万元,新增学位750个。\n"
    assert mention_types(text, "Initiative") == {"广水市第二中学改扩建工程": "Initiative"}
    assert abouts(text)["3600万元"] == "广水市第二中学改扩建工程"
    assert mention_types("全县学校改扩建工程9个。\n", "Initiative") == {}


def test_rows_under_a_heading_of_the_towns_a_city_holds():
    text = ("第二部分 广水市下辖镇（街道）义务教育学校情况\n（单位：所、人）\n"
            "应山街道：小学8所，初中3所，在校生12,406人\n杨寨镇：小学6所，初中2所，在校生6,118人\n")
    got = figure_metrics(text)
    assert got["6,118人"] == "杨寨镇在校生" and got["8所"] == "应山街道小学", got


# ------------------------------------------------------------ read on blind35

def test_a_table_copied_out_with_half_width_commas():
    text = ("表1 2023年崇州市各级各类教育基本情况（学校数：所；其余：人）\n学段,学校数,招生数,在校生数\n"
            "小学,41,5820,38412\n初中,22,6640,19870\n\n"
            "表2 2023年崇州市教育经费投入情况（单位：亿元）\n项目,2023年,2022年,增长(%)\n教育经费总投入,23.81,22.64,5.2\n")
    got = figure_metrics(text)
    assert got["38412"] == "小学在校生数" and got["22"] == "初中学校数", got
    assert got["5.2"] == "教育经费总投入增长", got
    assert got["23.81"] == "2023年教育经费总投入", got


def test_prose_with_half_width_commas_is_no_table():
    got = figure_metrics("全市共有学校206所,比上年减少5所,在校生98001人。\n")
    assert got == {"206所": "学校", "5所": "学校比上年减少", "98001人": "在校生"}, got


def test_each_groups_prizes_name_the_group():
    got = figure_metrics("经过激烈角逐,中学生化学知识竞赛初中组评出一等奖4个、二等奖7个,高中组评出一等奖3个。\n")
    assert got["4个"] == "初中组一等奖" and got["7个"] == "初中组二等奖", got
    assert got["3个"] == "高中组一等奖", got


def test_the_one_school_of_a_kind_named_in_brackets_owns_the_sentence():
    text = "中等职业学校1所(敦煌市职业中等专业学校)，招生210人，在校生538人；开设专业8个，毕业生就业率97.1%。\n"
    got = abouts(text)
    assert got["538人"] == got["97.1%"] == "敦煌市职业中等专业学校", got


def test_a_groups_line_under_each_groups_heading():
    text = "各组团体总分前三名如下:\n初中组:沙雅县第一中学 402分;沙雅县第二中学 377分。\n"
    assert figure_metrics(text)["402分"] == "初中组团体总分"


# ------------------------------------------------------------ read on blind36

def test_every_levels_heading_names_the_measure_of_its_stage_rows():
    text = ("各级教育生均一般公共预算教育事业费(单位:元):\n小学 10986,增长2.4%\n初中 15012,下降0.7%\n")
    got = figure_metrics(text)
    assert got["10986"] == "小学生均一般公共预算教育事业费", got
    assert got["0.7%"] == "初中生均一般公共预算教育事业费下降", got


def test_a_common_word_as_a_given_name_between_a_title_and_a_verb():
    text = "4月,县教育局局长孙海军带队到柳河镇调研。\n"
    assert ("孙海军", "县教育局") in linked_pairs(text, "affiliatedWith")


def test_schools_counted_into_an_honour_are_named_by_it():
    got = figure_metrics("目前,全县已有6所学校获评“全国青少年校园篮球特色学校”。\n")
    assert got["6所"] == "全国青少年校园篮球特色学校", got


def test_a_score_under_its_measures_topic():
    text = "团体总分方面,抚松县实验小学以246分位列小学组第一,抚松县第二中学以211分位列中学组第一。\n"
    got, about = figure_metrics(text), abouts(text)
    assert got["246分"] == got["211分"] == "团体总分", got
    assert about["246分"] == "抚松县实验小学", about


# ------------------------------------------------------------ read on blind37

def test_stage_lines_under_a_heading_that_only_says_by_stage():
    text = ("全市在校生10436人，比上年增加212人。分学段如下:\n普通高中:1290人\n小学:4870人\n在园幼儿:2105人\n")
    got = figure_metrics(text)
    assert got["4870人"] == "小学在校生" and got["1290人"] == "普通高中在校生", got
    assert got["2105人"] == "在园幼儿", got


def test_a_sumu_school_and_members_named_for_the_group():
    text = "组建阿巴嘎旗第一小学教育集团，吸纳阿巴嘎旗第三小学、洪格尔苏木学校为成员校。\n"
    members = {s for s, o in linked_pairs(text, "partOf")}
    assert members == {"阿巴嘎旗第三小学", "洪格尔苏木学校"}, members


def test_a_research_office_and_the_subject_teacher_it_employs():
    text = "运城市教育局教学研究室初中数学教研员刘建国代表评委点评。\n"
    assert ("刘建国", "运城市教育局教学研究室") in linked_pairs(text, "affiliatedWith")


def test_the_school_just_named_lies_where_the_next_clause_says():
    text = "投资3800万元新建铁法第三幼儿园,该园位于大明街道,设9个班。\n"
    assert ("铁法第三幼儿园", "大明街道") in linked_pairs(text, "locatedIn")


# ------------------------------------------------------------ read on blind38

def test_ordinal_before_a_kind_of_school():
    text = "芒市第一民族中学高考本科上线388人,本科上线率达49.6%。\n"
    assert mention_types(text, "School").get("芒市第一民族中学") == "SecondarySchool"
    assert abouts(text)["388人"] == "芒市第一民族中学"


def test_a_short_place_name_jieba_cuts_apart_opens_a_school():
    text = "四会市教育局。四会中学教育集团吸纳成员校4所，包括四会市贞山中学、四会市大沙镇初级中学等。\n"
    members = {s for s, o in linked_pairs(text, "partOf") if o == "四会中学教育集团"}
    assert members == {"四会市贞山中学", "四会市大沙镇初级中学"}, members


# ------------------------------------------------------------ read on blind39

def test_team_members_in_brackets_after_the_team():
    text = "初中化学组:德钦县第一中学代表队(扎西平措、王雨桐、李明轩);维西县民族中学代表队(杨思远、和丽娟)\n"
    people = mention_types(text, "Person")
    assert {"扎西平措", "王雨桐", "李明轩", "杨思远"} <= set(people), people
    assert mention_types("组建篮球队(男队、女队)参加比赛。\n", "Person") == {}


def test_winners_written_with_their_schools_inside_a_bracket():
    text = "小学数学：一等奖2名（彭雅婷 耒阳市蔡伦小学；龙浩然 耒阳市实验小学），二等奖3名。\n"
    people = mention_types(text, "Person")
    assert {"彭雅婷", "龙浩然"} <= set(people), people


def test_a_towns_central_complete_primary_school():
    text = "投入960万元完成维登乡中心完小学生宿舍改造。\n"
    assert ("维登乡中心完小", "维登乡") in linked_pairs(text, "locatedIn")
    assert mention_types(text, "Organization") == {}
