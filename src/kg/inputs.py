"""Which files a build reads: the paths the user named, and the report files in folders.

``collect_inputs(paths)`` returns an :class:`InputScan`:

* ``files`` — the files to read, in a stable order (each folder's files sorted by path;
  a file reached twice, by two paths or a link, is read once);
* ``ignored`` — ``(path, reason)`` for what was deliberately left out of folders:
  README/LICENSE/CHANGELOG files (any suffix, any case), hidden files and dot-folders,
  files whose type is not a report format;
* ``unreadable`` — ``(path, reason)`` for what could not be read at all: a named path
  that does not exist, a folder that cannot be listed, a broken symbolic link, a
  symbolic-link loop, a file without read permission.

A file named explicitly is read whatever its suffix (the reader sniffs the content, and
misnamed reports are common), but README/LICENSE/CHANGELOG files are left out even when
named, since ``kg build reports/*`` names them through the shell. The other rules apply
to what is found inside folders. Reasons never repeat the path.
Nothing here reads file contents, so scanning is cheap.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

__all__ = ["REPORT_SUFFIXES", "InputScan", "assign_doc_ids", "collect_inputs", "default_jobs",
           "display_path", "doc_id_for", "is_not_a_report_name"]

# Suffixes of files read from folders (a file named explicitly is read whatever its suffix).
REPORT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf"})
# Project files that sit next to reports but are not reports: README, README.md,
# readme.txt, LICENSE-MIT, CHANGELOG.rst …
_NOT_REPORT_NAMES = re.compile(r"(?:readme|license|licence|changelog|changes|copying|authors|"
                               r"contributing)(?:[._-].*)?", re.IGNORECASE | re.DOTALL)


_PROJECT_FILE = "not a report (README, LICENSE or CHANGELOG file)"


def display_path(path: object) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not
    UTF-8 (surrogate-escaped by Python) are written ``\\xff`` instead of failing later."""
    text = os.fspath(path) if isinstance(path, os.PathLike) else str(path)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def is_not_a_report_name(name: str) -> bool:
    return bool(_NOT_REPORT_NAMES.fullmatch(name))


@dataclass
class InputScan:
    files: list[Path] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)      # (path, reason)
    unreadable: list[tuple[str, str]] = field(default_factory=list)   # (path, reason)

    # A scan behaves like its list of files, so code written for the old
    # ``collect_inputs(paths) -> list[Path]`` keeps working.
    def __iter__(self) -> Iterator[Path]:
        return iter(self.files)

    def __len__(self) -> int:
        return len(self.files)

    def __getitem__(self, index):
        return self.files[index]

    def __bool__(self) -> bool:
        return bool(self.files)


def collect_inputs(paths: Iterable[str | os.PathLike[str]]) -> InputScan:
    """Files named directly, and report files found under folders (see the module doc)."""
    scan = InputScan()
    seen_files: dict[tuple[int, int], Path] = {}
    seen_dirs: dict[tuple[int, int], Path] = {}

    def add_file(path: Path, info: os.stat_result) -> None:
        key = (info.st_dev, info.st_ino)
        if key in seen_files:
            if seen_files[key] != path:
                scan.ignored.append((display_path(path),
                                     f"same file as {display_path(seen_files[key])}"))
            return
        seen_files[key] = path
        scan.files.append(path)

    for raw in paths:
        path = Path(raw)
        info, reason = _stat(path)
        if info is None:
            scan.unreadable.append((display_path(path), reason))
        elif stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in seen_dirs:
                continue   # the same folder named twice
            seen_dirs[key] = path
            found: list[tuple[Path, os.stat_result]] = []
            _walk(path, key, found, scan, seen_dirs)
            for file, file_info in sorted(found, key=lambda item: item[0]):
                add_file(file, file_info)
        elif stat.S_ISREG(info.st_mode):
            if is_not_a_report_name(path.name):
                scan.ignored.append((display_path(path), _PROJECT_FILE))
            elif not os.access(path, os.R_OK):
                scan.unreadable.append((display_path(path), "permission denied"))
            else:
                add_file(path, info)
        else:
            scan.unreadable.append((display_path(path),
                                    "not a regular file (a device, pipe or socket)"))
    return scan


