"""Benchmark `kg build` on a synthetic corpus: time per report, scaling with workers, memory.

    .venv/bin/python benchmarks/bench_build.py [--reports 40] [--jobs 1 2]

The corpus is the seed report rewritten for other districts (the district and city names
swapped for real ones from the gazetteer), so entity merging across reports is exercised
too. Not part of the test suite: timings belong here, not in tests.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "cangshan-2022.txt"


def make_corpus(folder: Path, n: int) -> None:
    from kg.gazetteer import divisions

    seed = SEED.read_text(encoding="utf-8")
    counties = [d for d in divisions() if d.level == "county" and d.name.endswith("区")]
    by_code = {d.adcode: d for d in divisions()}
    for i in range(n):
        county = counties[(i * 37) % len(counties)]
        city = by_code.get(county.parent)
        text = seed.replace("仓山区", county.name).replace("仓山", county.name[:-1])
        if city is not None and city.level == "city":
            text = text.replace("福州市", city.name)
        (folder / f"r{i:04d}.txt").write_text(text, encoding="utf-8")


def run(folder: Path, out: Path, jobs: int) -> dict:
    kg = Path(sys.executable).with_name("kg")
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([str(kg), "build", str(folder), "-o", str(out), "-q", "-j", str(jobs)],
                          capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    return {"jobs": jobs, "seconds": round(seconds, 2), "reports": report["built"],
            "per_report_s": round(seconds / max(1, report["built"]), 3),
            "peak_rss_mb": round(max(peak, before) / 1024, 1),
            "graph_mb": round((out / "graph.ttl").stat().st_size / 2**20, 1),
            "summary": proc.stdout.strip()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=40)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(folder, args.reports)
        rows = [run(folder, Path(tmp) / f"out-{j}", j) for j in args.jobs]
    base = rows[0]["seconds"]
    for row in rows:
        row["speedup"] = round(base / row["seconds"], 2)
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
