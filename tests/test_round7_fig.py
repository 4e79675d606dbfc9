"""Issue 10, round 7: figures and metric labels of statistical bulletins. Every sentence is
new (other places, other names, other numbers), written in the style of the reports; each
test names the class of sentence it stands for."""
from __future__ import annotations

from kg.recognise.figures import find_figures


def metrics(text):
    return {f.raw: f.metric for f in find_figures(text)}


def figures(text):
    return {f.raw: f for f in find_figures(text)}


# ------------------------------------------------------------ area lists under a heading

def test_inline_breakdown_heading_names_each_area_with_the_measure():
    # X分县情况：A区…，B区…: each area's count is that area's X
    got = metrics("专任教师分县情况：柳南区0.92万人，鱼峰区0.77万人，柳城县0.58万人。")
    assert got["0.92万人"] == "柳南区专任教师", got
    assert got["0.77万人"] == "鱼峰区专任教师", got
    assert got["0.58万人"] == "柳城县专任教师", got
    got = metrics("普通高中学校分区分布为：城关区6所、七里河区5所、榆中县4所。其中，新建学校1所。")
    assert got["5所"] == "七里河区普通高中学校", got
    assert got["1所"] != "榆中县普通高中学校", got


def test_heading_with_area_words_first_and_a_half_width_colon():
    # 分县区X:A区…;B县…  (half-width punctuation)
    got = metrics("分县区小学在校生:安宁区2.15万人;西固区1.84万人;永登县2.66万人.")
    assert got["1.84万人"] == "西固区小学在校生", got
    assert got["2.66万人"] == "永登县小学在校生", got


def test_first_item_own_measure_carries_to_the_later_areas():
    # 分区教育投入：A区财政性教育经费…，B区…: B's count repeats A's measure, not the heading's
    got = metrics("分区教育投入：江岸区财政性教育经费21.3亿元，江汉区17.8亿元，硚口区15.2亿元。")
    assert got["21.3亿元"] == "江岸区财政性教育经费", got
    assert got["17.8亿元"] == "江汉区财政性教育经费", got
    assert got["15.2亿元"] == "硚口区财政性教育经费", got


def test_by_area_look_with_a_bracket_and_colon():
    # 分区（县）看：A区新增学位…，B区…
    got = metrics("分区（县）看：雁江区新增学位1500个，安岳县2100个，乐至县900个。")
    assert got["2100个"] == "安岳县新增学位", got
    assert got["900个"] == "乐至县新增学位", got


def test_heading_alone_on_its_line_with_a_bracket_of_measures():
    # 分县情况（学校数/在校生）：then one line per area, figures split by /
    text = "分县情况（学校数/在校生）：\n新洲区：96所/5.3万人\n黄陂区：118所/7.1万人\n\n下一段。"
    got = metrics(text)
    assert got["96所"] == "新洲区学校数", got
    assert got["7.1万人"] == "黄陂区在校生", got


def test_bare_numbers_take_the_unit_of_the_heading():
    # 各盟市X（所）：A市 312；B市 287: bare numbers are figures with the heading's unit
    text = "各盟市中小学校数（所）：\n呼和浩特市 312；包头市 287；赤峰市 455。\n"
    got = figures(text)
    assert set(got) >= {"312", "287", "455"}, got
    assert got["287"].unit == "所" and got["287"].value == 287, got["287"]
    assert got["287"].metric == "包头市中小学校数", got["287"]


def test_bare_numbers_are_scaled_by_the_heading_magnitude():
    # （万人）：A县 1.26 → 12600 人; (个) with a year and a county bracket in the heading
    got = figures("各县（市、区）学前教育在园幼儿（万人）：\n长兴县 1.26；德清县 0.98；安吉县 1.05\n")
    assert got["0.98"].unit == "人" and got["0.98"].value == 9800, got["0.98"]
    assert got["0.98"].metric == "德清县学前教育在园幼儿", got["0.98"]
    got = figures("各县（市、区）2023年新改扩建校舍情况（个）：江口县14，石阡县9，思南县21。")
    assert got["9"].unit == "个" and got["9"].metric == "石阡县新改扩建校舍", got["9"]


