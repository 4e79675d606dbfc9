"""SPARQL over a built graph, and the counts ``kg stats`` shows."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path
from typing import Any

from rdflib import Graph

from .vocab import ENTITY_CLASSES, PREFIXES, RELATIONS

from .store import ontology_file as ontology_path  # noqa: E402  (one place knows where)


def load_for_query(path: Path) -> Graph:
    """An rdflib graph of a graph file plus the ontology (for pySHACL and the scorer's
    habits); commands read the store instead (:mod:`kg.store`)."""
    graph = Graph()
    graph.parse(path)
    onto = ontology_path()
    if onto is not None:
        graph.parse(onto)
    return graph


def rdflib_from_store(store, graphs: list | None = None, with_ontology: bool = True) -> Graph:
    """Just the named graphs asked for (default: all), copied out of the store into rdflib
    through N-Triples — for pySHACL and the evaluator, never the whole corpus by default
    when a caller can say which graphs it needs."""
    import pyoxigraph as ox

    from .graph import ONTOLOGY_GRAPH

    wanted = list(graphs) if graphs is not None else [
        g for g in store.named_graphs() if g.value != ONTOLOGY_GRAPH]
    if with_ontology:
        wanted.append(ox.NamedNode(ONTOLOGY_GRAPH))
    graph = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for g in wanted:
        triples = [ox.Triple(q.subject, q.predicate, q.object)
                   for q in store.quads_for_pattern(None, None, None, g)]
        if triples:
            graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(),
                        format="nt")
    return graph


def run_query(store, sparql: str) -> tuple[list[str], list[list[Any]]]:
    """SPARQL over the store's union graph: (header, rows of pyoxigraph terms)."""
    import pyoxigraph as ox

    from .store import query

    result = query(store, sparql)
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[bool(result)]]
    if isinstance(result, ox.QueryTriples):
        rows = sorted(([t.subject, t.predicate, t.object] for t in result),
                      key=lambda r: tuple(str(x) for x in r))
        return ["subject", "predicate", "object"], rows
    header = [v.value for v in result.variables]
    return header, [[row[i] for i in range(len(header))] for row in result]


_NUMERIC = {"http://www.w3.org/2001/XMLSchema#" + t: t for t in
            ("integer", "decimal", "double", "float", "long", "int")}


def _cell(value: Any) -> Any:
    """A term as a plain value: IRIs and strings as text, numbers as numbers, booleans as
    booleans (JSON ``true``/``false``; :func:`_text` writes them so in CSV and tables)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    datatype = getattr(value, "datatype", None)
    if datatype is not None:
        text = value.value
        dt = datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#boolean":
            return text in ("true", "1")
        if dt in _NUMERIC:
            try:
                return int(text) if _NUMERIC[dt] in ("integer", "long", "int") else float(text)
            except ValueError:
                return text
        return text
    return getattr(value, "value", str(value))


def _text(value: Any) -> str:
    """A cell as text: booleans as ``true``/``false`` (as in RDF, JSON and ``kg export``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_rows(header: list[str], rows: list[list[Any]], fmt: str = "table") -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    if fmt == "json":
        return json.dumps([dict(zip(header, row)) for row in cells],
                          ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(header)
        writer.writerows([[_text(c) for c in row] for row in cells])
        return buf.getvalue()
    texts = [[_text(c) for c in row] for row in cells]
    widths = [max([_width(h)] + [_width(r[i]) for r in texts]) for i, h in enumerate(header)]

    def line(items: list[str]) -> str:
        return "  ".join(t + " " * (w - _width(t)) for t, w in zip(items, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in texts]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


COUNT_QUERY = """SELECT
  (COUNT(DISTINCT ?e) AS ?entities) WHERE { ?e kg:mentionedIn ?s }"""


def count_summary(store) -> tuple[int, int, int]:
    from .store import query

    entities = int(next(iter(query(store, COUNT_QUERY)))["entities"].value)
    figures = int(next(iter(query(store, "SELECT (COUNT(?f) AS ?n) WHERE { ?f a kg:Figure }")))
                  ["n"].value)
    relations = int(next(iter(query(store, """SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o .
        FILTER(?p IN (kg:affiliatedWith, kg:issuedBy, kg:locatedIn, kg:partOf, kg:about)) }""")))
                    ["n"].value)
    return entities, figures, relations


def graph_stats(store) -> list[str]:
    """Counts a user checks first: reports, entities by class, figures, relations."""
    from .graph import ONTOLOGY_GRAPH
    from .store import query

    def one(sparql: str) -> int:
        return int(next(iter(query(store, sparql)))["n"].value)

    triples = one("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                  f"FILTER(?g != <{ONTOLOGY_GRAPH}>) }}")
    lines = [f"triples      {triples}"]
    for cls in ("Report", "Section", "Sentence", "Figure"):
        n = one(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a kg:{cls} }}")
        lines.append(f"{cls:12s} {n}")
    lines.append("entities by class:")
    rows = query(store, """SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {
        ?e kg:mentionedIn ?s ; a ?t . FILTER(STRSTARTS(STR(?t), STR(kg:))) }
        GROUP BY ?t ORDER BY DESC(?n) ?t""")
    for row in rows:
        name = row["t"].value.rsplit("#", 1)[-1]
        marker = "" if name in ENTITY_CLASSES else "  (subclass)"
        lines.append(f"  {name:22s} {row['n'].value}{marker}")
    lines.append("relations:")
    for p in RELATIONS + ("about",):
        n = one(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s kg:{p} ?o }}")
        lines.append(f"  {p:22s} {n}")
    units = query(store, """SELECT ?u (COUNT(*) AS ?n) WHERE { ?f kg:unit ?u }
        GROUP BY ?u ORDER BY DESC(?n) ?u LIMIT 12""")
    lines.append("figures by unit: " + ", ".join(f"{r['u'].value} {r['n'].value}" for r in units))
    return lines
