"""``kg build``: reports in, graph files out, never half-written.

Every output is written to a temporary file and renamed into place, so an
interrupted build leaves the previous outputs whole.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .pipeline import (BuildResult, collect_inputs, default_jobs, print_progress, run_pipeline,
                       write_build_report)

OUTPUT_FORMATS = (("ttl", "graph.ttl"), ("graphml", "graph.graphml"), ("gexf", "graph.gexf"),
                  ("csv", "figures.csv"))


@dataclass
class BuildSummary:
    built: int
    failures: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    entities: int = 0
    figures: int = 0
    relations: int = 0
    seconds: float = 0.0

    @property
    def line(self) -> str:
        skipped = f", skipped {len(self.failures)}" if self.failures else ""
        where = self.outputs[0] if self.outputs else "nothing written"
        return (f"built {self.built} report{'s' if self.built != 1 else ''}{skipped}: "
                f"{self.entities} entities, {self.figures} figures, {self.relations} relations "
                f"→ {where} ({self.seconds:.1f} s)")


def build(paths: Sequence[str | Path], out_dir: Path, dict_path: str | None = None,
          jobs: int = 0, include_structure: bool = False, quiet: bool = False,
          per_report: bool = False, strict: bool = False) -> BuildSummary:
    """Build the graph files from ``paths`` into ``out_dir``. With ``strict``, one failed
    file means no output is written (the previous outputs stay as they were)."""
    from .export import export
    from .graph import add_report, new_graph
    from .query import count_summary
    from .userdict import load_user_dict

    user_dict = load_user_dict(dict_path) if dict_path else None
    files = collect_inputs(paths)
    if not files:
        summary = BuildSummary(0, [(", ".join(map(str, paths)), "no report files found")])
        print(f"kg: {summary.failures[0][0]}: no report files found", file=sys.stderr)
        return summary
    jobs = jobs or default_jobs(len(files))
    result: BuildResult = run_pipeline(files, user_dict, jobs,
                                       None if quiet else print_progress)
    for _, reason in result.skipped:
        print(f"skipped {reason}", file=sys.stderr)

    out_dir.mkdir(parents=True, exist_ok=True)
    outputs: list[str] = []
    summary = BuildSummary(len(result.reports), list(result.skipped))
    if strict and result.skipped:
        summary.built = 0
        print(f"kg build: --strict: {len(result.skipped)} file(s) failed; no outputs written",
              file=sys.stderr)
        return summary
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
    outputs.append(str(write_build_report(result, out_dir, list(outputs))))
    return summary
