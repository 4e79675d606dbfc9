"""Last touches to metric labels, in the words annotators use:

* a statistics bulletin's bare counts (招生, 在校生, 毕业生) carry the stage the paragraph
  is about (普通高中。…招生3.41万人 → 普通高中招生);
* a bracketed remark right before the figure is not its metric (在校生（含在园幼儿）50万人
  → 在校生);
* news writes the counted thing before its verb (203支队伍参赛, 作品获奖), annotators name
  it verb first (参赛队伍, 获奖作品);
* 累计 written right before the metric's words or the number stays in the metric
  (累计观看达3万人次 → 累计观看; …，累计达21所 → 累计…): a running total is not the
  year's count;
* amounts 按每人每月…标准 are the standard of what the clause before carries out
  (落实乡村教师生活补助政策，按每人每月500元至1000元标准发放 → 乡村教师生活补助标准);
* counts of divisions governed are named by the verb and the division (下辖4个区 → 下辖区);
* a bare span (历时, 展期) is the span of what its sentence opens with (大赛自5月启动，
  历时7个月 → 大赛历时)."""
from __future__ import annotations

import re

from .context import object_of
from .parts import name_parts
from .lexicon import Lexicon
from .patterns import INCLUDED_REMARK, MAX_METRIC, SECTION_RE
from .phrases import pre_phrase
from .scan import Candidate

BARE_COUNTS = ("招生", "在校生", "毕业生", "在校学生", "招生人数", "在校生人数", "毕业生人数")
# school stages, longest first so 普通高中 wins over 高中
STAGES = re.compile(r"普通本专科|成人本专科|网络本专科|高中阶段|义务教育阶段|普通高中|中等职业学校|中等职业教育|中职学校|中职|特殊教育学校|特殊教育|"
                    r"初中|中小学|小学|幼儿园|学前教育|普通本科|高等职业|高职|普通高校|高等教育|成人高校")
STAGE_WINDOW = 160          # how far back in the paragraph a stage is looked for
WHOLE_AREA = re.compile(r"全[区县市州旗镇乡](?:共有|有)?(?:在校生|招生|毕业生|在校学生)")
PAREN_BEFORE = re.compile(r"[（(][^（）()]{1,20}[）)]$")
VERB_AFTER = re.compile(r"(队伍|学生|作品|教师|代表|选手|团队|学校|单位)(参赛|参加|参与|获奖|参会)$")


def _stage(text: str, pos: int) -> str:
    """The last school stage written before ``pos`` in its paragraph."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - STAGE_WINDOW)
    found = ""
    for m in STAGES.finditer(text, lo, pos):
        if not _in_remark(text, lo, m.start()):
            found = m.group(0)
    return found


def _in_remark(text: str, lo: int, at: int) -> bool:
    """民办学校（含民办幼儿园）: a stage inside a remark of what a count includes is not
    the paragraph's stage."""
    opened = max(text.rfind("（", lo, at), text.rfind("(", lo, at))
    if opened < 0 or max(text.rfind("）", opened, at), text.rfind(")", opened, at)) > opened:
        return False
    return text.startswith(INCLUDED_REMARK, opened + 1)


HEADING_LINES = 3           # how many lines back a stage heading (（一）小学) is looked for
HEADING_LEN = 14


def _heading_stage(text: str, pos: int) -> str:
    """The stage a section heading names when the paragraph names none itself: ``1．小学``
    or ``（二）初中`` on its own line, up to three lines above, before any other heading."""
    end = text.rfind("\n", 0, pos)
    for _ in range(HEADING_LINES):
        if end < 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip(" \u3000")
        section = SECTION_RE.match(line)
        if section and len(line) <= HEADING_LEN and "。" not in line:
            found = STAGES.search(line, section.end())
            return found.group(0) if found else ""
        end = start - 1
    return ""


# 来自41所学校的326名学生、118件作品进入决赛: every count is of those who took part
TAKE_PART = "参赛|参加比赛|参加|参与|进入决赛|晋级决赛|入围决赛|进入复赛"
# a counted noun, with the bracket a county list carries (县（市、区）)
_NOUN = r"[\u4e00-\u9fff]{1,4}?(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?"
ENTRANTS = re.compile(rf"#({_NOUN})((?:[、和]#{_NOUN})*)的#({_NOUN})((?:[、和]#{_NOUN})*)"
                      rf"(?:共同|一起|同台)?({TAKE_PART})")
LISTED = re.compile(rf"#({_NOUN})(?=[、和]|$)")


