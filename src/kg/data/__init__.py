"""Knowledge that is data (word lists, gazetteers) lives in files beside this module."""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    return DATA_DIR / name


@cache
def load_words(name: str) -> frozenset[str]:
    """One entry a line; blank lines and lines starting with # are skipped."""
    words = set()
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if line:
            words.add(line)
    return frozenset(words)


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """The distinct words, longest first, where a rule tries the longest match first. Words
    of one length are in the order of the words themselves, never of a set's iteration, so
    the output is the same under any hash seed."""
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))
