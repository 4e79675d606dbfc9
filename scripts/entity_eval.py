#!/usr/bin/env python3
"""Score the recogniser + resolver on one report against a gold file.

    .venv/bin/python scripts/entity_eval.py [REPORT.txt GOLD.json] [--issuer NAME]
        [--region 福建省/福州市/仓山区] [--json] [--min-f1 0.9]

Runs ``find_mentions`` and ``resolve`` on a hand-built :class:`kg.model.Report` (no
segmentation, so this measures only these two stages), turns the entities into a
small RDF graph with the contract vocabulary, and scores it with the evaluation kit's
own ``score_entities`` (``<repo>/../shared/eval/score.py``), so the numbers are the
scorer's. Without arguments it scores the seed report.

Issuer and region default to what the text's last line and title say
(``kg.gazetteer.region_from_text``).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
# The evaluation kit sits next to the repository (<repo>/../shared/eval);
# EDUKG_EVAL_DIR points elsewhere.
SCORER_DIR = Path(os.environ.get("EDUKG_EVAL_DIR") or ROOT.parent / "shared" / "eval")
if not (SCORER_DIR / "score.py").is_file():
    sys.exit(f"{Path(__file__).name}: evaluation kit not found at {SCORER_DIR} "
             f"(expected <repo>/../shared/eval/score.py; set EDUKG_EVAL_DIR)")

from kg import gazetteer  # noqa: E402
from kg.model import Report, contract_class  # noqa: E402
from kg.recognise.entities import find_mentions  # noqa: E402
from kg.resolve import resolve  # noqa: E402


def _scorer():
    sys.path.insert(0, str(SCORER_DIR))
    import score  # type: ignore  # noqa: E402
    return score


def build_report(text: str, doc_id: str, source: str, issuer: str | None = None,
                 region_path: tuple[str, ...] | None = None) -> Report:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if issuer is None:
        # the signature: the last short line that is not a date
        issuer = next((ln for ln in reversed(lines[-4:]) if len(ln) <= 30
                       and not re.match(r"^\s*\d{4}\s*年", ln)), "")
    if region_path is None:
        region_path = gazetteer.region_from_text(issuer) or gazetteer.region_from_text(lines[0] if lines else "")
    report = Report(doc_id=doc_id, source=source, text=text, title=lines[0] if lines else "",
                    issuer=issuer, region=region_path[-1] if region_path else "",
                    region_path=tuple(region_path))
    report.mentions = find_mentions(text)
    report.entities = resolve(report)
    return report


def entity_graph(entities):
    """The entities as the graph stage would write them (contract classes, labels)."""
    score = _scorer()
    from rdflib import RDF, RDFS, Graph, Literal, URIRef
    from rdflib.namespace import SKOS
    g = Graph()
    for i, e in enumerate(entities):
        node = URIRef(f"urn:edukg-eval:{i}")
        g.add((node, RDF.type, score.KG[contract_class(e.type)]))
        g.add((node, RDFS.label, Literal(e.label, lang="zh")))
        for alt in sorted(e.alt_labels):
            g.add((node, SKOS.altLabel, Literal(alt, lang="zh")))
    return g


def evaluate(report: Report, gold: dict) -> dict:
    score = _scorer()
    graph = entity_graph(report.entities)
    types = score.contract_types(graph)
    result, node_match = score.score_entities(graph, types, gold)
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", nargs="?", default=str(ROOT / "seeds/cangshan-2022.txt"))
    ap.add_argument("gold", nargs="?", default=str(SCORER_DIR / "gold/cangshan-2022.json"))
    ap.add_argument("--issuer")
    ap.add_argument("--region", help="region path, outermost first, joined by /")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--entities", action="store_true", help="list the entities found")
    ap.add_argument("--min-f1", type=float)
    args = ap.parse_args(argv)

    text = Path(args.report).read_text(encoding="utf-8")
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    region = tuple(args.region.split("/")) if args.region else None
    report = build_report(text, Path(args.report).stem, args.report, args.issuer, region)
    result = evaluate(report, gold)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"{Path(args.report).name}: issuer {report.issuer!r}, region {'/'.join(report.region_path)}")
        print(f"  entity P {result['p']:.3f}  R {result['r']:.3f}  F1 {result['f1']:.3f}  "
              f"({result['tp']} of {result['gold']} core, {result['predicted']} predicted, "
              f"{result['duplicates']} duplicates)")
        for tname, row in result["per_type"].items():
            r = "  -  " if row["r"] is None else f"{row['r']:.3f}"
            p = "  -  " if row["p"] is None else f"{row['p']:.3f}"
            print(f"    {tname:17s} R {r}  P {p}  (core {row['gold_core']}, predicted {row['predicted']})")
            if row["missed"]:
                print(f"      missed: {', '.join(row['missed'])}")
            if row["wrong"]:
                print(f"      wrong:  {', '.join(row['wrong'])}")
        if args.entities:
            for e in report.entities:
                alts = ", ".join(sorted(e.alt_labels))
                print(f"  {e.type:22s} {e.key}  [{alts}]  parent={e.parent_place}")
    if args.min_f1 is not None and result["f1"] < args.min_f1:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
