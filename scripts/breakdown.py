#!/usr/bin/env python3
"""Pooled recall and precision per relation predicate and per entity type over eval folders.

    PYTHONPATH=src .venv/bin/python scripts/breakdown.py eval/heldout eval/devset ... [--out DIR] [--misses]

score_eval.sh gives one relation F1; choosing which rule to write next needs to know
which predicate loses recall across all reports, so this scores each report with the
evaluation kit's score.py and splits the relation misses by predicate.
"""
import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(SHARED))
import score  # noqa: E402  (the evaluation kit, beside the repository)
from eval_graphs import write_graph  # noqa: E402  (kg build's graph, in this process)


def build(txt, out):
    out.mkdir(parents=True, exist_ok=True)
    write_graph(txt, out / "graph.ttl")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--out")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    work = Path(args.out or tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    jobs = []
    for d in args.dirs:
        for txt in sorted(Path(d).glob("*.txt")):
            gold = txt.with_suffix(".json")
            if gold.exists():
                jobs.append((txt, gold, work / txt.stem))
    for txt, _, out in jobs:
        build(txt, out)
    gold_n, miss_n, pred_n = Counter(), Counter(), Counter()
    type_core, type_hit = Counter(), Counter()
    for txt, gold_path, out in jobs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        graph = score.load_graph([out / "graph.ttl", ROOT / "ontology" / "edukg.ttl"])
        types = score.contract_types(graph)
        ents, node_match = score.score_entities(graph, types, gold)
        figs, fig_match, preds = score.score_figures(graph, types, gold)
        rel = score.score_relations(graph, gold, node_match, fig_match, preds)
        labels = {score.norm(n) for e in gold["entities"] for n in [e["label"], *e.get("aliases", [])]}
        for r in gold.get("relations", []):
            if score.norm(r["o"]) in labels:
                gold_n[r["p"]] += 1
        for m in rel["missed"]:
            p = next(p for p in score.RELATIONS if f" {p} " in m)
            miss_n[p] += 1
            if args.misses:
                print(f"{txt.stem}: {m}")
        for name in score.RELATIONS:
            pred_n[name] += sum(1 for _ in graph.subject_objects(score.KG[name]))
        for t, v in ents["per_type"].items():
            type_core[t] += v["gold_core"]
            type_hit[t] += v["gold_core"] - len(v["missed"])
            if args.misses and v["missed"]:
                print(f"{txt.stem}: {t} missed {v['missed']}")
    for p in score.RELATIONS:
        g = gold_n[p]
        print(f"{p:15s} gold {g:4d}  missed {miss_n[p]:4d}  recall {1 - miss_n[p] / g if g else 0:.3f}  predicted {pred_n[p]}")
    tp = sum(gold_n.values()) - sum(miss_n.values())
    n_pred, n_gold = sum(pred_n.values()), sum(gold_n.values())
    p, r = tp / n_pred if n_pred else 0, tp / n_gold if n_gold else 0
    print(f"relation P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
    for t in score.ENTITY_TYPES:
        if type_core[t]:
            print(f"{t:17s} core {type_core[t]:4d}  recall {type_hit[t] / type_core[t]:.3f}")


if __name__ == "__main__":
    main()
