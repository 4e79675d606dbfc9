"""Round 14, metric labels that competency questions filter on: classes of error counted
over the tuning folders, each tested on new sentences (other places, names and numbers,
half-width punctuation)."""
from __future__ import annotations

from kg.recognise.figures import find_figures


def figs(text):
    return {f.raw: (f.value, f.unit, f.metric) for f in find_figures(text)}


# ------------------------- a label is never cut inside a quoted name, and has no marks

def test_rate_of_a_quoted_programme_keeps_the_whole_name():
    got = figs("全区义务教育学校“阳光分班”执行率达100%。")
    assert got["100%"][2].endswith("阳光分班执行率")
    got = figs('全县公办幼儿园"互联网+明厨亮灶"覆盖率98.5%。')
    assert got["98.5%"][2] == "互联网+明厨亮灶覆盖率"


def test_count_of_a_quoted_or_titled_thing_is_the_whole_thing():
    got = figs("新认定“山海研学实践基地”31个。")
    assert got["31个"][2] == "山海研学实践基地"
    got = figs("全体党员签订《廉洁从教承诺书》2860份。")
    assert got["2860份"][2] == "廉洁从教承诺书"


def test_long_title_is_left_out_not_spelled_whole():
    got = figs("学生《国家学生体质健康标准》测试优良率比上年提高1.7个百分点。")
    metric = got["1.7个百分点"][2]
    assert metric.endswith("测试优良率比上年提高") and "》" not in metric
    assert not metric.startswith("国家")


def test_quote_marks_are_left_out_of_a_label():
    got = figs("中职学校“双师型”教师占比达到63.2%。")
    assert got["63.2%"][2].endswith("双师型教师占比")


# ------------------------- a rate keeps a quoted name or a noun with its suffix before it

def test_alarm_installation_rate_keeps_the_device_name():
    got = figs("全市中小学幼儿园“一键报警”装置安装率为100%。")
    assert got["100%"][2].endswith("一键报警装置安装率")
    got = figs("全县寄宿制学校一键式报警装置安装率达到100%。")
    assert got["100%"][2].endswith("一键式报警装置安装率")
