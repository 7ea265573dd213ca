"""`jpmn ask` held to questions written by readers of the sources alone (tests/questions/).

The questions were written from ``seeds/`` by people who never saw the store or the code, then
split once at random: the ranking is tuned on ``tuning.yaml`` only; ``heldback.yaml`` is scored,
never read to adjust anything. An answer is right when the words the question's author expected
appear in what the claim itself says (the same matching as the outside scorer: claim fields only,
case, quotes, dashes and thousands separators folded). Run this file as a script for the misses.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from jpmn.core.answers import Answerer, answer, statement_to_check
from jpmn.core.index import Index

from conftest import SHIPPED_STORE, Result

HERE = Path(__file__).parent
HALVES = ("tuning", "heldback")

# The issue's targets are top-1 92 %, top-3 98 %, abstained 95 %; these are what the ranking
# reaches on the held-back half today (72.5 %, 80.5 %, 84.8 %: the answer line is a model fitted
# by cross-validation on the tuning half), each a question or two under it, so a change that loses
# ground fails. (Reading "name" and "how many" as the kind of answer wanted gained 5 and 7 answers
# here and lost 2 abstentions; irregular verbs, "full" and "exact" as filler and three-letter
# question-word typos, with the answer line fitted again, gained 2 abstentions and lost one top 3.)
# The abstention floor was raised when the held-back half reached 89 of 99 (from 86): claims that
# do not answer the kind of thing asked no longer add their words to the best claim's, and "which
# court", "in which city" and another ordinal ask what no claim gives. The top-1 and top-3 floors
# were raised when the held-back half reached 341 and 369 of 436 (from 338 and 365): "give", the
# verbs of speaking, "keep" and "near" weigh as everyday words. The abstention floor was raised
# again when the half reached 90 of 99: whether something happened is not answered by a hope for it.
# The top-1 and top-3 floors were raised when the half reached 345 and 373 (from 341 and 369): a
# word the store does not know weighs less, one the thesaurus reads counts as the store's own, and
# the thesaurus knows more of readers' words. All three were raised when the half reached 357,
# 385 and 92 (from 356, 383 and 91; the floors had lagged behind): a framing clause's report is
# read when the question points back to it, a name numbered otherwise and a country for a city
# are no answer, and the thesaurus reads more everyday words.
# Sets n15, n16 and n17 joined both halves (their held-back halves only ever counted): the
# held-back half then stood at 513, 549 and 136 of 622 and 148, and the floors are a question or
# two under that. The top-1 and top-3 floors were raised when it reached 514 and 550 (polite
# asking and being "in charge" read as how a question is put), and again at 516 and 551 (who
# "announced that", "the person that", "which member of", "the actual", "Igawahara quote"). The
# abstention floor was raised when the half reached 137 (a question asking who came before or
# after someone is not answered by a claim naming no one else), and the top-3 floor at 552 (how
# someone described something lifts the claims quoting their words). The top-1 and top-3 floors
# were raised when the half reached 518 and 554 ("around" in a question is how it is put, and a
# checking question reads a reporter as a journalist), and again at 523 and 558 (a clause-closing
# "before" read as "previously", "patch up" as improve, "speak" as a speech, "role" as an everyday
# word, and an ordinal after a month as its day), and again at 524 and 559 (a clause in which the
# asker says what they do is who asks, not what), and again at 529 and 564 (a question asking
# which things is answered first by the claim quoting the whole list, "who does X work for" asks
# for the employer, a question asking two things shows the later part's answer among the first
# three, and "effect" reads as "impact"); all three again at 539, 573 and 138 (an everyday word
# such as "places" or "city" weighs half a rare one, a view asked of someone is the view, claims
# tied at the top put the one quoting a whole list first, a quote asked of someone is their words,
# "efforts at" a thing ask of the thing, and an office asked of a country is that country's);
# the top-1 and top-3 floors again at 545 and 582 (readers' descriptions of the store's names,
# requests framed as what an answer would do, a typing slip in an everyday word, and what a
# question asks of a thing "for", "back when" or "how far back" read as people mean them), and
# again at 547 and 584 ("moves", "uses", "again" and "refers to" weigh as everyday words, and a
# city "hosting" a thing is where it is held).
HELD_BACK_TOP1 = 0.877
HELD_BACK_TOP3 = 0.937
HELD_BACK_ABSTAIN = 0.932

CLAIM_PART = (
    "id",
    "text",
    "value",
    "unit",
    "qualifier",
    "date",
    "attributed_to",
    "attribution",
    "quote",
    "category",
)
"""What the claim itself says: a source title that happens to hold the words does not count."""
_THOUSANDS = re.compile(r"(?<=\d)[,\u202f\u00a0 ](?=\d{3}(?!\d))")


def norm(text: str) -> str:
    """Lower-case, fold quotes and dashes, drop thousands separators, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    previous = None
    while previous != text:
        previous, text = text, _THOUSANDS.sub("", text)
    return re.sub(r"\s+", " ", text).lower()


