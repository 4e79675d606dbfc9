"""Figures: quantities written in a report, with what they count.

:func:`find_figures` is a pure function of the text. It finds every number that
carries a unit of measure (``2286场``, ``约2.5亿元``, ``95%以上``, ``三万多人次``),
drops numbers that are dates, ordinals, parts of names or fixed phrases, and names
each figure's metric: the shortest phrase of the report that says what is counted.

How Chinese reports write quantities, and what this module relies on:

* A figure is a number followed by a measure word or symbol (``data/units.txt``).
  A bare number directly followed by ``、`` (or a range sign) and another figure
  shares that figure's unit: ``6.22万、6.16万人``, ``3-5人``.
* Approximation is written before the number (约, 近, 超过 …), between number and
  unit (500余名, 三万多人次) or after the unit (95%以上); see ``data/figure_words.txt``.
* Not figures: four-digit years before 年/届/学年, ordinals (第六期), numbers glued to
  Latin letters (5G, 5A级), numbers inside quotes or 《》 (“3820”战略工程, “九个一”),
  Chinese numerals directly followed by another numeral (九个一, 一人一案), ``一`` used
  as an article (一个重要抓手, 一批), bare 百/千/万 (百日, 万户), anniversaries and
  grades (73周年, 一年级, 五年制) and the fixed phrases in ``data/numeral_idioms.txt``.
* The metric comes from the clause around the figure. A figure at the end of its
  clause is named by the phrase before it (开展各类宣讲2286场 → 宣讲); a figure
  whose measure word stands before a noun is named by that noun and what follows
  (推动1所公办幼儿园单独组建党支部 → 推动公办幼儿园单独组建党支部). Framing words at
  the edges are stripped (``data/metric_words.txt``). Coordinated figures share the
  verb of the first (新增正高级1人、中学高级11人 → 新增中学高级); bare rates and
  deltas borrow the subject of the figure before (就业率达… → 中职毕业生就业率;
  比去年提高了5.87% → 本科上线率比去年提高).
* A bare measure noun in a list is the measure of what the list is about
  (办理助学贷款1463人、金额1652万元 → 助学贷款金额); a bare rate keeps the noun
  it is the rate of (…千兆光纤接入率 → 千兆光纤接入率, not 接入率); a bare word
  that the figureless clause before uses is named as that clause uses it (推进教师
  交流轮岗，全年交流263人 → 教师交流轮岗); a short topic clause (2023年高考，…) is
  carried into the next figure; a noun after 以/凭/按 right before the number is
  what it measures (以总分672分位列… → 总分); what a named person did follows
  the name.
* What a sentence's first clause sets up (开展课后服务, 组织…培训, 建设“云课堂”平台)
  names the later counts and rates of taking part in it (参与学生, 参与率, 参训), a
  duration after 为期, and a bare measure noun (访问量); a short name introduced with
  （以下简称X） names the sentence's short metrics; X由A压减至B names both A and B
  by X; a list comma ends its item (完成23所学校厕所改造、41所…); the verb before a
  list of examples goes with the noun after 等 (开设科技、体育等社团 → 开设社团).
* A prize count is named by the prize and the competition its sentence names
  (在…技能大赛中，某校获一等奖3个、二等奖7个 → …技能大赛一等奖; see
  ``[prize]``/``[event]`` in ``data/metric_words.txt``).

Modules, in the order :func:`find_figures` uses them:

* :mod:`.lexicon`: the word lists above, loaded once.
* :mod:`.scan`: numbers with a unit, their qualifiers, and the exclusions.
* :mod:`.shared_units`: bare numbers in a list or range that share a unit;
  :mod:`.table_units`: bare numbers in an area list whose heading gives the unit
  (各旗区幼儿园数（所）：A旗 98；…), both reading headings through :mod:`.area_headings`;
  :mod:`.pipe_tables` does the same for a barred table's columns (在校生(万人)) and
  :mod:`.spaced_tables` for a table whose cells stand apart by spaces or tabs, both with
  :mod:`.caption_units` for where a table gives its units (a heading's bracket, a
  caption's note 单位：所、人, or pairs of columns and units 学校数:所;在校生:万人) and :mod:`.table_cells` for how a cell is named (row label
  and column heading, 小学在校生); :mod:`.slash_rows` gives
  slash rows (甲区 11/17/19) the units the prose before wrote for the same measures;
  :mod:`.pair_rows` reads rows that write each number after its word under a numbered
  caption's unit note (甲县:学校21,在校生15326), units and names both.
* :mod:`.marks`: a sports meet's marks written with the unit inside the number (7米16,
  2分14秒37) are one figure named by their event; race distances (男子4×400米接力) and
  the end of a rank range (第四至六名) are none.
* :mod:`.metric`: names each figure, clause by clause, using :mod:`.phrases`
  (the figure's own phrase), :mod:`.event_spans` (为期4天的…运动会 → 运动会会期),
  :mod:`.carry` and :mod:`.context` (what earlier
  clauses imply), :mod:`.prizes`, :mod:`.subjects` (breakdowns by place or school:
  分区看，A区在校生…，B区…), :mod:`.area_lists` (the same under a heading:
  专任教师分区情况：A区1.38万人，… → A区专任教师; also under a caption line, 表2 分区县…情况),
  :mod:`.labels` (fact-box lines, 参赛学校：213所), :mod:`.pipe_tables` (tables with bars),
  :mod:`.spaced_tables` (tables apart by spaces or tabs), :mod:`.pair_rows`, :mod:`.ranked_rows` (a ranking's
  rows under 团体总分排名：, named by what it ranks),
  :mod:`.follow_ups` (竣工31个 after 项目46个; 与N家企业…合作), :mod:`.heads` (last touches in the annotators' words),
  :mod:`.contestants`, :mod:`.judges`, :mod:`.categories` and :mod:`.sent_on` (参赛队员, 进入市级决赛的队伍, 评审专家,
  大赛组别, 代表某市参加省赛的队伍) and
  :mod:`.stage_lists` (one measure for several school stages) and :mod:`.name_pairs`
  (one measure for several named schools or areas, 甲中学、乙中学X分别为…), :mod:`.parts`
  (parts of a total after 其中 by stage or area, 其中小学2.51万人 → 小学专任教师) and
  :mod:`.ranked_lists` (scores under a 名单 caption, 高中组：甲中学286分 → 高中组团体总分), and last
  :mod:`.label_edges` (共评出一等奖 → 评出一等奖, a bare 占 → 占比, 含中职）… → …,
  发放各类学生资助资金 → 学生资助资金); :mod:`.trim` and
  :mod:`.words` (jieba) serve them all, :mod:`.patterns` holds the punctuation and
  regexes they share.
"""
from __future__ import annotations

