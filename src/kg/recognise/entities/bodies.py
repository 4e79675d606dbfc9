"""Government agencies, party bodies and organisations: a type word (教育局, 区委,
协会) after a place, a relative place (区, 省) or a national prefix (中共, 国家)."""
from __future__ import annotations

import re

from ...data import load_words
from .doc import BOUNDARY, MAX_NAME, NAME_BREAK_TAGS, SINGLE_BREAKERS, STRONG_TAGS, Candidate, WordedText, clean_name, suffix_ends, words_between
from .extent import is_breaker, only_generic, strip_generic, walk_left
from .lexicon import (agency_suffixes, alternation, name_breakers, jieba_and_tags, org_suffixes, school_suffixes,
                      dictionary_tag)
from .places import place_at, place_prefix


RELATIVE = ("自治区", "自治州", "市区", "省", "市", "区", "县", "州", "镇", "乡", "街道", "旗", "盟")  # 旗委, 盟教育局: Inner Mongolia's county and prefecture
NATIONAL = ("中共中央", "中共", "中央", "国家", "国务院", "全国", "中华全国", "共青团", "团")
GENERIC_LEVELS = ("区县", "县区", "市县", "县市", "省市", "地市", "乡镇", "镇乡", "镇街", "街镇")
NOT_BEFORE_RELATIVE = set("全本我该各辖社城郊园校学片景小分专盲考地战特新老街郊省市")
SUFFIX_NEXT_STOP = {
    "局": set("长面势限部促里外内"), "党组": set("织"), "委": set("员托屈婉会"), "部": set("门署分长位队件落分"),
    "厅": set("长堂"), "政府": set("性"), "办": set(),
}
TWO_BODIES = re.compile(r"[委局办厅府](?=[省市区县旗盟](?:委|政府|人民政府|教育局))"   # 区委|区政府
                        r"|(?:会同|联合|协同)")                             # 市教育局会同市农业农村局
# an organisation's name right before a department's (…中心|科技教育部, …协会|宣传部)
ORG_BEFORE_DEPARTMENT = re.compile(r"(?:中心|协会|学会|集团|公司|研究院|科学院)"
                                   r"(?:(?![与和及的在对由为并同向将把从])[\u4e00-\u9fff]){1,6}$")
OFFICE_VERB_CHARS = set("主承协创举开兴民公合督联代包停筹交领帮转查催经首试申新")
OFFICE_NEXT_OK = set("的和与及、等在对向为牵联负指组主协会召举印发制出予，。；：,.;:！？!?\n（）() 《“\"")


def _prefix_starts(doc: WordedText, lo: int, hi: int) -> list[int]:
    """Positions in [lo, hi) where a body's name can start."""
    text = doc.text
    out = []
    for i in range(lo, hi):
        if place_at(doc, i, hi + 8):
            out.append(i)
            continue
        for p in NATIONAL:
            # 集团|布局: a prefix is a word of its own, not the tail of another word
            if text.startswith(p, i) and (i == 0 or i in doc.starts or text[i - 1] in BOUNDARY):
                out.append(i)
                break
        else:
            for p in RELATIVE:
                if text.startswith(p, i) and (i == 0 or text[i - 1] in BOUNDARY
                                              or text[i - 1] in SINGLE_BREAKERS
                                              or (i in doc.starts and text[i - 1] not in NOT_BEFORE_RELATIVE)):
                    out.append(i)
                    break
    return out


def _body_ok(doc: WordedText, s: int, e: int, task_word: bool = False) -> bool:
    """No breaker word between a body's prefix and its type word (a word running on
    into the type word, 组织|部, is part of the name). With ``task_word`` the word right
    before the type word may be a verb saying what the body does (家庭教育指导|中心,
    服务|中心), unless it is a function word."""
    words = words_between(doc, s, e)
    run_on = bool(words) and e < len(doc.text) and e not in doc.starts
    if run_on:
        words = words[:-1]
    # 家庭教育|指导|服务中心: the word before a run-on word may say what the centre does too
    if task_word and len(words) >= 2 and dictionary_tag(words[-1]) not in STRONG_TAGS \
            and not any(ch in SINGLE_BREAKERS for ch in words[-1]):
        words = words[:-1]
    for w in words:
        if any(ch in BOUNDARY for ch in w) or is_breaker(w, "phrase", False) is not None:
            return False
    return True


