"""Run the per-report function over many files: local processes or a Dask cluster.

Whatever runs the work, results come back to the caller in input order, so the sink
writes the same bytes whether the reports were extracted by one process, by two, or on
a cluster. A content-hash cache sits in front: an unchanged report (same bytes, same
name, same options, same extractor) is served from disk, never re-extracted.

Local workers are separate processes even with ``-j 1``: each gets a time limit per
file (a worker stuck on one file is killed and replaced, and only that file is lost),
a memory ceiling, and dies with the build (SIGKILL of the build included), so an
interrupted build leaves no orphans.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import signal
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .extract import ReportResult, extract, extractor_version
from .read.limits import DEFAULT_WORKER_MEMORY  # address space of one worker (RLIMIT_AS)

DEFAULT_FILE_TIMEOUT = 60.0                  # seconds one file may take


@dataclass
class Outcome:
    index: int
    path: str
    result: ReportResult | None
    reason: str = ""          # why it failed (one line, without the path)
    cached: bool = False
    key: str = ""             # the cache key (content, id, extractor), when caching


@dataclass(frozen=True)
class Options:
    user_dict: tuple | None = None
    include_structure: bool = False


# -- what runs in a worker ----------------------------------------------------------------
def run_one(data: bytes, name: str, doc_id: str, options: Options) -> tuple[str, object]:
    """The task a worker runs; never raises, so nothing unpicklable crosses back."""
    from .read import ReadError

    try:
        return "ok", extract(data, name, doc_id, options.user_dict, options.include_structure)
    except ReadError as exc:
        return "failed", exc.reason
    except MemoryError:
        return "failed", "over the worker's memory budget"
    except RecursionError:
        return "failed", "too deeply nested to read"
    except Exception as exc:   # a bug: one report never loses the others
        return "failed", f"internal error ({type(exc).__name__}: {str(exc)[:200]}); " \
                         "please report it with this file"


def _init_worker(memory: int) -> None:
    """Die with the parent; stay within a memory budget; load jieba once."""
    try:   # Linux: SIGKILL this worker when the process that started it dies
        import ctypes
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
        if os.getppid() == 1:           # the parent is already gone
            os._exit(1)
    except OSError:
        pass
    from .read.limits import apply_worker_limits
    apply_worker_limits(memory or None)   # RLIMIT_AS; Ctrl-C is the parent's to handle
    from .recognise.jieba_tables import load_jieba
    load_jieba()


# -- cache --------------------------------------------------------------------------------
class Cache:
    """Finished results on disk, keyed by everything that decides them."""

    def __init__(self, folder: Path, options: Options) -> None:
        self.folder = folder
        h = hashlib.sha256(extractor_version().encode())
        h.update(repr(options).encode("utf-8"))
        self.salt = h.digest()

    def key(self, data: bytes, name: str, doc_id: str) -> str:
        """Content, id and suffix (which picks the reader) — not the folder: a corpus that
        moves keeps its cache."""
        h = hashlib.sha256(self.salt)
        suffix = Path(name).suffix.lower().encode("utf-8", "surrogateescape")
        h.update(suffix + b"\0" + doc_id.encode() + b"\0")
        h.update(data)
        return h.hexdigest()

    def _path(self, key: str, part: str = "pkl.z") -> Path:
        return self.folder / key[:2] / f"{key}.{part}"

    def get(self, key: str) -> ReportResult | None:
        """The cached result, its N-Quads left on disk (:class:`CachedNQuads`): a rebuild
        that keeps the report's graph in the store never reads them."""
        try:
            result = pickle.loads(zlib.decompress(self._path(key).read_bytes()))
        except (OSError, zlib.error, pickle.UnpicklingError, EOFError, AttributeError,
                TypeError, ValueError):
            return None
        nquads = self._path(key, "nq.z")
        if not isinstance(result, ReportResult) or not nquads.is_file():
            return None
        result.nquads = CachedNQuads(nquads)
        return result

    def has(self, key: str) -> bool:
        return self._path(key).is_file() and self._path(key, "nq.z").is_file()

    def put(self, key: str, result: ReportResult) -> None:
        from dataclasses import replace

        try:
            self._path(key).parent.mkdir(parents=True, exist_ok=True)
            # the N-Quads first: a result file is only there when its N-Quads are
            for part, data in (("nq.z", zlib.compress(result.nquads, 1)),
                               ("pkl.z", zlib.compress(pickle.dumps(replace(result, nquads=b""),
                                                                    protocol=5), 1))):
                path = self._path(key, part)
                tmp = path.with_name(f".{path.name}.{os.getpid()}")
                tmp.write_bytes(data)
                os.replace(tmp, path)
        except OSError:
            pass   # a cache that cannot be written only costs speed


