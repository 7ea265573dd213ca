"""Ranking claims for a query, and deciding when nothing in the store answers it.

A claim's score is the share of the query's information (words weighted by rarity) that it
holds, typo-tolerant and weighted by where the word stands, raised for holding every word and
the words in the query's order. When even the best claim scores below ``MIN_BEST_SCORE`` there
is no answer: a query about something the store does not cover returns nothing rather than the
least bad claim.
"""

from __future__ import annotations

import itertools
import math
from bisect import bisect_left

from jpmn.core.index import BY_PREFIX, DATE_FLAG, FIGURE_FLAG, LENGTH_MASK, MAX_WEIGHT, UNIT_PREFIX
from jpmn.core.text import GENERIC, edit_distance, max_typos, pairs, stem, terms, words

TYPE_CHECKING = False  # typing costs start-up time; mypy reads these imports all the same
if TYPE_CHECKING:
    from typing import Any

    from jpmn.core.index import Index

MIN_SHARE = 0.5
"""Claims holding less than this share of the query's information are no answer."""
MIN_SCORE = 0.45
"""Nor are claims scoring below this once agreement with the query's wording is counted."""
MIN_BEST_SCORE = 0.53
"""When even the best claim scores below this, the store has no answer: near misses ("who won
the election" against a claim that says when it was held) score just under it (tests/questions.yaml)."""
MISMATCH_PENALTY = 0.6

TYPO_PENALTY = 0.15
GENERIC_IDF = 1.0
"""The weight of an everyday word (text.GENERIC), about that of "Japan" in the shipped store."""
BREVITY_WORDS = 12
PREFIX_SIMILARITY = 0.85
MAX_QUERY_CHARS = 1000
"""Longer queries are cut (after runs of punctuation and space are folded): no question needs
more, and the cost of matching grows with length."""


class Hit:
    """One answer: the claim, its score (0-1), and why it is there.

    ``matched`` is 'query' for a claim that answers the query, 'conflict' for the other side of
    a conflict shown with one that does.
    """

    __slots__ = ("claim", "matched", "score")

    def __init__(self, claim: dict[str, Any], score: float, matched: str) -> None:
        self.claim = claim
        self.score = score
        self.matched = matched


class _Word:
    """A query word: the indexed terms it stands for (with similarity) and its weight."""

    __slots__ = ("idf", "matches")

    def __init__(self, matches: list[tuple[str, float]], idf: float) -> None:
        self.matches = matches
        self.idf = idf


def compact(query: str) -> str:
    """The query with runs of anything but letters and digits folded to one space, then cut."""
    import re

    return re.sub(r"[^\w'\u2019.,-]+", " ", query[: MAX_QUERY_CHARS * 200])[:MAX_QUERY_CHARS]


def query_words(query: str) -> dict[str, str]:
    """Distinct content terms of a query, in order (question words and duplicates dropped),
    each with the word as typed."""
    seen: dict[str, str] = {}
    for term, word in words(compact(query), query=True):
        seen.setdefault(term, word)
    return seen


