"""The word lists and tables under ``data/`` and jieba's dictionary, each loaded
once: the recognisers read names by form, and these say which words are which."""
from __future__ import annotations

import re
from functools import cache

from ...data import data_path, load_words, longest_first


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@cache
def surname_list() -> frozenset[str]:
    return load_words("surnames.txt")


@cache
def name_breakers() -> frozenset[str]:
    return load_words("name_breakers.txt")


@cache
def generic_terms() -> tuple[frozenset[str], frozenset[str]]:
    """(all generic words, category words)."""
    rows = _rows("generic_terms.tsv")
    words = frozenset(r[0] for r in rows)
    category = frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "category")
    return words, category


@cache
def weak_category() -> frozenset[str]:
    """Category words that make a name of a kind only without a place (体育学校)."""
    return frozenset(r[0] for r in _rows("generic_terms.tsv") if len(r) > 1 and r[1] == "weak")


@cache
def school_suffixes() -> tuple[tuple[str, str, frozenset[str]], ...]:
    rows = [(r[0], r[1], frozenset(r[2].split(",")) if len(r) > 2 and r[2] else frozenset())
            for r in _rows("school_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def agency_suffixes() -> tuple[tuple[str, str, bool], ...]:
    rows = [(r[0], r[1], len(r) > 2 and r[2] == "bare") for r in _rows("agency_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def org_suffixes() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1] if len(r) > 1 else "") for r in _rows("organization_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def name_heads() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("name_heads.tsv")}


@cache
def person_titles() -> tuple[tuple[str, str], ...]:
    rows = [(r[0], r[1]) for r in _rows("person_title_words.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in longest_first(words)))


@cache
def jieba_and_tags():
    """jieba, initialised once, and its dictionary's word → POS table."""
    from ..jieba_tables import load_jieba, word_tags

    return load_jieba(), word_tags()


def dictionary_tag(word: str) -> str | None:
    return jieba_and_tags()[1].get(word)


@cache
def exam_forms() -> dict[str, str]:
    forms = {}
    for row in _rows("exams.tsv"):
        if len(row) >= 2:
            forms[row[0]] = row[1]
    return forms
