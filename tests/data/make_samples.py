"""Write the read-stage sample files to tests/data/generated/ (git-ignored) for manual use.

    .venv/bin/python tests/data/make_samples.py [OUT_DIR]

The same builders feed tests/test_read.py (see tests/read_samples.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))   # tests/, for read_samples

from read_samples import write_samples  # noqa: E402


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent / "generated"
    for name, path in sorted(write_samples(out).items()):
        print(f"{path.stat().st_size:>8}  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
