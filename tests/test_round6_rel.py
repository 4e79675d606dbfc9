"""Issue 10, round 6: relations and the about link as reports write them (a news title with
a dashed subtitle, ranked lists with circled numbers, 学校/该校 pointing back, a pupil's
named work, districts' own tallies, quoted speech). Every sentence is new, written in the
style of the reports."""
from __future__ import annotations

from kg.pipeline import process_text
from text_helpers import abouts, relations


def labels(text):
    return {e.label for e in process_text(text, "t").entities}


# ------------------------------------------------------------ a title with a dashed subtitle

SUBTITLED = ("巧手筑梦 匠心育人\n"
             "——第七届柳州市中小学生劳动技能大赛圆满闭幕\n\n"
             "本报讯 6月12日，大赛在柳州市第二职业技术学校落下帷幕。\n"
             "经专家评审，最终评出一等奖48项、二等奖96项。\n")


def test_the_event_a_dashed_subtitle_names_owns_the_news_items_counts():
    got = abouts(SUBTITLED)
    assert got["48项"] == "第七届柳州市中小学生劳动技能大赛", got
    assert got["96项"] == "第七届柳州市中小学生劳动技能大赛", got


def test_a_second_line_without_a_dash_is_no_title():
    got = abouts("巧手筑梦 匠心育人\n"
                 "第七届柳州市中小学生劳动技能大赛日前举行了筹备会。\n\n"
                 "经专家评审，最终评出一等奖48项、二等奖96项。\n")
    assert got["48项"] is None, got


# ------------------------------------------------------------ ranked lists with circled numbers

RANKED = ("第五届襄阳市青少年机器人竞赛落幕\n\n"
          "获奖数量居前的学校依次为：\n"
          "①襄阳市第五中学，获金奖8项、银奖11项；\n"
          "②樊城区人民路小学，获金奖6项；\n")


def test_a_circled_number_is_no_part_of_the_school_name():
    got = labels(RANKED)
    assert "襄阳市第五中学" in got and not any(n.startswith("①") for n in got), got


def test_a_school_heading_a_ranked_item_owns_its_tally():
    got = abouts(RANKED)
    assert got["8项"] == got["11项"] == "襄阳市第五中学", got
    assert got["6项"] == "樊城区人民路小学", got


def test_a_subject_does_not_carry_into_the_next_numbered_item():
    got = abouts("扎实推进“双减”工作：①全县中小学课后服务实现全覆盖，参与率为97.1%；"
                 "②全县原有的9家学科类校外培训机构全部压减到位，压减率100%。")
    assert got["97.1%"] == "课后服务", got
    assert got["100%"] != "课后服务", got


# ------------------------------------------------------------ 学校/该校 point back at the school

def test_xuexiao_opening_a_clause_points_back_at_the_school_named_before():
    got = abouts("宜昌市第八中学校长周立新介绍，为办好本次活动，学校共抽调教师60余名，"
                 "开放功能教室共18间。")
    assert got["60余名"] == "宜昌市第八中学", got
    assert got["18间"] == "宜昌市第八中学", got


def test_gaixiao_points_back_at_the_school():
    got = abouts("襄州区第一中学去年晋升为省级示范高中，该校现有教学班42个。")
    assert got["42个"] == "襄州区第一中学", got


# ------------------------------------------------------------ a pupil's named work

def test_the_figures_after_a_pupils_named_work_are_about_the_work():
    got = abouts("黄石市第二中学高二学生程雨萱的“基于声纹识别的课堂考勤系统”，"
                 "识别准确率达97.2%，已在本校4个年级试用。")
    assert got["97.2%"] == "基于声纹识别的课堂考勤系统", got


def test_a_school_with_no_work_after_it_keeps_its_figures():
    got = abouts("黄石市第二中学高二年级开设选修课程，共开设课程23门。")
    assert got["23门"] == "黄石市第二中学", got


# ------------------------------------------------------------ districts' own tallies, speech

def test_a_districts_own_tally_in_contest_news_is_about_nothing():
    got = abouts("第六届荆州市中小学生科技创新大赛落幕\n\n"
                 "从各县（市、区）看，沙市区获一等奖数量最多，共33项；"
                 "公安县、监利市分别获一等奖21项、17项。\n"
                 "本届大赛共评出一等奖152项。\n")
    assert got["33项"] is None, got
    assert got["152项"] == "第六届荆州市中小学生科技创新大赛", got


