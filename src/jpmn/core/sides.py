"""Statements that compare the sides of a disputed figure, or divide one side by another.

Fact-checkers write about the store's disputed figures in relations, not values: "Japan's own
records count 63 more POW deaths than the Mongolian records do", "Japan's count is about 12%
higher than the Mongolian count", "Mongolian records show more deaths than the Japanese ones",
"by Mongolian records, roughly 13% of the POWs died". No one claim states any of these; each is
borne out, or not, by the figures of two claims. This module does the arithmetic on the sides it
is given (``Side``: a claim's figure and who gives it); ``core.verify`` finds the sides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from jpmn.core.figures import parse_words
from jpmn.core.text import stem
from jpmn.core.verdicts import CONTRADICTED, DISPUTED, SUPPORTED

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from jpmn.core.figures import Figure


class Side(NamedTuple):
    """One side of a disputed figure: the claim, the words of who gives it, and its value."""

    claim: dict[str, Any]
    by: frozenset[str]
    value: float


class Related(NamedTuple):
    """A verdict on how the sides relate, the sides it rests on, and the arithmetic shown."""

    verdict: str
    sides: list[Side]
    worked: str


_MORE = "more|higher|greater|larger|bigger"
_MORE_WORDS = frozenset(_MORE.split("|"))
_LESS = "fewer|less|lower|smaller"
_COMPARATIVE = re.compile(
    rf"\b(?P<word>{_MORE}|{_LESS})\b(?:\s+[\w'\u2019,-]+){{0,8}}?\s+than\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
""""X ... more POW deaths than Y": the comparative, and what follows "than" (the other side)."""
_BOUND = re.compile(
    r"\s*(?:(?:about|some|around|roughly|nearly|almost|just)\s+)?(?:[$\u00a3\u20ac\u00a5]?\d|one\b|a\s+(?:thousand|million|billion|dozen|hundred)\b)",
    re.IGNORECASE,
)
"""A number straight after "than": "more than 12,000" bounds one figure, it compares no two sides."""
_EXCEEDS = re.compile(
    r"\b(?P<word>exceed(?:s|ed)?|outnumber(?:s|ed)?|surpass(?:es|ed)?|top(?:s|ped))\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
""""X exceeds Y by 1,529": a verb saying more than, and what follows it (the other side)."""
_APART = re.compile(
    r"\b(?:differ(?:s|ed)?|vary|varies|varied|difference|gap|discrepancy)\b|\bapart\b", re.IGNORECASE
)
""""The two counts differ by 63", "a gap of 63", "63 apart": a difference, either way."""
_RANKED = re.compile(rf"(?:{_MORE}|{_LESS})", re.IGNORECASE)
"""A comparative word, without "than": "the Japanese figure the higher" says which side is more."""
_BOTH = re.compile(r"\b(?:the\s+two|both)\b", re.IGNORECASE)
"""Words naming the two sides of a figure together, neither by name: "the two death tolls"."""
_ROUGHLY = r"(?:(?:just|only|some|about|around|roughly|nearly|almost|approximately)\s+)?"
_BY = re.compile(rf"\bby\s+{_ROUGHLY}$", re.IGNORECASE)
"""What stands before the figure of a difference: "more than Mongolia's count by 63"."""
BY_WITHIN = 60
"""How far after the words of a difference its figure may stand: room for the other side's name."""
_GAP_OF = re.compile(rf"\b(?:by|of|is|was|at)\s+{_ROUGHLY}$", re.IGNORECASE)
"""... and after a word of difference: "differ by 63", "a gap of 63", "the difference is 63"."""
_SOURCE_NOUN = re.compile(
    r"^(?:['\u2019]s)?(?:\s+own)?(?:\s+(?:POWs?|death))?\s+(?P<noun>records?|counts?|tall(?:y|ies)|figures?|data"
    r"|numbers?|statistics|estimates?|archives?|sources?|side|government|tolls?)\b",
    re.IGNORECASE,
)
"""What follows a side's name when the name says who counts ("Japan's own records", "the
Mongolian count", "the Japanese death toll"), not where ("POWs in Mongolia")."""
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_SHARE_WORDS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_SHARE = re.compile(
    r"\b(?:(?P<rough>about|around|roughly|nearly|almost|some|approximately|over|under)\s+)?"
    r"(?:(?:a|one)\s+)?(?P<word>half|third|quarter|fifth|tenth)\b"
    r"|(?P<figure>\d)",
    re.IGNORECASE,
)
_ONE_IN = re.compile(
    r"\b(?:(?P<rough>about|around|roughly|nearly|almost|some|approximately)\s+)?(?:one|1)\s+(?:in|out\s+of)\s+"
    r"(?:every\s+)?(?P<of>\d+|[a-z]+)\b",
    re.IGNORECASE,
)
"""A share written as "one in eight" (of those counted, as the verb after it says)."""
_OF_THEM = re.compile(r"^\s*(?:percent\s+|%\s*)?of\b", re.IGNORECASE)
_AFTER = 40
"""How far after a share its "of" is looked for (a few spaces and "percent")."""
_DIED = re.compile(
    r"\b(?:died|deaths?|dead|perished|lost their lives|did not survive|killed)\b", re.IGNORECASE
)
_LIVED = re.compile(r"\b(?:survived|survive|lived|returned home|came home|made it home)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r"[,;:.!?()]|\b(?:who|whom|whose|which|that|because|while|after|before)\b", re.IGNORECASE
)
WORD_SHARE_MARGIN = 5.0
""""About a quarter": a share written in words allows this many points either way."""


