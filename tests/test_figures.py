"""Figures as people write them: each form read into a value, unit and qualifier, and compared."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jpmn.core.figures import (
    DIFFER,
    MATCH,
    PARTIAL,
    UNRELATED,
    claim_figure,
    compare,
    date_figures,
    read_figures,
)


def one(text: str):  # type: ignore[no-untyped-def]
    found = read_figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # separators
        ("12,318 POWs were held", 12318, "prisoners"),
        ("there is one aircraft carrier", 1, "carriers"),  # "one" after "there is" still counts
        ("the visit was one day long", 1, "days"),
        ("12 318 POWs were held", 12318, "prisoners"),
        ("12318 prisoners of war", 12318, "prisoners"),
        ("12\u202f318 POWs", 12318, "prisoners"),
        ("Japanese POWs numbered 13 847.", 13847, "prisoners"),  # spaced, then the sentence's end
        ("Mongolian records count 12.318 POWs.", 12318, "prisoners"),  # dots grouping thousands
        ("70.000 households", 70000, "households"),
        ("12.318 million households", 12318000, "households"),  # a decimal before its scale
        # words
        ("ten days", 10, "days"),
        ("an eight-day visit", 8, "days"),
        ("three and a half years in prison", 3.5, "years"),
        ("3.5 yrs in prison", 3.5, "years"),
        ("3,5 years in prison", 3.5, "years"),  # a decimal comma
        ("3 1/2 years in prison", 3.5, "years"),  # a fraction in digits
        ("3 and a half years in prison", 3.5, "years"),
        ("3½ years in prison", 3.5, "years"),
        ("a single aircraft carrier", 1, "carriers"),
        ("thirteen thousand eight hundred forty-seven Japanese POWs", 13847, "prisoners"),
        ("One thousand six hundred eighty-four Japanese internees died", 1684, "deaths"),
        ("aged one hundred and seven", 107, "age"),
        ("two thousand and five households", 2005, "households"),
        ("twelve thousand three hundred and eighteen POWs", 12318, "prisoners"),
        ("half a day", 0.5, "days"),
        ("two aircraft carriers", 2, "carriers"),
        # magnitudes
        ("$1bn", 1e9, "dollars"),
        ("$1 billion", 1e9, "dollars"),
        ("one billion US dollars", 1e9, "dollars"),
        ("1.5 million tonnes of coal", 1.5e6, "tons"),
        ("70k households", 70000, "households"),
        ("12.3 thousand POWs", 12300, "prisoners"),
        # hyphened before the noun they measure
        ("a $1-billion investment", 1e9, "dollars"),
        ("a 10-million-dollar fund", 1e7, "dollars"),
        ("a one-billion-dollar investment", 1e9, "dollars"),
        ("¥30 billion", 3e10, "yen"),
        ("USD 1 billion", 1e9, "dollars"),  # a currency code before the amount
        ("JPY 30 billion", 3e10, "yen"),
        ("50,000 yuan", 50000, "yuan"),
        # percentages
        ("9%", 9, "percent"),
        ("15 per cent", 15, "percent"),
        ("25 percent", 25, "percent"),
        # units normalised
        ("82,789 tonnes of carbon dioxide", 82789, "tons"),
        ("1,621 Japanese lives", 1621, "deaths"),
        ("a 107-year-old former internee", 107, "age"),
        ("Shuzo Yamada, 97, welcomed the visit", 97, "age"),
        ("five Japanese nationals", 5, "nationals"),
        ("the death toll at 1621", 1621, "deaths"),
    ],
)
def test_number_forms(text: str, value: float, unit: str) -> None:
    figure = one(text)
    assert figure.value == value
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("about 12,000 laborers", "about"),
        ("roughly 13.8 thousand POWs", "about"),
        ("some 12k POWs", "about"),
        ("approximately 12,000 laborers", "about"),
        ("nearly 13,850 POWs", "nearly"),
        ("more than 13,800 prisoners", "more than"),
        ("over $1 billion", "more than"),
        ("topped $1bn", "more than"),
        ("passed the $1bn mark", "more than"),
        ("crossed the 1,600 threshold", "more than"),
        ("at least 12,000 POWs", "at least"),
        ("fewer than 1,650 deaths", "less than"),
        ("up to 8 days", "at most"),
        ("longer than ten years", "more than"),
        ("greater than $1 billion", "more than"),
        ("shorter than ten years", "less than"),
        ("12,318 POWs", "exact"),
    ],
)
def test_approximate_words(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier


def test_the_mark_a_figure_passed_is_the_figure_not_its_unit() -> None:
    """ "the $1bn mark" is $1bn; "the 1,600 threshold" counts nothing called a threshold."""
    figure = one("Japan's investment had passed the $1bn mark")
    assert (figure.text, figure.value, figure.unit) == ("passed the $1bn mark", 1e9, "dollars")
    assert one("crossed the 1,600 threshold").unit == ""
    figure = one("investment had passed the one-billion-dollar mark")
    assert (figure.value, figure.unit, figure.qualifier) == (1e9, "dollars", "more than")
    assert one("passed the 2019 law").kind == "year"  # a year is no mark passed


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("On July 8, the emperor", "--07-08"),
        ("On 8 July 2025, the emperor", "2025-07-08"),
        ("on 2025-07-08", "2025-07-08"),
        ("on 17/07/2025", "2025-07-17"),  # slashes: the number over 12 is the day
        ("on 8.7.2025", "2025-07-08"),  # dots: day first, as in Europe
        ("on 2025.07.08", "2025-07-08"),  # ... or year first, as in Mongolia
        ("on July the 8th, 2025", "2025-07-08"),
        ("on 7/17/2025", "2025-07-17"),
        ("Jul 17, 2025 22:05", "2025-07-17"),
        ("on Aug. 1", "--08-01"),
        ("on Sept. 3", "--09-03"),
        ("since March 2023", "2023-03"),
        ("in March of 2023", "2023-03"),
        ("in 2019", "2019"),
        ("fiscal 2025", "2025"),
        ("travelled to Mongolia in August", "--08"),  # a month alone, after "in"
        ("since Sept.", "--09"),
        ("on the eighth of July", "--07-08"),  # a day in words
        ("on July eighth", "--07-08"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    figure = one(text)
    assert figure.is_date
    assert figure.iso == iso


def test_each_figure_counts_what_its_own_clause_says() -> None:
    found = read_figures("Japanese internees in Mongolia numbered 13,847, of whom 1,684 died.")
    assert [(f.value, f.unit) for f in found] == [(13847, "prisoners"), (1684, "deaths")]
    assert one("The death toll among Japanese internees in Mongolia was 1,684.").unit == "deaths"


def test_rates_and_ages_in_other_words() -> None:
    assert one("The training is conducted twice yearly.").unit == "per year"
    assert one("Shuzo Yamada was 107 when the emperor visited.").unit == "age"
    assert one("Shuzo Yamada, a former internee, is 107.").unit == "age"
    assert one("Shuzo Yamada, the former internee who commented on the visit, is 97.").unit == "age"
    assert one("The death toll is 107.").unit == "deaths"


@pytest.mark.parametrize(
    "text", ["a week-long visit", "the visit was a week long", "the visit lasted a week"]
)
def test_a_single_span_in_words(text: str) -> None:
    figure = one(text)
    assert (figure.value, figure.unit) == (1, "weeks")
    assert one("The death toll among internees was 1,684.").unit == "deaths"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The annual Ulaanbaatar Dialogue", 1.0),
        ("It is held every two years.", 0.5),  # how often, not how long
        ("a biennial meeting", 0.5),
        ("The training is conducted twice yearly.", 2.0),  # "yearly" after "twice" is its unit
    ],
)
def test_how_often_in_a_word(text: str, value: float) -> None:
    """Rates per year, so that "every two years" contradicts "annual"."""
    assert (one(text).value, one(text).unit) == (value, "per year")
    assert one("They stayed for two years.").unit == "years"


@pytest.mark.parametrize(
    ("text", "value"),
    [("The festival is held every July.", 1.0), ("They meet each year.", 1.0), ("every month", 12.0)],
)
def test_every_year_or_month_is_at_least_that_often(text: str, value: float) -> None:
    """ "Every year" is borne out by "twice a year", and asks a claim to say how often at all."""
    figure = one(text)
    assert (figure.value, figure.unit, figure.qualifier) == (value, "per year", "at least")


def test_an_amount_each_year_is_no_rate() -> None:
    """ "82,789 tons of CO2 each year" is an amount a year, compared with the claim's own."""
    assert [figure.unit for figure in read_figures("It will avoid 82,789 tons of CO2 each year.")] == ["tons"]


