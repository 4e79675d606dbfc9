#!/usr/bin/env python3
"""Check a gold file against itself before it is used to score anything: a graph made
from the gold file alone must score 1.0 with the evaluation kit and answer every one of
its questions, and every name and figure must be found verbatim in the report.

    python scripts/gold_check.py eval/blind6/*.json

A failure means the annotation, not the extractor, needs mending.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import SKOS, XSD

ROOT = Path(__file__).resolve().parents[1]
KIT = ROOT.parent / "shared" / "eval"
KG = Namespace("https://w3id.org/edukg/ontology#")
ID = Namespace("https://example.org/gold/")


def gold_graph(gold: dict) -> Graph:
    g = Graph()
    nodes = {}
    for i, ent in enumerate(gold["entities"]):
        node = ID[f"e{i}"]
        g.add((node, RDF.type, KG[ent["type"]]))
        g.add((node, RDFS.label, Literal(ent["label"], lang="zh")))   # as kg writes names
        for alias in ent.get("aliases", []):
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        for name in [ent["label"], *ent.get("aliases", [])]:
            nodes.setdefault(name, node)
    figures = {}
    for i, fig in enumerate(gold["figures"]):
        node = ID[f"f{i}"]
        g.add((node, RDF.type, KG.Figure))
        g.add((node, KG.value, Literal(str(fig["value"]), datatype=XSD.decimal)))
        g.add((node, KG.unit, Literal(fig["unit"])))
        g.add((node, KG.metric, Literal(fig["metric"])))
        g.add((node, KG.rawText, Literal(fig["raw"])))
        figures.setdefault(fig["raw"], []).append((fig.get("context"), node))
    for rel in gold.get("relations", []):
        o = nodes.get(rel["o"])
        if rel["p"] == "about":
            subjects = [n for ctx, n in figures.get(rel["s"], [])
                        if not rel.get("context") or ctx == rel["context"]][:1]
        else:
            subjects = [nodes[rel["s"]]] if rel["s"] in nodes else []
        for s in subjects:
            if o is not None:
                g.add((s, KG[rel["p"]], o))
    return g


def verbatim_problems(gold: dict, text: str) -> list[str]:
    """Names as the kit compares them (quotes, width and spaces ignored); figures exact."""
    sys.path.insert(0, str(KIT))
    from score import norm

    out = []
    flat = norm(text)
    for ent in gold["entities"]:
        for name in [ent["label"], *ent.get("aliases", [])]:
            if norm(name) not in flat:
                out.append(f"name not in text: {name}")
    for fig in gold["figures"]:
        if fig["raw"] not in text:
            out.append(f"figure raw not in text: {fig['raw']}")
        if fig.get("context") and fig["context"] not in text:
            out.append(f"figure context not in text: {fig['context']}")
    return out


def check(path: Path) -> bool:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    problems = verbatim_problems(gold, text)
    with tempfile.TemporaryDirectory() as tmp:
        ttl = Path(tmp) / "gold.ttl"
        gold_graph(gold).serialize(ttl, format="turtle")
        run = subprocess.run([sys.executable, str(KIT / "score.py"), str(path), str(ttl),
                              "--json"], capture_output=True, text=True)
    scores = json.loads(run.stdout)
    summary = {"entity": scores["entity"]["f1"], "figure": scores["figure"]["f1"],
               "metric": scores["figure"]["metric_acc"],
               "relation": scores["relation"]["f1"],
               "questions": (scores.get("questions") or {}).get("acc")}
    for key, value in summary.items():
        if value is not None and value < 1.0:
            problems.append(f"{key} {value}")
    for q in (scores.get("questions") or {}).get("failed", []):
        problems.append(f"question not answered by its own gold: {q}")
    for rel in scores["relation"].get("missed", []):
        problems.append(f"relation not resolvable: {rel}")
    print(f"{path.name}: {'ok' if not problems else f'{len(problems)} problem(s)'} "
          f"({len(gold['entities'])} entities, {len(gold['figures'])} figures, "
          f"{len(gold.get('relations', []))} relations, {len(gold.get('questions', []))} questions)")
    for p in problems[:30]:
        print("   ", p)
    return not problems


if __name__ == "__main__":
    results = [check(Path(a)) for a in sys.argv[1:]]
    sys.exit(0 if results and all(results) else 1)
