"""The ``kg`` command: thin subcommands over the library (build, query, export, stats,
validate, eval, serve, push). Only this module knows about flags and exit codes.

Every mistake a user can make (a missing or corrupt file, a bad option, an output
folder that does not exist) ends in **one line on stderr** naming the file or the
argument, and a non-zero exit status; no traceback. A bug of ours also ends in one
line, with a hint to re-run with ``--debug``, which shows the traceback.

Exit status: 0 done; 1 failed (nothing built, a file could not be read or written,
the graph does not conform); 2 bad command line; 3 built, but some inputs were skipped
or could not be read; 70 internal error (a bug: please report it); 130 interrupted.
"""
from __future__ import annotations

import argparse
import os
import re
import stat
import sys
import traceback
from pathlib import Path

DEFAULT_OUT = "out"
DEFAULT_INPUT = "seeds"
EXIT_OK = 0
EXIT_FAILED = 1    # nothing built, or --strict and a file failed: outputs left as they were
EXIT_USAGE = 2     # the command line is wrong
EXIT_PARTIAL = 3   # built, but some files were skipped or unreadable (see build-report.json)
EXIT_INTERNAL = 70  # a bug (EX_SOFTWARE)
EXIT_INTERRUPTED = 130
MAX_JOBS = 1024
DEBUG_HINT = "re-run with --debug for the traceback"