def test_once_counts_only_how_often() -> None:
    assert one("The drills are held once a year.").unit == "per year"
    assert (one("The two leaders met once.").value, one("The two leaders met once.").unit) == (1, "times")


def test_and_joins_number_words_only_after_a_scale() -> None:
    """ "one hundred and five" is one number; "one and two" are two."""
    assert [figure.value for figure in read_figures("the first one and two others")] == [1, 2]
    ranged = one("between one and two aircraft carriers")
    assert (ranged.low, ranged.high) == (1, 2)


def test_a_number_word_opening_a_sentence_counts() -> None:
    figure = one("Six Japanese nationals are detained in China.")
    assert (figure.value, figure.unit) == (6, "nationals")


def test_centuries_are_years() -> None:
    figure = one("half a century of diplomatic relations")
    assert (figure.value, figure.unit) == (50, "years")


def test_a_year_range_is_two_years() -> None:
    assert [f.iso for f in read_figures("a plan for 2022-2031")] == ["2022", "2031"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("the 80th anniversary", 80, "anniversary"),
        ("only his third trip overseas", 3, "trips"),
        # "the Nth time" counts what its clause does: here trips
        ("the third time Naruhito has gone abroad", 3, "trips"),
        ("the second time he visited Mongolia", 2, "trips"),
        ("the first time the court ruled", 1, "time"),
        # someone's "first" after a word of travel counts trips too
        ("his visit was his first to Mongolia", 1, "trips"),
        ("the visit was Naruhito's first to Mongolia", 1, "trips"),
        ("the ruling was his first", 1, ""),
    ],
)
def test_ordinals(text: str, value: int, unit: str) -> None:
    figure = one(text)
    assert (figure.kind, figure.value, figure.unit) == ("ordinal", value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "the two countries agreed",  # naming, not counting
        "one of the biggest factors",
        "the Beijing No. 2 Intermediate People's Court",
        "COP17 of the convention",
        "may they meet in march",  # lower-case month names are words
        "during the Second World War",  # names
        "in World War Two",
        "the First Lady",
        "March on, said May",  # a month name alone is a date only after "in", "since" ...
        "Once complete, the project will deliver power",  # "once" opening a clause: when
        "once the memorial is built",
        "a three-way meeting",  # a kind of meeting, not a count
        "the Dialogue is one mechanism supporting them",  # what it is, as "a mechanism" says
    ],
)
def test_what_is_not_a_figure(text: str) -> None:
    assert read_figures(text) == []


