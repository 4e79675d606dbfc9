"""The request reader in front of the engines: query form, SERVICE/LOAD, FROM."""
from __future__ import annotations

import pytest

from kg.serve.sparqlcheck import classify, dataset


@pytest.mark.parametrize("text,form,forbidden", [
    ("SELECT * { ?s ?p ?o }", "SELECT", None),
    ("PREFIX kg: <https://w3id.org/edukg/ontology#>\nask { ?s a kg:Figure }", "ASK", None),
    ("BASE <http://x/> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT", None),
    ("DESCRIBE <http://x/a>", "DESCRIBE", None),
    ("INSERT DATA { <a:a> <a:b> <a:c> }", "UPDATE", None),
    ("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", "UPDATE", None),
    ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "UPDATE", None),
    ("LOAD <http://example.org/data.ttl>", "UPDATE", "LOAD"),
    ("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }", "SELECT", "SERVICE"),
    ("select * { service silent <http://x/> { ?s ?p ?o } }", "SELECT", "SERVICE"),
    ("SELECT * { SERVICE?endpoint { ?s ?p ?o } }", "SELECT", "SERVICE"),
    ("SELECT * { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", "SELECT", "SERVICE"),
    ('SELECT * { "\\u0022 } SERVICE <http://x/> { " }', "SELECT", "SERVICE"),
    # the words inside strings, IRIs, comments, variables and prefixed names are no keywords
    ('SELECT ?service { ?s ?p "SERVICE LOAD" } # SERVICE', "SELECT", None),
    ("SELECT * { ?s <http://x/SERVICE#LOAD> ?o }", "SELECT", None),
    ("PREFIX service: <http://x/> SELECT * { ?s service:load ?o }", "SELECT", None),
    ('SELECT * { ?s ?p """a " SERVICE\nLOAD""" }', "SELECT", None),
    ("SELECT * { ?s ?p 'it''s' . ?s ?p \"SERVICE\"@en-GB }", "SELECT", None),
])
def test_classify(text, form, forbidden):
    got = classify(text)
    assert (got.form, got.forbidden) == (form, forbidden)


def test_dataset_from_and_from_named():
    text = ('PREFIX g: <https://w3id.org/edukg/id/graph/>\n'
            'SELECT * FROM g:entities FROM <http://x/a> FROM NAMED <http://x/n> '
            'WHERE { ?s ?p "FROM <http://not/this>" }')
    assert dataset(text) == (["https://w3id.org/edukg/id/graph/entities", "http://x/a"],
                             ["http://x/n"])
    assert dataset("SELECT * WHERE { ?s ?p ?o }") == ([], [])
