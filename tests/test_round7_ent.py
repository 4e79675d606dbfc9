"""Issue 10, round 7 (entities): contest placings and heading words before a school,
places jieba cuts across, newer districts, digit ordinals, results lists with spaces and
transliterated names, more title words, a body's division, count headings and category
words, speech in quotes. Every sentence is new, written in the style of the reports
(other places, names and numbers; half-width punctuation where the reports use it)."""
from __future__ import annotations

from kg import gazetteer
from kg.model import contract_class
from kg.pipeline import process_text
from kg.recognise.entities import find_mentions
from text_helpers import relations


def report_of(text):
    return process_text(text, "t")


def labels(text, cls):
    return {e.label for e in report_of(text).entities if contract_class(e.type) == cls}


def mention_names(text, cls):
    return {m.name for m in find_mentions(text) if contract_class(m.type) == cls}


# ---------------------------------------------------------------- schools

def test_a_placing_before_a_school_is_not_part_of_its_name():
    text = ("各组别亚军、季军名单如下：初中女子组冠军开福区第三中学、亚军长沙市第十一中学、"
            "季军岳麓区第二小学；东道主雨花区实验中学获体育道德风尚奖。")
    got = mention_names(text, "School")
    assert {"开福区第三中学", "长沙市第十一中学", "岳麓区第二小学", "雨花区实验中学"} <= got, got
    assert not any(n.startswith(("冠军", "亚军", "季军", "东道主")) for n in got), got


def test_a_place_jieba_cuts_across_belongs_to_the_school():
    # 米东区 is read 米|东区 by jieba; the whole district starts the name
    got = mention_names("季军米东区第五小学、头屯河区第三中学分获优秀组织奖。", "School")
    assert "米东区第五小学" in got, got
    assert "东区第五小学" not in got, got


def test_a_county_level_city_made_a_district_is_a_place():
    # 即墨市 and 偃师市 became districts after the table was drawn up
    assert gazetteer.is_full_name("即墨区") and gazetteer.is_full_name("偃师区")
    got = mention_names("即墨区鳌山卫实验小学、偃师区首阳山中学投入使用。", "School")
    assert {"即墨区鳌山卫实验小学", "偃师区首阳山中学"} <= got, got


def test_an_ordinal_in_digits_keeps_its_place():
    got = mention_names("小组赛分别在兰州市第58中学和兰州市第三十一中学进行。", "School")
    assert "兰州市第58中学" in got, got


def test_a_name_jieba_leaves_in_single_characters_after_a_place():
    got = mention_names("泸溪县箭道坪小学教师向某某获评优秀教师;沅陵县龙都小学完成改造。", "School")
    assert {"泸溪县箭道坪小学", "沅陵县龙都小学"} <= got, got
    assert not mention_names("全市三所小学完成改造,福州市各小学开展活动。", "School") & {"福州市各小学"}


def test_count_headings_and_categories_are_no_schools():
    text = ("分县市区小学数:西陵区21所;各旗县幼儿园数(所):\n土默特左旗 35。"
            "城关镇部分小学班额偏大;兰州市直属学校12所;临夏县乡村学校教师;"
            "甘肃省高水平中职学校建设单位;在校生数不含技工学校。")
    got = mention_names(text, "School")
    assert not got, got


# ---------------------------------------------------------------- ethnic schools

def test_ethnic_schools_of_two_banners_stay_apart():
    # a banner inside the city: the city's 蒙古族中学 is not the banners' school
    text = ("呼伦贝尔市2023年教育事业统计公报\n呼伦贝尔市蒙古族中学在校生2100人;"
            "陈巴尔虎旗蒙古族中学、鄂温克族自治旗民族中学在校生合计1540人。")
    got = labels(text, "School")
    assert {"呼伦贝尔市蒙古族中学", "陈巴尔虎旗蒙古族中学"} <= got, got


# ---------------------------------------------------------------- people

def test_more_title_words_before_a_name():
    text = ("省教育厅职成处处长韩立平介绍,大赛由贵州黔匠科技有限公司高级工程师邓文斌担任裁判。"
            "主教练罗承志说,队员每天训练两小时。人力资源总监吴晓红对选手印象深刻。")
    got = mention_names(text, "Person")
    assert {"韩立平", "邓文斌", "罗承志", "吴晓红"} <= got, got


def test_a_results_list_with_spaces():
    text = ("(3)小学高年级组 智能机器人:《校园快递小车》,白云区景泰小学五年级 韦嘉明、陆思琪,"
            "指导教师 蒙海峰、覃丽;\n(4)高中组 创意编程:《古建筑测绘助手》,南宁三中高二 黎梓涵,指导教师 农永刚。")
    got = mention_names(text, "Person")
    assert {"韦嘉明", "陆思琪", "蒙海峰", "覃丽", "黎梓涵", "农永刚"} <= got, got


