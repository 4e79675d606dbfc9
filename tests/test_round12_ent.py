"""Round 12, entities: classes of error counted over the tuning folders, each tested on
new sentences (other places, names and numbers, half-width punctuation)."""
from __future__ import annotations

from kg.model import contract_class
from kg.pipeline import process_text
from kg.recognise.entities import find_mentions


def names(text, cls=None):
    out = {}
    for m in find_mentions(text):
        assert text[m.start:m.end] == m.text
        if cls is None or contract_class(m.type) == cls:
            out[m.name] = m.type
    return out


def entities(text):
    report = process_text(text, "t")
    return {e.label: e for e in report.entities}


# --------------------------- an autonomous division written with its plain level word

AUTONOMOUS = ("峨边彝族自治县教育局2023年工作总结\n"
              "峨边县特殊教育学校在校生96人,峨边县职业高级中学开设专业6个。\n"
              "峨边彝族自治县教育局")


def test_county_short_form_keeps_its_schools_when_the_full_name_is_written():
    found = names(AUTONOMOUS, "School")
    assert "峨边县特殊教育学校" in found, found
    assert "峨边县职业高级中学" in found, found


def test_county_short_form_is_the_same_place():
    ents = entities(AUTONOMOUS)
    places = [label for label, e in ents.items() if contract_class(e.type) == "Place"]
    assert "峨边彝族自治县" in places and "峨边县" not in places, places


def test_prefecture_written_with_zhou():
    found = names("与湖北省恩施州、湘西州等地开展教育协作。", "Place")
    assert "恩施州" in found and "湘西州" in found, found


# ------------------------------------------------------ a county's own middle school

def test_county_full_name_before_zhongxue_is_the_county_school():
    found = names("2024年高考,平乐县中学、平乐县第二中学本科上线812人。", "School")
    assert "平乐县中学" in found, found
    found = names("南宁市第三中学分别与大化瑶族自治县中学、都安瑶族自治县中学结对帮扶。", "School")
    assert {"大化瑶族自治县中学", "都安瑶族自治县中学"} <= set(found), found


def test_short_city_name_after_its_province_before_zhongxue():
    found = names("湖南省衡阳中学、湖南省邵东中学2所学校入选。", "School")
    assert "湖南省衡阳中学" in found, found


def test_city_full_name_before_zhongxue_stays_a_category():
    assert names("组织杭州市中学教师开展研修。", "School") == {}


def test_biology_teacher_after_a_senior_school():
    found = names("蒙山县高级中学生物教师韦丽华的《光合作用》获一等奖。", "School")
    assert "蒙山县高级中学" in found, found
    assert names("全县中学生体质健康测试合格率95%。", "School") == {}
