"""Faculties named with their university (江苏师范大学教育科学学院): which university each
belongs to, so a professor written with the faculty also reaches the university
(哪所大学的教授) that annotators and questions often name instead."""
from __future__ import annotations

import re

from ..model import Entity, Report

FACULTY_TAIL = re.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[-－](?=[\u4e00-\u9fff])){1,11}(?:学院|学部)")


def faculty_universities(report: Report) -> dict[str, Entity]:
    """Faculty entity key → the University entity whose label opens the faculty's label
    and is followed only by the faculty's own name (…学院, …学部)."""
    unis = {e.label: e for e in report.entities if e.type == "University"}
    out: dict[str, Entity] = {}
    for e in report.entities:
        if e.type != "University":
            continue
        for n in range(len(e.label) - 4, 1, -1):
            uni = unis.get(e.label[:n])
            if uni is not None and FACULTY_TAIL.fullmatch(e.label, n):
                out[e.key] = uni
                break
    return out