def _entrants(text: str, figs: list[Candidate]) -> None:
    """N所学校的M名学生参加 → 参加学校, 参加学生; longer verbs join with 的 (进入决赛的学校)."""
    by_start = sorted(figs, key=lambda f: f.start)
    i = 0
    while i < len(by_start):
        f = by_start[i]
        # mark the figures of the next 40 characters with #
        run, j, pos, marked = [], i, f.start, ""
        while j < len(by_start) and by_start[j].start - f.start < 40:
            g = by_start[j]
            marked += text[pos:g.start] + "#"
            run.append(g)
            pos = g.end
            j += 1
        marked += text[pos:pos + 20]
        m = ENTRANTS.match(marked)
        if not m:
            i += 1
            continue
        nouns = ([m.group(1)] + LISTED.findall(m.group(2)) + [m.group(3)]
                 + LISTED.findall(m.group(4)))
        verb = m.group(5)
        obj = re.match(r"[\u4e00-\u9fff]{0,7}(?=[，。；,;\n])", marked[m.end():])
        if obj and len(obj.group(0)) <= 6:
            verb += obj.group(0)         # 参加校级初赛的学生: what they took part in
        glue = "的" if len(verb) > 2 else ""
        for g, noun in zip(run, nouns):
            g.metric = verb + glue + noun
        i += len(nouns)


OWNERSHIP = ("公办", "民办")


def _owned(text: str, figs: list[Candidate]) -> None:
    """普通高中121所，其中公办92所、民办29所: an ownership word alone counts the kind the
    sentence counted just before (公办普通高中)."""
    prev = None
    for f in sorted(figs, key=lambda g: g.start):
        if f.metric in OWNERSHIP and prev is not None and prev.metric \
                and not re.search(r"[。；;\n]", text[prev.end:f.start]) \
                and not prev.metric.startswith(OWNERSHIP):
            f.metric = f.metric + prev.metric
            continue
        prev = f


def _broken(metric: str) -> bool:
    """A metric cut out of a bracket: empty, 含在园幼儿）, 不含教学点）."""
    unbalanced = metric.count("）") + metric.count(")") > metric.count("（") + metric.count("(")
    return not metric or unbalanced or metric.startswith(("含", "不含"))


RUNNING = "累计"
RUNNING_TOTAL = re.compile(r"累计(?:达到|达|为|共|有)?$")
CLAUSE_START = re.compile(r"[，,。；;：:！!？?\n]")


def _running(text: str, f: Candidate) -> str:
    """累计 kept where the report writes it right before the metric's words (累计访问量达
    150万人次 → 累计访问量) or right before the number (示范校…，累计达21所 → 累计示范校):
    a running total, not the year's count."""
    metric = f.metric
    if (not metric or RUNNING in metric or len(metric) + len(RUNNING) > MAX_METRIC
            or text.find(RUNNING, max(0, f.start - 40), f.start) < 0):
        return metric
    lo = f.start
    while lo > 0 and f.start - lo < 40 and not CLAUSE_START.match(text[lo - 1]):
        lo -= 1
    clause = text[lo:f.start]
    if RUNNING not in clause:
        return metric
    at = clause.rfind(metric)
    if (at >= 2 and clause[at - 2:at] == RUNNING) or RUNNING_TOTAL.search(clause):
        return RUNNING + metric
    return metric


BARE_SPAN = re.compile(r"(?:前后|先后|共|总共)?(历时|历经|为期|展期|用时|时长)")
# what a sentence is about: the noun phrase a clause opens with, before 在/自/以/于/将…
# (大赛自5月启动 → 大赛; 获奖作品在科技馆展出 → 获奖作品)
SPAN_SUBJECT = re.compile(r"(?:本届|本次|此次|该|全部)?([\u4e00-\u9fff]{2,6}?)(?=在|自|以|于|将|从|由|已|经)")
SENTENCE_START = re.compile(r"[。；;！!？?\n]")


def _span_subject(text: str, f: Candidate) -> str:
    """A bare span (历时7个月, 展期15天) is the span of what its sentence opens with:
    大赛自5月启动，历时7个月 → 大赛历时."""
    bare = BARE_SPAN.fullmatch(f.metric)
    if not bare:
        return f.metric
    lo = f.start
    while lo > 0 and f.start - lo < 80 and not SENTENCE_START.match(text[lo - 1]):
        lo -= 1
    for clause in re.split(r"[，,：:]", text[lo:f.start])[:-1]:
        m = SPAN_SUBJECT.match(clause.strip())
        if m:
            return m.group(1) + bare.group(1)
    return f.metric


BY_STANDARD = re.compile(r"按(?:照)?(?:每人|每生|每校|每班)?(?:每月|每年|每学期|每天)?[^，,。；;]{0,16}的?标准")
CARRY_OUT = re.compile(r"(?:落实|实施|执行|推进|完善|提高)([\u4e00-\u9fff]{2,18})$")
GIVEN = re.compile(r"(?:发放|提供|给予|拨付|补贴|补助)([\u4e00-\u9fff]{2,12})(?=[，,。；;]|$)")
POLICY_WORDS = ("政策", "制度", "机制", "工作", "办法")