def _common_word_end(doc: WordedText, s: int, e: int) -> bool:
    """The one-character type word closes a frequent two-character word (布|局, 格|局)."""
    if s < 1 or doc.tok_start[s] != s - 1 or (e < len(doc.text) and e not in doc.starts):
        return False
    word = doc.text[s - 1:e]
    if word[0] in "省市区县州镇乡村":
        return False                    # 市委, 县局: a relative place and the type word
    jieba, _ = jieba_and_tags()
    return dictionary_tag(word) != "nt" and (jieba.dt.FREQ.get(word) or 0) >= 300


def _office_word_ends(doc: WordedText, s: int, e: int) -> bool:
    """编办|支持: 办 closes a word that is no verb (编办, 人才办), so the office's name ends
    there whatever follows (办学, 举办, 创办 stay verbs)."""
    if e not in doc.starts or doc.tok_start[s] >= s:
        return False
    word = doc.text[doc.tok_start[s]:e]
    return (dictionary_tag(word) or "") not in NAME_BREAK_TAGS and word not in name_breakers()


def agency_mentions(doc: WordedText) -> list[Candidate]:
    text = doc.text
    out = []
    suffixes = agency_suffixes()
    rx = alternation(tuple(s for s, _, _ in suffixes))
    info = {s: (cls, bare) for s, cls, bare in suffixes}
    ends = suffix_ends(text, rx)
    for e, (s, sfx) in sorted(ends.items()):
        cls, bare = info[sfx]
        nxt = text[e:e + 1]
        stop = SUFFIX_NEXT_STOP.get(sfx, set())
        if nxt in stop and not (sfx == "部" and text[s - 2:s] == "指挥"):
            continue
        if sfx == "办" and nxt not in OFFICE_NEXT_OK and nxt and not _office_word_ends(doc, s, e):
            continue
        if sfx == "部" and not re.search(
                r"(?:教育|组织|宣传|统战|政法|武装|人事|财政|工作|国防|指挥|科技|文化|体育|卫生|人社|社保|自然资源|生态环境|商务|民政|公安|司法|交通|水利|农业|外交)$",
                text[max(0, s - 6):s]):
            continue
        if sfx == "部" and ORG_BEFORE_DEPARTMENT.search(text, max(0, s - 12), s):
            continue                    # 某市科技艺术教育中心科技教育部: a department of an organisation
        if len(sfx) == 1 and _common_word_end(doc, s, e):
            continue                    # 布局, 格局, 大局: a word that ends as a body's name does
        lo = doc.clause_start(s)
        lo = max(lo, s - 16)
        if sfx == "委" and text[s - 1:s] == "常":          # 市委常委: a title, not a body
            continue
        # the body is the text from the earliest prefix that leaves no breaker inside
        starts = [p for p in _prefix_starts(doc, lo, s + (1 if len(sfx) > 1 else 0))
                  if p <= s and _body_ok(doc, p, s) and not TWO_BODIES.search(text[p:e])]
        start = starts[0] if starts else None
        if start is None:
            if bare and (s in doc.starts or s == 0 or text[s - 1] in BOUNDARY):
                out.append(Candidate(s, e, cls, sfx, 6, "agency-bare"))
            continue
        name = text[start:e]
        if len(name) <= len(sfx) and not bare:
            continue
        if text[start:start + 2] in GENERIC_LEVELS and start + 1 not in doc.starts:
            continue                    # 区县教育局, 乡镇人民政府: every county's or town's body
        if LEVEL_WORD.search(text, start, s):
            continue                    # 县级人民政府, 完成县级政府…: a level of government, no body named
        if sfx in ("委", "局", "办", "厅", "政府", "部") and start + 1 == s and text[start] not in "省市区县州镇乡旗盟":
            continue
        body = text[place_prefix(doc, start, s):s]
        if sfx in ("办", "委", "局") and len(body) == 1 and body in "民公承举主创合":
            continue
        if sfx == "办" and text[s - 1:s] in OFFICE_VERB_CHARS:      # 主办, 承办: verbs
            continue
        lead = start + (2 if name.startswith("中共") else 0)
        party = sfx in ("党委", "党工委", "教育工委", "纪委", "党组") or (sfx == "委" and (
            text[lead:s] in ("省", "市", "区", "县", "州", "旗", "盟") or
            (s > lead and place_prefix(doc, lead, s, relative=False) == s)))
        out.append(Candidate(start, e, "PartyBody" if party else cls, clean_name(name), 6, "agency"))
    out += _divisions_of(doc, out)
    for m in alternation(tuple(load_words("national_bodies.txt"))).finditer(text):
        if ORG_BEFORE_DEPARTMENT.search(text, max(0, m.start() - 12), m.end() - 1):
            continue                    # 某中心科技|教育部: a department's name ends like a ministry's
        out.append(Candidate(m.start(), m.end(), "GovernmentAgency", m.group(0), 6, "national-body"))
    return out