def blob(claims: list[dict[str, Any]]) -> str:
    return " ".join(
        norm(json.dumps({key: claim.get(key) for key in CLAIM_PART}, ensure_ascii=False)) for claim in claims
    )


def questions(half: str) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = yaml.safe_load((HERE / "questions" / f"{half}.yaml").read_text("utf-8"))
    return loaded


def answered(case: dict[str, Any], claims: list[dict[str, Any]]) -> bool:
    """Whether these answers hold every ``all`` text and one of the ``any`` texts of the case."""
    text = blob(claims)
    want_all = [norm(t) for t in case.get("all", [])]
    want_any = [norm(t) for t in case.get("any", [])]
    return all(t in text for t in want_all) and (not want_any or any(t in text for t in want_any))


@dataclass
class Score:
    answerable: int = 0
    top1: int = 0
    top3: int = 0
    abstainable: int = 0
    abstained: int = 0
    misses: list[str] = field(default_factory=list, repr=False)  # the held-back misses are never shown

    def __str__(self) -> str:
        return (
            f"top-1 {self.top1}/{self.answerable} ({self.top1 / self.answerable:.1%}), "
            f"top-3 {self.top3}/{self.answerable} ({self.top3 / self.answerable:.1%}), "
            f"abstain {self.abstained}/{self.abstainable} ({self.abstained / self.abstainable:.1%})"
        )


def score(index: Index, cases: list[dict[str, Any]]) -> Score:
    """Top-1, top-3 and abstentions of ``ask``'s answers over a question set, with the misses."""
    result = Score()
    answerer = Answerer(index)
    for case in cases:
        claims = [hit.claim for hit in answerer.answer(case["q"], limit=5)]
        if case.get("abstain"):
            result.abstainable += 1
            if claims:
                result.misses.append(f"ANSWERED {case['q']!r} -> {claims[0]['text'][:90]!r}")
            else:
                result.abstained += 1
            continue
        result.answerable += 1
        k = case.get("k", 3)
        result.top1 += answered(case, claims[:1])
        if answered(case, claims[:k]):
            result.top3 += 1
        elif not claims:
            result.misses.append(f"NO ANSWER {case['q']!r}")
        else:
            result.misses.append(f"MISS@{k} {case['q']!r} -> {claims[0]['text'][:90]!r}")
    return result


@pytest.fixture(scope="module")
def index() -> Index:
    return Index.open(str(SHIPPED_STORE), "data/facts.yaml")


def test_the_halves_are_the_sizes_the_issue_asks_for() -> None:
    both = questions("tuning") + questions("heldback")
    assert sum(not q.get("abstain") for q in both) >= 300
    assert sum(bool(q.get("abstain")) for q in both) >= 60


def test_held_back_half_meets_its_targets(index: Index) -> None:
    tuning, held_back = (score(index, questions(half)) for half in HALVES)
    report = f"tuning: {tuning}; held back: {held_back}"  # its misses are not shown: nothing is tuned on them
    assert held_back.top1 / held_back.answerable >= HELD_BACK_TOP1, report
    assert held_back.top3 / held_back.answerable >= HELD_BACK_TOP3, report
    assert held_back.abstained / held_back.abstainable >= HELD_BACK_ABSTAIN, report


def test_a_wrong_answer_is_scored_as_a_miss(index: Index) -> None:
    """The scorer itself: an answer about something else does not count, nor does no answer."""
    case = {"q": "POW deaths", "any": ["1621"]}
    assert score(index, [case]).top1 == 1
    assert score(index, [{**case, "any": ["fluorspar"]}]).top3 == 0
    assert score(index, [{"q": "how to bake sourdough", "any": ["bread"]}]).misses == [
        "NO ANSWER 'how to bake sourdough'"
    ]


