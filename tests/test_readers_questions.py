"""Readers' questions beside a store (``questions.yaml``), as a curator uses them: a query close to
a question listed for a claim finds that claim first, an edit is seen at once, `jpmn check` names
every mistake in the file, and `--explain` shows the question a query came nearest to."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import yaml
from test_store import GOOD_CLAIMS, GOOD_SOURCE, write_store

from jpmn.core.index import Index
from jpmn.core.search import search
from jpmn.core.store import questions

from conftest import ROOT, SHIPPED_STORE, Result


def ask_ids(jpmn: Callable[..., Result], store: Path, query: str) -> list[str]:
    result = jpmn("ask", query, "--store", str(store), "--json")
    return [answer["id"] for answer in json.loads(result.out)]


def test_a_query_near_a_readers_question_finds_its_claim_and_an_edit_is_seen_at_once(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    query = "records of POW deaths"
    # both claims hold every word; the Japanese one says "records" twice
    assert ask_ids(jpmn, store, query) == ["pow-deaths-japanese-records", "pow-deaths-mongolian-records"]
    near, far = "what do the records say of POW deaths", "how many died in the camps by Tokyo's count"
    (tmp_path / "questions.yaml").write_text(
        f"pow-deaths-mongolian-records:\n  - {near}\npow-deaths-japanese-records:\n  - {far}\n",
        encoding="utf-8",
    )
    assert ask_ids(jpmn, store, query) == ["pow-deaths-mongolian-records", "pow-deaths-japanese-records"]
    (tmp_path / "questions.yaml").write_text(
        f"pow-deaths-mongolian-records:\n  - {far}\npow-deaths-japanese-records:\n  - {near}\n",
        encoding="utf-8",
    )
    assert ask_ids(jpmn, store, query)[0] == "pow-deaths-japanese-records"


def test_explain_shows_the_readers_question_a_query_came_nearest_to(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    (tmp_path / "questions.yaml").write_text(
        "pow-deaths-mongolian-records:\n  - camp deaths in Mongolia's tally\n  - what do the records say of POW deaths\n"
        "pow-deaths-japanese-records:\n  - how many died by Tokyo's count\n",
        encoding="utf-8",
    )
    result = jpmn("ask", "records of POW deaths", "--store", str(store), "--explain", "--json")
    first = json.loads(result.out)[0]
    assert first["explanation"]["asked"]["question"] == "what do the records say of POW deaths"
    assert 0 < first["explanation"]["asked"]["closeness"] <= 1
    shown = jpmn("ask", "records of POW deaths", "--store", str(store), "--explain", "--limit", "1").out
    assert "nearest reader's question" in shown and "what do the records say of POW deaths" in shown


def test_a_readers_question_is_never_shown_as_what_a_claim_says(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    (tmp_path / "questions.yaml").write_text(
        "pow-deaths-japanese-records:\n  - did ten thousand POWs die by Tokyo's count\n", encoding="utf-8"
    )
    answer = json.loads(jpmn("ask", "POW deaths", "--store", str(store), "--json").out)[0]
    assert "ten thousand" not in json.dumps(answer)
    exported = jpmn("export", "--format", "json", "--store", str(store)).out
    assert "ten thousand" not in exported


def test_check_names_every_mistake_in_the_questions_file(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    (tmp_path / "questions.yaml").write_text(
        "pow-deaths-mongolian-records:\n"
        "  - how many died\n"
        "  - ''\n"
        "  - [nested]\n"
        "pow-deaths-chinese-records:\n"
        "  - how many died\n"
        "pow-deaths-japanese-records: how many died\n"
        f"pow-deaths-japanese-records-2: [{'x' * 501}]\n",
        encoding="utf-8",
    )
    result = jpmn("check", "--store", str(store))
    assert result.code == 2
    shown = str(tmp_path / "questions.yaml")
    assert result.err.splitlines() == [
        f"{shown}:3:5: a question is a line of text",
        f"{shown}:4:5: a question is a line of text",
        f"{shown}:5:1: no claim 'pow-deaths-chinese-records' in the store",
        f"{shown}:7:30: 'pow-deaths-japanese-records' needs a list of questions (- ...)",
        f"{shown}:8:1: no claim 'pow-deaths-japanese-records-2' in the store",
        f"jpmn: 5 problems in {shown}",
    ]


def test_a_claim_lists_at_most_fifty_questions_and_each_is_a_line(tmp_path: Path) -> None:
    path = tmp_path / "questions.yaml"
    path.write_text(
        "a:\n"
        + "".join(f"  - question {n}\n" for n in range(51))
        + f"b:\n  - {'word ' * 101}\nc:\n  - 'the of'\n",
        encoding="utf-8",
    )
    _asked, problems = questions.check(str(path), {"a", "b", "c"})
    assert [str(problem) for problem in problems] == [
        f"{path}:1:1: 'a' lists 51 questions; at most 50",
        f"{path}:54:5: a question of 504 characters; at most 500",
        f"{path}:56:5: 'the of' has no word search looks at",
    ]


def test_a_broken_questions_file_stops_ask_with_its_location(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    (tmp_path / "questions.yaml").write_text("- how many died\n", encoding="utf-8")
    result = jpmn("ask", "deaths", "--store", str(store))
    assert result.code == 2
    assert "questions.yaml:1:1: the questions file maps claim ids to lists of questions" in result.err
    assert "Traceback" not in result.err


def test_an_empty_questions_file_lists_none(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    (tmp_path / "questions.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert jpmn("check", "--store", str(store)).code == 0
    assert ask_ids(jpmn, store, "POW deaths")[0] == "pow-deaths-mongolian-records"


def test_every_shipped_claim_lists_the_questions_readers_ask() -> None:
    claim_ids = {claim["id"] for claim in yaml.safe_load(SHIPPED_STORE.read_text(encoding="utf-8"))["claims"]}
    asked, problems = questions.check(str(ROOT / "data" / "questions.yaml"), claim_ids)
    assert problems == []
    assert set(asked) == claim_ids
    assert min(len(listed) for listed in asked.values()) >= 20


def test_readers_words_find_the_claim_the_store_words_otherwise() -> None:
    """The shipped store says "sentenced ... to 3½ years in prison"; readers ask how long he got."""
    index = Index.open(str(SHIPPED_STORE), "data/facts.yaml")
    hits = search(index, "how long did the Astellas guy get in jail", limit=3)
    assert hits[0].claim["id"] == "astellas-employee-sentenced-3-5-years"


def test_a_claim_listing_no_questions_keeps_the_score_of_its_own_words(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    """A curator who lists questions for some claims only does not bury the others."""
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)

    def scores() -> dict[str, float]:
        answers = json.loads(jpmn("ask", "records of POW deaths", "--store", str(store), "--json").out)
        return {answer["id"]: answer["score"] for answer in answers}

    before = scores()
    (tmp_path / "questions.yaml").write_text(
        "pow-deaths-japanese-records:\n  - what do Japanese archives say\n", encoding="utf-8"
    )
    after = scores()
    assert after["pow-deaths-mongolian-records"] == before["pow-deaths-mongolian-records"]
    assert after.get("pow-deaths-japanese-records", 0.0) < before["pow-deaths-japanese-records"]


def test_whether_the_store_answers_never_depends_on_readers_questions(tmp_path: Path) -> None:
    """Readers' questions rank the answers; the store answers the same questions without them."""
    import shutil

    from test_questions import questions as question_set

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "data").mkdir()
    for name in ("facts.yaml", "thesaurus.yaml"):
        shutil.copy(ROOT / "data" / name, tmp_path / "data" / name)
    bare = Index.open(str(tmp_path / "data" / "facts.yaml"), "facts.yaml")
    listed = Index.open(str(SHIPPED_STORE), "data/facts.yaml")
    assert listed.asked() and not bare.asked()
    differ = [
        case["q"]
        for case in question_set("tuning")
        if bool(search(listed, case["q"], limit=1)) != bool(search(bare, case["q"], limit=1))
    ]
    assert differ == []
