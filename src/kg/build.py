"""``kg build``: reports in, a store and graph files out, never half-written.

Reports stream through: workers (local processes or a Dask cluster) turn each file
into a finished result, the sink appends it to the store and files in input order,
and the whole output folder is switched in only when complete (``kg.outdir``).
"""
from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .inputs import assign_doc_ids, collect_inputs, default_jobs, display_path
from .fork_server import start_fork_server
from .outdir import FreshFolder, OutDirError, check_target
from .workers import (DEFAULT_FILE_TIMEOUT, DEFAULT_WORKER_MEMORY, Cache, Options, Outcome,
                      Task, default_cache_dir, first_needs_extracting, run_tasks)

OUTPUTS = ("graph.ttl", "graph.graphml", "graph.gexf", "figures.csv", "store")


@dataclass
class BuildSummary:
    built: int
    failures: list[tuple[str, str]] = field(default_factory=list)   # (file, reason)
    outputs: list[str] = field(default_factory=list)
    entities: int = 0
    figures: int = 0
    relations: int = 0
    seconds: float = 0.0
    cached: int = 0
    read: int = 0               # reports read fine (== built unless --strict stopped it)
    strict_stopped: bool = False
    unreadable: list[tuple[str, str]] = field(default_factory=list)   # from kg.inputs
    ignored: list[tuple[str, str]] = field(default_factory=list)

    @property
    def line(self) -> str:
        def n(count: int, word: str) -> str:
            return f"{count} {word}{'s' if count != 1 else ''}"
        if self.strict_stopped:
            bad = len(self.failures) + len(self.unreadable)
            return f"read {n(self.read, 'report')}, {bad} failed; --strict: nothing written"
        extra = "".join(f", {what}" for count, what in (
            (len(self.failures), f"skipped {len(self.failures)}"),
            (len(self.unreadable), f"{len(self.unreadable)} unreadable"),
            (len(self.ignored), f"{len(self.ignored)} ignored"),
            (self.cached, f"{self.cached} from cache")) if count)
        where = self.outputs[0] if self.outputs else "nothing written"
        return (f"built {n(self.built, 'report')}{extra}: "
                f"{self.entities} entities, {self.figures} figures, {self.relations} relations "
                f"→ {where} ({self.seconds:.1f} s)")


