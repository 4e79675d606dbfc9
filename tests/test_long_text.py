"""Long, untidy text (flattened tables, bulletins with no sentence punctuation): processed
whole, cut into bounded pieces, every offset still slicing back into the text. Not timed:
benchmarks/bench_long_text.py measures the cost."""
from __future__ import annotations

import random
import re

import pytest

from kg.model import Report
from kg.segment import (LONG_CLAUSE, MAX_CLAUSE_CHARS, MAX_SENTENCE_CHARS, NUMBER_CHARS,
                        segment, split_points)
from kg.spans import SpanIndex


def _no_punctuation(seed_text: str, size: int) -> str:
    """The seed's words, numbers and units with every punctuation mark and line break
    removed, repeated to ``size`` characters: one run with nowhere to end a sentence."""
    run = re.sub(r"[^\u4e00-\u9fff0-9.%]", "", seed_text)
    return (run * (size // len(run) + 1))[:size]


@pytest.fixture(scope="module")
def long_report(seed_text):
    from kg.pipeline import process_text
    text = _no_punctuation(seed_text, 50_000)
    return text, process_text(text, "long")


def test_punctuation_free_text_is_processed_and_every_offset_slices_back(long_report):
    text, report = long_report
    assert report.text == text
    assert len(report.sentences) >= 50_000 // MAX_CLAUSE_CHARS
    assert report.figures and report.mentions
    for s in report.sentences:
        assert text[s.start:s.end] == s.text and s.text == s.text.strip()
    for f in report.figures:
        assert text[f.start:f.end] == f.raw
        sent = report.sentences[f.sentence]
        assert sent.start <= f.start and f.end <= sent.end
    for m in report.mentions:
        assert text[m.start:m.end] == m.text
        sent = report.sentences[m.sentence]
        assert sent.start <= m.start and m.end <= sent.end
    for e in report.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_long_sentences_are_cut_into_pieces_no_longer_than_the_limits(long_report):
    _, report = long_report
    for s in report.sentences:
        assert len(s.text) <= MAX_SENTENCE_CHARS
        assert not LONG_CLAUSE.search(s.text)   # no run without clause punctuation > limit
    # the whole text is covered: only blanks fall between consecutive pieces
    text = report.text
    for a, b in zip(report.sentences, report.sentences[1:]):
        assert not text[a.end:b.start].strip()


def test_cuts_never_split_a_number_from_its_unit():
    rnd = random.Random(3)
    words = ["学校", "新建", "校舍", "教师", "培训", "仓山区实验小学", "幼儿园", "资金", "投入"]
    units = ["人", "所", "万元", "%", "平方米", "人次"]
    parts = []
    while sum(map(len, parts)) < 5000:
        parts.append(rnd.choice(words))
        if rnd.random() < 0.5:
            parts.append(str(rnd.randint(1, 99999)) + rnd.choice(units))
    text = "".join(parts)
    cuts = split_points(text, 0, len(text))
    assert cuts == sorted(cuts) and cuts
    bounds = [0, *cuts, len(text)]
    assert all(b - a <= MAX_CLAUSE_CHARS for a, b in zip(bounds, bounds[1:]))
    for c in cuts:
        assert text[c] not in NUMBER_CHARS
        assert not any(ch in NUMBER_CHARS for ch in text[c - 4:c]), text[c - 10:c + 5]


def test_soft_breaks_are_preferred_and_normal_reports_are_not_cut(seed_text):
    text = "，".join(["学校建设加快推进新增学位一千二百个"] * 60)   # one sentence, ~1000 chars
    cuts = split_points(text, 0, len(text))
    assert cuts and all(text[c - 1] == "，" for c in cuts)
    assert all(b - a <= MAX_SENTENCE_CHARS for a, b in zip([0, *cuts], [*cuts, len(text)]))
    found: list[int] = []
    segment(Report(doc_id="seed", source="", text=seed_text), found)
    assert found == []


def test_span_index_finds_every_span_a_scan_would():
    rnd = random.Random(7)
    spans = []
    for _ in range(400):
        s = rnd.randint(0, 2000)
        spans.append((s, s + rnd.randint(1, 30)))
    index = SpanIndex.of_pairs(spans[:200])
    for sp in spans[200:]:
        index.add(sp)
    for _ in range(300):
        s = rnd.randint(0, 2000)
        e = s + rnd.randint(0, 40)
        near = set(index.near(s, e))
        assert {t for t in spans if t[0] < e and s < t[1]} <= near          # crossing
        assert {t for t in spans if t[0] <= s and e <= t[1]} <= near        # containing
        assert {t for t in spans if s <= t[0] and t[1] <= e} <= near        # inside


def test_items_starting_in_a_range_and_lines_are_found_without_a_scan():
    from kg.spans import line_spans

    rnd = random.Random(7)
    pairs = [(s, s + rnd.randint(0, 9)) for s in (rnd.randint(0, 500) for _ in range(300))]
    index = SpanIndex.of_pairs(pairs)
    for a, b in [(0, 0), (0, 501), (120, 180), (499, 600)]:
        got = index.starting_in(a, b)
        assert sorted(got) == sorted(p for p in pairs if a <= p[0] < b)
        assert [p[0] for p in got] == sorted(p[0] for p in got)
    text = "表1\n甲 | 1人\n\n乙"
    assert [text[a:b] for a, b in line_spans(text)] == ["表1", "甲 | 1人", "", "乙"]


def test_faster_viterbi_gives_jiebas_result():
    import jieba.posseg as posseg
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    from kg.recognise.figures.viterbi import viterbi

    tables = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
    rnd = random.Random(11)
    chars = "学校教师新建幼儿园仓山区实验培训资金投入冯宅阳心述责廉箱庭识毒" + "".join(
        chr(rnd.randint(0x4E00, 0x9FD5)) for _ in range(200))
    for _ in range(300):
        run = "".join(rnd.choice(chars) for _ in range(rnd.choice([1, 2, 3, 4, 6, 9])))
        assert viterbi(run, *tables) == jieba_viterbi(run, *tables), run


def test_echo_occurrences_match_a_longest_first_alternation():
    from kg.recognise.echoes import occurrences

    rnd = random.Random(5)
    names = ["平安校园", "平安校园创建", "校园创建", "课后服务", "服务中心", "课后服务中心"]
    text = "".join(rnd.choice(names + ["，", "开展", "全区"]) for _ in range(500))
    rx = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    assert occurrences(text, names) == [m.span() for m in rx.finditer(text)]


def test_echo_occurrences_with_many_names_match_too():
    from kg.recognise.echoes import occurrences

    rnd = random.Random(6)
    syll = "平安校园创建课后服务中心实验小学"
    names = sorted({"".join(rnd.choice(syll) for _ in range(rnd.randint(3, 6))) for _ in range(150)})
    text = "".join(rnd.choice(names + ["，", "开展"]) for _ in range(800))
    rx = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    text = text * (50_000_000 // (len(names) * len(text)) + 1)   # long enough for one pass
    assert occurrences(text, names) == [m.span() for m in rx.finditer(text)]
