"""Run the stages for one report, and for a folder of reports.

``process_text`` is pure (text in, annotated Report out) so it can be tested sentence
by sentence, fuzzed, and run in worker processes; ``build`` is the only part that
touches files.
"""
from __future__ import annotations

import bisect
from pathlib import Path
from typing import Sequence

from .inputs import REPORT_SUFFIXES, InputScan, collect_inputs, display_path, doc_id_for  # noqa: F401  (re-exported)
from .model import Entity, Relation, Report, contract_class
from .recognise.echoes import echo_mentions
from .recognise.entities import find_mentions
from .recognise.figures import find_figures
from .relate import relate
from .resolve import resolve
from .segment import segment

READABLE_SUFFIXES = REPORT_SUFFIXES   # input collection lives in kg.inputs
# A number inside one of these names is part of the name, not a figure (三台县, 十六中).
NAME_CLASSES = {"Place", "School", "University", "GovernmentAgency", "Organization"}


def process_text(text: str, doc_id: str, source: str = "", fmt: str = "txt",
                 user_dict: Sequence | None = None) -> Report:
    """All stages after reading: segment → recognise → resolve → relate."""
    report = Report(doc_id=doc_id, source=source, text=text, format=fmt)
    cuts: list[int] = []
    segment(report, cuts)
    original = text
    if cuts:   # overlong sentences were cut: the recognisers see a line break at each cut
        text = _with_breaks(report, cuts)
    starts = [s.start for s in report.sentences]

    def sentence_of(start: int, end: int) -> int | None:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and report.sentences[i].start <= start and end <= report.sentences[i].end:
            return i
        return None

    mentions = []
    for m in echo_mentions(text, find_mentions(text, user_dict)):
        m.sentence = sentence_of(m.start, m.end)
        if m.sentence is not None:
            mentions.append(m)
    report.mentions = mentions
    names: dict[int, list[tuple[int, int]]] = {}   # by sentence: a figure and a name it is in share one
    for m in mentions:
        if contract_class(m.type) in NAME_CLASSES:
            names.setdefault(m.sentence, []).append((m.start, m.end))
    figures = []
    for f in find_figures(text):
        f.sentence = sentence_of(f.start, f.end)
        inside_name = any(s <= f.start and f.end <= e for s, e in names.get(f.sentence, ()))   # 三台县
        if f.sentence is not None and not inside_name:
            figures.append(f)
    report.figures = figures
    report.entities = resolve(report)
    relate(report)
    if user_dict:
        add_dictionary_parents(report, user_dict)
    if cuts:
        _without_breaks(report, original, cuts)
    return report


def _with_breaks(report: Report, cuts: list[int]) -> str:
    """The report's text with a line break inserted at each cut (sorted offsets), and
    its sections and sentences moved onto that text; returns the new text."""
    text = report.text
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    report.text = "\n".join(pieces)
    for span in (*report.sections, *report.sentences):
        span.start += bisect.bisect_right(cuts, span.start)
        span.end += bisect.bisect_left(cuts, span.end)
    return report.text


def _without_breaks(report: Report, original: str, cuts: list[int]) -> None:
    """Undo :func:`_with_breaks` on every span of the finished report. No kept span
    holds an inserted break: mentions and figures lie within one sentence."""
    breaks = [c + i for i, c in enumerate(cuts)]   # where the inserted breaks are
    spans = {id(s): s for s in (*report.sections, *report.sentences, *report.mentions,
                                *report.figures, *(m for e in report.entities for m in e.mentions))}
    for span in spans.values():
        span.start -= bisect.bisect_left(breaks, span.start)
        span.end -= bisect.bisect_left(breaks, span.end)
    report.text = original


def add_dictionary_parents(report: Report, user_dict: Sequence) -> None:
    """A dictionary entry's parent: a school is part of it, anything else lies in it
    (when the report names both)."""
    by_name: dict[str, Entity] = {}
    for e in report.entities:
        for name in (e.label, *sorted(e.alt_labels)):
            by_name.setdefault(name, e)
    known = {(r.subject, r.predicate, r.object) for r in report.relations}
    for entry in user_dict:
        parent_name = entry[3] if len(entry) > 3 else ""
        child, parent = by_name.get(entry[0]), by_name.get(parent_name)
        if not parent_name or child is None or parent is None or child is parent:
            continue
        school = contract_class(child.type) == "School" and contract_class(parent.type) == "School"
        predicate = "partOf" if school else "locatedIn"
        if predicate == "locatedIn" and contract_class(parent.type) != "Place":
            continue
        if (child.key, predicate, parent.key) not in known:
            report.relations.append(Relation(child.key, predicate, parent.key, None))
    report.relations.sort(key=lambda r: (r.subject, r.predicate, r.object))


def process_file(path: str | Path, doc_id: str | None = None,
                 user_dict: Sequence | None = None) -> Report:
    from .read import read_report

    path = Path(path)
    result = read_report(path)
    return process_text(result.text, doc_id or doc_id_for(path), source=display_path(path),
                        fmt=result.format, user_dict=user_dict)


