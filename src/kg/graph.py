"""Turn a processed report into RDF: the only stage that knows RDF.

IRIs are derived from stable keys (the report's id, an entity's identity key), so the
same input always gives the same IRIs, and the same entity named in two reports gets
one node.

A report's facts are split by where they belong in the store (``docs/graph-shape.md``):

* its own named graph (``id:graph/report/<doc_id>``): the report, its sections,
  sentences and figures, and each entity's ``kg:inReport``/``kg:mentionedIn`` — facts no
  other report can state, so no triple is ever in two graphs;
* the shared entities graph (``id:graph/entities``): each entity's class and names, and
  the relations between entities — facts several reports may state, kept once.

Terms are pyoxigraph's (Rust), because a build writes millions of them; ``add_report``
still fills an rdflib graph for code that wants one.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

import pyoxigraph as ox

from .model import Entity, Figure, Report, contract_class
from .vocab import ID, KG, PREFIXES, PROV, RDF, RDFS, SKOS, XSD

ENTITIES_GRAPH = f"{ID}graph/entities"
ONTOLOGY_GRAPH = f"{ID}graph/ontology"


def _digest(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def report_graph_iri(doc_id: str) -> str:
    """The named graph that holds one report's own facts."""
    return f"{ID}graph/report/{doc_id}"


def report_iri(report: Report) -> str:
    return f"{ID}report/{report.doc_id}"


def section_iri(report: Report, index: int) -> str:
    return f"{ID}report/{report.doc_id}/section/{index + 1}"


def sentence_iri(report: Report, index: int) -> str:
    return f"{ID}report/{report.doc_id}/sentence/{index + 1}"


def figure_iri(report: Report, index: int) -> str:
    return f"{ID}report/{report.doc_id}/figure/{index + 1}"


def entity_iri(key: str, type_name: str) -> str:
    """``id:school/<hash>``: the class keeps IRIs readable, the hash keeps them stable."""
    return f"{ID}{contract_class(type_name).lower()}/{_digest(key)}"


def number_lexical(value: Decimal) -> tuple[str, str]:
    """(lexical form, datatype): integers stay xsd:integer (4920), fractions xsd:decimal."""
    if value == value.to_integral_value():
        return str(int(value)), str(XSD.integer)
    return format(value.normalize(), "f"), str(XSD.decimal)


# Terms used on every report, made once.
_N = {name: ox.NamedNode(str(iri)) for name, iri in {
    "type": RDF.type, "label": RDFS.label, "altLabel": SKOS.altLabel,
    "derived": PROV.wasDerivedFrom, "provEntity": PROV.Entity}.items()}
_XSD_INT = ox.NamedNode(str(XSD.integer))
_XSD_BOOL = ox.NamedNode(str(XSD.boolean))
_XSD_DEC = ox.NamedNode(str(XSD.decimal))


def _kg(name: str) -> ox.NamedNode:
    term = _KG_CACHE.get(name)
    if term is None:
        term = _KG_CACHE[name] = ox.NamedNode(str(KG[name]))
    return term


_KG_CACHE: dict[str, ox.NamedNode] = {}


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(int(n)), datatype=_XSD_INT)


# a lone surrogate (text decoded with surrogateescape, or any str a caller passes) cannot be
# written as UTF-8: such a literal keeps U+FFFD in its place, the report's offsets unchanged
_SURROGATE = re.compile("[\ud800-\udfff]")


def _literal(value, **kw) -> ox.Literal:
    try:
        return ox.Literal(value, **kw)
    except (UnicodeEncodeError, ValueError):
        if not isinstance(value, str):
            raise
        return ox.Literal(_SURROGATE.sub("\ufffd", value), **kw)


def _zh(text: str) -> ox.Literal:
    return _literal(text, language="zh")


@dataclass(frozen=True)
class EntityRecord:
    """What one report says about an entity that other reports may say too."""
    iri: str
    type: str                  # most specific class name
    label: str                 # the name this report gives it
    alt_labels: tuple[str, ...]
    mentions: int              # sentences of this report that name it


