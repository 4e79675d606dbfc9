"""GraphML, streamed, in the dialect Gephi imports without surprises.

Key ids are the attribute names (``label``, ``type`` …; the edge key ``e_label`` with
``attr.name="label"``), every key declares ``attr.name`` and ``attr.type`` (one type per
attribute), every edge has a unique ``id`` (Gephi silently drops edges whose id
repeats), and an attribute that does not apply to a node is absent (no key default,
so no filler zeros). Written with lxml's incremental ``xmlfile``.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from lxml import etree

from kg.atomic import atomic_open
from kg.export.network import EDGE_ATTRS, NODE_ATTRS

__all__ = ["write_graphml", "NS"]

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_TYPES = {"string": "string", "integer": "long", "double": "double", "boolean": "boolean"}
_NODE_KEYS = {"label": "string", **NODE_ATTRS}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_graphml(path: str | os.PathLike[str], nodes: Iterable[tuple[str, dict]],
                  edges: Iterable[tuple[str, str, str]]) -> None:
    """Stream ``nodes`` ((id, attrs)) and ``edges`` ((source, label, target)) to ``path``."""
    N = f"{{{NS}}}"
    with atomic_open(path, "wb") as fh, etree.xmlfile(fh, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(N + "graphml", {f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION},
                        nsmap={None: NS, "xsi": XSI}):
            for name, t in _NODE_KEYS.items():
                xf.write(etree.Element(N + "key", {"id": name, "for": "node", "attr.name": name,
                                                   "attr.type": _TYPES[t]}), pretty_print=True)
            for name, t in EDGE_ATTRS.items():
                xf.write(etree.Element(N + "key", {"id": f"e_{name}", "for": "edge",
                                                   "attr.name": name, "attr.type": _TYPES[t]}),
                         pretty_print=True)
            with xf.element(N + "graph", id="G", edgedefault="directed"):
                for nid, attrs in nodes:
                    el = etree.Element(N + "node", id=nid)
                    for name in _NODE_KEYS:
                        if name in attrs and attrs[name] is not None:
                            etree.SubElement(el, N + "data", key=name).text = _text(attrs[name])
                    xf.write(el, pretty_print=True)
                for src, label, dst in edges:
                    el = etree.Element(N + "edge", id=f"{src}|{label}|{dst}", source=src,
                                       target=dst)
                    etree.SubElement(el, N + "data", key="e_label").text = label
                    xf.write(el, pretty_print=True)
