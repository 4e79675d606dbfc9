#!/usr/bin/env bash
# Which gold items a change gained or lost: scores every report in the given eval folders
# with two source trees (A=$KG_SRC_A, default the base worktree; B = this tree) and prints
# the misses that differ.   scripts/diff_eval.sh eval/heldout eval/devset
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "$ROOT/../shared/eval" 2>/dev/null && pwd) || { echo "$(basename "$0"): no evaluation kit at $ROOT/../shared/eval" >&2; exit 1; }
A=${KG_SRC_A:-$ROOT/../wt-base/src}; B=$ROOT/src
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for d in "$@"; do for txt in "$d"/*.txt; do
  stem=$(basename "$txt" .txt); [ -f "$d/$stem.json" ] || continue
  for side in A B; do
    src=$A; [ $side = B ] && src=$B
    PYTHONPATH="$src" "$ROOT/.venv/bin/python" -m kg.cli build "$txt" -o "$work/$side-$stem" >/dev/null 2>&1
    "$ROOT/.venv/bin/python" "$SHARED/score.py" "$d/$stem.json" "$work/$side-$stem/graph.ttl" "$ROOT/ontology/edukg.ttl" --json > "$work/$side-$stem.json" || true
  done
  "$ROOT/.venv/bin/python" - "$work/A-$stem.json" "$work/B-$stem.json" "$stem" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
def items(x, path=""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from items(v, f"{path}.{k}")
    elif isinstance(x, list):
        for v in x:
            yield path, json.dumps(v, ensure_ascii=False)
A, B = set(items(a)), set(items(b))
for p, v in sorted(A - B):
    print(sys.argv[3], "fixed:", p, v)
for p, v in sorted(B - A):
    print(sys.argv[3], "NEW:  ", p, v)
PY
done; done
