"""Round 14, competition news: the people of a prize table written with bars, the labels
of prize counts, of entries and of judges, as the annotators write them; each tested on
new sentences (other provinces, half-width punctuation, other numbering)."""
from __future__ import annotations

from text_helpers import mention_types

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
