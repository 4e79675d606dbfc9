"""Entries a contest received, named by the verb: 共收到A作品、B活动和C作品1286件 → 收到作品,
共收到各县市区报送的作品1862件 → 收到报送的作品. The general rules cut such a label at the list
(实践活动和科幻画作品: the last item only) or drop the verb (报送的作品); annotators and the
questions keep 收到 and the head the listed items share."""
from __future__ import annotations

import re

from .patterns import CLAUSE_BREAKS
from .scan import Candidate

RECEIVED = "收到"
REACH = 40              # how far before a count its 收到 may stand
SENT_BY = re.compile(r"(?:报送|推荐|选送|提交|上报)的")
LIST_MARK = re.compile(r"[、和及]")
MAX_TAIL = 8            # 报送的作品, 推荐的优秀作品


def _shared_head(items: list[str]) -> str:
    """The head the first and last items of a list share (科技创新作品 … 科幻画作品 → 作品)."""
    first, last = items[0], items[-1]
    n = 0
    while n < min(len(first), len(last)) and first[-1 - n] == last[-1 - n]:
        n += 1
    return last[len(last) - n:] if n >= 2 else ""


def received_label(body: str) -> str:
    """The label for a count written 收到<body><count>, or "" to keep the general one."""
    sent = SENT_BY.search(body)
    if sent:
        tail = body[sent.end():]
        if "等" in tail or LIST_MARK.search(tail):
            tail = received_label(tail)[len(RECEIVED):]
        return RECEIVED + sent.group(0) + tail if tail and len(tail) <= MAX_TAIL else ""
    if "等" in body:            # A、B、C等作品
        head = body[body.rfind("等") + 1:]
        return RECEIVED + head if 2 <= len(head) <= 4 else ""
    items = LIST_MARK.split(body)
    if len(items) < 2 or not all(items):
        return ""
    head = _shared_head(items)
    return RECEIVED + head if head else ""


MIN_REPEAT = 3          # 绘画作品较上届增加 repeats the end of 创意设计和科幻绘画作品


def _repeated(old: str, metric: str) -> int:
    """How much of ``metric``'s start repeats the end of the old label (0: none)."""
    for n in range(min(len(old), len(metric)), MIN_REPEAT - 1, -1):
        if old.endswith(metric[:n]):
            return n
    return 0


def name_received(text: str, figs: list[Candidate]) -> None:
    """Name a count of received entries written after a list or a sender (收到…报送的作品N件),
    and the changes after it that repeat its old label (…作品1286件，较上届增加173件)."""
    renamed: tuple[str, str, int] | None = None     # (old label, new label, where it was named)
    for f in figs:
        if renamed is not None and not any(ch in "。；;\n" for ch in text[renamed[2]:f.start]):
            repeated = _repeated(renamed[0], f.metric)
            if repeated:
                f.metric = renamed[1] + f.metric[repeated:]
                continue
        at = text.rfind(RECEIVED, max(0, f.start - REACH), f.start)
        if at < 0:
            continue
        body = text[at + len(RECEIVED):f.start]
        if not body or any(ch in CLAUSE_BREAKS or ch.isdigit() for ch in body):
            continue
        label = received_label(body)
        if label:
            renamed = (f.metric, label, f.end)
            f.metric = label
