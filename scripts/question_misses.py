#!/usr/bin/env python3
"""Which competency questions fail, with what the gold wants and what the graph answered.

    PYTHONPATH=src .venv/bin/python scripts/question_misses.py eval/blind10 ... [--out DIR]

The questions score is one number per folder; choosing the next rule needs the failing
question, its SPARQL and the graph's answer side by side.
"""
import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(SHARED))
import score  # noqa: E402  (the evaluation kit, beside the repository)
from eval_graphs import write_graph  # noqa: E402  (kg build's graph, in this process)


def build(txt, out):
    if not (out / "graph.ttl").exists():
        out.mkdir(parents=True, exist_ok=True)
        write_graph(txt, out / "graph.ttl")


def answers(graph, sparql):
    try:
        rows = graph.query(sparql, initNs={"kg": score.KG, "rdfs": score.RDFS, "skos": score.SKOS})
        return sorted({str(c) for row in rows for c in row if c is not None})[:8]
    except Exception as exc:  # the kit counts a broken query as wrong; show why
        return [f"error: {exc}"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--out", help="keep the built graphs here (reused when present)")
    args = ap.parse_args()
    work = Path(args.out or tempfile.mkdtemp())
    jobs = [(txt, txt.with_suffix(".json"), work / txt.parent.name / txt.stem)
            for d in args.dirs for txt in sorted(Path(d).glob("*.txt"))
            if txt.with_suffix(".json").exists()]
    for txt, _, out in jobs:
        build(txt, out)
    total = failed = 0
    for txt, gold_path, out in jobs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        graph = score.load_graph([out / "graph.ttl", ROOT / "ontology" / "edukg.ttl"])
        result = score.score_questions(graph, gold)
        if not result:
            continue
        total += result["n"]
        failed += len(result["failed"])
        for q in gold["questions"]:
            if q["q"] in result["failed"]:
                print(f"== {txt.parent.name}/{txt.stem}: {q['q']}\n   want {q['answer']}\n"
                      f"   got  {answers(graph, q['sparql'])}\n   {' '.join(q['sparql'].split())}")
    print(f"failed {failed} of {total}")


if __name__ == "__main__":
    main()
