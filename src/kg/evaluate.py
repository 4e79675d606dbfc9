"""``kg eval``: score a built graph against a gold file (the annotation format of the
evaluation guidelines), so users can measure extraction on their own annotated reports.

Matching follows the published scorer: names compared after width folding and with
quotes and spaces removed; a node matches a gold entity by any label or alt label and a
compatible class; figures match by unit and value, and a metric label is right when it
shares the gold phrase's core words without being a whole sentence.
"""
from __future__ import annotations

import json
from decimal import Decimal
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, SKOS

from .query import load_for_query
from .vocab import ENTITY_CLASSES, KG

QUOTES = "“”\"'‘’「」『』《》〈〉<>"
UNIT_SYNONYMS = {"％": "%", "百分点": "%", "个百分点": "%", "人民币": "元"}
TYPE_ORDER = ("School", "University", "GovernmentAgency", "Person", "Place", "Document",
              "Event", "Initiative", "Organization")
RELATIONS = ("affiliatedWith", "issuedBy", "locatedIn", "partOf", "about")


def norm(text: object) -> str:
    text = unicodedata.normalize("NFKC", str(text))
    text = "".join(ch for ch in text if ch not in QUOTES and not ch.isspace())
    return text.replace("(", "（").replace(")", "）").lower()


def norm_unit(unit: object) -> str:
    u = norm(unit)
    return UNIT_SYNONYMS.get(u, u)


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def common_run(a: str, b: str) -> int:
    """Length of the longest common substring (dynamic programming, O(len a × len b))."""
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def metric_ok(gold: str, pred: str) -> bool:
    g, p = norm(gold), norm(pred)
    if not g or not p or len(p) > max(2 * len(g), len(g) + 10):
        return False
    run = common_run(g, p)
    return run >= min(4, len(g)) or run >= 0.6 * len(g)


def prf(tp: int, n_pred: int, n_gold: int, correct: int | None = None) -> dict:
    p = (tp if correct is None else correct) / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp,
            "predicted": n_pred, "gold": n_gold}


@dataclass
class Evaluation:
    doc: str
    entity: dict
    per_type: dict
    figure: dict
    relation: dict
    questions: dict | None
    misses: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)   # the gold file may be for another report


class GoldError(ValueError):
    """A gold file of the wrong shape; the message names the first wrong field."""


GOLD_FIELDS = ("doc", "entities", "figures", "relations", "questions")
_STR, _NUM, _BOOL, _LIST = "a string", "a number", "true or false", "a list"


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _is(value: object, want: str) -> bool:
    if want == _STR:
        return isinstance(value, str)
    if want == _NUM:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if want == _BOOL:
        return isinstance(value, bool)
    return isinstance(value, list)


# For each list: the fields every item must have, and optional ones, with their kind.
_ITEM_FIELDS = {
    "entities": ({"label": _STR, "type": _STR}, {"aliases": _LIST, "core": _BOOL, "note": _STR}),
    "figures": ({"raw": _STR, "value": _NUM, "unit": _STR, "metric": _STR},
                {"approx": _BOOL, "context": _STR, "note": _STR}),
    "relations": ({"s": _STR, "p": _STR, "o": _STR}, {"context": _STR, "note": _STR}),
    "questions": ({"q": _STR, "sparql": _STR, "answer": _LIST}, {}),
}


