"""The streaming build: the store's layout, the cache, per-file limits, and the same
build on a real Dask cluster (scheduler and worker processes started and stopped here)."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.graph import ENTITIES_GRAPH, ONTOLOGY_GRAPH, report_graph_iri
from kg.query import run_query
from kg.store import open_store

from conftest import SEED
from serve_helpers import free_port

OUTPUTS = ("graph.ttl", "graph.graphml", "graph.gexf", "figures.csv")
SHORT = ("{d}2022年教育工作总结\n一、学校建设\n1.扩容增位。全年新增义务教育学位{n}个，"
         "金闽小学与{d}实验小学开展结对帮扶。\n二、教师队伍\n引进教师{m}名。\n\n{c}{d}教育局\n")


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(SEED, folder / "cangshan-2022.txt")
    (folder / "gulou-2022.txt").write_text(SHORT.format(d="鼓楼区", c="福州市", n=8000, m=40),
                                          encoding="utf-8")
    (folder / "jiangning-2022.txt").write_text(SHORT.format(d="江宁区", c="南京市", n=3100,
                                                            m=25), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _corpus(tmp_path_factory.mktemp("corpus") / "in")


@pytest.fixture(scope="module")
def local_build(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local") / "out"
    assert main(["build", str(corpus), "-o", str(out), "-q", "--no-cache"]) == 0
    return out


def _one(store, sparql: str):
    return run_query(store, sparql)[1][0][0].value


def test_store_has_a_graph_per_report_plus_entities_and_ontology(local_build):
    store = open_store(local_build)
    graphs = {g.value for g in store.named_graphs()}
    assert graphs == {report_graph_iri(d) for d in ("cangshan-2022", "gulou-2022",
                                                    "jiangning-2022")} | {ENTITIES_GRAPH,
                                                                          ONTOLOGY_GRAPH}


def test_union_by_default_and_graph_picks_one_report(local_build):
    store = open_store(local_build)
    everywhere = int(_one(store, "SELECT (COUNT(?f) AS ?n) WHERE { ?f a kg:Figure }"))
    one = int(_one(store, "SELECT (COUNT(?f) AS ?n) WHERE { GRAPH <%s> { ?f a kg:Figure } }"
                   % report_graph_iri("gulou-2022")))
    assert one == 2 and everywhere > 140
    # no triple is in two graphs, so counting over the union counts each fact once
    assert int(_one(store, 'SELECT (COUNT(*) AS ?n) WHERE { ?p rdfs:label "福州市"@zh }')) == 1
    # the ontology is there for subclass queries
    assert int(_one(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a/rdfs:subClassOf* "
                           "kg:School }")) >= 20


def test_store_and_turtle_hold_the_same_triples(local_build):
    store = open_store(local_build)
    in_store = sum(1 for q in store.quads_for_pattern(None, None, None, None)
                   if q.graph_name.value != ONTOLOGY_GRAPH)
    ttl = ox.Store()
    ttl.bulk_load(path=str(local_build / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(ttl) == in_store


def test_cache_serves_unchanged_reports_and_rebuilds_changed_ones(corpus, local_build, tmp_path):
    cache = tmp_path / "cache"
    out = tmp_path / "out"
    args = ["build", str(corpus), "-o", str(out), "-q", "--cache-dir", str(cache)]
    assert main(args) == 0
    first = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert first["cached"] == 0
    for name in OUTPUTS:   # a cached build writes what an uncached one writes
        assert (out / name).read_bytes() == (local_build / name).read_bytes(), name
    assert main(args) == 0
    assert json.loads((out / "build-report.json").read_text(encoding="utf-8"))["cached"] == 3
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (local_build / name).read_bytes(), name
    changed = tmp_path / "changed"
    shutil.copytree(corpus, changed)
    (changed / "gulou-2022.txt").write_text(SHORT.format(d="鼓楼区", c="福州市", n=9100, m=41),
                                           encoding="utf-8")
    assert main(["build", str(changed), "-o", str(out), "-q", "--cache-dir", str(cache)]) == 0
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["cached"] == 2                     # only the changed report re-extracted
    assert "9100" in (out / "figures.csv").read_text(encoding="utf-8-sig")
    # the store was updated in place of a reload, and holds exactly what a fresh build holds
    fresh = tmp_path / "fresh"
    assert main(["build", str(changed), "-o", str(fresh), "-q", "--no-cache"]) == 0
    assert _quads(out) == _quads(fresh)
    (changed / "jiangning-2022.txt").unlink()        # a report that is gone leaves the store
    assert main(["build", str(changed), "-o", str(out), "-q", "--cache-dir", str(cache)]) == 0
    assert main(["build", str(changed), "-o", str(fresh), "-q", "--no-cache"]) == 0
    assert _quads(out) == _quads(fresh)
    assert report_graph_iri("jiangning-2022") not in {g.value for g in open_store(out).named_graphs()}


def test_the_store_is_closed_before_the_build_is_switched_in(corpus, local_build, tmp_path,
                                                             monkeypatch):
    """RocksDB must not be open when its folder is swapped in (a store copied from the
    last build, still open, lost files in the next build). Opening it read-write here
    fails while the build still holds it."""
    from kg import outdir

    commit = outdir.FreshFolder.commit
    held = []

    def checked_commit(self) -> None:
        try:
            ox.Store(str(self.path / "store"))
        except OSError as exc:
            held.append(str(exc))
        commit(self)

    monkeypatch.setattr(outdir.FreshFolder, "commit", checked_commit)
    args = ["build", str(corpus), "-o", str(tmp_path / "out"), "-q",
            "--cache-dir", str(tmp_path / "cache")]
    for _ in range(3):   # fresh, all from the cache, and again
        assert main(args) == 0
        assert not held, held[0]
    assert _quads(tmp_path / "out") == _quads(local_build)


def test_entity_records_spilled_in_many_runs_give_the_same_build(corpus, local_build, tmp_path,
                                                                 monkeypatch):
    """The sink keeps entity records on disk in sorted runs (flat memory); merged back,
    many small runs must give what one run gives, byte for byte."""
    from kg import entity_runs

    monkeypatch.setattr(entity_runs, "RUN_RECORDS", 7)
    out = tmp_path / "out"
    assert main(["build", str(corpus), "-o", str(out), "-q", "--no-cache"]) == 0
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (local_build / name).read_bytes(), name
    assert _quads(out) == _quads(local_build)
    assert not list(out.glob(".entities.*")), "run files are left behind"


def _quads(out: Path) -> set[str]:
    return {str(q) for q in open_store(out).quads_for_pattern(None, None, None, None)}


def test_a_changed_extractor_invalidates_the_cache(corpus, tmp_path, monkeypatch):
    from kg import workers
    from kg.workers import Cache, Options

    a = Cache(tmp_path, Options()).key(b"x", "f.txt", "f")
    monkeypatch.setattr(workers, "extractor_version", lambda: "something else")
    assert Cache(tmp_path, Options()).key(b"x", "f.txt", "f") != a
    assert Cache(tmp_path, Options(include_structure=True)).key(b"x", "f.txt", "f") != a


def test_the_extractor_version_follows_the_rules_not_the_cli(tmp_path):
    """Editing a recogniser or a word list empties the cache; editing the CLI or the sink
    (which only handle results) keeps it."""
    import kg
    from kg.extract import code_hash

    pkg = tmp_path / "kg"
    shutil.copytree(Path(kg.__file__).parent, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_hash(pkg)
    for kept in ("cli.py", "sink.py", "serve/__init__.py"):
        (pkg / kept).write_text((pkg / kept).read_text() + "\n# edited\n")
    assert code_hash(pkg) == before
    for changed in ("recognise/entities/doc.py", "data/surnames.txt"):
        edited = pkg / changed
        edited.write_text(edited.read_text() + "\n")
        assert code_hash(pkg) != before, changed
        before = code_hash(pkg)


def test_a_file_over_the_time_limit_costs_that_file_only(corpus):
    from kg.workers import Options, Task, run_tasks
    from stuck_worker import stuck_on_gulou

    files = sorted(corpus.iterdir())
    tasks = [Task(i, str(f), f.stem) for i, f in enumerate(files)]
    start = time.perf_counter()
    outcomes = list(run_tasks(tasks, Options(), jobs=1, file_timeout=8, work=stuck_on_gulou))
    assert time.perf_counter() - start < 60
    assert [o.index for o in outcomes] == [0, 1, 2]          # input order
    stuck = {Path(o.path).name: o.reason for o in outcomes if o.result is None}
    assert list(stuck) == ["gulou-2022.txt"] and "time limit" in stuck["gulou-2022.txt"]
    assert all(o.result is not None for o in outcomes if "gulou" not in o.path)


def test_out_folder_with_the_users_files_keeps_them(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.docx").write_bytes(b"precious")
    log = open(mine / "log", "w")   # as `kg build -o DIR > DIR/log` leaves it
    try:
        for _ in range(2):
            assert main(["build", str(SEED), "-o", str(mine), "-q", "--no-cache"]) == 0
            log.write("built\n")
            log.flush()
    finally:
        log.close()
    assert (mine / "thesis.docx").read_bytes() == b"precious"
    assert (mine / "log").read_text() == "built\nbuilt\n"      # still the same file
    assert (mine / "graph.ttl").stat().st_size > 0 and (mine / "store" / "CURRENT").exists()
    assert not [p for p in mine.iterdir() if p.name.startswith(".")]
    assert not list(tmp_path.glob(".mine.*"))


def test_nothing_built_keeps_the_previous_build(local_build, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(local_build, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    assert main(["build", str(bad), "-o", str(out), "-q"]) == 1
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    failed = json.loads(after.pop("build-report.failed.json"))
    assert after == before and failed["built"] == 0 and failed["failures"]


# -------------------------------------------------------------- a real Dask cluster
@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    pytest.importorskip("distributed")
    dask = Path(sys.executable).with_name("dask")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    scheduler = subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port",
                                  str(port), "--no-dashboard"], env=env,
                                 stdout=open(logs / "s.out", "w"), stderr=subprocess.STDOUT)
    worker = None
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.3)
        worker = subprocess.Popen([str(dask), "worker", address, "--nworkers", "1",
                                   "--nthreads", "1", "--no-dashboard", "--host", "127.0.0.1"],
                                  env=env, stdout=open(logs / "w.out", "w"),
                                  stderr=subprocess.STDOUT)
        from distributed import Client
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(1, timeout=60)
        yield address
    finally:
        for proc in (worker, scheduler):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def test_dask_cluster_build_is_byte_identical_to_a_local_build(dask_cluster, corpus,
                                                                local_build, tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(corpus), "-o", str(out), "-q", "--no-cache",
                 "--scheduler", dask_cluster]) == 0
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (local_build / name).read_bytes(), name


def test_unreachable_scheduler_is_one_line(corpus, tmp_path, capsys):
    assert main(["build", str(corpus), "-o", str(tmp_path / "o"), "-q", "--no-cache",
                 "--scheduler", f"tcp://127.0.0.1:{free_port()}"]) == 1
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler" in err and err.count("\n") == 1


def test_gephi_files_written_in_a_process_of_their_own_are_the_same(corpus, local_build,
                                                                    tmp_path, monkeypatch):
    """A large corpus's GraphML and GEXF are written by another process while the sink
    writes the entities graph; the files must be those of the in-process writer."""
    from kg.export import network_files

    calls = []
    monkeypatch.setattr(network_files, "IN_PROCESS_RECORDS", 0)
    real = network_files.NetworkFiles._start
    monkeypatch.setattr(network_files.NetworkFiles, "_start",
                        lambda self: calls.append(1) or real(self))
    out = tmp_path / "out"
    assert main(["build", str(corpus), "-o", str(out), "-q", "--no-cache"]) == 0
    assert calls, "the Gephi files were not written in a process of their own"
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (local_build / name).read_bytes(), name
    assert not list(out.glob(".entities.*")) and not list(out.glob(".nodes.*"))


def test_a_failure_in_the_gephi_process_reaches_the_build_and_leaves_no_files(tmp_path):
    """The other process's error comes back as one readable error, and its half-written
    files are gone with it."""
    from kg.export.network_files import NetworkFiles, NetworkFilesError

    for fmt in ("graphml", "gexf"):
        for part in ("nodes", "edges"):
            (tmp_path / f".{part}.{fmt}").write_text("")
    job = NetworkFiles(tmp_path, [tmp_path / "no-such-run"], [], [], records=10**9)
    assert job.in_own_process
    with pytest.raises(NetworkFilesError, match="FileNotFoundError"):
        job.wait()
    assert not list(tmp_path.glob("graph.*")), "a half-written Gephi file was left"
