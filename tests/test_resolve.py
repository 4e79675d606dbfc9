"""Mentions → entities: aliases, relative names, keys; and recognition + resolution
scored on report-style texts of our own (tests/texts/*.txt with expected entities)."""
import json
import re
import unicodedata
from pathlib import Path

import pytest

from kg import gazetteer
from kg.model import Report, contract_class
from kg.recognise.entities import find_mentions
from kg.resolve import cn_number, place_key, resolve

TEXTS = Path(__file__).parent / "texts"
CANGSHAN = ("福建省", "福州市", "仓山区")


def run(text, issuer="福州市仓山区教育局", region=CANGSHAN):
    report = Report(doc_id="t", source="", text=text, issuer=issuer,
                    region=region[-1] if region else "", region_path=tuple(region))
    report.mentions = find_mentions(text)
    return resolve(report)


def by_label(entities):
    return {e.label: e for e in entities}


def test_full_and_short_forms_merge_when_both_occur():
    text = ("组织与十六中的深度联盟结对帮扶。福州第十六中学高考本科上线率达90%。"
            "通过聘请师大教授朱以撒等名师加大书法教育培训力度。邀请福建师范大学教授开设讲座。")
    ents = by_label(run(text))
    assert "十六中" in ents["福州第十六中学"].alt_labels
    assert ents["福州第十六中学"].type == "SecondarySchool"
    assert "师大" in ents["福建师范大学"].alt_labels
    assert "十六中" not in ents and "师大" not in ents
    assert len(ents["福州第十六中学"].mentions) == 2


def test_short_form_without_a_full_form_stays_itself():
    ents = by_label(run("组织与十六中的深度联盟结对帮扶，聘请师大教授朱以撒"))
    assert ents["十六中"].key == "School:福建省/福州市/仓山区:十六中"
    assert "师大" not in ents       # an abbreviation is only read as one beside its full name


def test_issuing_body_and_its_other_names_are_one_entity():
    text = ("2022年，仓山区教育局坚持立德树人。签订教育局、银行、学校三方资金账户监管协议。"
            "仓山区教育局获优秀组织奖。\n\n福州市仓山区教育局")
    ents = run(text)
    bodies = [e for e in ents if contract_class(e.type) == "GovernmentAgency"]
    assert len(bodies) == 1
    body = bodies[0]
    assert body.label == "福州市仓山区教育局"
    assert body.alt_labels == {"仓山区教育局", "教育局"}
    assert body.key == "GovernmentAgency::福州市仓山区教育局"
    assert len(body.mentions) == 4


def test_bureau_short_forms_join_the_issuer():
    text = "县教体局在县委、县政府的领导下开展工作。\n临泉县教育体育局"
    ents = run(text, "临泉县教育体育局", ("安徽省", "阜阳市", "临泉县"))
    bodies = {e.label: e for e in ents if contract_class(e.type) == "GovernmentAgency"}
    assert "县教体局" in bodies["临泉县教育体育局"].alt_labels
    assert set(bodies) == {"临泉县教育体育局", "县委", "县政府"}


def test_relative_names_resolve_against_the_region_but_keep_their_form():
    ents = by_label(run("在区委、区政府的关心支持及区委人才办的指导下，根据省考试院工作部署。"))
    assert ents["区委"].type == "PartyBody"
    assert "中共仓山区委" in ents["区委"].alt_labels
    assert "仓山区政府" in ents["区政府"].alt_labels
    assert "仓山区委人才办" in ents["区委人才办"].alt_labels
    assert "福建省考试院" in ents["省考试院"].alt_labels
    assert ents["区委"].key == "GovernmentAgency:福建省/福州市/仓山区:区委"
    # the same words in another county's report are another body
    other = by_label(run("在区委、区政府的关心支持下", "南京市鼓楼区教育局", ("江苏省", "南京市", "鼓楼区")))
    assert other["区委"].key != ents["区委"].key
    assert "中共鼓楼区委" in other["区委"].alt_labels


