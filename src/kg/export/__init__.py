"""Export stage: the built rdflib graph to files, one module per format.

Every writer goes through :mod:`kg.atomic`, so an interrupted build never leaves
a truncated output behind, and every format is deterministic byte for byte.
"""
from __future__ import annotations

import os

from rdflib import Graph

from kg.export.csv_figures import write_figures_csv
from kg.export.gexf import write_gexf
from kg.export.graphml import write_graphml
from kg.export.network import to_networkx
from kg.export.rdf import write_rdf

__all__ = ["FORMATS", "export", "to_networkx", "write_rdf", "write_graphml", "write_gexf",
           "write_figures_csv"]

FORMATS = ("ttl", "nt", "jsonld", "graphml", "gexf", "csv")


def export(graph: Graph, fmt: str, path: str | os.PathLike[str],
           include_structure: bool = False) -> None:
    """Write ``graph`` as ``fmt`` (one of :data:`FORMATS`) to ``path``, atomically.

    ``include_structure`` adds reports, sections and sentences to the network
    formats (graphml, gexf); the RDF formats always contain the whole graph.
    """
    if fmt in ("ttl", "nt", "jsonld"):
        write_rdf(graph, path, fmt)
    elif fmt == "graphml":
        write_graphml(to_networkx(graph, include_structure=include_structure), path)
    elif fmt == "gexf":
        write_gexf(to_networkx(graph, include_structure=include_structure), path)
    elif fmt == "csv":
        write_figures_csv(graph, path)
    else:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {FORMATS}")
