"""Normalising text into search terms, shared by the index (claims) and search (queries).

Both sides go through the same function, so "12,318", "12318", "POWs" and "prisoners of war",
"died" and "deaths", "invested" and "investment" meet on the same term.
"""

from __future__ import annotations

import re
from functools import lru_cache

STOP_WORDS = frozenset(
    """
    a about after all also am an and any are as at be been before being between both but by can
    could did do does doing during each for from had has have having he her here hers him his how
    i if in into is it its itself just me more most my no nor not of off on once only or other our
    out over own same she should so some such than that the their them then there these they this
    those through to too under until up very was we were what when where which while who whom why
    will with would you your yours tell show give find list know please many much say said says
    number amount according get gets got getting make makes made making take takes took go goes
    going went come came put ever still whether happen happened anything something
    """.split()  # noqa: SIM905
)
"""Function and question words: "how many POWs" must rank like "POWs", not match every "how"."""

# Multi-word names, abbreviations and spellings. A claim keeps the words and gains the one-word
# form; a query is reduced to the one-word form. So "POW" meets "prisoners of war", a misspelt
# "Asian Developement Bank" still meets the words, and "Ulan Bator" adds no unknown words.
# One pattern, because compiling many costs start-up time.
_PHRASES = {
    r"\bprisoners? of war\b": "pow",
    r"\bu\.\s?s\.(?:\s?a\.)?": "us",
    r"\bunited states(?: of america)?\b": "us",
    r"\bself[- ]defen[cs]e forces?\b": "sdf",
    r"\basian development bank\b": "adb",
    r"\bsouth korea\b": "southkorea",
    r"\bnorth korea\b": "northkorea",
    r"\brare[- ]earths?\b": "rareearth",
    r"\bulan[- ]?bator\b": "ulaanbaatar",
    r"\bcrown prince\b": "crownprince",
}
_PHRASE: list[re.Pattern[str]] = []  # compiled on first use
_PHRASE_HINTS = ("war", "u.", "united", "defen", "asian", "korea", "earth", "bator", "crown")
"""Every phrase holds one of these: texts without any skip the pattern (it is the costly part)."""
_PHRASE_WORD = {f"p{i}": word for i, word in enumerate(_PHRASES.values())}

# Words that mean the same to a reader; applied after stemming.
SYNONYMS = {
    "usa": "us",
    "america": "us",
    "american": "us",
    "die": "death",
    "died": "death",
    "dies": "death",
    "dying": "death",
    "dy": "death",
    "dead": "death",
    "fatality": "death",
    "deceas": "death",
    "prisoner": "pow",
    "internee": "pow",
    "intern": "pow",
    "internment": "pow",
    "labour": "labor",
    "labourer": "labor",
    "laborer": "labor",
    "defence": "defense",
    "programme": "program",
    "centre": "center",
    "emission": "emit",
    "japanese": "japan",
    "mongolian": "mongolia",
    "korean": "korea",
    "chinese": "china",
    "russian": "russia",
    "investor": "invest",
    # kept whole: "-ion" is not a suffix here ("billion" is not "bill")
    **{word: word for word in ("million", "billion", "trillion", "opinion", "region", "religion")},
    **dict.fromkeys(["used", "uses", "using", "usable", "utilize", "utilized", "utilise", "utilised"], "use"),
    # irregular past forms meet their verbs, as regular ones do through stemming
    **{
        past: verb
        for verb, forms in {
            "pay": "paid",
            "win": "won",
            "spend": "spent",
            "send": "sent",
            "meet": "met",
            "hold": "held",
            "begin": "began begun",
            "lead": "led",
            "fight": "fought",
            "build": "built",
            "buy": "bought",
            "sell": "sold",
            "tell": "told",
            "think": "thought",
            "bring": "brought",
            "seek": "sought",
            "teach": "taught",
            "choose": "chose chosen",
            "rise": "rose risen",
            "fall": "fell fallen",
            "grow": "grew grown",
            "know": "knew known",
            "see": "saw seen",
            "speak": "spoke spoken",
            "write": "wrote written",
            "become": "became",
            "give": "gave given",
            "keep": "kept",
            "leave": "left",
            "lose": "lost",
            "find": "found",
            "stand": "stood",
            "strike": "struck",
            "flee": "fled",
        }.items()
        for past in forms.split()
    },
}

