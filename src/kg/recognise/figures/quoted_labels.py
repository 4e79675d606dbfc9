"""A finished metric label is never cut inside a quoted name or a title, and is written
without the marks: annotators write the counted thing (明厨亮灶覆盖率), and a question
that filters on it reads the words, not the marks.

* A label that opens inside a name (厨亮灶”覆盖率, from 食堂“明厨亮灶”覆盖率达100%) takes
  the whole name when the label is written in the text before its figure and the whole
  label stays short (明厨亮灶覆盖率); a long title stays cut as it was, since annotators
  leave it out (…体质健康标准》测试优良率 is not spelled out to the whole title).
* Quote marks and title marks are then left out (“双师型”教师占比 → 双师型教师占比).
"""
from __future__ import annotations

from .patterns import SENTENCE_BREAKS
from .scan import Candidate

PAIRS = {"”": "“", "》": "《", "」": "「", "』": "『", "’": "‘"}
OPENER = dict(PAIRS, **{'"': '"'})
MARKS = "“”‘’《》「」『』\""
REACH = 60           # how far before its figure a label is looked for
NAME_REACH = 40      # how far before the piece its name may open
SHORT_LABEL = 12     # a label made whole may be this long (互联网+明厨亮灶覆盖率)


def _unmatched_close(label: str) -> int:
    """The index of the last close mark with no open mark before it, or -1; of
    half-width quotes, which open and close alike, an odd first one."""
    if label.count('"') % 2:
        return label.index('"')
    depth: dict[str, int] = {}
    cut = -1
    for i, ch in enumerate(label):
        if ch in PAIRS.values():
            depth[ch] = depth.get(ch, 0) + 1
        elif ch in PAIRS:
            opener = PAIRS[ch]
            if depth.get(opener):
                depth[opener] -= 1
            else:
                cut = i
    return cut


def _whole_name(text: str, f: Candidate, label: str, cut: int) -> str:
    """The label with the rest of the name it opens inside, as the text writes it before
    the figure, or "" when it is not there."""
    piece = label[:cut + 1]
    lo = max(0, f.start - REACH)
    at = text.rfind(piece, lo, f.end)
    if at < 0:
        return ""
    opener = OPENER[label[cut]]
    start = text.rfind(opener, max(lo - NAME_REACH, 0), at)
    if start < 0 or any(ch in text[start + 1:at] for ch in SENTENCE_BREAKS + label[cut]):
        return ""
    return text[start:at] + label


def _bare(label: str) -> str:
    return "".join(ch for ch in label if ch not in MARKS)


def mend_quoted_label(text: str, f: Candidate, label: str) -> str:
    """The label whole and without marks, as the module docstring says."""
    cut = _unmatched_close(label)
    if cut >= 0:
        whole = _whole_name(text, f, label, cut)
        if whole and len(_bare(whole)) <= SHORT_LABEL:
            label = whole
    bare = _bare(label)
    return bare if len(bare) >= 2 else label


def mend_quoted_labels(text: str, figs: list[Candidate]) -> None:
    """Apply :func:`mend_quoted_label` to every named figure."""
    for f in figs:
        if f.metric and any(ch in MARKS for ch in f.metric):
            f.metric = mend_quoted_label(text, f, f.metric)
