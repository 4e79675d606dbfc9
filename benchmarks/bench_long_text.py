"""Cost of extraction on long, untidy texts: seconds, chars/s, peak RSS and the fitted
slope (log-log exponent of time against length) per kind of text.

    .venv/bin/python benchmarks/bench_long_text.py [--sizes 10000 30000 100000 300000 1000000]
                                                   [--kinds words figures report] [--timeout 600]

Kinds, each one line grown to the size asked for:

* ``words``: random words of the seed report, no punctuation at all (a flattened table);
* ``figures``: the same words with numbers and units between them (``1463人``, ``95.2%``,
  ``2.5亿元``), no punctuation (a statistical bulletin flattened from a PDF);
* ``results``: lines of a results table, a ranked list under its caption, sports marks
  totals broken down after 其中 and lists by area under a heading (the shapes read
  line by line);
* ``report``: the seed report itself repeated (normal text, the reference speed).

Each size runs ``kg.pipeline.process_text`` in a fresh process (after jieba is loaded), so
the peak RSS is that one text's; wall seconds and CPU seconds are both printed (on a shared
machine CPU time is the steadier). Not part of the test suite: timings belong here.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "cangshan-2022.txt"
KINDS = ("words", "figures", "results", "report")
UNITS = ["人", "所", "名", "个", "项", "万元", "亿元", "%", "场", "人次", "平方米", "间", "班", "万人次"]


def _seed_words() -> list[str]:
    import jieba

    jieba.setLogLevel(60)
    text = SEED.read_text(encoding="utf-8")
    return [w for w in jieba.lcut(text) if re.fullmatch(r"[\u4e00-\u9fff]+", w)]


def make_text(kind: str, size: int, seed: int = 0) -> str:
    """A text of ``size`` characters of the given kind (deterministic for a seed)."""
    if kind == "report":
        text = SEED.read_text(encoding="utf-8")
        return (text * (size // len(text) + 1))[:size]
    rnd = random.Random(seed)
    if kind == "results":
        return _results(rnd, size)
    words = _seed_words()
    parts: list[str] = []
    n = 0
    while n < size:
        w = rnd.choice(words)
        if kind == "figures" and rnd.random() < 0.3:
            num = rnd.choice([str(rnd.randint(1, 9999)), f"{rnd.randint(1, 999)}.{rnd.randint(1, 99)}"])
            w += num + rnd.choice(UNITS)
        parts.append(w)
        n += len(w)
    return "".join(parts)[:size]


def _results(rnd: random.Random, size: int) -> str:
    lines = ["附：团体总分前列名单"]
    n = len(lines[0])
    while n < size:
        line = rnd.choice([
            f"{rnd.choice('甲乙丙丁')}中学{rnd.randint(100, 400)}分；{rnd.choice('甲乙丙丁')}小学{rnd.randint(100, 400)}分",
            f"男子跳远 {rnd.choice('甲乙丙')}中学 {rnd.randint(5, 7)}米{rnd.randint(10, 99)}",
            f"专任教师{rnd.randint(100, 9999)}人，其中小学{rnd.randint(10, 99)}人、初中{rnd.randint(10, 99)}人",
            f"各乡镇在校生：甲镇{rnd.randint(100, 9999)}人，乙乡{rnd.randint(100, 999)}人",
            f"学段 | 专任教师(人) | 占比\n小学 | {rnd.randint(100, 9999)}人 | {rnd.randint(1, 99)}.{rnd.randint(1, 9)}%"])
        lines.append(line)
        n += len(line) + 1
    return "\n".join(lines)[:size]


def _one(kind: str, size: int) -> dict:
    """Run in a child process: time process_text on one text, report peak RSS."""
    import resource
    import time

    import jieba

    from kg.pipeline import process_text

    jieba.setLogLevel(60)
    process_text("仓山区2022年教育工作总结\n新增学位1200个。", "warm")   # load dictionaries
    text = make_text(kind, size)
    t, cpu = time.perf_counter(), time.process_time()
    report = process_text(text, "long")
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    return {"kind": kind, "chars": len(text), "seconds": round(seconds, 3), "cpu_s": round(cpu, 3),
            "chars_per_s": round(len(text) / seconds), "sentences": len(report.sentences),
            "figures": len(report.figures), "mentions": len(report.mentions),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def slope(rows: list[dict], key: str = "seconds") -> float | None:
    """Least-squares exponent of ``key`` (seconds, cpu_s) against chars (log-log)."""
    pts = [(math.log(r["chars"]), math.log(r[key])) for r in rows if r.get(key)]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return round(sum((x - mx) * (y - my) for x, y in pts) / den, 2) if den else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000, 300_000, 1_000_000])
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--one", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(_one(args.one[0], int(args.one[1]))))
        return
    for kind in args.kinds:
        rows = []
        for size in args.sizes:
            try:
                p = subprocess.run([sys.executable, __file__, "--one", kind, str(size)],
                                   capture_output=True, text=True, timeout=args.timeout)
                row = json.loads(p.stdout) if p.returncode == 0 else \
                    {"kind": kind, "chars": size, "error": (p.stderr.strip().splitlines() or ["?"])[-1]}
            except subprocess.TimeoutExpired:
                row = {"kind": kind, "chars": size, "error": f"timeout after {args.timeout:.0f} s"}
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
        print(json.dumps({"kind": kind, "slope": slope(rows), "cpu_slope": slope(rows, "cpu_s")}),
              flush=True)


if __name__ == "__main__":
    main()
