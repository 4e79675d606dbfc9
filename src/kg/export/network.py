"""The entity graph as nodes and edges for Gephi, GraphML and GEXF readers.

RDF is triples; graph tools want nodes with flat, typed attributes. Visual tools are
picky: control characters make the XML invalid, a 5000-character label freezes the
canvas, and an attribute filled with a dummy value (``value=0`` on a school) poisons
ranking and sizing. So strings are cleaned, labels capped, and an attribute that does
not apply to a node is simply absent.

The view is the one people want to look at (``docs/graph-shape.md``): entities and
figures as nodes; relations, ``about`` edges from figures to what they describe, a
figure about nothing named linked to its report, and an entity no relation touches
linked to the reports that mention it — so there is no lone dot, and a corpus shows
how reports share schools, bodies and programmes.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from kg.vocab import AGENCY_SUBCLASSES, ID, SCHOOL_SUBCLASSES

__all__ = ["report_links", "island_heads", "attr_text", "write_network", "xml_attr", "xml_text", "clean_text", "node_id", "local_name", "MAX_LABEL", "PARENT", "NODE_ATTRS",
           "EDGE_ATTRS", "entity_node_attrs", "figure_node_attrs", "report_node_attrs",
           "structure_node_attrs"]

MAX_LABEL = 200
MAX_ALT_LABELS = 1000
SENTENCE_LABEL = 40

# Characters XML 1.0 forbids or that only cause trouble in labels.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]|[\t\n\r]")

PARENT = {**{c: "School" for c in SCHOOL_SUBCLASSES},
          **{c: "GovernmentAgency" for c in AGENCY_SUBCLASSES}}

# Every attribute a node may carry, with its one type (GEXF/GraphML declare them once).
NODE_ATTRS: dict[str, str] = {
    "type": "string", "category": "string", "iri": "string", "altLabels": "string",
    "mentions": "integer", "reports": "integer",
    "value": "double", "unit": "string", "metric": "string", "approximate": "boolean",
    "year": "integer", "region": "string",
}
EDGE_ATTRS: dict[str, str] = {"label": "string"}


def clean_text(value: object, limit: int | None = None) -> str:
    """``str(value)`` without control characters (XML-safe), optionally capped with "…"."""
    text = "" if value is None else str(value)
    if text.isprintable() and (limit is None or len(text) <= limit):
        return text   # the common case, without a regex pass
    text = _BAD_CHARS.sub(lambda m: " " if m.group() in "\t\n\r" else "",
                          "" if value is None else str(value))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


_XML_SPECIAL = re.compile(r'[&<>"\n\r\t]')
_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;",
                "\r": "&#13;", "\t": "&#9;"}


def xml_attr(text: str) -> str:
    """``text`` as a double-quoted XML attribute value."""
    if _XML_SPECIAL.search(text) is None:
        return f'"{text}"'
    return '"' + _XML_SPECIAL.sub(lambda m: _XML_ESCAPES[m.group()], text) + '"'


def xml_text(text: str) -> str:
    """``text`` escaped as XML character data."""
    if _XML_SPECIAL.search(text) is None:
        return text
    return _XML_SPECIAL.sub(lambda m: _XML_ESCAPES[m.group()], text)


def attr_text(value: Any) -> str:
    """An attribute value as GEXF and GraphML write it (``true``/``false``, repr floats)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_network(path, fmt, nodes, edges) -> None:
    """Stream ``nodes`` ((id, attrs)) and ``edges`` ((source, label, target)) to ``path`` in
    the format whose module is ``fmt`` (:mod:`.gexf` or :mod:`.graphml`: ``header``,
    ``node_xml``, ``between``, ``edge_xml``, ``footer``)."""
    from kg.atomic import atomic_open

    with atomic_open(path, "w", encoding="utf-8") as fh:
        fh.write(fmt.header())
        for nid, attrs in nodes:
            fh.write(fmt.node_xml(nid, attrs))
        fh.write(fmt.between())
        for edge in edges:
            fh.write(fmt.edge_xml(*edge))
        fh.write(fmt.footer())


def local_name(iri: object) -> str:
    """``https://…/ontology#School`` → ``School``."""
    text = str(iri)
    return re.split(r"[#/]", text)[-1] or text


_BASE = str(ID)


