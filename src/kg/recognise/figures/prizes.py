"""Naming prize counts by the prize and the competition their sentence names."""
from __future__ import annotations

import re
from bisect import bisect_right

from .context import named_event
from .lexicon import Lexicon
from .patterns import CONNECTORS, MAX_METRIC
from .scan import Candidate
from .subjects import NAME
from .trim import shorten
from .words import tagged_words


LIST_GLUE = ("、", "，", ",", "和", "及")
AWARD_VERBS = ("获", "获得", "荣获", "摘得")
EVENT_LIMIT = 10     # characters of a competition's name kept before its prize


def _prize_in(metric: str, lex: Lexicon) -> int:
    """Where a prize word stands in ``metric`` (not inside a name: 冠军赛), or -1.

    The longest prize word found wins, at its first place (一等奖占一等奖总数 keeps the
    share); of two as long (一等奖获二等奖) the one nearer the figure, so the word list's
    order never decides."""
    best, best_len = -1, 0
    for prize in lex.prize:            # longest first
        if len(prize) < best_len:
            break
        pos = metric.find(prize)
        while pos >= 0 and metric.startswith(("赛", "杯"), pos + len(prize)):
            pos = metric.find(prize, pos + 1)
        if pos > best:
            best, best_len = pos, len(prize)
    return best


# what a clause says of the winner it opens with, before the next clause counts its prizes
STANDOUT = re.compile(rf"(?:其中|尤其是|特别是)?({NAME})(?:[（(][^（）()]{{1,10}}[）)])?"
                      r"(?:表现(?:最为|最|尤为|十分)?(?:突出|抢眼|亮眼)|获奖[\u4e00-\u9fff]{0,4}?最多|成绩(?:最为|最)?(?:突出|优异)"
                      r"|收获颇丰|成绩斐然|独占鳌头|一马当先)[，,]$")
BARE_AWARD = re.compile(r"(?:共|共计|累计|一共)?(?:获|获得|荣获|摘得|斩获)")


def _standout_subject(text: str, s0: int, pos: int) -> str:
    """The school or area praised in the clause right before the one at ``pos``, or ''."""
    lo = max(text.rfind(ch, s0, pos) for ch in "，,")
    if lo < 0:
        return ""
    start = max(s0, max(text.rfind(ch, s0, lo) for ch in "，,：:") + 1)
    m = STANDOUT.fullmatch(text, start, lo + 1)
    return m.group(1) if m else ""


CONTEST_WORD = re.compile(r"运动会|大赛|比赛|竞赛|艺术节|科技节|展演|联赛")
JUDGED_BY = ("评出", "评选出", "评定出", "共评出", "决出", "共决出")


def name_prizes(text: str, figs: list[Candidate], sentences, lex: Lexicon) -> None:
    """A prize count is named by the prize and the competition the sentence names:
    在…技能大赛中，某校获一等奖3个、二等奖7个 → …技能大赛一等奖, …技能大赛二等奖;
    获三等奖个人1个、团体2个 → …三等奖个人, …三等奖团体."""
    starts = [a for a, _ in sentences]
    prev, prev_prize = None, ""
    for f in figs:
        s0 = starts[bisect_right(starts, f.start) - 1]
        between = text[prev.end:f.start] if prev is not None and prev.end >= s0 else ""
        pos = _prize_in(f.metric, lex)
        prize = f.metric[pos:] if pos >= 0 else ""
        if (not prize and prev_prize and between[:1] in CONNECTORS
                and 1 <= len(between.strip(CONNECTORS + " ")) <= 4):
            # …三等奖个人1个、团体2个: the item shares the prize before it
            item = between.strip(CONNECTORS + " ")
            if all(f[:1] in ("n", "a") for _, f in tagged_words(item)):
                prize = prev_prize + item
                f.metric = prize
        if (not prize and prev_prize and f.metric.endswith(AWARD_VERBS) and prev is not None
                and prev.end >= s0 and len(f.metric) + len(prev_prize) <= MAX_METRIC):
            # 甲区获一等奖14项，乙区获11项: a later winner's bare 获 shares the prize before it
            f.metric += prev_prize
            prev = f
            continue
        if not prize:
            prev, prev_prize = f, ""
            continue
        if pos >= 0 and BARE_AWARD.fullmatch(f.metric[:pos]):
            subject = _standout_subject(text, s0, f.start)
            if subject and len(subject) + len(prize) <= MAX_METRIC:
                # 玉州区获奖最多，共获一等奖11件: the winner the clause before praises
                f.metric = subject + prize
                prev = f
                prev_prize = next((prize[:len(p)] for p in lex.prize if prize.startswith(p)), "")
                continue
        if (prev_prize and prev is not None and between[:1] in LIST_GLUE
                and _prize_in(between, lex) >= 0 and len(between) <= 8):
            # 某某成果一等奖62项、二等奖118项: a later grade keeps the first one's category
            at = _prize_in(prev.metric, lex)
            if at > 0 and not f.metric.startswith(prev.metric[:at]):
                f.metric = prev.metric[:at] + f.metric[pos:]
                prev = f
                prev_prize = next((p for p in lex.prize if f.metric[at:].startswith(p)), "")
                continue
        # a medal is named with the meet's short name: 阳光体育运动会金牌
        event = named_event(text[s0:f.start], lex, limit=EVENT_LIMIT)
        clause = max(s0, *(text.rfind(ch, s0, f.start) + 1 for ch in "，,；;"))
        judged = f.metric.startswith(JUDGED_BY) or (pos > 0 and f.metric[:pos].endswith(JUDGED_BY))
        own_clause = named_event(text[clause:f.start], lex, limit=EVENT_LIMIT) \
            or CONTEST_WORD.search(text, clause, f.start)
        if event and not (judged and own_clause):
            # (…大赛共评出一等奖48名: the contest its clause opens with awards its own prizes)
            f.metric = shorten(event + prize, lex)
        prev = f
        prev_prize = next((prize[:len(p)] for p in lex.prize if prize.startswith(p)), "")
