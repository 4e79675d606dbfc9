"""Names in quotation marks (“双减”, “千师进万户”家访活动): what follows the quote says
whether it names an initiative, an event, a document or a channel; and short forms
introduced with 简称 (以下简称“平和职校”)."""
from __future__ import annotations

import re
from functools import cache

from ... import gazetteer
from ...data import load_words, longest_first
from ...model import contract_class
from .doc import BOUNDARY, CN_NUM, SINGLE_BREAKERS, STRONG_TAGS, Candidate, WordedText, clean_name, word_at, words_between
from .documents import DOC_TAIL_OK
from .extent import extend_paren, is_breaker, last_head, phrase_extent
from .lexicon import agency_suffixes, name_breakers, name_heads, school_suffixes, dictionary_tag
from .places import place_prefix


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start of opening mark, end after closing mark) of each quotation."""
    spans = []
    for m in re.finditer(r"“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|『([^『』\n]{1,40})』", text):
        spans.append((m.start(), m.end()))
    for line in re.finditer(r"[^\n]+", text):
        quotes = [line.start() + i for i, ch in enumerate(line.group(0)) if ch == '"']
        for a, b in zip(quotes[0::2], quotes[1::2]):
            if 1 < b - a <= 41:
                spans.append((a, b + 1))
    return sorted(spans)


FESTIVAL_TAIL = re.compile(r"(?:[、,，]?[“\"][^”\"]{1,8}[”\"])*等(?:重要|传统|重大)?(?:节庆日|节日|纪念日|节点|节庆)")
SLOGAN_TAIL = re.compile(r"的(?:思想|理念|意识|精神|观念|原则|方针|要求|目标|氛围|口号|承诺|号召|宗旨|信念|作风|导向"
                         r"|作用|效果|效应|威力|功能|优势)")
LETTER = re.compile(r"(?:一封信|公开信|倡议书|承诺书|告知书|责任书|明白纸|告家长书)$")
DATE_FESTIVAL = re.compile(r"([\u4e00-\u9fff]{0,4}?)([一二三四五六七八九十]{1,2})月(?:初)?[一二三四五六七八九十]{1,3}(?:节)?")
BUILD_BEFORE = re.compile(r"(?:建设|搭建|打造|建成|开发|上线|研发)$")
LEAD_ORDINAL = re.compile(rf"(?:第[{CN_NUM}\d]+[届期次]|首届|\d{{4}}(?:[-—~至]\d{{4}})?(?:年度|学年|年))$")


def quoted_names(doc: WordedText, inside_docs: list[tuple[int, int]]) -> list[Candidate]:
    text = doc.text
    heads = name_heads()
    event_heads = tuple(h for h, c in heads.items() if c == "Event")
    init_heads = tuple(h for h, c in heads.items() if c == "Initiative")
    doc_heads = tuple(h for h, c in heads.items() if c == "Document" and len(h) >= 2)
    out = []
    for qs, qe in _quote_spans(text):
        if any(a <= qs < b for a, b in inside_docs):
            continue
        content = text[qs + 1:qe - 1].strip()
        if len(content) < 2 or re.fullmatch(r"[\d\W_]+", content):
            # digits alone (“3820”) only name something with the head after them; a
            # formula (“3+2”, “5+2”) names a model of schooling
            if not re.fullmatch(r"\d+", content) and not FORMULA.fullmatch(content):
                continue
        tail_end = doc.clause_end(qe, allow="、")
        tail = text[qe:min(tail_end, qe + 30)]
        if _festival_list_member(text, qs, qe) or \
                content in load_words("festivals.txt"):
            out.append(Candidate(qs, qe, "Event", clean_name(content), 2, "quote-festival"))
            continue
        if ALIAS_INTRO.search(text[max(0, qs - 8):qs]):
            continue                    # （以下简称“一中”）: another name of the name before
        if DATE_FESTIVAL.fullmatch(content) and _ethnic_date(content):
            # “壮族三月三”, “六月六”: a festival named by its day
            out.append(Candidate(qs, qe, "Event", clean_name(content), 2, "quote-festival"))
            continue
        if LETTER.search(content) and len(content) <= 24:
            # “致家长的一封信”, “安全承诺书”: a letter or pledge sent out is a document
            out.append(Candidate(qs, qe, "Document", clean_name(content), 2, "quote-letter"))
            continue
        if PROBLEM_TAIL.match(text, qe):
            continue                    # 缓解“入学难”“大班额”问题: a problem named, no programme
        if content.endswith(PLATFORM_ENDS) and len(content) - 3 >= 2 and \
                not re.fullmatch(r"[\d\W_]+", content):
            # “XX智慧教育云平台”: a platform named in full is an organisation
            out.append(Candidate(qs, qe, "Organization", clean_name(content), 2, "quote-channel"))
            continue
        if quoted_group(text, content, qs):
            # 与A、B组成的“一小共同体”: schools forming a named community, a group of schools
            out.append(Candidate(qs + 1, qe - 1, "EducationGroup", content, 2, "quote-group"))
            continue
        school = quoted_school(content)
        if school is not None and not HONOUR_LEAD.search(text[max(0, qs - 4):qs]):
            # 合作建设“某县教师发展学校”: a school's full name, quoted, is that school
            out.append(Candidate(qs + 1, qe - 1, school, content, 2, "quote-school"))
            continue
        org_end = quoted_organization(text, content, qs, qe)
        if org_end is not None:
            # “XX协同创新中心”, 社团“XX创客社”, “XX”名师工作室: an organisation by its head
            out.append(Candidate(qs, org_end, "Organization", clean_name(text[qs:org_end]), 2, "quote-organization"))
            continue
        channel = CHANNEL_TAIL.match(tail)
        if channel and BUILD_BEFORE.search(text[max(0, qs - 4):qs]) and \
                channel.group(0) not in ORG_CHANNELS and not re.fullmatch(r"[\d\W_]+", content):
            # 建设“XX云课堂”平台: a platform being built is a project
            out.append(Candidate(qs, qe, "Initiative", clean_name(content), 2, "quote-platform"))
            continue
        if channel and not re.fullmatch(r"[\d\W_]+", content):
            # “学习强国”平台, “XX教育”微信公众号: an app or a channel is an organisation
            word = channel.group(0)
            end = qe + len(word) if word in ORG_CHANNELS else qe
            out.append(Candidate(qs, end, "Organization", clean_name(text[qs:end]), 2, "quote-channel"))
            continue
        # the words after the quote, up to the first word that cannot be in a name
        cut = phrase_extent(doc, qe, qe + len(tail))
        start = _lead_start(doc, qs)
        dh = last_head(text, qe, min(cut, qe + 16), doc_heads)
        if dh is not None and dh == cut and (text[dh:dh + 1] in DOC_TAIL_OK or text[dh:dh + 1] == "的"
                                             or word_at(doc, dh) in name_breakers()):
            # “十二五”教育事业发展规划: a document titled with a quoted phrase
            out.append(Candidate(start, dh, "Document", clean_name(text[start:dh], True), 2, "quote-document"))
            continue
        ev = last_head(text, qe, cut, event_heads)
        if ev is not None and start == qs and _weak_event_head(text, qe, ev):
            ev = None                   # “最美教师”评选活动 with no edition or place: a programme
        if ev is not None:
            end = extend_paren(text, ev)
            if end == ev and text.startswith("活动", ev) and text[ev - 1] != "节" \
                    and not re.match(r"中心|[室场馆]", text[ev + 2:ev + 4]):
                end = ev + 2            # “某某”少儿艺术展演活动: the name as written, 活动 and all
                #                        (a festival stays itself: “某某”艺术节活动 → 艺术节)
            out.append(Candidate(start, end, "Event", clean_name(text[start:end]), 2, "quote-event"))
            continue
        if SLOGAN_LIST.fullmatch(content) and text.startswith("主题", qe):
            # “学党史、强信念、跟党走”主题宣讲活动: the slogan is the campaign's name, with
            # the campaign's own head word where one follows (the slogan stays an alias)
            head = last_head(text, qe, min(cut, qe + 10), init_heads)
            if head is not None and "、" not in text[qe:head]:
                out.append(Candidate(qs, head, "Initiative", clean_name(text[qs:head]), 2, "quote-typed"))
            else:
                out.append(Candidate(qs, qe, "Initiative", clean_name(content), 2, "quote-slogan"))
            continue
        if len(content) >= 4 and EVENT_SERIES.match(text, qe) \
                and last_head(content, 0, len(content), event_heads) == len(content):
            # “某城读书节”系列活动: the activities are the festival's; the festival is the name
            out.append(Candidate(qs, qe, "Event", clean_name(content), 2, "quote-event"))
            continue
        ini = last_head(text, qe, min(cut, qe + 10), init_heads)
        if ini is not None and not re.match(r"[、]", text[qe:ini]):
            out.append(Candidate(qs, ini, "Initiative", clean_name(text[qs:ini]), 2, "quote-initiative"))
            continue
        typed = _type_word_after(text, content, qe, min(cut, qe + 10), init_heads)
        if typed is not None:
            # “强基铸魂”党建品牌, “青蓝同行”示范单位, “护苗行动”专项整治工作: the type word
            # after the quote belongs to the name
            out.append(Candidate(qs, typed, "Initiative", clean_name(text[qs:typed]), 2, "quote-typed"))
            continue
        if _slogan(text, content, qs, qe):
            continue                    # 当好“主战场”, 推动“提质增效”, “三个更加”: a slogan
        if FORMULA.fullmatch(content):
            rest = text[qe:doc.clause_end(qe)]
            if 2 <= len(rest) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", rest) and \
                    _formula_tail_ok(words_between(doc, qe, qe + len(rest))):
                # “3+2”联合培养，: a model of schooling named by its formula and what it is
                out.append(Candidate(qs, qe + len(rest), "Initiative", clean_name(text[qs:qe + len(rest)]),
                                 2, "quote-formula"))
                continue
        if not re.fullmatch(r"\d+", content):
            if SLOGAN_TAIL.match(tail) or _scare_quote(content, tail) or _institution_name(content):
                continue
            if PLAN_PERIOD.fullmatch(content):
                continue                # “十四五”: a plan period, not a programme
            if TITLE_TAIL.match(tail):
                continue                # 评出“最美教师”10名, “优秀教师”称号: a title people get
            if len(content) > 24 or _speech(content) or _reported_words(text, content, qs, qe):
                continue
            own = last_head(content, 0, len(content), event_heads)
            if own == len(content) and len(content) >= 6 and (
                    not content.endswith(WEAK_EVENT_HEADS) or EVENT_MARK_Q.search(content)):
                # “2022XX教育论坛”: the quote is an event's name, head word and all
                out.append(Candidate(qs, qe, "Event", clean_name(content), 3, "quote-event"))
                continue
            out.append(Candidate(qs, qe, "Initiative", clean_name(content), 3, "quote"))
    return out


# Heads that make a quoted name an organisation's, inside the quote or right after it.
QUOTED_ORG_ENDS = ("协同创新中心", "创新中心", "研究中心", "指导中心", "服务中心", "发展中心", "协会",
                   "研究会", "联合会", "促进会", "基金会", "讲师团", "宣讲团", "工作室", "产业学院")
STUDIO_TAIL = re.compile(r"(?:名师|名校长|名班主任|名园长|技能大师|劳模|大师)?工作室")
CLUB_BEFORE = re.compile(r"社团[:：]?$")


# 获评“某市优质民办学校”: a title schools are given, not a school
HONOUR_LEAD = re.compile(r"(?:获评|评为|入选|认定为|命名为|授予|创成|创建|成为)$")
HONOUR_WORDS = re.compile(r"优质|示范|特色|星级|标准化|先进|优秀|现代化|平安|文明|绿色|一级|二级|三级|达标|品牌|名校")


@cache
def school_type_words() -> tuple[str, ...]:
    return tuple(x for x, _, _ in school_suffixes())


# 组成的“X共同体”, 组建“X学校共同体”: a community the schools named before it form
GROUP_FORMED = re.compile(r"(?:组成的|组成|组建|结成)$")
GROUP_HEADS = ("共同体", "教共体", "联盟")
# 一小共同体, 乡村学校共同体: the community is named by its schools (not 城乡教研共同体)
SCHOOL_WORD = re.compile(r"[小中]|学校|幼|校")


def quoted_group(text: str, content: str, qs: int) -> bool:
    """A quoted community of schools, formed by the words right before it."""
    return content.endswith(GROUP_HEADS) and 4 <= len(content) <= 16 \
        and SCHOOL_WORD.search(content[:-2]) is not None \
        and re.fullmatch(r"[\u4e00-\u9fff]+", content) is not None \
        and GROUP_FORMED.search(text, max(0, qs - 3), qs) is not None


def quoted_school(content: str) -> str | None:
    """The class of a quoted school name (a place, words of its own, a school's type word:
    “某县教师发展学校”), else None."""
    suffixes = school_suffixes()
    if not 5 <= len(content) <= 20 or not content.endswith(school_type_words()) \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", content) or HONOUR_WORDS.search(content):
        return None
    for sfx, cls, _ in suffixes:
        if content.endswith(sfx) and len(content) - len(sfx) >= 3 \
                and gazetteer.region_from_text(content[:len(content) - len(sfx)]) != ():
            return cls
    return None


def quoted_organization(text: str, content: str, qs: int, qe: int) -> int | None:
    """End of an organisation named with quotation marks, or None: the quoted words end on
    an organisation's head (“矿大—XX协同创新中心”), a club's name after 社团 (社团“XX社”), or
    a studio's head follows the quote (“XX”名师工作室)."""
    if len(content) >= 4 and content.endswith(QUOTED_ORG_ENDS) and not re.search(r"[，。；！？,;]", content):
        return qe
    if content.endswith("社") and 3 <= len(content) <= 8 and CLUB_BEFORE.search(text[max(0, qs - 4):qs]):
        return qe
    tail = STUDIO_TAIL.match(text, qe)
    if tail and 2 <= len(content) <= 10:
        return tail.end()
    base = BASE_TAIL.match(text, qe)
    if base and 2 <= len(content) <= 10 and not re.search(r"[\W\d]", content):
        return base.end()               # “某某”劳动教育实践基地: a named base is a place that runs, an organisation
    return None


