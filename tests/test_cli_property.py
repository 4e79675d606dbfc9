"""Property test of the whole CLI: whatever the arguments and whatever the files, `kg`
exits 0, 1, 2 or 3 and never shows a traceback.

Hypothesis builds argument lists from the real subcommands and options (values: files
of random bytes, random text, empty files, a small valid graph and gold file, folders,
missing paths, random words) and runs ``kg.cli.main`` in-process with stdout/stderr
captured. Paths stay inside a temporary folder (the working directory during each
example), so a generated ``-o`` never writes elsewhere. `kg serve` is left out (it
serves until stopped).
"""
from __future__ import annotations

import atexit
import contextlib
import functools
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main

from conftest import SEED

OK_STATUSES = {0, 1, 2, 3}
TINY_TTL = """@prefix kg: <https://w3id.org/edukg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/edukg/id/report/r> a kg:Report ; kg:text "福州市仓山区教育局" .
<https://w3id.org/edukg/id/e/1> a kg:Place ; rdfs:label "仓山区" ; kg:mentionedIn <https://w3id.org/edukg/id/report/r/sentence/1> .
"""
GOLD = {"doc": "r.txt", "entities": [{"label": "仓山区", "type": "Place", "aliases": [],
                                      "core": True}], "figures": [], "relations": []}
REPORT = SEED.read_text(encoding="utf-8")[:600]

# Files the arguments may name: some fixed, some with contents drawn per example.
FIXED = ["tiny.ttl", "gold.json", "report.txt", "folder", "empty_folder", "missing.txt",
         "missing/deep.ttl", "a_file", "."]
RANDOM_FILES = ["r.txt", "r.html", "r.docx", "r.pdf", "r.ttl", "r.rq", "r.json", "r.tsv",
                "README.md"]
PATHS = st.sampled_from(FIXED + RANDOM_FILES + ["folder/r.txt"])
WORDS = st.text(alphabet="abcxyz仓山区0123456789_-", min_size=1, max_size=8)
VALUES = st.one_of(PATHS, WORDS, st.sampled_from(["", "0", "-1", "2", "abc", "99999", "ttl",
                                                   "csv", "json", "table", "gexf", "x\udcff"]))
SPARQL = st.one_of(st.sampled_from(["SELECT * WHERE { ?s ?p ?o }", "ASK { ?s ?p ?o }",
                                    "SELECT ?l WHERE { ?e rdfs:label ?l }", "SELEKT",
                                    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", ""]),
                   st.text(max_size=40))
CONTENTS = st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode),
                     st.just(b""), st.just(REPORT.encode()), st.just(TINY_TTL.encode()),
                     st.just(json.dumps(GOLD).encode()),
                     st.just(REPORT.encode("gb18030")))

# The real options of each subcommand: (option, kind of value or None for a flag).
COMMON = [("-o", "path"), ("--out", "path"), ("--graph", "path"), ("--graph", "path"),
          ("--debug", None)]
OPTIONS = {
    "build": [("-o", "path"), ("--dict", "path"), ("-j", "value"), ("--jobs", "value"),
              ("--strict", None), ("--include-structure", None), ("--per-report", None),
              ("-q", None), ("--help", None)],
    "query": COMMON + [("-f", "path"), ("--file", "path"), ("--format", "value")],
    "export": COMMON + [("--format", "value"), ("--output", "path"),
                        ("--include-structure", None)],
    "stats": COMMON,
    "validate": COMMON,
    "eval": COMMON + [("--brief", None)],
}
POSITIONAL = {"build": "path", "query": "sparql", "export": None, "stats": None,
              "validate": None, "eval": "path"}


@st.composite
def invocations(draw):
    command = draw(st.sampled_from(sorted(OPTIONS) * 4 + ["", "frobnicate", "--version"]))
    argv = [command] if command else []
    if command == "export" and draw(st.integers(0, 3)):   # mostly with its required option
        argv += ["--format", draw(st.sampled_from(["ttl", "nt", "jsonld", "graphml", "gexf",
                                                   "csv"]))]
    if command == "eval" and draw(st.integers(0, 3)):
        argv.append(draw(st.sampled_from(["gold.json", "r.json", "tiny.ttl"])))
    if command == "query" and draw(st.integers(0, 3)):
        argv.append(draw(SPARQL))
    for option, kind in draw(st.lists(st.sampled_from(OPTIONS.get(command, COMMON)),
                                      max_size=3)):
        argv.append(option)
        if kind == "path":
            argv.append(draw(PATHS))
        elif kind == "value":
            argv.append(draw(VALUES))
    kind = POSITIONAL.get(command)
    for _ in range(draw(st.integers(0, 2) if kind == "path" else st.integers(0, 1) if kind
                        else st.sampled_from([0, 0, 0, 1]))):
        argv.append(draw(SPARQL) if kind == "sparql" else draw(PATHS) if kind else draw(VALUES))
    if command == "build" and "-o" not in argv:
        argv += ["-o", "out"]   # never the repository's out/
    if command == "build" and not any(a in FIXED + RANDOM_FILES + ["folder/r.txt"]
                                      for a in argv[1:]):
        argv.append("report.txt")   # never the default input (seeds/): tiny inputs only
    files = {name: draw(CONTENTS) for name in draw(st.lists(st.sampled_from(RANDOM_FILES),
                                                             max_size=3, unique=True))}
    return argv, files


@functools.lru_cache(maxsize=1)
def _built() -> Path:
    """One build of a short report, made once and copied into each example's folder."""
    root = Path(tempfile.mkdtemp(prefix="kg-property-"))
    atexit.register(shutil.rmtree, root, True)
    (root / "r.txt").write_text(REPORT, encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["build", str(root / "r.txt"), "-o", str(root / "out"), "-q",
                     "--no-cache"]) == 0
    return root / "out"


def _sandbox(root: Path, files: dict[str, bytes]) -> None:
    (root / "folder").mkdir()
    (root / "empty_folder").mkdir()
    (root / "tiny.ttl").write_text(TINY_TTL, encoding="utf-8")
    shutil.copytree(_built(), root / "out")   # the default -o: a real (tiny) build
    (root / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (root / "report.txt").write_text(REPORT, encoding="utf-8")
    (root / "a_file").write_text("a file, not a folder\n")
    for name, data in files.items():
        (root / name).write_bytes(data)
        (root / "folder" / name).write_bytes(data)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(invocations())
def test_any_invocation_exits_0_1_2_or_3_without_a_traceback(invocation):
    argv, files = invocation
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _sandbox(root, files)
        out, err = io.StringIO(), io.StringIO()
        os.chdir(root)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(list(argv))
        finally:
            os.chdir(here)
    assert status in OK_STATUSES, (argv, status, err.getvalue())
    assert "Traceback" not in err.getvalue(), (argv, err.getvalue())
    if status != 0 and "--help" not in argv:
        assert err.getvalue().strip() or status in (1, 3), (argv, status)
