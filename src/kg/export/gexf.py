"""GEXF (Gephi's native format), streamed: colours by class, sizes by mentions.

Written as text, one node or edge at a time (a corpus of thousands of reports never
becomes one XML tree, and workers can render their own reports' nodes). Attributes are
declared once; a node carries only the attributes that apply to it (GEXF allows absent
values), so Gephi's ranking by ``value`` sees figures only.
"""
from __future__ import annotations

import math
import os
import sys
from collections.abc import Iterable
from kg.export.network import xml_attr as quoteattr

from kg.export.network import NODE_ATTRS, PARENT, attr_text, write_network

__all__ = ["write_gexf", "PALETTE", "color_for", "size_for", "GEXF_NS", "VIZ_NS", "header",
           "between", "footer", "node_xml", "edge_xml"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

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



def header() -> str:
    decls = "".join(f'      <attribute id="{n}" title="{n}" type="{t}"/>\n'
                    for n, t in NODE_ATTRS.items())
    return ("<?xml version='1.0' encoding='utf-8'?>\n"
            f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" version="1.3">\n'
            "  <meta>\n    <creator>edukg</creator>\n    <description>entities, figures and "
            "reports from Chinese education work reports</description>\n  </meta>\n"
            '  <graph defaultedgetype="directed" mode="static">\n'
            '    <attributes class="node" mode="static">\n' + decls + "    </attributes>\n"
            "    <nodes>\n")


def between() -> str:
    return "    </nodes>\n    <edges>\n"


def footer() -> str:
    return "    </edges>\n  </graph>\n</gexf>\n"


def node_xml(nid: str, attrs: dict) -> str:
    values = "".join(f'        <attvalue for="{name}" value={quoteattr(attr_text(attrs[name]))}/>\n'
                     for name in NODE_ATTRS if attrs.get(name) is not None)
    kind = str(attrs.get("type", ""))
    r, g, b = color_for(kind)
    weight = int(attrs.get("mentions", 0) or 0) if kind != "Figure" else 0
    return (f"      <node id={quoteattr(nid)} label={quoteattr(str(attrs.get('label', nid)))}>\n"
            f"        <attvalues>\n{values}        </attvalues>\n"
            f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n'
            f'        <viz:size value="{size_for(weight)!r}"/>\n      </node>\n')


def edge_xml(src: str, label: str, dst: str) -> str:
    return (f"      <edge id={quoteattr(f'{src}|{label}|{dst}')} source={quoteattr(src)} "
            f"target={quoteattr(dst)} label={quoteattr(label)}/>\n")


def write_gexf(path: str | os.PathLike[str], nodes: Iterable[tuple[str, dict]],
               edges: Iterable[tuple[str, str, str]]) -> None:
    """Stream ``nodes`` ((id, attrs)) and ``edges`` ((source, label, target)) to ``path``."""
    write_network(path, sys.modules[__name__], nodes, edges)
