"""Export stage: every format is written, valid, loadable, deterministic and atomic.

The fixture graph follows docs/graph-shape.md and is deliberately hostile: quotes,
angle brackets, ampersands, control characters, a newline, emoji and a 5000-char label.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

try:  # until the package is installed into the venv (./dev.sh does `pip install -e .`)
    import kg  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import networkx as nx
from lxml import etree
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from kg.atomic import atomic_open, atomic_write, temp_path
import pyoxigraph as ox

from kg.export import FORMATS, export
from kg.export.csv_figures import COLUMNS
from kg.export.network import MAX_LABEL
from kg.graph import ENTITIES_GRAPH, report_graph_iri
from kg import vocab
from kg.vocab import ID, KG, PROV, RDF, RDFS, SKOS

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
GEXF_NS = "{http://gexf.net/1.3}"
VIZ_NS = "{http://gexf.net/1.3/viz}"
CONTROL = re.compile("[\x00-\x1f\x7f]")

SCHOOL_LABEL = '"阳光"小学 <A&B> \'x\' \x07 😀'
LONG_LABEL = "幼" * 4990 + "第一幼儿园"
PERSON_LABEL = "张三\n王五"
SECTION_TITLE = '加快建设, "优质"教育\n体系 & <资源>'
METRIC_HOSTILE = '覆盖率, "含"\n新\x07增'
SENT0 = "全区新增义务教育学位4920个，阳光小学建成。\x00\x0b\x85\u2028"
SENT1 = "学前教育普惠率约12.5%，\"第一幼儿园\"扩班 😀，新增学位覆盖全区各街道和乡镇的适龄儿童，办学条件明显改善。"
ORDER_EXPORTS = ("ttl", "nt", "jsonld", "graphml", "gexf", "csv")
EXT = {"ttl": "ttl", "nt": "nt", "jsonld": "jsonld", "graphml": "graphml", "gexf": "gexf",
       "csv": "csv"}


def triples() -> list[tuple]:
    """The fixture as a list of triples (so tests can insert them in any order)."""
    r = ID["report/r1"]
    sec = ID["report/r1/section/0"]
    s0, s1 = ID["report/r1/sentence/0"], ID["report/r1/sentence/1"]
    school, kinder = ID["school/a1"], ID["kindergarten/b2"]
    place, person, uni = ID["place/c3"], ID["person/d4"], ID["university/e5"]
    doc, agency = ID["document/f6"], ID["governmentagency/g7"]
    f0, f1 = ID["report/r1/figure/0"], ID["report/r1/figure/1"]
    zh = lambda s: Literal(s, lang="zh")  # noqa: E731
    i = lambda n: Literal(n, datatype=vocab.XSD.integer)  # noqa: E731
    t = [
        (r, RDF.type, KG.Report), (r, RDF.type, PROV.Entity),
        (r, KG["title"], zh("某区2023年教育工作总结 <草案> & \"定稿\"")), (r, KG.issuer, agency),
        (r, KG.year, i(2023)), (r, KG.region, place), (r, KG.sourceFile, Literal("seeds/r1.txt")),
        (r, KG["format"], Literal("txt")), (r, KG.text, Literal(SENT0 + SENT1)),
        (sec, RDF.type, KG.Section), (sec, KG.inReport, r), (sec, KG.sectionNumber, Literal("一、")),
        (sec, RDFS.label, zh(SECTION_TITLE)), (sec, KG.level, i(1)), (sec, KG["index"], i(0)),
        (sec, KG.start, i(0)), (sec, KG.end, i(len(SENT0 + SENT1))),
    ]
    for n, (s, text, start) in enumerate(((s0, SENT0, 0), (s1, SENT1, len(SENT0)))):
        t += [(s, RDF.type, KG.Sentence), (s, KG.text, Literal(text)), (s, KG.start, i(start)),
              (s, KG.end, i(start + len(text))), (s, KG["index"], i(n)), (s, KG.inReport, r),
              (s, KG.inSection, sec)]
    entities = [(school, KG.School, SCHOOL_LABEL, [s0]), (kinder, KG.Kindergarten, LONG_LABEL, [s1]),
                (place, KG.Place, "海淀区", [s0, s1]), (person, KG.Person, PERSON_LABEL, [s1]),
                (uni, KG.University, "北京大学 & <Peking>", [s1]),
                (doc, KG.Document, "《关于\"双减\"的通知》", [s0]),
                (agency, KG.GovernmentAgency, "区教委", [s0])]
    for e, cls, label, sents in entities:
        t += [(e, RDF.type, cls), (e, RDFS.label, zh(label)), (e, KG.inReport, r)]
        t += [(e, KG.mentionedIn, s) for s in sents]
    t += [(school, SKOS.altLabel, zh("阳光小学")), (school, SKOS.altLabel, zh("阳光\x07校")),
          (school, KG.locatedIn, place), (kinder, KG.locatedIn, place),
          (person, KG.affiliatedWith, uni), (doc, KG.issuedBy, agency)]
    figures = [(f0, i(4920), "个", "新增义务教育学位", False, "4920个", 10, 15, s0, school),
               (f1, Literal("12.5", datatype=vocab.XSD.decimal), "%", METRIC_HOSTILE, True, "约12.5%",
                len(SENT0) + 6, len(SENT0) + 12, s1, None)]
    for f, value, unit, metric, approx, raw, start, end, sent, about in figures:
        t += [(f, RDF.type, KG.Figure), (f, KG.value, value), (f, KG.unit, Literal(unit)),
              (f, KG.metric, Literal(metric)), (f, KG.approximate, Literal(approx)),
              (f, KG.rawText, Literal(raw)), (f, KG.start, i(start)), (f, KG.end, i(end)),
              (f, PROV.wasDerivedFrom, sent), (f, KG.inReport, r), (f, KG.inSection, sec),
              (f, KG.year, i(2023)), (f, KG.region, place)]
        if about is not None:
            t.append((f, KG.about, about))
    return t


SHARED = (RDF.type, RDFS.label, SKOS.altLabel, KG.locatedIn, KG.affiliatedWith, KG.issuedBy,
          KG.partOf)


def build(reverse: bool = False) -> Graph:
    g = Graph()
    for triple in (reversed(triples()) if reverse else triples()):
        g.add(triple)
    return g


def to_store(graph: Graph) -> ox.Store:
    """The graph laid out as a build lays it out: entity names, classes and relations in the
    shared entities graph, everything else in the report's graph."""
    store = ox.Store()
    entities = set(graph.subjects(KG.mentionedIn, None))
    for s, p, o in graph:
        where = ENTITIES_GRAPH if s in entities and p in SHARED else report_graph_iri("r1")
        nt = Graph()
        nt.add((s, p, o))
        line = nt.serialize(format="nt").strip()
        store.bulk_load(line[:-1].encode() + f" <{where}> .\n".encode(),
                        format=ox.RdfFormat.N_QUADS)
    return store