def test_places_take_their_full_names():
    text = "有力促进仓山教育质量提升，仓山区教育系统积极拓宽路径。重温总书记来闽考察讲话，福建省第二批名校长认定，福州六区之首。"
    ents = by_label(run(text))
    assert ents["仓山区"].alt_labels == {"仓山"}
    assert ents["福建省"].alt_labels == {"闽"}
    assert ents["福州市"].alt_labels == {"福州"}
    assert ents["仓山区"].key == "Place:福建省/福州市:仓山区"
    assert ents["福建省"].key == "Place::福建省"
    assert ents["仓山区"].parent_place == ents["福州市"].key
    assert ents["福州市"].parent_place == ents["福建省"].key
    assert place_key("仓山") == ents["仓山区"].key


def test_shared_county_name_follows_the_report_region():
    fz = by_label(run("鼓楼区教育局", "福州市仓山区教育局", CANGSHAN))
    nj = by_label(run("鼓楼区教育局", "南京市鼓楼区教育局", ("江苏省", "南京市", "鼓楼区")))
    assert fz["鼓楼区"].key == "Place:福建省/福州市:鼓楼区"
    assert nj["鼓楼区"].key == "Place:江苏省/南京市:鼓楼区"


def test_events_merge_without_the_party_prefix():
    ents = by_label(run("深入学习党的二十大精神，组织“喜迎二十大 争做好队员”活动，为党的二十大胜利召开创造环境。"))
    assert ents["党的二十大"].alt_labels == {"二十大"}
    assert ents["党的二十大"].key == "Event::党的二十大"
    assert len(ents["党的二十大"].mentions) == 3


def test_schools_keys_parents_and_most_specific_type():
    text = ("促成金闽小学、福州市永南中学新校建设。花溪幼儿园、仓山区实验幼儿园教育集团附属幼儿园招生办学。"
            "区属环保职专调整专业结构。")
    ents = by_label(run(text))
    assert ents["金闽小学"].key == "School:福建省/福州市/仓山区:金闽小学"
    assert ents["福州市永南中学"].key == "School::福州市永南中学"
    assert ents["福州市永南中学"].parent_place == ents["福州市"].key
    assert ents["仓山区实验幼儿园教育集团"].type == "EducationGroup"
    assert ents["仓山区实验幼儿园教育集团附属幼儿园"].parent_place == ents["仓山区"].key
    assert ents["金闽小学"].parent_place is None
    assert ents["环保职专"].type == "VocationalSchool"


def test_campus_and_abbreviation_merges_in_another_city():
    text = ("湖南师范大学附属中学取得优异成绩,湖南师大附中一本上线率达95%。"
            "岳麓区职专新开设专业,区职专学生获奖17项。固始县第一高级中学本科上线,其中固始一中上线1862人。")
    ents = by_label(run(text, "长沙市岳麓区教育局", ("湖南省", "长沙市", "岳麓区")))
    assert "湖南师大附中" in ents["湖南师范大学附属中学"].alt_labels
    assert "区职专" in ents["岳麓区职专"].alt_labels
    assert "固始一中" in ents["固始县第一高级中学"].alt_labels


def test_entities_are_deterministic_and_ordered_by_first_mention():
    text = (TEXTS / "yuelu-2021.txt").read_text(encoding="utf-8")
    first = run(text, "长沙市岳麓区教育局", ("湖南省", "长沙市", "岳麓区"))
    second = run(text, "长沙市岳麓区教育局", ("湖南省", "长沙市", "岳麓区"))
    assert [(e.key, e.type, sorted(e.alt_labels)) for e in first] == \
        [(e.key, e.type, sorted(e.alt_labels)) for e in second]
    starts = [min(m.start for m in e.mentions) for e in first]
    assert starts == sorted(starts)
    assert len({e.key for e in first}) == len(first)
    for e in first:
        assert e.key == f"{contract_class(e.type)}:{e.key.split(':')[1]}:{e.label}"
        assert e.label not in e.alt_labels


def test_region_path_from_issuer_when_missing():
    report = Report(doc_id="t", source="", text="在区委的领导下。\n福州市仓山区教育局", issuer="福州市仓山区教育局")
    report.mentions = find_mentions(report.text)
    ents = by_label(resolve(report))
    assert "中共仓山区委" in ents["区委"].alt_labels


def test_chinese_numbers():
    assert [cn_number(x) for x in ("十六", "四十", "12", "一", "二十三", "百", "x")] == [16, 40, 12, 1, 23, 100, None]


