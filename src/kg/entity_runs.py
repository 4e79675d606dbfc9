"""The corpus's entity records, spilled to sorted runs on disk and merged back by IRI.

An entity's class, label and names in the shared graph depend on every report that names
it, so the sink must see all of an entity's records together. A national corpus names
hundreds of thousands of entities, and holding them in a dict grew the build by about
500 bytes an entity. So records are appended report by report, sorted in runs of
``RUN_RECORDS``, written to files in the build folder, and merged (``heapq.merge``) into
one stream in IRI order when the build ends: memory stays flat whatever the corpus.
"""
from __future__ import annotations

import heapq
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from .graph import EntityRecord

RUN_RECORDS = 50_000      # records sorted in memory before a run is written
CHUNK = 2_000             # records pickled together (a run is read back chunk by chunk)


@dataclass(slots=True)
class CorpusEntity:
    """One entity as the whole corpus gives it."""
    iri: str
    type: str                   # from the first report that names it
    label: str                  # the name the first report gives it
    alts: tuple[str, ...]       # every other name any report gives it, sorted
    mentions: int               # sentences that name it, over all reports
    reports: list[int]          # positions of the reports that name it, input order


def _order(record: tuple) -> tuple[str, int]:
    return record[0], record[1]


class EntityRuns:
    """Append records per report; read them back merged, as often as needed."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._pending: list[tuple] = []
        self._runs: list[Path] = []
        self._count = 0

    def add(self, report: int, records: Iterable[EntityRecord]) -> None:
        before = len(self._pending)
        self._pending.extend((r.iri, report, r.type, r.label, r.alt_labels, r.mentions)
                             for r in records)
        self._count += len(self._pending) - before
        if len(self._pending) >= RUN_RECORDS:
            self._spill()

    def _spill(self) -> None:
        self._pending.sort(key=_order)   # stable: a report's records keep their order
        path = self.folder / f".entities.{len(self._runs)}.run"
        with open(path, "wb") as fh:
            for start in range(0, len(self._pending), CHUNK):
                pickle.dump(self._pending[start:start + CHUNK], fh, protocol=5)
        self._runs.append(path)
        self._pending = []

    @property
    def records(self) -> int:
        """How many records were added (over all reports)."""
        return self._count

    def flush(self) -> list[Path]:
        """Write what is still in memory as a last run; the runs, for :func:`merge_runs`
        (in this or another process)."""
        if self._pending:
            self._spill()
        return list(self._runs)

    def merged(self) -> Iterator[CorpusEntity]:
        """Every entity once, in IRI order (see :func:`merge_runs`)."""
        self._pending.sort(key=_order)
        return _merge([_read(p) for p in self._runs] + [iter(self._pending)])

    def close(self) -> None:
        for path in self._runs:
            path.unlink(missing_ok=True)
        self._runs, self._pending = [], []


def merge_runs(runs: list[Path]) -> Iterator[CorpusEntity]:
    """Every entity of these sorted runs once, in IRI order. The first report to name an
    entity gives its class and label; the others add names, mentions and themselves."""
    return _merge([_read(p) for p in runs])


def _read(path: Path) -> Iterator[tuple]:
    with open(path, "rb") as fh:
        while True:
            try:
                chunk = pickle.load(fh)
            except EOFError:
                return
            yield from chunk


def _merge(streams: list[Iterator[tuple]]) -> Iterator[CorpusEntity]:
    for iri, group in groupby(heapq.merge(*streams, key=_order), key=itemgetter(0)):
        _, report, type_name, label, alts, mentions = next(group)
        names = set(alts)
        reports = [report]
        for _, report, _, other_label, other_alts, other_mentions in group:
            names.update(other_alts)
            if other_label != label:
                names.add(other_label)
            mentions += other_mentions
            if reports[-1] != report:
                reports.append(report)
        yield CorpusEntity(iri, type_name, label, tuple(sorted(names)), mentions, reports)


__all__ = ["EntityRuns", "CorpusEntity", "RUN_RECORDS", "merge_runs"]