def _by_standard(text: str, f: Candidate, lex: Lexicon) -> str:
    """落实乡村教师生活补助政策，按每人每月500元至1000元的标准发放: the amounts are the
    standard of what the clause before carries out (乡村教师生活补助标准), not 按每人每月."""
    if not f.metric.startswith(("按", "标准")):
        return f.metric                     # named already
    lo = f.start
    while lo > 0 and f.start - lo < 30 and text[lo - 1] not in "，,。；;\n":
        lo -= 1
    start = lo
    while start < f.start and text[start].isspace():
        start += 1                          # 按… after a half-width comma and a space
    m = BY_STANDARD.match(text, start)
    if not m or not (m.start() <= f.start < m.end()) or lo < 2 or text[lo - 1] not in "，,":
        return f.metric
    p0 = lo - 1
    while p0 > 0 and lo - p0 < 40 and text[p0 - 1] not in "，,。；;：:\n":
        p0 -= 1
    given = GIVEN.match(text, m.end())
    if given and len(given.group(1)) >= 4:
        return given.group(1) + "标准"      # …的标准提供营养膳食补助 → 营养膳食补助标准
    carried = CARRY_OUT.search(text, p0, lo - 1)
    obj = carried.group(1) if carried else object_of(text[p0:lo - 1], lex)
    for word in POLICY_WORDS:
        if obj.endswith(word):
            obj = obj[:-len(word)]
    if not 2 <= len(obj) <= MAX_METRIC - 2:
        return f.metric
    return obj + "标准"


GOVERNING = re.compile(r"(所辖|下辖|辖)[^，,。；;：:]{0,8}$")
DIVISION = re.compile(r"(?:县级市|自治县|区|县|市|镇|乡|旗)")


GOVERNING_VERB = re.compile(r"(所辖|下辖)")
# the governed areas listed between 下辖 and their count: names, list commas, earlier counts
GOVERNED_LIST = re.compile(r"[\u4e00-\u9fff、，,和及0-9]+")
LIST_REACH = 120


def _governed_list(text: str, f: Candidate):
    """下辖A区、B区3个区，C县…: the verb before the list of names the count sums up, when
    the count is followed by a division (or is one); else None."""
    if not (DIVISION.fullmatch(f.unit) or DIVISION.match(text, f.end)):
        return None
    lo = max(0, f.start - LIST_REACH)
    at = text.rfind("辖", lo, f.start)
    if at < 1:
        return None
    verb = GOVERNING_VERB.match(text, at - 1)
    if not verb or not GOVERNED_LIST.fullmatch(text, at + 1, f.start):
        return None
    return verb


def _governed(text: str, f: Candidate) -> str:
    """下辖4个区、3个县级市; 全县辖9镇14乡: counts of the divisions an area governs are
    named by the verb and the division (下辖区, 辖镇)."""
    lo = max(0, f.start - 12)
    verb = GOVERNING.search(text, lo, f.start) if text.find("辖", lo, f.start) >= 0 else None
    if not verb:
        verb = _governed_list(text, f)
    if not verb:
        return f.metric
    if DIVISION.fullmatch(f.unit):
        return verb.group(1) + f.unit
    after = DIVISION.match(text, f.end)
    return verb.group(1) + after.group(0) if after else f.metric


def refine_metrics(text: str, figs: list[Candidate], lex: Lexicon) -> None:
    """Rewrite metrics by the rules of this module; others are left as they are."""
    for f in figs:
        f.metric = _by_standard(text, f, lex)
        f.metric = _governed(text, f)
        f.metric = _span_subject(text, f)
        metric = f.metric = _running(text, f)
        before = text[max(0, f.start - 40):f.start]
        paren = PAREN_BEFORE.search(before)
        if paren and _broken(metric):
            lead = before[:paren.start()]
            lead = re.split(r"[，。；：、,;:\n]", lead)[-1]
            phrase = pre_phrase(lead, lex)[0] if lead else ""
            if len(phrase) >= 2:
                metric = phrase
        if metric in BARE_COUNTS or metric == "学校":
            # (全区在校生14386人: the whole area's count takes no stage named before it)
            whole = WHOLE_AREA.search(text, max(0, f.start - len(metric) - 3), f.start)
            stage = _stage(text, f.start) if metric != "学校" and not whole else ""
            stage = stage or _heading_stage(text, f.start)
            if stage:
                metric = stage + metric
        m = VERB_AFTER.search(metric)
        if m and text.startswith(m.group(0), f.end):
            metric = m.group(2) + m.group(1)
        f.metric = metric
    _entrants(text, figs)
    _owned(text, figs)
    name_parts(text, figs)
