"""GEXF (Gephi's native format) with node colours by class and sizes by mentions.

networkx writes the GEXF; we only prepare a clean copy of the graph (viz:color,
viz:size, unique edge ids, labels, XML-safe strings) and then tidy its output:
the ``lastmodifieddate`` stamp is dropped so the file is byte-identical between
runs, and networkx's redundant ``networkx_key`` edge attribute is removed (the
key is already the edge id).
"""
from __future__ import annotations

import io
import math
import os

import networkx as nx
from lxml import etree

from kg.atomic import atomic_write
from kg.export.network import PARENT, clean_text

__all__ = ["write_gexf", "gexf_bytes", "PALETTE", "color_for", "size_for"]

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
_NETWORKX_KEY = "networkx_key"


def color_for(node_type: str) -> tuple[int, int, int]:
    """The type's colour; an unknown subclass falls back to its parent's colour."""
    return PALETTE.get(node_type) or PALETTE.get(PARENT.get(node_type, ""), DEFAULT_COLOR)


def size_for(mentions: int) -> float:
    """Node size grows with the square root of mentions (area ∝ mentions)."""
    return round(8.0 + 6.0 * math.sqrt(max(mentions, 0)), 2)


def _prepared(g: nx.Graph) -> nx.MultiDiGraph:
    """A sorted, cleaned copy with viz data and unique edge ids/labels."""
    out = nx.MultiDiGraph() if g.is_directed() else nx.MultiGraph()
    for n in sorted(g.nodes, key=clean_text):
        data = {k: clean_text(v) if isinstance(v, str) else v
                for k, v in sorted(g.nodes[n].items()) if v is not None}
        data.setdefault("label", clean_text(n))
        r, gr, b = color_for(str(data.get("type", "")))
        mentions = data.get("mentions", 0)
        data["viz"] = {"color": {"r": r, "g": gr, "b": b, "a": 1.0},
                       "size": size_for(mentions if isinstance(mentions, int) else 0)}
        out.add_node(clean_text(n), **data)
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else \
        ((u, v, None, d) for u, v, d in g.edges(data=True))
    seen: set[str] = set()
    rows = []
    for u, v, k, d in edges:
        base = clean_text(d.get("id") or (k if k is not None else f"{u}|{v}"))
        eid, i = base, 1
        while eid in seen:
            i += 1
            eid = f"{base}#{i}"
        seen.add(eid)
        data = {key: clean_text(val) if isinstance(val, str) else val
                for key, val in d.items() if val is not None and key not in ("id", "type")}
        data["label"] = clean_text(d.get("label", ""))
        rows.append((eid, clean_text(u), clean_text(v), data))
    for eid, u, v, data in sorted(rows, key=lambda r: r[0]):
        out.add_edge(u, v, key=eid, id=eid, **data)
    return out


def _tidy(xml: bytes) -> bytes:
    """Drop the date stamp and networkx's key attribute; re-indent deterministically."""
    root = etree.fromstring(xml, etree.XMLParser(remove_blank_text=True))
    ns = root.nsmap.get(None, "")
    q = (lambda tag: f"{{{ns}}}{tag}") if ns else (lambda tag: tag)
    for meta in root.iter(q("meta")):
        meta.attrib.pop("lastmodifieddate", None)
        for creator in meta.iter(q("creator")):
            creator.text = "edukg"
    for attributes in list(root.iter(q("attributes"))):
        if attributes.get("class") != "edge":
            continue
        for attr in list(attributes):
            if attr.get("title") != _NETWORKX_KEY:
                continue
            attributes.remove(attr)
            for edge in root.iter(q("edge")):
                for value in edge.iter(q("attvalue")):
                    if value.get("for") == attr.get("id"):
                        value.getparent().remove(value)
                        break
        if len(attributes) == 0:
            attributes.getparent().remove(attributes)
    for attvalues in list(root.iter(q("attvalues"))):
        if len(attvalues) == 0:
            attvalues.getparent().remove(attvalues)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def gexf_bytes(g: nx.Graph) -> bytes:
    """The GEXF 1.2draft document for ``g`` as UTF-8 bytes."""
    buf = io.BytesIO()
    nx.write_gexf(_prepared(g), buf, encoding="utf-8", prettyprint=False, version="1.2draft")
    return _tidy(buf.getvalue())


def write_gexf(nxgraph: nx.Graph, path: str | os.PathLike[str]) -> None:
    """Write ``nxgraph`` (e.g. from :func:`kg.export.network.to_networkx`) as GEXF."""
    atomic_write(path, gexf_bytes(nxgraph))