@dataclass
class ReportTriples:
    """One report as RDF: its own graph's triples, plus entity records and relations
    for the shared entities graph."""
    doc_id: str
    local: list[ox.Triple] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    relations: list[tuple[str, str, str]] = field(default_factory=list)   # (s, kg:p, o) IRIs
    iris: dict[str, str] = field(default_factory=dict)   # Entity.key → IRI


def report_triples(report: Report) -> ReportTriples:
    """Every triple the report contributes, split into its own graph and shared records."""
    out = ReportTriples(report.doc_id)
    local = out.local
    iris = out.iris = {e.key: entity_iri(e.key, e.type) for e in report.entities}
    r = ox.NamedNode(report_iri(report))
    T, L = ox.Triple, _literal

    def add(s: ox.NamedNode, p: ox.NamedNode, o) -> None:
        local.append(T(s, p, o))

    add(r, _N["type"], _kg("Report"))
    add(r, _N["type"], _N["provEntity"])
    add(r, _kg("title"), _zh(report.title or report.doc_id))
    if report.source:   # a build's workers leave it to the sink (the cache is path-free)
        add(r, _kg("sourceFile"), L(report.source))
    add(r, _kg("format"), L(report.format))
    add(r, _kg("text"), L(report.text))
    if report.year:
        add(r, _kg("year"), _int(report.year))
    region = _find(report.entities, report.region, iris, "Place")
    if region is not None:
        add(r, _kg("region"), ox.NamedNode(region))
    issuer = _find(report.entities, report.issuer, iris, None)
    if issuer is not None:
        add(r, _kg("issuer"), ox.NamedNode(issuer))

    sections = [ox.NamedNode(section_iri(report, s.index)) for s in report.sections]
    for sec, s in zip(report.sections, sections):
        add(s, _N["type"], _kg("Section"))
        add(s, _kg("inReport"), r)
        add(s, _kg("sectionNumber"), L(sec.number))
        add(s, _N["label"], _zh(sec.title))
        add(s, _kg("level"), _int(sec.level))
        add(s, _kg("index"), _int(sec.index + 1))
        add(s, _kg("start"), _int(sec.start))
        add(s, _kg("end"), _int(sec.end))
        if sec.parent is not None:
            add(s, _kg("parentSection"), sections[sec.parent])

    sentences = [ox.NamedNode(sentence_iri(report, s.index)) for s in report.sentences]
    for sent, t in zip(report.sentences, sentences):
        add(t, _N["type"], _kg("Sentence"))
        add(t, _kg("text"), L(sent.text))
        add(t, _kg("start"), _int(sent.start))
        add(t, _kg("end"), _int(sent.end))
        add(t, _kg("index"), _int(sent.index + 1))
        add(t, _kg("inReport"), r)
        if sent.section is not None:
            add(t, _kg("inSection"), sections[sent.section])

    for entity in report.entities:
        e = ox.NamedNode(iris[entity.key])
        add(e, _kg("inReport"), r)
        said = sorted({m.sentence for m in entity.mentions if m.sentence is not None})
        for i in said:
            add(e, _kg("mentionedIn"), sentences[i])
        alts = tuple(sorted((entity.alt_labels | surface_forms(entity)) - {entity.label}))
        out.entities.append(EntityRecord(iris[entity.key], entity.type, entity.label, alts,
                                         len(said)))

    region_term = ox.NamedNode(region) if region is not None else None
    for i, fig in enumerate(report.figures):
        _add_figure(add, report, fig, ox.NamedNode(figure_iri(report, i)), r, iris,
                    region_term, sentences, sections)

    seen = set()
    for rel in report.relations:
        if rel.subject in iris and rel.object in iris:
            triple = (iris[rel.subject], str(KG[rel.predicate]), iris[rel.object])
            if triple not in seen:
                seen.add(triple)
                out.relations.append(triple)
    return out


def source_triple(doc_id: str, source: str) -> ox.Triple:
    """``kg:sourceFile``: where this build read the report (added by the build, so that a
    report's cached result does not depend on the folder it lies in)."""
    return ox.Triple(ox.NamedNode(f"{ID}report/{doc_id}"), _kg("sourceFile"), ox.Literal(source))


