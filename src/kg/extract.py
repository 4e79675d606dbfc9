"""The per-report function every worker runs: file bytes in, a compact result out.

It is pure (no paths opened, nothing written), so the same function runs in a local
process, in a local pool, or on a Dask worker on another machine that has only the
package: the worker gets the file's bytes and name, never a path to open. The result
is everything the sink needs, already serialised: the report's named graph as N-Quads
(for the store) and Turtle (for ``graph.ttl``), its entity records and relations (for
the shared entities graph), its figure rows (CSV) and its nodes and edges (Gephi). The
sink never sees a ``Report`` or an rdflib graph, so the corpus never sits in memory.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import pyoxigraph as ox

from .graph import EntityRecord, report_graph_iri, report_triples, sentence_iri
from .model import Report
from .vocab import PREFIXES

# Prefixes for the Turtle chunks; id: is left out on purpose (Oxigraph would escape
# every "/" in id: local names, which reads badly).
TURTLE_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items() if p != "id"}


@dataclass
class ReportResult:
    """One report, finished: what the sink writes, and nothing it would have to redo."""
    doc_id: str
    source: str
    summary: dict                       # title, issuer, year, region, format, counts
    nquads: bytes                       # the report's own named graph
    turtle: bytes                       # the same triples as Turtle, prefixes left out
    entities: list[EntityRecord] = field(default_factory=list)
    relations: list[tuple[str, str, str]] = field(default_factory=list)
    csv_rows: list[list[str]] = field(default_factory=list)
    report_node_id: str = ""
    about_edges: int = 0
    # the report's own nodes (report, figures) and edges, already rendered: {format: text}
    network_nodes: dict[str, str] = field(default_factory=dict)
    network_edges: dict[str, str] = field(default_factory=dict)


def extract(data: bytes, name: str, doc_id: str, user_dict: Sequence | None = None,
            include_structure: bool = False) -> ReportResult:
    """Read, extract and serialise one report. Raises ReadError for a file that is not a
    readable report; any other exception is a bug in the extractor."""
    from .pipeline import process_text
    from .read import read_bytes

    read = read_bytes(data, name)
    # no path in the result: the sink adds kg:sourceFile, so a cached result serves the
    # same file wherever it lies
    report = process_text(read.text, doc_id, source="", fmt=read.format, user_dict=user_dict)
    return result_of(report, include_structure)


def result_of(report: Report, include_structure: bool = False) -> ReportResult:
    rt = report_triples(report)
    triples = rt.local   # made in a fixed order: deterministic without sorting
    # N-Triples lines end in " .\n" and nowhere else (a newline in a literal is written
    # \n), so naming the graph at each line end turns them into N-Quads
    graph = f" <{report_graph_iri(report.doc_id)}> .\n".encode()
    nquads = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).replace(b" .\n", graph)
    turtle = strip_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                                         prefixes=TURTLE_PREFIXES))
    labels = {e.iri: e.label for e in rt.entities}
    summary = {"file": report.source, "doc_id": report.doc_id, "title": report.title,
               "issuer": report.issuer, "year": report.year, "region": report.region,
               "format": report.format, "entities": len(report.entities),
               "figures": len(report.figures), "relations": len(report.relations)}
    result = ReportResult(report.doc_id, report.source, summary, nquads, turtle,
                          rt.entities, rt.relations)
    _add_rows_and_nodes(result, report, rt.iris, labels, include_structure)
    return result


def strip_prefixes(turtle: bytes) -> bytes:
    """Oxigraph's Turtle without its ``@prefix`` header (the file has one header)."""
    pos = 0
    while turtle.startswith(b"@prefix ", pos):
        pos = turtle.index(b"\n", pos) + 1
    return turtle[pos:]


def turtle_header() -> bytes:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in TURTLE_PREFIXES.items()).encode()


