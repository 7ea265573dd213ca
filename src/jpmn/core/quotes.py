"""Quotes and where they stand in their source: the one matching ``check``, ``show`` and ``add`` use.

A quote is verbatim when it is in the source once both are folded the same way: runs of whitespace
(a line break, a paragraph break) are one space, and quote styles (’ ” ″ ′ "), dashes (– — ‐ −)
are one each, as typing a quote may change them. Nothing else differs, not even letter case.

Folding keeps a map back to the source, so a match is a place in the file (line:col to
line:col) and the source's own text. A quote that is not verbatim has a closest passage, found by
rapidfuzz's alignment (``fuzz.partial_ratio_alignment``), widened to whole words; ``check`` names
it and ``add`` takes it as the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from jpmn.core.escapes import sparse_translation

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": "'",
        "\u201d": "'",
        "\u201e": "'",
        '"': "'",
        "\u2032": "'",
        "\u2033": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)
_SPACE = re.compile(r"\s+")


_translate = sparse_translation(_FOLD)
"""``text.translate(_FOLD)``, but only the few characters that fold cost any work."""


_WORDS = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """The text as quotes are compared: whitespace runs one space, quote styles and dashes one each."""
    return " ".join(_translate(text).split())


@dataclass(frozen=True, slots=True)
class Span:
    """Where a passage stands in a source file (lines and columns count from 1; ``end_col`` is the
    column of its last character), the passage as the file has it (whitespace runs made one space,
    so it pastes on one line), and how alike it is to the quote looked for (100 when verbatim)."""

    line: int
    col: int
    end_line: int
    end_col: int
    text: str
    similarity: float = 100.0


_LONG_SPACE = re.compile(r"\s\s+")  # not \s{2,}: the same runs, found in two thirds of the time


class Folded:
    """A text folded as ``fold`` does, and the way back: ``origin(i)`` is the offset in the text
    of folded character ``i``.

    Folding runs in C (``str.translate`` and regular expressions over the whole text). Only a run
    of two or more whitespace characters shifts the offsets, so the way back is the start of each
    stretch after such a run: a source of tens of megabytes folds in a fraction of a second, and a
    match is mapped back by bisection.
    """

    def __init__(self, text: str) -> None:
        translated = _translate(text)  # one character for one: offsets are unchanged
        body = translated.lstrip()
        lead = len(translated) - len(body)
        body = body.rstrip()
        self.text = " ".join(body.split())
        runs = [run.span() for run in _LONG_SPACE.finditer(body)]
        removed = accumulate(end - start - 1 for start, end in runs)
        self._folded_starts = [0, *(end - gone for (_start, end), gone in zip(runs, removed, strict=True))]
        self._raw_starts = [lead, *(lead + end for _start, end in runs)]

    def origin(self, index: int) -> int:
        """The offset in the original text of folded character ``index``."""
        stretch = bisect_right(self._folded_starts, index) - 1
        return self._raw_starts[stretch] + index - self._folded_starts[stretch]


class SourceText:
    """A source file's text (or its lines ``first``-``last``) folded for matching quotes.

    A quote typed as the source has it (the usual case: quotes are pasted) is found by a plain
    search of the text, and the source is folded only for a quote that is not: folding and
    mapping back tens of megabytes of sources was most of the work of checking a large store.
    """

    def __init__(self, text: str, lines: tuple[int, int] | None = None) -> None:
        if lines is None:
            self.first_line = 1
            self.raw = text
        else:
            first, last = lines
            raw_lines = text.split("\n")
            if last > len(raw_lines):
                raise ValueError(
                    f"lines {first}-{last} run past the end of the file ({len(raw_lines)} lines)"
                )
            self.first_line = first
            self.raw = "\n".join(raw_lines[first - 1 : last])
        self._folded: Folded | None = None
        self._line_starts: list[int] | None = None

    @property
    def folded(self) -> Folded:
        """The text folded, with the way back (made when first needed)."""
        if self._folded is None:
            self._folded = Folded(self.raw)
        return self._folded

    @property
    def line_starts(self) -> list[int]:
        """The offset in the text where each of its lines starts."""
        if self._line_starts is None:
            self._line_starts = [0, *accumulate(len(line) + 1 for line in self.raw.split("\n")[:-1])]
        return self._line_starts

    @property
    def text(self) -> str:
        """The folded text."""
        return self.folded.text

    def _where(self, quote: str) -> tuple[int, int] | None:
        """The first and last characters of the text where the quote (without space around it)
        first stands as typed, else where it first stands once both are folded (other quote
        marks, dashes or line breaks); None if it stands nowhere."""
        typed = quote.strip()
        at = self.raw.find(typed) if typed else -1
        if at >= 0:
            return at, at + len(typed) - 1
        wanted = fold(quote)
        at = self.folded.text.find(wanted) if wanted else -1
        if at < 0:
            return None
        return self.folded.origin(at), self.folded.origin(at + len(wanted) - 1)

    def find(self, quote: str) -> Span | None:
        """Where the quote stands verbatim (first occurrence as typed, else first once folded), or None."""
        where = self._where(quote)
        return None if where is None else self._raw_span(*where)

    def locate(self, quote: str) -> int | None:
        """The line where the quote starts verbatim, or None (``find`` without the passage's text,
        for the loader, which asks it of every claim)."""
        where = self._where(quote)
        return None if where is None else self._line_col(where[0])[0]

    def closest(self, quote: str) -> Span | None:
        """The passage most like the quote, widened to whole words, with its similarity (0-100)."""
        from rapidfuzz import fuzz

        wanted = fold(quote)
        haystack = self.folded.text
        if not wanted or not haystack:
            return None
        found = self.find(quote)
        if found is not None:
            return found
        aligned = fuzz.partial_ratio_alignment(wanted, haystack)
        if aligned is None or aligned.dest_end <= aligned.dest_start:
            return None
        # The alignment is a window as long as the quote; the passage meant may be longer or
        # shorter (words left out or added). Try the word boundaries near its ends: the passage most
        # alike wins, a little more so when it starts and ends with the quote's own first and last word.
        slack = max(12, len(wanted))
        low, high = max(0, aligned.dest_start - slack), min(len(haystack), aligned.dest_end + slack)
        starts = [
            i for i in range(low, high) if haystack[i].isalnum() and (i == 0 or not haystack[i - 1].isalnum())
        ]
        ends = [
            j
            for j in range(low + 1, high + 1)
            if (haystack[j - 1].isalnum() or haystack[j - 1] in ".!?)'")
            and (j == len(haystack) or not haystack[j].isalnum())
        ]
        words = _WORDS.findall(wanted)
        first_word, last_word = (words[0], words[-1]) if words else ("", "")
        best = (-1.0, 0, 0)
        for i in starts:
            if abs(i - aligned.dest_start) > slack:
                continue
            opens = 3.0 if haystack.startswith(first_word, i) else 0.0
            for j in ends:
                if j > i and abs(j - aligned.dest_end) <= slack:
                    tail = haystack[max(0, j - len(last_word) - 4) : j].rstrip(".!?)'")
                    closes = 3.0 if tail.endswith(last_word) else 0.0
                    score = fuzz.ratio(wanted, haystack[i:j]) + opens + closes
                    if score > best[0]:
                        best = (score, i, j)
        _score, start, end = best
        if start == end:
            return None
        score = fuzz.ratio(wanted, haystack[start:end])
        return self._span(start, end, round(score, 1))

    def _span(self, start: int, end: int, similarity: float) -> Span:
        """The passage of folded characters ``start`` to ``end`` (exclusive)."""
        return self._raw_span(self.folded.origin(start), self.folded.origin(end - 1), similarity)

    def _raw_span(self, first: int, last: int, similarity: float = 100.0) -> Span:
        """The passage of the text's characters ``first`` to ``last`` (inclusive)."""
        line, col = self._line_col(first)
        end_line, end_col = self._line_col(last)
        text = _SPACE.sub(" ", self.raw[first : last + 1])
        return Span(line, col, end_line, end_col, text, similarity)

    def _line_col(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.line_starts, offset) - 1
        return self.first_line + index, offset - self.line_starts[index] + 1


def spans_by_line(lines: list[tuple[int, str]], quote: str) -> dict[int, tuple[int, int]]:
    """Where a quote stands in consecutive numbered lines, as ``{line: (start, end)}`` offsets in
    each line's text (end exclusive): one entry per line the quote runs across; {} if not there."""
    if not lines:
        return {}
    first = lines[0][0]
    source = SourceText("\n".join(text for _number, text in lines))
    found = source.find(quote)
    if found is None:
        return {}
    texts = dict(lines)
    out: dict[int, tuple[int, int]] = {}
    for n in range(found.line, found.end_line + 1):
        number = n + first - 1
        text = texts.get(number, "")
        start = found.col - 1 if n == found.line else len(text) - len(text.lstrip())
        end = found.end_col if n == found.end_line else len(text.rstrip())
        if end > start:
            out[number] = (start, end)
    return out


def span_in_line(line: str, quote: str) -> tuple[int, int] | None:
    """Where the quote stands in one line (start, end offsets), or None."""
    return spans_by_line([(1, line)], quote).get(1)
