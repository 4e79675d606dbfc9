"""jieba's word segmentation, loaded once for all of kg, with a faster route search.

Every recogniser sees the words of jieba's default dictionary. Two steps of jieba's cut
are pure Python and run for every character of every report: the word graph
(``get_DAG``) and the best route through it (``calc``, which takes a logarithm per
candidate word). :class:`WordTokenizer` keeps jieba's algorithm and its dictionary but
remembers each word's log-probability and compares candidates in a plain loop. The
sums are the same floating-point operations in the same order and the best candidate
is picked by the same ``(score, end)`` comparison as jieba's ``max``, so the words are
identical (``tests/test_wordseg.py`` checks that on real report text).
"""
from __future__ import annotations

from functools import cache
from math import log


@cache
def word_tokenizer():
    """The shared tokenizer over jieba's own, already loaded dictionary (no second load,
    no change to the ``jieba`` module that callers of kg may use themselves)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.check_initialized()

    class WordTokenizer(jieba.Tokenizer):
        def __init__(self, base: jieba.Tokenizer) -> None:   # noqa: D107
            self.__dict__.update(base.__dict__)     # the same FREQ dict, total, lock
            self._log_total = log(self.total)
            self._word_log: dict[str, float] = {}

        def get_DAG(self, sentence: str) -> dict[int, list[int]]:   # noqa: N802 (jieba's name)
            freq = self.FREQ
            dag = {}
            n = len(sentence)
            for k in range(n):
                ends = []
                i = k
                frag = sentence[k]
                while i < n and frag in freq:
                    if freq[frag]:
                        ends.append(i)
                    i += 1
                    frag = sentence[k:i + 1]
                dag[k] = ends or [k]
            return dag

        def calc(self, sentence: str, DAG: dict, route: dict) -> None:   # noqa: N803
            word_log, freq, log_total = self._word_log, self.FREQ, self._log_total
            n = len(sentence)
            route[n] = (0, 0)
            for idx in range(n - 1, -1, -1):
                best = None
                for x in DAG[idx]:
                    word = sentence[idx:x + 1]
                    lp = word_log.get(word)
                    if lp is None:
                        lp = word_log[word] = log(freq.get(word) or 1) - log_total
                    candidate = (lp + route[x + 1][0], x)
                    if best is None or candidate > best:
                        best = candidate
                route[idx] = best

    return WordTokenizer(jieba.dt)


__all__ = ["word_tokenizer"]