def test_figures_in_quoted_speech_are_not_the_contests():
    got = abouts("第六届荆州市中小学生科技创新大赛落幕\n\n"
                 "谈起备赛，选手李梓涵说：“从发现问题到做出样机，我们在校园里连续观察了45天，"
                 "记录了每天的数据。评委的提问让我们收获很大。”\n"
                 "本届大赛共有参赛选手860名。\n")
    assert got["45天"] is None, got
    assert got["860名"] == "第六届荆州市中小学生科技创新大赛", got


# ------------------------------------------------------------ locatedIn from a short place name

def test_a_school_named_with_a_citys_short_name_lies_in_the_city():
    got = relations("绍兴市共有普通高中41所。绍兴鲁迅中学、诸暨中学等8所学校入选省重点建设名单，诸暨市新增学位1200个。")
    assert ("绍兴鲁迅中学", "locatedIn", "绍兴市") in got, got
    assert ("诸暨中学", "locatedIn", "诸暨市") in got, got


def test_a_short_form_or_a_universitys_school_is_not_located_by_its_short_name():
    got = relations("泉州市教育局组织泉州五中、华侨大学附属中学开展交流，泉州高新实验学校承办。")
    assert not any(s in ("泉州五中", "华侨大学附属中学", "泉州高新实验学校") and p == "locatedIn"
                   for s, p, o in got), got


def test_a_districts_short_name_does_not_locate_a_school():
    got = relations("芙蓉区共有小学36所，芙蓉小学东湖校区当年投入使用。")
    assert not any(p == "locatedIn" and s.startswith("芙蓉小学") for s, p, o in got), got


def test_a_university_whose_name_opens_with_a_full_place_name_lies_there():
    got = relations("宁波市教育局与宁波市职业技术学院签订合作协议。")
    assert ("宁波市职业技术学院", "locatedIn", "宁波市") in got, got


# ------------------------------------------------------------ numbered frames, quoted campaigns

def test_a_numbered_item_that_opens_with_an_exam_is_framed_by_it():
    got = abouts("（二）教育质量。①2024年中考，全县参考学生5210人，优秀率达到31.4%；"
                 "②职业教育招生1320人。")
    assert got["5210人"] == got["31.4%"] == "2024年中考", got


def test_a_quoted_campaign_with_its_head_owns_the_count_of_its_sessions():
    got = abouts("依托县教研室，组建学科教研组36个，开展“同课异构”活动420余场次。")
    assert got["420余场次"] == "同课异构活动", got


def test_an_unquoted_activity_counted_stays_unlinked():
    got = abouts("组织骨干教师开展送教下乡活动38场次。")
    assert got["38场次"] is None, got


# ------------------------------------------------------------ pointers into the sentence before

def test_gai_plus_head_opening_a_sentence_points_into_the_sentence_before():
    got = abouts("区教育局与本地高校签约共建“中小学机器人教育联盟”项目，首批吸纳成员校12所。"
                 "据介绍，该联盟将每年培训科技教师260人次。")
    assert got["260人次"] == "中小学机器人教育联盟项目", got


def test_xuexiao_with_partners_opening_a_sentence_is_the_school_before():
    got = abouts("宁德市职业技术学校开设专业14个，在校生2310人。"
                 "学校与闽东大学、宁德师范学院共建实训基地7个。")
    assert got["7个"] == "宁德市职业技术学校", got


def test_a_pointer_after_a_paragraph_break_points_nowhere_before():
    got = abouts("宁德市职业技术学校开设专业14个。\n该项目共投入资金320万元。")
    assert got["320万元"] != "宁德市职业技术学校", got


# ------------------------------------------------------------ places name nothing; cut sentences

def test_a_place_abbreviation_inside_a_word_does_not_block_the_earlier_programme():
    got = abouts("依托市对口支援工作组，启动“滇沪携手·乡村教师成长”项目，投入援滇资金860万元。")
    assert got["860万元"] == "滇沪携手·乡村教师成长项目", got


LONG_LIST = "、".join(["城东区", "城西区", "城北区", "湟中区", "湟源县", "大通回族土族自治县"] * 4)


def test_a_contest_pointer_carries_into_the_piece_of_a_sentence_cut_at_a_long_list():
    text = ("第九届西宁市中小学生科技创新大赛落幕\n\n"
            f"大赛共收到来自{LONG_LIST}等24个县区和园区的215所学校报送的作品1,862件，比上届增加214件。\n")
    got = abouts(text)
    assert got["1,862件"] == "第九届西宁市中小学生科技创新大赛", got


