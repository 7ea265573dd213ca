"""Derived conflicts: which figures disagree, the groups `conflicts` prints, and figures that look alike."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpmn.core.analysis import conflict_groups, conflicts, disagree, unnamed_siblings


def figure(
    claim_id: str,
    value: float | None,
    qualifier: str | None = None,
    measures: str | None = "pow-total-sent",
    unit: str = "prisoners of war",
    text: str = "",
    keywords: tuple[str, ...] = (),
) -> dict[str, Any]:
    return {
        "id": claim_id,
        "value": value,
        "qualifier": qualifier,
        "measures": measures,
        "unit": unit,
        "text": text,
        "keywords": keywords,
    }


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((12000, "approximately"), (12318, None), False),  # 12,318 rounds to 12,000
        ((12000, "approximately"), (13847, None), True),
        ((12000, "approximately"), (12500, None), False),  # the edge of the rounding still agrees
        ((12000, "approximately"), (12501, None), True),
        ((12318, None), (13847, None), True),
        ((12318, None), (12318, None), False),
        ((1621, None), (1684, None), True),
        ((12300, "about"), (12000, "approximately"), False),  # the coarser figure decides
        ((2.5, "approximately"), (2.56, None), True),  # as precise as its last digit: 2.45-2.55
        ((10, "more than"), (3.5, None), True),
        ((10, "more than"), (12, None), False),
        ((10, "more than"), (10, None), True),  # more than 10 is not 10
        ((10, "at least"), (10, None), False),
        ((10, "more than"), (5, "less than"), True),
        ((10, "more than"), (20, "less than"), False),
        ((80, "upon successful completion"), (81, None), True),  # other qualifiers leave a figure exact
    ],
)
def test_two_figures_disagree_when_their_ranges_do_not_meet(
    a: tuple[float, str | None], b: tuple[float, str | None], expected: bool
) -> None:
    first, second = figure("a", a[0], a[1]), figure("b", b[0], b[1])
    assert disagree(first, second) is expected
    assert disagree(second, first) is expected


def test_conflicts_are_derived_from_the_quantity_and_always_mutual() -> None:
    claims = [
        figure("archives", 12000, "approximately"),
        figure("mongolian", 12318),
        figure("japanese", 13847),
        figure("deaths-mongolian", 1621, measures="pow-deaths", unit="deaths"),
        figure("deaths-japanese", 1684, measures="pow-deaths", unit="deaths"),
        figure("unnamed", 99999, measures=None),  # measures nothing named: in conflict with nothing
        figure("no-figure", None),
    ]
    assert conflicts(claims) == {
        "archives": ["japanese"],
        "mongolian": ["japanese"],
        "japanese": ["archives", "mongolian"],
        "deaths-mongolian": ["deaths-japanese"],
        "deaths-japanese": ["deaths-mongolian"],
    }


def test_groups_hold_the_claims_in_conflict_lowest_first_with_only_the_pairs_that_disagree() -> None:
    claims = [
        figure("japanese", 13847),
        figure("archives", 12000, "approximately"),
        figure("mongolian", 12318),
        figure("agrees-with-all", 10000, "more than"),
    ]
    (group,) = conflict_groups(claims)
    assert [c["id"] for c in group["claims"]] == ["archives", "mongolian", "japanese"]
    assert (group["low"], group["high"], group["difference"], group["percent"]) == (12000, 13847, 1847, 15.4)
    assert [(p["a"], p["b"], p["difference"], p["percent"]) for p in group["pairs"]] == [
        ("archives", "japanese", 1847, 15.4),
        ("mongolian", "japanese", 1529, 12.4),
    ]


def test_figures_that_agree_make_no_group() -> None:
    assert conflict_groups([figure("a", 12000, "approximately"), figure("b", 12318)]) == []


def test_a_lone_figure_like_another_is_named_with_its_sibling() -> None:
    filler = [figure(f"other-{n}", None, measures=None, text=f"filler claim number {n}") for n in range(40)]
    named = figure(
        "mongolian",
        12318,
        text="Mongolian records count 12,318 Japanese prisoners of war sent to Mongolia.",
        keywords=("POWs", "internees"),
    )
    lone = figure(
        "new-count",
        12500,
        measures=None,
        text="A historian counts 12,500 Japanese prisoners of war interned in Mongolia.",
        keywords=("POWs", "internees"),
    )
    assert unnamed_siblings([*filler, named, lone]) == [("new-count", "mongolian")]
    # named alike, they are one quantity: nothing to warn about (and a conflict is derived)
    lone["measures"] = "pow-total-sent"
    assert unnamed_siblings([*filler, named, lone]) == []


def test_two_lone_look_alikes_are_named_once_and_unlike_figures_not_at_all() -> None:
    a = figure("a", 10, measures=None, unit="years", text="The ten-year action program", keywords=("decade",))
    b = figure("b", 10, measures=None, unit="years", text="A ten-year action program", keywords=("decade",))
    other_unit = figure("c", 10, measures=None, unit="days", text="A state visit", keywords=("decade",))
    other_words = figure("d", 10, measures=None, unit="years", text="Sentenced to prison")
    assert unnamed_siblings([a, b, other_unit, other_words]) == [("b", "a")]


def test_words_many_figures_share_are_not_distinctive_in_a_large_store() -> None:
    """In 2,000 claims a word one in twenty holds would count as distinctive; 60 figures sharing
    "students enrolled" are not look-alikes of one another, while a pair sharing rarer words is."""
    filler = [figure(f"other-{n}", None, measures=None, text=f"filler claim number {n}") for n in range(2000)]
    common = [
        figure(f"common-{n}", n, measures=None, unit="students", text=f"Students enrolled in school {n}")
        for n in range(60)
    ]
    pair = [
        figure(n, 7, measures=None, unit="students", text="Students enrolled at the Shine Mongol academy")
        for n in ("shine-a", "shine-b")
    ]
    assert unnamed_siblings([*filler, *common, *pair]) == [("shine-b", "shine-a")]


@given(
    st.text(alphabet="abAB1é_-' \n", max_size=60), st.lists(st.text(alphabet="ab-' ", max_size=8), max_size=3)
)
def test_a_claims_words_are_its_words_of_three_characters_or_more(text: str, keywords: list[str]) -> None:
    """The words look-alikes are told by: every word (hyphens and apostrophes within it) of three
    characters or more, in the text and keywords, but the commonest."""
    import re

    from jpmn.core.analysis import _COMMON, _words

    joined = "\n".join([text, *keywords]).lower()
    every_word = re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", joined)
    assert _words({"text": text, "keywords": keywords}) == {w for w in every_word if len(w) > 2} - _COMMON


@given(
    st.text(alphabet="abAB1éK_-'.,() \n\t\x1f", max_size=60),
    st.lists(st.text(alphabet="ab-'. ", max_size=8), max_size=3),
)
def test_a_claim_is_counted_as_holding_its_words_and_none_a_figure_could_have(
    text: str, keywords: list[str]
) -> None:
    """A claim with no figure is only counted, by a quicker split that may also count its common
    and shortest words; never a word a figure's words could be, and never one it does not hold."""
    from jpmn.core.analysis import _COMMON, _counted, _words

    claim = {"text": text, "keywords": keywords}
    counted, words = _counted(claim), _words(claim)
    assert words <= counted
    assert all(w in _COMMON or (len(w) < 3 and "-" not in w and "'" not in w) for w in counted - words)
