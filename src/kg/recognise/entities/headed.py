"""Events and initiatives named by a head word at their end (…大赛, …专项行动,
…活动), kept only when something makes them a name rather than a description."""
from __future__ import annotations

import re

from .doc import CN_NUM, MAX_NAME, Candidate, WordedText, clean_name, words_between
from .extent import (DETERMINERS, extend_paren, last_head, only_generic, strip_generic,
                     walk_left)
from .lexicon import alternation, dictionary_tag, name_heads
from .places import place_prefix
from ...data import longest_first
from ...spans import SpanIndex


INITIATIVE_GENERIC = {"重点", "重大", "民生", "惠民", "实事", "各项", "系列", "相关", "配套",
                      "重点建设", "民生实事", "基础设施"}
# an edition, a year (also written without 年 before the name: 2021|XX马拉松), 暨
EVENT_MARK = re.compile(rf"第[{CN_NUM}\d]+[届期次]|首届|\d{{4}}(?:[-—~至]\d{{4}})?(?:年度|学年|年)|届|暨"
                        r"|^(?:19|20)\d{2}(?=[\u4e00-\u9fff])")
# A version number after a programme's head word (…提升工程2.0): part of the name
# 工程|学院, 工程|大学: a head word that runs on into an institution's type word is no head
INSTITUTION_TAILS = ("学院", "大学", "学校", "职业", "技术学院")
VERSION = re.compile(r"[1-9]\.0(?![\d.%％万亿元倍个人次所名项])")
NATIONAL_PREFIX = ("全国", "全省", "全市", "全区", "全县", "国际", "中国", "中华", "亚洲", "世界",
                   "海峡两岸", "两岸", "国家", "自治区", "自治州")
CAMPAIGN_MARK = re.compile(r"大[\u4e00-\u9fff]{2}$|[周月日年季]$|进(?:校园|社区|课堂|家庭|乡村|基层|企业|农村|万家|万户|家庭)"
                           r"|下乡|[百千万][\u4e00-\u9fff]")
HEAD_AFTER_STOP = {
    "Initiative": set("课室场中经费师生数量员馆内外部组"),
    "Event": set("室馆场纪精品"),
}


