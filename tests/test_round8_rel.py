"""Issue 10, round 8: relations as reports write them: numbered items headed by a programme and
a colon, 围绕“X” framing, 分获 and 分别 with words in between, a school or centre that runs a
quoted programme, building a named school, scope clauses before the programme, divisions held
by 代管 or a bare 辖 and lists joined by 以及. Every sentence is new, written in the style of
the reports (other places, other names, other numbers)."""
from __future__ import annotations

from text_helpers import abouts, relations


def located(text):
    return {(s, o) for s, p, o in relations(text) if p == "locatedIn"}


# ------------------------------------------------------------ items headed by a programme and a colon

def test_a_circled_item_headed_by_a_programme_and_a_colon_frames_its_figures():
    got = abouts("四、教师队伍建设\n①“沂蒙名师”工程：新认定“沂蒙名师”45名、“沂蒙名校长”12名，全市拥有省特级教师88名。"
                 "②“县管校聘”改革：全市交流轮岗教师1960人，其中骨干教师交流比例达到18.5%。\n")
    assert got["45名"] == "沂蒙名师工程" and got["88名"] == "沂蒙名师工程", got
    assert got["1960人"] == "县管校聘" and got["18.5%"] == "县管校聘", got


def test_a_bracketed_item_headed_by_a_programme_frames_every_part_after_the_colon():
    got = abouts("二、立德树人\n(三)“红领巾少年”培育工程：全年评选市级“红领巾少年”300名；"
                 "培育工程覆盖全市中小学，累计参与学生超过40万人。\n")
    assert got["300名"] == "红领巾少年培育工程", got
    assert got["超过40万人"] == "红领巾少年培育工程", got


def test_a_colon_after_words_that_are_no_programme_frames_nothing():
    got = abouts("二、基本情况\n(三)办学条件：全市新建校舍12.6万平方米，新增学位8400个。\n")
    assert got["12.6万平方米"] is None and got["8400个"] is None, got


# ------------------------------------------------------------ 围绕“X” frames like 依托“X”

def test_weirao_a_programme_after_a_plain_item_heading_frames_the_clauses():
    got = abouts("三、重点工作\n(二)乡村学校：围绕“强乡村”行动，全年投入资金2.15亿元，新建校舍4.1万平方米。\n")
    assert got["2.15亿元"] == "强乡村行动" and got["4.1万平方米"] == "强乡村行动", got


def test_weirao_one_of_a_list_of_means_is_not_the_subject():
    got = abouts("围绕“提质”“扩容”等目标，全年新增学位3200个。\n")
    assert got["3200个"] is None, got


def test_weirao_a_quoted_theme_is_not_the_means_of_the_work_after_it():
    """围绕“X”主题开展…: a slogan named as the theme frames nothing (the seed's shape,
    other words)."""
    got = abouts("3.队伍建设提速。围绕“强基固本、守正创新”主题开展系列培训活动：组织420余名校长、"
                 "骨干教师赴外地跟岗学习，足迹遍及26所省级示范学校。\n")
    assert got["420余名"] is None and got["26所"] is None, got


# ------------------------------------------------------------ 分获, and 分别 with words in between

def test_fenhuo_pairs_listed_schools_with_their_tallies():
    got = abouts("小学组中，南京市琅琊路小学、南京市游府西街小学、南京市力学小学分获一等奖7项、6项、3项。\n")
    assert got == {"7项": "南京市琅琊路小学", "6项": "南京市游府西街小学", "3项": "南京市力学小学"}, got


def test_fenbie_after_a_measure_and_before_a_change_still_pairs():
    got = abouts("鹰潭一中、贵溪一中本科上线人数分别较上年增加120人和85人。\n")
    assert got == {"120人": "鹰潭一中", "85人": "贵溪一中"}, got


def test_fenbie_after_a_term_pairs_schools_with_their_places():
    got = abouts("鹰潭市第一中学、贵溪市第一中学2024年秋季学期分别扩招300人、250人。\n")
    assert got == {"300人": "鹰潭市第一中学", "250人": "贵溪市第一中学"}, got


def test_fenbie_with_unequal_lists_pairs_nothing():
    got = abouts("鹰潭市第一中学、贵溪市第一中学分别扩招300人、250人和120人。\n")
    assert got["300人"] != "鹰潭市第一中学", got      # not paired: three figures, two names


# ------------------------------------------------------------ a body or school running a quoted programme

def test_a_centre_that_runs_a_quoted_project_leaves_the_later_figures_to_the_project():
    got = abouts("湖州市教育技术中心联合中国移动湖州分公司开展“智慧家校”项目，为全市1.9万名教师开通办公账号，"
                 "家长端注册用户突破41万个。\n")
    assert got["1.9万名"] == "智慧家校项目" and got["41万个"] == "智慧家校项目", got


def test_a_centre_running_a_quoted_campaign_owns_nothing_after_it():
    got = abouts("广元市家庭教育指导中心还联合市妇联开展“家校同行·共育未来”主题活动28场，覆盖全市中小学，参与家庭1.6万户。\n")
    assert got["28场"] == got["1.6万户"] == "家校同行·共育未来主题活动", got


def test_a_school_that_adjusts_its_courses_still_owns_its_count():
    got = abouts("区属环保职专根据产业需求调整专业结构，现共设置19个三年制中专专业。\n")
    assert got["19个"] == "环保职专", got


# ------------------------------------------------------------ building a named school

def test_starting_to_build_a_named_school_frames_its_cost_and_places():
    got = abouts("五、2024年工作思路\n（2）启动岷县第三中学新校区建设，计划总投资1.8亿元，建成后新增学位2400个；（3）巩固提升。\n")
    assert got["1.8亿元"] == "岷县第三中学新校区" and got["2400个"] == "岷县第三中学新校区", got


def test_building_schools_counted_frames_no_school():
    got = abouts("全年新建学校12所，新增学位9600个。\n")
    assert got["12所"] is None and got["9600个"] is None, got


# ------------------------------------------------------------ a scope clause before the programme

def test_a_scope_clause_that_names_nothing_does_not_hide_the_programme():
    got = abouts("在县域，临潭县教育局联合甘南智造科技有限公司开展“编程进乡村”项目，为全县27所乡村学校配送教学套件860套，"
                 "培训乡村教师150人次。\n")
    assert got["27所"] == got["860套"] == got["150人次"] == "编程进乡村项目", got


def test_an_exhibition_run_during_a_contest_owns_its_exhibits():
    got = abouts("一、赛况\n大赛期间，主办方还同步举办了“工匠风采”职业教育成果展，集中展示各学校师生作品260余件，"
                 "吸引2000余人次观展。\n")
    assert got["260余件"] is not None and "工匠风采" in got["260余件"], got


# ------------------------------------------------------------ divisions: 代管, a bare 辖, 以及

def test_daiguan_and_a_clause_opening_with_xia_hold_for_the_city():
    got = located("邯郸市辖邯山区、丛台区、复兴区3个区，代管武安市1个县级市，辖临漳县、成安县、大名县3个县。\n")
    for place in ("邯山区", "武安市", "临漳县", "成安县", "大名县"):
        assert (place, "邯郸市") in got, got


def test_yiji_joins_the_last_divisions_of_a_holding_list():
    got = located("柳州市下辖城中区、鱼峰区、柳南区，以及柳城县、鹿寨县、融安县。\n")
    for place in ("鱼峰区", "柳城县", "鹿寨县", "融安县"):
        assert (place, "柳州市") in got, got


def test_a_bare_xia_in_xiaqu_holds_nothing():
    got = located("全市辖区内有中小学320所，幼儿园210所。\n")
    assert not got, got