def entity_triples(iri: str, type_name: str, label: str,
                   alt_labels: Iterable[str]) -> list[ox.Triple]:
    """An entity's class and names, as the shared entities graph holds them."""
    e = ox.NamedNode(iri)
    out = [ox.Triple(e, _N["type"], _kg(type_name)), ox.Triple(e, _N["label"], _zh(label))]
    out.extend(ox.Triple(e, _N["altLabel"], _zh(a)) for a in sorted(set(alt_labels) - {label}))
    return out


def relation_triple(s: str, p: str, o: str) -> ox.Triple:
    return ox.Triple(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o))


def _find(entities: Iterable[Entity], label: str, iris: dict[str, str],
          type_name: str | None) -> str | None:
    if not label:
        return None
    for e in entities:
        if type_name and contract_class(e.type) != type_name:
            continue
        if e.label == label or label in e.alt_labels:
            return iris[e.key]
    return None


def surface_forms(entity: Entity) -> set[str]:
    """Names as written (“3820”战略工程) when they differ from the cleaned name, so every
    label can be found verbatim in the sentence that names it."""
    forms = set()
    for m in entity.mentions:
        text = m.text[1:-1] if m.text.startswith("《") and m.text.endswith("》") else m.text
        if text and text != entity.label and text not in entity.alt_labels:
            forms.add(text)
    return forms


def _add_figure(add, report: Report, fig: Figure, f: ox.NamedNode, r: ox.NamedNode,
                iris: dict[str, str], region: ox.NamedNode | None,
                sentences: list[ox.NamedNode], sections: list[ox.NamedNode]) -> None:
    L = _literal
    lexical, datatype = number_lexical(fig.value)
    add(f, _N["type"], _kg("Figure"))
    add(f, _kg("value"), L(lexical, datatype=_XSD_INT if datatype == str(XSD.integer)
                           else _XSD_DEC))
    add(f, _kg("unit"), L(fig.unit))
    add(f, _kg("metric"), L(fig.metric))
    add(f, _kg("approximate"), L("true" if fig.approximate else "false", datatype=_XSD_BOOL))
    add(f, _kg("rawText"), L(fig.raw))
    add(f, _kg("start"), _int(fig.start))
    add(f, _kg("end"), _int(fig.end))
    add(f, _kg("inReport"), r)
    if fig.sentence is not None:
        add(f, _N["derived"], sentences[fig.sentence])
        section = report.sentences[fig.sentence].section
        if section is not None:
            add(f, _kg("inSection"), sections[section])
    if report.year:
        add(f, _kg("year"), _int(report.year))
    if region is not None:
        add(f, _kg("region"), region)
    if fig.about and fig.about in iris:
        add(f, _kg("about"), ox.NamedNode(iris[fig.about]))


def all_triples(rt: ReportTriples) -> list[ox.Triple]:
    """One report on its own: its graph plus its entity records and relations."""
    out = list(rt.local)
    for e in rt.entities:
        out.extend(entity_triples(e.iri, e.type, e.label, e.alt_labels))
    out.extend(relation_triple(*rel) for rel in rt.relations)
    return out


def new_graph():
    """An rdflib graph bound to exactly our prefixes (rdflib's defaults would add thirty)."""
    from rdflib import Graph

    graph = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return graph


def add_report(graph, report: Report):
    """Add one report to an rdflib ``graph`` (tests, small scripts): the same triples the
    build writes, read back through N-Triples."""
    data = ox.serialize(all_triples(report_triples(report)), format=ox.RdfFormat.N_TRIPLES)
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


__all__ = ["ENTITIES_GRAPH", "ONTOLOGY_GRAPH", "EntityRecord", "ReportTriples",
           "report_triples", "source_triple", "entity_triples", "relation_triple", "all_triples",
           "report_graph_iri", "entity_iri", "report_iri", "sentence_iri", "figure_iri",
           "section_iri", "number_lexical", "surface_forms", "new_graph", "add_report"]
