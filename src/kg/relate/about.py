"""What each figure describes: kg:about, read the way reports write it."""
from __future__ import annotations

import re

from ..model import Entity, Figure, Mention, Report, contract_class
from ..recognise.figures.pipe_tables import barred
from ..recognise.figures.sent_on import sent_on_at
from ..spans import SpanIndex
from .bodies import area_bureaus, clause_body, visiting_bodies, working_bodies
from .contest_news import reports_proceedings
from .launched import platform_opened, spent_before
from .respectively import respective_abouts
from .text import CLAUSE_BREAK, clause_end, clause_start, outermost, topic_verbs


ABOUT_CLASSES = {"School", "University", "Organization", "Initiative", "Event", "Document",
                 "Person"}


TOPIC_CLASSES = {"Initiative", "Event"}


SUBJECT_CLASSES = {"School", "University", "Organization"}


# What may stand before a sentence's subject: nothing, or a word saying whose it is.
SUBJECT_LEADS = {"", "区属", "市属", "县属", "省属", "我区", "我县", "我市", "全区", "全县", "全市", "其中",
                 "即"}       # 全市有普通高等学校1所，即X学院，在校生…: the one named is the subject
# …or a phrase describing it: 以东苑小学为龙头的, 位于松北区的
# …or the year it speaks of: 2023年盐城市第一中学(南校区)建成投用
# …or the partner it was founded with: 与某某大学合作举办的
# …or how it came to be: 新建的厉山镇第二小学于9月投入使用，新增学位1350个
SUBJECT_LEAD_PHRASE = re.compile(r"(?:以[^，,；;。]{2,20}为(?:龙头|核心|牵头校|引领|主体)的|位于[^，,；;。]{2,12}的"
                                 r"|[与同][^，,；;。]{2,20}(?:合作|联合|共同)(?:举办|创办|开办|共建|建设)的"
                                 r"|(?:新建|新建成|新改扩建|改扩建|迁建|新开办|新开设|新组建|新成立)的"
                                 r"|(?:19|20)\d{2}年(?:[春秋]季)?)")


LIST_MARKS = set("、和及与等,，")
# what a group holds, written right after its name (X教育集团现有成员校6所)
GROUP_HOLDS = re.compile(r"(?:现|目前|已)?(?:有|共有|拥有|辖)?成员(?:校|学校|园|单位)(?:达到|达|共)?")


# 1. 2、 （三） and the circled or bracketed numbers of ranked lists: ①, 1）
LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.．、)）][ \t\u3000]?|[（(][\d一二三四五六七八九十]{1,3}[）)]|[\u2460-\u2473])")


MAX_AFTER_GAP = 12


# Verbs by which a group or body counts the members it takes in: 吸纳A、B等3个成员校
MEMBERS_TAKEN = re.compile(r"(?:吸纳|包括|包含|涵盖|现有|下设|下辖|辐射|带动|吸收|联合|结对)")


SHORT_CLAUSE = 12   # a follow-up clause this short continues the previous one's subject
# …or a longer one that opens with what the subject drew or reached (…成果展共展出作品120件，
# 吸引了3200余名师生和家长到场参观)
CONTINUING = re.compile(r"(?:共|累计|先后|已|还|并)?(?:吸引|接待|覆盖|惠及|带动|辐射|服务|受益|吸纳|带领)")
SUBJECTLESS_CLAUSE = 24


def attach_about(report: Report, owner: dict[tuple[int, int], Entity]) -> None:
    """What each figure describes, read the way the reports write it. Rules, first match wins:

    1. ``N人的X``: the figure is X's own count (5715人的会考);
    2. the nearest name before it in its clause (四十中本科上线率达73.3%), unless the
       figure counts a list that name is in (A、B等3所) or the name is the activity being
       counted (开展送教下乡活动38场次);
    3. a sentence framed ``在X中，…`` is about the competition or event X (在…大赛中，
       我县获二等奖1项), where the clause names no school of its own;
    4. a name shortly after it in its clause (29位书记参加第六期…示范班);
    5. a short follow-up clause keeps the previous figure's subject (团体2个);
    6. the programme or event an earlier clause introduced (组织“千师进万户”家访活动，
       5688名教师全员入户家访), when the figure's clause names nothing of its own;
    7. the school or organisation the clause before it, or the section, opens with.
    """
    ctx = _AboutContext(report, owner)
    paired = respective_abouts(report.text, ctx.cands, report.figures, ctx.key)
    previous: Figure | None = None
    for fig in sorted(report.figures, key=lambda f: f.start):
        if fig.start in paired:
            fig.about = paired[fig.start]
        elif fig.sentence is not None:
            fig.about = _category_owner(fig, ctx) or _about_of(fig, ctx, previous) or _row_label_owner(fig, ctx)
        previous = fig


ROW_GAP = re.compile(r"[ \u3000\t]{1,}|\s*[|｜]\s*")


def _category_owner(fig: Figure, ctx: _AboutContext) -> str | None:
    """4.机器人竞赛:一等奖18项,二等奖36项: a contest category named before its line's colon
    owns the line's prizes."""
    text = ctx.text
    line_start = text.rfind("\n", 0, fig.start) + 1
    for m in ctx.cands.get(fig.sentence, []):
        if m.source == "category" and line_start <= m.start < m.end < fig.start \
                and m.start - line_start <= 4 and "\n" not in text[m.end:fig.start]:
            return ctx.key(m)
    return None


def _row_label_owner(fig: Figure, ctx: _AboutContext) -> str | None:
    """科技创新成果竞赛　一等奖24项　二等奖51项: a table row whose label is a name (a contest's
    category, a school) gives its counts to that name, when no rule found another owner."""
    text = ctx.text
    line_start = text.rfind("\n", 0, fig.start) + 1
    named = [m for m in ctx.cands.get(fig.sentence, []) if m.start == line_start]
    if not named:
        return None
    label = named[0]
    gap = ROW_GAP.match(text, label.end)
    if gap is None or "\n" in text[label.end:fig.start]:
        return None
    return ctx.key(label)


class _AboutContext:
    """What the about rules look up, computed once per report."""

    def __init__(self, report: Report, owner: dict[tuple[int, int], Entity]) -> None:
        self.report, self.owner, self.text = report, owner, report.text
        self.named: dict[int, list[Mention]] = {}     # every resolved mention, by sentence
        self.cands: dict[int, list[Mention]] = {}     # those a figure can be about
        for m in sorted(report.mentions, key=lambda m: m.start):
            if (m.start, m.end) in owner and m.sentence is not None:
                self.named.setdefault(m.sentence, []).append(m)
        for sent, ms in self.named.items():
            self.cands[sent] = outermost([m for m in ms if self.cls(m) in ABOUT_CLASSES])
        self.acting: set[tuple[int, int]] = set()     # (sentence, clause start) of a programme at work
        self.reach: dict[tuple[int, int], int] = {}  # (sentence, clause start) → where its subject stops
        doers = {**area_bureaus(report, owner), **visiting_bodies(report, owner)}
        self.clause_subjects = _clause_subjects(report, owner, self.acting, doers, self.reach)
        self.bodies = working_bodies(report, owner)
        self.section_topics = _section_topics(report, _sentence_subjects(self.clause_subjects,
                                                                         report))
        self.figure_spans = SpanIndex.of_pairs((f.start, f.end) for f in report.figures)
        self.later_frames: set[int] = set()
        self.frames = _event_frames(report, self)
        self.event_subjects: dict[int, str] = {}   # sentence → the event it opens with as subject
        self.sentence_topics = _sentence_topics(report, self)
        self.heading_topics = _heading_topics(report, self)
        self.main_event: str | None = None
        self.main_event_end = len(report.text)     # a sidebar about something else ends it
        self.title_count = 1        # sentences of the title (a dashed subtitle line is one more)
        self.pointers = _event_pointers(report, self)

    def cls(self, m: Mention) -> str:
        return contract_class(self.owner[(m.start, m.end)].type)

    def key(self, m: Mention) -> str:
        return self.owner[(m.start, m.end)].key


ROW_REACH = 300     # how far a table row is read around its figure


def _row_person(text: str, fig: Figure, before: list[Mention], ctx: _AboutContext) -> Mention | None:
    """The person a barred table's row names before the figure: a results table's score
    (| 学科 | 姓名 | 单位 | 得分 |) is the person's, not the school's printed beside it."""
    lo, hi = max(0, fig.start - ROW_REACH), min(len(text), fig.end + ROW_REACH)
    line_start = text.rfind("\n", lo, fig.start) + 1 or lo
    line_end = text.find("\n", fig.end, hi)
    if not barred(text[line_start:hi if line_end < 0 else line_end]):
        return None
    people = [m for m in before if m.start >= line_start and ctx.cls(m) == "Person"]
    # 1|作品|李某|某中学|杨某|96.5分: the entrant is written before the coach
    return people[0] if people else None


