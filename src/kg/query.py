"""SPARQL over a built graph, and the counts ``kg stats`` shows."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef

from .vocab import ENTITY_CLASSES, KG, PREFIXES, RDF, RELATIONS

ONTOLOGY_FILE = "edukg.ttl"


def ontology_path() -> Path | None:
    """The ontology shipped with the package, else the repository's copy."""
    here = Path(__file__).resolve()
    for candidate in (here.parent / "data" / "ontology" / ONTOLOGY_FILE,
                      here.parents[2] / "ontology" / ONTOLOGY_FILE):
        if candidate.exists():
            return candidate
    return None


def load_for_query(path: Path) -> Graph:
    """The data plus the ontology, so ``a/rdfs:subClassOf* kg:School`` finds kindergartens."""
    graph = Graph()
    graph.parse(path)
    onto = ontology_path()
    if onto is not None:
        graph.parse(onto)
    return graph


def run_query(graph: Graph, sparql: str) -> tuple[list[str], list[list[Any]]]:
    result = graph.query(sparql, initNs=PREFIXES)
    if result.type == "ASK":
        return ["ask"], [[bool(result.askAnswer)]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        g = result.graph
        return ["subject", "predicate", "object"], [[s, p, o] for s, p, o in sorted(g)]
    header = [str(v) for v in result.vars]
    return header, [[row[i] for i in range(len(header))] for row in result]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Literal):
        return value.toPython() if not isinstance(value.toPython(), Literal) else str(value)
    if isinstance(value, URIRef):
        return str(value)
    return value


def _text(value: Any) -> str:
    """A cell as text: booleans as ``true``/``false`` (as in RDF, JSON and ``kg export``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_rows(header: list[str], rows: list[list[Any]], fmt: str = "table") -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    if fmt == "json":
        return json.dumps([dict(zip(header, [c if isinstance(c, (int, float, bool, str))
                                             else str(c) for c in row])) for row in cells],
                          ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(header)
        writer.writerows([[_text(c) for c in row] for row in cells])
        return buf.getvalue()
    texts = [[_text(c) for c in row] for row in cells]
    widths = [max([_width(h)] + [_width(r[i]) for r in texts]) for i, h in enumerate(header)]

    def line(items: list[str]) -> str:
        return "  ".join(t + " " * (w - _width(t)) for t, w in zip(items, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in texts]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def entity_nodes(graph: Graph) -> set:
    return set(graph.subjects(KG.mentionedIn, None))


def count_summary(graph: Graph) -> tuple[int, int, int]:
    entities = len(entity_nodes(graph))
    figures = len(set(graph.subjects(RDF.type, KG.Figure)))
    relations = sum(len(list(graph.triples((None, KG[p], None)))) for p in RELATIONS + ("about",))
    return entities, figures, relations


def graph_stats(graph: Graph) -> list[str]:
    """Counts a user checks first: reports, entities by class, figures, relations."""
    lines = [f"triples      {len(graph)}"]
    for cls in ("Report", "Section", "Sentence", "Figure"):
        lines.append(f"{cls:12s} {len(set(graph.subjects(RDF.type, KG[cls])))}")
    by_class: Counter[str] = Counter()
    for node in entity_nodes(graph):
        for t in graph.objects(node, RDF.type):
            by_class[str(t).rsplit("#", 1)[-1]] += 1
    lines.append("entities by class:")
    for name, n in sorted(by_class.items(), key=lambda kv: (-kv[1], kv[0])):
        marker = "" if name in ENTITY_CLASSES else "  (subclass)"
        lines.append(f"  {name:22s} {n}{marker}")
    lines.append("relations:")
    for p in RELATIONS + ("about",):
        lines.append(f"  {p:22s} {len(list(graph.triples((None, KG[p], None))))}")
    units: Counter[str] = Counter(str(u) for u in graph.objects(None, KG.unit))
    lines.append("figures by unit: " + ", ".join(f"{u} {n}" for u, n in units.most_common(12)))
    return lines
