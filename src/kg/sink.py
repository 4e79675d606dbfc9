"""The one writer of a build: finished reports in (in input order), store and files out.

Each :class:`~kg.extract.ReportResult` is appended to the outputs as it arrives — its
N-Quads bulk-loaded into the store in batches, its Turtle chunk, CSV rows and Gephi
nodes and edges streamed to files — and then dropped. All the sink keeps for the whole
corpus is a small index of entities (IRI → class, names, mention counts), because an
entity's names and its place in the Gephi view depend on every report that names it.
At the end that index becomes the shared entities graph and the entity nodes.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .export.csv_figures import COLUMNS
from .atomic import atomic_open
from .export import gexf, graphml
from .export.network import entity_node_attrs, node_id, report_links
from .extract import ReportResult, TURTLE_PREFIXES, strip_prefixes, turtle_header
from .graph import (ENTITIES_GRAPH, ONTOLOGY_GRAPH, entity_triples, relation_triple, report_graph_iri,
                    source_triple)
from .store import STORE_DIR, load_ontology

NETWORK_FORMATS = {"graphml": graphml, "gexf": gexf}
BATCH_BYTES = 16 * 1024 * 1024    # N-Quads gathered before one bulk load
ENTITY_CHUNK = 5000               # entities serialised to Turtle at a time


@dataclass
class _Entity:
    type: str
    label: str
    alts: set[str] = field(default_factory=set)
    mentions: int = 0
    reports: list[str] = field(default_factory=list)   # report node ids, input order
    touched: bool = False                              # some edge reaches it


class Sink:
    """Writes ``graph.ttl``, ``graph.graphml``, ``graph.gexf``, ``figures.csv`` and the
    store into ``folder`` (a fresh build folder)."""

    def __init__(self, folder: Path, per_report: bool = False,
                 previous: Path | None = None, previous_reports: dict | None = None) -> None:
        """``previous``: the last build's folder. Its store is copied (hard links, at once)
        and only the reports whose content key changed are reloaded into it, so a
        rebuild after changing one report of 500 does not reload the other 499."""
        self.folder = folder
        self.per_report = per_report
        self.store = self._start_store(folder / STORE_DIR, previous, previous_reports or {})
        self.entities: dict[str, _Entity] = {}
        self.relations: set[tuple[str, str, str]] = set()
        self.summaries: list[dict] = []
        self.about_count = 0
        self._batch: list[bytes] = []
        self._batch_size = 0
        self._ttl = open(folder / ".graph.ttl.part", "wb")
        self._ttl.write(turtle_header())
        self._csv = open(folder / "figures.csv", "w", encoding="utf-8-sig", newline="")
        import csv
        self._csv_writer = csv.writer(self._csv)
        self._csv_writer.writerow(COLUMNS)
        # the reports' own Gephi nodes and edges, per format, appended as they come
        self._net = {(fmt, part): open(folder / f".{part}.{fmt}", "w", encoding="utf-8")
                     for fmt in NETWORK_FORMATS for part in ("nodes", "edges")}
        if per_report:
            (folder / "reports").mkdir()

    def _start_store(self, path: Path, previous: Path | None, reports: dict) -> ox.Store:
        self._reusable: dict[str, tuple[str, str]] = {}   # doc_id → (key, source)
        if previous is not None and reports and (previous / STORE_DIR / "CURRENT").exists():
            try:
                ox.Store.read_only(str(previous / STORE_DIR)).backup(str(path))
                store = ox.Store(str(path))
            except OSError:
                shutil.rmtree(path, ignore_errors=True)
            else:
                self._reusable = dict(reports)
                for graph in (ENTITIES_GRAPH, ONTOLOGY_GRAPH):
                    store.remove_graph(ox.NamedNode(graph))
                return store
        return ox.Store(str(path))

    # -- per report -------------------------------------------------------------------
    def add(self, result: ReportResult, source: str, key: str = "") -> None:
        """Append one finished report; ``source`` is the file it was read from, ``key``
        its content key (the same key as last build: its graph is already in the store)."""
        self.summaries.append({**result.summary, "file": source, "key": key})
        where = source_triple(result.doc_id, source)
        graph = ox.NamedNode(report_graph_iri(result.doc_id))
        old = self._reusable.pop(result.doc_id, None)
        if old is not None and key and old[0] == key:
            if old[1] != source:   # the same report, moved: only its path changes
                self.store.remove(ox.Quad(where.subject, where.predicate,
                                          ox.Literal(old[1]), graph))
                self.store.add(ox.Quad(where.subject, where.predicate, where.object, graph))
        else:
            if old is not None:
                self.store.remove_graph(graph)
            quad = ox.serialize([ox.Quad(where.subject, where.predicate, where.object, graph)],
                                format=ox.RdfFormat.N_QUADS)
            self._batch += [result.nquads, quad]
            self._batch_size += len(result.nquads)
            if self._batch_size >= BATCH_BYTES:
                self._flush_batch()
        self._ttl.write(result.turtle)
        self._ttl.write(strip_prefixes(ox.serialize([where], format=ox.RdfFormat.TURTLE,
                                                    prefixes=TURTLE_PREFIXES)))
        self._csv_writer.writerows([[c.replace("\x00", "") for c in row]
                                    for row in result.csv_rows])
        report_id = result.report_node_id
        self.about_count += result.about_edges
        for fmt in NETWORK_FORMATS:
            self._net[fmt, "nodes"].write(result.network_nodes.get(fmt, ""))
            self._net[fmt, "edges"].write(result.network_edges.get(fmt, ""))
        for rec in result.entities:
            known = self.entities.get(rec.iri)
            if known is None:   # the first report to name it gives its class and label
                known = self.entities[rec.iri] = _Entity(rec.type, rec.label)
            elif rec.label != known.label:
                known.alts.add(rec.label)
            known.alts.update(rec.alt_labels)
            known.mentions += rec.mentions
            if report_id and (not known.reports or known.reports[-1] != report_id):
                known.reports.append(report_id)
        for s, p, o in result.relations:
            self.relations.add((s, p, o))
        if self.per_report:
            self._write_single(result, where)

    def _write_single(self, result: ReportResult, where: ox.Triple) -> None:
        """``reports/<doc_id>.ttl``: the report on its own, names as it gives them."""
        triples = [t for rec in result.entities
                   for t in entity_triples(rec.iri, rec.type, rec.label, rec.alt_labels)]
        triples += [relation_triple(*rel) for rel in result.relations] + [where]
        body = strip_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                           prefixes=TURTLE_PREFIXES))
        with open(self.folder / "reports" / f"{result.doc_id}.ttl", "wb") as fh:
            fh.write(turtle_header() + result.turtle + body)

    def _flush_batch(self) -> None:
        if self._batch:
            self.store.bulk_extend(ox.parse(b"".join(self._batch), format=ox.RdfFormat.N_QUADS))
            self._batch, self._batch_size = [], 0

    # -- at the end ---------------------------------------------------------------------
    def finish(self) -> None:
        self._flush_batch()
        for doc_id in self._reusable:   # reports of the last build that are gone now
            self.store.remove_graph(ox.NamedNode(report_graph_iri(doc_id)))
        self._csv.close()
        for fh in self._net.values():
            fh.close()
        graph = ox.NamedNode(ENTITIES_GRAPH)
        by_subject: dict[str, list[tuple[str, str, str]]] = {}
        for rel in sorted(self.relations):
            by_subject.setdefault(rel[0], []).append(rel)
        iris = sorted(self.entities)
        for start in range(0, len(iris), ENTITY_CHUNK):
            triples: list[ox.Triple] = []
            for iri in iris[start:start + ENTITY_CHUNK]:
                e = self.entities[iri]
                triples.extend(entity_triples(iri, e.type, e.label, e.alts))
                triples.extend(relation_triple(*rel) for rel in by_subject.pop(iri, ()))
            self._write_entity_chunk(triples, graph)
        rest = [relation_triple(*rel) for s in sorted(by_subject) for rel in by_subject[s]]
        if rest:   # relations whose subject no report named (should not happen)
            self._write_entity_chunk(rest, graph)
        self._ttl.close()
        os.replace(self.folder / ".graph.ttl.part", self.folder / "graph.ttl")
        load_ontology(self.store)
        self.store.flush()
        self._write_networks()

    def _write_entity_chunk(self, triples: list[ox.Triple], graph: ox.NamedNode) -> None:
        self._ttl.write(strip_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                                    prefixes=TURTLE_PREFIXES)))
        self.store.bulk_load(ox.serialize((ox.Quad(t.subject, t.predicate, t.object, graph)
                                           for t in triples), format=ox.RdfFormat.N_QUADS),
                             format=ox.RdfFormat.N_QUADS)

    def _write_networks(self) -> None:
        """Entity nodes (known only now), then the reports' nodes as rendered by the
        workers; relations and report links, then the reports' edges."""
        relations = sorted(self.relations, key=lambda r: (node_id(r[0]), r[1], node_id(r[2])))
        links = report_links({iri: (e.mentions, e.reports) for iri, e in self.entities.items()},
                             relations)
        for fmt, module in NETWORK_FORMATS.items():
            with atomic_open(self.folder / f"graph.{fmt}", "w", encoding="utf-8") as fh:
                fh.write(module.header())
                for iri in sorted(self.entities, key=node_id):
                    e = self.entities[iri]
                    fh.write(module.node_xml(node_id(iri), entity_node_attrs(
                        iri, e.type, e.label, sorted(e.alts), e.mentions, len(e.reports))))
                _copy(self.folder / f".nodes.{fmt}", fh)
                fh.write(module.between())
                for s, p, o in relations:
                    fh.write(module.edge_xml(node_id(s), p.rsplit("#", 1)[-1], node_id(o)))
                for link in links:
                    fh.write(module.edge_xml(*link))
                _copy(self.folder / f".edges.{fmt}", fh)
                fh.write(module.footer())
            for part in ("nodes", "edges"):
                (self.folder / f".{part}.{fmt}").unlink()

    def close(self) -> None:
        """Release files (after finish, or when the build is abandoned)."""
        for fh in (self._ttl, self._csv, *self._net.values()):
            if not fh.closed:
                fh.close()
        self.store = None   # RocksDB closes when the last reference goes


def _copy(path: Path, fh) -> None:
    with open(path, encoding="utf-8") as src:
        shutil.copyfileobj(src, fh, 1 << 20)


__all__ = ["Sink"]
