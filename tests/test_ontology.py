"""The ontology (ontology/edukg.ttl), the SHACL shapes (ontology/shapes.ttl) and kg.validate."""
from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:  # the package may not be installed in the venv
    sys.path.insert(0, str(ROOT / "src"))

from kg.validate import ValidationResult, format_violations, packaged_file, validate  # noqa: E402

KG_NS = "https://w3id.org/edukg/ontology#"
ID_NS = "https://w3id.org/edukg/id/"
ONTOLOGY = ROOT / "ontology" / "edukg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
PACKAGED = ROOT / "src" / "kg" / "data" / "ontology"


def kg(name: str) -> URIRef:
    return URIRef(KG_NS + name)


def ident(path: str) -> URIRef:
    return URIRef(ID_NS + path)


# The published contract (shared/eval/README.md): these names must never change.
CONTRACT_ENTITY_CLASSES = ["School", "University", "GovernmentAgency", "Organization", "Person",
                           "Place", "Initiative", "Event", "Document"]
CONTRACT_CLASSES = CONTRACT_ENTITY_CLASSES + ["Figure", "Report", "Section", "Sentence"]
CONTRACT_PROPERTIES = ["value", "unit", "metric", "approximate", "about", "affiliatedWith",
                       "issuedBy", "locatedIn", "partOf", "text", "start", "end", "rawText",
                       "mentionedIn"]
# Our extensions (docs/graph-shape.md).
EXTENSION_CLASSES = ["Kindergarten", "PrimarySchool", "SecondarySchool", "VocationalSchool",
                     "TeacherTrainingSchool", "NineYearSchool", "EducationGroup", "PartyBody"]
EXTENSION_PROPERTIES = ["inReport", "inSection", "parentSection", "sectionNumber", "level",
                        "index", "title", "issuer", "year", "region", "sourceFile", "format"]
SCHOOL_SUBCLASSES = EXTENSION_CLASSES[:-1]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


# ---------------------------------------------------------------------------
# The ontology itself
# ---------------------------------------------------------------------------

def test_ontology_parses_and_has_header(onto):
    header = list(onto.subjects(RDF.type, OWL.Ontology))
    assert header == [URIRef("https://w3id.org/edukg/ontology")]
    h = header[0]
    assert onto.value(h, OWL.versionInfo) is not None
    assert onto.value(h, URIRef("http://purl.org/dc/terms/license")) == \
        URIRef("https://opensource.org/licenses/MIT")
    assert onto.value(h, URIRef("http://purl.org/dc/terms/title")) is not None
    assert onto.value(h, URIRef("http://purl.org/dc/terms/description")) is not None


def _langs(graph: Graph, node: URIRef, prop: URIRef) -> set[str]:
    return {lit.language for lit in graph.objects(node, prop) if isinstance(lit, Literal)}


@pytest.mark.parametrize("name", CONTRACT_CLASSES + EXTENSION_CLASSES)
def test_class_declared_with_labels(onto, name):
    node = kg(name)
    assert (node, RDF.type, OWL.Class) in onto, f"kg:{name} is not declared as owl:Class"
    assert {"zh", "en"} <= _langs(onto, node, RDFS.label), f"kg:{name} needs @zh and @en labels"
    assert "en" in _langs(onto, node, RDFS.comment), f"kg:{name} needs an @en rdfs:comment"


@pytest.mark.parametrize("name", CONTRACT_PROPERTIES + EXTENSION_PROPERTIES)
def test_property_declared_with_labels(onto, name):
    node = kg(name)
    kinds = set(onto.objects(node, RDF.type))
    assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"kg:{name} is not declared"
    assert {"zh", "en"} <= _langs(onto, node, RDFS.label), f"kg:{name} needs @zh and @en labels"
    assert "en" in _langs(onto, node, RDFS.comment), f"kg:{name} needs an @en rdfs:comment"


def test_every_kg_term_is_documented(onto):
    """No kg: term is used in the ontology without being declared and labelled."""
    used = {t for triple in onto for t in triple
            if isinstance(t, URIRef) and str(t).startswith(KG_NS)}
    declared = set(CONTRACT_CLASSES + EXTENSION_CLASSES + CONTRACT_PROPERTIES + EXTENSION_PROPERTIES)
    assert {str(t)[len(KG_NS):] for t in used} == declared


