"""Atomic file writes: all of the new file or none of it.

A build that is interrupted (exception, Ctrl-C, full disk) must never leave a
half-written ``out/graph.ttl`` that later stages or users would trust. We write to
a temporary file in the *same directory* (so the final ``os.replace`` is an atomic
rename on one file system), flush and fsync it, then rename it over the target.
On any exception the temporary file is removed and the old target is untouched.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

__all__ = ["atomic_open", "atomic_write", "temp_path"]


def temp_path(path: str | os.PathLike[str]) -> Path:
    """The temporary sibling of ``path``: ``.name.tmp-<pid>`` (hidden, per process)."""
    p = Path(path)
    return p.with_name(f".{p.name}.tmp-{os.getpid()}")


def _fsync_dir(directory: Path) -> None:
    """Persist the rename itself (POSIX); best effort where directories can't be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", *,
                encoding: str | None = None, newline: str | None = None) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; on clean exit it atomically becomes ``path``.

    ``mode`` is ``"w"`` or ``"wb"`` (text mode defaults to UTF-8). ``encoding`` and
    ``newline`` are passed to :func:`open` (e.g. ``newline=""`` for the csv module).
    """
    if mode not in ("w", "wb", "wt"):
        raise ValueError(f"atomic_open supports only write modes 'w'/'wb', not {mode!r}")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target)
    if "b" in mode:
        fh = open(tmp, mode)
    else:
        fh = open(tmp, mode, encoding=encoding or "utf-8", newline=newline)
    try:
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(target.parent)


def atomic_write(path: str | os.PathLike[str],
                 data: str | bytes | Iterable[str] | Iterable[bytes], *,
                 encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` atomically.

    ``data`` may be a whole ``str``/``bytes`` or an iterable of chunks (e.g. a
    generator streaming a large serialisation); if the iterable raises part-way,
    the old file is kept and no temporary file is left behind.
    """
    if isinstance(data, bytes):
        chunks: Iterable[str] | Iterable[bytes] = (data,)
        binary = True
    elif isinstance(data, str):
        chunks = (data,)
        binary = False
    else:
        chunks = data
        binary = None  # decided by the first chunk
    target = Path(path)
    with atomic_open(target, "wb") as fh:
        for chunk in chunks:
            if isinstance(chunk, str):
                if binary is True:
                    raise TypeError("atomic_write: mixed str and bytes chunks")
                binary = False
                fh.write(chunk.encode(encoding))
            elif isinstance(chunk, (bytes, bytearray, memoryview)):
                if binary is False:
                    raise TypeError("atomic_write: mixed str and bytes chunks")
                binary = True
                fh.write(chunk)
            else:
                raise TypeError(f"atomic_write: chunk of type {type(chunk).__name__}")
