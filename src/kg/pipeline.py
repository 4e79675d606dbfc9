"""Run the stages for one report, and for a folder of reports.

``process_text`` is pure (text in, annotated Report out) so it can be tested sentence
by sentence, fuzzed, and run in worker processes; ``build`` is the only part that
touches files.
"""
from __future__ import annotations

import bisect
import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .inputs import REPORT_SUFFIXES, InputScan, collect_inputs, display_path  # noqa: F401  (re-exported)
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
    return process_text(result.text, doc_id or doc_id_for(path), source=display_path(path),
                        fmt=result.format, user_dict=user_dict)


def doc_id_for(path: Path) -> str:
    """A readable, IRI-safe id from the file name; non-ASCII names get a short hash."""
    stem = path.stem
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-")
    if slug != stem or not slug:
        import hashlib
        slug = (slug + "-" if slug else "doc-") + hashlib.sha1(stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return slug


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


@dataclass
class BuildResult:
    reports: list[Report] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (file, reason)
    seconds: float = 0.0


def _work(args: tuple[str, str, Sequence | None]) -> tuple[str, Report | None, str]:
    path, doc_id, user_dict = args
    try:
        return path, process_file(path, doc_id, user_dict), ""
    except Exception as exc:   # one bad report never loses the others
        from .read import ReadError
        # the reason alone: the path is stored next to it ("file"), not repeated inside
        reason = exc.reason if isinstance(exc, ReadError) else f"{type(exc).__name__}: {exc}"
        return path, None, (reason.strip().splitlines() or ["failed"])[0]


def run_pipeline(files: Sequence[Path], user_dict: Sequence | None = None, jobs: int = 1,
                 progress: Callable[[int, int, str], None] | None = None) -> BuildResult:
    """Process every file; failures are collected with a one-line reason."""
    start = time.perf_counter()
    result = BuildResult()
    tasks = [(str(f), d, user_dict) for f, d in zip(files, assign_doc_ids(files))]
    if jobs > 1 and len(tasks) > 1:
        from .read.limits import apply_worker_limits, default_worker_memory
        # each worker: RLIMIT_AS (a runaway file → MemoryError, not a dead machine), and
        # Ctrl-C left to the parent (one line, exit 130; no traceback per worker)
        with ProcessPoolExecutor(max_workers=jobs, initializer=apply_worker_limits,
                                 initargs=(default_worker_memory(jobs),)) as pool:
            outcomes = pool.map(_work, tasks, chunksize=max(1, len(tasks) // (jobs * 8)))
            ordered = []
            for n, outcome in enumerate(outcomes, 1):
                ordered.append(outcome)
                if progress:
                    progress(n, len(tasks), outcome[0])
    else:
        ordered = []
        for n, task in enumerate(tasks, 1):
            ordered.append(_work(task))
            if progress:
                progress(n, len(tasks), task[0])
    for path, report, reason in ordered:
        if report is None:
            result.skipped.append((path, reason))
        else:
            result.reports.append(report)
    result.seconds = time.perf_counter() - start
    return result


def write_build_report(result: BuildResult, out_dir: Path, outputs: list[str],
                       inputs: InputScan | None = None) -> Path:
    from .atomic import atomic_write

    data = {
        "built": len(result.reports),
        "skipped": len(result.skipped),
        "reports": [{"file": r.source, "doc_id": r.doc_id, "title": r.title, "issuer": r.issuer,
                     "year": r.year, "region": r.region, "format": r.format,
                     "entities": len(r.entities), "figures": len(r.figures),
                     "relations": len(r.relations)} for r in result.reports],
        "failures": [{"file": display_path(f), "reason": why} for f, why in result.skipped],
        "unreadable": [{"file": f, "reason": why} for f, why in (inputs.unreadable if inputs else [])],
        "ignored": [{"file": f, "reason": why} for f, why in (inputs.ignored if inputs else [])],
        "outputs": [display_path(o) for o in outputs],
        "seconds": round(result.seconds, 3),
    }
    path = out_dir / "build-report.json"
    atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return path


def default_jobs(n_files: int) -> int:
    return max(1, min(os.cpu_count() or 1, n_files // 4 or 1))


def print_progress(n: int, total: int, name: str) -> None:
    if total > 1:
        print(f"\r[{n}/{total}] {Path(name).name[:60]:60s}", end="" if n < total else "\n",
              file=sys.stderr, flush=True)
