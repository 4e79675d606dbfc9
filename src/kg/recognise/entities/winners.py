"""People that competition news names without a title word: bylines （记者 X 通讯员 Y）,
winners written before a bracket with their school （张三（某某小学，数学））, pupils and
teachers written right after their school (某某小学李四获…), and a name opening a clause
about its work (王五的“…”)."""
from __future__ import annotations

import re

from .doc import BOUNDARY, SINGLE_BREAKERS, Candidate, WordedText
from .lexicon import jieba_and_tags
from .table_people import table_people
from .transliterated import DOTS, transliterated_end

# a byline word, then a space or colon, then the name (（记者　刘某　通讯员　郭某）)
BYLINE = re.compile(r"(?:记者|通讯员|责任编辑|编辑|摄影|撰稿|供稿|审核|校对|签发)[ \u3000:：]+")
# what a school, university or other body's name ends with
INSTITUTION_END = ("小学", "中学", "中学校", "学校", "幼儿园", "大学", "学院", "校区", "附中", "附小",
                   "分校", "研究院", "中心", "公司", "协会", "学会", "教育局")
# a bracket after a winner that names the coach (谢某（某某实小，指导教师：杜某）)
COACH_IN_BRACKET = re.compile(r"指导(?:教师|老师)")
SCHOOL_END = re.compile(r"(?:小学|中学校|中学|学校|幼儿园|附中|附小)")
# what follows a pupil's or teacher's name written after the school
AFTER_SCHOOL_NAME = ("的", "、", "获", "等", "，", "和", "与", "共同", "合作", "设计", "执教", "同学",
                     "老师", "说", "荣获", "参加", "以")


def _cjk_run(text: str, i: int, limit: int = 4) -> int:
    """Where the run of Chinese characters starting at ``i`` ends (at most ``limit`` long)."""
    j = i
    while j < len(text) and j - i < limit and "\u4e00" <= text[j] <= "\u9fff":
        j += 1
    return j


def _edge(ch: str) -> bool:
    return not ch or ch in BOUNDARY or ch in SINGLE_BREAKERS


def _bylines(text: str, ok) -> list[Candidate]:
    """（记者 刘某 通讯员 张某）, （责任编辑：周某）: each name stands between spaces.
    A transliterated name (古某·吐某) or one closed by the bracket or the line needs
    no surname."""
    jieba, _ = jieba_and_tags()
    out = []
    for m in BYLINE.finditer(text):
        i = m.end()
        while True:
            j = transliterated_end(text, i) or _cjk_run(text, i, 5)
            name = text[i:j]
            closed = text[j:j + 1] in ("）", ")", "\n", "") and (jieba.dt.FREQ.get(name) or 0) < 50
            dotted = any(ch in DOTS for ch in name)
            if not (2 <= j - i <= 4 or dotted) or not _edge(text[j:j + 1]) \
                    or not (dotted or ok(name, False) or closed):
                break
            out.append(Candidate(i, j, "Person", text[i:j], 7, "person-byline"))
            k = j
            while k < len(text) and text[k] in " \u3000、":
                k += 1
            if k == j or BYLINE.match(text, k) or not ("\u4e00" <= text[k:k + 1] <= "\u9fff"):
                break
            i = k
    return out


def _before_bracket(text: str, ok) -> list[Candidate]:
    """陈某（某某幼儿园）, 张某（某某小学，数学）, 谢某（某某实小，指导教师：杜某）: a name
    before a bracket that opens with a school or body, or names the winner's coach. A
    three-character name there needs no stricter test than its surname (顾某、杨欣然(…中学))."""
    out = []
    for b in re.finditer(r"[（(]([^（）()\n]{3,40})[）)]", text):
        first = re.split(r"[，,、；;]", b.group(1))[0]
        if not first.endswith(INSTITUTION_END) and not COACH_IN_BRACKET.search(b.group(1)):
            continue
        e = b.start()
        hit = _first_fit(text, ((e - 3, e), (e - 2, e)),
                         lambda cand, s, _: _edge(text[s - 1:s]) and ok(cand, len(cand) < 3))
        if hit:
            out.append(hit)
    return out


def _after_school(text: str, ok) -> list[Candidate]:
    """某某小学李某、赵某共同完成…, 某某小学王某的“…”: a name right after a school's name."""
    jieba, _ = jieba_and_tags()
    out = []
    for m in SCHOOL_END.finditer(text):
        s = m.end()
        hit = _first_fit(text, ((s, s + 3), (s, s + 2)),
                         lambda cand, _, e: text[e:e + 2].startswith(AFTER_SCHOOL_NAME)
                         and not text.startswith("等奖", e)      # 高中学段一等奖
                         and ok(cand, True) and (jieba.dt.FREQ.get(cand) or 0) < 50)
        if hit:
            out.append(hit)
    return out


