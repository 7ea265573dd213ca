"""A fact-checker's question about a statement ("Is it true ...?", "Check this line: '...'"): the
claims the statement's verdict rests on answer it first, saying how they bear on it."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from jpmn.core.answers import statement_to_check

from conftest import Result


@pytest.mark.parametrize(
    ("asked", "statement"),
    [
        (
            "Is it true the imperial couple spent 10 days in Mongolia?",
            "the imperial couple spent 10 days in Mongolia",
        ),
        ("Is it true that Shuzo Yamada is 107?", "Shuzo Yamada is 107"),
        ("is it really true that Yamada is 107", "Yamada is 107"),
        ("Is this accurate: 'The memorial was built in 2011'?", "The memorial was built in 2011"),
        (
            "Check this line: 'Igawahara Masaru is Japan's foreign minister.'",
            "Igawahara Masaru is Japan's foreign minister",
        ),
        (
            "Check: the drills were the first since Lee took office.",
            "the drills were the first since Lee took office",
        ),
        (
            "Fact-check: \u201cChina holds seven Japanese nationals.\u201d",
            "China holds seven Japanese nationals",
        ),
        ("Verify this sentence for me: 'Naruhito came in 2005'", "Naruhito came in 2005"),
        ("Please confirm: 'The plan runs to 2031.'", "The plan runs to 2031"),
        (
            "Am I right that Japan had invested over $5 billion in Mongolia as of 2023?",
            "Japan had invested over $5 billion in Mongolia as of 2023",
        ),
        # as a non-native speaker asks it
        ("china hold seven japanese people now, is right?", "china hold seven japanese people now"),
        ("True or false: Mongolia's records show 1,684 deaths.", "Mongolia's records show 1,684 deaths"),
        (
            "Naruhito visited Mongolia as crown prince in 2007 - correct?",
            "Naruhito visited Mongolia as crown prince in 2007",
        ),
        (
            "Claim: the action program runs from 2022 to 2031. True?",
            "the action program runs from 2022 to 2031",
        ),
        ("Hi, is it true that the talks were held in the U.S.", "the talks were held in the U.S."),
        # as a non-native speaker asks it
        (
            "Japan invested over $5 billion in Mongolia. That right?",
            "Japan invested over $5 billion in Mongolia",
        ),
        ("The visit was ten days. This correct?", "The visit was ten days"),
        # what a fact-checker read, and whether it holds up
        (
            "Hey, I'm checking a tweet claiming Japan had put more than $1 billion into Mongolia by 2023"
            " \u2014 does that hold up?",
            "Japan had put more than $1 billion into Mongolia by 2023",
        ),
        ("A viral post says that the emperor stayed ten days. Is that true?", "the emperor stayed ten days"),
        ("The memorial was built in 2001, does it check out?", "The memorial was built in 2001"),
        # and the other answer the asker offers
        (
            "The Astellas employee was jailed for 10 years. Is that correct, or was the sentence something"
            " different?",
            "The Astellas employee was jailed for 10 years",
        ),
    ],
)
def test_the_statement_a_question_asks_to_check(asked: str, statement: str) -> None:
    assert statement_to_check(asked) == statement


@pytest.mark.parametrize(
    "asked",
    [
        "How many Japanese POWs died in Mongolia?",
        "Is it true?",
        "Check this",
        "What is right about the partnership?",
        "Hi, I'm fact-checking an op-ed. Which anniversary did the upgrade mark?",
        "Who checked the figures?",
        "Does the partnership hold up?",
    ],
)
def test_other_questions_ask_to_check_nothing(asked: str) -> None:
    assert statement_to_check(asked) is None


WRONG_DAYS = "Is it true the imperial couple spent 10 days in Mongolia?"


def test_a_wrong_figure_is_answered_by_the_claim_that_contradicts_it(jpmn: Callable[..., Result]) -> None:
    """Searching the statement's words finds no claim saying "10 days"; the claim saying 8 is
    the answer a fact-checker needs, and it says it contradicts the statement."""
    shown = jpmn("ask", WRONG_DAYS, "--limit", "1")
    assert shown.code == 0, shown.err
    assert shown.out.startswith("1. contradicts \u201cthe imperial couple spent 10 days in Mongolia\u201d\n")
    assert "8-day state visit" in shown.out
    answers = json.loads(jpmn("ask", WRONG_DAYS, "--json").out)
    assert answers[0]["id"] == "state-visit-8-days"
    assert answers[0]["checked"] == {
        "statement": "the imperial couple spent 10 days in Mongolia",
        "verdict": "contradicted",
        "role": "contradicts",
    }
    assert all(answer["id"] != "state-visit-8-days" for answer in answers[1:])  # no answer twice


def test_a_disputed_figure_stated_as_one_side_is_answered_by_that_side(jpmn: Callable[..., Result]) -> None:
    answers = json.loads(
        jpmn("ask", "True or false: 12,318 Japanese POWs were sent to Mongolia.", "--json").out
    )
    assert answers[0]["checked"]["verdict"] == "disputed"
    assert answers[0]["id"] == "pow-total-mongolian-records"
    assert answers[0]["conflicts"][0]["id"] == "pow-total-japanese-records"  # the other side travels with it


def test_a_statement_the_store_says_nothing_about_is_asked_as_a_question(jpmn: Callable[..., Result]) -> None:
    checked = jpmn("ask", "Is it true that sumo wrestlers opened the Naadam festival?", "--json")
    asked = jpmn("ask", "Is it sumo wrestlers who opened the Naadam festival?", "--json")
    assert checked.code == asked.code
    assert "checked" not in checked.out


def test_filters_hide_the_claims_a_verdict_rests_on_as_any_answer(jpmn: Callable[..., Result]) -> None:
    hidden = jpmn("ask", WRONG_DAYS, "--category", "security", "--json")
    assert all(answer["category"] == "security" for answer in json.loads(hidden.out or "[]"))


def test_a_batch_checks_statements_as_one_by_one(jpmn: Callable[..., Result], tmp_path) -> None:
    listed = tmp_path / "queries.txt"
    listed.write_text(f"POW deaths\n{WRONG_DAYS}\n{WRONG_DAYS}\n", encoding="utf-8")
    lines = [
        json.loads(line) for line in jpmn("ask", "--batch", str(listed), "--limit", "2").out.splitlines()
    ]
    alone = json.loads(jpmn("ask", WRONG_DAYS, "--json", "--limit", "2").out)
    assert lines[1]["results"] == alone == lines[2]["results"]


def test_fields_may_name_what_a_checked_answer_carries(jpmn: Callable[..., Result]) -> None:
    shown = jpmn("ask", WRONG_DAYS, "--csv", "--fields", "id,checked.verdict,checked.role")
    assert shown.out.splitlines()[:2] == [
        "id,checked.verdict,checked.role",
        "state-visit-8-days,contradicted,contradicts",
    ]
    plain = [
        json.loads(line)
        for line in jpmn("ask", "POW deaths", "--jsonl", "--fields", "id,part,checked").out.splitlines()
    ]
    assert plain and all(line["part"] is None and line["checked"] is None for line in plain)


def test_a_batch_refuses_a_field_answers_do_not_have(jpmn: Callable[..., Result], tmp_path) -> None:
    listed = tmp_path / "queries.txt"
    listed.write_text("POW deaths\n", encoding="utf-8")
    refused = jpmn("ask", "--batch", str(listed), "--fields", "id,nope")
    assert refused.code == 2 and refused.out == ""
    assert refused.err.startswith("jpmn: unknown field 'nope'")
    assert jpmn("ask", "--batch", str(listed), "--fields", "id,checked.verdict").code == 0
