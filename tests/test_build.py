"""End-to-end: `kg build` on the seed, the files it writes, and queries over them."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
from rdflib import Graph

from kg.cli import main
from kg.query import run_query
from kg.store import open_store
from kg.vocab import KG, PROV

from conftest import ROOT, SEED


def test_build_writes_every_output(built_seed):
    for name in ("graph.ttl", "graph.graphml", "graph.gexf", "figures.csv", "build-report.json"):
        assert (built_seed / name).stat().st_size > 0, name
    report = json.loads((built_seed / "build-report.json").read_text(encoding="utf-8"))
    assert report["built"] == 1 and report["skipped"] == 0
    assert report["reports"][0]["issuer"] == "福州市仓山区教育局"


def test_every_figure_and_entity_traces_to_its_sentence(built_seed):
    g = Graph().parse(built_seed / "graph.ttl")
    figures = set(g.subjects(None, KG.Figure))
    assert len(figures) > 100
    for f in figures:
        sent = g.value(f, PROV.wasDerivedFrom)
        text, s0 = str(g.value(sent, KG.text)), int(g.value(sent, KG.start))
        piece = text[int(g.value(f, KG.start)) - s0:int(g.value(f, KG.end)) - s0]
        assert piece == str(g.value(f, KG.rawText))
    from rdflib.namespace import RDFS, SKOS
    for e in set(g.subjects(KG.mentionedIn, None)):
        names = [str(n) for p in (RDFS.label, SKOS.altLabel) for n in g.objects(e, p)]
        texts = [str(g.value(s, KG.text)) for s in g.objects(e, KG.mentionedIn)]
        assert any(n in t for n in names for t in texts), names


def test_sentence_offsets_point_into_the_stored_report_text(built_seed):
    g = Graph().parse(built_seed / "graph.ttl")
    report = next(g.subjects(None, KG.Report))
    full = str(g.value(report, KG.text))
    for s in g.subjects(KG.inReport, report):
        if (s, None, KG.Sentence) in g or g.value(s, KG.text) is not None:
            if g.value(s, KG.start) is None:
                continue
            assert full[int(g.value(s, KG.start)):int(g.value(s, KG.end))] == str(g.value(s, KG.text))


def test_two_builds_are_byte_identical(built_seed, tmp_path):
    assert main(["build", str(SEED), "-o", str(tmp_path), "-q"]) == 0
    for name in ("graph.ttl", "graph.graphml", "graph.gexf", "figures.csv"):
        assert (tmp_path / name).read_bytes() == (built_seed / name).read_bytes(), name


def test_sparql_answers_a_users_question(built_seed):
    graph = open_store(built_seed)
    header, rows = run_query(graph, 'SELECT ?v WHERE { ?f a kg:Figure ; kg:metric ?m ; kg:value ?v . '
                                    'FILTER(CONTAINS(STR(?m), "义务教育学位")) }')
    assert [int(r[0].value) for r in rows] == [4920]
    header, rows = run_query(graph, 'SELECT ?name WHERE { ?s a/rdfs:subClassOf* kg:School ; '
                                    'rdfs:label ?name }')
    names = {r[0].value for r in rows}
    assert {"金闽小学", "花溪幼儿园", "四十中"} <= names


def test_kg_query_command_prints_a_table(built_seed, capsys):
    assert main(["query", "-o", str(built_seed), "--format", "csv",
                 'SELECT ?v WHERE { ?f kg:metric ?m ; kg:value ?v FILTER(CONTAINS(?m, "核酸检测")) }']) == 0
    assert "3550200" in capsys.readouterr().out


def test_gephi_files_load_back(built_seed):
    for name, reader in (("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)):
        g = reader(built_seed / name)
        assert g.number_of_nodes() > 100
        for _, data in g.nodes(data=True):
            assert data.get("label") and data.get("type")


def test_stats_and_validate(built_seed, capsys):
    assert main(["stats", "-o", str(built_seed)]) == 0
    out = capsys.readouterr().out
    assert "Figure" in out and "locatedIn" in out
    assert main(["validate", "-o", str(built_seed)]) == 0


def test_bad_files_are_skipped_and_the_rest_builds(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / "good.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "image.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (inputs / "english.txt").write_text("This is a shopping list: eggs, milk, bread.\n" * 3)
    out = tmp_path / "out"
    assert main(["build", str(inputs), "-o", str(out), "-q"]) == 3   # built, some skipped
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["built"] == 1 and report["skipped"] == 3
    reasons = {Path(f["file"]).name: f["reason"] for f in report["failures"]}
    assert set(reasons) == {"empty.txt", "image.pdf", "english.txt"}
    for name, why in reasons.items():
        assert name not in why and "\n" not in why and why   # the path is in "file"
    before = (out / "graph.ttl").read_bytes()
    (inputs / "good.txt").write_text(SEED.read_text(encoding="utf-8").replace("仓山", "鼓楼"),
                                     encoding="utf-8")
    assert main(["build", str(inputs), "-o", str(out), "-q", "--strict"]) == 1
    assert (out / "graph.ttl").read_bytes() == before   # a strict failure writes nothing


def test_killed_build_leaves_previous_outputs_whole_and_no_orphans(built_seed, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built_seed, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    inputs = tmp_path / "many"
    inputs.mkdir()
    for i in range(80):   # long enough to be killed mid-way (a report takes ~0.1 s)
        shutil.copy(SEED, inputs / f"r{i:02d}.txt")
    kg = Path(sys.executable).with_name("kg")
    proc = subprocess.Popen([str(kg), "build", str(inputs), "-o", str(out), "-q", "-j", "2",
                             "--no-cache"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30   # the fork server, its workers and the resource tracker
    while time.time() < deadline and len(_descendants(proc.pid)) < 4:
        time.sleep(0.1)
    time.sleep(0.5)
    workers = _descendants(proc.pid)
    assert len(workers) >= 3, "the build should have started worker processes"
    assert proc.poll() is None, "the build ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 15
    while time.time() < deadline and (any(_alive(p) for p in workers)
                                      or list(tmp_path.glob(".out.*"))):
        time.sleep(0.2)
    assert not [p for p in workers if _alive(p)], "workers outlived the killed build"
    assert not list(tmp_path.glob(".out.*")), "a killed build left its temporary folder"
    now = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert now == before      # out/ is still exactly the previous build


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        for child in _children(todo.pop()):
            found.append(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_many_reports_one_graph_answers_a_cross_report_query(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / "cangshan-2022.txt")
    (inputs / "gulou-2022.txt").write_text(
        "鼓楼区2022年教育工作总结\n一、学校建设\n1.扩容增位。全年新增义务教育学位8000个，"
        "金闽小学与鼓楼实验小学开展结对帮扶。\n\n福州市鼓楼区教育局\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(inputs), "-o", str(out), "-q"]) == 0
    graph = open_store(out)
    query = (ROOT / "queries" / "places-by-region.rq").read_text(encoding="utf-8")
    header, rows = run_query(graph, query)
    top = [(r[0].value, int(r[1].value), int(r[2].value)) for r in rows]
    assert top[0] == ("鼓楼区", 2022, 8000)
    assert ("仓山区", 2022, 4920 + 2070) in top   # 义务教育 and 公办 places
    # one node for 福州市 across the two reports
    header, rows = run_query(graph, 'SELECT ?p WHERE { ?p a kg:Place ; rdfs:label "福州市"@zh }')
    assert len(rows) == 1


def test_user_dictionary_adds_names(tmp_path):
    d = tmp_path / "names.tsv"
    d.write_text("# name\tclass\taliases\n醉美仓山视频号\tOrganization\t醉美仓山\n"
                 "乌石书艺\tEvent\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out), "-q", "--dict", str(d)]) == 0
    graph = open_store(out)
    header, rows = run_query(graph, 'SELECT ?n WHERE { ?e a kg:Organization ; rdfs:label ?n }')
    assert "醉美仓山视频号" in {r[0].value for r in rows}


def test_missing_graph_gives_a_clear_message(tmp_path, capsys):
    assert main(["stats", "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "kg build" in err and len(err.strip().splitlines()) == 1


def test_same_school_merges_within_a_region_not_across(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    body = "{d}2022年教育工作总结\n一、学校建设\n金桥小学新校区建成，新增学位900个。\n\n{city}{d}教育局\n"
    (inputs / "a.txt").write_text(body.format(d="仓山区", city="福州市"), encoding="utf-8")
    (inputs / "b.txt").write_text("仓山区2023年教育工作总结\n一、学校建设\n金桥小学扩建完成，"
                                  "新增学位300个。\n\n福州市仓山区教育局\n", encoding="utf-8")
    (inputs / "c.txt").write_text(body.format(d="江宁区", city="南京市"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(inputs), "-o", str(out), "-q"]) == 0
    graph = open_store(out)
    header, rows = run_query(graph, 'SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE { ?s rdfs:label "金桥小学"@zh ; '
                                    'kg:inReport ?r } GROUP BY ?s ORDER BY ?n')
    assert sorted(int(r[1].value) for r in rows) == [1, 2]   # 仓山 twice, 江宁 once


def test_gephi_view_has_no_lone_dots_and_no_filler_attributes(built_seed):
    for name, reader in (("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)):
        g = reader(built_seed / name)
        assert nx.number_of_isolates(g) == 0, name
        assert nx.number_weakly_connected_components(g) <= 3, name
        for _, data in g.nodes(data=True):
            if data["type"] == "Figure":
                assert "value" in data and "mentions" not in data
            else:
                assert "value" not in data and "unit" not in data, data
                if data["type"] not in ("Report", "Section", "Sentence"):
                    assert data["mentions"] >= 1


def test_user_dictionary_parent_gives_part_of():
    from kg.pipeline import process_text
    text = ("仓山区2022年教育工作总结\n一、学校建设\n仓山区实验小学教育集团发展良好，三江口小学新增学位300个。"
            "\n\n福州市仓山区教育局\n")
    entries = [("三江口小学", "School", (), "仓山区实验小学教育集团")]
    report = process_text(text, "t", user_dict=entries)
    label = {e.key: e.label for e in report.entities}
    found = {(label[r.subject], r.predicate, label[r.object]) for r in report.relations}
    assert ("三江口小学", "partOf", "仓山区实验小学教育集团") in found
    assert ("三江口小学", "partOf", "仓山区实验小学教育集团") not in {
        (label[r.subject], r.predicate, label[r.object])
        for r in process_text(text, "t").relations}
