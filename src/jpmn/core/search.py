"""Answering a query: what its words mean, which claims hold them, best first, and when none do.

A query becomes concepts: each word (or thesaurus phrase) with the store terms it may stand for,
found as typed, stemmed, through the store's thesaurus, or read as a typo (rapidfuzz) of a word
the store knows. Filler ("Hi! For my essay, could you tell me") is dropped. A claim's score is
how much of the query's weight it covers, blended with its BM25F score, then nudged by signals
that break near-ties. When the best claim falls short, the answer is a ``NoMatch`` saying why.
The numbers are ``jpmn.core.ranking``'s; this module only applies them.
"""

from __future__ import annotations

import math
import os
import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING, cast

from jpmn.core import ranking
from jpmn.core.index import DATE_FLAG, DAY_FLAG, EXACT_DAY_FLAG, FIGURE_FLAG, TIMED_FLAG
from jpmn.core.text import (
    FILLER,
    GENERIC,
    MOMENTS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    STOP_WORDS,
    US_WORD,
    WEEKDAYS,
    analyse,
    fold,
    full_years,
    stem,
    terms,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any

    from jpmn.core.index import Index, Postings
    from jpmn.core.store.thesaurus import Expansions

    Keep = Callable[[int], bool] | None

MAX_LIMIT = 1000
"""No question needs more answers; a huge --limit is read as "as many as there are"."""
MAX_QUERY_CHARS = 1000
"""Longer queries are cut (after runs of punctuation and space are folded): no question needs
more, and the cost of matching grows with length."""
MAX_BATCH_LINE_CHARS = 100_000
"""A line of ``ask --batch`` is refused beyond this (its query is cut at MAX_QUERY_CHARS anyway):
a file with no line break is an error, never a read without end."""


# Plain classes, not dataclasses: importing dataclasses costs every `jpmn ask` its import time.


class Expansion:
    """One reading of a query word: the store terms it stands for, how sure, and how it was found
    ('exact', 'stem', 'thesaurus', 'typo', 'sounds like', 'prefix' or 'near number'), with the store's word it
    came from (the typo's correction, the thesaurus term)."""

    __slots__ = ("how", "similarity", "terms", "written")

    def __init__(self, terms: tuple[str, ...], similarity: float, how: str, written: str = "") -> None:
        self.terms = terms
        self.similarity = similarity
        self.how = how
        self.written = written

    def __repr__(self) -> str:
        return f"Expansion({self.terms!r}, {self.similarity!r}, {self.how!r}, {self.written!r})"


class Concept:
    """A word or phrase of the query, its weight, and the readings it may have in the store."""

    __slots__ = ("expansions", "typed", "weight")

    def __init__(self, typed: str, weight: float, expansions: list[Expansion]) -> None:
        self.typed = typed
        self.weight = weight
        self.expansions = expansions

    @property
    def known(self) -> bool:
        return bool(self.expansions)

    def __repr__(self) -> str:
        return f"Concept({self.typed!r}, {self.weight:.3f}, {self.expansions!r})"


class Query:
    """A query understood: its concepts, word pairs, what it asks for (a figure, a moment, a unit
    such as days for "how long") and the claims that give another country what it asks of one."""

    __slots__ = (
        "asks_end",
        "asks_source",
        "asks_start",
        "asks_what_of_it",
        "asks_when",
        "asks_whence",
        "asks_where",
        "asks_who",
        "concepts",
        "counted",
        "country_asked",
        "dates",
        "dropped",
        "elsewhere",
        "kind",
        "pairs",
        "place_asked",
        "relation",
        "relation_owner",
        "said_by",
        "said_office",
        "text",
        "typed",
        "units",
        "wants_date",
        "wants_day",
        "wants_exact_day",
        "wants_figure",
        "wants_name",
        "wants_person",
    )

    def __init__(
        self,
        text: str,
        concepts: list[Concept],
        pairs: list[str],
        wants_figure: bool,
        wants_date: bool,
        units: tuple[str, ...] = (),
    ) -> None:
        self.text = text
        self.concepts = concepts
        self.pairs = pairs
        self.wants_figure = wants_figure
        self.wants_date = wants_date
        self.units = units
        self.elsewhere: set[int] = set()
        self.wants_name = False
        """Whether the query asks what someone or something is called ("foreign minister name")."""
        self.wants_person = False
        """Whether the name asked is a person's ("the name of the Japanese man sentenced"): a
        company's name ("an Astellas Pharma employee") does not give it."""
        self.counted: str | None = None
        """What a figure must measure to answer: "many" (what the question names), or the
        ranking.UNIT_HINTS of "how old", "how long", "how often"; None when no figure is asked."""
        self.wants_exact_day = False
        """Whether the query asks for the day itself ("on what date", "which day"), not the month."""
        self.wants_day = False
        """Whether the query asks for a moment finer than the year ("in which month")."""
        self.asks_when = False
        """Whether the query asks when (``_WHEN_ASKED``): a claim saying nothing of when is a
        weaker answer."""
        self.asks_start = False
        """Whether the query asks when a state of things began (``_START_ASKED``): a claim
        without one of ``_STARTED_WORDS`` does not say."""
        self.asks_end = False
        """Whether the query asks when a state of things ended (``_END_ASKED``): a claim whose
        sentence does not say (``_ENDED``) is a weaker answer."""
        self.asks_who = False
        """Whether the query asks who (``_WHO_ASKED``): a claim naming someone is the better
        answer."""
        self.asks_whence = False
        """Whether the query asks where from (``_asks_whence``): a claim saying from where is the
        better answer."""
        self.asks_where = False
        """Whether the query asks where (not where from): a claim naming a place the query does
        not is the better answer."""
        self.place_asked = False
        """Whether the question names the kind of place it asks for ("in which city")."""
        self.asks_what_of_it = False
        """Whether the question asks what, where, who ... of something (not whether it is so: "was
        it his first trip?" is answered by "his third")."""
        self.asks_source = False
        """Whether the query asks which outlet reported something (``_SOURCE_ASKED``): a claim
        giving what its outlet reported is the better answer."""
        self.said_office: tuple[tuple[tuple[str, ...], ...], ...] = ()
        """The office of whom the query asks what they said ("Mongolia's prime minister"), each
        of its words as the store reads them: a claim whose speaker holds another office sharing
        a word with it ("Foreign Minister") or the country alone gives no words of theirs."""
        self.said_by: frozenset[str] = frozenset()
        """Whom the query asks what they said (their terms and the store's readings of them):
        only a claim giving words of theirs answers (``_penalise_unsaid``)."""
        self.country_asked = False
        """Whether the question asks which country ("which other country could join?"): a claim
        naming a country the question does not is the better answer (``_lift_other_country``)."""
        self.kind = ""
        """The word (folded) naming the kind of thing "which" or "what" asks for ("square" in
        "what square did he help build", "fund" in "which fund"): a claim holding it in its own
        words names a thing of that kind (``ranking.BONUS["kind"]``)."""
        self.relation: str | None = None
        """The concept (as typed) that "who", "when", "where" or "why" asks of ("designed" in "who
        designed the memorial"): when no claim covering the query holds it, none answers."""
        self.relation_owner: str | None = None
        """The country (as typed) whose office a who-question asks of ("Mongolian" in "which
        Mongolian prime minister met the emperor?"): a claim holding the office answers only if
        it holds the country too, and gives the office to no other."""
        self.typed: frozenset[str] = frozenset()
        """The query's words as typed, stemmed: a name the query already holds is no answer to it."""
        self.dropped: list[str] = []
        """What the query was read without: clauses that only frame it, mistyped question words."""
        self.dates: tuple[str, ...] = ()
        """The dates the query states, as a claim's ``date`` is written ("2025-07-17", "2025-07",
        "--07-17" for a day of no year): a claim dated so is about what the query asks."""

    @property
    def total(self) -> float:
        return sum(concept.weight for concept in self.concepts)

    @property
    def read_as(self) -> frozenset[str]:
        """The store's words the query's words are read as ("ambassador" for "envoy", "Japan" for
        "Tokyo"), not a figure merely near one it gives."""
        return frozenset(
            term
            for concept in self.concepts
            for expansion in concept.expansions
            if expansion.how != "near number"
            for term in expansion.terms
        )


class Hit:
    """One answer: the claim, its score (0-1), the query words it holds, the other sides of its
    disputed figure (id, value, unit, qualifier, attributed_to, source), the part of a question in
    several parts it answers ("" for the whole), how it bears on a statement the query asked to
    check (``core.answers``) and, when asked, why."""

    __slots__ = ("checked", "claim", "conflicts", "explanation", "matched", "part", "score")

    def __init__(
        self,
        claim: dict[str, Any],
        score: float,
        matched: list[str],
        conflicts: list[dict[str, Any]] | None = None,
        explanation: dict[str, Any] | None = None,
        part: str = "",
    ) -> None:
        self.claim = claim
        self.part = part
        self.score = score
        self.matched = matched
        self.conflicts = conflicts if conflicts is not None else []
        self.explanation = explanation
        self.checked: dict[str, str] | None = None
        """For a statement the query asked to check: the statement, its verdict, and this claim's
        role in it (supports, contradicts, disputes)."""

    def __repr__(self) -> str:
        return f"Hit({self.claim.get('id')!r}, {self.score!r}, {self.matched!r})"


class NoMatch:
    """Why a query has no answer: the words the store does not know, the known words closest to
    them, how many answers the filters hid, and the best candidate with what it lacked."""

    __slots__ = ("best", "hidden_by_filter", "query", "suggestions", "unknown")

    def __init__(
        self,
        query: str,
        unknown: list[str],
        suggestions: dict[str, list[str]],
        hidden_by_filter: int,
        best: dict[str, Any] | None,
    ) -> None:
        self.query = query
        self.unknown = unknown
        self.suggestions = suggestions
        self.hidden_by_filter = hidden_by_filter
        self.best = best

    def __repr__(self) -> str:
        return f"NoMatch({self.query!r}, unknown={self.unknown!r}, hidden_by_filter={self.hidden_by_filter})"


class _Scored:
    """A claim's score for a query and its parts."""

    __slots__ = (
        "alone",
        "asked",
        "bm25",
        "bonuses",
        "coverage",
        "doc",
        "nearest",
        "penalties",
        "read_otherwise",
        "score",
    )

    def __init__(
        self,
        doc: int,
        score: float,
        coverage: float,
        bm25: float,
        bonuses: dict[str, float],
        penalties: list[str],
    ) -> None:
        self.doc = doc
        self.score = score
        self.coverage = coverage
        self.bm25 = bm25
        self.bonuses = bonuses
        self.penalties = penalties
        self.asked: float | None = None
        """How close the query is to the nearest reader's question of the claim (None: none listed)."""
        self.nearest = -1
        """Which of the claim's readers' questions is nearest the query (-1: none near)."""
        self.alone = score
        """The score from the claim's own words, without readers' questions: whether the store
        answers at all is judged on it (``evidence``)."""
        self.read_otherwise = 0.0
        """The share of the query's weight the claim holds only in other words than the query's
        (an alias the thesaurus reads, a typo): of two claims alike otherwise, the one holding
        the query's own words comes first."""

    def penalise(self, penalty: str) -> None:
        """Keep ranking.MISMATCH[penalty] of the score, once scored: a mismatch found only by
        reading the claim (no name given, no words of the one asked about)."""
        share = ranking.MISMATCH[penalty]
        self.penalties.append(penalty)
        self.score = round(self.score * share, 4)
        self.alone = round(self.alone * share, 4)


def _readings(
    index: Index, concepts: list[Concept], doc: int
) -> list[tuple[Concept, Expansion | None, float]]:
    """Each concept of the query with the reading a claim holds it by, and how fully (0-1)."""
    presence_of = _presence_table()
    out: list[tuple[Concept, Expansion | None, float]] = []
    for concept in concepts:
        best: tuple[float, Expansion | None] = (0.0, None)
        for expansion in concept.expansions:
            held = 0.0
            for term in expansion.terms:
                found = index.postings(term)
                if found is not None:
                    at = bisect_left(found.docs, doc)
                    if at < len(found.docs) and found.docs[at] == doc:
                        held += presence_of[found.masks[at]]
            value = held * expansion.similarity / len(expansion.terms)
            if value > best[0]:
                best = (value, expansion)
        out.append((concept, best[1], best[0]))
    return out


def _context(query: Query, doc: int, neighbours: list[int], held: list[dict[int, float]]) -> float:
    """What a claim's related claims add to its coverage: the words it lacks that they hold, at
    ranking.RELATED_SHARE ("how old is the internee who built the square": the square's claim is
    related to the one giving his age)."""
    added = 0.0
    for concept, holds in zip(query.concepts, held, strict=True):
        own = holds.get(doc, 0.0)
        if own >= 1.0 or not holds:
            continue
        neighbour = max(holds.get(other, 0.0) for other in neighbours)
        if neighbour > own:
            added += concept.weight * (neighbour - own) * ranking.RELATED_SHARE
    return added


def compact(query: str) -> str:
    """The query with runs of anything but letters and digits folded to one space, then cut."""
    return re.sub(r"[^\w'\u2019.,$%-]+", " ", query[: MAX_QUERY_CHARS * 200])[:MAX_QUERY_CHARS]


# --- understanding the query --------------------------------------------------------------------


_CLAUSE_END = re.compile(
    # after punctuation, around a dash, and before "(and) I need to know ...", which opens the
    # question inside a sentence that began by framing it ("I'm putting together a segment on
    # royal diplomacy and I need to know how many days ...")
    r"(?<=[.!?:;,])\s+|\s+[-\u2013\u2014]+\s+"
    r"|(?<=\w)\s+(?=(?:(?:and|so|but)\s+)?(?:i|we)(?:\s+|(?=['\u2019]))(?:really\s+|just\s+)?"
    r"(?:need|want|would like|['\u2019]d like|wanted|was wondering|am wondering|['\u2019]m wondering|wonder"
    r"|am curious|['\u2019]m curious|am trying to|['\u2019]m trying to)\b)"
    r"|(?<=\w)\s+(?=(?:and|so|but)\s+(?:really\s+|just\s+)?(?:need|want|would like)\b)",
    re.IGNORECASE,
)
FRAMING = frozenset(
    """
    essay essays homework assignment thesis dissertation class teacher professor lecturer course
    coursework paper school writing student studying bulletin newsletter segment explainer editor
    podcast broadcast radio blog column notes deadline listeners reader readers audience
    producer episode timeline presentation project video documentary script slides students
    researching feature memo draft caption graphic backgrounder factbox angle
    """.split()  # noqa: SIM905
)
"""Words that mark a clause as the frame of a question rather than its subject ("Hi! I'm writing
an essay on Asian diplomacy.", "for my history paper I need to know:", "quick one for a news
bulletin -")."""
_ASKING = frozenset(["what", "which", "who", "whom", "whose", "when", "where", "why", "how"])
_ASKING_WORD = "|".join(sorted(_ASKING))
"""Those words as a regular expression's alternatives."""


_SELF = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\W+(?:there\W+)?)?(?:i'm|i\u2019m|i am|we're|we\u2019re|we are)\b"
    r"|^\W*(?:(?:hi|hello|hey)\W+(?:there\W+)?)?(?:i|we)\s+(?:follow|teach|work|live|study|run|cover|manage"
    r"|host|edit|moderate|volunteer|blog|tutor|coach)\b"
    r"|^\W*(?:(?:hi|hello|hey)\W+)?(?:an?\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+here\W*$"
    r"|^\W*(?:(?:hi|hello|hey)\W+)?(?:an?\s+)?[a-z-]+(?:\s+[a-z-]+){2,5}\s+here[\s.!,;:]*$"
    r"|^\W*(?:just\s+)?(?:trying|hoping|looking(?!\s+at\b)|working|putting|doing|getting|finishing|writing)\b"
)
"""A clause in which the person speaks of themselves ("Hi, I'm a producer putting together a
timeline.", "looking for a quick answer", "I follow Korea news a bit from Mongolia."): who asks,
not what. "Looking at" a thing names what the question is about ("Looking at East Asian security,
does the friendship have a strategic meaning?"), as "in the East Asian security context" does."""


_ABOUT_THE_SOURCE = re.compile(
    r"^\W*(?:if|as|according to|in|from|based on)\b"
    r".*\b(?:article|articles|piece|story|report|text|source|sources)\b"
)
"""A clause about where the answer is to be found ("if the article gives any", "according to the
piece"): how to answer, not what."""


_REPORTED = re.compile(
    r"\b(?:(?:that|which|who)\s+(?:says?|said|claims?|claimed|reports?|reported|states?|stated|argues?|argued)"
    r"|saying|claiming|(?:says|said|claims|claimed|reports|reported)\s+that"
    r"|(?:quote|claim|rumou?r)s?\s+(?:about|regarding)"
    r"|(?:background|research|reading|writing|piece|story|segment)\s+(?:on|about|into))\b(?:\s+that\b)?",
    re.IGNORECASE,
)
"""What a framing clause reports someone said ("I'm checking a post that says ...", "a reader
sent us a quote about ...", "my editor claims that ..."): its words after this are the subject
asked about, not the frame."""

_POINTS_BACK = re.compile(
    r"\b(?:it|she|he|they|them|her|his|its|their|this|that|these|those)\b", re.IGNORECASE
)
"""Words by which a question points back to what a clause before it said: only then is a
framing clause's report what is asked about ("... Which minister was it?"), not when the question
names its subject itself ("What numbers do the records actually give?")."""


_LOWER_OR_FIRST = re.compile(r"^\W*([A-Za-z]+)|\b([a-z]+)\b")
"""A clause's words as it writes them in lower case, and its first word."""


def unframe(query: str) -> tuple[str, list[str]]:
    """The query without the clauses that only frame it, and those clauses: a clause (between
    punctuation) holding a FRAMING word, or speaking of the person asking, and no question word
    says why a person asks, not what, and the topic of their essay ("Asian diplomacy") must not
    count as words the answer lacks. A clause holding a figure is never only framing: "83k tonnes
    of CO2 avoided by the ADB project" names its subject, though "project" may frame one."""
    clauses = _CLAUSE_END.split(query)
    if len(clauses) < 2:
        return query, []
    kept: list[str] = []
    dropped: list[str] = []
    for at, clause in enumerate(clauses):
        lowered = set(re.findall(r"[a-z]+", clause.casefold()))
        # a word inside a name is no framing word: "Shine Mongol High School" names a school
        said = {(first or lower).casefold() for first, lower in _LOWER_OR_FIRST.findall(clause)}
        framing = (
            (bool(lowered & FRAMING & said) and not any(character.isdigit() for character in clause))
            or _SELF.match(clause.casefold()) is not None
            or _ABOUT_THE_SOURCE.match(clause.casefold()) is not None
        )
        reported = _REPORTED.search(clause) if framing and not lowered & _ASKING else None
        if (
            reported is not None
            and len(clause[reported.end() :].split()) >= 3
            and _POINTS_BACK.search(" ".join(clauses[at + 1 :])) is not None
        ):
            # "I'm verifying an op-ed that says a Mongolian minister praised the trip. Which
            # minister was it?": what it says is what the question asks about
            dropped.append(clause[: reported.end()])
            kept.append(clause[reported.end() :].lstrip())
            continue
        (dropped if framing and not lowered & _ASKING else kept).append(clause)
    # nothing asked outside the frame, once its asking for a name is set aside: "the emperor go
    # to school in ulaanbaatar, what is name?" asks of the school, no frame
    if not dropped or not analyse(_name_asked(" ".join(kept))[1], query=True)[0]:
        return query, []
    return " ".join(kept), [clause.rstrip(".!?:;, ") for clause in dropped]


_HOW_WORDS = ("many", "much", "long", "old", "often", "far", "big", "large")
_HOW_TYPED = re.compile(r"\bhow\s+([a-z]{3,7})\b", re.IGNORECASE)


def _how_spelt(query: str) -> str:
    """The query with a mistyped word after "how" written as the question word it is one edit
    from ("how oftn", "how lnog", "how mcuh"): it says what kind of answer is asked."""

    def spelt(typed: re.Match[str]) -> str:
        word = typed.group(1).casefold()
        if word in _HOW_WORDS:
            return typed.group(0)
        from rapidfuzz.distance import OSA

        meant = [known for known in _HOW_WORDS if known[0] == word[0] and OSA.distance(word, known) <= 1]
        return f"how {meant[0]}" if len(meant) == 1 else typed.group(0)

    return _KIND_TYPED.sub(_kind_spelt, _ASKING_TYPED.sub(_asking_spelt, _HOW_TYPED.sub(spelt, query)))


_KIND_WORDS = (
    "country",
    "countries",
    "nation",
    "nations",
    "city",
    "cities",
    "place",
    "places",
    "location",
    "locations",
    "official",
    "officials",
    "year",
    "month",
    "date",
)
_KIND_TYPED = re.compile(r"\b((?:which|what)\s+)([A-Za-z]{4,10})\b", re.IGNORECASE)
"""A question word and the word after it, where the kind of answer asked is named ("which country",
"what year")."""


def _kind_spelt(typed: re.Match[str]) -> str:
    """The kind of answer a question names after "which" or "what" mistyped ("which contry", "what
    yaer"), written as the word it is one edit from, so the question reads as asking for a country
    or a moment and the word weighs as the frame it is, not as a subject no claim holds; a word of
    English ("which nation", "what place") stays what it is."""
    meant = _one_edit_from(typed.group(2).casefold(), _KIND_WORDS)
    return typed.group(0) if meant is None else typed.group(1) + meant


def _one_edit_from(word: str, known: Sequence[str]) -> str | None:
    """The one word of ``known`` that ``word`` is a typo of: one edit away and with the same first
    letter (a typist rarely misses it); None for a known word, a word of English ("were", "nation")
    or a word as close to two."""
    if word in known or word in common_english(None):
        return None
    from rapidfuzz.distance import OSA

    meant = [each for each in known if each[0] == word[0] and OSA.distance(word, each) <= 1]
    return meant[0] if len(meant) == 1 else None


_ASKING_WORDS = ("which", "what", "when", "where", "whose", "who", "why", "how")
_ASKING_TYPED = re.compile(r"(?:^|(?<=[.?!,;:]\s))\W*([A-Za-z]{3,6})\b")
"""The first word of a query or of one of its sentences or clauses, where a question word stands."""


def _asking_spelt(typed: re.Match[str]) -> str:
    """A question word mistyped where one stands ("wich magazine", "wat year", "wen did"), written
    as the question word it is one edit from, so what it asks is read ("which magazine" asks for
    an outlet); a word of English one edit from one ("were", "who's") stays what it is."""
    meant = _one_edit_from(typed.group(1).casefold(), _ASKING_WORDS)
    return typed.group(0) if meant is None else typed.group(0)[: typed.start(1) - typed.start(0)] + meant


