"""An output folder that always belongs to one build.

A build writes into a fresh hidden sibling (``.out.build-<pid>``) and, only when
everything is written, swaps it with ``out/`` in one atomic ``renameat2(RENAME_EXCHANGE)``
(or two renames where the kernel lacks it), then removes the old folder. A small guard
process removes the fresh folder if the build dies before that, SIGKILL included, so
an interrupted build leaves neither a mixed ``out/`` nor temporary files.

A folder that also holds files of the user's (a log, notes) is never swapped away: there
the outputs are moved in one by one, each replaced atomically, ``build-report.json``
last, and the user's files stay where they are.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

MARKER = "build-report.json"
_GUARD = ("import sys,shutil\n"
          "sys.stdin.buffer.read()\n"
          "shutil.rmtree(sys.argv[1], ignore_errors=True)\n")


class OutDirError(Exception):
    """A ``-o`` folder that cannot be used; ``str()`` is one line naming it."""


# What a build writes; a folder holding only these (or nothing) is swapped whole.
OUTPUT_NAMES = frozenset({"graph.ttl", "graph.graphml", "graph.gexf", "figures.csv", "store",
                          "reports", MARKER, "build-report.failed.json"})


def check_target(out: Path) -> None:
    """Refuse an output path that is a file, or a folder that cannot be read."""
    if out.exists() and not out.is_dir():
        raise OutDirError(f"{out}: exists and is not a folder; choose another -o")
    if out.is_dir():
        try:
            next(iter(out.iterdir()), None)
        except OSError as exc:
            raise OutDirError(f"{out}: cannot read the folder ({exc.strerror})") from None


def holds_only_outputs(out: Path) -> bool:
    """True when ``out`` is missing, empty or holds nothing but a build's outputs."""
    try:
        return all(p.name in OUTPUT_NAMES for p in out.iterdir())
    except FileNotFoundError:
        return True


class FreshFolder:
    """``with FreshFolder(out) as tmp: …; tmp.commit()`` — build into ``tmp``."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path = out.parent / f".{out.name}.build-{os.getpid()}"
        self._guard: subprocess.Popen | None = None
        self.committed = False

    def __enter__(self) -> "FreshFolder":
        parent = self.out.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutDirError(f"{parent}: cannot create the output folder ({exc.strerror})") \
                from None
        remove_stale(parent, self.out.name)
        try:
            self.path.mkdir()
        except FileExistsError:
            shutil.rmtree(self.path)
            self.path.mkdir()
        except OSError as exc:
            raise OutDirError(f"{parent}: cannot write here ({exc.strerror})") from None
        self._guard = subprocess.Popen([sys.executable, "-c", _GUARD, str(self.path)],
                                       stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, start_new_session=True)
        return self

    def commit(self) -> None:
        """Switch the fresh folder in as ``out``; the old one goes. In a folder that also
        holds the user's files, replace the outputs one by one instead."""
        if not holds_only_outputs(self.out):
            self._commit_items()
            return
        if self.out.exists():
            if not _exchange(self.path, self.out):
                old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
                os.rename(self.out, old)
                os.rename(self.path, self.out)
                self.path = old
        else:
            os.rename(self.path, self.out)
        self.committed = True

    def _commit_items(self) -> None:
        names = sorted((p.name for p in self.path.iterdir() if not p.name.startswith(".")),
                       key=lambda n: (n == MARKER, n))          # the report last
        for name in names:
            target = self.out / name
            if target.exists() or target.is_symlink():
                # the old output goes into the fresh folder, which is removed afterwards
                os.rename(target, self.path / f".old-{name}")
            os.rename(self.path / name, target)
        stale = self.out / "build-report.failed.json"
        if stale.exists():
            os.rename(stale, self.path / ".old-build-report.failed.json")
        self.committed = True

    def __exit__(self, *exc) -> None:
        # after commit self.path is the previous build; either way it goes
        shutil.rmtree(self.path, ignore_errors=True)
        if self._guard is not None:
            try:
                self._guard.stdin.close()   # the guard finds nothing left to remove
                self._guard.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                pass


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    AT_FDCWD, RENAME_EXCHANGE = -100, 2
    rc = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return rc == 0


def remove_stale(parent: Path, name: str) -> None:
    """Fresh folders of builds that died before their guard could run."""
    for prefix in (f".{name}.build-", f".{name}.old-"):
        for p in parent.glob(prefix + "*"):
            pid = p.name.rsplit("-", 1)[-1]
            if pid.isdigit() and not _alive(int(pid)):
                shutil.rmtree(p, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


__all__ = ["FreshFolder", "OutDirError", "check_target", "holds_only_outputs", "remove_stale",
           "OUTPUT_NAMES"]
