"""Round 14, people in reports from 新疆, 西藏, 青海, 内蒙古, 云南, 广西: transliterated names
joined by a middle dot wherever they stand, names listed with them, and names without a
surname in lists; each tested on new sentences (other places, other names, half-width
punctuation)."""
from __future__ import annotations

from text_helpers import mention_types


def people(text):
    return set(mention_types(text, "Person"))


# ------------------------------------------------------- dotted names

def test_dotted_name_after_a_head_title_with_a_long_last_part():
    found = people("乌什县第二小学校长依沙木丁·阿不都克热木带领教师开展集体备课。")
    assert found == {"依沙木丁·阿不都克热木"}, found


def test_dotted_names_in_a_list_before_a_prize():
    found = people("在全州中学生诗歌朗诵比赛中,帕提古丽·吾斯曼、叶尔波拉提·哈再孜获一等奖。")
    assert found == {"帕提古丽·吾斯曼", "叶尔波拉提·哈再孜"}, found


def test_dotted_name_before_comrade_keeps_its_whole_last_part():
    # 买买 is a verb word to jieba: the title after the name closes it, not the verb
    found = people("驻村工作队队长吐尔洪·买买提明同志为村小捐赠图书。")
    assert found == {"吐尔洪·买买提明"}, found


def test_other_dots_and_three_parts():
    found = people("霍城县芦草沟镇中学教师阿依夏木‧艾合买提‧吐尔地被评为州级优秀班主任。")
    assert "阿依夏木‧艾合买提‧吐尔地" in found, found
    found = people("获奖学生：麦合木提・努尔（英吉沙县第一中学）")
    assert "麦合木提・努尔" in found, found


def test_dotted_names_in_a_spaced_prize_list():
    found = people("一等奖 迪丽努尔·阿不力孜 二等奖 别克扎提·吐尔逊别克")
    assert found == {"迪丽努尔·阿不力孜", "别克扎提·吐尔逊别克"}, found


def test_dotted_slogans_and_places_are_no_names():
    text = ("开展“石榴花开·民族团结”主题活动，诵读《论语·为政》，举办2024中国·塔城马拉松，"
            "推进新课标·新课堂专题研修。")
    assert people(text) == set(), people(text)


# ------------------------------------------------------- lists

def test_second_name_of_a_list_before_an_adverb():
    found = people("援疆教师孙志刚、何丽娟分别在两所学校担任班主任。")
    assert {"孙志刚", "何丽娟"} <= found, found


def test_tibetan_names_listed_after_a_dotted_name():
    found = people("古丽巴哈尔·阿西木、次仁央宗、旦增卓嘎获县级优秀学生称号。")
    assert {"次仁央宗", "旦增卓嘎"} <= found, found


def test_mongolian_names_of_one_part_listed_with_a_full_one():
    found = people("会上，巴雅尔、那日苏、乌云塔娜等9名教师受到旗教育局表彰。")
    assert found == {"巴雅尔", "那日苏", "乌云塔娜"}, found


# ------------------------------------------------------- schools named after a town

def test_school_named_after_a_town_that_shares_a_city_name():
    got = mention_types("援疆教师陶明远在阿勒泰镇中学支教，另一名教师在日喀则镇中心小学任教。")
    assert got.get("阿勒泰镇中学") == "SecondarySchool" and "阿勒泰" not in got, got
    assert got.get("日喀则镇中心小学") == "PrimarySchool", got


def test_town_schools_without_a_place_stay_generic():
    assert mention_types("全县镇中学和乡中心小学共42所。", "School") == {}


# ------------------------------------------------------- names without a surname, no title

def test_tibetan_name_opening_a_clause_before_an_honour():
    found = people("聂荣县尼玛乡小学扎根牧区十五年。索朗德吉被评为全区优秀乡村教师。")
    assert found == {"索朗德吉"}, found


def test_unsurnamed_names_in_a_spaced_prize_list():
    found = people("一等奖 达瓦卓玛 二等奖 苏日娜其其格 三等奖 洛桑白玛")
    assert found == {"达瓦卓玛", "苏日娜其其格", "洛桑白玛"}, found


def test_places_of_name_elements_are_no_names():
    assert people("乌兰浩特市第二中学与阿拉坦仓小学结对共建。") == set()


# ------------------------------------------------------- results lists after their heading

def test_names_spaced_after_a_prize_heading():
    found = people("一等奖：韩雪梅 邵立军 方圆\n二等奖：努尔古丽·艾则孜 卓玛拉姆")
    assert {"韩雪梅", "邵立军", "努尔古丽·艾则孜"} <= found, found
    assert "二等奖" not in found


def test_names_listed_after_de_you():
    found = people("被评为自治区级优秀班主任的有：祁建华、蔺秀英、白玛央金。")
    assert found == {"祁建华", "蔺秀英", "白玛央金"}, found


def test_schools_and_works_in_a_prize_list_are_no_people():
    text = "一等奖 《戈壁上的白杨》 阿瓦提县第三中学\n二等奖：温宿县第一中学 拜城县第二中学"
    assert people(text) == set(), people(text)


def test_last_name_of_a_list_joined_by_he():
    found = people("队员迪娜拉·叶尔肯、阿娜尔·沙肯和鲍雪参加了决赛。")
    assert found == {"迪娜拉·叶尔肯", "阿娜尔·沙肯", "鲍雪"}, found
    assert people("校长祁明远和家长代表一起座谈。") == {"祁明远"}


def test_names_in_a_barred_prize_table():
    text = ("| 奖项 | 姓名 | 学校 |\n| 一等奖 | 韩雪梅 | 温宿县第一中学 |\n"
            "| 二等奖 | 努尔古丽·艾则孜 | 拜城县第二中学 |\n| 三等奖 | 12 | 15 |")
    assert people(text) == {"韩雪梅", "努尔古丽·艾则孜"}, people(text)


def test_a_part_of_a_dotted_name_is_no_name_of_its_own():
    assert people("吐尔逊·艾力同学在比赛中获一等奖。") == {"吐尔逊·艾力"}
    assert people("该校努尔麦麦提·阿卜杜拉老师获评优秀辅导员。") == {"努尔麦麦提·阿卜杜拉"}
