"""Budgets for reading one file, so a hostile file costs seconds and bounded memory.

A report is a few hundred kilobytes of text. A file built to hurt — a zip bomb, a PDF
whose one content stream inflates to a gigabyte, fifty thousand nested ``<div>``\\ s,
billion laughs — must be refused quickly with a one-line :class:`ReadError`, and the
rest of the build must go on. Each reader therefore gets:

* **bytes on disk**: :data:`MAX_FILE_BYTES` (checked before reading);
* **decompressed bytes**: :class:`Budget` — the DOCX reader checks the zip's sizes
  against :data:`MAX_DECOMPRESSED_BYTES` (and each XML part against
  :data:`MAX_XML_PART_BYTES`) before unpacking anything; the PDF reader decodes every
  stream through a cap (:data:`MAX_PDF_STREAM_BYTES` a stream,
  :data:`MAX_PDF_DECODED_BYTES` in all), so a bomb stops inflating at the cap;
* **structure**: :data:`MAX_PDF_PAGES`, :data:`MAX_PDF_PAGE_CONTENT_BYTES`,
  :data:`MAX_PDF_PAGE_CHARS`, :data:`MAX_HTML_TAGS`, :data:`MAX_HTML_DEPTH`, and
  :data:`MAX_TEXT_CHARS` for the text any reader returns;
* **time**: :func:`time_limit` (:data:`READ_SECONDS`), a backstop for whatever slips
  past the caps (SIGALRM; main thread on POSIX only, a no-op elsewhere);
* **memory per worker process**: :func:`apply_worker_limits` sets RLIMIT_AS, so a
  worker that still blows its budget gets MemoryError instead of taking the machine down.
"""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import ReadError

MB = 1024 * 1024
MAX_FILE_BYTES = 50 * MB                  # larger files are not reports (or need splitting)
MAX_DECOMPRESSED_BYTES = 4 * MAX_FILE_BYTES   # a DOCX's parts, unpacked, in all
MAX_XML_PART_BYTES = 64 * MB              # one XML part of a DOCX, unpacked
MAX_PDF_STREAM_BYTES = 32 * MB            # one PDF stream, decoded (fonts can be large)
MAX_PDF_DECODED_BYTES = 128 * MB          # all streams of one PDF, decoded
MAX_PDF_PAGE_CONTENT_BYTES = 4 * MB       # a page's content streams, decoded (a text page: ~50 KB)
MAX_PDF_PAGES = 3000
MAX_PDF_PAGE_CHARS = 20_000               # glyphs drawn on one page (a dense page: ~3,000)
MAX_TEXT_CHARS = 2_000_000                # text of one report (a long report: ~50,000)
MAX_HTML_TAGS = 300_000                   # counted before parsing
MAX_HTML_DEPTH = 256                      # nesting of elements (libxml2's own XML default)
READ_SECONDS = 120.0                      # wall time to read one file
DEFAULT_WORKER_MEMORY = 3 * 1024 * MB     # address space of one build worker


def size(n: int) -> str:
    """``12.0 MB`` / ``512 bytes``, for messages."""
    if n >= MB:
        return f"{n / MB:.1f} MB"
    return f"{n} bytes"


class Budget:
    """Decompressed bytes a reader may still produce: ``spend(n)`` raises ReadError
    (and remembers it, in case a library swallows the exception) once over."""

    def __init__(self, limit: int, what: str = "file") -> None:
        self.limit = limit
        self.what = what
        self.used = 0
        self.error: ReadError | None = None

    def spend(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            self.fail(f"{self.what} unpacks to more than {size(self.limit)} (limit)")

    def fail(self, reason: str) -> None:
        if self.error is None:
            self.error = ReadError(reason)
        raise self.error

    def check(self) -> None:
        """Raise the first error again (after a library caught and ignored it)."""
        if self.error is not None:
            raise self.error


class ReadTimeout(ReadError):
    """Reading one file took longer than its time budget."""


@contextmanager
def time_limit(seconds: float | None = READ_SECONDS, what: str = "reading") -> Iterator[None]:
    """Raise :class:`ReadTimeout` in the block after ``seconds`` of wall time.

    Uses SIGALRM, so it works only in a process's main thread on POSIX (build workers
    are); elsewhere the block runs unbounded. A C call that runs long is interrupted
    when it returns to Python; the byte caps keep those short. The previous alarm and
    handler are restored afterwards.
    """
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    expired: list[ReadTimeout] = []

    def on_alarm(signum, frame):   # noqa: ARG001
        error = ReadTimeout(f"{what} took longer than {seconds:g} s (time limit)")
        expired.append(error)
        raise error

    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay:
            signal.setitimer(signal.ITIMER_REAL, previous_delay, previous_interval)
    if expired:   # a library caught our exception and carried on: still too slow
        raise expired[0]


def apply_worker_limits(max_memory_bytes: int | None = DEFAULT_WORKER_MEMORY, *,
                        ignore_interrupt: bool = True) -> None:
    """Guard a build worker process (call it as the pool's ``initializer``).

    * RLIMIT_AS (Linux; best effort elsewhere) = ``max_memory_bytes``: an allocation
      past it raises MemoryError in the worker, which the build reports as that file's
      failure, instead of the machine swapping or the OOM killer picking a victim.
      ``None`` or 0 leaves the limit alone; a lower existing hard limit is kept.
    * ``ignore_interrupt``: Ctrl-C goes to the whole process group; the parent handles
      it (one line, exit 130). A worker then exits at once and silently (no traceback of
      its own, and no finishing the queue while the user waits).
    """
    if ignore_interrupt:
        try:
            signal.signal(signal.SIGINT, _exit_quietly)
        except (ValueError, OSError):   # not the main thread
            pass
    if not max_memory_bytes or max_memory_bytes <= 0:
        return
    try:
        import resource
    except ImportError:   # Windows
        return
    limit_kind = getattr(resource, "RLIMIT_AS", None)
    if limit_kind is None:
        return
    try:
        soft, hard = resource.getrlimit(limit_kind)
        want = int(max_memory_bytes)
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        resource.setrlimit(limit_kind, (want, hard))
    except (ValueError, OSError):   # not permitted here: run without the guard
        pass


def _exit_quietly(signum, frame) -> None:   # noqa: ARG001
    os._exit(128 + signum)


def default_worker_memory(jobs: int) -> int:
    """A per-worker address-space budget: the machine's memory shared among the workers
    (leaving a quarter for the parent), at least 1.5 GB and at most
    :data:`DEFAULT_WORKER_MEMORY`."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return DEFAULT_WORKER_MEMORY
    share = int(total * 0.75) // max(1, jobs)
    return max(1536 * MB, min(DEFAULT_WORKER_MEMORY, share))

