"""Round 14, build speed: jieba's tables read faster, the workers' fork server started
before the build imports the rest, the Gephi files written while the store loads, the
route search's one lookup per word. Every path gives exactly what it replaces; the
sentences are new, in the style of the reports."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import jieba
import pytest

from kg.recognise.wordseg import word_tokenizer

ROOT = Path(__file__).resolve().parents[1]
SRC = str(ROOT / "src")

SENTENCES = [
    "2024年,毕节市共有普通高中学校61所,在校生12.7万人,较上年增加2,418人。",
    "全旗完成农村薄弱学校改造项目9个；新建学生宿舍楼3栋,总面积约1.6万平方米.",
    "举办第五届“黔山杯”青少年科技创新大赛，参赛学生3100余人，评出一等奖48项",
    "喀什地区教育局会同地区财政局下达义务教育薄弱环节改善与能力提升补助资金2.3亿元",
    "  截至2024年8月底,全区学前三年毛入园率达93.5%\t普惠性幼儿园覆盖率88.2%  ",
    "研究研究生研究生命起源：长春市长春药店与南京市长江大桥",
]


# -- jieba's tables ----------------------------------------------------------------------
_TABLES = r"""
import hashlib, json, marshal, sys
import jieba
calls = []
real = jieba.Tokenizer.get_dict_file
def counted(self):
    calls.append(1)
    return real(self)
jieba.Tokenizer.get_dict_file = counted
from kg.recognise.jieba_tables import load_jieba, word_tags
j = load_jieba()
tags = word_tags()
import jieba.posseg
print(json.dumps({
    "dict_reads": len(calls),
    "initialised": j.dt.initialized,
    "shared": jieba.posseg.dt.word_tag_tab is tags,
    "tags": hashlib.sha256(repr(sorted(tags.items())).encode()).hexdigest(),
    "freq": hashlib.sha256(repr(sorted(j.dt.FREQ.items())).encode()).hexdigest(),
    "total": j.dt.total,
}))
"""


def _run_tables(tmp: Path) -> dict:
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": SRC}
    out = subprocess.run([sys.executable, "-c", _TABLES], env=env, capture_output=True,
                         text=True, check=True, timeout=300).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_jieba_tables_are_jiebas_and_the_tags_come_from_their_cache(tmp_path):
    """The first process reads dict.txt once for the tags and keeps them; the next one
    reads neither dict.txt nor anything but the two caches, and gets the same tables as
    jieba builds itself."""
    jieba_cache = Path(tempfile.gettempdir()) / "jieba.cache"
    if jieba_cache.is_file():   # jieba's own cache, as any machine that ran kg has it
        (tmp_path / "jieba.cache").write_bytes(jieba_cache.read_bytes())
    first = _run_tables(tmp_path)
    assert list(tmp_path.glob("edukg-jieba-tags.*.cache"))
    second = _run_tables(tmp_path)
    assert first["dict_reads"] >= 1 and second["dict_reads"] == 0
    assert second["initialised"] and second["shared"]

    import hashlib
    import jieba.posseg
    reference = jieba.posseg.POSTokenizer(jieba.dt).word_tag_tab   # parses dict.txt
    freq = dict(jieba.Tokenizer().gen_pfdict(jieba.dt.get_dict_file())[0])
    for run in (first, second):
        assert run["tags"] == hashlib.sha256(repr(sorted(reference.items())).encode()).hexdigest()
        assert run["freq"] == hashlib.sha256(repr(sorted(freq.items())).encode()).hexdigest()


def test_a_broken_tags_cache_is_rebuilt(tmp_path):
    _run_tables(tmp_path)
    (cache,) = tmp_path.glob("edukg-jieba-tags.*.cache")
    cache.write_bytes(b"\x00not marshal")
    again = _run_tables(tmp_path)
    assert again["dict_reads"] >= 1 and again["shared"]
    assert cache.stat().st_size > 1_000_000


# -- the route search ------------------------------------------------------------------
@pytest.mark.parametrize("text", SENTENCES)
def test_route_is_jiebas(text):
    tok = word_tokenizer()
    assert list(tok.tokenize(text)) == list(jieba.tokenize(text))
    for block in jieba.re_han_default.split(text):
        if block and jieba.re_han_default.match(block):
            route: dict = {}
            jieba.dt.calc(block, jieba.dt.get_DAG(block), route)
            assert tok.best_ends(block) == [route[i][1] for i in range(len(block))]


# -- the Gephi files' islands --------------------------------------------------------------
def test_island_heads_without_networkx():
    """The same islands and heads as networkx's UnionFind gave, and networkx is not
    imported for them."""
    code = r"""
