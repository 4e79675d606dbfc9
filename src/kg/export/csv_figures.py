"""Every kg:Figure as one row of a tidy CSV, for spreadsheets and pandas.

UTF-8 with a BOM because Excel otherwise guesses a legacy code page and shows
Chinese as mojibake; quoting is left to the csv module so labels with quotes,
commas and newlines survive a round trip. Rows come in report order (input order),
then by offset, so the file is deterministic and reads in document order; they are
written as they come, never held for the whole corpus.
"""
from __future__ import annotations

import csv
import os
from collections.abc import Iterable

from kg.atomic import atomic_open
from kg.graph import number_lexical
from kg.vocab import ID

__all__ = ["COLUMNS", "figure_row", "write_figures_csv", "short_iri"]

COLUMNS = ("report", "region", "year", "section", "metric", "value", "unit", "approximate",
           "about", "raw", "sentence", "start", "end", "figure")


def short_iri(iri: str) -> str:
    return iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def figure_row(report, fig, f_iri: str, about_label: str, sentence, section) -> list[str]:
    """One row of :data:`COLUMNS` for a figure of a processed report, without NUL
    characters (spreadsheets stop reading at one; the sink writes rows as they are)."""
    row = [f"report/{report.doc_id}", report.region or "",
           "" if not report.year else str(report.year),
           (section.number + section.title) if section is not None else "",
           fig.metric, number_lexical(fig.value)[0], fig.unit,
           "true" if fig.approximate else "false", about_label, fig.raw,
           sentence.text if sentence is not None else "", str(fig.start), str(fig.end), f_iri]
    return [cell.replace("\x00", "") for cell in row] if "\x00" in "".join(row) else row


def write_figures_csv(path: str | os.PathLike[str], rows: Iterable[list[str]]) -> None:
    """Stream the figures CSV (UTF-8 with BOM, CRLF rows per RFC 4180) to ``path``."""
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([cell.replace("\x00", "") for cell in row])
