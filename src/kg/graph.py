"""Turn processed reports into RDF triples: the only stage that knows RDF.

IRIs are derived from stable keys (the report's id, an entity's identity key), so the
same input always gives the same IRIs, and the same entity named in two reports gets
one node.
"""
from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Iterable

from rdflib import Graph, Literal, URIRef

from .model import Entity, Figure, Report, contract_class
from .vocab import ID, KG, PREFIXES, PROV, RDF, RDFS, SKOS, XSD


def _digest(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def report_iri(report: Report) -> URIRef:
    return ID[f"report/{report.doc_id}"]


def section_iri(report: Report, index: int) -> URIRef:
    return ID[f"report/{report.doc_id}/section/{index + 1}"]


def sentence_iri(report: Report, index: int) -> URIRef:
    return ID[f"report/{report.doc_id}/sentence/{index + 1}"]


def figure_iri(report: Report, index: int) -> URIRef:
    return ID[f"report/{report.doc_id}/figure/{index + 1}"]


def entity_iri(key: str, type_name: str) -> URIRef:
    """``id:school/<hash>``: the class keeps IRIs readable, the hash keeps them stable."""
    return ID[f"{contract_class(type_name).lower()}/{_digest(key)}"]


def new_graph() -> Graph:
    """A graph bound to exactly our prefixes (rdflib's defaults would add thirty more)."""
    graph = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    return graph


def number_literal(value: Decimal) -> Literal:
    """Integers stay xsd:integer (4920), fractions xsd:decimal (58.97)."""
    if value == value.to_integral_value():
        return Literal(int(value))
    return Literal(value.normalize(), datatype=XSD.decimal)


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def add_report(graph: Graph, report: Report) -> Graph:
    """Add one report (structure, entities, figures, relations) to ``graph``."""
    r_iri = report_iri(report)
    iris = {e.key: entity_iri(e.key, e.type) for e in report.entities}
    add = graph.add

    add((r_iri, RDF.type, KG.Report))
    add((r_iri, RDF.type, PROV.Entity))
    add((r_iri, KG["title"], zh(report.title or report.doc_id)))
    add((r_iri, KG.sourceFile, Literal(report.source)))
    add((r_iri, KG["format"], Literal(report.format)))
    add((r_iri, KG.text, Literal(report.text)))
    if report.year:
        add((r_iri, KG.year, Literal(report.year)))
    region_iri = _find_key(report.entities, "Place", report.region, iris)
    if region_iri is not None:
        add((r_iri, KG.region, region_iri))
    issuer_iri = _find_issuer(report, iris)
    if issuer_iri is not None:
        add((r_iri, KG.issuer, issuer_iri))

    for sec in report.sections:
        s_iri = section_iri(report, sec.index)
        add((s_iri, RDF.type, KG.Section))
        add((s_iri, KG.inReport, r_iri))
        add((s_iri, KG.sectionNumber, Literal(sec.number)))
        add((s_iri, RDFS.label, zh(sec.title)))
        add((s_iri, KG.level, Literal(sec.level)))
        add((s_iri, KG["index"], Literal(sec.index + 1)))
        add((s_iri, KG.start, Literal(sec.start)))
        add((s_iri, KG.end, Literal(sec.end)))
        if sec.parent is not None:
            add((s_iri, KG.parentSection, section_iri(report, sec.parent)))

    for sent in report.sentences:
        t_iri = sentence_iri(report, sent.index)
        add((t_iri, RDF.type, KG.Sentence))
        add((t_iri, KG.text, Literal(sent.text)))
        add((t_iri, KG.start, Literal(sent.start)))
        add((t_iri, KG.end, Literal(sent.end)))
        add((t_iri, KG["index"], Literal(sent.index + 1)))
        add((t_iri, KG.inReport, r_iri))
        if sent.section is not None:
            add((t_iri, KG.inSection, section_iri(report, sent.section)))

    for entity in report.entities:
        _add_entity(graph, report, entity, iris[entity.key], r_iri)

    for i, fig in enumerate(report.figures):
        _add_figure(graph, report, fig, figure_iri(report, i), r_iri, iris, region_iri)

    for rel in report.relations:
        if rel.subject in iris and rel.object in iris:
            add((iris[rel.subject], KG[rel.predicate], iris[rel.object]))
    return graph


def _find_key(entities: Iterable[Entity], type_name: str, label: str,
              iris: dict[str, URIRef]) -> URIRef | None:
    if not label:
        return None
    for e in entities:
        if contract_class(e.type) == type_name and (e.label == label or label in e.alt_labels):
            return iris[e.key]
    return None


def _find_issuer(report: Report, iris: dict[str, URIRef]) -> URIRef | None:
    if not report.issuer:
        return None
    for e in report.entities:
        if e.label == report.issuer or report.issuer in e.alt_labels:
            return iris[e.key]
    return None


def _add_entity(graph: Graph, report: Report, entity: Entity, e_iri: URIRef,
                r_iri: URIRef) -> None:
    graph.add((e_iri, RDF.type, KG[entity.type]))
    # Across reports the first label wins; other reports' labels become alt labels.
    existing = graph.value(e_iri, RDFS.label)
    if existing is None:
        graph.add((e_iri, RDFS.label, zh(entity.label)))
    elif str(existing) != entity.label:
        graph.add((e_iri, SKOS.altLabel, zh(entity.label)))
    for alt in sorted((entity.alt_labels | _surface_forms(entity)) - {entity.label}):
        graph.add((e_iri, SKOS.altLabel, zh(alt)))
    graph.add((e_iri, KG.inReport, r_iri))
    for sent_index in sorted({m.sentence for m in entity.mentions if m.sentence is not None}):
        graph.add((e_iri, KG.mentionedIn, sentence_iri(report, sent_index)))


def _surface_forms(entity: Entity) -> set[str]:
    """Names as written (“3820”战略工程) when they differ from the cleaned name, so every
    label can be found verbatim in the sentence that names it."""
    forms = set()
    for m in entity.mentions:
        text = m.text[1:-1] if m.text.startswith("《") and m.text.endswith("》") else m.text
        if text and text != entity.label and text not in entity.alt_labels:
            forms.add(text)
    return forms


def _add_figure(graph: Graph, report: Report, fig: Figure, f_iri: URIRef, r_iri: URIRef,
                iris: dict[str, URIRef], region_iri: URIRef | None) -> None:
    add = graph.add
    add((f_iri, RDF.type, KG.Figure))
    add((f_iri, KG.value, number_literal(fig.value)))
    add((f_iri, KG.unit, Literal(fig.unit)))
    add((f_iri, KG.metric, Literal(fig.metric)))
    add((f_iri, KG.approximate, Literal(bool(fig.approximate))))
    add((f_iri, KG.rawText, Literal(fig.raw)))
    add((f_iri, KG.start, Literal(fig.start)))
    add((f_iri, KG.end, Literal(fig.end)))
    add((f_iri, KG.inReport, r_iri))
    if fig.sentence is not None:
        add((f_iri, PROV.wasDerivedFrom, sentence_iri(report, fig.sentence)))
        section = report.sentences[fig.sentence].section
        if section is not None:
            add((f_iri, KG.inSection, section_iri(report, section)))
    if report.year:
        add((f_iri, KG.year, Literal(report.year)))
    if region_iri is not None:
        add((f_iri, KG.region, region_iri))
    if fig.about and fig.about in iris:
        add((f_iri, KG.about, iris[fig.about]))


__all__ = ["new_graph", "add_report", "entity_iri", "report_iri", "sentence_iri",
           "figure_iri", "section_iri", "number_literal"]