def rank(index: Index, query: str, keep: Any = None) -> list[tuple[int, float]]:
    """Claim numbers with their scores (0-1), best first, ties in store order.

    ``keep`` is an optional predicate on claim numbers (filters) applied before scoring.
    """
    cleaned = compact(query)
    typed = query_words(cleaned)
    if not typed:
        return []
    total_docs = max(index.size(), 1)
    resolved = [_resolve(index, term, word, total_docs) for term, word in typed.items()]
    total_idf = sum(word.idf for word in resolved)

    # Only claims holding one of the rarer words can reach MIN_SHARE; the common words are then
    # looked up for those candidates alone, which keeps large stores fast.
    order = sorted(range(len(resolved)), key=lambda i: -resolved[i].idf)
    essential: list[int] = []
    remaining = total_idf
    for i in order:
        if remaining < MIN_SHARE * total_idf:
            break
        essential.append(i)
        remaining -= resolved[i].idf

    coverage: dict[int, list[float]] = {}
    postings_cache: dict[str, tuple[Any, bytes] | None] = {}

    def postings(term: str) -> tuple[Any, bytes] | None:
        if term not in postings_cache:
            postings_cache[term] = index.postings(term)
        return postings_cache[term]

    for i in essential:
        for term, similarity in resolved[i].matches:
            found = postings(term)
            if found is None:
                continue
            docs, weights = found
            for position, doc in enumerate(docs):
                if keep is not None and not keep(doc):
                    continue
                value = similarity * weights[position] / MAX_WEIGHT
                slot = coverage.setdefault(doc, [0.0] * len(resolved))
                if slot[i] < value:
                    slot[i] = value
    for i in order[len(essential) :]:
        for term, similarity in resolved[i].matches:
            found = postings(term)
            if found is None:
                continue
            docs, weights = found
            for doc, slot in coverage.items():
                at = bisect_left(docs, doc)
                if at < len(docs) and docs[at] == doc:
                    value = similarity * weights[at] / MAX_WEIGHT
                    if slot[i] < value:
                        slot[i] = value

    bigrams = list(dict.fromkeys(pairs(cleaned, query=True)))
    bigram_docs = []
    for bigram in bigrams:
        found = postings(bigram)
        bigram_docs.append(set(found[0]) if found else set())

    # Signals that break near-ties: the query names the claim's unit ("how many POWs") or who
    # says it ("what did Millward say"), or asks for a quantity or a moment.
    unit_docs: set[int] = set()
    by_docs: set[int] = set()
    for word in resolved:
        for term, _similarity in word.matches:
            for prefix, docs in ((UNIT_PREFIX, unit_docs), (BY_PREFIX, by_docs)):
                found = postings(prefix + term)
                if found is not None:
                    docs.update(found[0])
    wants_figure, wants_date = _intent(cleaned)
    elsewhere = _other_country_docs(cleaned, postings)

    lengths = index.lengths()
    positions = index.positions()
    scored = []
    for doc, slot in coverage.items():
        share = sum(value * word.idf for value, word in zip(slot, resolved, strict=False)) / total_idf
        if share < MIN_SHARE:
            continue
        every = all(value > 0 for value in slot)
        phrase = sum(doc in docs for docs in bigram_docs) / len(bigrams) if bigrams else float(every)
        # Brevity favours the claim that is about the query over one that mentions its words among
        # many others; a claim with a figure is what most questions are after.
        length = lengths[doc]
        brevity = BREVITY_WORDS / (BREVITY_WORDS + (length & LENGTH_MASK))
        has_figure = bool(length & FIGURE_FLAG)
        fits = (wants_figure and has_figure) or (wants_date and bool(length & DATE_FLAG))
        bonus = 0.1 * every + 0.1 * phrase + 0.04 * brevity + 0.02 * has_figure + 0.03 * fits
        bonus += 0.03 * (doc in unit_docs) + 0.03 * (doc in by_docs)
        score = min(share * (0.65 + bonus), 1.0)
        # "How much does Mongolia spend" is not answered by a claim without a figure, nor
        # "Mongolia's prime minister" by one about Japan's prime minister.
        if wants_figure and not has_figure:
            score *= MISMATCH_PENALTY
        if doc in elsewhere:
            score *= MISMATCH_PENALTY
        if score >= MIN_SCORE:
            scored.append((doc, round(score, 4)))
    scored.sort(key=lambda item: (-item[1], positions[item[0]]))
    if scored and scored[0][1] < MIN_BEST_SCORE:
        return []
    return scored


COUNTRIES = frozenset(
    {"japan", "mongolia", "china", "us", "russia", "korea", "southkorea", "northkorea", "soviet", "taiwan"}
)
_OWNER = (
    r"(?:japan|mongolia|china|korea|russia|america)(?:'s|\u2019s)"
    r"|japanese|mongolian|chinese|korean|russian|american"
)


def _other_country_docs(query: str, postings: Any) -> set[int]:
    """Claims that give to another country what the query gives to one: "Japanese Prime Minister
    Kaifu" for "Mongolia's prime minister" (unless they also say it the query's way)."""
    import re

    out: set[int] = set()
    for owner, owned in re.findall(rf"\b({_OWNER})\s+([^\W\d_]+)", query.casefold()):
        pair = terms(f"{owner} {owned}")
        if len(pair) != 2 or pair[0] not in COUNTRIES or pair[1] in COUNTRIES:
            continue
        country, word = pair
        found = postings(f"{country}_{word}")
        as_asked = set(found[0]) if found else set()
        for other in COUNTRIES - {country}:
            found = postings(f"{other}_{word}")
            if found:
                out.update(doc for doc in found[0] if doc not in as_asked)
    return out


