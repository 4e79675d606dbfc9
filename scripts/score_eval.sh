#!/usr/bin/env bash
# Build every report in one or more eval folders and score them, pooled, with the
# evaluation kit's corpus_score.py (found at ../shared/eval relative to the repo root).
#   scripts/score_eval.sh eval/heldout eval/devset eval/devset2    # pooled over all three
#   scripts/score_eval.sh eval/blind -- --verbose                   # extra corpus_score args after --
# KG_SRC=/path/to/other/src scores another checkout's code with this venv.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "$ROOT/../shared/eval" 2>/dev/null && pwd) || { echo "score_eval.sh: no evaluation kit at $ROOT/../shared/eval" >&2; exit 1; }
PY="$ROOT/.venv/bin/python"
SRC=${KG_SRC:-$ROOT/src}
dirs=(); extra=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; extra=("$@"); break; fi
  dirs+=("$1"); shift
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/gold" "$work/graphs"
txts=()
for d in "${dirs[@]}"; do
  for txt in "$d"/*.txt; do
    stem=$(basename "$txt" .txt)
    [ -f "$d/$stem.json" ] || continue
    txts+=("$txt")
    cp "$d/$stem.json" "$work/gold/$stem.json"
  done
done
# one process builds every report's graph (what `kg build REPORT` writes, without a
# process start and a worker pool per report); two halves run side by side
half=$(( (${#txts[@]} + 1) / 2 ))
PYTHONPATH="$SRC" "$PY" "$ROOT/scripts/eval_graphs.py" "$work/graphs" "${txts[@]:0:$half}" &
first=$!
[ "${#txts[@]}" -gt "$half" ] && PYTHONPATH="$SRC" "$PY" "$ROOT/scripts/eval_graphs.py" "$work/graphs" "${txts[@]:$half}"
wait $first || true
"$PY" "$SHARED/corpus_score.py" "$work/gold" "$work/graphs" "$ROOT/ontology/edukg.ttl" "${extra[@]}"
