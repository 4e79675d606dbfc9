"""Round 21: shapes behind the misses of the last blind set read (tables, contest news with two
contests, Tibetan names). Every sentence is new, written in the style of the reports."""
from __future__ import annotations

from decimal import Decimal

from text_helpers import abouts, figure_cell, figure_metrics, mention_types


# ------------------------------------------------------------ tables

def test_year_columns_that_write_their_unit_head_a_table():
    text = ("第四部分 教育投入\n\n表3 2023年某县教育经费情况\n"
            "项目 2023年(万元) 2022年(万元) 增长(%)\n"
            "教育经费总投入 95310 90122 5.8\n"
            "学生资助资金 4120 4388 -6.1\n")
    assert figure_cell(text, "95310") == (Decimal("953100000"), "元", "2023年教育经费总投入")
    assert figure_cell(text, "4388")[2] == "2022年学生资助资金"
    assert figure_cell(text, "-6.1")[1:] == ("%", "学生资助资金增长")


def test_rows_of_stage_and_number_under_a_section_heading_with_its_unit():
    text = ("三、各乡镇义务教育招生分布（单位：人）\n"
            "城关镇  小学 1420  初中 1186\n"
            "石门乡  小学 388  初中 0\n\n")
    assert figure_cell(text, "1420") == (Decimal("1420"), "人", "城关镇小学招生")
    assert figure_cell(text, "388")[2] == "石门乡小学招生"


def test_a_section_heading_without_a_unit_note_heads_no_rows():
    metrics = figure_metrics("三、各乡镇义务教育招生分布\n城关镇  小学 1420  初中 1186\n")
    assert "城关镇小学招生" not in metrics.values(), metrics


# ------------------------------------------------------------ people

def test_tibetan_names_of_two_common_elements():
    text = "州教研室教研员泽仁拉姆、玉树市第一完全小学教师尕藏才让分别作专题讲座。\n"
    found = mention_types(text, "Person")
    assert "泽仁拉姆" in found and "尕藏才让" in found, found


# ------------------------------------------------------------ contest news

def test_each_group_keeps_its_prizes_after_a_semicolon():
    text = "经评审,朗读比赛小学组评出一等奖4名、二等奖7名;初中组评出一等奖3名、二等奖5名。\n"
    metrics = figure_metrics(text)
    assert metrics["7名"] == "小学组二等奖", metrics
    assert metrics["3名"] == "初中组一等奖" and metrics["5名"] == "初中组二等奖", metrics


NEWS = ("8月2日,德格县第二届中小学生书法大赛在县民族中学举行。\n"
        "5月20日,德格县第四届中学生物理实验大赛在德格县第一中学开赛。"
        "物理实验大赛共有全县9所中学的27支代表队、81名学生参赛。"
        "县教育局为物理实验大赛安排专项经费2.6万元。\n\n"
        "物理实验大赛各组别获奖情况如下:\n"
        "初中组:一等奖3个,二等奖5个\n"
        "高中组:一等奖2个,二等奖4个\n\n"
        "书法大赛共收到作品312件。\n")


def test_an_events_short_name_later_in_the_text_is_that_event():
    got = abouts(NEWS)
    contest = "德格县第四届中学生物理实验大赛"
    assert got["2.6万元"] == contest, got
    assert got["312件"] == "德格县第二届中小学生书法大赛", got


def test_an_event_opening_its_clause_owns_a_count_after_another():
    # 27支 stands after 9所中学的: the contest opening the clause is still what it counts
    assert abouts(NEWS)["27支"] == "德格县第四届中学生物理实验大赛"


def test_lines_under_an_event_heading_ended_by_a_colon_are_the_events():
    got = abouts(NEWS)
    assert got["3个"] == got["4个"] == "德格县第四届中学生物理实验大赛", got


def test_a_short_name_inside_a_longer_phrase_is_not_the_event():
    head = "某县教育局2023年工作总结\n一、素质教育\n6月3日,某县第三届中小学生航模竞赛在县一中举行。\n"
    assert abouts(head + "航模竞赛共有12支队伍参赛。\n")["12支"] == "第三届中小学生航模竞赛"
    # 班级航模竞赛 is a kind of activity the schools hold, not the county's contest
    assert abouts(head + "各校开展班级航模竞赛12场。\n")["12场"] is None


