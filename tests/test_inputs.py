"""kg.inputs: which files a build reads, what it leaves out, and what it cannot read."""
from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.inputs import InputScan, collect_inputs, is_not_a_report_name
from kg.pipeline import collect_inputs as pipeline_collect_inputs

from conftest import SEED


def _names(pairs) -> dict[str, str]:
    return {Path(p).name: why for p, why in pairs}


@pytest.mark.parametrize("name", ["README", "README.md", "readme.txt", "ReadMe.html",
                                  "LICENSE", "LICENSE-MIT", "license.txt", "LICENCE.md",
                                  "CHANGELOG.md", "changelog", "Changes.txt", "COPYING",
                                  "README.zh-CN.md"])
def test_project_files_are_not_reports(name):
    assert is_not_a_report_name(name)


@pytest.mark.parametrize("name", ["cangshan-2022.txt", "readmission-2022.txt",
                                  "licensed-schools.txt", "2022年教育工作总结.docx", "report.md"])
def test_reports_are_reports(name):
    assert not is_not_a_report_name(name)


def test_folder_scan_reads_reports_and_lists_the_rest(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("x")
    for name in ("a.txt", "sub/b.docx", "README.md", "LICENSE", "CHANGELOG.txt", ".hidden.txt",
                 "gold.json", "notes"):
        (root / name).write_text("x")
    os.symlink("nowhere.txt", root / "broken.txt")
    os.symlink(".", root / "sub" / "loop")
    os.symlink("self.txt", root / "self.txt")
    os.symlink("a.txt", root / "same.txt")   # the same file twice: read once
    scan = collect_inputs([root])
    assert [p.relative_to(root).as_posix() for p in scan.files] == ["a.txt", "sub/b.docx"]
    ignored = _names(scan.ignored)
    assert ignored[".git"] == "hidden folder"
    assert ignored[".hidden.txt"] == "hidden file"
    for name in ("README.md", "LICENSE", "CHANGELOG.txt"):
        assert "README, LICENSE or CHANGELOG" in ignored[name]
    assert ignored["gold.json"] == "not a report file type (.json)"
    assert ignored["notes"] == "not a report file type (no suffix)"
    assert ignored["same.txt"].startswith("same file as")
    unreadable = _names(scan.unreadable)
    assert unreadable["broken.txt"] == "broken symbolic link (to nowhere.txt)"
    assert unreadable["self.txt"] == "symbolic link loop"
    assert unreadable["loop"].startswith("symbolic link loop")
    for path, why in scan.ignored + scan.unreadable:
        assert path not in why   # the reason never repeats the path


def test_named_files_are_read_whatever_their_suffix_and_missing_ones_are_listed(tmp_path):
    report = tmp_path / "report.doc"   # misnamed: the reader sniffs the content
    report.write_text("x")
    readme = tmp_path / "README.md"    # `kg build reports/*` names it through the shell
    readme.write_text("x")
    scan = collect_inputs([report, readme, tmp_path / "missing.txt", report])
    assert scan.files == [report]
    assert _names(scan.ignored) == {"README.md": "not a report (README, LICENSE or CHANGELOG file)"}
    assert _names(scan.unreadable) == {"missing.txt": "no such file or folder"}


def test_a_folder_that_cannot_be_listed_is_unreadable(tmp_path, monkeypatch):
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "a.txt").write_text("x")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)
    monkeypatch.setattr(os, "scandir", scandir)
    scan = collect_inputs([root])
    assert [p.name for p in scan.files] == ["a.txt"]
    assert _names(scan.unreadable) == {"locked": "permission denied (cannot list the folder)"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without permission")
def test_permission_denied_is_unreadable(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("x")
    locked.chmod(0)
    try:
        assert _names(collect_inputs([tmp_path]).unreadable) == {"locked.txt": "permission denied"}
    finally:
        locked.chmod(0o644)


def test_old_callers_still_get_a_list_of_files(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    scan = pipeline_collect_inputs([tmp_path])
    assert isinstance(scan, InputScan)
    assert list(scan) == [tmp_path / "a.txt"] and len(scan) == 1 and scan[0].name == "a.txt"
    assert bool(scan) and not bool(collect_inputs([]))


def test_build_report_lists_ignored_and_unreadable_and_exits_3(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / "cangshan-2022.txt")
    (inputs / "README.md").write_text("# 这个文件夹\n" + "说明文字。" * 40)
    (inputs / "empty.txt").write_bytes(b"")
    os.symlink("gone.txt", inputs / "gone-link.txt")
    out = tmp_path / "out"
    assert main(["build", str(inputs), "-o", str(out), "-q"]) == 3
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["built"] == 1
    assert {Path(f["file"]).name: f["reason"] for f in report["failures"]} == \
        {"empty.txt": "empty file"}
    assert {Path(f["file"]).name: f["reason"] for f in report["unreadable"]} == \
        {"gone-link.txt": "broken symbolic link (to gone.txt)"}
    assert {Path(f["file"]).name for f in report["ignored"]} == {"README.md"}
    assert all(r["doc_id"] != "README" for r in report["reports"])
    captured = capsys.readouterr()
    assert "gone-link.txt: broken symbolic link" in captured.err
    assert "1 unreadable" in captured.out and "1 ignored" in captured.out


def test_strict_summary_counts_what_was_read(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    text = SEED.read_text(encoding="utf-8")[:2000]
    for i in range(2):
        (inputs / f"r{i}.txt").write_text(text, encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["build", str(inputs), "-o", str(out), "-q", "--strict"]) == 1
    assert "read 2 reports, 1 failed; --strict: nothing written" in capsys.readouterr().out
    assert not out.exists()


def test_non_utf8_file_names_are_built_and_recorded_readably(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    name = os.fsdecode(b"report-\xb2\xd6.txt")   # GBK bytes of 仓 in a file name
    shutil.copy(SEED, inputs / name)
    out = tmp_path / "out"
    assert main(["build", str(inputs), "-o", str(out), "-q"]) == 0
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["reports"][0]["file"].endswith("report-\\xb2\\xd6.txt")
