"""Issue 10, round 7: relations as reports write them: the divisions a place holds (下辖/现辖/
所辖 lists with counts, 其中…为市辖区), lists that carry their first item's place, a county
written after a city the gazetteer does not know, no locatedIn for associations from their
name; a headline's shortened contest, 联赛/挑战赛 pointers, a contest news item's ；-parts,
closing sidebars, both ends of a change (由N压减至M). Every sentence is new, written in the
style of the reports."""
from __future__ import annotations

from text_helpers import abouts, relations


def located(text):
    return {(s, o) for s, p, o in relations(text) if p == "locatedIn"}


# ------------------------------------------------------------ divisions a place holds

def test_places_listed_after_xiaxia_with_counts_lie_in_the_holder():
    got = located("一、基本情况\n江西省吉安市下辖吉州区、青原区2个区，吉安县、泰和县2个县和井冈山市1个县级市，"
                  "全市共有各级各类学校4120所。\n")
    for place in ("吉州区", "青原区", "吉安县", "泰和县", "井冈山市"):
        assert (place, "吉安市") in got, got


def test_places_after_qizhong_and_a_count_of_kinds_lie_in_the_holder():
    got = located("湖南省岳阳市下辖3个区、4个县，其中岳阳楼区、君山区、云溪区为市辖区，"
                  "华容县、平江县为县。全市有学校1650所。\n")
    for place in ("岳阳楼区", "君山区", "云溪区", "华容县", "平江县"):
        assert (place, "岳阳市") in got, got


def test_a_clause_opening_with_xianxia_holds_for_the_place_the_sentence_opens_with():
    got = located("河北省保定市阜平县是革命老区，现辖龙泉关镇、平阳镇等6个镇和城南庄乡等7个乡。"
                  "全县有中小学86所。\n")
    assert ("龙泉关镇", "阜平县") in got and ("平阳镇", "阜平县") in got, got


def test_xia_inside_shixiaqu_holds_nothing():
    got = located("全省有市辖区5个，学校共计300所。\n")
    assert not got, got


# ------------------------------------------------------------ a list carries its first item's place

def test_districts_listed_after_a_city_prefixed_district_lie_in_the_city():
    got = located("来自甘肃省兰州市城关区、七里河区、西固区和榆中县的96支队伍参赛。\n")
    for place in ("七里河区", "西固区", "榆中县"):
        assert (place, "兰州市") in got, got


def test_a_listed_place_the_gazetteer_puts_elsewhere_is_not_carried():
    got = located("兰州市城关区、天河区各有3所学校参加。\n")
    assert ("天河区", "兰州市") not in got, got


def test_schools_listed_after_a_town_prefixed_school_lie_in_the_town():
    got = located("完成大坪镇中心小学、龙潭小学、石桥小学，新塘乡中心小学等校舍改造。\n")
    assert ("龙潭小学", "大坪镇") in got and ("石桥小学", "大坪镇") in got, got
    assert ("新塘乡中心小学", "大坪镇") not in got, got


# ------------------------------------------------------------ what is located at all

def test_an_association_named_after_its_city_gets_no_locatedin():
    got = located("本次活动由吐鲁番市教育局主办，吐鲁番市青少年科技教育协会承办，共有学校35所参加。\n")
    assert ("吐鲁番市教育局", "吐鲁番市") in got, got
    assert not any(s == "吐鲁番市青少年科技教育协会" for s, _ in got), got


# ------------------------------------------------------------ contest news

HEADLINE = ("江北区第三届中小学生创客挑战赛收官 215件作品获奖\n\n"
            "本报讯 11月20日，2023年宁波市江北区第三届中小学生创客挑战赛颁奖仪式在江北区文化中心举行。"
            "本届挑战赛由江北区教育局主办。\n"
            "最终评出一等奖35项、二等奖70项、三等奖110项，获奖率为15.2%；"
            "另有12所学校获“优秀组织奖”。\n")


def test_the_headlines_short_contest_is_the_one_written_in_full():
    got = abouts(HEADLINE)
    full = "2023年宁波市江北区第三届中小学生创客挑战赛"
    assert got["35项"] == full and got["70项"] == full, got
    assert got["15.2%"] == full, got


LEAGUE = ("“丝路杯”2024年阿克苏市中学生足球联赛落幕 96支队伍激战32天\n\n"
          "本报讯 7月2日，“丝路杯”2024年阿克苏市中学生足球联赛在阿克苏市第六中学闭幕。\n"
          "本届联赛共有1800余名学生参赛，进行比赛270场，同期开展的“校园足球嘉年华”活动吸引观众2万人次。\n")