class CachedNQuads:
    """A cached report's N-Quads, read when the store needs them."""
    __slots__ = ("path",)

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> bytes:
        return zlib.decompress(self.path.read_bytes())


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "edukg"


# -- drivers ------------------------------------------------------------------------------
@dataclass
class Task:
    index: int
    path: str
    doc_id: str


def run_tasks(tasks: Sequence[Task], options: Options, jobs: int = 1,
              scheduler: str | None = None, cache: Cache | None = None,
              file_timeout: float = DEFAULT_FILE_TIMEOUT,
              worker_memory: int = DEFAULT_WORKER_MEMORY,
              progress: Callable[[Outcome], None] | None = None,
              work: Callable[..., tuple[str, object]] = run_one) -> Iterator[Outcome]:
    """Outcomes of ``tasks`` in input order, whatever order the work finishes in.
    ``work`` is the per-report function (:func:`run_one`; tests pass their own)."""
    from .read import ReadError, load_bytes

    ready: dict[int, Outcome] = {}
    next_out = 0
    keys: dict[int, str] = {}

    def served(task: Task, key: str) -> bool:
        hit = cache.get(key) if cache is not None else None
        if hit is not None:
            ready[task.index] = Outcome(task.index, task.path, hit, cached=True, key=key)
        return hit is not None

    def todo() -> Iterator[tuple[Task, bytes] | None]:
        """The files to extract, in order; None for one served without work (from the
        cache, or unreadable), whose outcome waits in ``ready``."""
        for task in tasks:
            if task.index in keys and served(task, keys[task.index]):
                yield None   # known from the scan for the first miss: not read again
                continue
            try:
                data = load_bytes(task.path)
            except ReadError as exc:
                ready[task.index] = Outcome(task.index, task.path, None, exc.reason)
                yield None
                continue
            if cache is not None and task.index not in keys:
                keys[task.index] = cache.key(data, task.path, task.doc_id)
                if served(task, keys[task.index]):
                    yield None
                    continue
            yield task, data

    def drain() -> Iterator[Outcome]:
        nonlocal next_out
        while next_out in ready:
            outcome = ready.pop(next_out)
            next_out += 1
            if progress:
                progress(outcome)
            yield outcome

    def finished(task: Task, status: str, payload: object) -> None:
        if status == "ok":
            assert isinstance(payload, ReportResult)
            if cache is not None and task.index in keys:
                cache.put(keys[task.index], payload)
            ready[task.index] = Outcome(task.index, task.path, payload,
                                        key=keys.get(task.index, ""))
        else:
            ready[task.index] = Outcome(task.index, task.path, None, str(payload))

    engine = _dask_engine(scheduler, work) if scheduler else _local_engine(
        jobs, file_timeout, worker_memory, work)
    window = max(16, jobs * 16) if not scheduler else 64   # queued ahead: workers never idle

    def room() -> int:
        """How many more files to read ahead: results waiting for their turn count, so
        a rebuild that finds nearly all in the cache never holds them all at once."""
        return window - len(ready)

    with engine as run:
        if _first_miss(tasks, cache, keys) is not None:
            engine.warm()   # workers start while the cached results before it are written
        for outcome in run(_Feed(todo(), room), options, finished, drain):
            yield outcome
    yield from drain()


class _Feed:
    """The files still to extract, handed to an engine while there is room ahead."""

    def __init__(self, items: Iterator[tuple[Task, bytes] | None],
                 room: Callable[[], int]) -> None:
        self._items, self._room = items, room
        self.exhausted = False

    def take(self, busy: int) -> tuple[Task, bytes] | None:
        """The next file to extract, or None: no room with ``busy`` files in flight (or
        results waiting), or none left (then ``exhausted``)."""
        while not self.exhausted and busy < self._room():
            try:
                item = next(self._items)
            except StopIteration:
                self.exhausted = True
                return None
            if item is not None:
                return item
        return None


def first_needs_extracting(tasks: Sequence[Task], cache: Cache | None) -> bool:
    """Whether the first report must go to a worker (no cache, or not in it): then the
    build starts the workers' fork server before anything else."""
    return bool(tasks) and _first_miss(tasks[:1], cache, {}) is not None


def _first_miss(tasks: Sequence[Task], cache: Cache | None, keys: dict[int, str]) -> int | None:
    """Index of the first task the cache cannot serve (keys found on the way are kept)."""
    from .read import ReadError, load_bytes

    for task in tasks:
        if cache is None:
            return task.index
        try:
            data = load_bytes(task.path)
        except ReadError:
            continue
        key = keys[task.index] = cache.key(data, task.path, task.doc_id)
        if not cache.has(key):
            return task.index
    return None


