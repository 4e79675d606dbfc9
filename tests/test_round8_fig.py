"""Issue 10, round 8: figures and metric labels. Every sentence is new (other places,
other names, other numbers), written in the style of the reports; each test names the
class of sentence it stands for."""
from __future__ import annotations

from kg.recognise.figures import find_figures


def metrics(text):
    return {f.raw: f.metric for f in find_figures(text)}


# ------------------------------------------------- table captions over an area list

def test_caption_without_colon_names_each_area_with_the_captions_measure():
    # 表N 分区县X情况 on its own line, then A区 N；B县 M: each number is that area's X
    text = ("四、教师队伍\n表4 分区县普通高中在校生情况\n"
            "城关区 2.16万人；七里河区 1.87万人；\n西固区 0.95万人；榆中县 1.32万人。\n"
            "五、特殊教育\n全市共有特殊教育学校9所。")
    got = metrics(text)
    assert got["2.16万人"] == "城关区普通高中在校生", got
    assert got["1.32万人"] == "榆中县普通高中在校生", got
    assert got["9所"] != "榆中县普通高中在校生", got


def test_caption_with_bracketed_divisions_and_a_year():
    text = ("表3　2024年各县(市、区)专任教师情况\n"
            "红塔区0.61万人；江川区0.23万人；澄江市0.19万人；通海县0.27万人。\n")
    got = metrics(text)
    assert got["0.61万人"] == "红塔区专任教师", got
    assert got["0.27万人"] == "通海县专任教师", got


def test_prose_line_with_an_area_word_is_no_caption():
    # a sentence (with its commas) that says 各县 is not a caption of the next line
    text = ("各县区要加强学位供给，确保入学需求。\n"
            "城关区新建幼儿园3所，新增学位1260个。\n")
    got = metrics(text)
    assert got["3所"] != "城关区各县区要加强学位供给", got
    assert "城关区" not in got["1260个"] or "学位" in got["1260个"], got


def test_row_of_an_area_with_several_measures_split_by_spaces():
    text = ("表2 分县区小学及在校生情况\n"
            "秦州区 小学126所 在校生39215人\n"
            "麦积区 小学141所 在校生35126人\n")
    got = metrics(text)
    assert got["126所"] == "秦州区小学", got
    assert got["39215人"] == "秦州区在校生", got
    assert got["35126人"] == "麦积区在校生", got


def test_area_line_after_a_heading_with_a_remark_carries_its_area_to_each_item():
    # 分区县看（不含…，单位：…）：\nA区：学校N所，在校生M万人 → A区在校生
    text = ("分区县看（不含技工院校，单位：所/万人）：\n"
            "雁塔区：学校212所，在校生18.4万人\n"
            "碑林区：学校98所，在校生9.7万人\n"
            "灞桥区：学校143所，在校生7.1万人\n")
    got = metrics(text)
    assert got["18.4万人"] == "雁塔区在校生", got
    assert got["9.7万人"] == "碑林区在校生", got
    assert got["98所"] == "碑林区学校", got


def test_number_of_a_table_caption_is_no_figure():
    got = metrics("表5 分学段招生情况\n小学 招生2.31万人\n  表 6 各县区学校数\n")
    assert "5 分" not in got and " 6 各" not in got and "6 各" not in got, got
    assert "2.31万人" in got, got
    # 表 inside a sentence keeps its figures: 填报表格3份
    assert "3份" in metrics("各校填报统计表3份。")


# ------------------------------------------------- label, colon, number (fact boxes)

def test_fact_box_label_before_a_colon_names_the_figure():
    text = ("【数据看点】\n报名学校：156所（其中民办学校23所）\n"
            "参赛选手：2140名；指导教师：389名\n"
            "一等奖获奖率：约12%，比上届提高1.5个百分点\n")
    got = metrics(text)
    assert got["156所"] == "报名学校", got
    assert got["2140名"] == "参赛选手", got
    assert got["389名"] == "指导教师", got
    assert got["约12%"] == "一等奖获奖率", got
    assert "一等奖获奖率" in got["1.5个百分点"], got


def test_colon_after_a_list_word_or_a_sentence_is_no_label():
    got = metrics("全区新增学位情况如下：新建小学2所，新增学位2700个。\n其中：公办幼儿园8所。")
    assert got["8所"] != "其中", got
    assert got["2所"] == "新建小学", got


# ------------------------------------------------- tables written with bars

def test_barred_table_cells_are_named_by_row_label_and_column_heading():
    text = ("表6 分学段生师比情况\n"
            "学段 | 专任教师(人) | 研究生学历占比\n"
            "小学 | 21846人 | 3.2%\n"
            "初中 | 11307人 | 6.8%\n"
            "（注：占比为具有研究生学历的专任教师所占比例。）\n"
            "全市共有学校312所。")
    got = metrics(text)
    assert got["21846人"] == "小学专任教师", got
    assert got["6.8%"] == "初中研究生学历占比", got
    assert got["312所"] != "初中研究生学历占比", got


def test_bars_without_a_heading_row_leave_the_metric_alone():
    got = metrics("小学 | 招生2.1万人 | 毕业生1.9万人\n")
    assert got["2.1万人"].endswith("招生"), got
    assert got["1.9万人"].endswith("毕业生") and "|" not in got["1.9万人"], got


# ------------------------------------------------- a bracketed remark before the number

def test_delta_after_a_bracketed_remark_borrows_the_noun_not_the_remark():
    got = metrics("全市共有普通高中(含完全中学)46所，比上年增加3所。")
    assert got["46所"] == "普通高中", got
    assert got["3所"].startswith("普通高中"), got
    got = metrics("专任教师（不含代课教师）2.85万人，比上年增长1.9%。")
    assert "不含" not in got["1.9%"] and "）" not in got["1.9%"], got
    assert got["1.9%"].startswith("专任教师"), got


# ------------------------------------------------- half-written follow-ups

def test_a_bare_verb_after_a_count_of_the_same_unit_takes_its_noun():
    got = metrics("全年开工建设校舍项目58个，竣工42个，新增学位2.6万个。")
    assert got["42个"] == "竣工项目", got
    assert got["2.6万个"] == "新增学位", got


def test_partners_counted_after_yu_are_the_cooperating_ones():
    got = metrics("全县职业学校与210余家企业开展校企合作，共建实训基地18个。")
    assert got["210余家"] == "合作企业", got
    got = metrics("市职教中心与甲乙机械厂、丙丁电子公司等57家企业签订合作协议。")
    assert got["57家"] == "合作企业", got
    # 与 without 合作 after the noun: left as written
    got = metrics("与8所高校开展联合培养。")
    assert not got["8所"].startswith("合作"), got
