"""Policies carried out, named without quotes: 落实乡村教师生活补助政策，惠及…; 实施学前三年免费
教育政策，…. Reports write a nation-wide subsidy or free-schooling policy bare after the verb
that carries it out, with 政策 as its head, and give its figures in the clauses after it;
annotators mark it as an Initiative (core:false) and link those figures to it."""
from __future__ import annotations

import re

from .doc import Candidate, WordedText

# the verb, the policy's words (no digits, quotes or clause marks) and 政策 closing the clause
CARRIED = re.compile(r"(?:落实|实施|执行)([\u4e00-\u9fff]{4,12}?政策)(?=[，,。；;])")
# words that make it a kind of policy, not one: 各项资助政策, 相关政策, 国家…政策, 从学前到高中…
NOT_ONE = ("各", "从", "相关", "有关", "上级", "国家", "中央", "好", "这", "该", "此", "一系列", "系列")

# a family of measures, each with its own fund (学生资助政策: 发放各类资助资金…), not one policy
FAMILIES = ("资助政策", "扶持政策", "支持政策", "优惠政策")


def carried_policies(doc: WordedText) -> list[Candidate]:
    """Initiatives written 落实/实施/执行 + X政策 at a clause's end."""
    out = []
    for m in CARRIED.finditer(doc.text):
        name = m.group(1)
        if name.startswith(NOT_ONE) or name.endswith(FAMILIES) or "的" in name:
            continue
        out.append(Candidate(m.start(1), m.end(1), "Initiative", name, 4, "policy"))
    return out
