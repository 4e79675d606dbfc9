"""The Oxigraph server that answers the queries: ``oxigraph serve-read-only`` over the
store, as a child process bound to a free loopback port.

The child is told to die with its parent (PR_SET_PDEATHSIG on Linux), and ``stop()``
ends it; it is never reachable from outside the machine."""
from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PR_SET_PDEATHSIG = 1


class UpstreamError(RuntimeError):
    pass


def oxigraph_binary() -> str:
    here = Path(sys.executable).parent / "oxigraph"
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if not found:
        raise UpstreamError("the `oxigraph` server is not installed (pip install 'oxigraph>=0.5,<0.6')")
    return found


def _die_with_parent() -> None:   # runs in the child between fork and exec
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass
    os.setpgrp()                  # Ctrl-C in the terminal goes to us; we stop the child


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Oxigraph:
    """``oxigraph serve-read-only --location STORE --union-default-graph --timeout-s N``."""

    def __init__(self, store: Path, timeout_s: float):
        self.store = Path(store)
        self.timeout_s = timeout_s
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self._log = None
        self.over_memory = False     # set when the watchdog killed it for its memory

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, wait: float = 20.0) -> None:
        binary = oxigraph_binary()
        for _attempt in range(3):
            self.port = free_port()
            self._log = tempfile.TemporaryFile()
            self.proc = subprocess.Popen(
                [binary, "serve-read-only", "--location", str(self.store), "--union-default-graph",
                 "--timeout-s", str(max(1, int(round(self.timeout_s)))),
                 "--bind", f"127.0.0.1:{self.port}"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    break
                try:
                    with opener.open(f"{self.url}/query?query=ASK%7B%7D", timeout=1):
                        return
                except OSError:
                    time.sleep(0.05)
            message = self._message()
            self.stop()
            if "address" not in message.lower():   # a port race is retried; anything else is not
                raise UpstreamError(message or "oxigraph did not start")
        raise UpstreamError("oxigraph could not bind a loopback port")

    def _message(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        lines = [line.strip() for line in self._log.read().decode("utf-8", "replace").splitlines()
                 if line.strip()]
        return lines[-1] if lines else ""

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def rss_mb(self) -> float:
        if self.proc is None:
            return 0.0
        try:
            with open(f"/proc/{self.proc.pid}/statm") as f:
                return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        except (OSError, ValueError, IndexError):
            return 0.0

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None


def default_memory_mb(workers: int) -> float:
    """Half the machine's memory shared among the engines, at least 512 MB each."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20
    except (ValueError, OSError):
        total = 8192
    return max(512.0, total / 2 / max(1, workers))


class EnginePool:
    """A few Oxigraph servers, each answering one query at a time.

    Measured with oxigraph 0.5: ``--timeout-s`` cancels aggregates and sorts, but a
    streaming SELECT that has not produced its next row (a FILTER over a cross join) keeps
    a core busy after the timeout and after the client has gone, until it writes again.
    So a server whose answer was abandoned (deadline, row cap, client gone) is killed and
    replaced — that is what really stops the work and gives its memory back — and one query
    per server means nobody else's query dies with it."""

    def __init__(self, store: Path, timeout_s: float, size: int = 4,
                 max_memory_mb: float | None = None):
        self.store = Path(store)
        self.timeout_s = timeout_s
        self.size = max(1, size)
        self.max_memory_mb = max_memory_mb or default_memory_mb(self.size)
        self._idle = None
        self._watchdog = None
        self.engines: set[Oxigraph] = set()
        self.recycled = 0

    def start(self) -> None:
        for _ in range(self.size):
            eng = Oxigraph(self.store, self.timeout_s)
            try:
                eng.start()
            except Exception:
                self.stop()
                raise
            self.engines.add(eng)

    async def open(self) -> None:
        import asyncio
        self._idle = asyncio.Queue()
        for eng in self.engines:
            self._idle.put_nowait(eng)
        self._watchdog = asyncio.get_running_loop().create_task(self._watch_memory())

    async def close(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()

    async def _watch_memory(self) -> None:
        """Kill an engine whose memory passes the limit (a sort or group over a cross join
        grows by hundreds of MB a second, faster than any timeout)."""
        import asyncio
        while True:
            await asyncio.sleep(0.2)
            for eng in list(self.engines):
                if eng.alive() and eng.rss_mb() > self.max_memory_mb:
                    eng.over_memory = True
                    eng.kill()

    async def acquire(self) -> Oxigraph:
        eng = await self._idle.get()
        if not eng.alive():
            eng = await self._replace(eng)
        return eng

    async def release(self, eng: Oxigraph, healthy: bool = True) -> None:
        if not healthy or not eng.alive():
            try:
                eng = await self._replace(eng)
            except UpstreamError:
                # could not start a new one now; a later acquire() retries
                pass
        self._idle.put_nowait(eng)

    async def _replace(self, eng: Oxigraph) -> Oxigraph:
        import asyncio
        self.recycled += 1
        await asyncio.to_thread(eng.stop)
        self.engines.discard(eng)
        new = Oxigraph(self.store, self.timeout_s)
        self.engines.add(new)
        await asyncio.to_thread(new.start)
        return new

    def pids(self) -> list[int]:
        return [e.proc.pid for e in self.engines if e.proc is not None and e.alive()]

    def stop(self) -> None:
        for eng in list(self.engines):
            eng.stop()
