"""Issue 10, round 9: relations as reports write them. Every sentence is new, written in the
style of the reports (other places, other names, other numbers, half-width punctuation)."""
from __future__ import annotations

from text_helpers import abouts


# ------------------------------------------------------------ contest news: the contest's own tally only

CONTEST = "2024年绵阳市第六届中小学生航天科普大赛"
SPACE = ("绵阳市第六届中小学生航天科普大赛闭幕 88件作品获一等奖\n\n"
         "本报讯 6月12日,2024年绵阳市第六届中小学生航天科普大赛在绵阳市科技馆闭幕。\n"
         "经过初评和现场答辩,最终评出一等奖88项、二等奖160项。\n"
         "截至目前,全市已建成航天特色学校41所,今年新建天文观测站9个,投入资金860万元。\n"
         "组委会共设置医疗点5个,安排安保人员130余名。\n"
         "与上届相比,作品数量增长21.5%。\n")


def test_contest_news_prizes_stay_the_contests():
    got = abouts(SPACE)
    assert got["88项"] == CONTEST and got["160项"] == CONTEST, got
    assert got["21.5%"] == CONTEST, got


def test_contest_news_background_and_logistics_are_about_nothing():
    got = abouts(SPACE)
    assert got["41所"] is None and got["9个"] is None and got["860万元"] is None, got
    assert got["5个"] is None and got["130余名"] is None, got


def test_contest_news_what_someone_told_the_reporter_is_not_the_contests_tally():
    got = abouts("泸州市第二届中小学生机器人挑战赛落幕\n\n"
                 "本报讯 2023年泸州市第二届中小学生机器人挑战赛在泸州市第七中学落幕。\n"
                 "指导教师罗小梅告诉记者,学校今年有35名学生参加了机器人社团。\n"
                 "本届挑战赛共有412名选手参赛。\n")
    assert got["35名"] is None, got
    assert got["412名"] == "2023年泸州市第二届中小学生机器人挑战赛", got
