"""Two short shapes whose metric is only half written where the number stands:
``…项目46个，竣工31个`` (the verb alone: the noun is the list's, 竣工项目) and
``与680余家企业开展校企合作`` (partners counted after 与: 合作企业)."""
from __future__ import annotations

import re

from .scan import Candidate
from .words import is_verb, tagged_words

PARTNER = re.compile(r"(?:与|同|和)(?:约|近|超过)?$")
GAP = re.compile(r"\s*[，,]\s*")
MAX_NOUN = 4
MAX_PARTNER = 6            # the partners' noun: 企业, 中职学校, 高等院校
MAX_EXAMPLES = 40          # how far back 与 is looked for before a list of examples


def _noun_end(metric: str) -> str:
    """The last word of a metric, when it is a short noun (项目, 学校)."""
    words = tagged_words(metric)
    if len(words) < 2:
        return ""
    word, flag = words[-1]
    return word if flag.startswith("n") and 2 <= len(word) <= MAX_NOUN else ""


def _after_partner_word(text: str, start: int) -> bool:
    """The number follows 与 (与680余家企业), or closes a list of examples after 与
    (与甲集团、乙公司等326家企业)."""
    if PARTNER.search(text[max(0, start - 3):start]):
        return True
    if not text.endswith("等", 0, start):
        return False
    lead = re.split(r"[，,。；;：:\n]", text[max(0, start - MAX_EXAMPLES):start])[-1]
    return "与" in lead


def name_follow_ups(text: str, figs: list[Candidate]) -> None:
    """竣工31个 after 项目46个 → 竣工项目; 与N家企业…合作 → 合作企业."""
    prev = None
    for f in figs:
        m = f.metric
        if (prev is not None and prev.unit == f.unit and m and len(m) <= 3
                and GAP.fullmatch(text[prev.end:f.start - len(m)])
                and text[f.start - len(m):f.start] == m):
            words = tagged_words(m)
            noun = _noun_end(prev.metric)
            if len(words) == 1 and is_verb(*words[0]) and noun:
                f.metric = m + noun
        if _after_partner_word(text, f.start):
            noun = ""
            for word, flag in tagged_words(text[f.end:f.end + 12]):
                if not flag.startswith("n") or len(noun + word) > MAX_PARTNER:
                    break
                noun += word          # 中职 + 学校
            clause = re.split(r"[，,。；;]", text[f.end:f.end + 24], maxsplit=1)[0]
            if noun and "合作" in clause[len(noun):] and not m.startswith("合作"):
                f.metric = "合作" + noun
        prev = f
