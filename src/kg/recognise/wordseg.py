"""jieba's word segmentation, loaded once for all of kg, with a faster route search.

Every recogniser sees the words of jieba's default dictionary. Two steps of jieba's cut
are pure Python and run for every character of every report: the word graph
(``get_DAG``) and the best route through it (``calc``, which takes a logarithm per
candidate word). :class:`WordTokenizer` keeps jieba's algorithm and its dictionary but
does both in one backward pass (``best_ends``) with each word's log-probability
remembered. The sums are the same floating-point operations in the same order and the
best candidate is picked by the same ``(score, end)`` comparison as jieba's ``max``, so
the words are identical (``tests/test_wordseg.py`` and ``tests/test_round12_perf.py``
check that on real report text). Modes kg does not use (search, full, no HMM) are
jieba's own.
"""
from __future__ import annotations

from functools import cache, lru_cache
from math import log


@cache
def word_tokenizer():
    """The shared tokenizer over jieba's own, already loaded dictionary (no second load,
    no change to the ``jieba`` module that callers of kg may use themselves)."""
    from .jieba_tables import load_jieba

    jieba = load_jieba()

    class WordTokenizer(jieba.Tokenizer):
        def __init__(self, base: jieba.Tokenizer) -> None:   # noqa: D107
            self.__dict__.update(base.__dict__)     # the same FREQ dict, total, lock
            self._log_total = log(self.total)
            # a dictionary word's log-probability (_PREFIX for an entry that only
            # begins longer words), and a lone character's, looked up once each
            self._word_log: dict[str, object] = {}
            self._lone_log: dict[str, float] = {}

        def best_ends(self, sentence: str) -> list[int]:
            """Where the best route's word starting at each position ends (its last
            character): ``calc(sentence, get_DAG(sentence), route)``'s ``route[i][1]``, in
            one backward pass. Each position's dictionary words are found as they are
            scored, so no word graph is built; the candidates, sums and comparisons are
            those of the two steps."""
            freq, log_total = self.FREQ, self._log_total
            word_log, lone_log = self._word_log, self._lone_log
            known = word_log.get
            n = len(sentence)
            score = [0] * (n + 1)        # route[i][0]
            ends = [0] * n               # route[i][1]
            for idx in range(n - 1, -1, -1):
                best_p = best_x = None
                i = idx
                word = sentence[idx]
                while True:   # the dictionary's words (and prefixes) starting at idx
                    lp = known(word)
                    if lp is None:
                        f = freq.get(word)
                        if f is None:
                            break
                        lp = word_log[word] = log(f) - log_total if f else _PREFIX
                    if lp is not _PREFIX:
                        p = lp + score[i + 1]
                        # i only grows here, so jieba's tie-break (the later end) is >=
                        if best_x is None or p >= best_p:
                            best_p, best_x = p, i
                    i += 1
                    if i == n:
                        break
                    word = sentence[idx:i + 1]
                if best_x is None:     # no word starts here: the character alone
                    word = sentence[idx]
                    lp = lone_log.get(word)
                    if lp is None:
                        lp = lone_log[word] = log(freq.get(word) or 1) - log_total
                    best_p, best_x = lp + score[idx + 1], idx
                score[idx] = best_p
                ends[idx] = best_x
            return ends

        def route(self, sentence: str) -> list[tuple[str, bool]]:
            """The best route's pieces in order: each dictionary word, and each run of
            single characters as one piece flagged True (jieba's ``__cut_DAG`` buffer,
            which the HMM or the tagger cuts further)."""
            ends = self.best_ends(sentence)
            pieces: list[tuple[str, bool]] = []
            x, n, run_start = 0, len(sentence), -1
            while x < n:
                y = ends[x] + 1
                if y - x == 1:
                    if run_start < 0:
                        run_start = x
                else:
                    if run_start >= 0:
                        pieces.append((sentence[run_start:x], True))
                        run_start = -1
                    pieces.append((sentence[x:y], False))
                x = y
            if run_start >= 0:
                pieces.append((sentence[run_start:], True))
            return pieces

        def dag_words(self, sentence: str) -> list[str]:
            """jieba's ``__cut_DAG`` (HMM on) over :meth:`route`, as a list."""
            out: list[str] = []
            freq = self.FREQ
            for piece, is_run in self.route(sentence):
                if is_run:
                    _unknown(piece, freq, out)
                else:
                    out.append(piece)
            return out

        def _Tokenizer__cut_DAG(self, sentence: str):   # noqa: N802 (jieba's private name)
            return iter(self.dag_words(sentence))

        def tokenize(self, unicode_sentence, mode="default", HMM=True):   # noqa: N803
            """jieba's ``tokenize`` ((word, start, end) of each word); the default mode is
            computed straight into a list (the recognisers cut every report this way)."""
            if mode != "default" or not HMM or not isinstance(unicode_sentence, str):
                return jieba.Tokenizer.tokenize(self, unicode_sentence, mode, HMM)
            return iter(self._spans(unicode_sentence))

        def _spans(self, text: str) -> list[tuple[str, int, int]]:
            """``cut(text)`` (accurate mode, HMM on) with each word's offsets."""
            han, skip = jieba.re_han_default, jieba.re_skip_default
            out: list[tuple[str, int, int]] = []
            start = 0
            for blk in han.split(text):
                if not blk:
                    continue
                if han.match(blk):
                    words = self.dag_words(blk)
                else:
                    words = []
                    for x in skip.split(blk):
                        if skip.match(x):
                            words.append(x)
                        else:
                            words.extend(x)
                for w in words:
                    end = start + len(w)
                    out.append((w, start, end))
                    start = end
            return out

    return WordTokenizer(jieba.dt)


_PREFIX = object()   # in the word scores: a dictionary entry that is only a prefix


def _unknown(buf: str, freq: dict, out: list) -> None:
    """jieba's words for a run of single characters: the HMM's words for a run the
    dictionary does not hold, else each character."""
    from jieba import finalseg

    if len(buf) == 1:
        out.append(buf)
    elif not freq.get(buf):
        out.extend(hmm_words(buf, len(finalseg.Force_Split_Words)))
    else:
        out.extend(buf)


@lru_cache(maxsize=1 << 15)
def hmm_words(buf: str, _forced: int = 0) -> tuple[str, ...]:
    """``jieba.finalseg.cut(buf)``, remembered: it depends on the run alone (and on
    jieba's forced splits, which kg never sets; their count is part of the key). Names
    and other runs the dictionary lacks recur within and across reports."""
    from jieba import finalseg

    return tuple(finalseg.cut(buf))


__all__ = ["hmm_words", "word_tokenizer"]
