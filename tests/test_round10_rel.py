"""Issue 10, round 10: relations as reports write them. Every sentence is new, written in the
style of the reports (other places, other names, other numbers, half-width punctuation)."""
from __future__ import annotations

from text_helpers import abouts


# ------------------------------------------------------------ a platform built or opened, then its users

def test_platform_built_owns_its_users_and_visits():
    got = abouts("二、教育信息化\n全市建成“汉中智慧教育云”平台,注册师生用户达38.2万个,全年访问量突破4100万人次;"
                 "新建录播教室86间。\n")
    assert got["38.2万个"] == "汉中智慧教育云" and got["4100万人次"] == "汉中智慧教育云", got
    assert got["86间"] is None, got


def test_hotline_opened_owns_its_calls():
    got = abouts("（三）心理健康\n开通“清江心语”心理援助热线,全年接听学生来电1840个。\n")
    assert got["1840个"] == "清江心语", got


def test_platform_clause_that_counts_itself_frames_nothing():
    got = abouts("三、教育装备\n建成“数字校园”示范校52所,中小学多媒体教室配备率达到98.1%。\n")
    assert got["98.1%"] is None, got


# ------------------------------------------------------------ a sum spent on a named programme

def test_sum_spent_then_programme_frames_the_clauses_after():
    got = abouts("四、办学条件\n投入资金2.4亿元实施“强校提质”改造项目,全县中小学标准化实验室配备率达到96.2%,"
                 "改造学生宿舍1.6万平方米。\n")
    assert got["96.2%"] == "强校提质改造项目" and got["1.6万平方米"] == "强校提质改造项目", got


# ------------------------------------------------------------ the whole area's totals after a school's clause

def test_area_total_after_a_school_is_about_nothing():
    got = abouts("五、特殊教育\n黔江区特殊教育学校新建康复训练室7个,全区适龄残疾儿童少年入学率达97.4%,"
                 "为51名重度残疾儿童提供送教上门服务。\n")
    assert got["7个"] == "黔江区特殊教育学校", got
    assert got["97.4%"] is None and got["51名"] is None, got


def test_school_still_carries_without_an_area_clause():
    got = abouts("六、职业教育\n黔江区职业教育中心新增专业3个,在校生4120人,毕业生就业率97.1%。\n")
    assert got["4120人"] == "黔江区职业教育中心" and got["97.1%"] == "黔江区职业教育中心", got


# ------------------------------------------------------------ one figure shared by a list of rates

def test_figure_shared_by_listed_rates_is_the_first_names():
    # round 12: over TUNE the annotators link such a shared figure to the named system in
    # twelve reports (“一键报警”…安装率、…联网率均达100%), so the round 10 exception is gone
    got = abouts("七、平安校园\n全县中小学“智能门禁”系统安装率、专职保安配备率均达到100%,整改隐患312处。\n")
    assert got["100%"] == "智能门禁", got


def test_a_programmes_own_rate_still_is_its():
    got = abouts("七、平安校园\n全县中小学“智能门禁”系统安装率达到97.5%。\n")
    assert got["97.5%"] == "智能门禁", got


# ------------------------------------------------------------ a name and its short form are one name

def test_school_with_its_short_form_in_brackets_owns_the_listed_count():
    got = abouts("八、职业教育\n秭归县职业教育中心（秭归职教中心）开设汽车运用与维修、电子商务等9个专业,在校生2260人。\n")
    assert got["9个"] == "秭归县职业教育中心", got


def test_two_schools_before_a_count_still_count_a_list():
    got = abouts("八、职业教育\n秭归县第一中学和秭归县第二中学新建2个创新实验室。\n")
    assert got["2个"] is None, got


# ------------------------------------------------------------ a programme subject with its reach

def test_programme_that_covers_or_reaches_carries_to_its_spending():
    got = abouts("三、学生资助\n农村义务教育学生营养改善计划覆盖镇雄县、彝良县2个县,受益学生8.1万人,全年投入膳食补助资金1.62亿元。\n")
    assert got["8.1万人"] == "农村义务教育学生营养改善计划", got
    assert got["1.62亿元"] == "农村义务教育学生营养改善计划", got
    got = abouts("三、学生资助\n“乡村少年宫”项目惠及学生2.3万人,全年落实运行经费460万元。\n")
    assert got["460万元"] is not None and got["460万元"] == got["2.3万人"], got