class _local_engine:
    """A pebble process pool: per-file timeout kills and replaces the worker."""

    def __init__(self, jobs: int, file_timeout: float, worker_memory: int, work) -> None:
        self.jobs, self.timeout, self.memory = max(1, jobs), file_timeout, worker_memory
        self.work = work
        self.pool = None

    def __enter__(self):
        return self.run

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            if exc[0] is None:
                self.pool.close()
            else:
                self.pool.stop()
            self.pool.join()

    def warm(self) -> None:
        if self.pool is None:
            self._start()

    def _start(self):
        from pebble import ProcessPool

        from .fork_server import start_fork_server

        ctx = start_fork_server()   # already running when the build started it early
        try:   # as the server: no traceback of the pool's own on a Ctrl-C while it starts
            old = signal.signal(signal.SIGINT, signal.SIG_IGN)
        except ValueError:   # not the main thread
            old = None
        try:
            self.pool = ProcessPool(max_workers=self.jobs, context=ctx,
                                    initializer=_init_worker, initargs=(self.memory,))
        finally:
            if old is not None:
                signal.signal(signal.SIGINT, old)

    def run(self, feed: _Feed, options, finished, drain):
        from concurrent.futures import FIRST_COMPLETED, TimeoutError as FutureTimeout, wait

        from pebble import ProcessExpired

        inflight: dict = {}
        while True:
            while (item := feed.take(len(inflight))) is not None:
                task, data = item
                if self.pool is None:
                    self._start()
                future = self.pool.schedule(self.work, args=(data, task.path, task.doc_id, options),
                                            timeout=self.timeout or None)
                inflight[future] = task
            yield from drain()
            if not inflight:
                if feed.exhausted:
                    return
                continue
            done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
            for future in done:
                task = inflight.pop(future)
                try:
                    status, payload = future.result()
                except FutureTimeout:
                    status, payload = "failed", f"took longer than {self.timeout:g} s " \
                                                "(the per-file time limit); skipped"
                except ProcessExpired as exc:
                    status, payload = "failed", _expired_reason(exc)
                except Exception as exc:   # pickling trouble, a dead pool
                    status, payload = "failed", f"worker failed ({type(exc).__name__}: {exc})"
                finished(task, status, payload)
            yield from drain()


def _expired_reason(exc: Exception) -> str:
    code = getattr(exc, "exitcode", None)
    if code in (-signal.SIGKILL, -signal.SIGSEGV, -signal.SIGABRT):
        return f"the worker died on this file (signal {-code}; out of memory?); skipped"
    return f"the worker died on this file (exit code {code}); skipped"


class _dask_engine:
    """A Dask distributed cluster: the same per-report function, results as they come."""

    def __init__(self, address: str, work) -> None:
        self.address = address
        self.work = work
        self.client = None

    def __enter__(self):
        try:
            from distributed import Client
        except ImportError:
            raise SystemExit("kg build: --scheduler needs Dask: pip install 'edukg[dask]'")
        try:
            self.client = Client(self.address, timeout="10s", set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerError(f"{self.address}: cannot reach the Dask scheduler "
                                 f"({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})")
        return self.run

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()

    def warm(self) -> None:   # the cluster's workers are running already
        pass

    def run(self, feed: _Feed, options, finished, drain):
        from distributed import as_completed

        tasks: dict[str, Task] = {}
        pending = None          # as_completed, made with the first futures

        def submit_more() -> None:
            nonlocal pending
            fresh = []
            while (item := feed.take(len(tasks))) is not None:
                task, data = item
                future = self.client.submit(self.work, data, task.path, task.doc_id, options,
                                            key=f"kg-extract-{task.index}-{task.doc_id}-"
                                                f"{hashlib.sha1(data).hexdigest()[:12]}",
                                            pure=False)
                tasks[future.key] = task
                fresh.append(future)
            if fresh and pending is None:
                pending = as_completed(fresh, loop=self.client.loop, with_results=False)
            elif fresh:
                pending.update(fresh)

        while True:
            submit_more()
            yield from drain()
            if not tasks:
                if feed.exhausted:
                    return
                continue
            future = next(pending)
            task = tasks.pop(future.key)
            try:
                status, payload = future.result()
            except Exception as exc:
                status, payload = "failed", f"worker failed ({type(exc).__name__}: {exc})"
            future.release()
            finished(task, status, payload)
            yield from drain()


class SchedulerError(Exception):
    pass


__all__ = ["Outcome", "Options", "Task", "Cache", "run_tasks", "run_one", "default_cache_dir",
           "first_needs_extracting",
           "DEFAULT_FILE_TIMEOUT", "DEFAULT_WORKER_MEMORY", "SchedulerError"]
