"""Issue 10, round 5: people and bodies as competition news writes them (bylines, winners
with their school, pupils after their school), research institutes and unions typed as
Organizations. Every sentence is new, written in the style of the reports."""
from __future__ import annotations

from kg.pipeline import process_text
from text_helpers import relations


def entities(text):
    report = process_text(text, "t")
    return {(e.label, e.type) for e in report.entities}


def persons(text):
    return {n for n, t in entities(text) if t == "Person"}


def test_byline_names_between_spaces():
    got = persons("本报讯（记者　何慧敏　通讯员　罗建军）昨日，全市中学生运动会开幕。（责任编辑：唐晓燕）")
    assert {"何慧敏", "罗建军", "唐晓燕"} <= got, got


def test_winners_listed_before_a_bracket_with_their_school():
    got = persons("各组一等奖获得者为：初中组：邓思琪（南宁市第三中学，物理）；"
                  "小学组：程子轩（南宁市滨湖路小学）、秦雨欣（南宁市民主路小学，数学）等。")
    assert {"邓思琪", "程子轩", "秦雨欣"} <= got, got


def test_a_bracket_that_is_no_school_names_no_winner():
    got = persons("全市共评出优秀作品（含微课）120件，其中小学组（含幼儿园）45件。")
    assert not got, got


def test_pupils_written_right_after_their_school():
    got = persons("高新区实验小学邹宇航、钟可馨共同完成的“智能书包”获一等奖，"
                  "长江路小学蔡一鸣的“自动浇花器”获二等奖。")
    assert {"邹宇航", "钟可馨", "蔡一鸣"} <= got, got


def test_a_word_after_a_school_is_no_name():
    got = persons("各中小学党支部开展主题党日活动，实验小学高年级学生参加了研学。")
    assert not got, got


def test_a_pupil_after_a_grade_or_school_is_titled():
    got = persons("市第九中学高一学生宋佳怡设计的“节能路灯”获金奖。柳州市第二中学学生覃浩宇的作品入选。")
    assert {"宋佳怡", "覃浩宇"} <= got, got


def test_a_teacher_who_teaches_a_lesson_is_two_characters():
    got = persons("市第五中学教师黄宇执教的《浮力》获评优课。")
    assert "黄宇" in got and "黄宇执" not in got, got


def test_research_institute_and_union_are_organizations():
    got = entities("由长沙市教育局、长沙市教育工会主办，长沙市教育科学研究院承办。岳阳市教育研究培训院组织教研。")
    assert ("长沙市教育工会", "Organization") in got, got
    assert ("长沙市教育科学研究院", "Organization") in got, got
    assert ("岳阳市教育研究培训院", "Organization") in got, got


def test_news_site_and_charity_are_organizations():
    got = entities("长沙新闻网讯 县教育局联合临湘市慈善总会开展助学活动。")
    assert ("长沙新闻网", "Organization") in got, got
    assert ("临湘市慈善总会", "Organization") in got, got


def test_a_union_joined_to_an_agency_issues_with_it():
    rels = relations("按照市教育局、市教育工会联合印发的《长沙市青年教师教学竞赛管理办法》，竞赛每年举办一次。")
    assert any(p == "issuedBy" and "教育局" in o for _, p, o in rels), rels
    assert any(p == "issuedBy" and "工会" in o for _, p, o in rels), rels


def metrics(text):
    report = process_text(text, "t")
    return {report.text[f.start:f.end]: f.metric for f in report.figures}


def test_bulletin_counts_carry_the_paragraph_stage():
    got = metrics("（三）普通高中。全市共有普通高中27所，招生1.46万人，在校生4.12万人，毕业生1.33万人。")
    assert got["1.46万人"] == "普通高中招生", got
    assert got["4.12万人"] == "普通高中在校生", got
    assert got["1.33万人"] == "普通高中毕业生", got


def test_a_bracketed_remark_is_not_the_metric():
    got = metrics("全县共有各级各类学校（含幼儿园，不含教学点）214所；各级各类学历教育在校生（含在园幼儿）8.9万人。")
    assert got["214所"] == "各级各类学校", got
    assert got["8.9万人"] == "各级各类学历教育在校生", got