# A base or camp named by a quoted brand, the type words running on after the quote; not
# a base being built (…基地建设) nor bases counted (…基地3个)
BASE_TAIL = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:基地|营地)(?![\u4e00-\u9fff\d]{0,12}?(?:建设|项目|工程|[\d一二三四五六七八九十两]{1,6}个))")


# What after a quotation says it names a problem (“入学难”问题, “大班额”“择校热”等现象).
PROBLEM_TAIL = re.compile(r"(?:[、，,]?[“\"][^”\"]{1,10}[”\"])*等?(?:问题|现象|难题|顽疾|痛点|难点|矛盾)")
PLATFORM_ENDS = ("云平台", "服务平台", "资源平台", "管理平台", "公共平台")
# Several short phrases in one quotation (学党史、强信念、跟党走): a slogan
SLOGAN_LIST = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[、，,][\u4e00-\u9fff]{2,8}){1,5}")
EVENT_MARK_Q = re.compile(r"第[一二三四五六七八九十百\d]+[届期次]|首届|(?:19|20)\d{2}|届")
FORMULA = re.compile(r"\d{1,2}\s*[+＋]\s*(?:\d{1,2}|[A-Z])")
ALIAS_INTRO = re.compile(r"(?:简称|下称|称为|简称为)[:：]?$")
# What after a quotation makes its content the name of an app, a platform or a channel.
ORG_CHANNELS = ("微信公众号", "公众号", "视频号", "客户端", "抖音号", "微博", "APP", "App", "app", "云平台")
CHANNEL_TAIL = re.compile(r"(?:微信公众号|公众号|视频号|客户端|抖音号|微博|APP|App|app|云平台|学习平台|平台)"
                          r"(?![\u4e00-\u9fff]{0,2}(?:建设|搭建|建成|开发|功能))")
