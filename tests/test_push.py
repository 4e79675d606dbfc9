"""`kg push` into a real Oxigraph server that the test starts and stops: one named graph
per report plus entities and ontology, the same triple counts, and a re-push replaces."""
from __future__ import annotations

import subprocess

import httpx
import pytest

from serve_helpers import KG, ROOT, free_port, wait_http

GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
BASE = "https://w3id.org/edukg/id/graph/"


@pytest.fixture()
def oxigraph_server(tmp_path):
    from kg.serve.upstream import oxigraph_binary
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "db"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/query?query=ASK%7B%7D", proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def counts_on_server(url: str) -> dict[str, int]:
    r = httpx.post(url + "/query", data={"query": GRAPHS}, trust_env=False,
                   headers={"Accept": "application/sparql-results+json"}, timeout=30)
    r.raise_for_status()
    return {b["g"]["value"]: int(b["n"]["value"]) for b in r.json()["results"]["bindings"]}


def counts_in_store(store) -> dict[str, int]:
    import pyoxigraph as ox
    db = ox.Store.read_only(str(store))
    return {g.value: sum(1 for _ in db.quads_for_pattern(None, None, None, g))
            for g in db.named_graphs()}


def kg(*args):
    import os
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    return subprocess.run(KG + list(args), capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=env)


def test_push_then_repush(seed_store, oxigraph_server):
    local = counts_in_store(seed_store)
    assert {BASE + "entities", BASE + "ontology", BASE + "report/cangshan-2022"} <= set(local)
    r = kg("push", "--store", str(seed_store), "--endpoint", oxigraph_server + "/store")
    assert r.returncode == 0, r.stderr
    assert "pushed" in r.stdout.splitlines()[-1]
    assert counts_on_server(oxigraph_server) == local
    # something stale in a report's graph on the server is gone after a re-push
    stale = (f"INSERT DATA {{ GRAPH <{BASE}report/cangshan-2022> "
             "{ <http://example.org/old> <http://example.org/p> \"stale\" } }")
    httpx.post(oxigraph_server + "/update", data={"update": stale}, trust_env=False).raise_for_status()
    assert counts_on_server(oxigraph_server)[BASE + "report/cangshan-2022"] == \
        local[BASE + "report/cangshan-2022"] + 1
    r = kg("push", "-q", "--store", str(seed_store), "--endpoint", oxigraph_server + "/store")
    assert r.returncode == 0, r.stderr
    assert counts_on_server(oxigraph_server) == local


def test_unreachable_endpoint_is_one_line(seed_store):
    r = kg("push", "--store", str(seed_store), "--endpoint", f"http://127.0.0.1:{free_port()}/store")
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0 and len(lines) == 1
    assert lines[0].startswith("kg push:") and "cannot connect" in lines[0]


def test_http_error_is_one_line(seed_store, oxigraph_server):
    r = kg("push", "--store", str(seed_store), "--endpoint", oxigraph_server + "/nothing-here")
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0 and len(lines) == 1 and "HTTP 404" in lines[0], r.stderr


def test_missing_store_is_one_line(tmp_path):
    r = kg("push", "-o", str(tmp_path), "--endpoint", "http://127.0.0.1:9/store")
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0 and len(lines) == 1 and "kg build" in lines[0]