import random, sys, json
from kg.export.network import island_heads
rng = random.Random(14)
out = []
for _ in range(30):
    names = [f"https://w3id.org/edukg/id/school/{i:04x}" for i in range(rng.randint(2, 60))]
    mentions = {n: rng.randint(1, 4) for n in names}
    rels = [(rng.choice(names), "p", rng.choice(names)) for _ in range(rng.randint(0, 80))]
    rels += [("https://w3id.org/edukg/id/place/none", "p", names[0])]   # not an entity
    joined, heads = island_heads(rels, mentions)
    out.append([sorted(joined), sorted(heads), rels, mentions])
print(json.dumps({"networkx": "networkx" in sys.modules, "runs": out}))
"""
    env = {**os.environ, "PYTHONPATH": SRC}
    data = json.loads(subprocess.run([sys.executable, "-c", code], env=env, check=True,
                                     capture_output=True, text=True).stdout)
    assert data["networkx"] is False
    from networkx.utils import UnionFind

    from kg.export.network import node_id
    for joined, heads, rels, mentions in data["runs"]:
        islands = UnionFind()
        for s, _, o in rels:
            if s in mentions and o in mentions:
                islands.union(s, o)
        best: dict = {}
        for iri in islands.parents:
            key = (mentions[iri], tuple(-ord(c) for c in node_id(iri)), iri)
            if islands[iri] not in best or key > best[islands[iri]]:
                best[islands[iri]] = key
        assert joined == sorted(islands.parents)
        assert heads == sorted(k[-1] for k in best.values())


# -- the build's order of work -----------------------------------------------------------
def test_no_cache_build_starts_the_fork_server_before_the_rest_of_the_build(tmp_path):
    code = r"""
import sys
import kg.fork_server as fs
seen = []
real = fs.start_fork_server
def start():
    seen.append(("kg.build" in sys.modules, "kg.sink" in sys.modules))
    return real()
fs.start_fork_server = start
from kg.cli import main
code = main([
    "build", sys.argv[1], "-o", sys.argv[2], "-q", "-j", "1", "--no-cache"])
print(seen[0])
"""
    report = tmp_path / "r.txt"
    report.write_text("浏阳市2024年教育工作总结\n一、基本情况\n全市共有中小学校146所，"
                      "在校学生15.2万人。\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": SRC}
    out = subprocess.run([sys.executable, "-c", code, str(report), str(tmp_path / "out")],
                         env=env, check=True, capture_output=True, text=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "(False, False)"
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_small_build_writes_gephi_files_before_waiting_for_the_store(tmp_path, monkeypatch):
    from kg import sink as sink_module
    from kg.build import build
    from kg.export import network_files

    order: list[str] = []
    real_write = network_files.write_network_files
    real_wait = sink_module.Sink._wait_loaded
    finishing = []

    def write(*args, **kw):
        order.append("gephi")
        return real_write(*args, **kw)

    def wait(self):
        if finishing and self._loading is not None:   # a load still to wait for
            order.append("store")
        return real_wait(self)

    real_finish = sink_module.Sink.finish

    def finish(self):
        finishing.append(True)
        return real_finish(self)

    monkeypatch.setattr(network_files, "write_network_files", write)
    monkeypatch.setattr(sink_module.Sink, "_wait_loaded", wait)
    monkeypatch.setattr(sink_module.Sink, "finish", finish)
    for i, place in enumerate(("汝州市", "舞钢市")):
        (tmp_path / f"r{i}.txt").write_text(
            f"{place}2024年教育统计公报\n全市共有普通小学{40 + i}所，招生{5000 + i}人。\n",
            encoding="utf-8")
    summary = build([tmp_path], tmp_path / "out", jobs=1, quiet=True, use_cache=False)
    assert summary.built == 2
    assert order and order[0] == "gephi" and "store" in order
    assert (tmp_path / "out" / "graph.gexf").is_file()


def test_cached_build_starts_the_fork_server_early_only_for_a_report_to_extract(
        tmp_path, monkeypatch):
    from kg import build as build_module

    calls: list[bool] = []
    real = build_module.start_fork_server
    monkeypatch.setattr(build_module, "start_fork_server",
                        lambda: (calls.append(True), real())[1])
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("汉中市南郑区2024年教育工作总结\n全区共有幼儿园52所，"
                                  "在园幼儿9,870人。\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = build_module.build([folder], tmp_path / "out", jobs=1, quiet=True, cache_dir=cache)
    assert first.built == 1 and calls == [True]
    again = build_module.build([folder], tmp_path / "out", jobs=1, quiet=True, cache_dir=cache)
    assert again.built == 1 and again.cached == 1 and calls == [True]   # all cached: no server
