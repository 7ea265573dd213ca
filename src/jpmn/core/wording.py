"""How a claim's figure and its citation read to a person: as the source writes them where it can.

The store keeps a figure typed (``1000000000``, ``USD``, ``more than``) so that programs can compare
it; a reader wants the article's own words ("over $1 billion"). The words are taken from the
verbatim quote when the quote holds the figure; otherwise the typed figure is spelled out.
"""

from __future__ import annotations

import re
from typing import Any

_MAGNITUDES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_QUALIFIER_WORDS = (
    r"(?:(?:over|more\s+than|less\s+than|fewer\s+than|about|approximately|around|roughly|nearly|almost"
    r"|some|up\s+to|at\s+least|at\s+most|an?\s+estimated)\s+)?"
)
_CURRENCY = {"USD": "$", "EUR": "\u20ac", "JPY": "\u00a5", "GBP": "\u00a3"}
_FRACTIONS = {0.5: "\u00bd", 0.25: "\u00bc", 0.75: "\u00be"}


def number(value: int | float) -> str:
    """12318 -> 12,318; 3.5 -> 3.5: figures as people read them, never in exponent notation."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


def _spellings(value: int | float) -> list[str]:
    """The ways an article may write the value, most specific first, as regular expressions."""
    out = []
    whole = float(value).is_integer()
    for size, word in _MAGNITUDES:
        if abs(value) >= size and (value / size) * 100 == int((value / size) * 100):
            short = number(value / size)
            out.append(rf"{re.escape(short)}\s*(?:{word}|{word[0]}n?\b)")
    if whole:
        plain = str(int(value))
        out.append(re.escape(number(value)).replace(",", "[,\u202f\u00a0 ]?"))
        out.append(re.escape(plain))
    else:
        integer, fraction = divmod(float(value), 1)
        if fraction in _FRACTIONS:
            out.append(re.escape(f"{int(integer)}{_FRACTIONS[fraction]}"))
        out.append(re.escape(number(value)))
    return out


def figure_as_written(claim: dict[str, Any]) -> str:
    """The claim's figure in the source's words ("over $1 billion"), else spelled from its fields."""
    value = claim.get("value")
    if value is None:
        return ""
    quote = claim.get("quote") or ""
    unit = claim.get("unit") or ""
    for spelling in _spellings(value):
        pattern = rf"{_QUALIFIER_WORDS}[$\u20ac\u00a5\u00a3]?\s?(?<![\d.,]){spelling}(?![\d])"
        found = re.search(pattern, quote, re.IGNORECASE)
        if found is None:
            continue
        text = found.group(0)
        unit_words = _unit_words_after(quote[found.end() :], unit)
        if unit_words:
            text += unit_words
        elif unit and unit not in _CURRENCY and not text.lstrip().startswith(tuple(_CURRENCY.values())):
            text += f" {unit}"
        return _with_qualifier(text.strip(), claim.get("qualifier"))
    return spelled_figure(claim)


def spelled_figure(claim: dict[str, Any]) -> str:
    """'approximately 12,000 forced laborers', '$1,000,000,000' from the typed fields alone."""
    value = claim["value"]
    unit = claim.get("unit") or ""
    text = number(value)
    if unit in _CURRENCY:
        text, unit = _CURRENCY[unit] + _short_magnitude(value), ""
    parts = [claim.get("qualifier") or "", text, unit]
    return " ".join(part for part in parts if part)


def _short_magnitude(value: int | float) -> str:
    for size, word in _MAGNITUDES:
        if abs(value) >= size and (value / size) * 100 == int((value / size) * 100):
            return f"{number(value / size)} {word}"
    return number(value)


def _unit_words_after(rest: str, unit: str) -> str:
    """The word after the number when it is the whole unit (' households' for 'households').

    An adjective ("an 8-day visit") or a partial unit ("tons" of "t CO2 per year") is not: the
    store's unit is spelled out instead.
    """
    if not unit or " " in unit:
        return ""
    found = re.match(r"(\s+[^\W\d_]+)", rest)
    if found and found.group(1).strip().casefold().rstrip("s") == unit.casefold().rstrip("s"):
        return found.group(1)
    return ""


def _with_qualifier(text: str, qualifier: str | None) -> str:
    """A qualifier the store holds but the quote's figure lacks ("upon successful completion")."""
    if not qualifier:
        return text
    lowered = text.casefold()
    if lowered.startswith(qualifier.casefold()) or (
        re.match(_QUALIFIER_WORDS + r"\S", lowered) and (not re.match(r"[$\u20ac\u00a5\u00a3\d]", lowered))
    ):
        return text
    return f"{qualifier} {text}"


def quote_span(line: str, quote: str) -> tuple[int, int] | None:
    """Where the quote stands in a source line, matched exactly as ``check`` matches it."""
    from jpmn.core.quotes import span_in_line

    return span_in_line(line, quote)


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
ELLIPSIS = "\u2026"


def _sentence_bounds(line: str) -> list[int]:
    """Where the sentences of a line start (and the line's end), as offsets."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(line)), len(line)]


def quote_context(
    lines: list[tuple[int, str]], claim: dict[str, Any], sentences: int
) -> list[tuple[int, str, tuple[int, int] | None]]:
    """The source around a claim's quote: (line number, text, where the quote stands in it).

    ``sentences`` sentences either side of the quote, taken from its own line first and then
    from the lines beside it, with "…" where a line was cut: a short quote in a source written
    as one long line (a web page saved as text) shows a few sentences, not the whole page.
    ``lines`` are the source lines around the quote's line, numbered.
    """
    by_number = dict(lines)
    here = claim.get("line")
    if not here or here not in by_number:
        return []
    line = by_number[here]
    span = quote_span(line, claim["quote"])
    if span is None:
        return [(here, line, None)]
    start, end = span
    bounds = _sentence_bounds(line)
    before = [b for b in bounds if b <= start]
    after = [b for b in bounds if b >= end]
    first = before[-(sentences + 1)] if len(before) > sentences else 0
    last = after[sentences] if len(after) > sentences else len(line)
    shown, shift = line[first:last].rstrip(), -first
    if first > 0:
        shown, shift = f"{ELLIPSIS} {shown}", shift + 2
    if last < len(line):
        shown += f" {ELLIPSIS}"
    out: list[tuple[int, str, tuple[int, int] | None]] = [(here, shown, (start + shift, end + shift))]
    wanted_before = sentences - (len(before) - 1)
    if first == 0 and wanted_before > 0 and by_number.get(here - 1, "").strip():
        previous = by_number[here - 1]
        cut = _sentence_bounds(previous)
        begin = cut[-(wanted_before + 1)] if len(cut) > wanted_before else 0
        out.insert(0, (here - 1, (f"{ELLIPSIS} " if begin else "") + previous[begin:].rstrip(), None))
    wanted_after = sentences - (len(after) - 1)
    if last == len(line) and wanted_after > 0 and by_number.get(here + 1, "").strip():
        following = by_number[here + 1]
        cut = _sentence_bounds(following)
        stop = cut[wanted_after] if len(cut) > wanted_after else len(following)
        out.append(
            (here + 1, following[:stop].rstrip() + (f" {ELLIPSIS}" if stop < len(following) else ""), None)
        )
    return out
