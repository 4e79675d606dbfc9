"""The ``kg`` command: thin subcommands over the library (build, query, export, stats,
validate, eval, serve, push). Only this module knows about flags and exit codes."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_OUT = "out"
EXIT_FAILED = 1    # nothing built, or --strict and a file failed: outputs left as they were
EXIT_PARTIAL = 3   # built, but some files were skipped (listed in build-report.json)
DEFAULT_INPUT = "seeds"


def _graph_path(out_dir: str, graph: str | None = None) -> Path:
    path = Path(graph) if graph else Path(out_dir) / "graph.ttl"
    if not path.exists():
        raise SystemExit(f"kg: {path}: no graph here; run `kg build` first (or pass --graph)")
    return path


def _open(args: argparse.Namespace):
    """The store under OUT (or the --graph file, parsed once into memory)."""
    from .store import StoreError, open_graph

    try:
        return open_graph(args.out, args.graph)
    except StoreError as exc:
        raise SystemExit(f"kg {args.command}: {exc}")


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build
    from .outdir import OutDirError
    from .userdict import UserDictError
    from .workers import SchedulerError

    try:
        summary = build(args.paths or [DEFAULT_INPUT], Path(args.out), dict_path=args.dict,
                        jobs=args.jobs, include_structure=args.include_structure,
                        quiet=args.quiet, per_report=args.per_report, strict=args.strict,
                        scheduler=args.scheduler, use_cache=not args.no_cache,
                        cache_dir=Path(args.cache_dir) if args.cache_dir else None,
                        file_timeout=args.file_timeout)
    except (UserDictError, OutDirError, SchedulerError) as exc:
        raise SystemExit(f"kg build: {exc}")
    if not summary.read and not summary.failures:
        pass
    if summary.built or summary.strict_stopped or not args.quiet:
        print(summary.line)
    if not summary.built:
        if not summary.failures or summary.failures[0][1] == "no report files found":
            print(f"kg build: {', '.join(map(str, args.paths or [DEFAULT_INPUT]))}: "
                  "no report files found", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_PARTIAL if summary.failures else 0


def cmd_query(args: argparse.Namespace) -> int:
    from .query import format_rows, run_query

    if args.file:
        sparql = Path(args.file).read_text(encoding="utf-8")
    elif args.sparql:
        sparql = args.sparql
    else:
        raise SystemExit("kg query: give a SPARQL query or -f FILE.rq")
    store = _open(args)
    try:
        header, rows = run_query(store, sparql)
    except SyntaxError as exc:
        raise SystemExit(f"kg query: bad SPARQL: {str(exc).splitlines()[0]}")
    except Exception as exc:
        raise SystemExit(f"kg query: {type(exc).__name__}: {str(exc).splitlines()[0]}")
    sys.stdout.write(format_rows(header, rows, args.format))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    store = _open(args)
    target = Path(args.output) if args.output else Path(args.out) / (
        "figures.csv" if args.format == "csv" else f"graph.{args.format}")
    export(store, args.format, target, include_structure=args.include_structure)
    print(f"wrote {target}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .query import graph_stats

    for line in graph_stats(_open(args)):
        print(line)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .query import rdflib_from_store
    from .validate import format_violations, validate

    graph = rdflib_from_store(_open(args), with_ontology=False)
    result = validate(graph)
    if result.conforms:
        print(f"valid: {len(graph)} triples conform to ontology/shapes.ttl")
        return 0
    print(format_violations(result))
    return 1


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    source = args.graph if args.graph else _open(args)
    result = evaluate(Path(args.gold), source)
    print(format_report(result, show_misses=not args.brief))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import ServeError, serve

    store = Path(args.store) if args.store else Path(args.out) / "store"
    try:
        serve(store, host=args.host, port=args.port, timeout=args.timeout,
              max_rows=args.max_rows, workers=args.workers, max_memory_mb=args.max_memory,
              queries_dir=Path(args.queries) if args.queries else None)
    except ServeError as exc:
        raise SystemExit(f"kg serve: {exc}")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from .push import PushError, push

    try:
        summary = push(Path(args.out), args.endpoint, store=Path(args.store) if args.store else None,
                       timeout=args.timeout, quiet=args.quiet)
    except PushError as exc:
        raise SystemExit(f"kg push: {exc}")
    print(summary)
    return 0


def make_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kg", description="edukg: build and query knowledge graphs from Chinese "
                               "education work reports.")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="read reports and write the graph (graph.ttl, .graphml, .gexf)",
                       description="Read report files (txt in any Chinese encoding, html, docx, "
                                   "pdf) or folders of them, and write graph.ttl, graph.graphml, "
                                   "graph.gexf, figures.csv and build-report.json into the output "
                                   "folder. Bad files are reported and skipped. Exit status: 0 all "
                                   "built; 3 built but some files skipped; 1 nothing built (or "
                                   "--strict and a file failed).")
    b.add_argument("paths", nargs="*", help=f"files or folders (default: {DEFAULT_INPUT}/)")
    b.add_argument("-o", "--out", default=DEFAULT_OUT, help="output folder (default: out/)")
    b.add_argument("--dict", help="user dictionary of extra names (see README: User dictionaries)")
    b.add_argument("--jobs", "-j", type=int, default=0,
                   help="worker processes (default: automatic, by number of files)")
    b.add_argument("--strict", action="store_true",
                   help="any failed file is fatal: write no outputs and exit 1")
    b.add_argument("--include-structure", action="store_true",
                   help="put reports, sections and sentences into the GraphML/GEXF files too")
    b.add_argument("--per-report", action="store_true",
                   help="also write one Turtle file per report into OUT/reports/")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="run extraction on a Dask distributed cluster (default: local "
                        "worker processes)")
    b.add_argument("--no-cache", action="store_true",
                   help="re-extract every report (default: reuse unchanged reports' results)")
    b.add_argument("--cache-dir", help="where extracted reports are cached "
                                       "(default: $XDG_CACHE_HOME/edukg or ~/.cache/edukg)")
    b.add_argument("--file-timeout", type=float, default=60.0, metavar="SECONDS",
                   help="give up on a file after this long (default: 60)")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run a SPARQL query over the built graph",
                       description="Run SPARQL over OUT/graph.ttl (with the ontology loaded, so "
                                   "rdfs:subClassOf* paths work). Prefixes kg:, rdfs:, skos:, "
                                   "prov:, xsd: are predeclared.")
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("-f", "--file", help="read the query from a .rq file")
    q.add_argument("-o", "--out", default=DEFAULT_OUT, help="folder holding graph.ttl")
    q.add_argument("--graph", help="a graph file to query instead of OUT/graph.ttl")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    q.set_defaults(func=cmd_query)

    e = sub.add_parser("export", help="write the built graph in another format",
                       description="Export OUT/graph.ttl as Turtle, N-Triples, JSON-LD, "
                                   "GraphML or GEXF (for Gephi), or a CSV of figures.")
    e.add_argument("--format", required=True,
                   choices=["ttl", "nt", "jsonld", "graphml", "gexf", "csv"])
    e.add_argument("-o", "--out", default=DEFAULT_OUT, help="folder holding graph.ttl")
    e.add_argument("--graph", help="a graph file to export instead of OUT/graph.ttl")
    e.add_argument("--output", help="file to write (default: OUT/graph.<format>)")
    e.add_argument("--include-structure", action="store_true",
                   help="GraphML/GEXF: include reports, sections and sentences")
    e.set_defaults(func=cmd_export)

    s = sub.add_parser("stats", help="counts by class, figures and relations")
    s.add_argument("-o", "--out", default=DEFAULT_OUT)
    s.add_argument("--graph")
    s.set_defaults(func=cmd_stats)

    v = sub.add_parser("validate", help="check the graph against the SHACL shapes")
    v.add_argument("-o", "--out", default=DEFAULT_OUT)
    v.add_argument("--graph")
    v.set_defaults(func=cmd_validate)

    ev = sub.add_parser("eval", help="score the graph against a gold file",
                        description="Score a built graph against a gold JSON file (format: "
                                    "shared/eval/GUIDELINES.md): precision and recall per class, "
                                    "figures, metrics, relations, with every miss listed.")
    ev.add_argument("gold", help="gold JSON file")
    ev.add_argument("graph", nargs="?", help="graph file (default: OUT/graph.ttl)")
    ev.add_argument("-o", "--out", default=DEFAULT_OUT)
    ev.add_argument("--brief", action="store_true", help="scores only, no misses")
    ev.set_defaults(func=cmd_eval)

    sv = sub.add_parser("serve", help="serve a SPARQL endpoint and a page to explore the graph",
                        description="A read-only SPARQL 1.1 Protocol endpoint at /sparql over "
                                    "OUT/store (Oxigraph), and the explorer page at /.")
    sv.add_argument("-o", "--out", default=DEFAULT_OUT, help="folder holding store/")
    sv.add_argument("--store", help="the Oxigraph store folder (default: OUT/store)")
    sv.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", default="8000", help="port (default 8000; 0: any free port)")
    sv.add_argument("--timeout", type=float, default=30.0,
                    help="seconds a query may run before it is stopped (default 30)")
    sv.add_argument("--max-rows", type=int, default=10_000,
                    help="most result rows (or triples) returned; more are cut and the "
                         "X-Edukg-Truncated header says so (default 10000)")
    sv.add_argument("--workers", type=int, default=4,
                    help="queries answered at once, each by its own Oxigraph process (default 4)")
    sv.add_argument("--max-memory", type=float, default=None, metavar="MB",
                    help="memory one query may use before it is stopped (default: half the "
                         "machine's memory shared among the workers)")
    sv.add_argument("--queries", help="folder of example .rq queries for the page "
                                      "(default: ./queries)")
    sv.set_defaults(func=cmd_serve)

    pu = sub.add_parser("push", help="load the graph into a SPARQL server (Graph Store Protocol)",
                        description="PUT every named graph of OUT/store (one per report, the "
                                    "shared entities, the ontology) to a Graph Store Protocol "
                                    "endpoint, replacing what the server held under those names: "
                                    "Oxigraph http://HOST:7878/store, Fuseki "
                                    "http://HOST:3030/DATASET/data, GraphDB, Virtuoso.")
    pu.add_argument("--endpoint", required=True, help="the server's Graph Store Protocol URL")
    pu.add_argument("-o", "--out", default=DEFAULT_OUT, help="folder holding store/")
    pu.add_argument("--store", help="the Oxigraph store folder (default: OUT/store)")
    pu.add_argument("--timeout", type=float, default=120.0,
                    help="seconds to wait for the server on each graph (default 120)")
    pu.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    pu.set_defaults(func=cmd_push)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
