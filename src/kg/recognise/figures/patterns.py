"""Characters and patterns of report text that more than one step of figure
recognition needs: clause and list punctuation, dates, editions, quoted names."""
from __future__ import annotations

import re

MAX_METRIC = 20          # characters; a metric is a phrase, not a sentence
# a measure a caption or heading names in full is written whole however long
# (普通高中生均一般公共预算教育事业费比上年增长)
MAX_WHOLE_METRIC = 28
# the school stages a row, a list or a breakdown names a part by (小学：学校17所…; 小学、初中…分别为)
SCHOOL_STAGES = r"(?:普通高中|普通初中|普通小学|中等职业学校|特殊教育学校|幼儿园|小学|初中|高中|中职)"
# a change on last year as a breakdown writes it (比上年增长, 下降)
CHANGE_WORDS = r"(?:比上年|较上年|同比)?(?:增长|下降|增加|减少|提高|降低)"
CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
CLAUSE_BREAKS = "。；;！!？?\n，,：:"
SENTENCE_BREAKS = "。；;！!？?\n"
# a count named by its prize, the prize last (一等奖, 科技节金牌)
PRIZE = r"(?:[一二三四五特]等奖|金奖|银奖|铜奖|优秀奖|金牌|银牌|铜牌)"
PRIZE_END = re.compile(PRIZE + "$")
CONNECTORS = "、和及与或"
OPEN_BRACKETS = "（("
CLOSE_BRACKETS = "）)"
# the words a bracketed remark of what a count includes opens with (在校生（含在园幼儿）)
INCLUDED_REMARK = ("含", "不含", "包括", "包含")
SEPARATORS = CONNECTORS + "-－—~～〜"     # between coordinated figures or a range
NAME_QUOTE_RE = re.compile(r"“[^“”\n]{0,40}”|\"[^\"\n]{0,40}\"|「[^」\n]{0,40}」|『[^』\n]{0,40}』")
DATE_RE = re.compile(r"(?:19|20)\d{2}(?:[-—~～至](?:19|20)\d{2})?(?:年度|学年|年|届|级)")
# a section's or item's number: 一、 2. 3.1. （四） 第二部分 一是
SECTION_NUMBER = (r"(?:[一二三四五六七八九十]+[、．.]|[0-9０-９]+(?:[.．][0-9０-９]+)*[、.．]"
                  r"|[（(][一二三四五六七八九十0-9０-９]+[）)]|第[一二三四五六七八九十]+[部分章节条]"
                  r"|[一二三四五六七八九十]+是)")
SECTION_RE = re.compile(rf"^\s*{SECTION_NUMBER}\s*")
SECTION_AT = re.compile(rf"\s*{SECTION_NUMBER}")        # (matched at a position: SECTION_AT.match(text, pos))
ORDINAL_RE = re.compile(r"第[0-9零〇一二两三四五六七八九十百]+[届期批次轮个]")
ALIAS_RE = re.compile(r"[（(](?:以下|下)?简称[“\"]?([^“”\"（）()，,。]{2,8})[”\"]?[）)]")


def after_last_break(text: str, pos: int, breaks: str) -> int:
    """Where the clause or sentence holding ``pos`` starts: right after the last of
    ``breaks`` before it (0 when there is none)."""
    return max(text.rfind(ch, 0, pos) for ch in breaks) + 1
