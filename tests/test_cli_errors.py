"""Every mistake a user can make with `kg` ends in one line on stderr and a non-zero exit.

A table of bad invocations, each run as a real subprocess of the installed `kg` (so
argv decoding, stdout/stderr encodings and exit statuses are the real ones). For each
row: the exit status, exactly one line on stderr, and no "Traceback". The rows run in
parallel, once, and the parametrised tests check the results. (`kg serve` and `kg push`
have their own rows elsewhere.)
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kg.cli import main

from conftest import SEED

KG = Path(sys.executable).with_name("kg")
TINY_TTL = """@prefix kg: <https://w3id.org/edukg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/edukg/id/report/tiny> a kg:Report ; kg:text "仓山区教育局" .
<https://w3id.org/edukg/id/e/1> a kg:Place ; rdfs:label "仓山区" .
"""
GOLD_OK = {"doc": "tiny.txt", "entities": [{"label": "仓山区", "type": "Place"}],
           "figures": [], "relations": []}
SELECT = "SELECT ?s WHERE { ?s ?p ?o }"
X = os.fsdecode(b"\xff\xfe")   # a non-UTF-8 argument, as Python decodes it from argv


def _sandbox(root: Path) -> Path:
    """Files the bad invocations point at."""
    (root / "a_dir").mkdir()
    (root / "empty_dir").mkdir()
    (root / "only_readme").mkdir()
    (root / "only_readme" / "README.md").write_text("# 说明\n这里是仓库说明文件，不是报告。" * 5)
    (root / "only_readme" / ".hidden.txt").write_text(SEED.read_text(encoding="utf-8"))
    (root / "a_file.txt").write_text("not a folder\n")
    (root / "corrupt.ttl").write_text("garbage {{ this is not turtle\n")
    (root / "binary.ttl").write_bytes(b"\xff\xfe\x00\x01" * 64)
    (root / "truncated.ttl").write_text(TINY_TTL[: len(TINY_TTL) // 2])
    (root / "bad.rdf").write_text("<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>")
    (root / "tiny.ttl").write_text(TINY_TTL, encoding="utf-8")
    rows = "\n".join(f"<urn:s{i}> <urn:p> \"仓山区第{i}小学\" ." for i in range(3000))
    (root / "big.nt").write_text(rows + "\n", encoding="utf-8")
    (root / "q.rq").write_text(SELECT)
    (root / "empty.rq").write_text("  \n")
    (root / "latin1.rq").write_bytes("SELECT ?s WHERE { ?s ?p \"仓山\" }".encode("gb18030"))
    (root / "bad.rq").write_text("SELEKT nonsense {")
    (root / "gold_ok.json").write_text(json.dumps(GOLD_OK, ensure_ascii=False))
    (root / "gold_list.json").write_text("[1, 2, 3]")
    (root / "gold_broken.json").write_text('{"doc": "x", "entities": [')
    (root / "gold_not.json").write_text('{"not": "gold"}')
    (root / "gold_empty.json").write_text("")
    (root / "gold_gbk.json").write_bytes('{"doc": "仓山"}'.encode("gb18030"))
    (root / "gold_badtype.json").write_text(json.dumps(
        {"doc": "x", "entities": [{"label": "仓山区", "type": "Skool"}]}))
    (root / "gold_nolabel.json").write_text(json.dumps({"doc": "x", "entities": [{"type": "Place"}]}))
    (root / "gold_value.json").write_text(json.dumps(
        {"doc": "x", "figures": [{"raw": "3所", "value": "three", "unit": "所", "metric": "学校"}]}))
    (root / "gold_relation.json").write_text(json.dumps(
        {"doc": "x", "relations": [{"s": "a", "p": "likes", "o": "b"}]}))
    (root / "dict_onecol.tsv").write_text("仓山区实验小学\n")
    (root / "dict_class.tsv").write_text("仓山区实验小学\tSkool\n")
    (root / "dict_gbk.tsv").write_bytes("仓山区实验小学\tSchool\n".encode("gb18030"))
    (root / "dict_obj.json").write_text('{"name": "x", "class": "School"}')
    (root / "dict_types.json").write_text('[{"name": 1, "class": ["School"]}]')
    (root / "dict_broken.json").write_text('[{"name": ')
    strict = root / "strict_in"
    strict.mkdir()
    (strict / "report.txt").write_text(SEED.read_text(encoding="utf-8")[:3000], encoding="utf-8")
    (strict / "empty.txt").write_bytes(b"")
    return root


# (id, argv, expected exit status). Paths are relative to the sandbox (the cwd).
ROWS: list[tuple[str, list, int]] = [
    # the command line itself
    ("no-command", [], 2),
    ("unknown-command", ["frobnicate"], 2),
    ("unknown-option", ["--frobnicate"], 2),
    ("build-unknown-option", ["build", "--frobnicate"], 2),
    ("build-jobs-abc", ["build", "--jobs", "abc"], 2),
    ("build-jobs-negative", ["build", "-j", "-1"], 2),
    ("build-jobs-huge", ["build", "-j", "99999"], 2),
    ("build-jobs-missing-value", ["build", "-j"], 2),
    ("build-jobs-non-utf8", ["build", "-j", X], 2),
    ("query-no-query", ["query", "--graph", "tiny.ttl"], 2),
    ("query-both-query-and-file", ["query", SELECT, "-f", "q.rq", "--graph", "tiny.ttl"], 2),
    ("query-bad-format", ["query", SELECT, "--format", "xml", "--graph", "tiny.ttl"], 2),
    ("query-format-non-utf8", ["query", SELECT, "--format", X], 2),
    ("query-non-utf8-text", ["query", "SELECT ?s WHERE { ?s ?p \"" + X + "\" }",
                             "--graph", "tiny.ttl"], 2),
    ("query-empty-file", ["query", "-f", "empty.rq", "--graph", "tiny.ttl"], 2),
    ("export-no-format", ["export", "--graph", "tiny.ttl"], 2),
    ("export-bad-format", ["export", "--format", "xyz", "--graph", "tiny.ttl"], 2),
    ("eval-no-gold", ["eval"], 2),
    ("stats-extra-argument", ["stats", "extra"], 2),
    # build
    ("build-out-is-a-file", ["build", str(SEED), "-o", "a_file.txt"], 1),
    ("build-out-parent-missing", ["build", str(SEED), "-o", "no/such/out"], 1),
    ("build-out-under-a-file", ["build", str(SEED), "-o", "a_file.txt/out"], 1),
    ("build-out-unwritable", ["build", str(SEED), "-o", "/proc/edukg-out"], 1),
    ("build-missing-input", ["build", "missing.txt", "-o", "out1"], 1),
    ("build-missing-input-non-utf8", ["build", "missing" + X + ".txt", "-o", "out2"], 1),
    ("build-empty-folder", ["build", "empty_dir", "-o", "out3"], 1),
    ("build-only-readme-and-hidden", ["build", "only_readme", "-o", "out4"], 1),
    ("build-dict-missing", ["build", str(SEED), "--dict", "missing.tsv"], 1),
    ("build-dict-folder", ["build", str(SEED), "--dict", "a_dir"], 1),
    ("build-dict-one-column", ["build", str(SEED), "--dict", "dict_onecol.tsv"], 1),
    ("build-dict-unknown-class", ["build", str(SEED), "--dict", "dict_class.tsv"], 1),
    ("build-dict-not-utf8", ["build", str(SEED), "--dict", "dict_gbk.tsv"], 1),
    ("build-dict-json-object", ["build", str(SEED), "--dict", "dict_obj.json"], 1),
    ("build-dict-json-types", ["build", str(SEED), "--dict", "dict_types.json"], 1),
    ("build-dict-json-broken", ["build", str(SEED), "--dict", "dict_broken.json"], 1),
    ("build-dict-non-utf8-name", ["build", str(SEED), "--dict", X + ".tsv"], 1),
    ("build-strict-one-bad", ["build", "strict_in", "-o", "out5", "--strict", "-q"], 1),
    ("build-out-inside-a-file", ["build", str(SEED), "-o", "tiny.ttl/out"], 1),
    ("build-file-timeout-abc", ["build", "--file-timeout", "abc"], 2),
    ("build-file-timeout-negative", ["build", "--file-timeout", "-5"], 2),
    ("build-scheduler-malformed", ["build", str(SEED), "-o", "out6", "--scheduler", "nonsense"], 2),
    # query
    ("query-file-missing", ["query", "-f", "missing.rq", "--graph", "tiny.ttl"], 1),
    ("query-file-is-folder", ["query", "-f", "a_dir", "--graph", "tiny.ttl"], 1),
    ("query-file-not-utf8", ["query", "-f", "latin1.rq", "--graph", "tiny.ttl"], 1),
    ("query-file-non-utf8-name", ["query", "-f", X + ".rq", "--graph", "tiny.ttl"], 1),
    ("query-bad-sparql", ["query", "-f", "bad.rq", "--graph", "tiny.ttl"], 1),
    ("query-bad-sparql-inline", ["query", "SELECT ?s WHERE { ?s", "--graph", "tiny.ttl"], 1),
    ("query-graph-corrupt", ["query", SELECT, "--graph", "corrupt.ttl"], 1),
    ("query-graph-binary", ["query", SELECT, "--graph", "binary.ttl"], 1),
    ("query-graph-missing", ["query", SELECT, "--graph", "missing.ttl"], 1),
    ("query-graph-folder", ["query", SELECT, "--graph", "a_dir"], 1),
    ("query-no-graph-in-out", ["query", SELECT, "-o", "empty_dir"], 1),
    ("query-out-is-a-file", ["query", SELECT, "-o", "a_file.txt"], 1),
    # stats / validate
    ("stats-graph-corrupt", ["stats", "--graph", "corrupt.ttl"], 1),
    ("stats-graph-truncated", ["stats", "--graph", "truncated.ttl"], 1),
    ("stats-graph-bad-rdfxml", ["stats", "--graph", "bad.rdf"], 1),
    ("stats-graph-non-utf8-name", ["stats", "--graph", X + ".ttl"], 1),
    ("stats-no-graph", ["stats", "-o", "empty_dir"], 1),
    ("stats-graph-device", ["stats", "--graph", "/dev/zero"], 1),
    ("query-file-device", ["query", "-f", "/dev/zero", "--graph", "tiny.ttl"], 1),
    ("validate-graph-corrupt", ["validate", "--graph", "corrupt.ttl"], 1),
    ("validate-graph-folder", ["validate", "--graph", "a_dir"], 1),
    ("validate-out-non-utf8", ["validate", "-o", X], 1),
    # export
    ("export-graph-corrupt", ["export", "--format", "ttl", "--graph", "corrupt.ttl",
                              "--output", "x.ttl"], 1),
    ("export-output-folder-missing", ["export", "--format", "nt", "--graph", "tiny.ttl",
                                      "--output", "nonexistent/x/y.nt"], 1),
    ("export-output-is-folder", ["export", "--format", "ttl", "--graph", "tiny.ttl",
                                 "--output", "a_dir"], 1),
    ("export-output-unwritable", ["export", "--format", "ttl", "--graph", "tiny.ttl",
                                  "--output", "/proc/edukg.ttl"], 1),
    ("export-output-under-a-file", ["export", "--format", "csv", "--graph", "tiny.ttl",
                                    "--output", "a_file.txt/x.csv"], 1),
    ("export-no-graph", ["export", "--format", "gexf", "-o", "empty_dir"], 1),
    # eval
    ("eval-gold-missing", ["eval", "missing.json", "tiny.ttl"], 1),
    ("eval-gold-folder", ["eval", "a_dir", "tiny.ttl"], 1),
    ("eval-gold-list", ["eval", "gold_list.json", "tiny.ttl"], 1),
    ("eval-gold-broken-json", ["eval", "gold_broken.json", "tiny.ttl"], 1),
    ("eval-gold-empty", ["eval", "gold_empty.json", "tiny.ttl"], 1),
    ("eval-gold-not-gold", ["eval", "gold_not.json", "tiny.ttl"], 1),
    ("eval-gold-not-utf8", ["eval", "gold_gbk.json", "tiny.ttl"], 1),
    ("eval-gold-bad-type", ["eval", "gold_badtype.json", "tiny.ttl"], 1),
    ("eval-gold-no-label", ["eval", "gold_nolabel.json", "tiny.ttl"], 1),
    ("eval-gold-bad-value", ["eval", "gold_value.json", "tiny.ttl"], 1),
    ("eval-gold-bad-relation", ["eval", "gold_relation.json", "tiny.ttl"], 1),
    ("eval-graph-corrupt", ["eval", "gold_ok.json", "corrupt.ttl"], 1),
    ("eval-graph-missing", ["eval", "gold_ok.json", "missing.ttl"], 1),
    ("eval-no-graph-in-out", ["eval", "gold_ok.json", "-o", "empty_dir"], 1),
]


def _run(argv: list, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "", "LC_ALL": "C.UTF-8"}
    env.pop("KG_DEBUG", None)
    return subprocess.run([str(KG), *argv], cwd=cwd, capture_output=True, timeout=timeout,
                          env=env)


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    root = _sandbox(tmp_path_factory.mktemp("bad"))
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = dict(zip([r[0] for r in ROWS],
                        pool.map(lambda row: _run(row[1], root), ROWS)))
    return root, done


def test_the_table_is_long_enough():
    assert len(ROWS) >= 40
    assert len({r[0] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("name,argv,status", ROWS, ids=[r[0] for r in ROWS])
def test_bad_invocation(results, name, argv, status):
    _, done = results
    proc = done[name]
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert proc.returncode == status, (proc.returncode, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kg"), err


def test_messages_name_the_file_or_argument(results):
    _, done = results

    def err(name: str) -> str:
        return done[name].stderr.decode("utf-8", "replace")
    assert "missing.rq" in err("query-file-missing")
    assert "corrupt.ttl" in err("stats-graph-corrupt")
    assert "--jobs" in err("build-jobs-abc")
    assert "a_file.txt" in err("build-out-is-a-file")
    assert "nonexistent/x" in err("export-output-folder-missing")
    assert "gold_list.json" in err("eval-gold-list")
    assert "entities[0].type" in err("eval-gold-bad-type")
    assert "figures[0].value" in err("eval-gold-bad-value")
    assert "'label'" in err("eval-gold-no-label")
    assert "relations[0].p" in err("eval-gold-bad-relation")
    assert "unknown field 'not'" in err("eval-gold-not-gold")
    assert "\\xff" in err("stats-graph-non-utf8-name")
    assert "dict_class.tsv" in err("build-dict-unknown-class")
    assert "read 1 report, 1 failed; --strict: nothing written" in \
        done["build-strict-one-bad"].stdout.decode()


def test_no_folder_is_created_silently(results):
    root, _ = results
    assert not (root / "nonexistent").exists()
    assert not (root / "no").exists()
    assert not (root / "out5").exists()   # --strict: nothing written


def test_interrupted_output_is_one_line(results):
    """`kg query … | head -1`: the reader has gone away; no traceback, one line. (The
    pipe is closed before kg writes, so the test does not depend on the pipe's size.)"""
    root, _ = results
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([str(KG), "query", SELECT, "--graph", "big.nt"], cwd=root,
                              stdout=write_end, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(write_end)
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "broken pipe" in err


@pytest.mark.parametrize("delay", [1.3, 2.5])   # while workers start; while they work
def test_ctrl_c_is_one_line_and_exit_130(tmp_path, delay):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(30):
        shutil.copy(SEED, inputs / f"r{i:02d}.txt")
    proc = subprocess.Popen([str(KG), "build", str(inputs), "-o", str(tmp_path / "out"), "-q",
                             "-j", "2", "--no-cache"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGINT)   # as a terminal's Ctrl-C: the whole process group
    out, err = proc.communicate(timeout=60)
    text = err.decode()
    assert proc.returncode == 130, text
    assert "Traceback" not in text and text.strip().splitlines() == ["kg build: interrupted"]


def test_version_and_help_state_defaults(capsys):
    assert main(["--version"]) == 0
    assert "edukg" in capsys.readouterr().out
    for command in ("build", "query", "export", "stats", "validate", "eval", "serve"):
        assert main([command, "--help"]) == 0
        text = capsys.readouterr().out
        assert "default" in text, command
        assert len(text.split("\n\n")) >= 3, command   # usage, a description, options


def test_internal_bug_is_one_line_unless_debug(monkeypatch, capsys, tmp_path):
    import kg.cli

    def broken(args):
        raise RuntimeError("a bug of ours\nwith two lines")
    monkeypatch.setattr(kg.cli, "cmd_stats", broken)
    assert main(["stats"]) == kg.cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--debug" in err and "Traceback" not in err
    assert main(["stats", "--debug"]) == kg.cli.EXIT_INTERNAL
    assert "Traceback" in capsys.readouterr().err
    assert main(["--debug", "stats"]) == kg.cli.EXIT_INTERNAL
    assert "Traceback" in capsys.readouterr().err


def test_query_csv_writes_true_false(tmp_path, capsys):
    graph = tmp_path / "g.ttl"
    graph.write_text('<urn:f> <https://w3id.org/edukg/ontology#approximate> true , false .\n')
    assert main(["query", "SELECT ?a WHERE { ?f kg:approximate ?a } ORDER BY ?a",
                 "--graph", str(graph), "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["a", "false", "true"]
    assert main(["query", "ASK { ?s ?p ?o }", "--graph", str(graph)]) == 0
    assert "true" in capsys.readouterr().out
    assert main(["query", "SELECT ?a WHERE { ?f kg:approximate ?a } ORDER BY ?a",
                 "--graph", str(graph), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"a": False}, {"a": True}]


def test_eval_warns_when_the_gold_is_for_another_report(built_seed, capsys):
    from conftest import ROOT
    gold = ROOT / "eval" / "devset" / "qingxiu-2023.json"
    assert main(["eval", str(gold), "-o", str(built_seed), "--brief"]) == 0
    err = capsys.readouterr().err
    assert "qingxiu-2023.txt" in err and "not a report in the graph" in err
    assert "gold entities occur" in err
    assert main(["eval", str(ROOT / "tests" / "gold" / "cangshan-2022.json"), "-o",
                 str(built_seed), "--brief"]) == 0
    assert capsys.readouterr().err == ""
