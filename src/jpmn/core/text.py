"""Normalising text into search terms, shared by the index (claims) and search (queries).

Both sides go through the same function, so "12,318", "12318", "POWs" and "prisoners of war",
"died" and "deaths", "invested" and "investment" meet on the same term.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, pairwise
from typing import TYPE_CHECKING

from jpmn.core.escapes import sparse_translation

if TYPE_CHECKING:
    from typing import Any

STOP_WORDS = frozenset(
    """
    a about after all also am an and any are as at be been before being between both but by can
    could did do does doing during each for from had has have having he her here hers him his how
    i if in into is it its itself just me us more most my no nor not of off on once only or other our
    out over own same she should so some such than that the their them then there these they this
    those through to too under until up very was we were what when where which while who whom why
    will with would you your yours tell show give giving find list know please many much say said says
    number amount according get gets got getting make makes made making take takes took go goes
    going went gone come came put ever still whether happen happened anything something
    cannot can't far especially mean means meant called call calls taken part besides regarding
    toward towards across along alongside among amongst within via per upon onto whose else against
    another yet already soon often usually always perhaps maybe probably likely exactly
    roughly ballpark approx abt pls plz thx almost nearly quite rather several various certain specific
    specifically mainly
    mostly indeed though although however therefore thus hence end ended ending kind sort
    stand stands seem seems seemed become becomes anyone everyone someone everything nothing
    every ahead done does doing comes coming run runs big small bigger smaller large larger
    own owns owned achieve achieved achieving approach signal solve solved mention mentioned
    exist exists existed eye eyeing involve involved involving regard regarded concerning
    describe described describes describing
    """.split()  # noqa: SIM905
)
"""Function and question words: "how many POWs" must rank like "POWs", not match every "how";
"protested against the drills" says what "protested the drills" does."""

INTENDING = frozenset(
    ["planning", "intend", "intends", "intending", "intended", "supposed", "due", "scheduled", "set"]
)
"""How a question asks whether something will be done ("is Mongolia planning to join a bloc?",
"planning on joining", "was due to meet", "scheduled to"): before "to" or "on", dropped from
queries, as what is asked is the deed. "What is Japan planning for Mongolia" keeps its
"planning"."""

FILLER = frozenset(
    """
    hi hello hey dear thanks thank cheers ok okay yes sure quick quickly briefly kindly
    morning afternoon evening remind
    essay class homework assignment paper thesis student studying writing piece story presentation
    bulletin newsletter explainer editor
    wondering curious question questions help helping need needed want wanted like looking
    could would might explain describe summarize summarise check confirm verify true correct
    accurate line statement quote quotes exactly actually really basically just also me
    someone somebody anyone people guy guys dude thing stuff bit little whole quoted checking checked
    numbers compare compared comparing comparison versus vs
    full exact precise complete actual
    hiya howdy greetings grandmother grandma granny grandpa grandfather mom mum dad
    colleague colleagues classmate classmates gentleman lady forget forgot
    podcast documentary radio segment blog briefing editorial headline article articles
    coverage reporting
    asked asking wonder wondered remember remembered recall recalled learned
    word words wording phrase phrasing one ones
    suggest suggests suggested suggesting
    sorry bother bothering excuse pardon hurry must
    wants needs wanting needing basic around
    anyway anyways anyhow supposedly allegedly
    """.split()  # noqa: SIM905
)
"""What a chatty question wraps its subject in ("Hi! For my essay, could you check this line: …"):
dropped from queries (never from claims), so the extra words a person types cost nothing: who
asks ("my grandpa asks"), what for ("for our podcast"), greetings, asides and hedges ("why is
Bessent in Japan anyway", "which industries are supposedly after them"), "one" as a pronoun
("the Mongolia one"), and what a source is asked to "suggest", which is what it says (the store writes
no suggestion: "say" is a stop word). Not "now": a question about how things stand now ("who is
Mongolia's prime minister now") is often one the store, dated as its sources are, cannot answer,
and the word is what says so."""

ASKERS = frozenset(
    "teacher teachers professor lecturer tutor boss producer readers audience viewers listeners".split()  # noqa: SIM905
)
"""Who asks, after "my" or "our" ("my teacher asked us", "our listeners want to know"): dropped
there only, as "how many Japanese teachers work in Mongolia" asks about teachers."""

LEADING_FILLER = {
    "good": frozenset(["morning", "afternoon", "evening", "day"]),
    "well": frozenset(
        ["under", "over", "above", "below", "beyond", "short", "before", "after", "into", "past"]
    ),
    **dict.fromkeys(["person", "persons", "individual", "individuals"], frozenset(["that", "who", "whom"])),
}
"""Words dropped from a query when the next word is one of these: "good morning"; the "well" of
"well under 13,000", which says how far from a figure, as "under" says which side; the "person"
of "who was the person that invited the emperor", which asks who as "who" does (no claim calls
anyone a person: the deed after it is what the claim holds)."""

_USING = frozenset(["use", "used", "using"])
_WORDING = frozenset(["word", "words", "wording", "phrase", "phrasing", "term", "terms", "expression"])
"""Asked for ("what term did Kanai use"), a wording is the quote: the claim holds it, not the word."""
_ASKING_WORDS = frozenset(["which", "what"])
_CHOSEN_FROM = frozenset(["member", "members"])
"""Asked after "which" and before "of" ("which member of the royal couple"), a word says the answer
is one of those named, not what it is ("one", as in "which one of them", is always filler)."""
_LISTING_WORDS = frozenset(["are", "were", "name", "list"])
_TIMES = frozenset(["time", "times"])
_COUNTED = frozenset(["first", "second", "third", "fourth", "fifth"])
"""After an ordinal, "time" only counts occasions ("was this the first time an emperor went?"): the
claims say which ("the first state visit"), so the word is how the question is put, not a subject.
Not after "last" or "next": "when was the last time they held the drills" asks of an occasion
before the one the store holds."""

_GETTING_THERE = frozenset(
    ["arrive", "arrived", "arrives", "arriving", "reach", "reached", "reaches", "reaching"]
)
_SETTING_TIME = frozenset(["before", "after", "until"])
"""Arriving in or reaching a place, said to set the time of what is asked ("where were they sent
from before they reached Mongolia?", "before arriving in Mongolia"), is only getting there, as
"come" and "go" are: the claims say where someone was sent, went or visited. An arrival asked
("on which day did the emperor arrive?") is the deed asked, and reaching what follows "a", "an",
"the" or "out" ("reach a deal") is no place."""

MONTHS = tuple(
    "january february march april may june july august september october november december".split()  # noqa: SIM905
)
WEEKDAYS = tuple("monday tuesday wednesday thursday friday saturday sunday".split())  # noqa: SIM905
"""The names of the months and the days of the week, as words (folded, not stemmed)."""
MONTH_ABBREVIATIONS = tuple("jan feb mar apr jun jul aug sep sept oct nov dec".split())  # noqa: SIM905
"""The months written short ("Sept. 3", "mid-Aug"); May has no short form."""
_MONTH_NAMES = MONTHS + MONTH_ABBREVIATIONS
_NOT_A_DAY = "".join(f"(?<!{name}{gap}{{digit}})" for name in _MONTH_NAMES for gap in (" ", ". "))
"""Lookbehinds (each of fixed width) that keep a figure after a month's name from being read as an
ordinal word: "September 3rd" is the day, September 3."""
_OF_MONTH = rf" of (?:{'|'.join(_MONTH_NAMES)})"
"""After an ordinal figure, "of" and a month make it a day ("the 3rd of September")."""

# Multi-word names, abbreviations and spellings. A claim keeps the words and gains the one-word
# form; a query is reduced to the one-word form. So "POW" meets "prisoners of war", a misspelt
# "Asian Developement Bank" still meets the words, and "Ulan Bator" adds no unknown words.
# Each pattern starts with a literal word and checks the word boundary behind it: the regular
# expression engine then skips to that word's occurrences, which is what makes folding the whole
# store at once fast (one alternation of them all tests every position of the text).
_PHRASES = (
    (r"prisoner(?<=\bprisoner)s? of war\b", "pow"),
    (r"u\.(?<=\bu\.)\s?s\.(?:\s?a\.)?", "usa"),
    (r"united(?<=\bunited) states(?: of america)?\b", "usa"),
    (r"self(?<=\bself)[- ]defen[cs]e forces?\b", "sdf"),
    (r"asian(?<=\basian) development bank\b", "adb"),
    (r"south(?<=\bsouth) korean?\b", "southkorea"),
    (r"north(?<=\bnorth) korean?\b", "northkorea"),
    (r"rare(?<=\brare)[- ]earths?\b", "rareearth"),
    (r"ulan(?<=\bulan)[- ]?bator\b", "ulaanbaatar"),
    # the points of the compass between two, written as two words ("North-east Asia", "south east")
    (r"north(?<=\bnorth)[- ]east\b", "northeast"),
    (r"north(?<=\bnorth)[- ]west\b", "northwest"),
    (r"south(?<=\bsouth)[- ]east\b", "southeast"),
    (r"south(?<=\bsouth)[- ]west\b", "southwest"),
    (r"crown(?<=\bcrown) prince\b", "crownprince"),
    # ordinals in figures read as the words the sources use ("3rd neighbor", "the 2nd trip"), but
    # not a day of a month ("September 3rd", "the 3rd of September": the store writes "September 3")
    *(
        (rf"{digit}(?<=\b{digit}){_NOT_A_DAY.format(digit=digit)}{ending}\b(?!{_OF_MONTH})", word)
        for digit, ending, word in (
            ("1", "st", "first"),
            ("2", "nd", "second"),
            ("3", "rd", "third"),
            ("4", "th", "fourth"),
            ("5", "th", "fifth"),
        )
    ),
)
_PHRASE: list[tuple[re.Pattern[str], str]] = []  # compiled on first use
_PHRASE_HINTS = (
    "war",
    "u.",
    "united",
    "defen",
    "asian",
    "korea",
    "earth",
    "bator",
    "north",
    "south",
    "crown",
    "1st",
    "2nd",
    "3rd",
    "4th",
    "5th",
)
"""Every phrase holds one of these: texts without any skip the patterns."""

# Spelling variants, country adjectives and irregular forms: a stemmer cannot see that "paid" is
# "pay" or "Japanese" is about Japan. Meanings (envoy and ambassador) are the thesaurus's, as data.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
"""The numbers written as one word, by value: what queries, statements and the figure reader read
as digits ("eight days", "seventy thousand households")."""

SYNONYMS = {
    "america": "usa",
    "american": "usa",
    "americans": "usa",
    "die": "death",
    "died": "death",
    "dies": "death",
    "dying": "death",
    "dead": "death",
    "deaths": "death",
    "laborer": "labor",
    "laborers": "labor",
    # words the stemmer makes one with others they do not mean: "forced laborers" are no
    # "forces", "criticism" is not "critical minerals", "important" is no "import", the Chinese
    # "authorities" are no commentary's "author"
    "forced": "forced",
    **dict.fromkeys(
        ["criticism", "criticisms", "criticize", "criticise", "criticized", "criticised", "critics"],
        "criticism",
    ),
    **dict.fromkeys(["important", "importance", "importantly"], "important"),
    **dict.fromkeys(["authorities", "authority"], "authority"),
    "japanese": "japan",
    "mongolian": "mongolia",
    "mongolians": "mongolia",
    "korean": "korea",
    "koreans": "korea",
    "chinese": "china",
    "russian": "russia",
    "russians": "russia",
    # numbers written out meet figures ("eight days", "8-day visit")
    **{word: str(value) for word, value in NUMBER_WORDS.items() if 1 < value <= 12},
    "eighth": "8",
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
            "go": "went gone",
            "withdraw": "withdrew withdrawn",
            "take": "took taken",
            "make": "made",
            "come": "came",
            "do": "did done",
            "draw": "drew drawn",
            "drive": "drove driven",
            "feel": "felt",
            "hear": "heard",
            "mean": "meant",
            "run": "ran",
            "show": "shown",
            "understand": "understood",
            "arise": "arose arisen",
            "break": "broke broken",
            "catch": "caught",
            "deal": "dealt",
            "forget": "forgot forgotten",
            "hang": "hung",
            "lend": "lent",
            "overcome": "overcame",
            "shake": "shook shaken",
            "sit": "sat",
            "steal": "stole stolen",
            "swear": "swore sworn",
            "throw": "threw thrown",
            "undergo": "underwent undergone",
            "uphold": "upheld",
            "withhold": "withheld",
            "foresee": "foresaw foreseen",
            "rebuild": "rebuilt",
            "wear": "wore worn",
            "tear": "tore torn",
            "hide": "hid hidden",
            "ride": "rode ridden",
            "forbid": "forbade forbidden",
            "freeze": "froze frozen",
            "eat": "ate eaten",
            "sleep": "slept",
            "feed": "fed",
            "dig": "dug",
            "spring": "sprang sprung",
            "sink": "sank sunk",
            "stick": "stuck",
            "strive": "strove striven",
        }.items()
        for past in forms.split()
    },
}

_TOKEN = re.compile(r"\d+(?:[.,\u202f\u00a0]\d+)*|[^\W\d_]+", re.UNICODE)
"""Numbers and words, in a text whose ordinals' endings are gone (``tokens_of``)."""
_ORDINAL_ENDING = re.compile(r"(\d)(?:st|nd|rd|th)\b")


def tokens_of(folded: str) -> list[str]:
    """The numbers and words of a folded text. An ordinal's ending is no word of its own: "the 8th
    of July" and "the 80th anniversary" are the number's ("July 8", "80 years"), not a "th" a
    claim must hold too. The endings are dropped first, then the words found by a pattern that
    starts with what it matches: looking behind and ahead of every letter, one pattern took twice
    as long on a store's texts."""
    return _TOKEN.findall(_ORDINAL_ENDING.sub(r"\1 ", folded))


_THOUSANDS = re.compile(r"(?<=\d)[,\u202f\u00a0](?=\d{3}(?!\d))")
_MAGNITUDE = re.compile(
    r"(\d(?<![\d.]\d)\d*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mln|bln|bil)|(k|m|mn|bn|b))\b"
)
"""A number and the magnitude after it ("1.5 million", "70k"). Tried from a number's first digit
only: tried from each digit of a long run, the pattern took time growing with the square of its
length (20,000 digits and an "m": 16 s). It starts with the digit and looks behind it, rather than
looking behind first: a pattern that starts with a character class lets the engine skip to the
next digit, where a look-behind first is tried at every position (a third of the time on a
store's texts)."""
_MULTIPLIER = {"thousand": 10**3, "k": 10**3, "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6}
_MULTIPLIER.update(
    {"billion": 10**9, "bn": 10**9, "bln": 10**9, "bil": 10**9, "b": 10**9, "trillion": 10**12}
)
_CONTRACTION = re.compile(r"'(?:m|d|re|ve|ll)\b")
US_WORD = re.compile(r"US(?<=\bUS)\b")  # \bUS\b, found by its letters first (as _PHRASES are)
""""US" in capitals: the United States, which lower case would make the pronoun "us"."""
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u00bd": ".5"})
_fold_chars = sparse_translation(_FOLD)


def fold(text: str, query: bool = False) -> str:
    """Lower-case, compatibility-fold and de-accent, so "Ulaanbaatar" matches "ulaanbaatar"."""
    if "US" in text:  # the country, not the pronoun "us"
        text = US_WORD.sub("USA", text)
    text = _fold_chars(text).casefold()
    if "co-" in text:
        text = _CO_PREFIX.sub("", _CO_JOINED.sub("co", text))
    if "p." in text:
        text = _DOTTED_POW.sub("pow", text)
    if not text.isascii():
        text = _NON_ASCII.sub(_deaccent, text)
    if "'" in text:
        text = (
            _CONTRACTION.sub(
                " ", text.replace("can't", "cannot").replace("won't", "will not").replace("n't", " not")
            )
            .replace("'s ", " ")
            .replace("'", "")
        )
    if any(word in text for word in ("thousand", "illion", "k", "m", "b")):
        text = _MAGNITUDE.sub(lambda match: _magnitude(match, query), text)
    if not any(hint in text for hint in _PHRASE_HINTS):
        return text
    if not _PHRASE:
        _PHRASE.extend((re.compile(pattern), word) for pattern, word in _PHRASES)
    for pattern, word in _PHRASE:
        text = pattern.sub(f" {word} " if query else rf"\g<0> {word} ", text)
    return text


_CO_JOINED = re.compile(r"co-(?<=\bco-)(?=operat|ordinat|exist)")
"""A hyphened "co-" of a word written whole as often ("co-operation" is cooperation). Found by
its letters first, then the word's start behind them (as ``US_WORD`` is): ``\\b`` first is tried at
every position of a text."""
_CO_PREFIX = re.compile(r"co-(?<=\bco-)(?=[a-z])")
"""The "co-" of a deed done jointly ("co-finances", "co-hosted"): the deed is the word, not "co"."""
_DOTTED_POW = re.compile(r"p\.(?<=\bp\.)\s?o\.\s?w\.?(?=s?\b)")
"""A prisoner of war written with dots ("P.O.W.s"), found by its letters first."""
_SHORT_YEAR = re.compile(r"(?<![\w'\u2019])['\u2019](\d{2})\b(?!['\u2019])")
"""A year written with its century left out ("back in '07")."""


def full_years(text: str) -> str:
    """A text with each year written short ("'07") written whole ("2007"): up to '30 in this
    century, the rest in the last."""
    if "'" not in text and "\u2019" not in text:
        return text
    return _SHORT_YEAR.sub(lambda m: ("20" if int(m.group(1)) <= 30 else "19") + m.group(1), text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _deaccent(match: re.Match[str]) -> str:
    """A run of non-ASCII characters compatibility-decomposed, its accents dropped ("é" is "e").

    Only such runs are touched: ASCII is its own decomposition, so the result is that of the
    whole text, without a Python loop over every character of a long one."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", match.group())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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
    tokens = tokens_of(fold(text, query))
    wording = _Wording(tokens) if query else None
    for at, token in enumerate(tokens):
        if query and _counts_answers(tokens, at):
            previous = ""
            continue
        if token[0].isdigit():
            term = _number(token)
        elif (
            len(token) > 1
            and token not in STOP_WORDS
            and not (wording is not None and (token in FILLER or _how_asked(tokens, at, wording)))
        ):
            term = stem(token)
        else:
            previous = ""
            continue
        found.append((term, token))
        if previous:
            joined.append(f"{previous}_{term}")
        previous = term
    return tuple(found), tuple(joined)


class _Wording:
    """Where a query first names a wording ("what words …") and last uses "use": read once, so
    that each word asks in constant time whether the other stands before or after it."""

    def __init__(self, tokens: list[str]) -> None:
        self.first_wording = next((at for at, token in enumerate(tokens) if token in _WORDING), len(tokens))
        self.last_using = max((at for at, token in enumerate(tokens) if token in _USING), default=-1)


def _how_asked(tokens: list[str], at: int, wording: _Wording) -> bool:
    """Whether a query's word says how it asks, not what, by the words around it: "planning to"
    ("is Mongolia planning to join a bloc": the deed is asked), "my teacher", "good morning",
    the "member" of "which member of the couple", the "use" of "what words did he use" (the
    words are the quote asked for), and the "time" of "the first time"."""
    token = tokens[at]
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    if token in INTENDING:
        return following in ("to", "on")
    if token in ASKERS:
        return at > 0 and tokens[at - 1] in ("my", "our")
    if token in LEADING_FILLER:
        return following in LEADING_FILLER[token]
    if token in _CHOSEN_FROM:
        return following == "of" and at > 0 and tokens[at - 1] in _ASKING_WORDS
    if token in _USING:
        return wording.first_wording < at
    if token in _WORDING:  # "term" and "expression" are no filler alone ("a ten-year term")
        return wording.last_using > at
    if token in _TIMES:
        return at > 0 and tokens[at - 1] in _COUNTED
    if token == "day":  # the greeting "Good day." opening a query, not a day asked of
        return at == 1 and tokens[0] == "good"
    if token in _GETTING_THERE:
        somewhere = following in ("in", "at") or (bool(following) and following not in STOP_WORDS)
        return somewhere and not _SETTING_TIME.isdisjoint(tokens[max(at - 3, 0) : at])
    return False


def _counts_answers(tokens: list[str], at: int) -> bool:
    """Whether a query's number counts the answers it asks for ("which two dates", "what are the
    3 minerals"), not a figure to find."""
    token = tokens[at]
    if not ((token.isdigit() and len(token) == 1) or token == "one" or SYNONYMS.get(token, "").isdigit()):
        return False
    before = tokens[max(at - 2, 0) : at]
    return bool(before) and (
        before[-1] in _ASKING_WORDS or (before[-1] == "the" and before[0] in _LISTING_WORDS)
    )


_SEPARATOR = "\0"
"""Joins the texts folded together: no rule of ``fold`` reads it as a space, a letter or a digit,
so no match crosses from one text into the next."""


def found(terms: list[str | None]) -> list[str]:
    """The terms of an ``Analyser`` result: what search looks at."""
    return [term for term in terms if term is not None]


def adjacent(terms: list[str | None]) -> list[str]:
    """The pairs of an ``Analyser`` result: terms with no word between them ("prim_minist")."""
    return [f"{a}_{b}" for a, b in pairwise(terms) if a is not None and b is not None]


_KEPT_CHARS = 48
"""Texts up to this long are analysed once a store: attributions, categories, keywords and dates
repeat across its claims (texts and quotes, longer, seldom do)."""


class Analyser:
    """``analyse`` for many texts of a store at once, as the index is built.

    Folding runs once over all the texts of a batch joined (the regular expressions' work is in C;
    calling them per text is what costs), each distinct word is stemmed once, and each distinct
    short text analysed once. ``spellings`` is every word seen, as written (folded), with its
    term: the candidates for a typo.
    """

    def __init__(self) -> None:
        self.spellings: dict[str, str] = {}
        self._terms: dict[str, str | None] = {}
        self._short: dict[str, list[str | None]] = {}

    def analyse(self, texts: list[str]) -> list[list[str | None]]:
        """Each text's words as terms, as ``analyse`` finds them in a claim, with None for a word
        search skips (a stop word, a letter): ``found`` and ``adjacent`` read them. A short
        text's list is shared by every text like it: read it, never change it."""
        short = self._short
        fresh = [text for text in dict.fromkeys(texts) if text not in short]
        joined = _SEPARATOR.join(fresh)
        if joined.count(_SEPARATOR) != len(fresh) - 1:  # a text holds the separator itself
            folded = [_ORDINAL_ENDING.sub(r"\1 ", fold(text)) for text in fresh]
        else:
            folded = _ORDINAL_ENDING.sub(r"\1 ", fold(joined)).split(_SEPARATOR) if fresh else []
        term_of = self._terms
        tokens = [_TOKEN.findall(text) for text in folded]  # ``tokens_of``, its endings dropped at once
        for token in set(chain.from_iterable(tokens)).difference(term_of):  # words new to the store
            term_of[token] = self._term(token)
        term = term_of.__getitem__
        short.update(zip(fresh, [list(map(term, text_tokens)) for text_tokens in tokens], strict=True))
        analysed = list(map(short.__getitem__, texts))
        for text in fresh:  # a long text is not kept
            if len(text) > _KEPT_CHARS:
                del short[text]
        return analysed

    def done(self) -> None:
        """Forget what only analysing more texts needs (``spellings`` stays): it is no longer
        held while the index is written."""
        self._terms.clear()
        self._short.clear()

    def _term(self, token: str) -> str | None:
        if token[0].isdigit():
            term = _number(token)
        elif len(token) > 1 and token not in STOP_WORDS:
            term = stem(token)
        else:
            return None
        self.spellings[token] = term
        return term


def words(text: str, query: bool = False) -> list[tuple[str, str]]:
    """(term, word as written) for each word of a text that search looks at, in order."""
    return list(analyse(text, query)[0])


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


_STEMMER: list[Any] = []  # the Snowball stemmer, made on first use


_BRITISH_WORDS = """
labour labor, labourer laborer, labourers laborers, defence defense, defences defenses,
neighbour neighbor, neighbours neighbors, neighbouring neighboring, favour favor,
behaviour behavior, programme program, programmes programs, centre center, centres centers,
honour honor, honours honors, honoured honored, colour color, harbour harbor, rumour rumor,
rumours rumors, endeavour endeavor, tonne ton, tonnes tons, kilometre kilometer,
kilometres kilometers, catalogue catalog, licence license, sceptical skeptical,
manoeuvre maneuver, manoeuvres maneuvers, centred centered, centring centering, metre meter,
metres meters, analyse analyze, analysed analyzed, analyses analyzes, analysing analyzing,
ageing aging, fibre fiber
"""
_SHORTENED = {
    "govt": "government",
    "gov": "government",
    "yrs": "years",
    "yr": "year",
    "pres": "president",
    "prez": "president",
    "intl": "international",
    "natl": "national",
    "dept": "department",
    "incl": "including",
}
"""Words as readers shorten them in a query ("Japanese govt", "how many yrs", "cuts incl clean
energy")."""
_BRITISH_ISE = "recogn emphas util denuclear normal organ prior modern apolog real legal mobil stabil subsid"
_AMERICAN = {
    **dict(pair.split() for pair in _BRITISH_WORDS.split(",")),
    **{
        f"{root}is{ending}": f"{root}iz{ending}"
        for root in _BRITISH_ISE.split()
        for ending in ("e", "es", "ed", "ing", "ation", "ations")
    },
}
"""British spellings, read as the American ones the store writes ("defence", "neighbour",
"recognised"). The "-ise" words are listed, not made by a rule: a rule also respells words never
written with "z" ("exercise", "promise"), which then meet other words by typo or prefix."""
_READ_AS = {**_AMERICAN, **_SHORTENED}
"""What a word is read as before it is stemmed: its American spelling, or the word it shortens."""


def spelt_out(text: str) -> str:
    """A text lower-cased, each word as it is read before stemming ("Honour" is "honor", "govt"
    is "government"): two words the same here are one word written two ways, not two words."""
    return re.sub(r"[a-z]+", lambda m: _READ_AS.get(m.group(), m.group()), text.casefold())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a folded word, after the spelling and irregular forms above.

    "relations" and "related" meet; so do "invested" and "investment", "sentenced" and "sentence".
    """
    if word in SYNONYMS:
        return SYNONYMS[word]
    spelt = _READ_AS.get(word)
    if spelt is not None:
        return stem(spelt)
    if not _STEMMER:
        import Stemmer

        _STEMMER.append(Stemmer.Stemmer("english"))
    try:
        base: str = _STEMMER[0].stemWord(word)
    except UnicodeEncodeError:  # a lone surrogate (undecodable bytes on the command line)
        return word
    return SYNONYMS.get(base, base)


def is_number(term: str) -> bool:
    return term[:1].isdigit()


MOMENTS = frozenset(stem(word) for word in MONTHS + WEEKDAYS)
"""Those names as search terms: a word that says the month or the day of a moment."""


GENERIC = frozenset(
    stem(word)
    for word in """
    place held hold happen occur relations relationship ties thing things way kind type part event events
    time times issue issues matter situation information detail details fact facts news latest
    current recent recently today now right really country countries outlet source article
    report reported newspaper man men woman women person persons give gives given gave
    famous well-known renowned iconic notable prominent elderly falls side sides city cities
    belong belongs belonged belonging
    member members role roles counterpart counterparts round rounds
    move moves use uses
    """.split()  # noqa: SIM905
)
"""Everyday words that say little in a question ("when will COP17 take place", "the man who
helped build the square", "how long a prison term was he given", "which famous square did the
elderly former prisoner help build?", "what is the role of historical symbolism": a role asked
is what the claim says a thing does or serves as): however rare in a store, they weigh as little
as its most common words."""
