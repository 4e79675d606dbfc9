"""Round 18: kg:about behind failing competency questions. Every sentence is new, written
in the style of the reports (other places, other names, other numbers, half-width
punctuation, other numbering)."""
from __future__ import annotations

from text_helpers import abouts


# ------------------------------------------------------------ a count sent on, its contest in the next clause

def test_count_recommended_in_the_next_clause_is_about_that_contest():
    got = abouts("某市青少年科技创新大赛落幕\n评审委员会从一等奖作品中选出9项作品,推荐参加第二十六届湖南省青少年科技创新大赛。\n")
    assert got["9项"] == "第二十六届湖南省青少年科技创新大赛", got


# ------------------------------------------------------------ a school keeps its own measures

def test_school_measures_pass_a_programme_it_runs():
    got = abouts("三、职业教育\n永新县职业中等专业学校开设专业14个，与吉安职业技术学院联合开展“3+2”贯通培养，"
                 "毕业生就业率96.4%，对口升学率41.5%。\n")
    assert got["96.4%"] == "永新县职业中等专业学校", got
    assert got["41.5%"] == "永新县职业中等专业学校", got


def test_programme_a_school_built_keeps_its_own_rate():
    got = abouts("三、职业教育\n全县共有中职学校2所。其中,赣州电子学校与某某集团共建的“智造工匠订单班”当年招生120人,"
                 "毕业生留企率达到82%。\n")
    assert got["82%"] == "智造工匠订单班", got


def test_school_named_after_ji_is_the_subject_of_its_clauses():
    got = abouts("三、高等教育\n全市有普通高等学校1所,即安康职业技术学院,全日制在校生7421人,毕业生2310人,初次就业率为90.2%。\n")
    assert got["1所"] is None, got
    assert got["7421人"] == "安康职业技术学院" and got["90.2%"] == "安康职业技术学院", got


# ------------------------------------------------------------ a results table: the entrant, not the coach

def test_table_row_score_belongs_to_the_entrant_before_the_coach():
    got = abouts("某州第十届青少年科技创新大赛落幕\n获奖名单如下:\n序号|作品名称|学生|学校|指导教师|得分\n"
                 "1|智能垃圾分类箱|王子豪|楚雄市第一中学|陈丽娟|95.2分\n")
    assert got["95.2分"] == "王子豪", got


# ------------------------------------------------------------ news about one contest: where the entrants come from

def test_entrants_from_listed_places_are_the_contests():
    got = abouts("——2024年某市第五届中小学生机器人大赛落幕\n11月2日，2024年襄州市第五届中小学生机器人大赛在市体育馆举行。"
                 "来自樊城区、襄城区以及枣阳市的88所中小学校、936名学生同场竞技，参赛队伍数量创历届新高。\n")
    assert got["88所"] == "2024年襄州市第五届中小学生机器人大赛", got
    assert got["936名"] == "2024年襄州市第五届中小学生机器人大赛", got


# ------------------------------------------------------------ entries received: the verb and the shared head

def test_received_list_keeps_the_verb_and_the_shared_head():
    from text_helpers import figure_cell
    text = "本届大赛共收到科技发明作品、创意设计和科幻绘画作品2041件,较上届增加96件。"
    assert figure_cell(text, "2041件")[2] == "收到作品"
    assert figure_cell(text, "96件")[2] == "收到作品较上届增加"


def test_received_from_senders_keeps_the_verb():
    from text_helpers import figure_cell
    assert figure_cell("大赛历时三天，共收到全州各县市推荐的作品936件。", "936件")[2] == "收到推荐的作品"


# ------------------------------------------------------------ a policy carried out, named without quotes

def test_policy_carried_out_owns_the_clauses_after_it():
    got = abouts("二、教师队伍\n全面落实乡村教师生活补助政策,覆盖乡村教师6210人,全年发放补助资金2980万元。\n")
    assert got["6210人"] == "乡村教师生活补助政策" and got["2980万元"] == "乡村教师生活补助政策", got


def test_free_schooling_policy_is_a_programme():
    from text_helpers import mention_types
    assert mention_types("实施学前两年免费教育政策，全年拨付免费教育资金1.6亿元。", "Initiative") \
        == {"学前两年免费教育政策": "Initiative"}


def test_a_family_of_aid_policies_is_no_one_programme():
    got = abouts("五、学生资助\n落实家庭经济困难学生资助政策，发放各类资助资金4210万元，惠及学生3.6万人次。\n")
    assert got["4210万元"] is None and got["3.6万人次"] is None, got


