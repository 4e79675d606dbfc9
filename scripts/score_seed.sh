#!/usr/bin/env bash
# Build the seed and score it with the evaluation kit (../shared/eval beside the repository).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "$ROOT/../shared/eval" 2>/dev/null && pwd) || { echo "$(basename "$0"): no evaluation kit at $ROOT/../shared/eval" >&2; exit 1; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
PYTHONPATH="${KG_SRC:-$ROOT/src}" "$ROOT/.venv/bin/python" -m kg.cli build "$ROOT/seeds/cangshan-2022.txt" -o "$out" >/dev/null 2>&1
"$ROOT/.venv/bin/python" "$SHARED/score.py" "$SHARED/gold/cangshan-2022.json" "$out/graph.ttl" "$ROOT/ontology/edukg.ttl" "$@"