# ------------------------------------------------------------ blind40's misses

def test_stage_rows_under_a_per_pupil_caption_with_year_columns():
    text = ("表2 2023年生均一般公共预算教育经费（单位：元）\n学段 2023年 2022年 增长率(%)\n"
            "小学 12840 12391 3.62\n初中 17705 18032 -1.81\n")
    assert figure_cell(text, "-1.81")[1:] == ("%", "初中生均一般公共预算教育经费增长率")
    assert figure_cell(text, "12391")[2] == "2022年小学生均一般公共预算教育经费"


def test_a_change_after_one_space_in_a_captioned_row():
    text = "表5 2023年生均一般公共预算教育事业费（单位：元）\n小学 9310.45 比上年增长2.71%\n初中 13118.02 比上年下降1.05%\n"
    metrics = figure_metrics(text)
    assert metrics["13118.02"] == "初中生均一般公共预算教育事业费", metrics
    assert metrics["1.05%"] == "初中生均一般公共预算教育事业费比上年下降", metrics


def test_a_group_heading_names_the_counts_of_its_sentence():
    text = ("各组别获奖情况如下：\n（一）小学组。参赛学生204名，评出一等奖18个、二等奖30个。"
            "县实验小学获一等奖6个。\n（二）初中组（含九年一贯制学校）。参赛学生131名，评出一等奖12个。\n")
    metrics = figure_metrics(text)
    assert metrics["204名"] == "小学组参赛学生" and metrics["30个"] == "小学组二等奖", metrics
    assert metrics["131名"] == "初中组参赛学生" and metrics["12个"] == "初中组一等奖", metrics
    assert not metrics["6个"].startswith("小学组"), metrics     # the school's own prizes


def test_a_department_head_works_for_the_body_before_the_department():
    from text_helpers import linked_pairs
    text = "评委、德宏州科学技术协会青少年部部长段海涛介绍，本届大赛参赛作品达176件。\n"
    assert ("段海涛", "德宏州科学技术协会") in linked_pairs(text, "affiliatedWith")


def test_a_college_named_by_a_region_is_known_by_its_professor():
    from text_helpers import linked_pairs
    text = "与太行学院合作开展培训，太行学院教授杜明远被聘为首席专家。\n"
    assert ("杜明远", "太行学院") in linked_pairs(text, "affiliatedWith")
    # a college named by its field alone is no university
    assert "University" not in mention_types("商学院教授李某作报告。\n").values()


def test_a_town_jieba_reads_as_a_one_character_word_and_chengzhen():
    found = mention_types("万城镇中心学校、和乐镇中心学校加入集团。\n")
    assert found.get("万城镇中心学校") == "School" and found.get("万城镇") == "Place", found
    assert mention_types("全县城镇中心学校开展活动。\n") == {}


# ------------------------------------------------------------ blind41's misses

def test_stage_rows_under_a_caption_with_no_unit_note_but_units_in_the_cells():
    text = "表3 2023年各级教育生均一般公共预算教育事业费\n小学: 12110元, 比上年增长3.4%\n普通初中: 17655元, 比上年下降0.8%\n"
    metrics = figure_metrics(text)
    assert metrics["17655元"] == "普通初中生均一般公共预算教育事业费", metrics
    assert metrics["0.8%"] == "普通初中生均一般公共预算教育事业费比上年下降", metrics


def test_a_line_of_stages_and_numbers_between_pipes_under_a_caption():
    text = "表5  生均一般公共预算教育事业费(单位：元)\n幼儿园 7,904 | 小学 10,388 | 初中 13,926\n"
    assert figure_cell(text, "13,926") == (Decimal("13926"), "元", "初中生均一般公共预算教育事业费")


def test_a_stage_among_rows_of_spending_is_the_stages_spending():
    text = ("表2 2023年某县教育经费情况(单位:万元)\n项目 2023年 2022年 增减(%)\n"
            "一般公共预算教育经费 98,310 93,772 4.84\n其中:学前教育 11,205 11,930 -6.08\n")
    assert figure_cell(text, "-6.08")[1:] == ("%", "学前教育经费增减")
    assert figure_cell(text, "11,930")[2] == "2022年学前教育经费"


