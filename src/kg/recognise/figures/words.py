"""Words and parts of speech of short phrases (jieba), for finding verbs and nouns
at the edges of a metric."""
from __future__ import annotations

from functools import cache, lru_cache, wraps

from .lexicon import load_lexicon


@cache
def _tagger():
    """jieba's POS tagger over jieba's own dictionary, loaded once for all of kg (a
    private ``jieba.Tokenizer()`` would load the same dictionary a second time, ≈ 1–2 s a
    process). Nothing in kg adds words to jieba (user dictionaries are matched by kg), so
    the tags are those of the default dictionary, as before. The HMM that tags runs of
    characters the dictionary does not hold is the slow part: it runs a faster, identical
    Viterbi (:mod:`.viterbi`), and its result for a run is remembered (it depends on the
    run alone)."""
    from ..jieba_tables import word_tags
    from ..wordseg import word_tokenizer

    tags = word_tags()   # first: jieba.posseg is imported without re-reading dict.txt
    import jieba.posseg

    class Tagger(jieba.posseg.POSTokenizer):
        def __init__(self) -> None:   # share the default tagger's tables: no reload
            self.tokenizer = word_tokenizer()    # jieba's dictionary, faster route
            self.word_tag_tab = tags

        @lru_cache(maxsize=65536)
        def _POSTokenizer__cut(self, run: str) -> tuple:   # noqa: N802 (jieba's private name)
            return tuple(_hmm_words(run))

    return Tagger()


def _hmm_words(run: str):
    """jieba.posseg's ``__cut`` (words and tags of a run of characters by the HMM), with
    the faster, identical :func:`.viterbi.viterbi`."""
    from jieba.posseg import char_state_tab_P, emit_P, pair, start_P, trans_P

    from .viterbi import viterbi

    _, pos_list = viterbi(run, char_state_tab_P, start_P, trans_P, emit_P)
    begin, nexti = 0, 0
    for i, char in enumerate(run):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            yield pair(run[begin:i + 1], pos_list[i][1])
            nexti = i + 1
        elif pos == "S":
            yield pair(char, pos_list[i][1])
            nexti = i + 1
    if nexti < len(run):
        yield pair(run[nexti:], pos_list[nexti][1])


@cache
def _tag_fixes() -> dict[str, str]:
    """Words whose tag in jieba's dictionary misleads the metric rules (本科 as a pronoun
    cut 某中学本科上线率 to 上线率), with the tag they get here (``data/tag_fixes.tsv``)."""
    from ...data import data_path

    fixes = {}
    for line in data_path("tag_fixes.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("#", 1)[0].split("\t")
        if len(cells) >= 2 and cells[0].strip():
            fixes[cells[0].strip()] = cells[1].strip()
    return fixes


@lru_cache(maxsize=16384)
def tagged_words(phrase: str) -> tuple[tuple[str, str], ...]:
    """(word, POS flag) pairs of a short phrase."""
    if not phrase:
        return ()
    fixes = _tag_fixes()
    return tuple((w, fixes.get(w, f)) for w, f in _cut(_tagger(), phrase))


def _cut(tagger, sentence: str) -> list[tuple[str, str]]:
    """``tagger.cut(sentence)`` (jieba.posseg with the HMM) as (word, flag) pairs: the
    same steps in the same order, without jieba's four layers of generators and a
    ``pair`` object per word (tagging short phrases is a large share of extraction;
    ``tests/test_round12_perf.py`` checks the words are jieba's)."""
    from jieba.posseg import re_eng, re_han_internal, re_num, re_skip_internal

    tagger.makesure_userdict_loaded()
    out: list[tuple[str, str]] = []
    for blk in re_han_internal.split(sentence):
        if re_han_internal.match(blk):
            _cut_dag(tagger, blk, out)
            continue
        for x in re_skip_internal.split(blk):
            if re_skip_internal.match(x):
                out.append((x, "x"))
                continue
            for xx in x:
                if re_num.match(xx):
                    out.append((xx, "m"))
                elif re_eng.match(x):      # jieba tests the whole piece here
                    out.append((xx, "eng"))
                else:
                    out.append((xx, "x"))
    return out


def _cut_dag(tagger, blk: str, out: list) -> None:
    """jieba.posseg's ``__cut_DAG``: the dictionary's best route (the shared tokenizer's
    :meth:`route`), runs of single characters the dictionary does not hold as a word
    tagged by the HMM."""
    tab = tagger.word_tag_tab
    for piece, is_run in tagger.tokenizer.route(blk):
        if is_run:
            _flush(tagger, piece, out)
        else:
            out.append((piece, tab.get(piece, "x")))


def _flush(tagger, buf: str, out: list) -> None:
    tab = tagger.word_tag_tab
    if len(buf) == 1:
        out.append((buf, tab.get(buf, "x")))
    elif not tagger.tokenizer.FREQ.get(buf):
        _cut_detail(tagger, buf, out)
    else:
        out.extend((ch, tab.get(ch, "x")) for ch in buf)


def _cut_detail(tagger, buf: str, out: list) -> None:
    """jieba.posseg's ``__cut_detail``: Han runs by the (remembered) HMM, the rest as
    numbers, Latin letters or other."""
    from jieba.posseg import re_eng, re_han_detail, re_num, re_skip_detail

    for blk in re_han_detail.split(buf):
        if re_han_detail.match(blk):
            out.extend((w.word, w.flag) for w in tagger._POSTokenizer__cut(blk))
            continue
        for x in re_skip_detail.split(blk):
            if x:
                if re_num.match(x):
                    out.append((x, "m"))
                elif re_eng.match(x):
                    out.append((x, "eng"))
                else:
                    out.append((x, "x"))


MEMO_SIZE = 1 << 16


def memo_phrase(fn):
    """Remember a pure function of ``(phrase, lex, *options)``: the same arguments, with
    the same lexicon object (there is one, :func:`.lexicon.load_lexicon`), give the same
    answer. The lexicon holds dicts and so cannot be hashed; it is keyed by identity and
    kept alive with the entry. The memo is emptied when it reaches ``MEMO_SIZE``."""
    memo: dict = {}

    @wraps(fn)
    def remembered(phrase, lex, *args, **kwargs):
        key = (phrase, id(lex), args, tuple(kwargs.items()))
        hit = memo.get(key)
        if hit is None or hit[0] is not lex:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            hit = memo[key] = (lex, fn(phrase, lex, *args, **kwargs))
        return hit[1]

    return remembered


def is_verb(word: str, flag: str) -> bool:
    """A verb by jieba's tag, corrected by the ``[verbs]``/``[not_verbs]`` lists;
    a verbal noun (vn) is a noun here."""
    lex = load_lexicon()
    if word in lex.verbs:
        return True
    return flag.startswith("v") and flag != "vn" and word not in lex.not_verbs


def has_verb(phrase: str) -> bool:
    """Whether a phrase says what was done, not only what."""
    return any(is_verb(w, f) for w, f in tagged_words(phrase))


def word_offsets(words) -> list[int]:
    """Where each of the tagged ``words`` starts in the phrase they came from."""
    out, pos = [], 0
    for w, _ in words:
        out.append(pos)
        pos += len(w)
    return out


def is_person_name(word: str) -> bool:
    """A person's name: two to four characters the tagger's dictionary does not hold
    as a common word (朱春梅; not 幼儿园, which it also tags nr)."""
    return 2 <= len(word) <= 4 and not _tagger().tokenizer.FREQ.get(word)
