"""The shipped store and the curator's linter, as a curator uses them."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT, SHIPPED_STORE, Result

SEEDS = ROOT / "seeds"

GOOD_SOURCE = """\
sources:
  - id: diplomat
    outlet: The Diplomat
    title: "Naruhito's visit"
    published: "2025-07"
    path: seeds/003_78fc02ddb00f146c.txt
    lines: [1, 24]
claims:
"""
GOOD_CLAIMS = """\
  - id: pow-deaths-mongolian-records
    text: "Mongolian records count 1,621 deaths among Japanese POWs."
    category: history
    value: 1621
    unit: deaths
    attributed_to: Mongolian records
    source: diplomat
    quote: "12,318 POWs in total [sent to Mongolia] and 1,621 deaths"
    measures: pow-deaths
  - id: pow-deaths-japanese-records
    text: "Japanese records count 1,684 deaths among Japanese POWs."
    category: history
    value: 1684
    unit: deaths
    attributed_to: Japanese records
    source: diplomat
    quote: "Japanese records stated 13,847 POWs and 1,684 deaths"
    measures: pow-deaths
"""


def write_store(folder: Path, text: str) -> Path:
    """A store file with the seeds beside it, as a curator's project folder looks."""
    shutil.copytree(SEEDS, folder / "seeds", dirs_exist_ok=True)
    path = folder / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_store_passes_check(jpmn: Callable[..., Result]) -> None:
    result = jpmn("check", "--store", str(SHIPPED_STORE))
    assert result.code == 0, result.err
    claims, sources = result.out.split(" claims, ")[0], result.out.split(", ")[1]
    assert int(claims) > 150
    assert sources == "5 sources"
    assert result.out.endswith("all quotes found in their sources\n")


def test_seeds_are_the_shared_files_byte_for_byte() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    names = sorted(p.name for p in shared.iterdir())
    assert names == sorted(p.name for p in SEEDS.iterdir())
    for name in names:
        assert (SEEDS / name).read_bytes() == (shared / name).read_bytes()


def test_pow_figures_are_numbers_with_both_attributions_and_linked(jpmn: Callable[..., Result]) -> None:
    result = jpmn("export", "--format", "json", "--category", "history")
    claims = {claim["id"]: claim for claim in json.loads(result.out)}
    expected = {
        "pow-total-mongolian-records": (12318, "Mongolian records"),
        "pow-total-japanese-records": (13847, "Japanese records"),
        "pow-deaths-mongolian-records": (1621, "Mongolian records"),
        "pow-deaths-japanese-records": (1684, "Japanese records"),
        "forced-laborers-national-archives": (12000, "National Archives of Mongolia"),
    }
    for claim_id, (value, who) in expected.items():
        claim = claims[claim_id]
        assert claim["value"] == value and isinstance(claim["value"], int)
        assert who in claim["attributed_to"]
        assert claim["source"]["outlet"] == "The Diplomat"
        assert claim["line"] in (8, 9)
    assert "pow-deaths-japanese-records" in claims["pow-deaths-mongolian-records"]["conflicts_with"]
    assert "pow-deaths-mongolian-records" in claims["pow-deaths-japanese-records"]["conflicts_with"]
    assert claims["forced-laborers-national-archives"]["qualifier"] == "approximately"


def test_every_category_in_use_and_agreements_hold_the_partnerships(jpmn: Callable[..., Result]) -> None:
    listing = json.loads(jpmn("list", "--json").out)
    assert {row["category"] for row in listing} >= {"agreements", "history", "defense", "economy", "visit"}
    agreements = jpmn("list", "agreements", "--json")
    texts = " ".join(claim["text"] for claim in json.loads(agreements.out))
    for phrase in ("2010", "Special Strategic Partnership for Peace and Prosperity", "2031"):
        assert phrase in texts
    # trilateral meetings and mechanisms are diplomacy, as the vocabulary defines it, not agreements
    assert "trilateral" not in texts
    diplomacy = json.loads(jpmn("list", "diplomacy", "--json").out)
    assert "trilateral-meeting-tokyo-2022" in {claim["id"] for claim in diplomacy}


