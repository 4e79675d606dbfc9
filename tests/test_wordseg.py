"""kg's word tokenizer must cut exactly as jieba does: every recogniser's boundaries
depend on it."""
from __future__ import annotations

from pathlib import Path

import jieba
import jieba.posseg
import pytest

from kg.recognise.wordseg import word_tokenizer

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "texts").glob("*.txt"))
MIXED = ("２０２３年，ABC中学（高新区）投入3.5亿元；“双减”政策落实率达100%，"
         "新建校舍12,000平方米。乌鲁木齐市第十三中学、呼和浩特市回民区的孩子们……\n")


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_words_are_jiebas_words(path):
    text = path.read_text(encoding="utf-8")
    assert list(word_tokenizer().tokenize(text)) == list(jieba.tokenize(text))


def test_words_and_tags_are_jiebas_on_mixed_text():
    from kg.recognise.figures.words import tagged_words

    assert word_tokenizer().lcut(MIXED) == jieba.lcut(MIXED)
    for clause in MIXED.replace("；", "，").split("，"):
        assert list(tagged_words(clause)) == [(p.word, p.flag)
                                              for p in jieba.posseg.dt.cut(clause)]


def test_the_default_jieba_is_left_alone():
    """kg's tokenizer is its own object: the ``jieba`` a user's code calls is unchanged."""
    word_tokenizer()
    assert type(jieba.dt) is jieba.Tokenizer
    assert jieba.dt.calc.__func__ is jieba.Tokenizer.calc