def test_benjie_liansai_points_back_at_the_league():
    got = abouts(LEAGUE)
    assert got["1800余名"] == "丝路杯2024年阿克苏市中学生足球联赛", got
    assert got["270场"] == "丝路杯2024年阿克苏市中学生足球联赛", got


SIDEBAR = ("2024年钦州市中小学生航模竞赛闭幕 600余名选手参赛\n\n"
           "本报讯 本届竞赛共评出一等奖40个、二等奖80个。\n"
           "【链接】钦州市职业教育这一年\n"
           "2024年，全市中等职业学校招生3.1万人，新建实训基地9个。\n")


def test_a_closing_sidebar_about_something_else_is_not_the_contests():
    got = abouts(SIDEBAR)
    assert got["40个"] == "2024年钦州市中小学生航模竞赛", got
    assert got["3.1万人"] is None and got["9个"] is None, got


def test_a_closing_sidebar_about_the_contest_still_is():
    got = abouts(SIDEBAR.replace("【链接】钦州市职业教育这一年\n2024年，全市中等职业学校招生3.1万人",
                                 "【链接】\n本竞赛创办以来，累计吸引学生3.1万人"))
    assert got["3.1万人"] == "2024年钦州市中小学生航模竞赛", got


# ------------------------------------------------------------ both ends of a change

def test_both_ends_of_a_change_belong_to_the_name_before_them():
    got = abouts("深化“双减”工作：课后服务覆盖率100%；学科类校外培训机构由“双减”前的860家压减至31家，"
                 "压减率96.4%。\n")
    assert got["860家"] == "双减" and got["31家"] == "双减", got
    assert got["96.4%"] == "双减", got


def test_schools_listed_after_a_district_prefixed_school_are_not_carried():
    got = located("新建江北区实验小学、城北幼儿园、东湖小学等4所学校。\n")
    assert ("城北幼儿园", "江北区") not in got, got


# ------------------------------------------------------------ a post in the report's own bureau

BUREAU = ("衡东县教育局2023年工作总结\n\n"
          "全年开展主题党日活动120余场；局党组书记、局长王建华带头讲党课6次，调研学校40次。\n\n"
          "衡东县教育局\n2024年1月8日\n")


def test_ju_and_titles_before_a_name_mean_the_signing_bureau():
    got = relations(BUREAU)
    assert ("王建华", "affiliatedWith", "衡东县教育局") in got, got


def test_a_name_after_titles_without_ju_is_not_placed_in_the_bureau():
    got = relations(BUREAU.replace("局党组书记、局长王建华", "校长王建华"))
    assert not any(s == "王建华" and p == "affiliatedWith" for s, p, _ in got), got


# ------------------------------------------------------------ a festival's bare head points back

FESTIVAL = ("“雪莲杯”2023年和田市中小学生排球联赛落幕\n\n"
            "本报讯 本届联赛共有64支队伍参赛。\n"
            "联赛期间，组委会还举办了首届“排球之夏”校园体育文化节。据统计，文化节共收到摄影作品540幅、"
            "征文作品320篇，评出一等奖25项。\n")


def test_a_festivals_bare_head_opening_a_clause_points_at_the_festival():
    got = abouts(FESTIVAL)
    fest = next(v for k, v in got.items() if k == "540幅")
    assert fest is not None and fest.endswith("文化节"), got
    assert got["320篇"] == fest and got["25项"] == fest, got
    assert got["64支"] == "雪莲杯2023年和田市中小学生排球联赛", got


# ------------------------------------------------------------ one of the means listed

def test_a_programme_listed_among_means_is_not_what_the_count_is_about():
    got = abouts("通过公开招聘、“山区支教计划”、定向培养等渠道补充教师420名，其中硕士研究生58名。\n")
    assert got["420名"] is None, got


def test_a_programme_alone_before_the_count_still_is():
    got = abouts("“山区支教计划”补充教师42名。\n")
    assert got["42名"] == "山区支教计划", got


# ------------------------------------------------------------ a programme ended by a colon

def test_a_programme_clause_ended_by_a_colon_frames_every_semicolon_part():
    got = abouts("（六）\"双减\"落地见效\n\n深入落实\"双减\"工作：全县中小学课后服务覆盖率100%;"
                 "学科类校外培训机构由24家压减至3家,压减率87.5%。\n")
    assert got["24家"] == "双减" and got["3家"] == "双减" and got["87.5%"] == "双减", got


def test_without_the_colon_the_semicolon_still_ends_the_programme():
    got = abouts("深入落实\"双减\"工作，全县中小学课后服务覆盖率100%;"
                 "全县新建塑胶运动场5个。\n")
    assert got["5个"] != "双减", got