class UserError(Exception):
    """A mistake the user can fix: shown as one line, exit status ``code``."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def shown(value: object) -> str:
    """A path or argument as printable text: bytes that are not UTF-8 (surrogate-escaped
    in ``sys.argv``) are shown as ``\\xff`` instead of breaking the output."""
    text = os.fspath(value) if isinstance(value, os.PathLike) else str(value)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def one_line(text: str) -> str:
    return " ".join(shown(text).split())


def _brief(exc: BaseException) -> str:
    """``Type: first line of the message``, short."""
    why = getattr(exc, "_why", None)   # rdflib's BadSyntax: the reason and the line
    if isinstance(why, str) and isinstance(getattr(exc, "lines", None), int):
        return f"bad syntax at line {exc.lines + 1}: {why}"   # type: ignore[attr-defined]
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else ""
    if len(text) > 200:
        text = text[:197] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


# --------------------------------------------------------------------------- files

def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).rstrip(".")


def _readable_file(cmd: str, path: Path, what: str = "") -> Path:
    """``path`` if it is a file we can open; UserError naming it otherwise."""
    label = f"{what} {shown(path)}" if what else shown(path)
    try:
        if path.is_dir():
            raise UserError(f"kg {cmd}: {label}: is a folder, not a file")
        mode = path.stat().st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
            raise UserError(f"kg {cmd}: {label}: not a regular file")   # /dev/zero never ends
        with open(path, "rb"):
            pass
    except UserError:
        raise
    except FileNotFoundError:
        if path.is_symlink():
            raise UserError(f"kg {cmd}: {label}: broken symbolic link") from None
        raise UserError(f"kg {cmd}: {label}: no such file") from None
    except OSError as exc:
        raise UserError(f"kg {cmd}: {label}: cannot open ({_os_reason(exc)})") from None
    return path


def _read_text(cmd: str, path: Path, what: str = "") -> str:
    label = f"{what} {shown(path)}" if what else shown(path)
    _readable_file(cmd, path, what)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"kg {cmd}: {label}: cannot read ({_os_reason(exc)})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"kg {cmd}: {label}: not UTF-8 text (byte {exc.start})") from None


def _open(cmd: str, args: argparse.Namespace):
    """What a command reads: the store under OUT, or the --graph file parsed once into an
    in-memory store. A missing or corrupt one is a UserError naming it."""
    from .store import StoreError, open_store, store_from_file, store_path

    try:
        if getattr(args, "graph", None):
            return store_from_file(_readable_file(cmd, Path(args.graph), "--graph"))
        out = Path(args.out)
        if out.exists() and not out.is_dir():
            raise UserError(f"kg {cmd}: -o {shown(out)}: is a file, not a folder")
        if not (store_path(out) / "CURRENT").exists():
            raise UserError(f"kg {cmd}: {shown(out)}: no graph here; run `kg build` first "
                            f"(or pass --graph FILE)")
        return open_store(out)
    except StoreError as exc:
        raise UserError(f"kg {cmd}: {one_line(str(exc))}") from None


def _unwritable(folder: Path) -> str | None:
    """Why we cannot create files in ``folder`` (None if we can). A real probe: file
    permissions do not stop root, but read-only mounts and /proc still do."""
    import tempfile
    if not os.access(folder, os.W_OK | os.X_OK):
        return "permission denied"
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".kg-probe-"):
            pass
    except OSError as exc:
        return _os_reason(exc)
    return None


def _writable_file(cmd: str, target: Path, option: str) -> Path:
    """``target`` may be written: its folder exists (we never create folders silently)
    and it is not itself a folder."""
    name = f"{option} {shown(target)}"
    if target.is_dir():
        raise UserError(f"kg {cmd}: {name}: is a folder; give a file name")
    parent = target.parent
    if not parent.exists():
        raise UserError(f"kg {cmd}: {name}: folder {shown(parent)} does not exist "
                        f"(create it first)")
    if not parent.is_dir():
        raise UserError(f"kg {cmd}: {name}: {shown(parent)} is not a folder")
    why = _unwritable(parent)
    if why:
        raise UserError(f"kg {cmd}: {name}: cannot write in folder {shown(parent)} ({why})")
    return target


def _output_folder(cmd: str, out: Path, option: str = "-o") -> Path:
    """An output folder: an existing writable folder, or a new one in an existing folder."""
    name = f"{option} {shown(out)}"
    if out.exists() or out.is_symlink():
        if not out.is_dir():
            raise UserError(f"kg {cmd}: {name}: is a file, not a folder")
        why = _unwritable(out)
        if why:
            raise UserError(f"kg {cmd}: {name}: cannot write in this folder ({why})")
        return out
    parent = out.parent
    if not parent.is_dir():
        raise UserError(f"kg {cmd}: {name}: folder {shown(parent)} does not exist "
                        f"(create it first)")
    why = _unwritable(parent)
    if why:
        raise UserError(f"kg {cmd}: {name}: cannot create it in folder {shown(parent)} "
                        f"({why})")
    return out


def _temp_to_target(name: str) -> str:
    """``.graph.ttl.tmp-123`` (our atomic-write temporary) → ``graph.ttl``."""
    m = re.fullmatch(r"(.*/)?\.(.+)\.tmp-\d+", name)
    return f"{m.group(1) or ''}{m.group(2)}" if m else name


# --------------------------------------------------------------------------- commands

def cmd_build(args: argparse.Namespace) -> int:
    out = _output_folder("build", Path(args.out))
    if args.no_cache and not args.scheduler:   # every report goes to a local worker:
        from .fork_server import start_fork_server   # their server imports kg meanwhile
        start_fork_server()
    from .build import build
    from .outdir import OutDirError
    from .userdict import UserDictError, load_user_dict
    from .workers import SchedulerError

    user_dict = None
    if args.dict:
        dict_path = _readable_file("build", Path(args.dict), "--dict")
        try:
            user_dict = load_user_dict(dict_path)
        except UserDictError as exc:
            raise UserError(f"kg build: --dict {one_line(str(exc))}") from None
    if args.cache_dir:
        _output_folder("build", Path(args.cache_dir), "--cache-dir")
    try:
        summary = build(args.paths or [DEFAULT_INPUT], out, dict_path=None, user_dict=user_dict,
                        jobs=args.jobs, include_structure=args.include_structure,
                        quiet=args.quiet, per_report=args.per_report, strict=args.strict,
                        scheduler=args.scheduler, use_cache=not args.no_cache,
                        cache_dir=Path(args.cache_dir) if args.cache_dir else None,
                        file_timeout=args.file_timeout)
    except (OutDirError, SchedulerError) as exc:
        raise UserError(f"kg build: {one_line(str(exc))}") from None
    if summary.built or summary.strict_stopped or summary.failures:
        print(shown(summary.line))
    if not summary.built or summary.strict_stopped:
        return EXIT_FAILED
    return EXIT_PARTIAL if summary.failures or summary.unreadable else EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    if args.file and args.sparql:
        raise UserError("kg query: give the query as an argument or with -f FILE, not both",
                        EXIT_USAGE)
    if args.file:
        sparql = _read_text("query", Path(args.file), "-f")
        where = f"-f {shown(args.file)}"
    elif args.sparql is not None:
        sparql, where = args.sparql, "the query"
        if _has_surrogates(sparql):
            raise UserError("kg query: the query is not valid UTF-8 text", EXIT_USAGE)
    else:
        raise UserError("kg query: give a SPARQL query or -f FILE.rq", EXIT_USAGE)
    if not sparql.strip():
        raise UserError(f"kg query: {where}: empty query", EXIT_USAGE)
    store = _open("query", args)
    from .query import format_rows, run_query
    try:
        header, rows = run_query(store, sparql)
    except MemoryError:
        raise
    except SyntaxError as exc:   # Oxigraph's parser: "error at 1:8: expected …"
        raise UserError(f"kg query: {where}: bad SPARQL ({one_line(str(exc))})") from None
    except Exception as exc:   # an evaluation error (a type error in a function …)
        raise UserError(f"kg query: {where}: query failed ({_brief(exc)})") from None
    sys.stdout.write(format_rows(header, rows, args.format))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    store = _open("export", args)
    if args.output:
        target = _writable_file("export", Path(args.output), "--output")
    else:
        out = Path(args.out)
        target = out / ("figures.csv" if args.format == "csv" else f"graph.{args.format}")
        _writable_file("export", target, "-o")
    from .export import export
    try:
        export(store, args.format, target, include_structure=args.include_structure)
    except OSError as exc:
        raise UserError(f"kg export: --output {shown(target)}: cannot write "
                        f"({_os_reason(exc)})") from None
    print(f"wrote {shown(target)}")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    store = _open("stats", args)
    from .query import graph_stats

    for line in graph_stats(store):
        print(line)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    store = _open("validate", args)
    from .query import rdflib_from_store
    from .validate import format_violations, validate, validate_store

    if args.graph:
        graph = rdflib_from_store(store, with_ontology=False)
        result, checked = validate(graph), len(graph)
    else:   # report by report: memory stays that of one report
        result, checked = validate_store(store)
    if result.conforms:
        print(f"valid: {checked} triples conform to ontology/shapes.ttl")
        return EXIT_OK
    print(format_violations(result))
    return EXIT_FAILED


def cmd_eval(args: argparse.Namespace) -> int:
    import json

    gold_path = Path(args.gold)
    text = _read_text("eval", gold_path, "gold file")
    from .evaluate import GoldError, check_gold, evaluate, format_report

    try:
        gold = json.loads(text)
    except ValueError as exc:
        raise UserError(f"kg eval: gold file {shown(gold_path)}: not JSON ({exc})") from None
    try:
        check_gold(gold)
    except GoldError as exc:
        raise UserError(f"kg eval: gold file {shown(gold_path)}: {exc}") from None
    if args.graph:
        source = _readable_file("eval", Path(args.graph))
        _open("eval", argparse.Namespace(graph=str(source), out=args.out))   # corrupt: user's
    else:
        source = _open("eval", argparse.Namespace(graph=None, out=args.out))
    result = evaluate(gold_path, source, gold=gold)
    for warning in result.warnings:
        print(f"kg eval: warning: {one_line(warning)}", file=sys.stderr)
    print(format_report(result, show_misses=not args.brief))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import ServeError, serve

    store = Path(args.store) if args.store else Path(args.out) / "store"
    try:
        serve(store, host=args.host, port=args.port, timeout=args.timeout,
              max_rows=args.max_rows, workers=args.workers, max_memory_mb=args.max_memory,
              queries_dir=Path(args.queries) if args.queries else None)
    except ServeError as exc:
        raise UserError(f"kg serve: {one_line(str(exc))}") from None
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    from .push import PushError, push

    try:
        summary = push(Path(args.out), args.endpoint, store=Path(args.store) if args.store else None,
                       timeout=args.timeout, quiet=args.quiet)
    except PushError as exc:
        raise UserError(f"kg push: {one_line(str(exc))}") from None
    print(summary)
    return EXIT_OK


# --------------------------------------------------------------------------- parser

class _Formatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Defaults shown after each option's help; descriptions keep their line breaks."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (raised, so main() prints it)."""

    def error(self, message: str):   # type: ignore[override]
        raise UserError(f"{self.prog}: {message} (see `{self.prog} --help`)", EXIT_USAGE)


