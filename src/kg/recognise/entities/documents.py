"""Documents: titles in book-title marks (《…》), laws, and documents named after the
verb that issues them (印发…实施方案)."""
from __future__ import annotations

import re

from ...data import load_words, longest_first
from .doc import HAN, MAX_NAME, Candidate, WordedText, clean_name
from .extent import only_generic, strip_generic
from .lexicon import alternation, name_heads


def bracket_documents(doc: WordedText) -> list[Candidate]:
    out = []
    for m in re.finditer(r"《([^《》\n]{1,80})》", doc.text):
        name = m.group(1).strip()
        if name:
            out.append(Candidate(m.start(), m.end(), "Document", clean_name(m.group(0), True), 1, "book-title"))
    return out


def law_mentions(doc: WordedText) -> list[Candidate]:
    out = []
    laws = tuple(load_words("laws.txt"))
    for m in alternation(laws).finditer(doc.text):
        s, e = m.start(), m.end()
        if s > 0 and doc.text[s - 1] in "《":
            continue
        out.append(Candidate(s, e, "Document", m.group(0), 3, "law"))
    for m in re.finditer(rf"中华人民共和国[{HAN}]{{2,14}}?法(?![{HAN}])", doc.text):
        if m.start() > 0 and doc.text[m.start() - 1] == "《":
            continue
        out.append(Candidate(m.start(), m.end(), "Document", m.group(0), 3, "law"))
    return out


DOC_TRIGGERS = ("制定", "制订", "印发", "制发", "出台", "修订", "颁布", "编制", "研制")
DOC_TAIL_OK = set("并和及与、等，。；：！？,;:!?\n）)") | {""}


def trigger_documents(doc: WordedText) -> list[Candidate]:
    """制定区属学校违反师德师风行为查处流程, 印发系统师德专题教育实施方案."""
    text = doc.text
    heads = longest_first(h for h, c in name_heads().items() if c == "Document")
    out = []
    for m in alternation(DOC_TRIGGERS).finditer(text):
        s = m.end()
        lead = re.match(r"(?:了|并|和|及|出)?", text[s:s + 2])
        s += len(lead.group(0)) if lead else 0
        if s >= len(text) or text[s] in "《“\"":
            continue
        end = doc.clause_end(s, allow="、")
        best = None
        for i in range(s + 3, min(end, s + MAX_NAME["Document"]) + 1):
            for h in heads:
                if text.startswith(h, i - len(h)) and i - len(h) >= s + 2 and \
                        text[i:i + 1] in DOC_TAIL_OK:
                    best = i
                    break
            if best:
                break
        if best is None:
            continue
        name = text[s:best]
        if "《" in name or "“" in name:
            continue
        body_end = best - max(len(h) for h in heads if name.endswith(h))
        body_start = strip_generic(doc, s, body_end)
        if body_end - body_start < 2 or only_generic(doc, body_start, body_end):
            continue
        out.append(Candidate(s, best, "Document", clean_name(name, True), 4, "issued-document"))
    return out