def test_counted_thing_before_its_verb_is_named_verb_first():
    got = metrics("本届联赛共有148支队伍参赛，最终532件作品获奖，2100余名学生参加。")
    assert got["148支"] == "参赛队伍", got
    assert got["532件"] == "获奖作品", got
    assert got["2100余名"] == "参加学生", got


def test_a_reporter_works_for_the_outlet_before_the_byline():
    rels = relations("（南宁日报记者　覃美玲　通讯员　黄志强）昨日，全市青少年机器人竞赛落幕。")
    assert ("覃美玲", "affiliatedWith", "南宁日报") in rels, rels
    assert not any(s == "黄志强" for s, _, _ in rels), rels
    rels = relations("柳州新闻网讯（记者 韦丽娜）日前，柳州市中小学生艺术展演举行。")
    assert ("韦丽娜", "affiliatedWith", "柳州新闻网") in rels, rels


def test_a_school_named_after_a_development_zone_and_its_campus():
    got = entities("张三（成都高新第二中学初中校区，数学）获一等奖，成都高新第二中学共有5名教师获奖。")
    names = {n for n, _ in got}
    assert "成都高新第二中学" in names and "成都高新第二中学初中校区" in names, got
    assert "成都高新第二中学初中" not in names, got
    rels = relations("张三（成都高新第二中学初中校区，数学）获一等奖，成都高新第二中学共有5名教师获奖。")
    assert ("成都高新第二中学初中校区", "partOf", "成都高新第二中学") in rels, rels


def test_entrants_counted_with_their_schools_are_named_by_taking_part():
    got = metrics("本届比赛共有来自37所学校的865名学生参加，经初赛选拔，最终来自20所学校的140名学生进入决赛。")
    assert got["37所"] == "参加学校" and got["865名"] == "参加学生", got
    assert got["20所"] == "进入决赛的学校" and got["140名"] == "进入决赛的学生", got
    got = metrics("全县共有28所中小学的6000余名学生参加校级选拔赛，成绩喜人。")
    assert got["6000余名"] == "参加校级选拔赛的学生", got


def test_a_name_before_shuo_is_two_characters():
    got = persons("“孩子们的进步很明显。”华南师范大学副教授梁敏说。")
    assert "梁敏" in got and "梁敏说" not in got, got


def test_university_names_with_verb_like_type_words():
    got = entities("市属高校湘江学院、湘江职业技术学院稳步发展。株洲开放大学在籍学员1.2万人。"
                   "另有株洲航空旅游职业学院、株洲酒店管理职业学院等高校。")
    names = {n for n, t in got if t == "University"}
    assert {"湘江学院", "株洲开放大学", "株洲航空旅游职业学院", "株洲酒店管理职业学院"} <= names, got
    assert "高校湘江学院" not in names, got


def test_quoted_speech_is_no_initiative():
    got = entities("校长王红说：“这次获奖是对老师们最好的鼓励。”学校开展“书香校园”读书活动，"
                   "评委认为“多数作品已经达到了省级水平”。")
    names = {n for n, _ in got}
    assert not any("鼓励" in n or "省级水平" in n for n in names), got
    assert any("书香校园" in n for n in names), got


def test_places_listed_before_an_agency_head_each_have_the_agency():
    got = entities("全市评出优秀组织单位10个，天河区、越秀区、海珠区教育局等单位获此荣誉。")
    names = {n for n, t in got if t == "GovernmentAgency"}
    assert {"天河区教育局", "越秀区教育局", "海珠区教育局"} <= names, got


def test_public_and_private_counts_carry_the_kind_counted_before():
    got = metrics("全县共有普通高中9所，其中公办6所、民办3所。幼儿园45所（公办30所、民办15所）。")
    assert got["6所"] == "公办普通高中" and got["3所"] == "民办普通高中", got
    assert got["30所"] == "公办幼儿园" and got["15所"] == "民办幼儿园", got