_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])([a-z]{5,})(?![\w'\u2019-])")
"""A word typed in lower case, long enough to carry a typo: a capitalised one may be a name."""


@cache
def _english_words() -> frozenset[str]:
    """Words of general English (data/english_words.txt, made by tools/common_english.py --words),
    with common_english: a word among them is spelt as meant, whether the store has it or not."""
    from jpmn.core.locations import package_root

    path = os.path.join(package_root(), "data", "english_words.txt")
    try:
        with open(path, encoding="utf-8") as table:
            words = frozenset(line.strip() for line in table if not line.startswith("#"))
    except OSError:  # a store without the table: only the common words are known as English
        words = frozenset()
    return words | common_english(None)


@cache
def _everyday_forms() -> dict[str, frozenset[str]]:
    """The words of everyday English (common_english) and their plurals, by first letter: what
    a mistyped everyday word is read as."""
    forms: dict[str, set[str]] = {}
    for word in common_english(None):
        if word.isalpha():
            forms.setdefault(word[0], set()).update((word, word + "s"))
    return {letter: frozenset(words) for letter, words in forms.items()}


def _everyday_spelt(index: Index, query: str) -> str:
    """The query with each everyday word typed fast written as it is meant ("job titel", "which
    organizaton", "exampels", "clean enrgy"): a lower-case word neither the store nor English
    knows nor the store writes longer ("react" for its "reaction"), one edit from exactly one
    everyday word (by its first letter, which a typist rarely misses), and from no other word of
    the store. So a mistyped word weighs, frames and reads as the word it is, not as a subject no
    claim holds; a real word the store lacks ("lender", "quote") stays as typed."""
    words: frozenset[str] | None = index.memo.get("written words")
    if words is None:
        words = frozenset(index.vocabulary()[0])
        index.memo["written words"] = words

    def spelt(typed: re.Match[str]) -> str:
        word = typed.group(1)
        if word in words:
            return word
        english = _english_words()  # read only for a word the store does not write
        if word in english or word.removesuffix("s") in english:
            return word
        if index.prefixed_terms(stem(word), limit=1):
            return word  # "react": a word the store writes longer ("reaction") is a real one
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        near = _everyday_forms().get(word[0], frozenset())
        found = process.extract(word, near, scorer=OSA.distance, score_cutoff=1, limit=None)
        # "administraton" is a slip typing "administration", not the "administrator" a letter away
        meant = [each for each, _distance, _at in found if _slip(word, each)]
        if len(meant) != 1:
            return word
        stored = {
            written for written, _distance, _term in spelt_nearby(index, word, limit=5) if _distance <= 1
        }
        return meant[0] if stored <= {meant[0]} else word

    return _LOWER_WORD.sub(spelt, query)


_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_BESIDE = {
    line[at]: set(line[max(at - 1, 0) : at] + line[at + 1 : at + 2])
    for line in _KEYBOARD
    for at in range(len(line))
}
"""The letters beside each on a keyboard, in its row: the key a finger slips onto."""


def _slip(typed: str, meant: str) -> bool:
    """Whether a word one edit from another reads as a slip of the fingers typing it: two letters
    swapped, one left out or doubled, or a key beside the right one hit ("enrgy", "titel",
    "organizaton"); not a letter of another word ("lender" is no "leader") nor an ending
    ("thousand" is no "thousands")."""
    if len(typed) != len(meant):
        shorter, longer = sorted((typed, meant), key=len)
        return longer[-1] != "s" or longer[:-1] != shorter
    differing = [at for at in range(len(typed)) if typed[at] != meant[at]]
    if len(differing) == 2:
        return True  # two letters swapped
    return len(differing) == 1 and meant[differing[0]] in _BESIDE.get(typed[differing[0]], set())


def understand(index: Index, query: str) -> Query:
    """The query's concepts, with every reading the store offers for each."""
    query = _everyday_spelt(index, query)
    # read while the query's punctuation still closes its clauses ("... in the first place?
    # Where were they sent from?")
    query = _HOW_FAR_BACK.sub(_when_first, _how_spelt(full_years(query)))
    query = _in_digits(_WHEN_BEGUN.sub(r"\1", _TO_BEGIN_WITH.sub("", _BACK_THEN.sub("", query))))
    query = _POLITE.sub("", _IN_CHARGE.sub(" ", _spaced_numbers_joined(index, query)))
    query = _ANSWER_FORM.sub(" ", _ASIDE.sub(" ", _THANKS_AHEAD.sub("thanks", query)))
    query = _TOLD_THE_PRESS.sub("say", _GOOD_ENOUGH.sub(" ", _AS_IT_WAS.sub(" ", query)))
    query = _NAMED_BY.sub(lambda named: named.group(0).rsplit(None, 1)[0], query)
    query = _WELL_KNOWN.sub("famous", _WHO_SPOKE_OF.sub("who", _AIMED_FOR.sub("toward", query)))
    query = _PART_OF_MONTH.sub("", query)
    query = _BEFORE_NOW.sub("previously", _FIRST_TIME_IN.sub("previously ", query))
    query = _COME_BACK.sub("return", query)
    query = _ASKED_OVER.sub("invited", _MADE_WITH.sub(" manufacturing ", query))
    query = _WANTED_FOR.sub(r"\1 utilized for", query)
    cleaned = compact(query)
    subject, framing = unframe(query) if len(query) <= MAX_QUERY_CHARS else (query, [])
    plain = compact(subject) if framing else cleaned
    dropped = list(framing)
    wants_figure, wants_date, asked = _intent(plain)
    asked, outlets_asked = _SOURCE_ASKED.subn(_kept_modifier, asked)
    asked = _WHOSE_ASKED.sub(
        lambda asking: f" {asking.group('who') or asking.group('modifier') or ''} ", asked
    )
    asked = _THE_COUNTRY.sub(" ", asked)
    asked = _HEARSAY.sub(" ", _THE_TWO_COUNTRIES.sub(" ", without_the_text_read(_VIEW_HELD.sub(" ", asked))))
    asked = _IS_IT_SO.sub(" ", _ON_EARTH.sub(r"\1", _NOW_ABOUTS.sub(" ", asked)))
    asked = _SET_ASIDE_AFTER.sub(" ", _ROLE_PLAYED.sub(r"\1\2", _EFFORTS_AT.sub(" ", asked)))
    wants_name, asked = _name_asked(asked)
    if wants_name and _NAME_GIVEN.search(plain):
        wants_name = False  # "the islets are called Takeshima in Japan": the name is given, not asked
    kind_word = _kind_asked(asked)
    found, pairs = analyse(asked, query=True)
    around = _around_the_question(subject[:MAX_QUERY_CHARS])
    if wants_figure and not wants_name:
        # "how old was the former internee who commented on the visit": the clause after "who"
        # says of whom the figure is asked, in words the claim giving it need not hold
        around = around | _described(subject[:MAX_QUERY_CHARS])
    size = max(index.size(), 1)
    thesaurus = index.thesaurus()
    longest = index.phrase_starts()
    known: dict[tuple[tuple[str, ...], str], Concept] = index.memo.setdefault("concepts", {})
    query_terms = [term for term, _word in found]
    concepts: list[Concept] = []
    seen: set[tuple[str, ...]] = set()
    unknown_around: list[tuple[int, Concept]] = []  # words only around the question, unknown to the store
    asked_about = False  # whether the question's own clause holds a word of weight
    at = 0
    while at < len(found):
        span = 1
        for length in range(min(longest.get(query_terms[at], 1), len(found) - at), 1, -1):
            if tuple(query_terms[at : at + length]) in thesaurus:
                span = length
                break
        group = found[at : at + span]
        at += span
        own = tuple(term for term, _word in group)
        if own in seen:
            continue
        seen.add(own)
        typed = " ".join(word for _term, word in group)
        concept = known.get((own, typed))
        if concept is None:  # a word read once per open index: a batch meets the same words often
            expansions = _expansions_of(index, own, typed, thesaurus)
            # a word one edit from a function word is read as it, unless the store knows the word
            # as typed: "befor" is "before", not the "beforehand" a prefix reading guesses
            guessed = all(expansion.how in ("typo", "sounds like", "prefix") for expansion in expansions)
            if guessed and len(own) == 1 and _mistyped_filler(typed):
                known[own, typed] = concept = Concept(typed, 0.0, [])
            else:
                weight = _weight(index, own, typed, expansions, size)
                concept = known[own, typed] = Concept(typed, weight, expansions)
        if concept.weight <= 0:  # "wich", "manny", "qoute": a question word mistyped
            dropped.append(concept.typed)
            continue
        if around and all(word in around for word in fold(typed).split()):
            if not concept.expansions:
                unknown_around.append((len(concepts), concept))
            concept = Concept(concept.typed, concept.weight * ranking.AROUND_SHARE, concept.expansions)
        else:
            asked_about = True
        concepts.append(concept)
    if asked_about:  # the question itself names what it asks: the asker's own words weigh nothing
        for position, unknown in unknown_around:
            concepts[position] = Concept(unknown.typed, unknown.weight * ranking.AROUND_UNKNOWN_SHARE, [])
    if wants_figure and _YES_OR_NO.match(cleaned.casefold()) is None:
        concepts = [_no_year_near(concept) for concept in concepts]
    if _HOSTING_PLACE.search(plain):
        concepts = [
            Concept(c.typed, min(c.weight, EVERYDAY_MOST), c.expansions) if _HOSTING.match(c.typed) else c
            for c in concepts
        ]
    concepts = _choice_merged(plain, concepts)
    concepts = _disputable(plain, concepts)
    concepts = _kin_of_another(index, plain, concepts)
    units = tuple(
        unit
        for word, hinted in ranking.UNIT_HINTS.items()
        if re.search(rf"\bhow {word}\b", plain.casefold())
        for unit in hinted
    )
    if _counts_people(plain.casefold()):
        units += ranking.PEOPLE_UNITS
    understood = Query(cleaned, concepts, list(dict.fromkeys(pairs)), wants_figure, wants_date, units)
    understood.dropped = dropped
    understood.elsewhere = _other_country_docs(index, plain)
    understood.wants_name = wants_name
    understood.wants_person = wants_name and _PERSON_NAME_ASKED.search(plain) is not None
    understood.asks_source = outlets_asked > 0
    asked = cleaned.casefold()
    if wants_figure:
        hinted = re.search(r"\bhow (old|long|often)\b", asked)
        if hinted:
            understood.counted = hinted.group(1)
        elif re.search(
            r"\bhow many times (?:a|per|each|every) (?:year|month|week|day)\b", asked
        ):  # how often
            understood.counted = "often"
        elif re.search(
            r"\bhow many\b(?!\s+(?:do|does|did|are|were|is|was|have|has|had|will|would)\b)", asked
        ):
            understood.counted = "many"
        elif _MONEY_ASKED.search(asked):
            understood.counted = "money"
    understood.wants_day = re.search(_DAY_ASKED, asked) is not None
    understood.wants_exact_day = re.search(_EXACT_DAY_ASKED, asked) is not None
    understood.asks_when = re.search(_WHEN_ASKED, asked) is not None
    understood.asks_who = re.search(_WHO_ASKED, asked) is not None or _WHICH_PERSON.search(asked) is not None
    understood.asks_whence = _asks_whence(asked)
    understood.place_asked = not understood.asks_whence and (
        _PLACE_ASKED.search(asked) is not None or _WHERE_WITHIN.search(asked) is not None
    )
    understood.asks_what_of_it = (
        re.search(rf"\b(?:{_ASKING_WORD})\b", asked) is not None and _YES_OR_NO.match(asked) is None
    )
    understood.asks_where = understood.place_asked or (
        not understood.asks_whence and _WHERE.search(asked) is not None
    )
    if not understood.asks_what_of_it and _PLACES_LISTED.search(asked):
        understood.asks_where = True  # "detained japanese china cities": which cities
        understood.place_asked = not understood.asks_whence
    who_relation = (re.search(_WHO_RELATION, asked) if understood.asks_who else None) or _OFFICE_ASKED.search(
        asked
    )
    relation = who_relation or re.search(_DEED_ASKED, cleaned)
    word = fold(relation.group("word")).split()[0] if relation is not None else ""
    if relation is not None and relation is not who_relation and word not in _english_words():
        # "when did shuzo yamada return", typed in lower case: a word of no English after the
        # first is the rest of a name, and the deed the word after it
        deed = re.match(r"\s+([a-z][\w-]*)", cleaned[relation.end("word") :])
        word = fold(deed.group(1)) if deed is not None else word
    owner = ""
    if relation is not None and relation is who_relation:
        before = _OWNER_BEFORE.search(
            asked[max(0, relation.start("word") - OWNER_NEAR) : relation.start("word")]
        )
        owner = fold(before.group(1)) if before is not None else ""
        if word in _OWNER_WORD:
            # "who is the Mongolian prime minister": the office after the country is asked of
            office = re.match(r"\s*([\w-]+)", asked[relation.end("word") :])
            owner, word = word, fold(office.group(1)) if office is not None else ""
    # "who held the presidency": holding says nothing of the relation; "who gave the 12,000
    # figure" asks whose figure it is, which every claim says (``attributed_to``)
    if word and stem(word) not in _NO_RELATION:
        understood.relation = next(
            (c.typed for c in concepts if word in fold(c.typed).split() and c.weight > 0), None
        )
        if owner in _OWNER_WORD and understood.relation is not None:
            understood.relation_owner = next(
                (c.typed for c in concepts if owner in fold(c.typed).split() and c.weight > 0), None
            )
    understood.asks_start = re.search(_START_ASKED, asked) is not None
    understood.asks_end = re.search(_END_ASKED, asked) is not None
    understood.country_asked = _KIND_ASKED.search(asked) is not None or _other_partner_asked(
        cleaned, concepts
    )
    # a word the question weighs: not one read as framing it, nor one the store does not know
    if kind_word and any(
        kind_word in fold(c.typed).split() and c.weight > 0 and c.expansions for c in concepts
    ):
        understood.kind = kind_word
    unread = without_the_text_read(cleaned)  # "what does the writer say": the text read
    said = _SAID_ASKED.search(unread) or next(
        (terse for form in _SAID_ASKED_TERSELY if (terse := form.search(unread)) is not None), None
    )
    if said is not None:
        # who, with every reading the store offers: "Tokyo" is Japan, "Tokyo's envoy" its ambassador
        who = set(re.split(r"[\s-]+", fold(said.group("who"))))  # "think-tank" is "think tank"
        if {word.removesuffix("'s").removesuffix("\u2019s") for word in who} & _OWNER_WORD:
            # "what did Mongolia's prime minister say": the office, read in full, is whose words
            understood.said_office = tuple(
                tuple(expansion.terms for expansion in concept.expansions)
                for concept in concepts
                if set(fold(concept.typed).split()) <= who
                and concept.expansions
                and fold(concept.typed).split()[0] in _OFFICE_WORDS
            )
        understood.said_by = (
            (
                frozenset(terms(said.group("who"), query=True))
                | {
                    term
                    for concept in concepts
                    if set(fold(concept.typed).split()) <= who
                    for expansion in concept.expansions
                    # a reading of one word: "the emperor's wife" is the empress, not the emperor
                    if len(expansion.terms) == 1
                    for term in expansion.terms
                }
            )
            - STOP_WORDS
            - GENERIC
        )
    understood.dates = _dates_stated(query[:MAX_QUERY_CHARS])
    # a name mistyped is still the query's own ("Nicolas Milward" is the store's Nicholas Millward)
    understood.typed = frozenset(stem(word) for word in re.findall(r"[^\W_]+", fold(query))) | {
        term
        for concept in concepts
        for expansion in concept.expansions[:1]
        if expansion.how in ("typo", "sounds like")
        for term in expansion.terms
    }
    return understood


_DISAGREEING = frozenset(
    """
    differ conflict disagre disagr discrep mismatch contradict contradictori inconsist disput
    vari diverg
    """.split()  # noqa: SIM905
)
"""The words (stemmed) of figures disagreeing: "different totals", "conflicting figures", "the
discrepancy", "how far do they differ"."""
_NOT_AGREEING = re.compile(
    r"(?:\bnot|n't|\bnever)\s(?:quite\s)?(?:agree|match|tally|add\sup|line\sup)\b"
    r"|\bvar(?:y|ies|ied|ying)\b"
    r"|\b(?:both|two|each|either)\s(?:sources|accounts|sets\sof\s(?:records|figures)|sides)\b",
    re.IGNORECASE,
)
"""Figures not agreeing ("the records don't match", "do not agree", "vary by source", read as
an everyday word), or the sides set against each other ("according to both sources")."""
_SIDES = frozenset(["2", "sourc", "account", "side", "agre", "match", "talli", "add", "line"])
"""The words (stemmed) naming the sides that disagree ("the two sources", "both accounts"), or
how they fail to ("don't match"): a word of disagreement's company."""
_DISPUTED = Expansion((ranking.DISPUTED,), 1.0, "disputed", "disputed figure")


def _disputable(asked: str, concepts: list[Concept]) -> list[Concept]:
    """The concepts with the words of a question about figures that disagree ("the two sources
    give different totals, what are they?", "the conflicting POW figures") read also as a claim
    whose figure another disputes (ranking.DISPUTED): that claim answers with the other side,
    which travels with it (``Hit.conflicts``), though neither says "different"."""

    def own(concept: Concept) -> set[str]:
        held = set(terms(concept.typed, query=True))
        held.update(term for e in concept.expansions if e.how in ("typo", "sounds like") for term in e.terms)
        return held

    disagreeing = [bool(own(concept) & _DISAGREEING) for concept in concepts]
    if not any(disagreeing) and _NOT_AGREEING.search(asked) is None:
        return concepts
    out = []
    for concept, disagrees in zip(concepts, disagreeing, strict=True):
        words = own(concept)
        if words and (disagrees or words <= _SIDES):
            concept = Concept(concept.typed, concept.weight, [*concept.expansions, _DISPUTED])
        out.append(concept)
    return out


def _choice_merged(asked: str, concepts: list[Concept]) -> list[Concept]:
    """The concepts with a question's closing choice of two words read as one ("which mineral does
    Japan want, copper or gold?"): the answer holds the one that is so, and the other is no word it
    lacks. Read from the last three words alone, so that a long query costs no more."""
    words = asked.rstrip(" ?.!").rsplit(None, 3)[-3:]
    if len(words) < 3 or words[1].casefold() != "or":
        return concepts
    first, second = fold(words[0].rstrip(",")), fold(words[2])
    at = next((i for i, c in enumerate(concepts) if fold(c.typed) == first), None)
    then = next((i for i, c in enumerate(concepts) if fold(c.typed) == second), None)
    if at is None or then is None or at == then:
        return concepts
    one, other = concepts[at], concepts[then]
    if not one.expansions and not other.expansions:
        return concepts
    merged = Concept(
        f"{one.typed} or {other.typed}", max(one.weight, other.weight), one.expansions + other.expansions
    )
    return [merged if i == at else c for i, c in enumerate(concepts) if i != then]


_KIND = re.compile(
    r"\b(?:which|what)\s+(?:(?:kind|kinds|type|types|sort|sorts)\s+of\s+)?((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)"
    r"(?=\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|of|from|in|on|at|for"
    r"|with|to|by|that|which|who|the|a|an|and|or|its|their|his|her)\b|\s*[?.!,;:]|\s*$)"
)
"""A question naming the kind of thing it asks for ("what famous square in ...", "which fund from
Japan ...", "which sectors the article lists"): the last word before the verb, preposition or
article that ends the phrase."""
_NOT_KINDS = frozenset(
    """is are was were do does did has have had will would can could should about else exactly
    happened happens person people one ones thing things""".split()  # noqa: SIM905
)
"""Words after "which" or "what" that name no kind of thing: a verb ("what did"), or a person,
whom "who" asks for (``_lift_named``)."""


def _kind_asked(asked: str) -> str:
    """The word (folded) naming the kind of thing a question asks for ("square" in "what famous
    square in Ulaanbaatar did he help build"), or "" when it names none ("what did he build")."""
    found = _KIND.search(asked)
    if found is None:
        return ""
    words: list[str] = []
    for word in found.group(1).split():
        if word.endswith("ed"):  # "which japanese person lodged the protest": the verb ends it
            break
        words.append(word)
    if not words or any(word in _NOT_KINDS for word in words):
        return ""
    return fold(words[-1])


_TEXT_BIT = 1 << ranking.FIELDS.index("text")


def _kind_docs(index: Index, word: str) -> set[int]:
    """The claims whose own sentence holds the word naming the kind of thing asked, as typed (its
    stem): not in keywords or a reading of the thesaurus, which say what a claim is about
    ("skills" for a claim naming an exercise), nor in a related claim."""
    docs: set[int] = set()
    for term in terms(word, query=True)[-1:]:
        found = index.postings(term)
        if found is not None:
            docs.update(doc for doc, mask in zip(found.docs, found.masks, strict=True) if mask & _TEXT_BIT)
    return docs


_KEYWORDS_BIT = 1 << ranking.FIELDS.index("keywords")


def _counted_as(index: Index, concepts: Sequence[Concept]) -> set[int]:
    """The claims with a figure whose keywords name as the query does the people it counts
    (ranking.PEOPLE_UNITS): a claim counting "forced laborers" whose keywords call them "prisoners
    of war" counts the prisoners "how many prisoners" asks, though its unit names them otherwise."""
    flags = index.flags()
    docs: set[int] = set()
    for concept in concepts:
        for expansion in concept.expansions:
            for term in expansion.terms:
                found = index.postings(term) if term.startswith(ranking.PEOPLE_UNITS) else None
                if found is not None:
                    docs.update(
                        doc
                        for doc, mask in zip(found.docs, found.masks, strict=True)
                        if mask & _KEYWORDS_BIT and flags[doc] & FIGURE_FLAG
                    )
    return docs


_PLACES_LISTED = re.compile(r"\b(?:cities|towns|locations|places|prefectures|provinces|venues)\b")
"""Kinds of place named in the plural: a query of keywords asking nothing in words ("detained
japanese china cities") asks where, as "in which cities" does; the claim naming them answers, not
the one saying only that they are detained in China. It asks the kind of place, as "what places"
does: when no claim at the head names one ("places emperor visited ulaanbaatar": the many saying
they visited Mongolia), those naming one are looked for further down. (A question asking what of
something is read by ``_PLACE_ASKED``; "Ulaanbaatar city", singular, names a place.)"""


_AGE_WORDS = frozenset(stem(word) for word in ("age", "aged", "old", "older", "oldest"))
"""Words asking an age: without one, "how many years" asks for time spent, not an age."""
_PEOPLE_COUNTED = re.compile(
    r"\bhow many (?:of the |more |other )?(?:japanese|mongolians?|(?:south |north )?koreans?|chinese"
    r"|americans?|russians?|people|persons|individuals|nationals|citizens)\b(?:\W+(?P<next>[a-z]+))?"
)


def _counts_people(asked: str) -> bool:
    """Whether a question (casefolded) counts people by their nationality alone ("how many
    Japanese were sent to Mongolia", "how many people died"), not things of theirs ("how many
    Japanese companies"): the next word, if any, is a function word or a verb's past."""
    match = _PEOPLE_COUNTED.search(asked)
    if match is None:
        return False
    following = match.group("next")
    return following is None or following in STOP_WORDS or following.endswith("ed")


TOPIC_LABEL_WORDS = 3
"""The most words a label before a colon holds ("POW totals:", "Astellas case:"); a longer clause
there tells of the asker ("Quick favour for a nervous intern:")."""
_DASHED_LABEL = re.compile(rf"^(\W*[^\W_]+(?:\s+[^\W_]+){{0,{TOPIC_LABEL_WORDS - 1}}})\s+[-\u2013\u2014]+\s+")
"""A label opening a question before a dash, as before a colon ("Critical minerals - which
Japanese industries would benefit?")."""
_SPEAKER_WORDS = frozenset(["i", "me", "my", "we", "us", "our", "you", "your"])
"""Words by which the asker speaks of themselves: a clause holding one is no label ("my grandpa asks:")."""


def _topic_label(clause: str) -> bool:
    """Whether a clause is a label before a colon naming what the question is about ("POW totals:
    whose records are higher?", "Astellas case: how long?"): a few words, none of them the asker
    speaking of themselves ("my grandpa asks:"). It is part of the question, not the asker's words
    around it."""
    words = re.findall(r"[^\W_]+", clause.casefold())
    return (
        clause.rstrip().endswith(":") and len(words) <= TOPIC_LABEL_WORDS and not _SPEAKER_WORDS & set(words)
    )


_WHO_DID = re.compile(r"\bwho\s+(?!is\b|was\b|are\b|were\b|has\b|have\b|had\b)([^,;:?!.]+)", re.IGNORECASE)
"""A relative clause after someone named ("the man who helped build the square")."""


def _described(text: str) -> frozenset[str]:
    """The words (folded) of the relative clauses describing someone in a question asking a
    figure of them (``_WHO_DID``), unless the question's own clause begins there."""
    found = _WHO_DID.search(text)
    if found is None or found.start() == 0:
        return frozenset()
    return frozenset(re.findall(r"[^\W_]+", fold(found.group(1))))


_COMPARED_WITH = re.compile(
    r",?\s{0,3}\b(?:compared\s(?:with|to)|in\scomparison\s(?:with|to)|as\sagainst|as\sopposed\sto"
    r"|versus|vs\b\.?)(?P<other>[^;:?!]{1,80})",
    re.IGNORECASE,
)
"""What a question sets beside what it asks ("how many came per the National Archives, compared
with the 12,318 in Mongolian records?")."""
_STATED_FIGURE = re.compile(r"\d")


def _words_of(text: str) -> set[str]:
    """The words (folded) of a text, as read one by one and as typed ("12,318")."""
    folded = fold(re.sub(r"['\u2019]s\b", "", text))  # "Mongolia's": Mongolia
    return set(re.findall(r"[^\W_]+", folded)) | {word.strip(".,\"'()") for word in folded.split()}


def _around_the_question(text: str) -> frozenset[str]:
    """The words (folded) only in the clauses around a question, not in the question itself:
    "I read about a very old man who worked on a famous square in Ulaanbaatar - what is his
    name?" asks a name; the rest says of whom, and weighs less (ranking.AROUND_SHARE). So do
    the words of a figure the question sets beside what it asks ("how many per the National
    Archives, compared with the 12,318 in Mongolian records?"): the asker has that side's figure,
    and asks the other."""
    compared = _COMPARED_WITH.search(text)
    if compared is None or _STATED_FIGURE.search(compared.group("other")) is None:
        return _around_clauses(text)
    other = compared.group("other").split(", ", 1)[0]
    rest = text[: compared.start()] + text[compared.start() + compared.group(0).index(other) + len(other) :]
    return _around_clauses(rest) | frozenset(_words_of(other) - _words_of(rest))


def _around_clauses(text: str) -> frozenset[str]:
    """The words (folded) only in the clauses around a question (``_around_the_question``)."""
    clauses = [
        clause for clause in _CLAUSE_END.split(_DASHED_LABEL.sub(r"\1: ", text, count=1)) if clause.strip()
    ]
    if len(clauses) < 2:
        return frozenset()
    asking: list[str] = []
    for before, clause in zip(["", *clauses], clauses, strict=False):
        # what follows "Check this line:" is what is asked, as the clause asking it is
        if _asks(clause) or (before in asking and before.rstrip().endswith(":")) or _topic_label(clause):
            asking.append(clause)
    if not asking or len(asking) == len(clauses):
        return frozenset()
    asked = {word for clause in asking for word in re.findall(r"[^\W_]+", fold(clause))}
    return (
        frozenset(
            word
            for clause in clauses
            if clause not in asking
            for word in re.findall(r"[^\W_]+", fold(clause))
        )
        - asked
    )


_OPENING = re.compile(
    r"^\W*(?:(?:and|so|but|also|then|now|please|just|quickly|okay|ok)\W+)*"
    rf"(?:{_ASKING_WORD}|is|are|was|were|did|does|do|can|could|would|will"
    r"|has|have|had|tell|check|confirm|name|list|give)\b",
    re.IGNORECASE,
)


def _asks(clause: str) -> bool:
    """Whether a clause is a question: it ends with a question mark or opens as one asks."""
    return clause.rstrip().endswith("?") or _OPENING.match(clause) is not None


def _mistyped_filler(typed: str) -> bool:
    """Whether a word the store does not know is one edit from a question or filler word
    ("wich", "manny", "wat", "qoute"): read as that word, it says nothing about the subject."""
    word = fold(typed)
    if not word.isalpha() or len(word) < 3:
        return False
    if len(word) == 3:  # too close to too many words ("yen", "yes") but for a letter left out
        return word in _SHORTENED_FUNCTION_WORDS
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    for _choice, _distance, _at in process.extract(
        word, _FUNCTION_WORDS, scorer=OSA.distance, score_cutoff=1, limit=3
    ):
        if _choice[0] == word[0]:
            return True
    return False


_FUNCTION_WORDS = sorted(word for word in STOP_WORDS | FILLER if len(word) >= 4)
_SHORTENED_FUNCTION_WORDS = (
    frozenset(
        word[:at] + word[at + 1 :]
        for word in ("what", "when", "whom", "were", "with", "will", "that", "this", "they", "them", "from")
        for at in range(1, 4)
    )
    - STOP_WORDS
)
"""Three-letter words that are a common four-letter question word missing a letter but the
first ("wat", "wen", "wer"): the one kind of typo a three-letter word is read as (others are
too close to too many words: "yen", "yes", "ten")."""


def _expansions_of(index: Index, own: tuple[str, ...], typed: str, thesaurus: Expansions) -> list[Expansion]:
    """The store terms a query word or phrase may stand for, surest first."""
    readings: list[Expansion] = []
    if all(index.postings(term) for term in own):
        folded = fold(typed).replace(" ", "")
        how = "exact" if "".join(own) == folded or own[0][:1].isdigit() else "stem"
        readings.append(Expansion(own, ranking.STEM_SIMILARITY if how == "stem" else 1.0, how, typed))
    folded = fold(typed)
    if len(own) == 1 and folded != own[0] and folded.isalpha() and index.postings(folded):
        # "employe": the stem of the store's "employee" as written, a letter short, not "employ"
        readings.append(Expansion((folded,), 1.0 - ranking.TYPO_SIMILARITY_STEP, "typo", typed))
    for meant, similarity in _thesaurus_readings(index, own, thesaurus):
        readings.append(Expansion(meant, similarity, "thesaurus", " ".join(meant)))
    if readings or len(own) > 1:
        return readings
    return _typo_readings(index, own[0], typed, thesaurus)


def _thesaurus_readings(
    index: Index, own: tuple[str, ...], thesaurus: Expansions
) -> list[tuple[tuple[str, ...], float]]:
    """What the thesaurus reads words (search terms) as, among the terms the store holds, each
    with how sure that reading is (an alias read as its term is surer than the way back)."""
    return [
        (meant, ranking.THESAURUS_SIMILARITY if forward else ranking.THESAURUS_BACK_SIMILARITY)
        for meant, forward in thesaurus.get(own, ())
        if all(index.postings(term) for term in meant)
    ]


def _typo_readings(index: Index, term: str, typed: str, thesaurus: Expansions) -> list[Expansion]:
    """An unknown word read as a typo of a known one (judged on the words as written, since
    stemming can cut a misspelt word differently, and on the stems), then as what the thesaurus
    reads that word as ("cemetary": a cemetery, and the sites commemorating the dead that readers
    call one), or as the start of a known word ("semicond")."""
    word = fold(typed)
    if term[:1].isdigit():
        return _near_numbers(index, term)
    if not ranking.max_typos(word) or term in _everyday_terms():
        return []
    best: dict[tuple[str, ...], Expansion] = {}

    def keep(reading: Expansion) -> None:
        if reading.terms not in best or best[reading.terms].similarity < reading.similarity:
            best[reading.terms] = reading

    near: list[tuple[str, int, str]] = [
        (written, distance, candidate)
        for written, distance, candidate in spelt_nearby(index, word, limit=20)
        # people rarely mistype a word's first letter: "honor" is not "donor"
        if written[0] == word[0] or written[:2] == word[1::-1]
    ]
    if term != word:
        # judged on the stem too: "intrested" is two edits from "invested" as written, but its
        # stem "intrest" is one from "interest", the nearer and so the surer reading
        near.extend((candidate, distance, candidate) for candidate, distance in _stems_nearby(index, term))
    for written, distance, candidate in near:
        similarity = 1.0 - ranking.TYPO_SIMILARITY_STEP * distance
        keep(Expansion((candidate,), similarity, "typo", written))
        for meant, meaning in _thesaurus_readings(index, (candidate,), thesaurus):
            keep(Expansion(meant, similarity * meaning, "typo", f"{written} \u2192 {' '.join(meant)}"))
    if not best and len(word) >= ranking.SOUNDS_LIKE_FROM:
        # "Sukbator" for "Sukhbaatar", "Farma" for "Pharma": too many edits, the same sounds
        for written, candidate in _sounding_alike(index).get(_sound(word), ()):
            keep(Expansion((candidate,), ranking.SOUNDS_LIKE_SIMILARITY, "sounds like", written))
    if not best and len(word) >= 2 * _JOINED_PART:
        # "Jaemyung" for "Jae Myung": two of the store's words, written together
        for at in range(_JOINED_PART, len(word) - _JOINED_PART + 1):
            first, second = stem(word[:at]), stem(word[at:])
            if index.postings(f"{first}_{second}"):
                similarity = 1.0 - ranking.TYPO_SIMILARITY_STEP
                keep(Expansion((first, second), similarity, "typo", f"{word[:at]} {word[at:]}"))
    if len(word) >= 5 and len(term) >= 4:
        # the start of a word typed short ("semicond"); not a stem cut short by an ending the
        # store never writes ("easing" is "eas", which starts "east")
        for candidate in index.prefixed_terms(term):
            best.setdefault(
                (candidate,), Expansion((candidate,), ranking.PREFIX_SIMILARITY, "prefix", candidate)
            )
    return sorted(best.values(), key=lambda e: (-e.similarity, e.terms))


_JOINED_PART = 3
"""The fewest letters of each of two words a reader writes as one ("jaemyung")."""
_SOUNDS = ((re.compile(r"ph"), "f"), (re.compile(r"ck|q"), "k"), (re.compile(r"[aeiouyhw]"), ""))


def _sound(word: str) -> str:
    """A folded word as it sounds, roughly: its consonants, "ph" as "f", doubles once ("Sukbator"
    and "Sukhbaatar" are "skbtr"). Only a word of at least ranking.SOUNDS_LIKE_FROM letters, whose
    sound keeps ranking.SOUNDS_LIKE_CONSONANTS consonants, is read by it."""
    for pattern, sound in _SOUNDS:
        word = pattern.sub(sound, word)
    return re.sub(r"(.)\1+", r"\1", word)


def _sounding_alike(index: Index) -> dict[str, list[tuple[str, str]]]:
    """The store's words that are no everyday English by how they sound (see ``_sound``), each
    with its term: read once per open index."""
    memo: dict[str, list[tuple[str, str]]] | None = index.memo.get("sounds")
    if memo is None:
        memo = {}
        everyday = _everyday_terms()
        words, word_terms = index.vocabulary()
        for written, term in zip(words, word_terms, strict=True):
            if len(written) < ranking.SOUNDS_LIKE_FROM or term in everyday or not written.isalpha():
                continue
            sound = _sound(written)
            if len(sound) >= ranking.SOUNDS_LIKE_CONSONANTS:
                memo.setdefault(sound, []).append((written, term))
        index.memo["sounds"] = memo
    return memo


def _stems_nearby(index: Index, term: str) -> list[tuple[str, int]]:
    """The store's search terms within ranking.max_typos edits of an unknown word's stem and
    with its first letter, closest first, each with its edits."""
    terms: list[str] | None = index.memo.get("typo terms")
    if terms is None:
        terms = sorted(set(index.vocabulary()[1]))
        index.memo["typo terms"] = terms
    found = _within_typos(term, terms, limit=20)
    return [(candidate, distance) for candidate, distance, _at in found if candidate[:1] == term[:1]]


def spelt_nearby(index: Index, word: str, limit: int) -> list[tuple[str, int, str]]:
    """The store's words (folded, as written) that a folded word may be a typo of: within
    ranking.max_typos edits (optimal string alignment), closest first, each with its edits and
    its search term; none for a word too short to carry a typo. What ``ask`` and ``verify`` both
    read typos from."""
    words, word_terms = index.vocabulary()
    return [
        (written, distance, word_terms[at]) for written, distance, at in _within_typos(word, words, limit)
    ]


def _within_typos(text: str, choices: Sequence[str], limit: int) -> list[tuple[str, int, int]]:
    """The choices within ranking.max_typos edits of a text (optimal string alignment), closest
    first, each with its edits and its place among the choices; none for a text too short to
    carry a typo. Words as written (``spelt_nearby``) and stems (``_stems_nearby``) alike."""
    typos = ranking.max_typos(text)
    if not typos:
        return []
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    found = process.extract(text, choices, scorer=OSA.distance, score_cutoff=typos, limit=limit)
    return [(choice, int(distance), at) for choice, distance, at in found]


def _near_numbers(index: Index, term: str) -> list[Expansion]:
    """Numbers of the store within ranking.NUMBER_TOLERANCE of one it does not hold."""
    written_otherwise = _separators_otherwise(term)
    if written_otherwise is not None and written_otherwise in _number_set(index):
        # "13.847" with the dot grouping thousands, "3,5" with the comma before a fraction
        return [Expansion((written_otherwise,), ranking.STEM_SIMILARITY, "typo", written_otherwise)]
    try:
        wanted = float(term)
    except ValueError:
        return []
    if wanted <= 0:
        return []
    numbers = index.numbers()
    values = [float(number) for number in numbers]
    low = bisect_left(values, wanted * (1 - ranking.NUMBER_TOLERANCE))
    out = []
    for at in range(low, len(values)):
        if values[at] > wanted * (1 + ranking.NUMBER_TOLERANCE):
            break
        if numbers[at][:1] == "0" and numbers[at][:2] != "0." and term[:1] != "0":
            continue  # "07" is July or a day of a date, not the seven a reader counts
        out.append(Expansion((numbers[at],), ranking.NUMBER_SIMILARITY, "near number", numbers[at]))
    return out


def _no_year_near(concept: Concept) -> Concept:
    """A year the store does not hold, without the years near it: a figure asked of a year ("how
    much did Japan invest in 2024?") is one of that year, which a figure of another year does not
    give. (A question whether keeps them: "did they first get a Strategic Partnership in 2012?" is
    answered by 2010.)"""
    if not _year_like(concept.typed) or not concept.expansions:
        return concept
    if any(expansion.how != "near number" for expansion in concept.expansions):
        return concept
    return Concept(concept.typed, concept.weight, [])


def _year_like(term: str) -> bool:
    """Whether a number is written as a year of the modern era is ("1966", "2024")."""
    return len(term) == 4 and term.isdigit() and 1800 <= int(term) <= 2100


def _separators_otherwise(term: str) -> str | None:
    """A number as it reads with its separators taken the other way, as many countries write
    them: "13.847" is 13847 and "3,5" (read as the list "3 5") is 3.5; None for any other."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", term):
        return term.replace(".", "")
    if re.fullmatch(r"\d+ \d{1,2}", term):
        return term.replace(" ", ".")
    return None


def _number_set(index: Index) -> frozenset[str]:
    """The store's numbers, as a set (built once per open index)."""
    found = index.memo.get("number set")
    if found is None:
        found = index.memo["number set"] = frozenset(index.numbers())
    return cast("frozenset[str]", found)


_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)")
"""A number grouped by spaces ("13 847"), which the words of a query would split in two."""


def _spaced_numbers_joined(index: Index, query: str) -> str:
    """A query with its numbers grouped by spaces written whole, where the store holds them so."""
    if _SPACED_THOUSANDS.search(query) is None:
        return query  # the store's numbers are not read for a query with none
    numbers = _number_set(index)

    def joined(match: re.Match[str]) -> str:
        whole = re.sub(r"\D", "", match.group())
        return whole if whole in numbers else match.group()

    return _SPACED_THOUSANDS.sub(joined, query)


def _inflected(typed: str) -> bool:
    """Whether a word ends like a verb or adverb (-ed, -ing, -ly): it says how something happened
    more often than what the question is about."""
    return fold(typed).endswith(("ed", "ing", "ly"))


_COMMON_ENGLISH: dict[int | None, frozenset[str]] = {}


def common_english(rank: int | None) -> frozenset[str]:
    """The ``rank`` most common words of general English (data/common_english.txt, made by
    tools/common_english.py; all of them for None), read only as far as that rank, once."""
    if rank not in _COMMON_ENGLISH:
        from itertools import islice

        from jpmn.core.locations import package_root

        path = os.path.join(package_root(), "data", "common_english.txt")
        try:
            with open(path, encoding="utf-8") as table:
                words = (line.strip() for line in table if not line.startswith("#"))
                _COMMON_ENGLISH[rank] = frozenset(islice(words, rank))
        except OSError:  # a store without the table: every unknown word counts as a subject
            _COMMON_ENGLISH[rank] = frozenset()
    return _COMMON_ENGLISH[rank]


@cache
def _everyday_terms() -> frozenset[str]:
    """The words of general English (common_english) as search terms: a word among them is
    spelt right, and the store not using it is no reason to read it as a typo ("weather" is no
    "water", "price" no "prince") or as the start of a longer word ("falls" is no "fallout")."""
    return frozenset(stem(word) for word in common_english(None))


def _everyday(typed: str) -> bool:
    """Whether a word is among the ranking.EVERYDAY_RANK most common words of general English:
    read on the first word a query weighs that is not one of text.GENERIC."""
    return fold(typed) in common_english(ranking.EVERYDAY_RANK)


COMMON_RANK = 2000
"""A capitalised word among this many most common words of general English, first in a sentence,
is capitalised by its place, not because it is a name ("Only", "Former", "Both")."""


_HOW_PUT = frozenset(
    stem(word)
    for word in (
        "talk",
        "comment",
        "remark",
        "speak",
        "spoke",
        "spoken",
        "keep",
        "kept",
        "near",
        "around",
        "beyond",
        "reason",
        "reasons",
        "grounds",
        "altogether",
        "previously",
        "again",
        "host",
        "hosts",
        "hosted",
        "hosting",
        "refer",
        "refers",
        "referred",
        "push",
        "pushes",
        "pushing",
        "pushed",
    )
)
"""How a question puts what it asks, rather than what it is about: that someone spoke ("talk
about", "comment on", "speak of the visit"), which the claims put as "said", a word search does
not look at; that something goes on ("ships keep entering"); that one thing drives another
("what will push Mongolia and Japan to ...", "the upgrade pushes cooperation beyond East Asia"),
which the claims put as "force" or "extend"; and where or when it is, roughly ("near which
islands", "around mid-August", "beyond Russia and China", "was he there before?", read as
"previously", or "which city is hosting the expo", asked as where it is held); and a reader's
asides around what is asked ("what year was that again?", "the year that number refers to"). These
weigh as an everyday word does (as GENERIC), not as the rare words of the store they may also be."""


def _says_little(term: str, typed: str) -> bool:
    """Whether a query word weighs as an everyday word however rare in the store: a word of
    GENERIC or _HOW_PUT, or of everyday English (``_everyday``)."""
    return term in GENERIC or term in _HOW_PUT or _everyday(typed)


EVERYDAY_MOST = 1.0
"""The most an everyday word weighs (``_little``): a word weighing more says what is asked."""
_SOMEONE = frozenset(stem(word) for word in ("man", "men", "woman", "women", "person", "persons"))
"""Everyday words naming someone ("the Astellas man"): who the question is about, as the claims
say "a Japanese man"."""


def _little(term: str, expansions: Sequence[Expansion] = ()) -> float:
    """The most an everyday word weighs (see ``_says_little``): ranking.GENERIC_IDF, a word
    counted but outweighed by any of the store's ("how many places", "other countries", "which
    body"); EVERYDAY_MOST for a word of _HOW_PUT or _SOMEONE, and for one the thesaurus reads as
    the store's own words ("reporters" as the media, "held" as detained)."""
    if term in _HOW_PUT or term in _SOMEONE or any(e.how == "thesaurus" for e in expansions):
        return EVERYDAY_MOST
    return ranking.GENERIC_IDF


def _weight(index: Index, own: tuple[str, ...], typed: str, expansions: list[Expansion], size: int) -> float:
    """A concept's weight: the rarity of its rarest reading; an unknown word weighs as a word
    found in one claim, times ranking.UNKNOWN_WEIGHT, unless it is an everyday word of English
    (ranking.UNKNOWN_EVERYDAY_RANK); an everyday word, little however rare; a verb or adverb
    read only by guesses at its spelling (_GUESSED), as little as if unknown."""
    if not expansions:
        light = _inflected(typed) or own[0][:1].isdigit()
        share = ranking.UNKNOWN_INFLECTED_WEIGHT if light else ranking.UNKNOWN_WEIGHT
        weight = share * ranking.idf(1, size)
        if _says_little(own[0], typed) or fold(typed) in common_english(ranking.UNKNOWN_EVERYDAY_RANK):
            return min(weight, _little(own[0]))
        return math.pow(weight, ranking.IDF_POWER)
    weight = max(
        sum(ranking.idf(index.document_frequency(term), size) for term in e.terms) / len(e.terms)
        for e in expansions
    )
    if len(own) == 1 and _says_little(own[0], typed):
        weight = min(weight, _little(own[0], expansions))
    if len(own) == 1 and _inflected(typed) and all(e.how in _GUESSED for e in expansions):
        weight = min(weight, ranking.UNKNOWN_INFLECTED_WEIGHT * ranking.idf(1, size))
    return math.pow(weight, ranking.IDF_POWER)


_GUESSED = frozenset(["typo", "sounds like"])
"""Readings guessed from a word's spelling. A word ending like a verb or adverb that the store only
holds as a guess ("quietly" as "quit" or "quickly", "sailing" as "soil") is most likely spelt
right and says how something happened: it weighs no more than such a word the store does not
know (ranking.UNKNOWN_INFLECTED_WEIGHT). A reading as the start of a store word ("buried" as
"burial") is no guess at the spelling, and keeps its weight."""


_FIGURE_ASKED = (
    r"\bhow (?:many|much|long|old|often|far|big|large)\b|\b(?:number|amount|total) of\b"
    r"|\b(?:what|which) (?:share|proportion|fraction|percentage) of\b"
)
"""Words asking for a quantity: "what share of its exports" wants a figure, as "how many" does,
and "share" is what is asked, not a word the answer holds ("shared values")."""
_DATE_ASKED = r"\b(?:in |on |since |by )?(?:what|which) (?:year|date|day|month)\b|\bwhen\b"
_DATE_KIND = (
    r"(?<!each )(?<!every )(?<!per )(?<!this )(?<!last )(?<!next )(?<!th )(?<![\d-] )(?<![\d-])"
    r"\b(?:year|month|dates?)\b(?![-\u2013]|\s+old\b)"
)
"""A bare "year", "month" or "date" names the kind of answer wanted ("POW memorial built year", "the year
that number refers to"), as "when" does; "each year" and "10-year" do not."""


_DAY_ASKED = r"\b(?:which|what|exact) (?:month|day|date)s?\b|\bmonth\b"
"""Words asking for a moment finer than a year."""
_CLAUSE_OPENING = r"(?:^|[.?!,;:\u2013\u2014-]\s*)(?:(?:and|so|but|then|ok|okay)\s+)?"
"""Where a question word asks: opening the query or one of its clauses, not inside a clause."""
_WHEN_ASKED = rf"{_CLAUSE_OPENING}when\b|\b(?:what|which) (?:year|date|day|month)\b"
"""A question asking when: "when" opening it or one of its clauses ("emperor was in mongolia
before? when was that"), not the "when" of "how did he react when the ruling was read"."""
_WHO_ASKED = rf"{_CLAUSE_OPENING}who\b"
"""A question asking who: "who" opening it or one of its clauses ("who lodged the protest?"),
not the "who" of "the old man who helped build the square"."""
_WHICH_PERSON = re.compile(
    r"\b(?:which|what)\s+(?:[\w.'\u2019-]+\s+){0,2}?(?:diplomat|diplomats|official|officials|officer|minister"
    r"|envoy|spokesman|spokeswoman|spokesperson|politician|person|man|woman|expert|analyst|scholar|author"
    r"|director)\b",
    re.IGNORECASE,
)
"""A question asking who by the kind of person ("which Japanese diplomat lodged the protest?"),
as "who" asks it."""
_WHO_RELATION = (
    rf"{_CLAUSE_OPENING}who\s+(?:(?:is|was|are|were|will|would|did|does|do|has|have|had|be|been|exactly"
    r"|actually|really|currently)\s+)*(?:(?:the|a|an)\s+)?(?:[\w-]+['\u2019]s\s+)?"
    r"(?:(?:person|persons|people|individual|one)\s+(?:that|who|whom)\s+)?(?P<word>[\w-]+)"
)
"""What a "who" question asks someone to be or have done: "who designed the memorial", "who is
the principal of the school", "who was Mongolia's prime minister", "who was the person that
invited the emperor" (the deed, not "person": no claim calls anyone that)."""
_OWNERS = "japanese mongolian chinese korean russian american japan mongolia china korea russia".split()  # noqa: SIM905
_OWNER_WORD = frozenset(_OWNERS)
"""A country, or its adjective, before the office a "who" question asks of ("who is the Mongolian
prime minister"): the office, not the country, is what the answer must hold."""
_OFFICE_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:(?:south\s+korean|north\s+korean|" + "|".join(_OWNERS) + r")\s+)?"
    r"(?P<word>(?:prime|foreign|deputy)\s+minister|minister|president|premier|ambassador|emperor|king|queen)s?\b"
)
"""A question asking which holder of an office ("which Mongolian prime minister met the
emperor?"), of a country named by ``_OWNERS``: the office is what the answer must hold, as the
deed is for "who designed"."""
_OFFICE_WORDS = frozenset(
    "prime foreign deputy minister president premier ambassador emperor king queen".split()  # noqa: SIM905
)
"""The first words of the offices a question may name ("prime" of "prime minister")."""
_OWNER_BEFORE = re.compile(r"([a-z]+)(?:'s|\u2019s)?\s$")
"""The word just before the office a question asks of: its country, if it is one ("Mongolia's")."""
OWNER_NEAR = 20
"""How many characters before the office are read for its country (the longest is "mongolia's ")."""
_DEED_ASKED = (
    r"(?i:\b(?:when|where|why)\s+(?:did|does|do|will|would|can|could)\s+)"
    r"(?:(?i:the|a|an|his|her|its|their)\s+[a-z][\w-]*"
    r"|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:\s+and\s+[A-Z][\w-]*)?"
    r"|[a-z][\w-]*)\s+(?:(?:first|ever|actually|really|originally|initially|finally|later|eventually"
    r"|once|again|officially|formally)\s+)?(?P<word>[a-z][\w-]*)"
)
"""What someone is asked to have done when, where or why: the word after the one named ("when
did Shuzo Yamada return", "why did the president leave", "when did Beijing first lock up").
Read on the query as typed: its capitals say where a name ends. Not "how": "how did Japan react"
is answered by what it did."""
_NO_RELATION = frozenset(
    stem(word)
    for word in (  # noqa: SIM905
        "hold give provide report cite express announce state declare mention claim remark note comment"
        " explain indicate voice matter care"
    ).split()
)
"""Words a "who" question asks with that no claim need hold: "who held the presidency" asks who
was president, "who gave the figure" whose it is, "who announced that Japan would send a
representative" who said so (a claim has them say it in its own words: "said", "promised").
Nor what "why" asks of something's mattering: "why does reconciliation matter for Japan's
foreign policy?", "why does Tokyo care about Mongolian food?" are answered by the reason, which
says it is relevant or crucial, never that it matters."""
RELATION_HELD = 0.75
"""How fully a claim must hold what "who", "when", "where" and "why" ask of ("prime minister":
"foreign minister" holds half)."""
_EXACT_DAY_ASKED = r"\b(?:exact|precise) (?:date|day)\b|\b(?:what|which) (?:date|day)\b"
"""Words asking for the day itself: "in June 2025" does not answer "on what date"."""
_START_ASKED = (
    r"\bsince when\b"
    r"|\bwhen\b[^?.!]*\b(?:become|became|appointed|named|elected|take office|took office|taken office"
    r"|assume|assumed)\b"
)
"""A question asking when a state of things began ("since when has he been ambassador", "when
did she become foreign minister"). Not "when did the visit start", which the visit's date
answers, nor "how long has he been held", which asks for a figure (a start date answers it too)."""
_STARTED_WORDS = tuple(
    dict.fromkeys(
        stem(word)
        for word in """since became become appointed appointment named elected election assumed
        assume started start began begin inaugurated sworn succeeded succeeding replaced""".split()  # noqa: SIM905
    )
)
"""Words with which a claim says when something began ("took office in June 2025", "detained
since March 2023"): a claim without one does not answer "since when", however well dated ("...
is Japan's ambassador to Mongolia (July 2025)" says how things stood then)."""
_END_ASKED = (
    r"\buntil when\b"
    r"|\bwhen\b[^?.!]*\b(?:end|ends|ended|finish|finished|conclude|concluded|expire|expired"
    r"|leave office|left office|step down|stepped down|resign|resigned)\b"
)
"""A question asking when a state of things ended ("when did his presidency end", "when did she
step down"): a claim that he held the office in 2007 says how things stood then, not when they
stopped."""
_ENDED = re.compile(
    r"\b(?:until|till|end|ended|ending|finished|concluded|expired|left office|resigned|stepped down"
    r"|through)\b|\b\d{4}\s*[-\u2013]\s*\d{2,4}\b",
    re.IGNORECASE,
)
"""How a claim says when something ended ("until 2009", "the end of World War II", a span of
years "2022-2031"); "end" is no indexed word, so the claim's sentence is read."""
_TOOK_OFFICE = re.compile(r"\b(?:took|take|takes|taking|taken) office\b", re.IGNORECASE)
_DURATION_ASKED = r"\bhow (?:long|many (?:days|weeks|months|years|hours))\b"
_SPENDING = (
    r"\b(?:spend|spends|spent|spending|last|lasted|lasts|lasting|stay|stays|stayed|staying)\b"
    r"(?!\s+(?:year|month|week|time)s?\b)"
)
"""Verbs that only carry a duration asked for ("how long did the visit last", "how many days did
they spend"): a claim giving the duration need not hold them."""