# ------------------------------------------------------------ X地处/位于Y

def test_a_place_written_before_dichu_lies_in_the_place_after_it():
    got = relations("台州市地处浙江省中部沿海，下辖3个区、3个县级市和3个县。")
    assert ("台州市", "locatedIn", "浙江省") in got, got


def test_a_school_written_before_weiyu_lies_in_the_place_after_it():
    got = relations("台州市第一中学位于椒江区，是省一级重点中学。")
    assert ("台州市第一中学", "locatedIn", "椒江区") in got, got


def test_after_dichu_the_innermost_of_the_places_written_together_is_the_parent():
    got = relations("仙居县地处浙江省台州市西部，全县共有中小学76所。")
    assert ("仙居县", "locatedIn", "台州市") in got and ("仙居县", "locatedIn", "浙江省") not in got, got


# ------------------------------------------------------------ members a group's sentence lists

def test_schools_a_group_takes_in_are_its_members():
    got = relations("其中，嘉兴市实验小学教育集团新吸纳嘉兴市南湖小学、嘉兴市东栅小学2所成员校。")
    assert ("嘉兴市南湖小学", "partOf", "嘉兴市实验小学教育集团") in got, got
    assert ("嘉兴市东栅小学", "partOf", "嘉兴市实验小学教育集团") in got, got


def test_a_group_made_of_schools_and_the_school_that_leads_it():
    got = relations("嘉兴市实验幼儿园牵头组建嘉兴市实验幼儿园教育集团。"
                    "嘉兴市实验幼儿园教育集团由嘉兴市南湖幼儿园和嘉兴市东栅幼儿园组成。")
    assert ("嘉兴市实验幼儿园", "partOf", "嘉兴市实验幼儿园教育集团") in got, got
    assert ("嘉兴市南湖幼儿园", "partOf", "嘉兴市实验幼儿园教育集团") in got, got
    assert ("嘉兴市东栅幼儿园", "partOf", "嘉兴市实验幼儿园教育集团") in got, got


def test_schools_after_you_without_zucheng_are_no_members():
    got = relations("嘉兴市实验小学教育集团由嘉兴市南湖小学承办本次活动。")
    assert ("嘉兴市南湖小学", "partOf", "嘉兴市实验小学教育集团") not in got, got


def test_a_group_with_its_head_and_members_named_before_it():
    got = relations("组建以湖州市爱山小学为龙头，湖州市仁皇山小学、湖州市塘甸小学为成员校的湖州市爱山小学教育集团。")
    for school in ("湖州市爱山小学", "湖州市仁皇山小学", "湖州市塘甸小学"):
        assert (school, "partOf", "湖州市爱山小学教育集团") in got, got


def test_a_group_that_takes_in_schools_after_a_comma():
    got = relations("组建湖州市爱山小学教育集团，吸纳湖州市仁皇山小学、湖州市塘甸小学为成员校。")
    assert ("湖州市塘甸小学", "partOf", "湖州市爱山小学教育集团") in got, got


# ------------------------------------------------------------ 印发该计划 points back at the document

def test_a_body_that_issues_the_plan_pointed_back_at_issued_the_document():
    got = relations("活动是落实《萧山区中小学劳动教育三年行动计划（2024—2026年）》的重要举措。"
                    "2024年，萧山区教育局印发该计划，提出建设劳动实践基地。")
    assert ("萧山区中小学劳动教育三年行动计划（2024—2026年）", "issuedBy", "萧山区教育局") in got, got


# ------------------------------------------------------------ 等“X”N个 counts a kind

def test_a_quoted_kind_after_deng_right_before_the_count_is_what_is_counted():
    got = abouts("南安市职业中专学校与本地企业深化合作，开设机电技术等“冠名班”9个，在校生3120人。")
    assert got["9个"] == "南安市职业中专学校", got
    assert got["3120人"] == "南安市职业中专学校", got


# ------------------------------------------------------------ …实施X；N年来，…

def test_the_part_after_a_programme_that_counts_the_time_since_is_about_it():
    got = abouts("2022年，区教育局印发方案，启动“书香校园”建设行动；两年来，全区新建校园书屋52个，"
                 "累计达130个。")
    assert got["52个"] == got["130个"] == "书香校园建设行动", got


def test_a_part_without_a_since_phrase_keeps_nothing_of_the_programme_before():
    got = abouts("2022年，区教育局启动“书香校园”建设行动；全区新建塑胶跑道12条。")
    assert got["12条"] is None, got