# a numbered school in its short form (高阳一中), as well as a school's type word
SCHOOL_OR_NUMBERED_END = re.compile(r"(?:小学|中学校|中学|学校|幼儿园|附中|附小|[一二三四五六七八九十]中(?![学心专职小]))")
# between a school and its pupil: 的 (某某小学的李某则…), or a space in a results list
SCHOOL_TO_NAME = re.compile(r"的|[ \u3000]+")
# in a results list only (a space before the name): a school written by its stage (某某实验初中
# 黄某、马某) or the body a coach works in (指导教师：某区教研室 张某)
SPACED_ONLY_END = re.compile(r"(?:初中|高中|职中|教研室|教研中心|教研院|教科所|教科院|教育局|教体局|发展中心)$")
AFTER_POSSESSED_NAME = AFTER_SCHOOL_NAME + ("则", "在", "夺", "获")


def _school_then_name(text: str, ok) -> list[Candidate]:
    """某某小学的李某则…, 指导教师为某某一中的赵某。, 某某中学 王某、李某⏎: a pupil or
    teacher written after the school, joined by 的 or (in a results list) a space."""
    jieba, _ = jieba_and_tags()
    out = []
    ends = [m.end() for m in SCHOOL_OR_NUMBERED_END.finditer(text)]
    ends += [m.start() for m in re.finditer(r"[ \u3000]+", text)
             if SPACED_ONLY_END.search(text, max(0, m.start() - 4), m.start())]
    for end in sorted(set(ends)):
        j = SCHOOL_TO_NAME.match(text, end)
        if not j:
            continue
        s = j.end()
        spaced = j.group(0) != "的"

        def fits(cand: str, _s: int, e: int) -> bool:
            after = text[e:e + 2]
            closed = _edge(after[:1]) if spaced else (after.startswith(AFTER_POSSESSED_NAME) or after[:1] in "。；;\n")
            return closed and ok(cand, not spaced) and (jieba.dt.FREQ.get(cand) or 0) < 50

        hit = _first_fit(text, ((s, s + 3), (s, s + 2)), fits)
        if hit:
            out.append(hit)
    return out


# one record of a results list: fields between commas (项目：姓名，学校，教练，成绩；)
RECORD_FIELD = re.compile(r"[^，,；;：:。\n]+")


def _record_fields(text: str, ok) -> list[Candidate]:
    """高中男子100米：张某，某某市第三中学，李某，10秒92；: in a record whose fields are
    split by commas, a short field right before or after a school's name is a person
    (the athlete, the coach)."""
    jieba, _ = jieba_and_tags()
    out = []
    for line in re.finditer(r"[^\n。]+", text):
        fields = [(f.start(), f.end()) for f in RECORD_FIELD.finditer(text, line.start(), line.end())]
        if len(fields) < 3:
            continue
        for i, (fs, fe) in enumerate(fields):
            if fe - fs < 4 or not text[fs:fe].endswith(INSTITUTION_END):
                continue
            for k in (i - 1, i + 1):
                if not 0 <= k < len(fields):
                    continue
                ns, ne = fields[k]
                cand = text[ns:ne].strip(" \u3000")
                ns += len(text[ns:ne]) - len(text[ns:ne].lstrip(" \u3000"))
                if 2 <= len(cand) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in cand) \
                        and ok(cand, False) and (jieba.dt.FREQ.get(cand) or 0) < 50:
                    out.append(Candidate(ns, ns + len(cand), "Person", cand, 7, "person-record"))
    return out


def _owner_of_work(text: str, ok) -> list[Candidate]:
    """。刘某的“…”: a clause that opens with an unknown name owning a quoted work."""
    jieba, _ = jieba_and_tags()
    out = []
    for m in re.finditer(r"的[“《]", text):
        e = m.start()
        hit = _first_fit(text, ((e - 3, e), (e - 2, e)),
                         lambda cand, s, _: text[s - 1:s] in ("", "。", "；", "\n", "，")
                         and ok(cand, True) and (jieba.dt.FREQ.get(cand) or 0) < 20)
        if hit:
            out.append(hit)
    return out


# a grade, then a space, then the pupil (某某小学二年级 王某, 高一 李某、赵某)
GRADE_SPACE = re.compile(r"(?:[一二三四五六七八九]年级|高[一二三]|初[一二三])(?:[（(]?\d{1,2}[）)]?班)?"
                         r"[ \u3000]+(?=[\u4e00-\u9fff])")