def write_all(out: Path, graph: Graph | None = None, include_structure: bool = True) -> dict[str, Path]:
    store = to_store(graph if graph is not None else build())
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for fmt in FORMATS:
        paths[fmt] = out / f"graph.{EXT[fmt]}"
        export(store, fmt, paths[fmt], include_structure=include_structure)
    return paths


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build()


@pytest.fixture(scope="module")
def store(graph) -> ox.Store:
    return to_store(graph)


@pytest.fixture(scope="module", params=[False, True], ids=["entities", "structure"])
def written(request, tmp_path_factory, graph) -> dict[str, Path]:
    return write_all(tmp_path_factory.mktemp("out"), graph, include_structure=request.param)


# ---------------------------------------------------------------- all formats
def test_formats_are_all_written(written):
    assert set(written) == set(FORMATS) == set(ORDER_EXPORTS)
    for fmt, path in written.items():
        assert path.stat().st_size > 0, fmt
        assert not list(path.parent.glob(".*.tmp-*")), "temp files left behind"


def test_unknown_format_rejected(tmp_path, store):
    with pytest.raises(ValueError):
        export(store, "xlsx", tmp_path / "x")
    assert not list(tmp_path.iterdir())


# ---------------------------------------------------------------- RDF
@pytest.mark.parametrize("fmt,parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_round_trips_isomorphic(written, graph, fmt, parser):
    back = Graph().parse(data=written[fmt].read_bytes().decode("utf-8"), format=parser)
    assert len(back) == len(graph)
    assert isomorphic(back, graph)
    # hostile literals survive exactly
    assert (ID["school/a1"], RDFS.label, Literal(SCHOOL_LABEL, lang="zh")) in back
    assert (ID["report/r1/sentence/0"], KG.text, Literal(SENT0)) in back


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_rdf_text_has_no_raw_control_chars(written, fmt):
    text = written[fmt].read_text("utf-8")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    assert "\\u0007" in text


def test_ntriples_one_triple_per_line_sorted_within_each_graph(written, graph):
    lines = written["nt"].read_text("utf-8").split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert len(lines) == len(set(lines)) == len(graph)
    assert lines[:10] == sorted(lines[:10])


def test_turtle_uses_our_prefixes(written):
    text = written["ttl"].read_text("utf-8")
    assert "@prefix kg: <https://w3id.org/edukg/ontology#> ." in text
    assert "ns1:" not in text


def test_jsonld_compact_context(written):
    doc = json.loads(written["jsonld"].read_text("utf-8"))
    assert doc["@context"]["kg"] == str(KG)
    assert doc["@context"]["skos"] == str(SKOS)
    ids = [n["@id"] for n in doc["@graph"]]
    assert ids and all(i.startswith(str(ID)) for i in ids)
    assert any("kg:mentionedIn" in n for n in doc["@graph"])


# ---------------------------------------------------------------- GraphML
def test_graphml_keys_named_and_typed(written):
    root = etree.parse(str(written["graphml"])).getroot()
    keys = root.findall(f"{GRAPHML_NS}key")
    assert keys
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))
    for k in keys:
        assert not re.fullmatch(r"d\d+", k.get("id")), k.get("id")
        assert k.get("attr.name") and k.get("attr.type") in ("string", "boolean", "long", "double")
        assert k.get("for") in ("node", "edge")
    node_keys = {k.get("attr.name"): k.get("id") for k in keys if k.get("for") == "node"}
    assert node_keys["label"] == "label" and node_keys["type"] == "type"
    assert {k.get("attr.name") for k in keys if k.get("for") == "edge"} == {"label"}
    edge_ids = [e.get("id") for e in root.iter(f"{GRAPHML_NS}edge")]
    assert edge_ids and all(edge_ids) and len(edge_ids) == len(set(edge_ids))


