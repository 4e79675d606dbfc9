"""Metrics of a breakdown by area under a heading (:mod:`.area_headings`): each area's
figure is that area's measure, as annotators write it (专任教师分区情况：A区1.38万人 →
A区专任教师). The measure is what the item itself writes after its area, else what an
earlier item of the list wrote (分区教育经费：A区一般公共预算教育支出38亿元，B区31亿元 →
B区一般公共预算教育支出), else the heading's measure; a bracket of measures
(幼儿园数/在园幼儿) names an item's figures in order. A measure after a school stage's count
in the same row is that stage's (甲县：普通高中 6所，在校生 1.21万人 → 甲县普通高中在校生)."""
from __future__ import annotations

import re

from ...spans import SpanIndex
from .area_headings import area_headings, item_area, list_items
from .heads import STAGES
from .patterns import CHANGE_WORDS, MAX_METRIC
from .scan import Candidate

HAVE = re.compile(r"^(?:共有|现有|有)")
CHANGE = re.compile(CHANGE_WORDS)
OWN = re.compile(r"[\u4e00-\u9fff]{1,14}")
BETWEEN = re.compile(r"[ \u3000]*[/／][ \u3000]*")
MAX_OWN = 14
# what may stand between an area and its row's figures, and between the figures
ROW_GAP = re.compile(r"[ \u3000\t:：,，、/／;；|｜]*")
# a remark in brackets right after a row's area, which its name leaves out: 经开区(含东海岛)
AREA_REMARK = re.compile(r"[（(][^（）()\n]{1,12}[）)]")


def name_area_lists(text: str, figs: list[Candidate], units=None) -> None:
    """Name each figure of an area list under a breakdown heading by area and measure;
    with ``units``, a heading that gives only its unit (专任教师（人）：) counts too."""
    if not figs:
        return
    by_start = SpanIndex(figs)
    for h in area_headings(text, units):
        mine = by_start.starting_in(h.start, h.end)
        if len(mine) < 2:
            continue
        named = _name_rows(text, h, mine) if h.slash_nouns else []
        if named:
            done = {id(f) for f, _ in named}
            mine = [f for f in mine if id(f) not in done]
        mine_by_start = SpanIndex(mine)
        inside = {i for f in mine for i in range(f.start, f.end)}
        carried = ""
        line_area = None     # the area a line opened with: 甲区：学校89所，在校生6.8万人
        staged = _StagedRow(named)
        for a, b in list_items(text, h, inside):
            area = item_area(text, a, b, h.by_stage)
            continued = False
            if area:
                line_area = area
                staged.close()
            elif line_area is not None and "\n" not in text[line_area[1]:a]:
                area, continued = (line_area[0], a), True
            else:
                line_area = None
                continue
            own = mine_by_start.starting_in(a, b)
            if not own:
                continue
            rest = text[area[1]:own[0].start].strip(" \u3000:：")
            rest = HAVE.sub("", rest)
            if rest and not (OWN.fullmatch(rest) and len(rest) <= MAX_OWN):
                continue
            change = rest if CHANGE.fullmatch(rest) else ""
            if change:
                # 小学 12486，增长3.2%: the change of the row's measure, not a measure of its own
                rest = ""
                bases = [(carried or h.noun) + change]
            else:
                bases = [rest or carried or h.noun]
            if len(own) > 1:
                gaps = [text[own[k].end:own[k + 1].start] for k in range(len(own) - 1)]
                words = [g.strip(" \u3000") for g in gaps]
                if len(h.slash_nouns) == len(own) and all(BETWEEN.fullmatch(g) for g in gaps):
                    bases = h.slash_nouns
                elif rest and all(OWN.fullmatch(w) and len(w) <= MAX_OWN and g[:1] in " \u3000"
                                  for g, w in zip(gaps, words)):
                    bases = [rest] + words      # 甲区 幼儿园88所 在园幼儿16204人
                else:
                    own = own[:1]
            if rest:
                carried = rest
            for f, base in zip(own, bases):
                if base and len(area[0]) + len(base) <= MAX_METRIC:
                    named.append((f, area[0] + base))
            staged.item(rest, continued, area[0], own[0] if len(own) == 1 else None)
        staged.close()
        if len(named) >= 2:
            for f, metric in named:
                f.metric = metric


def _name_rows(text: str, h, mine: list[Candidate]) -> list[tuple[Candidate, str]]:
    """Rows of a table under a heading whose bracket lists its measures (幼儿园数 / 在园幼儿):
    a line of an area and one figure per measure, apart by spaces, commas or slashes
    (甲区　98所　2.11万人, 乙区 10所, 2.15万人), names its figures area + measure in order; a
    bracket after the area (丙区(含新区)　53所) is the area's remark, not part of the name."""
    named = []
    k, pos = 0, h.start
    while pos < h.end:
        end = text.find("\n", pos, h.end)
        end = h.end if end < 0 else end
        row = []
        while k < len(mine) and mine[k].start < end:
            if mine[k].start >= pos:
                row.append(mine[k])
            k += 1
        area = item_area(text, pos, end, h.by_stage)
        if area and len(row) == len(h.slash_nouns):
            remark = AREA_REMARK.match(text, area[1], end)    # 甲区(含新区)　53所: the area's
            bounds = [remark.end() if remark else area[1]]
            bounds += [x for f in row for x in (f.start, f.end)] + [end]
            if all(ROW_GAP.fullmatch(text, bounds[i], bounds[i + 1])
                   for i in range(0, len(bounds), 2)):
                named += [(f, area[0] + noun) for f, noun in zip(row, h.slash_nouns)
                          if len(area[0]) + len(noun) <= MAX_METRIC]
        pos = end + 1
    return named


class _StagedRow:
    """A row that pairs each school stage's count with its measure, twice or more
    (甲县：普通高中 6所，在校生 1.21万人；中职学校 2所，在校生 0.63万人): each measure is the
    stage's before it (甲县普通高中在校生). A row of stages then one measure (小学86所，初中35所，
    义务教育在校生…) or a single pair (幼儿园167所，在园幼儿…) is left as it is."""

    def __init__(self, named: list[tuple[Candidate, str]]):
        self.named = named
        self.stages = 0
        self.pairs: list[tuple[int, str, str] | None] = []   # (index in named, area, stage)
        self.stage = ""                                      # what the item before counted

    def item(self, rest: str, continued: bool, area: str, one: Candidate | None) -> None:
        """One item of the row: its own words, whether it goes on the row's area, and its
        one figure (None when it has several or none)."""
        if rest and STAGES.fullmatch(rest):
            self.stages += 1
            self.stage = rest
            return
        last = self.named[-1] if self.named else None
        if (continued and self.stage and rest and not STAGES.search(rest)
                and last is not None and last[0] is one):
            self.pairs.append((len(self.named) - 1, area, self.stage))
        else:
            self.pairs.append(None)
        self.stage = ""

    def close(self) -> None:
        """The row ends: name its measures by their stages if every one pairs with one."""
        if self.stages >= 2 and len(self.pairs) == self.stages and all(self.pairs):
            for i, area, stage in self.pairs:
                f, metric = self.named[i]
                if len(metric) + len(stage) <= MAX_METRIC:
                    self.named[i] = (f, area + stage + metric[len(area):])
        self.stages, self.pairs, self.stage = 0, [], ""
