"""Round 14, competition news: the people of a prize table written with bars, the labels
of prize counts, of entries and of judges, as the annotators write them; each tested on
new sentences (other provinces, half-width punctuation, other numbering)."""
from __future__ import annotations

from text_helpers import abouts, mention_types

from kg.recognise.figures import find_figures


def people(text):
    return set(mention_types(text, "Person"))


def figs(text):
    return {f.raw: (f.value, f.unit, f.metric) for f in find_figures(text)}


# ------------------------------------------------------- a prize table with bars

TABLE = (
    "附件：2023年绍兴市中小学生创客大赛一等奖名单\n"
    "\n"
    "一、创意智造类\n"
    "编号 | 作品名称 | 所在学校 | 学生姓名 | 指导老师\n"
    "1 | 智能节水花洒 | 柯桥区实验中学 | 邵雨辰、任可馨 | 鲍国庆\n"
    "2 | 校园噪声地图 | 诸暨市浣纱初级中学 | 许子墨 | 骆晓霞\n"
    "二、编程设计类\n"
    "1 | 古桥寻访小程序 | 上虞区春晖小学 | 屠俊熙 | 阮丽君\n"
    "\n"
    "本次大赛由市教育局主办。\n"
)


def test_names_in_the_people_columns_of_a_barred_table():
    got = people(TABLE)
    assert {"邵雨辰", "任可馨", "鲍国庆", "许子墨", "骆晓霞"} <= got
    assert not any(n in got for n in ("智能节水", "校园噪声", "柯桥区实"))


def test_a_caption_between_parts_of_the_table_keeps_its_heading():
    assert {"屠俊熙", "阮丽君"} <= people(TABLE)


def test_a_coach_column_in_half_width_bars():
    text = "序号|学校|教练员\n1|兰州市第十一中学|蔡文博\n本届比赛共有来自全省各地的代表队参加。\n"
    assert "蔡文博" in people(text)


def test_a_rugao_surname():
    assert "冒子谦" in people("序号 | 学校 | 作者\n1 | 如皋市安定小学 | 冒子谦\n")


# ------------------------------------------------------- a prize and its category

def test_a_prize_keeps_its_whole_category_after_the_verb():
    got = figs("经专家评审，本届大赛共评出青少年科技创新成果一等奖42项、二等奖85项。")
    assert got["42项"][2] == "青少年科技创新成果一等奖"
    assert got["85项"][2] == "青少年科技创新成果二等奖"


# ------------------------------------------------------- entrants, named by the verb that enters them

def test_entrants_named_by_the_verb_ending_their_clause():
    got = figs("本届联赛共有来自全省的96支代表队、538名队员参赛，另有教练员120余名。")
    assert got["96支"][2] == "参赛代表队"
    assert got["538名"][2] == "参赛队员"
    got = figs("全县12个乡镇共有643名教师报名参赛。")
    assert got["643名"][2] == "报名参赛教师"
    got = figs("经县级初评,最终215支队伍、702名学生晋级省级决赛,比上届增加。")
    assert got["215支"][2] == "晋级省级决赛的队伍"
    assert got["702名"][2] == "晋级省级决赛的学生"


def test_a_bare_taking_part_names_the_round_the_sentence_opens_with():
    got = figs("复赛由各市州分别组织，全省共有1.8万余名学生参加，较上届增长12%。")
    assert got["1.8万余名"][2] == "参加复赛的学生"


# ------------------------------------------------------- judges

def test_experts_forming_a_jury_are_its_experts():
    got = figs("大赛邀请省内高校和教研机构的27名专家组成评审委员会，对作品逐一评审。")
    assert got["27名"][2] == "评审委员会专家"      # (round 19: named by the jury, as most golds do)
    got = figs("决赛评委会由贵州大学、贵州师范大学等单位的9名专家组成。")
    assert got["9名"][2] == "评委会专家"
    got = figs("活动邀请了5位专家担任评委。")
    assert got["5位"][2] == "评委专家"


# ------------------------------------------------------- scores of one entrant a line

SCORES = ("四、各组别第一名及决赛总分：\n"
          "小学组 杨思琪(合肥市琥珀小学) 92.4分\n"
          "初中组 应子涵(芜湖市第一中学) 95.8分\n"
          "\n"
          "本次大赛由市教育局主办。\n")


def test_a_score_caption_names_each_line_by_its_score():
    got = figs(SCORES)
    assert got["92.4分"][2] == "决赛总分"
    assert got["95.8分"][2] == "决赛总分"


def test_a_score_after_the_school_in_brackets_is_the_persons():
    got = abouts(SCORES)
    assert got["92.4分"] == "杨思琪" and got["95.8分"] == "应子涵", got


# ------------------------------------------------------- prizes of several winners

