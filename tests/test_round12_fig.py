"""Round 12, figures and metric labels: classes of error counted over the tuning folders,
each tested on new sentences (other places, names and numbers, half-width punctuation)."""
from __future__ import annotations

from kg.recognise.figures import find_figures


def figs(text):
    return {f.raw: (f.value, f.unit, f.metric) for f in find_figures(text)}


# ------------------------- a barred table whose caption's note gives the units of all columns

def test_caption_note_with_two_units_shares_them_out_by_column():
    text = ("六、各区县基本情况（简表，单位：所;人）\n\n"
            "区县|学校数|在校生数|专任教师数\n"
            "碑林区|83|91234|6120\n"
            "周至县|112|40871|3315\n\n"
            "七、教育经费\n")
    got = figs(text)
    assert got["83"] == (83, "所", "碑林区学校数")
    assert got["91234"] == (91234, "人", "碑林区在校生数")
    assert got["3315"] == (3315, "人", "周至县专任教师数")
    # a remark in the note, not units, gives no unit
    assert "83" not in figs(text.replace("单位：所;人", "单位：按学籍统计"))


def test_caption_note_with_one_unit_scales_and_spares_a_rate_column():
    text = ("分区县教育经费简表（单位：亿元）\n"
            "区县｜教育经费总投入｜比上年增长（%）\n"
            "江北区｜21.36｜4.2\n"
            "渝北区｜30.05｜6.8\n")
    got = figs(text)
    assert got["21.36"][:2] == (2136000000, "元")
    assert got["21.36"][2] == "江北区教育经费总投入"
    assert (float(got["6.8"][0]), got["6.8"][1]) == (6.8, "%")



# ------------------------- a bare 参与率 after a count of those who took part in an activity

def test_rate_of_joining_named_by_what_the_count_before_joined():
    got = figs("全县参加课后托管服务的学生3.12万人，参与率达到93.4%。")
    assert got["93.4%"][2] == "课后托管服务参与率"
    got = figs("“双减”落实方面：全区中小学课后服务覆盖率100%，参加课后服务学生6.4万人，参与率达95.1%。")
    assert got["95.1%"][2] == "课后服务参与率"


def test_label_before_a_colon_sets_nothing_up():
    got = figs("作业减负提质：全区义务教育学校课后服务实现全覆盖，参与学生5.2万人，参与率97.3%。")
    assert got["5.2万人"][2] == "课后服务参与学生"
    assert got["97.3%"][2] == "课后服务参与率"
    got = figs("课后服务工作方面：全区中小学全部开展课后服务，参与学生4.6万人，参与率95.8%。")
    assert got["95.8%"][2] == "课后服务参与率"


def test_quoted_code_between_reach_verb_and_state_is_no_programme():
    got = figs("全区义务教育学校课后服务实现\"5+2\"全覆盖，参与学生8.3万人，参与率96.1%。")
    assert got["96.1%"][2] == "课后服务参与率"


# ------------------------- 在校生 after an intake of a kind of pupils

def test_pupils_after_an_intake_take_its_kind_not_its_verb():
    got = figs("全市特殊教育学校11所，招收特殊教育学生486人，在校生3015人，其中随班就读1202人。")
    assert got["3015人"][2] == "特殊教育在校生"


# ------------------------- bare counts under a stage heading of a bulletin

def test_stage_heading_names_the_bare_counts_below_it():
    text = ("三、义务教育\n"
            "（一）小学\n"
            "学校286所，招生4.12万人，在校生25.6万人，毕业生3.9万人。\n"
            "（二）初中\n"
            "全市共有初中121所。\n"
            "招生3.55万人，在校生10.2万人。\n")
    got = figs(text)
    assert got["286所"][2] == "小学学校"
    assert got["4.12万人"][2] == "小学招生"
    assert got["3.55万人"][2] == "初中招生"


# ------------------------- slash rows whose measures the prose before gave with a unit

def test_slash_rows_take_the_unit_the_prose_gave_their_measures():
    text = ("从各地看，青秀区共获金奖8枚、银奖12枚；兴宁区获金奖5枚、银奖9枚。\n\n"
            "各城区获奖情况（金奖/银奖/合计）:\n"
            "青秀区 8/12/20\n"
            "兴宁区 5/9/14\n\n"
            "二、学校情况\n")
    got = {(f.raw, f.metric): (f.value, f.unit) for f in find_figures(text)}
    assert got[("12", "青秀区银奖")] == (12, "枚")
    assert got[("14", "兴宁区合计")] == (14, "枚")
    assert got[("5", "兴宁区金奖")] == (5, "枚")


# ------------------------- a share 由A降至B keeps its whole phrase, verbs and all

def test_share_with_a_verb_inside_names_both_figures():
    got = figs("全区民办初中招生计划数占比由上年的13.4%降至9.6%。")
    assert got["13.4%"][2] == "民办初中招生计划数占比"
    assert got["9.6%"][2] == "民办初中招生计划数占比"


# ------------------------- a fact box's marked lines (▲参赛学校：213所)

def test_marked_fact_box_lines_are_named_by_their_label():
    got = figs("数说本届赛事\n▲参赛学校：213所，比上届增加12所\n● 评审专家：46名\n")
    assert got["213所"][2] == "参赛学校"
    assert got["46名"][2] == "评审专家"


def test_who_took_part_rate_takes_the_set_up_activity():
    got = figs("全县中小学课后服务实现\"5+2\"全覆盖，学生参与率94.6%，教师参与率90.2%。")
    assert got["94.6%"][2] == "课后服务学生参与率"
    assert got["90.2%"][2] == "课后服务教师参与率"


# ------------------------- 百分点 written once after two deltas

def test_points_written_once_after_two_deltas():
    got = figs("全县学生体质健康达标率94.1%，优良率48.3%，分别比上年提高0.8个和1.9个百分点。")
    assert got["0.8个"][1] == "个百分点"
    assert got["1.9个百分点"][1] == "个百分点"


# ------------------------- how long a contest lasts: 为期N天的…大赛在…落下帷幕

def test_span_of_a_named_meet_is_its_session_not_where_it_closed():
    got = figs("为期3天的2024年绵阳市中小学生田径运动会在绵阳市体育中心落下帷幕。")
    assert got["3天"][2] == "运动会会期"
    got = figs("为期两天的2023年衡阳市中小学教师说课大赛决赛于衡阳师范学院举行。")
    assert got["两天"][2] == "大赛决赛会期"
    # an activity that is no contest keeps its 期限
    assert figs("组织为期15天的新教师岗前培训。")["15天"][2] == "新教师岗前培训期限"