def headed_names(doc: WordedText, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Events and initiatives that end with a head word (…大赛, …专项行动, …活动)."""
    text = doc.text
    heads = name_heads()
    words = tuple(h for h, c in heads.items() if c in ("Event", "Initiative"))
    matches = []
    rx = alternation(words)
    i = 0
    while True:
        m = rx.search(text, i)
        if not m:
            break
        matches.append((m.start(), m.end(), m.group(0)))
        i = m.start() + 1
    # the longest head at each end position only
    by_end: dict[int, tuple[int, int, str]] = {}
    for s, e, h in matches:
        if e not in by_end or s < by_end[e][0]:
            by_end[e] = (s, e, h)
    out: list[Candidate] = []
    covered = SpanIndex.of_pairs(taken)   # taken, and the names found so far
    for s, e, h in sorted(by_end.values(), key=lambda t: -t[1]):
        if any(a <= s and e <= b for a, b in covered.near(s, e)):
            continue
        cls = heads[h]
        nxt = text[e:e + 1]
        if text.startswith(INSTITUTION_TAILS, e):
            continue                    # 南宁工程|学院: the head word runs on into a college's name
        if nxt and nxt in HEAD_AFTER_STOP[cls] and not (
                h.endswith(("会", "会议")) and text.startswith("精神", e)):
            continue                    # …大会精神: the meeting's spirit, the meeting named
        # …展览活动, …竞赛活动: the event is the name, 活动 is not part of it
        if h == "活动":
            # …大赛终评活动: a stage of the event between its head and 活动 is no part of it
            stage = len(STAGE_BEFORE_ACTIVITY.search(text, max(s - 2, 0), s).group(0)) \
                if STAGE_BEFORE_ACTIVITY.search(text, max(s - 2, 0), s) else 0
            inner = last_head(text, max(s - stage - 4, 0), s - stage,
                              tuple(x for x, c in heads.items() if c == "Event"))
            if inner == s - stage:
                continue
        start = walk_left(doc, s, "phrase", MAX_NAME[cls], joined_topics=cls == "Event")
        if start == s and cls == "Initiative" and h in ("工程", "项目"):
            start = _school_project_start(doc, s)
        if start == s and cls == "Initiative":
            start = _programme_verb_start(doc, s, MAX_NAME[cls])
        start = strip_generic(doc, start, s, DETERMINERS)
        if cls == "Event":
            start = _edition_after_verb(doc, start, s)
        if start >= s:
            continue
        end = extend_paren(text, e) if cls == "Event" else e
        if cls == "Event":
            stage = FINAL_STAGE.match(text, end)
            if stage:
                end = stage.end()       # …联赛（初中男子组）全国总决赛: the final is the event reported
            end = _event_before_division(text, start, s, end)
            if end == e and text.startswith("活动", e) and not re.match(r"中心|[室场馆]", text[e + 2:e + 4]):
                end = e + 2             # …艺术展演活动: the name as written, 活动 and all
        elif h in ("工程", "计划", "行动"):
            v = VERSION.match(text, e)
            if v:
                end = e + len(v.group(0))
        elif h in ("主题教育",):
            start = _campaign_verbs(text, start)
        name = text[start:end]
        after = text[end:end + 3]
        if cls == "Event" and bare_event(text[start:s], h):
            continue                    # 省级以上比赛, 全市评选, 第六届竞赛, 上一届比赛: no name
        if cls == "Event" and not _event_ok(doc, start, s, name, after):
            if not (h == "活动" or re.match(r"获奖|获得|荣获", after)):
                continue
        if cls == "Initiative":
            if (re.match(r"获奖|中获", after) and start < s - 3) or (h == "活动" and EDITION.match(name)):
                cls = "Event"           # 第二十三届…宣传周活动: a numbered edition is an event
            elif not _initiative_ok(doc, start, s, h, name):
                continue
        # a headless remainder such as 全市 or 2022年 is no name
        body = re.sub(r"^(?:\d{4}(?:[-—~至]\d{4})?(?:年度|学年|年)|(?:19|20)\d{2})", "", text[start:s])
        if len(body) < 2:
            continue
        covered.add((start, end))
        out.append(Candidate(start, end, cls, clean_name(name), 5, "headed"))
    return out


# a school's building project named by the school and the work (某中学改扩建工程, 某小学新建项目)
SCHOOL_WORK = re.compile(r"((?:实验|中心|高级|初级|附属|完全|第一|第二|第三)?(?:中学|小学|幼儿园|学校|高中|初中))"
                         r"(?:新校区)?(?:新建|改扩建|扩建|迁建|改造|建设)$")
MAX_SCHOOL_NAME = 20
TOWN_OPENING = re.compile(r"[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)")


def _school_project_start(doc: WordedText, hs: int) -> int:
    """Where a school's building project's name starts: at the school's own name, whose
    type word ends right before the work done (某中学|改扩建|工程); ``hs`` when there is none."""
    m = SCHOOL_WORK.search(doc.text, max(0, hs - 12), hs)
    if m is None:
        return hs
    start = walk_left(doc, m.start(1), "name", MAX_SCHOOL_NAME)
    # (only a named school: a place or a number must open it, 农村学校改造工程 is a kind)
    named = place_prefix(doc, start, m.start(1), relative=False) > start or \
        re.search(rf"第[{CN_NUM}\d]+$", doc.text[start:m.start(1)]) is not None or \
        TOWN_OPENING.match(doc.text, start, m.start(1)) is not None
    return start if start < m.start(1) and named else hs


# Verbs that say what a programme does, right before its head word (乡村教师支持|计划,
# 教育强区推进|行动): part of the name when a name of its own precedes them.
PROGRAMME_VERBS = frozenset({"支持", "推进", "指导", "助力", "振兴", "提升", "帮扶", "促进"})


def _programme_verb_start(doc: WordedText, hs: int, limit: int) -> int:
    ws, w = doc.word_before(hs, 0)
    if w not in PROGRAMME_VERBS or ws == 0:
        return hs
    start = walk_left(doc, ws, "phrase", limit - len(w))
    return start if start < ws else hs


# the final round of a contest, written right after the contest's name (and its division)
STAGE_BEFORE_ACTIVITY = re.compile(r"(?:终评|初评|复评|决赛|复赛|初赛|展评|评审)$")
FINAL_STAGE = re.compile(r"(?:全国|全省|全市|省级|市级)?总决赛(?![阶圈])")
EDITION = re.compile(r"(?:\d{4}年)?第[\d一二三四五六七八九十百]+届")
# one division, section or venue of a games (青少年组, 青少年部, 某某赛区), or some of its events
DIVISION = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:组|部|赛区)(?:部分)?(?:项目)?")
CAMPAIGN_VERBS = ("学习宣传贯彻", "学习贯彻")


# an edition or a year that opens an event's own name (…角逐|第三十九届全国…大赛)
EDITION_OPEN = re.compile(rf"第[{CN_NUM}\d]+届|(?:19|20)\d{{2}}年")


def _edition_after_verb(doc: WordedText, start: int, hs: int) -> int:
    """有机会角逐|第三十九届全国青少年科技创新大赛: where a verb stands before the
    edition or year inside the span walked over, the event's name opens at that mark."""
    mark = EDITION_OPEN.search(doc.text, start + 1, hs)
    if mark and any(dictionary_tag(w) == "v" for w in words_between(doc, start, mark.start())):
        return mark.start()
    return start


def _event_before_division(text: str, start: int, hs: int, end: int) -> int:
    """漳州市第十四届运动会|青少年组比赛, …运动会|青少年部比赛, …运动会|某县赛区比赛: a
    contest of one division or venue at a named event is reported under the event's name,
    which ends at the inner head."""
    heads = tuple(h for h, c in name_heads().items() if c == "Event")
    inner = last_head(text, start, hs, heads)
    if inner is not None and inner - start >= 4 and DIVISION.fullmatch(text[inner:hs]):
        return inner
    return end


def _campaign_verbs(text: str, start: int) -> int:
    """学习贯彻|习近平新时代中国特色社会主义思想主题教育: a campaign of study is named with
    its verbs, which otherwise end a name on the left."""
    for v in longest_first(CAMPAIGN_VERBS):
        if text.endswith(v, 0, start) and start - len(v) >= 0:
            return start - len(v)
    return start


# What may stand before an event's head word without naming it: a year, an edition, a
# level or scope with 以上 (省级以上比赛), a scope before a selection (全市评选)
BARE_EVENT_LEAD = re.compile(rf"(?:(?:19|20)\d{{2}}年度?|第[{CN_NUM}\d]+届|首届|本届|全国|全省|全市|全县|全区"
                             r"|(?:国家|省|市|县|区|校)级|各级|各类)*")
# an edition referred to, not named (回顾上一届比赛, 下一届大赛)
EDITION_REFERENCE = re.compile(r"(?:上一?届|下一?届|历届|往届|每届)$")
SELECTIONS = ("评选", "评比")


def bare_event(lead: str, head: str) -> bool:
    """A contest mentioned, none named: the words before its head refer to another edition
    (上一届比赛, 历届竞赛), or are only levels ending in 以上 (省级以上比赛), or only a scope
    before a selection (全市评选)."""
    if EDITION_REFERENCE.search(lead):
        return True
    if lead.endswith("以上"):
        return bool(BARE_EVENT_LEAD.fullmatch(lead[:-2].removesuffix("及")))
    return head in SELECTIONS and bool(BARE_EVENT_LEAD.fullmatch(lead))


def _event_ok(doc: WordedText, start: int, hs: int, name: str, after: str) -> bool:
    """A named event: an ordinal, a year, a place or national scope, 暨 — or prizes won at it."""
    if EVENT_MARK.search(name) or "“" in name:
        return True
    if name.startswith(NATIONAL_PREFIX) or place_prefix(doc, start, hs, relative=False) > start:
        return True
    return bool(re.match(r"获奖|获得|荣获|中获", after)) and hs - start >= 4


def _initiative_ok(doc: WordedText, start: int, hs: int, head: str, name: str) -> bool:
    he = hs + len(head)
    # 校舍建设工程33个, 三项重点工程: projects counted, not a programme's name
    if re.match(rf"[\d{CN_NUM}两]+[个项所批类次轮场]", doc.text[he:he + 4]) or \
            re.search(rf"[\d{CN_NUM}两]+[个项类批]", name):
        return False
    if doc.text[max(start, hs - 2):hs] in INITIATIVE_GENERIC or doc.text[max(start, hs - 4):hs] in INITIATIVE_GENERIC:
        return False
    if start >= 2 and doc.text[start - 1] in "个所项批类座栋" and re.match(rf"[\d{CN_NUM}两]", doc.text[start - 2]):
        return False                    # 18所学校加固工程: counted things, not a name
    body_start = start
    m = re.match(r"\d{4}(?:[-—~至]\d{4})?(?:年度|学年|年)", doc.text[start:hs])
    if m:
        body_start += len(m.group(0))
    if only_generic(doc, body_start, hs):
        return False
    if head == "活动":
        body = doc.text[body_start:hs]
        return bool(CAMPAIGN_MARK.search(body) or EVENT_MARK.search(name)
                    or place_prefix(doc, start, hs, relative=False) > start)
    if head in ("示范班", "培训班"):
        return bool(EVENT_MARK.search(name) or name.startswith(NATIONAL_PREFIX)
                    or place_prefix(doc, start, hs, relative=False) > start)
    return hs - body_start >= 3