def _about_of(fig: Figure, ctx: _AboutContext, previous: Figure | None) -> str | None:
    text, sent_index = ctx.text, fig.sentence
    sent = ctx.report.sentences[sent_index]
    cands = ctx.cands.get(sent_index, [])
    lo, hi = clause_start(text, fig.start), clause_end(text, fig.end)
    before = [m for m in cands if lo <= m.start and m.end <= fig.start and not _kind_counted(text, m, fig)
              and not _partner(text, lo, m)]
    after = [m for m in cands if fig.end <= m.start and m.end <= hi
             and m.start - fig.end <= MAX_AFTER_GAP
             and not (DESTINATION.search(text, fig.end, m.start) and ctx.cls(m) in SUBJECT_CLASSES)]
    before = [m for m in before if not _scene_of_subject(text, m, before, ctx)]
    owned = [m for m in after if text[fig.end:m.start] == "的"]
    if owned:
        return ctx.key(owned[0])
    named = _named_right_before(text, lo, fig, cands, ctx) if not before else None
    if named is not None:               # 第1名 某中学,312分: the figure alone after its school
        return ctx.key(named)
    scorer = _row_person(text, fig, before, ctx)
    if scorer is not None:              # | 初中英语 | 罗某某 | 某某县第二中学 | 92.7 |: hers
        return ctx.key(scorer)
    target = sent_on_at(text, fig.end)
    # …遴选出12项作品，推荐参加…大赛: the contest may stand in the clause after the count
    contests = [m for m in cands if target >= 0 and target <= m.start and m.end <= clause_end(text, target)
                and ctx.cls(m) in TOPIC_CLASSES]
    if contests:                        # 32支队伍将代表某市参加…省…竞赛: the contest it goes on to
        return ctx.key(min(contests, key=lambda m: m.start))
    back = _pointed_back(text, lo, fig, cands, sent, ctx) or _bare_head_back(text, fig, cands, sent, ctx)
    if back is not None:                # 依托“X”科创社团…，该社团现有成员210名 → X
        return ctx.key(back)
    counts_names = False
    if before:
        near = max(before, key=lambda m: m.end)
        holder = _holder_of(text, near, before, ctx) or _partner_subject(text, near, before, fig, ctx) \
            or _scorer(text, near, before, fig, ctx)
        if holder is not None:          # 第二中学高考本科上线率: the school's rate in the exam
            near = holder
        counts_names = _listed(text, near, fig) or _counts_a_list(text, before, fig, ctx.owner)
        # 实验操作大赛共有全市12所中学的48支代表队: an event opening the clause is what all its
        # counts are of
        opening = OPENING_ADVERBS.match(text, lo, near.start)
        event_opens = ctx.cls(near) == "Event" and near.start == (opening.end() if opening else lo)
        if not (counts_names or (_figure_between(ctx.figure_spans, near.end, fig.start, text) and not event_opens)
                or _counted_activity(text, near, fig, ctx)):
            return ctx.key(_first_sharing(text, near, before, fig, ctx))
    body = clause_body(text, lo, fig.start, ctx.bodies.get(sent_index, [])) if not before else None
    if body is not None and not _figure_between(ctx.figure_spans, body.end, fig.start, text):
        return ctx.key(body)            # 县政府教育督导室对19个乡镇开展督导评价: the office's work
    if sent_index in ctx.frames and ctx.frames[sent_index][0] <= fig.start \
            and not (sent_index in ctx.later_frames
                     and any(ch in "；;" for ch in text[ctx.frames[sent_index][0]:fig.start])):
        # 高考方面，A中学本科上线1286人，本科上线率72.8%: a school opening a clause inside the
        # frame is the subject of its own results there
        inside = [(p, e) for p, e in ctx.clause_subjects.get(sent_index, [])
                  if ctx.frames[sent_index][0] <= p <= fig.start and contract_class(e.type) in SUBJECT_CLASSES]
        if not before and inside and _subject_carries(text, inside[-1][0], fig, cands):
            return inside[-1][1].key
        return ctx.frames[sent_index][1]    # (a frame opened in a later clause ends at its ；)
    if after:
        return ctx.key(min(after, key=lambda m: m.start))
    school = _school_measured(text, fig, ctx, sent_index, cands) if not before else None
    if school is not None:              # X职专…合作开展“3+2”贯通培养，毕业生就业率98.2%: the school's
        return school.key
    sole = _sole_school(text, sent, fig, cands, ctx) if not before else None
    if sole is not None:                # 中等职业学校1所（某职专），招生196人: the one school's
        return ctx.key(sole)
    if not before and previous is not None and previous.about \
            and previous.sentence == sent_index \
            and (hi - lo <= SHORT_CLAUSE or (hi - lo <= SUBJECTLESS_CLAUSE and CONTINUING.match(text, lo))) \
            and _previous_clause(text, previous, lo) and not _shared_rate(text, previous):
        return previous.about
    own_names = [m for m in ctx.named.get(sent_index, []) if lo <= m.start and m.end <= fig.start]
    # places name nothing of the clause's own (投入援藏资金1200万元, 来自A区、B区的327所学校)
    own_things = [m for m in own_names if ctx.cls(m) != "Place" and not _partner(text, lo, m)]
    if counts_names and any(ctx.cls(m) in TOPIC_CLASSES and m.end <= fig.start for m in cands):
        # 实施“X计划”，支持A中学、B中学等9所县域高中: the list counted is the programme's reach,
        # not a subject of its own
        listed = {(m.start, m.end) for m in before}
        own_things = [m for m in own_things if (m.start, m.end) not in listed]
    if counts_names:
        # “县中振兴计划”支持A中学、B中学等9所县域高中: the programme the clause opens with
        first = min(before, key=lambda m: m.start)
        opens = OPENING_ADVERBS.match(text, lo, first.start)
        if ctx.cls(first) in TOPIC_CLASSES and (opens.end() if opens else lo) == first.start \
                and text[first.end:first.end + 1] not in ("、", "和", "及", "与", "等"):
            return ctx.key(first)
    if (not before and not own_things) or counts_names:
        # 打造“X”党建品牌，覆盖A、B等12个党支部: what the list is counted under
        topic = _topic_of_earlier_clause(text, sent.start, lo, cands, ctx.owner)
        if topic is not None:
            return ctx.key(topic)
    pointed = ctx.pointers.get(sent_index)
    later_topic = pointed is not None and any(pointed[0] < t[0] <= lo
                                              for t in ctx.sentence_topics.get(sent_index, []))
    if pointed is not None and pointed[0] <= fig.start and (not before or counts_names) \
            and not own_things and not later_topic:
        return pointed[1]           # 本届大赛以…为主题，设3个组别: the contest the report is about
    if not before or counts_names:
        # 实施“X”工程，…，新增学位1.08万个: the programme the sentence opens with
        topic = next((t for t in reversed(ctx.sentence_topics.get(sent_index, [])) if t[0] <= lo), None)
        # 扎实推进“X”工作：A；B: a programme ended by a colon frames every ；-part after it
        colon = topic is not None and text[topic[0] - 1:topic[0]] in ("：", ":")
        since = topic[0] if topic is not None else lo
        if colon:
            since = max(since, text.rfind("；", since, lo) + 1, text.rfind(";", since, lo) + 1)
        opened_later = [p for p, _ in ctx.clause_subjects.get(sent_index, [])
                        if topic is not None and since <= p <= fig.start]
        if topic is not None and topic[0] <= lo and not own_things and not opened_later \
                and (colon or not any(ch in "；;" for ch in text[topic[0]:lo])) \
                and not (sent_index in ctx.frames and ctx.frames[sent_index][0] <= fig.start):
            return topic[1]
    opened = [(pos, e) for pos, e in ctx.clause_subjects.get(sent_index, []) if pos <= fig.start]
    if opened and _subject_carries(text, opened[-1][0], fig, cands, (sent_index, opened[-1][0]) in ctx.acting) \
            and fig.end <= ctx.reach.get((sent_index, opened[-1][0]), fig.end):
        subject = opened[-1][1]
        if not counts_names:
            return subject.key
        # X教育集团吸纳A、B和C3个成员校: the list is counted under the subject that takes it in
        taken = MEMBERS_TAKEN.search(text, opened[-1][0], fig.start)
        if taken and contract_class(subject.type) in SUBJECT_CLASSES \
                and not any(ctx.key(m) == subject.key for m in before if m.start >= taken.end()):
            return subject.key
    if not cands and sent.section is not None:
        topic = ctx.section_topics.get(sent.section)
        if topic is not None and topic[0] < sent_index and _names_no_area(text, sent, ctx):
            return topic[1].key     # only after the section opens so, and not the area's totals
        heading = ctx.heading_topics.get(sent.section)
        if heading is not None and heading[0] < sent_index and not own_names:
            return heading[1]
    # 来自A区、B区的163所学校、1286名学生同场竞技: the places the entrants come from name nothing
    # (A区218人，B区196人 are the places' own)
    carried = _event_of_sentence_before(text, sent_index, ctx) if not own_things and not before else None
    if carried is not None:
        # …机器人竞赛设3个项目，共有68支队伍参赛。经过两天角逐，共决出一等奖16个: the next
        # sentence of the paragraph, naming nothing, goes on about the same event
        return carried
    if ctx.main_event is not None and not own_things and sent_index >= ctx.title_count \
            and not any(ctx.cls(m) == "Place" and not _origin(text, lo, m, fig) for m in own_names) \
            and fig.start < ctx.main_event_end \
            and not any(ctx.cls(m) in TOPIC_CLASSES and ctx.key(m) != ctx.main_event
                        for m in _in_part(text, sent, fig, cands)) \
            and not _place_tally(text, sent, fig, ctx) and not _quoted_speech(text, sent.start, fig.start) \
            and reports_proceedings(text[sent.start:sent.end]):
        # a news item about one contest (its title names it): what it counts is the contest's
        return ctx.main_event
    return None


# 全县, 全市, 全区…: a sentence written about the whole area
# 全市, 全县…: the whole area a report speaks for
AREA_LEVELS = "市区县省州旗盟"
# a whole area, or the whole year's total (全年新增公办学位6180个 sums the section's schools)
WHOLE_AREA = re.compile(f"全[{AREA_LEVELS}]|^(?:全年|年内|本年度|全年度)")


def _names_no_area(text: str, sent, ctx: _AboutContext) -> bool:
    """A sentence may fall under the school its section opens with only when it names no
    place, body or other name and speaks of no whole area: a section that opens with one
    school goes on to the area's totals (全县有民办幼儿园22所, A区、B区集中了在校生的58.6%), and
    over the TUNE folders those were 13 of the rule's 14 links."""
    opening = text[sent.start:sent.end].lstrip()
    return not ctx.named.get(sent.index) and not WHOLE_AREA.search(text, sent.start, sent.end) \
        and not WHOLE_AREA.match(opening)


