"""``kg build``: reports in, graph files out, never half-written.

Every output is written to a temporary file and renamed into place, so an
interrupted build leaves the previous outputs whole.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .inputs import collect_inputs, display_path
from .pipeline import (BuildResult, default_jobs, print_progress, run_pipeline,
                       write_build_report)

OUTPUT_FORMATS = (("ttl", "graph.ttl"), ("graphml", "graph.graphml"), ("gexf", "graph.gexf"),
                  ("csv", "figures.csv"))


@dataclass
class BuildSummary:
    built: int                       # reports read and processed
    failures: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    entities: int = 0
    figures: int = 0
    relations: int = 0
    seconds: float = 0.0
    unreadable: list[tuple[str, str]] = field(default_factory=list)   # from kg.inputs
    ignored: list[tuple[str, str]] = field(default_factory=list)
    strict: bool = False

    @property
    def line(self) -> str:
        def n(count: int, word: str) -> str:
            return f"{count} {word}{'s' if count != 1 else ''}"
        extra = "".join(f", {what}" for count, what in (
            (len(self.failures), f"skipped {len(self.failures)}"),
            (len(self.unreadable), f"{len(self.unreadable)} unreadable"),
            (len(self.ignored), f"{len(self.ignored)} ignored")) if count)
        if self.strict and (self.failures or self.unreadable):
            bad = len(self.failures) + len(self.unreadable)
            return f"read {n(self.built, 'report')}, {bad} failed; --strict: nothing written"
        where = self.outputs[0] if self.outputs else "nothing written"
        return (f"built {n(self.built, 'report')}{extra}: "
                f"{self.entities} entities, {self.figures} figures, {self.relations} relations "
                f"→ {where} ({self.seconds:.1f} s)")


def build(paths: Sequence[str | Path], out_dir: Path, dict_path: str | None = None,
          jobs: int = 0, include_structure: bool = False, quiet: bool = False,
          per_report: bool = False, strict: bool = False,
          user_dict: Sequence | None = None) -> BuildSummary:
    """Build the graph files from ``paths`` into ``out_dir``. With ``strict``, one failed
    file means no output is written (the previous outputs stay as they were)."""
    from .export import export
    from .graph import add_report, new_graph
    from .query import count_summary
    from .userdict import load_user_dict

    if user_dict is None and dict_path:
        user_dict = load_user_dict(dict_path)
    scan = collect_inputs(paths)   # kg.inputs: files, ignored, unreadable
    for path, reason in scan.unreadable:
        print(f"kg build: {path}: {reason}", file=sys.stderr)
    files = scan.files
    if not files:
        summary = BuildSummary(0, unreadable=scan.unreadable, ignored=scan.ignored, strict=strict)
        if not scan.unreadable:
            named = ", ".join(display_path(p) for p in paths)
            left_out = ", ".join(Path(p).name for p, _ in scan.ignored[:3])
            more = ", …" if len(scan.ignored) > 3 else ""
            hint = f" (left out: {left_out}{more})" if scan.ignored else ""
            print(f"kg build: {named}: no report files found{hint}", file=sys.stderr)
        return summary
    jobs = jobs or default_jobs(len(files))
    result: BuildResult = run_pipeline(files, user_dict, jobs,
                                       None if quiet else print_progress)
    for path, reason in result.skipped:
        print(f"kg build: skipped {display_path(path)}: {reason}", file=sys.stderr)

    outputs: list[str] = []
    summary = BuildSummary(len(result.reports), list(result.skipped),
                           unreadable=scan.unreadable, ignored=scan.ignored, strict=strict)
    if strict and (result.skipped or scan.unreadable):
        return summary   # summary.line: "read 5 reports, 1 failed; --strict: nothing written"
    out_dir.mkdir(parents=True, exist_ok=True)
    if result.reports:
        graph = new_graph()
        for report in result.reports:
            add_report(graph, report)
        for fmt, name in OUTPUT_FORMATS:
            target = out_dir / name
            export(graph, fmt, target, include_structure=include_structure)
            outputs.append(str(target))
        if per_report:
            (out_dir / "reports").mkdir(exist_ok=True)
            for report in result.reports:
                single = add_report(new_graph(), report)
                target = out_dir / "reports" / f"{report.doc_id}.ttl"
                export(single, "ttl", target)
                outputs.append(str(target))
        summary.entities, summary.figures, summary.relations = count_summary(graph)
    summary.outputs = outputs
    summary.seconds = result.seconds
    outputs.append(str(write_build_report(result, out_dir, list(outputs), inputs=scan)))
    return summary