def test_related_articles_are_attributed_to_their_own_outlets(jpmn: Callable[..., Result]) -> None:
    sources = {s["outlet"]: s for s in json.loads(jpmn("sources", "--json").out)}
    assert {"The Diplomat", "Jiji Press", "Yomiuri Shimbun", "Kyodo News", None} == set(sources)
    assert sources["Jiji Press"]["published"] == "2025-07-17"
    assert sources[None]["note"]  # the commentary says why it names no outlet


# --- every problem check reports, each on a small bad store ---------------------------------------

BAD_STORES = {
    "unknown key": (GOOD_CLAIMS.replace("    category: history\n", "    category: history\n    colour: red\n", 1),
                    "12:5: unknown key 'colour'"),
    "missing field": (GOOD_CLAIMS.replace("    attributed_to: Mongolian records\n", "", 1),
                      "9:5: claim is missing 'attributed_to'"),
    "duplicate key": (GOOD_CLAIMS.replace("    unit: deaths\n", "    unit: deaths\n    unit: dead\n", 1),
                      "14:5: duplicate key 'unit' (first at line 13)"),
    "duplicate id": (GOOD_CLAIMS.replace("id: pow-deaths-japanese-records", "id: pow-deaths-mongolian-records"),
                     "18:9: duplicate claim id 'pow-deaths-mongolian-records' (first at line 9)"),
    "unknown source": (GOOD_CLAIMS.replace("source: diplomat", "source: nikkei", 1),
                       "15:13: unknown source id 'nikkei'"),
    "bad category": (GOOD_CLAIMS.replace("category: history", "category: sports", 1),
                     "11:15: unknown category 'sports'"),
    "value as text": (GOOD_CLAIMS.replace("value: 1621", 'value: "1,621"'), "12:12: value must be a number"),
    "quote not verbatim": (GOOD_CLAIMS.replace("1,621 deaths\"", "1,622 deaths\""),
                           "16:12: quote of 'pow-deaths-mongolian-records' is not verbatim"),
    "hand-made conflict": (GOOD_CLAIMS.replace("measures: pow-deaths", "conflicts_with: [pow-deaths-japanese-records]", 1),
                           "17:5: conflicts_with is derived now: give the claims that measure the same quantity the same 'measures: NAME' instead"),
    "quantity as words": (GOOD_CLAIMS.replace("measures: pow-deaths", 'measures: "POW deaths"', 1),
                          "17:15: measures 'POW deaths' is not a valid id"),
    "quantity without figure": (GOOD_CLAIMS.replace("    value: 1621\n    unit: deaths\n", "", 1),
                                "15:15: measures without a value"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(BAD_STORES), ids=list(BAD_STORES))
def test_check_reports_each_problem_with_its_location(
    case: str, tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    claims, expected = BAD_STORES[case]
    store = write_store(tmp_path, GOOD_SOURCE + claims)
    result = jpmn("check", "--store", str(store))
    assert result.code == 2
    assert result.out == ""
    assert f"{store}:{expected}" in result.err


def test_check_reports_every_problem_not_only_the_first(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    claims = GOOD_CLAIMS.replace("category: history", "category: sports").replace("value: 1684", "value: NO")
    store = write_store(tmp_path, GOOD_SOURCE + claims)
    result = jpmn("check", "--store", str(store))
    lines = result.err.splitlines()
    assert result.code == 2
    assert len(lines) == 4  # two bad categories, one bad value, and the summary
    assert lines[-1] == f"jpmn: 3 problems in {store}"
    assert all(line.startswith(f"{store}:") for line in lines[:-1])


def test_other_commands_name_the_first_problem_in_one_line(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    claims = GOOD_CLAIMS.replace("category: history", "category: sports")
    store = write_store(tmp_path, GOOD_SOURCE + claims)
    result = jpmn("ask", "POW", "--store", str(store))
    assert result.code == 2 and result.out == ""
    assert result.err == (
        f"jpmn: {store}:11:15: unknown category 'sports' (one of: visit, history, agreements, diplomacy, "
        "economy, minerals, energy, environment, development, defense, people, culture, politics, law)"
        " (and 1 more: run 'jpmn check')\n"
    )


def test_a_good_small_store_passes(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    assert (
        jpmn("check", "--store", str(store)).out == "2 claims, 1 sources, all quotes found in their sources\n"
    )


def test_quotes_may_differ_in_quote_style_dash_and_spacing_only(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    claims = GOOD_CLAIMS.replace(
        '"Japanese records stated 13,847 POWs and 1,684 deaths"',
        '"Japanese   records stated 13,847 POWs and 1,684 deaths.\u2019"',
    )
    store = write_store(tmp_path, GOOD_SOURCE + claims)
    assert jpmn("check", "--store", str(store)).code == 0


def test_store_env_variable_and_option(
    tmp_path: Path, jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    monkeypatch.setenv("JPMN_STORE", str(store))
    assert jpmn("check").out.startswith("2 claims")
    # the option wins over the environment
    assert jpmn("check", "--store", str(SHIPPED_STORE)).out.split()[0] != "2"


def test_check_warns_on_a_figure_like_another_that_measures_nothing_in_common(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    # the Mongolian figure names no quantity, so the Japanese one is alone in its own
    claims = GOOD_CLAIMS.replace("    measures: pow-deaths\n", "", 1)
    store = write_store(tmp_path, GOOD_SOURCE + claims)
    result = jpmn("check", "--store", str(store))
    assert result.code == 0
    assert result.out == "2 claims, 1 sources, all quotes found in their sources\n"
    assert result.err == (
        f"jpmn: {store}:25:15: warning: 'pow-deaths-japanese-records' and 'pow-deaths-mongolian-records' both "
        "count deaths with similar words but measure no quantity in common; if they measure the same thing, "
        "give both 'measures: pow-deaths'\n"
    )
    # and without a shared quantity there is no conflict to show
    assert jpmn("conflicts", "--store", str(store), "--json").out == "[]\n"


@pytest.mark.parametrize("helper", ["forked", "none", "failing"])
def test_check_warns_alike_whether_figures_are_compared_beside_it_or_not(
    helper: str, tmp_path: Path, jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """check compares the figures (the claims' fields as parsed) in a forked process while it
    makes the claims and locates the quotes; on one CPU, or when that process fails, it compares
    them itself: the same warnings either way."""
    from jpmn.core import forked

    claims = GOOD_CLAIMS.replace("    measures: pow-deaths\n", "", 1)
    store = write_store(tmp_path, GOOD_SOURCE + claims)
    monkeypatch.setattr(forked, "can_share", lambda: helper != "none")
    if helper == "failing":
        monkeypatch.setattr(forked, "_child", lambda *_args: forked.os._exit(3))
    result = jpmn("check", "--store", str(store))
    assert result.code == 0
    assert f"{store}:25:15: warning: 'pow-deaths-japanese-records' and 'pow-deaths-mongolian-records'" in (
        result.err
    )
    assert result.err.count("\n") == 1


def test_conflicts_come_from_the_quantity_measured_on_both_sides(
    tmp_path: Path, jpmn: Callable[..., Result]
) -> None:
    store = write_store(tmp_path, GOOD_SOURCE + GOOD_CLAIMS)
    claims = {c["id"]: c for c in json.loads(jpmn("export", "--store", str(store)).out)}
    assert claims["pow-deaths-mongolian-records"]["conflicts_with"] == ["pow-deaths-japanese-records"]
    assert claims["pow-deaths-japanese-records"]["conflicts_with"] == ["pow-deaths-mongolian-records"]
    assert claims["pow-deaths-japanese-records"]["measures"] == "pow-deaths"
    # the same figure on both sides: no conflict
    same = GOOD_CLAIMS.replace("value: 1684", "value: 1621")
    store = write_store(tmp_path, GOOD_SOURCE + same)
    claims = {c["id"]: c for c in json.loads(jpmn("export", "--store", str(store)).out)}
    assert claims["pow-deaths-mongolian-records"]["conflicts_with"] == []


def test_shipped_store_has_no_figure_left_without_its_quantity(jpmn: Callable[..., Result]) -> None:
    result = jpmn("check", "--store", str(SHIPPED_STORE))
    assert result.code == 0 and result.err == ""


_SHIPPED_LINES = SHIPPED_STORE.read_text(encoding="utf-8").split("\n")
_LATE = len(_SHIPPED_LINES) - 20  # a line among the last claims, read by the forked process
_MUTATIONS = {
    "as shipped": lambda lines: lines,
    "a duplicate key late": lambda lines: [*lines[:_LATE], "    category: economy", *lines[_LATE:]],
    "an unknown key late": lambda lines: [*lines[:_LATE], "    bogus: 1", *lines[_LATE:]],
    "a tag late": lambda lines: [*lines[:_LATE], "    unit: !!str x", *lines[_LATE:]],
    "a tab late": lambda lines: [*lines[:_LATE], "\tunit: x", *lines[_LATE:]],
    "a control character late": lambda lines: [*lines[:_LATE], "    unit: x\x01", *lines[_LATE:]],
    "nesting too deep late": lambda lines: [
        *lines[:_LATE],
        "    keywords: " + "[" * 31 + "]" * 31,
        *lines[_LATE:],
    ],
    "a key after the claims": lambda lines: [*lines, "extra: 1"],
    "a second document": lambda lines: [*lines, "---", "more: 1"],
    "an id used in both parts": lambda lines: [
        *lines,
        *lines[lines.index("claims:") + 1 : lines.index("claims:") + 12],
    ],
    "claims before sources": lambda lines: [
        *lines[lines.index("claims:") :],
        *lines[: lines.index("claims:")],
    ],
    "an unknown related id late": lambda lines: [
        *lines[:_LATE],
        "    related: [no-such-claim]",
        *lines[_LATE:],
    ],
}


@pytest.mark.parametrize("mutation", list(_MUTATIONS))
def test_a_store_read_in_two_parts_reads_as_in_one_pass(
    mutation: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large store's claims are parsed in two processes at once: the claims, every problem and
    its line:col are those one pass gives (on a problem in either part it is read in one pass)."""
    from jpmn.core import forked
    from jpmn.core.store import loader

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    store = tmp_path / "facts.yaml"
    store.write_text("\n".join(_MUTATIONS[mutation](list(_SHIPPED_LINES))), encoding="utf-8")
    monkeypatch.setattr(forked, "can_share", lambda: True)  # on one CPU too
    taken: list[object] = []  # claims this process took from the forked one
    decoded = loader._decoded
    monkeypatch.setattr(loader, "_decoded", lambda encoded: taken.append(encoded) or decoded(encoded))
    results = []
    for split_bytes in (10**12, 0):
        monkeypatch.setattr(loader, "SPLIT_BYTES", split_bytes)
        checked, problems = loader.check(store, "facts.yaml")
        results.append(
            (
                None
                if checked is None
                else (checked.claims, checked.sources, list(map(str, checked.warnings))),
                [(str(problem), problem.line, problem.col) for problem in problems],
            )
        )
    assert results[0] == results[1]
    valid = mutation in ("as shipped", "claims before sources")
    assert (results[0][0] is not None) == valid
    if mutation == "as shipped":
        assert 50 < len(taken) < 150  # read in two parts


@pytest.mark.parametrize(
    ("after_claims", "split"),
    [
        ("  - id: a\n  - id: b\n  - id: c\n", True),
        ("# a comment at the margin\n  - id: a\n\n  - id: b\n  - id: c\n", True),
        ("extra: 1\n  - id: a\n  - id: b\n", False),  # a key right after the claims key
        ("  - id: a\n  - id: b\nextra: 1\n", False),  # a key after the last claim
        ("  - id: a\n  - id: b\n  - id: c\nextra: 1", False),  # ... with no newline at the end
    ],
)
def test_a_store_is_split_only_where_its_claims_come_last(after_claims: str, split: bool) -> None:
    """The claims list is split between two processes only when it runs to the end of the store:
    any top-level key after the claims key, right after it or after the last claim, keeps the
    store in one pass."""
    from jpmn.core.store import loader

    data = f"sources:\n  - id: s\nclaims:\n{after_claims}".encode()
    assert (loader._claims_split(data) is not None) == split


def test_values_claims_repeat_are_kept_once() -> None:
    """A store's categories, sources, attributions, keywords and dates recur across its claims:
    each value is one string in memory, however many claims give it (a large store is smaller
    while its index is built)."""
    from jpmn.core.store import loader

    claims = loader.load(SHIPPED_STORE).claims
    values = {
        "category": [claim.category for claim in claims],
        "source": [claim.source for claim in claims],
        "attributed_to": [claim.attributed_to for claim in claims],
        "date": [claim.date for claim in claims if claim.date is not None],
        "keywords": [keyword for claim in claims for keyword in claim.keywords],
    }
    for field, given in values.items():
        assert len(set(given)) < len(given), f"no {field} recurs in the shipped store"
        first: dict[str, str] = {}
        assert all(first.setdefault(value, value) is value for value in given), field