def test_bare_numbers_without_a_unit_heading_stay_unfigured():
    # no unit in the heading, or items that are not areas: no figure is made up
    assert "312" not in figures("各盟市中小学校数：\n呼和浩特市 312；包头市 287。\n")
    assert "12.3" not in figures("主要指标（万人）：\n在校生 12.3；招生 4.1。\n")
    got = figures("各区学校数（所）：\n城南区 12 其中新建2所；城北区 9\n")
    assert "12" not in got and got["9"].unit == "所", got


# ------------------------------------------------------------ stages of bare counts

def test_bare_counts_carry_the_higher_education_and_phase_stages():
    # 普通本专科招生…，在校生…，毕业生…: the later counts are 普通本专科's, not the 高职 of the
    # sentence before
    got = metrics("全市共有普通高等学校9所，其中高职（专科）院校5所。普通本专科招生4.12万人，"
                  "在校生13.6万人，毕业生3.7万人。")
    assert got["13.6万人"] == "普通本专科在校生", got
    assert got["3.7万人"] == "普通本专科毕业生", got
    got = metrics("全州高中阶段教育共有学校52所，招生3.1万人，在校生8.9万人。")
    assert got["8.9万人"] == "高中阶段在校生", got
    got = metrics("全县共有义务教育阶段学校86所；招生1.2万人，在校生7.4万人。")
    assert got["7.4万人"] == "义务教育阶段在校生", got


# ------------------------------------------------------------ names paired with 分别

def test_named_schools_or_areas_before_a_measure_and_respectively():
    # A中学、B中学X分别为a、b: each figure is its own school's X
    got = metrics("其中，黔江县第二中学、黔江县第四中学本科上线人数分别为812人、655人。")
    assert got["812人"] == "黔江县第二中学本科上线人数", got
    assert got["655人"] == "黔江县第四中学本科上线人数", got
    got = metrics("东城区、西城区和南湖区教育经费投入分别为24.6亿元、17.9亿元和16.3亿元, 位列全市前三.")
    assert got["16.3亿元"] == "南湖区教育经费投入", got
    # a count of another noun after 分别有 is not a measure written before 分别
    got = metrics("甲中学、乙中学分别有7名、6名教师获奖。")
    assert not got["7名"].startswith("甲中学"), got


# ------------------------------------------------------------ divisions after a list of them

def test_count_of_governed_divisions_after_the_list_of_their_names():
    # X市下辖A区、B区、C区3个区，D市…3个县级市和E县…3个县: each count is 下辖 + division
    got = [(f.raw, f.metric) for f in find_figures(
        "浙江省台州市下辖椒江区、黄岩区、路桥区3个区，玉环市、温岭市、临海市3个县级市和"
        "天台县、仙居县、三门县3个县。")]
    assert got == [("3个", "下辖区"), ("3个", "下辖县级市"), ("3个", "下辖县")], got
    got = metrics("甘肃省兰州市下辖城关区、七里河区、西固区、安宁区、红古区5个区, 常住人口441.5万人.")
    assert got["5个"] == "下辖区", got


# ------------------------------------------------------------ a rate keeps its verbal noun

def test_rate_keeps_the_verbal_noun_after_its_noun():
    # …视频监控联网率: 监控 (a verbal noun after a noun) is part of what the rate is of
    got = metrics("城区学校“电子围栏”与视频监控联网率达100%")
    assert got["100%"] == "视频监控联网率", got
    got = metrics('乡镇学校"护校安园"平台与视频监控联网率达到97.5%,')
    assert got["97.5%"] == "视频监控联网率", got
    got = metrics("全县寄宿制学校“宿管通”系统与宿舍监控联网率为92.4%。")
    assert got["92.4%"] == "宿舍监控联网率", got