# 省教育厅|职业教育与成人教育处|处长: a division (处, 科) written right after its body, ended
# by a boundary or its head's title
DIVISION = re.compile(r"([\u4e00-\u9fff]{2,6}(?:[与和及][\u4e00-\u9fff]{2,6})?[处科])"
                      r"(?=副?[处科]长|[，。；、,;：:（(]|$)")
DIVISION_PART_TAGS = {"n", "vn", "nz", "j", "b", "ng", "an", "l", "nt"}


def _divisions_of(doc: WordedText, agencies: list[Candidate]) -> list[Candidate]:
    """A division of a body (某省教育厅基础教育处, 某局职业教育与成人教育处), written right
    after the body's name; its words must be nouns (教育, 成人), not a verb or a pronoun
    (此处, 各处), and it does not end in 一处/多处."""
    text = doc.text
    out = []
    for c in agencies:
        m = DIVISION.match(text, c.end)
        if not m:
            continue
        words = words_between(doc, m.start(), m.end() - 1)
        if not words or any(w not in "与和及" and (dictionary_tag(w) or "n") not in DIVISION_PART_TAGS for w in words):
            continue
        out.append(Candidate(c.start, m.end(), c.type, clean_name(text[c.start:m.end()]), 6, "agency-division"))
    return out


GROUP_NEXT_STOP = set("化内校总成部")
# 县级, 市级: a level word, not a place, before a body's type word
LEVEL_WORD = re.compile(r"[省市县区乡镇]级")
# the legal form that closes a registered company's name (某某集团有限责任公司)
LEGAL_FORMS = ("有限公司", "股份有限公司", "有限责任公司", "股份公司")
# 张红英|名师工作室: a studio named after the teacher who leads it
STUDIO_TITLES = ("名师", "名校长", "名班主任", "特级教师", "劳模", "技能大师", "大师", "名医")


def _studio_owner(doc: WordedText, lo: int, s: int) -> int | None:
    """Start of a person's name (a surname and one or two characters) opening the name
    of a studio, with only a title word (名师, 名班主任) between it and 工作室."""
    from .persons import person_ok
    text = doc.text
    e = s
    for t in STUDIO_TITLES:
        if text.endswith(t, lo, s):
            e = s - len(t)
            break
    for n in (3, 2):
        p = e - n
        if p < lo or not (p == lo or text[p - 1] in SINGLE_BREAKERS or p in doc.starts):
            continue
        if person_ok(text[p:e], strict=p != lo):
            return p
    return None