def _add_rows_and_nodes(result: ReportResult, report: Report, iris: dict[str, str],
                        labels: dict[str, str], include_structure: bool) -> None:
    """The CSV rows, and the Gephi nodes and edges of the report's figures (and, with
    ``include_structure``, of its sections and sentences), rendered here in the worker."""
    from .export import gexf, graphml
    from .export.csv_figures import figure_row
    from .export.network import figure_node_attrs, node_id, report_node_attrs
    from .graph import figure_iri, report_iri

    r_iri = report_iri(report)
    rid = result.report_node_id = node_id(r_iri)
    nodes = [(rid, report_node_attrs(r_iri, report.title or report.doc_id, report.year,
                                     report.region))]
    edges: list[tuple[str, str, str]] = []
    for i, fig in enumerate(report.figures):
        f_iri = figure_iri(report, i)
        about = iris.get(fig.about) if fig.about else None
        sentence = report.sentences[fig.sentence] if fig.sentence is not None else None
        section = report.sections[sentence.section] if sentence and sentence.section is not None \
            else None
        result.csv_rows.append(figure_row(report, fig, f_iri, labels.get(about, "") if about
                                          else "", sentence, section))
        fid = node_id(f_iri)
        nodes.append((fid, figure_node_attrs(f_iri, fig.raw, fig.metric, float(fig.value),
                                             fig.unit, fig.approximate, report.year,
                                             report.region)))
        if about:
            edges.append((fid, "about", node_id(about)))
            result.about_edges += 1
        else:   # no lone dots in Gephi: a figure about nothing named hangs off its report
            edges.append((fid, "inReport", rid))
        if include_structure and sentence is not None:
            edges.append((fid, "wasDerivedFrom", node_id(sentence_iri(report, sentence.index))))
    if include_structure:
        _structure(report, rid, iris, nodes, edges)
    for name, fmt in (("gexf", gexf), ("graphml", graphml)):
        result.network_nodes[name] = "".join(fmt.node_xml(n, a) for n, a in nodes)
        result.network_edges[name] = "".join(fmt.edge_xml(*e) for e in edges)


def _structure(report: Report, rid: str, iris: dict[str, str], nodes: list, edges: list) -> None:
    from .export.network import node_id, structure_node_attrs
    from .graph import section_iri

    for sec in report.sections:
        s_iri = section_iri(report, sec.index)
        sid = node_id(s_iri)
        nodes.append((sid, structure_node_attrs(s_iri, "Section", sec.number + sec.title)))
        edges.append((sid, "parentSection", node_id(section_iri(report, sec.parent)))
                     if sec.parent is not None else (sid, "inReport", rid))
    for sent in report.sentences:
        t_iri = sentence_iri(report, sent.index)
        tid = node_id(t_iri)
        nodes.append((tid, structure_node_attrs(t_iri, "Sentence", sent.text)))
        edges.append((tid, "inSection", node_id(section_iri(report, sent.section)))
                     if sent.section is not None else (tid, "inReport", rid))
    for entity in report.entities:
        eid = node_id(iris[entity.key])
        for i in sorted({m.sentence for m in entity.mentions if m.sentence is not None}):
            edges.append((eid, "mentionedIn", node_id(sentence_iri(report, i))))


# What a build does with results, never what a report becomes: editing these keeps the
# cache. Anything not named here counts (a new module is assumed to matter).
NOT_EXTRACTION = ("__main__.py", "cli.py", "build.py", "sink.py", "store.py", "push.py",
                  "query.py", "evaluate.py", "validate.py", "outdir.py", "atomic.py",
                  "entity_runs.py", "workers.py", "inputs.py", "export/network_files.py",
                  "serve", "web")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the code and data that decide what a report becomes: a changed rule,
    word list or writer invalidates every cached result; a changed CLI or sink does not."""
    return code_hash(Path(__file__).resolve().parent)


def code_hash(root: Path) -> str:
    """:func:`extractor_version` of the package folder ``root``."""
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and path.suffix in (".py", ".tsv", ".txt", ".json", ".ttl") \
                and "__pycache__" not in rel.parts and not _outside_extraction(rel):
            h.update(str(rel).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _outside_extraction(rel: Path) -> bool:
    return rel.as_posix() in NOT_EXTRACTION or rel.parts[0] in NOT_EXTRACTION


__all__ = ["ReportResult", "extract", "result_of", "extractor_version",
           "turtle_header", "strip_prefixes", "TURTLE_PREFIXES", "code_hash",
           "NOT_EXTRACTION"]
