"""Parts of a total: bulletins break a total down after 其中 by stage or by area and
write only the part's name before each number (专任教师4.12万人，其中小学2.51万人、初中
1.61万人; 新增学位3420个，其中甲区860个、乙区1120个). Each part is the total's measure for
that stage or area (小学专任教师, 甲区新增学位), as annotators name it."""
from __future__ import annotations

import re

from .area_headings import AREA
from .patterns import MAX_METRIC
from .scan import Candidate

# school stages a total is split by, longest first (义务教育阶段 before 小学)
STAGE = re.compile(r"义务教育阶段|高中阶段|学前教育|普通高中|中等职业学校|中职学校|中职|特殊教育学校|"
                   r"特殊教育|九年一贯制学校|完全中学|中小学|初中|小学|幼儿园|高中")
# a move from one kind of school to another (其中城镇到乡村学校97名, 其中到农村学校1037人):
# the part is the total's people who moved that way (城镇到乡村学校交流轮岗教师)
MOVE = re.compile(r"(?:[\u4e00-\u9fff]{1,6})?到[\u4e00-\u9fff]{0,4}(?:学校|乡村|农村|乡镇|山区|薄弱校|边远地区)"
                  r"(?:交流|轮岗|交流轮岗|支教|任教)?")
MOVE_VERBS = ("交流", "轮岗", "支教", "任教")
PEOPLE_UNITS = ("人", "名", "人次")
ITEM_EDGE = re.compile(r"[，,、；;]")
LEAD = "其中"
SCHOOLS = ("学校", "学校数")
SENTENCE_END = re.compile(r"[。！!？?\n]")


def _part(text: str, f: Candidate, after: int) -> str:
    """The part's name an item writes right before its figure, or ""."""
    lo = f.start
    while lo > after and not ITEM_EDGE.match(text[lo - 1]):
        lo -= 1
    item = text[lo:f.start].strip(" \u3000")
    if item.startswith(LEAD):
        item = item[len(LEAD):]
    if STAGE.fullmatch(item) or AREA.fullmatch(item):
        return item
    if MOVE.fullmatch(item) and f.unit in PEOPLE_UNITS:
        return item
    return ""


def _joined(name: str, base: str) -> str:
    """城区学校到乡村学校交流 + 交流教师 → 城区学校到乡村学校交流教师: the words the part ends
    with and the measure starts with are written once."""
    for k in range(min(len(name), len(base)), 0, -1):
        if name.endswith(base[:k]):
            return name + base[k:]
    if name.endswith(MOVE_VERBS):
        return name                 # 城区学校到乡村学校支教 (before 县域内交流轮岗教师): it says who
    return name + base


def name_parts(text: str, figs: list[Candidate]) -> None:
    """Name each part after 其中 by its stage or area and the total's measure."""
    figs = sorted(figs, key=lambda g: g.start)
    for i, total in enumerate(figs):
        if not total.metric:
            continue
        lead = text.find(LEAD, total.end, total.end + 3)
        if lead < 0 or text[total.end:lead].strip(" \u3000") not in ("，", ","):
            continue
        rest = total.metric
        stage = STAGE.match(rest)
        if stage and len(rest) > stage.end():
            rest = rest[stage.end():]
        parts = []
        prev_end = lead
        for f in (figs[j] for j in range(i + 1, len(figs))):   # no copy: stops early
            if f.unit != total.unit or SENTENCE_END.search(text, prev_end, f.start) \
                    or re.search(r"[；;]", text[prev_end:f.start]):
                break
            name = _part(text, f, prev_end)
            if not name:
                break
            parts.append((f, name))
            prev_end = f.end
        for f, name in parts:
            if total.unit == "所" and rest.endswith(SCHOOLS):
                continue            # 各级各类学校52所，其中幼儿园38所: the part names its own kind
            base = rest if STAGE.fullmatch(name) else total.metric
            if len(name) + len(base) <= MAX_METRIC and not base.startswith(name):
                f.metric = _joined(name, base) if MOVE.fullmatch(name) else name + base