def organization_mentions(doc: WordedText) -> list[Candidate]:
    text = doc.text
    out = []
    sfx = org_suffixes()
    rx = alternation(tuple(s for s, _ in sfx))
    kinds = dict(sfx)
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        kind = kinds[m.group(0)]
        nxt = text[e:e + 2]
        if m.group(0) == "中心" and re.match(r"小学|完小|幼儿|学校|校|城|组(?!织)|任|工作|思想|环节|位置", nxt):
            continue
        if any(text.endswith(sfx, 0, e) for sfx, _, _ in school_suffixes()):
            continue                    # 县职教中心 is a school
        if m.group(0).endswith("报") and nxt[:1] and nxt[0] in "刊社告名道送纸表":
            continue                    # 教育报刊社, 晚报道: not the paper's name
        if kind == "group" and (nxt[:1] in GROUP_NEXT_STOP or text[s - 2:s] in ("教育", "集团")):
            continue                    # 集团化, 集团内, 教育集团 (a school group)
        if kind == "group" and text.startswith(LEGAL_FORMS, e):
            continue                    # 某某集团|股份有限公司: the company's name runs on to its legal form
        lo = max(doc.clause_start(s), s - 16)
        start = None
        if kind == "studio":
            start = _studio_owner(doc, lo, s)
            if start is not None:
                out.append(Candidate(start, e, "Organization", clean_name(text[start:e]), 6, "organization"))
            continue
        if kind == "group":
            # 重庆轨道交通集团: a company group is named after the place it serves
            for p in _prefix_starts(doc, lo, s):
                if place_at(doc, p, s) and _body_ok(doc, p, s) and s - p - place_at(doc, p, s) >= 2:
                    out.append(Candidate(p, e, "Organization", clean_name(text[p:e]), 6, "organization"))
                    break
            else:
                p = listed_company_start(doc, s, e)
                if p is not None:
                    out.append(Candidate(p, e, "Organization", clean_name(text[p:e]), 6, "organization-list"))
            continue
        if kind in ("media", "channel"):
            # 醉美仓山视频号, 新华社客户端: a short name opening its clause
            if 2 <= s - lo <= 8 and all(w not in name_breakers() for w in words_between(doc, lo, s)):
                start = lo
        if start is None:
            for p in _prefix_starts(doc, lo, s):
                if _body_ok(doc, p, s, task_word=kind in ("centre", "memorial")):
                    start = p
                    break
        if start is None and kind in ("association", "company", "memorial"):
            # 某某元帅陈列馆, 某某纪念馆: a museum is named after the person or event it keeps
            st = strip_generic(doc, walk_left(doc, s, "name", MAX_NAME["Organization"]), s)
            if s - st >= 2 and not only_generic(doc, st, s):
                start = st
        if start is None:
            continue
        academy = PARENT_ACADEMY.search(text, max(0, start - 10), start)
        if academy and academy.end() == start:
            start = academy.start()     # 中国科学院|上海某某研究所: the institute carries its academy
        if kind == "company" and place_at(doc, start, s):
            start = branch_owner_start(doc, start, out)
        out.append(Candidate(start, e, "Organization", clean_name(text[start:e]), 6, "organization"))
    out += academy_institutes(doc)
    # news agencies and papers the dictionary knows as organisations (新华社)
    for tok_s in sorted(doc.starts):
        j = tok_s + 1
        while j < len(text) and j not in doc.starts:
            j += 1
        word = text[tok_s:j]
        if len(word) >= 3 and word[-1] in "社" and dictionary_tag(word) == "nt":
            out.append(Candidate(tok_s, j, "Organization", word, 6, "organization"))
    out += _media_list(doc)
    out += news_outlets(doc)
    return out


# a line opening a news item with its outlet: 某某教育网讯（记者 …）, 某某融媒记者 某某
OUTLET_LINE = re.compile(r"(?m)^([\u4e00-\u9fff]{2,8}?)(?:讯\s*[（(]\s*记者|记者[ \u3000])")


