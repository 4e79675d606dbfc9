"""Round 18, bulletins: a bare population (在校生, 招生) opening the part after a semicolon is
of the kind the part before it counted (全市共有民办学校N所，…；在校生M万人 → 民办学校在校生), and
so are that population's change and share in the same part."""
from __future__ import annotations

from text_helpers import figure_metrics as metrics


def test_population_after_a_semicolon_is_of_the_kind_counted_before_it():
    got = metrics("全州共有民办学校(含幼儿园)862所，比上年减少12所；在校生19.4万人，占全州在校生总数的17.2%。")
    assert got["19.4万人"] == "民办学校在校生"
    assert got["17.2%"] == "民办学校在校生占全州在校生总数"


def test_a_change_after_the_population_keeps_the_kind():
    got = metrics("全县有特殊教育学校3所;招生214人,比上年增加18人。")
    assert got["214人"] == "特殊教育学校招生"
    assert got["18人"] == "特殊教育学校招生比上年增加"


def test_a_population_with_its_own_subject_is_left_alone():
    got = metrics("全市共有民办学校240所；公办学校在校生31.6万人。")
    assert got["31.6万人"] == "公办学校在校生"


def test_a_stage_inside_an_includes_remark_is_not_the_population_stage():
    got = metrics("全区共有各级各类学校（含幼儿园）214所，在校生12.6万人。")
    assert got["12.6万人"] in ("在校生", "各级各类学校在校生")
    got = metrics("全市共有民办学校（含民办幼儿园）518所，占全市学校总数的31.2%；在校生9.8万人，比上年减少0.6万人。")
    assert got["9.8万人"] == "民办学校在校生"
    assert got["0.6万人"] == "民办学校在校生比上年减少"


def test_the_stage_of_the_paragraph_still_names_its_population():
    got = metrics("普通高中19所，招生2.1万人；在校生6.3万人，比上年增加0.4万人。")
    assert got["0.4万人"].startswith("普通高中在校生")


# ------------------------- a measure run straight into the first of its stages

def test_measure_run_into_its_first_stage_names_every_stage():
    got = metrics("生均教学及辅助用房面积小学6.3平方米、初中8.9平方米、普通高中11.2平方米。")
    assert got["6.3平方米"] == "小学生均教学及辅助用房面积"
    assert got["8.9平方米"] == "初中生均教学及辅助用房面积"
    assert got["11.2平方米"] == "普通高中生均教学及辅助用房面积"
    got = metrics("生均教学仪器设备值小学达到1980元,初中达到2750元。")
    assert got["2750元"] == "初中生均教学仪器设备值"


def test_a_measure_before_a_stage_is_no_school_name():
    from text_helpers import mention_types
    got = mention_types("专任教师学历合格率小学100%、初中99.6%；生均校舍建筑面积小学7.1平方米。")
    assert not any(name.endswith("小学") for name in got)


# ------------------------- a rate after a change of a score is the rate alone

def test_a_rate_after_a_score_change_borrows_no_score():
    got = metrics("2023年中考,全县初中总均分较上年提高12.4分,优秀率达38.9%。")
    assert got["38.9%"] == "优秀率"
    got = metrics("全区初中平均分提高9.6分，及格率达91.2%。")
    assert got["91.2%"] == "及格率"


def test_a_rate_after_a_count_still_borrows_what_was_counted():
    got = metrics("全年办理人大代表建议和政协委员提案52件，办结率100%。")
    assert got["100%"] != "办结率" and got["100%"].endswith("办结率")


def test_a_change_right_after_a_staged_population_is_that_stage_s():
    got = metrics("（二）初中。全市共有初中212所。初中招生5.12万人，在校生15.36万人，比上年增加0.41万人。")
    assert got["0.41万人"] == "初中在校生比上年增加"


def test_a_comma_inside_a_remark_does_not_cut_the_count_from_its_change():
    got = metrics("全县共有各级各类学校286所（不含教学点，含民办学校），比上年减少9所。")
    assert got["9所"] == "各级各类学校比上年减少"


def test_the_activity_covering_a_count_names_its_participation_rate():
    got = metrics("全县课后服务覆盖126所义务教育学校，参与学生5.3万人，参与率达92.4%。")
    assert got["92.4%"] == "课后服务参与率"
    assert got["5.3万人"] == "课后服务参与学生"


def test_a_comparison_left_without_its_year_is_dropped_but_same_period_stays():
    got = metrics("报名参赛教师2310人，较2022年增长18.9%；教育经费总投入同比增长4.2%。")
    assert got["18.9%"].endswith("增长") and "较增长" not in got["18.9%"]
    assert got["4.2%"] == "教育经费总投入同比增长"


def test_a_short_remark_inside_a_label_is_left_out_but_a_bracketed_list_stays():
    got = metrics("中等职业学校毕业生就业(升学)率达96.5%。全市共有高职（专科）院校3所。")
    assert got["96.5%"].endswith("毕业生就业率")
    assert got["3所"] == "高职院校"
