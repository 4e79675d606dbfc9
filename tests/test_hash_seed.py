"""The same report gives the same figures, whatever Python's string hashing: word lists
held in sets must never decide which word wins (a prize grade was found as 一等奖 or 二等奖
depending on the process's hash seed)."""
from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

TEXT = ("三、教师队伍建设\n同样值得一提的还有永宁县第三中学。该校今年共有8名教师进入市级评选，"
        "2人获一等奖、6人获二等奖，实现“人人有奖”。在全省职业院校技能大赛中，我县获一等奖3个、"
        "二等奖6个、三等奖个人2个、团体1个。")

SCRIPT = ("import sys; from kg.pipeline import process_text; r = process_text(sys.argv[1], 't'); "
          "print([(f.raw, f.metric, f.about) for f in r.figures]); "
          "print(sorted((e.label, e.type) for e in r.entities)); "
          "print(sorted((x.subject, x.predicate, x.object) for x in r.relations))")


def _extract(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-c", SCRIPT, TEXT], env=env, check=True,
                          capture_output=True, text=True).stdout


def test_figures_do_not_depend_on_the_hash_seed():
    outputs = {seed: _extract(seed) for seed in ("1", "4", "7", "10")}
    assert len(set(outputs.values())) == 1, outputs
    assert "评选二等奖" in outputs["1"] and "一等奖获二等奖" not in outputs["1"]