def news_outlets(doc: WordedText) -> list[Candidate]:
    """The outlet a dateline or byline names at the start of a line (X网讯（记者…, X融媒记者 Y):
    whatever its name ends with, it is an Organization."""
    out = []
    for m in OUTLET_LINE.finditer(doc.text):
        name = m.group(1)
        if name in name_breakers() or (dictionary_tag(name) or "") in STRONG_TAGS:
            continue
        out.append(Candidate(m.start(1), m.end(1), "Organization", name, 6, "organization-outlet"))
    return out


def branch_owner_start(doc: WordedText, start: int, found: list[Candidate]) -> int:
    """中国电信|嘉兴分公司, 某某股份有限公司|江西分公司: a company's branch named by a place
    carries the company written right before it (a dictionary organisation name, or a
    company just found), not the place alone."""
    for c in reversed(found[-3:]):
        if c.end == start and c.type == "Organization" and c.name.endswith("公司"):
            return c.start
    ws, w = doc.word_before(start, 0)
    if ws < start and 2 <= len(w) <= 6 and dictionary_tag(w) == "nt":
        return ws
    return start


PARENT_ACADEMY = re.compile(r"(?:中国|中华)(?:科学院|工程院|社会科学院|农业科学院|医学科学院)")
LIST_MARKS = "、与和同"
ACADEMY_INSTITUTE = re.compile(r"(?:中国|中华)(?:科学院|工程院|社会科学院|农业科学院|医学科学院)"
                               r"[\u4e00-\u9fff]{2,16}?(?:研究所|研究院|研究中心)")


def academy_institutes(doc: WordedText) -> list[Candidate]:
    """中国科学院武汉物理与数学研究所: an academy's institute, whose own name may hold 与/和."""
    return [Candidate(m.start(), m.end(), "Organization", m.group(0), 6, "organization")
            for m in ACADEMY_INSTITUTE.finditer(doc.text)]
COMPANY_LIST = re.compile(r"集团|公司|企业")


def listed_company_start(doc: WordedText, s: int, e: int) -> int | None:
    """Start of a company group of two to four characters listed with other companies
    (与甲乙集团、丙丁集团等龙头企业): no place names it, the list says what it is."""
    text = doc.text
    for n in (4, 3, 2):
        p = s - n
        if p < 1 or text[p - 1] not in LIST_MARKS or not all("\u4e00" <= ch <= "\u9fff" for ch in text[p:s]):
            continue
        if p not in doc.starts or any(w in name_breakers() for w in words_between(doc, p, s)) or only_generic(doc, p, s):
            continue
        listed = text[e:e + 1] in "、等" or text[p - 1] == "、"
        others = COMPANY_LIST.search(text, max(0, p - 20), p - 1) or COMPANY_LIST.search(text, e, e + 24)
        if listed and others:
            return p
    return None


MEDIA_LIST_END = re.compile(r"等(?:主流|中央|省级|市级|各级|新闻|网络|权威)*(?:媒体|平台|网站)")


def _media_list(doc: WordedText) -> list[Candidate]:
    """在学习强国、新华日报等主流媒体: the names listed before 等…媒体 are media outlets."""
    text = doc.text
    out = []
    for m in MEDIA_LIST_END.finditer(text):
        items = []
        end = m.start()
        while True:
            start = walk_left(doc, end, "phrase", 8)
            if start >= end or start not in doc.starts or text[start - 1:start] in "”\"」』》":
                break                   # “学习强国”平台: the quoted name is read elsewhere
            items.append((start, end))
            if start >= 1 and text[start - 1] == "、":
                end = start - 1
                continue
            break
        if len(items) < 2:
            continue
        for a, b in items:
            name = text[a:b]
            if not (2 <= len(name) <= 8) or not all("\u4e00" <= ch <= "\u9fff" for ch in name) \
                    or only_generic(doc, a, b):
                continue
            out.append(Candidate(a, b, "Organization", name, 7, "media-list"))
    return out
