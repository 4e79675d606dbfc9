"""What a SPARQL request is, read without parsing it: the query form (SELECT, ASK,
CONSTRUCT, DESCRIBE or an update) and whether it names SERVICE or LOAD.

A small tokenizer skips comments, strings, <IRIs>, variables, prefixed names and language
tags, so a keyword only counts where SPARQL would read it as one. The SPARQL grammar lets
``\\uXXXX`` escapes stand anywhere in a query, so the text is read both as written and with
those escapes decoded; a keyword seen in either reading counts (refusing too much is safe,
refusing too little is not)."""
from __future__ import annotations

import re
from dataclasses import dataclass

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY",
                          "MOVE", "ADD", "WITH"})
FORBIDDEN = ("SERVICE", "LOAD")

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_PNAME_REST = re.compile(r"[^\s{}()\[\];,<>\"'#]*")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _decode_escapes(text: str) -> str:
    def one(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group(0)
    return _ESCAPE.sub(one, text)


def keywords(text: str) -> list[str]:
    """The bare words of a query, upper-cased, in order; nothing inside comments, strings,
    IRIs, variables, prefixed names, blank-node labels or language tags."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c == "<":
            m = _IRI.match(text, i)
            i = m.end() if m else i + 1
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                if len(quote) == 1 and text[i] == "\n":
                    break
                i += 2 if text[i] == "\\" else 1
            i += len(quote)
        elif c in "?$@":
            m = _WORD.match(text, i + 1)
            i = m.end() if m else i + 1
            if c == "@":                       # language tag: en-GB
                while i < n and (text[i].isalnum() or text[i] == "-"):
                    i += 1
        elif c.isalpha() or c == "_":
            m = _WORD.match(text, i)
            end = m.end() if m else i + 1
            if end < n and text[end] == ":":    # prefixed name or _:blank
                m2 = _PNAME_REST.match(text, end + 1)
                i = m2.end()
                continue
            out.append(text[i:end].upper())
            i = end
        elif c == ":":                          # :local (empty prefix)
            m2 = _PNAME_REST.match(text, i + 1)
            i = m2.end()
        else:
            i += 1
    return out


@dataclass(frozen=True)
class Request:
    form: str | None          # SELECT, ASK, CONSTRUCT, DESCRIBE, UPDATE, or None if unknown
    forbidden: str | None     # SERVICE or LOAD when the text uses it


def classify(text: str) -> Request:
    readings = [keywords(text)]
    decoded = _decode_escapes(text)
    if decoded != text:
        readings.append(keywords(decoded))
    form = None
    forbidden = None
    for words in readings:
        for word in FORBIDDEN:
            if word in words and forbidden is None:
                forbidden = word
        body = [w for w in words if w not in ("PREFIX", "BASE")]
        first = body[0] if body else None
        if first in UPDATE_WORDS:
            form = "UPDATE"
        elif form is None and first in QUERY_FORMS:
            form = first
    return Request(form=form, forbidden=forbidden)
