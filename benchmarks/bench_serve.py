"""Benchmark the store and the endpoint on a large synthetic graph.

    .venv/bin/python benchmarks/bench_serve.py --out OUT [--clients 8] [--seconds 20]
    .venv/bin/python benchmarks/bench_serve.py --reports 500      # makes and builds a corpus

OUT is a `kg build` output folder (store/ and graph.ttl). Measures:
  1. each example query in queries/*.rq on the Oxigraph store (pyoxigraph, union default
     graph) and on an rdflib in-memory graph parsed from graph.ttl (plus the ontology, as
     `kg query` used to do): median time and the ratio;
  2. `kg query -f queries/X.rq` end to end (process start, open the store, query, print);
  3. `kg serve` throughput with N concurrent clients sending the example queries.
Not part of the test suite: timings belong here, not in tests.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def median_time(fn, runs: int = 3) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), n


def bench_store_vs_rdflib(out: Path, skip_rdflib: bool) -> list[dict]:
    import pyoxigraph as ox
    store = ox.Store.read_only(str(out / "store"))
    rows = []
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")

        def on_store():
            res = store.query(text, use_default_graph_as_union=True)
            return sum(1 for _ in res) if isinstance(res, ox.QuerySolutions) else 1
        t, n = median_time(on_store)
        rows.append({"query": q.stem, "store_s": t, "rows": n})
    if skip_rdflib:
        return rows
    from rdflib import Graph
    t0 = time.perf_counter()
    g = Graph()
    g.parse(out / "graph.ttl")
    g.parse(ROOT / "ontology" / "edukg.ttl")
    parse_s = time.perf_counter() - t0
    print(f"rdflib: parsed graph.ttl ({len(g)} triples) in {parse_s:.1f} s", flush=True)
    g.query("ASK { ?s ?p ?o }").askAnswer          # rdflib's one-off start-up, not counted
    for row, q in zip(rows, QUERIES):
        text = q.read_text(encoding="utf-8")
        t, n = median_time(lambda: sum(1 for _ in g.query(text)), runs=1)
        row.update(rdflib_s=t, rdflib_rows=n, ratio=t / max(row["store_s"], 1e-6))
        print(f"  {q.stem}: store {row['store_s'] * 1000:.1f} ms, rdflib {t:.2f} s, "
              f"{row['ratio']:.0f}×", flush=True)
    rows.append({"query": "(rdflib parse of graph.ttl)", "rdflib_s": parse_s})
    return rows


def bench_kg_query(out: Path) -> list[tuple[str, float]]:
    kg = str(Path(sys.executable).with_name("kg"))
    res = []
    for q in QUERIES:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([kg, "query", "-f", str(q), "-o", str(out), "--format", "csv"],
                           check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
        res.append((q.stem, statistics.median(times)))
    return res


def bench_server(out: Path, clients: int, seconds: float) -> dict:
    import httpx
    from serve_helpers import KgServer
    srv = KgServer(out / "store", "--workers", str(max(4, clients // 2)))
    texts = [q.read_text(encoding="utf-8") for q in QUERIES]
    light = ("PREFIX kg: <https://w3id.org/edukg/ontology#> PREFIX rdfs: "
             "<http://www.w3.org/2000/01/rdf-schema#> SELECT ?name WHERE { ?s a kg:Place ; "
             "rdfs:label ?name } LIMIT 20")
    result = {}
    fast = [q.read_text(encoding="utf-8") for q in QUERIES if q.stem != "figures-with-source"]
    try:
        for label, mix in (("example queries", texts),
                           ("example queries but figures-with-source", fast),
                           ("light lookup", [light])):
            latencies: list[float] = []
            errors = [0]
            stop = time.monotonic() + seconds
            lock = threading.Lock()

            def client(k: int):
                with httpx.Client(timeout=120, trust_env=False) as c:
                    i = k
                    while time.monotonic() < stop:
                        t0 = time.perf_counter()
                        r = c.post(srv.sparql, data={"query": mix[i % len(mix)]},
                                   headers={"Accept": "application/sparql-results+json"})
                        dt = time.perf_counter() - t0
                        with lock:
                            if r.status_code == 200:
                                latencies.append(dt)
                            else:
                                errors[0] += 1
                        i += 1
            t0 = time.monotonic()
            threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.monotonic() - t0
            latencies.sort()
            result[label] = {
                "queries": len(latencies), "errors": errors[0], "seconds": wall,
                "qps": len(latencies) / wall,
                "p50_ms": 1000 * latencies[len(latencies) // 2] if latencies else None,
                "p95_ms": 1000 * latencies[int(len(latencies) * 0.95)] if latencies else None,
            }
            print(f"server, {clients} clients, {label}: {result[label]}", flush=True)
    finally:
        srv.stop()
    return result


def build_corpus(n: int) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="edukg-bench-serve-"))
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(n),
                    str(folder / "corpus")], check=True)
    kg = str(Path(sys.executable).with_name("kg"))
    subprocess.run([kg, "build", str(folder / "corpus"), "-o", str(folder / "out"), "-q"],
                   check=False)
    return folder / "out"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="a kg build output folder (store/, graph.ttl)")
    ap.add_argument("--reports", type=int, default=500, help="corpus size when --out is not given")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--server-only", action="store_true", help="only the throughput part")
    args = ap.parse_args()
    out = args.out or build_corpus(args.reports)
    import pyoxigraph as ox
    n = len(ox.Store.read_only(str(out / "store")))
    print(f"graph: {out} — {n} quads in the store, graph.ttl "
          f"{(out / 'graph.ttl').stat().st_size / 1e6:.0f} MB", flush=True)
    if args.server_only:
        bench_server(out, args.clients, args.seconds)
        return
    rows = bench_store_vs_rdflib(out, args.skip_rdflib)
    print("\n| query | rows | store (pyoxigraph) | rdflib memory graph | ratio |\n|---|---|---|---|---|")
    for r in rows:
        store_s = f"{r['store_s'] * 1000:.0f} ms" if "store_s" in r else ""
        rdf = f"{r['rdflib_s']:.2f} s" if "rdflib_s" in r else "—"
        ratio = f"{r['ratio']:.0f}×" if "ratio" in r else ""
        print(f"| {r['query']} | {r.get('rows', '')} | {store_s} | {rdf} | {ratio} |")
    print("\n`kg query -f` end to end (median of 3):")
    for name, t in bench_kg_query(out):
        print(f"  {name}: {t:.2f} s")
    bench_server(out, args.clients, args.seconds)


if __name__ == "__main__":
    main()
