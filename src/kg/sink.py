"""The one writer of a build: finished reports in (in input order), store and files out.

Each :class:`~kg.extract.ReportResult` is appended to the outputs as it arrives — its
N-Quads bulk-loaded into the store in batches, its Turtle chunk, CSV rows and Gephi
nodes and edges streamed to files — and then dropped. An entity's names and its place in
the Gephi view depend on every report that names it, so its records go to sorted runs on
disk (:mod:`.entity_runs`); at the end, merged, they become the shared entities graph
and the entity nodes.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from array import array
from concurrent.futures import Future, ThreadPoolExecutor
from sys import intern
from pathlib import Path

import pyoxigraph as ox

from .export.csv_figures import COLUMNS
from .entity_runs import EntityRuns
from .export.network_files import NETWORK_FORMATS, NetworkFiles, part_path
from .extract import ReportResult, TURTLE_PREFIXES, strip_prefixes, turtle_header
from .graph import (ENTITIES_GRAPH, ONTOLOGY_GRAPH, entity_triples, relation_triple, report_graph_iri,
                    source_triple)
from .store import STORE_DIR, load_ontology

BATCH_BYTES = 16 * 1024 * 1024    # N-Quads gathered before one bulk load
SMALL_LOAD = 4 * 1024 * 1024      # below this, a transaction is cheaper than a bulk load
ENTITY_CHUNK = 5000               # entities serialised to Turtle at a time
ENTITY_HASHES = "edukg-entities.hashes"   # beside RocksDB's files: the shared graph's lines


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
        self.entities = EntityRuns(folder)   # on disk, merged by IRI at the end
        self.entity_count = 0                 # known once the build is finished
        self.report_ids: list[str] = []      # report node ids, input order
        self.relations: set[tuple[str, str, str]] = set()
        self.summaries: list[dict] = []
        self.about_count = 0
        self._batch: list[bytes] = []
        self._batch_size = 0
        # Oxigraph's bulk load lets go of the GIL: it runs on a thread of its own while
        # this one takes the next reports (at most one batch waits, so memory stays flat)
        self._loader = ThreadPoolExecutor(1, thread_name_prefix="kg-store-load")
        self._loading: Future | None = None
        self._patch: _GraphPatch | None = None
        self._ttl = open(folder / ".graph.ttl.part", "wb")
        self._ttl.write(turtle_header())
        self._csv = open(folder / "figures.csv", "w", encoding="utf-8-sig", newline="")
        import csv
        self._csv_writer = csv.writer(self._csv)
        self._csv_writer.writerow(COLUMNS)
        # the reports' own Gephi nodes and edges, per format, appended as they come
        self._net = {(fmt, part): open(part_path(folder, part, fmt), "w", encoding="utf-8")
                     for fmt in NETWORK_FORMATS for part in ("nodes", "edges")}
        self._network: NetworkFiles | None = None
        if per_report:
            (folder / "reports").mkdir()

    def _start_store(self, path: Path, previous: Path | None, reports: dict) -> ox.Store:
        self._reusable: dict[str, tuple[str, str]] = {}   # doc_id → (key, source)
        self._old_entities = False
        self._old_hashes: Path | None = None
        if previous is not None and reports and (previous / STORE_DIR / "CURRENT").exists():
            try:
                ox.Store.read_only(str(previous / STORE_DIR)).backup(str(path))
                store = ox.Store(str(path))
            except OSError:
                shutil.rmtree(path, ignore_errors=True)
            else:
                self._reusable = dict(reports)
                self._old_entities = True    # patched by difference at the end
                self._old_hashes = previous / STORE_DIR / ENTITY_HASHES
                store.remove_graph(ox.NamedNode(ONTOLOGY_GRAPH))
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
                self._wait_loaded()
                self.store.remove(ox.Quad(where.subject, where.predicate,
                                          ox.Literal(old[1]), graph))
                self.store.add(ox.Quad(where.subject, where.predicate, where.object, graph))
        else:
            if old is not None:
                self._wait_loaded()
                self.store.remove_graph(graph)
            quad = ox.serialize([ox.Quad(where.subject, where.predicate, where.object, graph)],
                                format=ox.RdfFormat.N_QUADS)
            nquads = result.nquads if isinstance(result.nquads, bytes) else result.nquads.read()
            self._batch += [nquads, quad]
            self._batch_size += len(nquads)
            if self._batch_size >= BATCH_BYTES:
                self._flush_batch()
        self._ttl.write(result.turtle)
        self._ttl.write(strip_prefixes(ox.serialize([where], format=ox.RdfFormat.TURTLE,
                                                    prefixes=TURTLE_PREFIXES)))
        self._csv_writer.writerows(result.csv_rows)
        report_no = len(self.report_ids)
        self.report_ids.append(result.report_node_id)
        self.about_count += result.about_edges
        for fmt in NETWORK_FORMATS:
            self._net[fmt, "nodes"].write(result.network_nodes.get(fmt, ""))
            self._net[fmt, "edges"].write(result.network_edges.get(fmt, ""))
        self.entities.add(report_no, result.entities)
        for s, p, o in result.relations:   # interned: the index shares one copy of an IRI
            self.relations.add((intern(s), intern(p), intern(o)))
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
            self._load(b"".join(self._batch))
            self._batch, self._batch_size = [], 0

    def _load(self, nquads: bytes) -> None:
        """Load on the loader thread, once the previous load is done. In a rebuild, a
        few changed reports go in by a plain transaction: a bulk load writes a new file
        for each of RocksDB's indexes, which costs seconds against a large store. A
        fresh build always bulk-loads (transactions hold their writes in memory)."""
        self._wait_loaded()
        small = self._old_entities and len(nquads) <= SMALL_LOAD   # a rebuild's few reports
        load = self.store.load if small else self.store.bulk_load
        self._loading = self._loader.submit(load, nquads, format=ox.RdfFormat.N_QUADS)

    def _wait_loaded(self) -> None:
        if self._loading is not None:
            loading, self._loading = self._loading, None
            loading.result()   # a failed load fails the build here

    # -- at the end ---------------------------------------------------------------------
    def finish(self) -> None:
        """The shared entities graph (to ``graph.ttl`` and the store), from one pass over
        the merged entity records, while the store loads the last batches on its own
        thread and the Gephi files are written beside it (:class:`NetworkFiles`). A small
        corpus's Gephi files are written first, here, while the loader thread takes the
        last reports' batch (they need nothing the store has; written after the
        entities graph they waited for that load)."""
        self._flush_batch()
        graph = ox.NamedNode(ENTITIES_GRAPH)
        # a rebuild patches the copied shared graph by difference (removing the whole
        # graph from RocksDB costs seconds; a changed report changes a few of its lines)
        self._patch = _GraphPatch(self.store, graph, self._old_hashes) \
            if self._old_entities else None
        self._entity_hashes: list[int] = []   # of the shared graph's lines, for the next build
        self._csv.close()
        for fh in self._net.values():
            fh.close()
        relations = sorted(self.relations)
        self._network = NetworkFiles(self.folder, self.entities.flush(), relations,
                                     self.report_ids, self.entities.records)
        if not self._network.in_own_process:
            self._network.wait()
            self._network = None
        by_subject: dict[str, list[tuple[str, str, str]]] = {}
        for rel in relations:
            by_subject.setdefault(rel[0], []).append(rel)
        triples: list[ox.Triple] = []
        in_chunk = 0
        for e in self.entities.merged():
            self.entity_count += 1
            triples.extend(entity_triples(e.iri, e.type, e.label, e.alts))
            triples.extend(relation_triple(*rel) for rel in by_subject.pop(e.iri, ()))
            in_chunk += 1
            if in_chunk == ENTITY_CHUNK:
                self._write_entity_chunk(triples, graph)
                triples, in_chunk = [], 0
        if triples:
            self._write_entity_chunk(triples, graph)
        rest = [relation_triple(*rel) for s in sorted(by_subject) for rel in by_subject[s]]
        if rest:   # relations whose subject no report named (should not happen)
            self._write_entity_chunk(rest, graph)
        self._ttl.close()
        os.replace(self.folder / ".graph.ttl.part", self.folder / "graph.ttl")
        self._wait_loaded()
        if self._patch is not None:
            self._patch.apply()
            self._patch = None   # it holds the store, which must close with the sink
        for doc_id in self._reusable:   # reports of the last build that are gone now
            self.store.remove_graph(ox.NamedNode(report_graph_iri(doc_id)))
        load_ontology(self.store)
        self.store.flush()
        self._loader.shutdown()
        (self.folder / STORE_DIR / ENTITY_HASHES).write_bytes(
            array("Q", sorted(self._entity_hashes)).tobytes())
        if self._network is not None:
            self._network.wait()
            self._network = None
        self.entities.close()

    def _write_entity_chunk(self, triples: list[ox.Triple], graph: ox.NamedNode) -> None:
        self._ttl.write(strip_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                                    prefixes=TURTLE_PREFIXES)))
        lines = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        self._entity_hashes.extend(line_hash(line) for line in lines.splitlines())
        if self._patch is not None:
            self._patch.add(lines)
        else:   # N-Triples lines end in " .\n" and nowhere else: naming the graph there
            self._load(lines.replace(b" .\n", f" <{graph.value}> .\n".encode()))

    def close(self) -> None:
        """Release files (after finish, or when the build is abandoned)."""
        for fh in (self._ttl, self._csv, *self._net.values()):
            if not fh.closed:
                fh.close()
        self._loader.shutdown(wait=True, cancel_futures=True)
        self._loading = self._patch = None
        if self._network is not None:
            self._network.cancel()
            self._network = None
        self.entities.close()
        self.store = None   # RocksDB closes when the last reference goes


def line_hash(line: bytes) -> int:
    """A stable 64-bit hash of one N-Triples line (the same in every process)."""
    return int.from_bytes(hashlib.blake2b(line, digest_size=8).digest(), "little")


class _GraphPatch:
    """Turns the old version of one named graph into the new one by its difference,
    compared line by line as N-Triples hashes. The last build left its lines' hashes
    beside the store, so the old graph is read only for lines that must go."""

    def __init__(self, store: ox.Store, graph: ox.NamedNode, hashes: Path | None) -> None:
        self.store, self.graph = store, graph
        try:
            self.old = set(array("Q", hashes.read_bytes())) if hashes else None
        except OSError:
            self.old = None
        if self.old is None:   # a store from an older build: hash what it holds
            self.old = {line_hash(line) for line in self._dump().splitlines()}
        self.new: set[int] = set()
        self.added: list[bytes] = []

    def _dump(self) -> bytes:
        # one native call: iterating the graph's quads in Python is ten times slower
        return self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=self.graph)

    def add(self, lines: bytes) -> None:
        for line in lines.splitlines():
            h = line_hash(line)
            self.new.add(h)
            if h not in self.old:
                self.added.append(line)

    def apply(self) -> None:
        gone = self.old - self.new
        if gone:
            lines = [line for line in self._dump().splitlines() if line_hash(line) in gone]
            for t in ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_TRIPLES):
                self.store.remove(ox.Quad(t.subject, t.predicate, t.object, self.graph))
        if self.added:
            self.store.load(b"\n".join(self.added) + b"\n", format=ox.RdfFormat.N_TRIPLES,
                            to_graph=self.graph)


__all__ = ["Sink"]