ISSUE_QUESTIONS: list[Any] = [
    ("how much money has Japan put into Mongolia", ["1 billion"]),
    ("how many homes will the green power scheme supply with electricity", ["70000"]),
    ("Tokyo's envoy in Ulaanbaatar", ["Igawahara"]),
    ("Japanese drugmaker worker jailed by a Chinese court", ["3½"]),
    ("Seoul's navy exercises near islands claimed by Tokyo", ["Takeshima"]),
    ("war games Japanese troops take part in in Mongolia", ["Khaan Quest", "Capacity Building"]),
    ("Who was Mongolia's president when Naruhito visited as crown prince?", ["Enkhbayar"]),
    ("Battsetseg quote", ["Battsetseg"]),
    ("which critical minerals does Japan want from Mongolia", ["copper", "fluorspar", "rare earths"]),
    ("critical minerals", ["critical minerals"]),
    ("Astellas employee sentence", ["3½"]),
    ("when did the emperor arrive", ["July 2025"]),
    ("how many japan soldier prisoner in mongolia", ["12318", "13847", "12000"]),
]
"""The questions quoted in the issue that asked for this ranking, with what a right answer holds."""


@pytest.mark.parametrize(("question", "wanted"), ISSUE_QUESTIONS)
def test_the_questions_quoted_in_the_issue_are_answered_in_the_top_3(
    question: str, wanted: list[str], index: Index
) -> None:
    claims = [hit.claim for hit in answer(index, question, limit=3)]
    assert answered({"any": wanted}, claims), [claim["text"] for claim in claims]


def test_the_prime_minister_of_mongolia_is_not_answered_by_japanese_prime_ministers(index: Index) -> None:
    assert answer(index, "Who is the prime minister of Mongolia?") == []
    assert answer(index, "Who is Mongolia's prime minister?") == []


def test_json_answers_are_the_ones_scored(jpmn: Callable[..., Result], index: Index) -> None:
    """The command's JSON carries the same answers, in the same order, as the core scored here."""
    checking = [case for case in questions("tuning") if statement_to_check(case["q"])]
    for case in questions("tuning")[:20] + checking[:5]:
        result = jpmn("ask", case["q"], "--json", "--limit", "5")
        shown = [found["id"] for found in json.loads(result.out)] if result.out.strip() else []
        assert shown == [hit.claim["id"] for hit in answer(index, case["q"], limit=5)], case["q"]


FOLDS = 5
TARGETS = (0.92, 0.98, 0.95)
"""The issue's targets: top-1, top-3, abstained."""
NEGATIVE_WEIGHTS = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0, 12.0)