import unicodedata

from ...model import Figure
from ..numbers import scan_numbers
from .lexicon import load_lexicon
from .marks import name_marks, read_marks
from .ranked_lists import name_ranked_lists, name_scored_lines
from .metric import name_metrics
from .patterns import MAX_METRIC
from .pair_rows import pair_row_units
from .pipe_tables import pipe_table_units
from .scan import drop_ordinal_lists, scan
from .shared_units import share_points, share_units
from .slash_rows import slash_row_units
from .spaced_tables import spaced_table_units
from .table_units import table_units


def find_figures(text: str, offset: int = 0) -> list[Figure]:
    """Every figure in ``text``, in order, with ``text[start-offset:end-offset] == raw``."""
    lex = load_lexicon()
    tokens = scan_numbers(text, stop=lex.magnitude_units)
    found, bare = scan(text, tokens, lex)
    share_units(text, found, bare, lex)
    share_points(text, found, lex)
    table_units(text, found, bare, lex)
    pipe_table_units(text, found, bare, lex.units)
    spaced_table_units(text, found, bare, lex.units)
    pair_row_units(text, found, bare, lex.units)
    slash_row_units(text, found, bare, lex.units)
    drop_ordinal_lists(text, tokens, found, lex)
    cands = read_marks(text, [found[i] for i in sorted(found)])
    if cands:
        name_metrics(text, cands, lex)
        name_marks(text, cands)
        name_ranked_lists(text, cands)
        name_scored_lines(text, cands)
    return [Figure(start=c.start + offset, end=c.end + offset, raw=text[c.start:c.end],
                   value=c.value, unit=unicodedata.normalize("NFKC", c.unit),
                   approximate=c.approx, metric=c.metric)
            for c in cands]


__all__ = ["find_figures", "MAX_METRIC"]