def _bounded(convert, ok, not_a: str, out_of_range: str):
    """An argparse type: ``convert`` the text, then check it with ``ok``; the messages say
    what was expected (``{value}`` / ``{n}`` in them are filled in)."""
    def parse(value: str):
        try:
            n = convert(value)
        except ValueError:
            raise argparse.ArgumentTypeError(not_a.format(value=repr(shown(value)))) from None
        if not ok(n):
            raise argparse.ArgumentTypeError(out_of_range.format(n=n))
        return n
    return parse


_jobs = _bounded(int, lambda n: 0 <= n <= MAX_JOBS, "{value} is not a whole number (0 = automatic)",
                 "{n} is out of range (0 = automatic, at most " + str(MAX_JOBS) + ")")
_seconds = _bounded(float, lambda n: 0 < n <= 86400, "{value} is not a number of seconds",
                    "{n:g} is out of range (more than 0, at most 86400)")


_SCHEDULER = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx)://)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)"
                        r":\d{1,5}/?")


def _scheduler(value: str) -> str:
    """A Dask scheduler address, checked before Dask sees it (a malformed one leaves a
    half-made client whose clean-up prints a traceback at exit)."""
    if not _SCHEDULER.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{shown(value)!r} is not a scheduler address "
                                         f"(tcp://HOST:PORT)")
    return value


