"""The graph in an Oxigraph store: what every command after ``kg build`` reads.

``kg build`` bulk-loads ``out/store/`` (RocksDB, on disk): one named graph per report,
one shared graph of entities and relations, one graph holding the ontology (see
``kg.graph``). Queries see the union of all graphs, so a user's SPARQL needs no GRAPH
clause, while ``GRAPH <…/graph/report/X>`` still picks one report. Nothing re-parses
Turtle when a store is there; given a Turtle or N-Triples file instead (``--graph``),
it is parsed once into an in-memory store by Oxigraph's own (Rust) parser.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .graph import ONTOLOGY_GRAPH
from .vocab import PREFIXES

STORE_DIR = "store"
QUERY_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}


class StoreError(Exception):
    """A store or graph file that cannot be opened; ``str()`` is one line naming it."""


def store_path(out_dir: str | os.PathLike[str]) -> Path:
    return Path(out_dir) / STORE_DIR


def ontology_file() -> Path | None:
    """The ontology shipped with the package, else the repository's copy."""
    here = Path(__file__).resolve()
    for candidate in (here.parent / "data" / "ontology" / "edukg.ttl",
                      here.parents[2] / "ontology" / "edukg.ttl"):
        if candidate.exists():
            return candidate
    return None


def load_ontology(store: ox.Store) -> None:
    onto = ontology_file()
    if onto is not None:
        store.load(path=str(onto), format=ox.RdfFormat.TURTLE,
                   to_graph=ox.NamedNode(ONTOLOGY_GRAPH))


def open_store(out_dir: str | os.PathLike[str], read_only: bool = True) -> ox.Store:
    """The build's store under ``out_dir``; StoreError when there is none."""
    path = store_path(out_dir)
    if not (path / "CURRENT").exists():
        raise StoreError(f"{path}: no store here; run `kg build` first (or pass --graph FILE)")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store ({_first_line(exc)})") from None


def store_from_file(path: str | os.PathLike[str]) -> ox.Store:
    """An in-memory store holding a graph file (Turtle, N-Triples, N-Quads, TriG, JSON-LD,
    RDF/XML by suffix) plus the ontology."""
    p = Path(path)
    if not p.exists():
        raise StoreError(f"{p}: no such file")
    if p.is_dir():
        raise StoreError(f"{p}: is a folder; give a graph file (.ttl, .nt, .nq, .trig)")
    fmt = ox.RdfFormat.from_extension(p.suffix.lstrip(".").lower() or "ttl") \
        or ox.RdfFormat.TURTLE
    store = ox.Store()
    try:
        if fmt.supports_datasets:
            store.bulk_load(path=str(p), format=fmt)
        else:
            store.bulk_load(path=str(p), format=fmt,
                            to_graph=ox.NamedNode(f"file://{p.resolve()}"))
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(f"{p}: not a readable RDF file ({_first_line(exc)})") from None
    if next(iter(store.quads_for_pattern(None, None, None, None)), None) is None:
        raise StoreError(f"{p}: not a readable RDF graph (no triples in it)")
    load_ontology(store)
    return store


def open_graph(out_dir: str | os.PathLike[str], graph_file: str | None = None) -> ox.Store:
    """What a command reads: ``graph_file`` when given, else the store under ``out_dir``."""
    if graph_file:
        return store_from_file(graph_file)
    return open_store(out_dir)


def query(store: ox.Store, sparql: str, **kwargs: Any):
    """SPARQL over the union of all graphs, with our prefixes predeclared."""
    return store.query(sparql, use_default_graph_as_union=True, prefixes=QUERY_PREFIXES,
                       **kwargs)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


__all__ = ["STORE_DIR", "StoreError", "store_path", "open_store", "store_from_file",
           "open_graph", "query", "load_ontology", "ontology_file", "QUERY_PREFIXES"]
