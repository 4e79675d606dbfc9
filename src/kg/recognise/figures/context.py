"""What the words before a figure's clause say about it: the verb a list shares, the
subject a bare rate or change borrows, the topic or competition a sentence is about."""
from __future__ import annotations

import re

from .lexicon import Lexicon, load_lexicon
from .patterns import CHINESE_NUMERALS, CLAUSE_BREAKS, DATE_RE
from .trim import strip_framing
from .words import is_verb, tagged_words, word_offsets


def verb_frame(metric: str) -> str:
    """``新增正高级`` → ``新增``: the metric up to and including its last verb, when a
    noun follows the verb."""
    reach = next((r for r in load_lexicon().reach if r in metric[1:]), "")
    if reach:
        return metric[:metric.rindex(reach) + len(reach)]
    words = tagged_words(metric)
    verbs = [k for k, (w, f) in enumerate(words) if is_verb(w, f)]
    if not verbs or verbs[-1] == len(words) - 1:
        return ""
    return "".join(w for w, _ in words[:verbs[-1] + 1])


def list_frame(frame: str, lex: Lexicon) -> str:
    """The frame a later item of a list shares. A frame that ends in a measure noun
    (规划办学规模48个班、2400个学位) gives its items the words before that noun and
    its modifier: 规划学位, not 规划办学规模学位."""
    words = tagged_words(frame)
    if len(words) >= 2 and words[-1][0].endswith(lex.measure_suffix) and len(words[-1][0]) >= 2:
        keep = words[:-2] if len(words) >= 3 else words[:-1]
        head = "".join(w for w, _ in keep)
        if len(head) >= 2:
            return head
    return frame


def ends_with_change(phrase: str, lex: Lexicon) -> str:
    """The change word (增加, 提高了) a phrase ends with, or ""."""
    bare = phrase[:-1] if phrase.endswith("了") else phrase
    return next((c for c in lex.change if bare.endswith(c)), "")


def is_delta(phrase: str, lex: Lexicon) -> bool:
    """比去年提高, 增幅, 增长: a change with no subject of its own."""
    bare = phrase[:-1] if phrase.endswith("了") else phrase
    if any(bare.startswith(c) for c in lex.comparison):
        return True
    while bare:
        change = next((c for c in lex.change if bare.startswith(c)), "")
        if not change:
            return False
        bare = bare[len(change):]
    return bool(phrase)


def measure_word(seg: str, lex: Lexicon) -> str:
    """The last measure noun in a clause (录取人数, 就业率), or ""."""
    for w, f in reversed(tagged_words(seg)):
        if f.startswith("n") and len(w) >= 2 and w.endswith(lex.measure_suffix):
            return w
    return ""


def object_of(clause: str, lex: Lexicon) -> str:
    """What follows the last verb of a clause: 组织…设立培训资金监管专户 → 培训资金监管专户."""
    pw = tagged_words(clause)
    verbs = [k for k, (w, f) in enumerate(pw) if is_verb(w, f)]
    if not verbs:
        return ""
    return strip_framing("".join(w for w, _ in pw[verbs[-1] + 1:]), lex)


COVERING = re.compile(r"^(?:全市|全县|全区|全州|全旗|全盟|全省)?([\u4e00-\u9fff“”]{2,10}?)(?:已)?(?:覆盖|惠及)(?:全市|全县|全区)?#")


def sentence_topic(clause: str, lex: Lexicon) -> str:
    """What a sentence's first clause sets up, when it ends in a verb and its object
    (全区53所学校全部开展课后服务 → 课后服务); not when the object is a count
    (新建示范校52所), marked ``#`` by the caller."""
    covering = COVERING.match(clause)
    if covering:
        # 全市课后服务覆盖#所学校: the activity that covers the count is the one set up
        return strip_framing(covering.group(1), lex)
    words = tagged_words(clause)
    intro = next((k for k, (w, _) in enumerate(words) if w in lex.introducer), -1)
    if intro < 0:
        # 学院建设“云课堂”平台: a verbal noun before its object acts as the verb
        acts = [k for k, (w, f) in enumerate(words[:-1]) if is_verb(w, f) or f == "vn"]
        intro = acts[-1] if acts else len(words)
    # 组织新教师入职培训: after a verb that introduces an activity, the activity whole
    topic = strip_framing("".join(w for w, _ in words[intro + 1:]), lex)
    state = next((s for s in lex.coverage if topic.endswith(s)), "")
    if state:
        topic = _reached(words, state, lex)
    if not 2 <= len(topic) <= 12 or "#" in topic or any(ch in topic for ch in CLAUSE_BREAKS):
        return ""
    if _half_quoted(topic):
        topic = _whole_quoted(clause, topic)   # 建成“宜昌教育云”平台: not 教育云”平台
    return topic if 2 <= len(topic) <= 12 else ""


def _half_quoted(phrase: str) -> bool:
    return (phrase.count("“") != phrase.count("”") or phrase.count("《") != phrase.count("》")
            or phrase.count('"') % 2 == 1)


def _whole_quoted(clause: str, topic: str) -> str:
    """A topic that opens inside a quoted name, with the rest of the name; "" when the
    clause does not hold it so."""
    at = clause.rfind(topic)
    opened = max(clause.rfind(mark, 0, max(at, 0)) for mark in "“《\"")
    if at < 0 or opened < 0:
        return ""
    whole = clause[opened:at] + topic
    return "" if _half_quoted(whole) else whole


COVERAGE_RATE = "覆盖率"
REACHED = "实现全覆盖"      # the state a coverage rate of 100% says


