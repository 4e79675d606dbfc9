"""Property-based tests over the extractor: for any text it never raises, every offset
lies within the text and slices back to the mention, and the graph parses as Turtle."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st
from rdflib import Graph

import pyoxigraph as ox

from kg.graph import all_triples, report_triples
from kg.pipeline import process_text

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PIECES = st.sampled_from([
    "小学", "中学", "幼儿园", "教育局", "区委", "万", "亿", "多", "余", "约", "以上", "%", "％",
    "人次", "名", "所", "个", "元", "“", "”", "《", "》", "（", "）", "(", ")", "，", "。", "、",
    "\n", "一、", "（一）", "1.", "第", "届", "年", "2022", "3.5", "三", "十", "百", "两",
    "新增", "学位", "率达", "比去年提高了", "教授", "同志", "制定", "印发", " ", "\t", "<", "&",
    "\"", "'", "\x07", "😀", "ｱ", "Ａ",
])
TEXT = st.lists(st.one_of(PIECES, CJK, st.characters(), st.integers(0, 99999).map(str)),
                max_size=60).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extractor_never_raises_and_offsets_slice_back(text):
    report = process_text(text, "prop")
    for m in report.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    for f in report.figures:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.raw
        sent = report.sentences[f.sentence]
        assert sent.start <= f.start and f.end <= sent.end
    for s in report.sentences:
        assert text[s.start:s.end] == s.text
    triples = all_triples(report_triples(report))
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE).decode("utf-8")
    assert len(Graph().parse(data=data, format="turtle")) == len(set(map(str, triples)))