def test_graphml_loads_back(written):
    g = nx.read_graphml(written["graphml"], force_multigraph=True)
    check_nodes(g)
    assert all(d["label"] for _, _, d in g.edges(data=True))
    keys = [k for _, _, k in g.edges(keys=True)]
    assert len(keys) == len(set(keys))
    assert g.nodes["report/r1/figure/0"]["value"] == 4920.0
    assert g.nodes["report/r1/figure/1"]["approximate"] is True
    assert g.nodes["school/a1"]["mentions"] == 1


# ---------------------------------------------------------------- GEXF
def test_gexf_valid_with_viz(written):
    root = etree.parse(str(written["gexf"])).getroot()
    nodes = list(root.iter(f"{GEXF_NS}node"))
    assert nodes
    for n in nodes:
        color = n.find(f"{VIZ_NS}color")
        assert color is not None and all(color.get(c) for c in "rgb")
        assert float(n.find(f"{VIZ_NS}size").get("value")) > 0
        assert n.get("label")
    edges = list(root.iter(f"{GEXF_NS}edge"))
    ids = [e.get("id") for e in edges]
    assert ids and len(ids) == len(set(ids))
    assert all(e.get("label") for e in edges)
    assert root.find(f"{GEXF_NS}meta").get("lastmodifieddate") is None
    by_id = {n.get("id"): n for n in nodes}
    school = by_id["school/a1"].find(f"{VIZ_NS}color")
    kinder = by_id["kindergarten/b2"].find(f"{VIZ_NS}color")
    place = by_id["place/c3"].find(f"{VIZ_NS}color")
    # school family is blue-dominant; Place is not
    assert int(school.get("b")) > int(school.get("r")) and int(kinder.get("b")) > int(kinder.get("r"))
    assert int(place.get("g")) > int(place.get("b"))


