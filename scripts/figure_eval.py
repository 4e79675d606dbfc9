#!/usr/bin/env python3
"""Measure the figure recogniser against a gold file, matching as eval/score.py does.

    python scripts/figure_eval.py [REPORT.txt GOLD.json ...] [--quiet]

Without arguments: the seed report (seeds/cangshan-2022.txt) against
<repo>/../shared/eval/gold/cangshan-2022.json plus the texts in tests/texts/figures/
(each NAME.txt with its expected NAME.json). A gold file is the shared format: a
"figures" list with raw, value, unit, metric, approx (and context).

Pairs a predicted figure with a gold one of the same unit (norm_unit) and value
(close_enough), preferring pairs whose metric also agrees (metric_ok), exactly like
score.py's score_figures; prints precision/recall/F1, metric accuracy, approx
accuracy, and the misses, wrong figures and wrong metrics.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The evaluation kit sits next to the repository (<repo>/../shared/eval);
# EDUKG_EVAL_DIR points elsewhere.
SHARED_EVAL = Path(os.environ.get("EDUKG_EVAL_DIR") or ROOT.parent / "shared" / "eval")
if not (SHARED_EVAL / "score.py").is_file():
    sys.exit(f"{Path(__file__).name}: evaluation kit not found at {SHARED_EVAL} "
             f"(expected <repo>/../shared/eval/score.py; set EDUKG_EVAL_DIR)")
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(SHARED_EVAL))

from score import close_enough, metric_ok, norm_unit  # noqa: E402  (shared scorer)

from kg.recognise.figures import find_figures  # noqa: E402


def evaluate(text: str, gold: dict) -> dict:
    preds = [{"value": float(f.value), "unit": norm_unit(f.unit), "metric": f.metric,
              "raw": f.raw, "approx": f.approximate} for f in find_figures(text)]
    golds = gold["figures"]
    by_unit = defaultdict(list)
    for j, p in enumerate(preds):
        by_unit[p["unit"]].append(j)
    used, pairs = set(), {}
    for want_metric in (True, False):
        for i, g in enumerate(golds):
            if i in pairs:
                continue
            for j in by_unit.get(norm_unit(g["unit"]), ()):
                if j in used or not close_enough(preds[j]["value"], float(g["value"])):
                    continue
                if want_metric and not metric_ok(g["metric"], preds[j]["metric"]):
                    continue
                used.add(j)
                pairs[i] = j
                break
    tp = len(pairs)
    p = tp / len(preds) if preds else 0.0
    r = tp / len(golds) if golds else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    good = [i for i, j in pairs.items() if metric_ok(golds[i]["metric"], preds[j]["metric"])]
    approx_ok = [i for i, j in pairs.items()
                 if bool(golds[i].get("approx", False)) == preds[j]["approx"]]
    return {
        "p": p, "r": r, "f1": f1, "tp": tp, "predicted": len(preds), "gold": len(golds),
        "metric_acc": len(good) / tp if tp else 0.0,
        "approx_acc": len(approx_ok) / tp if tp else 0.0,
        "missed": [f'{g["raw"]} | {g.get("context", "")}' for i, g in enumerate(golds)
                   if i not in pairs],
        "wrong": [f'{q["raw"]} = {q["value"]:g} {q["unit"]} ({q["metric"]})'
                  for j, q in enumerate(preds) if j not in used],
        "bad_metric": [f'{golds[i]["raw"]}: got {preds[j]["metric"]!r}, gold {golds[i]["metric"]!r}'
                       for i, j in sorted(pairs.items()) if i not in good],
        "bad_approx": [f'{golds[i]["raw"]}: got {preds[j]["approx"]}'
                       for i, j in sorted(pairs.items()) if i not in approx_ok],
    }


def default_pairs() -> list[tuple[Path, Path]]:
    pairs = [(ROOT / "seeds" / "cangshan-2022.txt", SHARED_EVAL / "gold" / "cangshan-2022.json")]
    for txt in sorted((ROOT / "tests" / "texts" / "figures").glob("*.txt")):
        if txt.with_suffix(".json").exists():
            pairs.append((txt, txt.with_suffix(".json")))
    return pairs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="REPORT.txt GOLD.json pairs")
    ap.add_argument("--quiet", action="store_true", help="scores only")
    args = ap.parse_args(argv)
    if len(args.files) % 2:
        ap.error("give REPORT.txt GOLD.json pairs")
    pairs = ([(Path(a), Path(b)) for a, b in zip(args.files[::2], args.files[1::2])]
             or default_pairs())
    find_figures("预热1个")                    # load jieba before timing
    for txt, gold_path in pairs:
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        t0 = time.perf_counter()
        res = evaluate(text, gold)
        ms = (time.perf_counter() - t0) * 1000
        print(f"{txt.name}: figure P {res['p']:.3f} R {res['r']:.3f} F1 {res['f1']:.3f} "
              f"({res['tp']} of {res['gold']} gold, {res['predicted']} predicted)  "
              f"metric_acc {res['metric_acc']:.3f}  approx_acc {res['approx_acc']:.3f}  "
              f"[{ms:.0f} ms]")
        if args.quiet:
            continue
        for key in ("missed", "wrong", "bad_metric", "bad_approx"):
            for line in res[key]:
                print(f"  {key:10s} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