# ------------------------------------------------------------ a post in a programme one is appointed to

def test_programme_one_is_appointed_to_owns_the_clauses_after_it():
    got = abouts("三、教师队伍\n（二）发挥名师作用。聘请华中师范大学教授李明远担任“江汉名师培育工程”首席专家,"
                 "全年建成名师工作室35个,带动青年教师410余人。\n")
    assert got["35个"] == "江汉名师培育工程" and got["410余人"] == "江汉名师培育工程", got


# ------------------------------------------------------------ 某地一高: a numbered senior high school's short form

def test_short_form_of_a_numbered_senior_high_school_in_brackets():
    got = abouts("三、普通高中\n其中,南阳市第一高级中学(南阳一高)本科上线率达97.6%。\n")
    assert got["97.6%"] == "南阳市第一高级中学", got
    from text_helpers import mention_types
    assert "南阳一高" in mention_types("南阳一高在校生3260人。", "School")
    assert not mention_types("全市高考成绩再创一高。", "School")


# ------------------------------------------------------------ a quoted programme's bare head points back

def test_bare_head_of_a_quoted_programme_points_back_at_it():
    got = abouts("某市第三届中华经典诵写讲大赛落幕\n本届大赛还同步开展了“书香伴成长”亲子共读活动和“讲好家乡故事”微视频征集活动。"
                 "据统计，亲子共读活动吸引全市2.6万个家庭参与，上传共读打卡记录8900条；微视频征集活动共收到作品1630件，"
                 "网络点击量超过320万次。\n")
    assert got["2.6万个"] == "书香伴成长亲子共读活动" and got["8900条"] == "书香伴成长亲子共读活动", got
    assert got["1630件"] == "讲好家乡故事微视频征集活动", got
    assert got["超过320万次"] == "讲好家乡故事微视频征集活动", got


# ------------------------------------------------------------ a threshold is no count of its own

def test_threshold_between_a_school_and_its_count():
    got = abouts("三、考试招生\n2023年中考,全区优秀率达38.2%;中山市第三中学620分以上考生96人,居全市公办初中首位。\n")
    assert got["96人"] == "中山市第三中学", got
    from text_helpers import figure_cell
    assert figure_cell("全市600分以上考生2130人，较上年增加160人。", "2130人")[2] == "600分以上考生"
    assert figure_cell("全县45岁以上教师占比达到38.6%。", "38.6%")[2] == "45岁以上教师占比"


# ------------------------------------------------------------ another area's bureau doing its own work

AREA_NEWS = ("2024年邵阳市中小学青年教师教学竞赛落幕\n本届竞赛由邵阳市教育局主办。"
             "其中,隆回县教育局组织的校级初赛覆盖全县58所中小学,参赛教师达740人;"
             "新宁县教育局投入专项经费16万元用于赛前培训,开展集中磨课11轮。\n邵阳市教育局\n")


def test_another_areas_bureau_owns_its_own_work():
    got = abouts(AREA_NEWS)
    assert got["58所"] == "隆回县教育局" and got["740人"] == "隆回县教育局", got
    assert got["16万元"] == "新宁县教育局" and got["11轮"] == "新宁县教育局", got


def test_a_bare_district_bureau_is_no_named_doer():
    got = abouts("2024年某市中小学生创客大赛落幕\n本届大赛由衡阳市教育局主办。石鼓区：区教育局今年为辖区内19所中小学配备"
                 "开源硬件套件900余套。\n衡阳市教育局\n")
    assert got["900余套"] is None, got


# ------------------------------------------------------------ a university's expert speaks of the contest

def test_university_expert_speaking_is_not_the_universitys_count():
    got = abouts("2023年聊城市中小学教师优质课评选活动圆满结束\n本次评选共有参赛教师412人。"
                 "聊城大学教育科学学院教授王明远认为，青年教师进步明显，35岁以下选手占参赛总数的58.2%。\n")
    assert got["58.2%"] == "2023年聊城市中小学教师优质课评选活动", got


# ------------------------------------------------------------ one figure shared by listed schools

def test_figure_shared_by_listed_schools_goes_to_the_first():
    got = abouts("三、普通高中\n2023年高考，全市本科上线率61.2%；梅州中学、梅州市曾宪梓中学、兴宁市第一中学本科上线率均超过92%。\n")
    assert got["超过92%"] == "梅州中学", got
