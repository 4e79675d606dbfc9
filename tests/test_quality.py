"""Regression guard: the seed report's scores stay at or above the quality targets.

The gold file is a copy of the evaluation kit's (tests/gold/); scoring is `kg eval`'s."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate

GOLD = Path(__file__).parent / "gold" / "cangshan-2022.json"


@pytest.fixture(scope="module")
def seed_scores(built_seed):
    return evaluate(GOLD, built_seed / "graph.ttl")


def test_seed_entity_scores(seed_scores):
    assert seed_scores.entity["f1"] >= 0.92, seed_scores.per_type
    for cls, row in seed_scores.per_type.items():
        if row["r"] is not None:
            assert row["r"] >= 0.85, (cls, row["missed"])


def test_seed_figure_and_metric_scores(seed_scores):
    assert seed_scores.figure["f1"] >= 0.99, seed_scores.misses["figures"]
    assert seed_scores.figure["metric_acc"] >= 0.92, seed_scores.misses["metrics"]


def test_seed_relation_scores(seed_scores):
    assert seed_scores.relation["f1"] >= 0.80, seed_scores.misses["relations"]


def test_seed_competency_questions(seed_scores):
    assert seed_scores.questions["acc"] >= 0.95, seed_scores.questions["failed"]