_TOKEN = re.compile(r"\d+(?:[.,\u202f\u00a0]\d+)*|[^\W\d_]+", re.UNICODE)
_THOUSANDS = re.compile(r"(?<=\d)[,\u202f\u00a0](?=\d{3}(?!\d))")
_MAGNITUDE = re.compile(r"(\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion)|(k|m|mn|bn))\b")
_MULTIPLIER = {"thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6}
_MULTIPLIER.update({"billion": 10**9, "bn": 10**9, "trillion": 10**12})
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u00bd": ".5"})


def fold(text: str, query: bool = False) -> str:
    """Lower-case, compatibility-fold and de-accent, so "Ulaanbaatar" matches "ulaanbaatar"."""
    text = text.translate(_FOLD).casefold()
    if not text.isascii():
        import unicodedata

        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'s ", " ").replace("'", "")
    if any(word in text for word in ("thousand", "illion", "k", "m", "bn")):
        text = _MAGNITUDE.sub(lambda match: _magnitude(match, query), text)
    if not any(hint in text for hint in _PHRASE_HINTS):
        return text
    if not _PHRASE:
        _PHRASE.append(re.compile("|".join(f"(?P<p{i}>{p})" for i, p in enumerate(_PHRASES))))
    if query:
        return _PHRASE[0].sub(lambda match: f" {_PHRASE_WORD[match.lastgroup or '']} ", text)
    return _PHRASE[0].sub(lambda match: f"{match.group()} {_PHRASE_WORD[match.lastgroup or '']} ", text)


def _magnitude(match: re.Match[str], query: bool) -> str:
    """ "$1 billion", "1bn" and "70k" also read as the plain number (a figure's value): a claim keeps
    its words beside it, a query is reduced to it."""
    number = float(match.group(1)) * _MULTIPLIER[match.group(2) or match.group(3)]
    plain = str(round(number))
    return f" {plain} " if query else f"{match.group()} {plain} "


@lru_cache(maxsize=16384)
def analyse(text: str, query: bool = False) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The words of a text that search looks at, and their adjacent pairs, in one pass.

    Words come as (term, word as written, folded): the term is the stem, or the number without
    separators; typos are judged on the word itself, since stemming can cut a misspelt word
    differently from the right one. Pairs ("prim_minist") join terms with no word between.
    Cached: attributions, units and titles repeat across a store.
    """
    found: list[tuple[str, str]] = []
    joined: list[str] = []
    previous = ""
    for token in _TOKEN.findall(fold(text, query)):
        if token[0].isdigit():
            term = _number(token)
        elif len(token) > 1 and token not in STOP_WORDS:
            term = stem(token)
        else:
            previous = ""
            continue
        found.append((term, token))
        if previous:
            joined.append(f"{previous}_{term}")
        previous = term
    return tuple(found), tuple(joined)


def words(text: str, query: bool = False) -> list[tuple[str, str]]:
    """(term, word as written) for each word of a text that search looks at, in order."""
    return list(analyse(text, query)[0])


def pairs(text: str, query: bool = False) -> list[str]:
    """Adjacent term pairs of a text ("prim_minist")."""
    return list(analyse(text, query)[1])


def terms(text: str, query: bool = False) -> list[str]:
    """The search terms of a text, in order: stems of its words and numbers without separators."""
    return [term for term, _word in analyse(text, query)[0]]


def _number(token: str) -> str:
    token = _THOUSANDS.sub("", token)
    if "," in token:  # a list like "1,2" is two numbers; keep it as written without the comma
        token = token.replace(",", " ")
    if "." in token:
        token = token.rstrip("0").rstrip(".")
    return token


_SUFFIXES = (
    "ships", "ship", "ness", "ments", "ment", "ations", "ation", "ions", "ion",
    "ings", "ing", "ied", "ed", "ly", "ers", "er",
)  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: enough to meet plurals, tenses and derived forms.

    "relationship", "relations" and "related" meet; so do "partnership" and "partners",
    "cooperation" and "cooperate", "invested" and "investment".
    """
    if word in SYNONYMS:
        return SYNONYMS[word]
    base = word
    if len(base) > 4 and base.endswith("ies"):
        base = base[:-3] + "y"
    elif len(base) > 4 and base.endswith(("sses", "shes", "ches", "xes")):
        base = base[:-2]
    elif len(base) > 3 and base.endswith("s") and not base.endswith(("ss", "us", "is")):
        base = base[:-1]
    if base in SYNONYMS:
        return SYNONYMS[base]
    for _ in range(2):  # "partnerships" -> "partnership" -> "partner" -> "partn"
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 4:
                base = base[: -len(suffix)]
                if suffix == "ied":
                    base += "y"
                elif suffix in ("ation", "ations"):
                    base += "ate"
                elif suffix in ("ing", "ings", "ed") and base[-1] == base[-2] and base[-1] not in "lsz":
                    base = base[:-1]
                break
        else:
            break
    if base.endswith("e") and len(base) > 4 and not base.endswith(("ee", "ie")):
        base = base[:-1]
    return SYNONYMS.get(base, base)


def is_number(term: str) -> bool:
    return term[:1].isdigit()


def deletions(term: str) -> set[str]:
    """The term with one character left out, each way: two words one typo apart share one."""
    return {term[:i] + term[i + 1 :] for i in range(len(term))}


def max_typos(term: str) -> int:
    """How many typos a query word may carry: none for short words and numbers."""
    if is_number(term) or len(term) < 4:
        return 0
    return 1 if len(term) < 8 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (adjacent swaps count once), stopping above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


GENERIC = frozenset(
    stem(word)
    for word in """
    place held hold happen occur relations relationship ties thing things way kind type part
    time times issue issues matter situation information detail details fact facts news latest
    current recent recently today now really country countries outlet source article report
    reported newspaper
    """.split()  # noqa: SIM905
)
"""Everyday words that say little in a question ("when will COP17 take place"): however rare in
a store, they weigh as little as its most common words."""
