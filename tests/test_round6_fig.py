"""Issue 10, round 6: figures and their metric labels as bulletins and competition news
write them. Every sentence is new (other places, other names, other numbers), written in
the style of the reports; each test names the class of sentence it stands for."""
from __future__ import annotations

from kg.recognise.figures import find_figures


def metrics(text):
    return {f.raw: f.metric for f in find_figures(text)}


def test_a_state_reached_is_no_activity_the_rates_borrow():
    # X实现全覆盖, then 参与学生/参与率: they take part in X, not in 全覆盖
    got = metrics("全区中小学课后服务实现全覆盖，参与学生3.8万人，参与率为91.2%。")
    assert got["3.8万人"] == "课后服务参与学生", got
    assert got["91.2%"] == "课后服务参与率", got
    got = metrics("全县126所学校实现看护服务全覆盖, 参与学生2.4万人, 参与率达88.6%.")
    assert got["88.6%"] == "看护服务参与率", got


def test_breakdown_by_district_names_each_count_with_its_district():
    # 分区看，A区在校生…，B区…: each item repeats the first item's noun with its own place
    got = metrics("分区看，越秀区在校生18.2万人，荔湾区12.6万人，黄埔区9.8万人；另有省属学校在校生3.1万人。")
    assert got["18.2万人"] == "越秀区在校生", got
    assert got["12.6万人"] == "荔湾区在校生", got
    assert got["9.8万人"] == "黄埔区在校生", got
    got = metrics("分区域看, 城北区有各级各类学校64所, 城中区57所, 镜湖区112所.")
    assert got["57所"] == "城中区各级各类学校", got
    assert got["112所"] == "镜湖区各级各类学校", got


def test_districts_with_their_own_counts_in_a_bulletin():
    # A区有中小学N所、在校生M万人；B县有…: the counts are each place's, 有 dropped
    got = metrics("（二）县域。宁乡县有中小学212所、在校生15.3万人；醴陵市有中小学301所，在校生21.7万人，新建学校6所。")
    assert got["212所"] == "宁乡县中小学", got
    assert got["15.3万人"] == "宁乡县在校生", got
    assert got["21.7万人"] == "醴陵市在校生", got
    assert got["6所"] == "醴陵市新建学校", got


def test_ranked_schools_and_districts_own_their_prizes():
    got = metrics("①合肥市第一中学，获一等奖8项、二等奖11项；")
    assert got["8项"].startswith("合肥市第一中学") and "一等奖" in got["8项"], got
    assert got["11项"].startswith("合肥市第一中学") and "二等奖" in got["11项"], got
    got = metrics("从各区县看，蜀山区、包河区分别获一等奖23项、19项；庐阳区首次组织学校整体报送，获一等奖12项。")
    assert got["23项"].startswith("蜀山区") and got["19项"].startswith("包河区"), got
    assert got["12项"].startswith("庐阳区"), got


def test_one_place_in_an_annual_report_is_no_breakdown():
    # a partner district named once is not a breakdown: its counts keep their own metric
    got = metrics("滨湖区选派支教教师36名赴我县开展帮扶，我县选派120余名骨干教师跟岗研修，每期2个月。")
    assert not got["2个月"].startswith("滨湖区"), got


def test_a_stage_is_not_read_inside_zhong_xiao_xue():
    # 中小学…，在校生: the stage is 中小学, not the 小学 inside it
    got = metrics("全市有民办中小学（含一贯制学校）41所，在校生6.3万人。")
    assert got["6.3万人"] in ("中小学在校生", "民办中小学在校生"), got


def test_a_place_whose_name_opens_with_a_numeral_is_no_figure():
    # 七台河市, 五指山市 …: the numeral and 台/指 are a name, not a count
    got = metrics("七台河市有中小学62所、在校生8.1万人。")
    assert "七台" not in got and got["62所"].endswith("中小学"), got
    # the short name beside the full one in the same report
    got = metrics("支持三门县、天台县改善办学条件。三门职中获一等奖3个。")
    assert set(got) == {"3个"}, got
    # a plain count of machines stays a figure
    assert "三门" in metrics("学校新开设选修课三门。")
    assert "三台" in metrics("学校新购置电脑三台。")


def test_later_grades_of_a_prize_list_keep_its_category():
    # 某类成果一等奖N项、二等奖M项: 二等奖 is the same category's
    got = metrics("共评出中小学生艺术作品一等奖35项、二等奖71项、三等奖104项; 优秀组织奖8个。")
    assert got["71项"].endswith("艺术作品二等奖"), got
    assert got["104项"].endswith("艺术作品三等奖"), got
    got = metrics("本次展评共评出青少年机器人创意设计一等奖14项、二等奖30项。")
    assert got["30项"].endswith("创意设计二等奖"), got


def test_a_running_total_keeps_lei_ji():
    # 累计 before the metric's words or before the number: a running total
    got = metrics("依托“云上课堂”平台开设直播课程620节, 累计观看达9.4万人次; 回放累计点击量突破30万次.")
    assert got["9.4万人次"] == "累计观看", got
    assert got["30万次"].endswith("累计点击量"), got
    got = metrics("新增市级劳动教育特色学校12所，累计达到57所。")
    assert got["57所"].startswith("累计") and "特色学校" in got["57所"], got
    got = metrics("近两年学校累计投入210万元。")
    assert got["210万元"] == "累计投入", got


