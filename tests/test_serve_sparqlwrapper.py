"""SPARQLWrapper, as a user would point it at `kg serve`, in every result format."""
from __future__ import annotations

import csv
import io

import pytest

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import (CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML,  # noqa: E402
                           SPARQLWrapper as Wrapper)

KG = "https://w3id.org/edukg/ontology#"
SELECT = (f'PREFIX kg: <{KG}> SELECT ?v WHERE {{ ?f kg:metric ?m ; kg:value ?v '
          'FILTER(CONTAINS(?m, "义务教育学位")) }')
CONSTRUCT = (f'PREFIX kg: <{KG}> CONSTRUCT {{ ?f kg:value ?v ; kg:metric ?m }} WHERE '
             '{ ?f kg:metric ?m ; kg:value ?v FILTER(CONTAINS(?m, "义务教育学位")) }')


def wrapper(kg_server, query, fmt, method="GET"):
    w = Wrapper(kg_server.sparql)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    w.setMethod(method)
    return w


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_json(kg_server, method):
    res = wrapper(kg_server, SELECT, JSON, method).queryAndConvert()
    assert [b["v"]["value"] for b in res["results"]["bindings"]] == ["4920"]


def test_select_xml(kg_server):
    doc = wrapper(kg_server, SELECT, XML).queryAndConvert()
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == ["4920"]


@pytest.mark.parametrize("fmt,delim,head", [(CSV, ",", "v"), (TSV, "\t", "?v")])
def test_select_csv_tsv(kg_server, fmt, delim, head):
    data = wrapper(kg_server, SELECT, fmt).queryAndConvert()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8")), delimiter=delim))
    assert rows == [[head], ["4920"]]


def test_ask(kg_server):
    res = wrapper(kg_server, f"ASK {{ ?f a <{KG}Figure> }}", JSON).queryAndConvert()
    assert res["boolean"] is True


def test_construct_turtle(kg_server):
    from rdflib import Graph
    data = wrapper(kg_server, CONSTRUCT, TURTLE).queryAndConvert()
    g = Graph().parse(data=data.decode("utf-8") if isinstance(data, bytes) else data,
                      format="turtle")
    assert len(g) == 2 and any(str(o) == "4920" for o in g.objects())


def test_construct_ntriples(kg_server):
    w = wrapper(kg_server, CONSTRUCT, N3)
    w.addCustomHttpHeader("Accept", "application/n-triples")
    result = w.query()
    assert result.response.headers["Content-Type"].startswith("application/n-triples")
    lines = [line for line in result.response.read().decode("utf-8").splitlines() if line]
    assert len(lines) == 2 and all(line.endswith(" .") for line in lines)


def test_construct_jsonld(kg_server):
    g = wrapper(kg_server, CONSTRUCT, JSONLD).queryAndConvert()
    assert len(g) == 2 and any(str(o) == "4920" for o in g.objects())


def test_construct_rdfxml(kg_server):
    g = wrapper(kg_server, CONSTRUCT, RDFXML).queryAndConvert()
    assert len(g) == 2


def test_describe_turtle(kg_server):
    from rdflib import Graph
    res = wrapper(kg_server, SELECT.replace("SELECT ?v", "SELECT ?f"), JSON).queryAndConvert()
    figure = res["results"]["bindings"][0]["f"]["value"]
    data = wrapper(kg_server, f"DESCRIBE <{figure}>", TURTLE).queryAndConvert()
    g = Graph().parse(data=data.decode("utf-8") if isinstance(data, bytes) else data,
                      format="turtle")
    assert len(g) >= 8
