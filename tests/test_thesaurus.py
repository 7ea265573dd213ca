"""The thesaurus beside a store, as a curator uses it: words readers type find the store's words,
`jpmn check` names every mistake in it, and an edit is seen at once."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from test_store import GOOD_CLAIMS, GOOD_SOURCE, write_store

from jpmn.core.store import thesaurus

from conftest import ROOT, Result


def ask_ids(jpmn: Callable[..., Result], store: Path, query: str) -> list[str]:
    result = jpmn("ask", query, "--store", str(store), "--json")
    return [answer["id"] for answer in json.loads(result.out)]


def test_an_alias_finds_the_store_word_and_an_edit_is_seen_at_once(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    assert ask_ids(jpmn, store, "fatalities Mongolian") == []
    (tmp_path / "thesaurus.yaml").write_text("- term: deaths\n  aliases: [fatalities]\n", encoding="utf-8")
    assert ask_ids(jpmn, store, "fatalities Mongolian")[0] == "pow-deaths-mongolian-records"
    (tmp_path / "thesaurus.yaml").write_text("- term: deaths\n  aliases: [toll]\n", encoding="utf-8")
    assert ask_ids(jpmn, store, "fatalities Mongolian") == []


def test_check_names_every_mistake_in_the_thesaurus(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    (tmp_path / "thesaurus.yaml").write_text(
        "- term: deaths\n"
        "  aliases: [fatalities, Deaths, fatality]\n"
        "  alias: [toll]\n"
        "- term: death\n"
        "  aliases: [toll]\n"
        "- aliases: [x]\n",
        encoding="utf-8",
    )
    result = jpmn("check", "--store", str(store))
    assert result.code == 2
    shown = str(tmp_path / "thesaurus.yaml")
    assert result.err.splitlines() == [
        f"{shown}:2:25: alias 'Deaths' is the term itself",
        f"{shown}:2:33: duplicate alias 'fatality' (first at line 2)",
        f"{shown}:3:3: unknown key 'alias' (allowed: term, aliases)",
        f"{shown}:4:9: duplicate term 'death' (first at line 1): merge them",
        f"{shown}:6:3: an entry needs 'term': the word as the store writes it",
        f"jpmn: 5 problems in {shown}",
    ]


def test_one_word_in_british_and_american_spelling_is_no_duplicate(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    """A curator may list both spellings ("honour" and "honor"); both are read as one word."""
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    (tmp_path / "thesaurus.yaml").write_text(
        "- term: deaths\n  aliases: [fatalities, honour, honor]\n"
        "- term: defense\n  aliases: [defence, safeguard]\n",
        encoding="utf-8",
    )
    result = jpmn("check", "--store", str(store))
    assert result.code == 0, result.err


def test_check_counts_problems_in_the_files_that_hold_them(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    claims = GOOD_CLAIMS.replace("category: history", "category: sports", 1)
    store = write_store(tmp_path, GOOD_SOURCE + claims)
    (tmp_path / "thesaurus.yaml").write_text(
        "- term: deaths\n  aliases: [deaths, toll, toll]\n", encoding="utf-8"
    )
    result = jpmn("check", "--store", str(store))
    assert result.code == 2
    thesaurus_shown = str(tmp_path / "thesaurus.yaml")
    assert result.err.splitlines()[-1] == f"jpmn: 3 problems: 1 in {store}, 2 in {thesaurus_shown}"


def test_a_broken_thesaurus_stops_ask_with_its_location(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    (tmp_path / "thesaurus.yaml").write_text("term: deaths\n", encoding="utf-8")
    result = jpmn("ask", "deaths", "--store", str(store))
    assert result.code == 2
    assert "thesaurus.yaml:1:1: a thesaurus is a list of entries" in result.err


def test_the_shipped_thesaurus_is_valid_and_maps_everyday_words() -> None:
    expansions, problems = thesaurus.check(str(ROOT / "data" / "thesaurus.yaml"))
    assert problems == []
    assert (("ambassador",), True) in expansions[("envoy",)]
    assert (("militari", "exercis"), True) in expansions[("war", "game")]
    assert (("lodg",), True) in expansions[("deliv",)]  # a protest delivered is one lodged
    assert (("indic",), True) in expansions[("sign",)]  # "clear indications of a shrinking presence"
    assert (("council",), True) in expansions[("organiz",)]  # "Yokosuka Council": an organization
    assert (("protest",), True) in expansions[("slam",)]  # Tokyo slammed the drills: it protested
    assert (("warfar",), True) in expansions[("war",)]  # "war sites" are where "an era of warfare" was


def test_an_empty_thesaurus_lists_nothing(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    (tmp_path / "thesaurus.yaml").write_text("# entries to come\n", encoding="utf-8")
    assert jpmn("check", "--store", str(store)).code == 0
    assert ask_ids(jpmn, store, "POW deaths")[0] == "pow-deaths-mongolian-records"
