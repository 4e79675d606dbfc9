"""Every kg:Figure as one row of a tidy CSV, for spreadsheets and pandas.

UTF-8 with a BOM because Excel otherwise guesses a legacy code page and shows
Chinese as mojibake; quoting is left to the csv module so labels with quotes,
commas and newlines survive a round trip. Rows are sorted by report, then by
offset, so the file is deterministic and reads in document order.
"""
from __future__ import annotations

import csv
import io
import os
from decimal import Decimal

from rdflib import Graph, Literal
from rdflib.term import Node

from kg.atomic import atomic_write
from kg.vocab import ID, KG, PROV, RDF, RDFS

__all__ = ["COLUMNS", "figure_rows", "figures_csv_text", "write_figures_csv"]

COLUMNS = ("report", "region", "year", "section", "metric", "value", "unit", "approximate",
           "about", "raw", "sentence", "start", "end", "figure")


def _short(iri: Node | None) -> str:
    text = "" if iri is None else str(iri)
    return text[len(str(ID)):] if text.startswith(str(ID)) else text


def _lit(graph: Graph, s: Node | None, p: Node) -> str:
    """One literal value as text ('' if absent); Chinese-tagged first for determinism."""
    if s is None:
        return ""
    lits = sorted((o for o in graph.objects(s, p) if isinstance(o, Literal)),
                  key=lambda o: (o.language != "zh", str(o)))
    return str(lits[0]).replace("\x00", "") if lits else ""


def _int(graph: Graph, s: Node | None, p: Node) -> int | None:
    text = _lit(graph, s, p)
    try:
        return int(text)
    except ValueError:
        return None


def _value(graph: Graph, s: Node) -> str:
    """The number as written in RDF (4920, 12.5); avoids float artefacts."""
    v = graph.value(s, KG.value)
    if not isinstance(v, Literal):
        return ""
    py = v.toPython()
    return str(py) if isinstance(py, (int, Decimal)) and not isinstance(py, bool) else str(v)


def figure_rows(graph: Graph) -> list[dict[str, object]]:
    """One dict per figure with the :data:`COLUMNS`, sorted by report, start, IRI."""
    rows = []
    for fig in set(graph.subjects(RDF.type, KG.Figure)):
        report = graph.value(fig, KG.inReport)
        section = graph.value(fig, KG.inSection)
        sentence = graph.value(fig, PROV.wasDerivedFrom)
        region = graph.value(fig, KG.region) or (report and graph.value(report, KG.region))
        year = _int(graph, fig, KG.year)
        if year is None:
            year = _int(graph, report, KG.year)
        about = sorted({_lit(graph, a, RDFS.label) or _short(a)
                        for a in graph.objects(fig, KG.about)})
        approx = graph.value(fig, KG.approximate)
        start, end = _int(graph, fig, KG.start), _int(graph, fig, KG.end)
        rows.append({
            "report": _short(report),
            "region": _lit(graph, region, RDFS.label),
            "year": "" if year is None else year,
            "section": _lit(graph, section, KG.sectionNumber) + _lit(graph, section, RDFS.label),
            "metric": _lit(graph, fig, KG.metric),
            "value": _value(graph, fig),
            "unit": _lit(graph, fig, KG.unit),
            "approximate": "" if approx is None else
            ("true" if str(approx).strip().lower() in ("true", "1") else "false"),
            "about": "; ".join(about),
            "raw": _lit(graph, fig, KG.rawText),
            "sentence": _lit(graph, sentence, KG.text),
            "start": "" if start is None else start,
            "end": "" if end is None else end,
            "figure": str(fig),
        })
    rows.sort(key=lambda r: (str(r["report"]), r["start"] if isinstance(r["start"], int) else -1,
                             str(r["figure"])))
    return rows


def figures_csv_text(graph: Graph) -> str:
    """The CSV document (without BOM) as a string; rows end in CRLF per RFC 4180."""
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(figure_rows(graph))
    return buf.getvalue()


def write_figures_csv(graph: Graph, path: str | os.PathLike[str]) -> None:
    """Write the figures CSV (UTF-8 with BOM) to ``path``, atomically."""
    atomic_write(path, figures_csv_text(graph).encode("utf-8-sig"))
