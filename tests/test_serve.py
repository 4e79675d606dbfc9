"""The SPARQL endpoint answers over HTTP on the loopback interface."""
from __future__ import annotations

import json
import threading
import urllib.parse
import urllib.request

import pytest

from kg.serve import make_server


@pytest.fixture()
def server(built_seed):
    srv = make_server(built_seed / "graph.ttl", "127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_endpoint_answers_get_and_post(server):
    q = ('PREFIX kg: <https://w3id.org/edukg/ontology#> SELECT ?v WHERE { ?f kg:metric ?m ; '
         'kg:value ?v FILTER(CONTAINS(?m, "义务教育学位")) }')
    with urllib.request.urlopen(f"{server}/sparql?query={urllib.parse.quote(q)}", timeout=10) as r:
        data = json.load(r)
    assert [b["v"]["value"] for b in data["results"]["bindings"]] == ["4920"]
    req = urllib.request.Request(f"{server}/sparql", data=q.encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert r.read().decode("utf-8").splitlines() == ["v", "4920"]


def test_bad_query_is_a_400_and_page_is_served(server):
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(f"{server}/sparql?query=SELEKT", timeout=10)
    assert exc.value.code == 400
    with urllib.request.urlopen(server + "/", timeout=10) as r:
        assert "edukg" in r.read().decode("utf-8")
