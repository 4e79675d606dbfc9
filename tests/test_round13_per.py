"""Round 13, people: names competition news and prize lists write after team and role
words, after a chain of titles, in flattened prize tables, and the words that look like
names there but are not; each tested on new sentences (other provinces, half-width
punctuation, other numbering)."""
from __future__ import annotations

from text_helpers import linked_pairs, mention_types


def people(text):
    return set(mention_types(text, "Person"))


# ------------------------------------------------------- team and role words

def test_team_members_listed_after_the_team_word():
    found = people("宁海县跃龙中学代表队获初中组冠军，该队队员卢景行、葛思彤、俞书瑶在规定时间内完成全部9项任务。")
    assert {"卢景行", "葛思彤", "俞书瑶"} <= found, found


def test_member_quoted_after_the_school_and_team_word():
    found = people("城南中学队员柯俊熙说：“最后一轮我们把程序改了六遍。”")
    assert "柯俊熙" in found, found


def test_player_position_before_the_name():
    found = people("该队前锋王子睿场均得到21.3分，获评高中男子组最有价值球员。")
    assert found == {"王子睿"}, found


def test_contestant_then_an_adverb():
    found = people("来自清远市职业技术学校的选手许海波正在进行高压断电操作。")
    assert found == {"许海波"}, found


def test_second_pupil_of_a_list_before_a_verb():
    found = people("该校学生欧阳锦、裴子墨研制的《桥梁裂缝巡检小车》获高中组一等奖。")
    assert {"欧阳锦", "裴子墨"} <= found, found


def test_coach_after_wei_gaixiao():
    found = people("指导教师为该校卜卫东、苗敏；")
    assert {"卜卫东", "苗敏"} <= found, found


def test_school_leaver_with_the_score():
    found = people("应届生符雨桐以681分的成绩被北京大学录取。")
    assert "符雨桐" in found, found


def test_ordinary_words_after_team_and_pupil_words_are_no_names():
    text = ("队员们在规定时间内完成任务，队员代表上台领奖。学生代表在会上发言，"
            "学生于课后参加社团活动，选手于决赛中发挥出色，学生向全校师生发出倡议。")
    assert people(text) == set(), people(text)


# --------------------------------------------------------- a chain of titles

def test_examiner_after_a_chain_of_titles_with_a_saying_word():
    found = people("闽江学院教授、评委组组长庞宏伟评价说，作品已经具备较好的实用价值。")
    assert "庞宏伟" in found, found


def test_professor_then_an_adverb():
    found = people("哈尔滨工程大学船舶工程学院教授蔺立新也受邀到场观摩。")
    assert "蔺立新" in found, found


def test_given_name_the_dictionary_knows_as_a_name():
    found = people("评审组组长、湖南师范大学教育科学学院教授龚向东在点评时说：“选题更贴近生活。”")
    assert "龚向东" in found, found


def test_new_post_words():
    found = people("4月，云南省教育厅副厅长蒲建平一行到我县调研。某某科技副总裁晏晓峰则透露，"
                   "公司将投入300万元；某某旅游有限公司总经理助理戚立伟表示支持。")
    assert {"蒲建平", "晏晓峰", "戚立伟"} <= found, found


def test_section_chief_of_a_bureau():
    found = people("“现在每个乡镇都有创客教室。”榆树市教育局基础教育股股长桑立军告诉记者。")
    assert "桑立军" in found, found


def test_word_jieba_tags_as_a_name_is_no_name_by_that_alone():
    assert people("全年乡村教师晋升中级及以上职称512人。") == set()


def test_title_inside_a_longer_word_names_nobody_before_it():
    found = people("她的指导教师、某市实验小学语文教研组长孟繁荣介绍，学校自2020年起开设。")
    assert "文教研" not in found and "孔繁" not in found, found


def test_honour_title_is_no_name():
    assert "荆楚好" not in people("城关镇中心小学教师马秀霞入选“荆楚好老师”。")


def test_mongolian_name_after_a_title():
    found = people("邀请内蒙古大学教授斯琴高娃、北京师范大学教授严立群等专家作专题报告8场。")
    assert "斯琴高娃" in found, found


# ------------------------------------------------------- flattened prize tables

def test_grade_and_class_then_the_pupil():
    found = people("初中组：内江市第六中学校 初二（3）班 龚子涵（指导教师：邓丽萍）；"
                   "资中县第二中学 高一(7)班 尹雨桐（指导教师：曹敏）。")
    assert {"龚子涵", "尹雨桐", "邓丽萍"} <= found, found
    assert "高一" not in found, found