def _after_grade(text: str, ok) -> list[Candidate]:
    """某某小学二年级 王某, 初二（5）班 王某, 指导教师 李某: a results list puts a space between the grade and
    the pupil; the names listed after it are found by persons.py."""
    out = []
    for m in GRADE_SPACE.finditer(text):
        i = m.end()
        hit = _first_fit(text, ((i, i + 3), (i, i + 2)),
                         lambda cand, _, e: (_edge(text[e:e + 1]) or text[e:e + 1] in "等")
                         and ok(cand, False))
        if hit:
            out.append(hit)
    return out


# a studio named after the teacher who leads it (某小学陈某名师工作室)
SCHOOL_ENDS_HERE = re.compile(SCHOOL_OR_NUMBERED_END.pattern + "$")
STUDIO = re.compile(r"(?:名师|名校长|名班主任|技能大师|大师|劳模|特级教师)?工作室")


def _studio_leaders(text: str, ok) -> list[Candidate]:
    """城关镇中心小学陈某名师工作室, 李某工作室: the name a studio is named after, right
    after its school or at a clear edge, is the teacher who leads it."""
    jieba, _ = jieba_and_tags()
    out = []
    for m in STUDIO.finditer(text):
        e = m.start()
        hit = _first_fit(text, ((e - 3, e), (e - 2, e)),
                         lambda cand, s, _: (_edge(text[s - 1:s]) or SCHOOL_ENDS_HERE.search(text, max(0, s - 3), s))
                         and ok(cand, True) and (jieba.dt.FREQ.get(cand) or 0) < 20)
        if hit:
            out.append(hit)
    return out


def _first_fit(text: str, spans, fits) -> Candidate | None:
    """The first of ``spans`` (the three-character name before the two-character one) that
    is a name where it stands, by ``fits(name, start, end)``: one winner."""
    for s, e in spans:
        cand = text[s:e] if s >= 0 else ""
        if len(cand) == e - s and fits(cand, s, e):
            return Candidate(s, e, "Person", cand, 7, "person-winner")
    return None


# the members of a team, in brackets right after it: 某中学代表队(甲、乙、丙)
TEAM_BRACKET = re.compile(r"(?:代表队|参赛队|队|小组|团队)[（(]([^（）()\n]{2,40})[）)]")
ITEM_SPLIT = re.compile(r"[、，,]")
# a winner and the school after a space, items apart by ；: （甲 某小学；乙 某小学）
NAME_SPACE_SCHOOL = re.compile(r"([\u4e00-\u9fff]{2,3})[ \u3000]+[\u4e00-\u9fff（）()]{2,24}?"
                               r"(?:小学|中学|学校|幼儿园|附中|附小|中心)")


def _team_members(text: str, ok) -> list[Candidate]:
    """某中学代表队(甲、乙、丙): every item of the bracket after a team is a member's name."""
    out = []
    for m in TEAM_BRACKET.finditer(text):
        pos = m.start(1)
        items = ITEM_SPLIT.split(m.group(1))
        if len(items) < 2:
            continue
        for item in items:
            at = text.index(item, pos, m.end(1))
            pos = at + len(item)
            if 2 <= len(item) <= 4 and ok(item, False):
                out.append(Candidate(at, at + len(item), "Person", item, 7, "person-team"))
    return out


def _winners_with_schools(text: str, ok) -> list[Candidate]:
    """一等奖2名（甲 某小学；乙 某小学）: a name, a space, the school, items apart by ；."""
    out = []
    for b in re.finditer(r"[（(]([^（）()\n]{5,120})[）)]", text):
        pos = b.start(1)
        for item in re.split(r"[；;]", b.group(1)):
            at = text.index(item, pos, b.end(1)) if item else pos
            pos = at + len(item)
            m = NAME_SPACE_SCHOOL.fullmatch(item.strip())
            if m and ok(m.group(1), False):
                s = text.index(m.group(1), at)
                out.append(Candidate(s, s + len(m.group(1)), "Person", m.group(1), 7, "person-winner"))
    return out


def winners(doc: WordedText, ok) -> list[Candidate]:
    """Names competition news gives without a title word; ``ok(name, strict)`` is the
    surname test of persons.py."""
    text = doc.text
    return _bylines(text, ok) + _after_grade(text, ok) + _before_bracket(text, ok) + _after_school(text, ok) + _owner_of_work(text, ok) \
        + _school_then_name(text, ok) + _record_fields(text, ok) + _studio_leaders(text, ok) + table_people(text, ok) \
        + _team_members(text, ok) + _winners_with_schools(text, ok)