def test_entrants_from_a_list_of_places_with_brackets():
    # 来自N个区、M个县（市）的K名运动员参赛: each count is of those taking part
    got = metrics("隆重举办全市第五届中小学生游泳比赛, 来自6个区、4个县(市)的1300余名运动员参赛。")
    assert got["6个"] == "参赛区", got
    assert got["4个"] == "参赛县(市)", got
    assert got["1300余名"] == "参赛运动员", got
    got = metrics("本届展演吸引了全市12个县（市、区）的205所学校参与。")
    assert got["12个"] == "参与县（市、区）", got
    assert got["205所"] == "参与学校", got


def test_an_average_age_is_a_figure_an_age_group_is_not():
    got = metrics("全区乡村教师平均年龄下降至41.3岁，招收3-6岁幼儿1200名。")
    assert got.get("41.3岁") == "乡村教师平均年龄", got
    assert "6岁" not in got and "3-6岁" not in got, got
    got = metrics("参加决赛的选手平均年龄为31.8岁.")
    assert "31.8岁" in got, got


def test_editions_held_are_counted_ordinals_are_not():
    got = metrics("该赛事自创办以来已连续举办十二届, 本届为第十二届; 2024届毕业生2100人。")
    assert "十二届" in got and got["十二届"].endswith("连续举办"), got
    assert set(got) == {"十二届", "2100人"}, got


def test_a_connector_inside_a_word_stays():
    # 参与 keeps its 与; a place that opens with 和 keeps it
    got = metrics("本届运动会吸引了全县48所中小学参与。")
    # (round 10: counts after 吸引 are named verb first, 参与中小学)
    assert "中小学" in got["48所"] and "参与" in got["48所"], got
    got = metrics("和平区新增学位1500个。")
    assert got["1500个"].startswith("和平区"), got


def test_a_bare_span_is_the_span_of_what_the_sentence_opens_with():
    got = metrics("联赛自今年3月开赛, 历时8个月, 覆盖全市9个区县。")
    assert got["8个月"] == "联赛历时", got
    got = metrics("颁奖结束后，优秀作品在区文化馆集中展出，展期为10天。")
    assert got["10天"] == "优秀作品展期", got


def test_amounts_by_a_standard_name_the_standard():
    # 落实X政策，按每人每月A元至B元的标准发放: both amounts are X's standard
    got = metrics("认真落实乡镇工作补贴政策，按照每人每月300元至800元的标准发放补贴，惠及教师2100人。")
    assert got["300元"] == "乡镇工作补贴标准", got
    assert got["800元"] == "乡镇工作补贴标准", got
    # …的标准提供Y: the standard of Y, when Y is named
    got = metrics("继续实施学生营养改善计划, 按每生每天4元的标准提供课间营养餐补助, 全年惠及学生1.6万人。")
    assert got["4元"] == "课间营养餐补助标准", got


def test_a_measure_shared_by_a_list_of_stages():
    # 小学、初中X分别为a、b: each stage's own X (the guidelines' shared head)
    got = metrics("小学、初中生均仪器设备值分别为2860元、3910元。")
    assert got["2860元"] == "小学生均仪器设备值", got
    assert got["3910元"] == "初中生均仪器设备值", got
    # X：小学a，初中b: the heading is each stage's measure
    got = metrics("生均运动场面积: 小学9.6平方米, 初中13.2平方米, 普通高中15.8平方米。")
    assert got["9.6平方米"] == "小学生均运动场面积", got
    assert got["15.8平方米"] == "普通高中生均运动场面积", got


def test_a_verb_after_an_adjective_is_part_of_the_noun():
    # 优秀组织单位: 组织 is no verb introducing what is counted
    got = metrics("另评出优秀辅导老师42名、优秀组织单位15个。")
    assert got["15个"].endswith("优秀组织单位"), got


def test_divisions_an_area_governs():
    got = metrics("全县辖11镇7乡，总人口63万人; 市区下辖3个区、2个县级市。")
    assert got["11镇"] == "辖镇" and got["7乡"] == "辖乡", got
    assert got["3个"] == "下辖区", got
    # without 辖 a numeral before 区/县 is no count of divisions
    got = metrics("推进三区联动，两县交界处新建学校4所。")
    assert set(got) == {"4所"}, got


def test_and_a_half_and_compound_units():
    found = {f.raw: f for f in find_figures("项目研发历时一年半, 集训两个半月; 团体总分比上届提升3个名次。")}
    assert found["一年半"].value == 1.5 and found["一年半"].unit == "年", found
    assert found["两个半月"].value == 2.5 and found["两个半月"].unit == "个月", found
    assert found["3个名次"].unit == "个名次", found


def test_a_later_state_sets_up_what_the_first_clause_did_not():
    got = metrics("新课标实施后, 全县中小学看护服务实现全覆盖, 参加看护服务学生2.7万人, 参与率达到93.1%。")
    assert got["93.1%"] == "看护服务参与率", got
    # an activity the first clause set up stays
    got = metrics("全区41所学校全部开展课后服务，实现“5+2”全覆盖，参与学生3.1万人，参与率达92.8%。")
    assert got["92.8%"] == "课后服务参与率", got