def test_winners_before_a_branch_school_in_brackets():
    found = people("初中组“智慧校园”主题挑战赛：滕嘉懿、谈浩然（芜湖市第二十九中学北京路分校），指导教师：翁红霞；")
    assert {"滕嘉懿", "谈浩然"} <= found, found


def test_winners_before_half_width_bracket_with_a_common_word_given_name():
    found = people("3.《校园雨水回收灌溉装置》　阚辰阳、祁欣然(镇江市第一中学)")
    assert {"阚辰阳", "祁欣然"} <= found, found


def test_winner_before_a_bracket_that_names_the_coach():
    found = people("小学组特等奖：詹雨桐（澄海实小，指导教师：郜晓青）。")
    assert "詹雨桐" in found, found


def test_pupils_after_a_school_written_with_its_stage():
    found = people("《诵读经典》　淄博市实验初中　岑佳宁、牛骁")
    assert {"岑佳宁", "牛骁"} <= found, found


def test_coach_after_the_office_and_a_space():
    found = people("初中物理：晏子涵（泰山区实验中学） 指导教师：泰山区教研室 邬宏伟")
    assert "邬宏伟" in found, found


def test_prize_grade_after_a_school_stage_is_no_name():
    assert people("其中，高中学段一等奖41人，初中学段一等奖36人。") == set()


def test_studio_named_after_its_teacher():
    found = people("其中城东小学詹丽娟名师工作室、宜都市第一中学鲁建军名师工作室被认定为首批市级名师工作室。")
    assert {"詹丽娟", "鲁建军"} <= found, found


def test_signer_of_the_news_item():
    found = people("（编辑：于宁　审核：韩蕾　签发：雷建国）")
    assert "雷建国" in found, found


# ------------------------------------------------------- affiliations of the found

def test_contestant_is_not_linked_to_the_school():
    pairs = linked_pairs("来自梧州市职业教育中心的选手覃宇航正在进行零件加工。", "affiliatedWith")
    assert not any(p == "覃宇航" for p, _ in pairs), pairs


def test_coach_opening_the_clause_is_not_linked_to_the_school():
    pairs = linked_pairs("她的指导教师、嘉兴市实验小学数学教研组长严晓东介绍，学校自2018年起开设。",
                         "affiliatedWith")
    assert not any(p == "严晓东" for p, _ in pairs), pairs


def test_section_chief_works_for_the_bureau():
    pairs = linked_pairs("“每个乡镇都有创客教室。”榆树市教育局基础教育股股长桑立军告诉记者。", "affiliatedWith")
    assert ("桑立军", "榆树市教育局") in pairs, pairs


def test_deputy_head_of_a_provincial_department():
    pairs = linked_pairs("5月，贵州省教育厅副厅长蒲建平一行到我县调研。", "affiliatedWith")
    assert ("蒲建平", "贵州省教育厅") in pairs, pairs


def test_professor_with_a_faculty_and_a_second_post():
    pairs = linked_pairs("华中农业大学园艺林学学院教授、劳动教育学科评委组长俞海波评价说：“劳动课不是体力活。”",
                         "affiliatedWith")
    assert ("俞海波", "华中农业大学") in pairs, pairs


def test_coach_after_the_office_and_a_space_works_there():
    pairs = linked_pairs("初中物理：晏子涵（泰山区实验中学） 指导教师：泰山区教研室 邬宏伟", "affiliatedWith")
    assert ("邬宏伟", "泰山区教研室") in pairs, pairs
    assert not any(p == "晏子涵" for p, _ in pairs), pairs


def test_reporter_of_our_paper_works_for_the_one_paper_named():
    text = "本报讯（记者 仇雨晴 通讯员 熊立）12月16日，全市中小学生创客大赛落幕。\n（赣州日报 2023年12月18日）"
    assert ("仇雨晴", "赣州日报") in linked_pairs(text, "affiliatedWith")


def test_reporter_with_a_media_qualifier():
    pairs = linked_pairs("赣州日报讯(全媒体记者 仇雨晴 通讯员 邓卫东) 5月18日下午，大赛闭幕。", "affiliatedWith")
    assert ("仇雨晴", "赣州日报") in pairs, pairs
    pairs = linked_pairs("以赛促教展风采\n\n赣州日报社融媒体记者 仇雨晴 通讯员 熊立\n\n记者了解到，大赛闭幕。",
                         "affiliatedWith")
    assert ("仇雨晴", "赣州日报社") in pairs, pairs