def _in_part(text: str, sent, fig: Figure, cands: list[Mention]) -> list[Mention]:
    """The names of the figure's ；-part (最终评出一等奖35项…；另有12所学校获“优秀组织奖”: the prize
    named after the ； is not another programme of the first part)."""
    lo = max(text.rfind("；", sent.start, fig.start), text.rfind(";", sent.start, fig.start)) + 1
    ends = [i for i in (text.find("；", fig.end, sent.end), text.find(";", fig.end, sent.end)) if i >= 0]
    hi = min(ends) if ends else sent.end
    return [m for m in cands if max(lo, sent.start) <= m.start and m.end <= hi]


# 该社团, 该协会, 该项目: a head word after 该 points back at the name that head followed;
# X公司总经理Y介绍，公司为本届赛事提供了价值60万元的设备: the company named before
COMPANY_POINTERS = ("该公司", "该企业", "公司", "企业")
# 该校, or 学校 opening a clause, at the latest school the sentence named; a festival's bare
# head opening a clause with a verb of tally (文化节共收到…) at the festival named before
POINTER_BACK = re.compile(r"该(社团|协会|联盟|中心|平台|基地|项目|工程|活动|工作室|实验室|品牌)|(该校|学校)(?![数总])"
                          r"|(文化节|艺术节|科技节|读书节|体育节|嘉年华|研讨会|夏令营|训练营)(?=共|累计|先后|期间|吸引|收到)"
                          r"|(" + "|".join(COMPANY_POINTERS) + r")(?=为|共|累计|先后|已|还|向|每年|今年)")
SCHOOL_POINTERS = ("该校", "学校")


# 招募退休教师15名到X学校任教, 选派教师12名赴Y中学: where those counted go, not whose count
DESTINATION = re.compile(r"(?:到|赴|前往|派往)")
# 联合X筹集助学金860万元: the partner the work is done with, not its subject
PARTNER_LEADS = ("联合", "会同", "携手", "协同")


def _partner(text: str, lo: int, m: Mention) -> bool:
    """The name is written right after 联合/会同/携手 in its clause: a partner of the work."""
    return m.start - 2 >= lo and text[m.start - 2:m.start] in PARTNER_LEADS


def _origin(text: str, lo: int, m: Mention, fig: Figure) -> bool:
    """来自A区、B区的163所学校: the place is where those counted come from."""
    return "来自" in text[lo:m.start] and "的" in text[m.end:fig.start]


def _kind_counted(text: str, m: Mention, fig: Figure) -> bool:
    """开设服装设计等“订单班”12个: a name after 等 and right before the count is the kind of
    thing counted, not what the figure is about."""
    return text[m.start - 1:m.start] == "等" and text[m.end:fig.start] in ("", "”")


def _pointed_back(text: str, lo: int, fig: Figure, cands: list[Mention], sent,
                  ctx: _AboutContext) -> Mention | None:
    """A clause opens 该+head (该社团现有成员210名, and the clauses after it up to the next ；):
    the figure is about the latest earlier name of the sentence written with that head
    (依托“小小发明家”科创社团开展…), or of the sentence before when this one names nothing
    before the pointer (…共建“X”联盟项目。该联盟将培训教师300人次)."""
    floor = max(sent.start, max(text.rfind("；", sent.start, lo), text.rfind(";", sent.start, lo)) + 1)
    pointer = None
    for m in POINTER_BACK.finditer(text, floor, fig.start):
        if m.start() == floor or text[m.start() - 1] in "，,":
            pointer = m
    if pointer is None:
        return None
    partners = text.startswith(("与", "和", "同"), pointer.end())     # 学校与A、B共建实训基地5个
    if not partners and any(pointer.end() <= c.start < fig.start for c in cands):
        return None
    head = pointer.group(1) or pointer.group(2) or pointer.group(3) or pointer.group(4)   # 文化节共收到…: a bare head
    earlier = [c for c in cands if c.end <= pointer.start()]
    if not earlier and sent.index > 0 and "\n" not in text[ctx.report.sentences[sent.index - 1].end:sent.start]:
        # 该联盟将在未来3年内…: a sentence naming nothing before it points into the one before
        earlier = ctx.cands.get(sent.index - 1, [])
    for c in sorted(earlier, key=lambda c: -c.start):
        if c.end <= pointer.start():
            if head in SCHOOL_POINTERS:         # X中学校长Y介绍，…，学校共抽调教职工80余名
                if ctx.cls(c) in ("School", "University"):
                    return c
            elif head in COMPANY_POINTERS:
                if ctx.cls(c) == "Organization" and re.search(r"(?:公司|集团|企业|厂)$", text[c.start:c.end]):
                    return c
            elif head in text[c.start:c.end] or head in text[c.end:c.end + 6]:   # “X联盟”项目
                return c
    return None


MIN_BARE_HEAD = 3       # 征集活动, 亲子诵读活动: a head of its own, not 活动 alone
QUOTE_CLOSE = ("”", "\"")


def _bare_head_back(text: str, fig: Figure, cands: list[Mention], sent,
                    ctx: _AboutContext) -> Mention | None:
    """A clause of the figure's ；-part opens with the words a quoted programme was written with
    after its quotes (…开展了“X”亲子诵读活动和“Y”短视频征集活动。据统计，亲子诵读活动吸引…，
    征集视频6420个；短视频征集活动共收到作品2175件): the figure is that programme's, as after 该活动."""
    floor = max(sent.start, max(text.rfind("；", sent.start, fig.start), text.rfind(";", sent.start, fig.start)) + 1)
    earlier = [c for c in cands if c.end <= fig.start]
    if sent.index > 0 and "\n" not in text[ctx.report.sentences[sent.index - 1].end:sent.start]:
        earlier = ctx.cands.get(sent.index - 1, []) + earlier
    heads = []
    for c in earlier:
        written = text[c.start:c.end]
        cut = max(written.rfind(q) for q in QUOTE_CLOSE)
        if ctx.cls(c) in TOPIC_CLASSES and 0 < cut and len(written) - cut - 1 >= MIN_BARE_HEAD:
            heads.append((written[cut + 1:], c))
    if not heads:
        return None
    found = None
    for at in [floor] + [i + 1 for i in range(floor, fig.start) if text[i] in "，,"]:
        if any(at <= c.start < fig.start for c in cands):
            return None             # a name of the part's own comes after
        for head, c in heads:
            if text.startswith(head, at) and c.end <= at:
                found = c
    return found


FRAME = re.compile(r"在([^，,；;。]{2,60})[中上][，,]?")
# A sentence that opens with nothing but an event, as its topic: 2022年高考，…
TOPIC_OPENING = re.compile(r"(?:\d{1,2}[.．、])?((?:(?:19|20)\d{2}年度?)?[^，,；;。]{2,30})[，,]")


LATER_FRAME = re.compile(r"[，,；;](?:[\u2460-\u2473]|\d{1,2}[.．)）]|[（(][一二三四五六七八九十\d]{1,3}[）)])?在")
# 中|上|期间: the event as a frame; 方面: the event as the part's topic (中考方面，全县优秀率…)
EVENT_DONE = re.compile(r"(?:中|上|期间|方面|(?:圆满|胜利|顺利)?(?:落下帷幕|落幕|闭幕|结束|举行|举办|召开|开幕|开赛|收官)"
                        r"|在[\u4e00-\u9fff]{1,8}(?:举行|举办|召开|落幕))$")


def _event_frames(report: Report, ctx: _AboutContext) -> dict[int, tuple[int, str]]:
    """Sentences that open ``在<event>中`` (在2023年市职业院校技能大赛中，…) or with an event
    alone as their topic (2023年高考，全县本科上线率…): from there on, the sentence's
    figures are about that event."""
    frames = {}
    for sent in report.sentences:
        numbered = LIST_NUMBER.match(report.text[sent.start:sent.start + 6])   # ①2023年高考，…
        opening = sent.start + (numbered.end() if numbered else 0)
        m = FRAME.match(report.text, opening, sent.end)
        if not m:                   # …，在石家庄市第二十七届中小学生运动会上获…: a later clause
            # (…；②在2022年全省职业院校技能大赛中，…: a numbered item may open the later part)
            for later in LATER_FRAME.finditer(report.text[sent.start:sent.end]):
                m = FRAME.match(report.text, sent.start + later.end() - 1, sent.end)
                if m:
                    ctx.later_frames.add(sent.index)
                    break
        if m:
            # 在“X”活动中: a campaign written as an activity frames what its people did
            activity = m.group(0).rstrip("，,").endswith("活动中")
            inside = [x for x in ctx.named.get(sent.index, [])
                      if m.start(1) <= x.start and x.end <= m.end(1)
                      and (ctx.cls(x) == "Event" or (activity and ctx.cls(x) == "Initiative"))]
            if inside:
                frames[sent.index] = (m.end(), ctx.key(outermost(inside)[0]))
            continue
        m = TOPIC_OPENING.match(report.text, opening, sent.end)
        if m:
            topic = re.sub(r"^(?:19|20)\d{2}年度?", "", m.group(1))
            # 第十届全市中小学生运动会落下帷幕，…; 2023年全省机器人竞赛中，…: the event and
            # what happened to it, or the event as the frame
            done = EVENT_DONE.search(topic)
            cut = len(done.group(0)) if done else 0
            topic = topic[:len(topic) - cut]
            whole = [x for x in ctx.named.get(sent.index, [])
                     if x.end == m.end(1) - cut and report.text[x.start:x.end].endswith(topic)
                     and (ctx.cls(x) == "Event" or (ctx.cls(x) == "Initiative" and done
                                                    and done.group(0) in ("中", "期间")))]
            if whole:
                frames[sent.index] = (m.end(), ctx.key(whole[0]))
                continue
        won = _won_after_entering(report, sent, ctx)
        if won is not None:
            frames[sent.index] = won
    return frames


