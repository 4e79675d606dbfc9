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