def test_gexf_loads_back(written):
    g = nx.read_gexf(written["gexf"])
    check_nodes(g)
    assert all(d.get("label") for *_, d in g.edges(data=True))
    assert "networkx_key" not in json.dumps([d for *_, d in g.edges(data=True)])


def check_nodes(g: nx.Graph) -> None:
    """Invariants every loaded network export must satisfy."""
    assert g.number_of_nodes() > 0
    types: dict[str, type] = {}
    for n, d in g.nodes(data=True):
        assert d.get("label") and d.get("type"), (n, d)
        assert len(d["label"]) <= MAX_LABEL
        if d["type"] == "Figure":
            assert isinstance(d["value"], float) and d["unit"]
        else:
            assert "value" not in d
        for k, v in d.items():
            assert v is not None and v != "None", (n, k)
            if isinstance(v, str):
                assert not CONTROL.search(v), (n, k, v)
            assert types.setdefault(k, type(v)) is type(v), (n, k)


# ---------------------------------------------------------------- the Gephi view
def test_entity_view_nodes_edges_and_attributes(tmp_path, store):
    path = tmp_path / "g.graphml"
    export(store, "graphml", path)
    g = nx.read_graphml(path, force_multigraph=True)
    assert sorted(g.nodes) == sorted(["school/a1", "kindergarten/b2", "place/c3", "person/d4",
                                      "university/e5", "document/f6", "governmentagency/g7",
                                      "report/r1/figure/0", "report/r1/figure/1", "report/r1"])
    assert {d["label"] for *_, d in g.edges(data=True)} == {
        "locatedIn", "affiliatedWith", "issuedBy", "about", "inReport"}
    assert nx.number_of_isolates(g) == 0 and nx.is_weakly_connected(g)
    school = g.nodes["school/a1"]
    assert school["type"] == "School" and school["iri"] == str(ID["school/a1"])
    assert school["label"] == SCHOOL_LABEL.replace("\x07", "")
    assert "阳光小学" in school["altLabels"]
    assert "value" not in school and "unit" not in school      # no filler on entities
    assert g.nodes["kindergarten/b2"]["type"] == "Kindergarten"
    assert g.nodes["kindergarten/b2"]["category"] == "School"
    assert len(g.nodes["kindergarten/b2"]["label"]) == MAX_LABEL
    assert g.nodes["person/d4"]["label"] == "张三 王五"
    assert g.nodes["place/c3"]["mentions"] == 2
    fig = g.nodes["report/r1/figure/0"]
    assert fig == {**fig, "label": "4920个 新增义务教育学位", "type": "Figure", "value": 4920.0,
                   "unit": "个", "approximate": False}
    assert "mentions" not in fig
    assert g.nodes["report/r1/figure/1"]["metric"] == "覆盖率, \"含\" 新增"
    # the figure about nothing named hangs off its report
    assert ("report/r1/figure/1", "report/r1") in {(u, v) for u, v, _ in g.edges(keys=True)}
    check_nodes(g)


def test_entity_view_with_structure(tmp_path, store):
    path = tmp_path / "g.graphml"
    export(store, "graphml", path, include_structure=True)
    g = nx.read_graphml(path, force_multigraph=True)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert {"Report", "Section", "Sentence"} <= types
    labels = {d["label"] for *_, d in g.edges(data=True)}
    assert {"inReport", "inSection", "mentionedIn", "wasDerivedFrom"} <= labels
    assert len(g.nodes["report/r1/sentence/1"]["label"]) == 40
    assert g.nodes["report/r1/section/0"]["label"].startswith("一、加快建设")
    check_nodes(g)