def test_winners_then_their_prize_after_fen_huo():
    got = figs("初中组中，绵阳市东辰学校、绵阳南山中学实验学校、三台县芦溪中学分获一等奖8项、6项、3项。")
    assert got["8项"][2] == "绵阳市东辰学校一等奖"
    assert got["6项"][2] == "绵阳南山中学实验学校一等奖"
    assert got["3项"][2] == "三台县芦溪中学一等奖"
    # a list is read from its first name only (绵阳一中 is no school word to the list)
    got = figs("绵阳一中、绵阳南山中学、绵阳中学分别获一等奖7项、6项、5项。")
    assert got["6项"][2] != "绵阳中学一等奖" and got["7项"][2] != "绵阳南山中学一等奖", got


def test_winners_ranked_then_respectively():
    got = figs("从各县区看，涪城区、游仙区、江油市获一等奖数量位居全市前三，分别为31项、22项、17项。")
    assert got["31项"][2] == "涪城区获一等奖数量"
    assert got["17项"][2] == "江油市获一等奖数量"


def test_a_later_winner_shares_the_prize_before_it():
    got = figs("从县区看，涪城区获一等奖16项，安州区获12项，梓潼县获9项。")
    assert got["12项"][2] == "安州区获一等奖"
    assert got["9项"][2] == "梓潼县获一等奖"


def test_the_winner_praised_in_the_clause_before_owns_the_prizes():
    got = figs("从各县区获奖情况看，涪城区获奖最多，共获一等奖15件、二等奖21件；游仙区获一等奖9件。")
    assert got["15件"][2] == "涪城区一等奖"
    assert got["21件"][2] == "涪城区二等奖"
    got = figs("从获奖分布看，江油市获奖作品最多，共获一等奖5个、二等奖8个。")
    assert got["5个"][2] == "江油市一等奖"
    got = figs("高中组中，四川省绵阳中学表现尤为突出,共获一等奖6项。")
    assert got["6项"][2] == "四川省绵阳中学一等奖"


# ------------------------------------------------------- the parts a contest is divided into

def test_listed_parts_are_counted_by_their_kind_and_contest():
    got = figs("本届联赛设小学、初中、高中3个组别，分预赛和总决赛两个阶段进行。")
    assert got["3个"][2] == "联赛组别"
    got = figs("本届大赛决赛分说课、上课和答辩三个环节。")
    assert got["三个"][2] == "决赛环节"
    got = figs("评审按科学性、创新性和实用性三项指标打分。")
    assert got["三项"][2] == "评审指标"
    # no verb of setting up, no parts of a contest: the label is left as it was
    assert figs("全县实施校舍改造、操场提升等5个项目。")["5个"][2] != "项目"


# ------------------------------------------------------- a breakdown by area after 从…看

def test_first_area_after_a_long_intro_lends_its_measure_to_the_bare_ones():
    got = figs("从各县（市、区）初赛情况看，涪城区推荐决赛作品86件，游仙区64件，三台县71件。")
    assert got["64件"][2] == "游仙区推荐决赛作品"
    assert got["71件"][2] == "三台县推荐决赛作品"


def test_respectively_after_a_longer_phrase_of_doing():
    got = abouts("赛前，西南科技大学、绵阳师范学院分别向入围学生开放实验室18个、7个。")
    assert got["18个"] == "西南科技大学" and got["7个"] == "绵阳师范学院", got


# ------------------------------------------------------- counts sent on to the next contest up

def test_counts_sent_on_are_named_by_sender_and_level():
    got = figs("成绩靠前的26支队伍将代表绵阳市参加8月举行的2025年四川省青少年机器人竞赛。")
    assert got["26支"][2] == "代表绵阳市参加省赛的队伍"
    got = figs("组委会推荐涪城区实验小学李某某的《智能鱼缸》等15件作品参加第40届四川省青少年科技创新大赛。")
    assert got["15件"][2] == "推荐参加省赛的作品"
    got = figs("本届大赛一等奖作品中的16件将被推荐参加全国青少年科技创新大赛。")
    assert got["16件"][2] == "推荐参加国赛的作品"


def test_a_count_sent_on_is_about_the_contest_it_goes_to():
    got = abouts("本届竞赛中成绩优异的26支队伍将代表绵阳市参加8月举行的2025年四川省青少年机器人竞赛。")
    assert got["26支"] == "2025年四川省青少年机器人竞赛", got


def test_contestants_of_a_round_are_one_word_with_it():
    got = figs("经层层选拔，最终来自9个县区的168名选手进入市级决赛，另有96支队伍进入市级决赛。")
    assert got["168名"][2] == "进入市级决赛选手"
    assert got["96支"][2] == "进入市级决赛的队伍"


def test_weights_of_a_rubric_listed_in_the_clause_before():
    got = figs("决赛按科学性、创新性和展示效果三项指标评分,权重分别为40%、35%和25%。")
    assert got["40%"][2] == "科学性权重"
    assert got["35%"][2] == "创新性权重"
    assert got["25%"][2] == "展示效果权重"


def test_winners_named_by_the_prize_verb_ending_their_clause():
    got = figs("其中46支队伍获得一等奖，另有部分队伍获单项奖。")
    assert got["46支"][2] == "获得一等奖队伍"
