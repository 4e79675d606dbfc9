"""Round 11, figures and metric labels: classes of error counted over the tuning folders,
each tested on new sentences (other places, names and numbers, half-width punctuation)."""
from __future__ import annotations

from kg.recognise.figures import find_figures


def figs(text):
    return {f.raw: (f.value, f.unit, f.metric) for f in find_figures(text)}


# ---------------------------------- a breakdown by area whose unit is a （单位：X） note

def test_unit_note_heading_with_bars():
    text = ("全年新增学位4,200个。\n"
            "各县区在园幼儿情况(单位:人):东坡区 12,480｜彭山区 6,317｜仁寿县 21,905｜洪雅县 4,062\n")
    got = figs(text)
    assert got["12,480"] == (12480, "人", "东坡区在园幼儿")
    assert got["6,317"] == (6317, "人", "彭山区在园幼儿")
    assert got["4,062"] == (4062, "人", "洪雅县在园幼儿")


def test_unit_note_caption_over_lines_with_wide_gaps():
    text = ("二、小学教育\n\n"
            "各乡镇小学在校生（单位：人）\n"
            "南桥镇 5,214   柘林镇 2,087   金汇乡 1,366\n"
            "奉城镇 3,945   青村乡 908\n\n"
            "小学专任教师1,702人。")
    got = figs(text)
    assert got["5,214"] == (5214, "人", "南桥镇小学在校生")
    assert got["1,366"] == (1366, "人", "金汇乡小学在校生")
    assert got["908"] == (908, "人", "青村乡小学在校生")


def test_unit_note_scales_and_by_area_cue():
    text = ("初中在校生按县区分布（单位：万人）：\n"
            "雁塔区 3.25；碑林区 1.08；\n长安区 2.61；县直 0.37。\n")
    got = figs(text)
    assert got["3.25"] == (32500, "人", "雁塔区初中在校生")
    assert got["2.61"] == (26100, "人", "长安区初中在校生")
    assert got["0.37"] == (3700, "人", "县直初中在校生")


def test_unit_only_heading_names_its_areas():
    text = "专任教师（人）：江阳区 3,406；纳溪区 1,872；泸县 2,519；合江县 2,230。"
    got = figs(text)
    assert got["3,406"][2] == "江阳区专任教师"
    assert got["2,519"][2] == "泸县专任教师"


# ---------------------------------- a barred table whose column headings give the unit

def test_barred_table_bare_cells_take_their_column_unit():
    text = ("表2 2023年全区教育基本情况\n"
            "类别 | 学校数(所) | 在园(在校)生(万人) | 教职工(人)\n"
            "幼儿园 | 86 | 2.47 | 3,120\n"
            "特殊教育 | 2 | 0.05 | 96\n\n"
            "全区共有幼儿园86所。")
    got = figs(text)
    assert got["2.47"][:2] == (24700, "人")
    assert got["3,120"] == (3120, "人", "幼儿园教职工")
    assert got["0.05"][:2] == (500, "人")
    assert got["96"] == (96, "人", "特殊教育教职工")
    assert sum(1 for f in find_figures(text) if f.raw == "86") == 1
    assert got["86所"][:2] == (86, "所")


# ---------------------------------- rows of a table whose caption's bracket lists its measures

def test_slash_measures_without_an_area_cue():
    text = ("获奖统计（金奖/银奖/铜奖）：\n"
            "北碚区　6项／9项／12项\n"
            "渝北区　4项／7项／10项\n")
    got = figs(text)
    assert got["6项"][2] == "北碚区金奖"
    assert got["12项"][2] == "北碚区铜奖"
    assert got["7项"][2] == "渝北区银奖"


def test_measures_listed_with_a_pause_mark_name_space_apart_rows():
    text = ("分县区看（学校数、在校生数、专任教师数）：\n"
            "东港区　96所　5.12万人　3820人\n"
            "岚山区　71所　3.05万人　2415人\n")
    got = figs(text)
    assert got["96所"][2] == "东港区学校数"
    assert got["5.12万人"][2] == "东港区在校生数"
    assert got["2415人"][2] == "岚山区专任教师数"


def test_long_caption_bracket_names_comma_rows():
    text = ("表4　2023年各县（市、区）特殊教育基本情况（特殊教育学校数 / 特殊教育在校生 / 送教上门学生）\n"
            "莒县 2所, 612人, 85人\n"
            "五莲县 1所, 307人, 46人\n")
    got = figs(text)
    assert got["612人"][2] == "莒县特殊教育在校生"
    assert got["85人"][2] == "莒县送教上门学生"
    assert got["1所"][2] == "五莲县特殊教育学校数"


def test_a_remark_in_brackets_is_no_list_of_measures():
    text = ("分县区看（含民办、不含技工）：\n"
            "东港区　96所　5.12万人\n"
            "岚山区　71所　3.05万人\n")
    got = figs(text)
    assert "含民办" not in got["96所"][2] and "不含技工" not in got["5.12万人"][2]


# ---------------------------------- X占比由A降至B: a share is a noun phrase, both figures measure it

def test_share_from_to_names_both_figures():
    got = figs("全县民办幼儿园在园幼儿占比由上年的31.5%降至27.2%,公办园占比提高。")
    assert got["31.5%"][2].endswith("民办幼儿园在园幼儿占比")
    assert got["27.2%"][2].endswith("民办幼儿园在园幼儿占比")
    got = figs("城区学校大班额比重由2.4%下降到0.8%。")
    assert got["0.8%"][2] == "城区学校大班额比重"


# ---------------------------------- a bare 资金 after a count measures what was counted

def test_bare_funds_after_a_count():
    got = figs("其中:家庭经济困难幼儿资助3,420人次,资金205.2万元;普通高中助学金1.12万人次、资金2,016万元。")
    assert got["205.2万元"][2] == "家庭经济困难幼儿资助资金"
    assert got["2,016万元"][2] == "普通高中助学金资金"


# ---------------------------------- an area before a colon labels a row; the stage follows it

def test_area_row_label_goes_before_the_stage():
    text = ("各区县义务教育学校数\n"
            "金川区：小学21所，初中9所；\n"
            "永昌县：小学34所，初中12所。\n")
    got = figs(text)
    assert got["21所"][2] == "金川区小学"
    assert got["12所"][2] == "永昌县初中"
    got = figs("生均校舍面积:小学7.6平方米、初中11.2平方米。")
    assert got["7.6平方米"][2] == "小学生均校舍面积"
