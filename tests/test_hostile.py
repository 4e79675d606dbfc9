"""Hostile files cost seconds and bounded memory, and the rest of the build goes on.

Next to the seed, in one folder: a PDF whose one content stream inflates to ~1 GB, an
HTML page of 50,000 nested <div>s, a DOCX zip bomb, billion laughs in a DOCX and in a
page. `kg build` runs on the folder as a subprocess; the seed must be built, every bomb
listed in build-report.json with its reason, within 30 s of wall time and 1 GB of RSS.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.read import ReadError, read_report
from kg.read.limits import Budget, apply_worker_limits, time_limit

import hostile_files
from conftest import SEED

KG = Path(sys.executable).with_name("kg")
WALL_SECONDS = 30
RSS_BYTES = 1024 ** 3

# A wrapper that runs the command and reports the largest RSS among its children.
MEASURE = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    start = time.perf_counter()
    proc = subprocess.run(sys.argv[1:], capture_output=True)
    print(json.dumps({"status": proc.returncode, "seconds": time.perf_counter() - start,
                      "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                      "stdout": proc.stdout.decode(), "stderr": proc.stderr.decode()}))
""")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / "cangshan-2022.txt")
    hostile_files.pdf_bomb(inputs / "bomb.pdf")
    hostile_files.deep_html(inputs / "deep.html")
    hostile_files.docx_zip_bomb(inputs / "zipbomb.docx")
    hostile_files.billion_laughs_docx(inputs / "laughs.docx")
    hostile_files.billion_laughs_xml(inputs / "laughs.html")
    out = root / "out"
    done = subprocess.run([sys.executable, "-c", MEASURE, str(KG), "build", str(inputs),
                           "-o", str(out), "-q", "--no-cache"], capture_output=True,
                          timeout=300)
    result = json.loads(done.stdout)
    result["report"] = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    return result


def test_seed_is_built_and_every_bomb_is_listed(hostile_build):
    assert hostile_build["status"] == 3, hostile_build["stderr"]   # built, some skipped
    report = hostile_build["report"]
    assert [Path(r["file"]).name for r in report["reports"]] == ["cangshan-2022.txt"]
    reasons = {Path(f["file"]).name: f["reason"] for f in report["failures"]}
    assert set(reasons) == {"bomb.pdf", "deep.html", "zipbomb.docx", "laughs.docx",
                            "laughs.html"}, reasons
    assert "PDF stream" in reasons["bomb.pdf"] and "limit" in reasons["bomb.pdf"]
    assert "nested" in reasons["deep.html"]
    assert "unpacks to more than" in reasons["zipbomb.docx"]
    assert "billion laughs" in reasons["laughs.docx"]
    assert "Traceback" not in hostile_build["stderr"]


def test_within_seconds_and_bounded_memory(hostile_build):
    print(f"hostile build: {hostile_build['seconds']:.1f} s, "
          f"max RSS {hostile_build['maxrss_kb'] / 1024:.0f} MB")
    assert hostile_build["seconds"] < WALL_SECONDS
    assert hostile_build["maxrss_kb"] * 1024 < RSS_BYTES


def test_a_slow_read_is_stopped_by_the_time_limit(tmp_path):
    pdf = hostile_files.pdf_bomb(tmp_path / "slow.pdf", inflated=3 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(ReadError, match="time limit|characters"):
        read_report(pdf, seconds=0.3)
    assert time.perf_counter() - start < 5


def test_time_limit_restores_the_previous_alarm():
    import signal
    before = signal.getsignal(signal.SIGALRM)
    with time_limit(5):
        pass
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with pytest.raises(ReadError, match="time limit"):
        with time_limit(0.05):
            while True:
                pass


def test_budget_remembers_an_error_a_library_swallowed():
    budget = Budget(10, "test")
    try:
        budget.spend(11)
    except ReadError:
        pass
    with pytest.raises(ReadError, match="more than 10 bytes"):
        budget.check()


def test_worker_memory_limit_turns_a_runaway_into_memory_error():
    code = textwrap.dedent("""
        from kg.read.limits import apply_worker_limits
        apply_worker_limits(1536 * 1024 * 1024)
        try:
            block = bytearray(2 * 1024 ** 3)
        except MemoryError:
            print("MemoryError")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert out.stdout.decode().strip() == "MemoryError", out.stderr.decode()
    apply_worker_limits(None, ignore_interrupt=False)   # a no-op here
