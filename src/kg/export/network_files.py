"""A build's Gephi files (``graph.graphml``, ``graph.gexf``), written from the corpus's
merged entity runs and the reports' own node and edge parts.

This is the last thing a build does besides the shared entities graph, and it needs
nothing the store has: so for a large corpus it runs in a process of its own, on the
core the extraction workers have just left, while the parent writes the entities graph
(``NetworkFiles``). Small corpora write in-process (a process costs more than it saves).
Both ways run :func:`write_network_files`, so the files are the same byte for byte.
"""
from __future__ import annotations

import os
import shutil
from contextlib import ExitStack
from pathlib import Path

from kg.atomic import atomic_open
from kg.entity_runs import merge_runs
from kg.export import gexf, graphml
from kg.export.network import entity_node_attrs, island_heads, node_id

NETWORK_FORMATS = {"graphml": graphml, "gexf": gexf}
IN_PROCESS_RECORDS = 20_000   # below this many entity records, no process of its own


def part_path(folder: Path, part: str, fmt: str) -> Path:
    """Where the sink appends the reports' own nodes or edges of one format."""
    return folder / f".{part}.{fmt}"


def write_network_files(folder: Path, runs: list[Path], relations: list[tuple[str, str, str]],
                        report_ids: list[str]) -> None:
    """Entity nodes (first pass over the merged records), the reports' nodes, relation
    edges, the links that tie each island of entities to its reports (the rule of
    :func:`~kg.export.network.report_links`, streamed: the heads' links come from a
    second pass) and the reports' own edges."""
    ends = {iri for s, _, o in relations for iri in (s, o)}
    mentions: dict[str, int] = {}     # of the entities that relations join
    with ExitStack() as stack:
        out = {fmt: stack.enter_context(atomic_open(folder / f"graph.{fmt}", "w",
                                                    encoding="utf-8"))
               for fmt in NETWORK_FORMATS}
        for fmt, module in NETWORK_FORMATS.items():
            out[fmt].write(module.header())
        for e in merge_runs(runs):
            attrs = entity_node_attrs(e.iri, e.type, e.label, list(e.alts), e.mentions,
                                      len(e.reports))
            nid = node_id(e.iri)
            for fmt, module in NETWORK_FORMATS.items():
                out[fmt].write(module.node_xml(nid, attrs))
            if e.iri in ends:
                mentions[e.iri] = e.mentions
        for fmt, module in NETWORK_FORMATS.items():
            _copy(part_path(folder, "nodes", fmt), out[fmt])
            out[fmt].write(module.between())
        for s, p, o in sorted(relations, key=lambda r: (node_id(r[0]), r[1], node_id(r[2]))):
            edge = (node_id(s), p.rsplit("#", 1)[-1], node_id(o))
            for fmt, module in NETWORK_FORMATS.items():
                out[fmt].write(module.edge_xml(*edge))
        joined, heads = island_heads(relations, mentions)
        for e in merge_runs(runs):
            if e.iri in heads or e.iri not in joined:   # in no relation: heads itself
                nid = node_id(e.iri)
                for report in e.reports:
                    for fmt, module in NETWORK_FORMATS.items():
                        out[fmt].write(module.edge_xml(nid, "inReport", report_ids[report]))
        for fmt, module in NETWORK_FORMATS.items():
            _copy(part_path(folder, "edges", fmt), out[fmt])
            out[fmt].write(module.footer())
    for fmt in NETWORK_FORMATS:
        for part in ("nodes", "edges"):
            part_path(folder, part, fmt).unlink()


def _copy(path: Path, fh) -> None:
    """Append a part (UTF-8, as ``fh`` writes) byte for byte, without decoding it."""
    fh.flush()
    with open(path, "rb") as src:
        shutil.copyfileobj(src, fh.buffer, 1 << 20)


def _die_with_parent() -> None:
    """Linux: SIGKILL this process when the build that started it dies."""
    try:
        import ctypes
        import signal
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
        if os.getppid() == 1:
            os._exit(1)
    except (OSError, AttributeError):
        pass


def _write_in_child(send, *args) -> None:
    """The other process's whole job: write, then say how it went (``None`` or the
    error's text) on the pipe."""
    _die_with_parent()
    try:
        write_network_files(*args)
    except BaseException as exc:   # noqa: BLE001 (any failure goes back to the build)
        send.send(f"{type(exc).__name__}: {exc}")
    else:
        send.send(None)
    finally:
        send.close()


class NetworkFilesError(RuntimeError):
    """The process writing the Gephi files failed or died."""


class NetworkFiles:
    """:func:`write_network_files`, in a process of its own when the corpus is large
    (``records`` entity records), otherwise when :meth:`wait` is called. A plain
    process, not a pool: an abandoned build kills it through its public ``kill()``."""

    def __init__(self, folder: Path, runs: list[Path], relations: list[tuple[str, str, str]],
                 report_ids: list[str], records: int) -> None:
        self._args = (folder, runs, relations, report_ids)
        self._process = None
        self._outcome = None
        if records >= IN_PROCESS_RECORDS:
            self._start()

    def _start(self) -> None:
        import multiprocessing
        context = multiprocessing.get_context("forkserver")
        self._outcome, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_write_in_child, args=(send, *self._args),
                                        name="kg-gephi-files", daemon=True)
        self._process.start()
        send.close()   # the child holds the only writing end: its death ends recv()

    @property
    def in_own_process(self) -> bool:
        return self._process is not None

    def wait(self) -> None:
        """Done writing (a failure in the other process is raised here)."""
        if self._process is None:
            write_network_files(*self._args)
            return
        try:
            try:
                error = self._outcome.recv()
            except EOFError:
                error = f"it died (exit code {self._process.exitcode})"
            if error is not None:
                raise NetworkFilesError(f"writing the Gephi files failed: {error}")
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop the other process if it still runs (an abandoned build); reap it."""
        process, self._process = self._process, None
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join()
            process.close()
            self._outcome.close()


__all__ = ["NETWORK_FORMATS", "NetworkFiles", "NetworkFilesError", "part_path", "write_network_files"]