def test_a_decade_is_a_span_not_a_value() -> None:
    figure = one("in his 60s")
    assert (figure.low, figure.high) == (60, 69)


@pytest.mark.parametrize(
    ("stated", "stored", "expected"),
    [
        # the claim's qualifier: "over $1 billion" bears out "more than a billion dollars"
        ("more than a billion dollars", (1e9, "USD", "more than"), MATCH),
        ("$500 million", (1e9, "USD", "more than"), DIFFER),
        ("$1.2 billion", (1e9, "USD", "more than"), PARTIAL),
        ("8 days", (8, "days", None), MATCH),
        ("an eight-day visit", (8, "days", None), MATCH),
        ("five days", (8, "days", None), DIFFER),
        # rounding by the statement's precision
        ("12.3 thousand POWs", (12318, "prisoners of war", None), MATCH),
        ("12.4 thousand POWs", (12318, "prisoners of war", None), DIFFER),
        ("about 12,000 laborers", (12000, "forced laborers", "approximately"), MATCH),
        ("12,000 laborers", (12000, "forced laborers", "approximately"), MATCH),
        ("about 20,000 laborers", (12000, "forced laborers", "approximately"), DIFFER),
        ("nearly 13,850 POWs", (13847, "prisoners of war", None), MATCH),
        ("fewer than 1,650 deaths", (1684, "deaths", None), DIFFER),
        ("fewer than 1,650 deaths", (1621, "deaths", None), MATCH),
        ("3½ years", (3.5, "years in prison", None), MATCH),
        ("42 months", (3.5, "years", None), MATCH),  # durations meet in days
        ("ten days", (80, "years since the end of World War II", None), UNRELATED),
        ("lasted a week", (8, "days", None), DIFFER),
        ("lasted more than a week", (8, "days", None), MATCH),
        # "somewhat over" is judged in the same span as the bounds: a decade is 10 years
        ("more than a decade", (10, "years", "more than"), MATCH),
        ("more than 30 years", (10, "years", "more than"), DIFFER),
        # "about" reaches as far as the figure is rounded: 1,684 is about 1,700, 1,621 is not
        ("about 1,700 deaths", (1684, "deaths", None), MATCH),
        ("about 1,700 deaths", (1621, "deaths", None), DIFFER),
        ("between 12,318 and 13,847 POWs", (13847, "prisoners of war", None), MATCH),
        ("between 12,318 and 13,847 POWs", (12318, "prisoners of war", None), MATCH),
        # "over $1 billion" is somewhat over it: "$1.5 billion" is left open, "$10bn" gainsaid
        ("$1.5 billion", (1e9, "USD", "more than"), PARTIAL),
        ("more than $10bn", (1e9, "USD", "more than"), DIFFER),
        ("$2 billion", (1e9, "USD", "more than"), DIFFER),
        ("40 households", (100, "households", "fewer than"), DIFFER),
        ("70 households", (100, "households", "fewer than"), PARTIAL),
        # different things are not compared
        ("8 days", (8, "households", None), UNRELATED),
        ("1,621 POWs died", (1621, "deaths", None), MATCH),
        ("1,621 POWs died", (12318, "prisoners of war", None), UNRELATED),
    ],
)
def test_compare_with_a_stored_figure(
    stated: str, stored: tuple[float, str, str | None], expected: str
) -> None:
    assert compare(one(stated), claim_figure(*stored)) == expected