# 组队参加X运动会青少年组比赛，获金牌18枚: the prizes of the clause after entering an event
ENTERED = ("参加", "参与", "出征")
WON = re.compile(r"(?:共|累计|先后)?(?:获得|荣获|夺得|斩获|获)")
MAX_ENTERED_TAIL = 10       # 青少年组比赛, 决赛阶段比赛


def _won_after_entering(report: Report, sent, ctx: _AboutContext) -> tuple[int, str] | None:
    """(where the prize clause starts, the event) when a clause enters an event
    (…参加X…，) and the next one opens with a prize verb (获金牌18枚、银牌11枚)."""
    text = report.text
    for x in ctx.named.get(sent.index, []):
        if ctx.cls(x) != "Event" or not text.endswith(ENTERED, max(sent.start, x.start - 2), x.start):
            continue
        comma = clause_end(text, x.end)
        if comma >= sent.end or text[comma] not in "，," or comma - x.end > MAX_ENTERED_TAIL \
                or any(x.end <= y.start < comma for y in ctx.named.get(sent.index, [])):
            continue
        if WON.match(text, comma + 1):
            return comma + 1, ctx.key(x)
    return None


ACTIVITY_VERBS = ("开展", "组织", "举办", "举行", "召开")
# a quoted name with its head (“送培进校”活动, “学党史”主题宣讲活动) is the campaign counted
QUOTED_WITH_HEAD = ("quote-typed", "quote-initiative")


def _counted_activity(text: str, mention: Mention, fig: Figure, ctx: _AboutContext) -> bool:
    """开展送教下乡活动38场次: the programme is what is counted, not what it is about."""
    if text[mention.end:fig.start] or ctx.cls(mention) not in TOPIC_CLASSES or mention.source in QUOTED_WITH_HEAD:
        return False                # (举办“X”主题宣讲活动860余场: counts of the named campaign)
    lead = text[max(0, mention.start - 4):mention.start]
    return any(lead.endswith(v) for v in ACTIVITY_VERBS)


# What may stand before the verb that opens a sentence: adverbs of manner and scope.
OPENING_ADVERBS = re.compile(r"(?:(?:\d{1,2}[.．、][ \t\u3000]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|——)?"
                             # 为做好赛前指导，…: the purpose the sentence opens with
                             r"(?:为了?(?:做好|推进|进一步|落实|加强|提升|助力|迎接|确保|保障|深化|促进|提高)"
                             r"[^，,；;。“”\"]{0,14}[，,])?"
                             r"(?:全年|今年|年内|一年来|同时|此外|另外|另|下一步|据悉|明年|今后)?[，,]?"
                             r"(?:深入|全面|持续|严格|扎实|大力|积极|认真|继续|进一步|着力|稳步|加快|切实|先后|广泛|精心|不断|创新|首次)*)")
OPENING_VERBS = ("依托", "完善", "建立", "健全", "深化", "推行", "通过")
TOPIC_HOLDERS = {"Initiative", "Event", "Organization"}


def _units(text: str, sent) -> list[tuple[int, int]]:
    """A sentence's ；-joined parts: each reads like a sentence of its own (…；认真落实“X”政策，
    为1860名学生发放补助资金558万元)."""
    out, lo = [], sent.start
    for m in re.finditer(r"[；;]", text[sent.start:sent.end]):
        out.append((lo, sent.start + m.start()))
        lo = sent.start + m.end()
    out.append((lo, sent.end))
    return out


def _sentence_topics(report: Report, ctx: _AboutContext) -> dict[int, list[tuple[int, str]]]:
    """A sentence (or a ；-part of one) whose first clause is a verb of doing and a programme,
    event or platform (实施“幼有优育”工程，…; 依托张丽华名师工作室，…; 开展“停课不停学”工作，…):
    the figures of its later clauses that name nothing of their own are about it.
    By sentence: [(where the next clause starts, the programme's key)] in text order."""
    text = report.text
    verbs = tuple(topic_verbs()) + OPENING_VERBS
    topics: dict[int, list[tuple[int, str]]] = {}
    headline: tuple[int, str] | None = None     # 2.实施“X”行动。 standing alone before its text
    for sent in report.sentences:
        if headline is not None and "\n" not in text[headline[0]:sent.start]:
            topics[sent.index] = [(sent.start, headline[1])]
            continue
        headline = None
        prev = None         # the ；-part before: …提出实施“X”行动计划；一年多来，… is about X
        for u_start, u_end in _units(text, sent):
            closing = _closing_programme(text, sent, prev[0], prev[1], verbs, ctx) \
                if prev is not None and SINCE.match(text, u_start) else None
            prev = (u_start, u_end)
            if closing is not None:
                topics.setdefault(sent.index, []).append((u_start, closing))
                continue
            found = _unit_topic(text, sent, u_start, u_end, verbs, ctx)
            if found is None:
                continue
            if found[0] == "headline":
                if u_start == sent.start:
                    headline = (sent.end, found[1])
                continue
            topics.setdefault(sent.index, []).append(found)
    return topics


# A part that opens by counting the time since: 一年多来，三年来，实施以来，
SINCE = re.compile(r"(?:[一二两三四五六七八九十\d]{1,2}年多?|近年|多年|半年多?|实施|启动|开展)(?:以)?来[，,]")


def _closing_programme(text: str, sent, u_start: int, u_end: int, verbs: tuple[str, ...],
                       ctx: _AboutContext) -> str | None:
    """The programme a ；-part ends on after a verb of doing in its last clause (区教育局印发
    该计划，提出实施“X”行动计划): the key, or None."""
    lo = max(u_start, clause_start(text, u_end))
    inside = [m for m in ctx.cands.get(sent.index, []) if lo <= m.start and m.end <= u_end]
    if not inside:
        return None
    last = max(inside, key=lambda m: m.end)
    if text[last.end:u_end] not in ("", "”", "\"") or ctx.cls(last) not in TOPIC_CLASSES:
        return None
    return ctx.key(last) if any(v in text[lo:last.start] for v in verbs) else None


# What may follow a programme's name to the end of its clause: a head that says what kind
# of programme it is (“雨露计划”职业教育补助政策, “青蓝”结对帮扶工作)
PROGRAMME_TAIL = re.compile(r"[”\"]?(?:(?![和与及、])[\u4e00-\u9fff]){0,10}(?:政策|工程|计划|项目|行动|活动|工作|改革|制度|机制|品牌|模式|展|展览|展演|论坛|讲座|评选|大赛|比赛)")
INSTRUMENT_VERBS = ("通过", "依托", "借助", "利用", "围绕")
# 围绕“X”主题开展…: a quoted slogan named as the theme or aim of the work is not its means
THEME_WORDS = ("主题", "目标", "理念", "主线", "要求", "定位", "思路")
TAKEN_INTO = ("纳入", "列入", "并入", "融入")
EVENT_RUNNING = ("组织开展", "开展", "举办", "举行", "主办", "承办", "组织")


def _unit_topic(text: str, sent, u_start: int, u_end: int, verbs: tuple[str, ...],
                ctx: _AboutContext) -> tuple | None:
    """The programme one sentence part opens with, as (where its next clause starts, key),
    ("headline", key) for a sentence that is nothing but the programme, or None."""
    lead = OPENING_ADVERBS.match(text, u_start, u_end)
    at = lead.end() if lead else u_start
    item = _past_item_heading(text, at, u_end, ctx.named.get(sent.index, []))
    if item != at:
        lead = OPENING_ADVERBS.match(text, item, u_end)
        at = lead.end() if lead else item
    hi = clause_end(text, at)
    alone = hi >= u_end - 1
    inside = [m for m in ctx.cands.get(sent.index, []) if u_start <= m.start and m.end <= hi]
    if not inside:
        return None
    last = max(inside, key=lambda m: m.end)
    if not alone and _named_heading(text, at, hi, inside, last, ctx):
        return (hi + 1, ctx.key(last))      # ②“县管校聘”改革：全市交流轮岗教师… (a colon frames on)
    if text.startswith("将", at) and not alone:
        # 将“X”联赛纳入…统一组织，共有…队伍参赛: what the sentence brings in is its topic
        first = min(inside, key=lambda m: m.start)
        if first.start == at + 1 and ctx.cls(first) in TOPIC_CLASSES \
                and text.startswith(TAKEN_INTO, first.end):
            return (hi + 1, ctx.key(first))
    if text.startswith(INSTRUMENT_VERBS, at) and not alone:
        # 通过“特岗计划”招聘特岗教师136名，…: the means named right after the verb frames the part
        first = min(inside, key=lambda m: m.start)
        listed = text[first.end:first.end + 1] in ("“", "\"", "、", "等", "和", "及")
        theme = text.startswith(THEME_WORDS, first.end)
        if first.start - at <= 3 and ctx.cls(first) in TOPIC_CLASSES and not listed \
                and not theme:
            return (hi + 1, ctx.key(first))
    if not alone and ctx.cls(last) in TOPIC_HOLDERS and platform_opened(
            text, at, hi, last.start, last.end,
            any(at <= a and b <= hi for a, b in ctx.figure_spans.near(at, hi))):
        return (hi + 1, ctx.key(last))      # 建成“X教育云”平台，注册师生用户46.7万个: the platform's
    # 2. 实施“X”行动。 or ——实施“X”工程。: a dash heads a line only with a quoted programme
    headed = LIST_NUMBER.match(text[sent.start:at]) or (text.startswith("——", sent.start)
                                                       and ("“" in text[at:hi] or "\"" in text[at:hi]))
    if alone and u_start == sent.start and headed and _bare_programme(text, at, hi, inside, last, ctx):
        return ("headline", ctx.key(last))  # （三）“县中振兴”行动计划。全市…: the item's programme
    heads_a_list = alone and text[sent.start:sent.end].rstrip().endswith(("：", ":"))
    if (not alone or heads_a_list) and _event_opens(text, at, hi, inside, ctx):
        # 第十六届中小学生运动会严格按照…组织，设3个组别，…共产生金牌86枚: the meet is the
        # sentence's subject, and what its later clauses count is the meet's
        key = ctx.key(min(inside, key=lambda m: m.start))
        if u_start == sent.start:
            ctx.event_subjects[sent.index] = key
        return (hi + 1, key)
    if not text.startswith(verbs, at):
        # 区教育局将联合区科协实施“青苗科创”培育计划，…: a body, then the verb
        said = max((text.rfind(v, at, last.start) for v in verbs if v not in ("参加", "参与")),
                   default=-1)
        led = any(m.start == at and ctx.cls(m) in SUBJECT_CLASSES for m in inside)
        if led and ctx.cls(last) == "Event" and said >= 0 and text.startswith(EVENT_RUNNING, said):
            led = False         # 市足球协会举办“X杯”联赛，共有…队伍参赛: the event's entrants
        elif led and ctx.cls(last) == "Initiative" and last.source in QUOTED_WITH_HEAD \
                and said >= 0 and text.startswith(EVENT_RUNNING + ("实施",), said):
            led = False         # 市教育技术中心联合…开展“X”项目，为全市2.8万名教师…: the project's
        if said < 0 or led \
                or (text[at] != "在" and any(u_start <= a and b <= said for a, b in ctx.figure_spans.near(u_start, said))
                    and not spent_before(text, at, said, ctx.figure_spans.near(at, said))):
            return None         # 选送29位书记参加…: a count of its own opens the sentence
        at = said
    if not alone and _school_built(text, at, hi, last, ctx):
        return (hi + 1, ctx.key(last))      # 启动某中学新校区建设，计划总投资2.3亿元: the school's
    if (hi - last.end > 4 and not PROGRAMME_TAIL.fullmatch(text, last.end, hi)) \
            or ctx.cls(last) not in TOPIC_HOLDERS:
        return None
    if ctx.cls(last) == "Organization" and not text.startswith(INSTRUMENT_VERBS, at):
        return None
    if alone:
        if u_start == sent.start and (sent.start == at or headed):
            return ("headline", ctx.key(last))
        return None
    return (hi + 1, ctx.key(last))


