"""The seed as UTF-8, GBK, HTML, DOCX and PDF gives the same entities and figures."""
from __future__ import annotations

import read_samples as samples
import pytest

from kg.pipeline import process_file

FORMATS = {"utf8": None, "gbk.txt": samples.gbk, "page.html": samples.html_page,
           "report.docx": samples.docx_file, "report.pdf": samples.pdf_file}


def _facts(report):
    entities = {(e.type, e.label) for e in report.entities}
    figures = {(f.raw, str(f.value), f.unit, f.metric) for f in report.figures}
    return entities, figures


@pytest.fixture(scope="module")
def reference(seed_report):
    return _facts(seed_report)


@pytest.mark.parametrize("name", [n for n in FORMATS if FORMATS[n]])
def test_format_gives_the_same_entities_and_figures(name, reference, tmp_path):
    path = tmp_path / name
    path.write_bytes(FORMATS[name](samples.seed_text()))
    entities, figures = _facts(process_file(path))
    ref_entities, ref_figures = reference
    if name == "report.docx":   # the DOCX sample adds a small table of two figures
        figures = {f for f in figures if f[0] not in ("4920", "2520")}
    assert figures == ref_figures
    assert entities == ref_entities
