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
                best_p = best_x = None
                for x in DAG[idx]:
                    word = sentence[idx:x + 1]
                    lp = word_log.get(word)
                    if lp is None:
                        lp = word_log[word] = log(freq.get(word) or 1) - log_total
                    p = lp + route[x + 1][0]
                    # jieba's max over (score, end) pairs, without building the pairs
                    if best_x is None or p > best_p or (p == best_p and x > best_x):
                        best_p, best_x = p, x
                route[idx] = (best_p, best_x)

        def route(self, sentence: str) -> dict[int, tuple]:
            """``calc(sentence, get_DAG(sentence), route)`` in one backward pass: each
            position's dictionary words are found as they are scored, so no word graph is
            built. The candidates, sums and comparisons are those of the two steps."""
            freq, word_log, log_total = self.FREQ, self._word_log, self._log_total
            n = len(sentence)
            route: dict[int, tuple] = {n: (0, 0)}
            for idx in range(n - 1, -1, -1):
                best_p = best_x = None
                i = idx
                word = sentence[idx]
                while i < n and word in freq:
                    if freq[word]:
                        lp = word_log.get(word)
                        if lp is None:
                            lp = word_log[word] = log(freq[word]) - log_total
                        p = lp + route[i + 1][0]
                        if best_x is None or p > best_p or (p == best_p and i > best_x):
                            best_p, best_x = p, i
                    i += 1
                    word = sentence[idx:i + 1]
                if best_x is None:     # no word starts here: the character alone
                    word = sentence[idx]
                    lp = word_log.get(word)
                    if lp is None:
                        lp = word_log[word] = log(freq.get(word) or 1) - log_total
                    best_p, best_x = lp + route[idx + 1][0], idx
                route[idx] = (best_p, best_x)
            return route

        def _Tokenizer__cut_DAG(self, sentence: str):   # noqa: N802 (jieba's private name)
            """jieba's ``__cut_DAG`` (HMM on) over :meth:`route`."""
            route = self.route(sentence)
            x, n, buf = 0, len(sentence), ""
            freq = self.FREQ
            while x < n:
                y = route[x][1] + 1
                if y - x == 1:
                    buf += sentence[x]
                else:
                    if buf:
                        yield from _unknown(buf, freq)
                        buf = ""
                    yield sentence[x:y]
                x = y
            if buf:
                yield from _unknown(buf, freq)

    return WordTokenizer(jieba.dt)


def _unknown(buf: str, freq: dict):
    """jieba's words for a run of single characters: the HMM's words for a run the
    dictionary does not hold, else each character."""
    from jieba import finalseg

    if len(buf) == 1:
        yield buf
    elif not freq.get(buf):
        yield from finalseg.cut(buf)
    else:
        yield from buf


__all__ = ["word_tokenizer"]
