"""Figures as people write them, read into numbers, units, qualifiers and dates, and compared.

"12,318", "12 318", "12.3 thousand", "thirteen thousand eight hundred forty-seven", "$1bn",
"70k", "3½ years", "three and a half years", "eight-day", "9%", "July 8", "8 July 2025",
"2025-07-08", "March of 2023", "the 80th anniversary", "Shuzo Yamada, 107," ... each becomes a
``Figure``: the range of values it allows (an exact figure, "about", "more than", "nearly"...) and
what it counts (its unit, normalised: "POWs" and "prisoners of war" are both ``prisoners``).

Two figures are compared as ranges: a statement is borne out by a claim when every value the
claim allows is one the statement allows ("more than a billion dollars" by "over $1 billion",
"about 12.3 thousand" by 12,318), and contradicted when no value is allowed by both.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from jpmn.core.text import NUMBER_WORDS

if TYPE_CHECKING:
    from collections.abc import Iterator

# --- vocabulary -----------------------------------------------------------------------------------

_SMALL = {**NUMBER_WORDS, "a": 1, "an": 1, "dozen": 12, "a dozen": 12}
_SCALE = {"hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SUFFIX_SCALE = {"k": 1_000, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_YEARLY = {
    "annual": 1.0, "annually": 1.0, "yearly": 1.0, "biennial": 0.5, "biennially": 0.5,
    "biannual": 2.0, "biannually": 2.0, "semiannual": 2.0, "semiannually": 2.0,
    "quarterly": 4.0, "monthly": 12.0, "weekly": 52.0, "daily": 365.0,
}  # fmt: skip
"""Words that say how often a year ("the annual Dialogue", "held biennially"): a rate per year."""
_PER_SPAN = {"yearly": 1.0, "annually": 1.0, "monthly": 12.0, "weekly": 52.0, "daily": 365.0}
"""Words after "twice" or "three times" that say in what span ("twice yearly", "twice monthly"):
how many of the span a year."""
_EVERY = {
    "year": 1.0, "month": 12.0, "week": 52.0, "day": 365.0, "summer": 1.0, "winter": 1.0, "spring": 1.0,
    "autumn": 1.0, "fall": 1.0,
    **{name.casefold(): 1.0 for name in calendar.month_name if name},
}  # fmt: skip
"""What "every" or "each" may stand before to say how often a year ("held every July", "each year")."""
_MONTHS = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_NAMES = frozenset(name.casefold() for name in calendar.month_name if name)
_MONTH_LEADS = frozenset(
    "in since during until till by of from before after early late mid throughout last next this".split()  # noqa: SIM905
)
"""Words before a month alone that make it a date ("in August"), not a name or a verb ("March")."""
_MONTH_DETERMINERS = frozenset("the a an its his her their our that".split())  # noqa: SIM905
"""Words before a month that qualifies a noun ("the July trip", "his March detention"), as a
possessive is ("the couple's July visit"): a date, as after "in"; after them "March" and "May" are
no verbs."""
_NOT_QUALIFIED = frozenset("of and or to in on at for with by as".split())  # noqa: SIM905
"""Words after such a month that show it qualifies nothing ("the March of history")."""

# Words before a figure that widen it: the figure then allows a range rather than one value.
QUALIFIERS = {
    "about": "about", "around": "about", "roughly": "about", "approximately": "about", "some": "about",
    "approx": "about", "circa": "about", "c": "about", "an estimated": "about", "estimated": "about",
    "almost": "nearly", "nearly": "nearly", "close to": "nearly", "just under": "nearly",
    "more than": "more than", "over": "more than", "above": "more than", "upwards of": "more than",
    "in excess of": "more than", "exceeding": "more than", "exceeded": "more than", "topped": "more than",
    "tops": "more than", "top": "more than", "just over": "just over", "beyond": "more than",
    "surpassed": "more than", "passed": "more than", "crossed": "more than", "exceeds": "more than",
    "well over": "more than", "north of": "more than", "just shy of": "nearly", "just above": "just over",
    "slightly more than": "just over", "slightly over": "just over", "a little over": "just over",
    "a little more than": "just over",
    # a comparison with the figure is a bound on it: "sentences longer than ten years"
    "longer than": "more than", "greater than": "more than", "higher than": "more than",
    "larger than": "more than", "bigger than": "more than",
    "shorter than": "less than", "lower than": "less than", "smaller than": "less than",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "reached": "at least", "reaches": "at least", "reaching": "at least",
    "fewer than": "less than", "less than": "less than", "under": "less than", "below": "less than",
    "up to": "at most", "at most": "at most", "as many as": "at most", "no more than": "at most",
}  # fmt: skip
_QUALIFIER_WORDS = sorted(QUALIFIERS, key=lambda words: -len(words))
ABOUT_MARGIN = 0.05
"""Half the widest reach of "about" (10 %): "about $1 billion" is not $1.4 billion."""

# Units, each word (singular, lower case) with the unit it is normalised to. The unit of a figure
# is the first of the words after it found here; else the first noun itself.
_UNIT_WORDS = {
    "day": "days", "days": "days", "week": "weeks", "fortnight": "weeks", "month": "months",
    "year": "years", "yr": "years", "yrs": "years", "hrs": "hours", "wks": "weeks",
    "hour": "hours", "minute": "minutes", "decade": "decades", "century": "centuries",
    "household": "households", "home": "households", "families": "households",
    "ton": "tons", "tonne": "tons", "t": "tons", "mt": "tons",
    "dollar": "dollars", "usd": "dollars", "$": "dollars", "us$": "dollars",
    "yen": "yen", "¥": "yen", "jpy": "yen", "yuan": "yuan", "rmb": "yuan", "cny": "yuan", "euro": "euros",
    "€": "euros", "eur": "euros", "gbp": "pounds",
    "tugrik": "tugriks", "mnt": "tugriks", "pound": "pounds", "£": "pounds",
    "percent": "percent", "%": "percent", "per cent": "percent", "percentage": "percent",
    "pow": "prisoners", "prisoner": "prisoners", "internee": "prisoners", "captive": "prisoners",
    "detainee": "prisoners", "held": "prisoners", "interned": "prisoners", "detained": "prisoners",
    "laborer": "prisoners", "labourer": "prisoners", "forced laborer": "prisoners",
    "death": "deaths", "life": "deaths", "fatality": "deaths", "casualty": "deaths", "died": "deaths",
    "perished": "deaths", "dead": "deaths",
    "national": "nationals", "citizen": "nationals",
    "aircraft carrier": "carriers", "carrier": "carriers",
    "trip": "trips", "journey": "trips", "visit": "trips", "tour": "trips", "destination": "trips",
    "drill": "drills", "exercise": "drills", "training": "drills",
    "person": "people", "people": "people", "man": "people", "men": "people", "woman": "people",
    "personnel": "personnel", "troop": "personnel", "soldier": "personnel", "staff": "personnel",
    "vessel": "vessels", "ship": "vessels", "boat": "vessels",
}  # fmt: skip
_WHOLE_COUNTS = frozenset(
    ("prisoners", "deaths", "survivors", "households", "people", "nationals", "personnel")
)
"""Counts of people and homes, which are whole."""
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_CURRENCY_CODES = frozenset(("usd", "jpy", "mnt", "rmb", "cny", "eur", "gbp"))
"""Currency codes written before the amount ("USD 1 billion")."""
KNOWN_UNITS = frozenset({*_UNIT_WORDS.values(), "age", "per year", "times", "anniversary", "survivors"})
"""The units figures are compared by; any other word after a number is only a guess at one."""
# Countable things a plain nationality stands for ("12,318 Japanese were interned").
_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25, "decade": 3652.5}
_DAYS.update({"hour": 1 / 24, "minute": 1 / 1440})
_SPANS = {"days": 1.0, "weeks": 7.0, "months": 30.44, "years": 365.25, "decades": 3652.5}
_SPANS.update({"hours": 1 / 24, "minutes": 1 / 1440})
"""Durations in days, so "a week" can be compared with "8 days" and "42 months" with "3½ years"."""
_ONE_SPAN_STEP = {"weeks": 1 / 7 + 1e-9, "months": 7 / 30.44, "years": 1 / 12 + 1e-9, "decades": 0.1 + 1e-9}
"""How finely "about a week", "just over a month" or "about a year" are said: to the next span
down (a day, a week, a month, a year), as a share of the one span."""
_TIMES_A_YEAR = {
    (each, span): per_year
    for each in ("a", "per", "each", "every")
    for span, per_year in (("year", 1.0), ("month", 12.0), ("week", 52.0), ("day", 365.0))
}
"""So many times a year, a month, a week, a day: how many times a year that is."""
_BEFORE_A_SPAN = frozenset(
    "for lasted lasting spent took than about nearly almost over just only within".split()  # noqa: SIM905
)
_PEOPLE_UNITS = frozenset({"people", "prisoners", "deaths", "nationals"})
_NATIONALITIES = frozenset(
    """
    japanese mongolian chinese korean south north russian soviet american us u.s. foreign
    """.split()  # noqa: SIM905
)
_DEATH_CUES = re.compile(
    r"\b(?:died|die|dies|dying|dead|deaths?|death toll|killed|perished|lives|fatalities)\b"
)
_DEATHS_BEFORE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|(?:cost|costs|costing|claim(?:s|ed|ing)?|t(?:ake|akes|ook|aking))\s+the\s+lives\s+of)"
    r"\s+$",
    re.IGNORECASE,
)
"""Deaths said before those who died: "killed 1,684 prisoners", "cost the lives of 1,684 prisoners"."""
_TRAVEL_CUES = re.compile(
    r"\b(?:abroad|overseas|visit(?:ed|s|ing)?|travell?(?:ed|ing)?|trips?|journeys?|tours?|toured)\b"
    r"|\bbeen\s+(?:to|in)\b|^in\s+(?!history\b|years\b|decades\b|months\b|weeks\b|ages\b|a\b)[a-z]+$"
)
"""Words that make "the third time he has gone abroad", "her first time in Mongolia" and "the
first time she had been to Mongolia" counts of trips."""
_POSSESSIVES = frozenset(["his", "her", "its", "their", "s"])
_SURVIVAL_CUES = re.compile(
    r"\b(?:survived|survive|survives|survivors?|returned home|came home|made it home|made it back"
    r"|repatriated)\b"
)
"""Words that make a count of prisoners a count of those who lived."""
_PRISONER_CUES = re.compile(
    r"\b(?:pows?|prisoners?|interned|internees?|internment|captivity|camps?|forced labou?rers?|held|sent)\b"
    r"|\bforced (?:in)?to labou?r\b"
)
_STRONG_PRISONER_CUES = re.compile(
    r"\b(?:pows?|prisoners?|internees?|interned|internment|captivity|forced labou?rers?)\b"
    r"|\bforced (?:in)?to labou?r\b"
)
_STOP_AFTER = frozenset(
    """
    of in on at to for by from with as and or but were was are is be been had has have will would
    than that which who whom whose while when where during since after before per the a an its
    their his her this these those each every between among into onto over under about
    """.split()  # noqa: SIM905
)