def test_a_score_something_was_won_with():
    metrics = figure_metrics("县第二中学代表队以93.5分夺得航模竞技初中组冠军,李某以97分获得全场最高分。\n")
    assert metrics["93.5分"] == "航模竞技初中组得分" and metrics["97分"] == "全场最高分", metrics


def test_a_total_shared_out_after_a_colon_gives_each_share_its_measure():
    text = "初中组一等奖7个：某县第一中学4个，某县民族中学3个；\n"
    metrics = figure_metrics(text)
    assert metrics["4个"] == metrics["3个"] == "初中组一等奖", metrics
    # kinds listed after 其中 are no schools' shares
    kinds = figure_metrics("驻市高校5所：其中本科院校2所、高职院校3所。\n")
    assert kinds["2所"] != "驻市高校", kinds


def test_boarding_schools_named_by_their_place():
    found = mention_types("一等奖：共和县民族寄宿制中学3个，江西沟镇寄宿制小学1个。\n")
    assert found.get("共和县民族寄宿制中学") == "SecondarySchool", found
    assert found.get("江西沟镇寄宿制小学") == "PrimarySchool", found
    assert mention_types("全县寄宿制小学完成改造。\n") == {}


def test_a_numbered_school_after_a_clause_lead_word():
    assert abouts("全市本科上线率61.2%，其中庄浪一中本科上线率达76.4%。\n")["76.4%"] == "庄浪一中"


def test_a_town_name_jieba_left_in_single_characters():
    found = mention_types("年都乎乡中心学校新建食堂。\n")
    assert found.get("年都乎乡") == "Place", found


def test_members_counted_then_named_after_the_group():
    from text_helpers import linked_pairs
    text = "静宁县第三小学教育集团新增成员校2所，即静宁县城关镇第五小学、静宁县李店镇中心小学。\n"
    got = linked_pairs(text, "partOf")
    assert ("静宁县李店镇中心小学", "静宁县第三小学教育集团") in got, got


def test_the_round_entered_stays_in_the_entrants_label():
    metrics = figure_metrics("本届大赛吸引全县38所中小学的1106名青年教师参加初赛。\n")
    assert metrics["1106名"] == "参加初赛青年教师", metrics


# ------------------------------------------------------------ blind42's misses

def test_a_share_of_spending_after_a_list_number_is_named_whole():
    metrics = figure_metrics("1.一般公共预算教育支出占一般公共预算支出的比例为19.42%。\n")
    assert metrics["19.42%"] == "一般公共预算教育支出占一般公共预算支出的比例", metrics


def test_later_groups_of_a_list_count_what_the_first_does():
    metrics = figure_metrics("其中小学组参赛队伍41支、初中组37支、高中组19支。\n")
    assert metrics["37支"] == "初中组参赛队伍" and metrics["19支"] == "高中组参赛队伍", metrics


def test_works_sent_on_to_the_citys_contest():
    metrics = figure_metrics("据悉，本届大赛推荐11件优秀作品参加天水市青少年科技创新大赛。\n")
    assert metrics["11件"] == "推荐参加市赛的优秀作品", metrics


def test_a_total_closing_a_line_of_prizes():
    metrics = figure_metrics("县实验小学:一等奖3名,二等奖2名,合计5名;\n")
    assert metrics["5名"] == "获奖总数", metrics


def test_a_bare_total_counts_what_its_sentence_opened_with():
    metrics = figure_metrics("本届大赛经费由县财政专项安排，共计12万元，用于评审组织。\n")
    assert metrics["12万元"] == "大赛经费", metrics


def test_rows_of_towns_that_write_their_units():
    text = "主要乡镇学校及在校生情况如下：\n城关镇 学校12所 在校生6210人\n石门乡 学校5所 在校生930人\n"
    metrics = figure_metrics(text)
    assert metrics["6210人"] == "城关镇在校生" and metrics["5所"] == "石门乡学校", metrics


