"""The scoring scripts build graphs in one process (scripts/eval_graphs.py); their scores
mean something only if those graphs are the ones `kg build` writes."""
from __future__ import annotations

import subprocess
import sys

from rdflib import Graph
from rdflib.compare import to_isomorphic

from conftest import ROOT, SEED


def test_eval_graph_is_the_build_graph(built_seed, tmp_path):
    env_path = str(ROOT / "src")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_graphs.py"), str(tmp_path),
                           str(SEED)], capture_output=True, text=True,
                          env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    ours = Graph().parse(tmp_path / f"{SEED.stem}.ttl", format="nt")
    built = Graph().parse(built_seed / "graph.ttl")
    assert len(ours) > 3000
    assert to_isomorphic(ours) == to_isomorphic(built)


def test_a_bad_report_is_named_and_the_others_kept(tmp_path):
    bad = tmp_path / "missing.txt"
    good = tmp_path / "good.txt"
    good.write_text("二、教育质量。全县新增学位1200个，普惠性幼儿园覆盖率达92.5%。", encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_graphs.py"),
                           str(tmp_path / "out"), str(bad), str(good)], capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 1
    assert "missing.txt" in done.stderr and "Traceback" not in done.stderr
    graph = Graph().parse(tmp_path / "out" / "good.ttl", format="nt")
    assert any("92.5" in str(o) for o in graph.objects())