_COUNTED_SINGULAR = re.compile(r"\b(how many (?:year|month|week|day|hour|time))\b(?![-\u2013])")
"""Units counted in the singular ("how many year is the plan", as people who write English as a
second language ask it): the plural they mean, not "year" asking for a date."""


def _intent(query: str) -> tuple[bool, bool, str]:
    """Whether the query asks for a quantity ("how many", "number of") and for a moment ("when",
    "in what year"), and the query without those words: they say what kind of answer is wanted,
    which a claim's figure or date gives, not what the answer is about."""
    text = US_WORD.sub("USA", query).casefold()  # the country, before "US" reads as the pronoun
    text = _COUNTED_SINGULAR.sub(r"\1s", text)
    figure = re.search(_FIGURE_ASKED, text) is not None
    date = re.search(_DATE_ASKED, text) is not None
    if re.search(_DURATION_ASKED, text):  # "how many days did they spend": the days are the answer
        text = re.sub(_SPENDING, " ", text)
    if re.search(r"\bhow often\b", text):  # "how often is it held": how often is the answer
        text = re.sub(r"\b(?:held|hold|holds|happen|happens|occur|occurs)\b", " ", text)
    # "where was it held?", "when will it happen?": the place or the moment is the answer
    text = _HELD_ASKED.sub(r"\1", text)
    if figure:
        text = re.sub(_FIGURE_ASKED, " ", text)
    if date:
        text = re.sub(_DATE_ASKED, " ", text)
    text = re.sub(r"\b(?:take|takes|took|taken|taking) place\b", " ", text)  # "happen", a question word
    text = _PLACE_ASKED.sub(" where ", text)  # "in which city": where, whatever kind of place
    text = _OFFICIAL_ASKED.sub(r"\1person", _KIND_ASKED.sub(r"\1", _FROM_COUNTRYS_LAND.sub(r"\1", text)))
    if re.search(_DATE_KIND, text):
        date = True
        text = re.sub(_DATE_KIND, " ", text)
    words = set(text.replace("?", " ").split())
    figure = figure or bool({"figure", "figures", "count", "percent", "percentage"} & words)
    figure = figure or bool(_QUANTITY_WORDS & words and not _OTHER_ASKING & words)
    text = re.sub(r"\bfigures?\b", " ", text)  # "the exact figure?" asks for one, as "how many" does
    text = _WORK_ASKED.sub(" ", text)
    return figure, date, text


