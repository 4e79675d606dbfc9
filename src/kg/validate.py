"""Check a built graph against the SHACL shapes (ontology/shapes.ttl).

    result = validate(graph)
    if not result.conforms:
        print(format_violations(result))

The ontology (ontology/edukg.ttl) is mixed into the data graph before validation so
that rdfs:subClassOf is visible: a kg:Kindergarten is checked as a kg:School. No RDFS
inference is run, on purpose: the ontology's rdfs:range on kg:locatedIn would otherwise
make any wrong object a kg:Place and hide the error.

The default shapes and ontology are the copies shipped in the package
(``kg/data/ontology/``), falling back to the repository's ``ontology/`` folder; the two
copies must stay identical (tests/test_ontology.py checks it).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .vocab import PREFIXES, RDF, SH, XSD

SHAPES_FILE = "shapes.ttl"
ONTOLOGY_FILE = "edukg.ttl"
REPO_ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"

_BARE_DATATYPES = {XSD.integer, XSD.decimal, XSD.boolean}
_SHORT_PREFIXES = sorted(((p, str(ns)) for p, ns in {**PREFIXES, "sh": SH}.items()),
                         key=lambda item: -len(item[1]))


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result."""
    focus: Node                 # the node that failed
    path: Node | None           # the property (None for node-level constraints)
    message: str
    severity: str = "Violation"  # "Violation", "Warning" or "Info"
    value: Node | None = None   # the offending value, where there is one
    shape: Node | None = None   # the shape that produced the result


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def __bool__(self) -> bool:  # ``if validate(g): ...`` reads naturally
        return self.conforms


def packaged_file(name: str) -> Path:
    """Path of ``name`` (shapes.ttl or edukg.ttl): package data first, then ontology/."""
    try:
        candidate = resources.files("kg").joinpath("data", "ontology", name)
        if candidate.is_file():
            return Path(str(candidate))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    candidate = REPO_ONTOLOGY_DIR / name
    if candidate.is_file():
        return candidate
    raise FileNotFoundError(f"cannot find {name} in kg/data/ontology/ or {REPO_ONTOLOGY_DIR}")


def _load(path: str | Path | Graph | None, default_name: str) -> Graph:
    if isinstance(path, Graph):
        return path
    path = Path(path) if path is not None else packaged_file(default_name)
    return Graph().parse(path, format="turtle")


def validate(data_graph: Graph, shapes_path: str | Path | Graph | None = None,
             ontology_path: str | Path | Graph | None = None) -> ValidationResult:
    """Validate ``data_graph`` against the shapes; the data graph is not modified."""
    import pyshacl  # imported lazily: it is slow to import and only needed here

    shapes = _load(shapes_path, SHAPES_FILE)
    ontology = _load(ontology_path, ONTOLOGY_FILE)
    conforms, report, _text = pyshacl.validate(
        data_graph, shacl_graph=shapes, ont_graph=ontology, inference="none",
        abort_on_first=False, allow_warnings=False, meta_shacl=False, advanced=False,
        inplace=False)
    return ValidationResult(conforms=bool(conforms), violations=_violations(report))


def validate_store(store, progress=None) -> tuple[ValidationResult, int]:
    """Validate a store report by report: each report's graph together with the
    entities it names (their classes, names and relations), so memory stays that of one
    report however large the corpus. Returns the merged result and the triples checked."""
    import pyoxigraph as ox

    from .graph import ENTITIES_GRAPH, ONTOLOGY_GRAPH
    from .query import rdflib_from_store

    shapes, ontology = _load(None, SHAPES_FILE), _load(None, ONTOLOGY_FILE)
    reports = sorted((g for g in store.named_graphs()
                      if g.value not in (ENTITIES_GRAPH, ONTOLOGY_GRAPH)), key=str)
    merged, checked = ValidationResult(True), 0
    in_report = ox.NamedNode("https://w3id.org/edukg/ontology#inReport")
    for n, graph in enumerate(reports, 1):
        data = rdflib_from_store(store, [graph], with_ontology=False)
        entities = {q.subject for q in store.quads_for_pattern(None, in_report, None, graph)}
        extra = [ox.Triple(q.subject, q.predicate, q.object) for e in entities
                 for q in store.quads_for_pattern(e, None, None, ox.NamedNode(ENTITIES_GRAPH))]
        if extra:
            data.parse(data=ox.serialize(extra, format=ox.RdfFormat.N_TRIPLES).decode(),
                       format="nt")
        checked += len(data)
        result = validate(data, shapes, ontology)
        merged.conforms &= result.conforms
        merged.violations.extend(result.violations)
        if progress:
            progress(n, len(reports))
    return merged, checked


def _violations(report: Graph) -> list[Violation]:
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        severity = report.value(result, SH.resultSeverity)
        found.append(Violation(
            focus=report.value(result, SH.focusNode),
            path=report.value(result, SH.resultPath),
            message="; ".join(messages) or "(no message)",
            severity=_local(severity) if severity is not None else "Violation",
            value=report.value(result, SH.value),
            shape=report.value(result, SH.sourceShape),
        ))
    found.sort(key=lambda v: (v.message, str(v.focus), str(v.path)))
    return found


def _local(iri: Node) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def short(node: Node | None) -> str:
    """A node as a human reads it: ``id:report/x/figure/3``, ``kg:unit``, ``"元"``."""
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, ns in _SHORT_PREFIXES:
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        text = str(node)
        text = text if len(text) <= 40 else text[:37] + "..."
        if node.language:
            return f'"{text}"@{node.language}'
        if node.datatype in _BARE_DATATYPES:
            return text
        if node.datatype is not None:
            return f'"{text}"^^{short(node.datatype)}'
        return f'"{text}"'
    return str(node)


def format_violations(result: ValidationResult, limit: int = 50) -> str:
    """One line per violation, ``<focus> <path>: <message>``, grouped and counted by message.

    At most ``limit`` lines of violations are printed; group headers always show the
    full count.
    """
    if result.conforms and not result.violations:
        return "graph conforms to the shapes"
    groups: dict[str, list[Violation]] = defaultdict(list)
    for violation in result.violations:
        groups[violation.message].append(violation)
    severities = Counter(v.severity for v in result.violations)
    summary = ", ".join(f"{n} {sev.lower()}{'s' if n != 1 else ''}"
                        for sev, n in sorted(severities.items()))
    lines = [f"graph does not conform: {summary} of {len(groups)} kind"
             f"{'s' if len(groups) != 1 else ''}"]
    shown = 0
    for message, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"[{len(items)}x] {message}")
        for v in items:
            if shown >= limit:
                break
            value = f" (value {short(v.value)})" if v.value is not None and v.value != v.focus else ""
            where = short(v.focus) if v.path is None else f"{short(v.focus)} {short(v.path)}"
            lines.append(f"  {where}: {v.message}{value}")
            shown += 1
    if shown < len(result.violations):
        lines.append(f"... {len(result.violations) - shown} more not shown (limit {limit})")
    return "\n".join(lines)


__all__ = ["Violation", "ValidationResult", "validate", "validate_store", "format_violations", "packaged_file",
           "short"]
