"""A named body that is not the report's author, opening the clause of a figure: the figure
is that body's work (县人民政府教育督导室对31个乡镇开展督导评价, 县委教育工作领导小组秘书处全年召开
会议4次). The guidelines never link a figure to the report's own author, and in these reports
that is the signing body or an education bureau; offices, committees' secretariats, research
and examination offices and party committees are named as the doers of their own counts."""
from __future__ import annotations

import re

from ..model import Entity, Mention, Report, contract_class
from .documents import issuer_entity

# The report's author as the text names it: an education bureau, department or commission
AUTHOR_LIKE = re.compile(r"(?:教育局|教育和体育局|教体局|教育体育局|教育委员会|教委|教育厅|教育部|人民政府|政府)$"
                         r"|^[\u4e00-\u9fff]{0,8}[省市县区州旗]委$")     # 县委, 某市委: the area's leadership
# Bodies of the education system's own work; other departments (公安局, 财政局, 残联) are
# partners or funders whose counts annotators leave unlinked
EDUCATION_WORK = re.compile(r"教育|教研|督导|招生|考试|教体|教师|工委|党组|党委")
# What may stand before the body at the clause's start: 一是, 全年, an item number
LEAD = re.compile(r"(?:[一二三四五六七八九十]是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])?(?:全年|年内|同时)?")


def working_bodies(report: Report, owner: dict[tuple[int, int], Entity]) -> dict[int, list[Mention]]:
    """By sentence: mentions of government bodies that may own a figure (not the signer,
    not an author-like bureau or government)."""
    signer = issuer_entity(report)
    out: dict[int, list[Mention]] = {}
    for m in report.mentions:
        e = owner.get((m.start, m.end))
        if e is None or m.sentence is None or contract_class(e.type) != "GovernmentAgency":
            continue
        if (signer is not None and e.key == signer.key) or AUTHOR_LIKE.search(e.label) \
                or not EDUCATION_WORK.search(e.label):
            continue
        out.setdefault(m.sentence, []).append(m)
    return out


def clause_body(text: str, lo: int, fig_start: int, bodies: list[Mention]) -> Mention | None:
    """The body that opens the clause text[lo:fig_start] (after a lead such as 一是), if any."""
    at = LEAD.match(text, lo, fig_start)
    start = at.end() if at else lo
    for m in bodies:
        if m.start == start and m.end <= fig_start:
            return m
    return None


# A bureau of another place sending help to the report's own area (我县, 我局): pairing aid
VISITING = re.compile(r"选派|派出|派遣|支教|援建|帮扶|援助|捐赠")
US = re.compile(r"我[县市区州旗局]")
# 援藏, 援疆, 援青: help sent into Tibet, Xinjiang or Qinghai from elsewhere names its sender
# as a visitor as plainly as 我县 does (山东省某厅选派的援藏教师42名)
AID_INTO = re.compile(r"援[藏疆青]")


def visiting_bodies(report: Report, owner: dict[tuple[int, int], Entity]) -> dict[tuple[int, int], int]:
    """Mentions of another place's education bureau that sends teachers, aid or funds to
    the report's own area (宁波市某区教育局选派23名骨干教师到我县支教, …与我局签订结对帮扶协议，
    选派…18人来凤凰支教, 某省教育厅选派援疆教师48名): not the author, so the help it sends is
    its own count. Each mention → how far its count reaches: the sentence when the report
    says 我县, only the sender's own clause (and a bracket after it) when just 援藏 does, as
    the later clauses (分布在…12所学校，任教时间1年半) tell where they work, not what was sent."""
    signer = issuer_entity(report)
    out: dict[tuple[int, int], int] = {}
    for m in report.mentions:
        e = owner.get((m.start, m.end))
        if e is None or m.sentence is None or contract_class(e.type) != "GovernmentAgency":
            continue
        if (signer is not None and e.key == signer.key) or not AUTHOR_LIKE.search(e.label) \
                or not EDUCATION_WORK.search(e.label):
            continue
        tail = report.text[m.end:report.sentences[m.sentence].end]
        if not VISITING.search(tail):
            continue
        if US.search(tail):
            out[(m.start, m.end)] = report.sentences[m.sentence].end
            continue
        reach = _own_clause_end(report.text, m.end, report.sentences[m.sentence].end)
        if AID_INTO.search(report.text, m.end, reach) and VISITING.search(report.text, m.end, reach):
            out[(m.start, m.end)] = reach
    return out


def _own_clause_end(text: str, pos: int, limit: int) -> int:
    """The end of the clause from ``pos``, a bracketed remark in it included (援疆教师48名
    （其中管理干部6名）)."""
    depth, i = 0, pos
    while i < limit:
        ch = text[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "，,；;。！？!?：:\n":
            break
        i += 1
    return i


# What follows a bureau named as a person's employer or as a partner, not as the doer of a clause
NOT_DOING = re.compile(r"(?:副?局长|党组|党委|相关负责|有关负责|负责人|工作人员|主要负责|领导|干部|纪检|的|[、和与及等])")
# a named area's bureau: 溆浦县教育局, not 区教育局 (some district's, as the text goes)
BUREAU = re.compile(r"^[\u4e00-\u9fff]{2,}(?:教育局|教育和体育局|教体局|教育体育局)$")
BARE_LEVEL = re.compile(r"^[省市区县州旗盟](?:教育局|教育和体育局|教体局|教育体育局)$")


def area_bureaus(report: Report, owner: dict[tuple[int, int], Entity]) -> dict[tuple[int, int], int]:
    """Mentions of another area's education bureau (a county's, under the city that signs the
    report) opening a clause with its own work: 溆浦县教育局投入专项经费28万元用于赛前培训，开展
    集中磨课14轮; 松滋市教育局投入专项资金45万元. Not the signer, so its count is its own, as the
    annotators link it. Each mention → where its count reaches: the end of its ；-part."""
    issued = report.issuer or ""
    if not issued:
        return {}               # no author known: any bureau may be it
    signer = issuer_entity(report)
    text = report.text
    out: dict[tuple[int, int], int] = {}
    for m in report.mentions:
        e = owner.get((m.start, m.end))
        if e is None or m.sentence is None or contract_class(e.type) != "GovernmentAgency" \
                or (signer is not None and e.key == signer.key) or e.label in issued \
                or not BUREAU.search(e.label) or BARE_LEVEL.match(e.label):
            continue
        if NOT_DOING.match(text, m.end):
            continue
        sent_end = report.sentences[m.sentence].end
        ends = [i for i in (text.find("；", m.end, sent_end), text.find(";", m.end, sent_end)) if i >= 0]
        out[(m.start, m.end)] = min(ends) if ends else sent_end
    return out