def test_kinds_of_school_after_a_schools_total_name_themselves():
    metrics = figure_metrics("全县共有各级各类学校64所，其中幼儿园40所、小学18所。全县在校生20114人。小学在校生9120人。\n")
    assert metrics["40所"] == "幼儿园" and metrics["18所"] == "小学", metrics
    assert metrics["20114人"] == "在校生", metrics      # the whole county's, no stage


def test_a_districts_own_middle_school_and_a_countys_kindergarten():
    found = mention_types("城关区中学中考及格率达80.5%，临泽县幼儿园开展活动。\n")
    assert found.get("城关区中学") == "SecondarySchool" and found.get("临泽县幼儿园") == "Kindergarten", found
    assert mention_types("全区中学开展活动。\n") == {}


def test_a_county_made_a_city_after_the_table_was_drawn():
    from text_helpers import linked_pairs
    text = "沙湾市地处新疆塔城地区东南部。沙湾市教育局印发《沙湾市校园欺凌防治工作方案》。\n"
    assert ("沙湾市", "塔城地区") in linked_pairs(text, "locatedIn")
    assert ("沙湾市校园欺凌防治工作方案", "沙湾市教育局") in linked_pairs(text, "issuedBy")


# ------------------------------------------------------------ blind43's misses

def test_scores_under_a_numbered_heading_that_names_them():
    text = ("附：获奖名单\n\n一、团体总分\n小学组：第一名 某县实验小学 176分；第二名 某镇中心小学 163分\n"
            "初中组：第一名 某县城南中学 208分\n")
    metrics = figure_metrics(text)
    assert metrics["163分"] == "小学组团体总分" and metrics["208分"] == "初中组团体总分", metrics


def test_people_counted_after_winning():
    metrics = figure_metrics("从学校获奖情况看,县实验学校共7人获奖;县第二中学获奖5人。\n")
    assert metrics["5人"].endswith("获奖人数"), metrics


def test_groups_parts_of_a_total_take_its_measure():
    metrics = figure_metrics("经过激烈角逐，共有96名选手进入决赛，其中小学组40名、初中组32名、高中组24名。\n")
    assert metrics["32名"] == "初中组" + metrics["96名"], metrics


def test_a_vocational_schools_short_forms():
    from kg.pipeline import process_text
    report = process_text("古浪县职业中等专业学校招生520人。古浪职专开设专业7个。\n", "t")
    school = next(e for e in report.entities if e.label == "古浪县职业中等专业学校")
    assert "古浪职专" in school.alt_labels, school.alt_labels


# ------------------------------------------------------------ blind44's misses

def test_head_counts_of_those_who_passed_a_line():
    metrics = figure_metrics("2023年高考本科上线1120人，上线率60.2%。某县中学本科上线803人。\n")
    assert metrics["1120人"] == "高考本科上线人数", metrics       # still holds 本科上线
    assert metrics["803人"].endswith("本科上线人数"), metrics


def test_a_measure_heading_on_its_own_line_over_stage_lines():
    text = "生均一般公共预算教育事业费:\n小学13205元,增长3.9%;\n初中18160元,下降0.7%。\n"
    metrics = figure_metrics(text)
    assert metrics["18160元"] == "初中生均一般公共预算教育事业费", metrics
    assert metrics["0.7%"] == "初中生均一般公共预算教育事业费下降", metrics


def test_lines_under_a_prize_heading_count_that_prize():
    text = "各校一等奖获奖情况如下:\n某县第一中学 4项;\n某县实验小学 3项;\n"
    metrics = figure_metrics(text)
    assert metrics["4项"] == metrics["3项"] == "一等奖", metrics


def test_prizes_won_in_all():
    assert figure_metrics("从学校获奖情况看，某县实验小学共获奖6项。\n")["6项"] == "某县实验小学获奖总数"


def test_signed_changes_in_word_number_rows_with_paired_units():
    text = ("表1  2023年某县各级各类学校及在校生情况\n（学校数单位:所;在校生数、增减数单位:人）\n"
            "小学  学校 41  在校生 18620  比上年增减 -932\n初中  学校 12  在校生 9104  比上年增减 +47\n")
    assert figure_cell(text, "-932") == (Decimal("-932"), "人", "小学在校生比上年增减")
    assert figure_cell(text, "41") == (Decimal("41"), "所", "小学学校")
