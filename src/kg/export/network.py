"""The entity graph as a networkx graph, shaped for Gephi / GraphML / GEXF.

RDF is triples; graph tools want nodes with flat, typed attributes. Visual tools
are picky: a ``None`` or a missing value makes columns disappear or change type,
control characters make the XML invalid, and a 5000-character label freezes the
canvas. So every node of a kind gets the same attributes with the same Python
types, every string is cleaned and labels are capped. Nodes and edges are added
in sorted order so the written files are deterministic.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.vocab import (AGENCY_SUBCLASSES, ENTITY_CLASSES, ID, KG, PROV, RDF, RDFS,
                      SCHOOL_SUBCLASSES, SKOS)

__all__ = ["to_networkx", "clean_text", "node_id", "local_name", "MAX_LABEL",
           "ENTITY_EDGES", "STRUCTURE_EDGES", "STRUCTURE_CLASSES", "PARENT"]

MAX_LABEL = 200
MAX_ALT_LABELS = 1000
SENTENCE_LABEL = 40

# Characters XML 1.0 forbids or that only cause trouble in labels.
_BAD_CHARS = re.compile("[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

_SUBCLASSES = SCHOOL_SUBCLASSES + AGENCY_SUBCLASSES
PARENT = {**{c: "School" for c in SCHOOL_SUBCLASSES},
          **{c: "GovernmentAgency" for c in AGENCY_SUBCLASSES}}
_ENTITY_TYPES = {KG[c] for c in ENTITY_CLASSES + _SUBCLASSES}
STRUCTURE_CLASSES = ("Report", "Section", "Sentence")

ENTITY_EDGES: tuple[URIRef, ...] = (KG.affiliatedWith, KG.issuedBy, KG.locatedIn, KG.partOf,
                                    KG.about)
STRUCTURE_EDGES: tuple[URIRef, ...] = (KG.inReport, KG.inSection, KG.parentSection,
                                       KG.mentionedIn, PROV.wasDerivedFrom)


def clean_text(value: object, limit: int | None = None) -> str:
    """``str(value)`` without control characters (XML-safe), optionally capped with "…"."""
    text = _BAD_CHARS.sub("", "" if value is None else str(value))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def local_name(iri: Node) -> str:
    """``https://…/ontology#School`` → ``School``."""
    text = str(iri)
    return re.split(r"[#/]", text)[-1] or text


def node_id(iri: Node) -> str:
    """A short stable node id: the IRI without the ``id:`` base (other IRIs stay whole)."""
    text = str(iri)
    base = str(ID)
    return clean_text(text[len(base):] if text.startswith(base) and len(text) > len(base)
                      else text)


def _pick_literal(values: Iterable[Node]) -> str:
    """One literal deterministically: Chinese-tagged first, then the smallest string."""
    lits = [v for v in values if isinstance(v, Literal)]
    if not lits:
        return ""
    lits.sort(key=lambda v: (v.language != "zh", v.language or "", str(v)))
    return str(lits[0])


def _entity_type(graph: Graph, subject: Node) -> str:
    """The most specific class: a subclass beats its contract class, else any kg class."""
    kg_types = sorted(local_name(t) for t in graph.objects(subject, RDF.type)
                      if str(t).startswith(str(KG)))
    for group in (_SUBCLASSES, ENTITY_CLASSES):
        for name in kg_types:
            if name in group:
                return name
    return kg_types[0] if kg_types else "Entity"


def _to_float(lit: Node | None) -> float:
    if not isinstance(lit, Literal):
        return 0.0
    try:
        value = float(lit.toPython())
    except (TypeError, ValueError):
        return 0.0
    return value if math.isfinite(value) else 0.0


# Gephi's Data Laboratory shows one column per attribute; a node without a value shows a
# gap that filters and partitions treat inconsistently, so every node has every attribute
# (figures' value/unit/metric are neutral on other nodes: 0.0, "", False).
NODE_DEFAULTS: dict[str, object] = {"altLabels": "", "value": 0.0, "unit": "", "metric": "",
                                    "approximate": False, "mentions": 0}


def _to_bool(lit: Node | None) -> bool:
    if not isinstance(lit, Literal):
        return False
    value = lit.toPython()
    return value if isinstance(value, bool) else str(lit).strip().lower() in ("true", "1")


