"""Round 12, speed: the faster paths give exactly what jieba (and the slower code they
replace) gives. Sentences are new, in the style of the reports: other provinces,
half-width punctuation, Latin letters and digits, spaces and tabs."""
from __future__ import annotations

import jieba
import jieba.posseg
import pytest
from jieba import finalseg

from kg.recognise.figures.lexicon import load_lexicon
from kg.recognise.figures.trim import strip_framing
from kg.recognise.figures.words import tagged_words
from kg.recognise.wordseg import hmm_words, word_tokenizer

SENTENCES = [
    "2023年,黔东南州共有普通高中学校28所,在校生6.42万人,比上年增加1,305人。",
    "全县完成校舍维修改造项目17个，总面积约3.2万平方米；新建塑胶运动场5块。",
    "组织开展“书香校园”读书节活动,参与师生1.8万余人次,评选优秀作品326件.",
    "伊犁哈萨克自治州教育局联合州人社局举办第3届中职学校技能大赛 (共设12个赛项)",
    "高新区第二实验小学学生阿依古丽·买买提获一等奖;指导教师:热娜古丽",
    "GDP增长5.2%，R&D经费投入强度2.41%，C++ 与 Python 课程覆盖率达100%",
    "  \t截至2023年底，全市幼儿园毛入园率达到92.6%\r\n普惠性幼儿园覆盖率91.3%  ",
    "义务教育阶段随迁子女在公办学校就读比例为95.07%（不含民办学校）",
    "培训乡村教师4600余人次，送教下乡38场次，惠及偏远地区学校莫力达瓦旗尼尔基镇等",
    "",
    "甲",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_word_spans_are_jiebas(text):
    tok = word_tokenizer()
    assert list(tok.tokenize(text)) == list(jieba.tokenize(text))
    assert tok.lcut(text) == jieba.lcut(text)
    assert list(tok.tokenize(text, mode="search")) == list(jieba.tokenize(text, mode="search"))


@pytest.mark.parametrize("text", [s for s in SENTENCES if s])
def test_best_ends_are_jiebas_route(text):
    tok = word_tokenizer()
    for block in jieba.re_han_default.findall(text):
        route: dict = {}
        jieba.dt.calc(block, jieba.dt.get_DAG(block), route)
        assert tok.best_ends(block) == [route[i][1] for i in range(len(block))]


@pytest.mark.parametrize("text", SENTENCES)
def test_phrase_tags_are_jiebas(text):
    """The tagger's words of a phrase are jieba.posseg's, whole and in pieces (the
    remembered answer and a fresh one agree)."""
    for phrase in {text, text[:9], text[5:17], text[-12:]}:
        expected = tuple((w.word, w.flag) for w in jieba.posseg.dt.cut(phrase))
        assert tagged_words.__wrapped__(phrase) == expected
        assert tagged_words(phrase) == expected
        assert tagged_words(phrase) == expected


@pytest.mark.parametrize("run", ["阿依古丽", "莫力达瓦旗尼尔基", "热娜古丽买买提", "黔东南", "莼鲈之思"])
def test_remembered_hmm_words_are_finalsegs(run):
    expected = tuple(finalseg.cut(run))
    assert hmm_words.__wrapped__(run) == expected
    assert hmm_words(run) == expected
    assert hmm_words(run) == expected     # from the memo


def _strip_framing_reference(phrase, lex):
    """strip_framing's word test before round 12 (always tagging), dates and copulas
    aside: for phrases with neither, the results must agree."""
    prev = None
    while prev != phrase:
        prev = phrase
        words = [w for w, _ in tagged_words(phrase)]
        if not words:
            return ""
        for k in range(min(3, len(words)), 0, -1):
            head = "".join(words[:k])
            if head in lex.strip_leading and not (head == "在" and phrase[1:2] in "园校读职岗编册籍"):
                phrase = phrase[len(head):]
                break
        words = [w for w, _ in tagged_words(phrase)]
        if words:
            for k in range(min(3, len(words)), 0, -1):
                tail = "".join(words[-k:])
                if tail in lex.strip_trailing:
                    phrase = phrase[:-len(tail)]
                    break
    return phrase


@pytest.mark.parametrize("phrase", ["共有普通高中学校", "全县在校生", "累计培训乡村教师", "参与师生",
                                    "其中民办幼儿园", "新建塑胶运动场", "在园幼儿", "较上年增加的学位"])
def test_strip_framing_tags_only_when_a_word_could_go(phrase):
    lex = load_lexicon()
    assert strip_framing(phrase, lex) == _strip_framing_reference(phrase, lex)