PLAN_PERIOD = re.compile(r"[一二三四五六七八九十]{1,3}五")
TITLE_TAIL = re.compile(rf"(?:[\d{CN_NUM}两]+(?:名|位|人)|(?:荣誉)?称号)")
# what follows a festival's quoted name when the text counts its activities
EVENT_SERIES = re.compile(r"(?:系列|开放展示|展示|主题|专题|配套)?活动")
WEAK_EVENT_HEADS = ("评选活动", "评比活动", "评选", "评比")


# Type words that, after a quotation, make the quoted words the name of a programme, a
# brand or an honour together with them. 工作 and 改革 only with words of their own between
# (“护苗行动”专项整治工作; “双减”工作 stays “双减”); 项目 not after a programme's own head
# (“省培计划”项目 stays 省培计划).
QUOTE_TYPE_WORDS = ("品牌", "示范单位", "先进单位", "示范基地", "示范点", "项目", "工作", "改革")
QUALIFIED_ONLY = ("工作", "改革")


def _type_word_after(text: str, content: str, qe: int, cut: int, init_heads: tuple[str, ...]) -> int | None:
    end = last_head(text, qe, cut, QUOTE_TYPE_WORDS)
    if end is None or "、" in text[qe:end]:
        return None
    word = next(w for w in longest_first(QUOTE_TYPE_WORDS) if text.endswith(w, qe, end))
    qualifier = text[qe:end - len(word)]
    if word in QUALIFIED_ONLY and len(qualifier) < 2:
        return None
    if word == "项目" and not qualifier and content.endswith(init_heads):
        return None
    if text[end:end + 1] in ("化", "性"):
        return None
    return end