def _entities(graph: Graph) -> set[Node]:
    found = set(graph.subjects(KG.mentionedIn, None))
    for cls in _ENTITY_TYPES:
        found.update(graph.subjects(RDF.type, cls))
    return {s for s in found if isinstance(s, URIRef)}


def _entity_attrs(graph: Graph, s: Node) -> dict[str, object]:
    kind = _entity_type(graph, s)
    alt = sorted({clean_text(a) for a in graph.objects(s, SKOS.altLabel)} - {""})
    label = _pick_literal(graph.objects(s, RDFS.label)) or (alt[0] if alt else node_id(s))
    return {"type": kind, "category": PARENT.get(kind, kind), "label": label,
            "altLabels": clean_text(" | ".join(alt), MAX_ALT_LABELS),
            "mentions": sum(1 for _ in graph.objects(s, KG.mentionedIn))}


def _figure_attrs(graph: Graph, s: Node) -> dict[str, object]:
    raw = _pick_literal(graph.objects(s, KG.rawText))
    metric = _pick_literal(graph.objects(s, KG.metric))
    return {"type": "Figure", "category": "Figure",
            "label": " ".join(p for p in (raw, metric) if p) or node_id(s),
            "value": _to_float(graph.value(s, KG.value)),
            "unit": clean_text(_pick_literal(graph.objects(s, KG.unit))),
            "metric": clean_text(metric),
            "approximate": _to_bool(graph.value(s, KG.approximate)),
            "mentions": 0}


def _structure_attrs(graph: Graph, s: Node, kind: str) -> dict[str, object]:
    if kind == "Report":
        label = _pick_literal(graph.objects(s, KG["title"]))
    elif kind == "Section":
        number = _pick_literal(graph.objects(s, KG.sectionNumber))
        label = number + _pick_literal(graph.objects(s, RDFS.label))
    else:
        label = clean_text(_pick_literal(graph.objects(s, KG.text)))[:SENTENCE_LABEL]
    return {"type": kind, "category": kind, "label": label or node_id(s), "mentions": 0}


def to_networkx(graph: Graph, include_structure: bool = False) -> nx.MultiDiGraph:
    """The entity graph of ``graph`` (see docs/graph-shape.md) as a MultiDiGraph.

    Nodes: every entity and every kg:Figure (plus reports, sections and sentences
    with ``include_structure``), keyed by :func:`node_id`. Edges are keyed by their
    unique ``id`` (``source|property|target``) and carry ``label`` = property name.
    """
    attrs: dict[str, dict[str, object]] = {}
    by_iri: dict[Node, str] = {}

    def add(s: Node, data: dict[str, object]) -> None:
        nid = node_id(s)
        data = {**NODE_DEFAULTS, **data}   # every node carries every attribute
        data["label"] = clean_text(data["label"], MAX_LABEL)
        data["iri"] = clean_text(s)
        for key, value in data.items():
            if isinstance(value, str):
                data[key] = clean_text(value)
        attrs[nid] = data
        by_iri[s] = nid

    for s in _entities(graph):
        add(s, _entity_attrs(graph, s))
    for s in set(graph.subjects(RDF.type, KG.Figure)):
        add(s, _figure_attrs(graph, s))
    predicates = ENTITY_EDGES
    if include_structure:
        for kind in STRUCTURE_CLASSES:
            for s in set(graph.subjects(RDF.type, KG[kind])):
                if s not in by_iri:
                    add(s, _structure_attrs(graph, s, kind))
        predicates = ENTITY_EDGES + STRUCTURE_EDGES

    edges: dict[str, tuple[str, str, str]] = {}
    for p in predicates:
        label = local_name(p)
        for s, o in graph.subject_objects(p):
            if s in by_iri and o in by_iri:
                src, dst = by_iri[s], by_iri[o]
                edges[f"{src}|{label}|{dst}"] = (src, dst, label)

    out = nx.MultiDiGraph()
    for nid in sorted(attrs):
        out.add_node(nid, **dict(sorted(attrs[nid].items())))
    for eid in sorted(edges):
        src, dst, label = edges[eid]
        out.add_edge(src, dst, key=eid, id=eid, label=label)
    return out