EXAMS = ("高考", "中考", "学业水平考试", "学考")


def _scene_of_subject(text: str, m: Mention, before: list[Mention], ctx: _AboutContext) -> bool:
    """An exam written as where (or right after) the clause's school did what it counts (灵宝一高在2023年高考中
    本科上线1893人): the school is the subject, the event only the scene."""
    if ctx.cls(m) != "Event" or not text.endswith(EXAMS, m.start, m.end):
        return False        # (a contest the school wins prizes in keeps them: 在…大赛中，某校获一等奖3个)
    if text[m.start - 1:m.start] == "在" and text[m.end:m.end + 1] in ("中", "上", "里"):
        return any(o.end == m.start - 1 and ctx.cls(o) in SUBJECT_CLASSES for o in before)
    # 某中学高考本科上线412人: the exam written right after the school that sat it
    return any(o.end == m.start and ctx.cls(o) in SUBJECT_CLASSES for o in before)


def _named_right_before(text: str, lo: int, fig: Figure, cands: list[Mention],
                        ctx: _AboutContext) -> Mention | None:
    """A school or body whose name ends right before the comma that opens a clause holding
    nothing but the figure (a ranking or results line: 第1名 某中学,312分;)."""
    if text[lo:fig.start].strip() or lo < 1 or text[lo - 1] not in ",，" \
            or text[fig.end:fig.end + 1] not in ("；", ";", "。", "\n", ""):
        return None
    return next((m for m in cands if m.end == lo - 1 and ctx.cls(m) in SUBJECT_CLASSES
                 and ROW_OPENING.search(text, max(0, m.start - 8), m.start)), None)


# what opens a results item before its name: a rank (第1名 ), a group's colon, a list's ；
ROW_OPENING = re.compile(r"(?:第[0-9一二三四五六七八九十]{1,2}名|[：:；;]|^)[ \t\u3000]*$", re.M)


def _event_of_sentence_before(text: str, sent_index: int, ctx: _AboutContext) -> str | None:
    """The event the sentence before opened with as its subject, in the same paragraph; or
    the event a heading line ended by a colon opened with (实验操作大赛各组别获奖情况如下：),
    for the lines listed right under it."""
    sents = ctx.report.sentences
    key = ctx.event_subjects.get(sent_index - 1)
    if key is not None and "\n" not in text[sents[sent_index - 1].start:sents[sent_index].start]:
        return key
    for i in range(sent_index - 1, max(-1, sent_index - MAX_LISTED_LINES), -1):
        gap = text[sents[i].end:sents[i + 1].start]
        if gap.strip() or gap.count("\n") != 1:
            return None                    # the list ends at a blank line or inside a paragraph
        if text[sents[i].start:sents[i].end].rstrip().endswith(("：", ":")):
            return ctx.event_subjects.get(i)
    return None


MAX_LISTED_LINES = 30           # lines under a heading that ends with a colon

# what may follow an event that is not the subject of its sentence: a list goes on (、, 暨),
# or a place or time inside it (运动会上, 大赛期间)
MIN_EVENT_SUBJECT = 4
NOT_EVENT_SUBJECT = ("、", "和", "及", "与", "等", "暨", "上", "中", "期间", "的", "，", ",", "”", "\"")


def _event_opens(text: str, at: int, hi: int, inside: list[Mention], ctx: _AboutContext) -> bool:
    """The clause opens with an event's name as its subject (X运动会于…举行, X大赛严格按照…组织)."""
    first = min(inside, key=lambda m: m.start)
    # (not a bare exam, 中考各学科平均分均有提升: the exam is no subject that counts)
    return first.start == at and ctx.cls(first) == "Event" and first.end < hi \
        and first.end - first.start >= MIN_EVENT_SUBJECT \
        and not text.startswith(NOT_EVENT_SUBJECT, first.end)


# The heads of one programme with its own budget and targets (…工程, …行动计划, …项目)
HEADLINE_HEADS = ("工程", "计划", "行动", "项目")


def _bare_programme(text: str, at: int, hi: int, inside: list[Mention], last: Mention,
                    ctx: _AboutContext) -> bool:
    """The clause text[at:hi] is nothing but a quoted programme's name and its head (“美丽校园”
    建设工程): numbered or dashed and standing alone, it heads the sentences after it on its line.
    A national programme written bare (2. 集团化办学。) heads a section of the area's own totals."""
    first = min(inside, key=lambda m: m.start)
    quoted = text[at:at + 1] in ("“", "\"") or text[first.start:first.start + 1] in ("“", "\"")
    if not text[:hi].rstrip("”\"").endswith(HEADLINE_HEADS):
        return False                # （一）“双减”工作。: a field of work, not one programme
    return ctx.cls(last) in TOPIC_CLASSES and quoted and text[at:first.start] in ("", "“", "\"") \
        and (hi == last.end or (hi - last.end <= 4 and text[last.end:hi] in ("”", "\""))
             or PROGRAMME_TAIL.fullmatch(text, last.end, hi) is not None)


# Verbs of building a school, and what may close the clause after its name
BUILD_VERBS = ("启动", "开工建设", "新建", "续建", "迁建", "改扩建")
BUILD_TAIL = ("", "建设", "工程", "项目", "建设项目")


def _school_built(text: str, at: int, hi: int, last: Mention, ctx: _AboutContext) -> bool:
    """A clause that starts building one named school (启动X中学新校区建设, 开工建设X小学): the
    cost and places of the clauses after it are that school's."""
    return ctx.cls(last) == "School" and text.startswith(BUILD_VERBS, at) \
        and text[last.end:hi] in BUILD_TAIL and last.start - at <= 4


# Scope or time clauses that open an item and name nothing (在县域，大赛期间，)
SCOPE_OPENING = re.compile(r"(?:在[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{1,6}期间)[，,]")


# ① opening an item, and a heading of plain words before a colon (（三）乡村学校：围绕“X”行动，…)
ITEM_MARK = re.compile(r"[\u2460-\u2473]")
PLAIN_HEADING = re.compile(r"[\u4e00-\u9fff]{2,10}[：:]")


def _past_item_heading(text: str, at: int, u_end: int, named: list[Mention]) -> int:
    """Where a numbered item's own words start: after a circled number and after a short
    heading that names nothing (乡村学校：), so the verb of doing that follows is seen."""
    if ITEM_MARK.match(text, at, u_end):
        at += 1
    for opening in (PLAIN_HEADING, SCOPE_OPENING):
        m = opening.match(text, at, u_end)
        if m and not any(at <= x.start < m.end() for x in named):
            at = m.end()
    return at


def _named_heading(text: str, at: int, hi: int, inside: list[Mention], last: Mention,
                   ctx: _AboutContext) -> bool:
    """An item headed by nothing but a programme and a colon (（二）“红船少年”培育工程：全年评选…):
    the item's figures that name nothing of their own are the programme's."""
    if text[hi:hi + 1] not in ("：", ":") or ctx.cls(last) not in TOPIC_CLASSES:
        return False
    first = min(inside, key=lambda m: m.start)
    if first.start < at or text[at:first.start] not in ("", "“", "\""):
        return False
    if text[hi - 2:hi] == "方面" and hi - 2 >= last.end:
        hi -= 2                     # “双减”工作方面：… heads its item like “双减”工作：…
    return hi - last.end <= 4 and (hi == last.end or bool(PROGRAMME_TAIL.fullmatch(text, last.end, hi)))


