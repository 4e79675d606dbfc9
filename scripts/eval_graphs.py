#!/usr/bin/env python3
"""Build one graph per evaluation report, in one process, for the scoring scripts.

    PYTHONPATH=src .venv/bin/python scripts/eval_graphs.py OUT_DIR REPORT.txt ...

Writes OUT_DIR/<stem>.ttl (N-Triples, which Turtle readers take) for each report: the
triples ``kg build REPORT -o DIR`` writes to DIR/graph.ttl (the same extraction and the same
graph code; ``tests/test_eval_graphs.py`` checks the two agree on a report). Scoring a
hundred reports through ``kg build`` pays a process start, jieba's dictionary load and a
worker pool per report; here they are paid once. A report that fails is named on stderr and
skipped, as the build would skip it.
"""
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.graph import all_triples, report_triples
from kg.pipeline import process_file


def write_graph(report_path: Path, out: Path) -> None:
    report = process_file(report_path)
    out.write_bytes(ox.serialize(all_triples(report_triples(report)),
                                 format=ox.RdfFormat.N_TRIPLES))


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: eval_graphs.py OUT_DIR REPORT.txt ...", file=sys.stderr)
        return 2
    out_dir = Path(argv[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name in argv[1:]:
        path = Path(name)
        try:
            write_graph(path, out_dir / f"{path.stem}.ttl")
        except Exception as exc:  # one bad report must not lose the others' scores
            failed += 1
            print(f"eval_graphs.py: {path}: {exc}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
