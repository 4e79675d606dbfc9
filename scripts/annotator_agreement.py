#!/usr/bin/env python3
"""How far two annotators of the same reports agree, in the scorer's own terms: a graph is
built from one annotator's gold file (its entities, figures and relations, in the contract
vocabulary) and scored against the other's gold, both ways, pooled.

    .venv/bin/python scripts/annotator_agreement.py eval/blind21 eval/blind21b [--graphs DIR]
    python ../shared/eval/corpus_score.py eval/blind21 DIR/second ontology/edukg.ttl   # B read as A's gold

The competency questions of a set are only a target the extractor can be held to if two
careful people reading the same text answer each other's questions; this measures that.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, RDF, RDFS, URIRef
from rdflib.namespace import SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(SHARED))
import score  # noqa: E402  (the evaluation kit, beside the repository)

KG = Namespace("https://w3id.org/edukg/ontology#")
ONTOLOGY = ROOT / "ontology" / "edukg.ttl"


def gold_graph(gold: dict) -> Graph:
    """The graph a perfect extractor would write for this gold file."""
    g = Graph()
    nodes: dict[str, URIRef] = {}
    for i, e in enumerate(gold["entities"]):
        node = URIRef(f"urn:gold:e{i}")
        nodes.setdefault(e["label"], node)
        for alias in e.get("aliases") or []:
            nodes.setdefault(alias, node)
        g.add((node, RDF.type, KG[e["type"]]))
        g.add((node, RDFS.label, Literal(e["label"], lang="zh")))
        for alias in e.get("aliases") or []:
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
    figures: dict[str, list[URIRef]] = {}
    for i, f in enumerate(gold["figures"]):
        node = URIRef(f"urn:gold:f{i}")
        figures.setdefault(f["raw"], []).append(node)
        g.add((node, RDF.type, KG.Figure))
        if f.get("value") is not None:
            g.add((node, KG.value, Literal(str(f["value"]), datatype=XSD.decimal)))
        if f.get("unit"):
            g.add((node, KG.unit, Literal(f["unit"])))
        g.add((node, KG.metric, Literal(f.get("metric") or "")))
        g.add((node, KG.rawText, Literal(f["raw"])))
        g.add((node, KG.approximate, Literal(bool(f.get("approx")))))
    for r in gold["relations"]:
        obj = nodes.get(r["o"])
        if obj is None:
            continue
        if r["p"] == "about":
            for fig in figures.get(r["s"], []):
                g.add((fig, KG.about, obj))
        elif r["s"] in nodes:
            g.add((nodes[r["s"]], KG[r["p"]], obj))
    return g


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("first", help="folder of one annotator's gold files")
    ap.add_argument("second", help="folder of the other's, same file names")
    ap.add_argument("--graphs", help="also write each annotator's gold graph here (DIR/first, DIR/second), "
                                     "for corpus_score.py to score the other's gold against")
    args = ap.parse_args()
    if args.graphs:
        for side in ("first", "second"):
            out = Path(args.graphs) / side
            out.mkdir(parents=True, exist_ok=True)
            for p in sorted(Path(getattr(args, side)).glob("*.json")):
                gold_graph(json.loads(p.read_text())).serialize(out / f"{p.stem}.ttl", format="turtle")
    ontology = Graph().parse(ONTOLOGY)
    totals = {"questions": [0, 0]}
    rows = []
    for a in sorted(Path(args.first).glob("*.json")):
        b = Path(args.second) / a.name
        if not b.exists():
            continue
        gold_a, gold_b = json.loads(a.read_text()), json.loads(b.read_text())
        for name, truth, other in ((f"{a.stem} (A's questions on B)", gold_a, gold_b),
                                   (f"{a.stem} (B's questions on A)", gold_b, gold_a)):
            graph = gold_graph(other) + ontology
            res = score.score_questions(graph, truth)
            if res is None:
                continue
            right = round(res["acc"] * res["n"])
            totals["questions"][0] += right
            totals["questions"][1] += res["n"]
            rows.append((name, right, res["n"], res["failed"]))
    for name, right, n, failed in rows:
        print(f"{name}: {right}/{n}")
        for q in failed:
            print(f"    failed: {q}")
    right, n = totals["questions"]
    if n:
        print(f"pooled questions: {right}/{n} = {right / n:.3f}")


if __name__ == "__main__":
    main()