def test_shared_properties_have_no_rdfs_domain(onto):
    # kg:text is on Sentence and Report, kg:start/kg:end on Sentence, Section and Figure:
    # an rdfs:domain would make RDFS reasoners type them wrongly.
    for name in ("text", "start", "end", "inReport", "index", "year", "region", "mentionedIn",
                 "locatedIn"):
        assert onto.value(kg(name), RDFS.domain) is None, f"kg:{name} must not have rdfs:domain"


def test_external_alignments_point_outside_kg(onto):
    for prop in (OWL.equivalentClass, SKOS.closeMatch, OWL.equivalentProperty, OWL.inverseOf):
        for s, o in onto.subject_objects(prop):
            assert not str(o).startswith(KG_NS), f"{s} {prop} {o}: alignments must be external"


def contract_types(graph: Graph) -> dict[URIRef, set[str]]:
    """The scorer's subclass closure (shared/eval/score.py: contract_types), per class."""
    parents = defaultdict(set)
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        parents[sub].add(sup)
    wanted = {kg(n): n for n in CONTRACT_ENTITY_CLASSES + ["Figure"]}
    out = {}
    for cls in set(graph.subjects(RDF.type, OWL.Class)):
        seen, todo = set(), [cls]
        while todo:
            cur = todo.pop()
            if cur not in seen:
                seen.add(cur)
                todo.extend(parents.get(cur, ()))
        out[cls] = {wanted[c] for c in seen if c in wanted}
    return out


def test_subclass_closure_maps_to_exactly_one_contract_class(onto):
    types = contract_types(onto)
    for name in SCHOOL_SUBCLASSES:
        assert (kg(name), RDFS.subClassOf, kg("School")) in onto
        assert types[kg(name)] == {"School"}, name
    assert types[kg("PartyBody")] == {"GovernmentAgency"}
    for name in CONTRACT_ENTITY_CLASSES + ["Figure"]:
        assert types[kg(name)] == {name}, f"kg:{name} would be counted as {types[kg(name)]}"
    for name in ("Report", "Section", "Sentence"):
        assert types[kg(name)] == set()
    # The only kg: -> kg: subclass links are the eight above.
    internal = {(s, o) for s, o in onto.subject_objects(RDFS.subClassOf)
                if str(s).startswith(KG_NS) and str(o).startswith(KG_NS)}
    assert internal == {(kg(n), kg("School")) for n in SCHOOL_SUBCLASSES} | \
        {(kg("PartyBody"), kg("GovernmentAgency"))}