# ------------------------------------------------------------------ scored texts

QUOTES = "“”\"'‘’「」『』《》〈〉<>"


def norm(text):
    """The evaluation kit's name comparison (shared/eval/score.py)."""
    text = unicodedata.normalize("NFKC", str(text))
    text = "".join(ch for ch in text if ch not in QUOTES and not ch.isspace())
    return text.replace("(", "（").replace(")", "）").lower()


def score(entities, gold):
    """Precision over predicted entities, recall over core gold entities, the way the
    evaluation kit counts them (a node matches on any name and the contract class)."""
    by_name = {}
    for i, g in enumerate(gold["entities"]):
        for n in [g["label"], *g.get("aliases", [])]:
            by_name.setdefault(norm(n), []).append(i)
    matched, misses, wrong = {}, [], []
    for e in entities:
        cls = contract_class(e.type)
        hit = None
        for n in [e.label, *sorted(e.alt_labels)]:
            hits = [i for i in by_name.get(norm(n), []) if gold["entities"][i]["type"] == cls]
            if hits:
                hit = hits[0]
                break
        if hit is None:
            wrong.append(e.label)
        else:
            matched.setdefault(hit, []).append(e.label)
    core = [i for i, g in enumerate(gold["entities"]) if g.get("core", True)]
    misses = [gold["entities"][i]["label"] for i in core if i not in matched]
    precision = len(matched) / len(entities) if entities else 0.0
    recall = (len(core) - len(misses)) / len(core)
    return precision, recall, misses, wrong


CASES = sorted(p.stem for p in TEXTS.glob("*.json"))


def test_there_are_at_least_three_scored_texts():
    assert len(CASES) >= 3


@pytest.mark.parametrize("case", CASES)
def test_own_texts_precision_and_recall(case):
    text = (TEXTS / f"{case}.txt").read_text(encoding="utf-8")
    gold = json.loads((TEXTS / f"{case}.json").read_text(encoding="utf-8"))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    issuer = next(ln for ln in reversed(lines) if not re.match(r"\d{4}年", ln))
    region = gazetteer.region_from_text(issuer)
    assert region, issuer
    entities = run(text, issuer, region)
    precision, recall, misses, wrong = score(entities, gold)
    assert recall >= 0.9, misses
    assert precision >= 0.9, wrong


def test_short_form_in_brackets_joins_the_full_name():
    text = ("龙海区职业技术学校（以下简称“龙海职校”）新增专业2个，龙海职校获市技能大赛一等奖4个。"
            "区第二中学（以下简称“二中”）本科上线率达91%，二中学生获奖12项。")
    ents = by_label(run(text, "漳州市龙海区教育局", ("福建省", "漳州市", "龙海区")))
    assert "龙海职校" in ents["龙海区职业技术学校"].alt_labels
    assert len(ents["龙海区职业技术学校"].mentions) == 3
    assert "龙海职校" not in ents and "二中" not in ents
    assert "二中" in ents["区第二中学"].alt_labels


def test_towns_are_places_and_schools_lie_in_them():
    text = "书洋镇中心小学新建教学楼，依托南靖县书洋镇土楼资源开发研学课程。"
    ents = by_label(run(text, "南靖县教育局", ("福建省", "漳州市", "南靖县")))
    assert ents["书洋镇"].type == "Place"
    assert len(ents["书洋镇"].mentions) == 2
    # towns repeat across counties: the key carries the report's region
    assert ents["书洋镇"].key == "Place:福建省/漳州市/南靖县:书洋镇"


def test_bare_year_event_and_activity_forms():
    ents = by_label(run("举办2023仓山马拉松。在第五届福建省中小学生艺术展演活动中获奖。"))
    assert ents["第五届福建省中小学生艺术展演活动"].alt_labels >= {"第五届福建省中小学生艺术展演"}
    assert "2023仓山马拉松" in ents


def test_remembered_place_chain_hands_each_caller_its_own_list():
    from kg.resolve import _place_chain
    first, pos = _place_chain("晋中市榆次区第一中学", ("山西省",))
    assert (first, pos) == (["晋中市", "榆次区"], 6)
    first.append("changed by the caller")
    assert _place_chain("晋中市榆次区第一中学", ("山西省",)) == (["晋中市", "榆次区"], 6)
