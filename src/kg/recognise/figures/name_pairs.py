"""One measure given for several named schools or areas, the numbers after 分别:
``甲中学、乙中学本科上线人数分别为812人、655人`` → 甲中学本科上线人数, 乙中学本科上线人数, as
annotators name each figure by its own school or area (the stages of :mod:`.stage_lists`
are the same shape with stages instead of names)."""
from __future__ import annotations

import re

from .patterns import MAX_METRIC
from .scan import Candidate
from .subjects import NAME

NAMES_MEASURE = re.compile(rf"((?:{NAME})(?:[、和及](?:{NAME}))+)([\u4e00-\u9fff]{{2,12}}?)"
                           r"分别(?:为|是|达到|达)?$")
LEAD = re.compile(r"^(?:其中|此外|另外|同时|以及)")
BREAKS = "。；;！!？?\n，,：:"
REACH = 60              # how far back before the first figure the names may start


def name_pairs(text: str, figs: list[Candidate]) -> None:
    """Name the i-th figure after A、B…X分别为 by the i-th name and X."""
    ordered = sorted(figs, key=lambda g: g.start)
    i = 0
    while i < len(ordered):
        f = ordered[i]
        if "分别" not in text[max(0, f.start - 4):f.start]:
            i += 1
            continue
        lo = f.start
        while lo > 0 and f.start - lo < REACH and text[lo - 1] not in BREAKS:
            lo -= 1
        m = None
        for start in range(lo, f.start):
            m = NAMES_MEASURE.fullmatch(text, start, f.start)
            if m:
                break
        if not m:
            i += 1
            continue
        names = re.split("[、和及]", m.group(1))
        run = ordered[i:i + len(names)]
        between = [text[a.end:b.start] for a, b in zip(run, run[1:])]
        if len(run) != len(names) or not all(s.strip() in ("、", "和", "及") for s in between):
            i += 1
            continue
        measure = m.group(2)
        names[0] = LEAD.sub("", names[0])
        for g, name in zip(run, names):
            name = re.sub(r"[（(].*$", "", name)
            if len(name) + len(measure) <= MAX_METRIC:
                g.metric = name + measure
        i += len(run)
