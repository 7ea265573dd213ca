"""What ``ask`` answers: a question, or a statement a fact-checker asks it to check.

"Is it true the imperial couple spent 10 days in Mongolia?" and "Check this line: 'The memorial
was built in 2011.'" ask about a statement, and its wrong figure is the point: searching its words
finds no claim stating "10 days", while the claim that answers is the one saying eight. Such a
question is read as its statement, checked as ``jpmn verify`` checks it, and the claims the
verdict rests on come first, each saying how it bears on the statement; the search's own answers
follow. A statement the store says nothing about is answered as any question is.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from jpmn.core.search import MAX_QUERY_CHARS, search

if TYPE_CHECKING:
    from jpmn.core.index import Index
    from jpmn.core.search import Hit, Keep
    from jpmn.core.verify import Verifier

_TRUE = r"(?:true|correct|accurate|right)"
_CHECK_WORD = r"(?:check|verify|confirm|fact[- ]?check)"
_GREETING = r"(?:(?:hi|hello|hey)(?:\s+there)?\s*[,!.]?\s*)?(?:please\s*,?\s*)?(?:can you\s+|could you\s+)?"
_HOLDS = r"(?:holds?|stands?)\s+up|holds?\s+water|checks?\s+out"
"""A statement said to bear scrutiny ("does that hold up?", "does it check out?")."""
_CHECKING_WORDS = ("true", "correct", "accurate", "right", "check", "verify", "confirm", "hold", "stand")
"""A query holding none of these asks to check nothing: the patterns below are compiled (a few
milliseconds) only for one that does."""


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str]]:
    """How a fact-checker asks about a statement, before it (each pattern's group ``s`` is the
    statement) and after it ("X - correct?", "Claim: X. True?", "X, is that right?", "X. This
    correct?", "X, is right?"), and the
    "Claim:" that may open the latter."""
    frames = (
        # "Check this line: 'X'", "Verify: X", "Fact-check: X", "Please confirm: 'X'"
        re.compile(
            rf"^\W*{_GREETING}{_CHECK_WORD}(?:\s+(?:this|that|the))?"
            r"(?:\s+(?:line|claim|sentence|statement|fact|one|for me))*\s*[:\u2013\u2014-]\s*(?P<s>.+)$",
            re.IGNORECASE | re.DOTALL,
        ),
        # "Is it true (that) X?", "Is this accurate: 'X'?", "Is it really true that X?"
        re.compile(
            rf"^\W*{_GREETING}is (?:it|this|that)(?:\s+(?:really|actually))?\s+{_TRUE}"
            r"(?:\s+that)?\s*[:,\u2013\u2014-]?\s*(?P<s>.+?)\??$",
            re.IGNORECASE | re.DOTALL,
        ),
        # "Am I right that X?", "Am I correct in thinking that X?"
        re.compile(
            rf"^\W*{_GREETING}(?:am i|are we)\s+{_TRUE}(?:\s+in\s+thinking|\s+to\s+say)?"
            r"\s+(?:that\s+)?(?P<s>.+?)\??$",
            re.IGNORECASE | re.DOTALL,
        ),
        # "True or false: X"
        re.compile(
            rf"^\W*{_GREETING}true or false\s*[:,?\u2013\u2014-]\s*(?P<s>.+)$", re.IGNORECASE | re.DOTALL
        ),
    )
    after = re.compile(
        rf"\s*[.,;:\u2013\u2014-]+\s*(?:(?:is|does|do) )?(?:(?:that|this|it|they) )?"
        rf"(?:{_TRUE}|{_HOLDS})\s*\?+\W*$",
        re.IGNORECASE,
    )
    # "Claim: X", and who or what says X: "I'm checking a tweet claiming X", "a post says that X"
    claim = re.compile(
        rf"^\W*(?:claim\s*:\s*|{_GREETING}(?:(?:i'm|i\u2019m|i am|we're|we\u2019re|we are)\s+"
        r"(?:checking|fact-checking|verifying|looking at|looking into|reading)\s+)?"
        r"(?:a|an|the|this|that|one)\s+(?:[\w-]+\s+)?(?:tweet|post|claim|line|report|story|headline|caption"
        r"|quote|statement|sentence|article|blog|video|message)\s+(?:(?:that|which)\s+)?"
        r"(?:claiming|claims|saying|says|stating|states|suggesting|suggests)\s+(?:that\s+)?)",
        re.IGNORECASE,
    )
    return frames, after, claim


_QUOTES = "\"'\u201c\u201d\u2018\u2019"
MIN_STATEMENT_WORDS = 3
"""A statement says something of something: "Is it true?" alone checks nothing."""


def statement_to_check(query: str) -> str | None:
    """The statement a query asks to check ("Is it true that X?", "Check this line: 'X'", "True
    or false: X", "X - correct?"), without its quotation marks; None for any other query."""
    if len(query) > MAX_QUERY_CHARS:  # a statement is a sentence (and the patterns stay cheap)
        return None
    lowered = query.casefold()
    if not any(word in lowered for word in _CHECKING_WORDS):
        return None
    frames, after, claim = _patterns()
    text = _OR_SOMETHING_ELSE.sub("?", " ".join(query.split()))
    for frame in frames:
        found = frame.match(text)
        if found is not None:
            return _statement(found.group("s"))
    ending = after.search(text)
    return _statement(claim.sub("", text[: ending.start()])) if ending is not None else None


_OR_SOMETHING_ELSE = re.compile(
    r",?\s+or\s+(?:was|were|is|are|did|does|do|had|has|will|would)\b[^?]{0,80}?"
    r"\b(?:something|someone|somewhere|sometime|anything|anyone)\s+(?:else|different)\b[^?]{0,80}\?*\s*$",
    re.IGNORECASE,
)
"""The other answer a fact-checker offers after asking whether a statement is right ("Is that
correct, or was the sentence something different?"): the question is whether it is right."""


def _statement(found: str) -> str | None:
    """A statement as written, without the quotation marks around it and its final stop; None
    when it is too short to say anything."""
    statement = found.strip().rstrip("?").strip()
    if len(statement) > 1 and statement[0] in _QUOTES and statement[-1] in _QUOTES + ".":
        statement = statement.rstrip(".").strip(_QUOTES).strip()
    statement = re.sub(r"(?<![A-Z])[.!]+$", "", statement)  # "... deaths." but "the U.S."
    return statement if len(re.findall(r"\w+", statement)) >= MIN_STATEMENT_WORDS else None


class Answerer:
    """Answers queries against one open index (reuse it for many: ``ask --batch``)."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._verifier: Verifier | None = None

    def answer(self, query: str, limit: int = 5, keep: Keep = None, explain: bool = False) -> list[Hit]:
        """At most ``limit`` answers to a query: for a statement to check, the claims its verdict
        rests on first (those ``keep`` allows), then the search's answers."""
        statement = statement_to_check(query)
        if statement is None or limit <= 0:
            return search(self.index, query, limit, keep, explain)
        from jpmn.core.verdicts import NOT_FOUND  # these two load only for a statement to check
        from jpmn.core.verify import Verifier

        if self._verifier is None:
            self._verifier = Verifier(self.index)
        verdict = self._verifier.verify(statement)
        if verdict.verdict == NOT_FOUND:
            return search(self.index, query, limit, keep, explain)
        bearing: dict[str, str] = {}
        for item in verdict.evidence:
            if item.role != "other-side":  # the other side travels with its answer (``conflicts``)
                bearing.setdefault(item.claim["id"], item.role)
        first = [number for number in map(self.index.number_of, bearing) if number is not None]
        hits = search(self.index, query, limit, keep, explain, first=first)
        for hit in hits:
            role = bearing.get(hit.claim["id"])
            if role is not None:
                hit.checked = {"statement": statement, "verdict": verdict.verdict, "role": role}
        return hits


def answer(index: Index, query: str, limit: int = 5, keep: Keep = None, explain: bool = False) -> list[Hit]:
    """The answers to one query (see ``Answerer`` to answer many against one index)."""
    return Answerer(index).answer(query, limit, keep, explain)
