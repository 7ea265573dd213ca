"""Views across claims: figures that disagree, groups of them, and the dated claims in order.

Conflicts are derived, never linked by hand: two claims conflict when they measure the same
quantity (the same ``measures`` name) and their figures cannot both be right. A figure is read as
the range of values it allows: ``12318`` exactly that, ``approximately 12000`` whatever rounds to
12,000 (11,500 to 12,500), ``more than 10`` anything above 10. Ranges that overlap agree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import chain
from typing import Any

APPROXIMATE = frozenset(
    {"approximately", "about", "around", "roughly", "some", "estimated", "an estimated", "circa", "approx."}
)
"""Qualifiers that make a figure as precise as its last non-zero digit: ≈ 12,000 allows 11,500-12,500."""
ABOVE = {"more than": False, "over": False, "above": False, "at least": True, "no fewer than": True}
"""Qualifiers that make a figure a lower bound (True: the bound itself is allowed)."""
BELOW = {"less than": False, "fewer than": False, "under": False, "below": False, "at most": True,
         "up to": True, "no more than": True}  # fmt: skip
"""Qualifiers that make a figure an upper bound (True: the bound itself is allowed)."""

_Range = tuple[Decimal | None, bool, Decimal | None, bool]
"""low, low allowed, high, high allowed; None is unbounded."""


def figure_range(value: float, qualifier: str | None) -> _Range:
    """The values a figure allows, from its qualifier (any other qualifier leaves it exact)."""
    exact = Decimal(str(value))
    kind = " ".join((qualifier or "").lower().split())
    if kind in APPROXIMATE:
        exponent = exact.normalize().as_tuple().exponent
        half = Decimal(1).scaleb(int(exponent)) / 2
        return exact - half, True, exact + half, True
    if kind in ABOVE:
        return exact, ABOVE[kind], None, False
    if kind in BELOW:
        return None, False, exact, BELOW[kind]
    return exact, True, exact, True


def disagree(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two figures (``value``, ``qualifier``) cannot both be right."""
    if a.get("value") is None or b.get("value") is None:
        return False
    first, second = figure_range(a["value"], a.get("qualifier")), figure_range(b["value"], b.get("qualifier"))
    return _below(first, second) or _below(second, first)


def _below(a: _Range, b: _Range) -> bool:
    """Whether every value ``a`` allows is under every value ``b`` allows."""
    _low, _low_in, high, high_in = a
    low, low_in, _high, _high_in = b
    if high is None or low is None:
        return False
    return high < low or (high == low and not (high_in and low_in))


def conflicts(claims: Iterable[Mapping[str, Any]]) -> dict[str, list[str]]:
    """For each claim with a figure and a ``measures`` name, the ids of the claims measuring the
    same quantity whose figures disagree with it, in store order (so every conflict is mutual)."""
    by_quantity: dict[str, list[Mapping[str, Any]]] = {}
    for claim in claims:
        if claim.get("measures") and claim.get("value") is not None:
            by_quantity.setdefault(claim["measures"], []).append(claim)
    out: dict[str, list[str]] = {}
    for members in by_quantity.values():
        for claim in members:
            others = [other["id"] for other in members if other is not claim and disagree(claim, other)]
            if others:
                out[claim["id"]] = others
    return out


