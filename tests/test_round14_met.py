"""Round 14, metric labels that competency questions filter on: classes of error counted
over the tuning folders, each tested on new sentences (other places, names and numbers,
half-width punctuation)."""
from __future__ import annotations

from kg.recognise.figures import find_figures
from kg.recognise.figures.context import sentence_topic
from kg.recognise.figures.lexicon import load_lexicon


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


# ------------------------- the nearest coverage of an activity names its 参与率

def test_later_coverage_names_the_rate_over_a_policy_clause():
    got = figs("贯彻“双减”要求，课后服务实现全镇中小学全覆盖，学生参与率97.2%。")
    assert got["97.2%"][2] == "课后服务学生参与率"


def test_coverage_rate_sets_up_the_participation_rates_after_it():
    got = figs("全旗义务教育学校课后服务覆盖率达100%,学生参与率93.6%,教师参与率90.4%。")
    assert got["93.6%"][2] == "课后服务学生参与率"
    assert got["90.4%"][2] == "课后服务教师参与率"


def test_count_of_schools_reaching_coverage_sets_up_the_rates():
    got = figs("出台《某县课后服务实施细则》，全县87所义务教育学校课后服务实现全覆盖，"
               "学生参与率95.5%，教师参与率92.8%。")
    assert got["95.5%"][2] == "课后服务学生参与率"
    assert got["92.8%"][2] == "课后服务教师参与率"


def test_first_clause_topic_is_a_whole_quoted_name():
    lex = load_lexicon()
    assert sentence_topic("建成“黔东教育云”平台", lex) == "“黔东教育云”平台"
    assert sentence_topic("认真落实“双减”政策", lex) == "“双减”政策"


# ------------------------- a topic clause is not carried into a metric that names its line

def test_exam_topic_is_not_carried_into_a_line_count():
    got = figs("2023年高考，全旗本科上线1,892人，本科上线率58.3%；参考考生3260人。")
    # (a head count of those who passed reads 本科上线人数 since round 21; no 高考 carried in)
    assert got["1,892人"][2] == "本科上线人数"
    assert got["58.3%"][2] == "本科上线率"


def test_exam_topic_still_names_bare_candidates():
    got = figs("2023年高考，全县参考考生2,845人。")
    assert got["2,845人"][2] == "高考参考考生"


def test_exam_topic_is_not_carried_into_a_reached_line_rate():
    got = figs("2022年中考，全区普高达线率76.5%。")
    assert got["76.5%"][2] == "普高达线率"


# ------------------------- 分别 is no part of what is counted

def test_respectively_is_left_out_of_a_shared_label():
    got = figs("甲中学、乙中学中考平均分分别提高12.6分、9.8分。")
    assert got["12.6分"][2].endswith("中考平均分提高")
    assert "分别" not in got["9.8分"][2]


# ------------------------- a label opening inside a short name's bracket

def test_short_name_in_brackets_names_the_rate():
    got = figs("甘肃省某县第二中学(以下简称“县二中”)本科上线率达93.5%。")
    assert got["93.5%"][2] == "县二中本科上线率"


# ------------------------- a rate keeps a compound of up to 14 characters before its verb

def test_long_compound_before_a_rate_is_not_cut_inside():
    got = figs("全县心理健康教育专职教师配备率达到96.0%。")
    assert got["96.0%"][2] == "心理健康教育专职教师配备率"
    got = figs("全市普惠性幼儿园在园幼儿覆盖率达91.3%。")
    assert got["91.3%"][2] == "普惠性幼儿园在园幼儿覆盖率"
