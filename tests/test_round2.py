"""Issue 10: classes of error seen on reports nobody tuned on. Each test is a new sentence
in the style of the reports (not a copy of any evaluation report)."""
from __future__ import annotations

import pytest

from kg.model import contract_class
from kg.pipeline import process_text
from kg.recognise.entities import find_mentions


def entities(text):
    r = process_text(text, "t")
    return r, {n: contract_class(e.type) for e in r.entities for n in (e.label, *e.alt_labels)}


def rels(report, predicate):
    label = {e.key: e.label for e in report.entities}
    return {(label[r.subject], label[r.object]) for r in report.relations if r.predicate == predicate}


def abouts(report):
    label = {e.key: e.label for e in report.entities}
    return {report.text[f.start:f.end]: label.get(f.about) for f in report.figures}


# ------------------------------------------------------------------ renamed-seed shapes

@pytest.mark.parametrize("field", ["旅游", "园林", "环保", "城建", "财经", "机电", "体育", "护理"])
@pytest.mark.parametrize("kind", ["职专", "职中", "职高"])
def test_a_short_vocational_school_is_named_by_any_two_character_trade(field, kind):
    text = f"区属{field}{kind}根据区域产业发展需要调整专业设置，新增专业2个。"
    found = {m.text: contract_class(m.type) for m in find_mentions(text)}
    assert found.get(f"{field}{kind}") == "School", found


def test_a_verb_before_a_short_vocational_form_is_no_name():
    found = {m.text for m in find_mentions("全县积极开办职专，扶持职高发展。")}
    assert not any(n.endswith(("职专", "职高")) for n in found), found


@pytest.mark.parametrize("uni", ["海峡师范大学", "华夏师范大学", "东方师范大学", "江汉师范大学"])
def test_the_short_form_joins_the_university_whatever_its_head(uni):
    text = (f"邀请{uni}教授开设师德师风专题讲座。"
            "通过聘请师大教授欧阳明等名师加强书法教育培训。")
    r, found = entities(text)
    assert found[uni] == "University"
    assert ("欧阳明", uni) in rels(r, "affiliatedWith")