def evidence_rows(
    index: Index, cases: list[dict[str, Any]]
) -> list[tuple[bool, tuple[float, ...], bool, bool]]:
    """For each case with a candidate: (must abstain, the evidence ranking.answers weighs, whether
    the answers would be right at top 1, at top k), with the abstention line switched off."""
    from jpmn.core.search import _score_all, evidence, judged, understand

    rows = []
    for case in cases:
        understood = understand(index, case["q"])
        scored = judged(_score_all(index, understood, None))
        if not scored:
            continue
        top = scored[: case.get("k", 3)]
        claims = index.claims_by_number([s.doc for s in top])
        shown = [claims[s.doc] for s in top]
        features = evidence(index, understood, scored)
        rows.append((bool(case.get("abstain")), features, answered(case, shown[:1]), answered(case, shown)))
    return rows


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a handful of unknowns: no numpy needed)."""
    size = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(size)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col and rows[col][col]:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][size] / rows[i][i] if rows[i][i] else 0.0 for i in range(size)]


def fit_logistic(
    samples: list[tuple[tuple[float, ...], bool]], negative_weight: float, l2: float = 0.01
) -> tuple[float, ...]:
    """Weighted, lightly L2-regularised logistic regression (Newton's method) on standardised
    features; the coefficients are returned on the raw features, intercept first."""
    width = len(samples[0][0])
    means = [sum(x[i] for x, _y in samples) / len(samples) for i in range(width)]
    spreads = [
        max(1e-9, (sum((x[i] - means[i]) ** 2 for x, _y in samples) / len(samples)) ** 0.5)
        for i in range(width)
    ]
    data = [([1.0] + [(x[i] - means[i]) / spreads[i] for i in range(width)], y) for x, y in samples]
    w = [0.0] * (width + 1)
    for _step in range(50):
        gradient = [l2 * wi if i else 0.0 for i, wi in enumerate(w)]
        hessian = [[(l2 if i == j and i else 0.0) for j in range(width + 1)] for i in range(width + 1)]
        for x, y in data:
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x, strict=True))))))
            weight = 1.0 if y else negative_weight
            for i in range(width + 1):
                gradient[i] += weight * (p - y) * x[i]
                for j in range(width + 1):
                    hessian[i][j] += weight * p * (1 - p) * x[i] * x[j]
        step = _solve(hessian, gradient)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(si) for si in step) < 1e-9:
            break
    raw = [w[i + 1] / spreads[i] for i in range(width)]
    return (w[0] - sum(r * m for r, m in zip(raw, means, strict=True)), *raw)


def _rates(
    model: tuple[float, ...],
    rows: list[tuple[bool, tuple[float, ...], bool, bool]],
    answerable: int,
    abstainable: int,
) -> tuple[float, float, float]:
    """(top-1, top-3, minus the share answered that must abstain) of a model over rows, as shares
    of the whole half (so the folds add up); cases without a candidate abstain anyway."""
    top1 = top3 = answered_wrongly = 0
    for must_abstain, features, right1, right3 in rows:
        says = model[0] + sum(c * f for c, f in zip(model[1:], features, strict=True)) >= 0
        if must_abstain:
            answered_wrongly += says
        else:
            top1 += says and right1
            top3 += says and right3
    return top1 / answerable, top3 / answerable, -answered_wrongly / abstainable


def calibrate(
    index: Index, cases: list[dict[str, Any]], seed: int = 20261128
) -> tuple[tuple[float, ...], list[str]]:
    """Fit ``ranking.ANSWER_MODEL`` on the tuning half: the negative class's weight is chosen by
    FOLDS-fold cross-validation (on the held-out folds, the least shortfall of top-1, top-3 and
    abstained from the issue's TARGETS, whichever falls furthest short), then the model is
    refitted on the whole half. Returns the model and a report."""
    import random

    rows = evidence_rows(index, cases)
    answerable = sum(not case.get("abstain") for case in cases)
    abstainable = sum(bool(case.get("abstain")) for case in cases)
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    folds = [set(order[k::FOLDS]) for k in range(FOLDS)]

    def training(picked: list[int]) -> list[tuple[tuple[float, ...], bool]]:
        # Only the decision matters: a question answered wrongly misses either way.
        return [(rows[i][1], not rows[i][0]) for i in picked if rows[i][0] or rows[i][3]]

    report = []
    best: tuple[float, float] = (-math.inf, NEGATIVE_WEIGHTS[0])
    for negative_weight in NEGATIVE_WEIGHTS:
        sums = [0.0, 0.0, 0.0]
        for fold in folds:
            model = fit_logistic(training([i for i in order if i not in fold]), negative_weight)
            held = [rows[i] for i in fold]
            rates = _rates(model, held, answerable, abstainable)
            sums = [a + b for a, b in zip(sums, rates, strict=True)]
        top1, top3, abstained = sums[0], sums[1], 1 + sums[2]
        report.append(
            f"negative weight {negative_weight}: cross-validated top-1 {top1:.1%}, top-3 {top3:.1%}, "
            f"abstained {abstained:.1%}"
        )
        # The issue is done when all three targets are met: the least shortfall from the worst met
        shortfall = max(TARGETS[0] - top1, TARGETS[1] - top3, TARGETS[2] - abstained)
        if -shortfall > best[0]:
            best = (-shortfall, negative_weight)
    model = fit_logistic(training(order), best[1])
    top1, top3, abstained = _rates(model, rows, answerable, abstainable)
    abstained += 1
    report.append(
        f"chosen negative weight {best[1]}: on the whole half top-1 {top1:.1%}, top-3 {top3:.1%}, abstained {abstained:.1%}"
    )
    report.append("ANSWER_MODEL = (" + ", ".join(f"{c:.3f}" for c in model) + ")")
    return model, report


if __name__ == "__main__":  # python tests/test_questions.py [--calibrate] [half...]: scores and misses
    opened = Index.open(str(SHIPPED_STORE), "data/facts.yaml")
    if "--calibrate" in sys.argv:
        print("\n".join(calibrate(opened, questions("tuning"))[1]))
    for half in [arg for arg in sys.argv[1:] if not arg.startswith("-")] or ["tuning"]:
        scored = score(opened, questions(half))
        if half == "tuning":  # the held-back half's misses are never shown: nothing is tuned on them
            print("\n".join(scored.misses))
        print(f"{half}: {scored}")
