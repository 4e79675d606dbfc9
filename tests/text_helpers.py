"""What the quality tests ask of one processed text, by name: the relations between named
entities, and which name each figure is about."""
from __future__ import annotations

from kg.pipeline import process_text


def relations(text: str) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every relation the text gives."""
    report = process_text(text, "t")
    label = {e.key: e.label for e in report.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in report.relations}


def abouts(text: str) -> dict[str, str | None]:
    """Each figure's text → the label of what it is about (None: about nothing named)."""
    report = process_text(text, "t")
    label = {e.key: e.label for e in report.entities}
    return {report.text[f.start:f.end]: label.get(f.about) for f in report.figures}


def mention_types(text: str, cls: str | None = None, **options) -> dict[str, str]:
    """{name: type} of the recognised mentions (optionally of one contract class); every
    mention must slice back to its own text."""
    from kg.model import contract_class
    from kg.recognise.entities import find_mentions

    out = {}
    for m in find_mentions(text, **options):
        assert text[m.start:m.end] == m.text
        if cls is None or contract_class(m.type) == cls:
            out[m.name] = m.type
    return out


def linked_pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject label, object label) of the text's relations of one predicate."""
    return {(s, o) for s, p, o in relations(text) if p == predicate}


def figure_cells(text: str) -> list[tuple]:
    """Every figure the recogniser finds: (raw, value, unit, metric)."""
    from kg.recognise.figures import find_figures
    return [(f.raw, f.value, f.unit, f.metric) for f in find_figures(text)]


def figure_cell(text: str, raw: str) -> tuple:
    """The one figure written ``raw``: (value, unit, metric); fails when there is not exactly one."""
    found = [c for c in figure_cells(text) if c[0] == raw]
    assert len(found) == 1, (raw, figure_cells(text))
    return found[0][1:]


def figure_metrics(text: str) -> dict[str, str]:
    """Each figure's text → its metric label."""
    from kg.recognise.figures import find_figures
    return {f.raw: f.metric for f in find_figures(text)}