HEADING_VERBS = ("深化", "推进", "实施", "落实", "推行", "开展", "加强", "完善", "打造", "做好", "抓好", "推动")


def _heading_topics(report: Report, ctx: _AboutContext) -> dict[int, tuple[int, str]]:
    """A section headed by a verb of doing and a programme (（四）深化“县管校聘”改革): the
    figures of its sentences that name nothing at all are the programme's. By section:
    (the heading's sentence, the programme's key)."""
    text, out = report.text, {}
    verbs = tuple(topic_verbs()) + HEADING_VERBS
    for sent in report.sentences:
        if sent.section is None or report.sections[sent.section].start != sent.start:
            continue
        sec = report.sections[sent.section]
        at = sent.start + len(sec.number) if text.startswith(sec.number, sent.start) else sent.start
        lead = OPENING_ADVERBS.match(text, at, sent.end)
        at = lead.end() if lead else at
        hi = clause_end(text, at)
        if hi < sent.end - 1 or not text.startswith(verbs, at):
            continue                # one clause only: 守牢安全底线，平安校园建设扎实推进 is no heading topic
        inside = [m for m in ctx.cands.get(sent.index, []) if at <= m.start and m.end <= hi]
        if not inside:
            continue
        last = max(inside, key=lambda m: m.end)
        if ctx.cls(last) in TOPIC_CLASSES and (hi - last.end <= 4 or PROGRAMME_TAIL.fullmatch(text, last.end, hi)):
            out[sent.section] = (sent.index, ctx.key(last))
    return out


# 本届大赛, 本次比赛, 大赛, 决赛: words that point back at the one contest a report names
POINTER = re.compile(r"(?:本届|本次|该|此次|这次)?(?:[\u4e00-\u9fff]{0,2}(?:大赛|比赛|竞赛|联赛|挑战赛|锦标赛|赛事|运动会|展演|论坛|艺术节|评选)|决赛|初赛|复赛)")


SUBTITLE_DASH = ("——", "—", "--")


def title_sentences(report: Report) -> list:
    """The report's title: its first line, and a subtitle on the very next line that opens
    with a dash (创新点亮梦想 实践成就未来 / ——第十届某市中小学生科技创新大赛圆满落幕), where news
    items often name their event only in the subtitle."""
    if not report.sentences:
        return []
    first = report.sentences[0]
    titles = [first]
    if len(report.sentences) > 1:
        nxt = report.sentences[1]
        gap = report.text[first.end:nxt.start]
        if not gap.strip() and gap.count("\n") <= 1 and report.text.startswith(SUBTITLE_DASH, nxt.start):
            titles.append(nxt)
    return titles


def _event_pointers(report: Report, ctx: _AboutContext) -> dict[int, tuple[int, str]]:
    """Sentences whose first clause points back with 本届大赛/大赛/决赛 at the event the
    report's title names (competition news): from the word on, the sentence's figures that
    name nothing else are about that event."""
    text = report.text
    titles = title_sentences(report)
    if not titles:
        return {}
    title_events = [m for t in titles for m in ctx.named.get(t.index, []) if ctx.cls(m) == "Event"]
    if not title_events:
        return {}
    main = max(title_events, key=lambda m: m.end - m.start)
    key = ctx.key(main)
    ctx.main_event = key
    ctx.title_count = len(titles)
    key = _written_in_full(report, key)
    ctx.main_event = key
    head = re.search(r"(大赛|比赛|竞赛|联赛|挑战赛|锦标赛|运动会|展演|论坛|艺术节|评选)$", text[main.start:main.end])
    ctx.main_event_end = _sidebar_start(report, ctx, key, head.group(1) if head else None)
    out = {}
    for sent in report.sentences[len(titles):]:
        for m in POINTER.finditer(text, sent.start, sent.end):
            word = m.group(0)
            if head is None and not word.startswith(("本届", "本次", "此次", "这次", "该")):
                continue
            if head is not None and not (word.endswith(head.group(1)) or word in ("决赛", "初赛", "复赛")
                                         or word.endswith("赛事")):
                continue
            named = [x for x in ctx.named.get(sent.index, []) if x.start < m.end() and x.end > m.start()
                     and ctx.key(x) != key]
            if named:
                continue        # 第二十届贵阳市青少年科技创新大赛: another contest by name
            out[sent.index] = (m.start(), key)
            break
        if sent.index not in out and sent.index - 1 in out and continues(report, sent):
            out[sent.index] = (sent.start, key)     # a long list cut the sentence in two
    return out


# 【链接】, 【相关链接】, 链接：, 【背景】 open a sidebar at the end of a news item
SIDEBAR = re.compile(r"^(?:【(?:相关)?(?:链接|背景|延伸阅读)】|(?:相关)?链接[：:])", re.M)


def _sidebar_start(report: Report, ctx: _AboutContext, key: str, head: str | None) -> int:
    """Where a news item's sidebar about something else begins (【链接】某市职业教育这一年…):
    its figures are not the contest's. A sidebar whose heading or first sentence names the
    contest or points at it (大赛累计吸引…) still is."""
    text = report.text
    found = SIDEBAR.search(text)
    if found is None:
        return len(text)
    first = next((s for s in report.sentences if s.end > found.end() and s.end - found.end() > 4), None)
    upto = first.end if first is not None else len(text)
    if any(ctx.key(m) == key for s in report.sentences if found.start() <= s.start < upto
           for m in ctx.named.get(s.index, [])):
        return len(text)
    words = ("大赛", "比赛", "竞赛", "赛事") + ((head,) if head else ())
    if any(w in text[found.start():upto] for w in words):
        return len(text)
    return found.start()


def _written_in_full(report: Report, key: str) -> str:
    """A headline shortens its event (某区第五届…挑战赛) that the text then writes in full with
    its year and city (2023年某市某区第五届…挑战赛): the figures belong to the full name."""
    by_key = {e.key: e for e in report.entities}
    short = by_key[key].label if key in by_key else ""
    fuller = [e for e in report.entities if e.key != key and contract_class(e.type) == "Event"
              and len(short) >= 6 and e.label.endswith(short)]
    return max(fuller, key=lambda e: (len(e.label), e.key)).key if fuller else key


def continues(report: Report, sent) -> bool:
    """The sentence piece goes on from the piece before: an overlong sentence was cut
    there, at a 、 or ， of a long list (the relation rules see the cut as a line break),
    not ended."""
    if sent.index == 0:
        return False
    prev = report.sentences[sent.index - 1]
    gap = report.text[prev.end:sent.start]
    return gap in ("", "\n") and prev.end > 0 and report.text[prev.end - 1] in "、，,"


def _partner_subject(text: str, near: Mention, before: list[Mention], fig: Figure,
                     ctx: _AboutContext) -> Mention | None:
    """A与B合作开设专业4个: the school that opens the clause is the subject, B its partner."""
    firsts = [m for m in before if m is not near and ctx.cls(m) in SUBJECT_CLASSES
              and re.fullmatch(r"(?:[（(][^）)]*[）)])?(?:与|和|同)", text[m.end:near.start])]
    if not firsts or not re.search(r"(?:合作|联合|共建|开展|签订|携手|结对)", text[near.end:fig.start]):
        return None
    return firsts[0]


# Between a school and its exam: its short form in brackets, the year (X中学（X一中）2022年高考)
HOLDER_GAP = re.compile(r"(?:[（(][^（()）]{1,12}[）)]|[）)])?(?:(?:19|20)\d{2}年)?的?")


def _holder_of(text: str, near: Mention, before: list[Mention], ctx: _AboutContext) -> Mention | None:
    """A school or organisation written right before an event or programme (武平县第二中学
    高考本科上线率, 实验小学的“悦读”活动): the figure gives the school's own result in it."""
    if ctx.cls(near) not in TOPIC_CLASSES:
        return None
    for m in before:
        if m is not near and HOLDER_GAP.fullmatch(text, m.end, near.start) and ctx.cls(m) in SUBJECT_CLASSES:
            return m
    return None


# A、B、C本科上线率均超过90%: one figure every listed school reaches
SHARED_BY_ALL = re.compile(r"[^，,；;。、]{0,12}(?:均|都)(?:超过|达到|达|为|在|保持|高于|实现)?$")
LIST_JOINS = ("、", "和", "及")


def _first_sharing(text: str, near: Mention, before: list[Mention], fig: Figure,
                   ctx: _AboutContext) -> Mention:
    """The school a figure shared by a list of schools is given to: the first listed (河源中学、
    河源市第一中学、龙川县第一中学本科上线率均超过90% → 河源中学), as the list leads with it; else ``near``."""
    if ctx.cls(near) not in SUBJECT_CLASSES or not SHARED_BY_ALL.fullmatch(text, near.end, fig.start):
        return near
    first = near
    for m in sorted(before, key=lambda m: -m.end):
        if m.end <= first.start and text[m.end:first.start] in LIST_JOINS and ctx.cls(m) == ctx.cls(near):
            first = m
    return first


# a name, its school in brackets, then its score: 李某(某某中学) 95.6分
SCORER_GAP = re.compile(r"[（(]$")
SCORE_AFTER_BRACKET = re.compile(r"[^（()）]{0,4}[）)][ \u3000:：]*(?:以|得分|总分)?[ \u3000]*$")
SCORE_UNITS = ("分",)


def _scorer(text: str, near: Mention, before: list[Mention], fig: Figure,
            ctx: _AboutContext) -> Mention | None:
    """李某(某某中学) 95.6分: a score after a person and the school in brackets is the
    person's, not the school's."""
    if fig.unit not in SCORE_UNITS or ctx.cls(near) not in SUBJECT_CLASSES \
            or not SCORE_AFTER_BRACKET.fullmatch(text, near.end, fig.start):
        return None
    for m in before:
        if ctx.cls(m) == "Person" and m.end <= near.start \
                and SCORER_GAP.fullmatch(text, m.end, near.start):
            return m
    return None