def compared(text: str, figures: list[Figure], sides: list[Side]) -> Related | None:
    """The verdict on a statement comparing two sides of one disputed figure ("Japanese records
    count 63 more deaths than the Mongolian records do"), with the two sides; None when it
    compares no two of ``sides``."""
    found = _COMPARATIVE.search(text) or _EXCEEDS.search(text)
    if found is None:
        return _apart(text, figures, sides)
    if _BOUND.match(found.group("rest")):
        return None  # "Mongolian records count more than 12,000 Japanese POWs": a figure's bound
    before = _named(text[: found.start()], sides, strict=True)
    after = _named(found.group("rest"), sides, strict=False)
    if before is None or after is None or before is after:
        return None
    sign = -1.0 if found.group("word").casefold() in _LESS.split("|") else 1.0
    by = _figure_before(figures, found.start("word")) or _figure_by(text, figures, found.end("word"))
    if not _each_figure_a_sides(figures, by, [before, after]):
        return None  # "Japan's 1,700 is higher than Mongolia's 1,621": the figures decide
    if by is None:
        holds = (before.value - after.value) * sign > 0
    elif by.unit == "percent":
        holds = after.value != 0 and by.low <= (before.value / after.value - 1) * 100 * sign <= by.high
    else:
        holds = by.low <= (before.value - after.value) * sign <= by.high
    difference = before.value - after.value
    more = "more" if difference > 0 else "less"
    worked = f"{_given(before)} against {_given(after)}: {_number(abs(difference))} {more}"
    if after.value:
        worked += f" ({abs(difference) / after.value * 100:.1f}% {more})"
    return Related(SUPPORTED if holds else CONTRADICTED, [before, after], worked)


def _apart(text: str, figures: list[Figure], sides: list[Side]) -> Related | None:
    """The verdict on a statement giving how far two sides are apart ("the Mongolian and Japanese
    death tolls differ by 63"), either way; None when it gives no such difference of two sides."""
    found = _APART.search(text)
    if found is None:
        return None
    by = _figure_by(text, figures, found.end(), _GAP_OF) or _figure_before(figures, found.start())
    if by is None or by.unit == "percent":
        return None
    named: list[Side] = []
    # the side said to be the higher or the lower: the one named last before the word ("with
    # the Japanese figure the higher")
    higher: Side | None = None
    lower: Side | None = None
    last: Side | None = None
    for word in _WORD.finditer(text):
        side = _named(word.group(), sides, strict=False)
        if side is not None and side not in named:
            named.append(side)
        if side is not None:
            last = side
        elif last is not None and _RANKED.fullmatch(word.group()):
            if word.group().casefold() in _MORE_WORDS:
                higher = higher or last
            else:
                lower = lower or last
    if len(named) == 1 and _BOTH.search(text):
        # "the two sets of records differ by 63, the Japanese figure the higher": the named side
        # and the other, of more than two the one that differs from it by that much
        others = [side for side in sides if side is not named[0]]
        apart = [side for side in others if by.low <= abs(side.value - named[0].value) <= by.high]
        if apart or len(others) == 1:
            named.append((apart or others)[0])
    if not named and _BOTH.search(text):
        # "the two death tolls differ by 63": the two sides of the figure; of more than two, the
        # pair that differs by that much, if one does
        pairs = [(a, b) for i, a in enumerate(sides) for b in sides[i + 1 :]]
        fitting = [pair for pair in pairs if by.low <= abs(pair[0].value - pair[1].value) <= by.high]
        named = list(fitting[0] if fitting else pairs[0]) if fitting or len(sides) == 2 else []
    if len(named) != 2 or not _each_figure_a_sides(figures, by, named):
        return None
    larger, smaller = sorted(named, key=lambda side: -side.value)
    difference = larger.value - smaller.value
    worked = f"{_given(larger)} against {_given(smaller)}: {_number(difference)} apart"
    # which is the higher, when the statement says so, must be so too
    ordered = higher in (None, larger) and lower in (None, smaller) and larger.value != smaller.value
    if (higher is not None or lower is not None) and not ordered:
        return Related(CONTRADICTED, [larger, smaller], worked)
    return Related(SUPPORTED if by.low <= difference <= by.high else CONTRADICTED, [larger, smaller], worked)


