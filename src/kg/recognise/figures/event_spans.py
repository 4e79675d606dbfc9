"""How long a named contest or meet lasts: ``为期4天的2023年某市中小学生田径运动会在某
体育中心落下帷幕``. The span after 为期 is the event's 会期, named by the event itself up to
its head word (运动会会期, 大赛决赛会期, 评选活动会期), as annotators name it, not by its
whole title nor by where or how it ended."""
from __future__ import annotations

import re


SPAN = "会期"
REACH = 48         # how far after 的 the event's head word is looked for
# what follows the event's name: where, when or how it ran (在…落下帷幕, 于…举行, 暨…)
AFTER_NAME = re.compile(r"(?:决赛)?(?:活动)?(?=在|于|暨|圆满|顺利|正式|落下|落幕|闭幕|开幕|举行|举办|[，,。；;])")


def event_span(post: str, lex) -> str:
    """The 会期 of the event written after 为期N天的 (``post`` opens right after the
    number), named by its head word; "" when no event head ends a name there."""
    text = post[:REACH]
    if not text.startswith("的"):
        return ""
    best, head = -1, ""
    for word in lex.event:
        for m in re.finditer(re.escape(word), text):
            tail = AFTER_NAME.match(text, m.end())
            if tail and (best < 0 or m.start() < best):
                best, head = m.start(), word + tail.group(0)
    return head + SPAN if head else ""
