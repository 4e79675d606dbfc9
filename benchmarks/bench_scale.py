"""Scale benchmark: the whole build as ratios to a bare ``jieba.lcut`` pass, in one run.

    .venv/bin/python benchmarks/bench_scale.py                  # 500 and 2,000 reports
    .venv/bin/python benchmarks/bench_scale.py --small 50 --big 200   # a quick look

Prints, for a varied synthetic corpus (``benchmarks/corpus.py``):
  * the anchor: ``jieba.lcut`` over the same texts, in one process;
  * extraction alone (read → relate, in one process) as a ratio to the anchor;
  * ``kg build -j 1 --no-cache``: wall time, chars/s, ratio to the anchor, peak RSS (and PSS) of
    the whole process tree (build + workers, sampled from /proc);
  * ``-j 2`` speedup; an incremental rebuild after changing one report (cache on);
  * the big corpus: time against 4× the small one (linearity) and its peak RSS
    against the 200-report peak (flat memory).
Timings belong here, not in the tests; each figure is a ratio measured in this run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402

PY = sys.executable
KG = str(Path(sys.executable).with_name("kg"))


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (the build, the fork server, the workers)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return found


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _pss(pid: int) -> int:
    """Proportional memory: pages the fork server and its workers share count once, as
    the machine pays for them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def run_build(folder: Path, out: Path, jobs: int, cache: Path | None = None) -> dict:
    args = [KG, "build", str(folder), "-o", str(out), "-q", "-j", str(jobs)]
    args += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = peak_pss = 0

    def sample() -> None:
        nonlocal peak, peak_pss
        while proc.poll() is None:
            tree = _tree(proc.pid)
            peak = max(peak, sum(map(_rss, tree)))
            peak_pss = max(peak_pss, sum(map(_pss, tree)))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"build failed: {stderr.strip().splitlines()[-1:]}")
    return {"seconds": seconds, "peak_mb": peak / 2**20, "peak_pss_mb": peak_pss / 2**20,
            "line": stdout.strip()}


def _in_process(code: str, folder: Path) -> float:
    out = subprocess.run([PY, "-c", code, str(folder)], capture_output=True, text=True,
                         check=True).stdout
    return float(out.strip().splitlines()[-1])


JIEBA = ("import glob,sys,time,jieba; jieba.setLogLevel(60); jieba.initialize();"
         "ts=[open(f,encoding='utf-8').read() for f in sorted(glob.glob(sys.argv[1]+'/*.txt'))];"
         "t=time.perf_counter(); [jieba.lcut(x) for x in ts]; print(time.perf_counter()-t)")
EXTRACT = ("import glob,sys,time,jieba; jieba.setLogLevel(60);"
           "from kg.pipeline import process_text;"
           "ts=[open(f,encoding='utf-8').read() for f in sorted(glob.glob(sys.argv[1]+'/*.txt'))];"
           "process_text(ts[0],'warm');"
           "t=time.perf_counter(); [process_text(x,'r%d'%i) for i,x in enumerate(ts)];"
           "print(time.perf_counter()-t)")


def measure(n: int, tmp: Path, extra: bool) -> dict:
    folder = tmp / f"c{n}"
    corpus.make(folder, n)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
    anchor = _in_process(JIEBA, folder)
    row = {"reports": n, "chars": chars, "jieba_s": round(anchor, 2)}
    if extra:
        row["extract_s"] = round(_in_process(EXTRACT, folder), 2)
        row["extract_x"] = round(row["extract_s"] / anchor, 2)
    one = run_build(folder, tmp / f"o{n}-1", 1)
    row.update({"build_j1_s": round(one["seconds"], 2), "build_x": round(one["seconds"] / anchor, 2),
                "chars_per_s": round(chars / one["seconds"]), "peak_mb": round(one["peak_mb"]),
                "peak_pss_mb": round(one["peak_pss_mb"])})
    shutil.rmtree(tmp / f"o{n}-1")
    if extra:
        two = run_build(folder, tmp / f"o{n}-2", 2)
        row["build_j2_s"] = round(two["seconds"], 2)
        row["j2_speedup"] = round(one["seconds"] / two["seconds"], 2)
        shutil.rmtree(tmp / f"o{n}-2")
        cache = tmp / f"cache{n}"
        full = run_build(folder, tmp / f"o{n}-c", 1, cache)
        target = sorted(folder.glob("*.txt"))[n // 2]
        target.write_text(target.read_text(encoding="utf-8").replace("。", "。 ", 1),
                          encoding="utf-8")
        again = run_build(folder, tmp / f"o{n}-c", 1, cache)
        row["incremental_s"] = round(again["seconds"], 2)
        row["incremental_ratio"] = round(again["seconds"] / full["seconds"], 3)
        shutil.rmtree(tmp / f"o{n}-c")
        shutil.rmtree(cache)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=500, help="the main corpus (default 500)")
    ap.add_argument("--big", type=int, default=2000, help="the large corpus (default 2000)")
    ap.add_argument("--mid", type=int, default=200, help="memory reference (default 200)")
    ap.add_argument("--keep", type=Path, help="keep corpora here (reused next time)")
    args = ap.parse_args()
    # as ./dev.sh does: bytecode for the package, so no process compiles it again
    subprocess.run([PY, "-m", "compileall", "-q", str(HERE.parent / "src")], check=True,
                   stdout=subprocess.DEVNULL)
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="kgbench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        rows = [measure(args.mid, tmp, False), measure(args.small, tmp, True),
                measure(args.big, tmp, False)]
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        mid, small, big = rows
        print(json.dumps({
            "big_time_vs_4x_small": round(big["build_j1_s"] / (small["build_j1_s"]
                                                              * args.big / args.small), 3),
            "big_peak_vs_mid_peak": round(big["peak_mb"] / mid["peak_mb"], 3),
            "big_peak_mb": big["peak_mb"]}))
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