_NUMBER = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)"
    r"|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?"
)
"""A number in digits: thousands grouped by commas or spaces, a decimal point, or a decimal comma
as much of the world writes one ("3,5": one or two digits after it, so never a thousands group)."""
_FRACTION = "½¼¾⅓⅔"
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_WORD = re.compile(
    r"(?P<time>(?<![\w.:])\d{1,2}:\d{2}(?::\d{2})?(?![\w:]))|"
    rf"(?P<num>(?:(?<![\w.])(?:{_NUMBER})[{_FRACTION}]?|(?<![\w.])[{_FRACTION}])"
    rf"(?P<suffix>st|nd|rd|th|s|k|m|mn|mln|bn|b|tn)?(?![\w]))"
    r"|(?P<word>[A-Za-z\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)?)"
    r"|(?P<sym>[$%¥€£]|US\$)"
    r"|(?P<punct>[-\u2010\u2011\u2013\u2014/,.;:!?()\"'\u2018\u2019\u201c\u201d])",
)
_ISO_DATE = re.compile(r"(?<![\w-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\w-])")
_DOTTED_DATE = re.compile(
    r"(?<![\w.])(?:(\d{1,2})\.(\d{1,2})\.(?P<year>(?:19|20)\d{2})|((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2}))(?![\w]|\.\d)"
)
"""A date written with dots: day, month, year ("8.7.2025") or year, month, day ("2025.07.08")."""

_SLASHED_DATE = re.compile(r"(?<![\w/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\w/])")
"""A date written with slashes, day and month in either order ("17/07/2025", "7/17/2025")."""


def _separated_dates(text: str) -> Iterator[tuple[re.Match[str], int, int, int]]:
    """Dates written in digits with dots or slashes: (match, year, month, day). "8.7.2025" has
    the day first, as Europe writes it, "2025.07.08" the year, as Mongolia does; "17/07/2025" and
    "7/17/2025" say which is the day, and "8/7/2025", which does not, is left (day 0)."""
    for match in _DOTTED_DATE.finditer(text):
        if match.group("year"):
            yield match, int(match.group("year")), int(match.group(2)), int(match.group(1))
        else:
            yield match, int(match.group(4)), int(match.group(5)), int(match.group(6))
    for match in _SLASHED_DATE.finditer(text):
        one, other, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        day, month = (one, other) if one > 12 >= other else (other, one) if other > 12 >= one else (0, 0)
        yield match, year, month, day


_YEAR_RANGE = re.compile(r"(?<![\w-])((?:19|20)\d{2})[-\u2013/]((?:19|20)\d{2})(?![\w-])")


@dataclass(frozen=True)
class Figure:
    """A figure read from text: the values it allows (``low``..``high``), what it counts, where.

    For a date, ``low``/``high`` are ordinal day numbers (the first and last day the date covers)
    and ``unit`` is ``date``; a day and month without a year keep ``year`` None and are compared
    by month and day. ``value`` is the number as written (a date's ISO form is in ``text_value``).
    """

    text: str
    value: float | None
    unit: str
    qualifier: str = "exact"
    low: float = 0.0
    high: float = 0.0
    kind: str = "number"
    """number, ordinal, age, year, date (a day, a month), rate (twice a year)."""
    noun: tuple[str, ...] = ()
    """The words after the figure (lower case): what it counts, for matching a claim's unit."""
    start: int = 0
    end: int = 0
    iso: str | None = None
    """A date's ISO form: 2025, 2025-07, 2025-07-08, or --07-08 without a year."""
    soft: bool = False
    """An ordinal word such as "first", often not a figure at all ("first paid respects")."""
    attribution: str | None = field(default=None, compare=False)

    @property
    def is_date(self) -> bool:
        return self.kind in ("date", "year")

    def to_dict(self) -> dict[str, object]:
        """The figure as ``--json`` shows it: the text, its value (a date's ISO form) and unit."""
        value: object = self.iso if self.is_date else _plain(self.value)
        return {"text": self.text, "value": value, "unit": self.unit}