_WORK_ASKED = re.compile(
    r"\b(?:jobs?(?: titles?)?|occupations?|professions?|line of work|for a living"
    r"|(?:work|works|worked|working)\s{1,3}for(?=\W{0,3}$))"
)
"""Words asking what someone does ("what is Millward's job", "millward occupation", "Nicholas
Milward job title") or for whom ("who does Nicholas Millward work for?", the verb closing the
question): the claim naming his post answers ("the director for the Yokosuka Council"), without
the word "job", "title" or "work"."""
_QUANTITY_WORDS = frozenset("budget budgets cost costs price prices population gdp".split())  # noqa: SIM905
"""Words naming a quantity, which only a figure gives: "what is the budget of Mongolia's emergency
agency?" or "Mongolia GDP" asks for one as "how many" does ..."""
_OTHER_ASKING = frozenset("why who whom whose where when how".split())  # noqa: SIM905
"""... unless the question asks something else of it ("why does Tokyo care about feeding its
population?")."""


_HELD_ASKED = re.compile(
    r"\b((?:where|when)\s+(?:is|was|will|would|does|did)\s+(?:it|this|that)(?:\s+(?:be|being|been))?)"
    r"\s+(?:held|happening|happen|happened|occur|occurred)\b"
)
"""A question asking where or when an event it points back to is held or happens ("... the 2022
trilateral meeting. Where was it held?"): the verb asks what the question word does, as "take
place" does, and is not the "held" of people detained ("where are the five being held?")."""
_FROM_COUNTRYS_LAND = re.compile(
    r"\b(from\s+(?:which|what)\s+(?:country|nation))(?:'s|\u2019s|')\s+(?:territory|territories|soil|land)\b"
)
"""Where from, asked as a country's land ("came from which country's territory"): the country is
the answer, as for "from which country" (not "which country's territory are the islets?")."""
_KIND_ASKED = re.compile(
    r"\b((?:which|what)\s+(?:(?:two|three|four|five|other|\d+)\s+)?(?:[a-z.-]+\s+)?)"
    r"(?:countries|country|nations|nation)\b"
)
"""A question asking which country ("which two countries does Ulaanbaatar keep strong ties
with?"): the claims name the countries, without the word "countries"."""
_OTHER_PARTNER = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?)\s+(?:the\s+)?(?:ones?|those|that)\s+"
    r"(?:with|involving|including)\s+(?P<partner>(?:[\w.'-]{1,30}\s+){0,2}[\w.'-]{1,30})",
    re.IGNORECASE,
)
"""A question setting aside one partner ("besides the one with the United States, which other
trilateral setup ...?"): what it asks for is another partner."""


def _other_partner_asked(asked: str, concepts: Sequence[Concept]) -> bool:
    """Whether a question asks for another country than the partner it sets aside
    ("apart from the one with the US", "besides the one with Washington": the US read as Washington
    is by the thesaurus)."""
    aside = _OTHER_PARTNER.search(asked)
    if aside is None:
        return False
    partner = set(re.split(r"[\s-]+", fold(aside.group("partner"))))
    return bool(COUNTRIES & set(terms(aside.group("partner"), query=True))) or any(
        term in COUNTRIES
        for concept in concepts
        if set(fold(concept.typed).split()) <= partner
        for expansion in concept.expansions
        for term in expansion.terms
    )


_OFFICIAL_ASKED = re.compile(r"\b((?:which|what)\s+(?:[a-z.-]+\s+)?)officials?\b")
"""A question asking which official ("which Washington official was Ishiba due to meet?"): the
claims name him by his office ("Treasury Secretary"), so it asks for a person, as "which person"
does (still a question asking who)."""
_PLACE_ASKED = re.compile(
    r"\b(?:in |at )?(?:which|what) (?:(?:chinese|japanese|mongolian|korean|south korean|american|u\.s\.|us"
    r"|other)\s+)?(?:city|cities|town|towns|place|places|prefecture|province|venue|venues|location|locations|sites)\b"
    r"(?!\s+(?:landmarks?|squares?|plazas?|parks?|halls?|monuments?|memorials?|buildings?|streets?"
    r"|districts?|government|council|mayor|officials?)\b)"
    r"|\b(?:host|hosting|home|venue)\s+(?:city|cities|town|towns)\b"
    r"|\b(?:the|a)\s+(?:city|town)\s+(?:where|in\s+which|that\s+(?:will\s+)?hosts?)\b"
)
"""A question asking where by the kind of place ("in which city was Ishiba giving a speech", "what
places did they visit", "in which Chinese city", "cop17 host city", "the city where COP17 meets"):
the claim naming the place answers, whether or not it says "city". Not "what city landmark" or
"which city hall": a place of the city is asked for, which the claim names without its city."""
_WHERE_WITHIN = re.compile(
    r"\bwhere\s+(?:exactly\s+|precisely\s+)?(?:in|within|inside)\s+(?!the\s+world\b)\w"
)
"""A question asking where within a place it names ("where exactly in Ulaanbaatar is the
memorial?"): as "in which part" would, it asks a place the claim names, not the one it names."""
_NAME_ASKED = r"\b(?:names?|(?<!so-)(?<!so )called)\b"
"""Words that ask what someone or something is called: they say what kind of answer is wanted (a
name the claim gives), not what it is about, as "how many" asks for a figure."""


_OUTLET = (
    r"(?:news\s+)?(?:agency|agencies|wire(?:\s+service)?|outlets?|newspapers?|papers?|publications?"
    r"|magazines?|media(?:\s+outlets?)?|broadcasters?|news(?:\s+(?:organi[sz]ations?|services?))?)"
)
_GIVING = (
    r"(?:gives|gave|give|provides|provided|provide|cites|cited|cite|came\s+up\s+with|comes\s+up\s+with)\b"
)
"""Verbs by which a source is said to give a figure."""
_DESCRIBING = r"(?:describ|characteri[sz]|dubb|label)(?:e|es|ed|ing|ling|led)?\b"
"""Verbs by which someone is said to put a thing in words ("who described the visit as ...")."""
_SOURCE_ASKED = re.compile(
    rf"\b(?:which|what)\s+(?:[\w-]+\s+)?{_OUTLET}\b"
    r"(?:\s+(?:first\s+)?(?:reported|reports|report|published|publishes|publish|wrote|writes|write|ran|runs"
    r"|carried|carries|broke|covered|covers)\b(?:\s+(?:the|a|an)\s+(?:story|report|article|piece|news)\b)?)?"
    r"|\bwho\s+(?:first\s+)?(?:reported|published|wrote|broke|carried)\b(?:\s+(?:the|a|an)\s+(?:story|report|article|piece)\b)?",
    re.IGNORECASE,
)
"""Words asking which outlet reported something ("which news agency reported", "which newspaper
published the story", "who reported"): every claim names its source, so they say what kind of
answer is wanted, not what it is about. "Seoul" in "which Seoul news agency" is kept."""
_WHOSE_ASKED = re.compile(
    rf"\b(?P<who>who)\s+(?:first\s+)?(?:{_GIVING}|{_DESCRIBING})"
    rf"|\b(?:which|what)\s+(?:(?P<modifier>[\w-]+)\s+)?(?:sources?|records?|side|body)\s+(?:first\s+)?"
    rf"(?:{_GIVING}|says\b|said\b)",
    re.IGNORECASE,
)
"""Words asking whose a figure is ("who gives the 12,318 figure", "which source says"), or whose
words ("who described the visit as ..."): every claim says who says it, so they say what kind of
answer is wanted, not what it is about. "Japanese" in "which Japanese source gives" is kept."""


_THE_TEXT_READ = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:first|second|other|latest|earlier|later|1st|2nd)\s+)?(?:analysis|article"
    r"|artical|articel|aritcle|piece|writer|column|columnist|narrator|op-ed|editorial|story|text|caption"
    r"|headline|tweet|chyron)\b(?!\s+of\b)(?:\s+(?:sees|saw|finds|found|points?\s+to)\b)?"
    r"(?:['\u2019]s\s+(?:[a-z]+\s+)?(?:section|part|paragraph|conclusion|introduction|ending)\b)?"
    r"|\b(?:per|in|from|according\s+to)\s+(?:the|its|this|that)\s+(?:[a-z]+\s+)?(?:section|paragraph)\b"
    r"|\b(?:per|in|from|according\s+to)\s+(?:the|its|this|that)\s+(?:conclusion|introduction|intro|ending)\b"
    r"|\b(?:per|in|from|ac?cording\s+to)\s+the\s+(?:[\w-]+\s+){1,3}?(?:article|artical|articel|aritcle|piece)\b",
    re.IGNORECASE,
)
"""Words that point at the text the reader read ("the analysis says", "does the article mention",
"the article sees benefits in", "the caption says", "what does the first article point to"): they
say where the answer was read, not what it is; so do a part of it ("per the conclusion", "in its
outlook section", "the article's outlook section"), the article named by what it is about
("according to the Mongolia Japan article") and the word misspelt ("the artical"). The
store's own words for its sources ("the commentary author") are kept."""
_THE_TWO_COUNTRIES = re.compile(
    r"\b(?:(?:the|our|their)\s+two|both)\s+(?:countries|nations|sides|neighbou?rs|gove?r?n?ments)\b",
    re.IGNORECASE,
)
"""The two countries of a relation, or their governments, which the claims answering name ("what
do the two countries' records say?", "what will the two goverments keep aiming for?": "the
Japanese and Mongolian governments")."""

_THE_COUNTRY = re.compile(
    r"\b(?:in|to|around|across|within|inside|throughout|into)\s+the\s+(?:country|nation)\b(?![\s-]*['\u2019])",
    re.IGNORECASE,
)
"""A country pointed back at ("how long did the couple stay in the country?"): the one the
question is about, which the claims name; not a word of theirs."""


_HEARSAY = re.compile(
    r"\b(?:i|we)\s+(?:have\s+)?(?:read|hear|heard|saw|seen|was\s+told|were\s+told)(?:\s+(?:that|about))?\b"
    r"|\b(?:a|my|our)\s+(?:friend|colleague|teacher|professor|editor|boss|grandpa|grandma|grandmother"
    r"|grandfather|mother|father|mom|mum|dad|grandson|granddaughter|son|daughter|wife|husband|brother"
    r"|sister|uncle|aunt|cousin|neighbou?r|student|producer|reader|listener|viewer|guest)"
    r"\s+(?:told|tells|said|says)(?:\s+(?:me|us))?(?:\s+that)?\b"
    r"|\b(?:i|we)(?:['\u2019]m|['\u2019]re|\s+am|\s+are)?\s+(?:just\s+)?trying\s+to\s+(?:understand|figure\s+out"
    r"|work\s+out|make\s+sense\s+of|find\s+out)\b",
    re.IGNORECASE,
)
"""How a reader says where they heard what they ask about ("I read he was there before", "a
friend told me the US is pulling back"), or that they are trying to understand it: what follows
is the subject; the hearsay is not."""


_VIEW_HELD = re.compile(
    r"\b(?:think|thinks|believe|believes)\b(?![\s-]{1,3}tanks?\b)"
    r"|\b(?:considered|deemed)\b(?!\s+[a-z]+ing\b)"
    r"|\b(?:seen|viewed)\s+as\b",
    re.IGNORECASE,
)
"""Words asking what someone holds a view to be ("what the official thinks is the only way",
"does the analysis think it matters", "why is reconciliation considered relevant", "seen as
important"): the claim gives the view in its own words ("said", "according to"), so what is
asked is the view, not the thinking. Not "think tank" ("think-tank"), nor "considered joining" (a deed)."""
_IS_IT_SO = re.compile(
    r"\b(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?(?:right|correct|true|accurate|so)\b",
    re.IGNORECASE,
)
"""Whether what was said before is so ("Is that right, and in which year ..."): how a question
points back to what it asks about, not words of it."""
_ON_EARTH = re.compile(rf"\b({_ASKING_WORD})\s+(?:on earth|in the world|exactly)\b", re.IGNORECASE)
"""Emphasis after a question word ("what on earth does it mean"): how strongly one asks, not what."""
_BACK_THEN = re.compile(
    r"\b(?:way\s+)?back\s+(?=(?:when|then|in\s+(?:the\s+)?(?:\d|'\d|early|late|mid|those|that|days?)))",
    re.IGNORECASE,
)
"""A moment set in the past ("back when he was crown prince", "back in 2007", "back then"): when
it was, said as people say it; no "back" of anything the claims could hold ("let back in" keeps it)."""
_TO_BEGIN_WITH = re.compile(
    r"(?<!\s)\s*\b(?:in the first place|to begin with)(?=\s*(?:[?.!,;]|$))", re.IGNORECASE
)
"""Emphasis closing a clause ("why was he in Japan in the first place?"): no first of anything.
The spaces before it are taken from where they begin, as ``_POLITE``'s are."""
_NUMBER_WORD = rf"(?:{'|'.join(NUMBER_WORDS)}|hundred|thousand|million|billion)"
_NUMBER_WORDS = re.compile(
    rf"\b{_NUMBER_WORD}(?:(?:\s+and\s+|[\s-]+){_NUMBER_WORD})+\b",
    re.IGNORECASE,
)
"""A number written out in more than one word ("seventy thousand", "twenty-one")."""


def _in_digits(query: str) -> str:
    """A query with its numbers written out in words put in digits, as the store gives figures:
    "seventy thousand households" asks for the 70,000 households. One word alone ("eight") is
    read as its digits already."""
    if not any(word in query.casefold() for word in ("hundred", "thousand", "illion", "ty-", "ty ")):
        return query
    from jpmn.core.figures import read_figures

    def digits(match: re.Match[str]) -> str:
        found = read_figures(match.group())
        value = found[0].value if len(found) == 1 and found[0].kind == "number" else None
        if value is None:
            return match.group()
        return f"{value:.0f}" if value == int(value) else f"{value:g}"

    return _NUMBER_WORDS.sub(digits, query)


_DATE_BIT = 1 << ranking.FIELDS.index("date")


def _dated(index: Index, dates: tuple[str, ...]) -> set[int]:
    """The claims whose ``date`` is one the query states: its parts ("2025 07 17") are each in
    the claim's date field (the field mask of their postings says so), not in its text."""
    out: set[int] = set()
    for iso in dates:
        held: set[int] | None = None
        for part in filter(None, iso.split("-")):
            found = index.postings(part)
            docs = (
                {doc for doc, mask in zip(found.docs, found.masks, strict=True) if mask & _DATE_BIT}
                if found
                else set()
            )
            held = docs if held is None else held & docs
        out |= held or set()
    return out


_DATE_HINT = re.compile(
    r"\d{4}[-.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b",
    re.IGNORECASE,
)


def _dates_stated(query: str) -> tuple[str, ...]:
    """The dates a query states to the month or the day ("July 17, 2025", "17 July", "2025-07"),
    as a claim's ``date`` is written."""
    if not _DATE_HINT.search(query):
        return ()  # no month's name and no date in digits: the figure reader is not loaded
    from jpmn.core.figures import read_figures

    return tuple(
        figure.iso
        for figure in read_figures(query)
        if figure.is_date and figure.iso is not None and len(figure.iso) >= 7
    )


_BEFORE_NOW = re.compile(
    r"(?<!\bever )\bbefore(?:\s+(?:this|that|then|now)(?:\s+(?:trip|visit|one|time))?)?"
    r"(?=\s*(?:[.?!,;:]|$))",
    re.IGNORECASE,
)
"""A "before" closing a clause ("was the emperor in Mongolia before?", "had he been there before
this trip?"): an earlier time, which the claims say as "previously" ("Naruhito had previously
visited Mongolia as crown prince"). A "before" opening a clause ("before they reached Mongolia")
only sets the time of what is asked, and "ever ... before" asks whether there was any earlier time
("had a Japanese monarch ever made a state visit before?", which "the first state visit" answers):
both stay words of no weight."""
_ASKED_OVER = re.compile(
    r"\bask(?:s|ed)?(?=\s+(?!(?:me|us|you)\b)(?:[\w'\u2019-]+\s+){1,6}?to\s+(?:come|visit|travel)\b)",
    re.IGNORECASE,
)
"""Asking someone to come ("who asked the emperor and his wife to come to Mongolia?", "who asks
them to visit"): an invitation, as the claims say it ("at the invitation of President Khurelsukh").
"Asked" alone is how a question is put, and no word of it ("my teacher asked me to visit")."""
_HOSTING_PLACE = re.compile(
    r"\b(?:which|what)\s+(?:city|cities|country|countries|town|nation|place|venue)\s+"
    r"(?:(?:is|was|are|were|will|would|did|does|do)\s+)?(?:be\s+)?host(?:s|ed|ing)?\b",
    re.IGNORECASE,
)
_HOSTING = re.compile(r"host(?:s|ed|ing)?$", re.IGNORECASE)
"""A place asked as the host of something ("which city is hosting the world expo", "what
country hosted COP17"): where it is held, which a claim may say with "in" ("the World Exposition
was under way in Osaka") as well as with "host", so the word weighs as an everyday one."""
_MADE_WITH = re.compile(
    r"\bfor\s+mak(?:e|ing)\b|\b(?:mak(?:e|es|ing)|made)\s+(?:with|from|out\s+of)\s+(?:it|them|these|those)\b",
    re.IGNORECASE,
)
"""Making things of a material ("minerals for making what in Japan", "what do they make with
them"): manufacturing, as the claims say it ("utilized for Japan's advanced manufacturing in
robotics"). "Make" alone stays a word of no weight ("make the partnership special")."""
_COME_BACK = re.compile(
    r"\b(?:come|comes|came|coming)\s+back\b(?!\s+(?:to\s+)?(?:life|power|office)\b)", re.IGNORECASE
)
"""Coming back ("when did Shuzo Yamada come back to Japan"): returning, the deed asked, which a
claim must hold to answer; not the everyday "back" the words hold apart."""
_FIRST_TIME_IN = re.compile(r"\b[Ff]irst\s+time\s+(?:ever\s+)?(?=(?:in|to)\s+[A-Z])")
"""Whether it was someone's first time in a place ("was this Naruhito's first time ever in
Mongolia?"): whether they had been there before, which the claims say as "previously" ("Naruhito
had previously visited Mongolia as crown prince"). The first time someone did a thing ("the
first time a Japanese emperor made a state visit") stays a first, as the claims say it."""
_ROLE_PLAYED = re.compile(
    r"\b(what\s+(?:\w+\s+){0,2}?)(?:role|part)\b((?:\s+[\w'\u2019-]+){1,12}?\s+)play(?:s|ed|ing)?\b",
    re.IGNORECASE,
)
"""How a question asks what something does ("what role does historical reconciliation play for
Japan?"): the role and the playing are how it is put, not words the answer holds."""
_EFFORTS_AT = re.compile(
    r"\b(?:efforts?|attempts?|endeavou?rs?)\s+(?=(?:at|to|toward|towards)\s)",
    re.IGNORECASE,
)
"""Efforts at or to a thing ("Japan's efforts at reconciliation", "its attempts to reconcile"):
the thing itself is what the question is about, which the claims state without the effort ("Japan's
moves to reconcile"); "what efforts is Japan making" still asks for efforts."""
_SET_ASIDE_AFTER = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?)"
    r"(?:\s+[\w'\u2019-]+){1,6}(?=[?.!\s]*$)",
    re.IGNORECASE,
)
"""What a question sets aside at its end ("what places did they visit in Ulaanbaatar other than the
memorial?"): not asked, so no word a claim must hold; the claim naming it answers nothing new."""
_NOW_ABOUTS = re.compile(
    r"\b(?:this|these|that|last|past|next|coming|recent)\s+(?:few\s+)?(?:days?|weeks?|weekend|months?)\b"
    r"|\blately\b",
    re.IGNORECASE,
)
"""A time counted from the reader's today ("why is Bessent in Japan this week", "what has China
done lately") or from the article's ("that week"): the store dates its claims, so the words say
only that the reader means the news, as "latest" does."""
_HOW_FAR_BACK = re.compile(
    r"\bhow\s+far\s+back\s+(?:(?:do|does|did)\s+(?P<what>[^?.!]{1,120}?)\s+go(?:es)?\b)?", re.IGNORECASE
)
"""How far back a thing goes ("how far back do japanese visits to the prisoners' graves go"): when
it began, which the claims date ("In 1966 the first group of Japanese delegates paid their
respects"); no "far" or "back" the answer must hold."""