# A quotation used as a figure of speech or a motto, not a programme's name: a role word
# after 当好/打好/筑牢… (主战场, 压舱石), a numbered motto (三个更加, 两个坚持), or a goal of
# four characters after 推动/实现/促进… (提质增效).
ROLE_LEAD = re.compile(r"(?:当好|打好|打赢|筑牢|守好|守住|成为|争当|争做|扛起|下好|唱响|发挥|担当|作为|是)$")
GOAL_LEAD = re.compile(r"(?:推动|实现|促进|助力|着力|聚焦|围绕|坚持|力求|确保|追求|突出)[^，。；]{0,4}$")
NUMBERED_MOTTO = re.compile(r"[一二三四五六七八九十两]个(?:更加|更|坚持|必须|不|始终|全面|着力|聚焦|面向|确保|持续)")


# “这次夺冠是对孩子们最好的肯定。”: words someone said, not the name of anything
SPEECH_VERBS = re.compile(r"是|已|在|对|能|会|要|让|把|被|最")


def _speech(content: str) -> bool:
    """A quote that reads as a sentence: a full stop, or long with 的/了 and a verb (a motto
    of two halves, “携手落实两法，共护祖国未来”, is still a name)."""
    if re.search(r"[。！？!?…]", content):
        return True
    return len(content) >= 10 and ("的" in content or "了" in content) and bool(SPEECH_VERBS.search(content))


