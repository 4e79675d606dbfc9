"""Shared fixtures: the seed report, and one build of it reused by the slower tests."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "cangshan-2022.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_report():
    from kg.pipeline import process_file
    return process_file(SEED)


@pytest.fixture(scope="session")
def built_seed(tmp_path_factory):
    """One `kg build` of the seed into a temporary folder; returns that folder."""
    from kg.cli import main
    out = tmp_path_factory.mktemp("built")
    assert main(["build", str(SEED), "-o", str(out), "-q"]) == 0
    return out


@pytest.fixture(scope="session")
def seed_store(built_seed):
    """The Oxigraph store of the seed build (out/store)."""
    store = built_seed / "store"
    assert (store / "CURRENT").exists(), "kg build wrote no store"
    return store


@pytest.fixture(scope="session")
def kg_server(seed_store):
    """One `kg serve` over the seed store for the protocol tests: --timeout 2, --max-rows 1000."""
    from serve_helpers import KgServer
    srv = KgServer(seed_store, "--timeout", "2", "--max-rows", "1000", "--workers", "3")
    yield srv
    srv.stop()
