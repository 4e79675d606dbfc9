"""RDF serialisations (Turtle, N-Triples, JSON-LD), byte-for-byte deterministic.

Deterministic output lets the build skip unchanged files and makes diffs of
``out/`` meaningful: Turtle is sorted by rdflib itself, N-Triples lines are sorted
here, JSON-LD nodes and value arrays are sorted after serialisation. Control
characters in literals are written as ``\\uXXXX`` escapes so that line-oriented
tools (grep, sort, diff) and stricter parsers don't trip over raw bytes.
"""
from __future__ import annotations

import json
import os
import re
from typing import Any

from rdflib import Graph

from kg.atomic import atomic_write
from kg.vocab import PREFIXES

__all__ = ["RDF_FORMATS", "serialize_rdf", "write_rdf", "jsonld_context"]

# our name -> rdflib plugin name
RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}

# C0 controls (minus \n and \r, which the serialisers escape or use as line breaks) and DEL.
_CONTROL = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]")
_ECHAR = {"\b": "\\b", "\t": "\\t", "\f": "\\f"}


def _escape_controls(text: str) -> str:
    """Escape raw control characters; only valid because they can only occur inside literals."""
    return _CONTROL.sub(lambda m: _ECHAR.get(m.group(), f"\\u{ord(m.group()):04X}"), text)


def jsonld_context() -> dict[str, str]:
    """The compact JSON-LD @context: our prefixes, nothing else."""
    return {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def _with_prefixes(graph: Graph) -> Graph:
    """``graph`` bound to exactly our prefixes: itself when it already is (as the build's
    graph is), else a copy (never mutate the caller's graph)."""
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    if bound == {prefix: str(ns) for prefix, ns in PREFIXES.items()}:
        return graph
    out = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns, override=True, replace=True)
    out += graph
    return out


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _canonical_jsonld(text: str) -> str:
    """Re-emit rdflib's JSON-LD with nodes sorted by @id and value arrays sorted."""
    doc = json.loads(text)
    if isinstance(doc, dict) and "@graph" in doc:
        nodes = doc["@graph"]
    elif isinstance(doc, dict):
        nodes = [{k: v for k, v in doc.items() if k != "@context"}] if len(doc) > 1 else []
    else:
        nodes = doc
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=_sort_key)
    nodes.sort(key=lambda n: (str(n.get("@id", "")), _sort_key(n)))
    out = {"@context": jsonld_context(), "@graph": nodes}
    return json.dumps(out, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def serialize_rdf(graph: Graph, fmt: str) -> bytes:
    """Serialise ``graph`` as ``fmt`` (``ttl``, ``nt`` or ``jsonld``) to UTF-8 bytes."""
    if fmt not in RDF_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; expected one of {sorted(RDF_FORMATS)}")
    g = _with_prefixes(graph)
    if fmt == "ttl":
        text = _escape_controls(g.serialize(format="turtle"))
    elif fmt == "nt":
        # split on "\n" only: str.splitlines() would also break at \x0b, \x85, \u2028 in literals
        lines = {_escape_controls(line) for line in g.serialize(format="nt").split("\n")
                 if line.strip()}
        text = "".join(line + "\n" for line in sorted(lines))
    else:
        text = _canonical_jsonld(g.serialize(format="json-ld", context=jsonld_context()))
    return text.encode("utf-8")


def write_rdf(graph: Graph, path: str | os.PathLike[str], fmt: str) -> None:
    """Write ``graph`` to ``path`` as ``fmt``, atomically."""
    atomic_write(path, serialize_rdf(graph, fmt))
