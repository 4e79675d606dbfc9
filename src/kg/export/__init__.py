"""Export stage: the graph in a store to files, one module per format.

``kg build`` writes its files while it streams (``kg.sink``); ``kg export`` writes the
same kinds of file later from the store, reading it graph by graph (never the whole
corpus as one rdflib graph). Every format is deterministic byte for byte.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

import pyoxigraph as ox

from kg.atomic import atomic_open
from kg.export.csv_figures import write_figures_csv
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.network import (entity_node_attrs, report_links, figure_node_attrs, node_id,
                               report_node_attrs, structure_node_attrs)
from kg.graph import ENTITIES_GRAPH, ONTOLOGY_GRAPH
from kg.extract import TURTLE_PREFIXES, strip_prefixes, turtle_header

__all__ = ["FORMATS", "export", "write_rdf_from_store", "write_graphml", "write_gexf",
           "write_figures_csv", "data_graphs"]

FORMATS = ("ttl", "nt", "jsonld", "graphml", "gexf", "csv")


def export(store: ox.Store, fmt: str, path: str | os.PathLike[str],
           include_structure: bool = False) -> None:
    """Write the store's graph as ``fmt`` (one of :data:`FORMATS`) to ``path``, atomically.

    ``include_structure`` adds reports' sections and sentences to the network formats;
    the RDF formats always hold every graph but the ontology.
    """
    if fmt in ("ttl", "nt", "jsonld"):
        write_rdf_from_store(store, fmt, path)
    elif fmt in ("graphml", "gexf"):
        writer = write_graphml if fmt == "graphml" else write_gexf
        nodes, edges = _network(store, include_structure)
        writer(path, nodes, edges)
    elif fmt == "csv":
        write_figures_csv(path, _figure_rows(store))
    else:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")


def data_graphs(store: ox.Store) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
    """Every graph holding data (the ontology left out): reports first, entities last."""
    named = sorted((g for g in store.named_graphs() if str(g) != f"<{ONTOLOGY_GRAPH}>"),
                   key=lambda g: (str(g) == f"<{ENTITIES_GRAPH}>", str(g)))
    default = ox.DefaultGraph()
    has_default = next(iter(store.quads_for_pattern(None, None, None, default)), None)
    return ([default] if has_default is not None else []) + named


def _sorted_triples(store: ox.Store, graph) -> list[ox.Triple]:
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, graph)]
    triples.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return triples


def write_rdf_from_store(store: ox.Store, fmt: str, path: str | os.PathLike[str]) -> None:
    graphs = data_graphs(store)
    with atomic_open(path, "wb") as fh:
        if fmt == "ttl":
            fh.write(turtle_header())
            for g in graphs:
                fh.write(strip_prefixes(ox.serialize(_sorted_triples(store, g),
                                                     format=ox.RdfFormat.TURTLE,
                                                     prefixes=TURTLE_PREFIXES)))
        elif fmt == "nt":
            seen: set[bytes] = set()
            for g in graphs:
                lines = ox.serialize(_sorted_triples(store, g),
                                     format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)
                for line in lines:
                    if line not in seen:
                        fh.write(line)
                seen.update(lines) if len(graphs) > 1 else None
        else:
            _write_jsonld(fh, store, graphs)


def _write_jsonld(fh, store: ox.Store, graphs: list) -> None:
    """One JSON-LD document with our prefixes as its @context, written graph by graph
    (a subject named in two graphs is two node objects, which JSON-LD merges)."""
    import json

    context = {p: ns for p, ns in sorted(TURTLE_PREFIXES.items())}

    def compact(iri: str) -> str:
        for prefix, ns in context.items():
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    fh.write(b'{"@context": ' + json.dumps(context, sort_keys=True).encode() + b',\n "@graph": [')
    first = True
    for g in graphs:
        nodes = json.loads(ox.serialize(_sorted_triples(store, g), format=ox.RdfFormat.JSON_LD))
        for node in nodes:
            out = {}
            for key, values in node.items():
                if key == "@id":
                    out[key] = values
                    continue
                if key == "@type":
                    out[key] = [compact(t) for t in values]
                    continue
                items = []
                for v in values:
                    if "@type" in v:
                        v = {**v, "@type": compact(v["@type"])}
                    items.append(v)
                out[compact(key)] = items
            fh.write((b"\n  " if first else b",\n  ") +
                     json.dumps(out, ensure_ascii=False, sort_keys=True).encode())
            first = False
    fh.write(b"\n]}\n")


def _q(store: ox.Store, sparql: str) -> Iterator:
    from kg.store import query
    return iter(query(store, sparql))


def _val(term) -> str:
    return "" if term is None else term.value


def _figure_rows(store: ox.Store) -> Iterator[list[str]]:
    from kg.export.csv_figures import short_iri

    sparql = """
    SELECT ?f ?report ?regionLabel ?year ?secNo ?secTitle ?metric ?value ?unit ?approx
           (GROUP_CONCAT(DISTINCT ?aboutLabel; separator="; ") AS ?about) ?raw ?sentence
           ?start ?end WHERE {
      ?f a kg:Figure ; kg:inReport ?report ; kg:value ?value ; kg:unit ?unit ;
         kg:rawText ?raw ; kg:start ?start ; kg:end ?end .
      OPTIONAL { ?f kg:metric ?metric }
      OPTIONAL { ?f kg:approximate ?approx }
      OPTIONAL { ?f kg:year ?year }
      OPTIONAL { ?f kg:region/rdfs:label ?regionLabel }
      OPTIONAL { ?f kg:inSection ?sec . ?sec kg:sectionNumber ?secNo ; rdfs:label ?secTitle }
      OPTIONAL { ?f prov:wasDerivedFrom/kg:text ?sentence }
      OPTIONAL { ?f kg:about/rdfs:label ?aboutLabel }
    } GROUP BY ?f ?report ?regionLabel ?year ?secNo ?secTitle ?metric ?value ?unit ?approx
               ?raw ?sentence ?start ?end
    ORDER BY ?report ?start ?f"""
    for row in _q(store, sparql):
        yield [short_iri(_val(row["report"])), _val(row["regionLabel"]), _val(row["year"]),
               _val(row["secNo"]) + _val(row["secTitle"]), _val(row["metric"]),
               _val(row["value"]), _val(row["unit"]), _val(row["approx"]), _val(row["about"]),
               _val(row["raw"]), _val(row["sentence"]), _val(row["start"]), _val(row["end"]),
               _val(row["f"])]


_ENTITY_QUERY = """
SELECT ?e ?type ?label (GROUP_CONCAT(DISTINCT ?alt; separator="\\u0001") AS ?alts)
       (COUNT(DISTINCT ?sent) AS ?mentions) (COUNT(DISTINCT ?report) AS ?reports) WHERE {
  GRAPH <%s> { ?e a ?type ; rdfs:label ?label }
  OPTIONAL { ?e skos:altLabel ?alt }
  OPTIONAL { ?e kg:mentionedIn ?sent }
  OPTIONAL { ?e kg:inReport ?report }
} GROUP BY ?e ?type ?label ORDER BY ?e""" % ENTITIES_GRAPH


def _relations(store: ox.Store) -> list[tuple[str, str, str]]:
    rows = _q(store, """SELECT ?s ?p ?o WHERE { GRAPH <%s> { ?s ?p ?o .
        FILTER(?p IN (kg:affiliatedWith, kg:issuedBy, kg:locatedIn, kg:partOf)) } }"""
              % ENTITIES_GRAPH)
    rels = [(_val(r["s"]), _val(r["p"]), _val(r["o"])) for r in rows]
    return sorted(rels, key=lambda r: (node_id(r[0]), r[1], node_id(r[2])))


def _entity_index(store: ox.Store):
    """(IRI → (mentions, report node ids in report order), relations) for report_links."""
    index: dict[str, tuple[int, list[str]]] = {}
    for row in _q(store, """SELECT ?e (COUNT(DISTINCT ?s) AS ?m) WHERE {
            GRAPH <%s> { ?e rdfs:label ?l } OPTIONAL { ?e kg:mentionedIn ?s } } GROUP BY ?e"""
                  % ENTITIES_GRAPH):
        index[_val(row["e"])] = (int(_val(row["m"]) or 0), [])
    for row in _q(store, "SELECT ?e ?r WHERE { ?e kg:inReport ?r . ?r a kg:Report } "
                         "ORDER BY ?r ?e"):
        entry = index.get(_val(row["e"]))
        if entry is not None:
            entry[1].append(node_id(_val(row["r"])))
    return index, _relations(store)


def _network(store: ox.Store, include_structure: bool):
    """Nodes and edges of the entity view, read back from the store (the same shape the
    build writes; see :mod:`kg.export.network`)."""
    from kg.export.network import local_name

    def nodes():
        for row in _q(store, _ENTITY_QUERY):
            iri = _val(row["e"])
            alts = _val(row["alts"]).split("\u0001") if _val(row["alts"]) else []
            yield node_id(iri), entity_node_attrs(iri, local_name(_val(row["type"])),
                                                  _val(row["label"]), alts,
                                                  int(_val(row["mentions"]) or 0),
                                                  int(_val(row["reports"]) or 0))
        for row in _q(store, """SELECT ?r ?title ?year ?region WHERE {
                ?r a kg:Report . OPTIONAL { ?r kg:title ?title } OPTIONAL { ?r kg:year ?year }
                OPTIONAL { ?r kg:region/rdfs:label ?region } } ORDER BY ?r"""):
            iri = _val(row["r"])
            yield node_id(iri), report_node_attrs(iri, _val(row["title"]),
                                                  int(_val(row["year"]) or 0) or None,
                                                  _val(row["region"]))
        for row in _q(store, """SELECT ?f ?raw ?metric ?value ?unit ?approx ?year ?region WHERE {
                ?f a kg:Figure ; kg:rawText ?raw ; kg:value ?value ; kg:unit ?unit .
                OPTIONAL { ?f kg:metric ?metric } OPTIONAL { ?f kg:approximate ?approx }
                OPTIONAL { ?f kg:year ?year } OPTIONAL { ?f kg:region/rdfs:label ?region }
                } ORDER BY ?f"""):
            iri = _val(row["f"])
            yield node_id(iri), figure_node_attrs(
                iri, _val(row["raw"]), _val(row["metric"]), float(_val(row["value"])),
                _val(row["unit"]), _val(row["approx"]) == "true",
                int(_val(row["year"]) or 0) or None, _val(row["region"]))
        if include_structure:
            for kind, label in (("Section", "CONCAT(?n, ?t)"), ("Sentence", "?t")):
                extra = ("?s kg:sectionNumber ?n ; rdfs:label ?t ." if kind == "Section"
                         else "?s kg:text ?t .")
                for row in _q(store, f"SELECT ?s ({label} AS ?l) WHERE {{ ?s a kg:{kind} . "
                                     f"{extra} }} ORDER BY ?s"):
                    iri = _val(row["s"])
                    yield node_id(iri), structure_node_attrs(iri, kind, _val(row["l"]))

    def edges():
        for s, p, o in _relations(store):
            yield node_id(s), local_name(p), node_id(o)
        yield from report_links(*_entity_index(store))
        for row in _q(store, """SELECT ?f ?about ?r WHERE { ?f a kg:Figure ; kg:inReport ?r .
                OPTIONAL { ?f kg:about ?about } } ORDER BY ?f"""):
            target = row["about"]
            yield (node_id(_val(row["f"])), "about" if target is not None else "inReport",
                   node_id(_val(target if target is not None else row["r"])))
        if include_structure:
            for row in _q(store, """SELECT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(?p IN (
                    kg:parentSection, kg:inSection, kg:mentionedIn, prov:wasDerivedFrom))
                    FILTER NOT EXISTS { ?s a kg:Figure . ?s kg:inSection ?o } }
                    ORDER BY ?s ?p ?o"""):
                yield (node_id(_val(row["s"])), local_name(_val(row["p"])),
                       node_id(_val(row["o"])))

    return nodes(), edges()