def check_gold(gold: object) -> None:
    """Raise GoldError naming the first field that does not fit the gold format
    (``entities[3].type: "Skool" is not a class …``); return None if it fits."""
    if not isinstance(gold, dict):
        raise GoldError(f"expected a JSON object with {', '.join(GOLD_FIELDS)}, "
                        f"got {_kind(gold)}")
    for key in gold:
        if key not in GOLD_FIELDS:
            raise GoldError(f"unknown field {key!r} (a gold file has "
                            f"{', '.join(GOLD_FIELDS)})")
    if "doc" in gold and not isinstance(gold["doc"], str):
        raise GoldError(f"doc: expected a string (the report file name), got {_kind(gold['doc'])}")
    if not any(k in gold for k in ("entities", "figures", "relations")):
        raise GoldError("no entities, figures or relations: nothing to score")
    for name, (required, optional) in _ITEM_FIELDS.items():
        items = gold.get(name, [])
        if not isinstance(items, list):
            raise GoldError(f"{name}: expected a list, got {_kind(items)}")
        for i, item in enumerate(items):
            where = f"{name}[{i}]"
            if not isinstance(item, dict):
                raise GoldError(f"{where}: expected an object, got {_kind(item)}")
            for key, want in required.items():
                if key not in item:
                    raise GoldError(f"{where}: missing field {key!r}")
            for key, want in {**required, **optional}.items():
                if key in item and not _is(item[key], want):
                    raise GoldError(f"{where}.{key}: expected {want}, got {_kind(item[key])}")
            if name == "entities":
                if item["type"] not in ENTITY_CLASSES:
                    raise GoldError(f"{where}.type: {item['type']!r} is not one of "
                                    f"{', '.join(ENTITY_CLASSES)}")
                for j, alias in enumerate(item.get("aliases", [])):
                    if not isinstance(alias, str):
                        raise GoldError(f"{where}.aliases[{j}]: expected a string, "
                                        f"got {_kind(alias)}")
            if name == "relations" and item["p"] not in RELATIONS:
                raise GoldError(f"{where}.p: {item['p']!r} is not one of {', '.join(RELATIONS)}")
            if name == "questions":
                for j, answer in enumerate(item["answer"]):
                    if not isinstance(answer, (str, int, float)) or isinstance(answer, bool):
                        raise GoldError(f"{where}.answer[{j}]: expected a string or a number, "
                                        f"got {_kind(answer)}")


def gold_warnings(gold: dict, graph: Graph) -> list[str]:
    """Signs that the gold file is for another report than the graph's."""
    warnings: list[str] = []
    reports = sorted(set(graph.subjects(RDF.type, KG.Report)))
    names: set[str] = set()
    for r in reports:
        names.add(str(r).rstrip("/").rsplit("/", 1)[-1])
        for source in graph.objects(r, KG.sourceFile):
            base = str(source).replace("\\", "/").rsplit("/", 1)[-1]
            names.update({base, base.rsplit(".", 1)[0]})
    doc = gold.get("doc")
    if isinstance(doc, str) and doc:
        stem = doc.replace("\\", "/").rsplit("/", 1)[-1]
        if stem not in names and stem.rsplit(".", 1)[0] not in names:
            shown = ", ".join(sorted(n for n in names if "." not in n)[:5]) or "none"
            warnings.append(f"the gold file is for {doc!r}, which is not a report in the "
                            f"graph (reports: {shown})")
    labels = [e["label"] for e in gold.get("entities", [])]
    if labels:
        text = norm("".join(str(t) for r in reports for t in graph.objects(r, KG.text)))
        found = sum(1 for label in labels if norm(label) and norm(label) in text)
        if found * 2 < len(labels):
            warnings.append(f"only {found} of {len(labels)} gold entities occur in the "
                            f"graph's report text; is the gold file for this report?")
    return warnings


def _contract_types(graph: Graph) -> dict:
    parents = defaultdict(set)
    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        parents[sub].add(sup)
    wanted = {KG[n]: n for n in ENTITY_CLASSES + ("Figure",)}
    cache: dict = {}
    types: dict = defaultdict(set)
    for node, cls in graph.subject_objects(RDF.type):
        if cls not in cache:
            seen, todo = set(), [cls]
            while todo:
                c = todo.pop()
                if c not in seen:
                    seen.add(c)
                    todo.extend(parents.get(c, ()))
            cache[cls] = {wanted[c] for c in seen if c in wanted}
        types[node] |= cache[cls]
    return types


def _graph_for(source, doc: str) -> Graph:
    """The rdflib graph to score: a file as is; from a store, the gold's report graph
    (matched by source file name) with the entities graph, else every graph."""
    if isinstance(source, (str, Path)):
        return load_for_query(Path(source))
    import pyoxigraph as ox

    from .graph import ENTITIES_GRAPH, report_graph_iri
    from .query import rdflib_from_store
    from .store import query

    stem = Path(doc).stem
    graphs = None
    if stem:
        rows = list(query(source, """SELECT ?id WHERE { ?r a kg:Report ; kg:sourceFile ?f .
            BIND(STRAFTER(STR(?r), "/report/") AS ?id) }"""))
        for row in rows:
            if Path(row["id"].value).name == stem or row["id"].value.startswith(stem):
                graphs = [ox.NamedNode(report_graph_iri(row["id"].value)),
                          ox.NamedNode(ENTITIES_GRAPH)]
                break
    return rdflib_from_store(source, graphs)


