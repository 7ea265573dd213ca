"""One quote matching for check, show and add: verbatim as folded, across line and paragraph breaks,
and the closest passage of the source for a quote that is not verbatim."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpmn.core.quotes import SourceText, fold, span_in_line, spans_by_line

from conftest import Result

ARTICLE = (
    "Headline of the piece\n"
    "\n"
    "The minister said the talks were \u201cfrank and useful\u201d \u2014 and long.\n"
    "They ended on Friday.\n"
    "\n"
    "A second paragraph begins here, with 1,621 deaths in Mongolia\u2019s records.\n"
)


def test_folding_changes_only_what_typing_a_quote_may_change() -> None:
    assert fold(" \u201cfrank\u201d  \u2014\n and \u2032long\u2033 ") == "'frank' - and 'long'"
    assert fold("Frank") != fold("frank")  # letter case is the source's


@pytest.mark.parametrize(
    ("quote", "where"),
    [
        ('talks were "frank and useful" - and long.', (3, 23, 3, 63)),
        ("and long. They ended", (3, 55, 4, 10)),  # across a line break
        ("They ended on Friday. A second paragraph", (4, 1, 6, 18)),  # across a paragraph break
        ("Mongolia\u2032s records", (6, 54, 6, 71)),  # a prime for the apostrophe
    ],
)
def test_a_verbatim_quote_is_found_with_its_place_in_the_file(
    quote: str, where: tuple[int, int, int, int]
) -> None:
    found = SourceText(ARTICLE).find(quote)
    assert found is not None
    assert (found.line, found.col, found.end_line, found.end_col) == where
    assert found.similarity == 100
    assert fold(found.text) == fold(quote)


def test_lines_bound_the_search_and_number_as_the_file_does() -> None:
    source = SourceText(ARTICLE, (4, 6))
    assert source.locate("They ended on Friday.") == 4
    assert source.locate("frank and useful") is None
    with pytest.raises(ValueError, match="run past the end of the file"):
        SourceText(ARTICLE, (1, 99))


def test_a_quote_standing_twice_is_placed_where_it_stands_as_typed_first() -> None:
    # once across a line break, then on one line as the curator pasted it
    source = SourceText("Intro.\nThe talks were\nfrank.\nLater: The talks were frank.\n")
    assert source.locate("The talks were frank.") == 4
    found = source.find("The talks were frank.")
    assert found is not None
    assert (found.line, found.col, found.end_line, found.end_col) == (4, 8, 4, 28)
    # typed otherwise (no line break anywhere as typed), the first place once folded
    assert SourceText("Intro.\nThe talks were\nfrank.\n").locate("The talks were frank.") == 2


def test_quotes_typed_as_the_source_has_them_leave_it_unfolded() -> None:
    source = SourceText(ARTICLE)
    assert source.locate("talks were \u201cfrank and useful\u201d \u2014 and long.") == 3
    assert source.locate("  They ended on Friday. ") == 4  # space around a quote is no part of it
    assert source._folded is None  # the cost of folding a large source is never paid
    assert source.locate('talks were "frank and useful"') == 3
    assert source._folded is not None


@given(st.text(alphabet="ab \n\u2019'-\u2014", max_size=40), st.integers(0, 40), st.integers(1, 12))
def test_a_quote_cut_from_its_source_is_always_found_where_it_stands(
    text: str, start: int, size: int
) -> None:
    quote = text[start : start + size]
    if not fold(quote):
        return
    source = SourceText(text)
    found = source.find(quote)
    assert found is not None
    assert fold(found.text) == fold(quote)
    assert source.locate(quote) == found.line
    # no earlier place once folded: it is the first as typed, or the first folded
    folded_first = SourceText(text).folded.text.find(fold(quote))
    assert found.line >= SourceText(text)._line_col(SourceText(text).folded.origin(folded_first))[0]


def test_the_closest_passage_of_a_quote_that_is_not_verbatim() -> None:
    closest = SourceText(ARTICLE).closest("a second paragraph starts here with 1621 deaths")
    assert closest is not None
    assert closest.text == "A second paragraph begins here, with 1,621 deaths"
    assert (closest.line, closest.col) == (6, 1)
    assert 75 <= closest.similarity < 100
    # the passage it names is verbatim: pasted as the quote, it is found
    assert SourceText(ARTICLE).find(closest.text) is not None


def test_spans_mark_every_line_a_quote_runs_across() -> None:
    lines = list(enumerate(ARTICLE.split("\n"), 1))[2:6]
    assert spans_by_line(lines, "and long. They ended") == {3: (54, 63), 4: (0, 10)}
    assert span_in_line("Mongolia\u2019s records", "Mongolia\u2032s records") == (0, 18)
    assert span_in_line("nothing here", "absent") is None


# --- the curator's view: jpmn check and jpmn show --------------------------------------------------

STORE = """\
sources:
  - id: article
    title: A piece
    path: article.txt