def _stat(path: Path) -> tuple[os.stat_result | None, str]:
    """``(stat following links, "")`` or ``(None, why it cannot be reached)``."""
    try:
        return os.stat(path), ""
    except FileNotFoundError:
        if os.path.islink(path):
            try:
                target = os.readlink(path)
            except OSError:
                return None, "broken symbolic link"
            return None, f"broken symbolic link (to {display_path(target)})"
        return None, "no such file or folder"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "symbolic link loop"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return None, "permission denied"
        return None, f"cannot access ({exc.strerror or exc})"


def _walk(root: Path, root_key: tuple[int, int], found: list, scan: InputScan,
          seen_dirs: dict[tuple[int, int], Path]) -> None:
    """Depth-first, without recursion (deep trees must not hit the recursion limit)."""
    stack: list[tuple[Path, frozenset]] = [(root, frozenset({root_key}))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            why = ("permission denied (cannot list the folder)"
                   if exc.errno in (errno.EACCES, errno.EPERM)
                   else f"cannot list the folder ({exc.strerror or exc})")
            scan.unreadable.append((display_path(folder), why))
            continue
        subfolders: list[tuple[Path, frozenset]] = []
        for entry in entries:
            path = Path(entry.path)
            info, reason = _stat(path)
            if entry.name.startswith("."):
                kind = "folder" if info is not None and stat.S_ISDIR(info.st_mode) else "file"
                scan.ignored.append((display_path(path), f"hidden {kind}"))
                continue
            if info is None:
                scan.unreadable.append((display_path(path), reason))
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in ancestors:
                    scan.unreadable.append((display_path(path),
                                            "symbolic link loop (the folder contains itself)"))
                elif key in seen_dirs:
                    scan.ignored.append((display_path(path),
                                         f"same folder as {display_path(seen_dirs[key])}"))
                else:
                    seen_dirs[key] = path
                    subfolders.append((path, ancestors | {key}))
                continue
            if not stat.S_ISREG(info.st_mode):
                scan.ignored.append((display_path(path),
                                     "not a regular file (a device, pipe or socket)"))
            elif is_not_a_report_name(entry.name):
                scan.ignored.append((display_path(path), _PROJECT_FILE))
            elif path.suffix.lower() not in REPORT_SUFFIXES:
                suffix = path.suffix.lower() or "no suffix"
                scan.ignored.append((display_path(path),
                                     f"not a report file type ({display_path(suffix)})"))
            elif not os.access(path, os.R_OK):
                scan.unreadable.append((display_path(path), "permission denied"))
            else:
                found.append((path, info))
        stack.extend(reversed(subfolders))


def doc_id_for(path: Path) -> str:
    """A readable, IRI-safe id from the file name; non-ASCII names get a short hash."""
    stem = path.stem
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-")
    if slug != stem or not slug:
        import hashlib
        digest = hashlib.sha1(stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        slug = (slug + "-" if slug else "doc-") + digest
    return slug


def assign_doc_ids(files: Sequence[Path]) -> list[str]:
    """Stems where unique; the suffix added where two inputs share a stem."""
    ids = [doc_id_for(f) for f in files]
    seen: dict[str, int] = {}
    for i in ids:
        seen[i] = seen.get(i, 0) + 1
    out = []
    used: set[str] = set()
    for f, i in zip(files, ids):
        if seen[i] > 1:
            i = f"{i}-{f.suffix.lstrip('.').lower() or 'file'}"
        base, n = i, 2
        while i in used:
            i, n = f"{base}-{n}", n + 1
        used.add(i)
        out.append(i)
    return out


def default_jobs(n_files: int) -> int:
    return max(1, min(os.cpu_count() or 1, n_files // 4 or 1))