def build(paths: Sequence[str | Path], out_dir: Path, dict_path: str | None = None,
          jobs: int = 0, include_structure: bool = False, quiet: bool = False,
          per_report: bool = False, strict: bool = False, scheduler: str | None = None,
          cache_dir: Path | None = None, use_cache: bool = True,
          file_timeout: float = DEFAULT_FILE_TIMEOUT,
          worker_memory: int = DEFAULT_WORKER_MEMORY,
          user_dict: Sequence | None = None) -> BuildSummary:
    """Build ``paths`` into ``out_dir``. With ``strict``, one failed file means nothing is
    written; when nothing at all was built the previous outputs stay as they were."""
    from .userdict import load_user_dict

    start = time.perf_counter()
    out_dir = Path(out_dir)
    check_target(out_dir)
    if user_dict is None and dict_path:
        user_dict = load_user_dict(dict_path)
    scan = collect_inputs(paths)   # kg.inputs: files, ignored, unreadable
    for path, reason in scan.unreadable:
        print(f"kg build: {path}: {reason}", file=sys.stderr)
    files = scan.files
    if not files:
        summary = BuildSummary(0, unreadable=scan.unreadable, ignored=scan.ignored)
        if not scan.unreadable:
            named = ", ".join(display_path(p) for p in paths)
            left_out = ", ".join(Path(p).name for p, _ in scan.ignored[:3])
            more = ", …" if len(scan.ignored) > 3 else ""
            hint = f" (left out: {left_out}{more})" if scan.ignored else ""
            print(f"kg build: {named}: no report files found{hint}", file=sys.stderr)
        return summary
    jobs = jobs or default_jobs(len(files))
    options = Options(tuple(user_dict) if user_dict else None, include_structure)
    cache = Cache(cache_dir or default_cache_dir(), options) if use_cache else None
    tasks = [Task(i, str(f), d) for i, (f, d) in enumerate(zip(files, assign_doc_ids(files)))]
    if not scheduler and first_needs_extracting(tasks, cache):   # a local worker's work
        start_fork_server()   # from the start: its server imports kg while the build starts
    from .sink import Sink
    summary = BuildSummary(0, unreadable=scan.unreadable, ignored=scan.ignored)
    bar = _progress(len(tasks), quiet)

    def progress(outcome: Outcome) -> None:
        if bar is not None:
            bar.update(1)
        if outcome.result is None:
            _say(bar, f"kg build: skipped {display_path(outcome.path)}: {outcome.reason}")

    if strict and scan.unreadable:   # nothing to gain from extracting the rest
        summary.strict_stopped = True
        _write_failed(out_dir, summary)
        return summary
    previous = _previous_reports(out_dir) if cache is not None else {}
    with FreshFolder(out_dir) as fresh:
        sink = Sink(fresh.path, per_report=per_report,
                    previous=out_dir if previous else None, previous_reports=previous)
        try:
            for outcome in run_tasks(tasks, options, jobs, scheduler, cache, file_timeout,
                                     worker_memory, progress):
                if outcome.result is None:
                    summary.failures.append((display_path(outcome.path), outcome.reason))
                    continue
                summary.read += 1
                summary.cached += outcome.cached
                if not (strict and summary.failures):
                    sink.add(outcome.result, display_path(outcome.path), outcome.key)
            if bar is not None:
                bar.close()
            summary.seconds = time.perf_counter() - start
            if strict and (summary.failures or summary.unreadable):
                summary.strict_stopped = True
                sink.close()
                _write_failed(out_dir, summary)
                return summary
            if not sink.summaries:
                sink.close()
                _write_failed(out_dir, summary)
                return summary
            sink.finish()
            summary.built = len(sink.summaries)
            summary.entities = sink.entity_count
            summary.figures = sum(s["figures"] for s in sink.summaries)
            summary.relations = len(sink.relations) + sink.about_count
            summary.seconds = time.perf_counter() - start
            summary.outputs = [str(out_dir / name) for name in OUTPUTS]
            _write_report(fresh.path / "build-report.json", sink.summaries, summary)
            sink.close()
            fresh.commit()
        finally:
            if bar is not None:
                bar.close()
            sink.close()
    failed = out_dir / "build-report.failed.json"
    if failed.exists():
        failed.unlink()
    return summary


def _previous_reports(out_dir: Path) -> dict[str, tuple[str, str]]:
    """doc_id → (content key, source file) of the reports in the last build's store."""
    try:
        data = json.loads((out_dir / "build-report.json").read_text(encoding="utf-8"))
        return {r["doc_id"]: (r["key"], r["file"]) for r in data.get("reports", [])
                if r.get("key") and r.get("doc_id")}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def _report_data(summaries: list[dict], summary: BuildSummary) -> dict:
    return {
        "built": summary.built,
        "skipped": len(summary.failures),
        "cached": summary.cached,
        "reports": summaries,
        "failures": [{"file": f, "reason": why} for f, why in summary.failures],
        "unreadable": [{"file": f, "reason": why} for f, why in summary.unreadable],
        "ignored": [{"file": f, "reason": why} for f, why in summary.ignored],
        "outputs": [Path(o).name for o in summary.outputs],
        "seconds": round(summary.seconds, 3),
    }


def _write_report(path: Path, summaries: list[dict], summary: BuildSummary) -> None:
    path.write_text(json.dumps(_report_data(summaries, summary), ensure_ascii=False,
                               indent=1) + "\n", encoding="utf-8")


def _write_failed(out_dir: Path, summary: BuildSummary) -> None:
    """Nothing was built: the previous build stays whole; say why beside it."""
    from .atomic import atomic_write

    data = _report_data([], summary)
    data["note"] = ("nothing was written: " + ("--strict and a file failed" if
                    summary.strict_stopped else "no report could be built") +
                    "; the other files here are from the previous build")
    if not out_dir.is_dir():   # no previous build: nothing to explain, no folder made
        return
    try:
        atomic_write(out_dir / "build-report.failed.json",
                     json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    except OSError:
        pass


def _progress(total: int, quiet: bool):
    """A progress bar with reports/s and ETA on a terminal; nothing when piped or -q."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="report", file=sys.stderr, dynamic_ncols=True,
                smoothing=0.1)


def _say(bar, line: str) -> None:
    if bar is not None:
        bar.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr)


__all__ = ["build", "BuildSummary", "OutDirError"]
