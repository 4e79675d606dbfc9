#!/usr/bin/env bash
# One entry point for a fresh machine: sets up .venv from pyproject.toml, then builds or tests.
#   ./dev.sh build [kg build args]   set up, then build seeds/ into out/
#   ./dev.sh test  [pytest args]     set up, then run the test suite
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.edukg-installed
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test]'
  echo "$want" > "$stamp"
fi
# Bytecode for the package (an editable install writes none, and with
# PYTHONDONTWRITEBYTECODE set every kg process, workers included, would compile all of it
# again: ~0.3 s each). Up-to-date files are skipped, so this costs ~50 ms.
.venv/bin/python -m compileall -q src >/dev/null
cmd=${1:-build}
shift || true
case "$cmd" in
  build) exec .venv/bin/kg build "$@" ;;
  test)  exec .venv/bin/python -m pytest -q "$@" ;;
  *) echo "usage: ./dev.sh build|test [args]" >&2; exit 2 ;;
esac
