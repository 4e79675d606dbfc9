"""GraphML written with lxml, in the dialect Gephi imports without surprises.

networkx's writer numbers keys ``d0, d1, …`` and Gephi's importer maps the key id
``d3`` to the node label (a yEd convention), so whatever attribute happens to be
fourth becomes the label. We write the file ourselves: key ids are the attribute
names (``label``, ``type``, …; edge keys ``e_label`` with ``attr.name="label"``,
which Gephi matches by name), every key declares ``attr.name`` and ``attr.type``,
one type per attribute, and every edge has a unique ``id`` (Gephi silently drops
edges whose id repeats).
"""
from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Mapping

import networkx as nx
from lxml import etree

from kg.atomic import atomic_write
from kg.export.network import clean_text

__all__ = ["write_graphml", "graphml_bytes"]

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
# Carried by the <edge id="…"> attribute itself, not as <data>.
_EDGE_SKIP = {"id", "key"}


def _xml_type(value: object) -> str:
    if isinstance(value, bool):          # before int: bool is an int subclass
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    raise TypeError(f"GraphML: unsupported attribute type {type(value).__name__}")


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    return clean_text(value)


def _schema(items: Iterable[Mapping[str, object]], skip: set[str]) -> dict[str, str]:
    """attribute name → GraphML type; refuse an attribute that changes type."""
    types: dict[str, str] = {}
    for data in items:
        for name, value in data.items():
            if name in skip or value is None:
                continue
            t = _xml_type(value)
            if types.setdefault(name, t) != t:
                raise TypeError(f"GraphML: attribute {name!r} is both {types[name]} and {t}")
    return dict(sorted(types.items()))


def _key_id(name: str, prefix: str = "") -> str:
    return prefix + (re.sub(r"[^A-Za-z0-9_.-]", "_", name) or "_")


def graphml_bytes(g: nx.Graph) -> bytes:
    """The GraphML document for ``g`` as UTF-8 bytes (deterministic: sorted by id)."""
    nodes = sorted(((clean_text(n), d) for n, d in g.nodes(data=True)), key=lambda x: x[0])
    if g.is_multigraph():
        raw_edges = [(u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True)]
    else:
        raw_edges = [(u, v, None, d) for u, v, d in g.edges(data=True)]

    edges: list[tuple[str, str, str, Mapping[str, object]]] = []
    seen: set[str] = set()
    for u, v, k, d in raw_edges:
        base = clean_text(d.get("id") if d.get("id") not in (None, "") else
                          (k if k is not None else f"{u}|{v}"))
        eid, n = base, 1
        while eid in seen:           # Gephi drops edges whose id repeats
            n += 1
            eid = f"{base}#{n}"
        seen.add(eid)
        edges.append((eid, clean_text(u), clean_text(v), d))
    edges.sort(key=lambda e: e[0])

    node_types = _schema((d for _, d in nodes), set())
    edge_types = _schema((d for *_, d in edges), _EDGE_SKIP)
    node_keys = {name: _key_id(name) for name in node_types}
    edge_keys = {name: _key_id(name, "e_") for name in edge_types}

    root = etree.Element(f"{{{NS}}}graphml", nsmap={None: NS, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
    for domain, types, keys in (("node", node_types, node_keys),
                                ("edge", edge_types, edge_keys)):
        for name, t in types.items():
            etree.SubElement(root, f"{{{NS}}}key", {
                "id": keys[name], "for": domain, "attr.name": name, "attr.type": t})
    graph = etree.SubElement(root, f"{{{NS}}}graph", {
        "id": "G", "edgedefault": "directed" if g.is_directed() else "undirected"})

    def add_data(parent: etree._Element, data: Mapping[str, object],
                 keys: Mapping[str, str]) -> None:
        for name in keys:
            value = data.get(name)
            if value is not None:
                etree.SubElement(parent, f"{{{NS}}}data", key=keys[name]).text = _text(value)

    for nid, data in nodes:
        add_data(etree.SubElement(graph, f"{{{NS}}}node", id=nid), data, node_keys)
    for eid, src, dst, data in edges:
        el = etree.SubElement(graph, f"{{{NS}}}edge", id=eid, source=src, target=dst)
        add_data(el, data, edge_keys)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_graphml(nxgraph: nx.Graph, path: str | os.PathLike[str]) -> None:
    """Write ``nxgraph`` (e.g. from :func:`kg.export.network.to_networkx`) as GraphML."""
    atomic_write(path, graphml_bytes(nxgraph))