def _figure_by(text: str, figures: list[Figure], after: int, leading: re.Pattern[str] = _BY) -> Figure | None:
    """The figure of a difference after the words saying it ("by 1,529", "a gap of 63"), within
    BY_WITHIN characters of them ("exceeds the Mongolian records by 63")."""
    for figure in figures:
        if figure.start > after + BY_WITHIN:
            break
        if figure.start >= after and leading.search(text[after : figure.start]):
            return figure
    return None


def _each_figure_a_sides(figures: list[Figure], by: Figure | None, sides: list[Side]) -> bool:
    """Whether every figure of a statement but its difference is one of the sides' values."""
    return all(
        any(figure.low <= side.value <= figure.high for side in sides)
        for figure in figures
        if figure is not by and not figure.is_date
    )


def share(text: str, figures: list[Figure], parts: list[Side], wholes: list[Side]) -> Related | None:
    """The verdict on a statement giving one quantity as a share of another ("by Mongolian
    records, roughly 13% of the POWs died": deaths of the total), each side divided by the whole
    its own source gives; for one named side, or for every side when none is named (then sides
    that disagree make it disputed). None when the statement gives no such share."""
    stated = _stated_share(text, figures)
    if stated is None:
        return None
    low, high, end = stated
    # the share's own verb: "13% of the POWs held in Mongolia died", not "10% of those who died";
    # "87% of them survived" is the share that did not die
    died = _DIED.search(text, end)
    lived = _LIVED.search(text, end)
    verb = min(
        (found for found in (died, lived) if found is not None), key=lambda found: found.start(), default=None
    )
    if verb is None or _CLAUSE_BREAK.search(text, end, verb.start()):
        return None
    if verb is lived:
        low, high = 100 - high, 100 - low
    return _over_own_totals(
        text,
        parts,
        wholes,
        lambda part, whole: low <= part.value / whole.value * 100 <= high,
        lambda part, whole: (
            f"{_given(part)} of {_number(whole.value)}, {part.value / whole.value * 100:.1f}%"
        ),
    )


def survived(text: str, figures: list[Figure], parts: list[Side], wholes: list[Side]) -> Related | None:
    """The verdict on a statement counting those who lived ("by Mongolian records, 10,697 of the
    POWs survived"): each side's whole less its part (the total less the deaths), for one named
    side, or for every side when none is named (sides that disagree make it disputed). None when
    the statement counts no survivors."""
    counted = [figure for figure in figures if figure.unit == "survivors"]
    if len(counted) != 1:
        return None
    stated = counted[0]
    return _over_own_totals(
        text,
        parts,
        wholes,
        lambda part, whole: stated.low <= whole.value - part.value <= stated.high,
        lambda part, whole: (
            f"{_given(whole)} less {_number(part.value)}, {_number(whole.value - part.value)}"
        ),
    )


