"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over ``out/store`` and the
explorer page.

Design: the real Oxigraph server (``oxigraph serve-read-only``, from the ``oxigraph``
PyPI package, the same engine as pyoxigraph) answers the queries as a child process on a
private loopback port; a small Starlette app (``kg.serve.app``) in front of it checks each
query (no updates, SERVICE or LOAD), negotiates the result format, caps the rows, enforces
the deadline, adds CORS, and serves the page. See the README for why."""
from __future__ import annotations

import errno
import signal
import socket
import sys
from pathlib import Path

from .app import Settings, default_queries_dir, make_app
from .upstream import EnginePool, Oxigraph, UpstreamError

__all__ = ["serve", "parse_port", "bind_socket", "make_app", "Settings", "Oxigraph"]


class ServeError(Exception):
    """A problem worth one line to the user (bad port, busy port, no store)."""


def parse_port(value: str | int) -> int:
    try:
        port = int(str(value).strip())
    except ValueError:
        raise ServeError(f"bad port {value!r}: give a number from 1 to 65535 (0: any free port)")
    if not 0 <= port <= 65535:
        raise ServeError(f"bad port {value}: give a number from 1 to 65535 (0: any free port)")
    return port


def bind_socket(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise ServeError(f"cannot use host {host!r}: {exc.strerror}")
    family, _, _, _, addr = infos[0]
    # proto must be IPPROTO_TCP: asyncio only sets TCP_NODELAY on such sockets, and without
    # it every answer on a kept-alive connection waited 40 ms (Nagle + delayed ACK)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
        sock.listen(512)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use; pick another with --port")
        if exc.errno == errno.EACCES:
            raise ServeError(f"no permission to listen on port {port}; use a port above 1023")
        if exc.errno == errno.EADDRNOTAVAIL:
            raise ServeError(f"cannot listen on {host}: not an address of this machine")
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}")
    sock.set_inheritable(False)
    return sock


def check_store(store: Path) -> None:
    if not store.is_dir() or not any(store.iterdir()):
        raise ServeError(f"{store}: no store here; run `kg build` first (or pass --store)")


def serve(store: Path, host: str = "127.0.0.1", port: int | str = 8000, timeout: float = 30.0,
          max_rows: int = 10_000, queries_dir: Path | None = None, workers: int = 4,
          max_memory_mb: float | None = None, log_level: str = "warning") -> None:
    import uvicorn

    store = Path(store)
    check_store(store)
    port = parse_port(port)
    if timeout <= 0:
        raise ServeError("--timeout must be more than 0 seconds")
    if max_rows < 1:
        raise ServeError("--max-rows must be at least 1")
    sock = bind_socket(host, port)
    if workers < 1:
        raise ServeError("--workers must be at least 1")
    if max_memory_mb is not None and max_memory_mb < 64:
        raise ServeError("--max-memory must be at least 64 (MB)")
    engine = EnginePool(store, timeout, workers, max_memory_mb)
    try:
        engine.start()
    except UpstreamError as exc:
        sock.close()
        raise ServeError(f"{store}: the query engine did not start: {exc}")
    settings = Settings(pool=engine, timeout=timeout, max_rows=max_rows,
                        queries_dir=queries_dir or default_queries_dir())
    app = make_app(settings)
    bound = sock.getsockname()
    shown = f"[{bound[0]}]" if ":" in bound[0] else bound[0]
    print(f"kg serve: SPARQL endpoint http://{shown}:{bound[1]}/sparql, explorer "
          f"http://{shown}:{bound[1]}/ (store {store}; timeout {timeout:g} s, "
          f"at most {max_rows} rows and {engine.max_memory_mb:.0f} MB a query; Ctrl-C stops)",
          flush=True)
    config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="on",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    previous = signal.getsignal(signal.SIGTERM)
    try:
        server.run(sockets=[sock])
    finally:
        engine.stop()
        sock.close()
        signal.signal(signal.SIGTERM, previous)