def _names(graph: Graph, node) -> set[str]:
    return {norm(o) for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(node, p)} - {""}


def evaluate(gold_path: Path, source, gold: dict | None = None) -> Evaluation:
    """Score ``source`` (a graph file, or a store) against the gold file (already loaded
    and checked with :func:`check_gold` when ``gold`` is given)."""
    if gold is None:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        check_gold(gold)
    graph = _graph_for(source, str(gold.get("doc", "")))
    types = _contract_types(graph)
    ents = gold.get("entities", [])

    by_name = defaultdict(list)
    for i, e in enumerate(ents):
        for name in [e["label"], *e.get("aliases", [])]:
            by_name[norm(name)].append(i)
    predicted, node_match = [], {}
    for node, tset in types.items():
        ptype = next((t for t in TYPE_ORDER if t in tset), None)
        if ptype is None:
            continue
        predicted.append((node, ptype))
        for name in sorted(_names(graph, node)):
            hits = [i for i in by_name.get(name, ()) if ents[i]["type"] in tset]
            if hits:
                node_match[node] = hits[0]
                break
    matched = set(node_match.values())
    core = [i for i, e in enumerate(ents) if e.get("core", True)]
    entity = prf(sum(1 for i in core if i in matched), len(predicted), len(core),
                 correct=len(matched))
    per_type, misses = {}, {}
    for t in ENTITY_CLASSES:
        tcore = [i for i in core if ents[i]["type"] == t]
        tpred = [n for n, pt in predicted if pt == t]
        per_type[t] = {
            "r": round(sum(i in matched for i in tcore) / len(tcore), 4) if tcore else None,
            "p": round(sum(n in node_match for n in tpred) / len(tpred), 4) if tpred else None,
            "core": len(tcore), "predicted": len(tpred),
            "missed": sorted(ents[i]["label"] for i in tcore if i not in matched),
            "wrong": sorted(str(graph.value(n, RDFS.label)) for n in tpred if n not in node_match),
        }

    preds = []
    for node, tset in types.items():
        if "Figure" in tset:
            v = graph.value(node, KG.value)
            try:
                value = float(v.toPython()) if isinstance(v, Literal) else None
            except (TypeError, ValueError):
                value = None
            preds.append({"node": node, "value": value,
                          "unit": norm_unit(graph.value(node, KG.unit) or ""),
                          "metric": str(graph.value(node, KG.metric) or ""),
                          "raw": str(graph.value(node, KG.rawText) or "")})
    golds = gold.get("figures", [])
    used, pairs = set(), {}
    for want_metric in (True, False):
        for i, f in enumerate(golds):
            if i in pairs:
                continue
            for j, p in enumerate(preds):
                if j in used or p["value"] is None or p["unit"] != norm_unit(f["unit"]) \
                        or not close(p["value"], float(f["value"])):
                    continue
                if want_metric and not metric_ok(f["metric"], p["metric"]):
                    continue
                used.add(j)
                pairs[i] = j
                break
    figure = prf(len(pairs), len(preds), len(golds))
    good = [i for i, j in pairs.items() if metric_ok(golds[i]["metric"], preds[j]["metric"])]
    figure["metric_acc"] = round(len(good) / len(pairs), 4) if pairs else 0.0
    misses["figures"] = [f'{golds[i]["raw"]} | {golds[i].get("context", "")}'
                         for i in range(len(golds)) if i not in pairs]
    misses["extra figures"] = [f'{p["raw"]} ({p["metric"]})' for j, p in enumerate(preds)
                               if j not in used]
    misses["metrics"] = [f'{preds[j]["raw"]}: got {preds[j]["metric"]!r}, want '
                         f'{golds[i]["metric"]!r}' for i, j in sorted(pairs.items())
                         if i not in good]

    relation = _score_relations(graph, gold, node_match, pairs, preds, misses)
    questions = _score_questions(graph, gold)
    return Evaluation(gold.get("doc", str(gold_path)), entity, per_type, figure, relation,
                      questions, misses, gold_warnings(gold, graph))


