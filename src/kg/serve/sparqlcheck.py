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


def tokens(text: str) -> list[tuple[str, str]]:
    """The query's bare words (kind "word", upper-cased), <IRIs> ("iri", without the angle
    brackets) and prefixed names ("pname"), in order; comments, strings, variables,
    blank-node labels and language tags are skipped."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c == "<":
            m = _IRI.match(text, i)
            if m:
                out.append(("iri", m.group(0)[1:-1]))
                i = m.end()
            else:
                i += 1
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
                if c != "_" or end - i > 1:
                    out.append(("pname", text[i:m2.end()]))
                i = m2.end()
                continue
            out.append(("word", text[i:end].upper()))
            i = end
        elif c == ":":                          # :local (empty prefix)
            m2 = _PNAME_REST.match(text, i + 1)
            out.append(("pname", text[i:m2.end()]))
            i = m2.end()
        else:
            i += 1
    return out


def keywords(text: str) -> list[str]:
    """The bare words of a query, upper-cased, in order."""
    return [value for kind, value in tokens(text) if kind == "word"]


def dataset(text: str) -> tuple[list[str], list[str]]:
    """The graphs named by FROM and FROM NAMED (prefixed names expanded with the query's
    PREFIX lines), so they can be passed on as the protocol's default-graph-uri and
    named-graph-uri: the engines run with a union default graph, which ignores FROM."""
    toks = tokens(text)
    prefixes: dict[str, str] = {}
    default: list[str] = []
    named: list[str] = []
    for k, (kind, value) in enumerate(toks):
        if kind == "word" and value == "PREFIX" and k + 2 < len(toks) \
                and toks[k + 1][0] == "pname" and toks[k + 2][0] == "iri":
            prefixes[toks[k + 1][1].rstrip(":")] = toks[k + 2][1]
        if kind == "word" and value == "FROM":
            j = k + 1
            target = default
            if j < len(toks) and toks[j] == ("word", "NAMED"):
                target, j = named, j + 1
            if j < len(toks):
                tkind, tval = toks[j]
                if tkind == "iri":
                    target.append(tval)
                elif tkind == "pname" and tval.split(":", 1)[0] in prefixes:
                    pre, loc = tval.split(":", 1)
                    target.append(prefixes[pre] + loc)
    return default, named


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
