"""The SPARQL endpoint of `kg serve`, spoken to with a plain HTTP client: the SPARQL 1.1
Protocol (GET, POST form, POST application/sparql-query), errors, read-only, no SERVICE or
LOAD, the deadline, the row cap, parallel queries, CORS. Requests go only to 127.0.0.1."""
from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from serve_helpers import cpu_seconds, rss_mb

KG = "https://w3id.org/edukg/ontology#"
PLACES = f'PREFIX kg: <{KG}> SELECT ?v WHERE {{ ?f kg:metric ?m ; kg:value ?v ' \
         'FILTER(CONTAINS(?m, "义务教育学位")) }'
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def http():
    with httpx.Client(timeout=30, trust_env=False) as client:
        yield client


def values(resp) -> list[str]:
    return [b["v"]["value"] for b in resp.json()["results"]["bindings"]]


def count(http, url) -> int:
    r = http.post(url, data={"query": COUNT},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_get_post_form_and_post_query(kg_server, http):
    url = kg_server.sparql
    r = http.get(url, params={"query": PLACES})
    assert r.status_code == 200 and r.headers["content-type"].startswith(
        "application/sparql-results+json")
    assert values(r) == ["4920"]
    r = http.post(url, data={"query": PLACES})
    assert values(r) == ["4920"]
    r = http.post(url, content=PLACES.encode("utf-8"),
                  headers={"Content-Type": "application/sparql-query; charset=utf-8"})
    assert values(r) == ["4920"]


@pytest.mark.parametrize("accept,ctype,check", [
    ("application/sparql-results+json", "application/sparql-results+json",
     lambda t: json.loads(t)["results"]["bindings"][0]["v"]["value"] == "4920"),
    ("application/sparql-results+xml", "application/sparql-results+xml",
     lambda t: "<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">4920</literal>" in t),
    ("text/csv", "text/csv", lambda t: t.splitlines() == ["v", "4920"]),
    ("text/tab-separated-values", "text/tab-separated-values",
     lambda t: t.splitlines() == ["?v", "4920"]),
    ("application/xml;q=0.5, text/csv;q=0.9", "text/csv", lambda t: t.splitlines()[1] == "4920"),
])
def test_select_formats(kg_server, http, accept, ctype, check):
    r = http.post(kg_server.sparql, data={"query": PLACES}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(ctype)
    assert check(r.text)


@pytest.mark.parametrize("accept,expect", [
    ("application/sparql-results+json", '"boolean":true'),
    ("application/sparql-results+xml", "<boolean>true</boolean>"),
    ("text/csv", "true"), ("text/tab-separated-values", "true"),
])
def test_ask_formats(kg_server, http, accept, expect):
    r = http.get(kg_server.sparql, params={"query": f"ASK {{ ?s a <{KG}Figure> }}"},
                 headers={"Accept": accept})
    assert r.status_code == 200 and expect in r.text


CONSTRUCT = (f"PREFIX kg: <{KG}> CONSTRUCT {{ ?f kg:value ?v ; kg:metric ?m }} WHERE "
             '{ ?f kg:metric ?m ; kg:value ?v FILTER(CONTAINS(?m, "义务教育学位")) }')


@pytest.mark.parametrize("accept,ctype", [
    ("text/turtle", "text/turtle"), ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"),
])
def test_construct_and_describe_formats(kg_server, http, accept, ctype):
    import pyoxigraph as ox
    fmt = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
           "application/ld+json": ox.RdfFormat.JSON_LD}[accept]
    r = http.post(kg_server.sparql, data={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(ctype)
    triples = list(ox.parse(r.content, format=fmt))
    assert len(triples) == 2
    assert {t.object.value for t in triples} >= {"4920"}
    figure = triples[0].subject.value
    r = http.get(kg_server.sparql, params={"query": f"DESCRIBE <{figure}>"},
                 headers={"Accept": accept})
    assert r.status_code == 200
    assert len(list(ox.parse(r.content, format=fmt))) >= 8


def test_from_and_graph_pick_one_graph(kg_server, http):
    onto = "https://w3id.org/edukg/id/graph/ontology"
    everything = count(http, kg_server.sparql)

    def n(query, **params):
        r = http.post(kg_server.sparql, data={"query": query, **params},
                      headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200, r.text
        return int(r.json()["results"]["bindings"][0]["n"]["value"])
    in_graph = n(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{onto}> {{ ?s ?p ?o }} }}")
    assert 0 < in_graph < everything
    assert n(f"SELECT (COUNT(*) AS ?n) FROM <{onto}> WHERE {{ ?s ?p ?o }}") == in_graph
    assert n("PREFIX g: <https://w3id.org/edukg/id/graph/> "
             "SELECT (COUNT(*) AS ?n) FROM g:ontology WHERE { ?s ?p ?o }") == in_graph
    assert n(COUNT, **{"default-graph-uri": onto}) == in_graph


def test_406_when_format_cannot_be_given(kg_server, http):
    r = http.get(kg_server.sparql, params={"query": PLACES}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "text/csv" in r.text
    r = http.get(kg_server.sparql, params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406 and "text/turtle" in r.text


def test_malformed_query_is_400_with_the_parser_message(kg_server, http):
    r = http.get(kg_server.sparql, params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert r.status_code == 400
    assert "error at 1:" in r.text and "\n" == r.text[-1] and r.text.count("\n") == 1
    assert http.get(kg_server.sparql).status_code == 400      # no query at all


def test_updates_refused_and_store_unchanged(kg_server, http):
    url = kg_server.sparql
    before = count(http, url)
    update = 'INSERT DATA { <http://example.org/a> <http://example.org/b> "c" }'
    attempts = [
        http.post(url, data={"update": update}),
        http.post(url, content=update, headers={"Content-Type": "application/sparql-update"}),
        http.post(url, data={"query": update}),
        http.get(url, params={"update": update}),
        http.post(url, data={"query": "DELETE WHERE { ?s ?p ?o }"}),
        http.post(url, data={"query": "CLEAR ALL"}),
        http.post(url, data={"query": "DROP DEFAULT"}),
    ]
    for r in attempts:
        assert 400 <= r.status_code < 500, (r.status_code, r.text)
    assert count(http, url) == before


@pytest.fixture()
def listener():
    """A TCP listener on 127.0.0.1 that records whether anything connects to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    sock.settimeout(0.2)
    hits: list[str] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            hits.append("connection")
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1], hits
    stop.set()
    thread.join(2)
    sock.close()


def test_service_and_load_refused_and_nothing_leaves(kg_server, http, listener):
    port, hits = listener
    target = f"http://127.0.0.1:{port}/sparql"
    queries = [
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"select * where {{ ?a ?b ?c . service silent <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"# comment\nPREFIX x: <http://x/>\nSELECT * {{ SeRvIcE <{target}> {{ ?s ?p ?o }} }}",
    ]
    for q in queries:
        r = http.post(kg_server.sparql, data={"query": q})
        assert r.status_code == 400 and "SERVICE" in r.text, (q, r.text)
    r = http.post(kg_server.sparql, data={"update": f"LOAD <{target}>"})
    assert r.status_code in (400, 403)
    r = http.post(kg_server.sparql, data={"query": f"LOAD <{target}>"})
    assert r.status_code in (400, 403)
    # FROM names a graph of the store; nothing is fetched from there
    r = http.post(kg_server.sparql, data={"query": f"SELECT * FROM <{target}> WHERE {{ ?s ?p ?o }}"})
    assert r.status_code == 200
    # the word inside a string or an IRI is no keyword: the query runs
    r = http.post(kg_server.sparql, data={"query": 'ASK { FILTER("SERVICE" != "LOAD") }'})
    assert r.status_code == 200 and r.json()["boolean"] is True
    time.sleep(0.5)
    assert hits == []


def test_timeout_stops_the_work(kg_server, http):
    engines = kg_server.engines()
    cpu0, rss0 = cpu_seconds(engines), rss_mb(engines)
    slow = [
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
        "FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) + STRLEN(STR(?i)) = 7777) }",
    ]
    for q in slow:
        t0 = time.monotonic()
        r = http.post(kg_server.sparql, data={"query": q})
        took = time.monotonic() - t0
        assert r.status_code == 503 and "2 s limit" in r.text, r.text
        assert took < 5, took
    time.sleep(0.5)
    engines = kg_server.engines()
    cpu1 = cpu_seconds(engines)
    time.sleep(2)
    cpu2 = cpu_seconds(engines)
    assert cpu2 - cpu1 < 0.3, f"the engines still burn CPU after the timeout: {cpu2 - cpu1:.2f} s"
    assert rss_mb(engines) < max(rss0, 1) * 1.5 + 50
    assert count(http, kg_server.sparql) > 1000      # and the server still answers


def test_row_cap_says_it_truncated(kg_server, http):
    r = http.post(kg_server.sparql, data={"query": "SELECT * WHERE { ?s ?p ?o }"},
                  headers={"Accept": "text/csv"})
    assert r.status_code == 200
    assert r.headers["x-edukg-truncated"] == "true"
    assert r.headers["x-edukg-row-limit"] == "1000"
    assert len(list(csv.reader(io.StringIO(r.text)))) == 1001
    r = http.post(kg_server.sparql, data={"query": "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }"})
    assert len(r.json()["results"]["bindings"]) == 1000
    r = http.post(kg_server.sparql, data={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                  headers={"Accept": "application/n-triples"})
    assert r.headers["x-edukg-truncated"] == "true" and len(r.text.splitlines()) == 1000
    r = http.post(kg_server.sparql, data={"query": PLACES})
    assert "x-edukg-truncated" not in r.headers


def test_fifty_parallel_queries_on_a_fresh_server(seed_store):
    from serve_helpers import KgServer
    srv = KgServer(seed_store)
    try:
        queries = [PLACES, COUNT, f"ASK {{ ?s a <{KG}Figure> }}",
                   f"SELECT ?l WHERE {{ ?s a <{KG}Place> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"]
        with httpx.Client(timeout=60, trust_env=False,
                          limits=httpx.Limits(max_connections=60)) as client:
            expected = [client.post(srv.sparql, data={"query": q}).text for q in queries]

        def one(i):
            with httpx.Client(timeout=60, trust_env=False) as client:
                q = queries[i % len(queries)]
                r = client.post(srv.sparql, data={"query": q})
                return i, r.status_code, r.text

        # warm answers were taken on a separate client; now a crowd on fresh connections
        with ThreadPoolExecutor(50) as pool:
            results = list(pool.map(one, range(50)))
        assert all(status == 200 for _, status, _ in results), \
            [(i, s, t[:80]) for i, s, t in results if s != 200]
        assert all(text == expected[i % len(queries)] for i, _, text in results)
    finally:
        srv.stop()


def test_cors_and_preflight(kg_server, http):
    r = http.options(kg_server.sparql, headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert r.status_code in (200, 204)
    assert r.headers["access-control-allow-origin"] == "*"
    assert "POST" in r.headers["access-control-allow-methods"]
    assert "content-type" in r.headers["access-control-allow-headers"].lower()
    r = http.get(kg_server.sparql, params={"query": PLACES},
                 headers={"Origin": "http://example.org"})
    assert r.headers["access-control-allow-origin"] == "*"


def test_page_examples_and_assets(kg_server, http):
    r = http.get(kg_server.url + "/")
    assert r.status_code == 200 and "edukg" in r.text
    examples = http.get(kg_server.url + "/queries").json()
    assert {e["name"] for e in examples} >= {"places-by-region", "figures-with-source"}
    for asset in ["vendor/yasgui/yasgui.min.js", "vendor/sigma/sigma.min.js",
                  "vendor/graphology/graphology.umd.min.js", "vendor/chartjs/chart.umd.min.js",
                  "app.js", "app.css"]:
        assert http.get(f"{kg_server.url}/static/{asset}").status_code == 200, asset
    # every example query runs on the endpoint
    for e in examples:
        r = http.post(kg_server.sparql, data={"query": e["query"]})
        assert r.status_code == 200, (e["name"], r.text)


def test_kept_alive_connections_answer_fast(kg_server):
    # a regression guard: without TCP_NODELAY every answer on a kept-alive connection
    # waited 40 ms (Nagle + delayed ACK)
    with httpx.Client(timeout=30, trust_env=False) as client:
        client.post(kg_server.sparql, data={"query": "ASK {}"})
        times = []
        for _ in range(15):
            t0 = time.perf_counter()
            assert client.post(kg_server.sparql, data={"query": "ASK {}"}).status_code == 200
            times.append(time.perf_counter() - t0)
    times.sort()
    assert times[len(times) // 2] < 0.03, times


def test_memory_limit_stops_a_greedy_query(seed_store):
    from serve_helpers import KgServer
    srv = KgServer(seed_store, "--max-memory", "150", "--timeout", "20", "--workers", "2")
    try:
        with httpx.Client(timeout=30, trust_env=False) as client:
            t0 = time.monotonic()
            r = client.post(srv.sparql, data={
                "query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"})
            assert r.status_code == 503 and "150 MB" in r.text, r.text
            assert time.monotonic() - t0 < 10
            time.sleep(0.5)
            assert rss_mb(srv.engines()) < 2 * 150
            assert client.post(srv.sparql, data={"query": "ASK {}"}).status_code == 200
    finally:
        srv.stop()