@pytest.mark.parametrize(
    ("stated", "stored", "expected"),
    [
        ("in August", "2025-07", DIFFER),
        ("in July", "2025-07-08", MATCH),
        ("in July", "2025", PARTIAL),
        ("July 2025", "2025-07-08", MATCH),
        ("8 July 2025", "2025-07-08", MATCH),
        ("July 8", "2025-07-08", MATCH),
        ("July 6", "2025-07-08", DIFFER),
        ("July 11", "2025-07", PARTIAL),  # the store does not say which day
        ("in 2005", "2001", DIFFER),
        ("since March 2021", "2023-03", DIFFER),
    ],
)
def test_compare_dates(stated: str, stored: str, expected: str) -> None:
    assert compare(one(stated), date_figures(stored)[0]) == expected


@pytest.mark.parametrize(
    ("stated", "stored", "expected"),
    [
        ("September 3", "Sept. 3", MATCH),  # both without a year
        ("Aug. 15", "September 3", DIFFER),
        ("in August", "July 8", DIFFER),
        ("in July", "July 8", MATCH),  # the day is in the month stated
        ("July 8", "in July", PARTIAL),  # the store does not say which day
        ("Sept. 3", "August 3", DIFFER),  # the same day of another month
    ],
)
def test_compare_days_without_a_year(stated: str, stored: str, expected: str) -> None:
    assert compare(one(stated), one(stored)) == expected


def test_a_figure_as_json() -> None:
    assert one("over $1 billion").to_dict() == {
        "text": "over $1 billion",
        "value": 1000000000,
        "unit": "dollars",
    }
    assert one("8 July 2025").to_dict() == {"text": "8 July 2025", "value": "2025-07-08", "unit": "date"}


@given(st.text(max_size=300))
def test_any_text_reads_without_error(text: str) -> None:
    for figure in read_figures(text):
        assert 0 <= figure.start <= figure.end <= len(text)
        assert figure.low <= figure.high


def test_a_month_ending_a_sentence_is_written_without_the_full_stop() -> None:
    """ "in June." is June; "in Sept." keeps its abbreviation's point."""
    assert one("The visit took place in June.").text == "June"
    assert one("The drills were held in Sept.").text == "Sept."


def test_just_over_stays_near_its_figure() -> None:
    """ "just over 12,300" is above 12,300 within its rounding: 12,318, not 13,847."""
    figure = one("just over 12,300 POWs")
    assert figure.low > 12_300 and figure.high < 12_500
    assert compare(figure, one("12,318 POWs")) == MATCH
    assert compare(figure, one("13,847 POWs")) == DIFFER
    assert compare(one("just over $1bn"), claim_figure(1_000_000_000, "dollars", "over")) == MATCH