# who speaks in a quote: a person, the first person, the children
SPEAKER_WORDS = re.compile(r"我|咱|孩子们|他们|她们|大家")


def _reported_words(text: str, content: str, qs: int, qe: int) -> bool:
    """…训练3个多小时，“以后想开一家自己的店”。: a quote that closes a sentence after a
    comma is what someone said (a programme's name is the object of a verb, not a clause
    of its own); so is a longer quote in the first person or with two halves and 了/也."""
    if len(content) >= 8 and text[qs - 1:qs] in ("，", ",") and text[qe:qe + 1] in ("。", "！", "？"):
        return True
    if len(content) >= 8 and SPEAKER_WORDS.search(content):
        return True
    return len(content) >= 10 and bool(re.search(r"[，,]", content)) and bool(re.search(r"[了也都]", content))


def _slogan(text: str, content: str, qs: int, qe: int) -> bool:
    after = text[qe:qe + 2]
    lead = text[max(0, qs - 6):qs]
    if NUMBERED_MOTTO.match(content):
        return True
    if figure_of_speech(text, qs):
        return True
    if len(content) <= 3 and (ROLE_LEAD.search(lead) or after.startswith(("作用", "角色", "地位"))):
        return True
    if len(content) == 4 and GOAL_LEAD.search(lead) and (not after or after[0] in "，,。；;、的”"):
        return True
    return False