def _when_first(asked: re.Match[str]) -> str:
    """ "how far back do X go" read as "when did X begin"; "how far back" alone as "since when"."""
    what = asked.group("what")
    return f"when did {what} begin" if what else "since when"


_WHEN_BEGUN = re.compile(
    r"(\bwhen\b[^?.!]{0,200}?)\b(?:start(?:s|ed)?|begin(?:s)?|began|begun|commenc(?:e|es|ed)|kick(?:s|ed)?\s+off)\b",
    re.IGNORECASE,
)
"""When something began ("when did the state visit start?"): its date, which the claim giving
the visit's date gives; a claim's "fresh start" says nothing of when. The verb is looked for
within 200 characters of "when": looked for to the end of the text from every "when", a query
of them took time growing with the square of its length."""
_POLITE = re.compile(
    r"(?:[,;]|(?<!\s))\s*\bif\s+(?:(?:you\s+)?(?:don'?t|do\s+not)\s+mind"
    r"|(?:that'?s|it'?s|it\s+is)\s+(?:ok|okay|possible|not\s+too\s+much\s+trouble)|possible)\b",
    re.IGNORECASE,
)
"""Asking politely ("what are the exercises called, if you don't mind?"): how the question is put;
"mind" is nothing the store is asked about. Its spaces are taken from where they begin (or from a
comma) only: tried inside a long run of them, the pattern took time growing with its square."""
_THANKS_AHEAD = re.compile(
    r"\b(?:thanks|thank\s+you|thx|cheers)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?\s+in\s+advance\b",
    re.IGNORECASE,
)
"""Thanking ahead ("Thanks in advance"): how the question is put; "advance" is nothing the store
is asked about (its claims' "advanced manufacturing" answers no question thanked for)."""
_ASIDE = re.compile(
    r"\b(?:(?:to\s+make\s+a\s+)?long\s+story\s+short|in\s+a\s+nutshell|by\s+the\s+way|btw"
    r"|to\s+be\s+(?:honest|fair)|(?:quick|random)\s+question|fun\s+fact)\b",
    re.IGNORECASE,
)
"""A speaker's aside ("Long story short, ...", "by the way", "to be honest"): how the question is
put; "long", "story", "short", "way" and "honest" are nothing the store is asked about."""
_GOOD_ENOUGH = re.compile(
    r"(?:^|(?<=[,;:.!?]))\s*(?![^,;:.!?]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)"
    r"[^,;:.!?\d]{1,80}?\s(?:is|are|would\s+be|will\s+be)\s+(?:(?:totally|perfectly|just)\s+)?"
    r"(?:fine|ok|okay|enough|good\s+enough|all\s+right|alright)(?=\s*(?:[,;:.!?]|$))"
    r"|(?:^|(?<=[,;:.!?]))\s*(?![^,;:.!?]*\b(?:what|which|who|whom|whose|when|where|why|how)\b)"
    r"[^,;:.!?\d]{1,80}?\s(?:will|would)\s+do(?=\s*(?:[,;:.!?]|$))",
    re.IGNORECASE,
)
"""A clause saying what answer would do ("a ballpark from the latest year you have is fine", "any
quote is fine", "the most recent figure will do"): how the question is put, not what it asks;
"ballpark", "latest" or "quote" are no words the answer must hold. A clause naming a figure or
a year ("a 2023 figure is fine") says which answer is asked and stays."""
_TOLD_THE_PRESS = re.compile(
    r"\b(?:tell|tells|told|telling|say|says|said|saying|speak|spoke|speaking|talk|talked|talking)"
    r"\s+(?:to\s+)?(?:the\s+)?(?:press|media|reporters|journalists|newspapers)\b"
    r"|\b(?:tell|tells|told|telling)\s+(?:the\s+)?(?:public|world)\b"
    r"|\b(?:say|says|said|saying)\s+(?:publicly|in\s+public|on\s+the\s+record)\b"
    r"|\bpublicly\s+(?:say|says|said|state|states|stated)\b",
    re.IGNORECASE,
)
"""Saying a thing publicly ("what did the minister tell the press", "said publicly", "told
reporters"): what was said, which the claims give as said to an outlet by name ("told The
Diplomat") or as said; no word of the press the answer must hold. "Which outlet did she tell"
still asks for the outlet."""
_AS_IT_WAS = re.compile(
    r"\b(?:the\s+way|as)\s+(?:it|they|he|she|this|that)\s+(?:was|were|is|are|did|does|do|has|had)"
    r"(?=\s*(?:[?.!,;:]|$))",
    re.IGNORECASE,
)
"""A deed asked of as it was done ("why was the ruling timed the way it was?", "timed as it
was"): the deed itself, which the claims say; "way" is nothing the store is asked about."""
_ANSWER_FORM = re.compile(
    r"\b(?:in\s+(?:a|one|a\s+single|a\s+short|one\s+short)\s+(?:sentence|line)"
    r"|in\s+(?:a\s+few|few|simple|plain)\s+words|in\s+brief|in\s+short(?!\s+supply\b)|briefly"
    r"|(?:the|a)\s+(?:rough\s+|basic\s+)?gist\s+of|(?:a\s+)?(?:quick|short|brief)\s+(?:rundown|summary|overview)\s+of)\b",
    re.IGNORECASE,
)
"""How short an answer is wanted ("what did the minister say, in a sentence?", "the gist of what
the director said", "a quick rundown of the places"): how the question is put; "sentence" and
"gist" are nothing the store is asked about ("sentence" is a prison term there)."""
_WELL_KNOWN = re.compile(r"\b(?:well|best|widely)(?:-|\s)known\b(?!\s+as\b)", re.IGNORECASE)
"""A thing described as known ("which well-known square", "the best-known landmark"): one word,
"famous" (text.GENERIC), as little asked about as it; read as two, "well" and "known" weighed as
two words the answer must hold. "Known as" still names what something is called."""
_WHO_SPOKE_OF = re.compile(
    r"\bwho\s+(?:has\s+|had\s+)?(?:spoke|spoken|speaks|talked)(?=\s+(?:about|of|on)\b)",
    re.IGNORECASE,
)
"""A person told by what they spoke about ("the very old former internee who spoke about the
visit"): the claims give what they said ("he said that ..."), not that they spoke; "who" is
kept. To speak somewhere ("where did Ishiba speak") stays a speech."""
_WANTED_FOR = re.compile(
    r"\b((?:want|wants|wanted|need|needs|needed|seek|seeks|sought)\b(?:\s+[\w'\u2019-]+){1,6}?)\s+for(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
"""What a thing is wanted or needed for, closing the question ("what does Japan want the
minerals for?"): the use it is put to, as the claims say it ("can be utilized for")."""
_AIMED_FOR = re.compile(r"\baim(?:s|ed|ing)?\s+(?:for|at)\b", re.IGNORECASE)
"""Aiming for a thing ("what partnership will they keep aiming for"): working toward it, as the
claims say it ("continue to cooperate toward"), a word of no weight. Aiming to do a thing
stays an aim ("the partnership aimed to implement ...")."""
_PART_OF_MONTH = re.compile(
    rf"\b(?:early|mid|late|middle\s+of)(?:-|\s+)(?=(?:{'|'.join(MONTHS + MONTH_ABBREVIATIONS)})\b)",
    re.IGNORECASE,
)
"""A part of a month ("around mid-August", "in early July", "late Sept."): the store dates its
claims to the day, so the month says when; "mid" is no subject the answer must hold."""
_IN_CHARGE = re.compile(r"\b(?:was|were|is|are|be|been)\s+in\s+charge\b", re.IGNORECASE)
"""Being "in charge" ("which Mongolian leader was in charge when ...", "who was in charge of
Mongolia"): the leader asked for, or what follows, says it; "charge" is no accusation asked
about."""


def without_the_text_read(text: str) -> str:
    """A text without the words pointing at the text read (see _THE_TEXT_READ): a statement to
    verify says "the analysis argues" as a question asks "does the analysis say"."""
    return _THE_TEXT_READ.sub(" ", text)


def _kept_modifier(asking: re.Match[str]) -> str:
    """What stands for words asking which outlet reported something (_SOURCE_ASKED): the word
    between "which" and the outlet, when it is no outlet word itself ("Seoul"), else a space."""
    words = asking.group(0).split()
    if (
        len(words) > 2
        and words[0].casefold() in ("which", "what")
        and re.fullmatch(_OUTLET, words[1], re.IGNORECASE) is None
    ):
        return f" {words[1]} "
    return " "


_INSTITUTION_ASKED = re.compile(
    r"\bwhich\s+(?:(?!(?:like|such|as|and|or|of|including)\b)[a-z]+\s+){0,2}?(?:courts?|compan(?:y|ies)|firms?|universit(?:y|ies)|schools?"
    r"|newspapers?|hospitals?|prisons?|ministr(?:y|ies)|agenc(?:y|ies)|banks?|councils?|institutes?"
    r"|organi[sz]ations?|think tanks?)\b"
)
"""A question asking which institution or institutions ("which Chinese court", "which Japanese
companies"): one is answered by their names. Not "which fields like schools": an example given."""


_NAME_GIVEN = re.compile(r"\b(?:called|named)\s+(?:the\s+)?[A-Z]")
"""A name written after "called" (in the query as typed): the query gives the name, it does not
ask it."""


_MONEY_ASKED = re.compile(
    r"\bhow much\b(?:\s+\w+){0,10}?\s+(?:money|cash|funds?|funding|financing|lend|lent|loan|loaned"
    r"|cost|costs|spend|spends|spent|invest|invested|investment|pay|paid|budget|worth|price|grant"
    r"|grants|dollars|yen|tugriks?)\b"
)
"""A question asking an amount of money ("how much did the ADB lend", "how much money"): a figure
in a currency answers it, not another figure of the same project. Up to ten words between, for a
project's long name ("how much does the ADB Upscaling Renewable Energy Sector Project cost")."""
_PERSON_NAME_ASKED = re.compile(
    r"\b(?:his|her)\s+(?:full\s+|real\s+)?name\b"
    r"|\bname\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|person|employee|worker"
    r"|businessman|businesswoman|national|citizen|detainee|prisoner|internee|veteran|survivor)\b"
    r"|\b(?:man|woman|person|employee|worker|guy)(?:'s|\u2019s)\s+name\b",
    re.IGNORECASE,
)
"""A name asked that is a person's ("what is his name", "the name of the Japanese man
sentenced", "the employee's name"), not a place's or a company's."""
_ORGANISATION_WORDS = frozenset(
    stem(word)
    for word in """pharma pharmaceutical pharmaceuticals bank agency ministry institute university
    press news corp corporation company inc ltd group forces council court party association
    foundation fund office bureau department embassy school hospital shimbun""".split()  # noqa: SIM905
)
"""Words that make a name an organisation's ("Astellas Pharma", "Jiji Press"), not a person's."""


def _person_named(name: str) -> bool:
    """Whether a name (``names_in``) may be a person's: a given name and a family name ("Masaaki
    Kanai"), neither of them an organisation's word ("Astellas Pharma", or "Astellas" alone)."""
    words = [stem(fold(word)) for word in re.findall(r"[^\W\d_]{2,}", name)]
    named = [word for word in words if word not in NOT_A_NAME]
    return len(named) >= 2 and not _ORGANISATION_WORDS & set(named)


_FEATURES = frozenset(
    stem(word)
    for word in """ocean oceans sea seas strait straits gulf bay river rivers lake lakes desert deserts
    mountain mountains peninsula steppe""".split()  # noqa: SIM905
)
"""Words that make a name a feature of the earth's ("the Pacific Ocean", "the Gobi Desert")."""


def _feature_named(name: str) -> bool:
    """Whether a name is a sea's, a river's or another feature of the earth's ("Pacific Ocean"):
    where something happened, not the name of the ships or people a question asks about."""
    words = [stem(fold(word)) for word in re.findall(r"[^\W\d_]{2,}", name)]
    return bool(words) and words[-1] in _FEATURES


_NAMED_BY = re.compile(
    r"\b(?:does|did|do)\s+(?:(?:the|this|that|it|he|she|they|you)\s+)?(?:[\w-]+\s+){0,2}?names?\b"
    r"(?=\s*(?:[?.!,;:]|$)|\s+(?:specifically|exactly|explicitly|in|as|among|besides)\b)",
    re.IGNORECASE,
)
"""A question asking what someone or something names ("which minerals does the piece name
specifically?"): "name" is its verb, asking for the things named, not for what something is
called; "what did they name the memorial?", with an object, asks its name."""


def _name_asked(text: str) -> tuple[bool, str]:
    """Whether the query asks for a name, and the query without the words that ask it."""
    if re.search(_NAME_ASKED, text) is None:
        return _INSTITUTION_ASKED.search(text.casefold()) is not None, text
    return True, re.sub(_NAME_ASKED, " ", text)


_NAME_RUN = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019.-]*(?:[ /][A-Z][\w'\u2019.-]*)*")
NOT_A_NAME = (
    frozenset(
        stem(word)
        for word in """
    japan japanese mongolia mongolian china chinese korea korean south north russia russian soviet
    united states america american u.s us tokyo ulaanbaatar beijing seoul washington moscow
    emperor empress president prime minister foreign ministry government embassy ambassador
    mr ms dr crown prince princess former the of and for
    """.split()  # noqa: SIM905
    )
    | MOMENTS
)
"""Capitalised words that are not the name a question asks for: countries, their capitals and
people, months, days and titles."""
NAME_NEAR = 4
"""How many words from one of the query's words a name must stand to answer it: "Mongolian
Foreign Minister Battsetseg Batmunkh"; not a name about something else in the same sentence."""


def names_in(
    text: str,
    asked: frozenset[str],
    near: frozenset[str] = frozenset(),
    *,
    completing: bool = False,
    whose: bool = False,
) -> list[str]:
    """The names a claim's sentence gives near the query's words, or the store's words ``near``
    it reads them as, that the query does not hold: runs of capitalised words with a word that is
    neither a country, a month, a title nor a word of the query ("Battsetseg Batmunkh" for
    "Mongolia foreign minister name"; "Igawahara Masaru is Japan's ambassador" for "Tokyo's envoy
    - what's his name?"; the "Astellas Pharma" of "Astellas employee name" is the query's own),
    and not the outlet of "According to ...". ``completing``: the query asks for the rest of a name
    it gives part of ("Iwaya's full name"), so a run holding a word of the query and another
    ("Takeshi Iwaya") is a name given. ``whose``: the query asks whose words or account it is
    ("which organization's description gives ..."), so the one "according to" is the name asked."""
    tokens = [(m.start(), stem(fold(m.group()))) for m in re.finditer(r"[^\W_]{2,}", text)]
    held_at = [i for i, (_start, word) in enumerate(tokens) if word in asked or word in near]
    found = []
    for match in _NAME_RUN.finditer(text):
        run = match.group()
        words = [stem(fold(word)) for word in re.findall(r"[^\W_]{2,}", run)]
        before = text[: match.start()].rstrip()
        starts_sentence = not before or before.endswith((".", ":"))
        if words and starts_sentence and fold(run.split()[0]) in common_english(COMMON_RANK):
            words = words[1:]  # "Only embassy officials ...": capitalised by its place in the sentence
        words = [word for word in words if word not in NOT_A_NAME]  # "Foreign Minister Battsetseg"
        if not words or (
            all(word in asked for word in words) if completing else any(word in asked for word in words)
        ):
            continue
        if not whose and re.search(r"according to(?: the)?$", before, re.IGNORECASE):
            continue  # who says it, not who it is about
        first = next((i for i, (start, _word) in enumerate(tokens) if start >= match.start()), len(tokens))
        last = first + len(words)
        if any(first - NAME_NEAR <= at <= last + NAME_NEAR for at in held_at):
            found.append(run)
    return found


COUNTRIES = frozenset(
    {"japan", "mongolia", "china", "usa", "russia", "korea", "southkorea", "northkorea", "soviet", "taiwan"}
)
_OWNER = (
    r"(?:japan|mongolia|china|korea|russia|america|south korea|north korea)(?:'s|\u2019s)"
    r"|south korean|north korean|japanese|mongolian|chinese|korean|russian|american"
)
"""Who owns what follows: "Mongolia's prime minister", "Japanese troops". "South Korean" comes
before "Korean", which would otherwise read "South Korean drills" as another country's."""


_DONE_TO = frozenset(
    """
    detention detentions arrest arrests internment internments deportation deportations
    sentencing sentencings execution executions release releases abduction abductions
    """.split()  # noqa: SIM905
)
"""What is done to people: "Japanese detentions" are detentions of Japanese nationals, whoever
holds them ("China's detention of Japanese nationals"), unlike "Japan's detentions"."""


_US_OWNER = re.compile(r"\bU\.?S\.?(?:A\.?)?(?=\s+[A-Za-z])")
"""The United States as an owner, as written: "US ambassador", "U.S. envoy"."""
_OF_COUNTRY = (
    r"\b((?:prime |foreign |deputy )?(?:minister|president|ambassador|emperor|leader|premier|king))"
    r"\s+of\s+(japan|mongolia|china|korea|south korea|north korea|russia|america)\b"
)
_COUNTRY_AS_OWNER = (
    r"(?:^|\b(?:who|what|which)(?:'s|\u2019s|\s+is|\s+was|\s+are|\s+were)?\s+)(?:the\s+)?"
    r"(japan|mongolia|china|korea|south korea|north korea|russia|america)"
    r"\s+((?:prime |foreign |deputy )?(?:minister|president|ambassador|emperor|leader|premier|king))\b"
)
"""A country named before an office, as a non-native speaker writes it ("who is mongolia prime
minister"), at the start of the query or after its question word: in "japan mongolia emperor
visit" the emperor is no more Mongolia's than Japan's."""


_KIN = (
    r"wife|wives|husband|husbands|spouse|spouses|son|sons|daughter|daughters|mother|father|parents"
    r"|brother|brothers|sister|sisters|child|children|kids|family|families|partner"
)
_KIN_OWNED = re.compile(
    rf"\b([a-z]+)(?:'s|\u2019s|s'|\u2019)\s+(?:(?:first|eldest|elder|older|younger|youngest|late)\s+)?({_KIN})\b"
    rf"|\b({_KIN})\s+of\s+(?:the\s+)?([a-z]+)\b"
)
"""Someone's family member ("Khurelsukh's wife", "the daughter of the president"): the owner
and the relation."""
_FIRST_SPOUSE = re.compile(r"\bfirst\s+(?:lady|ladies|gentleman|gentlemen|couple|family)\b")
"""A head of state's spouse or family ("Mongolia's first lady"), whom no claim names."""


def _kin_of_another(index: Index, query: str, concepts: list[Concept]) -> list[Concept]:
    """The query's concepts with a family member of someone read as that person's alone: the
    thesaurus reads "wife" as the empress, who is the emperor's wife ("emperor's wife" is its
    alias), not Khurelsukh's; and "first lady", which the claims never say, is a concept no claim
    holds rather than "first" (a word the filler list drops "lady" from)."""
    folded = query.casefold()
    thesaurus = index.thesaurus()
    out = list(concepts)
    for match in _KIN_OWNED.finditer(folded):
        owner, kin = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        kin_terms = tuple(terms(kin, query=True))
        if len(kin_terms) != 1:
            continue
        # whose the thesaurus's reading of the relation is: "emperor" in "emperor's wife"
        owners = {
            alias[0]
            for meant, _forward in thesaurus.get(kin_terms, ())
            for alias, _back in thesaurus.get(meant, ())
            if len(alias) == 2 and alias[1] == kin_terms[0]
        }
        owner_terms = terms(owner, query=True)
        if not owners or len(owner_terms) != 1 or owner in STOP_WORDS:
            continue
        who = owner_terms[0]
        # "Naruhito's wife", "the Japanese emperor's wife": the store's pairs say he is the emperor
        if who in owners or any(
            index.postings(f"{o}_{who}")
            or index.postings(f"{who}_{o}")
            or any(o in m for m, _f in thesaurus.get((who,), ()))
            for o in owners
        ):
            continue
        out = [Concept(c.typed, c.weight, []) if fold(c.typed) == fold(kin) else c for c in out]
    spouse = _FIRST_SPOUSE.search(folded)
    if spouse is not None and out:
        heaviest = max(c.weight for c in out)
        first = next((i for i, c in enumerate(out) if fold(c.typed) == "first"), None)
        unknown = Concept(spouse.group(0), heaviest, [])
        if first is None:
            out.append(unknown)
        else:
            out[first] = unknown
    return out


def _other_country_docs(index: Index, query: str) -> set[int]:
    """Claims that give to another country what the query gives to one: "Japanese Prime Minister
    Kaifu" for "Mongolia's prime minister" (unless they also say it the query's way)."""
    out: set[int] = set()
    # "the US ambassador", "U.S. troops": capitals say it is the country, not the pronoun "us"
    folded = _US_OWNER.sub("american", query).casefold()
    found = [
        (owner, owned)
        for owner, owned in re.findall(rf"\b({_OWNER})\s+([^\W\d_]+)", folded)
        if owner.endswith(("'s", "\u2019s")) or owned not in _DONE_TO
    ]
    # "the prime minister of Mongolia" says what "Mongolia's prime minister" says
    found += [(country, role.split()[0]) for role, country in re.findall(_OF_COUNTRY, folded)]
    found += [(country, role.split()[0]) for country, role in re.findall(_COUNTRY_AS_OWNER, folded)]
    asked_pairs = [terms(f"{owner} {owned}", query=True) for owner, owned in found]
    asked_pairs = [p for p in asked_pairs if len(p) == 2 and p[0] in COUNTRIES and p[1] not in COUNTRIES]
    # each country's thing in the words the thesaurus reads it as: "Japanese troops" asks for
    # Japanese forces too
    thesaurus = index.thesaurus()
    meant = {
        (country, term)
        for country, word in asked_pairs
        for term in [word, *(m[0] for m, _forward in thesaurus.get((word,), ()) if len(m) == 1)]
    }
    for country, word in asked_pairs:
        # "Mongolian premier": the office as the claims write it ("Japanese Prime Minister") too
        heads = [word, *(m[0] for m, forward in thesaurus.get((word,), ()) if forward and len(m) > 1)]
        as_asked = {
            doc for head in heads if (asked := index.postings(f"{country}_{head}")) for doc in asked.docs
        }
        # "Mongolia's records ... compared with Japan's records": both countries are asked for
        # "Korea's president" may be South Korea's: a country holding the one asked is not another
        for other in COUNTRIES - {country} - {c for c, w in meant if w == word}:
            if country in other or other in country:
                continue
            for head in heads:
                given = index.postings(f"{other}_{head}")
                if given:
                    out.update(doc for doc in given.docs if doc not in as_asked)
    return out | _posted_elsewhere(index, query)


_POSTED = re.compile(
    r"\b(?:ambassadors?|envoys?|embass(?:y|ies))\s+(?:to|in)\s+(?:the\s+)?"
    r"(Japan|Mongolia|China|South Korea|North Korea|Russia|the United States|the U\.S\."
    r"|Tokyo|Ulaanbaatar|Beijing|Seoul|Moscow|Washington)\b",
    re.IGNORECASE,
)
"""Where an envoy or an embassy is posted ("ambassador to Mongolia", "the embassy in Tokyo")."""


def _posted_elsewhere(index: Index, query: str) -> set[int]:
    """Claims whose envoys or embassies are posted to another country than the query's ("Japan's
    ambassador to Mongolia" is no answer to "who is the Japanese ambassador to China?")."""
    asked = {_posted_country(match) for match in _POSTED.finditer(query)}
    if not asked:
        return set()
    envoys = sorted(
        {
            doc
            for word in ("ambassador", "envoy", "embassi")
            if (found := index.postings(word))
            for doc in found.docs
        }
    )
    out: set[int] = set()
    for doc, claim in index.claims_by_number(envoys).items():
        posted = {_posted_country(match) for match in _POSTED.finditer(claim["text"])}
        if posted and not posted & asked:
            out.add(doc)
    return out


def _posted_country(match: re.Match[str]) -> str:
    """The country a _POSTED match names, its capital read as it."""
    place = re.sub(r"^the\s+", "", match.group(1).casefold())
    return _CAPITAL_OF.get(place, place)


_CAPITAL_OF = {
    "tokyo": "japan", "ulaanbaatar": "mongolia", "beijing": "china", "seoul": "south korea",
    "moscow": "russia", "washington": "united states", "u.s.": "united states",
}  # fmt: skip


# --- scoring ------------------------------------------------------------------------------------


def _lookup(found: Postings, docs: Iterable[int], out: dict[int, tuple[float, int]]) -> None:
    """The weight and mask of a term in each of the given claims that hold it."""
    numbers = found.docs
    for doc in docs:
        at = bisect_left(numbers, doc)
        if at < len(numbers) and numbers[at] == doc:
            out[doc] = (found.weights[at], found.masks[at])


def _score_all(
    index: Index, query: Query, keep: Keep, floor: float = ranking.MIN_COVERAGE, asked: bool = True
) -> list[_Scored]:
    """Every claim covering at least ``floor`` of the query, scored, best first: equal scores (the
    score is capped at 1) by coverage, then BM25F, then store order. ``asked``: weigh how close
    the query comes to the claims' readers' questions."""
    total = query.total
    known = [c for c in query.concepts if c.known]
    if not known or total <= 0:
        return []
    # Only claims holding one of the weightier words can reach the floor: collect candidates from
    # those alone, then look the lighter words up for the candidates (keeps large stores fast).
    order = sorted(known, key=lambda c: -c.weight)
    unknown_weight = total - sum(c.weight for c in known)
    candidates: set[int] = set()
    remaining = total - unknown_weight
    for concept in order:
        if remaining < floor * total:
            break
        for expansion in concept.expansions:
            found = index.postings(expansion.terms[0])
            if found is not None:
                candidates.update(found.docs if keep is None else (d for d in found.docs if keep(d)))
        remaining -= concept.weight
    if not candidates:
        return []
    tables = index.memo.setdefault("tables", {})
    presence_of = _presence_table()

    def full(term: str) -> dict[int, tuple[float, float]]:
        """Claim -> (BM25F weight, presence) for a term, built once per open index."""
        if term not in tables:
            found = index.postings(term)
            tables[term] = (
                {doc: (found.weights[i], presence_of[found.masks[i]]) for i, doc in enumerate(found.docs)}
                if found is not None
                else {}
            )
        table: dict[int, tuple[float, float]] = tables[term]
        return table

    def values(term: str) -> Iterable[tuple[int, tuple[float, float]]]:
        """(claim, (weight, presence)) for the candidates holding a term."""
        table = full(term)
        if len(table) <= 4 * len(candidates):
            return ((doc, value) for doc, value in table.items() if doc in candidates)
        return ((doc, table[doc]) for doc in candidates if doc in table)

    pair_docs = [dict(values(pair)) for pair in query.pairs]
    started_docs: set[int] = set()  # claims saying when something began, for "since when"
    if query.asks_start:
        for word in _STARTED_WORDS:
            started_docs.update(full(word))
        in_office = [doc for doc in full(stem("office")) if doc in candidates and doc not in started_docs]
        for doc, claim in index.claims_by_number(in_office).items():  # "took office", not "his office"
            if _TOOK_OFFICE.search(str(claim.get("text", ""))):
                started_docs.add(doc)
    ended_docs: set[int] = set()  # claims saying when something ended, for "when did it end"
    if query.asks_end:
        for doc, claim in index.claims_by_number(list(candidates)).items():
            if _ENDED.search(str(claim.get("text", ""))):
                ended_docs.add(doc)
    unit_docs: set[int] = set()
    by_docs: set[int] = set()
    for concept in known:
        for expansion in concept.expansions:
            for term in expansion.terms:
                unit_docs.update(full(ranking.UNIT_PREFIX + term))
                by_docs.update(full(ranking.BY_PREFIX + term))
    for unit in query.units:
        unit_docs.update(full(ranking.UNIT_PREFIX + unit))
    dated_docs = _dated(index, query.dates)
    flags = index.flags()
    positions = index.positions()
    # "how many students": a figure counting something else is a weaker answer; "how old": an age
    # answers, not any figure about the words asked ("3½ years in prison")
    counted_docs = unit_docs
    said_docs: set[int] = set()  # claims whose own words say what "how often" asks ("annual")
    if query.counted in ranking.UNIT_HINTS:
        said_docs = {doc for word in ranking.HINTED_WORDS.get(query.counted, ()) for doc in full(word)}
        counted_docs = said_docs | {
            doc for unit in ranking.UNIT_HINTS[query.counted] for doc in full(ranking.UNIT_PREFIX + unit)
        }
    elif query.counted == "money":
        counted_docs = {doc for unit in ranking.MONEY_UNITS for doc in full(ranking.UNIT_PREFIX + unit)}
    if query.counted == "many":
        # "how many Japanese prisoners came": a claim counting the same people under another name
        # ("12,000 forced laborers"), whose keywords call them prisoners, counts what is asked
        counted_docs = counted_docs | _counted_as(index, known)
    if query.counted in ("many", "long") and not query.typed & _AGE_WORDS:
        # "how many years was he held", "how long was he held": an age counts years too, but is
        # no time spent ("how many years old is he" asks it)
        counted_docs = counted_docs - set(full(ranking.UNIT_PREFIX + "age"))
    scored: list[_Scored] = []
    # Sparse: each concept touches only the claims holding one of its readings.
    held: list[dict[int, float]] = []  # per concept: claim -> how fully it holds the concept
    coverage_of = dict.fromkeys(candidates, 0.0)
    bm25_of = dict.fromkeys(candidates, 0.0)
    read_otherwise: dict[int, float] = {}  # claim -> weight held only through other words
    for concept in query.concepts:
        if len(concept.expansions) == 1 and len(concept.expansions[0].terms) == 1:
            only = concept.expansions[0]  # the usual case, without the bookkeeping of choosing
            share = concept.weight * only.similarity
            holds: dict[int, float] = {}
            for doc, (term_weight, held_by) in values(only.terms[0]):
                coverage_of[doc] += share * held_by
                bm25_of[doc] += share * term_weight
                holds[doc] = held_by * only.similarity
            if only.how not in _AS_TYPED:
                for doc, value in holds.items():
                    read_otherwise[doc] = read_otherwise.get(doc, 0.0) + concept.weight * value
            held.append(holds)
            continue
        best: dict[int, tuple[float, Expansion]] = {}
        best_weight: dict[int, float] = {}
        for expansion in concept.expansions:
            share = expansion.similarity / len(expansion.terms)
            cover: dict[int, float] = {}
            weight: dict[int, float] = {}
            for term in expansion.terms:
                for doc, (term_weight, held_by) in values(term):
                    cover[doc] = cover.get(doc, 0.0) + held_by
                    weight[doc] = weight.get(doc, 0.0) + term_weight
            for doc, value in cover.items():
                value *= share
                if doc not in best or value > best[doc][0]:
                    best[doc] = (value, expansion)
                if weight[doc] * share > best_weight.get(doc, 0.0):
                    best_weight[doc] = weight[doc] * share
        for doc, (value, chosen) in best.items():
            coverage_of[doc] += concept.weight * value
            if chosen.how not in _AS_TYPED:
                read_otherwise[doc] = read_otherwise.get(doc, 0.0) + concept.weight * value
        for doc, value in best_weight.items():
            bm25_of[doc] += concept.weight * value
        held.append({doc: value for doc, (value, _expansion) in best.items()})
    relation_held = next(
        (
            holds
            for concept, holds in zip(query.concepts, held, strict=True)
            if concept.typed == query.relation
        ),
        None,
    )
    owner_held = next(
        (
            holds
            for concept, holds in zip(query.concepts, held, strict=True)
            if concept.typed == query.relation_owner
        ),
        None,
    )
    kind_docs = _kind_docs(index, query.kind) if query.kind else set()
    related = index.related() if ranking.RELATED_SHARE else None
    covering: dict[int, float] = {}  # the claims that reach the floor, with their coverage
    for doc in candidates:
        coverage = coverage_of[doc]
        if related is not None and coverage >= ranking.CONTEXT_FROM * total and (others := related[doc]):
            coverage += _context(query, doc, others, held)
        coverage /= total
        if coverage >= floor:
            covering[doc] = coverage

    def relation_held_by(doc: int) -> bool:
        """Whether a claim holds what the question asks of: its office with the office's country,
        not given to another country ("Japanese Prime Minister Kaifu" for "which Mongolian prime
        minister")."""
        return (
            relation_held is not None
            and relation_held.get(doc, 0.0) >= RELATION_HELD
            and (owner_held is None or owner_held.get(doc, 0.0) >= RELATION_HELD)
            and doc not in query.elsewhere
        )

    # "who designed the memorial": no claim about it says who designed anything
    relation_missing = relation_held is not None and not any(relation_held_by(doc) for doc in covering)
    two_kinds_asked = query.wants_figure and (query.asks_when or query.asks_start or query.asks_end)
    # a figure counting what the question names ("12,318 prisoners of war") answers how many, not
    # where they came from, who they were or when
    unit_wanted = query.wants_figure or not (
        query.asks_where or query.asks_whence or query.asks_who or query.asks_when
    )
    # "did Abe visit the memorial in 2013?": a claim that says nothing of when can neither bear the
    # year out nor correct it
    year_checked = _WHETHER_HAPPENED.match(query.text) is not None and any(
        _year_like(concept.typed) and concept.weight for concept in query.concepts
    )
    for doc, coverage in covering.items():
        bm25 = bm25_of[doc] / total
        bonuses: dict[str, float] = {}
        if pair_docs and any(doc in docs for docs in pair_docs):
            bonuses["phrase"] = ranking.BONUS["phrase"] * sum(doc in d for d in pair_docs) / len(pair_docs)
        has_figure = bool(flags[doc] & FIGURE_FLAG)
        if has_figure:
            bonuses["figure"] = ranking.BONUS["figure"]
        if query.wants_figure and has_figure:
            bonuses["figure_wanted"] = ranking.BONUS["figure_wanted"]
        if query.wants_date and flags[doc] & DATE_FLAG:
            bonuses["date_wanted"] = ranking.BONUS["date_wanted"]
        if doc in unit_docs and unit_wanted:
            bonuses["unit"] = ranking.BONUS["unit"]
        if doc in by_docs:
            bonuses["by"] = ranking.BONUS["by"]
        if doc in dated_docs:
            bonuses["dated"] = ranking.BONUS["dated"]
        if doc in kind_docs:
            bonuses["kind"] = ranking.BONUS["kind"]
        penalties = []
        figure_missing = query.wants_figure and not has_figure and doc not in said_docs
        undated = (
            ((query.asks_when or year_checked) and not flags[doc] & TIMED_FLAG)
            or (query.asks_start and doc not in started_docs)
            or (query.asks_end and doc not in ended_docs)
        )
        if two_kinds_asked and figure_missing != undated:
            # "how long was he sentenced, and since when was he detained?": a claim giving one of
            # the two answers the question asks is no mismatch
            figure_missing = undated = False
        if figure_missing:
            penalties.append("figure")
        elif query.counted and doc not in counted_docs:
            penalties.append("count")
        if (query.wants_day and not flags[doc] & DAY_FLAG) or (
            query.wants_exact_day and not flags[doc] & EXACT_DAY_FLAG
        ):
            penalties.append("day")
        elif undated:
            penalties.append("undated")
        if doc in query.elsewhere:
            penalties.append("country")
        if relation_missing:
            penalties.append("relation")
        score = round(ranking.combine(coverage, bm25, bonuses, penalties), 4)
        claim_score = _Scored(doc, score, coverage, bm25, bonuses, penalties)
        claim_score.read_otherwise = read_otherwise.get(doc, 0.0) / total
        scored.append(claim_score)
    # names are read first in the order of the claims' own words, so that whether the store
    # answers never depends on readers' questions; then for the claims those lift into the head
    read: set[int] = set()
    _best_first(scored, positions)
    if query.wants_name and scored:
        _penalise_unnamed(index, query, scored, positions, read)
    if query.asks_who and not query.wants_name and scored:
        _lift_named(index, query, scored, positions)
    if query.asks_whence and scored:
        _lift_whence(index, scored, positions)
    elif query.asks_where and scored:
        _lift_where(index, query, scored, positions)
    if query.asks_source and scored:
        _lift_reported(index, scored, positions)
    if query.country_asked and scored:
        _lift_other_country(index, query, scored, positions)
    if query.said_by and scored:
        _penalise_unsaid(index, query.said_by, scored, positions, query.said_office)
    if scored and _HOW_DESCRIBED.search(query.text):
        _lift(index, scored, positions, "quoted", lambda claim: _QUOTED.search(_sentence(claim)) is not None)
    if scored and _SEVERAL_ASKED.search(query.text):
        _lift_listing(index, scored, positions)
    if scored and _WHETHER_HAPPENED.match(query.text) and not _HOPED.search(query.text):
        _penalise_hoped(index, scored, positions)
    elif scored and _OUTCOME_ASKED.search(query.text) and not _HOPED.search(query.text):
        _penalise_to_come(index, scored, positions)
    if scored and _RESPONSE_ASKED.search(query.text):
        _penalise_head(index, scored, positions, "relation", lambda claim: not _responds(claim), once=True)
    if scored and _WHY_ASKED.match(query.text):
        _penalise_restating(index, query, scored, positions)
    role = (_ROLE_AS.search(query.text) if query.asks_who else None) or _ROLE_ASKED.search(query.text)
    if role is not None and scored:
        _penalise_unidentified(index, role.group("role"), scored, positions)
    if query.wants_exact_day and scored:
        _penalise_dated_otherwise(index, query, scored, positions)
    numbered = {(name.casefold(), number) for name, number in _NUMBERED.findall(query.text)}
    if numbered and scored:
        _penalise_numbered_otherwise(index, numbered, scored, positions)
    ordinals = _ORDINALS & query.typed
    if ordinals and scored and query.asks_what_of_it:
        _penalise_other_ordinals(index, ordinals, scored, positions)
    if asked and _weigh_asked(index, query, scored):
        _best_first(scored, positions)
        if query.wants_name and scored:
            _penalise_unnamed(index, query, scored, positions, read)
    effect = next(
        (
            holds
            for concept, holds in zip(query.concepts, held, strict=True)
            if concept.typed in _EFFECT_WORDS
        ),
        None,
    )
    # "Battsetseg Batmunkh quote": of the best claims, those giving no words of the one asked
    # about come after one that does, however near readers' questions about their office come
    said = {found.doc: 1.0 for found in scored if "said" in found.bonuses}
    if query.said_by and any(found.doc in said for found in scored[:HOPED_CHECKED]):
        _penalise_without(scored, positions, said, HOPED_CHECKED)
    # "what effect did the withdrawal have on Mongolia?": of the best claims, those holding no
    # word of an effect only say what happened, when another says what came of it
    if effect is not None and any(
        effect.get(found.doc, 0.0) >= RELATION_HELD for found in scored[:HOPED_CHECKED]
    ):
        _penalise_without(scored, positions, effect, HOPED_CHECKED)
    if scored and not scored[0].penalties:
        _penalise_someone_else(index, query, scored, positions)
    if scored and (_kind_unknown(query) or _doer_unknown(query)):
        _penalise_all(scored, positions, "relation")
    if scored and query.asks_who and _IN_TURN.search(query.text):
        _penalise_head(
            index, scored, positions, "name", lambda claim: not _names_someone(_sentence(claim), query.typed)
        )
    if len(scored) > 1 and _REASON_ASKED.search(query.text):
        _reason_first(index, scored)
    return scored


_DOER_ASKED = re.compile(
    r"\b(?:what|which)(?:\s+[a-z]+)?\s+(?:did|does|do|will|would|has|have|had)\s+(?:the\s+)?"
    r"(?P<doer>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2})",
    re.IGNORECASE,
)
"""The doer and deed a what-question asks about: the words after its auxiliary ("what sentence
did the Chinese prosecutors request")."""


def _unknown_subject(concept: Concept) -> bool:
    """Whether a word of a query is one no claim holds nor reads as, and weighs more than an
    everyday word: what the question is about, which the store does not speak of."""
    return not concept.known and concept.weight > EVERYDAY_MOST


def _doer_unknown(query: Query) -> bool:
    """Whether the doer or the deed a what-question asks about holds a word no claim holds nor
    reads as, and no everyday word ("what sentence did the Chinese prosecutors request?": the store
    speaks of no prosecutors): no claim says what they did."""
    asked = _DOER_ASKED.search(query.text)
    if asked is None:
        return False
    words = {fold(word) for word in asked.group("doer").split()}
    return any(c.typed in words and _unknown_subject(c) for c in query.concepts)


_IN_TURN = re.compile(
    r"\b(?:before|after|preceded|precedes|succeeded|succeeds|succeed|replaced|replaces|replace"
    r"|predecessors?|successors?)\b",
    re.IGNORECASE,
)
"""Words by which a question asking who asks for someone other than the one it names, or none:
"who was ambassador before Igawahara Masaru?", "who will lead Japan after the transition?"."""


_KIND_NOUN_ASKED = re.compile(
    r"\b(?:what|which)\s+(?P<kind>[a-z]+)\s+(?:did|does|do|was|were|is|are|will|would|has|have|had)\b",
    re.IGNORECASE,
)
"""A question naming the kind of thing it asks for ("what gift did the emperor give?", "which
hotel did they stay at?")."""


def _kind_unknown(query: Query) -> bool:
    """Whether the kind of thing a question asks for is a word no claim holds, nor any of its
    readings ("what gift did Naruhito give Khurelsukh?": the store speaks of no gift), and no
    everyday word ("what else did"): no claim gives a thing of that kind."""
    asked = _KIND_NOUN_ASKED.search(query.text)
    if asked is None:
        return False
    kind = fold(asked.group("kind"))
    concept = next((c for c in query.concepts if c.typed == kind), None)
    return concept is not None and _unknown_subject(concept)


_TITLED = frozenset(
    stem(word)
    for word in """emperor empress president prime minister secretary ambassador mr ms dr king queen
    prince princess premier chairman""".split()  # noqa: SIM905
)
"""Titles that make a name a person's ("Prime Minister Koizumi Junichiro"), not an archive's or a
square's ("National Archives", "Sukhbaatar Square")."""


def _titled_person(run: str) -> bool:
    """Whether a run of capitalised words names a person by title ("Prime Minister Koizumi
    Junichiro")."""
    words = {stem(fold(word)) for word in re.findall(r"[^\W\d_]{2,}", run)}
    return _person_named(run) and bool(_TITLED & words)


_KIND_MISSING = frozenset({"figure", "count", "day", "undated", "name"})
"""The penalties that say a claim lacks the kind of answer asked (a figure, a date, a name)."""
SOMEONE_CHECKED = 5
"""How many of the best claims are read for the person a question names."""


def _penalise_someone_else(
    index: Index, query: Query, scored: list[_Scored], positions: Sequence[int]
) -> None:
    """When the best claim lacks the person a question names ("which year did Koizumi visit the
    POW memorial?") and a claim naming him was lowered for lacking the kind of answer asked (it
    gives no year), the best claims without him are about someone else's doing: each keeps
    ranking.MISMATCH["relation"]. The store has the person's deed, not what was asked of it."""
    lacking = [
        c for c, _e, held in _readings(index, query.concepts, scored[0].doc) if held == 0.0 and c.known
    ]
    if not lacking:
        return
    lowered = [found for found in scored[1:SOMEONE_CHECKED] if _KIND_MISSING & set(found.penalties)]
    for found, claim in _with_claims(index, lowered):
        runs = [run for run in _NAME_RUN.findall(_sentence(claim)) if _titled_person(run)]
        named = {stem(fold(word)) for run in runs for word in re.findall(r"[^\W\d_]{2,}", run)}
        held = {
            id(c)
            for c, e, value in _readings(index, lacking, found.doc)
            if value > 0 and e is not None and set(e.terms) <= named
        }
        person = [c for c in lacking if id(c) in held]
        if person:
            for other in scored[:NAME_CHECKED]:
                if "relation" not in other.penalties and not any(
                    value > 0 for _c, _e, value in _readings(index, person, other.doc)
                ):
                    other.penalise("relation")
            _best_first(scored, positions)
            return


def _weigh_asked(index: Index, query: Query, scored: list[_Scored]) -> bool:
    """Blend into each claim's score how close the query comes to its readers' questions. The
    work grows with the questions weighed, so it is done for the ranking.ASKED_HEAD claims that
    could score best: by their own score and the share of the query their questions hold at all
    (an upper bound of their closeness); the others keep the score of a claim no question is
    near. A claim listing no questions keeps its own score. Whether any claim was weighed."""
    listing = index.asked()
    total = query.total
    if not listing or total <= 0:
        return False
    weighed = [found for found in scored if found.doc in listing]
    reach: dict[int, float] = {}  # claim -> the share of the query its questions hold at all
    for concept in query.concepts:
        best: dict[int, float] = {}
        for reading, similarity in _asked_readings(concept):
            held: set[int] | None = None
            for term in reading:
                grouped = _asked_table(index, term)
                docs = grouped.keys() if grouped is not None else set()
                held = set(docs) if held is None else held & docs
            for doc in held or ():
                if similarity > best.get(doc, 0.0):
                    best[doc] = similarity
        for doc, value in best.items():
            reach[doc] = reach.get(doc, 0.0) + concept.weight / total * value

    def blended(found: _Scored, asked: float) -> float:
        return ranking.combine(found.coverage, found.bm25, found.bonuses, found.penalties, asked)

    weighed.sort(key=lambda found: -blended(found, reach.get(found.doc, 0.0)))
    head = {found.doc for found in weighed[: ranking.ASKED_HEAD]}
    closeness = _asked_closeness(index, query, head, listing)
    for found in weighed:
        found.asked, found.nearest = closeness.get(found.doc, (0.0, -1))
        found.score = round(blended(found, found.asked), 4)
    return True


def _asked_readings(concept: Concept) -> list[tuple[tuple[str, ...], float]]:
    """How a query word is read in readers' questions: as in the claims, or by its own stem when
    no claim holds it (readers' words are often not the claims')."""
    readings = [(e.terms, e.similarity) for e in concept.expansions]
    return readings or [(tuple(terms(concept.typed, query=True)), 1.0)]


def _asked_closeness(
    index: Index, query: Query, docs: set[int], weights: dict[int, list[float]]
) -> dict[int, tuple[float, int]]:
    """For each of ``docs`` whose claim lists readers' questions (``questions.yaml``, their
    ``weights`` as ``Index.asked`` gives them), how close the query comes to the nearest of them
    (``ranking.asked_closeness``), and which of the claim's questions that is. A query word is
    read in the questions as in the claims (its stem, thesaurus readings, typos), and a word no
    claim holds by its own stem: readers' words ("jailed") are often not the claims' ("sentenced")."""
    total = query.total
    size = max(index.size(), 1)
    forward: dict[int, float] = {}  # claim << 8 | question -> the query's weight it holds
    back: dict[int, float] = {}  # claim << 8 | question -> the question's weight the query holds
    weighed: set[str] = set()
    for concept in query.concepts:
        best: dict[int, float] = {}
        for reading, similarity in _asked_readings(concept):
            holding: dict[int, int] = {}
            for term in reading:
                keys = _asked_keys(index, term, docs)
                if keys is None:
                    break
                if term not in weighed:
                    weighed.add(term)
                    weight = ranking.asked_weight(index.document_frequency(term), size)
                    for key in keys:
                        back[key] = back.get(key, 0.0) + weight
                if len(reading) == 1:  # the usual case: every question holding the term holds it all
                    for key in keys:
                        if similarity > best.get(key, 0.0):
                            best[key] = similarity
                    break
                for key in keys:
                    holding[key] = holding.get(key, 0) + 1
            else:
                for key, count in holding.items():
                    if count == len(reading) and similarity > best.get(key, 0.0):
                        best[key] = similarity
        share = concept.weight / total
        for key, value in best.items():
            forward[key] = forward.get(key, 0.0) + share * value
    closeness: dict[int, tuple[float, int]] = {}
    for key, held in forward.items():
        doc, k = key >> 8, key & 0xFF
        value = ranking.asked_closeness(held, min(1.0, back.get(key, 0.0) / (weights[doc][k] or 1.0)))
        if doc not in closeness or value > closeness[doc][0]:
            closeness[doc] = (value, k)
    return closeness


def _asked_keys(index: Index, term: str, docs: set[int]) -> list[int] | None:
    """The readers' questions holding a term, among those of ``docs``, each as ``claim << 8 |
    question``; None when no question holds it."""
    grouped = _asked_table(index, term)
    if grouped is None:
        return None
    return [key for doc in grouped.keys() & docs for key in grouped[doc]]


def _asked_table(index: Index, term: str) -> dict[int, list[int]] | None:
    """The readers' questions holding a term, grouped by claim (each ``claim << 8 | question``);
    None when no question holds it. Built once per term and open index: a batch asks the same
    words often."""
    tables: dict[str, dict[int, list[int]] | None] = index.memo.setdefault("asked_keys", {})
    if term not in tables:
        found = index.postings(ranking.ASKED_PREFIX + term)
        table: dict[int, list[int]] | None = None
        if found is not None:
            table = {}
            for doc, k in zip(found.docs, found.masks, strict=True):
                table.setdefault(doc, []).append(doc << 8 | k)
        tables[term] = table
    return tables[term]


_LIFTS = ("person", "whence", "where")
"""The bonuses that say a claim answers the kind of thing asked (``_lift``)."""


def _best_first(scored: list[_Scored], positions: Sequence[int]) -> None:
    """Sort claims best first: equal scores (capped at 1) by whether a claim gives the kind of
    thing asked (a name for "who", a place for "where"), then coverage, then whether it quotes
    the whole list a question asking which things asks for (``_lift_listing``: at the cap, its
    lift would otherwise decide nothing), then how much of it is held in the query's own words
    rather than in words read for them, then BM25F, then store order."""
    scored.sort(
        key=lambda s: (
            -s.score,
            -sum(s.bonuses.get(lift, 0.0) for lift in _LIFTS),
            -s.coverage,
            -s.bonuses.get("listing", 0.0),
            s.read_otherwise,
            -s.bm25,
            positions[s.doc],
        )
    )


_AS_TYPED = frozenset(("exact", "stem"))
"""How a query word is held when the claim holds the word itself (any other reading, such as the
thesaurus's or a typo's, holds it in other words)."""
NAME_CHECKED = 10
"""How many of the best claims are read at a time for the name a query asks for: reading every
candidate would cost a large store dearly."""
NAME_ROUNDS = 5
"""At most this many readings: a claim lowered for lacking a name lets others rise into the head."""


def _with_claims(index: Index, head: Sequence[_Scored]) -> list[tuple[_Scored, dict[str, Any]]]:
    """The claims scored at the head of a ranking, each with its record, read in one query: what
    the lifts and penalties read a claim's sentence or source from."""
    claims = index.claims_by_number([found.doc for found in head])
    return [(found, claims[found.doc]) for found in head if found.doc in claims]


def _penalise_all(scored: list[_Scored], positions: Sequence[int], penalty: str) -> None:
    """Every claim keeps ranking.MISMATCH[penalty] (once), and the ranking is sorted again: no
    claim answers what the question asks of it."""
    for found in scored:
        if penalty not in found.penalties:
            found.penalise(penalty)
    _best_first(scored, positions)


_HOPED = re.compile(
    r"\b(?:(?:hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|sought|seek(?:s|ing)?|intend(?:s|ed|ing)?"
    r"|want(?:s|ed|ing)?|plan(?:s|ned|ning)?|expect(?:s|ed|ing)?)\s+to|aim(?:s|ed|ing)?\s+(?:at|for))\b",
    re.IGNORECASE,
)
"""What makes a claim say that something was hoped for, not that it happened ("hoped to use the
meeting to make a breakthrough")."""
HOPED_CHECKED = 3
"""How many of the best claims are read for it."""


_VISITED_THING = re.compile(
    r"\b(?P<verb>visited|toured|attended)\s+(?P<thing>(?:the|a|an)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}?"
    r"(?:\s+(?:for|of)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,4}?)?)(?=\s+(?:in|at|on|during|with)\b|[,.;])"
)
"""What a claim's sentence says someone visited, toured or attended, named after the verb with
what it is of or for: "visited the memorial for Japanese prisoners of war (in Mongolia)",
"attended the opening ceremony of Mongolia's Naadam festival"."""


def _penalise_dated_otherwise(
    index: Index, query: Query, scored: list[_Scored], positions: Sequence[int]
) -> None:
    """Lower the best claims dating to the day a visit to something the question does not name,
    when it asks the day: "on what date did the emperor arrive in Mongolia?" is not answered by
    "On July 8, 2025, ... visited the memorial for Japanese prisoners of war in Mongolia", the day
    of one stop on a longer visit. "On what date did they visit the POW memorial?" is."""
    asked = set(query.typed) | {
        term for concept in query.concepts for expansion in concept.expansions for term in expansion.terms
    }

    def dated_otherwise(claim: dict[str, Any]) -> bool:
        for visit in _VISITED_THING.finditer(_sentence(claim)):
            if stem(visit.group("verb").casefold()) not in asked:
                continue  # "paid their respects on July 8": the claim's visit is not what is asked
            # a country is no thing visited: "the memorial for Japanese prisoners" is a memorial
            thing = set(terms(visit.group("thing"))) - STOP_WORDS - COUNTRIES
            if thing and not thing & asked:
                return True
        return False

    # a claim already dated only to the month keeps the one "day" share, not two
    _penalise_head(index, scored, positions, "day", dated_otherwise, once=True)


_NUMBERED = re.compile(r"\b([A-Za-z]{2,})-?(\d{1,3})\b")
"""A name numbered as one of a series: "COP16", "G-7"."""


def _penalise_numbered_otherwise(
    index: Index, numbered: set[tuple[str, str]], scored: list[_Scored], positions: Sequence[int]
) -> None:
    """Lower the best claims numbering a name the question numbers otherwise: "which country
    hosted COP16?" is not answered by the claim that Mongolia will host COP17."""

    def numbered_otherwise(claim: dict[str, Any]) -> bool:
        theirs = {(name.casefold(), number) for name, number in _NUMBERED.findall(_sentence(claim))}
        return (
            any(
                name == asked and number != wanted and (asked, number) not in numbered
                for name, number in theirs
                for asked, wanted in numbered
            )
            and not numbered <= theirs
        )

    _penalise_head(index, scored, positions, "relation", numbered_otherwise)


def _penalise_hoped(index: Index, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Lower the best claims that give only as hoped for what a yes-or-no question asks happened
    ("did Ishiba and Bessent reach a tariff deal?" against "Ishiba hoped to use the meeting to
    make a breakthrough"): the store does not say whether it did."""
    _penalise_head(
        index,
        scored,
        positions,
        "relation",
        lambda claim: _HOPED.search(_sentence(claim)) is not None,
        HOPED_CHECKED,
    )


_OUTCOME_ASKED = re.compile(
    r"\b(?:came|come|comes|coming)\s+out\s+of\b|\b(?:outcomes?|results?)\s+(?:of|from)\b"
    r"|\bwhat\s+(?:was|were|has\s+been|have\s+been)\s+(?:agreed|decided|achieved|accomplished)\b"
    r"|\bwhat\s+(?:agreements?|deals?|accords?)\s+(?:did|have|has|had)\s+(?:[\w'-]+\s+){1,6}?"
    r"(?:reach|strike|struck|sign|signed|conclude|make|made|seal|sealed|clinch)\b",
    re.IGNORECASE,
)
"""A question asking what an event led to ("what came out of the Ishiba-Bessent meeting?", "the
outcome of the talks", "what was agreed", "what agreement did they reach"), not whether or when it
happened."""
_RESPONSE_ASKED = re.compile(
    r"\bhow\s+(?:did|does|do|has|have|had|will|would|was|were|is|are)\s+(?:[\w'-]+\s+){1,5}?"
    r"(?:respond|react|reply|replied|retaliate)(?:s|ed|ing)?\b"
    r"|\bwhat\s+(?:was|were|is|are|has\s+been)\s+(?:[\w'-]+\s+){0,4}?(?:response|reaction|reply)s?\b",
    re.IGNORECASE,
)
"""A question asking how someone answered something ("how did Seoul respond to Japan's
protest?", "what was Tokyo's reaction?"): the response is what is asked, not the thing answered."""
_RESPONDING = re.compile(
    r"\b(?:respon(?:d|se|ses|ded|ding|ds)|react\w*|repl(?:y|ied|ies)|retaliat\w*)\b", re.I
)
"""Words of a claim, or of its keywords, saying it gives a response."""


def _responds(claim: dict[str, Any]) -> bool:
    """Whether a claim gives a response, in its sentence or its keywords ("reaction to verdict")."""
    return (
        _RESPONDING.search(" ".join([_sentence(claim), *map(str, claim.get("keywords") or [])])) is not None
    )


_TO_COME = re.compile(
    r"\b(?:was|were)\s+(?:(?:due|scheduled|set|expected|slated|planned)\s+)?to\s+(?!have\b)[a-z]+"
)
"""What makes a claim give an event as still to come when written ("Ishiba was to meet Bessent",
"the meeting was to take place"): it says nothing of what came of it."""


def _penalise_to_come(index: Index, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Lower the best claims that give only as to come, or as hoped for, the event whose outcome a
    question asks ("what came out of the Ishiba-Bessent meeting?" against "Ishiba was to meet
    Bessent"): the store does not say what came of it."""
    _penalise_head(
        index,
        scored,
        positions,
        "relation",
        lambda claim: (
            _TO_COME.search(_sentence(claim)) is not None or _HOPED.search(_sentence(claim)) is not None
        ),
    )


_ROLE_ASKED = re.compile(
    r"^\W*who\s+(?:exactly\s+|actually\s+|precisely\s+|really\s+)?"
    r"(?:is|was|are|were|will\s+be|would\s+be)\s+(?:the\s+|[\w-]+(?:'s|\u2019s)\s+)?"
    r"(?!(?:a|an|the|it|this|that|he|she|they)\b)(?P<role>[\w-]+)",
    re.IGNORECASE,
)
"""A question asking who holds a role ("who will be Japan's high-level representative at COP17?",
"who is the ambassador", "who exactly will be ..."), and the role's first word."""


_ROLE_AS = re.compile(
    r"^\W*(?:who|whom|(?:which|what)(?:\s+[\w-]+){1,2})\s+(?:exactly\s+)?"
    r"(?:will|would|did|does|do|is|was|are|were|has|have|had)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:send|sending|sent|appoint|appointing|appointed|name|naming|named|choose|choosing|chosen|chose"
    r"|pick|picking|picked)\b[^?.!;]{0,60}?\bas\s+(?:(?:the|its|his|her|their|a|an)\s+)?"
    r"(?!(?:a|an|the)\b)(?P<role>[\w-]+)",
    re.IGNORECASE,
)
"""A who-question asking whom its own verb sends, names or chooses as a role, and the role's first
word: "who will Japan send as its high-level representative?", "which official will be sent to
COP17 as the high-level representative?" (not "who announced Japan would send someone as ...",
which asks who said so)."""


_SAYS_WHO = re.compile(r"(?:\b(?:is|was|are|were|as)|,)\s*$", re.IGNORECASE)
"""What before "a" or "an" makes the role someone's ("Shuzo Yamada is a 107-year-old former
internee", "Igawahara, a career diplomat")."""


def _penalise_unidentified(index: Index, role: str, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Lower the best claims that speak of the role a question asks who holds only as "a" or "an"
    one ("Japan would send a high-level representative"): they say there is one, not who ("Shuzo
    Yamada is a former internee" says who)."""
    word = re.compile(rf"(?<![\w-])(?P<article>\b(?:a|an)\s+)?{re.escape(role)}(?![\w-])", re.IGNORECASE)

    def unidentified(claim: dict[str, Any]) -> bool:
        text = _sentence(claim)
        held = list(word.finditer(text))
        return bool(held) and all(
            found.group("article")
            and _SAYS_WHO.search(text[max(0, found.start() - 12) : found.start()]) is None
            for found in held
        )

    _penalise_head(index, scored, positions, "name", unidentified)


_REST_OF_NAME = re.compile(
    r"\b(?:full|whole|complete|first|given|family|last)\s+names?\b|\bsurnames?\b", re.I
)
"""Asking for the rest of a name the question gives part of ("iwaya - what's his full name")."""

_WHOSE = re.compile(r"\bwhose\b|\b(?:which|what)\s+[\w-]+['\u2019]s\b", re.IGNORECASE)
"""Asking whose something is ("which organization's project description", "whose report"): the
one a claim gives it "according to" is the name asked, not only who says it."""


def _penalise_unnamed(
    index: Index, query: Query, scored: list[_Scored], positions: Sequence[int], read: set[int]
) -> None:
    """Lower the best claims that give no name the query lacks, when it asks for one, until the
    head of the ranking holds only claims already ``read`` (each is read once)."""
    near = query.read_as  # the same for every claim read
    completing = _REST_OF_NAME.search(query.text) is not None
    whose = _WHOSE.search(query.text) is not None
    for _round in range(NAME_ROUNDS):
        head = [found for found in scored[:NAME_CHECKED] if found.doc not in read]
        if not head:
            return
        read.update(found.doc for found in head)
        for found, claim in _with_claims(index, head):
            names = names_in(_sentence(claim), query.typed, near, completing=completing, whose=whose)
            if query.wants_person:
                names = [name for name in names if _person_named(name)]
            if not _FEATURES & query.typed:
                names = [name for name in names if not _feature_named(name)]
            if not names:
                found.penalise("name")
        _best_first(scored, positions)


def _lift_named(index: Index, query: Query, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Raise the best claims that name someone the query does not, when it asks who: "who lodged
    the protest" is answered by the claim that names the official, before the one that says the
    government protested. A bonus, not a penalty: "who detained him?" may be answered by a
    country, which names no one."""
    _lift(index, scored, positions, "person", lambda claim: _names_someone(_sentence(claim), query.typed))


_SAID_ASKED = re.compile(
    r"\bwhat\s+(?:did|does|do|has|have|had|will|would)\s+(?P<who>(?:[\w'\u2019.-]+\s+){1,6}?)"
    r"(?:say|said|tell|told|(?<!\bof\s)state(?!\s+visit)|remark|comment|write|argue)\b",
    re.IGNORECASE,
)
"""A question asking what someone said ("what did Bessent say after meeting Ishiba?"), and who
("what did the monarch's first state visit achieve?" asks no one's words), named in up to six
words ("what did the old former detainee Yamada say")."""
_SAID_ASKED_TERSELY = (
    re.compile(r"^\W*(?P<who>(?:[\w'\u2019.-]+\s+){1,4}?)(?:said|says|say)\s+what\b", re.IGNORECASE),
    re.compile(r"^\W*what\s+(?P<who>(?:[\w'\u2019.-]+\s+){1,4}?)(?:said|says)\b", re.IGNORECASE),
    re.compile(r"^\W*(?P<who>(?:[\w'\u2019.-]+\s+){1,4}?)(?:quotes?|quotations?|words)\W*$", re.IGNORECASE),
    re.compile(
        r"^\W*(?P<who>(?:[\w'\u2019.-]+\s+){1,4}?)(?:said|says|say)\s+(?:that\s+)?(?:he|she|they|it)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<who>(?:\w[\w.-]{0,30}\s+){0,3}\w[\w.-]{0,30})(?:'s|\u2019s)\s+"
        r"(?:comments?|remarks?|statements?|words|quotes?)\b",
        re.IGNORECASE,
    ),
)
"""The same asked as people type it at a terminal: "Igawahara said what", "what Battsetseg said",
"Battsetseg quote", "yamada say he is glad because what?"; or asked of their words by name
anywhere in the question ("where did Shuzo Yamada's comments come from?")."""
_POLICY = re.compile(
    r"(?:\b(?P<whose>[\w'\u2019]+)\s+)?(?:foreign\s+)?\b(?:policy|policies|government|ministry)\b"
    r"(?=(?:\s+of)?\s+(?P<of>\w+))?",
    re.IGNORECASE,
)
"""How a claim gives what a country says: its policy, its government's or a ministry's words
("Mongolia's foreign policy", "under its foreign policy Mongolia will")."""
SAID_NEAR = 60
"""How many characters before its verb of saying a claim names who says it ("Japan's ambassador
to Mongolia, Igawahara Masaru, predicted")."""
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|remarked|commented|expressed|argued|argues|wrote|writes"
    r"|noted|notes|described|describes|called|calls|predicted|added|urged|urges|urging|stressed|emphasi[sz]ed"
    r"|warned|warns|advised|advises|announced|announces|declared|replied|responded|asked|asks|welcomed)\b"
)
"""Verbs by which a claim's sentence has someone say something (lower case: "States" says nothing)."""


def _penalise_unsaid(
    index: Index,
    said_by: frozenset[str],
    scored: list[_Scored],
    positions: Sequence[int],
    office: tuple[tuple[tuple[str, ...], ...], ...] = (),
) -> None:
    """When a question asks what someone said, the best claims giving words of theirs (the
    claim's source names them, or its sentence has them say something) rise above those that only
    name them: "what did Igawahara say?" is answered by his prediction, before the claim that he
    is ambassador. When none does, every claim keeps ranking.MISMATCH["relation"]: "what did
    Bessent say after meeting Ishiba?" is not answered by the claim that he was to meet him.
    A claim gives an ``office``'s words only if it holds each word of the office as the store
    reads it ("what did Mongolia's prime minister say?" is not answered by its foreign minister)."""

    def whose(words: set[str]) -> bool:
        return bool(said_by & words) and all(
            any(set(reading) <= words for reading in readings) for readings in office
        )

    def theirs(claim: dict[str, Any]) -> bool:
        if whose(set(terms(str(claim.get("attributed_to") or "")))):
            return True
        text = _sentence(claim)
        if not whose(set(terms(text))):
            return False
        if said_by & COUNTRIES and any(
            said_by & COUNTRIES & set(terms(f"{policy.group('whose') or ''} {policy.group('of') or ''}"))
            for policy in _POLICY.finditer(text)
        ):
            return True  # "what does Mongolia say it won't join?": its foreign policy says so
        # they say it themselves: named just before the saying ("Foreign Minister Battsetseg
        # Batmunkh told The Diplomat that ... Empress Masako" gives no words of the empress)
        return any(
            whose(set(terms(text[max(0, saying.start() - SAID_NEAR) : saying.start()])))
            for saying in _SAYING.finditer(text)
        )

    if any(theirs(claim) for _found, claim in _with_claims(index, scored[:NAME_CHECKED])):
        _lift(index, scored, positions, "said", theirs)
    else:
        _penalise_all(scored, positions, "relation")


_HOW_DESCRIBED = re.compile(
    r"\bhow\s+(?:did|does|do|has|have|had|would|will)\s+(?:[\w'\u2019.-]+\s+){1,4}?"
    r"(?:describe|characteri[sz]e|label|call|term|dub)\b",
    re.IGNORECASE,
)
"""A question asking how someone described or labelled something ("how did Tokyo describe the
drills?"): their words are the answer."""
_SEVERAL_ASKED = re.compile(
    r"\b(?:which|what)\s+(?!(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|should)\b)"
    r"(?:(?![a-z]{1,30}(?:ed|ing)\s)[\w-]{1,40}\s+){0,3}?"
    r"(?!(?:does|has|was|goes|says|means|news)\b)[a-z-]{2,}(?:ie|[^\W\dsui])s\b(?!['\u2019])",
    re.IGNORECASE,
)
"""A question asking which things, in the plural ("which two 80th anniversaries", "what North
Korea-related problems", "which Japanese prime ministers"): the answer is a list. The words
before the plural describe the things, and are no verb's past or -ing ("which diplomat protested
the drills" asks one diplomat)."""


def _lift_listing(index: Index, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Raise the claim whose quote holds the whole of another best claim's quote and more, and is
    held by none of theirs, when the question asks which things: a source's list is cut into a
    claim an item, each quoting the list up to its own ("visited by Prime Ministers Kaifu
    Toshiki, Koizumi Junichiro, and Abe Shinzo"), and the one quoting it all answers "which prime
    ministers visited the sites?" first, before the claims naming one each."""
    with_claims = _with_claims(index, scored[:NAME_CHECKED])
    quotes = {found.doc: str(claim.get("quote") or "") for found, claim in with_claims}

    def lists(claim: dict[str, Any]) -> bool:
        own = str(claim.get("quote") or "")
        if not own:
            return False
        others = [quote for quote in quotes.values() if quote and quote != own]
        return any(quote in own for quote in others) and not any(own in quote for quote in others)

    _lift(index, scored, positions, "listing", lists)


_QUOTED = re.compile(r"(?:^|[\s(])['\u2018\u201c\"][^'\u2019\u201d\"]{2,80}['\u2019\u201d\"](?=$|[\s.,;:)])")
"""Words quoted in a claim's sentence ("... were 'totally unacceptable'"), not an apostrophe."""


_EFFECT_WORDS = frozenset(
    ("effect", "effects", "impact", "impacts", "consequence", "consequences", "affect", "affects", "affected")
)
"""A question word asking what something brings about: a claim holding none of its readings
only says what happened, not what came of it."""


def _penalise_without(
    scored: list[_Scored], positions: Sequence[int], holds: dict[int, float], head: int
) -> None:
    """Lower the ``head`` best claims that do not hold a concept (``holds``) to "relation"'s share
    of their score, and re-rank. It orders the answers only: whether the store answers is judged
    on the claims' own words (``alone``), left as they were."""
    share = ranking.MISMATCH["relation"]
    for found in scored[:head]:
        if holds.get(found.doc, 0.0) < RELATION_HELD:
            found.score = round(found.score * share, 4)
    _best_first(scored, positions)


_WHY_ASKED = re.compile(r"^\W*why\b", re.IGNORECASE)
"""A question opening with "why": it asks a reason."""
_REASON_ASKED = re.compile(r"\bwhy\b|\bhow come\b|\bwhat (?:is|was|are|were) the reasons?\b", re.IGNORECASE)
"""A question asking a reason, wherever it says so ("food security japan mongolia why")."""
_CAUSE = re.compile(
    r"\b(?:amid|because|due to|owing to|thanks to|in light of|given|as a result of|in response to)\b",
    re.IGNORECASE,
)
"""Words of a sentence giving the cause of what it says ("amid growing concern about ...")."""
REASON_CHECKED = 5
"""How many of the best claims are read for the one giving the reason a question asks."""


def _reason_first(index: Index, scored: list[_Scored]) -> None:
    """For a question asking why, the best claim often says only what the question takes as given
    ("Mongolia's cooperation on food security is crucial to Japan") while the claim it names as
    related gives the reason ("amid growing concern about ensuring long-term food security,
    Japanese policymakers have been seeking alternative food sources"): that claim, when among
    the next best, unpenalised and saying a cause in so many words, comes first. It orders the
    answers only: whether the store answers is judged as before (``alone`` is left as it was)."""
    best = scored[0]
    linked = set(index.related()[best.doc])
    head = [found for found in scored[1:REASON_CHECKED] if found.doc in linked and not found.penalties]
    for found, claim in _with_claims(index, head):
        if _CAUSE.search(_sentence(claim)):
            found.score = best.score
            scored.remove(found)
            scored.insert(0, found)
            return


_WHOSE_WORDS = frozenset(terms("according to the diplomat commentary author said says"))
"""Words of a claim's sentence that say whose it is, not what."""
RESTATING_LEFT = 1
"""A claim whose sentence holds at most this many words beyond the question's restates it."""


def _penalise_restating(index: Index, query: Query, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Lower the best claims that only restate what a question asking why takes as given ("why is
    the partnership strategically motivated?" against "a strong partnership is also strategically
    motivated"): they give no reason. The question's words count in every reading it has."""
    held = set(query.typed) | query.read_as

    def restating(claim: dict[str, Any]) -> bool:
        own = set(terms(_sentence(claim))) - STOP_WORDS - GENERIC - _WHOSE_WORDS
        return len(own - held) <= RESTATING_LEFT

    _penalise_head(index, scored, positions, "relation", restating, HOPED_CHECKED, once=True)


_WHETHER = "is|was|are|were|did|does|do|has|have|had"
"""The words that open a question asking whether something is or was so."""
_YES_OR_NO = re.compile(rf"^\W*(?:{_WHETHER}|can|could|will|would)\b")
"""How a question asking whether something is so opens (casefolded)."""
_WHETHER_HAPPENED = re.compile(rf"^\W*(?:{_WHETHER})\b", re.IGNORECASE)
"""How a question asking whether something happened opens (not "can you confirm ...", a request)."""
_ORDINALS = frozenset(
    stem(word)
    for word in "first second third fourth fifth sixth seventh eighth ninth tenth".split()  # noqa: SIM905
)


def _penalise_other_ordinals(
    index: Index, ordinals: frozenset[str], scored: list[_Scored], positions: Sequence[int]
) -> None:
    """Lower the best claims that count by another ordinal than the question: "where did Naruhito
    go on his first trip abroad as emperor?" is not answered by "Mongolia was his third trip"."""

    def counts_otherwise(claim: dict[str, Any]) -> bool:
        own = _ORDINALS & set(terms(_sentence(claim)))
        return bool(own) and not own & ordinals

    _penalise_head(index, scored, positions, "relation", counts_otherwise)


def _lift_reported(index: Index, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Raise the best claims that give what an outlet reported, when the question asks which
    outlet reported something: "which news agency reported on Ishiba's meeting with Bessent?" is
    answered by "According to Jiji Press, ...", before the claim giving the meeting alone; so is
    "which publication did she give her comments to?" by the claim naming it ("told The Diplomat")."""

    def reported_by_its_outlet(claim: dict[str, Any]) -> bool:
        source = claim.get("source")
        outlet = fold(str(source.get("outlet") or "")) if isinstance(source, dict) else ""
        return bool(outlet) and (
            outlet in fold(str(claim.get("attributed_to") or "")) or outlet in fold(_sentence(claim))
        )

    _lift(index, scored, positions, "reported", reported_by_its_outlet)


def _sentence(claim: dict[str, Any]) -> str:
    """A claim's own sentence, as the lifts read it."""
    return str(claim.get("text", ""))


def _lift(
    index: Index,
    scored: list[_Scored],
    positions: Sequence[int],
    bonus: str,
    lifts: Callable[[dict[str, Any]], bool],
    head: Sequence[_Scored] | None = None,
    *,
    ranks_only: bool = False,
) -> None:
    """Raise the best claims (or those of ``head``) that ``lifts`` by ``ranking.BONUS[bonus]``,
    and re-rank; with ``ranks_only``, the lift orders the answers and decides nothing of whether
    the store answers (``judged`` reads ``alone``, left as it was)."""
    share = ranking.BONUS[bonus]
    for found, claim in _with_claims(index, scored[:NAME_CHECKED] if head is None else head):
        if lifts(claim):
            found.bonuses[bonus] = share
            found.score = round(min(1.0, found.score * (1 + share)), 4)
            if not ranks_only:
                found.alone = round(min(1.0, found.alone * (1 + share)), 4)
    _best_first(scored, positions)


def _penalise_head(
    index: Index,
    scored: list[_Scored],
    positions: Sequence[int],
    penalty: str,
    lowers: Callable[[dict[str, Any]], bool],
    head: int = NAME_CHECKED,
    once: bool = False,
) -> None:
    """Lower the ``head`` best claims that ``lowers`` to ``ranking.MISMATCH[penalty]`` of their
    score, and re-rank (``_lift``'s counterpart). With ``once``, a claim already carrying the
    penalty is not lowered again."""
    for found, claim in _with_claims(index, scored[:head]):
        if not (once and penalty in found.penalties) and lowers(claim):
            found.penalise(penalty)
    _best_first(scored, positions)


_WHENCE = re.compile(r"\bfrom (?:where|(?:which|what) (?:country|countries|place|city|region))\b")
_WHERE = re.compile(r"\bwhere\b")
_FROM = re.compile(r"\bfrom\b")


def _asks_whence(text: str) -> bool:
    """Whether a question (casefolded) asks where from ("where were they sent from?", "from which
    country"): read sentence by sentence, in one pass however long the text."""
    if _WHENCE.search(text):
        return True
    for sentence in re.split(r"[.?!]", text):
        where = _WHERE.search(sentence)
        if where is not None and _FROM.search(sentence, where.end()):
            return True
    return False


_FROM_A_PLACE = re.compile(r"\bfrom (?:the )?[A-Z]")


def _lift_whence(index: Index, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Raise the best claims saying where from ("sent ... from the Soviet Union"), when the
    question asks it: the claim giving the number sent is about the same people, but says
    nothing of where they came from."""
    # among all the claims as full of the question's words, not only the best ranked: "japanese
    # prisoner come to mongolia from where" is held whole by a dozen claims about the POWs
    head = _nearly_fullest(scored, WHENCE_CHECKED)
    _lift(
        index,
        scored,
        positions,
        "whence",
        lambda claim: _FROM_A_PLACE.search(_sentence(claim)) is not None,
        head,
    )


def _lift_other_country(index: Index, query: Query, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Raise the best claims naming a country the question does not name, when it asks which
    country ("besides Washington, which other country could join a three-way grouping with Tokyo
    and Ulaanbaatar?": the claim naming South Korea, not the one naming the three it names)."""
    named = set(query.typed) | query.read_as
    _lift(
        index,
        scored,
        positions,
        "country",
        lambda claim: bool((COUNTRIES & set(terms(_sentence(claim)))) - named),
    )


def _nearly_fullest(scored: list[_Scored], checked: int) -> list[_Scored]:
    """Of the first ``checked`` claims, those holding within PLACE_NEAR as much of the question as
    the claim holding most: the claims a question asking where (or where from) looks through."""
    fullest = max(found.coverage for found in scored)
    return [found for found in scored[:checked] if found.coverage >= fullest - PLACE_NEAR]


WHENCE_CHECKED = 30
"""How many of the best claims a question asking where from looks through for one saying it."""


_IN_A_PLACE = re.compile(
    r"\b(?:in|at|near|visited|toured)\s+(?:the\s+)?(?P<place>[A-Z][\w'-]*)"
    r"|\battended\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?of\s+(?:the\s+)?(?P<event>[A-Z][\w'-]*)"
    r"|\b(?P<region>[A-Z][\w'-]*),?\s+(?:Province|Prefecture)\b"
)
"""A place named in a claim's sentence: after "in", "at" or "near" ("in Takaoka", "at the
Naadam"), as what someone visited or toured ("visited Shine Mongol High School"), as the place
of what someone attended ("attended the opening ceremony of Mongolia's Naadam festival"), or
before "Province" or "Prefecture" ("Wenzhou, Zhejiang Province")."""
_NOT_PLACES = frozenset(
    (
        *MONTHS,
        *WEEKDAYS,
        "world",
        "japanese",
        "chinese",
        "mongolian",
        "korean",
        "american",
        "russian",
        "soviet",
    )
)
"""Capitalised words after "in" or "at" that are no place: a month or day ("in July"), World War
II ("in World War II"), a nationality ("at the Chinese court proceedings")."""


_WITHIN_A_COUNTRY = re.compile(r"\b(?:city|cities|town|towns|prefecture|province)\b", re.IGNORECASE)
"""The kinds of place asked for that lie within a country."""


PLACE_NEAR = 0.15
"""... a claim naming a place answers "in which city" only when it holds within this much as much
of the question as the claim holding most."""


def _lift_where(index: Index, query: Query, scored: list[_Scored], positions: Sequence[int]) -> None:
    """Raise the best claims naming a place the question does not ("where are the detained
    Japanese being held?": the claim naming the cities, not the one saying they are detained in
    China, which the question names already). A place the question names in other words is
    named too: "what places did they tour in Ulaanbaatar" is not answered by "visited Mongolia"."""
    named = set(query.typed) | {
        expansion.terms[0]
        for concept in query.concepts
        for expansion in concept.expansions
        # what the question's word means ("Ulaanbaatar": Mongolia), not the places within the
        # one it names ("Japan" does not name Tokyo)
        if len(expansion.terms) == 1
        and expansion.how == "thesaurus"
        and expansion.similarity == ranking.THESAURUS_SIMILARITY
    }

    # a country is no city, town or prefecture: "which Japanese prefecture is Yamada from?" is not
    # answered by "a former Japanese internee in Mongolia"
    within_a_country = _WITHIN_A_COUNTRY.search(query.text) is not None

    def gives_a_place(text: str) -> bool:
        for match in _IN_A_PLACE.finditer(text):
            written = match.group("place") or match.group("region") or match.group("event")
            place = fold(written)
            if within_a_country and stem(place) in COUNTRIES:
                continue
            if written.endswith(("'s", "\u2019s")) and match.group(0).startswith(
                ("visited", "toured", "attended")
            ):
                return True  # "visited Ulaanbaatar's water supply and sewage facility": a place in it
            if (
                place not in _NOT_PLACES
                and not place.endswith(("'s", "\u2019s"))
                and stem(place) not in named
            ):
                return True
        return False

    _lift(index, scored, positions, "where", lambda claim: gives_a_place(_sentence(claim)))
    if query.place_asked and _PLACES_LISTED.search(query.text) is not None:
        # "which places did they visit": every claim naming one of them answers, the twelfth
        # best as much as the first; it ranks with them, which decides nothing of whether the
        # store answers (``judged``)
        deeper = _nearly_fullest(scored, NAME_CHECKED * NAME_ROUNDS)[NAME_CHECKED:]
        unlifted = [found for found in deeper if "where" not in found.bonuses]
        _lift(
            index,
            scored,
            positions,
            "where",
            lambda claim: gives_a_place(_sentence(claim)),
            unlifted,
            ranks_only=True,
        )
    if query.place_asked:
        head = _nearly_fullest(scored, NAME_CHECKED)
        if any(gives_a_place(_sentence(claim)) for _found, claim in _with_claims(index, head)):
            return
        # "what places did they visit in Mongolia": the claims saying only that they visited
        # Mongolia come first; those naming the places they saw are looked for further down
        deeper = _nearly_fullest(scored, NAME_CHECKED * NAME_ROUNDS)[len(head) :]
        placed = [found for found, claim in _with_claims(index, deeper) if gives_a_place(_sentence(claim))]
        if placed:
            _lift(index, scored, positions, "where", lambda claim: True, placed)
        else:
            # "in which city was he tried": no claim about it naming a place, no answer
            _penalise_all(scored, positions, "relation")


def _names_someone(text: str, asked: frozenset[str]) -> bool:
    """Whether a claim's sentence gives a name (``names_in``) with a word that is no common
    English word: "Masaaki Kanai", not the "Sea of Japan" a place is called by."""
    return any(
        any(fold(word) not in common_english(COMMON_RANK) for word in re.findall(r"[^\W\d_]{2,}", run))
        for run in names_in(text, asked)
    )


_PRESENCE: list[list[float]] = []


def _presence_table() -> list[float]:
    if not _PRESENCE:
        _PRESENCE.append([ranking.presence(mask) for mask in range(256)])
    return _PRESENCE[0]


def rank(index: Index, query: str, keep: Keep = None, asked: bool = True) -> list[tuple[int, float]]:
    """Claim numbers with their scores (0-1), best first; [] when the store has no answer.
    ``asked=False`` ranks by the claims' own words alone, not by readers' questions: a statement
    to verify is no question, and is matched against what the claims say."""
    return [(s.doc, s.score) for s in _answers(index, understand(index, query), keep, asked)]


def _answers(index: Index, query: Query, keep: Keep, asked: bool = True) -> list[_Scored]:
    scored = _score_all(index, query, keep, asked=asked)
    weighed = judged(scored)
    if not weighed or not ranking.answers(evidence(index, query, weighed)):
        return []
    return [s for s in scored if s.score >= ranking.MIN_SCORE] or weighed


def judged(scored: list[_Scored]) -> list[_Scored]:
    """The claims whether the store answers is judged on: those whose own words score at least
    ranking.MIN_SCORE (readers' questions rank the answers, never decide whether there is one)."""
    return [s for s in scored if s.alone >= ranking.MIN_SCORE]


def evidence(index: Index, query: Query, scored: list[_Scored]) -> tuple[float, float, float]:
    """What ranking.answers weighs (ranking.ANSWER_FEATURES): the best claim's coverage, how much
    of the query the first ranking.UNION_OF answers hold together (a question in several parts is
    answered by several claims), and whether the best was penalised (any of ranking.MISMATCH)."""
    if any(s.asked is not None for s in scored):  # judged on the claims' own words
        positions = index.positions()
        scored = sorted(scored, key=lambda s: (-s.alone, -s.coverage, -s.bm25, positions[s.doc]))
    best = scored[0]
    total = query.total
    union = 0.0
    if total > 0:
        # a claim that does not answer what kind of thing is asked (no year for "in what year")
        # adds its words only to a claim it is related to: "how old is the internee who built
        # the square" is answered by his age and the square together; "in what year did Koizumi
        # visit" is not by Koizumi's undated visit and another claim's 1966
        linked = set(index.related()[best.doc]) - _list_siblings(index, best, scored[: ranking.UNION_OF * 2])
        together = [s for s in scored if s is best or not s.penalties or s.doc in linked][: ranking.UNION_OF]
        readings = [_readings(index, query.concepts, s.doc) for s in together]
        held = [max(reading[at][2] for reading in readings) for at in range(len(query.concepts))]
        union = sum(c.weight * h for c, h in zip(query.concepts, held, strict=True)) / total
    # never less than the best claim's own coverage (which counts its related claims' words too)
    return best.coverage, min(1.0, max(union, best.coverage)), float(bool(best.penalties))


def _list_siblings(index: Index, best: _Scored, head: Sequence[_Scored]) -> set[int]:
    """The claims of ``head`` cut from the same list as the best one (one quote holds the other's:
    "rehearsals such as Capacity Building Program, King Search 2022, and Khaan Quest"): each
    names another item, and the two answer no question together ("what year did Japan first
    join Khaan Quest" is not answered by King Search 2022's year and Khaan Quest's undated claim)."""
    with_claims = _with_claims(index, [best, *(found for found in head if found is not best)])
    if not with_claims or with_claims[0][0] is not best:
        return set()
    own = str(with_claims[0][1].get("quote") or "")
    siblings: set[int] = set()
    for found, claim in with_claims[1:]:
        quote = str(claim.get("quote") or "")
        if own and quote and quote != own and (own in quote or quote in own):
            siblings.add(found.doc)
    return siblings


# --- answers ------------------------------------------------------------------------------------


def search(
    index: Index,
    query: str,
    limit: int = 5,
    keep: Keep = None,
    explain: bool = False,
    first: Sequence[int] = (),
) -> list[Hit]:
    """At most ``limit`` answers, best first, each carrying the other sides of its disputed figure.
    The claims ``first`` numbers (those ``keep`` allows) come before the others, in that order:
    the claims a statement to check rests on (``core.answers``)."""
    if limit <= 0:
        return []
    understood = understand(index, query)
    whole = _answers(index, understood, keep)
    chosen = (
        _each_part_shown(index, query, [(scored, understood, "") for scored in whole])
        if whole
        else _answers_in_parts(index, query, keep)
    )
    if first:
        chosen = _placed_first(index, understood, keep, first, chosen)
    chosen = chosen[:limit]
    claims = index.claims_by_number([s.doc for s, _understood, _part in chosen])
    hits = []
    for scored, asked, part in chosen:
        claim = claims[scored.doc]
        readings = _readings(index, asked.concepts, scored.doc)
        matched = [concept.typed for concept, _e, cover in readings if cover > 0]
        hit = Hit(claim, scored.score, matched, _conflicts(index, claim), part=part)
        if explain:
            hit.explanation = _explain(index, scored, readings, asked.dropped)
        hits.append(hit)
    return hits


def _placed_first(
    index: Index,
    query: Query,
    keep: Keep,
    first: Sequence[int],
    chosen: list[tuple[_Scored, Query, str]],
) -> list[tuple[_Scored, Query, str]]:
    """The claims ``first`` numbers that ``keep`` allows, each with its score for the query (none
    when it holds too little of it to be scored), then the rest of ``chosen``."""
    wanted = [doc for doc in dict.fromkeys(first) if keep is None or keep(doc)]
    if not wanted:
        return chosen
    scored = {found.doc: found for found in _score_all(index, query, keep, floor=0.0)}
    ahead = [(scored.get(doc) or _Scored(doc, 0.0, 0.0, 0.0, {}, []), query, "") for doc in wanted]
    return ahead + [item for item in chosen if item[0].doc not in wanted]


_PARTS = re.compile(
    r"\?\s+(?=\S)"
    rf"|,?\s+and\s+(?=(?:{_ASKING_WORD}|is|are|was|were|did|does|do)\b)"
    rf"|,\s+(?=(?:{_ASKING_WORD})\b)",
    re.IGNORECASE,
)
"""Where a question asked in several parts divides ("how long did he get, how long had he been
held, and how many others are detained?")."""
_GREETING = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening)|ok|okay|so|and|also)\b\W*)+",
    re.IGNORECASE,
)
"""What opens a part without being part of it ("Hi, "): left out where the part is shown."""
MIN_PART_TERMS = 2
"""A part must name at least this many things to be asked alone ("and why?" is not a question)."""
MAX_PARTS = 6
"""No question has more parts; a text of hundreds of question marks is read no further."""
_SETTING_ASIDE = re.compile(
    r"^\W*(?:besides|beside|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|in\s+addition\s+to)\b",
    re.IGNORECASE,
)
"""How a part sets something aside ("Besides its third neighbors, which two countries ..."): it
says what is not asked, and is never answered on its own."""


def _each_part_shown(
    index: Index, query: str, chosen: list[tuple[_Scored, Query, str]]
) -> list[tuple[_Scored, Query, str]]:
    """The answers to a question asking two things or more ("how long did they stay and who
    invited them?"), the whole's best first: the best-ranked claim holding all a later part
    names ("invited") comes among the first ranking.UNION_OF, as one claim rarely holds both the
    stay and the host."""
    subject, _framing = unframe(query[:MAX_QUERY_CHARS])  # the whole is read no further (``compact``)
    divided = _PARTS.split(subject)
    lifted = 0
    for part in divided[1:MAX_PARTS]:
        if lifted >= ranking.UNION_OF - 1 or _SETTING_ASIDE.match(part) is not None:
            break
        concepts = understand(index, part).concepts
        if not concepts:
            continue
        at = next(
            (
                place
                for place, (scored, _asked, _part) in enumerate(chosen)
                if all(cover > 0 for _c, _e, cover in _readings(index, concepts, scored.doc))
            ),
            None,
        )
        lifted += 1
        if at is not None and at > lifted:
            chosen = [*chosen[:lifted], chosen[at], *chosen[lifted:at], *chosen[at + 1 :]]
    return chosen


def _answers_in_parts(index: Index, query: str, keep: Keep) -> list[tuple[_Scored, Query, str]]:
    """The answers to each part of a question in several parts, when the whole has none: no one
    claim holds enough of "who protested, what did he call the drills, and what are the islets
    called?", while each part is answered by its own. The best answer of each part comes first,
    in the order asked; a part the store does not answer adds nothing. Each answer comes with the
    query it answers and that part as typed."""
    subject, _framing = unframe(query[:MAX_QUERY_CHARS])  # the whole is read no further (``compact``)
    divided = _PARTS.split(subject)
    if len(divided) < 2:
        return []
    # "what's his name and how old is he?": a part naming too little to be asked alone leaves the
    # others to be answered, even one
    parts = [
        part.strip(" ,;:")
        for part in divided[:MAX_PARTS]
        if len(analyse(part, query=True)[0]) >= MIN_PART_TERMS and _SETTING_ASIDE.match(part) is None
    ]
    # nor a part that names too little once read ("the ADB project: who's involved besides
    # Mongolia" is Mongolia alone, once the project is read as framing it), unless it asks for
    # a figure or a moment of what it names ("how long is the plan that comes with it?")
    asked_parts = [(asked, part) for part in parts if _names_enough(asked := understand(index, part))]
    answered = [
        (_answers(index, asked, keep), asked, _GREETING.sub("", part) or part) for asked, part in asked_parts
    ]
    chosen: list[tuple[_Scored, Query, str]] = []
    seen: set[int] = set()
    for rank_at in range(max((len(found) for found, _asked, _part in answered), default=0)):
        for found, asked, part in answered:
            if rank_at < len(found) and found[rank_at].doc not in seen:
                seen.add(found[rank_at].doc)
                chosen.append((found[rank_at], asked, part))
    return chosen


def _names_enough(part: Query) -> bool:
    """Whether a part of a question, as read, names enough to be answered alone: a part asking
    for a figure or a moment may name one thing, but more than an everyday word ("in which month
    will it be held?" is not about anything held)."""
    if part.wants_figure or part.wants_date or part.asks_when:
        return part.total > EVERYDAY_MOST
    return len(part.concepts) >= MIN_PART_TERMS


def _conflicts(index: Index, claim: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for other_id in claim.get("conflicts_with") or ():
        other = index.claim(other_id)
        if other is not None:
            out.append(
                {
                    key: other.get(key)
                    for key in ("id", "value", "unit", "qualifier", "attributed_to", "source")
                }
            )
    return out


def _explain(
    index: Index,
    scored: _Scored,
    readings: list[tuple[Concept, Expansion | None, float]],
    dropped: list[str],
) -> dict[str, Any]:
    """Why a claim scored as it did: each query word's reading, the parts of the score, the
    nearest reader's question of the claim, and what the query was read without (clauses that
    only frame it, mistyped question words)."""
    words = []
    for concept, expansion, cover in readings:
        entry: dict[str, Any] = {"word": concept.typed, "weight": round(concept.weight, 3)}
        if expansion is None or cover <= 0:
            entry["matched"] = None
            entry["how"] = "unknown to the store" if not concept.known else "not in this claim"
        else:
            entry["matched"] = expansion.written or " ".join(expansion.terms)
            entry["how"] = expansion.how
            entry["similarity"] = round(expansion.similarity, 3)
            entry["coverage"] = round(cover, 3)
        words.append(entry)
    explained: dict[str, Any] = {
        "words": words,
        "coverage": round(scored.coverage, 4),
        "bm25": round(scored.bm25, 4),
        "bonuses": {name: round(value, 4) for name, value in scored.bonuses.items()},
        "penalties": list(scored.penalties),
        "score": scored.score,
        "dropped": list(dropped),
    }
    if scored.asked is not None and scored.nearest >= 0:
        question = index.asked_question(scored.doc, scored.nearest)
        explained["asked"] = {"question": question, "closeness": round(scored.asked, 4)}
    return explained


def no_match(index: Index, query: str, keep: Keep = None) -> NoMatch:
    """Why a query found nothing: unknown words with the closest known ones, answers a filter hid,
    and the best candidate with why it fell short."""
    understood = understand(index, query)
    unknown = [c.typed for c in understood.concepts if not c.known]
    suggestions = {word: closest_words(index, word) for word in unknown}
    hidden = len(_answers(index, understood, None)) if keep is not None else 0
    candidates = _score_all(index, understood, keep, floor=0.0)
    best = None
    if candidates:
        top = candidates[0]
        explanation = _explain(index, top, _readings(index, understood.concepts, top.doc), understood.dropped)
        missing = [w["word"] for w in explanation["words"] if w["matched"] is None]
        if top.coverage < ranking.MIN_COVERAGE:
            why = f"it holds {top.coverage:.0%} of the query's weight, under {ranking.MIN_COVERAGE:.0%}"
        else:
            weighed = evidence(index, understood, judged(candidates) or candidates)
            parts = ", ".join(
                f"{name} {value:.2f}" for name, value in zip(ranking.ANSWER_FEATURES, weighed, strict=True)
            )
            why = f"the answer line weighs {parts}: {ranking.confidence(weighed):+.2f}, under 0"
        if missing:
            why += "; it lacks " + ", ".join(repr(word) for word in missing)
        claim = index.claims_by_number([top.doc])[top.doc]
        best = {"id": claim["id"], "text": claim["text"], "why": why, "explanation": explanation}
    return NoMatch(understood.text, unknown, suggestions, hidden, best)


def closest_words(index: Index, word: str, limit: int = 3) -> list[str]:
    """The store's words closest to one it does not know (rapidfuzz), best first: those a typo or
    two away. None for a word of everyday English ("right", "tomorrow"), which is no typo of the
    store's: that the store does not use it is the whole hint."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    typed = fold(word)
    if typed in common_english(None):
        return []
    words, _terms = index.vocabulary()
    found = process.extract(typed, words, scorer=fuzz.ratio, limit=None, score_cutoff=60)
    edits = ranking.max_typos(typed) + 1
    return [choice for choice, _score, _position in found if OSA.distance(typed, choice) <= edits][:limit]


# --- names: categories, ids, filters --------------------------------------------------------------


def resolve_category(name: str, categories: list[str]) -> str | None:
    """The category meant by a forgiving spelling: 'Agreements', 'agreement', 'agrements'."""
    wanted = name.strip().casefold()
    if wanted in categories:
        return wanted
    by_stem = {stem(category): category for category in categories}
    if stem(wanted) in by_stem:
        return by_stem[stem(wanted)]
    close = suggest(wanted, categories, limit=1, cutoff=80)
    return close[0] if close else None


def suggest(name: str, choices: list[str], limit: int = 3, cutoff: float = 60) -> list[str]:
    """The choices closest to a mistyped name, best first ('did you mean')."""
    from rapidfuzz import fuzz, process

    found = process.extract(name, choices, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    return [choice for choice, _score, _index in found]


def resolve_sources(index: Index, name: str) -> set[str]:
    """The source ids meant by a name: an id or an outlet, else part of an id, outlet or title."""
    wanted = name.strip().casefold()
    if not wanted:
        return set()
    records = index.sources()
    exact = {
        sid for sid, record in records.items() if wanted in (sid, (record.get("outlet") or "").casefold())
    }
    if exact:
        return exact
    found = {
        sid
        for sid, record in records.items()
        if any(wanted in (text or "").casefold() for text in (sid, record.get("outlet"), record.get("title")))
    }
    if found:
        return found
    names = {sid: sid for sid in records}
    for sid, record in records.items():
        outlet = (record.get("outlet") or "").casefold()
        names.update({name: sid for name in (outlet, *outlet.split()) if len(name) >= 4})
    return {names[name] for name in suggest(wanted, list(names), limit=1, cutoff=80)}  # "kydo", "diplomt"


def claim_filter(
    index: Index, category: str | None, source_ids: set[str] | None, attributed_to: str | None
) -> Keep:
    """A predicate on claim numbers for the filters given, or None when there are none."""
    if category is None and source_ids is None and not attributed_to:
        return None
    who = attributed_to.casefold() if attributed_to else None
    allowed = {
        number
        for number, claim_category, claim_source, claim_by in index.claim_facets()
        if (category is None or claim_category == category)
        and (source_ids is None or claim_source in source_ids)
        and (who is None or who in claim_by.casefold())
    }
    return allowed.__contains__


def hit_record(hit: Hit) -> dict[str, Any]:
    """An answer for programs: the claim, its score, the query words it holds, the other side of
    its disputed figure, the part of the question it answers (only when the question was answered
    part by part), how it bears on the statement the query asked to check (only then), and (with
    --explain) why it ranks where it does."""
    record = {**hit.claim, "score": hit.score, "matched": hit.matched, "conflicts": hit.conflicts}
    if hit.part:
        record["part"] = hit.part
    if hit.checked is not None:
        record["checked"] = hit.checked
    if hit.explanation is not None:
        record["explanation"] = hit.explanation
    return record