def _plain(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


# --- reading --------------------------------------------------------------------------------------


@dataclass
class _Token:
    kind: str  # num, word, sym, punct
    text: str
    start: int
    end: int
    suffix: str = ""

    @property
    def low(self) -> str:
        return self.text.casefold()


def _tokens(text: str) -> list[_Token]:
    out = []
    for match in _WORD.finditer(text):
        kind = match.lastgroup or "punct"
        if match.group("num") is not None:
            suffix = match.group("suffix") or ""
            whole = match.group("num")
            number = whole[: len(whole) - len(suffix)] if suffix else whole
            out.append(_Token("num", number, match.start(), match.end(), suffix.casefold()))
        elif kind != "time":  # a time of day ("22:05") is neither a count nor a date
            out.append(_Token(kind, match.group(), match.start(), match.end()))
    return out


def number_value(written: str) -> float:
    """The value of a number as written in digits: 12,318 / 12 318 / 12318 / 3.5 / 3½ / ½."""
    fraction = 0.0
    if written and written[-1] in _FRACTIONS:
        fraction = _FRACTIONS[written[-1]]
        written = written[:-1]
    if _DECIMAL_COMMA.fullmatch(written):
        return float(written.replace(",", ".")) + fraction  # "3,5" is three and a half
    digits = re.sub(r"[,\s\u00a0\u202f]", "", written)
    return (float(digits) if digits else 0.0) + fraction


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _fraction_after(tokens: list[_Token], i: int) -> float | None:
    """A fraction written in digits after a whole number ("3 1/2"): a half, a third or a quarter."""
    if i + 3 >= len(tokens):
        return None
    top, slash, bottom = tokens[i + 1 : i + 4]
    if top.kind != "num" or slash.text != "/" or bottom.kind != "num" or top.suffix or bottom.suffix:
        return None
    if not (top.text.isdigit() and bottom.text.isdigit()):
        return None
    numerator, denominator = int(top.text), int(bottom.text)
    return numerator / denominator if 0 < numerator < denominator <= 4 else None


def _decimals(written: str) -> int:
    return len(written.split(".")[1]) if "." in written else 0


def parse_words(words: list[str]) -> tuple[float, int] | None:
    """The value of number words at the start of ``words`` and how many words it took.

    "thirteen thousand eight hundred forty-seven" (hyphens already split), "three and a half",
    "one billion", "a half", "twelve".
    """
    total, current, used, seen = 0.0, 0.0, 0, False
    i = 0
    while i < len(words):
        word = words[i]
        if word in _SMALL and not (word in ("a", "an") and seen):
            if word in ("a", "an"):
                # "a thousand", "a billion", "a half": only as a number's start
                if i + 1 < len(words) and (words[i + 1] in _SCALE or words[i + 1] in ("half", "dozen")):
                    if words[i + 1] == "half":
                        current += 0.5
                        i += 2
                        used = i
                        seen = True
                        continue
                    current += 1
                else:
                    break
            else:
                current += _SMALL[word]
            seen = True
            i += 1
            used = i
        elif word in _SCALE and seen:
            scale = _SCALE[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            i += 1
            used = i
        elif word == "and" and seen and i + 1 < len(words):
            # "three and a half", "one hundred and five"
            if words[i + 1 : i + 3] == ["a", "half"]:
                current += 0.5
                i += 3
                used = i
            elif words[i + 1] in _SMALL and words[i + 1] not in ("a", "an") and words[i - 1] in _SCALE:
                # only after a scale: "one and two" are two numbers, not three
                i += 1
            else:
                break
        elif word == "half" and not seen:
            current, seen = 0.5, True
            i += 1
            used = i
        else:
            break
    if not seen:
        return None
    return total + current, used


def read_figures(text: str) -> list[Figure]:
    """Every figure in a text, in order, each with its qualifier, unit and span."""
    return list(_read_figures(text))


@lru_cache(maxsize=4096)
def _read_figures(text: str) -> tuple[Figure, ...]:
    """``read_figures``, remembered: a draft's sentences are read for checking, then checked."""
    tokens = _tokens(text)
    lowered = [t.low for t in tokens]
    figures: list[Figure] = []
    taken: set[int] = set()

    def claim(first: int, last: int) -> None:
        taken.update(range(first, last + 1))

    # ISO dates and year ranges first: "2025-07-08", "2022-2031".
    for match in _ISO_DATE.finditer(text):
        year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
        if not 1 <= month <= 12:
            continue
        iso = f"{year:04d}-{month:02d}" + (f"-{int(day):02d}" if day else "")
        dated = _date_figure(match.group(), iso, match.start(), match.end())
        if dated is not None:
            figures.append(dated)
            claim(*_span_tokens(tokens, match.start(), match.end()))
    for match, year, month, day in _separated_dates(text):
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        dated = _date_figure(match.group(), f"{year:04d}-{month:02d}-{day:02d}", match.start(), match.end())
        if dated is not None:
            figures.append(dated)
            claim(*_span_tokens(tokens, match.start(), match.end()))
    for match in _YEAR_RANGE.finditer(text):
        first, last = _span_tokens(tokens, match.start(), match.end())
        if any(i in taken for i in range(first, last + 1)):
            continue
        for group in (1, 2):
            written = match.group(group)
            ranged = _date_figure(written, written, match.start(group), match.end(group), kind="year")
            if ranged is not None:
                figures.append(ranged)
        claim(first, last)

    i = 0
    while i < len(tokens):
        if i in taken:
            i += 1
            continue
        found = _date_at(text, tokens, lowered, i) or _figure_at(text, tokens, lowered, i, figures)
        if found is None:
            i += 1
            continue
        figure, first, last = found
        if figure.unit == "way" and figure.noun[:1] == ("way",):
            i = last + 1  # "a three-way meeting", "two-way trade": a kind of meeting, not a count
            continue
        between = _range(text, tokens, lowered, found[0], first, last, figures)
        if between is not None:
            figure, last = between
        figures.append(figure)
        claim(first, last)
        i = last + 1
    figures.sort(key=lambda f: f.start)
    return tuple(figures)


def _range(
    text: str,
    tokens: list[_Token],
    lowered: list[str],
    low: Figure,
    first: int,
    last: int,
    earlier: list[Figure],
) -> tuple[Figure, int] | None:
    """ "between 12,318 and 13,847 POWs": one figure allowing the values from one to the other."""
    if first == 0 or lowered[first - 1] != "between" or low.is_date or low.value is None:
        return None
    if last + 2 >= len(tokens) or lowered[last + 1] != "and":
        return None
    found = _figure_at(text, tokens, lowered, last + 2, earlier)
    if found is None or found[0].is_date or found[0].value is None:
        return None
    high, _first, end = found
    unit = high.unit or low.unit
    start = tokens[first - 1].start
    figure = Figure(
        text[start : high.end], low.value, unit, "between", min(low.low, high.low), max(low.high, high.high),
        "number", high.noun, start, high.end,
    )  # fmt: skip
    return figure, end


def _span_tokens(tokens: list[_Token], start: int, end: int) -> tuple[int, int]:
    """The first and last of the tokens wholly inside ``start:end`` ((0, -1) for none), found by
    bisection: tokens are in order and never overlap (scanned whole for each date, a long text of
    dates took time growing with the square of its length)."""
    first = bisect_left(tokens, start, key=attrgetter("start"))
    after = bisect_right(tokens, end, lo=first, key=attrgetter("end"))
    return (first, after - 1) if first < after else (0, -1)


def _date_figure(
    written: str, iso: str, start: int, end: int, kind: str = "date", year_known: bool = True
) -> Figure | None:
    """A date as a range of days (with its ISO form); None for an impossible date."""
    parts = iso.lstrip("-").split("-")
    try:
        if not year_known and len(parts) == 1:
            _dt.date(2024, int(parts[0]), 1)
            low, high = float(int(parts[0]) * 100 + 1), float(int(parts[0]) * 100 + 31)
        elif not year_known:
            _dt.date(2024, int(parts[0]), int(parts[1]))  # a leap year allows 29 February
            low = high = float(int(parts[0]) * 100 + int(parts[1]))
        else:
            year = int(parts[0])
            month = int(parts[1]) if len(parts) > 1 else None
            day = int(parts[2]) if len(parts) > 2 else None
            if month is None:
                low = float(_dt.date(year, 1, 1).toordinal())
                high = float(_dt.date(year, 12, 31).toordinal())
            elif day is None:
                last = calendar.monthrange(year, month)[1]
                low = float(_dt.date(year, month, 1).toordinal())
                high = float(_dt.date(year, month, last).toordinal())
            else:
                low = high = float(_dt.date(year, month, day).toordinal())
    except (ValueError, IndexError):
        return None
    return Figure(written, None, "date", "exact", low, high, kind, (), start, end, iso)


def _date_at(text: str, tokens: list[_Token], lowered: list[str], i: int) -> tuple[Figure, int, int] | None:
    """A date written with a month name starting at token i: "July 8", "Jul 17, 2025", "8 July
    2025", "March of 2023", "Aug. 1", "in March 2023"."""

    def month_at(j: int) -> tuple[int, int] | None:
        """(month, index after it, skipping an abbreviation's dot)."""
        if j >= len(tokens) or tokens[j].kind != "word" or lowered[j] not in _MONTHS:
            return None
        word = tokens[j].text
        # "may", "march", "jan" in lower case are words; a month is capitalised
        if not word[0].isupper():
            return None
        after = j + 1
        if after < len(tokens) and tokens[after].text == "." and len(word) <= 4:
            after += 1
        return _MONTHS[lowered[j]], after

    def day_at(j: int) -> int | None:
        if j < len(tokens) and tokens[j].kind == "word" and _ORDINALS.get(lowered[j], 99) <= 31:
            return _ORDINALS[lowered[j]]  # "the eighth of July", "July eighth"
        if (
            j < len(tokens)
            and tokens[j].kind == "num"
            and re.fullmatch(r"\d{1,2}", tokens[j].text)
            and tokens[j].suffix in ("", "st", "nd", "rd", "th")
        ):
            day = int(tokens[j].text)
            return day if 1 <= day <= 31 else None
        return None

    def year_at(j: int) -> int | None:
        if (
            j < len(tokens)
            and tokens[j].kind == "num"
            and re.fullmatch(r"\d{4}", tokens[j].text)
            and not tokens[j].suffix
        ):
            return int(tokens[j].text)
        return None

    token = tokens[i]
    # Month first: July 8 / July 8, 2025 / July 2025 / March of 2023
    found = month_at(i)
    if found is not None:
        month, j = found
        day = day_at(j)
        if day is None and j < len(tokens) and lowered[j] == "the" and day_at(j + 1) is not None:
            j += 1  # "July the 8th"
            day = day_at(j)
        if day is not None:
            k = j + 1
            if k < len(tokens) and tokens[k].text == "," and year_at(k + 1) is not None:
                k += 1
            year = year_at(k)
            last = k if year is not None else j
            return _finish_date(text, tokens, i, last, year, month, day)
        k = j + 1 if j < len(tokens) and lowered[j] == "of" else j
        year = year_at(k)
        if year is not None:
            return _finish_date(text, tokens, i, k, year, month, None)
        if i > 0 and lowered[i - 1] in _MONTH_LEADS:
            # "travelled to Mongolia in August": a month of a year the sentence leaves unsaid
            return _finish_date(text, tokens, i, j - 1, None, month, None)
        if (
            i > 0
            and (lowered[i - 1] in _MONTH_DETERMINERS or lowered[i - 1].endswith(("'s", "\u2019s")))
            and j < len(tokens)
            and tokens[j].kind == "word"
            and tokens[j].text.islower()
            and lowered[j] not in _NOT_QUALIFIED
        ):
            # "the July trip", "his March detention": the month dates the thing it qualifies
            return _finish_date(text, tokens, i, j - 1, None, month, None)
        return None
    # Day first: 8 July 2025 / 8 July
    day = day_at(i) if token.kind in ("num", "word") else None
    if day is not None:
        found = month_at(i + 1)
        if found is None and i + 2 < len(tokens) and lowered[i + 1] == "of":
            found = month_at(i + 2)
        if found is not None:
            month, j = found
            year = year_at(j)
            last = j if year is not None else j - 1
            if year is None and j - 1 > i and tokens[j - 1].text == ".":
                last = j - 2 if tokens[j - 2].kind == "word" else j - 1
            return _finish_date(text, tokens, i, last, year, month, day)
    return None


def _finish_date(
    text: str, tokens: list[_Token], first: int, last: int, year: int | None, month: int, day: int | None
) -> tuple[Figure, int, int] | None:
    if last > first and tokens[last].text == "." and tokens[last - 1].text.casefold() in _MONTH_NAMES:
        last -= 1  # "in June.": the sentence's full stop, not an abbreviation's ("Sept.")
    start, end = tokens[first].start, tokens[last].end
    written = text[start:end]
    if year is None:
        iso = f"--{month:02d}" + (f"-{day:02d}" if day else "")
        figure = _date_figure(written, iso, start, end, year_known=False)
    else:
        iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        figure = _date_figure(written, iso, start, end)
    if figure is None:
        return None
    part = _part_of_month(tokens, first) if day is None else None
    if part is not None:
        # "in early July 2025": the first ten days of it, "mid-July" the next ten, "late" the rest
        at, (first_day, last_day) = part
        low = figure.low + first_day - 1
        high = min(figure.high, figure.low + last_day - 1)
        start = tokens[at].start
        figure = replace(figure, text=text[start:end], low=low, high=high, start=start)
        first = at
    return figure, first, last


_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _part_of_month(tokens: list[_Token], first: int) -> tuple[int, tuple[int, int]] | None:
    """The part of a month written before it ("early", "mid-", "late") and where it starts."""
    at = first - 1
    if at >= 0 and tokens[at].text in _HYPHENS:
        at -= 1
    if at >= 0 and tokens[at].text.casefold() in _MONTH_PARTS:
        return at, _MONTH_PARTS[tokens[at].text.casefold()]
    return None


_PASSING = frozenset({"passed", "crossed", "topped", "surpassed", "exceeded", "broke", "cleared"})
"""Verbs that say a figure was gone beyond when "the" stands between ("passed the $1bn mark")."""
_MARKS = frozenset({"mark", "threshold", "milestone", "barrier", "level"})
"""Nouns after such a figure that only name it as a line crossed: "the $1bn mark" is $1bn."""


def _qualifier_before(lowered: list[str], i: int) -> tuple[str, int]:
    """The qualifier written just before token i ("more than", "about") and the index it starts."""
    for words in _QUALIFIER_WORDS:
        parts = words.split()
        start = i - len(parts)
        if start >= 0 and lowered[start:i] == parts:
            return QUALIFIERS[words], start
    if i >= 2 and lowered[i - 1] == "the" and lowered[i - 2] in _PASSING:
        return "more than", i - 2
    return "exact", i


def _figure_at(
    text: str, tokens: list[_Token], lowered: list[str], i: int, earlier: list[Figure]
) -> tuple[Figure, int, int] | None:
    """A number (digits or words), ordinal, year or age starting at token i, with what follows."""
    token = tokens[i]
    first = i
    value: float | None = None
    precision = 0.0
    kind = "number"
    soft = False

    if token.kind == "sym" and token.text in ("$", "US$", "¥", "€", "£") and i + 1 < len(tokens):
        if tokens[i + 1].kind != "num" and lowered[i + 1] not in _SMALL:
            return None
        i += 1
        token = tokens[i]
    elif lowered[i] in _CURRENCY_CODES and i + 1 < len(tokens) and tokens[i + 1].kind == "num":
        i += 1  # "USD 1 billion", as "$1 billion"
        token = tokens[i]
    currency = _UNIT_WORDS.get(lowered[first]) if first != i else None
    if first > 0 and lowered[first - 1] == "us" and token.kind == "num" and lowered[first] == "$":
        first -= 1  # "US$1 billion" written with a space or read as "US" and "$"
    last = i

    if token.kind == "num" and i > 0 and lowered[i - 1] in ("no", "number", "#", "nos"):
        return None  # "No. 2 Intermediate People's Court": a name
    if token.kind == "num" and i > 1 and tokens[i - 1].text == "." and lowered[i - 2] == "no":
        return None
    if token.kind == "num":
        written = token.text
        if token.suffix in ("st", "nd", "rd", "th"):
            kind = "ordinal"
            value = number_value(written)
        elif token.suffix == "s":
            # "the 1990s", "in his 60s": a span, not one value
            base = number_value(written)
            width = 10.0 if base < 100 or base % 100 else 100.0
            figure = Figure(
                text[tokens[first].start : token.end], base, "decade", "exact", base, base + width - 1,
                "number", (), tokens[first].start, token.end,
            )  # fmt: skip
            return figure, first, i
        else:
            value = number_value(written)
            decimals = _decimals(written)
            precision = 0.5 * 10.0**-decimals if decimals else 0.0
            if token.suffix in _SUFFIX_SCALE:
                scale = _SUFFIX_SCALE[token.suffix]
                value *= scale
                precision = 0.5 * 10.0**-decimals * scale if decimals else 0.0
            elif (scaled := _scale_after(lowered, i + 1)) is not None:
                # "1.5 million", and hyphened before a noun: "a $1-billion fund"
                scale = _SCALE[lowered[scaled]]
                value *= scale
                precision = 0.5 * 10.0**-decimals * scale if decimals else 0.0
                last = scaled
            if written[-1] in _FRACTIONS:
                precision = 0.0
            if lowered[i + 1 : i + 4] == ["and", "a", "half"] and last == i:
                value, precision, last = value + 0.5, 0.0, i + 3
            elif last == i and (part := _fraction_after(tokens, i)) is not None:
                value, precision, last = value + part, 0.0, i + 3  # "3 1/2 years"
    elif token.kind == "word":
        if token.text[:1].isupper() and (
            (i > 0 and lowered[i - 1] == "war" and (lowered[i] in _ORDINALS or lowered[i] in _SMALL))
            or (
                # an ordinal inside a name; "Six Japanese nationals" opening a sentence counts
                lowered[i] in _ORDINALS
                and i > 0
                and tokens[i - 1].text not in (".", "!", "?", '"', "\u201c")
                and i + 1 < len(tokens)
                and tokens[i + 1].kind == "word"
                and tokens[i + 1].text[:1].isupper()
            )
        ):
            return None  # a name: "the Second World War", "World War Two", "the First Lady"
        if lowered[i] in _ORDINALS:
            kind, value, soft = "ordinal", float(_ORDINALS[lowered[i]]), lowered[i] == "first"
        elif lowered[i] in _TIMES:
            if lowered[i] == "once" and _conjunction(tokens, lowered, i):
                return None  # "Once complete, the project ...": when, not how often
            kind, value = "rate", float(_TIMES[lowered[i]])
        elif (
            lowered[i] in ("every", "each")
            and lowered[i + 1 : i + 2]
            and lowered[i + 1] in _EVERY
            # "avoid 82,789 tons of CO2 each year": the amount a year, not how often
            and all(figure.is_date for figure in earlier)
        ):
            kind, value = "rate", _EVERY[lowered[i + 1]]  # "held every July": once a year
        elif lowered[i] in _YEARLY and (i == 0 or lowered[i - 1] not in (*_TIMES, "times")):
            kind, value = "rate", _YEARLY[lowered[i]]  # "twice yearly" is read from "twice"
        elif (
            lowered[i] in ("a", "an")
            and _singular(lowered[i + 1] if i + 1 < len(lowered) else "") in _DAYS
            and ((i > 0 and lowered[i - 1] in _BEFORE_A_SPAN) or "long" in lowered[i + 2 : i + 4])
        ):
            value = 1.0  # "lasted a week", "more than a year", "a week-long visit", "was a week long"
        elif (
            lowered[i] == "single"
            and i > 0
            and lowered[i - 1] == "a"
            and lowered[i + 1 : i + 2] not in ([], ["one"])
        ):
            value = 1.0  # "a single aircraft carrier"
        elif lowered[i] not in _SMALL and lowered[i] != "half":
            return None
        else:
            words, index = _word_run(tokens, lowered, i)
            parsed = parse_words(words)
            if parsed is None:
                return None
            value, used = parsed
            # "the two countries": naming, not counting ("the one-billion-dollar mark" counts)
            if i > 0 and lowered[i - 1] in ("the", "both", "these", "those", "all") and value < 1000:
                return None
            if lowered[i] in ("a", "an") and value == 1 and used == 1:
                return None
            if used == 1 and lowered[i] == "one" and not _counts_something(lowered, i):
                return None  # "one of the biggest factors", "one example"
            if (
                used == 1
                and lowered[i] == "one"
                and i > 1
                and lowered[i - 2] in ("the", "a", "an", "this", "that")
            ):
                return None  # "exceeds the Mongolian one by 1,529": "one" stands for a noun said before
            last = index[used - 1]
            if lowered[last] == "half" and lowered[last + 1 : last + 2] in (["a"], ["an"]):
                last += 1  # "half a day"
    else:
        return None
    if value is None:
        return None

    qualifier, qualifier_start = _qualifier_before(lowered, first)
    # "topped $1bn": a verb of comparison right before
    start_token = qualifier_start if qualifier != "exact" else first
    start = tokens[start_token].start

    # A four-digit number standing alone is a year: "in 2019", "since 2011", "fiscal 2025".
    if (
        kind == "number"
        and token.kind == "num"
        and re.fullmatch(r"(?:18[5-9]\d|19\d\d|20\d\d)", token.text)
        and not token.suffix
        and last == i
        and currency is None
        and not _unit_follows(tokens, lowered, i + 1)
    ):
        if _named_year(tokens, lowered, i):
            return None
        dated = _date_figure(token.text, token.text, token.start, token.end, kind="year")
        return (dated, first, i) if dated is not None else None

    noun, unit, after = _unit_after(tokens, lowered, last + 1, last)
    if currency is None or unit == currency:
        last = after
    else:
        noun, unit = (), currency
    if (
        (unit == "" and i > 0 and lowered[i - 1] == "aged")
        or (unit == "years" and noun[-1:] == ("old",))
        # "Yamada was 107 when ...", "Yamada, a former internee, is 107.": a bare number a person "was"
        or (
            unit == ""
            and i > 1
            and lowered[i - 1] in ("was", "is")
            and _person_before(tokens, i - 2)
            and (i + 1 == len(tokens) or lowered[i + 1] in ("when", "at", ".", ",", ";", "!"))
            and tokens[i].text.isdigit()
            and int(tokens[i].text) < 130
        )
    ):
        unit = "age"
    if qualifier_start < first and lowered[qualifier_start + 1] == "the":
        # "passed the $1bn mark", "crossed the 30,000 threshold": the mark is the figure, no unit
        if last + 1 < len(tokens) and lowered[last + 1] in _MARKS:
            last += 1
        elif noun[:1] and noun[0] in _MARKS:
            noun, unit = (), ""
    end = tokens[last].end
    if kind == "ordinal":
        # "80th anniversary" counts years; "third trip" counts trips
        if unit == "" and noun:
            unit = noun[0]
        if noun and noun[0] == "anniversary":
            unit = "anniversary"
        elif unit in ("time", "occasion") and _TRAVEL_CUES.search(
            " ".join(_clause_after(tokens, lowered, last + 1))
        ):
            unit = "trips"  # "the third time he has gone abroad" counts his trips
        elif (
            unit == ""
            and first > 0
            and (lowered[first - 1] in _POSSESSIVES or lowered[first - 1].endswith(("'s", "\u2019s")))
            and _TRAVEL_CUES.search(" ".join(lowered[max(0, first - 6) : first - 1]))
        ):
            unit = "trips"  # "his 2025 visit was his first to Mongolia" counts his trips
    elif kind == "rate":
        # "twice a year"
        following = tuple(lowered[last + 1 : last + 3])
        if lowered[first] in _YEARLY:
            noun, unit, last = (lowered[first],), "per year", first  # "the annual Ulaanbaatar Dialogue"
        elif lowered[first] in ("every", "each"):
            # "held every July", "every year": at least that often (twice a year is every year);
            # a month is left to be read as the date it is ("every June" is no "annual" in May)
            noun, unit = (lowered[first], lowered[first + 1]), "per year"
            last = first if lowered[first + 1] in _MONTHS else first + 1
            if qualifier == "exact":
                qualifier = "at least"
        elif following in _TIMES_A_YEAR:
            # "twice a year", and "twice a month" twelve times as often
            noun, last = following, last + 2
            unit, value = "per year", value * _TIMES_A_YEAR[following]
        elif following[:1] and following[0] in _PER_SPAN:
            # "twice yearly", and "twice monthly" twelve times as often
            noun, last = following[:1], last + 1
            unit, value = "per year", value * _PER_SPAN[following[0]]
        elif noun[:1] and noun[0] in _PER_SPAN:
            unit, value = "per year", value * _PER_SPAN[noun[0]]  # "twice-yearly", "twice-monthly"
            if noun[0] in lowered[first + 1 : first + 3]:
                # the rate ends there: "the twice-yearly exercise" keeps "exercise" for the
                # words a claim must hold
                noun, last = noun[:1], first + 1 + lowered[first + 1 : first + 3].index(noun[0])
        else:
            unit = "times"
        end = tokens[last].end
    elif unit in ("years", "year") and first > 0 and lowered[first - 1] == "every" and value:
        # "held every two years": how often, once in that many years
        kind, unit, value, precision, noun = "rate", "per year", 1.0 / value, 0.0, ("every", *noun)
    elif (
        unit == "times"
        and lowered[last : last + 1] == ["times"]
        and tuple(lowered[last + 1 : last + 3]) in _TIMES_A_YEAR
    ):
        # "three times a year" is a rate, as "twice a year" is
        each, span = lowered[last + 1], lowered[last + 2]
        kind, unit, value, noun = "rate", "per year", value * _TIMES_A_YEAR[each, span], (each, span)
        last += 2
        end = tokens[last].end
    elif (
        unit == "times"
        and lowered[last : last + 1] == ["times"]
        and lowered[last + 1 : last + 2]
        and lowered[last + 1] in _PER_SPAN
    ):
        # "three times yearly", as "three times a year" ("three times monthly" twelve times as often)
        kind, unit, noun = "rate", "per year", (lowered[last + 1],)
        value *= _PER_SPAN[lowered[last + 1]]
        last += 1
        end = tokens[last].end
    elif unit == "" and _is_age(tokens, lowered, first, i):
        unit = "age"
        end = token.end
    if unit in ("", "people") or unit in _NATIONALITIES:
        unit = _unit_from_context(text, tokens, lowered, first, unit, earlier)
    if unit in ("prisoners", "people"):
        clause = " ".join(_clause_after(tokens, lowered, last + 1))
        if _DEATH_CUES.search(clause) or _DEATHS_BEFORE.search(text, max(0, start - 40), start):
            unit = "deaths"  # "1,684 Japanese prisoners died", "POWs who are believed to have died"
        elif (lived := " ".join(_clause_after(tokens, lowered, last + 1, limit=10))) and (
            _SURVIVAL_CUES.search(lived) and not re.search(r"\b(?:not|never|no)\b|n't", lived)
        ):
            unit = "survivors"  # "10,697 Japanese POWs survived": a count of no stored figure's kind
    written = text[start:end].strip(" ,.;:")
    if (
        unit in _WHOLE_COUNTS
        and _DOTTED_THOUSANDS.fullmatch(tokens[i].text)
        and value == float(tokens[i].text)  # no "million" after it
    ):
        # "12.318 POWs", "70.000 households": no count of people or homes has a fraction; the
        # dots group thousands, as many countries write them
        value, precision = float(tokens[i].text.replace(".", "")), 0.0
    if unit == "centuries":
        # "half a century" of ties is the store's 50 years (or 50th anniversary)
        value, precision, unit = value * 100, precision * 100, "years"
    if value == 1 and not precision and unit in _ONE_SPAN_STEP and qualifier in ("about", "just over"):
        # "about a week" is said to the day (6 to 8 days), "just over a year" to the month
        precision = _ONE_SPAN_STEP[unit]
    low, high = _bounds(value, precision, qualifier)
    kind = "age" if unit == "age" else kind
    return (
        Figure(written, value, unit, qualifier, low, high, kind, noun, start, end, None, soft),
        start_token,
        last,
    )


_CLAUSE_OPENERS = frozenset(
    """the it its they he she we this that these those again more complete completed finished
    built done""".split()  # noqa: SIM905
)


def _conjunction(tokens: list[_Token], lowered: list[str], i: int) -> bool:
    """Whether "once" opens a clause ("Once complete, ...", "once the plant is built") rather than
    counting ("visited once", "once a year")."""
    opens = i == 0 or tokens[i - 1].text in (",", ";", ":", ".", "(") or lowered[i - 1] in ("and", "but")
    return opens or (i + 1 < len(lowered) and lowered[i + 1] in _CLAUSE_OPENERS)


def _clause_after(tokens: list[_Token], lowered: list[str], j: int, limit: int = 6) -> list[str]:
    """The words after a figure up to the end of its clause ("prisoners and the death toll at 1621":
    the death toll is another figure's)."""
    out = []
    for k in range(j, min(j + limit, len(tokens))):
        if tokens[k].kind == "num" or lowered[k] in (",", ";", ".", "and", "while", "whereas", "but"):
            break
        out.append(lowered[k])
    return out


CLAUSE_WORDS = 40
"""The most words read back to a clause's start: a sentence's clause is shorter, and a text of one
endless clause ("by 5 by 5 by 5 ...") costs in proportion to its length, not its square."""


def _clause_before(lowered: list[str], j: int) -> list[str]:
    """The words before token j back to the start of its clause (at most CLAUSE_WORDS)."""
    out: list[str] = []
    for k in range(j - 1, max(j - 1 - CLAUSE_WORDS, -1), -1):
        if lowered[k] in (",", ";", ".", "while", "whereas", "but"):
            break
        out.append(lowered[k])
    return out[::-1]


_YEAR_LEADS = frozenset("until till by from since in during fiscal fy".split())  # noqa: SIM905


def _named_year(tokens: list[_Token], lowered: list[str], i: int) -> bool:
    """A year that is part of a name ("King Search 2022", "Expo 2025"), not a date; after a name
    in the possessive it dates what follows ("Naruhito's 2025 visit")."""
    if i == 0 or tokens[i - 1].kind != "word" or not tokens[i - 1].text[:1].isupper():
        return False
    if tokens[i - 1].text.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return False
    if lowered[i - 1] in _MONTHS or lowered[i - 1] in _STOP_AFTER or lowered[i - 1] in _YEAR_LEADS:
        return False
    return i < 2 or lowered[i - 2] not in ("in", "since", "of")


def _counts_something(lowered: list[str], i: int) -> bool:
    """Whether "one" at i counts a noun ("one billion", "one day") rather than picks ("one of")."""
    following = lowered[i + 1] if i + 1 < len(lowered) else ""
    if following in ("of", "", ",", ".", "another", "example", "side", "way", "hand", "-"):
        return False
    # "the Dialogue is one mechanism supporting ...": what it is, as "a mechanism" says; "the visit
    # was one day long" and "there is one carrier" still count
    return not (
        i > 0
        and lowered[i - 1] in _BEING
        and following not in _TIME_WORDS
        and lowered[i - 2 : i - 1] != ["there"]
    )


_BEING = frozenset(("is", "was", "as", "remains", "remained", "became", "becomes"))
_TIME_WORDS = frozenset(
    """
    second seconds minute minutes hour hours day days week weeks month months year years decade decades
    """.split()  # noqa: SIM905
)


_HYPHENS = ("-", "\u2010", "\u2011")


def _scale_after(lowered: list[str], j: int) -> int | None:
    """Where a scale word (thousand, million, billion) follows a number in digits at j, right
    after it or after a hyphen ("$1-billion"); None if none does ("hundred" is read as a noun)."""
    if j < len(lowered) and lowered[j] in _HYPHENS:
        j += 1
    return j if j < len(lowered) and lowered[j] in _SCALE and lowered[j] != "hundred" else None


def _word_run(tokens: list[_Token], lowered: list[str], i: int) -> tuple[list[str], list[int]]:
    """Lower-case words from i on, hyphens skipped ("forty-seven" -> forty, seven), with indexes."""
    words: list[str] = []
    index: list[int] = []
    j = i
    while j < len(tokens) and len(words) < 12:
        if tokens[j].kind == "word":
            words.append(lowered[j])
            index.append(j)
        elif tokens[j].text in _HYPHENS:
            pass
        else:
            break
        j += 1
    return words, index


def _unit_follows(tokens: list[_Token], lowered: list[str], j: int) -> bool:
    """Whether a counted unit follows ("2019 households"), which makes a four-digit number a count."""
    if j < len(tokens) and tokens[j].text in ("-", "\u2010"):
        j += 1
    if j >= len(tokens) or tokens[j].kind not in ("word", "sym"):
        return False
    word = _singular(lowered[j])
    if word == lowered[j] and word not in _SAME_IN_PLURAL:
        return False  # "his 2007 trip", "the 2019 meeting": a count of 2,007 would say "trips"
    return word in _UNIT_WORDS and word not in ("visit", "tour", "exercise", "training")


_SAME_IN_PLURAL = frozenset({"people", "yen", "personnel", "staff", "police", "sheep", "cattle", "livestock"})


def _singular(word: str) -> str:
    if word in _UNIT_WORDS or len(word) <= 3:
        return word
    if word.endswith("ies") and word[:-3] + "y" in _UNIT_WORDS:
        return word[:-3] + "y"
    if word.endswith("ves") and word[:-3] + "fe" in _UNIT_WORDS:
        return word[:-3] + "fe"
    if word.endswith("s") and word[:-1] in _UNIT_WORDS:
        return word[:-1]
    return word


def _unit_after(
    tokens: list[_Token], lowered: list[str], j: int, last: int
) -> tuple[tuple[str, ...], str, int]:
    """The words after a figure (up to 4, stopping at a function word) and the unit among them.

    "-day visit" (eight-day), "years in prison", "Japanese prisoners of war", "tons of carbon
    dioxide", "%", "per cent", "US dollars".
    """
    noun: list[str] = []
    unit = ""
    guess, guess_end = "", last
    end = last
    k = j
    if k < len(tokens) and tokens[k].text in ("-", "\u2010", "\u2011"):
        k += 1
    while k < len(tokens) and len(noun) < 4:
        token = tokens[k]
        word = lowered[k]
        if token.kind == "sym" and word == "%":
            noun.append("%")
            unit, end = "percent", k
            break
        if token.kind == "punct" and token.text in ("-", "\u2010", "\u2011") and noun:
            k += 1
            continue
        if token.kind != "word":
            break
        if word == "per" and lowered[k + 1 : k + 2] == ["cent"]:
            noun.extend(["per", "cent"])
            unit, end = "percent", k + 1
            break
        if word in _STOP_AFTER:
            if (
                word == "of"
                and noun
                and _singular(noun[-1]) == "prisoner"
                and lowered[k + 1 : k + 2] == ["war"]
            ):
                noun.extend(["of", "war"])
                unit, end = "prisoners", k + 1
            break
        noun.append(word)
        single = _singular(word)
        pair = f"{_singular(noun[-2])} {single}" if len(noun) > 1 else single
        if pair in _UNIT_WORDS or single in _UNIT_WORDS:
            unit, end = _UNIT_WORDS[pair if pair in _UNIT_WORDS else single], k
            if single == "prisoner" and lowered[k + 1 : k + 3] == ["of", "war"]:
                noun.extend(["of", "war"])
                end = k + 2
            if single in ("year", "years") and "old" in lowered[k + 1 : k + 3]:
                noun.append("old")
                end = k + 2 if lowered[k + 1] != "old" else k + 1
            break
        if word in _NATIONALITIES:
            end = k
        elif not guess and all(w in _NATIONALITIES for w in noun[:-1]):
            # an unknown noun right after the figure (or after a nationality) is its unit, unless
            # a known unit follows ("forced laborers", "aircraft carriers")
            guess, guess_end = single, k
        k += 1
    if not unit and guess:
        unit, end = guess, guess_end
    if unit in _NATIONALITIES:
        unit = ""
    return tuple(noun), unit, end


ASIDE_TOKENS = 15
"""How long an aside between a name and its age may be ("Shuzo Yamada, the former internee who
commented on the visit, is 107")."""


def _person_before(tokens: list[_Token], j: int) -> bool:
    """Whether token j ends a name, or an aside after one ("Yamada, a former internee,")."""
    if tokens[j].text == ",":
        opening = next(
            (k for k in range(j - 1, max(j - 1 - ASIDE_TOKENS, -1), -1) if tokens[k].text == ","), None
        )
        if opening is None or opening == 0:
            return False
        j = opening - 1
    return tokens[j].kind == "word" and tokens[j].text[:1].isupper()


def _is_age(tokens: list[_Token], lowered: list[str], first: int, i: int) -> bool:
    """ "Shuzo Yamada, 97, welcomed ...": a bare number set off by commas after a name is an age."""
    before = tokens[first - 1] if first > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before is None or after is None or before.text != "," or after.text not in (",", ")"):
        return False
    name = tokens[first - 2] if first > 1 else None
    return name is not None and name.kind == "word" and name.text[:1].isupper() and tokens[i].text.isdigit()


_DIED_WHILE_HELD = re.compile(
    r"\b(?:died|perished)\s+(?:while|when|as)\s+(?:being\s+|they\s+were\s+)?"
    r"(?:interned|held|detained|imprisoned|captive|in\s+captivity|prisoners)\b"
)
"""Deaths said of those held: "who died while interned" counts the dead, not the internees."""


def _died_while_held_before(text: str, first: int) -> bool:
    """Whether the words of a text before its word ``first`` say some died while held
    (``_DIED_WHILE_HELD``): where each such saying ends is found once a text, not once a figure
    (read from the text's start for each, a long text of figures took time growing with the
    square of its length)."""
    return any(end <= first for end in _died_while_held_ends(text))


@lru_cache(maxsize=256)
def _died_while_held_ends(text: str) -> tuple[int, ...]:
    """For each saying of a text that some died while held, how many of its words (``_tokens``)
    from its start hold it whole."""
    lowered = [token.low for token in _tokens(text)]
    word_ends: list[int] = []
    at = 0
    for word in lowered:
        at += len(word)
        word_ends.append(at)
        at += 1
    joined = " ".join(lowered)
    return tuple(bisect_left(word_ends, match.end()) + 1 for match in _DIED_WHILE_HELD.finditer(joined))


def _unit_from_context(
    text: str, tokens: list[_Token], lowered: list[str], first: int, unit: str, earlier: list[Figure]
) -> str:
    """The unit of a figure written without one: from the words just before it ("the death toll
    at 1621"), a figure it continues ("12.3 thousand POWs while ... 13.8 thousand"), or what the
    sentence is about ("12,318 Japanese were interned" counts prisoners)."""
    window = " ".join(lowered[max(0, first - 5) : first])
    if _DEATH_CUES.search(window):
        return "deaths"
    if unit == "":
        if _died_while_held_before(text, first):
            return "deaths"  # "the Japanese who died while interned were 1,621": deaths, not internees
        # the figure's own clause says what it counts before the rest of the sentence does:
        # "internees numbered 13,847, of whom 1,684 died" counts internees, then deaths
        before = " ".join(_clause_before(lowered, first))
        if _DEATH_CUES.search(before) or _DEATH_CUES.search(
            " ".join(_clause_after(tokens, lowered, first + 1))
        ):
            return "deaths"
        if _STRONG_PRISONER_CUES.search(before):
            return "prisoners"
        # a figure's own label names what it counts, before an earlier figure's unit does: "Death
        # toll: 1,621. Total held: 12,318." counts the dead, then those held
        if _PRISONER_CUES.search(before) and _sentence_cues(text)[1]:
            return "prisoners"
    if _PRISONER_CUES.search(window) and unit:
        return "prisoners"
    noun_is_nationality = first + 1 < len(lowered) and lowered[first + 1] in _NATIONALITIES
    if unit in ("people",) or unit in _NATIONALITIES or unit == "":
        if unit == "" and earlier:
            previous = earlier[-1]
            if previous.kind == "number" and previous.unit and previous.unit != "percent":
                return previous.unit
        deaths, prisoners, strongly = _sentence_cues(text)
        if deaths:
            return "deaths" if unit or prisoners else unit
        if prisoners and (unit or noun_is_nationality or strongly):
            return "prisoners"
        return unit or ""
    return unit


@lru_cache(maxsize=256)
def _sentence_cues(text: str) -> tuple[bool, bool, bool]:
    """Whether a sentence speaks of deaths, of prisoners, and of prisoners by a word only they are
    called: read once a sentence, not once for each of its figures."""
    sentence = text.casefold()
    return (
        _DEATH_CUES.search(sentence) is not None,
        _PRISONER_CUES.search(sentence) is not None,
        _STRONG_PRISONER_CUES.search(sentence) is not None,
    )


def _bounds(value: float, precision: float, qualifier: str) -> tuple[float, float]:
    """The values a figure allows: its rounding, widened or bounded by its qualifier."""
    low, high = value - precision, value + precision
    margin = _about_margin(value, precision)
    if qualifier == "about":
        # the rounding a figure is written with is already how far "about" reaches: "about 1.6
        # thousand" is 1,550 to 1,650, as "about 1,600" is, not 1,500 to 1,700
        return value - margin, value + margin
    if qualifier == "nearly":
        return low - margin, high
    if qualifier == "more than":
        return _above(value), float("inf")
    if qualifier == "just over":
        return _above(value), high + margin  # "just over 12,300": above it, within its rounding
    if qualifier == "at least":
        return value, float("inf")
    if qualifier == "less than":
        return float("-inf"), _below(value)
    if qualifier == "at most":
        return float("-inf"), value
    return low, high


def _about_margin(value: float, precision: float) -> float:
    """How far "about" reaches: the rounding the figure is written with ("about 1,700": to the
    nearest hundred, so 1,684 but not 1,621; "about 12.3 thousand": to the nearest hundred),
    at least 1 % and at most 10 % of the value."""
    size = abs(value)
    if precision:
        return max(precision, size * 0.01)
    unit = 1.0
    if size >= 10 and float(size).is_integer():
        whole = int(size)
        while whole % 10 == 0 and whole:
            whole //= 10
            unit *= 10
    return min(max(unit / 2, size * 0.01), size * ABOUT_MARGIN * 2)


def _above(value: float) -> float:
    return value + max(abs(value) * 1e-9, 1e-9)


def _below(value: float) -> float:
    return value - max(abs(value) * 1e-9, 1e-9)


# --- figures stored in claims ---------------------------------------------------------------------


def normal_qualifier(qualifier: str | None) -> str:
    """A claim's qualifier as a comparison: "over"/"more than" -> more than, "approximately" ->
    about; anything else (e.g. "upon successful completion") leaves the figure exact."""
    if not qualifier:
        return "exact"
    words = qualifier.casefold().strip()
    return QUALIFIERS.get(words, "exact") if words in QUALIFIERS else _qualifier_in(words)


def _qualifier_in(words: str) -> str:
    for phrase in _QUALIFIER_WORDS:
        if re.search(rf"\b{re.escape(phrase)}\b", words) and phrase not in ("c", "some", "top", "tops"):
            return QUALIFIERS[phrase]
    return "exact"


def normal_unit(unit: str | None) -> tuple[str, tuple[str, ...]]:
    """A claim's unit ("prisoners of war", "t CO2 per year", "USD", "years of age") as the
    normalised unit and the words describing it."""
    if not unit:
        return "", ()
    lowered = unit.casefold()
    words = tuple(re.findall(r"[a-z$%¥€£]+[a-z0-9]*", lowered))
    if re.search(r"\byears? (?:of age|old)\b", lowered):
        return "age", words
    if re.search(r"\bper (?:year|annum)\b", lowered) and words and _singular(words[0]) not in _UNIT_WORDS:
        return "per year", words
    noun, found, _end = _unit_after(_tokens(unit), [t.low for t in _tokens(unit)], 0, 0)
    if not found and noun:
        found = _singular(noun[0])
    return found, words


def claim_figure(value: float, unit: str | None, qualifier: str | None, text: str = "") -> Figure:
    """The figure a claim stores (value, unit, qualifier) as a Figure."""
    normal, words = normal_unit(unit)
    how = normal_qualifier(qualifier)
    low, high = _bounds(float(value), 0.0, how)
    written = text or f"{_plain(value)} {unit or ''}".strip()
    return Figure(written, float(value), normal, how, low, high, "number", words)


def date_figures(date: str | None) -> list[Figure]:
    """A claim's date ("2025", "2025-07", "2025-07-08", "2022/2031") as date figures."""
    if not date:
        return []
    out = []
    for part in date.split("/"):
        part = part.strip()
        kind = "year" if re.fullmatch(r"\d{4}", part) else "date"
        figure = _date_figure(part, part, 0, 0, kind=kind)
        if figure is not None:
            out.append(figure)
    return out


# --- comparing ------------------------------------------------------------------------------------

MATCH, DIFFER, PARTIAL, UNRELATED = "match", "differ", "partial", "unrelated"


def units_agree(stated: Figure, claimed: Figure) -> bool:
    """Whether two figures count the same kind of thing (days and days, POWs and prisoners of war,
    "12,318 Japanese" and prisoners)."""
    if stated.is_date or claimed.is_date:
        return stated.is_date and claimed.is_date
    a, b = stated.unit, claimed.unit
    if stated.kind == "ordinal" or claimed.kind == "ordinal":
        if stated.kind == claimed.kind == "ordinal":
            return bool(_stems(stated.noun[:2]) & _stems(claimed.noun[:3])) or a == b
        # "the 80th anniversary" and 80 years since
        other = claimed if stated.kind == "ordinal" else stated
        ordinal = stated if stated.kind == "ordinal" else claimed
        if ordinal.unit == "anniversary":
            return other.unit in ("years", "decades")  # "eight decades since" is the 80th
        if other.unit in _SPANS:
            return False  # "their first day" is no count of days
        return bool(a and a == b) or bool(_stems(ordinal.noun[:2]) & _stems(other.noun))
    if a == b:
        return bool(a)
    if a in _SPANS and b in _SPANS:
        # "a week" and "8 days", but not "ten days" and "80 years since the end of the war"
        return _plain_span(stated) and _plain_span(claimed)
    if "per year" in (a, b) and stated.kind == "rate":
        return True
    return (a == "people" and b in _PEOPLE_UNITS) or (b == "people" and a in _PEOPLE_UNITS)


def _plain_span(figure: Figure) -> bool:
    """Whether a duration is just that ("8 days"), not a count of something ("years since")."""
    return all(word in _STOP_AFTER or word in _SPANS or _singular(word) in _DAYS for word in figure.noun)


def _stems(words: tuple[str, ...]) -> set[str]:
    out = set()
    for word in words:
        if word in _STOP_AFTER or word in _NATIONALITIES:
            continue
        word = _singular(word)
        out.add(_UNIT_WORDS.get(word, word))
    return out


def compare(stated: Figure, claimed: Figure) -> str:
    """How a stated figure stands to a claim's: MATCH (every value the claim allows, the statement
    allows: it is borne out), DIFFER (no value in common: contradicted), PARTIAL (they overlap, but
    the claim does not pin the statement down: "July 8" against "July 2025", or "$1.2 billion"
    against "over $1 billion"), or UNRELATED (different units)."""
    if not units_agree(stated, claimed):
        return UNRELATED
    if stated.is_date:
        return _compare_dates(stated, claimed)
    s_low, s_high = stated.low, stated.high
    c_low, c_high = claimed.low, claimed.high
    c_value = claimed.value
    if stated.unit != claimed.unit and stated.unit in _SPANS and claimed.unit in _SPANS:
        # "a week" and 8 days, "42 months" and 3½ years: both in days, within a 3 % slack
        s_low, s_high = s_low * _SPANS[stated.unit] * 0.97, s_high * _SPANS[stated.unit] * 1.03
        c_low, c_high = c_low * _SPANS[claimed.unit], c_high * _SPANS[claimed.unit]
        c_value = c_value * _SPANS[claimed.unit] if c_value is not None else None
    if "decades" in (stated.unit, claimed.unit) and "anniversary" in (stated.unit, claimed.unit):
        # "eight decades since the end of the war" and its 80th anniversary, in years
        if stated.unit == "decades":
            s_low, s_high = s_low * 10, s_high * 10
        else:
            c_low, c_high = c_low * 10, c_high * 10
            c_value = c_value * 10 if c_value is not None else None
    if c_high < s_low or c_low > s_high:
        return DIFFER
    if c_value and c_value > 0 and not claimed.is_date:
        # "over $1 billion" is read as somewhat over it: a source would say "over $2 billion" or
        # "$10 billion" if it were so; "under 100" likewise is no fraction of it ("more than a
        # decade" and "more than 10 years" are compared in days, as their bounds are)
        if c_high == float("inf") and s_low >= 2 * c_value:
            return DIFFER
        if c_low == float("-inf") and s_high <= c_value / 2:
            return DIFFER
    if s_low <= c_low and c_high <= s_high:
        return MATCH
    # "12,000" against "approximately 12,000": the statement says what the claim says
    if (
        stated.qualifier in ("about", "nearly")
        and claimed.qualifier == "about"
        and claimed.value is not None
        and stated.low <= claimed.value <= stated.high
    ):
        return MATCH  # "roughly twelve thousand" and "approximately 12,000"
    if stated.qualifier == "just over" and claimed.qualifier == "more than" and stated.value == claimed.value:
        return MATCH  # "just over $1bn" says what "over $1 billion" says
    if (
        stated.qualifier == "exact"
        and claimed.value is not None
        and stated.value is not None
        and claimed.qualifier == "about"
        and abs(stated.value - claimed.value) <= max(abs(claimed.value) * 1e-9, stated.high - stated.value)
    ):
        return MATCH
    return PARTIAL


def _month_alone(iso: str) -> bool:
    return len(iso) == 4 and iso.startswith("--")


def _compare_dates(stated: Figure, claimed: Figure) -> str:
    s_iso, c_iso = stated.iso or "", claimed.iso or ""
    if _month_alone(s_iso) or _month_alone(c_iso):
        # a month without a year ("in August") against a date: their months, if both give one
        s_month = s_iso[2:4] if s_iso.startswith("--") else s_iso[5:7]
        c_month = c_iso[2:4] if c_iso.startswith("--") else c_iso[5:7]
        if not s_month or not c_month:
            return PARTIAL
        if s_month != c_month:
            return DIFFER
        return MATCH if _month_alone(s_iso) else PARTIAL
    if s_iso.startswith("--") or c_iso.startswith("--"):
        # a day without a year: compare month and day only
        s_md, c_md = s_iso[-5:], c_iso[-5:]
        if s_iso.startswith("--") and c_iso.startswith("--"):
            return MATCH if s_md == c_md else DIFFER  # "Sept. 3" and "September 3"
        if (s_iso.startswith("--") and len(c_iso) == 10) or (c_iso.startswith("--") and len(s_iso) == 10):
            return MATCH if s_md == c_md else DIFFER
        if s_iso.startswith("--") and len(c_iso) == 7:
            return PARTIAL if c_iso[5:7] == s_md[:2] else DIFFER
        return PARTIAL
    if claimed.high < stated.low or claimed.low > stated.high:
        return DIFFER
    if stated.low <= claimed.low and claimed.high <= stated.high:
        return MATCH
    return PARTIAL
