"""Round 12: kg:about as reports write it. Every sentence is new, written in the style of the
reports (other places, other names, other numbers, half-width punctuation)."""
from __future__ import annotations

from text_helpers import abouts


# ------------------------------------------------------------ a programme run in an earlier clause

def test_programme_with_a_long_head_frames_the_next_clause():
    got = abouts("二、学生资助\n开展“春蕾助学”职业教育补助宣传，为634名中职学生申请补助190.2万元。\n")
    assert got["634名"] == "春蕾助学" and got["190.2万元"] == "春蕾助学", got


def test_hotline_opened_mid_sentence_owns_its_calls():
    got = abouts("（五）心理健康\n制定《心理健康行动方案》,全市中小学心理辅导室配备率100%,"
                 "开通“沅江心语”心理援助热线,全年接听来电2,300余个。\n")
    assert got["2,300余个"] == "沅江心语", got
    assert got["100%"] is None, got


def test_platform_built_after_a_scope_clause():
    got = abouts("三、教育信息化\n教育信息化方面，全市建成“榆阳教育云”平台，注册师生用户12.7万个，"
                 "平台全年访问量达3100万次；新建智慧教室86间。\n")
    assert got["12.7万个"] == "榆阳教育云" and got["3100万次"] == "榆阳教育云", got
    assert got["86间"] is None, got


def test_a_body_opening_the_clause_is_no_programme():
    got = abouts("四、督导\n县政府教育督导室牵头成立工作专班，对14个乡镇开展专项督导。\n")
    assert got["14个"] is None, got


# ------------------------------------------------------------ one figure shared by a list of rates

def test_shared_rate_belongs_to_the_named_system_before_it():
    got = abouts("八、校园安全\n全区中小学幼儿园“校园安全智慧眼”装置安装率和视频监控联网率均为100%。\n")
    assert got["100%"] == "校园安全智慧眼", got


# ------------------------------------------------------------ a body that is not the author, doing the counting

def test_inspection_office_owns_its_count():
    got = abouts("四、督导\n县政府教育督导室对14个乡镇开展专项督导,聘任责任督学36名。\n")
    assert got["14个"] == "县政府教育督导室" and got["36名"] == "县政府教育督导室", got


def test_exam_office_owns_its_sites():
    got = abouts("三、考试\n县招生考试委员会办公室共设考点6个，考场210个。\n")
    assert got["6个"] == "县招生考试委员会办公室", got


def test_the_education_bureau_is_the_author_not_a_subject():
    got = abouts("二、资助\n县教育局发放资助资金320万元。\n")
    assert got["320万元"] is None, got


def test_another_department_is_a_partner_not_a_subject():
    got = abouts("五、安全\n县公安局开展校园周边整治行动3轮。\n")
    assert got["3轮"] is None, got


def test_short_clause_after_a_shared_rate_is_not_the_systems():
    got = abouts("七、平安校园\n全县中小学“智能门禁”系统安装率、专职保安配备率均达到100%,配备专职保安412名。\n")
    assert got["100%"] == "智能门禁" and got["412名"] is None, got


# ------------------------------------------------------------ contest and exam frames

def test_frame_opened_by_a_numbered_item_after_a_semicolon():
    got = abouts("四、职业教育\n全市中职学校校企合作实训基地96个；②在2023年山西省职业院校技能大赛中，我市获一等奖11项、二等奖24项。\n")
    assert got["11项"] == "2023年山西省职业院校技能大赛" and got["24项"] == "2023年山西省职业院校技能大赛", got
    assert got["96个"] is None, got


def test_exam_named_as_the_topic_with_fangmian():
    got = abouts("三、基础教育\n中考方面，全县优秀率为21.3%，较上年提高1.8个百分点。\n")
    assert got["21.3%"] == "中考" and got["1.8个百分点"] == "中考", got



def test_school_opening_the_clause_keeps_the_count_after_its_activity():
    got = abouts("三、课后服务\n城南实验小学开展课后托管服务工作，开设社团38个。\n")
    assert got["38个"] == "城南实验小学", got
