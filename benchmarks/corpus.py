"""A synthetic corpus for scale benchmarks: N reports made from the seed, each varied.

Every report gets its own county and city (from the bundled gazetteer), its own school
names, its own numbers and its own sentence order within each paragraph, so no cache,
memo or dictionary can serve one report from another, and entity merging across
reports still happens (the same city in several reports). Deterministic for a given N.

    python benchmarks/corpus.py N FOLDER [--seed seeds/cangshan-2022.txt]
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "cangshan-2022.txt"
NAME_CHARS = "金银华兴明德文博育才新城东西南北阳光春晖晨曦启智育英龙凤泉溪湖山江海松柏嘉禾"
OPENERS = ["", "同时，", "此外，", "全年", "一年来，", "与此同时，", "另外，", "在此基础上，",
           "其中，", "同期，", "总体上，", "本年度，"]
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．])")


def _places() -> list[tuple[str, str]]:
    from kg.gazetteer import divisions

    by_code = {d.adcode: d for d in divisions()}
    out = []
    for d in divisions():
        parent = by_code.get(d.parent)
        if d.level == "county" and parent is not None and parent.level == "city" \
                and d.name.endswith(("区", "县")):
            out.append((d.name, parent.name))
    return sorted(out)


def vary(seed_text: str, i: int, places: list[tuple[str, str]]) -> str:
    rnd = random.Random(i)
    county, city = places[(i * 7919) % len(places)]
    text = seed_text.replace("仓山区", county).replace("仓山", county[:-1])
    text = text.replace("福州市", city).replace("福州", city[:-1])

    def number(m: re.Match) -> str:
        after = text[m.end():m.end() + 1]
        before = text[max(0, m.start() - 1):m.start()]
        if after in "年届级月日" or before in ("\n", "") or before == "第":
            return m.group(0)               # years, editions, dates, section numbers stay
        return "".join(str(rnd.randint(1, 9)) if c.isdigit() else c for c in m.group(0))

    text = re.sub(r"\d+(?:\.\d+)?", number, text)
    text = re.sub(r"([\u4e00-\u9fff])([\u4e00-\u9fff])(小学|中学|幼儿园|学校)",
                  lambda m: rnd.choice(NAME_CHARS) + rnd.choice(NAME_CHARS) + m.group(3), text)
    lines = []
    for line in text.split("\n"):
        head = _HEADING.match(line)
        body = line[head.end():] if head else line
        sentences = [s for s in re.split(r"(?<=。)", body) if s]
        if len(body) > 60:
            sentences = [rnd.choice(OPENERS) + s for s in sentences]
        if len(sentences) > 2:
            rest = sentences[1:]
            rnd.shuffle(rest)
            sentences = sentences[:1] + rest
        lines.append((head.group(0) if head else "") + "".join(sentences))
    return "\n".join(lines)


def make(folder: Path, n: int, seed: Path = SEED) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    text = seed.read_text(encoding="utf-8")
    places = _places()
    paths = []
    for i in range(n):
        path = folder / f"r{i:05d}.txt"
        if not path.exists():
            path.write_text(vary(text, i, places), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=Path, default=SEED)
    args = ap.parse_args()
    make(args.folder, args.n, args.seed)