class _VersionAction(argparse.Action):
    """``--version``, looked up only when asked for (importlib.metadata is slow)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show the version and exit"):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"kg (edukg) {_version()}")
        parser.exit()


def _version() -> str:
    try:
        from importlib.metadata import version
        return version("edukg")
    except Exception:   # not installed (running from a checkout)
        from . import __version__
        return __version__


def make_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show the Python traceback when something goes wrong "
                             "(default: off)")

    ap = _Parser(
        prog="kg", formatter_class=_Formatter, parents=[common],
        description="edukg: build and query knowledge graphs from Chinese education work "
                    "reports.",
        epilog="Exit status: 0 done; 1 failed; 2 bad command line; 3 built but some inputs "
               "skipped; 70 internal error; 130 interrupted.")
    ap.add_argument("--version", action=_VersionAction)
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND",
                            parser_class=_Parser)

    def add(name: str, help: str, description: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=description, parents=[common],
                              formatter_class=_Formatter)

    def out_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("-o", "--out", default=DEFAULT_OUT, metavar="OUT",
                       help="folder holding the build (its store/, written by kg build)")

    def graph_option(p: argparse.ArgumentParser, what: str) -> None:
        p.add_argument("--graph", metavar="FILE",
                       help=f"an RDF file (.ttl, .nt, .nq, .trig) to {what} instead of OUT's "
                            "store")

    b = add("build", "read reports and write the graph (graph.ttl, .graphml, .gexf)",
            "Read report files (txt in any Chinese encoding, html, docx, pdf) or folders of "
            "them, and write the store (store/), graph.ttl, graph.graphml, graph.gexf, "
            "figures.csv and build-report.json into the output folder, which is switched in "
            "whole when the build is complete.\n\nIn folders, README/LICENSE/CHANGELOG "
            "files, hidden files and dot-folders are left out (listed as ignored in "
            "build-report.json). Bad or unreadable files are reported and skipped.\n\n"
            "Exit status: 0 all built; 3 built but some files skipped or unreadable; 1 "
            "nothing built (or --strict and a file failed).")
    b.add_argument("paths", nargs="*", metavar="PATH",
                   help=f"report files or folders of them (default: {DEFAULT_INPUT}/)")
    b.add_argument("-o", "--out", default=DEFAULT_OUT, metavar="OUT",
                   help="output folder; created if missing (its parent must exist)")
    b.add_argument("--dict", metavar="FILE",
                   help="user dictionary of extra names, .tsv or .json (see README: User "
                        "dictionaries)")
    b.add_argument("--jobs", "-j", type=_jobs, default=0, metavar="N",
                   help="worker processes; 0 = automatic, by number of files")
    b.add_argument("--strict", action="store_true",
                   help="any failed file is fatal: write no outputs and exit 1")
    b.add_argument("--include-structure", action="store_true",
                   help="put reports, sections and sentences into the GraphML/GEXF files too")
    b.add_argument("--per-report", action="store_true",
                   help="also write one Turtle file per report into OUT/reports/")
    b.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar (it is shown only on a terminal anyway)")
    b.add_argument("--scheduler", metavar="tcp://HOST:PORT", type=_scheduler,
                   help="run extraction on a Dask distributed cluster (see README: Past one "
                        "machine); default: local worker processes")
    b.add_argument("--no-cache", action="store_true",
                   help="re-extract every report instead of reusing unchanged reports' results")
    b.add_argument("--cache-dir", metavar="DIR",
                   help="where extracted reports are cached (default: $XDG_CACHE_HOME/edukg "
                        "or ~/.cache/edukg)")
    b.add_argument("--file-timeout", type=_seconds, default=60.0, metavar="SECONDS",
                   help="give up on one file after this long (it is listed as skipped)")
    b.set_defaults(func=cmd_build)

    q = add("query", "run a SPARQL query over the built graph",
            "Run SPARQL over the build's store (all reports' graphs as one, with the ontology, "
            "so rdfs:subClassOf* paths work; GRAPH <…/graph/report/ID> picks one report). "
            "Prefixes kg:, rdfs:, skos:, prov:, xsd:, rdf:, owl: are predeclared.")
    q.add_argument("sparql", nargs="?", metavar="SPARQL",
                   help="the query text (or use -f)")
    q.add_argument("-f", "--file", metavar="FILE", help="read the query from a .rq file")
    out_option(q)
    graph_option(q, "query")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table",
                   help="how to print the rows")
    q.set_defaults(func=cmd_query)

    e = add("export", "write the built graph in another format",
            "Export the build's store as Turtle, N-Triples, JSON-LD, GraphML or GEXF (for "
            "Gephi), or a CSV of figures. The folder of --output must exist.")
    e.add_argument("--format", required=True,
                   choices=["ttl", "nt", "jsonld", "graphml", "gexf", "csv"],
                   help="output format (required)")
    out_option(e)
    graph_option(e, "export")
    e.add_argument("--output", metavar="FILE",
                   help="file to write (default: OUT/graph.FORMAT, or OUT/figures.csv)")
    e.add_argument("--include-structure", action="store_true",
                   help="GraphML/GEXF: include reports, sections and sentences")
    e.set_defaults(func=cmd_export)

    s = add("stats", "counts by class, figures and relations",
            "Print counts of the built graph: triples, reports, sections, sentences, "
            "figures, entities by class, relations by type, figures by unit.")
    out_option(s)
    graph_option(s, "count")
    s.set_defaults(func=cmd_stats)

    v = add("validate", "check the graph against the SHACL shapes",
            "Validate the built graph against the SHACL shapes of the ontology "
            "(ontology/shapes.ttl). Exit status 0 when it conforms, 1 with the violations "
            "listed otherwise.")
    out_option(v)
    graph_option(v, "validate")
    v.set_defaults(func=cmd_validate)

    ev = add("eval", "score the graph against a gold file",
             "Score a built graph against a gold JSON file (format: shared/eval/"
             "GUIDELINES.md): precision and recall per class, figures, metrics, relations, "
             "with every miss listed. Warns when the gold file seems to be for another "
             "report.")
    ev.add_argument("gold", metavar="GOLD", help="gold JSON file")
    ev.add_argument("graph", nargs="?", metavar="GRAPH",
                    help="graph file (default: the build's store in OUT)")
    out_option(ev)
    ev.add_argument("--brief", action="store_true", help="scores only, no misses")
    ev.set_defaults(func=cmd_eval)

    sv = add("serve", "serve a SPARQL endpoint and a page to explore the graph",
             "A read-only SPARQL 1.1 Protocol endpoint at /sparql over OUT/store "
             "(Oxigraph), and the explorer page at /.")
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

    pu = add("push", "load the graph into a SPARQL server (Graph Store Protocol)",
             "PUT every named graph of OUT/store (one per report, the shared entities, the "
             "ontology) to a Graph Store Protocol endpoint, replacing what the server held "
             "under those names: Oxigraph http://HOST:7878/store, Fuseki "
             "http://HOST:3030/DATASET/data, GraphDB, Virtuoso.")
    pu.add_argument("--endpoint", required=True, help="the server's Graph Store Protocol URL")
    pu.add_argument("-o", "--out", default=DEFAULT_OUT, help="folder holding store/")
    pu.add_argument("--store", help="the Oxigraph store folder (default: OUT/store)")
    pu.add_argument("--timeout", type=float, default=120.0,
                    help="seconds to wait for the server on each graph (default 120)")
    pu.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    pu.set_defaults(func=cmd_push)
    return ap


# --------------------------------------------------------------------------- main

def _say(message: str) -> None:
    try:
        print(one_line(message), file=sys.stderr, flush=True)
    except (OSError, ValueError):   # stderr closed too: nothing more we can do
        pass


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the exit flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _command_of(argv: list[str]) -> str:
    names = {"build", "query", "export", "stats", "validate", "eval", "serve", "push"}
    return next((a for a in argv if a in names), "")


def main(argv: list[str] | None = None) -> int:
    as_program = argv is None   # the `kg` command itself, not a call from Python code
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv or os.environ.get("KG_DEBUG", "") not in ("", "0")
    prefix = f"kg {_command_of(argv)}".strip()
    if as_program and not debug:   # no "Exception ignored in …" traces from a library's
        sys.unraisablehook = lambda unraisable: None   # clean-up as the process exits
    if debug:
        os.environ["KG_DEBUG"] = "1"   # worker processes keep their stderr (kg.workers)
    try:
        args = make_parser().parse_args(argv)
        code = args.func(args)
        sys.stdout.flush()
        return code
    except UserError as exc:
        _say(str(exc))
        return exc.code
    except KeyboardInterrupt:
        _say(f"{prefix}: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        _say(f"{prefix}: output closed before everything was written (broken pipe)")
        return EXIT_FAILED
    except SystemExit as exc:   # --help and --version exit 0; a library's exit message
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        _say(str(exc.code))
        return EXIT_FAILED
    except MemoryError:
        if debug:
            traceback.print_exc()
        _say(f"{prefix}: out of memory")
        return EXIT_FAILED
    except OSError as exc:   # disk full, permissions, … met while working: the user's to fix
        if debug:
            traceback.print_exc()
        where = _temp_to_target(shown(exc.filename)) + ": " if exc.filename else ""
        _say(f"{prefix}: {where}{_os_reason(exc)}")
        return EXIT_FAILED
    except Exception as exc:   # a bug of ours
        if debug:
            traceback.print_exc()
            _say(f"{prefix}: internal error: {_brief(exc)}")
        else:
            _say(f"{prefix}: internal error: {_brief(exc)}; {DEBUG_HINT}")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