claims:
  - id: deaths
    text: "The records count 1,621 deaths."
    category: history
    value: 1621
    unit: deaths
    attributed_to: The records
    source: article
    quote: QUOTE
"""


def store_with(folder: Path, quote: str) -> Path:
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "facts.yaml"
    path.write_text(STORE.replace("QUOTE", json.dumps(quote, ensure_ascii=False)), encoding="utf-8")
    return path


def test_check_names_the_closest_passage_ready_to_paste(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    store = store_with(tmp_path, "with 1621 deaths in Mongolia's record")
    result = jpmn("check", "--store", str(store))
    assert result.code == 2 and result.out == ""
    problem = result.err.splitlines()[0]
    assert problem.startswith(f"{store}:13:12: quote of 'deaths' is not verbatim in article.txt; ")
    assert "is at article.txt:6:" in problem
    pasted = problem.split("to paste: ", 1)[1]
    assert json.loads(pasted) == "with 1,621 deaths in Mongolia\u2019s records"
    # pasting it makes the store pass
    store = store_with(tmp_path, json.loads(pasted))
    assert jpmn("check", "--store", str(store)).code == 0


def test_a_quote_check_accepts_is_one_show_marks(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    """check accepted a prime for an apostrophe, then show could not mark the quote."""
    store = store_with(tmp_path, "deaths in Mongolia\u2032s records")
    assert jpmn("check", "--store", str(store)).code == 0
    shown = jpmn("show", "deaths", "--store", str(store)).out
    assert "\u00bbdeaths in Mongolia\u2019s records\u00ab" in shown


def test_a_quote_across_a_paragraph_break_is_verbatim(tmp_path: Path, jpmn: Callable[..., Result]) -> None:
    store = store_with(tmp_path, "They ended on Friday. A second paragraph begins here")
    assert jpmn("check", "--store", str(store)).code == 0
    assert json.loads(jpmn("show", "deaths", "--store", str(store), "--json").out)[0]["line"] == 4


def _folded_one_by_one(text: str) -> tuple[str, list[int]]:
    """Folding spelled out a character at a time: what ``Folded`` must equal, however it is built."""
    from jpmn.core.quotes import _FOLD

    chars: list[str] = []
    origin: list[int] = []
    pending = -1
    for at, ch in enumerate(text):
        if ch.isspace():
            if pending < 0:
                pending = at
            continue
        if pending >= 0 and chars:
            chars.append(" ")
            origin.append(pending)
        pending = -1
        chars.append(ch.translate(_FOLD))
        origin.append(at)
    return "".join(chars), origin


@given(
    st.text(
        alphabet=st.sampled_from(list('ab x\n\t\u00a0\u2028\u3000\x85\u2019\u2014"\u2033\u200b')), max_size=60
    )
)
def test_folding_maps_every_character_back_to_the_source(text: str) -> None:
    from jpmn.core.quotes import Folded

    folded = Folded(text)
    expected_text, expected_origin = _folded_one_by_one(text)
    assert folded.text == expected_text
    assert [folded.origin(i) for i in range(len(folded.text))] == expected_origin
