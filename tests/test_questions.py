"""The ranking held to tests/questions.yaml: questions as users type them, and ones to abstain on.

Targets: the expected claim first for at least 90% of answerable questions, in the top 3 for at
least 98%, and no answer at all for every question the store cannot answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import Result

QUESTIONS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "questions.yaml").read_text(encoding="utf-8")
)
ANSWERABLE = [q for q in QUESTIONS if not q.get("abstain")]
ABSTAIN = [q for q in QUESTIONS if q.get("abstain")]


def ask(jpmn: Callable[..., Result], query: str) -> tuple[int, list[str]]:
    result = jpmn("ask", query, "--json")
    return result.code, [answer["id"] for answer in json.loads(result.out)]


def test_question_set_is_broad() -> None:
    assert len(ANSWERABLE) >= 80 and len(ABSTAIN) >= 15
    kinds = {q.get("kind") for q in ANSWERABLE}
    assert {"keywords", "question", "typo", "synonym", "number"} <= kinds


def test_every_category_and_every_figure_is_asked_about(jpmn: Callable[..., Result]) -> None:
    claims = {c["id"]: c for c in json.loads(jpmn("export").out)}
    expected = {claim_id for q in ANSWERABLE for claim_id in q["expect"]}
    assert expected <= set(claims), expected - set(claims)
    assert {claims[i]["category"] for i in expected} == {c["category"] for c in claims.values()}
    with_figures = {i for i, c in claims.items() if c["value"] is not None}
    assert with_figures <= expected, sorted(with_figures - expected)


def test_ranking_meets_its_targets(jpmn: Callable[..., Result]) -> None:
    top1 = top3 = 0
    misses = []
    for question in ANSWERABLE:
        _code, ids = ask(jpmn, question["q"])
        wanted = set(question["expect"])
        top1 += bool(ids[:1] and ids[0] in wanted)
        if wanted & set(ids[:3]):
            top3 += 1
        else:
            misses.append(f"{question['q']!r} -> {ids[:3]}")
    total = len(ANSWERABLE)
    report = f"top-1 {top1}/{total}, top-3 {top3}/{total}; not in top 3: " + "; ".join(misses)
    assert top1 / total >= 0.90, report
    assert top3 / total >= 0.98, report


@pytest.mark.parametrize("question", [q["q"] for q in ABSTAIN])
def test_abstains_when_the_store_cannot_answer(question: str, jpmn: Callable[..., Result]) -> None:
    code, ids = ask(jpmn, question)
    assert (code, ids) == (1, [])