def _over_own_totals(
    text: str,
    parts: list[Side],
    wholes: list[Side],
    holds: Callable[[Side, Side], bool],
    shown: Callable[[Side, Side], str],
) -> Related | None:
    """The verdict on what a statement says of each side's part and the whole its own source gives
    (the deaths and the total by the same records): for the side the statement names, or for every
    side when it names none, sides that disagree making it disputed. None when no source gives both."""
    pairs = [
        (part, whole)
        for part in parts
        for whole in wholes
        if part.claim.get("attributed_to") == whole.claim.get("attributed_to")
        and whole.value > part.value > 0
    ]
    if not pairs:
        return None
    named = _named(text, [part for part, _whole in pairs], strict=True)
    if named is not None:
        pairs = [pair for pair in pairs if pair[0] is named]
    holding = [holds(part, whole) for part, whole in pairs]
    used = [side for pair in pairs for side in pair]
    worked = "; ".join(shown(part, whole) for part, whole in pairs)
    if all(holding):
        return Related(SUPPORTED, used, worked)
    if not any(holding):
        return Related(CONTRADICTED, used, worked)
    return Related(DISPUTED, used, worked)


def _stated_share(text: str, figures: list[Figure]) -> tuple[float, float, int] | None:
    """The percentage a statement gives as a share "of" something (low, high), and where the
    share ends."""
    found: list[tuple[int, float, float, int]] = []  # (where it starts, low, high, where it ends)
    for share in _SHARE.finditer(text):
        if share.group("word"):
            value = _SHARE_WORDS[share.group("word").casefold()]
            margin = WORD_SHARE_MARGIN if share.group("rough") else WORD_SHARE_MARGIN / 2
            if _OF_THEM.match(text[share.end() : share.end() + _AFTER]):
                found.append((share.start(), value - margin, value + margin, share.end()))
    for one_in in _ONE_IN.finditer(text):
        written = one_in.group("of").casefold()
        if written.isdigit():
            of = float(written)
        else:  # "one in eight", "one in every hundred": a number as ``figures`` reads number words
            read = parse_words([written]) or parse_words(["a", written])
            of = read[0] if read else 0.0
        if of > 1:
            # "one in eight": between one in 8.5 and one in 7.5; "about": one in 9 to one in 7
            spread = 1.0 if one_in.group("rough") else 0.5
            found.append((one_in.start(), 100 / (of + spread), 100 / max(of - spread, 1), one_in.end()))
    for figure in figures:
        if figure.unit == "percent" and _OF_THEM.match(text[figure.end : figure.end + _AFTER]):
            low, high = figure.low, figure.high
            if low == high and figure.value is not None:
                # a share worked out of two counts is written rounded: "13%" of 13.2%
                digits = re.search(r"\d+(?:\.(\d+))?", figure.text)
                half = 0.5 * 10 ** -len(digits.group(1) or "") if digits else 0.5
                low, high = figure.value - half, figure.value + half
            found.append((figure.start, low, high, figure.end))
    if not found:
        return None
    _start, low, high, end = min(found)
    return low, high, end


def _named(text: str, sides: list[Side], strict: bool) -> Side | None:
    """The side a piece of a statement names first: by a word of who gives it ("Japan's",
    "Mongolian"), followed by what they count (``strict``: "Japan's own records", not "POWs in
    Mongolia"). Of sides sharing the word, the one whose source holds most of the words named,
    then fewest others ("Mongolia's tally" is the Mongolian records, not the National Archives
    of Mongolia); None when no side, or two alike, are named."""
    for found in _WORD.finditer(text):
        term = stem(re.sub(r"['\u2019]s$", "", found.group().casefold()))
        counted = _SOURCE_NOUN.match(text[found.end() :])
        if strict and counted is None:
            continue
        words = {term} | ({stem(counted.group("noun").casefold())} if counted else set())
        ranked = sorted(
            (
                (len(side.by & words), -len(side.by - words), index)
                for index, side in enumerate(sides)
                if term in side.by
            ),
            reverse=True,
        )
        if not ranked or (len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]):
            continue
        return sides[ranked[0][2]]
    return None


def _figure_before(figures: list[Figure], at: int) -> Figure | None:
    """The figure a comparative word qualifies ("63 more", "roughly 1,500 higher", "12% higher")."""
    for figure in figures:
        if figure.start < at and (at - figure.end <= 2 or figure.end > at):
            return figure
    return None


def _number(value: float) -> str:
    """A value as people write it: 1,684, not 1684.0."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _given(side: Side) -> str:
    """A side's figure with who gives it: "Japanese records 1,684"."""
    by = side.claim.get("attributed_to")
    return f"{by} {_number(side.value)}" if by else _number(side.value)