def _load_scorer():
    path = ROOT.parent / "shared" / "eval" / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("edukg_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_real_scorer_reads_subclasses_as_parents(onto):
    scorer = _load_scorer()
    if scorer is None:
        pytest.skip("shared/eval/score.py not available")
    graph = Graph()
    graph += onto
    expected = {}
    for name in CONTRACT_ENTITY_CLASSES + EXTENSION_CLASSES:
        node = ident(f"test/{name}")
        graph.add((node, RDF.type, kg(name)))
        expected[node] = {"PartyBody": "GovernmentAgency"}.get(
            name, "School" if name in SCHOOL_SUBCLASSES else name)
    types = scorer.contract_types(graph)
    for node, want in expected.items():
        assert types[node] == {want}, (node, types[node])


def test_packaged_copies_are_identical():
    for name in ("edukg.ttl", "shapes.ttl"):
        repo, packaged = ROOT / "ontology" / name, PACKAGED / name
        assert packaged.is_file(), f"missing {packaged}: copy ontology/{name} there"
        assert repo.read_bytes() == packaged.read_bytes(), \
            f"ontology/{name} and src/kg/data/ontology/{name} differ: copy one over the other"


def test_default_files_are_found():
    assert packaged_file("edukg.ttl").read_bytes() == ONTOLOGY.read_bytes()
    assert packaged_file("shapes.ttl").read_bytes() == SHAPES.read_bytes()


def test_shapes_parse_and_are_named():
    shapes = Graph().parse(SHAPES, format="turtle")
    sh = "http://www.w3.org/ns/shacl#"
    node_shapes = set(shapes.subjects(RDF.type, URIRef(sh + "NodeShape")))
    assert len(node_shapes) >= 8
    for shape in node_shapes:
        assert shapes.value(shape, URIRef(sh + "name")) is not None, shape
        assert shapes.value(shape, URIRef(sh + "message")) is not None or \
            shape.endswith("LocatedInShape"), shape
    for prop_shape in shapes.objects(None, URIRef(sh + "property")):
        assert shapes.value(prop_shape, URIRef(sh + "message")) is not None, prop_shape


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

REPORT_TEXT = "一、基本情况\n仓山区金闽小学新增学位4920个。"


def valid_graph() -> Graph:
    """A small graph in the shape of docs/graph-shape.md."""
    g = Graph()
    g.bind("kg", KG_NS)
    g.bind("id", ID_NS)
    rep, sec = ident("report/t"), ident("report/t/section/1")
    sent, fig = ident("report/t/sentence/1"), ident("report/t/figure/1")
    school, place = ident("school/a1"), ident("place/b2")
    kinder, group = ident("school/c3"), ident("school/d4")
    agency, doc = ident("governmentagency/e5"), ident("document/f6")
    person, uni = ident("person/g7"), ident("university/h8")
    triples = [
        (rep, RDF.type, kg("Report")), (rep, RDF.type, PROV.Entity),
        (rep, kg("title"), Literal("仓山区2022年教育工作总结", lang="zh")),
        (rep, kg("text"), Literal(REPORT_TEXT)), (rep, kg("year"), Literal(2022)),
        (rep, kg("region"), place), (rep, kg("issuer"), agency),
        (rep, kg("sourceFile"), Literal("seeds/t.txt")), (rep, kg("format"), Literal("txt")),
        (sec, RDF.type, kg("Section")), (sec, kg("inReport"), rep),
        (sec, kg("sectionNumber"), Literal("一、")), (sec, RDFS.label, Literal("基本情况", lang="zh")),
        (sec, kg("level"), Literal(1)), (sec, kg("index"), Literal(1)),
        (sec, kg("start"), Literal(0)), (sec, kg("end"), Literal(len(REPORT_TEXT))),
        (sent, RDF.type, kg("Sentence")), (sent, kg("text"), Literal(REPORT_TEXT[7:])),
        (sent, kg("start"), Literal(7)), (sent, kg("end"), Literal(len(REPORT_TEXT))),
        (sent, kg("index"), Literal(1)), (sent, kg("inReport"), rep), (sent, kg("inSection"), sec),
        (fig, RDF.type, kg("Figure")), (fig, kg("value"), Literal(4920)),
        (fig, kg("unit"), Literal("个")), (fig, kg("metric"), Literal("新增学位")),
        (fig, kg("approximate"), Literal(False)), (fig, kg("rawText"), Literal("4920个")),
        (fig, kg("start"), Literal(20)), (fig, kg("end"), Literal(25)),
        (fig, PROV.wasDerivedFrom, sent), (fig, kg("about"), school),
        (fig, kg("inReport"), rep), (fig, kg("inSection"), sec), (fig, kg("year"), Literal(2022)),
        (fig, kg("region"), place),
        (school, kg("locatedIn"), place), (kinder, kg("partOf"), group),
        (doc, kg("issuedBy"), agency), (person, kg("affiliatedWith"), uni),
    ]
    for t in triples:
        g.add(t)
    entities = [(school, "PrimarySchool", "金闽小学"), (place, "Place", "仓山区"),
                (kinder, "Kindergarten", "仓山区实验幼儿园"), (group, "EducationGroup", "仓山区实验幼儿园教育集团"),
                (agency, "PartyBody", "仓山区委教育工委"), (doc, "Document", "仓山区学生行为习惯养成教育实施方案"),
                (person, "Person", "朱以撒"), (uni, "University", "福建师范大学")]
    for node, cls, label in entities:
        g.add((node, RDF.type, kg(cls)))
        g.add((node, RDFS.label, Literal(label, lang="zh")))
        g.add((node, kg("mentionedIn"), sent))
        g.add((node, kg("inReport"), rep))
    g.add((school, SKOS.altLabel, Literal("金闽", lang="zh")))
    return g


def assert_fails(result: ValidationResult, path: str, words: str) -> str:
    assert not result.conforms
    text = format_violations(result)
    hits = [v for v in result.violations if v.path is not None and str(v.path).endswith(path)]
    assert hits, f"no violation on {path}:\n{text}"
    assert any(words in v.message for v in hits), text
    assert f"kg:{path.split('#')[-1]}" in text or path in text, text
    return text


def test_valid_graph_conforms():
    result = validate(valid_graph())
    assert result.conforms, format_violations(result)
    assert result.violations == []
    assert format_violations(result) == "graph conforms to the shapes"


def test_explicit_paths_and_decimal_value():
    g = valid_graph()
    fig = ident("report/t/figure/1")
    g.set((fig, kg("value"), Literal(Decimal("58.97"))))  # xsd:decimal
    assert str(g.value(fig, kg("value")).datatype).endswith("#decimal")
    assert validate(g, shapes_path=SHAPES, ontology_path=ONTOLOGY).conforms


def test_figure_without_unit_fails():
    g = valid_graph()
    g.remove((ident("report/t/figure/1"), kg("unit"), None))
    text = assert_fails(validate(g), "unit", "kg:unit")
    assert "id:report/t/figure/1 kg:unit:" in text


def test_figure_with_string_value_fails():
    g = valid_graph()
    g.set((ident("report/t/figure/1"), kg("value"), Literal("4920")))
    text = assert_fails(validate(g), "value", "xsd:integer or xsd:decimal")
    assert '"4920"' in text  # the offending value is shown


def test_entity_without_label_fails():
    g = valid_graph()
    g.remove((ident("school/c3"), RDFS.label, None))  # a Kindergarten: checked as a School
    text = assert_fails(validate(g), "label", "rdfs:label")
    assert "id:school/c3" in text


def test_entity_label_must_be_zh():
    g = valid_graph()
    g.set((ident("person/g7"), RDFS.label, Literal("Zhu Yisa", lang="en")))
    assert_fails(validate(g), "label", "@zh")


def test_located_in_a_school_fails():
    g = valid_graph()
    g.add((ident("school/c3"), kg("locatedIn"), ident("school/a1")))
    result = validate(g)
    text = assert_fails(result, "locatedIn", "kg:Place")
    bad = [v for v in result.violations if str(v.path).endswith("locatedIn")]
    assert [(v.focus, v.value) for v in bad] == [(ident("school/c3"), ident("school/a1"))]
    assert "id:school/c3 kg:locatedIn: kg:locatedIn must point to a kg:Place" in text


def test_relation_subjects_are_checked():
    g = valid_graph()
    g.add((ident("place/b2"), kg("partOf"), ident("school/a1")))     # a Place is not a School
    g.add((ident("school/a1"), kg("affiliatedWith"), ident("university/h8")))
    result = validate(g)
    messages = {v.message for v in result.violations}
    assert "Only a kg:School can be kg:partOf something" in messages
    assert "Only a kg:Person can be kg:affiliatedWith something" in messages


def test_figure_needs_its_sentence():
    g = valid_graph()
    g.remove((ident("report/t/figure/1"), PROV.wasDerivedFrom, None))
    assert_fails(validate(g), "wasDerivedFrom", "kg:Sentence")


def test_format_violations_groups_counts_and_limits():
    g = valid_graph()
    for i in range(3):
        node = ident(f"report/t/figure/x{i}")
        g.add((node, RDF.type, kg("Figure")))
        g.add((node, kg("value"), Literal(i)))
    result = validate(g)
    text = format_violations(result)
    assert "[3x] Figure needs exactly one kg:unit" in text
    assert text.count("kg:unit: Figure needs exactly one kg:unit") == 3
    short = format_violations(result, limit=2)
    assert f"{len(result.violations) - 2} more not shown" in short
    assert len([ln for ln in short.splitlines() if ln.startswith("  ")]) == 2


def test_data_graph_is_not_modified():
    g = valid_graph()
    before = len(g)
    validate(g)
    assert len(g) == before
    assert not any(isinstance(s, BNode) for s in g.subjects())
