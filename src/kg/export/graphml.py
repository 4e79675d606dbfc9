"""GraphML, streamed, in the dialect Gephi imports without surprises.

Key ids are the attribute names (``label``, ``type`` …; the edge key ``e_label`` with
``attr.name="label"``), every key declares ``attr.name`` and ``attr.type`` (one type per
attribute), every edge has a unique ``id`` (Gephi silently drops edges whose id
repeats), and an attribute that does not apply to a node is absent (no key default,
so no filler zeros). Written as text, one node or edge at a time.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from kg.export.network import xml_attr as quoteattr, xml_text as escape

from kg.export.network import EDGE_ATTRS, NODE_ATTRS, attr_text, write_network

__all__ = ["write_graphml", "NS", "header", "between", "footer", "node_xml", "edge_xml"]

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_TYPES = {"string": "string", "integer": "long", "double": "double", "boolean": "boolean"}
_NODE_KEYS = {"label": "string", **NODE_ATTRS}



def header() -> str:
    keys = "".join(f'  <key id="{n}" for="node" attr.name="{n}" attr.type="{_TYPES[t]}"/>\n'
                   for n, t in _NODE_KEYS.items())
    keys += "".join(f'  <key id="e_{n}" for="edge" attr.name="{n}" attr.type="{_TYPES[t]}"/>\n'
                    for n, t in EDGE_ATTRS.items())
    return ("<?xml version='1.0' encoding='utf-8'?>\n"
            f'<graphml xmlns="{NS}" xmlns:xsi="{XSI}" xsi:schemaLocation="{SCHEMA_LOCATION}">\n'
            + keys + '  <graph id="G" edgedefault="directed">\n')


def between() -> str:
    return ""


def footer() -> str:
    return "  </graph>\n</graphml>\n"


def node_xml(nid: str, attrs: dict) -> str:
    data = "".join(f'      <data key="{name}">{escape(attr_text(attrs[name]))}</data>\n'
                   for name in _NODE_KEYS if attrs.get(name) is not None)
    return f"    <node id={quoteattr(nid)}>\n{data}    </node>\n"


def edge_xml(src: str, label: str, dst: str) -> str:
    return (f"    <edge id={quoteattr(f'{src}|{label}|{dst}')} source={quoteattr(src)} "
            f'target={quoteattr(dst)}>\n      <data key="e_label">{escape(label)}</data>\n'
            "    </edge>\n")


def write_graphml(path: str | os.PathLike[str], nodes: Iterable[tuple[str, dict]],
                  edges: Iterable[tuple[str, str, str]]) -> None:
    """Stream ``nodes`` ((id, attrs)) and ``edges`` ((source, label, target)) to ``path``."""
    write_network(path, sys.modules[__name__], nodes, edges)