# What a school has and does, not a programme it runs: its pupils, graduates, courses, staff
SCHOOL_MEASURE = re.compile(r"就业率|升学率|在校生|毕业生|开设专业|设置专业|专业\d|教职工|专任教师|占地面积|建筑面积")
SCHOOL_SUBJECTS = ("School", "University")


def _school_measured(text: str, fig: Figure, ctx: _AboutContext, sent_index: int,
                     cands: list[Mention]) -> Entity | None:
    """A school that opens the sentence (or a clause of it) keeps its own measures (就业率,
    在校生, 开设专业) past a programme it runs in a clause between (与某学院合作开展“3+2”贯通培养)."""
    if not fig.metric or not SCHOOL_MEASURE.search(fig.metric):
        return None
    opened = [(pos, e) for pos, e in ctx.clause_subjects.get(sent_index, []) if pos <= fig.start]
    if not opened or contract_class(opened[-1][1].type) not in SCHOOL_SUBJECTS \
            or not _subject_carries(text, opened[-1][0], fig, cands) \
            or fig.end > ctx.reach.get((sent_index, opened[-1][0]), fig.end):
        return None
    own = clause_end(text, opened[-1][0])
    if any(opened[-1][0] <= m.start and m.end <= own and text[m.start - 1:m.start] == "的"
           and ctx.cls(m) in TOPIC_CLASSES for m in cands):
        return None         # A学校与B公司共建的“X订单班”招生240人，毕业生留企率87%: X's
    return opened[-1][1]


ONE_SCHOOL = re.compile(r"1所[（(]$")


def _sole_school(text: str, sent, fig: Figure, cands: list[Mention], ctx: _AboutContext) -> Mention | None:
    """A kind of school counted as one and named in brackets (中等职业学校1所（某职专）): the
    figures of the sentence's later clauses are that school's."""
    for m in cands:
        if sent.start <= m.start and m.end < fig.start and ctx.cls(m) == "School" \
                and ONE_SCHOOL.search(text, max(sent.start, m.start - 3), m.start) \
                and text[m.end:m.end + 1] in ("）", ")"):
            return m
    return None


def _previous_clause(text: str, previous: Figure, clause_start: int) -> bool:
    """The earlier figure stands in the clause just before (joined by ， not ；)."""
    if previous.end > clause_start:
        return True
    between = text[previous.end:clause_start]
    return not any(ch in "；;。" for ch in between) and \
        sum(1 for ch in between if CLAUSE_BREAK.match(ch)) <= 1


# …安装率、视频监控联网率均达到100%: one figure stated for every rate listed before it
SHARED_RATE = re.compile(r"[、和][^，,；;。]{1,20}率均(?:达到|达|为|是|保持|实现)?$")


def _shared_rate(text: str, fig: Figure) -> bool:
    """The figure is stated for a list of rates (“一键报警”装置安装率、视频监控联网率均达100%): it is
    the named system's, but a short clause after it (专职保安配备2867名) is not."""
    return SHARED_RATE.search(text, clause_start(text, fig.start), fig.start) is not None


def _topic_of_earlier_clause(text: str, floor: int, pos: int, cands: list[Mention],
                             owner: dict[tuple[int, int], Entity]) -> Mention | None:
    """Walk back up to two clauses (not past a ；): the first clause that names something
    decides; it must open with 组织/开展/… and end on a programme or event."""
    hi = pos
    for _ in range(2):
        while hi > floor and CLAUSE_BREAK.match(text[hi - 1]):
            if text[hi - 1] in "；;":
                return None
            hi -= 1
        if hi <= floor:
            return None
        lo = clause_start(text, hi)
        lo = max(lo, floor)
        inside = [m for m in cands if lo <= m.start and m.end <= hi]
        if inside:
            last = max(inside, key=lambda m: m.end)
            opening = text[lo:lo + 6]
            tail = text[last.end:hi]
            if contract_class(owner[(last.start, last.end)].type) in TOPIC_CLASSES \
                    and not tail.startswith("等") \
                    and ((len(tail) <= 4 and any(v in opening for v in topic_verbs()))
                         or (_runs_programme(text, lo, last, hi)
                             and not _school_opens(text, lo, inside, owner))
                         or _appointed_to(text, lo, last, tail)):
                return last
            return None
        hi = lo
    return None


# 聘请某教授担任“X工程”首席专家: a post in the programme one is appointed to
APPOINTED = ("担任", "出任", "受聘为", "聘为", "兼任")
PROGRAMME_POSTS = ("首席专家", "首席导师", "导师", "专家", "顾问", "主持人", "负责人", "总顾问")


def _appointed_to(text: str, lo: int, name: Mention, tail: str) -> bool:
    """The clause appoints someone to a post in the programme ``name`` (…担任“X工程”首席专家):
    the clauses after it report the programme's work (全年建成名师工作室42个)."""
    return tail.lstrip("”\"") in PROGRAMME_POSTS \
        and text[max(lo, name.start - 4):name.start].rstrip("“\"").endswith(APPOINTED)


def _school_opens(text: str, lo: int, inside: list[Mention], owner: dict[tuple[int, int], Entity]) -> bool:
    """A school is the clause's subject (城关第一小学开展“X”公益课堂活动，开设社团42个): it keeps the
    figures after it, the programme it runs does not take them."""
    return any(m.start == lo and contract_class(owner[(m.start, m.end)].type) in ("School", "University")
               for m in inside)


# 开通“X”心理援助热线, 全市建成“X”平台, 开展“X”职业教育补助宣传: a verb of doing or opening
# shortly before the name, and a head saying what kind of work or platform it is after it
RUNS_VERBS = ("开展", "实施", "组织", "开通", "建成", "开设", "启动", "推行", "举办", "设立")
RUN_TAIL = re.compile(r"[”\"]?(?:[\u4e00-\u9fff]{0,8}(?:平台|热线|宣传|培训|项目|工程|计划|行动|活动|工作|改革|试点|建设|课堂))?")


def _runs_programme(text: str, lo: int, name: Mention, hi: int) -> bool:
    """The clause text[lo:hi] runs or opens the programme ``name`` (开展“雨露计划”职业教育补助宣传,
    全市建成“宝鸡教育云”平台): a verb within 8 characters before it, a kind-of-work head after it.
    The caller checks that no other name (a school running it) stands before it in the clause."""
    lead = text[max(lo, name.start - 8):name.start]
    return any(v in lead for v in RUNS_VERBS) and RUN_TAIL.fullmatch(text, name.end, hi) is not None


def _listed(text: str, mention: Mention, fig: Figure) -> bool:
    """The name is one of a list that the figure counts: A、B、C（等）3个项目."""
    gap = text[mention.end:fig.start]
    prev = text[mention.start - 1] if mention.start > 0 else ""
    return (gap == "" and prev in "、和及与") or (len(gap) <= 8 and gap.endswith("等")) \
        or gap.startswith("等") or bool(MEANS_LISTED.match(gap))


# 通过公开招聘、“银龄计划”、定向培养等渠道补充教师420名: one of the means listed, not the subject
MEANS_LISTED = re.compile(r"[”\"]?、[^，,；;。]{1,20}?等(?:渠道|方式|途径|形式|措施|办法)")


COUNT_UNITS = {"个", "所", "项", "家", "支", "座"}


def _counts_a_list(text: str, before: list[Mention], fig: Figure,
                   owner: dict[tuple[int, int], Entity]) -> bool:
    """A和B改扩建2个项目: a count after two or more names of one class counts them (two
    names of one entity are one; X中学牵头组建的X教育集团现有成员校6所 are the group's)."""
    if fig.unit not in COUNT_UNITS or len(before) < 2:
        return False
    # a name and its short form in brackets (X职业中专（X职专）开设…等7个专业) are one name
    distinct = {owner[(m.start, m.end)].key: owner[(m.start, m.end)] for m in before}
    if len(distinct) < 2:
        return False
    last_mention = max(before, key=lambda m: m.end)
    if owner[(last_mention.start, last_mention.end)].type == "EducationGroup" \
            and GROUP_HOLDS.fullmatch(text, last_mention.end, fig.start):
        return False        # the group's own members, however many schools are named before it
    last = contract_class(owner[(before[-1].start, before[-1].end)].type)
    return sum(contract_class(e.type) == last for e in distinct.values()) >= 2


def _figure_between(spans: SpanIndex, lo: int, hi: int, text: str) -> bool:
    """Another figure stands between the name and this one, not joined to it by 、."""
    # 珠海市某中学600分以上考生127人: a threshold names who is counted, it is no count of its own
    inner = [(s, e) for s, e in spans.near(lo, hi) if lo <= s and e <= hi
             and not text.endswith(THRESHOLD, s, e) and not text.startswith(THRESHOLD, e)]
    if not inner:
        return False
    last_end = max(e for _, e in inner)
    tail = text[last_end:hi]
    if FROM_TO.fullmatch(tail) and "由" in text[clause_start(text, lo):min(s for s, _ in inner)]:
        return False        # 由“双减”前的860家压减至31家: both ends of one change are the name's
    return not (tail.startswith("、") or tail.startswith("和") or "、" in tail[:8])


THRESHOLD = ("以上", "及以上", "以下")
# 由N压减至M, 由N增加到M: the two ends of one change
FROM_TO = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:至|到)")


# A clause that opens with the whole area (，全区…, ；全市…) gives the area's totals, which
# are about no school or body the sentence opened with.
AREA_TOTAL = re.compile(f"[，,；;]全[{AREA_LEVELS}镇乡]")     # a clause opening with the whole area