def covered_activity(metric: str, lex: Lexicon) -> str:
    """The activity a coverage rate is of (义务教育学校课后服务覆盖率 → 课后服务), read
    as the state it reached (…课后服务实现全覆盖), or ""."""
    if not metric.endswith(COVERAGE_RATE) or len(metric) <= len(COVERAGE_RATE) + 1:
        return ""
    return sentence_topic(metric[:-len(COVERAGE_RATE)] + REACHED, lex)


ACTIVITY_TAGS = ("vn", "t", "n", "l", "ns", "v")
REACH_VERBS = ("实现", "达到", "做到", "完成")     # 实现看护服务全覆盖: 看护 is no verb here
QUOTED_CODE = re.compile(r"[“\"'‘][^\u4e00-\u9fff“”\"'‘’]{1,8}[”\"'’]")   # “5+2”
PLACE_OR_SCHOOL = ("校", "园", "学", "市", "区", "县", "省", "镇", "乡", "#")


def _reached(words, state: str, lex: Lexicon) -> str:
    """What a clause says reached a state such as 全覆盖: what stands between the verb
    and the state (学校实现课后服务全覆盖 → 课后服务), else the activity before the
    verb (学校课后服务实现全覆盖 → 课后服务): at most two words ending in a verbal noun,
    not the schools or places that did it."""
    cut, size = len(words), 0
    while cut > 0 and size < len(state):
        cut -= 1
        size += len(words[cut][0])
    verb = next((k for k in range(cut - 1, -1, -1) if words[k][0] in REACH_VERBS), -1)
    if verb < 0:
        verb = next((k for k in range(cut - 1, -1, -1) if words[k][1] == "v"), -1)
    if verb < 0:
        return ""
    between = strip_framing("".join(w for w, _ in words[verb + 1:cut]), lex)
    if between and not QUOTED_CODE.fullmatch(between) and not between.endswith(PLACE_OR_SCHOOL):
        # 实现“5+2”全覆盖: a code in quotes says how, not what; 课后服务实现义务教育学校
        # 全覆盖: the schools are who reached it, the activity stands before the verb
        return between
    before = words[:verb]
    if not before or before[-1][1] != "vn":
        return ""
    j = len(before) - 1
    if j > 0 and before[j - 1][1] in ACTIVITY_TAGS and not before[j - 1][0].endswith(PLACE_OR_SCHOOL):
        j -= 1
    return "".join(w for w, _ in before[j:])


def as_used_in(clause: str, word: str, lex: Lexicon) -> str:
    """A bare word as the clause before uses it: 交流 in 推进…教师交流轮岗 → 教师交流轮岗."""
    pos = clause.rfind(word)
    if pos < 0:
        return ""
    words = tagged_words(clause)
    offs = word_offsets(words)
    if pos not in offs:
        return ""
    k = offs.index(pos)
    start = pos
    if k > 0 and words[k - 1][1][:1] in ("n", "j") and not is_verb(*words[k - 1]) \
            and words[k - 1][0] not in lex.strip_leading:
        start = offs[k - 1]
    end = pos + len(word)
    rest = clause[end:]
    if rest and len(rest) <= 4 and not any(ch in rest for ch in CLAUSE_BREAKS + "（）()“”"):
        end = len(clause)
    phrase = clause[start:end]
    return phrase if len(phrase) > len(word) else ""


def topic_of(clause: str, lex: Lexicon) -> str:
    """A short clause that only names a topic (2023年高考，…) → 高考."""
    if len(clause.strip()) > 10:
        return ""
    topic = strip_framing(clause, lex)
    if not 2 <= len(topic) <= 4 or topic.endswith(lex.topic_not) or topic in lex.topic_not:
        return ""
    if any(ch in topic for ch in CHINESE_NUMERALS + "0123456789"):
        return ""
    return topic


def named_event(text: str, lex: Lexicon, limit: int = 14) -> str:
    """The last competition or selection named in ``text`` (在…技能大赛中 → …技能大赛),
    at most ``limit`` characters (whole words, the ones nearest its end)."""
    text = DATE_RE.sub("", text[-60:])
    end = max((text.rfind(e) + len(e) for e in lex.event if e in text), default=-1)
    if end < 0:
        return ""
    words = tagged_words(text[:end])
    j, size = len(words), 0
    while j > 0:
        pw, pf = words[j - 1]
        if j < len(words):
            if pf[:1] not in ("n", "j", "l", "v", "a") or pw in lex.event_stop:
                break
            if pw in lex.strip_leading or pw in lex.introducer or size + len(pw) > limit:
                break
        j -= 1
        size += len(pw)
    event = "".join(x for x, _ in words[j:])
    if event.endswith("评选") and event[:-2].endswith("奖"):
        event = event[:-2]          # 教学成果奖评选 → 教学成果奖
    return event if len(event) >= 4 and not any(ch in event for ch in "“”\"‘’《》，,") else ""


# a measure ranked among those just listed, its figure in the next clause:
# 高中组一等奖获奖率最高，达到21.5% → 高中组一等奖获奖率
RANKED = re.compile(r"^(.{2,18}?(?:率|比例|占比|比重|数|量|额))(?:最高|最低|最多|最少|最大|最小)$")


def ranked_measure(clause: str, lex: Lexicon) -> str:
    """The measure a figureless clause ranks (…获奖率最高), for the bare figure after it; or
    "" when the clause ranks no measure."""
    found = RANKED.match(strip_framing(clause.strip(" ，,"), lex))
    return strip_framing(found.group(1), lex) if found else ""
