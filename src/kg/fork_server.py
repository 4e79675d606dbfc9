"""The process that local build workers are forked from, startable before the build
has imported anything else.

``multiprocessing``'s fork server is a fresh interpreter that imports kg and jieba once
(its preload); every worker is a fork of it and starts with them imported. That import
takes a few tenths of a second, and a build's own start (its imports, the output folder,
the store) about as long: ``kg build --no-cache`` starts the server first, so the two
happen at once on two cores instead of one after the other. This module imports nothing
of kg's, so starting the server costs the build nothing it would not pay anyway.
"""
from __future__ import annotations

import contextlib
import os
import signal

PRELOAD = ["kg.extract", "kg.pipeline", "jieba"]


def start_fork_server():
    """Start the fork server (once; later calls find it running) and return its
    ``multiprocessing`` context.

    It inherits an ignored SIGINT through exec, so a Ctrl-C while it imports (a second or
    two) cannot print a traceback of its own; the build answers Ctrl-C with one line, and
    the workers die with it."""
    import multiprocessing
    from multiprocessing import forkserver

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    try:
        old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:   # not the main thread
        old = None
    try:
        with quiet_stderr():
            forkserver.ensure_running()
    finally:
        if old is not None:
            signal.signal(signal.SIGINT, old)
    return ctx


@contextlib.contextmanager
def quiet_stderr():
    """Start the fork server (and so every worker it forks) with stderr on /dev/null:
    a worker reports through its result, and a worker still starting when Ctrl-C ends
    the build would otherwise print multiprocessing's traceback (its semaphore is gone)
    after the build's one line. KG_DEBUG=1 (``kg --debug``) keeps the workers' stderr."""
    if os.environ.get("KG_DEBUG", "") not in ("", "0"):
        yield
        return
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


__all__ = ["PRELOAD", "start_fork_server", "quiet_stderr"]