def test_transliterated_names_after_a_title_and_in_a_byline():
    text = ("伊犁日报讯(记者 王海燕 通讯员 努尔兰·哈布都拉)5月20日,比赛落幕。"
            "伊宁市第三中学队长买买提江·吐尔洪全场得到31分。"
            "伊犁州足球协会秘书长阿不都拉·艾力担任裁判长。\n(责任编辑:古丽娜尔)")
    got = mention_names(text, "Person")
    assert {"努尔兰·哈布都拉", "买买提江·吐尔洪", "阿不都拉·艾力", "古丽娜尔", "王海燕"} <= got, got
    assert "努尔兰" not in got, got


def test_pupils_listed_after_a_titled_pupil():
    text = ("南宁市第一职业技术学校学生黄立新、蒙小雅、韦琪组成的团队获一等奖;"
            "出自青秀区凤翔小学四年级学生梁子轩之手。指导教师陆晓东、覃建国;")
    got = mention_names(text, "Person")
    assert {"黄立新", "蒙小雅", "韦琪", "梁子轩", "陆晓东", "覃建国"} <= got, got
    assert "梁子" not in got, got


# ---------------------------------------------------------------- bodies

def test_a_division_written_after_its_body():
    text = "甘肃省教育厅基础教育处、兰州市教育局职业教育与成人教育处处长马志刚出席。此处不再赘述。"
    got = mention_names(text, "GovernmentAgency")
    assert {"甘肃省教育厅基础教育处", "兰州市教育局职业教育与成人教育处"} <= got, got


# ---------------------------------------------------------------- quotes

def test_words_someone_said_are_no_initiative():
    text = ("她每天训练4个多小时,“以后想回家乡开一家自己的汽修店”。"
            "老师提醒大家,“比赛只是开始,孩子们也要学会合作”。"
            "学校组织“科技强国”主题活动,实施“我为同学做件事”实践活动。")
    got = mention_names(text, "Initiative") | mention_names(text, "Event")
    assert not any("汽修店" in n or "孩子们" in n for n in got), got
    assert any(n.startswith("科技强国") for n in got), got


# ---------------------------------------------------------------- affiliatedWith


def test_people_work_where_their_title_is_written():
    text = ("贵州黔匠科技有限公司高级工程师邓文斌担任裁判;黔南旅游集团有限公司人力资源总监吴晓红说,"
            "选手表现出色。遵义市教育科学研究院数学教研员杨红梅全程观摩了比赛。"
            "遵义市人民政府副市长韩立平宣布大赛开幕。")
    got = relations(text)
    assert ("邓文斌", "affiliatedWith", "贵州黔匠科技有限公司") in got, got
    assert ("吴晓红", "affiliatedWith", "黔南旅游集团有限公司") in got, got
    assert ("杨红梅", "affiliatedWith", "遵义市教育科学研究院") in got, got
    assert ("韩立平", "affiliatedWith", "遵义市人民政府") in got, got
    assert not any(n.endswith("宣布大赛") for n in mention_names(text, "Event"))


def test_a_department_before_a_professor_is_no_name():
    text = "评委会主任、华南理工大学机械与汽车工程系教授邝志华点评作品。"
    got = mention_names(text, "Person")
    assert "邝志华" in got and "程系" not in got, got
    assert ("邝志华", "affiliatedWith", "华南理工大学") in relations(text)


def test_a_reporter_works_for_the_outlet_opening_the_line():
    text = ("全市中学生机器人大赛落幕\n黔东南教育网讯（记者 吴晓丽 通讯员 杨帆）5月18日,大赛落幕。\n"
            "凯里融媒记者 潘海燕 通讯员 龙文\n比赛共有40支队伍参赛。")
    got = relations(text)
    assert ("吴晓丽", "affiliatedWith", "黔东南教育网") in got, got
    assert ("潘海燕", "affiliatedWith", "凯里融媒") in got, got


def test_the_bureau_written_by_its_last_character_is_the_signing_body():
    text = ("吉首市教育和体育局2022年工作总结\n开展主题党日活动300余场;局党组书记、局长石志强带头讲专题党课4次。"
            "\n吉首市教育和体育局\n2023年1月5日")
    assert ("石志强", "affiliatedWith", "吉首市教育和体育局") in relations(text)


# ---------------------------------------------------------------- colleges

def test_a_college_named_by_its_place_and_fields_that_read_as_verbs():
    text = ("驻市高校3所(柳州工学院、广西柳州安全技术职业学院、柳州应用技术学院)。"
            "桂林医学院、桂林旅游学院等院校招生1.2万人。全市共有社区教育学院2所。推动桂林发展大学。")
    got = mention_names(text, "University")
    assert {"广西柳州安全技术职业学院", "柳州应用技术学院", "桂林医学院", "桂林旅游学院"} <= got, got
    assert "社区教育学院" not in got and "桂林发展大学" not in got, got