def _intent(query: str) -> tuple[bool, bool]:
    """Whether the query asks for a quantity ("how many", "number of") and for a moment ("when")."""
    words = query.casefold().replace("?", " ").split()
    pairs = set(itertools.pairwise(words))
    figure = bool(
        {("how", "many"), ("how", "much"), ("how", "long"), ("how", "old"), ("number", "of")} & pairs
        or {"amount", "total", "figure", "figures", "count", "percent", "percentage"} & set(words)
    )
    date = "when" in words or bool({("what", "year"), ("which", "year"), ("what", "date")} & pairs)
    return figure, date


def _resolve(index: Index, term: str, typed: str, total_docs: int) -> _Word:
    """The indexed terms a query word stands for, with how close each is, and the word's weight.

    A word the store knows means itself. Only an unknown word is read as a typo of a known one
    (judged on the words as written) or as the start of one ("semicond").
    """
    frequency = index.document_frequency(term)
    ceiling = GENERIC_IDF if term in GENERIC else math.inf
    if frequency:
        return _Word([(term, 1.0)], min(math.log(1 + total_docs / frequency), ceiling))
    matches: dict[str, float] = {}
    typos = max_typos(typed)
    if typos:
        for word, candidate in index.near_words(typed):
            distance = edit_distance(typed, word, typos)
            if distance <= typos:
                similarity = 1.0 - TYPO_PENALTY * distance
                if matches.get(candidate, 0.0) < similarity:
                    matches[candidate] = similarity
        if len(typed) >= 5:
            for candidate in index.prefixed_terms(term):
                matches.setdefault(candidate, PREFIX_SIMILARITY)
    if matches:
        frequency = max(index.document_frequency(candidate) for candidate in matches)
    idf = min(math.log(1 + total_docs / (frequency or 0.5)), ceiling)
    return _Word(sorted(matches.items()), idf)


def search(index: Index, query: str, limit: int = 5, keep: Any = None) -> list[Hit]:
    """The best answers, each followed by the other sides of its conflicts (never split apart)."""
    ranked = rank(index, query, keep)
    if not ranked or limit <= 0:
        return []
    numbers = [doc for doc, _ in ranked[: limit * 2 + 10]]
    claims = index.claims_by_number(numbers)
    scores = dict(ranked)
    hits: list[Hit] = []
    shown: set[str] = set()
    for doc in numbers:
        if len(hits) >= limit:
            break
        claim = claims[doc]
        if claim["id"] in shown:
            continue
        hits.append(Hit(claim, scores[doc], "query"))
        shown.add(claim["id"])
        for other_id in claim["conflicts_with"]:
            if other_id in shown:
                continue
            number = index.number_of(other_id)
            if number is None or (keep is not None and not keep(number)):
                continue
            other = claims.get(number) or index.claims_by_number([number])[number]
            hits.append(Hit(other, scores.get(number, 0.0), "conflict"))
            shown.add(other_id)
    return hits


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


def claim_filter(index: Index, category: str | None, source: str | None, attributed_to: str | None) -> Any:
    """A predicate on claim numbers for the filters given, or None when there are none."""
    if category is None and not source and not attributed_to:
        return None
    source_ids: set[str] | None = None
    if source:
        wanted = source.casefold()
        source_ids = {
            sid
            for sid, record in index.sources().items()
            if any(
                wanted in (text or "").casefold() for text in (sid, record.get("outlet"), record.get("title"))
            )
        }
    who = attributed_to.casefold() if attributed_to else None
    allowed = {
        number
        for number, claim_category, claim_source, claim_by in index.claim_facets()
        if (category is None or claim_category == category)
        and (source_ids is None or claim_source in source_ids)
        and (who is None or who in claim_by.casefold())
    }
    return allowed.__contains__
