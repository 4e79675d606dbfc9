"""The phrase right around one figure that says what it counts: the words before a
number at the end of its clause, the noun after a measure word, the verb that frames it."""
from __future__ import annotations

import re

from .lexicon import Lexicon
from .patterns import CLOSE_BRACKETS, CONNECTORS, OPEN_BRACKETS, DATE_RE, MAX_METRIC, SEPARATORS
from .trim import shorten, strip_framing
from .words import is_person_name, is_verb, tagged_words, word_offsets

SHORT_FRAME = 6          # a framing phrase this short is kept whole (督促指导)
LONG_PRE = 12            # a phrase before the number longer than this is cut to its verb
RATE_REACH = 14          # a rate keeps the nouns before its verb up to this length


# the gap between two cells of a line copied out of a table: two spaces, a tab or an
# ideographic space
CELL_GAPS = ("  ", "\t", "\u3000")


def post_kind(post: str) -> str:
    """A: nothing follows; B: 的 + noun; C: a noun (the counted thing); D: a verb."""
    if post.startswith(CELL_GAPS) and post.strip():
        return "A"                 # 金牌31枚  银牌22枚: a gap of spaces opens the next cell
    post = post.lstrip()
    if not post.strip(SEPARATORS + " ") or post[0] in SEPARATORS + OPEN_BRACKETS + CLOSE_BRACKETS:
        return "A"                 # 新增正高级1人、中学高级11人: what follows is the next item
    if post.startswith("的"):
        return "B"
    words = tagged_words(post)
    word, flag = words[0]
    if is_verb(word, flag) or flag in ("p", "d", "c") or word in ("而", "并", "后"):
        return "D"
    if word == "全" and len(words) > 1 and is_verb(*words[1]):
        return "D"                 # 实现100%全覆盖: 全 qualifies the verb, nothing is counted
    return "C"


def _has_content(words) -> bool:
    return sum(len(w) for w, f in words if f not in ("x", "uj", "ul", "p", "c")) >= 2


def pre_phrase(seg: str, lex: Lexicon) -> tuple[str, int]:
    """The phrase before a number that names it, and where it starts in ``seg``."""
    opened = max(seg.rfind(b) for b in OPEN_BRACKETS)
    if opened >= 0 and not any(b in seg[opened:] for b in CLOSE_BRACKETS):
        # 幼儿园37所（其中公办园22所）: a figure in brackets is named inside them
        phrase, pos = pre_phrase(seg[opened + 1:], lex)
        return phrase, pos + opened + 1
    words = tagged_words(seg)
    offs = word_offsets(words)
    i0 = 0
    for k, (w, _) in enumerate(words):
        if w in lex.enumeration and k < len(words) - 1 and len(words[k + 1][0]) > 1:
            i0 = k + 1             # 金闽小学、花溪幼儿园等重点工作: drop the examples
    listed = _list_head(seg, words, offs, i0, lex) if i0 else ""
    if listed:
        return listed, seg.rfind(listed[:2]) if listed[:2] in seg else 0
    for k in range(len(words) - 1, i0 - 1, -1):
        if (words[k][0] in lex.introducer and _has_content(words[k + 1:])
                and not (k and words[k - 1][1] == "a")):   # 优秀组织单位: a modifier, no verb
            i0 = k + 1             # 开展各类宣讲2286场 → 各类宣讲
            break
    measured = measured_noun(seg, lex)
    if measured:
        return measured, max(seg.rfind(measured), 0)
    start = offs[i0] if i0 < len(words) else len(seg)
    raw = DATE_RE.sub("", seg[start:])
    phrase = strip_framing(raw, lex)
    reach = next((r for r in lex.reach if r in raw[1:]), "")
    if reach:
        # 生均公用经费标准提高到小学每生每年850元: the subject is what is measured
        subject, _, rest = raw.rpartition(reach)
        subject = strip_framing(subject, lex)
        if len(subject) > LONG_PRE:
            subject = _last_verb_phrase(subject, lex) or subject
        rest = strip_framing(rest, lex)
        if rest and len(subject + reach + rest) <= MAX_METRIC:
            phrase = subject + reach + rest
        else:
            phrase = subject       # 优良率提升至46.8% → 优良率
    elif len(phrase) > LONG_PRE:
        phrase = _last_verb_phrase(phrase, lex) or phrase
    if len(phrase) > MAX_METRIC:
        phrase = shorten(phrase, lex, keep="tail")
    pos = seg.rfind(phrase) if phrase else len(seg)
    return phrase, max(pos, 0)


