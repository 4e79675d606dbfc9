"""Run the stages for one report, and for a folder of reports.

``process_text`` is pure (text in, annotated Report out) so it can be tested sentence
by sentence, fuzzed, and run in worker processes; ``build`` is the only part that
touches files.
"""
from __future__ import annotations

import bisect
import os
import re
from pathlib import Path
from typing import Iterable, Sequence

from .model import Entity, Relation, Report, contract_class
from .recognise.echoes import echo_mentions
from .recognise.entities import find_mentions
from .recognise.figures import find_figures
from .relate import relate
from .resolve import resolve
from .segment import segment

READABLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf"}
# A number inside one of these names is part of the name, not a figure (三台县, 十六中).
NAME_CLASSES = {"Place", "School", "University", "GovernmentAgency", "Organization"}


def process_text(text: str, doc_id: str, source: str = "", fmt: str = "txt",
                 user_dict: Sequence | None = None) -> Report:
    """All stages after reading: segment → recognise → resolve → relate."""
    report = Report(doc_id=doc_id, source=source, text=text, format=fmt)
    segment(report)
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
    names = [(m.start, m.end) for m in mentions if contract_class(m.type) in NAME_CLASSES]
    figures = []
    for f in find_figures(text):
        f.sentence = sentence_of(f.start, f.end)
        inside_name = any(s <= f.start and f.end <= e for s, e in names)   # 三台县
        if f.sentence is not None and not inside_name:
            figures.append(f)
    report.figures = figures
    report.entities = resolve(report)
    relate(report)
    if user_dict:
        add_dictionary_parents(report, user_dict)
    return report


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
    return process_text(result.text, doc_id or doc_id_for(path), source=str(path),
                        fmt=result.format, user_dict=user_dict)


def doc_id_for(path: Path) -> str:
    """A readable, IRI-safe id from the file name; non-ASCII names get a short hash."""
    stem = path.stem
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-")
    if slug != stem or not slug:
        import hashlib
        slug = (slug + "-" if slug else "doc-") + hashlib.sha1(stem.encode()).hexdigest()[:8]
    return slug


def collect_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and report files found (sorted) under folders."""
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*")
                                if f.is_file() and f.suffix.lower() in READABLE_SUFFIXES
                                and not any(part.startswith(".") for part in f.parts)))
        else:
            files.append(p)   # a missing path is reported by the reader, not dropped silently
    unique: list[Path] = []
    for f in files:
        if f not in unique:
            unique.append(f)
    return unique


def assign_doc_ids(files: Sequence[Path]) -> list[str]:
    """Stems where unique; the suffix added where two inputs share a stem."""
    ids = [doc_id_for(f) for f in files]
    seen: dict[str, int] = {}
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
    out = []
    used: set[str] = set()
    for f, i in zip(files, ids):
        if seen[i] > 1:
            i = f"{i}-{f.suffix.lstrip('.').lower() or 'file'}"
        base, n = i, 2
        while i in used:
            i, n = f"{base}-{n}", n + 1
        used.add(i)
        out.append(i)
    return out


def default_jobs(n_files: int) -> int:
    return max(1, min(os.cpu_count() or 1, n_files // 4 or 1))