# What before a quotation makes it a figure of speech, not a name: a state the text says
# something is in, becomes or avoids (存在“成人代劳”痕迹, 标准成“硬杠杠”, 比赛进入“加时赛”,
# 不应止于“拿奖”, 避免“重结果、轻过程”), an adverb of degree (选题更“接地气”), a
# one-by-one manner (逐一“会诊”), and the two ends of 从“A”到/走向“B”.
FIGURATIVE_LEAD = re.compile(r"(?:存在|成为[^，。；、“”\n]{0,4}|(?<![建完结形组达促生构养])成|(?<![转改])变|变成|进入|走向|止于"
                             r"|停留在|避免|逐一|一度|(?<!变)更|从|从[“\"][^”\"\n]{1,10}[”\"](?:到|走向))$")


def figure_of_speech(text: str, qs: int) -> bool:
    """A quotation led by a word that makes it a figure of speech (FIGURATIVE_LEAD)."""
    return bool(FIGURATIVE_LEAD.search(text, max(0, qs - 14), qs))


def _weak_event_head(text: str, qe: int, ev: int) -> bool:
    """A selection (评选, 评比) is an event only with an edition, a year or a place."""
    return any(text.endswith(h, qe, ev) for h in WEAK_EVENT_HEADS)


def _lead_start(doc: WordedText, qs: int) -> int:
    """Where an event or document named with a quotation starts: an edition or year and
    a place right before the quote (第三届平和县“最美教师”评选活动, 2022年“XX杯”)."""
    text = doc.text
    pos = qs
    who = PARTICIPANTS.search(text[max(0, qs - 6):qs])
    if who:                                      # 观山湖区中小学生“筑梦杯”: who takes part
        for n in range(min(12, qs - len(who.group(0))), 1, -1):
            at = qs - len(who.group(0))
            if place_prefix(doc, at - n, at, relative=False) == at:
                pos = at
                break
        else:
            if LEAD_ORDINAL.search(text[max(0, qs - len(who.group(0)) - 12):qs - len(who.group(0))]):
                pos = qs - len(who.group(0))
    qs = pos
    for n in range(min(12, qs), 1, -1):          # the places right before the quote
        if place_prefix(doc, qs - n, qs, relative=False) == qs:
            pos = qs - n
            break
    lead = LEAD_ORDINAL.search(text[max(0, pos - 12):pos])
    if not lead:
        return pos
    pos -= len(lead.group(0))
    if lead.group(0).startswith(("第", "首届")):
        for n in range(min(12, pos), 1, -1):     # 长白县第五届“某某杯”: the place before the edition
            if place_prefix(doc, pos - n, pos, relative=False) == pos:
                return pos - n
    return pos


PARTICIPANTS = re.compile(r"(?:中小学生|青少年|中学生|小学生|大学生|学生|师生|教师|青年教师|幼儿|职工)$")


def _formula_tail_ok(words: list[str]) -> bool:
    """联合|培养, 课后服务|模式: what a formula names; a breaker word only opening it
    (联合培养), never later (模式|全面推行), and no function word at all."""
    if len(words) < 2 and words and is_breaker(words[0], "phrase", False) is not None:
        return False
    return all(dictionary_tag(w) not in STRONG_TAGS and w not in SINGLE_BREAKERS and
               (i == 0 or is_breaker(w, "phrase", False) is None) for i, w in enumerate(words))


def _ethnic_date(content: str) -> bool:
    """三月三 alone, or after a people's name (壮族三月三): the day is the festival."""
    m = DATE_FESTIVAL.fullmatch(content)
    lead = m.group(1)
    return not lead or lead in load_words("ethnic_groups.txt") or lead.rstrip("族") + "族" in load_words("ethnic_groups.txt")


def _festival_list_member(text: str, qs: int, qe: int) -> bool:
    """“五四”、“六一”、“国庆”、“建队日”等重要节庆日: a member of a list of festivals."""
    return bool(FESTIVAL_TAIL.match(text[qe:qe + 60]))