def _subject_carries(text: str, since: int, fig: Figure, cands: list[Mention],
                     programme: bool = False) -> bool:
    """The sentence's subject carries over ；-joined clauses until one names something
    else (A校建成，新增学位1620个；B园、C园等4所竣工，新增学位720个 → 720个 is not A's),
    and never into the next item of a numbered list (…全覆盖；②全县原有14家机构…), nor past
    a clause that opens with the whole area (…，全区适龄残疾儿童少年入学率达98.5%).
    A programme at work covers the area (“X”计划实施以来，全市9所县中完成改造，累计投入…); one
    whose state is reported (课后服务实现全覆盖) does not."""
    if AREA_TOTAL.search(text, since, fig.start) and not programme:
        return False        # X特校新建资源中心9个，全区适龄残疾儿童入学率达98.5%: the area's total
    cut = max(text.rfind("；", since, fig.start), text.rfind(";", since, fig.start))
    if cut < 0:
        return True
    items = [i for i in range(since, fig.start) if text[i] in "；;"]
    if any(LIST_NUMBER.match(text[i + 1:i + 6]) for i in items):
        return False
    return not any(cut < m.start and m.end <= fig.start for m in cands)


def _part_start(text: str, lo: int, pos: int) -> int:
    """Where the ；-part holding ``pos`` begins (not before ``lo``)."""
    return max(lo, max(text.rfind("；", lo, pos), text.rfind(";", lo, pos)) + 1)


def _place_tally(text: str, sent, fig: Figure, ctx: _AboutContext) -> bool:
    """金水区获一等奖数量最多，共41项；A区、B区分别获一等奖29项、25项: a part that opens with
    places gives their own tally, which is about no named thing (a place is never the
    object), not the contest the news item reports."""
    at = _part_start(text, sent.start, fig.start)
    lead = LIST_NUMBER.match(text[at:at + 6])
    at += lead.end() if lead else 0
    opens = {at} | {i + 1 for i in range(at, fig.start) if text[i] in "，,"}   # (从各区看，A区获…)
    named = ctx.named.get(sent.index, [])
    return any(m.start in opens and m.end <= fig.start and ctx.cls(m) == "Place"
               and not any(o.start == m.start and o.end > m.end for o in named) for m in named)


def _quoted_speech(text: str, lo: int, pos: int) -> bool:
    """The figure stands inside an open quotation (…说：“我们前后拍了4,000多张照片): what
    a speaker says is not the report's count of the contest."""
    part = text[lo:pos]
    return part.count("“") > part.count("”")


def _clause_subjects(report: Report, owner: dict[tuple[int, int], Entity],
                     acting: set[tuple[int, int]], visiting: dict[tuple[int, int], int] | None = None,
                     reach: dict[tuple[int, int], int] | None = None) -> dict[int, list[tuple[int, Entity]]]:
    """Clauses that open with a school or organisation (区属环保职专根据…; …，广西大学附属小学
    秋季学期正式开学，招收学生1050人): by sentence, (where the clause starts, the entity)."""
    subjects: dict[int, list[tuple[int, Entity]]] = {}
    by_sentence: dict[int, list[Mention]] = {}
    for m in report.mentions:
        if m.sentence is not None and (m.start, m.end) in owner:
            by_sentence.setdefault(m.sentence, []).append(m)
    for m in sorted(report.mentions, key=lambda m: (m.start, -m.end)):
        e = owner.get((m.start, m.end))
        if e is None or m.sentence is None:
            continue
        sent = report.sentences[m.sentence]
        lo = max(clause_start(report.text, m.start), sent.start)
        lead = LIST_NUMBER.sub("", report.text[lo:m.start])
        found = subjects.setdefault(m.sentence, [])
        if any(p == lo for p, _ in found):
            continue
        cls = contract_class(e.type)
        if visiting and (m.start, m.end) in visiting:   # 某区教育局选派23名骨干教师到我县支教
            ok = lead in SUBJECT_LEADS
            if ok and reach is not None:
                reach[(m.sentence, lo)] = visiting[(m.start, m.end)]
        elif cls in SUBJECT_CLASSES:
            ok = (lead in SUBJECT_LEADS or SUBJECT_LEAD_PHRASE.fullmatch(lead)) \
                and not _listed_after(report.text, m.end, clause_end(report.text, m.end),
                                      {x.start for x in by_sentence.get(m.sentence, ())}) \
                and not (cls == "University" and _speaker_employer(report.text, m, by_sentence.get(m.sentence, ()), owner))
        else:
            ok = cls in TOPIC_CLASSES and _programme_states(report.text, lead, m.end)
            if ok and PROGRAMME_ACTS.match(report.text, m.end):
                acting.add((m.sentence, lo))
        if ok:
            work = _possessed_work(report, owner, by_sentence.get(m.sentence, ()), m.end) \
                if cls in SUBJECT_CLASSES else None
            found.append((lo, work or e))
    return subjects


# 某大学教授马某认为，…: what a speaker thinks or says
SPEAKS = ("认为", "表示", "介绍", "说", "指出", "透露", "坦言", "感慨", "告诉", "谈到", "称")
MAX_POST = 16           # 化学与材料科学学院副教授: the post between a body and its member


def _speaker_employer(text: str, m: Mention, mentions, owner: dict[tuple[int, int], Entity]) -> bool:
    """The institution names a speaker's employer (某大学某学院副教授马某认为，…): a university's
    expert judging a contest speaks of the contest, not of the university's own counts (a school's
    teacher telling of 学校 does speak of the school, so callers ask this of universities only)."""
    hi = clause_end(text, m.end)
    for p in mentions:
        if m.end <= p.start and p.end <= hi and p.start - m.end <= MAX_POST \
                and (p.start, p.end) in owner and contract_class(owner[(p.start, p.end)].type) == "Person" \
                and text.startswith(SPEAKS, p.end):
            return True
    return False


WORK_CLASSES = {"Initiative", "Document", "Event"}


def _possessed_work(report: Report, owner: dict[tuple[int, int], Entity], mentions, end: int) -> Entity | None:
    """A clause that opens with a school and ends on a pupil's named work (X中学高二学生Y的
    “Z装置”，识别准确率达96.3%): the clauses after it describe the work, not the school."""
    text = report.text
    hi = clause_end(text, end)
    for w in mentions:
        if w.start < end or w.end > hi or text[w.end:hi] not in ("", "”", "》", "\""):
            continue
        lead = text[max(0, w.start - 2):w.start]
        e = owner.get((w.start, w.end))
        if e is not None and contract_class(e.type) in WORK_CLASSES and lead.endswith(("的", "的“", "的《", "的\"")):
            return e
    return None


# A programme the clause reports the state of: …学校课后服务实现全覆盖，参与学生42.6万人
PROGRAMME_STATE = re.compile(r"(?:[“\"”]?(?:实现|覆盖率|全覆盖|覆盖|惠及|参与率|持续深化|深入推进|扎实推进|稳步推进|全面推进"
                             r"|成效(?:明显|显著)|取得(?:明显|显著)?成效|有序推进|全面铺开|全面落地))")
# A programme the clause reports the work of: “X”行动计划实施以来, “X”培育计划自2022年启动以来,
# “X”培养工程年内遴选… (its work covers the whole area: 全市9所县中完成改造 is the programme's)
PROGRAMME_ACTS = re.compile(r"[“\"”]?(?:(?:自[^，,；;。]{1,12})?(?:实施|启动|开展|推进|创建|推行)以来"
                            r"|(?:年内|全年|今年|已|累计|共|先后)(?:遴选|评选|建成|培养|招募|组建|培训|资助|选拔|认定))")
# The scope a programme subject may be written with: 全县义务教育学校, 我市, 各校
PROGRAMME_SCOPE = re.compile(r"(?:(?:全|我|各)[区县市省旗州]?)?[\u4e00-\u9fff]{0,10}?(?:学校|幼儿园|中小学|高校|各校)?")


def _programme_states(text: str, lead: str, end: int) -> bool:
    """课后服务实现全覆盖 / “县管校聘”管理改革持续深化: a programme as the clause's subject,
    with nothing but its scope before it and a word of state right after it."""
    if len(lead) > 12 or not PROGRAMME_SCOPE.fullmatch(lead) \
            or any(v in lead for v in topic_verbs()) or re.search(r"\d", lead):
        return False
    return PROGRAMME_STATE.match(text, end) is not None or PROGRAMME_ACTS.match(text, end) is not None


PARTNER_VERBS = re.compile(r"(?:合作|联合|共建|开展|签订|携手|结对|共同)")


def _listed_after(text: str, end: int, hi: int, name_starts: set[int]) -> bool:
    """A school followed by 、/和 is one of a list, except ``A与B开展…`` where B is a partner;
    followed by a comma only where another name comes next (①A中学，获一等奖9项 is the subject)."""
    follow = text[end:end + 1]
    if follow not in LIST_MARKS:
        return False
    if follow in ",，":
        return end + 1 in name_starts
    return not (follow in "与和同" and PARTNER_VERBS.search(text, end, hi))


def _sentence_subjects(clause_subjects: dict[int, list[tuple[int, Entity]]],
                       report: Report) -> dict[int, Entity]:
    """A sentence whose first clause opens with a school or organisation is about it."""
    return {i: found[0][1] for i, found in clause_subjects.items()
            if found and found[0][0] == report.sentences[i].start
            and contract_class(found[0][1].type) in SUBJECT_CLASSES}


def _section_topics(report: Report, subjects: dict[int, Entity]
                    ) -> dict[int, tuple[int, Entity]]:
    """A section whose first body sentence opens with a school or organisation is about it."""
    first_body: dict[int, int] = {}
    for sent in report.sentences:
        if sent.section is not None and sent.start != report.sections[sent.section].start:
            first_body.setdefault(sent.section, sent.index)
    return {section: (index, subjects[index]) for section, index in first_body.items()
            if index in subjects}