def _score_relations(graph, gold, node_match, pairs, preds, misses) -> dict:
    ents = gold.get("entities", [])
    label_to = {}
    for i, e in enumerate(ents):
        for name in [e["label"], *e.get("aliases", [])]:
            label_to.setdefault(norm(name), i)
    fig_node = {preds[j]["node"]: i for i, j in pairs.items()}
    raw_to = defaultdict(list)
    for i, f in enumerate(gold.get("figures", [])):
        raw_to[norm(f["raw"])].append(i)

    def key(node):
        if node in node_match:
            return ("e", node_match[node])
        if node in fig_node:
            return ("f", fig_node[node])
        return None

    want = set()
    for rel in gold.get("relations", []):
        o = label_to.get(norm(rel["o"]))
        if rel["p"] == "about":
            subs = [("f", i) for i in raw_to.get(norm(rel["s"]), [])
                    if not rel.get("context") or gold["figures"][i].get("context") == rel["context"]]
        else:
            s = label_to.get(norm(rel["s"]))
            subs = [("e", s)] if s is not None else []
        if subs and o is not None:
            want.add((subs[0], rel["p"], ("e", o)))
    got, n_pred = set(), 0
    for p in RELATIONS:
        for s, o in graph.subject_objects(KG[p]):
            n_pred += 1
            ks, ko = key(s), key(o)
            if ks and ko:
                got.add((ks, p, ko))

    def show(k):
        (ks, p, ko) = k
        s = gold["figures"][ks[1]]["raw"] if ks[0] == "f" else ents[ks[1]]["label"]
        return f"{s} {p} {ents[ko[1]]['label']}"
    misses["relations"] = sorted(show(k) for k in want - got)
    return prf(len(want & got), n_pred, len(want))


def _score_questions(graph: Graph, gold: dict) -> dict | None:
    qs = gold.get("questions", [])
    if not qs:
        return None
    right, failed = 0, []
    for q in qs:
        try:
            got = set()
            for row in graph.query(q["sparql"], initNs={"kg": KG, "rdfs": RDFS, "skos": SKOS}):
                for cell in row:
                    if cell is None:
                        continue
                    val = cell.toPython() if isinstance(cell, Literal) else cell
                    numeric = isinstance(val, (int, float, Decimal)) and not isinstance(val, bool)
                    got.add(float(val) if numeric else norm(val))
        except Exception as exc:   # a broken query is a wrong answer
            got = {f"error: {exc}"}
        want = {float(a) if isinstance(a, (int, float)) else norm(a) for a in q["answer"]}
        ok = all(a in got or (isinstance(a, float) and any(isinstance(g, float) and close(a, g)
                                                           for g in got)) for a in want)
        right += ok
        if not ok:
            failed.append(q["q"])
    return {"acc": round(right / len(qs), 4), "n": len(qs), "failed": failed}


def format_report(ev: Evaluation, show_misses: bool = True) -> str:
    out = [f"{ev.doc}"]
    for name, row in (("entity", ev.entity), ("figure", ev.figure), ("relation", ev.relation)):
        extra = f"  metric accuracy {row['metric_acc']:.3f}" if name == "figure" else ""
        out.append(f"  {name:9s} P {row['p']:.3f}  R {row['r']:.3f}  F1 {row['f1']:.3f}  "
                   f"({row['tp']} of {row['gold']} gold, {row['predicted']} predicted){extra}")
    for t, row in ev.per_type.items():
        r = "  -  " if row["r"] is None else f"{row['r']:.3f}"
        p = "  -  " if row["p"] is None else f"{row['p']:.3f}"
        out.append(f"    {t:17s} R {r}  P {p}  (core {row['core']}, predicted {row['predicted']})")
    if ev.questions:
        out.append(f"  questions {ev.questions['acc']:.3f} of {ev.questions['n']}")
    if show_misses:
        for t, row in ev.per_type.items():
            if row["missed"]:
                out.append(f"  missed {t}: " + "、".join(row["missed"]))
            if row["wrong"]:
                out.append(f"  not in gold {t}: " + "、".join(row["wrong"]))
        for name, items in ev.misses.items():
            if items:
                out.append(f"  {name} ({len(items)}):")
                out.extend(f"    {item}" for item in items)
        if ev.questions and ev.questions["failed"]:
            out.append("  questions failed: " + "; ".join(ev.questions["failed"]))
    return "\n".join(out)
