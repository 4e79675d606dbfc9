"""Counts of those past a threshold: 600分以上考生127人, 45岁以上教师占比41.3%. The threshold is a
figure of its own, so the general rules name the count by the words after it alone (考生,
教师占比); annotators and the questions keep the threshold in the label (600分以上考生)."""
from __future__ import annotations

from .patterns import CLAUSE_BREAKS
from .scan import Candidate

BOUNDS = ("及以上", "及以下", "以上", "以下")
MAX_BETWEEN = 10        # 考生, 青年教师占比达到


def _threshold(text: str, f: Candidate) -> str:
    """The threshold a figure states with its bound (600分以上), or ""."""
    raw = text[f.start:f.end]
    if raw.endswith(BOUNDS):
        return raw
    bound = next((b for b in BOUNDS if text.startswith(b, f.end)), "")
    return raw + bound if bound else ""


def name_thresholds(text: str, figs: list[Candidate]) -> None:
    """Put the threshold before the label of the count right after it (600分以上考生127人)."""
    for prev, f in zip(figs, figs[1:]):
        threshold = _threshold(text, prev)
        if not threshold or not f.metric or threshold in f.metric:
            continue
        between = text[prev.start + len(threshold):f.start]
        if not between or not "\u4e00" <= between[0] <= "\u9fff" or len(between) > MAX_BETWEEN \
                or any(ch in CLAUSE_BREAKS or ch.isdigit() for ch in between):
            continue
        if between.startswith(f.metric) or between.lstrip("的").startswith(f.metric):
            f.metric = threshold + f.metric
