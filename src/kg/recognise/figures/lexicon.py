"""The word lists figure recognition reads, loaded once.

The lists are data, so they can grow without code changes: ``data/units.txt``
(measure words), ``data/figure_words.txt`` (qualifiers and exclusions),
``data/metric_words.txt`` (what frames a metric) and ``data/numeral_idioms.txt``
(phrases with a numeral but no quantity)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...data import data_path, longest_first
from .patterns import CHINESE_NUMERALS


def _read_sections(name: str) -> dict[str, tuple[str, ...]]:
    """A word-list file split at its ``[section]`` headers."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry.startswith("[") and entry.endswith("]"):
            current = sections.setdefault(entry[1:-1], [])
            continue
        if current is None:
            raise ValueError(f"{name}: entry {entry!r} before any [section]")
        current.append(entry)
    return {key: tuple(value) for key, value in sections.items()}


def _read_list(name: str) -> tuple[str, ...]:
    """A word-list file without sections: one entry a line, # for comments."""
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.strip().startswith("#"))


@dataclass(frozen=True)
class Lexicon:
    """Every word list, in the shape the matchers want (sets, longest-first tuples)."""
    units: dict[str, str]                 # unit -> kind (cls | self | time)
    not_unit: frozenset[str]
    unit_max: int
    magnitude_units: tuple[str, ...]      # units that begin with 万/千/百 (千米)
    approx_prefix: tuple[str, ...]        # longest first
    approx_prefix_not: tuple[str, ...]
    approx_prefix_magnitude: tuple[str, ...]
    approx_suffix: tuple[str, ...]
    approx_suffix_time: tuple[str, ...]
    percent_prefix: dict[str, str]
    name_after: tuple[str, ...]
    ordinal_prefix: tuple[str, ...]
    rank_prefix: tuple[str, ...]
    name_prefix: tuple[str, ...]
    determiner: tuple[str, ...]
    coord: frozenset[str]
    ranges: frozenset[str]
    year_follower: tuple[str, ...]
    idiom_re: re.Pattern | None
    strip_leading: frozenset[str]
    strip_trailing: frozenset[str]
    introducer: frozenset[str]
    enumeration: frozenset[str]
    change: tuple[str, ...]
    comparison: tuple[str, ...]
    measure_suffix: tuple[str, ...]
    amount: frozenset[str]                # 总面积, 投资: bare amounts of something counted before
    region_re: re.Pattern | None
    reach: tuple[str, ...]
    copula: tuple[str, ...]
    verbs: frozenset[str]
    not_verbs: frozenset[str]
    prize: tuple[str, ...]
    event: tuple[str, ...]
    topic_not: tuple[str, ...]
    topic_implied: tuple[str, ...]        # 上线: the metric names its exam's line
    measure_preposition: frozenset[str]
    event_stop: frozenset[str]
    participation: tuple[str, ...]
    duration_intro: tuple[str, ...]
    coverage: tuple[str, ...]             # 全覆盖: a state reached, not an activity
    numeral_places: tuple[str, ...]       # 九台区, 三台县: places whose name opens with a numeral


def _division_names() -> list[str]:
    """Names of administrative divisions, which a too-long metric can do without."""
    names = []
    for line in data_path("divisions.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) > 1 and not line.startswith("#") and len(cells[1]) >= 3:
            names.append(cells[1])
    return names


@cache
def load_lexicon() -> Lexicon:
    """The lexicon, read from ``kg/data`` on first use."""
    units = {}
    for line in _read_list("units.txt"):
        unit, _, kind = line.partition("\t")
        units[unit.strip()] = kind.strip() or "self"
    fw = _read_sections("figure_words.txt")
    mw = _read_sections("metric_words.txt")
    idioms = longest_first(_read_list("numeral_idioms.txt"))
    not_unit = frozenset(fw.get("not_unit", ()))
    return Lexicon(
        units=units,
        not_unit=not_unit,
        unit_max=max(len(u) for u in list(units) + list(not_unit)),
        magnitude_units=tuple(u for u in units if u[0] in "百千万亿"),
        approx_prefix=longest_first(fw.get("approx_prefix", ())),
        approx_prefix_not=tuple(fw.get("approx_prefix_not", ())),
        approx_prefix_magnitude=longest_first(fw.get("approx_prefix_magnitude", ())),
        approx_suffix=longest_first(fw.get("approx_suffix", ())),
        approx_suffix_time=longest_first(fw.get("approx_suffix_time", ())),
        name_after=longest_first(fw.get("name_after", ())),
        percent_prefix=dict(line.split("\t", 1) for line in fw.get("percent_prefix", ())),
        ordinal_prefix=tuple(fw.get("ordinal_prefix", ())),
        rank_prefix=tuple(fw.get("rank_prefix", ())),
        name_prefix=tuple(fw.get("name_prefix", ())),
        determiner=longest_first(fw.get("determiner", ())),
        coord=frozenset(fw.get("coord_separator", ())),
        ranges=frozenset(fw.get("range_separator", ())),
        year_follower=longest_first(fw.get("year_follower", ())),
        idiom_re=re.compile("|".join(map(re.escape, idioms))) if idioms else None,
        strip_leading=frozenset(mw.get("strip_leading", ())),
        strip_trailing=frozenset(mw.get("strip_trailing", ())),
        introducer=frozenset(mw.get("introducer", ())),
        enumeration=frozenset(mw.get("enumeration", ())),
        change=longest_first(mw.get("change", ())),
        comparison=longest_first(mw.get("comparison", ())),
        measure_suffix=longest_first(mw.get("measure_suffix", ())),
        amount=frozenset(mw.get("amount", ())),
        region_re=re.compile("|".join(map(re.escape, longest_first(
            list(mw.get("region", ())) + _division_names())))),
        reach=longest_first(mw.get("reach", ())),
        copula=longest_first(mw.get("copula", ())),
        verbs=frozenset(mw.get("verbs", ())),
        not_verbs=frozenset(mw.get("not_verbs", ())),
        prize=longest_first(mw.get("prize", ())),
        event=longest_first(mw.get("event", ())),
        topic_not=tuple(mw.get("topic_not", ())),
        topic_implied=tuple(mw.get("topic_implied", ())),
        measure_preposition=frozenset(mw.get("measure_preposition", ())),
        event_stop=frozenset(mw.get("event_stop", ())),
        participation=longest_first(mw.get("participation", ())),
        duration_intro=longest_first(mw.get("duration_intro", ())),
        coverage=longest_first(mw.get("coverage", ())),
        numeral_places=longest_first(n for n in _division_names() if n[0] in CHINESE_NUMERALS),
    )