def _list_head(seg: str, words, offs, after: int, lex: Lexicon) -> str:
    """The verb before a list of examples with the noun after its 等: 开设科技、体育等社团
    → 开设社团. After a verb that only introduces (开展, 组织) the examples are what is
    counted when the noun after 等 says little: 开展送教下乡、同课异构等活动 →
    送教下乡、同课异构等活动."""
    k = after - 1                                     # the 等
    commas = [j for j in range(k) if words[j][0] == "、"]
    if not commas:
        return ""
    first = commas[0]                                 # the list begins before it
    verbs = [j for j in range(first) if words[j][1].startswith("v")
             and words[j][0] not in lex.not_verbs]
    if not verbs:
        return ""
    v = verbs[0]
    while v > 0 and words[v - 1][1].startswith("v") and words[v - 1][0] not in lex.introducer:
        v -= 1
    noun = strip_framing(seg[offs[after]:], lex, leading=False)
    if words[v][0] in lex.introducer:
        examples = strip_framing(seg[offs[v] + len(words[v][0]):], lex)
        # (only when the noun is a bare 活动: 开展…等专题教育活动 → 专题教育活动)
        return examples if len(noun) <= 2 and len(examples) <= MAX_METRIC - 4 else ""
    end = v
    while end + 1 < first and words[end + 1][1].startswith("v"):
        end += 1
    head = "".join(w for w, _ in words[v:end + 1])
    return head + noun if noun else ""


def _last_verb_phrase(phrase: str, lex: Lexicon) -> str:
    """The last verb phrase of a long phrase: …专项督查中共梳理排查出问题 → 梳理排查出问题.

    Verbs of one character (获, 达, 占, 托) are weak: a phrase is cut at one only when
    there is no longer verb, and then keeps the noun before it (技能大赛获三等奖)."""
    pw = tagged_words(phrase)
    verbs = [k for k, (w, f) in enumerate(pw) if is_verb(w, f) and w not in lex.introducer]
    strong = [k for k in verbs if len(pw[k][0]) > 1]
    if strong:
        k = strong[-1]
        while k > 0 and pw[k - 1][1].startswith("v") and pw[k - 1][0] not in lex.introducer:
            k -= 1
    elif verbs:
        k = verbs[-1]
        size = 0
        while (k > 0 and pw[k - 1][1][:1] in ("n", "j", "f")
               and size + len(pw[k - 1][0]) <= SHORT_FRAME):
            k -= 1
            size += len(pw[k][0])
    else:
        k = -1
    # 教师朱春梅扎根山区教学: what a named person did follows the name
    names = [j + 1 for j, (w, f) in enumerate(pw) if f == "nr" and is_person_name(w)]
    if names and names[-1] > k and len("".join(w for w, _ in pw[names[-1]:])) >= 3:
        k = names[-1]
    if k < 0:
        return ""
    funded = _funded_noun(pw, k)
    if funded is not None:
        # 营养改善计划膳食补助资金: a verb right before 资金 says what the money is for
        # (补助资金, 资助资金), and the nouns before it say whose or which
        k = funded
    elif phrase.endswith(lex.measure_suffix + lex.prize) and k < len(pw):
        # 千兆光纤接入率: a rate's verb (接入) belongs to the noun it is the rate of; so does
        # a verbal noun after a noun (视频监控联网率: 监控 is what is networked), and a
        # prize's category (学生科技创新成果一等奖: 创新 is part of what won)
        size = sum(len(w) for w, _ in pw[k:])
        while k > 0:
            # a quoted name or a noun with its suffix is taken whole (“一键报警”装置安装率,
            # 一键式报警装置安装率); other nouns one by one
            j = _name_or_suffixed(pw, k)
            j = k - 1 if j < 0 else j
            if not (j < k - 1 or (pw[j][1][:1] in ("n", "j", "l", "m") and not is_verb(*pw[j])
                                  or pw[j][1] == "vn" and j > 0 and pw[j - 1][1][:1] == "n")):
                break
            grown = sum(len(w) for w, _ in pw[j:k])
            if pw[j][0] in lex.strip_leading or size + grown > RATE_REACH:
                break
            k, size = j, size + grown
    tail = strip_framing("".join(w for w, _ in pw[k:]), lex)
    return tail if len(tail) >= 3 else ""


FUNDS = ("资金", "经费")
FUNDED_REACH = 12        # 营养改善计划膳食补助资金: the money keeps the nouns it is for


def _funded_noun(pw, k: int) -> int | None:
    """Where a fund named by what it pays (补助资金, 资助资金) opens, growing over the
    nouns before its verb, and a verb between two nouns (营养|改善|计划); None when the
    phrase is no such fund or has nothing before the verb."""
    if not (0 < k == len(pw) - 2 and pw[-1][0] in FUNDS):
        return None
    size = len(pw[k][0]) + len(pw[-1][0])
    j = k
    while j > 0:
        w, f = pw[j - 1]
        inner_verb = (f.startswith("v") and j > 1 and pw[j - 2][1][:1] == "n"
                      and pw[j][1][:1] == "n")
        if not (f[:1] in ("n", "j") or inner_verb) or size + len(w) > FUNDED_REACH:
            break
        j, size = j - 1, size + len(w)
    while j < k and pw[j][1].startswith("v"):
        j += 1                   # never open on a verb
    return j if j < k else None