def test_a_count_of_them_dying_counts_deaths() -> None:
    assert read_figures("13,847 POWs were sent, with 1,684 of them dying")[1].unit == "deaths"
    assert one("1,684 Japanese detainees lost their lives in Mongolia").unit == "deaths"
    assert one("12,318 Japanese detainees").unit == "prisoners"  # detainees are counted as prisoners


@pytest.mark.parametrize(
    ("text", "days"),
    [("in early July 2025", (1, 10)), ("in mid-July 2025", (11, 20)), ("in late July 2025", (21, 31))],
)
def test_early_mid_and_late_are_thirds_of_the_month(text: str, days: tuple[int, int]) -> None:
    import datetime

    figure = one(text)
    first, last = (datetime.date.fromordinal(int(bound)).day for bound in (figure.low, figure.high))
    assert (figure.iso, first, last) == ("2025-07", *days)


def test_a_slashed_date_that_does_not_say_which_is_the_day_is_no_date() -> None:
    """ "8/7/2025" is July 8 in Europe and August 7 in the United States: neither is read."""
    assert not [figure for figure in read_figures("on 8/7/2025") if figure.iso and len(figure.iso) == 10]


def test_a_year_before_a_singular_noun_dates_it() -> None:
    """A year before a singular noun dates it: 2,007 trips would be written "trips"."""
    assert one("his 2007 trip to Mongolia").kind == "year"
    assert one("power for 2019 households").unit == "households"


def test_about_reaches_as_far_as_the_rounding_the_figure_is_written_with() -> None:
    """ "about 1.6 thousand" is 1,550 to 1,650, as "about 1,600" is: 1,621, not 1,684."""
    for text in ("about 1.6 thousand deaths", "about 1,600 deaths"):
        figure = one(text)
        assert (figure.low, figure.high) == (1550, 1650), text


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("the rehearsal King Search 2022", []),  # a year in a name dates nothing
        ("Japan took part in Khaan Quest 2025.", []),
        # after a name in the possessive, a year dates what follows
        ("Emperor Naruhito's 2019 visit to Mongolia", ["2019"]),
        ("Naruhito\u2019s 2025 visit", ["2025"]),
    ],
)
def test_a_year_in_a_name_and_after_a_possessive(text: str, years: list[str]) -> None:
    assert [f.iso for f in read_figures(text) if f.is_date] == years


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # "about a week" is said to the day; "just over a week" reaches a day or two past it
        ("about a week", (6, 8)),
        ("just over a week", (7, 9)),
        # "nearly a week" stays under it
        ("nearly a week", (6.3, 7)),
    ],
)
def test_one_span_is_said_to_the_next_span_down(text: str, days: tuple[float, float]) -> None:
    figure = one(text)
    assert (figure.unit, figure.low * 7, figure.high * 7) == (
        "weeks",
        pytest.approx(days[0], abs=0.01),
        pytest.approx(days[1], abs=0.01),
    )


@pytest.mark.parametrize(
    ("text", "per_year"),
    [
        ("three times a year", 3),
        ("two times per year", 2),
        ("three times a month", 36),
        ("three times yearly", 3),
        ("ten times annually", 10),
    ],
)
def test_so_many_times_a_year_is_a_rate(text: str, per_year: float) -> None:
    figure = one(text)
    assert (figure.kind, figure.unit, figure.value) == ("rate", "per year", per_year)


def test_a_comparison_before_a_currency_bounds_the_amount() -> None:
    """ "exceeded US$1 billion" and "exceeded USD 1 billion" are more than $1 billion, as
    "exceeded $1 billion" is ("US" stood between the verb and the amount)."""
    for text in ("exceeded US$1 billion", "exceeded USD 1 billion", "more than US$ 1 billion"):
        assert (one(text).qualifier, one(text).unit) == ("more than", "dollars"), text


def test_a_rate_before_a_noun_leaves_the_noun_to_the_words() -> None:
    """ "the twice-yearly exercise": the rate is "twice-yearly"; "exercise" is for a claim to hold."""
    figure = one("The twice-yearly exercise was closed to the public.")
    assert (figure.text, figure.unit, figure.value) == ("twice-yearly", "per year", 2)