# ---------------------------------------------------------------- CSV
def test_csv_rows_match_figures(written):
    raw = written["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0].keys()) == COLUMNS
    assert [r["figure"] for r in rows] == [str(ID["report/r1/figure/0"]), str(ID["report/r1/figure/1"])]
    a, b = rows
    assert a == {**a, "report": "report/r1", "region": "海淀区", "year": "2023", "value": "4920",
                 "unit": "个", "approximate": "false", "about": SCHOOL_LABEL, "raw": "4920个",
                 "metric": "新增义务教育学位", "start": "10", "end": "15",
                 "section": "一、" + SECTION_TITLE, "sentence": SENT0.replace("\x00", "")}
    assert b["metric"] == METRIC_HOSTILE and b["value"] == "12.5" and b["about"] == ""
    assert b["approximate"] == "true" and b["sentence"] == SENT1


# ---------------------------------------------------------------- determinism
def test_writing_twice_is_byte_identical(tmp_path, graph):
    first = {f: p.read_bytes() for f, p in write_all(tmp_path / "a", graph).items()}
    second = {f: p.read_bytes() for f, p in write_all(tmp_path / "b", build(reverse=True)).items()}
    again = {f: p.read_bytes() for f, p in write_all(tmp_path / "a", graph).items()}
    assert first == second == again


def test_deterministic_across_hash_seeds(tmp_path):
    script = ("import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]; import test_export as t; "
              "from pathlib import Path; t.write_all(Path(sys.argv[3]))")
    src = str(Path(__file__).resolve().parents[1] / "src")
    here = str(Path(__file__).resolve().parent)
    out = {}
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, src, here, str(tmp_path / seed)],
                       check=True, env=env)
        out[seed] = {p.name: p.read_bytes() for p in sorted((tmp_path / seed).iterdir())}
    assert out["1"] == out["2"] and len(out["1"]) == len(FORMATS)


# ---------------------------------------------------------------- atomic writes
def test_atomic_write_replaces(tmp_path):
    p = tmp_path / "f.txt"
    atomic_write(p, "旧")
    atomic_write(p, b"new")
    assert p.read_bytes() == b"new"
    atomic_write(p, (c for c in ["a", "b"]))
    assert p.read_text() == "ab"
    assert [x.name for x in tmp_path.iterdir()] == ["f.txt"]


def test_atomic_write_keeps_old_file_when_writer_fails(tmp_path):
    p = tmp_path / "graph.ttl"
    p.write_text("old content")

    def chunks():
        yield "partial new content " * 1000
        raise RuntimeError("boom mid-way")

    with pytest.raises(RuntimeError, match="boom"):
        atomic_write(p, chunks())
    assert p.read_text() == "old content"
    assert [x.name for x in tmp_path.iterdir()] == ["graph.ttl"]
    assert not temp_path(p).exists()


def test_atomic_open_keeps_old_file_on_exception(tmp_path):
    p = tmp_path / "figures.csv"
    p.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(p, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write("half")
            assert temp_path(p).exists() and temp_path(p).name.startswith(".figures.csv.tmp-")
            raise KeyboardInterrupt
    assert p.read_bytes() == b"old"
    assert [x.name for x in tmp_path.iterdir()] == ["figures.csv"]
    with atomic_open(p, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("新")
    assert p.read_bytes() == "新".encode("utf-8-sig")


def test_export_failure_keeps_previous_output(tmp_path, store, monkeypatch):
    p = tmp_path / "graph.gexf"
    export(store, "gexf", p)
    before = p.read_bytes()
    import kg.export.gexf as gexf_mod

    def broken(_kind: str):
        raise OSError("disk full")
    monkeypatch.setattr(gexf_mod, "color_for", broken)
    with pytest.raises(OSError):
        export(store, "gexf", p)
    assert p.read_bytes() == before
    assert [x.name for x in tmp_path.iterdir()] == ["graph.gexf"]


def test_figure_rows_carry_no_nul_characters():
    """The sink writes the workers' rows as they are, so a row is NUL-free when made."""
    from decimal import Decimal
    from types import SimpleNamespace

    from kg.export.csv_figures import figure_row

    report = SimpleNamespace(doc_id="r1", region="某县", year=2023)
    fig = SimpleNamespace(metric="新增\x00学位", value=Decimal(120), unit="个", approximate=False,
                          raw="120个", start=3, end=7)
    sentence = SimpleNamespace(text="新增学位120个\x00。")
    row = figure_row(report, fig, "https://w3id.org/edukg/id/figure/r1-0", "", sentence, None)
    assert "新增学位" in row and "新增学位120个。" in row
    assert not any("\x00" in cell for cell in row)