CLOSE_MARKS = {"”": "“", "》": "《", '"': '"'}


def _name_or_suffixed(pw, k: int) -> int:
    """Where a quoted name ending right before word ``k`` opens, or a noun with the
    suffix before ``k`` (一键|式): the index of its first word, or -1 when there is none."""
    w, flag = pw[k - 1]
    if w in CLOSE_MARKS:
        for j in range(k - 2, max(k - 8, -1), -1):
            if pw[j][0] == CLOSE_MARKS[w]:
                return j if j < k - 2 else -1
            if pw[j][1] == "x":
                return -1
        return -1
    if flag == "k" and k > 1 and pw[k - 2][1][:1] == "n":
        return k - 2
    return -1


def measured_noun(seg: str, lex: Lexicon) -> str:
    """以总分672分: the noun after a measure preposition right before the number."""
    words = tagged_words(seg.rstrip())
    for k in range(len(words) - 1, max(len(words) - 4, -1), -1):
        w, f = words[k]
        if w in lex.measure_preposition and f == "p":
            rest = words[k + 1:]
            if rest and all(fl[:1] in ("n", "j", "l") or fl == "vn" for _, fl in rest):
                noun = "".join(x for x, _ in rest)
                return noun if len(noun) >= 2 else ""
            return ""
    return ""


def noun_phrase(seg: str, lex: Lexicon) -> str:
    """The counted thing after a measure word, up to a list's 等 (普通高考等组考 → 普通高考)."""
    words = tagged_words(seg)
    for k, (w, _) in enumerate(words):
        if w in lex.enumeration and k:
            seg = "".join(x for x, _ in words[:k])
            break
    return strip_framing(seg, lex, leading=False)


def split_point(seg: str, lex: Lexicon) -> int:
    """Where the framing words at the end of ``seg`` begin (verbs, fillers, connectors).

    A list comma ends the first item: 完成23所学校厕所改造、41所… gives 改造 to the
    first item (the verb after its noun is part of what it counts), and in 小学部30个
    班、初中部24个班 初中部 begins the second."""
    comma = seg.rstrip().rfind("、")
    if comma > 0 and not any(is_verb(w, f) for w, f in tagged_words(seg[comma + 1:])):
        return comma + 1          # 设小学部30个班、初中部24个班: 初中部 is the next item's
    words = tagged_words(seg)
    offs = word_offsets(words)
    k = len(words)
    while k > 0:
        w, f = words[k - 1]
        if (w in lex.strip_trailing or w in lex.introducer or w in lex.enumeration
                or is_verb(w, f) or f in ("d", "p", "c", "x", "uj", "ul") or w in CONNECTORS):
            k -= 1
            continue
        break
    return offs[k] if k < len(words) else len(seg)


QUOTED = re.compile(r"“[^”]*”")
NAME_HEADS = ("计划", "工程", "行动", "项目", "工作", "活动", "政策", "基地", "中心")


def frame_before(seg: str, lex: Lexicon) -> str:
    """The verb (or short modifier) before a measure word + noun: 督促指导35个… → 督促指导.
    A bracketed note closes what comes before it: …集团（以下简称凤岭集团）现有3个校区 → 现有."""
    closed = max(seg.rfind(b) for b in CLOSE_BRACKETS)
    if closed >= 0:
        seg = seg[closed + 1:]
    words = tagged_words(seg)
    if any(w in lex.enumeration for w, _ in words):
        # 快速推进螺洲中学、盘屿中学等3所: the verb before the examples, not one inside a
        # quoted or programme name (“农村…营养改善计划”覆盖甲县、乙县等4个县 → 覆盖, not 改善)
        bare = QUOTED.sub("", seg)
        pos, head, after = 0, [], 0
        for w, f in tagged_words(bare):
            pos += len(w)
            if is_verb(w, f) and w not in lex.introducer:
                head.append(w)
                after = pos
            elif head:
                if not bare.startswith(NAME_HEADS, after):
                    break
                head = []           # 营养改善|计划: a verb inside a programme's name
        return "".join(head)
    phrase = strip_framing(seg, lex)
    if len(phrase) <= SHORT_FRAME:
        return phrase
    pw = tagged_words(phrase)
    verbs = [k for k, (w, f) in enumerate(pw) if is_verb(w, f)]
    if not verbs:
        # 学校规划办学规模36个班: a size noun says what the count measures
        if phrase.endswith(lex.measure_suffix) and len(phrase) <= LONG_PRE:
            return phrase
        return ""
    start = verbs[-1]
    while start > 0 and is_verb(*pw[start - 1]):
        start -= 1
    verb = "".join(w for w, _ in pw[start:verbs[-1] + 1])
    rest = "".join(w for w, _ in pw[verbs[-1] + 1:])
    # the verbs, and what follows them when it is short (完成冯宅中心小学…3个 → 完成)
    return strip_framing(verb + rest if len(rest) <= 4 else verb, lex)