def conflict_groups(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims in conflict, one group per quantity measured, each lowest figure first.

    ``pairs`` are the pairs that disagree (an approximate figure and an exact one it rounds to are
    not among them); percentages are relative to the lower figure: "Japanese records count 3.9% more".
    """
    derived = conflicts(claims)
    groups: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        if claim["id"] in derived:
            groups.setdefault(claim["measures"], []).append(claim)
    out = []
    for members in groups.values():
        members.sort(key=lambda c: (c["value"], c["id"]))
        values = [c["value"] for c in members]
        pairs = [_difference(a, b) for i, a in enumerate(members) for b in members[i + 1 :] if disagree(a, b)]
        out.append(
            {
                "claims": members,
                "low": min(values),
                "high": max(values),
                "difference": _round(max(values) - min(values)),
                "percent": _percent(min(values), max(values)),
                "units": sorted({c["unit"] for c in members if c["unit"]}),
                "pairs": pairs,
            }
        )
    return out


# --- figures that look alike but name no common quantity -----------------------------------------

_WORD = re.compile(r"[^\W_]{3,}(?:[-'][^\W_]+)*|[^\W_]+(?:[-'][^\W_]+)+")
"""A word of three characters or more, hyphens and apostrophes within it counted: a shorter one
("of", "us") says nothing of what a figure measures, and is never matched (no set of them is
made for each claim only to be thrown away)."""
_COMMON_WORDS = """the and for with from that this was were are has have had its their his her not but
into than then also over under about after before during since per our out who whom which what when
where how all any each one two three according said says say"""
_COMMON = frozenset(_COMMON_WORDS.split())


def _words(claim: Mapping[str, Any]) -> set[str]:
    # The texts joined by a line break, which no word runs across: one search, not one a text.
    texts = "\n".join([claim.get("text") or "", *(claim.get("keywords") or ())])
    return set(_WORD.findall(texts.lower())).difference(_COMMON)


_SPACED = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum() and chr(c) not in "-'"})
_STRAY = (" -", "- ", " '", "' ", "--", "''", "-'", "'-")
"""A hyphen or apostrophe not between two letters or digits, once every other mark is a space."""


def _counted(claim: Mapping[str, Any]) -> set[str]:
    """The words a claim is counted as holding: ``_words``, and maybe also its common words and
    words of one or two characters, which no figure's words are, so the counts of a figure's words
    are the same. Most claims bear no figure and are only counted: an ASCII text whose hyphens and
    apostrophes all sit inside words is split at its spaces once its other marks are spaces, in C,
    at two thirds of the CPU of the word pattern (100,000 claims: 0.72 s against 1.1 s)."""
    texts = "\n".join([claim.get("text") or "", *(claim.get("keywords") or ())]).lower()
    if texts.isascii():
        spaced = texts.translate(_SPACED)
        if ("-" not in spaced and "'" not in spaced) or not any(s in f" {spaced} " for s in _STRAY):
            return set(spaced.split())
    return set(_WORD.findall(texts))


def _unit(claim: Mapping[str, Any]) -> str:
    return " ".join(str(claim.get("unit") or "").lower().split())


DISTINCTIVE_AT_MOST = 50
"""A word fifty claims hold says little of which quantity a figure measures, however large the
store; the bound also keeps the work per figure bounded (100,000 claims: a word in one claim in
twenty would be 5,000 candidates each)."""


def unnamed_siblings(claims: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """Figures alone in their quantity that look like another figure: ``(claim id, sibling id)``.

    A figure whose quantity no other claim measures (no ``measures``, or a name used once) is
    worth a look when another figure is an obvious sibling: the same unit, and at least two
    distinctive words in common (text and keywords; a word is distinctive when at most one claim
    in twenty has it, or two claims in a small store, and never more than DISTINCTIVE_AT_MOST).
    Then the two may well measure the same thing, and a conflict between them would go unseen. A
    pair both alone is named once.
    """
    figures = [c for c in claims if c.get("value") is not None]
    counts: dict[str, int] = {}
    for claim in figures:
        if claim.get("measures"):
            counts[claim["measures"]] = counts.get(claim["measures"], 0) + 1
    words = {id(claim): _words(claim) for claim in figures}  # only a figure's words are looked at
    frequency = Counter(
        chain.from_iterable(
            words[id(claim)] if claim.get("value") is not None else _counted(claim) for claim in claims
        )
    )
    limit = min(max(2, len(claims) // 20), DISTINCTIVE_AT_MOST)
    distinctive = {key: {w for w in found if frequency[w] <= limit} for key, found in words.items()}

    def alone(claim: Mapping[str, Any]) -> bool:
        return not claim.get("measures") or counts[claim["measures"]] == 1

    # The figures holding each (unit, distinctive word): a figure's siblings are found among those
    # sharing its words, never by comparing every pair (100,000 claims would be 10^10 pairs).
    holding: dict[tuple[str, str], list[int]] = {}
    units = [_unit(claim) for claim in figures]
    for position, claim in enumerate(figures):
        for word in distinctive[id(claim)]:
            holding.setdefault((units[position], word), []).append(position)
    out = []
    for position, claim in enumerate(figures):
        if not alone(claim):
            continue
        shared = Counter(
            other
            for word in distinctive[id(claim)]
            for other in holding.get((units[position], word), ())
            if other != position
        )
        siblings = sorted(other for other, common in shared.items() if common >= 2)
        for other_position in siblings:  # the first in store order, as a reader would find it
            other = figures[other_position]
            if other.get("measures") and other.get("measures") == claim.get("measures"):
                continue
            if alone(other) and other_position > position:
                continue  # the pair is named once, on the later claim
            out.append((claim["id"], other["id"]))
            break
    return out


def _difference(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    low, high = sorted((a["value"], b["value"]))
    return {
        "a": a["id"],
        "b": b["id"],
        "difference": _round(high - low),
        "percent": _percent(low, high),
    }


def _percent(low: float, high: float) -> float | None:
    """The difference as a percentage of the lower figure, rounded half up to one decimal."""
    from decimal import ROUND_HALF_UP, Decimal

    if not low:
        return None
    exact = (Decimal(str(high)) - Decimal(str(low))) / abs(Decimal(str(low))) * 100
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _round(value: float) -> float:
    return value if isinstance(value, int) else round(value, 6)


def date_key(date: str) -> tuple[int, int, int, int, int, int]:
    """Sort key of a date as written: a year sorts before its months, a month before its days."""
    start, _, end = date.partition("/")
    return _parts(start) + _parts(end or start)


def _parts(text: str) -> tuple[int, int, int]:
    pieces = [int(piece) for piece in text.split("-")]
    pieces += [0] * (3 - len(pieces))
    return pieces[0], pieces[1], pieces[2]


Day = tuple[int, int, int]


def period(date: str) -> tuple[Day, Day]:
    """The first and last day a date as written covers: "2025" is all of 2025, "2025-07" all of
    July, "2022/2031" ten years. ValueError for text that is no such date."""
    start, _, end = date.partition("/")
    opens, closes = _checked(start)
    return opens, _checked(end)[1] if end else closes


def _checked(text: str) -> tuple[Day, Day]:
    import calendar
    import datetime

    if not re.fullmatch(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", text):
        raise ValueError(text)
    pieces = [int(piece) for piece in text.split("-")]
    if len(pieces) == 3:
        datetime.date(*pieces)  # ValueError for a day the month lacks
        day = (pieces[0], pieces[1], pieces[2])
        return day, day
    if len(pieces) == 2:
        year, month = pieces
        if not 1 <= month <= 12:
            raise ValueError(text)
        return (year, month, 1), (year, month, calendar.monthrange(year, month)[1])
    return (pieces[0], 1, 1), (pieces[0], 12, 31)


def timeline(
    claims: list[dict[str, Any]], start: str | None = None, end: str | None = None
) -> list[dict[str, Any]]:
    """Dated claims, oldest first (store order on ties), whose dates overlap the period from
    ``start`` to ``end`` (each a year, a month or a day, as ``period`` reads them)."""
    first = period(start)[0] if start else None
    last = period(end)[1] if end else None
    dated = []
    for position, claim in enumerate(claims):
        date = claim.get("date")
        if not date:
            continue
        opens, closes = period(date)
        if (first is not None and closes < first) or (last is not None and opens > last):
            continue
        dated.append((date_key(date), position, claim))
    dated.sort(key=lambda item: (item[0], item[1]))
    return [claim for _key, _position, claim in dated]