def node_id(iri: object) -> str:
    """A short stable node id: the IRI without the ``id:`` base (other IRIs stay whole)."""
    text = str(iri)
    if text.startswith(_BASE) and len(text) > len(_BASE) and text.isprintable():
        return text[len(_BASE):]   # the common case: one of our IRIs
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    base = str(ID)
    return clean_text(text[len(base):] if text.startswith(base) and len(text) > len(base)
                      else text)


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def entity_node_attrs(iri: str, type_name: str, label: str, alt_labels: list[str],
                      mentions: int, reports: int) -> dict[str, Any]:
    alts = sorted({clean_text(a) for a in alt_labels} - {"", clean_text(label)})
    attrs: dict[str, Any] = {"label": clean_text(label, MAX_LABEL) or node_id(iri),
                             "type": type_name, "category": PARENT.get(type_name, type_name),
                             "iri": clean_text(iri), "mentions": int(mentions),
                             "reports": int(reports)}
    if alts:
        attrs["altLabels"] = clean_text(" | ".join(alts), MAX_ALT_LABELS)
    return attrs


def figure_node_attrs(iri: str, raw: str, metric: str, value: float, unit: str,
                      approximate: bool, year: int | None = None,
                      region: str = "") -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "label": clean_text(" ".join(p for p in (raw, metric) if p), MAX_LABEL) or node_id(iri),
        "type": "Figure", "category": "Figure", "iri": clean_text(iri),
        "unit": clean_text(unit), "approximate": bool(approximate)}
    if _finite(value) is not None:
        attrs["value"] = float(value)
    if metric:
        attrs["metric"] = clean_text(metric)
    if year:
        attrs["year"] = int(year)
    if region:
        attrs["region"] = clean_text(region)
    return attrs


def report_node_attrs(iri: str, title: str, year: int | None, region: str) -> dict[str, Any]:
    attrs: dict[str, Any] = {"label": clean_text(title, MAX_LABEL) or node_id(iri),
                             "type": "Report", "category": "Report", "iri": clean_text(iri)}
    if year:
        attrs["year"] = int(year)
    if region:
        attrs["region"] = clean_text(region)
    return attrs


def structure_node_attrs(iri: str, kind: str, label: str) -> dict[str, Any]:
    if kind == "Sentence":
        label = clean_text(label)[:SENTENCE_LABEL]
    return {"label": clean_text(label, MAX_LABEL) or node_id(iri), "type": kind,
            "category": kind, "iri": clean_text(iri)}


def report_links(entities: Mapping[str, tuple[int, list[str]]],
                 relations: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """``inReport`` edges that tie every island of the entity graph to its reports.

    ``entities`` maps an entity IRI to (mentions, report node ids); ``relations`` are
    (subject, predicate, object) IRIs. The head of each island (:func:`island_heads`) is
    linked to the reports that mention it, so a school, its group and its district hang
    together off their report rather than floating apart, and a corpus shows which
    reports share which entities.
    """
    mentions = {iri: entities[iri][0] for s, _, o in relations for iri in (s, o)
                if iri in entities}
    joined, heads = island_heads(relations, mentions)
    links = []
    for iri in sorted(entities, key=node_id):
        if iri in heads or iri not in joined:   # an entity in no relation heads itself
            links.extend((node_id(iri), "inReport", report) for report in entities[iri][1])
    return links


def island_heads(relations: Iterable[tuple[str, str, str]],
                 mentions: Mapping[str, int]) -> tuple[set[str], set[str]]:
    """(the entities some relation joins, the head of each island they form).

    ``mentions`` gives the mention count of every entity a relation names (a relation
    to anything else is left out). Entities joined by relations form islands (a
    union-find, not a networkx Graph: only the partition is needed, and at a national
    corpus's hundreds of thousands of entities a Graph costs ~10× the memory; a dozen
    lines here, not networkx's, whose import alone costs a build's last step 0.1–0.2 s);
    the most mentioned entity heads its island, and of equals the one with the smallest
    node id.
    """
    parent: dict[str, str] = {}

    def root(iri: str) -> str:
        top = parent.setdefault(iri, iri)
        while top != parent[top]:
            top = parent[top]
        while iri != top:   # path compression
            parent[iri], iri = top, parent[iri]
        return top

    for s, _, o in relations:
        if s in mentions and o in mentions:
            a, b = root(s), root(o)
            if a != b:
                parent[b] = a
    best: dict[str, tuple] = {}
    for iri in parent:
        top, key = root(iri), (mentions[iri], _neg(node_id(iri)), iri)
        if top not in best or key > best[top]:
            best[top] = key
    return set(parent), {key[-1] for key in best.values()}


def _neg(text: str) -> tuple[int, ...]:
    """A key that sorts ``text`` in reverse (ties go to the smallest node id)."""
    return tuple(-ord(c) for c in text)
