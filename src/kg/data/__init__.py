"""Knowledge that is data (word lists, gazetteers) lives in files beside this module."""
from __future__ import annotations

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
