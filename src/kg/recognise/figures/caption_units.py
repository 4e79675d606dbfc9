"""Units a table's caption gives in a note for all its columns at once: ``各县（市、区）
主要指标（以下为简表，单位：所；人）`` over ``县（市、区）｜学校数｜在校生数｜专任教师数``.
One unit serves every column; several are shared out by what each column counts (a
count of schools is in 所, of pupils and teachers in 人, money in 元), and a column that
fits none of them gets no unit rather than a guess."""
from __future__ import annotations

import re

from ..numbers import BIG_UNITS

# the note inside a caption's closing bracket: （单位：所；人）, （以下为简表，单位：万人）
NOTE = re.compile(r"单位[：:]\s*([^（）()]{1,24})[）)]\s*$")
SPLIT = re.compile(r"[；;、，,/／\s]+")
# what a column heading says it counts, by the unit it is counted in; the first kind whose
# word the heading holds wins (在校生数 counts pupils though it holds 校)
KINDS = (
    ("%", ("率", "比例", "占比", "比重", "增长", "增幅")),
    ("元", ("经费", "投入", "资金", "支出", "金额", "收入", "费")),
    ("人", ("生", "师", "幼儿", "员", "工", "人", "儿童")),
    ("平方米", ("面积",)),
    ("所", ("学校", "校数", "园数", "院校", "机构", "幼儿园")),
    ("个", ("班", "点")),
)


def caption_units(caption: str, units) -> list[tuple[str, int]]:
    """(unit, scale) for each unit a caption's note lists, in order; [] without a note."""
    m = NOTE.search(caption.strip(" \u3000"))
    if not m:
        return []
    out = []
    for word in SPLIT.split(m.group(1)):
        scale = BIG_UNITS.get(word[:1], 1) if len(word) > 1 else 1
        unit = word[1:] if scale > 1 else word
        if unit not in units:
            return []          # a remark, not a list of units (单位：按学籍统计)
        out.append((unit, scale))
    return out


def column_unit(heading: str, listed: list[tuple[str, int]]) -> tuple[str, int]:
    """The unit of ``listed`` a column heading is counted in, or ("", 1)."""
    for unit, words in KINDS:
        if len(listed) == 1 and unit != "%":
            break              # one unit serves every column but a rate's
        if any(w in heading for w in words):
            return next((u for u in listed if u[0] == unit), ("", 1))
    return listed[0] if len(listed) == 1 else ("", 1)
