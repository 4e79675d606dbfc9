"""Relations the text states, on short report-style texts (several provinces and levels)."""
from __future__ import annotations

from kg.pipeline import process_text


def rels(text: str, predicate: str) -> set[tuple[str, str]]:
    report = process_text(text, "t")
    label = {e.key: e.label for e in report.entities}
    return {(label[r.subject], label[r.object]) for r in report.relations if r.predicate == predicate}


def abouts(text: str) -> dict[str, str]:
    report = process_text(text, "t")
    label = {e.key: e.label for e in report.entities}
    return {f.raw: label[f.about] for f in report.figures if f.about}


SIGNED = "\n\n{bureau}\n2024年1月8日\n"


def test_place_prefix_gives_located_in_and_places_nest():
    text = ("江宁区2023年教育工作总结\n一、学校建设\n南京市江宁区东山小学、江宁区实验幼儿园建成开办，"
            "东山中学完成改扩建。" + SIGNED.format(bureau="南京市江宁区教育局"))
    found = rels(text, "locatedIn")
    assert ("江宁区实验幼儿园", "江宁区") in found
    assert ("南京市江宁区教育局", "江宁区") in found
    assert ("江宁区", "南京市") in found
    assert not any(s == "东山中学" for s, _ in found)   # no place in its name: not stated


def test_campus_and_attached_school_are_part_of_their_school():
    text = ("相城区2022年教育工作总结\n（一）集团化办学\n苏州市相城实验中学北桥校区、"
            "苏州市相城实验中学附属幼儿园投入使用，苏州市相城实验中学办学规模扩大。"
            + SIGNED.format(bureau="苏州市相城区教育局"))
    found = rels(text, "partOf")
    assert ("苏州市相城实验中学北桥校区", "苏州市相城实验中学") in found
    assert ("苏州市相城实验中学附属幼儿园", "苏州市相城实验中学") in found


def test_title_between_organisation_and_person():
    text = ("绵阳市2021年教育工作总结\n一、队伍建设\n邀请西南科技大学教授李建国开设专题讲座，"
            "绵阳中学校长王志强作经验交流。" + SIGNED.format(bureau="绵阳市教育和体育局"))
    found = rels(text, "affiliatedWith")
    assert ("李建国", "西南科技大学") in found
    assert ("王志强", "绵阳中学") in found


def test_documents_issued_by_the_signing_bureau_or_the_named_body():
    text = ("平和县2023年教育工作总结\n一、制度建设\n制定《平和县义务教育阶段学校招生工作方案》，"
            "县政府印发《平和县学前教育发展提升行动计划》，组织学习《中华人民共和国教育法》。"
            + SIGNED.format(bureau="平和县教育局"))
    found = rels(text, "issuedBy")
    assert ("平和县义务教育阶段学校招生工作方案", "平和县教育局") in found
    assert ("平和县学前教育发展提升行动计划", "县政府") in found
    assert not any(d == "中华人民共和国教育法" for d, _ in found)


def test_figures_are_about_what_their_clause_names():
    text = ("某区2022年教育工作总结\n一、质量提升\n"
            "组织开展第三届“书香校园”读书节活动，全区1200名学生参与。"
            "组织420名教师参加全国中小学教师信息技术应用能力提升工程2.0培训。"
            "完成3150人的中考工作及2800人的会考工作。"
            "金桥小学、湖畔小学等5所学校完成改造。")
    found = abouts(text)
    assert found.get("3150人") == "中考"
    assert found.get("2800人") == "会考"
    assert "5所" not in found          # it counts the listed schools, it is not about one
    assert found.get("1200名", "").endswith("读书节活动") or "书香校园" in found.get("1200名", "")


def test_joint_issuers_and_a_body_named_before_a_title():
    text = ("青秀区2023年教育工作总结\n一、制度建设\n区委、区政府印发《青秀区教育强区建设三年行动方案》，"
            "区教育局联合区民宗局印发《青秀区民族团结教育实施意见》。认真落实市教委《关于加强作业管理的通知》。"
            + SIGNED.format(bureau="南宁市青秀区教育局"))
    found = rels(text, "issuedBy")
    assert {b for d, b in found if d == "青秀区教育强区建设三年行动方案"} == {"区委", "区政府"}
    assert ("青秀区民族团结教育实施意见", "区民宗局") in found
    assert ("关于加强作业管理的通知", "市教委") in found


def test_a_clause_that_opens_with_a_school_gives_its_figures_a_subject():
    text = ("某区2023年教育工作总结\n一、学校建设\n与广西大学签订合作办学协议，广西大学附属小学秋季学期正式开学，"
            "开设24个教学班，招收学生1050人。盘屿中学和城门中学改扩建2个项目开工建设。")
    found = abouts(text)
    assert found.get("1050人") == "广西大学附属小学"
    assert found.get("24个") == "广西大学附属小学"
    assert "2个" not in found          # counts the two projects named before it


def test_a_sentence_opening_with_an_exam_is_about_it():
    text = ("某县2023年教育工作总结\n一、质量\n2023年高考，全县本科上线1868人，本科上线率69.03%。")
    found = abouts(text)
    assert found.get("1868人") == "2023年高考" and found.get("69.03%") == "2023年高考"
