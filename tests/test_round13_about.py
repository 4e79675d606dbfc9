"""Round 13: kg:about links that the competency questions walk. Every sentence is new,
written in the style of the reports (other places, other names, other numbers, half-width
punctuation, other numbering)."""
from __future__ import annotations

from text_helpers import abouts


# ------------------------------------------------------------ a quoted programme heading its line

def test_numbered_programme_heading_owns_the_sentences_on_its_line():
    got = abouts("二、普通高中\n（四）“强县中”提升计划。全省20所县域高中纳入计划支持范围，省级财政安排专项资金2.1亿元。\n")
    assert got["20所"] == "强县中提升计划" and got["2.1亿元"] == "强县中提升计划", got
    # a national programme written bare heads a section of the area's own totals
    got = abouts("二、义务教育\n2. 集团化办学。出台《某市关于深化中小学集团化办学的实施意见》，新组建教育集团19个。\n")
    assert got["19个"] is None, got


def test_dashed_programme_heading_owns_the_sentences_on_its_line():
    got = abouts("一、基础教育\n——实施“暖冬寄宿”工程。全年新增床位460张，新建洗衣房9个。\n")
    assert got["460张"] == "暖冬寄宿工程" and got["9个"] == "暖冬寄宿工程", got


# ------------------------------------------------------------ an item number followed by a space

def test_numbered_exam_with_a_space_frames_its_item():
    got = abouts("三、考试\n2. 2024年中考，全区参考考生6,231人，普高录取率61.2%。\n")
    assert got["6,231人"] == "2024年中考" and got["61.2%"] == "2024年中考", got


# ------------------------------------------------------------ a programme as the subject of its sentence

def test_programme_that_selects_is_the_subject():
    got = abouts("二、教师队伍\n“钱塘名师”培养工程年内遴选第二批培养对象，共计260名，分学科组建名师工作室41个。\n")
    assert got["260名"] == "钱塘名师培养工程" and got["41个"] == "钱塘名师培养工程", got


def test_programme_since_it_started_covers_the_area_clause():
    got = abouts("四、科技教育\n据了解，“楚才科创少年”培育计划自2021年启动以来，已累计遴选培育对象1800余名，"
                 "市级财政每年安排专项经费620万元。\n")
    assert got["1800余名"] == "楚才科创少年培育计划" and got["620万元"] == "楚才科创少年培育计划", got


def test_programme_since_carried_past_a_whole_area_clause():
    got = abouts("三、普通高中\n“强县中”行动计划实施以来，全省11所县域普通高中完成提升改造，累计投入资金6.2亿元。\n")
    assert got["11所"] == "强县中行动计划" and got["6.2亿元"] == "强县中行动计划", got


def test_school_after_a_year_opens_its_sentence():
    got = abouts("三、普通高中\n2022年宿州市第二中学(东校区)建成投用，新增普通高中学位1800个。\n")
    # round 18: the campus in brackets is a school of its own (part of 宿州市第二中学), as
    # annotators name it, and the places it adds are its own
    assert got["1800个"] == "宿州市第二中学(东校区)", got


# ------------------------------------------------------------ where they go and whom with is not whose

def test_school_those_counted_are_sent_to_is_not_the_subject():
    got = abouts("二、教师队伍\n实施“银发支教计划”，招募退休骨干教师21名到石门乡中心学校、龙潭镇九年一贯制学校等山区学校任教。\n")
    assert got["21名"] == "银发支教计划", got


def test_partner_after_lianhe_is_not_the_subject():
    got = abouts("四、学生资助\n开展“爱心助学”行动，联合宣城市慈善总会筹集社会助学金520万元，资助困难大学新生980名。\n")
    assert got["520万元"] == "爱心助学行动" and got["980名"] == "爱心助学行动", got


# ------------------------------------------------------------ a school's exam result, its short form between

def test_school_with_short_form_and_year_owns_its_exam_rate():
    got = abouts("三、普通高中\n抚松县第二高级中学（县二中）2023年高考本科上线率达到58.1%，比上年提高3.2个百分点。\n")
    assert got["58.1%"] == "抚松县第二高级中学", got


# ------------------------------------------------------------ a programme heading an item with 方面：

def test_programme_with_fangmian_and_colon_frames_later_parts():
    got = abouts("二、义务教育\n“双减”工作方面：全市义务教育学校课后服务覆盖率100%，参与率达93.1%；"
                 "学科类校外培训机构由年初的418家压减至37家，压减率91.1%。\n")
    assert got["93.1%"] == "课后服务" and got["91.1%"] == "双减" and got["37家"] == "双减", got


# ------------------------------------------------------------ in contest news: a company's or group's own counts

NEWS = ("2023年金华市中小学生航模大赛圆满落幕\n"
        "5月20日，2023年金华市中小学生航模大赛在金华市体育中心落幕。\n")


def test_company_pointed_back_at_owns_what_it_gave():
    got = abouts(NEWS + "杭州云翼航空科技有限公司总经理陈立介绍，公司为本届赛事提供了价值45万元的无人机套件。\n")
    assert got["45万元"] == "杭州云翼航空科技有限公司", got


# ------------------------------------------------------------ another place's bureau sending help

AUTHOR = "江口县教育局2023年工作总结\n三、教师队伍\n"


def test_bureau_of_another_place_sending_teachers_owns_the_count():
    got = abouts(AUTHOR + "宁波市海曙区教育局选派19名骨干教师到我县支教。\n")
    assert got["19名"] == "宁波市海曙区教育局", got
    # the report's own bureau is its author, never a figure's subject
    got = abouts(AUTHOR + "江口县教育局选派教师32名到乡村学校支教，我县共有乡村学校41所。\n")
    assert got["32名"] is None, got


def test_bureau_pairing_with_us_owns_the_later_clause():
    got = abouts(AUTHOR + "2023年，苏州市吴中区教育局与我局签订新一轮结对帮扶协议，选派骨干教师和管理人员14人来江口支教。\n")
    assert got["14人"] == "苏州市吴中区教育局", got