def _institution_name(content: str) -> bool:
    """“XX县职业教育推进委员会”: a body's or school's name in quotation marks is no programme."""
    ends = tuple(x for x, _, _ in agency_suffixes() if len(x) >= 2)
    if content.endswith(ends):
        return True
    schools = tuple(x for x, _, _ in school_suffixes()) + tuple(load_words("university_suffixes.txt"))
    return content.endswith(schools) and gazetteer.region_from_text(content[:6]) != ()


def _scare_quote(content: str, tail: str) -> bool:
    """“倒挂”评价: an ordinary word in quotation marks, not a name."""
    if len(content) <= 2 and tail[:1] and "\u4e00" <= tail[0] <= "\u9fff":
        return dictionary_tag(content) in {"v", "a", "ad", "d", "an", "vn"}
    return False


# the short form with or without quotation marks: （以下简称“平和职校”）, （以下简称平和职校）
ALIAS_DEF = re.compile(r"[（(](?:以下)?(?:简称|下称)为?[:：]?(?:[“\"「]([^”\"」\n]{1,12})[”\"」]|([^“”\"「」（）()\n，,、]{2,12}))[）)]")


# 无锡某某智造科技有限公司（某某智造）, 江苏省教育科学研究院（省教科院）: a bracket holding only
# a short form of the name right before it, its characters taken in order from that name
BARE_SHORT = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")
BODY_CLASSES = ("Organization", "GovernmentAgency", "University")


# 洛阳市第一高级中学（洛阳一高）, 某县民族中学（县民中）: a school's short form ends as
# schools' short forms end; a remark (含教学点, 初中部) does not
SCHOOL_SHORT_ENDS = tuple("中高小职专")
NOT_SHORT = re.compile(r"^(?:含|不含|包括|包含|原|现|今|即)")


def _school_short(short: str) -> bool:
    return len(short) >= 3 and short.endswith(SCHOOL_SHORT_ENDS) and not NOT_SHORT.match(short)


def _short_of(short: str, name: str) -> bool:
    """Every character of ``short`` is found in ``name``, in order, and ``short`` is shorter."""
    pos = 0
    for ch in short:
        pos = name.find(ch, pos) + 1
        if not pos:
            return False
    return len(short) < len(name)


def _alias_defs(text: str, out: list[Candidate]):
    """(match, group) of each bracket that gives the name before it a short form."""
    defs = [(m, 1 if m.group(1) is not None else 2) for m in ALIAS_DEF.finditer(text)]
    for m in BARE_SHORT.finditer(text):
        owners = [c for c in out if c.end == m.start() and c.source != "alias"
                  and (contract_class(c.type) in BODY_CLASSES
                       or contract_class(c.type) == "School" and _school_short(m.group(1)))]
        if owners and _short_of(m.group(1), min(owners, key=lambda c: c.start).name):
            defs.append((m, 1))
    return sorted(defs, key=lambda d: d[0].start())


def quoted_aliases(doc: WordedText, kept: list[Candidate]) -> list[Candidate]:
    """平和职业技术学校（以下简称“平和职校”）: the quoted short form, there and wherever it
    recurs later, names the thing named right before the bracket."""
    text = doc.text
    out = list(kept)
    for m, g in _alias_defs(text, out):
        owners = [c for c in out if c.end == m.start() and c.type != "Place" and c.source != "alias"]
        if not owners:
            continue
        owner = min(owners, key=lambda c: c.start)
        alias = m.group(g).strip()
        if len(alias) < 2:
            continue
        spots = [(m.start(g), m.end(g))]
        for r in re.finditer(re.escape(alias), text[m.end():]):
            spots.append((m.end() + r.start(), m.end() + r.end()))
        for s, e in spots:
            inside = [c for c in out if s <= c.start and c.end <= e]
            crossing = [c for c in out if c.start < e and s < c.end and c not in inside]
            if crossing and (s, e) != spots[0]:
                continue                # 县第一中学 holds 一中: not the short form
            if (s, e) != spots[0] and not (s in doc.starts or text[s - 1] in BOUNDARY):
                continue
            out = [c for c in out if c not in inside or c.type == "Place" and (c.start, c.end) != (s, e)]
            out.append(Candidate(s, e, owner.type, owner.name, 1, "alias"))
    return out
