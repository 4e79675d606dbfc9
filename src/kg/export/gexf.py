"""GEXF (Gephi's native format), streamed: colours by class, sizes by mentions.

Written with lxml's incremental ``xmlfile``, one node or edge at a time, so a corpus of
thousands of reports never becomes one XML tree. Attributes are declared once; a node
carries only the attributes that apply to it (GEXF allows absent values), so Gephi's
ranking by ``value`` sees figures only.
"""
from __future__ import annotations

import math
import os
from collections.abc import Iterable
from typing import Any

from lxml import etree

from kg.atomic import atomic_open
from kg.export.network import EDGE_ATTRS, NODE_ATTRS, PARENT

__all__ = ["write_gexf", "PALETTE", "color_for", "size_for", "GEXF_NS", "VIZ_NS"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_TYPES = {"string": "string", "integer": "integer", "double": "double", "boolean": "boolean"}

# Readable, colour-blind-friendlier palette (Tableau-like); School subclasses are blues.
PALETTE: dict[str, tuple[int, int, int]] = {
    "School": (31, 119, 180),
    "Kindergarten": (158, 202, 225),
    "PrimarySchool": (107, 174, 214),
    "SecondarySchool": (66, 146, 198),
    "NineYearSchool": (49, 130, 189),
    "VocationalSchool": (33, 113, 181),
    "TeacherTrainingSchool": (8, 81, 156),
    "EducationGroup": (8, 48, 107),
    "University": (148, 103, 189),
    "GovernmentAgency": (214, 39, 40),
    "PartyBody": (165, 15, 21),
    "Organization": (255, 127, 14),
    "Person": (227, 119, 194),
    "Place": (44, 160, 44),
    "Initiative": (188, 189, 34),
    "Event": (23, 190, 207),
    "Document": (140, 86, 75),
    "Figure": (255, 187, 0),
    "Report": (57, 59, 121),
    "Section": (127, 127, 127),
    "Sentence": (199, 199, 199),
}
DEFAULT_COLOR = (153, 153, 153)


def color_for(node_type: str) -> tuple[int, int, int]:
    """The type's colour; an unknown subclass falls back to its parent's colour."""
    return PALETTE.get(node_type) or PALETTE.get(PARENT.get(node_type, ""), DEFAULT_COLOR)


def size_for(mentions: int) -> float:
    """Node size grows with the square root of mentions (area ∝ mentions)."""
    return round(8.0 + 6.0 * math.sqrt(max(mentions, 0)), 2)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_gexf(path: str | os.PathLike[str], nodes: Iterable[tuple[str, dict]],
               edges: Iterable[tuple[str, str, str]]) -> None:
    """Stream ``nodes`` ((id, attrs)) and ``edges`` ((source, label, target)) to ``path``."""
    G, V = f"{{{GEXF_NS}}}", f"{{{VIZ_NS}}}"
    with atomic_open(path, "wb") as fh, etree.xmlfile(fh, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(G + "gexf", nsmap={None: GEXF_NS, "viz": VIZ_NS}, version="1.3"):
            meta = etree.Element(G + "meta")
            etree.SubElement(meta, G + "creator").text = "edukg"
            etree.SubElement(meta, G + "description").text = (
                "entities, figures and reports from Chinese education work reports")
            xf.write(meta, pretty_print=True)
            with xf.element(G + "graph", defaultedgetype="directed", mode="static"):
                for cls, schema in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
                    decl = etree.Element(G + "attributes", {"class": cls, "mode": "static"})
                    for name, t in schema.items():
                        if cls == "edge" and name == "label":
                            continue      # GEXF edges carry label as an XML attribute
                        etree.SubElement(decl, G + "attribute", id=name, title=name,
                                         type=_TYPES[t])
                    if len(decl):
                        xf.write(decl, pretty_print=True)
                with xf.element(G + "nodes"):
                    for nid, attrs in nodes:
                        el = etree.Element(G + "node", id=nid, label=str(attrs.get("label", nid)))
                        values = etree.SubElement(el, G + "attvalues")
                        for name in NODE_ATTRS:
                            if name in attrs and attrs[name] is not None:
                                etree.SubElement(values, G + "attvalue", {
                                    "for": name, "value": _text(attrs[name])})
                        kind = str(attrs.get("type", ""))
                        r, g, b = color_for(kind)
                        etree.SubElement(el, V + "color", r=str(r), g=str(g), b=str(b))
                        weight = attrs.get("mentions", 0) if kind != "Figure" else 0
                        etree.SubElement(el, V + "size", value=repr(size_for(int(weight or 0))))
                        xf.write(el, pretty_print=True)
                with xf.element(G + "edges"):
                    for src, label, dst in edges:
                        eid = f"{src}|{label}|{dst}"
                        xf.write(etree.Element(G + "edge", id=eid, source=src, target=dst,
                                               label=label), pretty_print=True)
