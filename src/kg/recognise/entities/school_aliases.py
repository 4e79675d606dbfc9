"""Other names a report gives a school: a full name in brackets right after it
(第十二中学（某大学附属中学）), and the short forms of a university's attached school
(清华大学附属中学 → 清华附中, 四川大学附属中学 → 川大附中, 北京大学附属小学 → 北大附小)."""
from __future__ import annotations

import re

from ...model import contract_class
from .doc import Candidate, WordedText

ATTACHED = (("大学附属中学", "附中"), ("大学附属小学", "附小"))
BRACKETED = re.compile(r"[（(]([^（）()\n]{4,20})[）)]")


def school_aliases(doc: WordedText, cands: list[Candidate]) -> list[Candidate]:
    text = doc.text
    out = list(cands)
    by_span = {(c.start, c.end): c for c in out}
    for c in list(out):
        if contract_class(c.type) != "School":
            continue
        b = BRACKETED.match(text, c.end)
        inner = by_span.get((b.start(1), b.end(1))) if b else None
        if inner is not None and contract_class(inner.type) == "School" and inner.source != "alias":
            out[out.index(inner)] = by_span[(inner.start, inner.end)] = \
                Candidate(inner.start, inner.end, c.type, c.name, 1, "alias")
    for c in list(out):
        if contract_class(c.type) != "School":
            continue
        written = text[c.start:c.end]
        for long, short in ATTACHED:
            at = written.find(long)
            if at < 2:
                continue
            uni, rest = written[:at], written[at + len(long):]
            for form in {uni + short, uni[0] + "大" + short, uni[-1] + "大" + short}:
                for r in re.finditer(re.escape(form + rest), text):
                    hit = by_span.get((r.start(), r.end()))
                    if hit is not None and hit is not c and contract_class(hit.type) == "School" \
                            and hit.source != "alias":
                        out[out.index(hit)] = by_span[(hit.start, hit.end)] = \
                            Candidate(hit.start, hit.end, c.type, c.name, 1, "alias")
    return out
