"""Checking a statement against the store: supported, contradicted, disputed, or not found.

A statement is read into its figures (core/figures.py) and its words. The claims about it are
found with the search core (``rank``), then each is weighed by how much of the statement it
covers (words weighted by rarity in the store, so "Naruhito" says little and "Takaoka" much).

- **supported**: a claim covering the statement bears out every figure it states (within the
  claim's qualifier), names nothing the claim does not, and agrees on what is negated.
- **contradicted**: a claim covering the statement gives the same quantity another value, or
  another date, person or place in the same place of the sentence, or says the opposite ("did
  not land" against "landed").
- **disputed**: the figure stated is one side of figures the store holds in conflict (claims
  linked by ``conflicts_with``) and the statement does not say whose figure it is.
- **not found**: anything else. A figure the claims do not pin down ("July 11" against "July
  2025"), a word the claim lacks ("planted a tree"): the tool does not guess.
"""

from __future__ import annotations

import datetime as _dt
import heapq
import math
import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import dropwhile, islice, pairwise, permutations, takewhile
from operator import itemgetter
from typing import TYPE_CHECKING

from jpmn.core.figures import (
    DIFFER,
    KNOWN_UNITS,
    MATCH,
    PARTIAL,
    Figure,
    claim_figure,
    compare,
    date_figures,
    read_figures,
    units_agree,
)
from jpmn.core.ranking import FIELDS
from jpmn.core.search import FRAMING, NOT_A_NAME, common_english, rank, spelt_nearby, without_the_text_read
from jpmn.core.sides import Side, compared, share, survived
from jpmn.core.text import (
    FILLER,
    GENERIC,
    MONTHS,
    NUMBER_WORDS,
    STOP_WORDS,
    WEEKDAYS,
    fold,
    full_years,
    is_number,
    stem,
    words,
)
from jpmn.core.verdicts import CONTRADICTED, DISPUTED, NOT_FOUND, SUPPORTED, VERDICTS
from jpmn.core.wording import figure_as_written

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Sequence
    from typing import Any

    from jpmn.core.index import Index

SEVERITY = {SUPPORTED: 0, NOT_FOUND: 1, DISPUTED: 2, CONTRADICTED: 3}
"""Which verdict a draft's summary and exit code follow when its sentences differ."""

MAX_PARTED_CHARS = 1000
"""A statement longer than this is read whole only, never in parts: no sentence a person writes
is, and the patterns that divide one (``_CONTRAST``, ``_COORDINATED``) take time growing with the
square of its length."""
CANDIDATES = 8
"""Claims retrieved per query; more only adds claims covering less of the statement."""
ALIAS_WORD_SHARE = 0.1
"""A word of a reader's phrase in the thesaurus that more than this share of the claims use in
their own words is not read into a claim from the phrase (``Verifier._said_as``)."""
SUPPORT_COVERAGE = 0.8
MAIN_COVERAGE = 0.72
"""... of which the claims themselves (without related claims) must hold this much."""
"""Share of a statement's information a claim must hold to bear it out."""
CONTRADICT_COVERAGE = 0.7
"""... to contradict it: the statement must be about the same thing, all but the figure or name."""
FIGURE_COVERAGE = 0.55
"""... for its figure to be compared at all when the units agree and are specific (days, tons)."""
FLIPPED_COVERAGE = 0.4
"""The least a claim must hold of a statement to be read with the statement's opposite words
put in the claim's (see ``_borne_out_flipped``): the rest is read again in full."""
COMMON_SHARE = 0.1
"""A name in more than a tenth of the claims (Japan, Mongolia) is never "another name"."""
RARE_WORDS = 4
"""The statement's rarest words each asked alone, so a claim sharing its telling words is found."""
PRECISE_COVERAGE = 0.15
"""... when it states the claim's uncommon figure exactly (1,621; 12,318; 107), which alone says
what is meant."""
MIN_TERMS = 3
"""A statement (or what is left of it without a name) of fewer words says too little to be
contradicted by a claim merely for naming someone else or saying "not"."""
_RELATING = frozenset(
    stem(word)
    for word in """more fewer less higher lower greater larger bigger smaller than percent share half
    third quarter fifth tenth own record records count counts tally tallies figure figures data
    number numbers statistics estimate estimates toll tolls show shows put puts give gives imply implies list
    lists slightly somewhat much far exceed exceeds exceeded outnumber outnumbers surpass surpasses
    differ differs differed difference gap apart discrepancy survive survived survivors""".split()  # noqa: SIM905
)
"""Words that relate the sides of a disputed figure rather than say what it counts."""
OFFICE_CLAIMS = 200
"""The most claims naming a person read for the office they hold (the store's first): a name in
thousands of claims of a large store is not read whole for each statement."""
SIDES_COVERAGE = 0.4
"""A statement relating the sides of a disputed figure is about them when it holds this share of
a side's claim: it names the quantity and the sources, not the figures themselves."""
NEAR_CHARS = 200
"""How far around a name or a date its role is read ("who predicted ... was", "since", "met"):
a clause's worth, so that a long statement costs in proportion to its length."""
NEAR_BEST = 0.08
"""Claims this close to the best one are weighed alongside it (two claims may say the same)."""
QUOTE_WEIGHT = 0.75
"""A word found only in the claim's quote or source counts for this much: the quote often holds
neighbouring facts the claim does not state."""

WORD_CAP = 3.5
"""The most a word weighs: in a store of a few hundred claims everyday words ("packed", "due",
"keeps") are as rare as names, but say less about which fact is meant. Names are capped too
(words are read folded): weighed fully, a name the claim shares outweighs the role it gives
someone else ("at the invitation of President Enkhbayar", whom the claim names for 2007)."""
UNUSED_EVERYDAY_CAP = 1.0
"""... and an everyday word of English the store never uses ("filed", where the store says the
protest was lodged), which a writer chose where the store put it otherwise: a claim lacking it may
still be about the statement. (Capping every everyday word, used or not, at 1.5 or 2.5 cost
verdicts on every statement set.)"""
ADVERB_CAP = 1.5
"""... and an adverb, which says how more often than what (one the store never uses still keeps
a claim from bearing the statement out: see ``_unheard``)."""
TWO_EDITS_FROM = 9
"""A statement's word the store never uses is read as a typo of a store word one edit away, two
from this length on: the typo decides a verdict ("laughed" is no "launched"; "housholds" is
"households"). ``ask`` allows two from seven letters: it only ranks."""
OUTLET_WEIGHT = 0.2
"""An outlet a statement says someone spoke to counts for this little among its words: whether a
claim has it from that outlet is checked on its own."""
KEYWORD_WEIGHT = 0.85
"""A word only among a claim's search keywords counts for this much."""
_VAGUE_UNITS = frozenset({"", "years", "people", "times", "anniversary"})
"""Units that do not by themselves say which quantity is meant: "five years" may be a sentence, a
plan or an age; the words around them must."""
_TITLES = frozenset(
    """president prime minister foreign secretary treasury emperor empress ambassador chairman director head
    mr mrs ms dr sir king queen prince princess crown general minister's president's""".split()  # noqa: SIM905
)
# "No. 2 Intermediate People's Court" numbers a court: that "No." denies nothing
_NEGATIONS = re.compile(
    r"\b(?:not|no(?!\.\s{0,3}\d)|never|nor|cannot|unable|without|barred|banned|deny|denies|denied|refuse|refuses|"
    r"refused|refusing|closed|fail|fails|failed|"
    r"exclude|excludes|excluded|excluding|omit|omits|omitted|left out|"
    r"avoid|avoids|avoided|avoiding|cut|cuts|cutting(?!-edge)|reduce|reduces|reduced|reducing|slash|slashes|slashed|slashing|neither|none|hardly|barely|scarcely|rarely|seldom|"
    r"prevent|prevents|prevented|preventing|avert|averts|averted|averting|refrain|refrains|refrained|refraining|"
    r"(?:stay|stays|stayed|staying|keep|keeps|kept|keeping) out|rather than|instead of|yet to)\b|n't\b"
    r"|(?<!\ba )\b(?:little|few)\b",
    re.IGNORECASE,
)
_UNDONE = re.compile(
    r"(?:\b(?:not|never)|n't)\s+(?:[a-z]+ly\s+)?(?:be(?:en)?\s+)?"
    r"(?:unable|barred|banned|closed|refused|failed|denied|excluded|omitted|left out|avoided|cut|reduced"
    r"|slashed|prevented|averted|refrained|(?:stay|stayed|kept|keep) out)\b",
    re.IGNORECASE,
)
"""A word saying something is not so, itself denied ("has not slashed its commitments", "were
not closed to the public"): the two say it is so, the opposite of the word alone."""
_SENTENCE_STARTERS = frozenset(
    """
    the a an in on at by for from as of to this that these those it its their there some most more
    after before during since while when with about around nearly over according per
    former ex late current incoming outgoing acting
    """.split()  # noqa: SIM905
)
_NUMBER_WORDS = frozenset(NUMBER_WORDS) | frozenset(
    """hundred thousand million billion trillion half dozen once twice thrice first second third
    fourth fifth sixth seventh eighth ninth tenth k m bn mn""".split()  # noqa: SIM905
)
_MONTH_WORDS = frozenset(MONTHS) | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())  # noqa: SIM905
_WEEKDAYS = frozenset(WEEKDAYS)
_QUALIFYING_WORDS = frozenset(
    """about around roughly approximately some nearly almost more than over above least fewer less
    under below up estimated topped exceeded exceeding just total reached reaches reaching""".split()  # noqa: SIM905
)
_SOURCE_NOUNS = (
    r"(?i:records?|archives?|figures?|data|statistics|sources?|estimates?|media|officials?|authorities"
    r"|count|tally|(?:project\s+)?descriptions?|reports?)"
)
_ATTRIBUTION = re.compile(
    r"\b(?i:according to|per|cited by|citing|as cited by|(?:comes?|came|taken|drawn) from)\s+"
    rf"(?P<a>(?:(?:the|of|and|for|on|[A-Z][\w'\u2019.-]*|{_SOURCE_NOUNS})\b\s*)+)"
    rf"|(?P<b>(?:[A-Z][\w'\u2019.-]*\s+){{1,4}}(?:own\s+)?{_SOURCE_NOUNS})\b"
)
_RECORD_WORDS = {
    "figur": "record",
    "data": "record",
    "statist": "record",
    "archiv": "archive",
    "talli": "record",
}
# Words a statement uses for what a claim says in other words, met on one term (both sides).
_SAME_MEANING = {
    "emperor": "emperor imperial monarch royal couple",
    "different": "different opposite opposing",
    "sentence": "sentence sentenced jail jailed imprison imprisoned prison",
    "build": "build built erect erected construct constructed lay laid laying",
    "establish": "establish established set launch launched create created sign signed agree agreed forge",
    "visit": "visit visited tour toured",
    "detain": "detain detained detention arrest arrested custody",
    "send": "send sent transfer transferred deport deported dispatch dispatched",
    "attend": "attend attended attendance present participate participated instrumental involved",
    "interest": "interest keen want wants wanted eye eyes eyeing",
    "commemorate": "commemorate commemorated mark marked celebrate celebrated",
    "trip": "trip journey travel destination",
    "overseas": "overseas foreign abroad",
    "widen": "widen widened enlarge enlarged expand expanded broaden broadened extend extended",
    "cut": "cut cuts slash slashed slashing reduce reduced avoid avoids avoided avoiding prevent prevented"
    " avert averted",
    "electricity": "electricity power",
    "rely": "rely relied lean leaned depend depended",
    "pow": "pow pows internee internees interned internment captive captives",
    "exposition": "exposition expo",
    "supply": "supply supplied deliver delivered provide provided bring brought promising",
    "assume": "assume assumed assuming ascend ascended accede acceded",
    "head": "head heads headed director directs directed chief chiefs",
    "relations": "relation relations relationship relationships",
    "environment": "environment environments environmental",
    "upgrade": "upgrade upgraded upgrading elevate elevated lift lifted replace replaced replaces replacing"
    " supersede superseded supersedes augment augmented",
    "join": "join joins joined joining membership",
    "drill": "drill drills exercise exercises rehearsal rehearsals maneuvers manoeuvres",
    "adversarial": "adversarial hostile soured worsened deteriorated",
    "conduct": "conduct conducted stage staged carry carried",
    "continue": "continue continued continues keep keeps kept",
    "additional": "additional extra further",
    "reiterate": "reiterate reiterated reiterates restate restated restates reaffirm reaffirmed reaffirms",
    "rise": "rise rises rising rose risen climb climbs climbing climbed",
    "greater": "greater closer deeper",
    "employee": "employee employees employed work works worked working",
    "notify": "notify notifies notified inform informs informed tell tells told",
    "respond": "respond responds responded responding response react reacts reacted reacting reaction"
    " answer answers answered answering",
    # a shift is a change; ties deepened are ties strengthened
    "change": "change changes changed changing shift shifts shifted shifting",
    "strengthen": "strengthen strengthens strengthened strengthening deepen deepens deepened deepening",
    # a blend is a combination; a plan pursued is one implemented
    "combine": "combine combines combined combining blend blends blended blending",
    "implement": "implement implements implemented implementing pursue pursues pursued pursuing",
    # attention paid to a thing is a focus on it
    "focus": "focus focuses focused attention",
}
_CANONICAL = {stem(word): group for group, spelled in _SAME_MEANING.items() for word in spelled.split()}
_MEMBERS = {
    group: frozenset(term for term, of in _CANONICAL.items() if of == group) for group in _SAME_MEANING
}
"""The store's terms each word of _SAME_MEANING stands for."""
_RECORD_WORDS.update(_CANONICAL)
_DEEDS = frozenset(
    (
        "build", "establish", "visit", "detain", "send", "attend", "commemorate", "widen", "cut", "rely",
        "supply", "assume", "upgrade", "conduct", "continue",
    )
)  # fmt: skip
"""The groups of _SAME_MEANING that are things done: a date's deed alone does not say what it dates."""
_TRIBUTE_DETAILS = frozenset(
    stem(word)
    for word in "wreath flowers floral bouquet prayed prayer incense candles bowed".split()  # noqa: SIM905
)
"""How a tribute was paid: a reader's word for paying respects or commemorating in the thesaurus,
but a detail a claim saying only that it was paid does not state ("laid a wreath", "prayed")."""
_REPORTING = frozenset(
    stem(word)
    for word in """described commented noted called received remarked added believed thought reportedly
    dated published spoke speak spoken due scheduled slated""".split()  # noqa: SIM905
)
"""Verbs of saying and receiving: how a statement frames a fact, not part of it."""
_DURATIONS = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "decades"})
_COUNTED_THINGS = frozenset(
    {
        "carriers",
        "deaths",
        "drills",
        "households",
        "nationals",
        "personnel",
        "prisoners",
        "survivors",
        "vessels",
    }
)
"""Units that say what is counted, so a figure of them is a statement on its own ("1,684 deaths");
"8 days" or "$1 billion" alone say of nothing."""
_DURATION_VERBS = frozenset(
    stem(word)
    for word in "spent spend lasted lasting took span spanned ran run runs".split()  # noqa: SIM905
)
_WISHING = (
    r"hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|seek(?:s|ing)?|sought|keen|eager|"
    r"press(?:es|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|wants?|wanted|"
    r"intend(?:s|ed)?|expect(?:s|ed)?|push(?:es|ed)? for|ask(?:s|ed)?|tr(?:y|ies|ied)|"
    r"attempt(?:s|ed)?|propos(?:e|es|ed|al)|demand(?:s|ed)?|poised|efforts?|"
    r"(?:look|search|hunt)(?:s|ed|ing)? for"
)
"""Words of hoping, planning, urging and seeking (the alternatives of a pattern)."""
_WISH = re.compile(
    rf"\b(?:{_WISHING}|would|could|might|may|should|will|likely|wish(?:es|ed)?|to be"
    r"|roadmaps?|road\s+maps?|blueprints?)\b",
    re.IGNORECASE,
)
"""Words that make what follows a hope, plan, demand or forecast rather than a fact (a statement's
"roadmap" is a plan, as the store's "10-year plan" is)."""
_WISH_IN_CLAIM = re.compile(rf"\b(?:{_WISHING})\b", re.IGNORECASE)
"""... of which these, in a claim, leave what follows them in the clause unsaid as a fact (a
claim's "will" is its source's forecast, which a statement's "will" or plain future repeats)."""
_FORETELLING = re.compile(
    r"\b(?:will|would|shall|is to|are to|was to|were to|set to|due to|poised to|expected to|about to)\b",
    re.IGNORECASE,
)
"""Words after which a claim says what will be, not what is: "will, upon successful completion,
deliver clean electricity" says no household has it yet; "is poised to strengthen messages" has
not yet strengthened them."""
_ASIDE = re.compile(r",[^,.;:]{1,40},")
"""A short aside between commas right after a word of wishing or foretelling."""
_DONE = re.compile(
    r"\b(?:already|now|currently|so far|to date|has been|have been|had been|has|have|had)\b",
    re.IGNORECASE,
)
"""Words by which a statement says a thing is done or so now ("now supplies", "has already
sent"): what a claim only foretells does not bear it out."""
_WISH_END = re.compile(
    r"[;:()\u2013\u2014]|,(?!\s*\d{4}\b)(?!\d{3}\b)|\s-\s|(?<!\b[A-Z])[.!?](?:\s|$)|\bbut\b"
)
"""Where what is hoped for ends: the end of the clause (the commas of "July 18, 2025" and "82,789"
aside)."""
_WORLD_WARS = re.compile(
    r"\b(?:the )?(First|Second) World War\b|\bWorld War (One|Two|1|2)\b(?! ?[IV])|\bWW ?(II|I|2|1)\b",
    re.IGNORECASE,
)
_WORLD_WAR_NAMES = {
    "first": "World War I", "one": "World War I", "1": "World War I", "i": "World War I",
    "second": "World War II", "two": "World War II", "2": "World War II", "ii": "World War II",
}  # fmt: skip
"""The world wars as the store names them ("the Second World War" is "World War II")."""
_LANGUAGES = "Mongolian|Japanese|English|Chinese|Korean|Russian|French|German|Spanish"
"""The languages a statement may say something is spoken, read or written in."""
_SPEAKS_LANGUAGE = re.compile(
    r"\b(?i:speaks?|spoke|spoken|speaking)\s+(?:(?i:fluent|good|some|little)\s+)?"
    rf"(?:{_LANGUAGES})\b"
)
"""Speaking a language: a fact about someone, which a verb of speaking alone (``_REPORTING``) is not."""
_IN_A_LANGUAGE = re.compile(
    r"\b(?i:read|reads|reading|delivered|delivers|announced|announces|written|wrote|writes|spoke|speaks"
    r"|spoken|handed\s+down|pronounced|given|gave|printed|published)\b"
    rf"(?:\s+[\w'\u2019-]+){{0,4}}?\s+in\s+(?P<language>{_LANGUAGES})\b"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:by|and|to|for|at|on|with|before|after|during|while|as)\b)"
)
"""What a thing was read, written or said in ("the ruling read out in Chinese by the presiding
judge"): a language, not a people ("in Japanese territory" names whose)."""
_PHONED = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\balso )"
    r"\b(?:called|calls|call)\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:before|after|during|about|last|on)\b)"
)
"""A call to someone named, and when or what about ("Naruhito called Khurelsukh before the visit"):
not a name given ("the islets Tokyo calls Takeshima", "called Dokdo in Korea"), nor a verb of saying
("called Seoul's exercises unacceptable")."""
_THOUGHT_OF = re.compile(r"\b(?:thought|think|thinks|thinking)\s+(?:about|of)\b")
"""Thinking about doing something: a fact about someone, which a verb of thinking alone is not."""
_DID_NOT_SURVIVE = re.compile(
    r"\b(?:did not|didn't|did n't|never|failed to) (?:survive|(?:return|returned|come|came) (?:back )?home"
    r"|(?:make|made) it (?:back )?home|(?:make|made) it back)\b",
    re.IGNORECASE,
)
"""Dying said with a "not", which is no denial of what the store says ("1,684 did not survive")."""
_EVERY_SIDE = re.compile(
    r"^\W*(?:(?:whichever|whatever)\s+(?:[\w-]+['\u2019]s\s+)?(?:records?|counts?|figures?|tall(?:y|ies)|sources?)"
    r"\s+(?:(?:are|is)\s+used|you\s+use|one\s+uses|we\s+use)"
    r"|(?:by|on|in|according to)\s+(?:either|both|all|each)\s+(?:(?:[\w-]+['\u2019]s|sides?['\u2019]?s?)\s+)?"
    r"(?:counts?|records?|figures?|tall(?:y|ies)|sources?|accounts?))\s*,\s*",
    re.IGNORECASE,
)
"""A statement said of every source's figure ("Whichever country's records are used, ...", "By
either count, ..."): read without it, and a figure only some sources give is contradicted, not
disputed."""
_EVERY_SIDES_RECORDS = re.compile(
    r"\b(?:both|all|each|either)\s+(?:sides?|countries|country|nations?|governments?)['\u2019]?s?\s+"
    r"(?:records?|counts?|figures?|tall(?:y|ies)|sources?|accounts?)\b(?:\s+(?:agree|concur)(?:\s+that)?\b)?"
    r"|\b(?:the\s+)?(?:records?|counts?|figures?|tall(?:y|ies)|sources?|accounts?)\s+of\s+"
    r"(?:both|all|each|either)\s+(?:sides?|countries|nations|governments)\b"
    r"(?:\s+(?:agree|concur)(?:\s+that)?\b)?",
    re.IGNORECASE,
)
"""Every source's figure named as what says it, anywhere in the statement ("Both sides' records put
the deaths above 1,650", "the records of both countries agree that ..."): as with _EVERY_SIDE, a
figure only some sources give is contradicted."""
_RECORDS_RIGHT = re.compile(
    r"(?:\b(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,3}(?:records?|figures?|counts?|tall(?:y|ies)|numbers?|data"
    r"|estimates?|sources?)\s+(?:is|are|was|were|has|have)\s+(?:got\s+it\s+)?(?:the\s+)?"
    r"(?:correct|right|accurate|true)(?:\s+one)?\s*(?:[:,;\u2013\u2014-]\s*|\s+that\s+|\s+in\s+saying\s+(?:that\s+)?))",
    re.IGNORECASE,
)
"""One side's figure said to be the right one ("Japanese records are correct: 1,684 died"): the
statement asserts the figure as the fact, which is disputed where the sides differ."""
_RIGHT = re.compile(r"\b(?:correct|right|accurate|true)\b", re.IGNORECASE)
_WELL_BEYOND = re.compile(
    r"\b(?:well|far)\s+(?=(?:under|over|above|below|beyond|short of|before|after|past|more than|less than"
    r"|fewer than)\b)",
    re.IGNORECASE,
)
"""How far a figure is from a bound ("well under 13,000", "far more than"): the bound is the
qualifier the figures compare, the distance no word a claim must hold."""
_THEN_FOR_THAN = re.compile(
    r"\b(more|less|fewer|greater|higher|lower|larger|smaller|bigger) then\b", re.IGNORECASE
)
"""A comparison misspelt ("more then one billion"): its figure is still a bound, not exact."""
_LESS_THAN = re.compile(r"\bless\s+([a-z]+)\s+than\b", re.IGNORECASE)
"""A comparison downward ("less harsh than"): it says what "not as harsh as" says, the way a claim
often puts it ("would not be as harsh as sentences in previous cases")."""


def _not_as_for_less(text: str) -> str:
    """The text with each "less X than" put as "not as X as": one comparison, however worded, so
    that a claim's "not" and a statement's "less" count as the same denial."""
    return _LESS_THAN.sub(r"not as \1 as", text)


_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z]{4,}(?![\w'\u2019-])")
"""A lower-case word, which may be a typo of a store word (a capitalised one is a name)."""
_SUPERLATIVE = re.compile(r"(?<![\w'\u2019-])[a-z]{2,20}est(?![\w'\u2019-])")
"""A lower-case word ending as a superlative does ("keenest", "largest", "happiest")."""
_COMPARATIVE = re.compile(r"(?<![\w'\u2019-])([a-z]{2,20})er(?![\w'\u2019-])")
"""A lower-case word ending as a comparative does, and what it adds "-er" to ("sharp", "wid")."""
_PLURAL_NAME = re.compile(r"(?<![\w'\u2019-])(?-i:[A-Z][a-z]{2,30}s)(?![\w'\u2019-])")
"""A capitalised word ending in "s" ("Senkakus"), which may be a name made plural."""
_MOST_OF = re.compile(r"\bmost\s+([a-z]{3,20})\b", re.IGNORECASE)


def _superlative_bases(word: str) -> tuple[str, ...]:
    """The adjectives a superlative may be of, likeliest first: "keenest" keen, "largest" large,
    "happiest" happy, "biggest" big."""
    root = word[:-3]
    bases = [root, root + "e"]
    if root.endswith("i"):
        bases.append(root[:-1] + "y")
    if len(root) > 2 and root[-1] == root[-2]:
        bases.append(root[:-1])
    return tuple(base for base in bases if len(base) > 2)


_A_BOND = (
    r"(?=\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:partnership|ties|relations"
    r"|relationship|agreement|cooperation|friendship|accord)s?\b)"
)
"""A tie between countries coming next ("a 2010 Strategic Partnership", "their ties"): what the
idioms below say of it (built on, grew out of, linked by) they say of no other thing."""
_AN_OFFICE_AHEAD = (
    r"(?=(?:the\s+|a\s+)?(?:[\w'\u2019.-]+\s+){0,3}?(?:president|prime\s+minister|premier|foreign\s+minister"
    r"|minister|ambassador|emperor|empress|treasury\s+secretary|director|head)\b)"
)
"""An office coming next, within a few words ("Mongolia's president", "the U.S. Treasury
Secretary"), which a verb before it gives someone as "is" does."""
_AN_AMOUNTS_PERIOD = (
    r"(?<=\d)(?P<amount>\s+(?:[a-z][\w'\u2019-]*\s+){0,5}?)(?<!\btimes )(?<!\bin )(?<!\bwithin )"
    r"(?<!\bfor )(?<!\bthan )(?<!\bover )(?<!\bunder )(?<!\bonce )(?:a|per)\s+"
)
"""A period after an amount, within a few words ("82,789 tons of carbon dioxide a month", "per
day"), and not one of "four times a year", "in a month", "more than a week" (the period word
comes next)."""
_NO_AMOUNTS_PERIOD_AFTER = r"(?![\w-]|\s+(?:ago|later|after|earlier|before|long|old|of|or|and)\b)"
"""No span after all: "a month later", "a week-long visit", "a day of talks"."""
_MATTERS = "crucial|vital|essential|important|critical|indispensable|key|significant|valuable"
"""How much a thing matters to someone ("crucial to Japan", "regards it as vital"), as a
pattern's alternatives."""
_MATTERS_LITTLE = "minor|marginal|negligible|unimportant|trivial|peripheral"
"""How little a thing matters to someone ("a minor concern"), the opposite of ``_MATTERS``."""
_A_VIEW_HELD = (
    r"(?-i:\b(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}))"
    r"(?:\s+(?:policymakers|officials|leaders|diplomats|authorities|government))?\s+"
)
_HELD_AS = (
    rf"(?P<what>(?:[\w'\u2019-]+\s+){{1,8}}?)as\s+(?:an?\s+)?(?P<how>{_MATTERS}|{_MATTERS_LITTLE})\b"
    r"(?:\s+(?:concern|matter|issue|priority)\b)?"
)
"""Who holds a view ("Tokyo regards ...", "Japanese policymakers see ...") and what they hold to
be how ("... as crucial", "... as a minor concern")."""
_IDIOM_PATTERNS = (
    # "no member of Japan's imperial family": no Japanese royal, whom the claims name
    (
        r"\bmembers?\s+of\s+(?:the\s+)?(?P<whose>[A-Z][\w-]{1,20}['\u2019]s\s+)?(?:imperial|royal)\s+famil(?:y|ies)\b",
        r"\g<whose>royal",
    ),
    # "Trump-era tariffs", "Soviet-era buildings": the name's, as "Trump's tariffs" says; the era
    # is when the name held sway, which the claims date, not a word they must hold
    (r"(?-i:\b(?P<name>[A-Z][a-z][a-z]{0,20}))-era\b", r"\g<name>"),
    # "the 1,684 listed in Japan's records": the count the records give; how they keep it is
    # no word a claim must hold
    (r"(?<=\d)\s+(?:listed|recorded|counted|registered|documented|logged|tallied)(?=\s+(?:in|by)\b)", ""),
    # "set to roll out tariffs": to implement them, as the store says
    (r"\broll(?P<end>s|ed|ing)?\s+out\b(?!\s+(?:of|the\s+red\s+carpet)\b)", r"implement\g<end>"),
    # "war games", "wargames": drills, as the store calls them
    (r"\bwar[\s-]?games?\b", "drills"),
    # "back when he was crown prince", "back in 2007": when, in
    (r"\bback (?=(?:when|in|then)\b)", ""),
    # "spending keeps climbing, and Mongolia and Japan are no exception": including them
    (
        r"\band\s+(?P<who>(?:[\w'\u2019-]+,?\s+){1,6}?)(?:is|are|were|was)\s+no\s+exceptions?\b",
        r"including \g<who>",
    ),
    # "spent eight days in Mongolia before heading home": the way home is no fact of the stay
    (r",?\s*\b(?:before|after)\s+(?:heading|returning|flying|going)\s+(?:back\s+)?home\b", ""),
    # "the official name of the upgraded relationship is ...": the relationship is ...
    (r"\b(?:the\s+)?(?:official\s+|full\s+|formal\s+)?name\s+of\s+(?=the\b)", ""),
    # "the upgrade coincided with the 50th anniversary": came in it
    (r"\b(?:coincide|coincides|coincided|coinciding)\s+with\b", "came in"),
    # "the visit took place in June": happened, which says no more than its date
    (r"\b(?:take|takes|took|taken|taking) place\b", "happened"),
    # "the trip marked the first state visit": was
    (r"\b(?:marks|marked) (?=the first\b)", "was "),
    # "dropped in on the school", "stopped by", "paid a visit to", "set foot in": visited
    (
        r"\b(?:(?:drop|drops|dropped|dropping)\s+(?:in\s+)?(?:on|at|by)|(?:stop|stops|stopped|stopping)\s+(?:by|off\s+at)"
        r"|(?:pay|pays|paid|paying)\s+(?:a\s+)?visit\s+to|(?:set|sets|setting)\s+foot\s+(?:in|on))\b",
        "visited",
    ),
    # "laid flowers at the memorial", "laying a wreath": paid respects, which builds nothing
    # ("laid" alone is read as "build", as in "laid the foundations"); the wreath or flowers stay,
    # a detail of the tribute a claim must state (see _TRIBUTE_DETAILS)
    (
        r"\b(?:lay|lays|laid|laying)\s+(?:a\s+|the\s+|their\s+|his\s+|her\s+)?"
        r"(?P<what>wreaths?|flowers|floral\s+tributes?|bouquets?)\b",
        r"paid respects with \g<what>",
    ),
    # "the second emperor to pay a state visit": to make one; paying says nothing of money or respects
    (
        r"\b(?:pay|pays|paid|paying)(?=\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}visits?\b)",
        "make",
    ),
    # "suffered close to 1,700 deaths", "saw 1,621 deaths": the deaths, counted
    (
        r"\b(?:suffered|sustained|saw|recorded|registered)\s+(?=(?:(?:close to|about|around|nearly|almost"
        r"|roughly|over|more than|some)\s+)?[\d][\d,.]*\s+(?:deaths|dead|casualties|fatalities)\b)",
        "",
    ),
    # "Mongolia plans to join a military alliance", "is moving to join": says it will ("Japan's
    # moves to reconcile", "its plans to": a thing someone has, not a thing to come)
    (
        r"(?<!['\u2019]s )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
        r"\b(?:(?:is|are)\s+)?(?:plans?|planning|intends?|intending|moving|moves|preparing|prepares"
        r"|set|poised|going)\s+to\b(?=\s+[a-z])",
        "will",
    ),
    # "China has moved to resume imports": has taken steps to, as the store says it ("moved to
    # Tokyo", "moved to the capital" go somewhere)
    (
        r"\b(?P<have>has|have|had)\s+moved\s+to\b(?=\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]+\b)",
        r"\g<have> taken steps to",
    ),
    (r"\bmoved\s+to\b(?=\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]+\b)", "took steps to"),
    # "Khurelsukh Ukhnaa serves as Mongolia's president", "served as president in 2007": is, was
    # (only of an office: "serves as a leading foreign policy tool" says what a thing is for)
    (rf"\b(?:serves|serving)\s+as\s+{_AN_OFFICE_AHEAD}", "is "),
    (rf"\bserved\s+as\s+{_AN_OFFICE_AHEAD}", "was "),
    # "journalists were not allowed into the courtroom", "weren't permitted to enter it": were
    # unable to enter, the denial bearing on the entering (not on a permission the store never names)
    (
        r"\b(?P<be>was|were|is|are)(?:\s+not|n['\u2019]t)\s+(?:allowed|permitted)\s+(?:into|to\s+enter)\b",
        r"\g<be> unable to enter",
    ),
    (r"\b(?P<be>was|were|is|are)(?:\s+not|n['\u2019]t)\s+(?:allowed|permitted)\s+to\b", r"\g<be> unable to"),
    # "Ishiba told a crowd in Takaoka that ...": said (in a speech) there; who heard it is no fact
    # of what was said
    (
        r"\b(?:told|tells|tell|addressed|addresses)\s+(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?"
        r"(?:crowds?|audiences?|rally|gathering)\b",
        "said",
    ),
    # "Millward argued that ...": said that; what was argued is the fact, the arguing its frame
    (r"\b(?:argued|argues|contended|contends|asserted|asserts|maintained|maintains)\s+that\b", "said that"),
    # "gave her remarks to The Diplomat": told it; to whom, not the giving, is the fact
    (
        r"\b(?:gave|gives|give|made|makes)\s+(?:(?:his|her|their|its|the)\s+)?(?:remarks|comments)\s+to\b",
        "told",
    ),
    # "the government announced on Wednesday that ...": said; the news, not the announcing, is the fact
    (
        r"\b(?:announced|announces|declared|declares)(?=\s+(?:(?:on\s+)?(?:"
        + "|".join(WEEKDAYS)
        + r")\s+)?that\b)",
        "said",
    ),
    # "the partnership set out to implement human-centered development": aimed to
    (r"\b(?:set|sets|setting)\s+out\s+to\b", "aimed to"),
    # "for Japan and Mongolia alike": for both
    (
        r"(?-i:\b(?P<one>[A-Z][\w'\u2019-]*)\s+and\s+(?P<other>[A-Z][\w'\u2019-]*)\s+alike\b)",
        r"both \g<one> and \g<other>",
    ),
    # "urging travelers to be cautious (careful)": to exercise caution
    (r"\bbe\s+(?:cautious|careful)\b", "exercise caution"),
    # "the meeting was hosted in Tokyo": held there, the host city being where it happened
    (r"\b(?:was|were|is|are|be|been)\s+(?:hosted|staged)\s+(?=in\b)", "was held "),
    # "the meeting brought together Japan, Mongolia and the U.S.": involved them
    (r"\b(?:bring|brings|brought|bringing)\s+together\b", "involved"),
    # "built by the two governments together": how it was done, as "jointly" says (a word the
    # store never writes would otherwise leave the statement unfound)
    (r"(?<=\w)\s+together\b(?=\s*[,.;!?]|\s*$)", ""),
    # "every month": how often, as "monthly" says it (a year's "82,789 tons each year" is a rate
    # the figures read already)
    (r"\b(?:every|each)\s+month\b", "monthly"),
    (r"\b(?:every|each)\s+week\b", "weekly"),
    (r"\b(?:every|each)\s+day\b", "daily"),
    # "82,789 tons of carbon dioxide a month", "per day": an amount's period, as "monthly" says
    # it, so that it is weighed against the store's "annually" ("a year" and "per annum" are the
    # store's own period; "four times a year", "in a month", "a month later" say no amount's)
    (rf"{_AN_AMOUNTS_PERIOD}month\b{_NO_AMOUNTS_PERIOD_AFTER}", r"\g<amount>monthly"),
    (rf"{_AN_AMOUNTS_PERIOD}week\b{_NO_AMOUNTS_PERIOD_AFTER}", r"\g<amount>weekly"),
    (rf"{_AN_AMOUNTS_PERIOD}day\b{_NO_AMOUNTS_PERIOD_AFTER}", r"\g<amount>daily"),
    (r"\bper\s+annum\b", "a year"),
    # "handed down the verdict": gave it, the verdict being what is said
    (r"\b(?:hand|hands|handed|handing)\s+down\b", "gave"),
    # "was no stranger to Mongolia": had been there; the "no" denies nothing
    (r"\b(?:was|is|were|are)\s+no\s+strangers?\s+to\s+(?=(?-i:[A-Z]))", "had been to "),
    # "a trip heavy with symbolism", "fraught with", "laden with": wrought with it, full of it
    (r"\b(?:heavy|laden|fraught|loaded|charged|steeped|replete|filled|rich)\s+with\b", "wrought with"),
    # "left the Paris Agreement", "quit the treaty": withdrew from it, as the store says
    (
        r"\b(?:left|quit|exited)\s+(?=(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
        r"(?:agreement|accord|treaty|pact|convention|alliance|deal)s?\b)",
        "withdrew from ",
    ),
    # "was handed a prison term": given it; but "handed over", "handed back" pass it on
    (r"\bhanded\b(?!\s+(?:over|back|out|in|on)\b)", "given"),
    (r"\bhanding\b(?!\s+(?:over|back|out|in|on)\b)", "giving"),
    # "during President Elbegdorj's term": during the presidency of Elbegdorj (names in capitals)
    (
        r"(?-i:\bPresident\s+((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+))['\u2019]s\s+"
        r"(?:term|tenure|time in office)\b",
        r"the presidency of \1",
    ),
    # "Tokyo regards food security cooperation with Mongolia as crucial": it is crucial to Tokyo,
    # as the store says it (who holds the view is no party acting on the other)
    (
        rf"{_A_VIEW_HELD}(?:regards?|considers?|sees?|views?|deems?)\s+{_HELD_AS}",
        r"\g<what>is \g<how> to \g<who>",
    ),
    (
        rf"{_A_VIEW_HELD}(?:regarded|considered|saw|viewed|deemed)\s+{_HELD_AS}",
        r"\g<what>was \g<how> to \g<who>",
    ),
    # "Mongolia sees strategic value in having Japan as a third neighbor": it has a strategic
    # interest in it, a want of its own and no view it voices (only value seen, never "little")
    (
        r"\b(?:sees|saw|seen|finds|found)\s+(?:(strategic|real|great|clear|considerable)\s+)?value\s+in\b",
        r"has a \1 interest in",
    ),
    # "copper has drawn growing Japanese interest": interest from Japan, which the next
    # reads as Japan's interest in it
    *(
        (
            r"\b(?P<draw>draw|draws|drew|drawn|drawing|attract|attracts|attracted|attracting)\s+"
            r"(?P<more>(?:growing|increasing|rising|more|greater|renewed|keen|strong)\s+)?"
            rf"(?:{people}|{country}['\u2019]s)\s+interest\b",
            rf"\g<draw> \g<more>interest from {country}",
        )
        for people, country in (
            ("Japanese", "Japan"),
            ("Chinese", "China"),
            ("Mongolian", "Mongolia"),
            ("Russian", "Russia"),
            ("South\\s+Korean", "South Korea"),
            ("American", "the United States"),
        )
    ),
    # "Mongolian copper has drawn growing interest in Japan": Japan has shown growing interest in
    # it (the thing drawing interest opens the sentence; the country after "in" is interested)
    (
        r"^(?P<what>[^.;:!?]{1,150}?)\s(?:has|have|had)\s+(?:drawn|attracted)\s+"
        r"(?:(?P<how>growing|increasing|rising|more|greater)\s+)?interest\s+(?:in|from)\s+"
        r"(?P<who>Japan|Mongolia|China|South\s+Korea|Russia|the\s+United\s+States|Tokyo|Ulaanbaatar"
        r"|Beijing|Seoul|Moscow|Washington)\b",
        r"\g<who> has shown \g<how> interest in \g<what>",
    ),
    # "growing interest" is more interest than before
    (r"\b(?:growing|increasing|rising)\s+interest\b", "more interest"),
    # "Ulaanbaatar sees Japan as a 'third neighbor'": holds it to be one
    (
        r"\b(?:sees|saw|seen|views|viewed|regards|regarded|considers|considered|treats|treated|treating)\s+"
        r"(?=(?:[\w'\u2019-]+\s+){1,3}as\b)",
        "",
    ),
    # "Mongolian foreign policy treats robust third neighbor mechanisms as crucial": they are
    # crucial to it (a longer object, as far as how much it matters)
    (
        r"\b(?:sees|saw|views|viewed|regards|regarded|considers|considered|treats|treated|treating)\s+"
        rf"(?=(?:[\w'\u2019-]+,?\s+){{4,8}}?as\s+(?:{_MATTERS})\b)",
        "",
    ),
    # "the visit fell in the year ...", "the talks fall just ahead of the election": happened
    # (only of an occasion: exports that "fell in 2024" went down)
    (
        r"\b(visit|trip|talks|meeting|ceremony|summit|ruling|verdict|drills|election)\s+"
        r"(?:fall|falls|fell|falling)\b(?=\s+(?:just\s+|right\s+)?(?:in|on|ahead\s+of|before|after|during)\b)",
        r"\1 happened",
    ),
    # "preferring bilateral mechanisms to joining blocs": seeking them rather than joining
    (
        r"\b(prefer|prefers|preferred|preferring)\b([^,.;:]{1,80}?)\bto\s+(?=[a-z]+ing\b)",
        r"\1\2 rather than ",
    ),
    (r"\bprefer(?:s|red|ring)?\b", "seek"),
    # "the 2022 upgrade built on a Strategic Partnership": raised it, as "upgraded" says
    (rf"\b(?:build|builds|built|building)\s+(?:up)?on\b{_A_BOND}", "upgraded"),
    # "the Special Strategic Partnership grew out of (evolved from) a 2010 Strategic Partnership":
    # that one was upgraded to it
    (
        rf"\b(?:(?:grow|grows|grew|grown|growing)\s+(?:out\s+of|from)|(?:evolve|evolves|evolved|evolving"
        rf"|develop|develops|developed|developing)\s+(?:out\s+of|from))\b{_A_BOND}",
        "upgraded from",
    ),
    # "the two countries were linked by a Strategic Partnership": had one
    (rf"\b(?:are|were|is|was|been)\s+(?:linked|joined|bound|tied)\s+by\b{_A_BOND}", "had"),
    # "the sentence would be lighter than in earlier cases": not as harsh as, the way a claim says
    # it; "harsher than" is the opposite
    (r"\b(?:lighter|milder|more\s+lenient|softer|less\s+severe|less\s+harsh)\s+than\b", "not as harsh as"),
    (r"\b(?:harsher|tougher|stiffer|more\s+severe|heavier)\s+than\b", "more harsh than"),
    # "the upgrade turned the 2010 Strategic Partnership into a Special Strategic Partnership":
    # upgraded it, as the claim says
    (
        r"\b(?:turn|turns|turned|turning|transform|transforms|transformed|transforming)\s+"
        r"(?=(?:[\w'\u2019-]+\s+){1,6}?into\s+(?:an?\s+|the\s+)?['\u2018\"\u201c]?(?:[\w'\u2019-]+\s+){0,5}?"
        r"(?:partnership|relationship|ties|alliance)\b)",
        "upgraded ",
    ),
    # "Japan has lost interest in Mongolia's minerals": has no interest in them any more
    (r"\b(?:lost|loses|lose|losing)\s+(?:(?:its|their|his|her|all)\s+)?interest\b", "no longer has interest"),
    # "people would learn about the internment": become aware of it
    (r"\b(?:learn|learns|learning)\s+(?:about|of)\b", "become aware of"),
    (r"\b(?:learned|learnt)\s+(?:about|of)\b", "became aware of"),
    # "the drills were held out of public view": closed to the public
    (r"\b(?:held\s+|kept\s+)?out\s+of\s+(?:the\s+)?public\s+(?:view|eye|sight)\b", "closed to the public"),
    # "the partnership leaves out food security": excludes it
    (r"\b(?:leave|leaves|left|leaving)\s+out\b", "excludes"),
    # "policymakers see no need to look for alternative food sources": they do not look for them
    (r"\b(?:see|sees|saw|seen|seeing)\s+no\s+(?:need|reason)\s+to\b", "do not"),
    # "the policy works against Tokyo's interests": to its disadvantage, the opposite of the
    # store's "to Tokyo's advantage" ("the interests of Japan": the disadvantage of Japan)
    (
        r"\b(?:against|contrary\s+to)\s+(?P<whose>(?:(?-i:[A-Z][\w-]{0,30})['\u2019]s|its|their|the)\s+)?"
        r"interests?\b",
        r"to \g<whose>disadvantage",
    ),
    # "scaling back its relations with Mongolia": weakening them
    (r"\bscal(?:e|es|ed|ing)\s+back\b", "weakening"),
    # "the two moved up to a Special Strategic Partnership": upgraded their ties to it
    (r"\b(?:move|moves|moved|moving)\s+up\s+to\b", "upgraded to"),
    # "the partnership was raised to a higher level", "took their ties to a new level": upgraded
    (
        r"\b(?:raised|elevated|lifted|taken|brought)\s+to\s+(?:a\s+)?(?:higher|new|the\s+next)\s+level\b",
        "upgraded",
    ),
    (
        r"\b(?:raise|raises|raising|elevate|elevates|elevating|lift|lifts|lifting|take|takes|took|taking"
        r"|bring|brings|bringing|raised|elevated|lifted|brought)\s+(?P<what>(?:[\w'\u2019-]+\s+){1,4}?)"
        r"to\s+(?:a\s+)?(?:higher|new|the\s+next)\s+level\b",
        r"upgraded \g<what>",
    ),
    # "Mongolia will keep steering clear of blocs": avoiding them
    (
        r"\b(?:steer|steers|steered|steering|stay|stays|stayed|staying|keep|keeps|kept|keeping)\s+clear\s+of\b",
        "avoiding",
    ),
    # "Lee was Yoon's successor": the successor to Yoon, which says who came first as the claims do
    (
        r"(?-i:\b(?P<whose>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}))['\u2019]s\s+(?P<role>successor|predecessor)\b",
        r"the \g<role> of \g<whose>",
    ),
    # "the half-century mark of ties": half a century, which the figures read as 50 years
    (r"\b(?:the\s+)?half[- ]century(?:\s+mark)?\b", "half a century"),
    # "the records do not agree": they disagree, which is no denial of a claim saying so
    (
        r"\b(?:do|does|did)\s+not\s+agree\b|\b(?:don['\u2019]t|doesn['\u2019]t|didn['\u2019]t)\s+agree\b",
        "disagree",
    ),
    # "13,847 prisoners were brought to (into) Mongolia": sent there (what is brought to people, such as
    # electricity to households, is supplied)
    (
        r"\b(?P<be>was|were|been|being|be)\s+brought\s+(?:in\s*)?to\s+(?-i:(?=(?:the\s+)?[A-Z]))",
        r"\g<be> sent to ",
    ),
    # "Tokyo hosted a trilateral meeting in 2022": the meeting took place in Tokyo
    (
        r"(?-i:\b(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))\s+(?:hosted|staged)\s+"
        r"(?P<event>(?:a|an|the|its)\s+(?:[^,.;:]|(?<=[A-Z])\.){0,60}?\b(?:meeting|meetings|talks|summit|conference|dialogue"
        r"|forum))\b",
        r"\g<event> took place in \g<place>",
    ),
    # "worked for Takeda Pharmaceutical", "was employed by Astellas": an employee of a named
    # employer, as the store writes it ("worked as a diplomat" names a post, not an employer)
    (
        r"\b(?P<be>was|is|were|are|been|being|has\s+been|have\s+been|had\s+been)\s+(?:employed|working)\s+"
        r"(?:for|by)\s+(?-i:(?=(?:the\s+)?[A-Z]))",
        r"\g<be> an employee of ",
    ),
    (
        r"\b(?P<have>has|have|had)\s+worked\s+for\s+(?-i:(?=(?:the\s+)?[A-Z]))",
        r"\g<have> been an employee of ",
    ),
    (r"\bworked\s+for\s+(?-i:(?=(?:the\s+)?[A-Z]))", "was an employee of "),
    (r"\b(?:works|work)\s+for\s+(?-i:(?=(?:the\s+)?[A-Z]))", "is an employee of "),
    (r"\b(?:working\s+for|employed\s+by)\s+(?-i:(?=(?:the\s+)?[A-Z]))", "an employee of "),
    # "held in the Japanese capital": in Tokyo
    (r"\bthe\s+(?:Japanese|Japan['\u2019]s)\s+capital\b", "Tokyo"),
    (r"\bthe\s+(?:Chinese|China['\u2019]s)\s+capital\b", "Beijing"),
    (r"\bthe\s+(?:South\s+Korean|South\s+Korea['\u2019]s)\s+capital\b", "Seoul"),
    (r"\bthe\s+(?:Mongolian|Mongolia['\u2019]s)\s+capital\b", "Ulaanbaatar"),
    # "the transition is not expected to stop the two governments from cooperating", "won't
    # prevent them from working together": they will go on doing it, a denied stopping being a
    # continuing (read whole, or the denial would gainsay the claim's "will continue")
    (
        r"\b(?:(?:is|are|was|were)\s+(?:not\s+(?:expected|likely|set)|unlikely)\s+to|will\s+not|won['\u2019]t"
        r"|would\s+not|wouldn['\u2019]t|(?:does|do|did)\s+not|(?:doesn|don|didn)['\u2019]t)\s+"
        r"(?:stop|prevent|halt|keep|deter|derail)\s+(?P<who>(?:[\w'\u2019-]+\s+){1,5}?)from\s+(?P<deed>[a-z]+ing)\b",
        r"and yet \g<who>will continue \g<deed>",
    ),
    # "cooperation on food security is seen as crucial by Japan": crucial to Japan, as the store
    # says it; whose view it is is the one the claim gives
    (
        r"\b(?P<be>is|are|was|were)\s+(?:seen|regarded|viewed|considered)\s+as\s+(?P<how>(?:very\s+|most\s+)?"
        r"(?:crucial|vital|important|essential|critical|indispensable|key))\s+by\b",
        r"\g<be> \g<how> to",
    ),
    # "a ten-year plan underpins the partnership", "the partnership is underpinned by (rests on)
    # a ten-year plan": the partnership has the plan, as the store says it
    (
        r"^(?P<what>[^.;:!?]{1,150}?)\s+(?:underpins|underpinned|undergirds|undergirded)\s+"
        r"(?P<whole>[^.;:!?]{1,150}?)(?P<end>[.!?]?)$",
        r"\g<whole> has \g<what>\g<end>",
    ),
    (r"\b(?:is|are|was|were)\s+(?:underpinned|undergirded)\s+by\b|\b(?:rests|rested)\s+on\b", "has"),
    # "told Tokyo beforehand", "ahead of time": in advance, as the store says it
    (r"\b(?:beforehand|ahead\s+of\s+time)\b", "in advance"),
    # "Japanese records, by contrast, count 13,847 POWs", "On the other hand, ...": a connective
    # set off by commas links the sentence to another; it says nothing a claim must hold
    (
        r"(?:^|,)\s*(?:by\s+contrast|in\s+contrast|by\s+comparison|in\s+comparison|on\s+the\s+other\s+hand"
        r"|for\s+(?:its|their|his|her)\s+part)\s*(?:,|(?=[.;!?]?\s*$))",
        "",
    ),
    # "the two sides upgraded their ties": which two the claim names; the words say nothing more
    (
        r"\b(?:the\s+two|both)\s+(?:sides|countries|nations|governments|neighbou?rs)\b(?!['\u2019])"
        r"(?!\s+(?:records?|counts?|figures?|tall(?:y|ies)|sources?|accounts?)\b)",
        "",
    ),
)
_IDIOMS = tuple((re.compile(pattern, re.IGNORECASE), plain) for pattern, plain in _IDIOM_PATTERNS)
"""Everyday phrasings whose light word would count as a word the claims lack."""
_DENIAL = re.compile(r"\b(?:not|never|no(?!\.\s{0,3}\d)|nor|yet to)\b|n't\b", re.IGNORECASE)
"""A plain "not": the figures of a sentence denying something are not when it happened ("No. 2",
a number, denies nothing)."""
_REPORT_DATE = re.compile(r"\b(?:dated|published|report|reported|article|story|dispatch)\b", re.IGNORECASE)
"""A statement about when a report appeared: its date is the source's, not the event's."""
_CAPITALS = {"tokyo": "japan", "beijing": "china", "ulaanbaatar": "mongolia", "seoul": "southkorea",
             "washington": "us", "moscow": "russia", "pyongyang": "northkorea"}  # fmt: skip
"""Capitals standing for their governments ("Tokyo calls the islets Takeshima")."""
_OWN_FIELDS = sum(1 << FIELDS.index(name) for name in ("text", "attributed_to", "quote"))
"""The fields of a posting's mask that a claim itself says (see ``Index.postings``)."""
_GOVERNMENTS = {
    "Tokyo": "Japan", "Beijing": "China", "Ulaanbaatar": "Mongolia", "Seoul": "South Korea",
    "Washington": "the United States", "Moscow": "Russia", "Pyongyang": "North Korea",
}  # fmt: skip
_CAPITAL = re.compile(
    r"(?P<before>\b[\w'\u2019]+\s+(?:the\s+)?)?\b(?P<city>" + "|".join(_GOVERNMENTS) + r")\b"
    r"(?P<after>['\u2019]s?\b|(?=\s+[A-Z][a-z]))?"
)
_PLACING = frozenset(
    """in at near inside outside around to into from visited visit visits visiting toured tour
    tours touring arrived reached left across throughout via""".split()  # noqa: SIM905
)
"""Words after which a capital is the city ("in Tokyo", "visited Seoul"), not its government."""
_PLACE_NOUNS = r"(?:places|locations|sites|cities|towns|provinces|regions|areas|facilities)"
_AMONG_PLACES = re.compile(
    rf"\b{_PLACE_NOUNS}\s+(?:including|like|such\s+as|notably|especially|namely)\b[^.;:]*$", re.IGNORECASE
)
"""A capital listed among places ("in locations including Wenzhou and Beijing") is the city."""
_AMONG_REACH = 80
"""How far before a capital ``_AMONG_PLACES`` looks: a short list's worth."""


_PAIRED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:and|or)\s+$")
_PAIRED_AFTER = re.compile(r"^\s+(?:and|or)\s+([A-Z][a-z]+)\b")


def _paired_with_a_city(text: str, start: int, end: int) -> bool:
    """Whether a capital is joined by "and" to a place that is neither a country nor a capital
    ("the bombing of Hiroshima and Tokyo"): a city beside a city, not a government beside one."""
    before = _PAIRED_BEFORE.search(text[max(0, start - 40) : start])
    after = _PAIRED_AFTER.match(text[end : end + 40])
    return any(paired is not None and _is_a_city(paired.group(1)) for paired in (before, after))


def _is_a_city(word: str) -> bool:
    """A capitalised word that names no country, people or capital: a place that is a city
    ("Hiroshima", "Nagasaki", "Osaka")."""
    return word in _CITIES


_CITIES = frozenset(
    """Hiroshima Nagasaki Osaka Kyoto Yokohama Sapporo Nagoya Kobe Fukuoka Shanghai Wenzhou Sanya
    Changsha Busan Incheon Darkhan Erdenet Karakorum Kharkhorin Vladivostok Irkutsk""".split()  # noqa: SIM905
)
"""Cities (not capitals) a sentence may pair a capital with."""


def _listed_among_places(text: str, at: int) -> bool:
    """Whether the capital at ``at`` is listed among places ("held in locations including Wenzhou
    and Beijing"): the city, not its government."""
    return _AMONG_PLACES.search(text, max(0, at - _AMONG_REACH), at) is not None


def _as_governments(text: str) -> str:
    """A text with each capital that stands for its government written as its country: "Tokyo and
    Mongolia set up their partnership", "Seoul's president", "Beijing's Foreign Ministry". A
    capital after "in", "visited" and the like is the city, and one opening a name ("Tokyo Fund",
    "Ulaanbaatar Dialogue") is part of that name."""

    def country(match: re.Match[str]) -> str:
        before, after = match.group("before") or "", match.group("after")
        placed = before.split()[0].casefold() if before.strip() else ""
        if placed in _PLACING or (after is not None and not after.startswith(("'", "\u2019"))):
            return match.group()
        if _listed_among_places(match.string, match.start("city")) or _paired_with_a_city(
            match.string, match.start("city"), match.end("city")
        ):
            return match.group()  # "held in locations including Beijing": the city
        return before + _GOVERNMENTS[match.group("city")] + (after or "")

    text = _POSTED.sub(lambda match: f"{match.group(1)} to {_GOVERNMENTS[match.group(2)]}", text)
    text = _MATTERS_TO.sub(lambda match: f"{match.group(1)} {_GOVERNMENTS[match.group(2)]}", text)
    return _CAPITAL.sub(country, text)


_POSTED = re.compile(
    r"\b((?i:(?:ambassador|envoy|emissary|embassy)s?|embassies))\s+(?:in|to)\s+("
    + "|".join(_GOVERNMENTS)
    + r")\b"
)
"""A diplomat or embassy "in Tokyo" or "to Ulaanbaatar" is posted to Japan, to Mongolia: the capital
is where, the country to whom."""
_MATTERS_TO = re.compile(rf"\b((?i:{_MATTERS})\s+(?:to|for))\s+(" + "|".join(_GOVERNMENTS) + r")\b")
"""What is "crucial to Tokyo" matters to Japan: no one travels there."""


_PLACE_WORDS = {
    **dict.fromkeys("in at near visited outside inside around".split(), "in"),  # noqa: SIM905
    **dict.fromkeys(("to", "into"), "to"),
    "from": "from",
}
"""Words placing the name after them, by what they say of it: where, whither, whence."""


@dataclass
class Evidence:
    """A claim a verdict rests on: how it bears on the statement and the figures compared."""

    claim: dict[str, Any]
    role: str
    """supports, contradicts, disputes (one side of a conflict), or other-side."""
    stated: Figure | None = None
    figure: Figure | None = None
    coverage: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.claim,
            "role": self.role,
            "coverage": round(self.coverage, 3),
            "stated": self.stated.to_dict() if self.stated else None,
            "differs": bool(self.stated and self.role in ("contradicts", "other-side")),
            "figure": self.figure.to_dict() if self.figure else None,
        }


_CONTRAST = re.compile(
    r"^(?P<first>[^,;]{12,}?|[^,;]+,\s+(?:who|which)\s+[^,;]+,\s+[^,;]+?),?\s+(?:while|whereas)\s+(?!\w+ing\b)"
    r"(?P<second>[^,;]{12,})$",
    re.IGNORECASE,
)
"""A sentence setting two things side by side, each with its own subject ("X were allowed in,
while Y were kept out"; not "obtains technology while staying outside any alliance"), the first
perhaps with an aside on its subject ("Naruhito, who ..., made COP17 a focus, while Masako said")."""
_DESCRIBED = re.compile(
    r"^(?P<subject>(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*),\s+(?P<aside>(?:a|an|the)\s+[^,]{3,}?),"
    r"\s+(?P<rest>[^,]{3,})$"
)
"""A sentence whose named subject an aside describes ("Shuzo Yamada, a former camp guard, helped
build ..."): the name, the description and the rest."""
_WRITER = (
    r"(?:(?:an?|the|this|that|one)\s+)(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:analysts?|article|commentary|commentator|author|analysis|writer|columnist|piece|op-ed|essay|editorial)"
)
"""Someone who writes a view, unnamed: "an analyst", "the article", "the commentary author"."""
_WRITES = (
    r"(?:writes|wrote|argues|argued|predicts|predicted|says|said|contends|believes|thinks|suggests"
    r"|notes|noted|observes|expects|concludes|maintains|asserts|reckons|holds|judges|forecasts|claims)"
)
_IN_VIEW = rf"(?:in|to)\s+{_WRITER}['\u2019]s\s+(?:view|opinion|judgment|judgement|assessment|eyes|reading)"
_WRITERS_VIEW = (
    re.compile(
        rf"^(?P<rest>.{{12,}}?),\s+(?:as\s+)?(?:{_WRITER}\s+{_WRITES}|{_IN_VIEW}|according\s+to\s+{_WRITER})\s*\.?$"
    ),
    re.compile(
        rf"^(?i:{_WRITER}\s+{_WRITES}(?:\s+that)?|{_IN_VIEW},|according\s+to\s+{_WRITER},)\s+(?P<rest>.{{12,}})$"
    ),
)
"""A view whose holder a sentence names as a writer only, before or after it ("..., an analyst
writes", "..., in the analyst's view", "The article predicts that ..."): the view itself."""
_NOT_A_WRITER = re.compile(
    r",|\b(?:government|ministry|minister|embassy|president|records|archives|navy|emperor|official|ambassador)\b",
    re.IGNORECASE,
)
"""An attribution naming a person or a government: words given as theirs are no writer's view."""


_FIGURES_COMPARED = re.compile(
    r",\s+(?:(?:slightly|somewhat|marginally|far|much|well|a\s+(?:little|bit))\s+)?"
    r"(?P<way>fewer|less|lower|smaller|more|greater|higher|larger|bigger)\s+than\s+(?:the\s+)?(?=\d)",
    re.IGNORECASE,
)
"""A figure set beside another the sentence gives ("1,621 deaths, slightly fewer than the 1,684
listed in Japan's records"): which way the first stands to the second."""
_FEWER = frozenset({"fewer", "less", "lower", "smaller"})


_WHO_ASIDE = re.compile(
    r"^(?P<subject>[^,]{3,}?),\s+(?:who|which)\s+(?P<aside>[^,]{3,}),\s+(?P<rest>[^,]{3,})$"
)
"""A sentence whose subject an aside describes ("Shuzo Yamada, who survived the camps, built the
square"; "The upgraded partnership, which promised cooperation ..., aims at ..."): the subject,
the aside after "who" or "which", and the rest of the sentence."""


_WHICH_TAIL = re.compile(
    r"^(?P<main>[^;]{10,}\b(?P<thing>(?i:the|its|their|his|her)\s+[^,;]{2,60}?)),\s+which\s+"
    r"(?P<rest>(?:was|were|is|are|has|had|have)\s[^,;]{3,})$"
)
"""A sentence closing on what a "which" clause says of the thing it last named, by what it was
or had ("... during the twice-yearly training, which was closed to the public")."""


_WHO_TAIL = re.compile(
    r"^(?P<main>[^;]{10,}\b(?P<thing>(?-i:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}))),\s+who\s+"
    r"(?P<rest>(?:was|were|is|are|has|had|have)\s[^,;]{3,})$"
)
"""A sentence closing on what a "who" clause says of the one it last named ("... a particular
focus for Naruhito, who is described as having a deep personal interest in climate change")."""


def _strip_stop_words(words: list[str]) -> list[str]:
    """The words from the first that is not a stop word ("With Prime Minister": "Prime Minister")."""
    while words and words[0].casefold() in STOP_WORDS:
        words = words[1:]
    return words


def _which_tail(sentence: str) -> tuple[str, str] | None:
    """A sentence closing on ", which was ..." (or ", who is ..." after a name) as two statements:
    the sentence up to the clause, and the clause said of the thing named just before it ("The
    twice-yearly training was closed to the public"); None for any other sentence."""
    if ", who " in sentence and (named := _WHO_TAIL.match(sentence)) is not None:
        return named["main"].rstrip(".") + ".", f"{named['thing']} {named['rest']}"
    if ", which " not in sentence:
        return None  # the pattern is slow to fail: only a sentence with the clause is read
    match = _WHICH_TAIL.match(sentence)
    if match is None:
        return _whose_good_tail(sentence)
    thing = match["thing"]
    return match["main"].rstrip(".") + ".", f"{thing[0].upper()}{thing[1:]} {match['rest']}"


_WHOSE_GOOD = re.compile(
    r"^(?P<main>[^;]{10,}?),\s+which\s+(?P<rest>(?:works|worked|benefits|benefited|helps|helped|serves|served"
    r"|favou?rs|favou?red|suits|suited|hurts|hurt|harms|harmed)\b[^,;]{3,})$"
)
"""A sentence closing on whom what it says is good or bad for (", which works to Tokyo's
advantage"): said of what the sentence is about, not of the thing named just before."""
_SUBJECT = re.compile(
    r"^(?P<subject>(?:[\w'\u2019-]+\s+){1,6}?)(?:has|have|had|is|are|was|were|will|would|can|could)\b"
)


def _whose_good_tail(sentence: str) -> tuple[str, str] | None:
    """A sentence closing on whom it is good or bad for, as two statements: the sentence up to the
    clause, and the clause said of the sentence's subject ("Mongolia's third neighbor policy works
    to Tokyo's advantage"); None for any other sentence."""
    match = _WHOSE_GOOD.match(sentence)
    if match is None:
        return None
    lead = _LEADING_PHRASE.match(match["main"])
    subject = _SUBJECT.match(match["main"][lead.end() if lead else 0 :])
    if subject is None:
        return None
    said = subject["subject"].strip()
    return match["main"].rstrip(".") + ".", f"{said[0].upper()}{said[1:]} {match['rest']}"


_CALLED_WHO = re.compile(
    r"^(?P<main>[^,;]{3,}?\b(?:is|was|are|were)\s+(?:a|an)\s+[^,;]{3,80}?)\s+who\s+[\s\S]{3,}$"
)
"""A sentence calling its subject one of a kind, and saying what that one did ("Shuzo Yamada is a
former Mongolian guard who oversaw the internees")."""
_RANKING = re.compile(r"\b(?:first|last|only|sole|second|third|\w+est)\b", re.IGNORECASE)
"""A word ranking what a sentence calls its subject ("the first", "an only", "the oldest")."""


def _called_who(sentence: str) -> str | None:
    """What a sentence calling its subject "a(n) ... who ..." says it is, the "who" clause left
    out ("Shuzo Yamada is a former Mongolian guard"); None for any other sentence, or one
    ranking what it calls them ("a first-time visitor who"), which the clause may be what ranks."""
    if " who " not in sentence or ";" in sentence:
        return None  # only a sentence with the clause, and no second statement, is read
    match = _CALLED_WHO.match(sentence)
    if match is None or _RANKING.search(match["main"]):
        return None
    return match["main"] + "."


_COORDINATED = re.compile(
    r"^(?P<first>[^;]{20,}?)(?:,\s+(?:and|but)\s+(?=[A-Z])|(?:,\s+(?:and|but)|;)\s+"
    r"(?=(?:the|a|an|its|his|her|their|this|that|these|those)\s"
    r"|(?:in|on|since|during|after|before)\s[^,;]{1,40},\s))(?P<second>[^;]{20,})$"
)
"""A sentence of two statements joined by ", and", ", but" or ";", the second with a subject of its
own (not a pronoun, which would need the first to be read; after ";", not a capitalised word,
which may be a headline's next line), or with a time of its own (", and in 2022, Mongolia and
Japan upgraded ...")."""


_LEADING_PHRASE = re.compile(
    r"(?:In|On|Since|By|During|After|Before|Until|Under|As of|According to|As cited by|Citing)\s"
    r"[^,;]{1,80},\s"
)
"""What opens a sentence and holds for all of it: a time ("In July 2025, "), or whose word it
gives ("According to Kyodo News, ")."""


_DEED = (
    r"(?:[a-z]{3,}ed|met|held|made|took|went|gave|paid|laid|saw|sent|built|became|began|spoke|told"
    r"|won|led|brought|left|sought|kept|found|set|put)"
)
_OFFICE_BEFORE_NAME = re.compile(
    r"(?<![\w'\u2019.-])(?P<office>(?:U\.S\.\s+)?(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Secretary|Minister|President|Ambassador|Envoy|Premier|Chancellor|Governor|Mayor|Spokes(?:man|woman|person)))"
    r"\s+(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*){0,2})"
)
"""An office written before a name inside a sentence ("was set to meet U.S. Commerce Secretary
Scott Bessent as talks entered a critical phase"): that the named holds the office is said too."""
_WITH_OPENING = re.compile(r"^[Ww]ith\s+(?P<clause>[^,;]{10,}?\s[^,;]*\d[^,;]*),\s+(?P<main>[^;]{10,})$")
"""A sentence opening with what stands when its deed is done, dated or counted ("With reciprocal
tariffs due on Aug. 1, Ishiba hoped ..."): the opening is said as a fact too."""
_IN_REGION = re.compile(
    r"(?<![\w'\u2019-])(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+"
    r"(?P<region>[A-Z][a-z]+\s+(?:Prefecture|Province|County|State|Oblast|Aimag|Region))\b(?:,(?=\s))?"
)
"""A place with the region it is in written after it: "Takaoka, Toyama Prefecture"."""
_SAID_TWO_THINGS = re.compile(
    r"^(?P<speaker>[^;]{2,80}?\b(?:said|says|reported|reports|noted|notes|added|adds|stated|states))\s+"
    r"(?:that\s+)?(?P<first>[^;]{10,}?),?\s+and\s+that\s+(?P<second>[^;]{10,})$"
)
"""Two things one speaker said ("Yonhap said no troops landed and that the training was closed"):
each is said by them on its own."""
_COUNTED_LIST = re.compile(
    r"(?<![\w-])(?P<count>(?i:(?:(?:just|only)\s+)?(?:two|three|four|five|six))\s+)"
    r"(?P<kind>[\w-]+(?:\s+[\w.-]+){0,8}?)\s*[,:]\s+"
    r"(?P<list>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,7}?"
    r"(?:,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,7}?){0,4},?\s+and\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,6})"
)
"""A count of those listed after it ("two Japanese prime ministers, Kaifu Toshiki and Abe Shinzo",
"three partners on the project: the ADB, ... and the Strategic Climate Fund"): all there are."""
_THE = re.compile(r"^(?:the\s+)", re.IGNORECASE)
_LISTED_NAME = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|for|of))*")
"""A list member that is a name: "Koizumi Junichiro", "Japan Fund for Joint Credit Mechanism"."""
_NAME_ENDING = re.compile(r"(?-i:[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|for|of))*)$")
"""The name a list member before the listed ends with: "... by Prime Ministers Kaifu Toshiki"."""
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_ALONG_WITH = re.compile(
    r",?\s+(?:along|together)\s+with\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+(?=\s+to\s|[,.;]|$)"
)
"""Who else is said to share a deed ("were allowed in along with embassy officials"): the
sentence says it of its subject too."""
_TIMED_BY = re.compile(
    r"^(?P<main>[^;]{10,}?)\s+(?:since|when|after|before|until)\s+(?P<clause>(?-i:[A-Z])[^;]{10,})$"
)
"""A sentence timed by what a named someone did ("the drills were the first since Lee Jae Myung
succeeded Moon Jae-in"): what it times them by is said as a fact too, and may be gainsaid."""


_SHARED_SUBJECT = re.compile(
    rf"^(?P<subject>[A-Z][^,;]{{2,80}}?)\s+(?P<first>(?:(?:(?:has|have|had|also|then)\s+)?{_DEED}|was|were|is|are)\b[^;]{{10,}}?)"
    rf"\s+and\s+(?P<second>(?:(?:has|have|had|also|then)\s+)?{_DEED}\b[^;]{{10,}})$"
)
"""A sentence of two deeds of one subject joined by "and" ("The imperial couple visited Shine
Mongol High School and attended the opening of the Naadam festival"), the first maybe what it
was ("The training was larger than before and opened to the public"): each, with the subject,
is a statement of its own."""


@dataclass
class Verdict:
    """The verdict on one statement, its figures, the evidence, and a one-line reason."""

    statement: str
    verdict: str
    figures: list[Figure] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement,
            "verdict": self.verdict,
            "figures": [figure.to_dict() for figure in self.figures],
            "evidence": [item.to_dict() for item in self.evidence],
            "reason": self.reason,
        }


@dataclass(frozen=True)
class _Name:
    """A capitalised name in a text: as written (titles dropped), its terms, the words around it
    (its place in the sentence), the terms with its titles, and whether it follows "in", "at"..."""

    span: str
    terms: set[str]
    context: set[str]
    slot: set[str]
    placed: str
    """How it is placed: "in" (in, at, near...), "to", "from", or "" for a name not a place."""
    beside: str = ""
    """The word just before it (stemmed), punctuation aside: "changsha" for "Hubei Province" in
    "Changsha, Hubei Province", which says which of a claim's provinces it stands for."""
    titled: str = ""
    """The name written after a title that has words of its own before it: "Yoshimasa Hayashi" of
    "Chief Cabinet Secretary Yoshimasa Hayashi", whose "Chief Cabinet" belongs to the title."""


@dataclass
class _Claim:
    """A claim as the verifier weighs it: its terms by field, figures, names and polarity."""

    number: int
    record: dict[str, Any]
    main: set[str]
    keywords: set[str]
    """Terms of its search keywords only (other names, related words: they count for less)."""
    quoted: set[str]
    figures: list[Figure]
    text_terms: set[str]
    """Terms of the claim's own text."""
    named: set[str]
    """Terms of what the claim itself says (text, quote, attribution, source), not its search
    keywords, which list other names for search's sake ("Washington" for the U.S.)."""
    names: list[_Name]
    negated: bool
    conflicts: list[str]
    published: list[Figure]
    """The date its source was published, for statements about when a report appeared."""
    titled: set[str] = field(default_factory=set)
    """Terms of its source's title."""
    wished: set[str] = field(default_factory=set)
    """Terms its text and quote use only for what someone hopes, plans or urges (see ``_WISH``)."""
    anchors: dict[int, frozenset[str]] = field(default_factory=dict)
    """The words around each date its text states (by the date's position): what the date is of."""
    foretold: set[str] = field(default_factory=set)
    """Terms its text and quote use only for what will or would be (see ``_FORETELLING``)."""
    as_of: list[Figure] = field(default_factory=list)
    """The dates in brackets its text says it held on ("President (July 2025)"): they bear out a
    statement of that date, and contradict none (see ``_claim_figures``)."""
    headline: set[str] = field(default_factory=set)
    """Terms only its source's title holds, not its text, keywords or quote."""

    def holds(self, term: str) -> bool:
        """Whether the claim holds a term anywhere it is weighed: its text, keywords or quote."""
        return term in self.main or term in self.keywords or term in self.quoted


class Verifier:
    """Verifies statements against one open index; reuse it for many (a draft's sentences)."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._claims: dict[int, _Claim] = {}
        self._idf: dict[str, float] = {}
        self._size = max(index.size(), 1)
        self._ranked: dict[str, list[int]] = {}
        """Claims found per query: a draft's sentences share many of their telling words."""
        self._numbers: dict[str, int | None] = {}
        self._df: dict[str, int] = {}
        self._own_df: dict[str, int] = {}
        self._aliases: list[tuple[frozenset[str], frozenset[str]]] | None = None
        self._thesaurus_terms: set[str] | None = None
        self._outlets: list[frozenset[str]] | None = None
        self._by_source: dict[str, list[int]] | None = None
        """Each source's claims by number, read once (``_told_beside``)."""
        self._typos: dict[tuple[str, str], tuple[str, str] | None] = {}
        """Each unknown word as read, once: a draft repeats its words."""
        self._read_as_typos: set[str] = set()
        """The store's terms the statement being read holds only as typos of them ("fake" read
        as "face"): a claim must hold each for the typo reading to stand (``_unheard``)."""
        self._flipping = False
        """Whether a statement is being read with its opposite words put in a claim's
        (``_borne_out_flipped``): that reading is not flipped again."""
        self._regions_of: set[tuple[str, str]] | None = None
        """Each place the claims write with its region after it ("Takaoka, Toyama Prefecture")."""
        self._most_of: frozenset[str] | None = None
        """The words the store's claims write after "most" ("most keen"), read once."""

    # --- weighing words --------------------------------------------------------------------------

    def frequency(self, term: str) -> int:
        """How many claims hold a term (asked once per term)."""
        if term not in self._df:
            members = _MEMBERS.get(term)
            if members is None:
                self._df[term] = self.index.document_frequency(term)
            else:
                # a word of _SAME_MEANING stands for all its group's words: "sentence" is in as
                # many claims as "sentenced", "jailed" and "imprisoned" together
                docs: set[int] = set()
                for member in members:
                    found = self.index.postings(member)
                    if found is not None:
                        docs.update(found.docs)
                self._df[term] = len(docs)
        return self._df[term]

    def idf(self, term: str) -> float:
        if term not in self._idf:
            frequency = self.frequency(term)
            weight = math.log(1 + self._size / (frequency or 0.5))
            generic = term in GENERIC or bool(_MEMBERS.get(term, frozenset()) & GENERIC)
            self._idf[term] = min(weight, 1.0) if generic else weight
        return self._idf[term]

    def _weight(self, term: str, word: str) -> float:
        """How much a statement's word weighs: its rarity in the store, at most ``WORD_CAP``, and
        ``ADVERB_CAP`` for an adverb ("formally", "regularly")."""
        weight = self.idf(term)
        if word.casefold().endswith("ly") and len(word) > 4:
            return min(weight, ADVERB_CAP)
        if not self.frequency(term) and _everyday(word):
            return min(weight, UNUSED_EVERYDAY_CAP)
        return min(weight, WORD_CAP)

    def _spelt(self, term: str, word: str) -> str:
        """A lower-case word the store never uses, read as the store's word it is a typo of
        ("empreror", "cermony"), as ``ask`` reads typos; a capitalised one stays what it is: a
        name the store lacks ("Takeda", "Kagoshima") is what makes a statement not found."""
        meant = self._meant(term, word)
        return _record_word(meant[1]) if meant else term

    def _typo_free(self, text: str) -> str:
        """The statement with each typo of a store word written as the store writes it, so that a
        figure's unit is read too ("70,000 housholds" counts the store's households)."""

        def written(match: re.Match[str]) -> str:
            meant = self._meant(stem(match.group()), match.group())
            if meant is None:
                return match.group()
            self._read_as_typos.update((meant[1], _record_word(meant[1])))
            return meant[0]

        return _LOWER_WORD.sub(written, text)

    def _placed_as_the_store_places(self, text: str) -> str:
        """The statement with the region written after a place ("Takaoka, Toyama Prefecture")
        left out when a claim places it so too: it says where the place is, which the store
        tells, not a fact of what was done there ("Takaoka, Osaka Prefecture" stays)."""
        if _IN_REGION.search(text) is None:
            return text
        if self._regions_of is None:
            self._regions_of = {
                (match["place"], match["region"])
                for record in self.index.claims()
                for written in (record.get("text") or "", record.get("quote") or "")
                for match in _IN_REGION.finditer(written)
            }
        known = self._regions_of
        return _IN_REGION.sub(
            lambda match: match["place"] if (match["place"], match["region"]) in known else match.group(),
            text,
        )

    def _plural_names_as_one(self, text: str) -> str:
        """The statement with a name made plural for the group it names ("the Senkakus") written
        as the name the store gives the group ("the Senkaku" Islands), when the store never
        writes the plural: the islands are the ones the claim names, not an unknown place."""

        def singular(match: re.Match[str]) -> str:
            word = match.group()
            plural, one = stem(word.casefold()), stem(word[:-1].casefold())
            return word if self.frequency(plural) or not self.frequency(one) else word[:-1]

        return _PLURAL_NAME.sub(singular, text)

    def _superlatives_spelt_out(self, text: str) -> str:
        """The statement with each superlative the store never uses written as "most" and the
        adjective, when the store writes that: "keenest" as its "most keen". A claim saying only
        "a deep interest" bears out no "deepest", so "deepest" stays a word the store lacks."""
        if self._most_of is None:
            self._most_of = frozenset(
                word.casefold()
                for record in self.index.claims()
                for said in (record["text"], record.get("quote") or "")
                for word in _MOST_OF.findall(said)
            )
        most_of = self._most_of

        def spelt_out(match: re.Match[str]) -> str:
            word = match.group()
            if word in common_english(None) or self.frequency(stem(word)):
                return word  # "latest", "honest", "protest" are words of their own
            for base in _superlative_bases(word):
                if base in most_of:
                    return f"most {base}"
            return word

        return _SUPERLATIVE.sub(spelt_out, text)

    def _comparatives_spelt_out(self, text: str) -> str:
        """The statement with each comparative the store never uses written as the verb "-en" the
        store makes of the same adjective: "sharper competition" is its "sharpening competition",
        "wider" its "widening". A comparative of no such verb ("higher", "stronger") stays."""

        def spelt_out(match: re.Match[str]) -> str:
            word = match.group()
            if self.frequency(stem(word)):
                return word
            verb = f"{match.group(1)}en"
            return f"{verb}ing" if len(verb) > 4 and self.frequency(stem(verb)) else word

        return _COMPARATIVE.sub(spelt_out, text)

    def _meant(self, term: str, word: str) -> tuple[str, str] | None:
        """The store's word (as written, and its term) that a lower-case word it never uses is a
        typo of; None for any other word."""
        if (term, word) not in self._typos:
            self._typos[(term, word)] = self._typo_of(term, word)
        return self._typos[(term, word)]

    def _typo_of(self, term: str, word: str) -> tuple[str, str] | None:
        if not word.islower() or not word.isalpha() or self.frequency(term) or word in common_english(None):
            return None  # "lives" and "lost" are words of their own, whatever the store holds
        if word in _NUMBER_WORDS:
            return None  # "eighty" is no typo of "eight"
        if word in _FRAME_WORDS:
            return None  # what a statement is framed in ("caption") is no typo of a store word ("caution")
        if term in _CANONICAL:
            return None  # a word of _SAME_MEANING is read as its group: "reacting" is no "reaching"
        if word in _ANTONYM_WORDS:
            return None  # a word read as another's opposite: "halt" imports is no "half"
        if self._thesaurus_terms is None:
            thesaurus = self.index.thesaurus()
            self._thesaurus_terms = {known for words in thesaurus for known in words} | {
                known for meant in thesaurus.values() for other, _forward in meant for known in other
            }
        if term in self._thesaurus_terms:
            return None  # a reader's word the thesaurus knows ("speeding" up is not "spending")
        found = spelt_nearby(self.index, word, limit=5)
        # a statement's word decides a verdict: two edits make "laughed" "launched"
        edits = 1 if len(word) < TWO_EDITS_FROM else 2
        closest = [
            (distance, known, written)
            for written, distance, known in found
            if written[0] == word[0] and distance <= edits
        ]
        if not closest:
            return None
        best = min(distance for distance, _term, _written in closest)
        meant = sorted((written, candidate) for distance, candidate, written in closest if distance == best)
        return meant[0] if len({candidate for _written, candidate in meant}) == 1 else None

    def _claim(self, number: int, record: dict[str, Any] | None = None) -> _Claim:
        if number not in self._claims:
            if record is None:
                record = self.index.claims_by_number([number])[number]
            claim = _prepare(record, number)
            # the countries an article's title names ("Japan protests South Korean drills") are
            # what each of its claims is about; its people and places are not, however often the
            # store names them ("Emperor Naruhito's Visit" does not make Masako's interest his)
            claim.named |= {term for term in claim.titled if term in _NATIONS}
            claim.main |= self._said_as(claim.main)
            claim.keywords |= self._said_as(claim.keywords)
            own = claim.quoted - claim.headline
            claim.headline |= self._said_as(claim.headline) - self._said_as(own)
            claim.quoted |= self._said_as(claim.quoted)
            claim.headline -= claim.main | claim.keywords
            self._claims[number] = claim
        return self._claims[number]

    def _said_as(self, held: set[str]) -> set[str]:
        """The words readers use for a claim's words, from the store's thesaurus (a claim saying
        "prisoners of war" is about "internees"; "emperor and empress", "the imperial couple")."""
        if self._aliases is None:
            self._aliases = []
            common = ALIAS_WORD_SHARE * self._size
            for words, meant in self.index.thesaurus().items():
                # a word of a reader's phrase that the store's own claims use often in their own
                # sense is not the phrase: "head of state" for a president gives no "state", which
                # the store's "state visit" is; nor is a deed read from a word of the phrase
                # ("laid flowers" for paying respects builds nothing, though "laid" alone is
                # read as "build": see _SAME_MEANING)
                back = {
                    term
                    for other, forward in meant
                    if not forward
                    for term in other
                    if len(other) == 1
                    or (self._own_frequency(term) <= common and _record_word(term) not in _DEEDS)
                }
                back -= _TRIBUTE_DETAILS
                if back:
                    store_words = frozenset(_record_word(word) for word in words)
                    self._aliases.append((store_words, frozenset(_record_word(term) for term in back)))
        out: set[str] = set()
        for store_words, aliases in self._aliases:
            if store_words <= held:
                out |= aliases
        return out

    def _named_alike(self, stated: frozenset[str] | set[str], given: frozenset[str] | set[str]) -> bool:
        """Whether a statement's name is a reader's name for the claim's in the store's thesaurus
        ("Liancourt Rocks" for Takeshima)."""
        self._said_as(set())  # reads the thesaurus once
        return any(
            store_words <= given and set(stated) <= aliases for store_words, aliases in self._aliases or ()
        )

    def _by_id(self, claim_id: str) -> _Claim | None:
        if claim_id not in self._numbers:
            self._numbers[claim_id] = self.index.number_of(claim_id)
        number = self._numbers[claim_id]
        return self._claim(number) if number is not None else None

    # --- the verdict -----------------------------------------------------------------------------

    def _told_outlet(self, text: str) -> tuple[str, frozenset[str]] | None:
        """The outlet a statement says someone spoke to ("told the Yomiuri Shimbun", "in an
        interview with The Diplomat"), when it is one of the store's outlets or named as one
        ("Nikkei Asia", "the BBC"): as written, and its terms."""
        if self._outlets is None:
            self._outlets = [
                _term_set(source["outlet"])
                for source in self.index.sources().values()
                if source.get("outlet")
            ]
        for match in _TOLD_OUTLET.finditer(text):
            named = _term_set(match.group("outlet"))
            if named and (
                any(named <= outlet for outlet in self._outlets)
                or not _OUTLET_WORDS.isdisjoint(match.group("outlet").split())
            ):
                return match.group("outlet"), named
        return None

    def verify(self, statement: str) -> Verdict:
        """The verdict on one statement, with the claims it rests on: the sentence whole, then, for
        a sentence in two parts, each part on its own: the two sides of a contrast ("Japanese
        media were allowed in, while embassy officials were barred"), or, when the store has
        nothing on the sentence whole, its main clause and what an aside says of its subject
        ("Battsetseg Batmunkh, who welcomed the visit, is Mongolia's prime minister"), or two
        statements joined by ", and", ", but" or ";". Either part contradicted contradicts the
        sentence; one the store has nothing on whole is supported only if both parts are. A
        sentence borne out whole is so only if what an aside calls its named subject is too
        ("Shuzo Yamada, a former camp guard, helped build ...")."""
        held = next(filter(None, (view.match(statement.strip()) for view in _WRITERS_VIEW)), None)
        if held is not None and len(statement) <= MAX_PARTED_CHARS:
            return self._writers_view(statement, held["rest"])
        whole = self._verify_whole(statement)
        if len(statement) > MAX_PARTED_CHARS:
            return whole
        if whole.verdict == SUPPORTED and (way := _compared_the_wrong_way(statement)) is not None:
            # "1,621 deaths, more than the 1,684 in Japan's records": each figure borne out, the
            # two are not the way round the sentence puts them
            evidence = [replace(item, role="contradicts") for item in whole.evidence]
            return Verdict(statement, CONTRADICTED, whole.figures, evidence, way)
        described = _DESCRIBED.match(statement.strip()) if whole.verdict == SUPPORTED else None
        if described is not None:
            # "Shuzo Yamada, a former camp guard, helped build the square": what the aside calls
            # him must be borne out too, or the statement says more than the store
            called = self._verify_whole(f"{described['subject']} is {described['aside']}")
            if called.verdict != SUPPORTED:
                contradicted = called.verdict == CONTRADICTED
                reason = called.reason if contradicted else "the store does not say what it calls them"
                verdict = CONTRADICTED if contradicted else NOT_FOUND
                return Verdict(statement, verdict, whole.figures, called.evidence, reason)
        if whole.verdict == NOT_FOUND:
            for titled in _OFFICE_BEFORE_NAME.finditer(statement):
                # "meet U.S. Commerce Secretary Scott Bessent as talks entered a critical phase":
                # whatever the store has on the rest, it gives him another office (a claim naming
                # another holder of the office may be of another time: only his own decides)
                office = " ".join(_strip_stop_words(titled["office"].split()))
                in_office = self._verify_whole(f"{titled['name']} is {office}.")
                named = _name_terms(titled["name"])
                if in_office.verdict == CONTRADICTED and all(
                    named <= _terms(item.claim["text"]) for item in in_office.evidence
                ):
                    return Verdict(
                        statement, CONTRADICTED, whole.figures, in_office.evidence, in_office.reason
                    )
        if whole.verdict == NOT_FOUND and (counted := self._counted_list(statement)) is not None:
            return counted
        parts: tuple[str, str] | None = None
        contrast = _CONTRAST.match(statement.strip()) if whole.verdict in (SUPPORTED, NOT_FOUND) else None
        if contrast is not None:
            # "Japanese media were allowed in, while embassy officials were barred": each side of
            # the contrast is a statement of its own, and the store may have them the other way
            parts = (contrast["first"], contrast["second"])
        elif whole.verdict == NOT_FOUND and (along := _ALONG_WITH.search(statement)) is not None:
            # "Japanese media were allowed into the courtroom along with embassy officials": what
            # it says of the media, whoever shared it, the store may gainsay; a part borne out
            # does not bear out who else shared it
            alone = self._verify_whole(f"{statement[: along.start()]}{statement[along.end() :]}")
            if alone.verdict == CONTRADICTED:
                return Verdict(statement, CONTRADICTED, whole.figures, alone.evidence, alone.reason)
        elif (
            whole.verdict == NOT_FOUND and (said_two := _SAID_TWO_THINGS.match(statement.strip())) is not None
        ):
            # "Yonhap said no troops landed on the islets and that the training was closed to
            # the public": the speaker said each, which the store may have in two claims
            parts = (
                f"{said_two['speaker']} {said_two['first']}.",
                f"{said_two['speaker']} that {said_two['second']}",
            )
        elif whole.verdict == NOT_FOUND and (opening := _WITH_OPENING.match(statement.strip())) is not None:
            # "With reciprocal tariffs due on Sept. 1, Ishiba hoped ...": the date the opening
            # gives is the store's or not, whatever it has on the rest
            parts = (opening["clause"], opening["main"])
        elif whole.verdict == NOT_FOUND and (aside := _WHO_ASIDE.match(statement.strip())) is not None:
            parts = (f"{aside['subject']} {aside['rest']}", f"{aside['subject']} {aside['aside']}")
        elif whole.verdict == NOT_FOUND and (which := _which_tail(statement.strip())) is not None:
            # "troops did not land during the twice-yearly training, which was closed to the
            # public": the sentence, and what the closing "which" says of the thing just named
            parts = which
        elif (
            whole.verdict in (NOT_FOUND, CONTRADICTED)
            and (joined := _COORDINATED.match(statement.strip())) is not None
        ):
            # "The islets are controlled by Seoul, and the drills were the first since Lee took
            # office": two statements, each with its own subject, that no claim makes together;
            # what opens the first ("In 2022,", "According to Kyodo News,") opens the second too
            lead = _LEADING_PHRASE.match(joined["first"])
            second = joined["second"] if lead is None else f"{lead.group()}{joined['second']}"
            main, said = self._verify_whole(joined["first"]), self.verify(second)
            if whole.verdict == CONTRADICTED:
                # "Lee is President (July 2025), and Lee took office in June 2025": a figure read
                # against the other statement's claim; each part borne out bears out the sentence
                both = main.verdict == SUPPORTED and said.verdict == SUPPORTED
                return _joined_verdict(statement, whole, main, said) if both else whole
            return _joined_verdict(statement, whole, main, said)
        elif whole.verdict == NOT_FOUND and (deeds := _SHARED_SUBJECT.match(statement.strip())) is not None:
            # "The imperial couple visited the school and attended the festival": two deeds of
            # one subject, which the store may have in two claims
            parts = (
                f"{deeds['subject']} {deeds['first']}".rstrip(".") + ".",
                f"{deeds['subject']} {deeds['second']}",
            )
        elif whole.verdict == NOT_FOUND and (kind := _called_who(statement.strip())) is not None:
            # "Shuzo Yamada is a former Mongolian guard who oversaw the internees": whatever he
            # oversaw, the store gainsays what he is called, and the sentence says he is that
            what = self._verify_whole(kind)
            if what.verdict == CONTRADICTED:
                return Verdict(statement, CONTRADICTED, whole.figures, what.evidence, what.reason)
        elif whole.verdict == NOT_FOUND and (timed := _TIMED_BY.match(statement.strip())) is not None:
            # "the first since Lee Jae Myung succeeded Moon Jae-in": the store names Lee's
            # predecessor otherwise, whatever it says of the drills; a clause it bears out
            # does not bear out the timing, so only a gainsaid one decides
            when = self._verify_whole(timed["clause"])
            if when.verdict == CONTRADICTED:
                return Verdict(statement, CONTRADICTED, whole.figures, when.evidence, when.reason)
        if parts is None:
            return whole
        main, said = (self._verify_whole(part) for part in parts)
        by_parts = _joined_verdict(statement, whole, main, said)
        # a contrast the store bears out whole stays borne out whole, unless a side is contradicted
        return by_parts if whole.verdict == NOT_FOUND or by_parts.verdict == CONTRADICTED else whole

    def _counted_list(self, statement: str) -> Verdict | None:
        """The verdict on a sentence counting those it lists ("visited by two Japanese prime
        ministers, Kaifu Toshiki and Abe Shinzo"): the list is weighed without its count, and a
        claim listing more beside them gainsays the count ("the store names Koizumi Junichiro
        too"); None when the sentence counts no list, or the count is not the list's length."""
        found = _COUNTED_LIST.search(statement)
        if found is None:
            return None
        listed = [_THE.sub("", item).strip() for item in _LIST_SPLIT.split(found["list"])]
        if NUMBER_WORDS[found["count"].split()[-1].casefold()] != len(listed):
            return None
        uncounted = f"{statement[: found.start()]}{statement[found.start('kind') :]}"
        read = self._verify_whole(uncounted)
        if read.verdict != SUPPORTED:
            return read if read.verdict == CONTRADICTED else None
        stated = [_name_terms(item) for item in listed]
        for item in read.evidence:
            # a claim's quote may stop at its own member: the quotes of those told with it go on
            told = [item.claim] + [
                other.record
                for other_id in item.claim.get("related") or []
                if (other := self._by_id(other_id))
            ]
            for quote in (
                written for record in told for written in (record.get("quote") or "", record["text"])
            ):
                members = [_THE.sub("", member).strip() for member in _LIST_SPLIT.split(quote)]
                at = [
                    i
                    for i, member in enumerate(members)
                    if any(terms and terms <= _name_terms(member) for terms in stated)
                ]
                if not at:
                    continue
                # the run of members around those the statement lists, each a name: one before
                # ends with it ("visited by Prime Ministers Kaifu Toshiki"), one after starts
                # with it ("the Strategic Climate Fund in the project")
                first, last = at[0], at[-1]
                run: list[str] = []
                # (only while the list goes on: a member with more than a name ends it)
                while (
                    first > 0
                    and _LISTED_NAME.fullmatch(members[first])
                    and (before := _NAME_ENDING.search(members[first - 1])) is not None
                ):
                    first -= 1
                    run.append(before.group())
                while (
                    last + 1 < len(members)
                    and _LISTED_NAME.fullmatch(members[last].rstrip("."))
                    and (after := _LISTED_NAME.match(members[last + 1])) is not None
                ):
                    last += 1
                    run.append(after.group())
                run += members[at[0] : at[-1] + 1]
                others = [
                    member
                    for member in run
                    if not any(terms and terms <= _name_terms(member) for terms in stated)
                ]
                if others:
                    reason = f"the store names {others[0]} too"
                    evidence = [replace(item, role="contradicts")]
                    return Verdict(statement, CONTRADICTED, read.figures, evidence, reason)
        return Verdict(statement, SUPPORTED, read.figures, read.evidence, read.reason)

    def _writers_view(self, statement: str, view: str) -> Verdict:
        """The verdict on a view a sentence says a writer holds ("..., an analyst writes"): that
        on the view itself, borne out only by claims giving no one else's words as it (the store
        gives the commentary author's views as theirs, and a minister's words are not a writer's)."""
        read = self.verify(view[:1].upper() + view[1:])
        supports = [item for item in read.evidence if item.role == "supports"]
        if read.verdict == SUPPORTED and any(
            _NOT_A_WRITER.search(item.claim.get("attributed_to") or "") for item in supports
        ):
            return Verdict(
                statement, NOT_FOUND, read.figures, read.evidence, "the store gives it as someone else's"
            )
        return replace(read, statement=statement)

    def _verify_whole(self, statement: str) -> Verdict:
        """The verdict on one statement read whole. A word of praise in it ("welcomed the visit")
        is read as a stance a claim may bear out only to support it: when no claim does, the
        statement is read again with the word weighed as any other."""
        denied = _DENIED_RATE.search(statement) if len(statement) <= MAX_PARTED_CHARS else None
        if denied is not None:
            # "avoid 82,789 tons over its lifetime rather than annually": borne out as a yearly
            # figure, the statement denies the store's own period of it
            rated = self._read_whole(_rate_put_back(statement), True)
            if rated.verdict == SUPPORTED and any(
                _RATE_IN_CLAIM.search(item.claim["text"]) for item in rated.evidence
            ):
                evidence = [replace(item, role="contradicts") for item in rated.evidence]
                reason = f"the store gives it {denied['rate'].casefold()}"
                return Verdict(statement, CONTRADICTED, rated.figures, evidence, reason)
        read = self._read_whole(statement, True)
        if read.verdict == SUPPORTED or _SPOKEN_WELL.search(statement) is None:
            return read
        return self._read_whole(statement, False)

    def _read_whole(self, statement: str, praise: bool) -> Verdict:
        """The verdict on one statement read whole, with a word of praise read as a stance
        (``praise``) or weighed as any other word."""
        text = _UB.sub("Ulaanbaatar", full_years(_unlabelled(statement)))
        text = _WORLD_WARS.sub(
            lambda match: _WORLD_WAR_NAMES[(match.group(1) or match.group(2) or match.group(3)).casefold()],
            " ".join(text.split()),
        )
        # read before the idioms, which take "both countries" for the two a claim names
        every_sides_records = _EVERY_SIDES_RECORDS.search(text)
        if every_sides_records is not None:
            text = (text[: every_sides_records.start()] + " " + text[every_sides_records.end() :]).strip()
        told = self._told_outlet(text)
        # "Japanese records are correct: 1,684 died": the figure said to be the fact, not one side's
        if _RIGHT.search(text):  # the pattern is slow to fail: only a sentence saying "right" is read
            text = _RECORDS_RIGHT.sub("", text)
        text = _hosted_as_national(_DID_NOT_SURVIVE.sub("died", text))
        if "peak" in text:  # "speaks Mongolian" says what language, not who said what
            text = _SPEAKS_LANGUAGE.sub(r"\g<0> language", text)
        if "call" in text or "hought" in text or "hink" in text:
            # "called Khurelsukh" is a phone call and "thought about visiting" a wish to, both
            # facts to check; "called the visit historic" and "thought that ..." only frame one
            text = _THOUGHT_OF.sub("considered", _PHONED.sub("phoned ", text))
        text = _WELL_BEYOND.sub("", _THEN_FOR_THAN.sub(r"\1 than", text))
        text = _elided_counts_named(text)
        for idiom, plain in _IDIOMS:
            text = idiom.sub(plain, text)
        text = self._placed_as_the_store_places(_as_governments(without_the_text_read(text)))
        every_side = _EVERY_SIDE.match(text)
        if every_side is not None:
            text = text[every_side.end() :]
        every_side = every_side or every_sides_records
        self._read_as_typos = set()
        text = self._typo_free(
            self._comparatives_spelt_out(self._superlatives_spelt_out(self._plural_names_as_one(text)))
        )
        figures = [_as_bound(text, figure) for figure in read_figures(text)]
        content = {self._spelt(term, word): word for term, word in _content_terms(text, figures).items()}
        if not content:
            # a caption, "13,847 Japanese POWs, 1,684 deaths": the figures' own words say what of
            counted = " ".join(figure.text for figure in figures if figure.unit in _COUNTED_THINGS)
            content = {self._spelt(term, word): word for term, word in _content_terms(counted, []).items()}
        weights = {term: self._weight(term, word) for term, word in content.items()}
        # "spoke to welcome the visit": a word of praise is the speaker's stance, which a claim
        # giving their own good words of it bears out (see ``_speaks_well``), not a fact to find
        praising = {match.group().casefold() for match in _SPOKEN_WELL.finditer(text)}
        well_spoken = frozenset(term for term, word in content.items() if word.casefold() in praising)
        if praise and well_spoken and len(weights) > len(well_spoken) + MIN_TERMS:
            weights = {term: weight for term, weight in weights.items() if term not in well_spoken}
        else:
            well_spoken = frozenset()
        if told is not None:
            # which outlet has it is checked on its own: its name is not what the statement says
            weights = {term: OUTLET_WEIGHT if term in told[1] else weight for term, weight in weights.items()}
        candidates = self._candidates(text, content, figures)
        weekdays = _weekdays_by_date(text, figures, candidates)
        # a day of the week written before a date goes with the date: "on Tuesday, July 15"
        # is weighed by July 15, whichever day the store's date of it falls on
        dated = {term for term, _stated, _falls_on, _date, _claim in weekdays} | _weekdays_before_dates(
            text, figures
        )
        if dated and len(weights) > len(dated):
            # "on Tuesday, July 8": the day of the week of a claim's date is weighed by the date
            content = {term: word for term, word in content.items() if term not in dated}
            weights = {term: weight for term, weight in weights.items() if term not in dated}
        if not candidates or not weights:
            return Verdict(statement, NOT_FOUND, figures, [], "no claim in the store is about this")
        by_anniversary = self._dated_by_anniversary(statement, text, figures, content, candidates, weights)
        if by_anniversary is not None:
            return by_anniversary
        scored = sorted(
            ((self._coverage(weights, claim), claim) for claim in candidates),
            key=lambda item: (-item[0], item[1].number),
        )
        between = self._between_sides(statement, text, figures, scored, content)
        if between is not None:
            return between
        right_days = {term for term, stated, falls_on, _date, _claim in weekdays if stated == falls_on}
        for term, stated, falls_on, date, claim in weekdays:
            if term not in right_days and (held := self._coverage(weights, claim)) >= SUPPORT_COVERAGE:
                # "on Monday, July 8" of the store's July 8, 2025, a Tuesday
                reason = f"the store's {date.text} was a {falls_on.title()}, not a {stated.title()}"
                against = [Evidence(claim.record, "contradicts", coverage=held)]
                return Verdict(statement, CONTRADICTED, figures, against, reason)
        given_otherwise = (
            self._weekday_otherwise(statement, text, figures, weights, scored)
            or self._service_otherwise(statement, text, figures, weights, scored)
            or self._office_otherwise(statement, text, figures)
            or self._held_now_by_another(statement, text, figures)
            or self._quote_given_otherwise(statement, text, figures, scored)
            or self._given_otherwise(statement, text, figures, scored)
            or self._sea_otherwise(statement, text, figures, weights, scored)
            or self._held_otherwise(statement, text, figures, weights, scored)
            or self._rank_otherwise(statement, text, figures, weights, scored)
            or self._built_otherwise(statement, text, figures, weights, scored)
        )
        if given_otherwise is not None:
            return given_otherwise
        names, opening = self._with_leading_name(_blank(text, figures), candidates)
        if told is not None:
            names = [name for name in names if not name.terms <= told[1]]
        attributions = _attributions(text)

        outcomes: list[tuple[str, list[Evidence]]] = []
        one_date = sum(other.is_date for other in figures) == 1
        for figure in figures:
            lone = figure.is_date and one_date
            outcome = self._figure(figure, scored, weights, text, attributions, lone, content)
            if outcome is None:
                continue
            verdict, items = outcome
            if (
                verdict == CONTRADICTED
                and items
                and figure.is_date
                and _gone_elsewhere(text, items[0].claim["text"])
            ):
                # "a return state visit to Japan in 2026" against the emperor's visit to Mongolia
                # in July 2025: another trip, of which the store says nothing
                verdict, items = (
                    NOT_FOUND,
                    [Evidence(item.claim, "context", item.stated, item.figure) for item in items],
                )
            if (
                verdict in (CONTRADICTED, DISPUTED)
                and items
                and not _precise(figure)
                and self._uncovered_names(
                    [name for name in names if self._specific(name.terms)],
                    [self._claim_of(items[0]), *self._related([self._claim_of(items[0])])],
                )
            ):
                # "Khaan Quest 2024" against "King Search 2022": another exercise, not another year
                verdict, items = (
                    NOT_FOUND,
                    [Evidence(item.claim, "context", item.stated, item.figure) for item in items],
                )
            if verdict == SUPPORTED and every_side is not None and items:
                gainsaid = self._gainsaid_by_a_side(figure, self._claim_of(items[0]))
                if gainsaid:
                    # "the records of both countries put the deaths above 1,650": one side's do not
                    verdict, items = CONTRADICTED, gainsaid
            outcomes.append((verdict, items))
        if any(
            verdict == NOT_FOUND and items and items[0].stated and items[0].stated.is_date
            for verdict, items in outcomes
        ):
            # a period the store does not confirm ("since 2015") may be why a count differs
            outcomes = [
                (NOT_FOUND if verdict == CONTRADICTED else verdict, items) for verdict, items in outcomes
            ]

        best_coverage = scored[0][0]
        evidence: list[Evidence] = []
        for verdict in (CONTRADICTED, DISPUTED):
            found = [items for outcome, items in outcomes if outcome == verdict]
            if found:
                for items in found:
                    evidence.extend(items)
                if verdict == DISPUTED and every_side is not None:
                    # "whichever records are used, more than 1,650 died": one source says fewer
                    evidence = [
                        replace(item, role="contradicts") for item in evidence if item.role == "other-side"
                    ]
                    return Verdict(
                        statement,
                        CONTRADICTED,
                        figures,
                        _unique(evidence),
                        "not every source's figure bears it out",
                    )
                return Verdict(statement, verdict, figures, _unique(evidence), _reason(verdict, evidence))

        unknown = [items for outcome, items in outcomes if outcome == NOT_FOUND]
        supporting = [item for outcome, items in outcomes if outcome == SUPPORTED for item in items]
        near = [(c, claim) for c, claim in scored if c >= best_coverage - NEAR_BEST]
        top_coverage, top = scored[0]
        # how much of it the nearest claim is about, its opposite words counted: only where no
        # figure was left unfound, as both checks below ask
        opposing = (
            top_coverage if unknown else self._with_opposites(weights, content, text, top, top_coverage)
        )
        if told is not None and not unknown and not supporting:
            for coverage, claim in scored[:CANDIDATES]:
                if coverage < CONTRADICT_COVERAGE:
                    break
                their_outlet = _outlet(claim.record)
                if (
                    their_outlet
                    and not told[1] <= _outlet_terms(claim.record)
                    and names
                    and all(name.terms <= claim.named for name in names)
                ):
                    # "Battsetseg welcomed the visit in an interview with the Yomiuri Shimbun":
                    # what she said of it, the store has from another outlet
                    evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
                    return Verdict(
                        statement,
                        CONTRADICTED,
                        figures,
                        evidence,
                        _from_another_outlet(their_outlet, told[0]),
                    )
        if not unknown and not supporting and len(weights) >= MIN_TERMS:
            if FIGURE_COVERAGE <= opposing < CONTRADICT_COVERAGE:
                # "allowed into the courtroom for the espionage ruling": what the occasion is
                # called, the claim's own report names elsewhere
                opposing += self._told_beside(weights, top)
            opposed = self._opposition(text, top) if opposing >= CONTRADICT_COVERAGE else None
            if opposed is not None:
                # the claim most about the statement says the opposite: no other claim can bear it out
                evidence = [Evidence(top.record, "contradicts", coverage=top_coverage)]
                return Verdict(statement, CONTRADICTED, figures, evidence, opposed)
            for near_coverage, near_claim in near[1:]:
                if near_coverage >= CONTRADICT_COVERAGE and self._denies_beyond(text, near_claim, top):
                    # a claim as much about it denies in so many words what the nearest claim
                    # does not itself say: "Millward said the partnership would bring Mongolia
                    # into a military alliance" against his "without aligning itself with any
                    # military alliance", however near his "defense partnership" comes to it
                    evidence = [Evidence(near_claim.record, "contradicts", coverage=near_coverage)]
                    return Verdict(statement, CONTRADICTED, figures, evidence, "the store says the opposite")
        if not unknown and supporting and opposing >= CONTRADICT_COVERAGE:
            backing = [self._claim_of(item) for item in supporting]
            # the claim bearing out the figures may itself say the opposite of the rest: "since
            # 2011 ... narrowed" against its "since 2011 ... enlarged", or with a word of no
            # weight of its own: "came shortly after the 80th anniversary" against its "before"
            if (top not in backing or opposing > top_coverage or _opposed_by(text, top)) and all(
                any(compare(figure, own) == MATCH for own in top.figures) for figure in figures
            ):
                opposed = self._opposition(text, top)
                if opposed is not None:
                    # the claim most about the statement, with its figures, says the opposite:
                    # "had established ties by 1966" against "in 1966 ... had not yet
                    # established", whatever another claim dated 1966 says
                    evidence = [Evidence(top.record, "contradicts", coverage=top_coverage)]
                    return Verdict(statement, CONTRADICTED, figures, evidence, opposed)
        if not unknown:
            options: list[list[Evidence]] = [supporting] if supporting else []
            if supporting:
                # the figure from one claim, the rest from the claim most about the statement, when
                # both are about the same someone ("Yamada, 107, helped build ..."), or, for a
                # figure as loose as "first", when the store links the two claims ("the first
                # drills since Lee took office, succeeding Yoon")
                best_claim = scored[0][1]
                soft = any(item.stated is not None and item.stated.soft for item in supporting)
                backing = [self._claim_of(item) for item in supporting]
                if (
                    not soft
                    and any(
                        self._shared(claim, best_claim) or self._linked_both_ways(claim, best_claim)
                        for claim in backing
                    )
                ) or (soft and best_claim not in backing and best_claim in self._related(backing)):
                    options.append(
                        [*supporting, Evidence(best_claim.record, "supports", coverage=best_coverage)]
                    )
            if not figures or not supporting:
                options += [[Evidence(claim.record, "supports", coverage=c)] for c, claim in near]
                options += self._split_sentence(weights, near[0][1])
            elif near[0][1] in backing:
                # the claim bearing out the figure, with the claims quoting the rest of its
                # sentence: "grew out of a Strategic Partnership set up in 2010" names the
                # partnership the 2010 one was upgraded to, which the claim quoting on names
                options += self._split_sentence(weights, near[0][1])
            speaker = _speaker_terms(text)
            # "According to the Yomiuri Shimbun, the Japanese government has expressed ...": the
            # outlet a claim's source is reports what it has anyone say
            cited = _CITED_FROM.match(text) is not None
            hoping, done = _WISH.search(text) is not None, _DONE.search(text) is not None
            # "bolstered efforts to secure their release": done, whatever its object hopes
            foreseeing = hoping and _hoping(text)
            # "attended the opening ceremony" opens nothing; "built the POW cemetery" no memorial
            deeds, done_to = _deeds_done(text)
            for chosen in options:
                # each claim once, however many of the statement's figures it bears out: every
                # check below reads the statement against each claim
                claims = list({claim.number: claim for claim in map(self._claim_of, chosen)}.values())
                related = self._related(claims)
                coverage = self._coverage(weights, *claims, related=related)
                renamed = _renamed_by(text, claims) if coverage >= CONTRADICT_COVERAGE else None
                if renamed is not None:
                    # "Shine Mongol University": a name the claims end otherwise
                    evidence = [Evidence(renamed[0].record, "contradicts", coverage=coverage)]
                    return Verdict(statement, CONTRADICTED, figures, evidence, renamed[1])
                # the claims themselves must hold most of it; related claims only fill in
                if coverage < SUPPORT_COVERAGE or self._coverage(weights, *claims) < MAIN_COVERAGE:
                    continue
                if self._uncovered_names(names, claims, related) or _unheld_country(text, claims + related):
                    continue
                beyond = _beyond_headlines(weights, claims)
                if self._coverage(beyond, *claims, related=related) * sum(
                    beyond.values()
                ) < MAIN_COVERAGE * sum(weights.values()):
                    continue  # "Millward travelled with the imperial couple": only a title has the visit
                if _country_put_twice(text, claims):
                    continue  # "exchanges between China and China": the claims' Japan is left out
                if self._name_from_elsewhere(names, claims):
                    continue  # "the first state visit by an emperor in Osaka": Osaka is of Bessent's trip
                if opening is not None and not opening.terms - _COMMON_NOUNS <= _names_of(claims + related):
                    continue  # "Ishiba had visited Mongolia as crown prince": Naruhito had
                if _placed_elsewhere(names, claims):
                    continue  # "visited Japan as crown prince in 2007": he visited Mongolia
                if _other_weekday(text, claims, dated, related):
                    continue  # "touched on the ruling Thursday": the claim's July 16 was a Wednesday
                if _more_parties(text, claims):
                    continue  # "the three governments will continue to cooperate": two do
                if _other_party_between(text, claims):
                    continue  # "between Mongolia, Japan and North Korea": the claim's third is the U.S.
                if _company_unheld(text, claims):
                    continue  # "... held drills together with China": the claims have no one join in
                joined = self._joined(text, weights, claims, related)
                if joined is not None:
                    evidence = [Evidence(joined.record, "contradicts", coverage=coverage)]
                    return Verdict(statement, CONTRADICTED, figures, evidence, "the store names others too")
                if self._unheard(weights, claims + related):
                    continue
                first_doer, first_deed = _doer_and_deed(text)
                if any(
                    # a claim's search keywords list related words ("press, media, attend" beside
                    # a claim that the media could not enter), which find it but state nothing: a
                    # doer or deed only they hold, which a related claim states, is that claim's
                    any(term in c.keywords for c in claims)
                    and not any(term in c.main or term in c.quoted for c in claims)
                    and any(term in c.main for c in related)
                    for term in first_doer | first_deed
                ):
                    continue  # "Japanese media attended the trial": only a search keyword has media attend
                if self._kind_unheld(text, weights, claims, related):
                    continue  # "Mongolia's military alliances": the claim's are third neighbor mechanisms
                if any(
                    not any(office <= c.main for c in claims + related) for office in _offices_named(text)
                ):
                    continue  # "Japan's foreign minister predicted": the claim has its ambassador predict it
                if any(
                    (term in _DECISIVE or term in deeds)
                    and not any(_does(c, term) if term in deeds else c.holds(term) for c in claims)
                    for term in weights
                ) or any(
                    # what was built must be held by a claim that builds it, not by another claim
                    # naming such a thing ("built the POW cemetery": the memorial's claim builds,
                    # a visit to the sites commemorating the POWs names no building)
                    term in weights
                    and not any(c.holds(term) and all(_does(c, deed) for deed in deeds) for c in claims)
                    for term in done_to
                ):
                    continue  # "criticised the visit": the claims give what was said, not a judgement on it
                if any(
                    term.isdigit() and not any(claim.holds(term) for claim in claims + related)
                    for term in weights
                ):
                    continue  # "King Search 2019": a number in a name the claims give otherwise
                if well_spoken and not any(
                    all(map(claim.holds, well_spoken)) or _speaks_well(claim.record) for claim in claims
                ):
                    continue  # "welcomed China's detention": the claim voices serious concerns
                if speaker and not any(
                    speaker <= _voices(claim.record) | (_outlet_terms(claim.record) if cited else frozenset())
                    for claim in claims
                ):
                    continue  # "Tokyo has officially said ...": the store has it from someone else
                if _quoted_words(text) and _quoting(text, claims) is None:
                    misquoted = _misquoting(text, claims)
                    if misquoted is not None:
                        # "said the visit 'will close a chapter in the relationship'": the store
                        # has them say it 'will open a new chapter in the relationship'
                        evidence = [Evidence(misquoted.record, "contradicts", coverage=coverage)]
                        return Verdict(
                            statement, CONTRADICTED, figures, evidence, "the store quotes other words"
                        )
                    continue  # words in quotation marks the store has from no one
                if (
                    _FORETOLD.search(text)
                    and not _SAID_IN.search(text)
                    and all(map(_someones_forecast, claims))
                ):
                    continue  # "the visit will open a new chapter": the ambassador's words, in the store
                if any(
                    self._opposite(text, claim) and not _denial_told_by(text, claim, claims)
                    for claim in claims
                ):
                    continue
                if not hoping and self._wished(weights, claims, related):
                    continue
                if (
                    not foreseeing
                    and self._foretold(weights, claims)
                    # past a word of wishing, only the very words put in the past say it was done
                    and ((done and not hoping) or _told_as_done(content, claims, text))
                ):
                    continue  # "now supplies 70,000 households", "sent a delegate": the claim says it will
                if _MOSTLY.search(text) and not _claims_say(claims, _MOSTLY_CLAIMED.search):
                    continue  # "built mainly by Japanese POWs": the claims must say how much too
                if _OFTEN.search(text) and not _claims_say(claims, _OFTEN_CLAIMED.search):
                    continue  # "visited Mongolia several times": the claims must say how often too
                if not _means_of_travel(text) <= set().union(
                    *(_means_of_travel(f"{c.record['text']} {c.record.get('quote') or ''}") for c in claims)
                ):
                    continue  # "visited Mongolia by train": the claims must say how they went too
                if _exclusive(text) and not _claims_say(claims, _exclusive):
                    partial = next((claim for claim in claims if _PARTIAL.search(claim.record["text"])), None)
                    if partial is not None:
                        # "all of its detainees are held in Wenzhou" against "in locations
                        # including Wenzhou, Sanya and Changsha"
                        evidence = [Evidence(partial.record, "contradicts", coverage=coverage)]
                        said = _EXCLUSIVE.search(text)
                        every = said is not None and said.group().casefold().startswith(("all", "every"))
                        why = "the store says some, not all" if every else "the store gives it as one of more"
                        return Verdict(statement, CONTRADICTED, figures, evidence, why)
                    continue  # "only the emperor attended": the claims must say so too
                if _PIONEERING.search(text) and not _claims_say(claims, _FIRST_WORD.search):
                    continue  # "the first prime minister to visit": the claims must say first too
                if (
                    _ranks_a_kind(text, figures)
                    and not any(figure.kind == "ordinal" for claim in claims for figure in claim.figures)
                    and not _claims_say(claims, _RANK_WORD.search)
                ):
                    continue  # "the first country Naruhito visited": the claims must rank something too
                if _only_narrower_firsts(text, figures, claims):
                    continue  # "his first-ever visit" is not borne out by "his first state visit"
                if _role_of_another_time(text, [claim.record["text"] for claim in claims]):
                    continue  # "attended in 2019 as president": the store gives the office for 2025
                for claim in claims:
                    # "Yoon took office, succeeding Lee" against "Lee took office, succeeding Yoon"
                    if _roles_swapped(text, claim.record["text"]):
                        why = "the store has them the other way round"
                    elif _order_reversed(text, claim.record["text"]):
                        why = "the store has the order the other way round"
                    elif (doer := _doers_swapped(text, claim.record["text"])) is not None:
                        why = f"the store has {doer} do it"
                    elif _compared_the_other_way(text, claim.record["text"]):
                        why = "the store compares them the other way round"
                    elif _embassy_otherwise(text, claim.record["text"]):
                        why = "the store names another embassy"
                    elif (named := _named_otherwise(text, claim.record["text"])) is not None:
                        why = named
                    elif (doer := _other_doer_opening(text, claim.record["text"])) is not None:
                        why = f"the store has {doer} do it"
                    else:
                        continue
                    evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
                    return Verdict(statement, CONTRADICTED, figures, evidence, why)
                for claim in claims:
                    # a related claim may name what this one puts someone else in the place of
                    clash = self._clash(text, names, weights, claim, False)
                    if clash is not None:
                        evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
                        return Verdict(statement, CONTRADICTED, figures, evidence, clash)
                claim_texts = [claim.record["text"] for claim in claims]
                swapped = _countries_swapped(text, claim_texts) or _language_swapped(text, claim_texts)
                if swapped is not None:
                    # "improve ties with the United States" against the claim's "with Japan"
                    evidence = [Evidence(claims[0].record, "contradicts", coverage=coverage)]
                    return Verdict(statement, CONTRADICTED, figures, evidence, swapped)
                if any(_other_nationality(text, claim.record["text"]) for claim in claims):
                    continue  # "Mongolia's moves to reconcile" is not borne out by Japan's
                if told is not None and not any(told[1] <= _outlet_terms(claim.record) for claim in claims):
                    given = next((o for claim in claims if (o := _outlet(claim.record))), None)
                    if given is None:
                        continue  # the store has it from a source that names no outlet
                    evidence = [Evidence(claims[0].record, "contradicts", coverage=coverage)]
                    return Verdict(
                        statement, CONTRADICTED, figures, evidence, _from_another_outlet(given, told[0])
                    )
                office = self._other_office_there(statement, text, figures)
                if office is not None:
                    return office  # "Shigeru Ishiba is President of Japan", with President Trump linked
                holding = {claim.number for claim in claims}
                reversing = next(
                    (
                        (c, claim)
                        for c, claim in near
                        if c >= coverage
                        and claim.number not in holding
                        and _roles_swapped(text, claim.record["text"])
                        and _countries_swapped(text, [claim.record["text"]]) is not None
                    ),
                    None,
                )
                if reversing is not None:
                    # "Mongolia has invested in renewable energy in Japan": the claim holding as much
                    # of it has the two countries the other way round, whatever another claim listing the same
                    # words ("keen to see cooperation with Japan in ... investment") seems to say
                    evidence = [Evidence(reversing[1].record, "contradicts", coverage=reversing[0])]
                    return Verdict(
                        statement, CONTRADICTED, figures, evidence, "the store has them the other way round"
                    )
                for item in chosen:
                    item.coverage = item.coverage or coverage
                shown = _unique(chosen)
                reason = "a claim states it" if len(shown) == 1 else "the claims state it between them"
                return Verdict(statement, SUPPORTED, figures, shown, reason)

        # What the figures cannot show: another person or place, the opposite statement. A claim
        # naming someone else covers less of the statement, so look beyond the nearest. Claims
        # bearing its figures come first: "went to Mongolia in 2007 as emperor" is about the claim
        # of his 2007 visit, however many of his 2025 one hold more of its words
        # (a loose "first" the claim does not rank by leaves its other figures to date it: "had
        # first visited in 2007 during Bagabandi's presidency" is of the claim's 2007 visit)
        firm = [figure for figure in figures if not figure.soft]
        bears_firm = {
            claim.number: all(any(compare(figure, own) == MATCH for own in claim.figures) for figure in firm)
            for _coverage, claim in scored
        }
        bearing_first = sorted(
            scored, key=lambda item: (not (firm and bears_firm[item[1].number]), -item[0], item[1].number)
        )
        for coverage, claim in bearing_first[:CANDIDATES]:
            # a figure too little of the statement found may be the claim's own ("in 2007 under
            # President X" against the claim's "in 2007 ... Enkhbayar"): then the name decides
            held = sum(any(compare(figure, own) == MATCH for own in claim.figures) for figure in figures)
            borne = bool(figures) and held == len(figures)
            firm_borne = len(firm) < len(figures) and bool(firm) and bears_firm[claim.number]
            clash = self._clash(
                text, names, weights, claim, bool(unknown) and not (borne or firm_borne), held
            )
            if (
                clash is None
                and borne
                and coverage >= CONTRADICT_COVERAGE
                and (other := _three_countries_otherwise(text, claim.record["text"])) is not None
            ):
                # "in 2022, Japan, Mongolia and South Korea held a trilateral meeting in Tokyo"
                # against the claim's Japan-Mongolia-U.S. meeting there that year (its date says
                # which meeting: "a trilateral summit" alone may be another)
                clash = other
            if clash is None and borne and _other_role(text, claim.record["text"]):
                # "visited Mongolia in July 2025 as crown prince" against the claim's "Emperor
                # Naruhito" visiting then: its role's words aside, the claim holds the statement
                roleless = {term: weight for term, weight in weights.items() if term not in _role_terms(text)}
                if _held_in_text(roleless, [claim]) >= CONTRADICT_COVERAGE:
                    clash = _other_role_reason(text, claim.record["text"])
            if (
                clash is None
                and (borne or not figures)
                and (swap := _list_member_swapped(text, claim.record["text"])) is not None
            ):
                # "push Mongolia, Japan and North Korea to rely on each other" against the claim's
                # "Mongolia, Japan and South Korea": the rest of it held, one name put for another
                rest = {term: weight for term, weight in weights.items() if term not in _term_set(swap[0])}
                if self._coverage(rest, claim) >= CONTRADICT_COVERAGE:
                    theirs, mine = _shown_name(swap[1], claim.record["text"]), _shown_name(swap[0], text)
                    clash = f"the store lists {theirs} there, not {mine}"
            if clash is None and borne and coverage >= CONTRADICT_COVERAGE:
                # "met in 2019 when the emperor visited Ulaanbaatar" against the claim's "met in
                # 2019, when Khurelsukh attended the Japanese emperor's enthronement ceremony"
                clash = _occasion_otherwise(text, claim.record["text"])
            if clash is None and borne and (stuff := _stuff_swapped(text, figures, claim)) is not None:
                # "avoid 82,789 tons of methane emissions" against the claim's "82,789 tons of
                # carbon dioxide emissions": its figure and the rest held, what it weighs another
                rest = {term: weight for term, weight in weights.items() if term not in _term_set(stuff[0])}
                if self._coverage(rest, claim) >= CONTRADICT_COVERAGE:
                    clash = f"the store counts {stuff[1]} there, not {stuff[0]}"
            if (
                clash is None
                and bears_firm[claim.number]
                and (doer := _doers_swapped(text, claim.record["text"]))
            ):
                # "Naruhito attended Khurelsukh's inauguration in 2019" against "Khurelsukh
                # attended the Japanese emperor's enthronement ceremony" in 2019: whatever the
                # statement calls the occasion, the store has the other one do it (a loose
                # "first met when ..." is no date of another occasion)
                clash = f"the store has {doer} do it"
            if clash is not None:
                evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
                return Verdict(statement, CONTRADICTED, figures, evidence, clash)

        if unknown:
            context = [item for items in unknown for item in items][:2]
            return Verdict(statement, NOT_FOUND, figures, context, "the store does not state this figure")
        if supporting:
            return Verdict(
                statement, NOT_FOUND, figures, [], "the figures agree but the store does not state the rest"
            )
        if not self._flipping and len(statement) <= MAX_PARTED_CHARS and _word_set(text) & _ANTONYM_WORDS:
            flipped = self._borne_out_flipped(statement, praise, scored[:CANDIDATES])
            if flipped is not None:
                return flipped
        return Verdict(statement, NOT_FOUND, figures, [], "no claim states this")

    def _borne_out_flipped(
        self, statement: str, praise: bool, scored: list[tuple[float, _Claim]]
    ) -> Verdict | None:
        """The claim among the nearest that bears a statement out once each of its words whose
        opposite the claim uses is put in the claim's word, as a contradiction: "Yamada said he
        regretted that the emperor would visit" against his "glad that the Emperor and Empress
        will pay their respects", which says of it in other words what the statement says the
        opposite of. None when no claim does (the statement read with only its opposite words
        put back must be borne out by that very claim)."""
        self._flipping = True
        try:
            for coverage, claim in scored:
                if coverage < FLIPPED_COVERAGE:
                    break
                swaps = _opposite_swaps(statement, claim.record["text"])
                if not swaps:
                    continue
                flipped = statement
                for mine, theirs in swaps.items():
                    flipped = re.sub(
                        rf"\b{re.escape(mine)}\b",
                        theirs.replace("\\", "\\\\"),  # a word, never a group reference
                        flipped,
                        flags=re.IGNORECASE,
                    )
                read = self._read_whole(flipped, praise)
                if read.verdict == SUPPORTED and any(
                    item.claim["id"] == claim.record["id"] for item in read.evidence
                ):
                    evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
                    return Verdict(
                        statement, CONTRADICTED, read.figures, evidence, "the store says the opposite"
                    )
        finally:
            self._flipping = False
        return None

    def _dated_by_anniversary(
        self,
        statement: str,
        text: str,
        figures: list[Figure],
        content: dict[str, str],
        candidates: list[_Claim],
        weights: dict[str, float],
    ) -> Verdict | None:
        """The verdict on a statement dating what a claim counts an anniversary of: "Japan and
        Mongolia established diplomatic relations in 1972" against the 50th anniversary of their
        diplomatic ties in 2022, "World War II ended in 1945" against its 80th in 2025. The
        claim's figure (``years of`` a state, ``years since`` an event) and date give the year
        the statement must name; None unless the statement's only figure is a year "in" (or,
        for a state, "since") which something happened, and it says nothing the anniversary's
        subject, its countries and a word for happening (or, for a state, beginning) do not."""
        if len(figures) != 1 or figures[0].kind != "year" or figures[0].iso is None or _negated(text):
            return None
        stated = figures[0]
        preposition = text[: stated.start].split()[-1:]
        if preposition not in (["in"], ["since"]):
            return None
        said = set(content) - set(_content_terms(preposition[0], []))  # "since" is a word of its own
        years: dict[int, list[tuple[_Claim, str]]] = {}
        for claim in candidates:
            subject = _anniversary_subject(claim.record)
            if subject is None:
                continue
            of_a_state, subject_text, subject_terms = subject
            if of_a_state:  # "diplomatic relations": since a year, or begun in it
                if preposition == ["in"] and not said & _starting_terms():
                    continue
                allowed = subject_terms | _starting_terms()
            else:  # "the end of World War II": what happened in a year
                if preposition != ["in"]:
                    continue
                allowed = subject_terms | _happening_terms()
            if re.search(r"\bend\b", subject_text) and not re.search(r"(?i)\bend(?:ed|s|ing)?\b", text):
                continue  # the war's end, not the war: "World War II took place in 1945" is not it
            allowed |= set(_nations_named(claim.record["text"]))
            if not said <= allowed or len(said & subject_terms) < 2:
                continue
            year = int(claim.record["date"][:4]) - int(claim.record["value"])
            years.setdefault(year, []).append((claim, subject_text))
        if len(years) != 1:
            return None  # none, or anniversaries that disagree: read as any statement is
        ((year, claims),) = years.items()
        derived = read_figures(str(year))[0]
        counted, subject_text = claims[0][0].record, claims[0][1]
        since = (
            f"the store's {_ordinal(int(counted['value']))} anniversary of {subject_text}"
            f" in {counted['date'][:4]} puts it in {year}"
        )
        supported = stated.iso == str(year)
        role = "supports" if supported else "contradicts"
        evidence = [
            Evidence(claim.record, role, stated, derived, self._coverage(weights, claim))
            for claim, _ in claims
        ]
        if supported:
            return Verdict(statement, SUPPORTED, figures, evidence, since)
        return Verdict(statement, CONTRADICTED, figures, evidence, f"{since}, not {stated.text}")

    def _between_sides(
        self,
        statement: str,
        text: str,
        figures: list[Figure],
        scored: list[tuple[float, _Claim]],
        content: dict[str, str],
    ) -> Verdict | None:
        """The verdict on a statement relating the sides of a disputed figure ("Japanese records
        count 63 more deaths than the Mongolian records do", "by Mongolian records about 13% of
        the POWs died"): ``core.sides`` does the arithmetic on the figures of the claims in
        conflict that the statement is about. None for any other statement."""
        groups: list[list[Side]] = []
        seen: set[frozenset[str]] = set()
        stored: dict[str, Figure] = {}  # claim id -> its figure, read once for the evidence too
        # the words relating the sides ("survived", "more than") are no words a side must hold
        about = {term: self._weight(term, word) for term, word in content.items() if term not in _RELATING}
        for coverage, claim in scored[:CANDIDATES]:
            own = _stored_figure(claim)
            if own is None:
                continue
            if coverage < SIDES_COVERAGE and (not about or self._coverage(about, claim) < SIDES_COVERAGE):
                continue
            group = self._group(claim)
            key = frozenset(member.record["id"] for member in group)
            if len(group) < 2 or key in seen:
                continue
            seen.add(key)
            sides = []
            for member in group:
                figure = _stored_figure(member)
                if figure is None or figure.value is None or not units_agree(figure, own):
                    continue
                stored[member.record["id"]] = figure
                by = frozenset(_terms(member.record.get("attributed_to") or ""))
                sides.append(Side(member.record, by, figure.value))
            if len(sides) > 1:
                groups.append(sides)
        if not groups:
            return None
        # the quantity the statement counts decides which disputed figure it relates ("63 more
        # deaths" relates the death tolls, though the totals' claims come first)
        counted = {figure.unit for figure in figures if not figure.is_date} - {""}
        said = _term_set(text)
        groups.sort(
            key=lambda sides: (
                not (
                    stored[sides[0].claim["id"]].unit in counted
                    or bool(_terms(sides[0].claim.get("unit") or "") & said)
                )
            )
        )
        outcome = compared(text, figures, groups[0])
        if outcome is None:
            for parts, wholes in permutations(groups, 2):
                if max(side.value for side in parts) < min(side.value for side in wholes):
                    outcome = share(text, figures, parts, wholes) or survived(text, figures, parts, wholes)
                    break
        if outcome is None:
            return None
        verdict, used, worked = outcome
        claims = [found for side in used if (found := self._by_id(side.claim["id"])) is not None]
        held = [*claims, *self._related(claims)]
        if any(
            term not in GENERIC and term not in _RELATING and not any(claim.holds(term) for claim in held)
            for term in content
        ):
            # "more deaths from cold", "died in the first winter": a part of the quantity the
            # store does not break down
            return None
        role = {SUPPORTED: "supports", CONTRADICTED: "contradicts", DISPUTED: "disputes"}[verdict]
        evidence = [Evidence(side.claim, role, None, stored[side.claim["id"]]) for side in used]
        reasons = {
            SUPPORTED: "the store's figures bear it out",
            CONTRADICTED: "the store's figures do not bear it out",
            DISPUTED: "the store's sources disagree on it",
        }
        return Verdict(statement, verdict, figures, _unique(evidence), f"{reasons[verdict]}: {worked}")

    def _given_otherwise(
        self, statement: str, text: str, figures: list[Figure], scored: list[tuple[float, _Claim]]
    ) -> Verdict | None:
        """The verdict on a statement giving someone a title, or somewhere a prefecture, that the
        store gives otherwise ("Defence Minister Battsetseg", "Takaoka is in Ishikawa Prefecture"):
        whatever else it says, it is contradicted. None when no claim about it does so."""
        for reason_of in (_title_given_otherwise, _region_given_otherwise):
            for coverage, claim in scored[:CANDIDATES]:
                singling = self._singling_out if reason_of is _title_given_otherwise else self._specific
                reason = reason_of(text, claim.record["text"], singling)
                if reason is None and reason_of is _region_given_otherwise:
                    # "Wenzhou (Zhejiang Province)" in the claim is "Wenzhou, Zhejiang Province" in its quote
                    reason = reason_of(text, claim.record.get("quote") or "", self._specific)
                if reason is not None:
                    evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
                    return Verdict(statement, CONTRADICTED, figures, evidence, reason)
        return None

    def _quote_given_otherwise(
        self, statement: str, text: str, figures: list[Figure], scored: list[tuple[float, _Claim]]
    ) -> Verdict | None:
        """The verdict on a statement putting a claim's own quoted words in the mouth of someone
        else ("Mongolia's foreign minister predicted the visit 'will open a new chapter'", words of
        Japan's ambassador): contradicted. None when no claim quotes the words, or the speaker the
        statement names is the claim's."""
        if not _quoted_words(text):
            return None
        offices = _offices_named(text)
        # a speaker by a name the store knows ("Ambassador Igawahara"), not any capitalised word
        speaker = frozenset(term for term in _speaker_terms(text) if self.frequency(term))
        if not offices and not speaker:
            return None
        for coverage, claim in scored[:CANDIDATES]:
            if _quoting(text, [claim]) is None:
                continue
            voices = _voices(claim.record)
            if _CITED_FROM.match(text) is not None:
                voices |= _outlet_terms(claim.record)  # "According to Kyodo News, Kanai said '...'"
            if any(not office <= claim.main | voices for office in offices) or (
                speaker and not speaker <= voices
            ):
                evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
                said_by = claim.record.get("attributed_to") or "someone else"
                return Verdict(
                    statement, CONTRADICTED, figures, evidence, f"the store has these words from {said_by}"
                )
            return None
        return None

    def _weekday_otherwise(
        self,
        statement: str,
        text: str,
        figures: list[Figure],
        weights: dict[str, float],
        scored: list[tuple[float, _Claim]],
    ) -> Verdict | None:
        """The claims bearing out all but the day of the week a statement gives, with no date
        beside it, when each that says a day says another ("sentenced on a Tuesday" against the
        store's sentencing on Wednesday, July 16); None when one says the statement's day, or none
        says any."""
        # "on Tuesday, July 15": weighed by the date (``_weekdays_by_date``); a date elsewhere
        # ("on Monday, ahead of the Aug. 1 tariff deadline") is of something else
        dated = _weekdays_before_dates(text, figures)
        stated = {day for day in _word_set(text) & _WEEKDAYS if stem(day) not in dated}
        if dated or len(stated) != 1:
            return None  # one day of the week, or none to weigh (``_one_of_a_kind_otherwise``)
        said = _SAID_ON_A_DAY.search(text) is not None
        said_on = _SAID_DAY.search(text)
        for figure in figures:
            if figure.is_date and any(
                compare(figure, theirs) == MATCH for _held, claim in scored for theirs in claim.figures
            ):
                # "on Monday, ahead of the Aug. 1 tariff deadline": the words dated by a date the
                # store gives are of that date's event, not of the one the day of the week is
                before, after, inside = _anchor_parts(*_around(text, figure))
                if inside:
                    of_date = set(_anchor_terms(before) + _anchor_terms(after))
                    weights = {term: weight for term, weight in weights.items() if term not in of_date}

        def days(claim: _Claim) -> set[str]:
            if _SAID_DONE_BEFORE.search(claim.record["text"]) and not said:
                # "on July 17 ... said it had lodged a protest": the day it said so, not lodged it
                return set()
            theirs = set(_word_set(claim.record["text"]) & _WEEKDAYS) or _days_of(claim)
            if said_on is not None:
                # "the government said on Thursday": the day it was said, which the claim's quote
                # may give beside the day of what was said ("will meet ... on Friday, the
                # Japanese government said Thursday")
                return set(_said_days(claim.record.get("quote") or "")) or theirs
            return theirs

        found = self._one_of_a_kind_otherwise(weights, scored, stated, days)
        if found is None:
            return None
        held, claim, theirs = found
        given, day = " and ".join(sorted(theirs)).title(), next(iter(stated)).title()
        reason = f"the store has it on a {given}, not a {day}"
        return Verdict(
            statement, CONTRADICTED, figures, [Evidence(claim.record, "contradicts", coverage=held)], reason
        )

    def _service_otherwise(
        self,
        statement: str,
        text: str,
        figures: list[Figure],
        weights: dict[str, float],
        scored: list[tuple[float, _Claim]],
    ) -> Verdict | None:
        """The claims bearing out all but the armed service a statement names, when each that
        names a service names another ("South Korea's air force said it had carried out the
        drills" against "the South Korean navy said ..."); None when one names the statement's."""
        stated = _services(text)
        found = self._one_of_a_kind_otherwise(
            weights, scored, stated, lambda claim: _services(claim.record["text"])
        )
        if found is None:
            return None
        held, claim, theirs = found
        reason = f"the store names the {' and '.join(sorted(theirs))}, not the {next(iter(stated))}"
        return Verdict(
            statement, CONTRADICTED, figures, [Evidence(claim.record, "contradicts", coverage=held)], reason
        )

    def _one_of_a_kind_otherwise(
        self,
        weights: dict[str, float],
        scored: list[tuple[float, _Claim]],
        stated: set[str],
        named_by: Callable[[_Claim], set[str]],
    ) -> tuple[float, _Claim, set[str]] | None:
        """The claim holding all a statement says but the one thing of a kind it names (a day of
        the week, an armed service), which names another of that kind: (how much of the rest it
        holds, the claim, what it names). None when the statement names none or several, when a
        claim holding the rest names the statement's, or when none names any."""
        if len(stated) != 1:
            return None
        own = {term for word in stated for term in _terms(word)}
        rest = {term: weight for term, weight in weights.items() if term not in own}
        if not rest or len(rest) == len(weights):
            return None
        found: list[tuple[float, _Claim, set[str]]] = []
        for _coverage, claim in scored:
            held = self._coverage(rest, claim)
            if held < SUPPORT_COVERAGE:
                continue
            theirs = named_by(claim)
            if theirs & stated:
                return None
            if theirs:
                found.append((held, claim, theirs))
        if not found:
            return None
        return max(found, key=lambda item: (item[0], -item[1].number))

    def _office_otherwise(self, statement: str, text: str, figures: list[Figure]) -> Verdict | None:
        """The verdict on a statement giving someone an office of another country than the store
        does ("Shigeru Ishiba is Prime Minister of China" against "Japanese Prime Minister Shigeru
        Ishiba"), read from every claim naming them: contradicted, whatever else it says. None when
        no claim gives them that office of a country."""
        for person, office, country, written in _offices_held(text):
            given: dict[str, dict[str, Any]] = {}
            held: dict[tuple[str, str], dict[str, Any]] = {}
            for record in self._naming(person):
                for named, their_office, their_country, _written in _offices_held(record["text"]):
                    if named & person:
                        held.setdefault((their_office, their_country), record)
                        if their_office == office:
                            given.setdefault(their_country, record)
            if given and country not in given:
                theirs, record = next(iter(given.items()))
                evidence = [Evidence(record, "contradicts")]
                where, not_where = _COUNTRY_NAMES[theirs], _COUNTRY_NAMES[country]
                reason = f"the store gives {written} as the {office.title()} of {where}, not of {not_where}"
                return Verdict(statement, CONTRADICTED, figures, evidence, reason)
            if (office, country) in held:
                continue
            # "Khurelsukh is the Emperor of Japan": the store gives him another office of another
            # country (Mongolia's President), which no one holds together with this one
            elsewhere = [(o, c, record) for (o, c), record in held.items() if o != office and c != country]
            if elsewhere:
                theirs, where, record = elsewhere[0]
                reason = (
                    f"the store gives {written} as the {theirs.title()} of {_COUNTRY_NAMES[where]},"
                    f" not the {office.title()} of {_COUNTRY_NAMES[country]}"
                )
                return Verdict(statement, CONTRADICTED, figures, [Evidence(record, "contradicts")], reason)
        return None

    def _held_now_by_another(self, statement: str, text: str, figures: list[Figure]) -> Verdict | None:
        """The verdict on a statement saying someone holds now an office one person holds at a
        time, which the store says another holds now ("South Korea's president is Yoon Suk Yeol"
        against "Lee Jae Myung is President of South Korea (July 2025)"; the store has Yoon as
        president before him): contradicted. None when no claim says who holds it now."""
        for person, office, country, written in _held_now(text):
            office_term = next(iter(_term_set(office.split()[0])), None)
            found = self.index.postings(office_term) if office_term is not None else None
            if found is None:
                continue
            holders = [
                (named, their_written, record)
                for record in (self._claim(number).record for number in found.docs[:OFFICE_CLAIMS])
                for named, their_office, their_country, their_written in _held_now(record["text"])
                if their_office == office and their_country == country
            ]
            if holders and not any(named & person for named, _written, _record in holders):
                _named, holder, record = holders[0]
                reason = (
                    f"the store gives {holder} as the {office.title()} of {_COUNTRY_NAMES[country]},"
                    f" not {written}"
                )
                return Verdict(statement, CONTRADICTED, figures, [Evidence(record, "contradicts")], reason)
        return None

    def _other_office_there(self, statement: str, text: str, figures: list[Figure]) -> Verdict | None:
        """The verdict on a statement giving someone another office of the country than the store
        gives them ("Shigeru Ishiba is President of Japan" against "Prime Minister Shigeru
        Ishiba"): contradicted. Two ministers of one government are named by what each is over
        (``_offices_given``). None when no claim gives them another office there."""
        for person, office, country, written in _offices_held(text):
            held_there: dict[str, dict[str, Any]] = {}
            for record in self._naming(person):
                for named, their_office, their_country, _written in _offices_held(record["text"]):
                    if named & person and their_country == country:
                        held_there.setdefault(their_office, record)
            if office in held_there:
                continue
            others = [
                (theirs, record)
                for theirs, record in held_there.items()
                # two ministers of one government are told apart by what each is over
                # (``_offices_given``); the head of that government is no minister of anything
                if not (
                    _MINISTERS.fullmatch(office)
                    and _MINISTERS.fullmatch(theirs)
                    and "prime minister" not in (office, theirs)
                )
            ]
            if others:
                theirs, record = others[0]
                evidence = [Evidence(record, "contradicts")]
                where = _COUNTRY_NAMES[country]
                reason = (
                    f"the store gives {written} as the {theirs.title()} of {where}, not its {office.title()}"
                )
                return Verdict(statement, CONTRADICTED, figures, evidence, reason)
        return None

    def _naming(self, person: frozenset[str]) -> list[dict[str, Any]]:
        """The claims naming a person, by the words of their name that single them out (the first
        OFFICE_CLAIMS of each)."""
        out = []
        for term in person:
            found = self.index.postings(term) if self._names_one(term) else None
            if found is not None:
                out += [self._claim(number).record for number in found.docs[:OFFICE_CLAIMS]]
        return out

    def _held_otherwise(
        self,
        statement: str,
        text: str,
        figures: list[Figure],
        weights: dict[str, float],
        scored: list[tuple[float, _Claim]],
    ) -> Verdict | None:
        """The verdict on a statement giving to an office what the claim about all else it says
        gives to another ("at the invitation of the Mongolian prime minister" against "at the
        invitation of Mongolian President Khurelsukh Ukhnaa"): contradicted. None unless the
        claim holding most of the rest names another office and no claim as near names the
        statement's."""
        stated = _offices_named(text)
        if not stated:
            return None
        # the office's words weigh much: the claim about the rest may rank far down
        near = self._about_the_rest(weights, frozenset().union(*stated), scored, SUPPORT_COVERAGE, MIN_TERMS)
        if not near or any(office <= claim.main for _coverage, claim in near for office in stated):
            return None
        coverage, claim = max(near, key=lambda item: item[0])
        other = _other_office(text, [claim])
        if other is None:
            return None
        evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
        return Verdict(statement, CONTRADICTED, figures, evidence, f"the store has the {other[1]}")

    def _rank_otherwise(
        self,
        statement: str,
        text: str,
        figures: list[Figure],
        weights: dict[str, float],
        scored: list[tuple[float, _Claim]],
    ) -> Verdict | None:
        """The verdict on a statement giving someone the lesser rank of an office the store gives
        them whole ("Nicholas Millward, deputy director of the Yokosuka Council" against "Nicholas
        Millward is the director for the Yokosuka Council"): contradicted. None unless a claim
        holding all else it says names the office with no rank before it anywhere."""
        for match in _LESSER_OFFICE.finditer(text):
            office = match["office"].casefold()
            near = self._about_the_rest(
                weights, _term_set(match["rank"]), scored, SUPPORT_COVERAGE, MIN_TERMS
            )
            for coverage, claim in near:
                own = claim.record["text"]
                if _LESSER_OFFICE.search(own) or not re.search(rf"\b{office}\b", own, re.IGNORECASE):
                    continue
                evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
                reason = f"the store gives the {office}, not the {match.group().casefold()}"
                return Verdict(statement, CONTRADICTED, figures, evidence, reason)
        return None

    def _built_otherwise(
        self,
        statement: str,
        text: str,
        figures: list[Figure],
        weights: dict[str, float],
        scored: list[tuple[float, _Claim]],
    ) -> Verdict | None:
        """The verdict on a statement having someone build one kind of structure where the claim
        about all else it says has them build another ("helped build the foundations of the
        central stadium" against "... of the modern Sukhbaatar Square"): contradicted. None unless
        the statement tells of building, a claim holding the rest does too, names another
        structure and none of the statement's, and the statement names its builder ("Shuzo
        Yamada"): what one man built says nothing of what all the internees did."""
        stated = {term for term in weights if term in _STRUCTURES}
        if not stated or "build" not in weights:
            return None
        near = self._about_the_rest(weights, stated, scored, SUPPORT_COVERAGE, MIN_TERMS)
        if not near or any(stated & claim.main for _coverage, claim in near):
            return None  # a claim as much about the rest names the statement's structure
        coverage, claim = max(near, key=lambda item: item[0])
        if "build" not in claim.main or not claim.main & _STRUCTURES:
            return None
        builders = [
            _term_set(match.group()) - _COUNTRY_TERMS - _COMMON_NOUNS
            for match in _NAME_OF_WORDS.finditer(text)
        ]
        if not any(builder and builder <= claim.main for builder in builders):
            return None  # "Japanese POWs built a hospital": the claim's one builder is not all of them
        evidence = [Evidence(claim.record, "contradicts", coverage=coverage)]
        return Verdict(statement, CONTRADICTED, figures, evidence, "the store has them build something else")

    def _about_the_rest(
        self,
        weights: dict[str, float],
        aside: Collection[str],
        scored: list[tuple[float, _Claim]],
        needed: float,
        least: int = 1,
    ) -> list[tuple[float, _Claim]]:
        """The claims holding ``needed`` of a statement with the words ``aside`` left out, with
        that share: what the claims say of all else, where a sea or an office is checked apart.
        None of them when fewer than ``least`` of its words are left."""
        rest = {term: weight for term, weight in weights.items() if term not in aside}
        if len(rest) < least:
            return []
        return [
            (coverage, claim)
            for _whole, claim in scored
            if (coverage := self._coverage(rest, claim)) >= needed
        ]

    def _sea_otherwise(
        self,
        statement: str,
        text: str,
        figures: list[Figure],
        weights: dict[str, float],
        scored: list[tuple[float, _Claim]],
    ) -> Verdict | None:
        """The verdict on a statement putting something in a sea when the claims about all else it
        says put it in another ("drills in the East China Sea" against "in waters near remote
        islets in the Sea of Japan"); None unless the claims about the rest name other seas and none
        of them names the statement's (a search keyword counts: a claim may not name the sea its
        islands lie in)."""
        stated = _seas(text)
        if len(stated) != 1:
            return None
        sea_words = {stem(fold(word)) for match in _SEA.finditer(text) for word in match.group().split()}
        near = self._about_the_rest(weights, sea_words, scored[:CANDIDATES], CONTRADICT_COVERAGE)
        if not near:
            return None
        named = [
            _seas(claim.record["text"])
            | _seas(claim.record.get("quote") or "")
            | _seas(" ".join(claim.record.get("keywords") or ()))
            for _coverage, claim in near
        ]
        if any(stated & seas for seas in named):
            return None
        placing = [
            (coverage, claim, seas)
            for coverage, claim in near
            if (seas := _seas(claim.record["text"]) | _seas(claim.record.get("quote") or ""))
        ]
        if not placing:
            return None
        coverage, nearest, theirs = max(placing, key=lambda item: item[0])
        (mine,) = stated
        evidence = [Evidence(nearest.record, "contradicts", coverage=coverage)]
        reason = f"the store gives the {' and the '.join(sorted(theirs))}, not the {mine}"
        return Verdict(statement, CONTRADICTED, figures, evidence, reason)

    def _with_leading_name(self, text: str, candidates: list[_Claim]) -> tuple[list[_Name], _Name | None]:
        """The names of a statement, with its first word if the claims about it write that word
        as a name: "Ishiba and Bessent were to meet" names Ishiba, though any sentence starts
        with a capital. And the name it opens with when no claim about it names it: a word the
        store knows that is no word of everyday English ("Ishiba had previously visited Mongolia
        as a crown prince"), which a claim must name, or a claim related to it, to bear the
        statement out; None for any other opening ("According", "Back", "PM", a misspelt name
        the store does not know)."""
        names = _names(text)
        if not text[:1].isupper():
            return names, None
        leading = _names("\u2014 " + text)
        if not leading or (names and names[0].span == leading[0].span):
            return names, None
        first = leading[0]
        opening = first.span.split()[0]
        if not first.terms or not text.startswith(opening):
            return names, None
        known = {term for claim in candidates for name in claim.names for term in name.terms}
        if first.terms <= known:
            return [first, *names], None
        word = _POSSESSIVE.sub("", opening)
        if (
            not word.isalpha()
            or word.isupper()
            or (word.casefold() in common_english(EVERYDAY_OPENING_RANK) and not self._written_as_name(first))
            # "Partnering with Japan gives Mongolia ...": a verb's -ing form opening a sentence
            # is the deed it is about, not a name, unless the store writes it as one ("Beijing")
            or (word.endswith("ing") and word[1:].islower() and not self._written_as_name(first))
            or not all(self.index.document_frequency(term) for term in first.terms)
        ):
            return names, None
        return names, first

    def _written_as_name(self, name: _Name) -> bool:
        """Whether the store writes a name of everyday words as a name inside its claims' sentences
        ("U.S. President Donald Trump"): opening a statement, "Trump" is then that someone, not
        the word's everyday sense."""
        for term in name.terms:
            found = self.index.postings(term)
            if found is None or not any(
                term in other.terms for number in found.docs for other in self._claim(number).names
            ):
                return False
        return bool(name.terms)

    def _unheard(self, weights: dict[str, float], claims: list[_Claim]) -> str:
        """A word of the statement the store never uses, which the claims do not hold either:
        "visited the school alone" adds what no claim says, as does an everyday word ("helped
        design the square", "together with Japan's chief negotiator"). A word read as a typo of a
        store word is one only when a claim holds that word: "the official fake memorial" is no
        typo of the claim's "face"."""
        for term in weights:
            if term in GENERIC or (self.frequency(term) and term not in self._read_as_typos):
                continue
            if not any(claim.holds(term) for claim in claims):
                return term
        return ""

    def _kind_unheld(
        self, text: str, weights: dict[str, float], claims: list[_Claim], related: list[_Claim]
    ) -> str:
        """A word naming a kind of thing ("military", "nuclear", "private") that a statement puts
        right before a thing the claims hold, when no claim holds the word itself: "Mongolia's
        military alliances" are not the claim's third neighbor mechanisms, though the thesaurus
        reads a partnership as an alliance; "military and economic advantages" not its economic ones."""
        for match in _KIND_BEFORE.finditer(text):
            kind = _term_set(match.group("kind"))  # "state" of "state-run": who runs it is not said
            thing = _term_set(match.group("thing"))
            listed = _WORD_AT.findall(match.group("listed"))
            if not kind or not thing or not kind <= weights.keys():
                continue
            if any(word in STOP_WORDS for word in listed if word not in ("and", "or")):
                continue  # "military and the economy": no list of kinds
            if not all(any(c.holds(term) for c in claims + related) for term in thing):
                continue
            if not all(any(term in c.main or term in c.quoted for c in claims) for term in kind):
                return match.group("kind")  # a search keyword is no kind the claim gives
        return ""

    def _joined(
        self, text: str, weights: dict[str, float], claims: list[_Claim], related: list[_Claim]
    ) -> _Claim | None:
        """The claim that joins someone else to the one a statement says acted "alone" or "only"
        ("built by the Japanese government alone" against "by the Mongolian and Japanese
        governments"), when the claims hold all else the statement says."""
        if not _exclusive(text) or _claims_say(claims, _exclusive):
            return None
        rest = {term: weight for term, weight in weights.items() if term not in _EXCLUSIVE_TERMS}
        if self._unheard(rest, claims + related):
            return None
        return next((claim for claim in claims if _leaves_out(text, claim.record["text"])), None)

    def _wished(self, weights: dict[str, float], claims: list[_Claim], related: list[_Claim]) -> bool:
        """Whether the claims hold the statement only as something hoped for, planned or urged
        ("pressed China to release the detainees" does not say China released them)."""
        wished = {
            term
            for term in weights
            if any(term in claim.wished for claim in claims)
            and not any(
                term in claim.main - claim.wished or term in claim.quoted - claim.wished for claim in claims
            )
        }
        if not wished:
            return False
        asserted = {term: weight for term, weight in weights.items() if term not in wished}
        total = sum(weights.values())
        held = self._coverage(asserted, *claims, related=related) * sum(asserted.values())
        return held < SUPPORT_COVERAGE * total

    def _foretold(self, weights: dict[str, float], claims: list[_Claim]) -> bool:
        """Whether the claims hold some of the statement's words only as what will or would be."""
        return any(
            term in claim.foretold and not any(term in other.main - other.foretold for other in claims)
            for term in weights
            for claim in claims
        )

    def _shared(self, one: _Claim, other: _Claim) -> bool:
        """Whether two claims name the same uncommon someone or something in their texts."""
        named = {term for name in one.names for term in name.terms}
        return any(self.is_specific(term) for name in other.names for term in name.terms & named)

    def _linked_both_ways(self, one: _Claim, other: _Claim) -> bool:
        """Whether the store links each of two claims to the other as related: the count of those
        detained and where they are held, told of the same people."""
        return other.record["id"] in (one.record.get("related") or []) and one.record["id"] in (
            other.record.get("related") or []
        )

    def _split_sentence(self, weights: dict[str, float], claim: _Claim) -> list[list[Evidence]]:
        """The claim with the related claims quoting the same words of the source (or more or
        fewer of them), when there are any: one sentence the store splits into a claim for each
        thing it lists ("includes cooperation on food security, regenerative agricultural
        practices, forestry and fisheries"; "utilized for Japan's advanced manufacturing in
        robotics, automobiles, and semiconductors", quoted up to each), which a statement listing
        them all may rest on together. A linked claim whose quote runs on into theirs, or theirs into
        its, quotes the rest of that sentence ("interest in ... copper, fluorspar, and rare earths"
        and "rare earths that can be utilized for ... robotics"): a statement joining the two
        halves ("eyeing Mongolian copper, fluorspar and rare earths for robotics, cars and chips")
        may rest on them all."""
        quote = claim.record.get("quote") or ""
        split = [
            other
            for other in self._related([claim])
            if quote and _one_passage(quote, other.record.get("quote") or "")
        ]
        if not split:
            # "interest in ... copper, fluorspar, and rare earths" quoted alone, with the claims
            # linking back to it that quote the sentence on ("rare earths that can be utilized
            # for ... robotics"): a statement joining the two halves may rest on them together
            on = [
                other
                for other in self._same_source(claim)
                if claim.record["id"] in (other.record.get("related") or [])
                and _runs_on(quote, other.record.get("quote") or "")
            ]
            chosen = [claim, *on]
            if not quote or not on or not all(any(one.holds(term) for one in chosen) for term in weights):
                return []  # "for robotics, aircraft and chips": each thing listed must be theirs
            return [
                [Evidence(one.record, "supports", coverage=self._coverage(weights, one)) for one in chosen]
            ]
        group = [claim, *split]
        quotes = [one.record.get("quote") or "" for one in group]
        run_on = [
            other
            for other in self._related(group)
            if other.record.get("source") == claim.record.get("source")
            and any(_runs_on(quote, other.record.get("quote") or "") for quote in quotes)
        ]
        return [
            [Evidence(one.record, "supports", coverage=self._coverage(weights, one)) for one in chosen]
            for chosen in ([group, [*group, *run_on]] if run_on else [group])
        ]

    def _name_from_elsewhere(self, names: list[_Name], claims: list[_Claim]) -> bool:
        """Whether, of claims read together, one alone names something the statement names while
        it names no one uncommon the others do and the store links it to none of them: it tells of
        another occasion ("the emperor's first state visit to Mongolia in Osaka" from the emperor's
        visit and Bessent's trip to the Osaka Expo, dated the same month)."""
        if len(claims) < 2:
            return False
        for claim in claims:
            others = [other for other in claims if other is not claim]
            alone = [
                name
                for name in names
                if name.terms <= claim.named and not any(name.terms <= other.named for other in others)
            ]
            if not alone:
                continue
            ids = {other.record["id"] for other in others}
            linked = ids & set(claim.record.get("related") or []) or any(
                claim.record["id"] in (other.record.get("related") or []) for other in others
            )
            if not linked and not any(self._shared(claim, other) for other in others):
                return True
        return False

    def _related(self, claims: list[_Claim]) -> list[_Claim]:
        """Claims the store links to these as related: a statement may join what they say
        ("copper, fluorspar and rare earths" from one claim for each)."""
        out: list[_Claim] = []
        for claim in claims:
            for other_id in claim.record.get("related") or []:
                other = self._by_id(other_id)
                if other is not None and other not in claims:
                    out.append(other)
        return out

    def _claim_of(self, item: Evidence) -> _Claim:
        found = self._by_id(item.claim["id"])
        assert found is not None
        return found

    def _candidates(self, text: str, content: dict[str, str], figures: list[Figure]) -> list[_Claim]:
        """Claims about the statement, from the search core: asked with the statement's known
        words (an unknown name or a wrong figure must not hide the claim it replaces)."""
        known = [
            (self.idf(term), word) for term, word in content.items() if self.index.document_frequency(term)
        ]
        known.sort(key=lambda item: -item[0])
        # The whole statement, its known words, and each of its rarest words alone: a question
        # ranker abstains on a statement half made of words the store lacks, but a claim holding
        # "Shine Mongol" or "days" is worth weighing.
        queries = [" ".join(word for _idf, word in known)]
        queries += [word.casefold() for _idf, word in known[:RARE_WORDS]]
        # a figure's number finds the claims that state it ("more than one billion" -> 1000000000)
        queries += [_number_query(figure) for figure in figures if _number_query(figure)]
        numbers: dict[int, None] = {}
        for query in queries:
            if not query.strip():
                continue
            if query not in self._ranked:
                found = rank(self.index, query, asked=False)
                self._ranked[query] = [number for number, _score in found[:CANDIDATES]]
            for number in self._ranked[query]:
                numbers.setdefault(number)
        missing = [n for n in numbers if n not in self._claims]
        if missing:
            for number, record in self.index.claims_by_number(missing).items():
                self._claim(number, record)
        return [self._claims[n] for n in numbers if n in self._claims]

    def _coverage(
        self, weights: dict[str, float], *claims: _Claim, related: list[_Claim] | None = None
    ) -> float:
        """The share of the statement's information (its words weighted by rarity) the claims hold;
        a word only in a quote, or only in a related claim, counts for less."""
        total = sum(weights.values())
        if not total:
            return 0.0
        held = 0.0
        if len(claims) == 1 and not related:
            claim = claims[0]
            for term, weight in weights.items():
                if term in claim.main:
                    held += weight
                elif term in claim.keywords:
                    held += weight * KEYWORD_WEIGHT
                elif term in claim.quoted:
                    held += weight * QUOTE_WEIGHT
            return held / total
        for term, weight in weights.items():
            if any(term in claim.main for claim in claims):
                held += weight
            elif any(term in claim.keywords for claim in claims):
                held += weight * KEYWORD_WEIGHT
            elif any(term in claim.quoted for claim in claims) or any(
                term in claim.main for claim in related or ()
            ):
                held += weight * QUOTE_WEIGHT
        return held / total

    # --- figures ---------------------------------------------------------------------------------

    def _figure(
        self,
        stated: Figure,
        scored: list[tuple[float, _Claim]],
        weights: dict[str, float],
        text: str,
        attributions: Sequence[tuple[int, int, frozenset[str]]],
        lone: bool = False,
        content: dict[str, str] | None = None,
    ) -> tuple[str, list[Evidence]] | None:
        """What the store says about one stated figure: (verdict, evidence), None when no claim
        about the statement counts the same thing (the figure is then judged with the rest).
        ``lone``: the figure is the statement's only date."""
        comparable: list[tuple[float, _Claim, list[Figure]]] = []
        precise = _precise(stated)
        report_date = stated.is_date and _mentions_report(text)
        denied = _denies(text)
        own: dict[int, float] = {}
        around = _anchor(text, stated) if stated.is_date else frozenset()
        # whether a claim dates with the same words what the statement dates: then those words
        # say which of the store's claims is meant, however common each is
        anchored = False
        for coverage, claim in scored:
            figures = claim.figures + claim.published if report_date else claim.figures
            if stated.is_date and claim.as_of and not any(figure.is_date for figure in claim.figures):
                # "in July 2025 Trump was President": the date the claim held on, when it is that;
                # not for a claim dating what it tells ("will host COP17 in 2026", as of July 2025)
                figures = figures + [figure for figure in claim.as_of if compare(stated, figure) == MATCH]
            same = [figure for figure in figures if units_agree(stated, figure)]
            if same and not stated.is_date and _counts_years_of_another(claim.record, content):
                # "upgraded twelve years after it was established" counts no years of diplomatic
                # relations (nor is it their 50th anniversary), nor years since the end of the war
                continue
            if (
                same
                and stated.unit in _DURATIONS
                and not any(compare(stated, figure) == MATCH for figure in same)
                and not _lasting_alike(text, claim, same)
            ):
                # "had worked in China for about two decades" counts no years of the claim's
                # prison term: nothing the statement says the time is of is the claim's
                continue
            if stated.unit == "trips":
                # "his second trip to Mongolia" is no count of "his third trip overseas", nor of
                # the "first state visit" by an emperor, a narrower kind of trip
                same = _trips_counted_alike(text, stated, claim.record["text"], same)
            if not same:
                continue
            if stated.is_date and not denied and _denies(claim.record["text"]):
                # "in 1966 they had not yet established ties" says nothing of when they did
                continue
            if stated.is_date:
                # "the Special Strategic Partnership was agreed in 2010": the date of "their 2010
                # Strategic Partnership" is another thing's
                same = [
                    figure for figure in same if not _dates_shorter_name(text, claim.record["text"], figure)
                ]
                if not same:
                    continue
                # a date of something else the claim mentions ("the emperor's 2025 state visit")
                # is not a date for what the statement dates ("established ties in 1972")
                # ... but a claim holding all the statement says, with one date, dates what the
                # statement dates with its one date, wherever either stands in its sentence
                alone = (
                    lone
                    and coverage >= SUPPORT_COVERAGE
                    and len(claim.anchors) == 1
                    # ... unless the words around its date are all elsewhere in the statement:
                    # "the July drills were the first since Lee took office" does not date when
                    # Lee took office
                    and bool(next(iter(claim.anchors.values())) & set(content or {}))
                    and any(
                        self.is_specific(term) and term in claim.main and not _everyday(word)
                        for term, word in (content or {}).items()
                    )
                )
                occasion = [
                    figure
                    for figure in same
                    if figure.start != figure.end
                    and self._same_occasion(claim.anchors.get(figure.start, around), around)
                ]
                anchored = anchored or bool(occasion)
                same = [
                    figure
                    for figure in same
                    if figure.start == figure.end
                    or alone
                    or figure in occasion
                    or (
                        compare(stated, figure) == MATCH
                        # the statement's one date, nearer another of the claim's: another occasion
                        and not (
                            lone and not _COMPARING.search(text) and _dated_elsewhere(claim, figure, around)
                        )
                    )
                ]
                if not same:
                    continue
            own[claim.number] = coverage
            needed = CONTRADICT_COVERAGE if _vague(stated, same) else FIGURE_COVERAGE
            if coverage < needed:
                # the statement may join what related claims say ("Yamada, 107, helped build ..."),
                # or what a claim holding all the rest links to this one ("the twice-yearly drills
                # were closed to the public": the closed drills' claim links the claim counting them)
                linking = [
                    other
                    for held, other in scored
                    if held >= SUPPORT_COVERAGE
                    and other is not claim
                    and claim.record["id"] in (other.record.get("related") or [])
                ]
                related = self._related([claim])
                related += [other for other in linking if other not in related]
                coverage = max(coverage, self._coverage(weights, claim, related=related))
            # an uncommon exact figure (1,621 deaths) names its quantity by itself
            exact = precise and any(figure.value == stated.value for figure in self._sides(claim, same))
            if coverage >= needed or (exact and coverage >= PRECISE_COVERAGE):
                comparable.append((coverage, claim, same))
        # the claim most about the statement by its own words comes first; related claims only let
        # a claim be weighed (a sentencing claim is not about "custody since March 2023")
        comparable.sort(key=lambda item: (-own[item[1].number], -item[0]))
        # a telling word, or a unit that says which quantity (days, households), must say what is meant
        informative = anchored or any(self.is_specific(term) for term in weights) or not _vague(stated, [])
        if not informative and not precise:
            # "Japan ... Mongolia ... in 2023": nothing says which of the store's claims is meant
            comparable = [item for item in comparable if any(compare(stated, f) == MATCH for f in item[2])]
        if not comparable:
            if stated.kind == "ordinal" and content:
                # "the second Japanese emperor to make a state visit" against the claim's "first
                # state visit by a Japanese emperor": the same rank, counted by its other noun
                ranked = self._ranked_otherwise(stated, scored, set(content), text)
                if ranked is not None:
                    return ranked
            if stated.soft and stated.unit not in _DURATIONS:
                return None  # "first paid respects"; but "on their first day" says when
            context = [Evidence(claim.record, "context", coverage=c) for c, claim in scored[:1] if c >= 0.5]
            return NOT_FOUND, context
        top = own[comparable[0][1].number]
        near = [item for item in comparable if own[item[1].number] >= top - NEAR_BEST]
        who = _attribution_for(text, stated, attributions)

        for coverage, claim, _same in near:
            group = self._group(claim)
            if len(group) > 1 and not stated.is_date:
                return self._disputed(stated, group, coverage, who)

        if stated.kind == "ordinal":
            # "first overseas trip": the claims' third trip overseas, not their first state visit
            near = _closest_ordinals(stated, near)
        matched = [
            (coverage, claim, figure)
            for coverage, claim, same in near
            for figure in same
            if compare(stated, figure) == MATCH
        ]
        if matched:
            coverage, claim, figure = matched[0]
            return SUPPORTED, [Evidence(claim.record, "supports", stated, figure, coverage)]
        coverage, claim, same = near[0]
        outcomes = [compare(stated, figure) for figure in same]
        # a claim as much about the statement that leaves the figure open ("June 2025" for "June
        # 4, 2025") means the store does not settle it, whatever another claim's figure is
        undecided = any(
            _leaves_open(stated, figure, same) for _c, _claim, other in near[1:] for figure in other
        )
        if (
            not undecided
            # "by 2020": a later date in the store does not gainsay it
            and not (stated.is_date and stated.low == -math.inf)
            # "president since 2021": nor does a later date it held ("since March 2023" does)
            and not (
                stated.is_date
                and _starts(text, stated)
                and all(
                    figure.low > stated.high and not _starts(claim.record["text"], figure) for figure in same
                )
            )
            and all(outcome == DIFFER for outcome in outcomes)
            # "president from 2005 to 2009": the store's 2007 lies within the years given
            and not _within_stated_years(text, stated, same)
            and (coverage >= CONTRADICT_COVERAGE or not _vague(stated, same))
            # another date gainsays only a claim about the statement by its own words: "World War
            # II ended on September 2, 1945" is not about the day of a visit to the POW memorial,
            # though a claim linked to that visit speaks of the war
            and not (stated.is_date and own[claim.number] < FIGURE_COVERAGE)
            # "the Expo opened in April 2025" against an event at "the ongoing" Expo on July 19,
            # "China released a detained Japanese national in 2024" against its detaining five in
            # July 2025: what the statement dates is no deed of the claim, whose date is another's
            and not (stated.is_date and _dates_a_change_of_another(around, claim))
        ):
            # the claim's figure nearest the one stated: "runs to 2035" against the plan's 2031,
            # not its 2022
            shown = min(same, key=lambda figure: _distance(stated, figure))
            if stated.is_date and _starts(text, stated):
                # "detained since March 2021" is set against the claim's own "since March 2023"
                shown = next((f for f in same if _starts(claim.record["text"], f)), shown)
            return CONTRADICTED, [Evidence(claim.record, "contradicts", stated, shown, coverage)]
        if stated.soft:
            return None
        return NOT_FOUND, [Evidence(claim.record, "context", stated, same[0], coverage)]

    def _ranked_otherwise(
        self, stated: Figure, scored: list[tuple[float, _Claim]], content: set[str], text: str
    ) -> tuple[str, list[Evidence]] | None:
        """A claim about the statement ranking what the statement ranks with another noun: its
        ordinal's words are all the statement's, and the rest of it the claim's. Contradicted
        when the ranks differ; None when none does (the same rank is judged with the words)."""
        for coverage, claim in scored[:CANDIDATES]:
            if coverage < CONTRADICT_COVERAGE:
                break
            for figure in claim.figures:
                if figure.kind != "ordinal" or not figure.noun or figure.value == stated.value:
                    continue
                if stated.unit == "trips" and not _trips_counted_alike(
                    text, stated, claim.record["text"], [figure]
                ):
                    continue  # "his second trip to Mongolia" is no count of "his third trip overseas"
                if _terms(" ".join(figure.noun)) <= content:
                    return CONTRADICTED, [Evidence(claim.record, "contradicts", stated, figure, coverage)]
        return None

    def _same_occasion(self, claimed: frozenset[str], stated: frozenset[str]) -> bool:
        """Whether the words around two dates say they date the same thing: a telling word in
        common ("memorial", "enthronement"), not merely "Japan" or "diplomatic"."""
        if (claimed & _OCCASIONS) != (stated & _OCCASIONS):
            return False
        shared = [term for term in claimed & stated if term not in GENERIC]
        telling = [term for term in shared if self.frequency(term) <= ANCHOR_SHARE * self._size]
        if (
            len(telling) == 1
            and telling[0] in _DEEDS
            and self._telling(stated - claimed)
            and self._telling(claimed - stated)
        ):
            # "established diplomatic relations in 1972" and "established a Strategic Partnership
            # in 2010": only the deed in common, and what it was done to differs
            return False
        if telling:
            return True
        # the store's main subject ("the emperor's state visit") is named in most of its claims'
        # keywords and titles; what the claims themselves say counts, two words of it at least
        return sum(self._own_frequency(term) <= ANCHOR_SHARE * self._size for term in shared) >= 2

    def _telling(self, terms: Iterable[str]) -> bool:
        """Whether any of the terms is in at most ANCHOR_SHARE of the claims, and not generic."""
        return any(
            term not in GENERIC and self._own_frequency(term) <= ANCHOR_SHARE * self._size for term in terms
        )

    def _sides(self, claim: _Claim, same: list[Figure]) -> list[Figure]:
        """The figures of a claim and of the claims it conflicts with."""
        out = list(same)
        for other_id in claim.conflicts:
            other = self._by_id(other_id)
            stored = _stored_figure(other) if other is not None else None
            if stored is not None:
                out.append(stored)
        return out

    def _gainsaid_by_a_side(self, stated: Figure, claim: _Claim) -> list[Evidence]:
        """The other sides of a claim's disputed figure whose own figure differs from the one a
        statement says every side gives (none when all bear it out, or the figure is no count
        they share)."""
        differing = []
        for other in self._group(claim):
            own = _stored_figure(other)
            if (
                other is not claim
                and own is not None
                and units_agree(stated, own)
                and compare(stated, own) == DIFFER
            ):
                differing.append(Evidence(other.record, "contradicts", stated, own))
        return differing

    def _group(self, claim: _Claim) -> list[_Claim]:
        """The claim and every claim linked to it by ``conflicts_with`` (both ways, transitively)."""
        seen: dict[str, _Claim] = {}
        todo = [claim]
        while todo:
            current = todo.pop()
            if current.record["id"] in seen:
                continue
            seen[current.record["id"]] = current
            for other_id in current.conflicts:
                other = self._by_id(other_id)
                if other is not None:
                    todo.append(other)
        return list(seen.values())

    def _disputed(
        self, stated: Figure, group: list[_Claim], coverage: float, who: list[frozenset[str]]
    ) -> tuple[str, list[Evidence]]:
        """A figure about a quantity the store's sources disagree on."""
        sides: list[tuple[_Claim, Figure, str]] = []
        for member in group:
            figure = _stored_figure(member)
            if figure is None:
                continue
            # forced laborers and POWs are linked as one disputed count; compare the numbers
            outcome = (
                compare(stated, figure) if units_agree(stated, figure) else _compare_values(stated, figure)
            )
            sides.append((member, figure, outcome))
        if not sides:
            return NOT_FOUND, []
        for named_by in who:
            named = _named_side(named_by, stated, sides)
            if named is not None:
                member, figure, outcome = named
                if outcome == MATCH:
                    return SUPPORTED, [Evidence(member.record, "supports", stated, figure, coverage)]
                if outcome == DIFFER:
                    return CONTRADICTED, [Evidence(member.record, "contradicts", stated, figure, coverage)]
                return NOT_FOUND, [Evidence(member.record, "context", stated, figure, coverage)]
        matching = [side for side in sides if side[2] == MATCH]
        exact = [side for side in matching if side[1].value == stated.value]
        if len(matching) > 1 and len(exact) == 1:
            # "some 1,684" asserts 1,684, though 1,621 is within its margin
            matching = exact
            sides = [side if side in exact else (side[0], side[1], DIFFER) for side in sides]
        rounded = [side for side in matching if _rounded_to_bound(stated, side[1])]
        if len(matching) > 1 and len(rounded) == 1:
            # "over 12,300" is the Mongolian records' 12,318 rounded down, though the Japanese
            # records' 13,847 is over it too: the statement gives one side as plain fact
            matching = rounded
            sides = [side if side in rounded else (side[0], side[1], DIFFER) for side in sides]
        differing = [side for side in sides if side[2] == DIFFER]
        if matching and not differing:
            return SUPPORTED, [Evidence(m.record, "supports", stated, f, coverage) for m, f, _o in matching]
        if matching:
            evidence = [Evidence(m.record, "disputes", stated, f, coverage) for m, f, _o in matching]
            evidence += [Evidence(m.record, "other-side", stated, f, coverage) for m, f, _o in differing]
            return DISPUTED, evidence
        if differing and len(differing) == len(sides):
            # about the same quantity (the units agree) but none of the store's figures
            same_unit = [side for side in differing if units_agree(stated, side[1])]
            if same_unit:
                return CONTRADICTED, [
                    Evidence(m.record, "contradicts", stated, f, coverage) for m, f, _o in same_unit
                ]
        return NOT_FOUND, [Evidence(m.record, "context", stated, f, coverage) for m, f, _o in sides[:2]]

    # --- names and negation ----------------------------------------------------------------------

    def _clash(
        self,
        text: str,
        names: list[_Name],
        weights: dict[str, float],
        claim: _Claim,
        unknown: bool,
        figures_held: int = 0,
    ) -> str | None:
        """Why a claim about the statement contradicts it without figures: another name in the
        same place of the sentence, or the opposite said ("closed" / "open", "did not land")."""
        # a name among the claim's keywords is one the curator says the claim is about
        # ("Takeshima" for "remote islets"), never another name for it
        known = claim.named | claim.keywords
        missing = [
            name
            for name in names
            if not name.terms <= known
            # a person is who they are however often the store names them ("Naruhito")
            and (self._specific(name.terms) or (_personal(name) and self._singling_out(name.terms)))
            # "Bessent and Trump" where the claim names Bessent adds a name, replaces none
            and not any(_name_terms(part) <= known for part in re.split(r"\s+and\s+", name.span))
        ]
        if _TRAVELLING_WITH.search(text):
            # "Millward travelled with the imperial couple": he goes with the claim's emperor,
            # whom the statement names too, in no one's place
            missing = [name for name in missing if not _personal(name)]
        if missing and not unknown and not _ADDED.search(text):
            # the statement without the names the claim lacks (and their titles) must be the claim's
            taken = {term for name in missing for term in name.slot}
            rest = {t: w for t, w in weights.items() if t not in taken}
            if len(rest) + figures_held < MIN_TERMS:
                return None
            days = _days_given(text, claim.record["text"])
            if days is not None and _PLANNED.search(text) and _PLANNED.search(claim.record["text"]):
                # "was scheduled to meet Bessent in Osaka on Saturday" against "was to meet ... in
                # Tokyo on ... Friday": the one meeting planned, whose day of the week is no word
                # the claim lacks but one it gives otherwise ("met on Saturday" may be another)
                undated = {t: w for t, w in rest.items() if t not in _terms(" ".join(days[1]))}
                rest = undated if len(undated) + figures_held >= MIN_TERMS else rest
            if self._coverage(rest, claim) < SUPPORT_COVERAGE:
                return None
            stated_terms = _terms(text)
            own = {frozenset(self._specific(mine.terms)) for mine in names} | {
                # each of two names joined by a hyphen ("the Ishiba-Bessent meeting")
                frozenset(self._specific(_name_terms(part)))
                for mine in names
                if "-" in mine.span
                for part in mine.span.split("-")
                if part[:1].isupper()
            }
            in_full: dict[str, bool] = {}  # a claim's name -> whether it is one of the statement's in full
            seen: set[str] = set()
            # "Koizumi was the first prime minister to visit": a claim having Kaifu visit, ranking
            # no one first, says nothing of who was
            ranks = _PIONEERING.search(text) is not None and not _FIRST_WORD.search(claim.record["text"])
            for name in missing:
                if name.span in seen:
                    continue  # a name said twice has the same place to weigh
                seen.add(name.span)
                if ranks and _personal(name):
                    continue
                # the words around a name and its titles say its place in the sentence ("under
                # President X" and "during the presidency of Y"); a single name the claim lacks
                # has its place anywhere in the rest ("the ambassador who predicted ... was X")
                around = name.context | (name.slot - name.terms)
                # the claim's first name in its place; one beside the same word wins at once
                instead: str | None = None
                for other in claim.names:
                    specific = self._distinct(other.terms)
                    if not self._specific(name.terms) and not (other.slot - other.terms) & _TITLE_TERMS:
                        continue  # a person the store often names ("Naruhito"): only for one titled too
                    if not (specific - stated_terms):
                        continue
                    if (
                        other.placed != name.placed
                        and not _same_institution(name.span, other.span)
                        and not _both_cited(text, name, claim.record["text"], other)
                    ):
                        continue  # "a World Bank description" for "according to the ADB's description"
                    if other.span not in in_full:
                        in_full[other.span] = any(_held_in(set(terms), other.terms) for terms in own)
                    if in_full[other.span]:
                        continue  # the statement's own name in full ("Shigeru Ishiba" for "Ishiba")
                    if (other.slot - other.terms) & _TITLE_TERMS & (stated_terms - name.slot):
                        continue  # "with the emperor" names the claim's Emperor Naruhito, elsewhere
                    if any(_abbreviates(other.span, mine.span) for mine in names):
                        continue  # "MPR" is the statement's "Mongolian People's Republic"
                    if _spelt_alike(other.span, name.span):
                        continue  # "Sukhbatar Square" is the store's "Sukhbaatar Square", misspelt
                    if self._named_alike(name.terms, other.terms):
                        continue  # "Liancourt Rocks" is the thesaurus's other name for Takeshima
                    # where something came from or went to, for each: the same place in the sentence
                    routed = name.placed in _FROM_OR_TO and other.placed == name.placed
                    if _personal(name) != _personal(other) and not routed:
                        continue  # "the World Exposition" is not in the place of Ishiba
                    if specific <= _NATIONS and not self._distinct(name.terms) <= _NATIONS:
                        continue  # "a court in Shanghai" may be the store's "Chinese court"
                    if _other_nations(around, other.terms | other.context | other.slot):
                        continue  # "Japan's foreign minister" is not Mongolia's
                    if not _same_role(text, name, claim.record["text"], other):
                        continue
                    if len(missing) == 1 and _personal(name):
                        # a person for a person: in the same place if the rest is the claim's
                        around = around | set(rest)
                        if name.placed and _the_only_place(claim, other):
                            # "meet Bessent in Osaka" against "meet Bessent at the prime
                            # minister's office in Tokyo": the one place the claim gives
                            return _names_instead(other.span, name.span)
                    if _same_institution(name.span, other.span):
                        # "a conference of the UN Framework Convention on Climate Change" against
                        # "COP17 of the United Nations Convention to Combat Desertification": two
                        # conventions, one in the other's place wherever the sentences put them
                        instead = instead or other.span
                        continue
                    if len(missing) == 1 and routed:
                        # "sent to Mongolia from Manchuria" against "from the Soviet Union": the
                        # one place it came from, or went to, where the rest is the claim's
                        instead = instead or other.span
                        continue
                    shared = _on_the_same_side(
                        text,
                        name.span,
                        claim.record["text"],
                        other.span,
                        around & (other.context | (other.slot - other.terms)),
                    )
                    modified = _modified_by(claim.record, other.span)
                    if modified and _a_place(name) and not _modified_by({"text": text}, name.span):
                        # "in places including Wenzhou" is not where "including the Astellas
                        # employee" names an employer: a place is no one's employer
                        continue
                    if modified and (
                        modified != _modified_by({"text": text}, name.span)
                        or self._said_share({t: w for t, w in rest.items() if t != modified}, claim)
                        < SUPPORT_COVERAGE
                    ):
                        # "the Astellas employee" is its employer's name, not in the place of
                        # "Masako", said to be an employee of the Foreign Ministry; nor of the
                        # Soviet Union's, whose employees, "Japanese POWs", are not the claim's
                        # Astellas employee (its search keywords alone list prisoners)
                        shared.discard(modified)
                    if shared:
                        # "Changsha, Hubei Province" against "Sanya (Hainan Province) and
                        # Changsha (Hunan Province)": Hunan, beside Changsha as Hubei is
                        if name.beside and other.beside == name.beside:
                            return _names_instead(other.span, name.span)
                        instead = instead or other.span
                if instead is not None:
                    return _names_instead(instead, name.span)
                if len(missing) == 1 and name.placed == "in" and _VENUE_NAME.search(name.span):
                    venue = _venue_otherwise(text, claim.record["text"])
                    if venue is not None:
                        # "held at the Foreign Ministry in Tokyo" against "at the prime minister's
                        # office in Tokyo": the one building the claim holds it in
                        written = re.search(
                            rf"(?:\b[A-Z][\w'\u2019-]*\s+){{0,3}}{re.escape(name.span)}\b", text
                        )
                        return _names_instead(venue, written.group() if written else name.span)
        if missing or unknown or len(weights) < MIN_TERMS:
            return None
        if self._coverage(weights, claim) < SUPPORT_COVERAGE:
            # a word opposing the claim's ("weak" against its "strong", another day of the week)
            # is no word the claim lacks
            opposing = _opposed_by(text, claim)
            days = _days_given(text, claim.record["text"], claim.record.get("quote") or "")
            if days is not None:  # "on Saturday" against "on Friday"
                opposing |= days[1]
            opposed = _terms(" ".join(opposing))
            rest = {term: weight for term, weight in weights.items() if term not in opposed}
            if not opposing or len(rest) < MIN_TERMS or self._coverage(rest, claim) < SUPPORT_COVERAGE:
                return None
        nationality = _other_nationality(text, claim.record["text"])
        if nationality is not None:
            return nationality
        if not self._own_sentences_hold(text, weights, claim):
            # what a claim shares with the statement only in the passage around its quote is not
            # what its own sentence, or those of the claims it is linked to, deny: "had not yet
            # established diplomatic ties" in 1966 says nothing against a Special Strategic
            # Partnership established in 2022, written beside it
            return None
        return self._opposition(text, claim)

    def _said_share(self, weights: dict[str, float], claim: _Claim) -> float:
        """The share of the statement's information the claim itself says (its text, attribution
        or quote), its search keywords aside: a name the claim puts in another's place must be
        in the place of what the claim says, not of the words it is found by."""
        total = sum(weights.values())
        said = sum(weight for term, weight in weights.items() if term in claim.main or term in claim.quoted)
        return said / total if total else 0.0

    def _own_sentences_hold(self, text: str, weights: dict[str, float], claim: _Claim) -> bool:
        """Whether the claim's own sentence, or with those of the claims it is linked to, holds
        CONTRADICT_COVERAGE of the statement, the words it has the opposite of aside ("scaling
        back" against its "strengthening"). Read from the cheapest on."""
        if _held_in_text(weights, [claim]) >= CONTRADICT_COVERAGE:
            return True
        linked = [claim, *self._related([claim])]
        if _held_in_text(weights, linked) >= CONTRADICT_COVERAGE:
            return True
        opposite = _terms(" ".join(_opposed_by(text, claim)))
        unopposed = {term: weight for term, weight in weights.items() if term not in opposite}
        return _held_in_text(unopposed, linked) >= CONTRADICT_COVERAGE

    def _opposite(self, text: str, claim: _Claim) -> bool:
        """Whether one of statement and claim says "not" about what the other says is so."""
        return self._opposition(text, claim) is not None

    def _opposition(self, text: str, claim: _Claim) -> str | None:
        """Why a claim says the opposite of a statement (see ``_opposite``), None if it does not:
        another day of the week or office is named, as the evidence shows it."""
        claim_text = claim.record["text"]
        offices = _offices_given(text, claim_text)
        if offices is not None:
            return f"the store gives {offices[0]}, not {offices[1]}"
        days = _days_given(text, claim_text, claim.record.get("quote") or "")
        if days is not None:
            given, stated = (" and ".join(sorted(named)).title() for named in days)
            return f"the store gives {given}, not {stated}"
        occasion = _occasion_otherwise(text, claim_text)
        if occasion is not None:
            return occasion
        described = _described_otherwise(text, claim_text)
        if described is not None:
            stated, held = (f"{'an' if noun[:1] in 'aeiouAEIOU' else 'a'} {noun}" for noun in described)
            return f"the store calls them {held}, not {stated}"
        if _ROLE.search(claim_text) and _other_role(text, claim_text):
            return _other_role_reason(text, claim_text)  # "in 2007 as emperor": as crown prince
        stated_terms = _term_set(text)
        denying = text
        if _FIRST_WORD.search(claim_text) and not _SOMEONE_NEVER.search(text):
            # "no emperor had made a state visit before Naruhito": he was the first ("Naruhito had
            # never been to Mongolia before" is of his own visits, which a first of all emperors'
            # state visits does not bear out)
            denying = _NONE_BEFORE.sub(" ", text)
        if (
            _denials(denying, frozenset(claim.text_terms)) != _denials(claim_text, frozenset(stated_terms))
            or _opposed_by(text, claim)
            or _other_relative_time(text, claim_text)
            or _other_title(text, claim_text)
            or _other_role(text, claim_text)
            or _other_whereabouts(text, claim_text)
        ):
            return "the store says the opposite"
        if _route_reversed(text, claim_text):
            return "the store has the route the other way round"
        if _other_host(text, claim_text):
            return f"the store has it at the invitation of {_host_written(claim_text)}"
        return None

    def _same_source(self, claim: _Claim) -> list[_Claim]:
        """The other claims of a claim's source."""
        if self._by_source is None:
            self._by_source = {}
            for number, _category, source, _by in self.index.claim_facets():
                self._by_source.setdefault(source, []).append(number)
        return [
            self._claim(number)
            for number in self._by_source.get(claim.record["source"]["id"], ())
            if number != claim.number
        ]

    def _told_beside(self, weights: dict[str, float], claim: _Claim) -> float:
        """The share of a statement's information that a claim does not hold but other claims of
        its source do, counted as a quote's words are: the report's own words for the occasion
        it tells of ("the espionage ruling" of the courtroom the media could not enter)."""
        others = self._same_source(claim)
        total = sum(weights.values())
        told = sum(
            weight
            for term, weight in weights.items()
            if not claim.holds(term) and any(term in other.main for other in others)
        )
        return told * QUOTE_WEIGHT / total if total else 0.0

    def _with_opposites(
        self, weights: dict[str, float], content: dict[str, str], text: str, claim: _Claim, coverage: float
    ) -> float:
        """A claim's coverage of a statement with the words it says the opposite of counted as
        held: "narrowed the scope" is about what "enlarged the sphere" is about. Only for a claim
        already near the statement (``FIGURE_COVERAGE``): an opposite alone makes no subject."""
        if coverage < FIGURE_COVERAGE or not _word_set(text) & _ANTONYM_WORDS:
            return coverage  # (most statements use no word of _ANTONYMS: nothing to read)
        opposite = _opposed_by(text, claim)
        total = sum(weights.values())
        gained = sum(
            weight
            for term, weight in weights.items()
            if content.get(term, "").casefold() in opposite and not claim.holds(term)
        )
        return coverage + gained / total if total else coverage

    def _denies_beyond(self, text: str, claim: _Claim, nearest: _Claim) -> bool:
        """Whether a claim says "not" of what a statement says is so, about words of the
        statement that the claim nearest it does not use in its own text."""
        if _negated(text, claim.text_terms):
            return False
        stated = set(_term_set(text)) - nearest.text_terms - GENERIC
        return bool(stated) and _negated(claim.record["text"], stated)

    def _distinct(self, terms: set[str]) -> set[str]:
        """The terms of a name that the claims themselves use in at most a third of the store: a
        name standing in the place of the statement's may be its main figure (Naruhito, whom
        the title of every article about his visit names), but not Japan or Mongolia."""
        return {
            term
            for term in terms
            if term not in GENERIC and self._own_frequency(term) <= ANCHOR_SHARE * self._size
        }

    def _own_frequency(self, term: str) -> int:
        """How many claims hold a term in what they say (text, attribution, quote), not in their
        search keywords or their source's title."""
        if term not in self._own_df:
            found = self.index.postings(term)
            self._own_df[term] = sum(1 for mask in found.masks if mask & _OWN_FIELDS) if found else 0
        return self._own_df[term]

    def _specific(self, terms: set[str]) -> set[str]:
        """The terms of a name that are not everywhere in the store (Japan, Mongolia)."""
        return {term for term in terms if self.is_specific(term)}

    def _singling_out(self, terms: set[str]) -> set[str]:
        """The terms of a person's name that single them out: the specific ones, and a name in
        many claims that is no everyday word ("Naruhito", "Masako" in a store about their visit)."""
        return {term for term in terms if self._names_one(term)}

    def _names_one(self, term: str) -> bool:
        return self.is_specific(term) or (term not in GENERIC and not _everyday(term))

    def is_specific(self, term: str) -> bool:
        """Whether a term is in at most a tenth of the claims (one, in a small store): "Takaoka",
        not "Japan"."""
        return term not in GENERIC and self.frequency(term) <= max(1, COMMON_SHARE * self._size)

    def _uncovered_names(
        self, names: list[_Name], claims: list[_Claim], related: list[_Claim] | None = None
    ) -> str:
        """A name in the statement that none of the claims mentions (a claim about another place
        or person cannot bear it out). A name the claims list among their keywords counts when a
        related claim names it ("the islets", which a related claim calls Takeshima)."""
        held: set[str] = set()
        keyword_names: set[frozenset[str]] = set()
        for claim in claims:
            held |= claim.named
            keyword_names |= _keyword_names(claim)
        if related:
            others = {term for other in related for term in other.named}
            for claim in claims:
                held |= claim.keywords & others
        for name in names:
            own = name.terms - _COMMON_NOUNS
            if any(phrase <= own and own - phrase <= held for phrase in keyword_names):
                continue  # "Japan's Upper House": the claims' House of Councillors, as their keywords call it
            if not own <= held and not (
                own & _STATE_FORM and own - _STATE_FORM and own - _STATE_FORM <= held
            ):
                if _capital_of_country_visited(name, claims):
                    continue  # "travelled to Ulaanbaatar": the claims' visit to Mongolia
                return name.span
            if _patched_together(name, claims):
                return name.span
        return ""


# --- pieces --------------------------------------------------------------------------------------

EVERYDAY_RANK = 1000
"""A word among this many most common words of general English (data/common_english.txt) is an
everyday word: "since", "first", "made" say which fact is meant only with others."""


_DEGREE = frozenset(
    stem(word)
    for word in """
    deeply greatly highly strongly largely mainly mostly chiefly primarily particularly especially
    notably significantly substantially considerably increasingly very really truly extremely
    slightly somewhat marginally
    """.split()  # noqa: SIM905
)
"""Adverbs that say how much, not what: "deeply interested" is stated by "interested"."""


_STATE_FORM = frozenset({"peopl", "republ"})
"""Terms of a state's form in its formal name ("the Mongolian People's Republic"): the name is
the country's, which a claim may name alone ("Mongolia")."""
_COMMON_NOUNS = frozenset({"pow"})
"""Terms of a capitalised phrase that name a kind, not someone ("Japanese POWs"): a claim about
them may call them otherwise ("the Japanese forced laborers")."""
EVERYDAY_OPENING_RANK = 2000
"""A statement's first word among this many most common words of general English ("According",
"Some", "Back") is how a sentence opens, not a name."""


def _beyond_headlines(weights: dict[str, float], claims: list[_Claim]) -> dict[str, float]:
    """The statement's words with those the claims hold only in their sources' titles weighing
    nothing: a title says what the whole article is about, not what each claim says."""
    return {
        term: 0.0
        if all(term in claim.headline or not claim.holds(term) for claim in claims)
        and any(term in claim.headline for claim in claims)
        else weight
        for term, weight in weights.items()
    }


def _keyword_names(claim: _Claim) -> set[frozenset[str]]:
    """The terms of each of a claim's keywords of two words or more: the other names the store
    lists for what the claim names ("upper house" for the House of Councillors), which a
    statement writing them capitalised ("the Upper House") names in full."""
    phrases = (_terms(keyword) for keyword in claim.record.get("keywords", []))
    return {frozenset(terms) for terms in phrases if len(terms) > 1}


def _patched_together(name: _Name, claims: list[_Claim]) -> bool:
    """Whether a person's name of two or three words is made of two people's ("Shigeru Bessent"
    of Shigeru Ishiba and Scott Bessent): each word is in a name the claims give, but no one of
    those names holds them all."""
    own = name.terms - _NATIONS
    parts = name.span.split()
    if len(own) < 2 or len(parts) < 2 or not _personal(name) or not all(part[:1].isupper() for part in parts):
        return False  # "Khurelsukh and Naruhito" are two
    theirs = [other.terms for claim in claims for other in claim.names]
    theirs += [opening for claim in claims if (opening := _opening_name(claim.record["text"]))]
    return all(any(term in other for other in theirs) for term in own) and not any(
        own <= other for other in theirs
    )


def _opening_name(text: str) -> set[str]:
    """The terms of the name a claim's sentence opens with ("Naruhito previously visited ..."),
    which its names leave out (a capital opening a sentence may be no name); none when the first
    word is an everyday one ("According to ...")."""
    leading = _names("\u2014 " + text)  # as ``Verifier._with_leading_name`` reads a statement's
    if not leading or not text.startswith(opening := leading[0].span.split()[0]):
        return set()
    if _POSSESSIVE.sub("", opening).casefold() in common_english(EVERYDAY_OPENING_RANK):
        return set()
    return set(leading[0].terms)


def _placed_elsewhere(names: list[_Name], claims: list[_Claim]) -> bool:
    """Whether the statement puts something in a country ("visited Japan", "an election in the
    United States") that a claim's own sentence does not name, while it puts it in another. The
    countries of the store's stories are in nearly every claim's source title or quote, so they
    are never a name a claim lacks (``_uncovered_names``): the place a sentence gives decides."""
    for name in names:
        if name.placed != "in" or not name.terms or not name.terms <= _NATIONS:
            continue
        for claim in claims:
            if name.terms <= claim.text_terms:
                continue
            if any(
                other.placed == "in"
                and other.terms
                and other.terms <= _NATIONS
                and not other.terms & name.terms
                for other in claim.names
            ):
                return True
    return False


_TRAVEL_TERMS = frozenset(
    stem(word)
    for word in "visit travelled trip arrived came went flew journeyed toured returned".split()  # noqa: SIM905
)
"""Words of going somewhere: "travelled to Ulaanbaatar" is a trip to Mongolia."""


def _capital_of_country_visited(name: _Name, claims: list[_Claim]) -> bool:
    """Whether a statement's capital someone goes to ("travelled to Ulaanbaatar") is the country a
    claim has them visit ("visited Mongolia"), a claim placing nothing in any city: a visit to a
    country is received in its capital. A city the claim names ("the World Exposition in Osaka")
    says where instead, and a capital one is sent to or held in is not visited."""
    country = _CAPITALS.get(name.span.casefold())
    if country is None or name.placed not in ("in", "to") or not name.context & _TRAVEL_TERMS:
        return False
    return any(
        any(_country_of(match["country"]) == country for match in _GONE_TO.finditer(claim.record["text"]))
        and all(
            other.terms <= _NATIONS for other in claim.names if other.placed in ("in", "to") and other.terms
        )
        for claim in claims
    )


_INITIALLED = re.compile(r"[A-Z][\w'\u2019-]*")
"""A capitalised word of a name, whose first letter its initials take."""


def _abbreviates(short: str, full: str) -> bool:
    """Whether a name is the initials of another ("MPR" of "Mongolian People's Republic", "UNCCD"
    is not of "COP17"): its capitals are the first letters of the other's capitalised words."""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    return "".join(word[0] for word in _INITIALLED.findall(full)) == letters


_PAST_FORMS = frozenset(
    "sent met paid brought began won spent sold told sought taught went gave took".split()  # noqa: SIM905
)
"""Past forms that say a thing was done: not those read as adjectives too ("held", "built"), nor
any regular "-ed", which a figure's noun takes ("CO2 avoided per year")."""


def _told_as_done(content: dict[str, str], claims: list[_Claim], text: str) -> bool:
    """Whether the statement puts in the past a word the claims hold only as what will or would
    be ("Japan sent a delegate to COP17" against "Japan would send"): it says it happened. Only
    a past that is no adjective as well: "CO2 avoided per year" is what the project will do; a
    regular past ("hosted", "strengthened") only as a verb with its object or "to" after it
    ("Mongolia hosted COP17", "continued to cooperate")."""
    foretold = set().union(*(claim.foretold for claim in claims))
    return any(
        term in foretold and (word.casefold() in _PAST_FORMS or _done_with_object(word, text))
        for term, word in content.items()
    )


def _hoping(text: str) -> bool:
    """Whether a statement says what someone hopes, plans or foresees, rather than what was done:
    a word of wishing, unless a regular past with its object comes first ("the government
    bolstered efforts to secure their release" says it bolstered them)."""
    wish = _WISH.search(text)
    if wish is None:
        return False
    return not any(
        _done_with_object(word, text) for word in re.findall(r"\b[a-z]+ed\b", text[: wish.start()])
    )


def _done_with_object(word: str, text: str) -> bool:
    """Whether a regular past of the statement is a verb saying a deed was done: an "-ed" word
    after its subject (not after "be", "being" or a figure) and before what it was done to, which
    may open with up to two words of description ("implemented so-called reciprocal tariffs")."""
    if not word.casefold().endswith("ed"):
        return False
    return (
        re.search(
            rf"(?<!\d )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
            rf"\b{re.escape(word)}\s+(?!per\b|by\b|each\b|every\b|annually\b|yearly\b|in\b|on\b|at\b|for\b)"
            r"(?:to\b|the\b|an?\b|its\b|their\b|his\b|her\b|[A-Z]|(?:[a-z-]+\s+){0,2}[a-z]+s\b)",
            text,
        )
        is not None
    )


def _claims_say(claims: list[_Claim], says: Callable[[str], object]) -> bool:
    """Whether one of the claims says it, in its text or its quote (``says`` reads one text):
    "only", "mainly" and "first" must be the claims' own words, not a statement's."""
    return any(says(claim.record["text"]) or says(claim.record.get("quote") or "") for claim in claims)


def _names_of(claims: list[_Claim]) -> set[str]:
    """The terms of every name the claims give, in their texts or among their keywords."""
    return set().union(*(claim.named | claim.keywords for claim in claims))


_FORETOLD = re.compile(r"\b(?:will|would|is\s+going\s+to|are\s+going\s+to)\b", re.IGNORECASE)
"""What a statement tells of as yet to come ("will open a new chapter")."""
_SAID_IN = re.compile(
    r"\b(?:sa(?:id|ys|y)|told|tells|predict\w*|forecast\w*|expect\w*|hop\w*|believ\w*|think\w*|thought"
    r"|argu\w*|claim\w*|warn\w*|stat(?:ed|es)|call\w*|describ\w*|quot\w*|according|accordingly"
    r"|insist\w*|vow\w*|pledg\w*|promis\w*|express\w*|view|words|remark\w*|comment\w*)\b",
    re.IGNORECASE,
)
"""The words by which a statement says whose words or view it gives."""
_SOMEONES_FORECAST = re.compile(
    r"^(?!According to)[^.;]*?\b(?:predicted|predicts|forecast|forecasts|expects|expected|believes|believed"
    r"|hopes|hoped)\b[^.]*?\b(?:will|would)\b"
)
"""A claim giving what someone it names foresees ("Japan's ambassador to Mongolia, Igawahara
Masaru, predicted that the visit ... will open a new chapter"); not what they said would be done
("Naruhito said Japan would send a high-level representative": an intention, told as it is)."""


def _someones_forecast(claim: _Claim) -> bool:
    """Whether a claim gives what is yet to come only as the words of someone it names, not of the
    author of its source: a statement saying it will be so, as a fact and as no one's words, goes
    beyond it ("the visit will open a new chapter")."""
    attribution = (claim.record.get("attributed_to") or "").casefold()
    return "author" not in attribution and _SOMEONES_FORECAST.search(claim.record["text"]) is not None


_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
_SIDES_COMPARED = re.compile(r"\b(?:1[89]|20)\d\d\b|(?<![\w'\u2019-])[A-Z][a-z][\w'\u2019-]*")
"""What a comparison sets side by side: years and capitalised names."""


def _compared_the_other_way(text: str, claim_text: str) -> bool:
    """Whether a statement compares two things the other way round from a claim: what the claim
    puts before its "than" the statement puts after its own, and the other way round ("the 2007
    visit was more ceremonial than the 2025 state visit" against "the 2025 state visit was more
    ceremonial than his 2007 visit")."""

    def sides(sentence: str) -> tuple[set[str], set[str]] | None:
        than = _THAN.search(sentence)
        if than is None:
            return None
        before = {fold(word) for word in _SIDES_COMPARED.findall(sentence[: than.start()])}
        after = {fold(word) for word in _SIDES_COMPARED.findall(sentence[than.end() :])}
        return before - after, after - before

    mine = sides(text)
    theirs = sides(claim_text) if mine is not None else None
    if mine is None or theirs is None:
        return False
    return bool(mine[0] & theirs[1]) and bool(mine[1] & theirs[0])


_CITED_FROM = re.compile(r"(?:According to|As cited by|Citing)\s(?P<who>[^,]{1,80}),", re.IGNORECASE)
"""A statement opening with whose word it gives ("According to the Chinese government, ...")."""


def _speaker_terms(text: str) -> frozenset[str]:
    """The terms naming who a statement says said it, by its capitalised words and countries
    ("Tokyo has officially said", "The U.S. government announced", "Ishiba said", "According to
    Kyodo News"): none when it names no one so ("the emperor said", "officials said")."""
    cited = _CITED_FROM.match(text)
    if cited is not None:
        # "According to South Korea, ...": whom it is according to is who says it
        who = cited.group("who")
    else:
        found = _SPEAKER.search(text)
        if found is None:
            return frozenset()
        who = found.group("who")
        starts = [match.end() for match in _CLAUSE_START.finditer(who)]
        who = who[max(starts, default=0) :]
    named = " ".join(word for word in who.split() if word[:1].isupper())
    return frozenset(_terms(_as_governments(named))) - GENERIC if named else frozenset()


def _voices(record: dict[str, Any]) -> frozenset[str]:
    """The terms of whom a claim gives the words of: its attribution, and whoever its text and
    quote say said it or cite ("according to the Yomiuri Shimbun", "the Chinese Foreign Ministry
    had notified")."""
    voiced = [record.get("attributed_to") or ""]
    for text in (record["text"], record.get("quote") or ""):
        for match in _VOICED.finditer(text):
            voiced.append(match.group("a") or match.group("b") or "")
    return frozenset(term for part in voiced for term in _terms(_as_governments(part)))


_WORD_AT = re.compile(r"[A-Za-z][\w'\u2019-]*")
_TURNING = frozenset(
    {
        "by", "from", "received", "receives", "receive", "got", "was", "were", "been", "being", "be",
        "result", "because", "due", "owing", "thanks", "following", "invitation",
    }
)  # fmt: skip
"""Words between two names that may turn their roles round ("received a protest from Japan",
"was succeeded by Lee", "minerals can be utilized for Japan's manufacturing", "Japan surrendered
as a result of the bombing of Hiroshima", "visited at the invitation of Khurelsukh"): their order
then says nothing."""


_COUNTRY_TERMS = frozenset(stem(word) for word in "japan mongolia china korea russia usa america".split())  # noqa: SIM905
"""The countries a statement may put the other way round, as terms (their adjectives fold to them)."""


_CLAUSES_JOINED = re.compile(r";|,\s*(?:and|but|while|whereas|yet)\b", re.IGNORECASE)
"""Where a sentence joins two statements of their own: "Mongolia is to host COP17, and Naruhito
said Japan would send a representative" relates Mongolia to nothing Japan does."""


@lru_cache(maxsize=256)
def _placed(text: str) -> tuple[dict[str, list[int]], dict[str, int], list[str], list[int]]:
    """Where each party (a country, or a person's name) of a text stands, every time it is named,
    where each other word first stands, by term, the words as written, and the clause each word
    stands in (``_CLAUSES_JOINED``). Remembered (read it, never change it): a statement is weighed
    against each of its candidate claims."""
    persons = {term for name in _names(text) if _personal(name) for term in name.terms}
    text = _SEA.sub("sea", text)  # the Japan of "the Sea of Japan" is no party
    # nor are those of who says it ("According to sources familiar with Japan–China ties, ...")
    text = _SAID_BY.sub(" ", text)
    names: dict[str, list[int]] = {}
    others: dict[str, int] = {}
    written: list[str] = []
    breaks = [match.start() for match in _CLAUSES_JOINED.finditer(text)]
    matches = list(_WORD_AT.finditer(text))
    clauses = [bisect_right(breaks, match.start()) for match in matches]
    found = [match.group() for match in matches]
    for at, word in enumerate(found):
        written.append(word.casefold())
        term = stem(fold(word))
        term = _CANONICAL.get(term, term)  # "told" and "notified" relate the parties alike
        if term in STOP_WORDS or len(term) < 2:
            continue
        following = found[at + 1] if at + 1 < len(found) else ""
        # "Japan Fund for Joint Credit Mechanism": a country opening a name is no party
        in_a_name = following[:1].isupper() and stem(fold(following)) not in _COUNTRY_TERMS
        if word[0].isupper() and (term in persons or (term in _COUNTRY_TERMS and not in_a_name)):
            names.setdefault(term, []).append(at)
        else:
            others.setdefault(term, at)
    return names, others, written, clauses


_SAID_BY = re.compile(r"^\s*(?:According to|As cited by|Citing)\s[^,]{1,80},\s*", re.IGNORECASE)
"""A sentence's opening "According to X,": who says it, not who does what in it."""


def _roles_swapped(text: str, claim_text: str) -> bool:
    """Whether a statement puts two parties the claim also names the other way round about a word
    between them both use: "South Korea lodged a protest with Japan" against "Japan ... lodged a
    strong protest with South Korea". Each party must stand wholly on one side of the other, every
    time either is named, in both; or the sentences open with who does what to whom the other way
    round ("China's government pressed Japan to release Japanese nationals")."""
    mine, theirs = _doer_deed_done_to(text), _doer_deed_done_to(_SAID_BY.sub("", claim_text))
    if (
        mine is not None
        and theirs is not None
        and mine[1] == theirs[1]
        and mine[0] == theirs[2]
        and mine[2] == theirs[0]
    ):
        return True
    names, words_at, written, clauses = _placed(text)
    claim_names, claim_words_at, claim_written, claim_clauses = _placed(claim_text)
    shared = [name for name in names if name in claim_names]
    for first in shared:
        for second in shared:
            a, b = max(names[first]), min(names[second])
            if not a < b or clauses[a] != clauses[b] or _TURNING & set(written[a:b]):
                continue
            passive = _done_to_first(written, a, b)
            for claim_first, claim_second in ((second, first), (first, second)):
                cb, ca = max(claim_names[claim_first]), min(claim_names[claim_second])
                if not cb < ca or claim_clauses[cb] != claim_clauses[ca]:
                    continue  # each in a statement of its own: their order relates them to nothing
                if _TURNING & set(claim_written[cb:ca]):
                    continue
                # the other way round in the same voice, or the same way round with one of them
                # in the passive ("the Japanese sentenced in China" is "China sentenced the
                # Japanese"; "the Chinese sentenced in Japan" is not)
                if (claim_first == second) == (passive != _done_to_first(claim_written, cb, ca)):
                    continue
                if any(
                    a < at < b and cb < claim_words_at.get(term, -1) < ca
                    for term, at in words_at.items()
                    if term not in names and term not in claim_names and term not in _TITLE_TERMS
                ):
                    return True
    return False


_LEADS_ON = re.compile(
    r"\b(?P<on>resulted\s+in|results\s+in|led\s+to|leads\s+to|caused|brought\s+about|prompted"
    r"|and\s+then|followed\s+by|before|(?:was|were|is|are|been)\s+succeeded\s+by|preceded|precedes"
    r"|preceding|predecessor\s+(?:of|to))\b"
    r"|\b(?P<back>resulted\s+from|results\s+from|(?:as\s+)?a\s+result\s+of|because(?:\s+of)?"
    r"|due\s+to|owing\s+to|after|following|in\s+response\s+to"
    r"|(?:succeeding|succeeded|succeeds)(?!\s+in\b)|(?:was|were|is|are|been)\s+preceded\s+by"
    r"|successor\s+(?:of|to))\b",
    re.IGNORECASE,
)
"""Words putting one thing before another, in time or as cause and effect: "the bombing resulted
in Japan's surrender", "withdrew ... and then cut ...", "Yoon was succeeded by Lee", "Yoon was the
predecessor of Lee" (the first part first); "the surrender was a result of the bombing", "cut ...
after withdrawing", "Lee took office, succeeding Yoon", "Lee was the successor to Yoon" (the second
part first). Not "succeeded in" (did well at)."""
_AFTERWARDS = re.compile(r"\band\s+(?P<later>[^,;]{1,200}?)\s+afterwards\b", re.IGNORECASE)
""""withdrew from the Paris Agreement and cut commitments afterwards": the part after "and" later."""


def _earlier_and_later(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The terms of what a sentence puts first (the cause, the earlier deed) and of what it puts
    after it (the effect, the later deed), split at its one word ordering them; None when it has
    no such word, or more than one."""
    text = _SAID_BY.sub(" ", text)
    afterwards = _AFTERWARDS.search(text)
    if afterwards is not None:
        earlier, later = text[: afterwards.start()], afterwards.group("later")
    else:
        found = list(islice(_LEADS_ON.finditer(text), 2))
        if len(found) != 1:
            return None
        before, after = text[: found[0].start()], text[found[0].end() :]
        earlier, later = (before, after) if found[0].group("on") else (after, before)
    first, then = frozenset(_terms(earlier)), frozenset(_terms(later))
    return (first, then) if first and then else None


def _order_reversed(text: str, claim_text: str) -> bool:
    """Whether a statement puts what the claim has first after what it has after it: "Japan's
    surrender resulted in the atomic bombing of Hiroshima" against the claim's "the bombing of
    Hiroshima and Nagasaki resulted in Japan's surrender", "cut commitments and then withdrew from
    the Paris Agreement" against "withdrew ... and cut commitments afterwards". Each part of the
    statement must share more with the claim's other part than with its own."""
    mine, theirs = _earlier_and_later(text), _earlier_and_later(claim_text)
    if mine is None or theirs is None:
        return False
    (first, then), (their_first, their_then) = mine, theirs
    return len(first & their_then) > len(first & their_first) and len(then & their_first) > len(
        then & their_then
    )


def _done_to_first(written: list[str], first: int, second: int) -> bool:
    """Whether the words between two parties say, in the passive, that the second did the deed to
    the first, or where: "the Japanese national sentenced in (by) China", which has them the
    other way round from "a Chinese court sentenced a Japanese man" in words only. The deed's
    participle is right before "in" or "by", at most two words after the first party."""
    between = written[first + 1 : second]
    if between[-1:] in (["the"], ["a"], ["an"]):
        between = between[:-1]
    if len(between) < 2 or len(between) > 4 or between[-1] not in ("by", "in"):
        return False
    done = between[-2]
    return done.endswith("ed") or done in _PAST_FORMS


_DOER_NAME = r"[A-Z][\w'\u2019-]*[a-z]"
_DOER_OFFICE = r"(?:emperor|empress|president|prime\s+minister|foreign\s+minister|ambassador|crown\s+prince)"
"""Offices a statement may name its doer by: "the Japanese emperor attended", as a claim says "the
Japanese emperor's enthronement" of Naruhito."""
_DOER_DEED = re.compile(
    rf"(?<![\w'\u2019-])(?P<doer>{_DOER_NAME}(?:\s+{_DOER_NAME}){{0,5}}"
    rf"(?:(?:,\s*|,?\s+and\s+){_DOER_NAME}(?:\s+{_DOER_NAME}){{0,5}}){{0,4}}"
    rf"|\b[Tt]he\s+(?:{_DOER_NAME}\s+)?{_DOER_OFFICE})"
    r"(?:\s+(?:also|previously|then|later|once|personally|had|has|have))*"
    r"\s+(?P<deed>[a-z]{3,}ed|met|went|came|saw|made|took|gave|sent|led|told|held|wrote|built|won)\b"
)
"""Who did what, as a verb in the past right after their names: "Khurelsukh attended", "Naruhito
had previously visited", "Mongolia and Japan upgraded". Names of six words at most, five joined at
most: unbounded, each word of a long run of capitals was tried to the run's end (a statement of
20,000 characters of place names: 2.7 s)."""
_ONE_ANOTHER = frozenset(
    stem(word)
    for word in [
        "met",
        "talked",
        "spoke",
        "agreed",
        "signed",
        "discussed",
        "shook",
        "negotiated",
        "fought",
        "clashed",
        "cooperated",
        "partnered",
        "reconciled",
        "exchanged",
        "shared",
        "joined",
        "compared",
    ]
)
"""Deeds two do together: "Naruhito met Khurelsukh" is "Khurelsukh met Naruhito"."""
_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:of|at|for|in|from|with|by|to|on|under)\s+(?:the\s+)?$", re.IGNORECASE
)
"""Names that follow a preposition are no doer: "Kanai of the Japanese Foreign Ministry told"."""
_PREPOSITION_REACH = 64
"""How far before a name ``_AFTER_A_PREPOSITION`` looks: a preposition and "the" are near it.
Looked for from the text's start, each name of a long text took time growing with its length
(a one-sentence draft of 300,000 characters naming people: 21 s)."""


@lru_cache(maxsize=4096)
def _doers(text: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Each deed a text has someone named do (``_DOER_DEED``): the deed (a term), the terms of
    all who do it ("Abe Shinzo", "Mongolia and Japan"), and the doers as written; not a deed
    done together (``_ONE_ANOTHER``). Remembered, as a statement is weighed against each of its
    candidate claims, and a claim against each statement."""
    out = []
    for match in _DOER_DEED.finditer(text):
        if _AFTER_A_PREPOSITION.search(text, max(0, match.start() - _PREPOSITION_REACH), match.start()):
            continue  # "Masaaki Kanai of the Japanese Foreign Ministry told": Kanai told
        deed = stem(match.group("deed"))
        doers = frozenset(
            stem(fold(word))
            for word in _name_words(match.group("doer").replace(",", " "))
            if word != "and" and word.casefold() not in STOP_WORDS
        )
        if deed not in _ONE_ANOTHER and doers:
            out.append((deed, doers, match.group("doer")))
    return tuple(out)


def _doers_swapped(text: str, claim_text: str) -> str | None:
    """Who a claim has do what a statement has someone else do, when each names the other too
    ("Naruhito attended Khurelsukh's inauguration" against "Khurelsukh attended the Japanese
    emperor's enthronement ceremony", which names Naruhito before): the claim's doers as
    written; None when no deed changes hands."""
    mine = _doers(text)
    if not mine:
        return None
    theirs_text = _SAID_BY.sub("", claim_text)
    theirs = _doers(theirs_text)
    claimed = _terms(theirs_text)
    # the claim's doer as the one whose occasion it was ("Khurelsukh's inauguration"), not as
    # whoever else had a part in it ("a welcome ceremony hosted by Khurelsukh")
    stated = {stem(fold(word)) for word in _OWNER.findall(text)}
    named = _terms(text)
    for deed, doers, mine_written in mine:
        if _OFFICE_DOER.match(mine_written) and not _office_apart(mine_written, theirs_text):
            continue  # "the Mongolian president attended" may be the claim's Khurelsukh himself
        if any(their_deed == deed and doers & others for their_deed, others, _written in theirs):
            continue  # the claim has them do it too, with others or again
        for their_deed, others, written in theirs:
            if their_deed != deed or doers & others or not doers <= claimed:
                continue
            if others & stated:
                return written
            # "Yoon Suk Yeol took office" against "Lee Jae Myung took office, succeeding Yoon
            # Suk Yeol": someone the statement never names does the deed, and the claim names the
            # statement's doer only after them (not "Naruhito's enthronement ..., Khurelsukh
            # attended it", where Naruhito has his own part)
            before = _terms(theirs_text[: theirs_text.rfind(written)])
            if not others & named and not doers & before and not _OFFICE_DOER.match(mine_written):
                return written
    return None


_OWNER = re.compile(r"([A-Z][\w-]*)['\u2019]s\b")
"""A capitalised word whose something is: "Khurelsukh" of "Khurelsukh's inauguration"."""
_OFFICE_DOER = re.compile(r"[Tt]he\s+(?P<office>.+)")
"""A doer named by office ("the Japanese emperor"), not by name."""


def _office_apart(written: str, claim_text: str) -> bool:
    """Whether a claim names an office, as a statement's doer is written, apart from anyone's name
    ("the Japanese emperor's enthronement ceremony"): someone other than the claim's own doer,
    whom it may call by the office too ("Mongolian President Khurelsukh")."""
    office = _OFFICE_DOER.match(written)
    if office is None:
        return False
    words = r"\s+".join(re.escape(word) for word in office["office"].split())
    return any(
        not re.match(r"\s+[A-Z]", claim_text[found.end() :])
        for found in re.finditer(rf"\b{words}\b", claim_text, re.IGNORECASE)
    )


_TITLE_TERMS = frozenset(stem(fold(word)) for word in _TITLES)
"""A title between a person and a country relates them the same way round either way: "Ishiba is
Prime Minister of Japan" and "Japanese Prime Minister Shigeru Ishiba"."""


_CALLED_IN = re.compile(
    r"\b(?:called|known as|named)\s+(?P<name>[A-Z][\w-]*)\s+in\s+(?P<where>(?:South |North )?[A-Z][a-z]+)"
    r"|\b(?i:in)\s+(?P<where2>(?:South |North )?[A-Z][a-z]+)\W+(?:[a-z]+\s+){0,4}?"
    r"(?:called|known as|named)\s+(?P<name2>[A-Z][\w-]*)"
    r"|\band\s+(?P<name3>[A-Z][\w-]*)\s+in\s+(?P<where3>(?:South |North )?[A-Z][a-z]+)"
)
"""What a thing is called where: "called Takeshima in Japan and Dokdo in South Korea", "in Japan
the islets are called Dokdo"."""


def _names_where(text: str) -> dict[str, str]:
    """Each country and the name a text says the thing is called there (terms)."""
    out: dict[str, str] = {}
    for match in _CALLED_IN.finditer(text):
        name = match.group("name") or match.group("name2") or match.group("name3")
        where = match.group("where") or match.group("where2") or match.group("where3")
        if name and where:
            out.setdefault(_country_of(where), stem(fold(name)))
    return out


_PARTY_COUNTRIES = (
    ("Japan", r"Japan(?:ese)?"),
    ("Mongolia", r"Mongolian?"),
    ("South Korea", r"South\s+Korean?|Seoul|ROK"),
    ("North Korea", r"North\s+Korean?|Pyongyang|DPRK"),
    ("China", r"China|Chinese|Beijing"),
    ("Russia", r"Russian?|Moscow"),
    ("the U.S.", r"U\.S\.(?:A\.)?|US|USA|United\s+States|America(?:n)?|Washington"),
)
_PARTY_FOUND = [(name, re.compile(rf"\b(?:{pattern})(?!\w)")) for name, pattern in _PARTY_COUNTRIES]


def _countries_named(text: str) -> frozenset[str]:
    """The countries a text names (by name, people or capital)."""
    return frozenset(name for name, pattern in _PARTY_FOUND if pattern.search(text))


def _three_countries_otherwise(text: str, claim_text: str) -> str | None:
    """Why a claim naming three countries contradicts a statement naming three of which one is
    another ("Japan, Mongolia and South Korea" against the claim's Japan, Mongolia and the U.S.);
    None when it does not."""
    stated, claimed = _countries_named(text), _countries_named(claim_text)
    if len(stated) != 3 or len(claimed) != 3 or len(stated & claimed) != 2:
        return None
    theirs, mine = next(iter(claimed - stated)), next(iter(stated - claimed))
    return f"the store names {theirs}, not {mine}"


def _named_otherwise(text: str, claim_text: str) -> str | None:
    """Why a claim contradicts a statement pairing the names a thing has in each country the other
    way round ("in Japan the islets are called Dokdo" against "called Takeshima in Japan and
    Dokdo in South Korea"); None when it does not."""
    stated, claimed = _names_where(text), _names_where(claim_text)
    for country, name in stated.items():
        theirs = claimed.get(country)
        if theirs is not None and theirs != name and name in claimed.values():
            return f"the store gives another name there: {theirs.title()}"
    return None


_NAME_OF_WORDS = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|\d{4}\b))+")
"""A name of two words or more, each capitalised or a year: "Shine Mongol High School", "King
Search 2022"."""


SPELT_ALIKE = 70
"""How alike (rapidfuzz's ratio, 0-100) two endings of a name must be spelt to be one name written
two ways ("Programme", "Program"; "Lee Jae Myeong", "Lee Jae Myung"), not two names."""


@lru_cache(maxsize=4096)
def _name_runs(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Each name of two words or more in a text (_NAME_OF_WORDS): where it starts and ends, and
    its words (``_name_words``); remembered, as claims are read for every statement."""
    return tuple(
        (match.start(), match.end(), tuple(_name_words(match.group())))
        for match in _NAME_OF_WORDS.finditer(text)
    )


def _held_in_text(weights: dict[str, float], claims: list[_Claim]) -> float:
    """The share of a statement's weight the claims' own sentences hold (not their keywords or
    quotes)."""
    total = sum(weights.values())
    held = sum(weight for term, weight in weights.items() if any(term in claim.main for claim in claims))
    return held / total if total else 0.0


@lru_cache(maxsize=256)
def _names_given(text: str) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """A statement's names of two words or more, folded (without "the" and years), and the last
    words of each, shorter than it, with the countries and titles it opens with left out ("the
    Japan-Mongolia Special Strategic Partnership" gives "strategic partnership"): read once per
    statement, not once per claim and figure (``_dates_shorter_name``)."""
    named: set[tuple[str, ...]] = set()
    shortened: set[tuple[str, ...]] = set()
    for _start, _end, run in _name_runs(text):
        named.add(tuple(fold(word) for word in run if word.casefold() != "the" and not word.isdigit()))
        stated = [
            fold(word)
            for word in dropwhile(
                lambda word: (
                    word.casefold() == "the"
                    or word.isdigit()  # "the 2010 Strategic Partnership"
                    or _term_set(word.replace("-", " ")) <= _NATIONS
                    or stem(fold(word)) in NOT_A_NAME  # "Prime Minister Shigeru Ishiba" is Shigeru Ishiba
                ),
                run,
            )
        ]
        shortened.update(tuple(stated[-length:]) for length in range(2, len(stated)))
    return frozenset(named), frozenset(shortened)


def _dates_shorter_name(text: str, claim_text: str, figure: Figure) -> bool:
    """Whether a claim's date stands beside a name ("their 2010 Strategic Partnership", "the
    Strategic Partnership of 2010") that is only the last words of a name the statement gives
    whole ("Special Strategic Partnership"): the date is another thing's. The countries and
    titles a name opens with are no part of it ("the Japan-Mongolia Strategic Partnership",
    "Prime Minister Shigeru Ishiba")."""
    if figure.start == figure.end:
        return False
    dated = [
        list(run)
        for start, end, run in _name_runs(claim_text)
        if 0 <= start - figure.end <= 1 or 0 <= figure.start - end <= len(" of ")
    ]
    if not dated:
        return False
    named, shortened = _names_given(text)
    for name in dated:
        if tuple(fold(word) for word in name) in named:
            return False  # "upgraded their 2010 Strategic Partnership": the statement names it too
    return any(len(name) >= 2 and tuple(fold(word) for word in name) in shortened for name in dated)


def _name_words(name: str) -> list[str]:
    """The words of a name, not its possessive: "Asian Development Bank's" is the bank."""
    return [re.sub(r"['\u2019]s$", "", word) for word in name.split()]


def _renamed_by(text: str, claims: list[_Claim]) -> tuple[_Claim, str] | None:
    """The first claim naming otherwise a thing the statement names (see ``_renamed``), and why."""
    return next(((claim, why) for claim in claims if (why := _renamed(text, claim.record["text"]))), None)


def _renamed(text: str, claim_text: str) -> str | None:
    """Why a claim contradicts a statement calling what it names by another ending ("Shine Mongol
    University" against "Shine Mongol High School"); None when it does not. The two names share
    their first two words, which are no title or country ("Foreign Minister Iwaya" is no other
    name of Foreign Minister Battsetseg), and end in words the other does not hold ("Shine Mongol
    School" only says less), spelt unlike ("Programme" is the Program) and no year ("King Search
    2019" is another year's drill, of which the store says nothing)."""
    from rapidfuzz import fuzz  # on first use: most statements name nothing the claims end otherwise

    claimed = [list(run) for _start, _end, run in _name_runs(claim_text)]
    for _start, _end, run in _name_runs(text):
        stated = list(run)
        if stated[0].casefold() == "the":
            stated = stated[1:]
        for name in claimed:
            shared = len(
                list(
                    takewhile(
                        lambda pair: pair[0].casefold() == pair[1].casefold(), zip(stated, name, strict=False)
                    )
                )
            )
            if shared < 2 or any(
                stem(fold(word)) in NOT_A_NAME or fold(word) in STOP_WORDS or not word[0].isupper()
                for word in stated[:shared]
            ):
                continue  # "In 2022 Japan ..." is no name; "Foreign Minister" names no one
            rest, theirs = {fold(word) for word in stated[shared:]}, {fold(word) for word in name[shared:]}
            if not rest or not theirs or rest & theirs:
                continue
            if any(word.isdigit() for word in stated[shared:] + name[shared:]):
                continue  # "King Search 2019" is another year's drill, of which the store says nothing
            ending, claimed_ending = " ".join(stated[shared:]), " ".join(name[shared:])
            if fuzz.ratio(fold(ending), fold(claimed_ending)) >= SPELT_ALIKE:
                continue  # "Capacity Building Programme" is the Program, spelt another way
            return f"the store names it {' '.join(name)}"
    return None


_EMBASSY = re.compile(
    r"\b((?:South |North )?[A-Z][a-z]+)\s+[Ee]mbassy\s+(?:in|to)\s+(?:the\s+)?((?:South |North )?[A-Z][a-z]+)"
)
"""An embassy of one country in another: "the Japanese Embassy in China", "the South Korean
Embassy in Tokyo"."""


def _embassies(text: str) -> set[tuple[str, str]]:
    """Each embassy a text names, as (whose, where) countries (a capital read as its country)."""
    out = set()
    for whose, where in _EMBASSY.findall(text):
        mine, host = (_country_of(name) for name in (whose, where))
        out.add((_CAPITALS.get(mine, mine), _CAPITALS.get(host, host)))
    return out


def _country_of(name: str) -> str:
    """A country, its people's adjective or its capital as one term ("South Korean": southkorea)."""
    return stem(fold(name, query=True).strip())  # "South Korean" is folded to "southkorea" whole


def _embassy_otherwise(text: str, claim_text: str) -> bool:
    """Whether a statement names another country's embassy where the claim names one: "the Chinese
    Embassy in Japan" or "the Japanese Embassy in Seoul" against "the Japanese Embassy in China"
    and "the South Korean Embassy in Tokyo"."""
    claimed = _embassies(claim_text)
    return bool(claimed) and any(
        embassy not in claimed and any(set(embassy) & set(other) for other in claimed)
        for embassy in _embassies(text)
    )


def _unheld_country(text: str, claims: list[_Claim]) -> str:
    """A country the statement names (its people's adjective or its capital standing for it) that
    none of the claims names: "China's moves to reconcile" is no claim of Japan's moves, though a
    country opening a sentence is no name the name checks weigh."""
    for country in sorted(_term_set(text) & _NATIONS):
        if not any(claim.holds(country) or country in claim.named for claim in claims):
            return country
    return ""


_IN_COMPANY = re.compile(
    r"\b(?:together\s+with|along\s+with|alongside|jointly\s+with|in\s+a\s+joint\s+[a-z]{3,20}\s+with"
    r"|accompanied\s+by|in\s+(?:cooperation|partnership|concert)\s+with)\s+(?P<company>[^,;.]{1,60})",
    re.IGNORECASE,
)
"""Who a statement has join in what is done ("together with South Korea's president", "in a joint
ceremony with China", "alongside Russian troops")."""
_COMPANY_WORDS = frozenset(
    {"with", "and", "joint", "jointly", "together", "alongside", "accompanied", "between", "both", "by"}
)
"""Words before a party in a claim that have it take part with another ("cooperation with Japan",
"Naruhito and Masako", "between Mongolia, Japan and the U.S.")."""
_COMPANY_REACH = 5
"""How many words before a party such a word may stand."""


def _company_unheld(text: str, claims: list[_Claim]) -> bool:
    """Whether a statement has a party join in ("in a joint ceremony with China", "together with
    South Korea's president") whom no claim has take part with anyone: a detail added, which a
    claim merely naming China elsewhere ("detained in China") does not bear out."""
    for match in _IN_COMPANY.finditer(text):
        named = " ".join(word for word in match.group("company").split() if word[:1].isupper())
        party = frozenset(_terms(_as_governments(named))) - GENERIC if named else frozenset()
        if party and not any(_in_company(claim.record["text"], party) for claim in claims):
            return True
    return False


def _in_company(claim_text: str, party: frozenset[str]) -> bool:
    """Whether a claim names one of a party's terms a few words after a word of taking part with."""
    said = _word_list(claim_text)
    return any(
        _terms(word) & party and _COMPANY_WORDS & set(said[max(0, at - _COMPANY_REACH) : at])
        for at, word in enumerate(said)
    )


def _country_put_twice(text: str, claims: list[_Claim]) -> bool:
    """Whether a statement sets a country against itself ("between China and China", "China
    celebrates its victory over China") where the claims name another country, which the
    statement leaves out: the one put in its place."""
    paired = _nation_against_itself(text)
    if paired is None:
        return False
    stated = set(_nations_named(text))
    return any(
        nation not in stated
        for claim in claims
        for nation in _nations_named(claim.record["text"])
        if nation != paired
    ) or any(
        # "by the Japanese and Japanese governments" against "by the Mongolian and Japanese
        # governments": the claim sets two countries side by side where the statement sets one twice
        _nations_side_by_side(claim.record["text"]) and _nation_against_itself(claim.record["text"]) is None
        for claim in claims
    )


def _nations_side_by_side(text: str) -> bool:
    """Whether a text sets two different countries side by side ("the Mongolian and Japanese
    governments", "Japan–Mongolia relations")."""
    for match in _DASHED_PAIR.finditer(text):
        left, right = _nations_named(match.group(1)), _nations_named(match.group(2))
        if len(left) == 1 and len(right) == 1 and left != right:
            return True
    tokens = [word.casefold() for word in re.findall(r"[\w'\u2019-]+", _as_governments(text))]
    places = [(at, term) for at, token in enumerate(tokens) for term in _terms(token) if term in _NATIONS]
    for (first, nation), (second, other) in pairwise(places):
        between = tokens[first + 1 : second]
        if nation != other and any(
            word in _SET_AGAINST and second - first <= _SET_AGAINST[word] for word in between
        ):
            return True
    return False


_SET_AGAINST = {"and": 4, "over": 12, "against": 12, "versus": 12, "vs": 12}
"""Words that set two things side by side or against each other, with how many words apart the
two may stand ("between China and China", "China's victory over China")."""


_PAIRED_NAME = r"(?:the\s+)?(?:United\s+States|U\.S\.|[A-Z][a-z]{2,15})"
_DASHED_PAIR = re.compile(rf"(?<![\w.-])({_PAIRED_NAME})\s?[-\u2013\u2014/]\s?(?=({_PAIRED_NAME})(?!\w))")
"""Two names joined by a dash or slash, as a pair of countries is ("Japan–Mongolia relations")."""


@lru_cache(maxsize=16384)
def _nation_against_itself(text: str) -> str | None:
    """The country a text sets against itself (see ``_country_put_twice``), if any."""
    named = _nations_named(text)
    if len(named) == len(set(named)):
        return None
    for match in _DASHED_PAIR.finditer(text):
        # "the Mongolia–Mongolia partnership", "Japan–the United States–U.S. talks"
        left, right = _nations_named(match.group(1)), _nations_named(match.group(2))
        if len(left) == 1 and left == right:
            return left[0]
    tokens = [word.casefold() for word in re.findall(r"[\w'\u2019-]+", _as_governments(text))]
    places = [(at, term) for at, token in enumerate(tokens) for term in _terms(token) if term in _NATIONS]
    for (first, nation), (second, other) in pairwise(places):
        if nation != other:
            continue
        between = tokens[first + 1 : second]
        if any(word in _SET_AGAINST and second - first <= _SET_AGAINST[word] for word in between):
            return nation
    return None


@lru_cache(maxsize=16384)
def _nations_named(text: str) -> tuple[str, ...]:
    """The countries a text names, in order, each time (by name, its people's adjective or capital)."""
    return tuple(term for term, _word in words(_spelled(_as_governments(text))) if term in _NATIONS)


def _everyday(word: str) -> bool:
    return word.casefold() in common_english(EVERYDAY_RANK)


def _negated(text: str, about: set[str] | frozenset[str] | None = None) -> bool:
    """Whether a text says that something is not so ("did not land", "closed to the public"), of
    ``about``'s terms if given (see ``_denials``)."""
    return _denials(text, frozenset(about) if about is not None else None) > 0


@lru_cache(maxsize=65536)
def _denials(text: str, about: frozenset[str] | None) -> int:
    """How many times a text says that something is not so ("did not land", "closed to the
    public"); an editor's note in brackets and "not only ... but" do not count, nor a denial
    denied ("has not slashed"). With ``about``, only a "not" bearing on one of those terms counts
    ("without aligning with any alliance" says nothing against "access to defense technologies"):
    "has not repeatedly pressed China ..., but ... arrived without progress" denies twice where
    "has repeatedly pressed ... arrived without any progress" denies once. "less harsh than" denies
    once, as "not as harsh as" does."""
    text = _not_as_for_less(text)
    text = _UNDONE.sub(" ", re.sub(r"\bnot only\b", " ", _IN_BRACKETS.sub(" ", text), flags=re.IGNORECASE))
    return sum(
        # what the denial bears on, past its own word: "cuts to financial commitments" bears on
        # the commitments, not on the cuts another text speaks of
        about is None
        or bool(_term_set(_denied_span(text, match.end(), match.end())) & about)
        # "the visit did not take place" denies the visit itself, named before the denial
        or (
            _EVENT_DENIED.match(text, match.end()) is not None
            and bool(_term_set(_clause_before(text, match.start())) & about)
        )
        for match in _NEGATIONS.finditer(text)
    )


_EVENT_DENIED = re.compile(
    r"\s{1,3}(?:[a-z]{1,20}ly\s{1,3})?(?:(?:take|takes|took|taken)\s{1,3}place|happen(?:s|ed)?|occur(?:s|red)?"
    r"|(?:go|goes|went|gone)\s{1,3}ahead|materiali[sz]e[sd]?|(?:come|came)\s{1,3}about)\b",
    re.IGNORECASE,
)
"""A denial of a thing's happening at all ("never took place", "did not happen"): it bears on
the thing named before it, the visit or the ceremony."""
_CLAUSE_START = re.compile(r"[,;:.!?]|\b(?:but|and|while|whereas|although|though)\b", re.IGNORECASE)


def _clause_before(text: str, end: int) -> str:
    """The words of a clause before ``end``, back to the last punctuation or joining word (at
    most 120 characters)."""
    start = max(0, end - 120)
    span = text[start:end]
    cuts = list(_CLAUSE_START.finditer(span))
    return span[cuts[-1].end() :] if cuts else span


_TURN = re.compile(r"\b(?:but|rather|instead|whereas|while)\b|;", re.IGNORECASE)
"""Where a sentence turns from what it denies to what it asserts ("avoid joining any blocs but
rather seek ... mechanisms"): a denial bears on nothing past it."""


def _denial_told_by(text: str, claim: _Claim, claims: list[_Claim]) -> bool:
    """Whether another of the claims a statement rests on tells its denial, of which this claim,
    denying nothing, says nothing: "troops did not land during the twice-yearly training" on the
    troops not landing and on the drills held twice a year, which names no landing."""
    others = [other for other in claims if other is not claim]
    if not others or _denials(claim.record["text"], None):
        return False
    denied = set()
    for match in _NEGATIONS.finditer(text):
        after = _term_set(text[match.end() : match.end() + 40])
        following = [term for term, _word in words(_spelled(text[match.end() :]))][:1]
        if not following or following[0] in claim.text_terms:
            return False  # the claim says what the statement denies, without the denial
        denied |= {_record_word(following[0])} & after
    return bool(denied) and any(
        _denials(other.record["text"], None) and denied <= set(other.text_terms) for other in others
    )


def _denied_span(text: str, start: int, end: int) -> str:
    """The words a denial at ``start:end`` bears on: up to 40 characters on, and not past a turn."""
    span = text[start : end + 40]
    compared = _NOT_AS_AS.match(span, end - start)
    if compared is not None:
        # "would not be as harsh as sentences in previous cases" denies harshness, not sentences
        return span[: compared.end()]
    turn = _TURN.search(span, end - start)
    return span if turn is None else span[: turn.start()]


_NOT_AS_AS = re.compile(r"[\s'\u2019\u2018\"]*(?:be\s+)?as\s+[a-z-]+[\s'\u2019\"]+as\b", re.IGNORECASE)
"""What follows a "not" comparing two things ("not be as harsh' as"): up to the second "as"."""


ANCHOR_WORDS = 3
_MODIFIER = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|this|that|these|those)|['\u2019]s)\s*$", re.IGNORECASE
)
"""Content words either side of a date that say what it is the date of."""
ANCHOR_SHARE = 1 / 3
"""... of which one shared must be in at most this share of the claims (not Japan, Mongolia,
"diplomatic")."""
_SPEAKING = r"(?:said|says|told|tells|stated|noted|added|argued|argues|wrote|predicted|announced)"
"""The verbs by which a sentence gives what someone said: the speaker's place, and where what
they said begins."""
_SAYING = (
    # "the policy is said to support ...": said by no one named
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"(?:said|says|(?<!\bdid )(?<!\bdo )(?<!\bdoes )(?<!\bto )(?<!\bwill )(?<!\bwould )(?:say|argue)"
    r"|stated|states|announced|announces|told|tells|argued|argues|claimed|claims|declared"
    r"|noted|notes|warned|warns|pledged|pledges|insisted|wrote|writes|notified|informed|remarked"
    r"|described|describes|characterized|characterised|characterizes|characterises"
    # "The commentary author sees the tariffs as ...", "Japan considers it timely", "calls the
    # visit symbolic": a view is someone's as much as words are ("calls for" asks, no view)
    r"|sees|considers|expects|believes|believed|calls(?!\s{1,3}(?:for|on|upon)\b))"
    # "controlled by Seoul but claimed by Tokyo": a passive, whose doer follows; the words
    # before it name no speaker
    r"(?!\s{1,3}by\b)"
)
"""The verbs by which a sentence says who said something (``_SPEAKING`` and more)."""
_SPEAKER = re.compile(
    rf"(?P<who>(?:[\w'\u2019.-]+\s+){{1,6}}?)(?:(?:has|have|had|also|officially|publicly|reportedly)\s+)*"
    rf"{_SAYING}\b"
)
"""Who a statement says said it: the words of its clause before the saying verb."""
_VOICED = re.compile(
    rf"\b(?i:according to|cited by|citing|per)\s+(?P<a>[^,;:]{{1,80}})"
    rf"|(?P<b>(?:[\w'\u2019.-]+\s+){{1,6}}?){_SAYING}\b"
)
"""Where a claim says whose words it gives: "according to X", "as cited by X", "X said"."""
_CLAUSE_START = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]|['\u2018\u2019](?=\s)|\bthat\b")
"""Where the clause naming the speaker begins: after a quotation ("'We must ...,' Ishiba said")."""


_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2013\u2014]|\s-\s|(?<!\b[A-Z])[.!?](?:\s|$)"
    # "Battsetseg said the emperor's 2025 state visit ...": who speaks is not what the date dates
    rf"|\b{_SPEAKING}\b"
)


ANCHOR_CHARS = 600
"""A date's words are read within this many characters of it: more than any clause, and a long
statement costs in proportion to its length."""


def _around(text: str, figure: Figure) -> tuple[str, Figure]:
    """The text within ANCHOR_CHARS of a figure, and the figure placed in it: what its words are
    read in, so that reading every figure of a long statement costs in proportion to its length."""
    if len(text) > 2 * ANCHOR_CHARS + figure.end - figure.start:
        first = max(0, figure.start - ANCHOR_CHARS)
        text = text[first : figure.end + ANCHOR_CHARS]
        figure = replace(figure, start=figure.start - first, end=figure.end - first)
    return text, figure


def _anchor(text: str, figure: Figure) -> frozenset[str]:
    """The content words next to a figure in its text, an attribution ("according to The
    Diplomat") left out: "established diplomatic ties" for "in 1972"."""
    text, figure = _around(text, figure)
    before_text, after_text, inside = _anchor_parts(text, figure)
    before, after = _anchor_terms(before_text), _anchor_terms(after_text)
    if inside and ((before and after) or _MODIFIER.search(text[: figure.start])):
        # in the middle of its clause, or before a noun it dates ("the July 2025 drills",
        # "the emperor's 2025 state visit"): the words next to it
        return frozenset(before[-ANCHOR_WORDS:] + after[:ANCHOR_WORDS])
    return frozenset(before + after)


def _anchor_parts(text: str, figure: Figure) -> tuple[str, str, bool]:
    """The text of a figure's clause before and after it. A date opening its clause dates all
    of it ("In 1966 the first group ... paid their respects"), as does one closing it ("paid
    respects at the cemetery in 1976, after ..."); one set off by commas ("On 6 July 2025, the
    imperial couple visited ...") dates the clauses next to it."""
    text = _without_attributions(text)
    starts, ends = _spans(_CLAUSE_BREAK, text)
    # the clauses before the figure, nearest first, and after it: between the breaks wholly
    # before its start, and wholly after its end
    last = bisect_right(ends, figure.start)  # breaks [0, last) end by the figure's start
    nearest = max(0, last - CLAUSES_REACH)
    cuts = [*ends[nearest:last][::-1], *([0] if nearest == 0 else [])]
    stops = [figure.start, *starts[nearest:last][::-1]][: len(cuts)]
    heads = [text[cut:stop] for cut, stop in zip(cuts, stops, strict=True)]
    following = bisect_left(starts, figure.end)  # breaks [following, ...) start from its end
    stops = [*starts[following : following + CLAUSES_REACH + 1], len(text)][: CLAUSES_REACH + 1]
    cuts = [figure.end, *ends[following : following + CLAUSES_REACH]]
    tails = [text[cut:stop] for cut, stop in zip(cuts, stops, strict=True)]
    before, after = heads[0], tails[0]
    if not _anchor_terms(before) and not _anchor_terms(after):
        before = next((part for part in heads if _anchor_terms(part)), "")
        after = next((part for part in tails if _anchor_terms(part)), "")
        return before, after, False
    return before, after, True


CLAUSES_REACH = 12
"""How many clauses either side of a figure may say what it dates, when its own does not say."""


@lru_cache(maxsize=256)
def _without_attributions(text: str) -> str:
    """A statement with who gives its figures blanked out (``_attributions``), its length kept."""
    pieces, done = [], 0
    for start, end, _named in _attributions(text):  # in order, never overlapping
        pieces += [text[done:start], " " * (end - start)]
        done = end
    return "".join([*pieces, text[done:]])


@lru_cache(maxsize=256)
def _spans(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    """Where each match of a pattern in a text starts and ends, in order: read once a statement,
    then found by bisection for each of its figures (clause breaks, clause turns)."""
    found = [(match.start(), match.end()) for match in pattern.finditer(text)]
    return [start for start, _end in found], [end for _start, end in found]


_OCCASIONS = frozenset({"anniversari", "commemorate"})
"""A date of an anniversary is not the date of what it marks ("the 50th anniversary of ties in
2022" says nothing against "ties established in 1972")."""


def _anchor_terms(text: str) -> list[str]:
    out = []
    for term, word in words(text):
        lowered = word.casefold()
        if is_number(term) or lowered in _MONTH_WORDS or lowered in _NUMBER_WORDS:
            continue
        if lowered in _SENTENCE_STARTERS or lowered in _QUALIFYING_WORDS or term in STOP_WORDS:
            continue
        out.append(_record_word(term))
    return out


_OFFICE_NAMED = re.compile(
    r"\b(?:prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|finance\s+minister|trade\s+minister"
    r"|treasury\s+secretary|secretary\s+of\s+state|ambassador|crown\s+prince|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
"""Offices a statement may give someone, which the claims must give too ("Japan's foreign minister
predicted" is not borne out by its ambassador's prediction)."""


_STRUCTURES = frozenset(
    stem(word)
    for word in """stadium square theatre theater bridge hospital school museum airport palace park
    monument memorial cemetery library station dam railway road tower""".split()  # noqa: SIM905
)
"""Kinds of structure someone may build: one is not another ("the central stadium" is not
"Sukhbaatar Square")."""


_LESSER_OFFICE = re.compile(
    r"\b(?P<rank>deputy|vice|assistant|acting|associate)[\s-]+(?P<office>director|president|chairman"
    r"|chairwoman|chair|head|secretary|minister|ambassador|editor|dean|governor|manager)\b",
    re.IGNORECASE,
)
"""An office held at a lesser rank ("deputy director", "vice-minister"), which the office alone
is not."""


_HEAD_OF_STATE = re.compile(r"\bpresident\b", re.IGNORECASE)
"""The office a claim may give where a statement gives another (_OFFICE_NAMED): "Mongolian President
Khurelsukh" invited the emperor, not its prime minister. Not among the offices a statement must
have the claims name: "the president" of a country is named in many ways."""
OFFICE_NEAR = 4
"""How many words either side of an office say what its holder did ("at the invitation of the
Mongolian prime minister")."""
OFFICE_OWNER_WORDS = 2
"""How many words before an office may name whose it is ("the Mongolian prime minister", "Japan's
foreign minister")."""
_WORDS_REACH = 400
"""How many characters either side of an office its few words (``OFFICE_NEAR``) are looked for
in: read from the text's start, each office of a long statement took time growing with its
length (120,000 characters of "the Mongolian prime minister invited ...": 8 s)."""


def _other_office(text: str, claims: list[_Claim]) -> tuple[_Claim, str] | None:
    """The claim, and the office as it writes it, giving to someone of the same country an office
    the statement does not name, where the statement names one no claim gives ("the Mongolian
    prime minister" invited against "Mongolian President Khurelsukh"); None when no claim names
    another office of that country ("the crown prince visited" is not borne out by a Japanese
    prime minister's visit, nor gainsaid by it)."""
    stated = [
        (match.group().casefold(), country, _beside(text, match))
        for match in _OFFICE_NAMED.finditer(text)
        if (country := _whose_office(text, match.start())) is not None
    ]
    for claim in claims:
        own = claim.record["text"]
        for match in [*_OFFICE_NAMED.finditer(own), *_HEAD_OF_STATE.finditer(own)]:
            office, country, around = match.group().casefold(), _whose_office(own, match.start()), None
            for named, whose, beside in stated:
                if country != whose or office == named:
                    continue
                # in the same place in what is said: beside the same word ("the invitation of")
                around = _beside(own, match) if around is None else around
                if beside & around:
                    return claim, match.group()
    return None


def _beside(text: str, match: re.Match[str]) -> frozenset[str]:
    """The terms within OFFICE_NEAR words of an office, its own and countries' aside: what it is
    said to do or have ("invitation", "Battsetseg")."""
    start, end = match.start(), match.end()
    before = " ".join(re.findall(r"[\w'\u2019-]+", text[max(0, start - _WORDS_REACH) : start])[-OFFICE_NEAR:])
    after = " ".join(re.findall(r"[\w'\u2019-]+", text[end : end + _WORDS_REACH])[:OFFICE_NEAR])
    return (_term_set(before) | _term_set(after)) - _term_set(match.group()) - _NATIONS


def _whose_office(text: str, start: int) -> str | None:
    """The country an office written from ``start`` is of, named in the few words before it
    ("Mongolia's prime minister", "Mongolian President Khurelsukh"); None when none is."""
    before = re.findall(r"[\w'\u2019.]+", text[max(0, start - _WORDS_REACH) : start])[-OFFICE_OWNER_WORDS:]
    found = [term for term in _term_set(" ".join(before)) if term in _NATIONS]
    return found[-1] if len(found) == 1 else None


def _offices_named(text: str) -> list[frozenset[str]]:
    """The terms of each office a statement names (see ``_OFFICE_NAMED``)."""
    return [frozenset(_term_set(match.group())) for match in _OFFICE_NAMED.finditer(text)]


_DECISIVE = frozenset(
    stem(word)
    for word in """criticise criticize condemn denounce protest oppose reject slam decry rebuke blame accuse
    complain lambast attack invitation invite open inaugurate unveil fund finance meet met greet
    speech lecture toast plant tree""".split()  # noqa: SIM905
)
"""Words that say what a statement is about, however many others the claims share, and that the
claims themselves must hold (a linked claim's "opening ceremony" does not open a facility): a
judgement of what someone did or said (a claim telling of the visit's significance does not bear
out "criticised the visit"), an invitation (nor "the visit was at the invitation of Battsetseg"),
or a deed that makes or pays for something ("opened the sewage facility" they visited, "funded
sites" prime ministers visited), or a meeting (a claim dating the couple's visit to the memorial and
a linked one giving what a former internee said of it do not bear out that he met them there), or a
deed done there (a claim that they visited a school does not bear out a speech given or a tree
planted there)."""


_KINDS = (
    "nuclear|atomic|military|naval|economic|political|financial|commercial|private|public|foreign"
    "|domestic|state|secret|covert|free|joint|civilian|cultural|religious|chemical|criminal|illegal"
    "|digital|maritime|armed|industrial|agricultural|medical|academic|environmental|educational|technical"
    "|legal|humanitarian|scientific|informal|formal|temporary|permanent|voluntary|virtual"
    "|defense|defence|security|trade|energy|border|mining|business|student|government|police"
)
_RUN_BY = "owned|run|led|backed|funded|controlled|sponsored|linked|affiliated"
"""What a compound with a kind says of a thing ("state-owned", "military-run"): who has it."""
_LISTED_WORD = r"(?:,\s|,?\s(?:and|or)\s)[a-z][a-z'\u2019-]{1,30}"
_KIND_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])(?P<kind>{_KINDS})(?:-(?:{_RUN_BY}))?"
    rf"(?=(?P<listed>(?:{_LISTED_WORD}){{0,4}})\s(?P<thing>[a-z][a-z'\u2019-]{{2,30}})(?![\w-]))"
)
"""A word naming a kind of thing, an adjective or a noun ("defense robotics"), alone or in a
compound saying who has it ("state-run"), in lower case right before a word ("military alliances",
"private companies") or before the others listed with it ("military and economic advantages"):
what kind the thing is (see ``Verifier._kind_unheld``)."""


_SPOKEN_WELL = re.compile(
    r"\b(?:welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?"
    r"|laud(?:s|ed|ing)?|commend(?:s|ed|ing)?)\b"
    r"(?!\s{1,3}(?:ceremon|reception|banquet|dinner|party|speech|address|event|rally|home))",
    re.IGNORECASE,
)
"""Words of praise for a thing: a stance taken on it ("welcomed the visit"); not a welcoming
event ("a welcome ceremony")."""
_GOOD_WORDS = re.compile(
    r"\b(?:significan\w{0,6}|historic\w{0,4}|deepen\w{0,3}|strengthen\w{0,3}|friend\w{0,7}|cornerstone"
    r"|golden|welcom\w{0,3}|prais\w{0,3}|milestone|grateful|gratitude|appreciat\w{0,4})\b",
    re.IGNORECASE,
)
_ILL_WORDS = re.compile(
    r"\b(?:concern\w{0,3}|regret\w{0,5}|protest\w{0,3}|critici[sz]\w{0,3}|condemn\w{0,5}|oppos\w{0,6}"
    r"|deplor\w{0,5}|worr\w{0,5}|unacceptable|dismay\w{0,3}|disappoint\w{0,5}|urg(?:e|es|ed|ing)"
    r"|demand\w{0,3}|object\w{0,3}|alarm\w{0,3}|lament\w{0,3})\b",
    re.IGNORECASE,
)


def _speaks_well(record: dict[str, Any]) -> bool:
    """Whether a claim gives someone's good words of a thing (its "historical significance that
    will deepen the friendly relations") and no ill ones ("serious concerns"): it bears out
    that they welcomed or praised it."""
    said = f"{record['text']} {record.get('quote') or ''}"
    return _GOOD_WORDS.search(said) is not None and _ILL_WORDS.search(said) is None


_CEREMONY = re.compile(r"\b(?:opening|inauguration|inaugural|unveiling)\s+ceremon(?:y|ies)\b", re.IGNORECASE)
"""A ceremony named by what it marks: "attended the opening ceremony of the Naadam festival" says
no one opened it."""


_DEED_DONE = re.compile(
    r"\b(open(?:ed|s)?|inaugurat(?:e|es|ed)|unveil(?:s|ed)?|built|constructed|erected)\s+"
    r"(?=(?:the|a|an|its|their|his|her)\b|[A-Z])"
)
"""A deed done to something named after it ("opened Mongolia's Naadam festival", "built a
cemetery"): the claims must hold it as a deed too. Not a festival that opened, the opening of
one, nor the partnership two countries want to build."""


_DONE_TO = re.compile(
    r"(?:[\w'\u2019-]+\s+){0,4}?(?P<thing>[A-Za-z][\w-]*)"
    r"(?=\s+(?:in|on|at|of|for|by|with|from|to|during|after|before|near|and|which|that|who|when)\b"
    r"|\s*[,.;:!?]|\s*$)"
)
"""The thing a deed is done to, from just after the deed (see _DEED_DONE): the last word before
a preposition, a clause or the end ("built the POW cemetery in 2001": the cemetery)."""


def _deeds_done(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The terms of each deed a statement has someone do to something (see _DEED_DONE), and of
    what each is done to ("built the POW cemetery in 2001": build, cemetery): the claims must hold
    the deed as a deed, and the thing in a claim that does it, or they tell of something else."""
    deeds, things = set(), set()
    for match in _DEED_DONE.finditer(text):
        deeds.add(_record_word(stem(match.group(1).casefold())))
        thing = _DONE_TO.match(text, match.end())
        if thing is not None and thing["thing"].casefold() not in STOP_WORDS:
            things.add(_record_word(stem(thing["thing"].casefold())))
    return frozenset(deeds), frozenset(things)


_PLANNED = re.compile(
    r"\b(?:was|were|is|are)\s+(?:(?:scheduled|set|due|slated|expected)\s+)?to\s+[a-z]+", re.IGNORECASE
)
"""What was to be done ("was scheduled to meet", "was to meet"): one plan, not any occasion."""
_CHANGES = frozenset(
    stem(word)
    for word in "open opened opening began begun start started launched released freed closed ended".split()  # noqa: SIM905
)
"""Words of a thing's start or end: a date of them is not the date of a time it went on."""
_GOING_ON = re.compile(r"\b(?:ongoing|as of|currently|still|continuing)\b", re.IGNORECASE)
"""Words of a claim telling how things stood at its date ("the ongoing World Exposition", "as of
July 2025, China was detaining five")."""


def _dates_a_change_of_another(around: frozenset[str], claim: _Claim) -> bool:
    """Whether a statement dates a start or end (the words ``around`` its date) the claim does not
    say, while the claim's date is of a time things went on: "the Expo opened in April 2025" is
    not gainsaid by an event at the ongoing Expo on July 19, 2025."""
    started = {term for term in around if term in _CHANGES and not claim.holds(term)}
    return bool(started) and _GOING_ON.search(claim.record["text"]) is not None


def _does(claim: _Claim, term: str) -> bool:
    """Whether a claim holds a deed (see _DEED_DONE) as a deed, not only in the name of a ceremony
    ("opened the Naadam festival" against "attended the opening ceremony of" it)."""
    if not claim.holds(term):
        return False
    text = claim.record["text"]
    named = _CEREMONY.findall(text)
    return not named or term not in _term_set(" ".join(named)) or term in _term_set(_CEREMONY.sub(" ", text))


UN_BASE = 6
"""The shortest word read with its "un-" opposite ("usual"/"unusual"); "able" and "do" are not."""
_ANTONYMS = [
    (frozenset(one.split()), frozenset(other.split()))
    for one, other in (
        ("same allies allied", "different opposite opposing"),
        ("similar comparable", "larger bigger greater smaller lesser"),
        ("open opened", "closed"),
        ("allowed permitted admitted", "unable barred banned"),
        ("before", "after"),
        # the reach of something: "regional cooperation" is not national or global
        ("national domestic", "regional global worldwide"),
        ("regional", "global worldwide"),
        ("won", "lost"),
        (
            "rise rises rising rose risen climb climbs climbing climbed increase increases increasing"
            " increased grow grows growing grew grown",
            "decline declines declining declined fall falls falling fell fallen decrease decreases"
            " decreasing decreased shrink shrinks shrinking shrank shrunk drop drops dropping dropped"
            " plunge plunges plunged plunging",
        ),
        ("expand expands expanding expanded", "shrink shrinks shrinking shrank shrunk"),
        (
            "rise rises rising rose risen increase increases increasing increased"
            " grow grows growing grew grown",
            "slash slashes slashed slashing cut cuts cutting",
        ),
        (
            "strong stronger strengthen strengthens strengthening strengthened deepen deepens deepened"
            " deepening augment augments augmented augmenting",
            "weak weaker weaken weakens weakening weakened",
        ),
        ("rejoin rejoins rejoined rejoining", "withdraw withdraws withdrew withdrawn withdrawal withdrawing"),
        ("opening", "closing"),
        ("majority", "minority"),
        ("morning", "afternoon evening night"),
        (
            "accelerating accelerated accelerate accelerates speeding sped speed speeds",
            "slowed slowing slow slows delayed delaying delay delays",
        ),
        ("last", "first"),
        # "followed an earlier state visit by another emperor": there was none before the first
        ("earlier previous prior", "first"),
        ("attend attends attended host hosts hosted", "skip skips skipped boycott boycotts boycotted"),
        ("protest protests protested", "welcome welcomes welcomed praise praised"),
        ("sentenced convicted jailed detained detaining", "acquitted released freed"),
        # who held the prisoners is not who was held
        (
            "guard guards jailer jailers captor captors warden wardens",
            "internee internees prisoner prisoners",
        ),
        ("agree agrees agreed agreeing", "disagree disagrees disagreed disagreeing"),
        ("more", "less"),
        ("more", "declining waning dwindling fading diminishing"),
        ("held conducted carried staged", "cancelled canceled scrapped"),
        ("calm calmly quietly", "angrily angry furiously"),
        ("accelerating accelerated accelerate speeding", "halted halting halt stopped stopping suspended"),
        ("includes including included", "excludes excluding excluded omits omitted"),
        ("accept accepts accepted approve approves approved", "reject rejects rejected"),
        ("confirm confirms confirmed admit admits admitted", "deny denies denied"),
        ("impose imposes imposed", "lift lifts lifted"),
        ("resume resumes resumed resuming restart restarts restarted", "suspend suspends suspended"),
        ("support supports backed backs", "oppose opposes opposed"),
        ("upgrade upgrades upgraded", "downgrade downgrades downgraded"),
        ("legal", "illegal"),
        (
            "glad happy pleased delighted",
            "unhappy sad displeased upset saddened regret regrets regretted regretting sorry disappointed",
        ),
        # how much a thing matters: "a minor concern" is no crucial one
        (
            "crucial vital essential important major central biggest greatest",
            "minor marginal negligible unimportant trivial peripheral",
        ),
        ("long", "short"),
        (
            "warm warmed warming warmer",
            "adversarial hostile sour soured souring worsen worsened worsening deteriorate deteriorated"
            " deteriorating cool cooled cooling frosty",
        ),
        (
            "continue continues continued continuing",
            "stop stops stopped cease ceases ceased halt halts halted halting",
        ),
        # "expected to scale back (weaken) their cooperation": not to continue it
        ("continue continues continued continuing", "weaken weakens weakened weakening"),
        (
            "enlarge enlarges enlarged enlarging widen widens widened widening broaden broadens broadened"
            " broadening",
            "narrow narrows narrowed narrowing",
        ),
        (
            "support supports supported supporting bolster bolsters bolstered bolstering",
            "undermine undermines undermined undermining",
        ),
        ("advantage advantages advantageous", "disadvantage disadvantages disadvantageous detrimental"),
        ("resume resumes resumed resuming restart restarts restarted", "ban bans banned banning"),
        (
            "improve improves improved improving",
            "worsen worsens worsened worsening deteriorate deteriorates deteriorated deteriorating",
        ),
        (
            "block blocks blocked blocking obstruct obstructs obstructed obstructing",
            "help helps helped helping assist assists assisted assisting",
        ),
        (
            "dispatch dispatches dispatched dispatching deploy deploys deployed deploying",
            "withdraw withdraws withdrew withdrawn withdrawing recall recalls recalled recalling",
        ),
    )
]
"""Words saying the opposite of each other: "the same side" against "different sides"."""


_COMPARED = re.compile(r"\b(?:more|less|fewer)\s+than\b|\bno\s+less\b|\bmore\s+or\s+less\b", re.IGNORECASE)
""""more than" and "less than" bound a figure (compared as figures), saying no more or less of a thing."""
_IN_BRACKETS = re.compile(r"\([^)]*\)")
"""A note in brackets (an editor's, or another name): what the sentence itself says is outside it."""
_LAST_AS_WHEN = re.compile(
    r"\blast(?= (?:week|month|year|night|weekend|spring|summer|autumn|fall|winter)\b)", re.IGNORECASE
)
""""last month" says when, and is no opposite of "the first"."""


def _opposed_by(text: str, claim: _Claim) -> frozenset[str]:
    """The statement's words whose opposites a claim uses instead, in its text or its quote
    ("fought on the same side" against "fought on different sides"), neither holding the other's
    word: what makes it say the opposite, and what it is about though the claim lacks the word."""
    return _opposing_words(text, claim.record["text"]) | _opposing_words(
        text, claim.record.get("quote") or ""
    )


def _compared_texts(text: str, claim_text: str) -> tuple[str, str]:
    """A statement and one text of a claim as their words are set against each other: without
    what they compare with, nor a closing "as when" clause (nor the claim's notes in brackets)."""
    text = _COMPARED.sub(" ", _LAST_AS_WHEN.sub(" ", text))
    return text, _COMPARED.sub(" ", _LAST_AS_WHEN.sub(" ", _IN_BRACKETS.sub(" ", claim_text)))


def _antonym_swaps(stated: frozenset[str], claimed: frozenset[str]) -> dict[str, set[str]]:
    """Each stated word of an ``_ANTONYMS`` pair whose other side the claim uses instead (neither
    text using both), with the claim's words of that other side."""
    swaps: dict[str, set[str]] = {}
    for one, other in _ANTONYMS:
        for mine, theirs in ((one, other), (other, one)):
            if stated & mine and claimed & theirs and not stated & theirs and not claimed & mine:
                for word in stated & mine:
                    swaps.setdefault(word, set()).update(claimed & theirs)
    return swaps


def _opposing_words(text: str, claim_text: str) -> frozenset[str]:
    """The statement's words whose opposites one text of a claim uses instead (see ``_opposed_by``)."""
    text, claim_text = _compared_texts(text, claim_text)
    stated, claimed = _word_set(text), _word_set(claim_text)
    found = set(_antonym_swaps(stated, claimed))
    # "acceptable" against "unacceptable", "usual" against "unusual" (and the other way round)
    un_claimed = {word[2:] for word in claimed if word.startswith("un")}
    un_stated = {word[2:] for word in stated if word.startswith("un")}
    found |= {word for word in (stated & un_claimed) - claimed - un_stated if len(word) >= UN_BASE}
    found |= {f"un{base}" for base in (un_stated & claimed) - stated - un_claimed if len(base) + 2 >= UN_BASE}
    if stated & claimed & _ANTONYM_WORDS:
        found |= _opposed_before_the_same_word(text, claim_text)
    return frozenset(found)


_DENIED_RATE = re.compile(
    r"\b(?:not|rather\s+than|instead\s+of)\s+"
    r"(?P<rate>annually|yearly|monthly|weekly|daily|(?:each|every|a|per)\s+(?:year|month|week|day)\b(?=[,.;:)]|$))",
    re.IGNORECASE,
)
"""An amount's period denied: "over its lifetime rather than annually", "in total, not each year"
(a period at the clause's end: "not a year later" says when)."""
_OTHER_SPAN = re.compile(
    r"\b(?:over|during|throughout|across)\s+(?:its|the|their)\s+(?:(?:entire|whole)\s+)?(?:lifetime|life|lifespan)\b"
    r"|\b(?:in\s+(?:total|all)|altogether|cumulatively|once)\b|\bbut\b",
    re.IGNORECASE,
)
"""The span a statement gives an amount instead of the period it denies ("over its entire
lifetime", "in total", "once"), and a "but" joining the two."""
_RATE_IN_CLAIM = re.compile(
    r"\b(?:annual|annually|yearly|monthly|weekly|daily|(?:each|every|a|per)\s+(?:year|month|week|day))\b",
    re.IGNORECASE,
)
"""A claim's own period for an amount."""


def _rate_put_back(statement: str) -> str:
    """A statement denying an amount's period with the period said instead of denied, and the
    other span it gives dropped: "avoid 82,789 tons over its lifetime rather than annually" as
    "avoid 82,789 tons annually"."""
    said = _DENIED_RATE.sub(lambda match: match["rate"], statement)
    return " ".join(_OTHER_SPAN.sub(" ", said).replace(" ,", ",").split())


def _opposite_swaps(text: str, claim_text: str) -> dict[str, str]:
    """Each word of a statement whose opposite one text of a claim uses instead (as
    ``_opposing_words`` reads them, one word of each side), with that word of the claim's:
    "regretted" with "glad". Empty when a word has more than one such opposite in the claim."""
    text, claim_text = _compared_texts(text, claim_text)
    swaps = _antonym_swaps(_word_set(text), _word_set(claim_text))
    if any(len(words) != 1 for words in swaps.values()):
        return {}
    return {word: next(iter(words)) for word, words in swaps.items()}


def _opposed_before_the_same_word(text: str, claim_text: str) -> set[str]:
    """The statement's words opposing the claim's before the same word, where both use each word
    of the pair: "less ceremonial and more symbolic" against "more ceremonial and more symbolic".
    Only when each of the statement's uses of the other word stands as the claim's does (so "open
    to the public or closed?" asks, and opposes nothing)."""
    words = _word_list(text)
    stated_pairs, claimed_pairs = frozenset(pairwise(words)), _word_pairs(claim_text)
    found: set[str] = set()
    for one, other in _ANTONYMS:
        for mine, theirs in ((one, other), (other, one)):
            if not theirs & _word_set(text) or words[-1] in theirs:
                continue
            if any(pair not in claimed_pairs for pair in stated_pairs if pair[0] in theirs):
                continue
            for word, after in stated_pairs:
                if (
                    word in mine
                    and (word, after) not in claimed_pairs
                    and any((their, after) in claimed_pairs for their in theirs)
                ):
                    found.add(word)
    return found


_ANTONYM_WORDS = frozenset(word for pair in _ANTONYMS for side in pair for word in side)


def _word_list(text: str) -> list[str]:
    """A text's words, lower case, in order."""
    return re.findall(r"[a-z]+", text.casefold())


def _word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Each word of a text with the word after it (lower case)."""
    return frozenset(pairwise(_word_list(text)))


_MINISTERS = re.compile(
    r"\b(foreign|defen[cs]e|prime|finance|treasury|trade|economy|education|justice|interior|"
    r"environment|deputy|vice|chief|home|health|commerce|state|energy|agriculture|labou?r|"
    r"transport|industry|culture|cabinet)\s+(minister|secretary|ministry)\b",
    re.IGNORECASE,
)
"""An office with what it is over ("Foreign Minister", "defense minister")."""


def _offices_given(text: str, claim_text: str) -> tuple[str, str] | None:
    """The office the claim gives and the other one the statement gives, as written: "Iwaya is
    defense minister" against "Foreign Minister Takeshi Iwaya"; None when the statement gives no
    office the claim gives otherwise."""
    claimed: dict[tuple[str, str], str] = {}
    for office, over, written in _ministers(claim_text):
        claimed.setdefault((office, over), written)
    for office, over, written in _ministers(text):
        held = [claimed_as for (kind, _other), claimed_as in claimed.items() if kind == office]
        if held and (office, over) not in claimed:
            return held[0], written
    return None


@lru_cache(maxsize=4096)
def _ministers(text: str) -> tuple[tuple[str, str, str], ...]:
    """Each minister's office a text names: what of (casefolded), over what (its first five
    letters), as written; remembered, as a statement is weighed against each claim."""
    return tuple(
        (m.group(2).casefold(), m.group(1).casefold()[:5], m.group()) for m in _MINISTERS.finditer(text)
    )


def _other_nationality(text: str, claim_text: str) -> str | None:
    """Why a claim contradicts a statement giving a thing another country than it does ("a
    Japanese court" against the store's "a Chinese court", "Chinese military drills" against
    "the South Korean drills"); None when it does not. A thing the claim also gives the
    statement's country ("Mongolian and Japanese officials") is no contradiction."""
    stated = _nationalities(text)
    if not stated:
        return None
    claimed = _nationalities(claim_text)
    # the countries the statement gives things the claim does not give them: one of those may be
    # whose the thing is after all ("Japanese troops help train Mongolian forces" against
    # "Japanese forces help train Mongolia"); a country whose things are all the claim's too
    # ("Japan's Foreign Ministry") is not ("... an integral part of South Korean territory"),
    # unless the statement gives the thing to both ("Mongolian records ... Japanese records")
    unmatched = {nation for nation, word in stated if (nation, word) not in claimed}
    swapped: dict[tuple[str, str], tuple[str, str]] = {}
    for (nation, word), written in stated.items():
        if (nation, word) in claimed:
            continue
        for (other, other_word), other_written in claimed.items():
            if (
                other_word == word
                and other != nation
                and other not in unmatched
                and (other, word) not in stated
            ):
                return f"the store gives {other_written}, not {written}"
            if other_word == word and other != nation and (other, word) not in stated:
                swapped[(nation, other)] = (other_written, written)
    # ... unless the things of both are swapped: "Mongolia's Self-Defense Forces ... in Japan's
    # Khaan Quest" against "Japan's Self-Defense Forces ... in Mongolia's Khaan Quest"
    for (nation, other), (other_written, written) in swapped.items():
        if (other, nation) in swapped:
            return f"the store gives {other_written}, not {written}"
    return None


@lru_cache(maxsize=4096)
def _nationalities(text: str) -> dict[tuple[str, str], str]:
    """The things a text gives a country by its adjective or its name in the possessive: (country,
    word) -> the words as written, from "a Chinese court", "the South Korean drills" and "Japan's
    Institute"; each country of "Mongolian and Japanese officials" has the officials."""
    found: dict[tuple[str, str], str] = {}
    for match in _POSSESSED.finditer(text):
        owner = match.group(1) + ("'" if match.group(1).endswith("s") else "'s")  # "the United States'"
        _give(found, [_NATIONALITY_OF[match.group(1).casefold()]], owner, match.group(2))
    for match in _NATIONALITY.finditer(text):
        nations = [
            _NATIONALITY_OF[part.casefold()]
            for part in re.findall(_NATIONALITY_WORD, match.group(1), re.IGNORECASE)
        ]
        _give(found, nations, match.group(1), match.group(2))
    for pattern, owner in (
        (_TITLED_NATIONAL, "{}"),
        (_HOLDER_OF_OFFICE, "{}'s"),
        (_HOLDER_AFTER_OFFICE, "{}'s"),
    ):
        for match in pattern.finditer(text):
            # "U.S. Treasury Secretary Scott Bessent", "Igawahara Masaru is Japan's ambassador":
            # the holder of a country's office is that country's too
            nation = match["nation"]
            _give(found, [_NATIONALITY_OF[nation.casefold()]], owner.format(nation), match["name"])
    for match in _COUNTRY_DEED.finditer(text):
        # "The United States withdrew from the Paris Agreement": the withdrawal is its, as
        # "the United States' withdrawal" would be, so "Japan's withdrawal" is another's deed
        nations = [
            _NATIONALITY_OF[part.casefold()] for part in _A_DOING_COUNTRY.findall(match.group("doers"))
        ]
        _give(found, nations, match.group("doers"), match.group("deed"))
    for match in _NAMED_NATIONAL.finditer(text):
        # "Khaan Quest is a Japanese military exercise": the name is that country's too
        _give(
            found,
            [_NATIONALITY_OF[match.group("nation").casefold()]],
            match.group("nation"),
            match.group("name"),
        )
    return found


def _give(found: dict[tuple[str, str], str], nations: list[str], owner: str, following: str) -> None:
    """Record the one or two words after a country's adjective or possessive as its things, up to
    a function word."""
    words = following.split()[:2]
    for at, word in enumerate(words):
        term = _record_word(stem(word.casefold()))
        if word.casefold() in STOP_WORDS or not term:
            break
        if at and word.casefold().endswith("ed"):
            # "a Chinese court sentenced a Japanese man", "the Japanese man sentenced for
            # espionage": the court and the man are the things, "sentenced" what was done
            break
        shown = words[: at + 1]
        if word[:1].isupper():  # a name is shown whole: "Mongolia's Khaan Quest"
            shown += list(takewhile(lambda later: later[:1].isupper(), words[at + 1 :]))
        for nation in nations:
            found.setdefault((nation, term), " ".join([owner, *shown]))


_NATIONALITY_OF = {
    "japan": "japan",
    "mongolia": "mongolia",
    "china": "china",
    "south korea": "southkorea",
    "north korea": "northkorea",
    "russia": "russia",
    "japanese": "japan",
    "mongolian": "mongolia",
    "chinese": "china",
    "south korean": "southkorea",
    "north korean": "northkorea",
    "american": "usa",
    "united states": "usa",
    "u.s.": "usa",
    "america": "usa",
    "washington": "usa",
    "russian": "russia",
    "soviet": "russia",
    # a capital in the possessive is its country's ("Tokyo's 'third neighbor' policy")
    **{capital: _CAPITALS[capital] for capital in ("tokyo", "ulaanbaatar", "beijing", "seoul")},
}
_NATIONALITY_WORD = r"(?:South Korean|North Korean|Japanese|Mongolian|Chinese|American|Russian|Soviet)"
_NATIONALITY = re.compile(
    rf"\b((?i:{_NATIONALITY_WORD}(?:(?:,\s*|\s+(?:and|or)\s+)(?:the\s+)?{_NATIONALITY_WORD})*))"
    r"\s+((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*)?|Foreign\s+Ministry|Foreign\s+Minister|Embassy|Prime\s+Minister)\b"
)
"""A country's adjective (or several joined by "and"), however capitalised, and the one or two
lower-case words after it: the thing it gives that country."""
_OFFICE_TITLES = "|".join(sorted(title for title in _TITLES if title.isalpha()))
_TITLED_NATIONAL = re.compile(
    rf"(?<![\w'\u2019-])(?P<nation>U\.S\.|{_NATIONALITY_WORD})\s+(?:(?=[A-Z])(?i:{_OFFICE_TITLES})\s+){{1,3}}"
    r"(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)"
)
"""A country's adjective before an office and its holder's name ("U.S. Treasury Secretary Scott
Bessent", "Japanese Prime Minister Shigeru Ishiba")."""
_NAMED_NATIONAL = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:is|was|are|were)\s+(?:a|an|the)\s+"
    rf"(?P<nation>(?i:{_NATIONALITY_WORD}))\b"
)
"""A name said to be a country's thing ("Khaan Quest is a Japanese military exercise")."""
_COUNTRY_NAME = r"Japan|Mongolia|China|South Korea|North Korea|Russia"
"""The countries of the store's stories by name, as a pattern's alternatives."""
_A_DOING_COUNTRY = re.compile(rf"{_COUNTRY_NAME}|United States|U\.S\.|America")
_COUNTRY_DEED = re.compile(
    rf"(?<![\w'\u2019.-])(?P<doers>(?:{_A_DOING_COUNTRY.pattern})"
    rf"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:{_A_DOING_COUNTRY.pattern})){{0,3}})"
    r"\s+(?:(?:has|have|had)\s+)?(?P<deed>[a-z]{2,20}ed|withdrew|sent|held|made|took|gave|led|won|fought|built)\b"
)
"""Countries by name doing a thing in the past ("The United States withdrew", "Mongolia and
Japan established"): the deed is theirs."""
_HOLDER_OF_OFFICE = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)\s+(?:is|was)\s+(?:the\s+)?"
    rf"(?P<nation>{_COUNTRY_NAME}|U\.S\.)['\u2019]s\s+(?i:{_OFFICE_TITLES})\b"
)
"""A name said to hold a country's office ("Igawahara Masaru is Japan's ambassador")."""
_HOLDER_AFTER_OFFICE = re.compile(
    rf"(?<![\w'\u2019-])(?P<nation>{_COUNTRY_NAME}|U\.S\.)['\u2019]s\s+(?i:{_OFFICE_TITLES})"
    r"(?:\s+(?:to|of|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,\s+"
    r"(?P<name>[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)"
)
"""A country's office and, after a comma, its holder ("Japan's ambassador to Mongolia, Igawahara
Masaru")."""
_GONE_TO = re.compile(
    rf"\b(?:to|visited|visiting|visits|toured)\s+(?:the\s+)?(?P<country>{_COUNTRY_NAME}|the United States)\b"
)
"""A country someone goes to ("a state visit to Japan", "visited Mongolia")."""


_A_COUNTRY = rf"(?:{_COUNTRY_NAME}|the United States|United States|U\.S\.(?!\w)|US\b)"
"""A country of the store's stories by its name, the United States in any of its writings."""
_COUNTRY_RUN = re.compile(
    rf"(?<![\w'\u2019-]){_A_COUNTRY}(?:\s*(?:,|\band\b|\bor\b|\u2013|-|/)\s*{_A_COUNTRY})*(?![\w'\u2019-])"
)
"""Countries named in a row ("Japan", "Mongolia and Japan", "Japan\u2013Mongolia\u2013U.S."): one
place in the sentence, which they fill together."""
_SLOT_BEFORE = re.compile(
    r"([A-Za-z]+)\s+(?:(with|of|for|to|between|from|against|toward|towards)\s+)?(?:the\s+)?$"
)
_SLOT_AFTER = re.compile(r"^\s+(?:(?:has|have|had|is|was|are|were|will|would)\s+)?([A-Za-z]+)")
SLOT_REACH = 5
"""How many words either side of countries their place may be told by, when the word beside
them says nothing ("such as Mongolia, Japan and South Korea to cooperate", "for Mongolia the
historical symbolism"): the first word that does, with only such words between."""
_CLAUSE_JOINS = frozenset(
    "that which who whom whose where when while whereas but and or because although though".split()  # noqa: SIM905
)
"""Words joining another clause, past which a word no longer tells the place of countries:
"the Sea of Japan that are controlled by Seoul" does not have Japan control anything."""
_CLAUSE_OPENERS = frozenset({"for", "with", "to", "between", "against", "toward", "towards"})
"""Words opening a clause that puts countries in a place of their own ("For Mongolia, ...")."""
_SLOT_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"\u201c\u201d]")


def _slot_word(words: list[str]) -> str | None:
    """The first of the few words (SLOT_REACH) that is no stop word nor a number's, read from the
    countries outward up to another clause (``_CLAUSE_JOINS``); None when all of them are. A
    number says how much, not where: "one billion US dollars into Mongolia" and "over $1 billion
    in Mongolia" put no country in one place."""
    within = takewhile(lambda word: word.casefold() not in _CLAUSE_JOINS, words[:SLOT_REACH])
    return next(
        (
            word
            for word in within
            if word.casefold() not in STOP_WORDS and word.casefold() not in _NUMBER_WORDS
        ),
        None,
    )


def _country_slots(text: str) -> dict[str, frozenset[str]]:
    """The countries a text names in each place of its sentence, the place told by the word
    before them (with its preposition: "ties with", "Archives of") or after them ("Coast Guard",
    "has shown"); a country in the possessive is left to ``_nationalities``."""
    slots: dict[str, set[str]] = {}
    for run in _COUNTRY_RUN.finditer(text):
        if text[run.end() : run.end() + 2] in ("'s", "\u2019s"):
            continue
        nations = {_country_of(name.removeprefix("the ")) for name in re.findall(_A_COUNTRY, run.group())}
        before = _SLOT_BEFORE.search(text[max(0, run.start() - 40) : run.start()])
        if before is not None and before.group(1).casefold() not in STOP_WORDS:
            key = "<" + stem(before.group(1).casefold()) + (" " + before.group(2) if before.group(2) else "")
            slots.setdefault(key, set()).update(nations)
        elif before is not None:
            # "actors such as Mongolia": told by the word before the ones that say nothing, within
            # the clause; a clause opening on "for" or "with" by that word ("For Japan, the
            # historical symbolism ..." is the claim's "author, for Mongolia the historical ...")
            clause = _SLOT_CLAUSE_END.split(text[max(0, run.start() - _WORDS_REACH) : run.start()])[-1]
            word = _slot_word(re.findall(r"[A-Za-z]+", clause)[::-1])
            if word is None and clause.strip().casefold() in _CLAUSE_OPENERS:
                word = clause.strip()
            if word is not None:
                slots.setdefault("<" + stem(word.casefold()), set()).update(nations)
        after = _SLOT_AFTER.match(text[run.end() : run.end() + 40])
        if after is not None and after.group(1).casefold() not in STOP_WORDS:
            slots.setdefault(">" + stem(after.group(1).casefold()), set()).update(nations)
        elif after is not None:
            # "Mongolia was going through a transition": told by the word after the ones that say
            # nothing, within the clause
            clause = _SLOT_CLAUSE_END.split(text[run.end() : run.end() + _WORDS_REACH])[0]
            word = _slot_word(re.findall(r"[A-Za-z]+", clause))
            if word is not None:
                slots.setdefault(">" + stem(word.casefold()), set()).update(nations)
    return {key: frozenset(nations) for key, nations in slots.items()}


def _countries_swapped(text: str, claim_texts: list[str]) -> str | None:
    """Why the claims gainsay a statement putting a country where they put another, and not it:
    "improve ties with the United States" against "improve ties with Japan", "Japan Coast Guard
    vessels" against "China Coast Guard vessels"; None when they do not. Countries named
    together count together ("Mongolia and Japan upgraded" is "Japan and Mongolia upgraded")."""
    stated = _country_slots(text)
    if not stated:
        return None
    claimed: dict[str, set[str]] = {}
    for claim_text in claim_texts:
        for key, nations in _country_slots(claim_text).items():
            claimed.setdefault(key, set()).update(nations)
    for key, nations in stated.items():
        if key in claimed and nations - claimed[key] and claimed[key] - nations:
            theirs = " and ".join(_COUNTRY_NAMES[nation] for nation in sorted(claimed[key] - nations))
            mine = " and ".join(_COUNTRY_NAMES[nation] for nation in sorted(nations - claimed[key]))
            return f"the store names {theirs} there, not {mine}"
    return None


def _language_swapped(text: str, claim_texts: list[str]) -> str | None:
    """Why the claims gainsay a statement having a thing read, written or said in another
    language than they have it ("read out the ruling in Japanese" against "read out in Chinese");
    None when they name no such language or the statement's among theirs."""
    stated = {match["language"] for match in _IN_A_LANGUAGE.finditer(text)}
    if not stated:
        return None
    claimed = {
        match["language"] for claim_text in claim_texts for match in _IN_A_LANGUAGE.finditer(claim_text)
    }
    if claimed and stated - claimed and claimed - stated:
        theirs, mine = (" and ".join(sorted(languages)) for languages in (claimed - stated, stated - claimed))
        return f"the store has it in {theirs}, not {mine}"
    return None


def _gone_elsewhere(text: str, claim_text: str) -> bool:
    """Whether the statement has someone go to a country while the claim has them go to another
    and never names the statement's: a date of one trip says nothing of the other's."""
    stated = {match["country"] for match in _GONE_TO.finditer(text)}
    claimed = {match["country"] for match in _GONE_TO.finditer(claim_text)}
    return (
        bool(stated and claimed)
        and stated.isdisjoint(claimed)
        and not any(country in claim_text for country in stated)
    )


_HOSTED_BY = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?P<be>is|was|are|were)\s+(?:a|an|the)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:hosted|organi[sz]ed|run|staged|led)\s+by\s+"
    rf"(?P<country>{_COUNTRY_NAME})\b"
)
"""A name said to be a country's thing by who holds it ("Khaan Quest is an exercise hosted by
Japan"): read as "a Japanese exercise" (``_NAMED_NATIONAL``)."""
_ADJECTIVE = {
    "Japan": "Japanese", "Mongolia": "Mongolian", "China": "Chinese", "South Korea": "South Korean",
    "North Korea": "North Korean", "Russia": "Russian",
}  # fmt: skip


def _hosted_as_national(text: str) -> str:
    """A text with "X is an exercise hosted by Japan" written "X is a Japanese exercise", as
    ``_NAMED_NATIONAL`` reads whose a named thing is."""
    if " by " not in text:  # the pattern is slow to fail: only a sentence saying "by" is read
        return text
    return _HOSTED_BY.sub(
        lambda match: f"{match['name']} {match['be']} a {_ADJECTIVE[match['country']]} {match['what']}", text
    )


_POSSESSED = re.compile(
    rf"\b({_COUNTRY_NAME}|United States|U\.S\.|America"
    rf"|{'|'.join(name.title() for name in _NATIONALITY_OF if name in _CAPITALS)})"
    r"['\u2019]s?\s+['\u2018\u201c\"]?((?:[\w-]+)(?:\s+[\w-]+)?)"
)
"""A country's name (or its capital's) in the possessive and the one or two words after it, a
quotation mark aside: "Japan's Institute", "Tokyo's 'third neighbor' policy", "the United
States' 'national day'"."""
_NATIONS = frozenset({"japan", "mongolia", "china", "southkorea", "northkorea", "usa", "russia"})
"""The countries of the store's stories, as terms: whose office a name holds."""
_COUNTRY_NAMES = {
    "japan": "Japan", "mongolia": "Mongolia", "china": "China", "southkorea": "South Korea",
    "northkorea": "North Korea", "usa": "the United States", "russia": "Russia",
}  # fmt: skip
"""Each of _NATIONS as a reason writes it."""
_WHOSE = re.compile(
    rf"^(?:{_NATIONALITY_WORD}|(?:{_COUNTRY_NAME})['\u2019]s)\s+(?=\S)"
    r"|['\u2019]s$"
)


_OPENING_DEED = re.compile(
    rf"^\W*(?:the\s+)?(?P<doer>{_COUNTRY_NAME}|{_NATIONALITY_WORD})(?:['\u2019]s)?"
    r"(?:\s+(?:government|foreign\s+ministry|navy|coast\s+guard|side))?"
    r"\s+(?:(?:has|have|had|was|were|is|are|planned\s+to|plans\s+to|will)\s+)?(?:[a-z]+ly\s+)?"
    r"(?P<deed>[a-z]+)\s+(?:the\s+)?(?P<done_to>" + rf"{_COUNTRY_NAME}|{_NATIONALITY_WORD})\b"
)
"""A sentence opening with a country that does something to another: "China's government
pressed Japan", "Japan's government planned to press China"."""


_DOER_NAME = rf"{_COUNTRY_NAME}|United States|U\.S\.(?=\s)|US|America"
"""The countries that may open a sentence doing something, the United States among them (the
store has it withdraw from the Paris Agreement, which Japan did not)."""
_OPENING_DOER = re.compile(
    rf"^\W*(?:[A-Za-z][^,;:.]{{0,80}},\s+){{0,2}}"
    r"(?i:(?:under|in|after|since|with|through|during)\s+[^,;:.]{0,60}?\s+)?"
    rf"(?:[Tt]he\s+)?(?P<doer>{_DOER_NAME})"
    r"(?:['\u2019]s\s+(?:government|foreign\s+ministry|navy|coast\s+guard))?"
    r"\s+(?P<auxiliary>(?:has|have|had|was|were|is|are|will|would)\s+)?(?:[a-z]+ly\s+)?(?P<deed>[a-z]+)\b"
)
"""A sentence opening with a country (or its government) that does something: "Japan will host
COP17" (not "Mongolia's records indicated", nor "Japanese records count": whose records, no
doer); clauses set off by commas before it, and a phrase such as "under its foreign policy",
open it too ("That said, under its multi-pillared foreign policy, Japan will continue ...")."""


def _other_doer_opening(text: str, claim_text: str) -> str | None:
    """The country a claim's sentence opens with doing what the statement's opens with another
    country doing ("Japan will host COP17" against "Mongolia will host COP17"), as the claim
    writes it; None when they open alike, or either opens otherwise. A clause said or reported
    counts as an opening ("Naruhito expressed that Mongolia would send ..." against "... that
    Japan would send ...")."""
    theirs_text = _SAID_BY.sub("", claim_text)
    pairs = [
        (_OPENING_DOER.match(text), _OPENING_DOER.match(theirs_text)),
        (_CLAUSE_DOER.search(text), _CLAUSE_DOER.search(theirs_text)),
    ]
    for mine, theirs in pairs:
        if mine is None or theirs is None or mine.group("deed").casefold() in STOP_WORDS:
            continue
        if stem(mine.group("deed").casefold()) != stem(theirs.group("deed").casefold()):
            continue
        if _country_of(mine.group("doer")) == _country_of(theirs.group("doer")):
            continue
        return theirs.group("doer")
    mine = pairs[0][0]
    if mine is not None and _done_by(mine):
        # "Japan will host COP17" against "Mongolia's hosting of COP17": the deed as a noun
        deed = stem(mine.group("deed").casefold())
        for possessed in _POSSESSED.finditer(theirs_text):
            whose, what = possessed.group(1), possessed.group(2).split()[0].casefold()
            if stem(what) == deed and _country_of(whose) != _country_of(mine.group("doer")):
                return whose
    return None


def _done_by(opening: re.Match[str]) -> bool:
    """Whether a sentence's opening doer does its word as a verb ("will host", "hosted", "hosts"),
    not names a thing of theirs ("Tokyo detention worries")."""
    deed = opening.group("deed").casefold()
    if deed in STOP_WORDS:
        return False
    return opening.group("auxiliary") is not None or (
        deed.endswith(("ed", "es")) or (deed.endswith("s") and not deed.endswith("ss"))
    )


_CLAUSE_DOER = re.compile(
    r"\b(?:that|said|says|expressed|announced|stated|noted|added)\s+(?:that\s+)?(?:the\s+)?"
    rf"(?P<doer>{_DOER_NAME})\s+"
    r"(?:(?:has|have|had|was|were|is|are|will|would|could|should|must)\s+)?(?:[a-z]+ly\s+)?(?P<deed>[a-z]+)\b"
)
"""A clause said or reported that opens with a country doing something: "that Japan would send"."""


def _doer_deed_done_to(text: str) -> tuple[str, str, str] | None:
    """Who does what to whom at a sentence's opening (see ``_OPENING_DEED``), as terms."""
    found = _OPENING_DEED.match(text)
    if found is None or found.group("deed") in STOP_WORDS or stem(found.group("deed")) in STOP_WORDS:
        return None  # "Japan and Mongolia": two doers, not one doing something to the other
    return _country_of(found.group("doer")), stem(found.group("deed")), _country_of(found.group("done_to"))


def _shown(span: str) -> str:
    """A name as a reason gives it: without the country it is of ("Mongolian Khurelsukh Ukhnaa",
    "Mongolia's Nyamtseren Enkhtaivan") or a possessive ending ("Naruhito's"); whole when the
    country is part of an institution's name ("Soviet Union", "Mongolian People's Republic")."""
    shown = _WHOSE.sub("", span)
    if not shown or (span.split()[-1].casefold() in _INSTITUTIONS and not span.endswith(("'s", "\u2019s"))):
        return span
    return shown


def _spelt_alike(given: str, stated: str) -> bool:
    """Whether a statement's name is the claim's, misspelt: one letter off, two in a long name
    ("Sukhbatar Square" for "Sukhbaatar Square")."""
    from rapidfuzz.distance import OSA

    given, stated = _shown(given).casefold(), _shown(stated).casefold()
    shorter = min(len(given), len(stated))
    allowed = 2 if shorter >= 12 else 1 if shorter >= 5 else 0
    return given != stated and OSA.distance(given, stated) <= allowed


def _names_instead(given: str, stated: str) -> str:
    """Why a claim naming someone else in a name's place contradicts the statement."""
    return f"the store names {_shown(given)}, not {_shown(stated)}"


_MET_BEFORE = re.compile(
    r"(?:\bmet|\bmeet|\bmeets|\bmeeting with|\btalks with|\bvisit|\bvisits|\bvisited|\bvisiting"
    r"|\btravell?(?:ed|ing)? to|\btravels to|\btoured|\bwent to)"
    r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,4}$"
)
_MET_AFTER = re.compile(r"^[\s,]*(?:[a-z]+\s+){0,2}?(?:met|meets|meet|held talks|visited)\b")
"""Deeds done with many: meeting one person, or visiting one place, excludes none of the others."""
_SPEAKS = re.compile(rf"^(?:\s*,[^,.;:]{{1,150}},)?[\s,]*(?:[\w'\u2019-]+\s+){{0,2}}?{_SPEAKING}\b")
"""A name followed by what it said: the speaker's place in the sentence, also with a clause set
off by commas between ("Ishiba, touching on the ruling, said")."""


_SPEAKER_WAS = re.compile(rf"\bwho\s+(?:[a-z]+\s+)?{_SPEAKING}\b.*\b(?:was|is)\s+$")
"""A name after "the ambassador who predicted ... was": the speaker, named last."""


@lru_cache(maxsize=4096)
def _role(text: str, span: str) -> tuple[bool, bool]:
    """A name's part in its sentence, read once: whether it is the one speaking ("X said",
    "the ambassador who predicted ... was X"), and whether it is someone met or somewhere
    visited ("held talks with X", "travelled to X"). Read within NEAR_CHARS of it: a statement
    may be long, and each of its names is weighed against each claim's."""
    start, end = _written_at(text, span)
    if end < 0:
        return False, False
    before, after = text[max(0, start - NEAR_CHARS) : start], text[end : end + NEAR_CHARS]
    speaks = bool(_SPEAKS.search(after) or _SPEAKER_WAS.search(before))
    met = bool(_MET_BEFORE.search(before) or _MET_AFTER.search(after))
    return speaks, met


def _on_the_same_side(text: str, span: str, claim_text: str, other: str, shared: set[str]) -> set[str]:
    """The words of ``shared`` standing on the same side of the statement's name as of the
    claim's, where they are another name's: "North Korean officials have taken part in the
    Ulaanbaatar Dialogue" has the dialogue after the name, "the Ulaanbaatar Dialogue on Northeast
    Asia" before, so the two names are not in the same place. A name not found as written keeps
    every word."""
    start, end = _written_at(text, span)
    their_start, their_end = _written_at(claim_text, other)
    if end < 0 or their_end < 0:
        return shared
    before, after = _terms(text[:start]), _terms(text[end:])
    their_before, their_after = _terms(claim_text[:their_start]), _terms(claim_text[their_end:])
    named = {term for found in _read_names(text) if found.span != span for term in found.terms}
    return {
        term
        for term in shared
        if term not in named
        or (term in before and term in their_before)
        or (term in after and term in their_after)
    }


def _written_at(text: str, span: str) -> tuple[int, int]:
    """Where a name stands in its text, titles between its words included ("Mongolian Prime
    Minister Zandanshatar Gombojav" for "Mongolian Zandanshatar Gombojav"); (-1, -1) if nowhere."""
    parts = span.split()
    start = text.find(parts[0]) if parts else -1
    last = text.find(parts[-1], start) if start >= 0 else -1
    return (start, last + len(parts[-1])) if last >= 0 else (-1, -1)


def _compared_the_wrong_way(statement: str) -> str | None:
    """Why a statement's own two figures are not the way round it compares them ("1,621, more
    than the 1,684"), or None."""
    for match in _FIGURES_COMPARED.finditer(statement):
        figures = read_figures(statement)
        before = [figure for figure in figures if figure.end <= match.start()]
        after = [figure for figure in figures if figure.start >= match.end()]
        if not before or not after:
            continue
        first, second = before[-1], after[0]
        if first.is_date or second.is_date or first.value is None or second.value is None:
            continue
        if first.value == second.value:
            continue
        fewer = match["way"].casefold() in _FEWER
        if (first.value < second.value) != fewer:
            way = "fewer" if first.value < second.value else "more"
            return f"{first.text} is {way} than {second.text}, not {match['way'].casefold()}"
    return None


def _both_cited(text: str, name: _Name, claim_text: str, other: _Name) -> bool:
    """Whether a statement's name and a claim's are each whom their sentence cites, whatever the
    words citing them ("came from the World Bank" and "according to the Asian Development Bank's
    project description" name who gives the same thing)."""
    return any(
        other.span in claim_text[start:end] for start, end, _named in _attributions(claim_text)
    ) and any(name.span in text[start:end] for start, end, _named in _attributions(text))


_ARTICLED = r"(?:the|a|an|its|their|his|her)\s+"


def _modified_by(record: dict[str, Any], span: str) -> str:
    """The noun a name says whose it is, stemmed: "employee" for "the Astellas employee" and for
    "an employee of (the drugmaker) Takeda", in a record's text or quote; "" where the name stands
    on its own. Such a name is the employer, not the employee."""
    name = re.escape(span)
    for said in (record.get("text") or "", record.get("quote") or ""):
        before = re.search(rf"\b{_ARTICLED}{name}['\u2019]?\s+([a-z][a-z-]*)", said, re.IGNORECASE)
        if before is not None and before.group(1).islower():
            return stem(before.group(1))
        after = re.search(rf"\b([a-z][a-z-]*)\s+of\s+(?:the\s+)?(?:[a-z][a-z-]*\s+)?{name}\b", said)
        if after is not None and after.group(1) not in STOP_WORDS:
            return stem(after.group(1))
    return ""


def _same_role(text: str, name: _Name, claim_text: str, other: _Name) -> bool:
    """Whether a claim's name can stand where the statement's does: not the outlet a claim is
    attributed to ("according to The Diplomat") unless the statement's is attributed to as well
    ("according to the World Bank's project description" against the ADB's), not the one speaking
    ("Naruhito said Japan would send ...") for one spoken of, and never for someone met or
    somewhere visited ("held talks with Prime Minister Zandanshatar", "travelled to the Gobi
    Desert")."""
    if any(other.span in claim_text[start:end] for start, end, _named in _attributions(claim_text)):
        return any(name.span in text[start:end] for start, end, _named in _attributions(text))
    speaks, met = _role(text, name.span)
    return not met and _role(claim_text, other.span)[0] == speaks


_REGION = re.compile(
    r"(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})"
    r"(?:\s*,|\s+in|\s+(?:is|are|was|were|lies|lie)\s+(?:in|part\s+of))\s+"
    r"(?P<region>[A-Z][\w'\u2019-]*)\s+(?P<kind>Prefecture|Province|County|Oblast)\b"
)


def _region_given_otherwise(
    text: str, claim_text: str, _specific: Callable[[set[str]], set[str]]
) -> str | None:
    """Why a claim contradicts a statement putting a place it places in a prefecture (or a
    province) in another one ("Takaoka is in Ishikawa Prefecture" against "Takaoka, Toyama
    Prefecture"); None when it does not."""
    stated = _regions(text)
    if not stated:
        return None
    for place, kind, region in _regions(claim_text):
        for my_place, my_kind, my_region in stated:
            if kind == my_kind and place & my_place and region != my_region:
                theirs, mine = f"{region} {kind}".title(), f"{my_region} {my_kind}".title()
                return f"the store gives {theirs}, not {mine}"
    return None


_SEA_NAMES = {
    "Sea of Japan": "Sea of Japan", "Japan Sea": "Sea of Japan", "East Sea": "Sea of Japan",
    "East China Sea": "East China Sea", "South China Sea": "South China Sea", "Yellow Sea": "Yellow Sea",
    "West Sea": "Yellow Sea", "Sea of Okhotsk": "Sea of Okhotsk", "Philippine Sea": "Philippine Sea",
    "Pacific": "Pacific Ocean", "Pacific Ocean": "Pacific Ocean", "Bohai Sea": "Bohai Sea",
}  # fmt: skip
"""The seas around Japan and the Koreas, each other name (the Korean "East Sea") with the one it
stands for, so a statement putting something in one sea can be held against a claim naming another."""
_SEA = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _SEA_NAMES), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_SEA_KEYS = {name.casefold(): sea for name, sea in _SEA_NAMES.items()}


@lru_cache(maxsize=4096)
def _seas(text: str) -> frozenset[str]:
    """The seas a text names ("drills near islets in the Sea of Japan": the Sea of Japan)."""
    return frozenset(_SEA_KEYS[" ".join(match.group(0).split()).casefold()] for match in _SEA.finditer(text))


def _is_sea(terms: frozenset[str]) -> bool:
    """Whether a name's terms are a sea's or an ocean's ("East China Sea", "the Pacific")."""
    return bool(terms & {"sea", "ocean", "pacif"})


@lru_cache(maxsize=4096)
def _regions(text: str) -> tuple[tuple[frozenset[str], str, str], ...]:
    """The places a text puts in a prefecture or province: (the place's specific terms, the kind
    of region, its name), from "Takaoka, Toyama Prefecture", "the Senkaku Islands in Okinawa
    Prefecture", "Takaoka is in Ishikawa Prefecture"."""
    out = []
    for match in _REGION.finditer(text):
        place = frozenset(_name_terms(match.group("place"))) - GENERIC - {"island", "prefectur"}
        if place:
            out.append((place, match.group("kind").casefold(), match.group("region").casefold()))
    return tuple(out)


def _other_nations(stated: set[str], claimed: set[str]) -> bool:
    """Whether the words about a name say it is another country's than the words about the
    claim's name ("Japan's foreign minister" and "Mongolian Foreign Minister Battsetseg")."""
    mine = stated & _NATIONS
    theirs = claimed & _NATIONS
    return bool(mine and theirs and not mine & theirs)


_TITLED = re.compile(
    r"\b(President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Ambassador|"
    r"Treasury Secretary|Secretary of State|Chief Cabinet Secretary|Emperor|Empress|Crown Prince|"
    r"Crown Princess|King|Queen|Director|Chairman|Chairwoman|Judge|Governor|Mayor)\s+"
    r"((?:[A-Z][\w'\u2019-]+\s?){1,3})"
)
"""A title written before a name ("President Khurelsukh Ukhnaa", "Prime Minister Ishiba",
"Director Naruhito")."""


def _titles(text: str) -> dict[str, str]:
    """Each name word of a text with the title written before it."""
    return {
        _name_word(word): _title(match) for match in _TITLED.finditer(text) for word in match.group(2).split()
    }


def _name_word(word: str) -> str:
    """A word of a name as titles are looked up by: folded, a possessive's "'s" dropped."""
    return _POSSESSIVE.sub("", word).casefold()


def _title(match: re.Match[str]) -> str:
    """The title of a ``_TITLED`` match, one way however spelt ("Defence" and "Defense")."""
    return match.group(1).casefold().replace("defence", "defense")


def _other_title(text: str, claim_text: str) -> bool:
    """Whether the statement gives someone a title the claim gives otherwise ("Prime Minister
    Khurelsukh" against "President Khurelsukh Ukhnaa")."""
    return _title_clash(text, claim_text) is not None


def _title_given_otherwise(
    text: str, claim_text: str, specific: Callable[[set[str]], set[str]]
) -> str | None:
    """Why a claim contradicts a statement giving someone another title ("the store gives
    Battsetseg Batmunkh as Foreign Minister, not Defense Minister"); None when it does not.
    ``specific``: the terms of a name that single someone out (a title of "Japanese" is none)."""
    clash = _title_clash(text, claim_text)
    if clash is None or not specific(_name_terms(clash[0])):
        return None
    name, theirs, mine = clash
    return f"the store gives {name} as {theirs.title()}, not {mine.title()}"


def _title_clash(text: str, claim_text: str) -> tuple[str, str, str] | None:
    """A name the statement gives a title the claim gives otherwise: (name, the claim's title,
    the statement's)."""
    claimed = _titles(claim_text)
    for match in _TITLED.finditer(text):
        title = _title(match)
        name = match.group(2).strip()
        for word in name.split():
            theirs = claimed.get(_name_word(word))
            if theirs is not None and theirs != title:
                # the name up to its possessive: "Emperor Masako's July 2025 visit" names Masako
                shown = name.split()
                ending = next(
                    (at for at, part in enumerate(shown) if _POSSESSIVE.search(part)), len(shown) - 1
                )
                return _POSSESSIVE.sub("", " ".join(shown[: ending + 1])), theirs, title
    return None


_OFFICE_NAME = (
    r"(?P<office>President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Treasury Secretary"
    r"|Secretary of State|Ambassador|Emperor|Empress"
    # offices the store gives no one of a country, which none of its people hold there: "Shigeru
    # Ishiba is Director of Japan" is gainsaid by the office the store does give him
    r"|Director|Chairman|Chairwoman|Governor|Chancellor|King|Queen)"
)
_COUNTRY_WORD = (
    r"(?:South Korean|North Korean|Japanese|Mongolian|Chinese|American|Russian|U\.S\.|US"
    r"|(?:South Korea|North Korea|Japan|Mongolia|China|Russia|the United States|the U\.S\.)['\u2019]s)"
)
_PERSON_NAME = r"(?P<person>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
_COUNTRY_OF = (
    r"(?P<country>(?:the\s+)?(?:South Korea|North Korea|Japan|Mongolia|China|Russia|United States|U\.S\.))\b"
)
"""A country by name after an office's "of" ("President of South Korea")."""
_OFFICE_HELD = (
    # "Japanese Prime Minister Shigeru Ishiba", "Japan's Foreign Minister Takeshi Iwaya", and an
    # envoy named by where they are sent ("Japan's ambassador to Mongolia, Igawahara Masaru")
    re.compile(
        rf"\b(?i:(?P<country>{_COUNTRY_WORD})\s+{_OFFICE_NAME})"
        r"(?:\s+to\s+(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?,)?"
        rf"\s+{_PERSON_NAME}"
    ),
    # "Shigeru Ishiba is Prime Minister of Japan", "Khurelsukh Ukhnaa, the President of Mongolia",
    # "Lee Jae Myung took office as President of South Korea"; the office however cased ("the
    # president of Japan")
    re.compile(
        rf"{_PERSON_NAME},?\s+(?:is|was|became|as|remains|(?:took\s+office|served|serves)\s+as|was\s+elected)?"
        rf"\s*(?:the\s+)?(?i:{_OFFICE_NAME})\s+of\s+{_COUNTRY_OF}"
    ),
    # "Ishiba is Japan's prime minister", "Khurelsukh Ukhnaa, Mongolia's President at the time"
    re.compile(
        rf"{_PERSON_NAME}(?:\s+(?:is|was|became|remains)\s+|,\s+)(?:the\s+)?"
        rf"(?i:(?P<country>{_COUNTRY_WORD})\s+{_OFFICE_NAME})\b"
    ),
)
"""A person named with an office and the country it is of, in the three ways sentences write it."""


_SOLE_OFFICE = (
    r"(?P<office>President|Prime Minister|Premier|Foreign Minister|Defen[cs]e Minister|Treasury Secretary"
    r"|Secretary of State|Emperor|Empress|King|Queen)"
)
"""Offices one person of a country holds at a time (a country has many ambassadors)."""
_NOW = r"(?:is|remains|is\s+currently|is\s+now)"
_HELD_NOW = (
    # "Yoon Suk Yeol is (the current) President of South Korea"
    re.compile(
        rf"{_PERSON_NAME},?\s+{_NOW}\s+(?:the\s+)?(?:current\s+)?(?i:{_SOLE_OFFICE})\s+of\s+{_COUNTRY_OF}"
    ),
    # "Yoon Suk Yeol is South Korea's president"
    re.compile(
        rf"{_PERSON_NAME}\s+{_NOW}\s+(?:the\s+)?(?i:(?P<country>{_COUNTRY_WORD})\s+(?:current\s+)?{_SOLE_OFFICE})\b"
    ),
    # "South Korea's president is Yoon Suk Yeol"
    re.compile(
        rf"\b(?i:(?P<country>{_COUNTRY_WORD})\s+(?:current\s+)?{_SOLE_OFFICE})\s+{_NOW}\s+{_PERSON_NAME}"
    ),
    # "the president of South Korea is Yoon Suk Yeol"
    re.compile(rf"\b(?i:the\s+(?:current\s+)?{_SOLE_OFFICE}\s+of\s+){_COUNTRY_OF}\s+{_NOW}\s+{_PERSON_NAME}"),
)
"""A person said to hold an office of a country now, in the present tense ("is", "remains"): not
"was", "became" or "former", which tell of another time."""


@lru_cache(maxsize=4096)
def _held_now(text: str) -> tuple[tuple[frozenset[str], str, str, str], ...]:
    """Each person a text says holds an office of a country now (``_HELD_NOW``): (the person's
    name terms, the office, the country as a term, the name as written)."""
    return _people_in_office(text, _HELD_NOW)


@lru_cache(maxsize=4096)
def _offices_held(text: str) -> tuple[tuple[frozenset[str], str, str, str], ...]:
    """Each person a text gives a country's office: (the person's name terms, the office, the
    country as a term, the name as written): "Japanese Prime Minister Shigeru Ishiba" gives
    Ishiba Japan's."""
    return _people_in_office(text, _OFFICE_HELD)


def _people_in_office(
    text: str, patterns: Iterable[re.Pattern[str]]
) -> tuple[tuple[frozenset[str], str, str, str], ...]:
    """Each person one of the patterns finds holding an office of a country (groups ``person``,
    ``office`` and ``country``), an office written one way ("premier" is "prime minister")."""
    out = []
    text = _SAID_BY.sub(" ", text)  # "According to The Diplomat, Japanese Prime Minister Abe ..."
    for pattern in patterns:
        for match in pattern.finditer(text):
            person = frozenset(_name_terms(match.group("person"))) - _TITLE_TERMS - _NATIONS
            office = (
                match.group("office")
                .casefold()
                .replace("premier", "prime minister")
                .replace("defence", "defense")
            )
            country = _country_of(
                re.sub(r"^the\s+|['\u2019]s$", "", match.group("country"), flags=re.IGNORECASE)
            )
            if person and country in _NATIONS:
                out.append((person, office, country, match.group("person")))
    return tuple(out)


_ROLE_NAMES = (
    "emperor", "empress", "crown prince", "crown princess", "president", "prime minister",
    "foreign minister", "ambassador", "king", "queen",
)  # fmt: skip
"""The roles someone is said to act "as" ("visited as crown prince"), as titles before a name
are read: one list for every pattern and set of them below."""
_ROLES = frozenset(_ROLE_NAMES)
_ROLE_WORD = f"({'|'.join(_ROLE_NAMES)})"
_ROLE = re.compile(rf"\bas (?:a |an |the )?{_ROLE_WORD}\b", re.IGNORECASE)


_ROLE_WHEN = re.compile(
    rf"\b(?:was|were)\s+(?:already\s+|still\s+)?(?:a |an |the )?{_ROLE_WORD}\s+(?:when|at the time)\b",
    re.IGNORECASE,
)
"""What someone was when they did something ("was already emperor when he visited")."""


_LIST_ITEM = r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}"
_NAME_LIST = re.compile(
    rf"(?<![\w'\u2019.-])(?P<head>(?:{_LIST_ITEM}, ){{1,8}})(?P<last>{_LIST_ITEM}),?"
    rf" (?:and|or) (?P<end>{_LIST_ITEM})"
)
"""Three names or more listed: "Mongolia, Japan and South Korea" (the text's spaces single)."""


def _name_lists(text: str) -> list[frozenset[str]]:
    """The lists of three names or more a text gives, each as the set of its folded names."""
    found = []
    for match in _NAME_LIST.finditer(_without_attributions(text)):
        items = [*match["head"].split(", "), match["last"], match["end"]]
        found.append(frozenset(item.rstrip(".").casefold() for item in items if item))
    return found


def _list_member_swapped(text: str, claim_text: str) -> tuple[str, str] | None:
    """The name a statement lists where the claim's list of as many has another, all the rest
    alike, and that other ("Mongolia, Japan and North Korea" against the claim's "Mongolia, Japan
    and South Korea"): (the statement's name, the claim's); None when no list is so changed or
    the claim names the statement's one anywhere."""
    stated_lists = _name_lists(text)
    if not stated_lists:
        return None
    folded_claim = claim_text.casefold()
    for claimed in _name_lists(claim_text):
        for stated in stated_lists:
            mine, theirs = stated - claimed, claimed - stated
            if len(stated) == len(claimed) and len(stated & claimed) >= 2 and len(mine) == len(theirs) == 1:
                (given,), (held,) = mine, theirs
                if given not in folded_claim:
                    return given, held
    return None


_MEASURES = frozenset(
    "tons tonnes tonne ton kilograms kg barrels litres liters gallons megawatts gigawatts".split()  # noqa: SIM905
)
"""Units that weigh or measure a stuff named after "of": "82,789 tons of carbon dioxide"."""
_OF_STUFF = re.compile(r"\s{1,3}of\s{1,3}(?P<stuff>[a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*){0,2})")
_KIND_WORDS = frozenset(
    "greenhouse gas gases emission emissions pollutant pollutants pollution fuel fuels carbon waste".split()  # noqa: SIM905
)
"""Words naming a kind of stuff rather than one stuff: "tons of greenhouse gas" may be CO2."""
_AFTER_STUFF = frozenset(
    "a an the per each every annually yearly in from to for by on at and or that which was were is are".split()  # noqa: E501, SIM905
)
"""Words that end the name of a stuff: "tons of methane a year", "tons of coal from Mongolia"."""
_DESCRIBING = re.compile(r"(?:ful|ous|ive|ic|al|less|able|ible|ed|ing|ish|ant|ent|ary)$")


def _stuff_counted(text: str, figure: Figure) -> list[str]:
    """The words of the stuff a measured figure weighs ("82,789 tons of methane emissions":
    methane, emissions); empty for another figure."""
    if figure.unit not in _MEASURES or figure.is_date:
        return []
    stuff = _OF_STUFF.match(text, figure.end)
    return list(takewhile(lambda word: word not in _AFTER_STUFF, stuff["stuff"].split())) if stuff else []


def _stuff_swapped(text: str, figures: list[Figure], claim: _Claim) -> tuple[str, str] | None:
    """The stuff a statement's measured figure weighs where the claim's same figure weighs
    another ("82,789 tons of methane emissions" against "82,789 tons of carbon dioxide
    emissions"): (the statement's, the claim's); None when both weigh the same, a word only
    describes it ("harmful emissions") or names a kind ("greenhouse gas")."""
    claim_text = claim.record["text"]
    claimed_terms, stated_terms = _term_set(claim_text), _term_set(text)
    for figure in figures:
        stated = _stuff_counted(text, figure)
        if not stated:
            continue
        for own in claim.figures:
            claimed = _stuff_counted(claim_text, own)
            if not claimed or compare(figure, own) != MATCH:
                continue
            if stated[-1] == claimed[-1] and len(stated) > 1 and len(claimed) > 1:
                stated, claimed = stated[:-1], claimed[:-1]  # "methane emissions", "CO2 emissions"
            mine = [word for word in stated if not _term_set(word) <= claimed_terms]
            theirs = [word for word in claimed if not _term_set(word) <= stated_terms]
            if mine and theirs and not any(word in _KIND_WORDS or _DESCRIBING.search(word) for word in mine):
                return " ".join(stated), " ".join(claimed)
    return None


def _shown_name(folded: str, text: str) -> str:
    """A folded name as the text writes it."""
    for match in _NAME_LIST.finditer(text):
        items: list[str] = [*match["head"].split(", "), match["last"], match["end"]]
        for item in items:
            if item.rstrip(".").casefold() == folded:
                return item.rstrip(".")
    return folded


def _other_role(text: str, claim_text: str) -> bool:
    """Whether the statement has someone act "as" another than the claim has them act ("visited
    Mongolia as emperor in 2007", "was already emperor when he visited Mongolia in 2007" against
    "his 2007 visit as crown prince"). A claim saying no "as" has them act with the title it gives
    them ("Emperor Naruhito ... visited" on July 8, 2025: not as crown prince)."""
    matches = [m for pattern in (_ROLE, _ROLE_WHEN) for m in pattern.finditer(text)]
    stated = {m.group(1).casefold() for m in matches}
    if not stated:
        return False
    claimed = {m.group(1).casefold() for m in _ROLE.finditer(claim_text)}
    if not claimed:
        # the title the claim gives the one acting "as": the last name before it ("Khurelsukh and
        # Naruhito met when Khurelsukh attended as president" is not of the emperor)
        actors = {
            actor for m in matches if (actor := _actor_before(text[: m.start()], claim_text)) is not None
        }
        claimed = {title for name, title in _titles(claim_text).items() if name in actors and title in _ROLES}
    return bool(claimed and not stated & claimed)


_PERSON = r"(?P<name>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2})"
_DESCRIPTION = r"(?:a|an) (?P<described>[A-Za-z0-9'\u2019 -]{3,80}?)"
_ASIDE_DESCRIBED = re.compile(rf"(?<![\w'\u2019-]){_PERSON}, {_DESCRIPTION}(?: aged [^,]{{1,60}})?,")
"""Someone described in an aside: "Shuzo Yamada, a former Japanese diplomat, welcomed ...". An
age after the noun is none of it ("a former internee aged one hundred and seven")."""
_IS_DESCRIBED = re.compile(
    rf"(?<![\w'\u2019-]){_PERSON} (?:is|was) {_DESCRIPTION}(?=[,.;]| in | of | who | from )"
)
"""Someone described as what they are: "Shuzo Yamada is a 107-year-old former Japanese internee"."""


def _described_otherwise(text: str, claim_text: str) -> tuple[str, str] | None:
    """What a statement's aside calls someone where the claim calls them another thing in the
    same words otherwise ("a former Japanese diplomat" against "a 107-year-old former Japanese
    internee"): (the statement's noun, the claim's); None when the claim describes them no
    other way, or shares no word of the description but its noun."""
    claimed = {
        match["name"].split()[-1]: match["described"].split() for match in _IS_DESCRIBED.finditer(claim_text)
    }
    if not claimed:
        return None
    claim_terms = _term_set(claim_text)
    for match in _ASIDE_DESCRIBED.finditer(text):
        theirs = claimed.get(match["name"].split()[-1])
        mine = match["described"].split()
        if theirs is None or _term_set(mine[-1]) <= claim_terms:
            continue
        shared = {word.casefold() for word in mine[:-1]} & {word.casefold() for word in theirs[:-1]}
        if shared and mine[-1].casefold() != theirs[-1].casefold():
            return mine[-1], theirs[-1]
    return None


_DATED_WHEN = re.compile(r"\b(?P<year>(?:1[89]|20)\d\d),? when (?P<clause>[^,.;()]{3,160})")
"""A year and the occasion that dates it: "in 2019, when Khurelsukh attended the enthronement"."""


def _occasion_otherwise(text: str, claim_text: str) -> str | None:
    """The occasion the claim gives for a year where the statement gives one it holds too
    little of ("met in 2019 when the emperor visited Ulaanbaatar" against "in 2019, when
    Khurelsukh attended the Japanese emperor's enthronement ceremony"); None otherwise."""
    claimed = {match["year"]: match["clause"] for match in _DATED_WHEN.finditer(claim_text)}
    for match in _DATED_WHEN.finditer(text):
        occasion = claimed.get(match["year"])
        if occasion is None:
            continue
        stated, held = _term_set(match["clause"]), _term_set(occasion)
        if len(stated) >= 2 and len(stated & held) * 2 < len(stated):
            return f"the store dates it by another occasion: when {occasion.strip()}"
    return None


def _other_role_reason(text: str, claim_text: str) -> str:
    """Why ``_other_role`` gainsays the statement: "the store has it as crown prince, not as
    emperor" (the roles named where both texts say "as")."""
    stated = [m.group(1).casefold() for pattern in (_ROLE, _ROLE_WHEN) for m in pattern.finditer(text)]
    claimed = [m.group(1).casefold() for m in _ROLE.finditer(claim_text)]
    if stated and claimed:
        return f"the store has it done as {claimed[0]}, not as {stated[0]}"
    return "the store gives them another role then"


def _actor_before(text: str, claim_text: str) -> str | None:
    """The last word of a name in a text (as titles are looked up by) that the claim names too,
    countries, months, abbreviations and sentence openers aside: who acts "as" what the text goes
    on to give."""
    claimed = {_name_word(word) for word in _CAPITALISED.findall(claim_text)}
    for word in reversed(_CAPITALISED.findall(text)):
        name = _name_word(word)
        folded = fold(name)
        if (
            name not in claimed
            or word.isupper()
            or name in STOP_WORDS
            or name in _SENTENCE_STARTERS
            or name in _MONTH_WORDS
            or _country_of(word) in _NATIONS
            or stem(folded) in _TITLE_TERMS
        ):
            continue
        return name
    return None


_ROLE_FOR_DEED = (
    # "as Mongolia's president", "as the Mongolian prime minister"
    re.compile(
        rf"\bas\s+(?:the\s+)?(?:{_COUNTRY_WORD}\s+){_ROLE_WORD}\b",
        re.IGNORECASE,
    ),
    # "Khurelsukh, then president, attended", "then-President Khurelsukh", "who was (then) president"
    re.compile(
        rf"\b(?:then|who\s+was(?:\s+then)?)[\s-]+(?:(?:a|an|the)\s+)?(?:{_COUNTRY_WORD}\s+)?{_ROLE_WORD}\b",
        re.IGNORECASE,
    ),
)
"""An office someone is said to hold for a deed, beyond ``_ROLE``'s "as president": "as
Mongolia's president", "then prime minister", "who was president at the time"."""
_ROLE_AT_TIME = re.compile(rf"\b{_ROLE_WORD}\s+at\s+the\s+time\s+of\s+([^,;()]{{0,80}})", re.IGNORECASE)
"""An office a claim gives someone for another occasion: "Mongolia's President at the time of the
2025 visit"."""
_AS_OF = re.compile(r"\((?:[A-Z][a-z]+\s+)?((?:1[89]|20)\d\d)\)")
"""The date a claim gives what it says as of: "is the President of Mongolia (July 2025)"."""
_YEAR_WORD = re.compile(r"(?<![\w-])(?:1[89]|20)\d\d(?![\w-])")


def _deed_roles(text: str) -> frozenset[str]:
    """The offices a statement has someone hold for what they did: "as president", "then
    president", "who was president at the time", and a title before the doer's name
    ("President Khurelsukh attended ... in 2019")."""
    roles = {
        m.group(1).casefold()
        for pattern in (_ROLE, _ROLE_WHEN, *_ROLE_FOR_DEED)
        for m in pattern.finditer(text)
    }
    roles |= {title for title in _titles(text).values() if title in _ROLES}
    return frozenset(roles)


def _role_times(claim_text: str) -> dict[str, frozenset[str]]:
    """The years a claim gives an office as of, by office: "Mongolia's President at the time of
    the 2025 visit" gives the presidency as of 2025; a claim dated in brackets ("is the President
    of Mongolia (July 2025)") gives its offices as of that year."""
    out: dict[str, set[str]] = {}
    for match in _ROLE_AT_TIME.finditer(claim_text):
        out.setdefault(match.group(1).casefold(), set()).update(_YEAR_WORD.findall(match.group(2)))
    as_of = _AS_OF.search(claim_text)
    if as_of is not None:
        folded = claim_text.casefold()
        for role in _ROLES:
            if role not in out and re.search(rf"\b{role}\b", folded):
                out[role] = {as_of.group(1)}
    return {role: frozenset(years) for role, years in out.items() if years}


def _role_of_another_time(text: str, claim_texts: list[str]) -> bool:
    """Whether a statement has someone hold an office for a deed that the claims give them only
    for another time: "Khurelsukh attended the enthronement ceremony in 2019 as president"
    against "Khurelsukh Ukhnaa, Mongolia's President at the time of the 2025 visit, attended it"
    (in 2019). The statement's years date the deed, else the claim's own years beside the office's."""
    roles = _deed_roles(text)
    if not roles:
        return False
    stated = set(_YEAR_WORD.findall(text))
    for role in roles:
        bounded = False
        borne = False
        for claim_text in claim_texts:
            if not re.search(rf"\b{role}\b", claim_text, re.IGNORECASE):
                continue
            times = _role_times(claim_text).get(role)
            if not times:
                borne = True
                break
            deed = stated or set(_YEAR_WORD.findall(claim_text)) - times
            if not deed or deed & times:
                borne = True
                break
            bounded = True
        if bounded and not borne:
            return True
    return False


def _role_terms(text: str) -> frozenset[str]:
    """The terms of the roles a statement has someone act "as" (see ``_other_role``)."""
    return _term_set(" ".join(m.group(1) for pattern in (_ROLE, _ROLE_WHEN) for m in pattern.finditer(text)))


_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*")


_FRAME = re.compile(
    r"(?<![\w'\u2019-])(?P<head>[A-Za-z][\w'\u2019-]*)\s+(?P<prep>by|to|in)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3})"
)
"""A word, "by", "to" or "in", and the name it puts there: "called Dokdo in South Korea",
"controlled by Seoul", "ambassador to Mongolia"."""


_DOER_FIRST = re.compile(
    r"(?<![\w'\u2019-])(?P<name>Japan|Mongolia|China|South Korea|North Korea|Russia|the United States"
    r"|Tokyo|Seoul|Beijing|Ulaanbaatar|Moscow|Washington)\s+(?P<head>[a-z]{3,}(?:s|ed))\s+(?:the|them|it)\b"
)
"""A country (or its capital) and what it does to a thing, in the active voice: "Tokyo controls
the islets", "Seoul claimed them", read as the passive's "controlled by Tokyo"."""


@lru_cache(maxsize=4096)
def _frames(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    out = []
    text = _as_governments(text)
    found = [(match, match.group("prep")) for match in _FRAME.finditer(text)]
    found += [(match, "by") for match in _DOER_FIRST.finditer(text)]
    for match, prep in found:
        head, name = match.group("head").casefold(), match.group("name")
        if head in STOP_WORDS or head in _SENTENCE_STARTERS or head in _NUMBER_WORDS:
            continue
        if name.endswith(("'s", "\u2019s")):
            continue  # "interest in Mongolia's minerals": in what it owns, not in the place
        first = name.split()[0].casefold()
        if first in _MONTH_WORDS or first in _WEEKDAYS or first in STOP_WORDS or first in _SENTENCE_STARTERS:
            continue
        terms = frozenset(_name_terms(name))
        if terms:
            out.append((_record_word(stem(head)), prep, terms))
    return tuple(out)


def _same_name(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two names may be one: a word in common, or one a form of the other's ("Mongolia",
    "the Mongolian People's Republic"), another name for it ("the USSR", "the Soviet Union"), or
    a capital in its country ("sites in Ulaanbaatar" are sites in Mongolia)."""
    one, other = _as_places(one), _as_places(other)
    return any(a.startswith(b) or b.startswith(a) for a in one for b in other)


_UB = re.compile(r"\bUB\b")
"""Ulaanbaatar as readers shorten it: the same city, not another name in its place."""
_PLACE_NAMES = {
    "ussr": "soviet",
    "prc": "china",
    "rok": "southkorea",
    "dprk": "northkorea",
    "mpr": "mongolia",
    "ub": "mongolia",
}
"""Other names of the store's countries, as terms."""


def _as_places(terms: frozenset[str]) -> frozenset[str]:
    """A name's terms with the country each capital is in and the country each other name is."""
    return (
        terms
        | {_CAPITALS[term] for term in terms if term in _CAPITALS}
        | {_PLACE_NAMES[term] for term in terms if term in _PLACE_NAMES}
    )


_MATTERING = frozenset(
    stem(word)
    for word in [*_MATTERS.split("|"), *"beneficial relevant central useful helpful meaningful".split()]  # noqa: SIM905
)
"""Words for what something is to someone (terms): "crucial to Japan" says nothing against its
being crucial to another too, as "ambassador to Japan" or "controlled by Tokyo" does."""


def _other_whereabouts(text: str, claim_text: str) -> bool:
    """Whether the statement puts another name after the same word and "by", "to" or "in" than
    the claim does: "called Dokdo in Japan" against "called Takeshima in Japan and Dokdo in South
    Korea", "controlled by Tokyo" against "controlled by Seoul", "Mongolia's ambassador to
    Japan" against "Japan's ambassador to Mongolia"; or another place someone came "from" ("sent
    to Mongolia from China" against "sent ... from the Soviet Union")."""
    if _ADDED.search(text):
        return False  # "the embassy also lodged a protest": another deed beside the claim's, no other place
    claimed = _frames(claim_text) + _origins(claim_text)
    for head, prep, name in _frames(text) + _origins(text):
        if prep == "to" and head in _MATTERING:
            continue  # "crucial to South Korea": what matters to one country may matter to another
        # a place is in a sea and in a prefecture at once: only a sea against a sea tells
        there = [
            other
            for word, by, other in claimed
            if word == head and by == prep and (prep != "in" or _is_sea(name) == _is_sea(other))
        ]
        if there and not any(_same_name(name, other) for other in there):
            if prep == "from" and name <= _term_set(claim_text):
                continue  # "from the Soviet Union, mostly from Siberia": the claim names it too
            return True
    return False


_TOLD_OUTLET = re.compile(
    r"\b(?:told|tells|(?:in\s+)?an?\s+(?:[a-z]+\s+)?interview\s+(?:with|to)|in\s+remarks\s+to"
    r"|(?:gave|made|offered|gives|makes)\s+(?:her|his|their|the)\s+(?:remarks|comments|statement|views)"
    r"\b[^.;]{0,40}?\bto|speaking\s+to|(?:who\s+)?spoke\s+to)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
)
"""An outlet someone spoke to ("told the Yomiuri Shimbun", "in an interview with The Diplomat")."""
_OUTLET_WORDS = frozenset(
    """News Times Post Shimbun Press Agency Journal Daily Herald Tribune Radio TV Television
    Broadcasting Reuters Bloomberg AFP AP BBC CNN NHK Nikkei Kyodo Xinhua Yonhap Montsame Asahi
    Mainichi Yomiuri Guardian Economist Diplomat Jiji Tass TASS Sputnik Gazette""".split()  # noqa: SIM905
)
"""Words that say a name after "told" is an outlet's ("Nikkei Asia"), not a person's."""


def _from_another_outlet(given: str, told: str) -> str:
    """The reason a statement naming the outlet someone spoke to is contradicted (the outlet as
    the statement writes it, without the sentence's full stop)."""
    return f"the store has it from {given}, not {told.removesuffix('.')}"


def _outlet(record: dict[str, Any]) -> str:
    """The outlet a claim's source names ("" for none)."""
    source = record.get("source")
    return (source.get("outlet") or "") if isinstance(source, dict) else ""


def _outlet_terms(record: dict[str, Any]) -> frozenset[str]:
    """The terms of the outlet a claim's source names (none for none)."""
    return _term_set(_outlet(record))


_ROUTE_END = re.compile(
    r"\b(?:(?P<out>from|out\s+of)|(?P<into>to|into))\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3})"
)
"""A named place something goes from ("from Siberia", "out of Mongolia") or to ("to the
Mongolian People's Republic")."""


@lru_cache(maxsize=4096)
def _route(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The places a text has something go from and to, as terms: "sent to the Mongolian People's
    Republic from the Soviet Union" goes from {soviet, union} to {mongolia, peopl, republ}."""
    text = _SAID_BY.sub(" ", text)
    origins: set[str] = set()
    ends: set[str] = set()
    for match in _ROUTE_END.finditer(text):
        (origins if match.group("out") else ends).update(_term_set(match.group("name")))
    return frozenset(origins), frozenset(ends)


def _route_reversed(text: str, claim_text: str) -> bool:
    """Whether a statement has something go the other way along the claim's route: "moved out of
    Mongolia to Siberia" against "sent to the Mongolian People's Republic ... from Siberia"."""
    origins, ends = _route(text)
    claim_origins, claim_ends = _route(claim_text)
    return bool(
        origins & claim_ends
        and ends & claim_origins
        and not origins & claim_origins
        and not ends & claim_ends
    )


_INVITED_BY = re.compile(
    r"\bat\s+(?:the\s+)?invitation\s+of\s+(?:the\s+)?(?P<of>[^,.;:]{1,60}?)"
    r"(?=\s*[,.;:]|\s+(?:to|in|on|for|and|from|during|when|while|after|before)\b|\s*$)"
    r"|\bat\s+(?:the\s+)?(?P<own>[^,.;:]{1,60}?)['\u2019]s?\s+invitation\b"
    r"|\b(?:invited|hosted)\s+by\s+(?:the\s+)?(?P<by>[^,.;:]{1,60}?)(?=\s*[,.;:]|\s+(?:to|in|on|for|and|from|during)\b|\s*$)"
    r"|(?-i:(?P<active>\b[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}))\s+(?:had\s+|has\s+)?invited\b(?!\s+by\b)",
    re.IGNORECASE,
)
"""Whose invitation something was at: "at the invitation of X", "at X's invitation", "invited by
X", "X invited"."""


_HEAD_OF = re.compile(r"\bhead\s+of\s+(state|government)\b", re.IGNORECASE)
_HEADS = {"state": "president", "government": "prime minister"}
"""An office named by what it heads: the head of state is the president."""


@lru_cache(maxsize=4096)
def _host_written(text: str) -> str:
    """Whose invitation a text says something was at, as it writes it ("Mongolian President
    Khurelsukh Ukhnaa"); "" when it names none."""
    folded = text.casefold()
    if "invit" not in folded and "hosted by" not in folded:
        return ""  # the pattern is slow to fail
    match = _INVITED_BY.search(text)
    if match is None:
        return ""
    return (match.group("of") or match.group("own") or match.group("by") or match.group("active")).strip()


@lru_cache(maxsize=4096)
def _host(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Whose invitation a text says something was at: the terms of the host's name and of their
    title, countries left out (empty if it names none): "at the invitation of Mongolian President
    Khurelsukh Ukhnaa" gives ({khurelsukh, ukhnaa}, {presid})."""
    host = _HEAD_OF.sub(lambda head: _HEADS[head.group(1).casefold()], _host_written(text))
    terms = _term_set(host) - _COUNTRY_TERMS
    titles = terms & _TITLE_TERMS
    named = {stem(fold(word)) for word in _WORD_AT.findall(host) if word[:1].isupper()}
    return frozenset(terms & named - titles), frozenset(titles)


def _other_host(text: str, claim_text: str) -> bool:
    """Whether a statement has something done at the invitation of someone the claim does not
    name as host: "at the invitation of Foreign Minister Battsetseg" against "at the invitation
    of Mongolian President Khurelsukh Ukhnaa", "at the emperor's invitation" against the
    president's. A host the statement names only in other words ("the head of state") is no
    other."""
    (named, titles), (claim_named, claim_titles) = _host(text), _host(claim_text)
    if named and claim_named:
        return not named & claim_named
    return bool(titles and claim_titles and not titles & claim_titles)


_FROM = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[a-z]+\s+)?(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3})"
)


@lru_cache(maxsize=4096)
def _origins(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Where someone or something came from, with the nearest word before that says what came
    ("sent", "transferred"): ("send", "from", the name's terms)."""
    out = []
    for match in _FROM.finditer(text):
        before = re.findall(r"[\w'\u2019-]+", text[max(0, match.start() - NEAR_CHARS) : match.start()])[-8:]
        head = next(
            (
                word.casefold()
                for word in reversed(before)
                if word[:1].islower() and word.casefold() not in STOP_WORDS and word != "the"
            ),
            None,
        )
        terms = frozenset(_name_terms(match.group("name")))
        if head is not None and terms:
            out.append((_record_word(stem(head)), "from", terms))
    return tuple(out)


_RELATIVE_TIME = re.compile(r"\b(last|next|this|coming|previous)\s+(year|month|week)\b", re.IGNORECASE)
_RELATIVE_WAY = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}


def _other_relative_time(text: str, claim_text: str) -> bool:
    """Whether the statement says "last year" of what the claim says "next year" (or this year)."""
    stated, claimed = _relative_times(text), _relative_times(claim_text)
    return (
        any(
            unit == other_unit and way != other_way
            for unit, way in stated
            for other_unit, other_way in claimed
        )
        and not stated & claimed
    )


def _relative_times(text: str) -> set[tuple[str, int]]:
    """Each "last year", "next month" of a text: (the unit, which way from the text's time)."""
    return {
        (m.group(2).casefold(), _RELATIVE_WAY[m.group(1).casefold()]) for m in _RELATIVE_TIME.finditer(text)
    }


_WEEKDAY_BY_DATE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b,?\s*(?:the\s+)?$", re.IGNORECASE)
"""A day of the week written just before a date ("on Tuesday, July 8")."""


def _weekdays_by_date(
    text: str, figures: list[Figure], claims: list[_Claim]
) -> list[tuple[str, str, str, Figure, _Claim]]:
    """Each day of the week a statement writes before a date, with the day a claim's date of the
    same day falls on: (the day's term, the day stated, the day it falls on, the claim's date, the
    claim). "on Tuesday, July 8" with a claim's July 8, 2025, a Tuesday. The statement's year, if
    it gives one, must be the claim's too."""
    out: list[tuple[str, str, str, Figure, _Claim]] = []
    for figure in figures:
        weekday = _weekday_before(text, figure)
        if weekday is None:
            continue
        stated = figure.iso or ""
        year, month_day = stated[:-6], stated[-5:]
        for claim in claims:
            for date in claim.figures:
                iso = date.iso or ""
                if not date.is_date or len(iso) != 10 or iso[5:] != month_day or year not in ("-", iso[:4]):
                    continue
                falls_on = _weekday_of(iso)
                if falls_on is not None:
                    out.append((stem(weekday), weekday, falls_on, date, claim))
    return out


def _weekday_before(text: str, figure: Figure) -> str | None:
    """The day of the week a text writes just before a figure that is a date to the day ("on
    Tuesday, July 15"), lower case; None if there is none."""
    if not figure.is_date or not re.fullmatch(r"(?:\d{4}|-)-\d\d-\d\d", figure.iso or ""):
        return None
    named = _WEEKDAY_BY_DATE.search(text[max(0, figure.start - 16) : figure.start])
    return None if named is None else named.group(1).casefold()


def _weekdays_before_dates(text: str, figures: list[Figure]) -> set[str]:
    """The terms of the days of the week a statement writes just before a date to the day."""
    return {stem(weekday) for figure in figures if (weekday := _weekday_before(text, figure)) is not None}


def _other_weekday(text: str, claims: list[_Claim], dated: set[str], related: list[_Claim]) -> bool:
    """Whether the statement says on what day of the week something happened ("touched on the
    ruling Thursday") without a date beside it, while a claim that names no day of the week gives
    dates to the day (its own, or its sentence's) of which none falls on it. (A claim naming a day
    is weighed by its words: "on Friday" against "on Saturday".) Claims dated to no day are read
    by the related claims they tell of: Kanai's words on the drills are the protest the store
    dates July 17, a Thursday, whatever day a statement gives them."""
    stated = {day for day in _word_set(text) & _WEEKDAYS if stem(day) not in dated}
    if not stated:
        return False
    for claim in claims:
        days = _days_of(claim)
        if days and not days & stated and not _word_set(claim.record["text"]) & _WEEKDAYS:
            return True
    if any(_days_of(claim) or _word_set(claim.record["text"]) & _WEEKDAYS for claim in claims):
        return False
    told = [other for other in related if not _word_set(other.record["text"]) & _WEEKDAYS]
    days = {day for other in told for day in _days_of(other)}
    return bool(days) and not days & stated


_SAID_DONE_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|stated|told)\b[^.;]{0,40}?\bhad\b", re.IGNORECASE
)
"""A claim reporting a thing done before it was said ("said it had lodged a strong protest"): its
date is the saying's."""
_SAID_ON_A_DAY = re.compile(
    r"\b(?:said|says|announced|announces|reported|stated|declared|told)\b", re.IGNORECASE
)
"""A statement telling of something said, whose day of the week is then the saying's ("the
government said on Friday", "announced its protest over the drills on Friday")."""


_SAID_DAY = re.compile(
    r"\b(?:said|says|announced|reported|stated|declared|told\s+\w+)\s+(?:on\s+)?(?P<day>"
    + "|".join(WEEKDAYS)
    + r")\b|\b(?:on\s+)?(?P<on>"
    + "|".join(WEEKDAYS)
    + r")\s*,?\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:said|says|announced|reported|stated|declared)\b",
    re.IGNORECASE,
)
"""A day of the week written as the day something was said ("the government said Thursday",
"announced on Friday")."""


def _said_days(text: str) -> frozenset[str]:
    """The days of the week a text gives as the days something was said (``_SAID_DAY``)."""
    return frozenset((m["day"] or m["on"]).casefold() for m in _SAID_DAY.finditer(text))


_SERVICE = re.compile(
    r"\b(?P<service>navy|naval\s+forces|army|ground\s+forces|air\s+force|air\s+forces|coast\s+guard|marines?"
    r"|marine\s+corps)\b",
    re.IGNORECASE,
)
"""An armed service named ("the South Korean navy", "Japan's Ground Self-Defense Force" is none:
a force of its own name)."""
_SERVICE_NAMES = {
    "naval forces": "navy",
    "ground forces": "army",
    "air forces": "air force",
    "marine": "marines",
}
"""Other names of the same service."""


def _services(text: str) -> set[str]:
    """The armed services a text names ("the South Korean navy", "Japan Coast Guard vessels")."""
    found = {" ".join(match["service"].casefold().split()) for match in _SERVICE.finditer(text)}
    return {_SERVICE_NAMES.get(service, service) for service in found}


def _days_of(claim: _Claim) -> set[str]:
    """The days of the week a claim's dates to the day fall on (its own, or its sentence's)."""
    isos = [date.iso or "" for date in claim.figures if date.is_date]
    return {day for iso in [*isos, str(claim.record.get("date") or "")] if (day := _weekday_of(iso))}


def _weekday_of(iso: str) -> str | None:
    """The day of the week (lower case) an ISO date to the day falls on; None for any other text."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", iso):
        return None
    try:
        return _dt.date.fromisoformat(iso).strftime("%A").casefold()
    except ValueError:
        return None


_PARTIES_COUNTED = re.compile(
    r"\b(?:the|both|all)\s+(two|three|four|five|six|[2-6])\s+"
    r"(?:countries|governments|nations|sides|parties|states|neighbou?rs)\b",
    re.IGNORECASE,
)
"""A statement counting the parties it speaks of: "the two countries", "all three parties"."""
_PARTIES_IN = {"bilateral": 2, "trilateral": 3}
"""Words that count the parties a claim speaks of, beside the countries it names."""
_PARTY_COUNTS = {word: n for n, word in enumerate(["two", "three", "four", "five", "six"], start=2)} | {
    str(n): n for n in range(2, 7)
}
"""The counts ``_PARTIES_COUNTED`` reads, as words and as digits."""


_BETWEEN = re.compile(r"\bbetween\s+")
_LIST_JOINTS = frozenset({"the", ",", "and", "\u2013", "-"})
"""What joins the names of a list of parties ("Mongolia, Japan and the U.S.")."""


@lru_cache(maxsize=4096)
def _parties_between(text: str) -> frozenset[str]:
    """The countries a text lists after "between" ("between Mongolia, Japan and the U.S."): the
    capitalised words and their joints that follow it, up to the first other word."""
    out: set[str] = set()
    for match in _BETWEEN.finditer(text):
        listed = []
        for token in _NAME_TOKEN.finditer(text, match.end(), match.end() + 160):
            word = token.group()
            if not (word[:1].isupper() or word in _LIST_JOINTS):
                break
            listed.append(word)
        out |= _term_set(" ".join(listed)) & _NATIONS
    return frozenset(out)


def _other_party_between(text: str, claims: list[_Claim]) -> bool:
    """Whether the statement lists a country between others ("trilateral partnerships between
    Mongolia, Japan and North Korea") that the claims' own lists leave out, while they list the
    parties (Mongolia, Japan and the U.S.): a country the claim names elsewhere ("the
    denuclearization of North Korea") is no party of it."""
    stated = _parties_between(text)
    if not stated:
        return False
    listed = set().union(*(_parties_between(claim.record["text"]) for claim in claims))
    return bool(listed) and not stated <= listed


def _more_parties(text: str, claims: list[_Claim]) -> bool:
    """Whether the statement counts more parties ("the three governments") than every claim
    names countries (Japan and Mongolia), or than a "trilateral" meeting has."""
    counted = [_PARTY_COUNTS[m.group(1).casefold()] for m in _PARTIES_COUNTED.finditer(text)]
    if not counted:
        return False
    named = 0
    for claim in claims:
        words = _word_set(claim.record["text"])
        named = max(
            named, len(claim.text_terms & _NATIONS), *(n for w, n in _PARTIES_IN.items() if w in words)
        )
    return named >= 2 and max(counted) > named


def _days_given(text: str, claim_text: str, quote: str = "") -> tuple[frozenset[str], frozenset[str]] | None:
    """The days of the week the claim names and the others the statement names ("on Thursday"
    against "on the afternoon of Friday"); None unless both name days, and none the same. The
    day a statement says something was said on is the saying's, not of what was said: weighed
    against the day the claim's quote says it was said on, when it gives one ("will meet ... on
    Friday afternoon, the Japanese government said Thursday"), and against nothing otherwise."""
    said = _said_days(text)
    told = _said_days(quote) if said else frozenset()
    if told and not said & told:
        return told, said
    stated, claimed = _word_set(text) & _WEEKDAYS - said, _word_set(claim_text) & _WEEKDAYS
    return (claimed, stated) if stated and claimed and not stated & claimed else None


@lru_cache(maxsize=4096)
def _word_set(text: str) -> frozenset[str]:
    """A text's words, lower case (``_word_list``), as a set."""
    return frozenset(_word_list(text))


def _wished_terms(texts: list[str], wishing: re.Pattern[str] | None = None) -> set[str]:
    """Terms the texts use only after a word of hoping, planning or urging (or ``wishing``), to
    the end of its clause, names aside: in "pressed China to quickly release detained Japanese
    nationals", "quickly", "release", "detained" and "nationals"."""
    inside: set[str] = set()
    outside: set[str] = set()
    for text in texts:
        spans = []
        for match in (wishing or _WISH_IN_CLAIM).finditer(text):
            # "will, upon successful completion, deliver": an aside does not end the clause
            aside = _ASIDE.match(text, match.end())
            begin = aside.end() if aside else match.end()
            stop = _WISH_END.search(text, begin)
            spans.append((begin, stop.start() if stop else len(text)))
        position = 0
        for start, end in sorted(spans):
            if start < position:
                start = position
            outside |= _terms(text[position:start])
            for token in re.findall(r"[\w'\u2019-]+", text[start:end]):
                (outside if token[:1].isupper() else inside).update(_terms(token))
            position = max(position, end)
        outside |= _terms(text[position:])
    return inside - outside


_INSTITUTIONS = frozenset(
    """exposition expo council convention republic union bank fund foundation ministry agency court
    school square festival island islands sea ocean war party project program programme dialogue
    partnership forces force university institute embassy office government administration
    prefecture province city state states news press agency association committee group
    corporation company inc ltd pharma pharmaceutical pharmaceuticals mechanism strategic special studies
    house representatives councillors parliament diet assembly senate congress chamber
    """.split()  # noqa: SIM905
)
"""Words that make a name an institution, a place or an event rather than a person."""


_EXCLUSIVE = re.compile(
    r"\b(?:only|alone|solely|sole|exclusively|all of them|none other|always"
    r"|on (?:its|his|her|their) own|by (?:itself|himself|herself|themselves)|single-?handedly|unilaterally"
    r"|(?:limited|confined|restricted) to"
    r"|all of (?:the|its|their|his|her|[a-z]+['\u2019]s)|all the(?!\s+(?:way|more|same|time|while)\b)"
    r"|all (?:two|three|four|five|six|seven|eight|nine|ten|\d+) of"
    r"|every(?!\s+(?:other\s+|single\s+)?(?:year|month|week|day|time|summer|spring|autumn|winter|decade"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b))\b"
    r"(?!\s+(?:\S+\s+){0,2}(?:\d|first|second|third|fourth|fifth|one|two|three|four|five)\b"
    r"(?!\s+neighbou?rs?\b))",
    re.IGNORECASE,
)
"""Words that say no one and nothing else: "only the emperor", "the ADB alone", "built it on its
own", "all of its detainees" (not "only his third trip", where "only" stresses a figure; but "the
only third neighbor mechanism" names a policy, no figure)."""


_MOSTLY = re.compile(
    r"\b(?:mainly|mostly|largely|chiefly|primarily|predominantly)\b"
    r"|\b(?:most|(?:the\s+)?(?:vast\s+)?majority|(?:nearly|almost|virtually)\s+all)\s+of\b",
    re.IGNORECASE,
)
"""Words that say most of something: "built mainly by Japanese POWs" says more than that some
helped; "most of the prisoners died" more than that 1,684 did."""
_MOSTLY_CLAIMED = re.compile(
    r"\b(?:mainly|mostly|largely|chiefly|primarily|predominantly|particularly|especially|majority|most(?=\s+of\b))\b",
    re.IGNORECASE,
)
"""What a claim says when it says most of something ("particularly from Siberia")."""
_OFTEN = re.compile(
    r"\b(?:several|many|multiple|numerous|countless)\s+(?:times|occasions|visits|trips)\b"
    r"|\b(?:repeatedly|frequently|regularly|more\s+than\s+once|again\s+and\s+again|time\s+and\s+again)\b",
    re.IGNORECASE,
)
"""Words that say something happened more than once, without a count: "visited Mongolia several
times" says more than that he visited."""
_MEANS_OF_TRAVEL = re.compile(
    r"\b[Bb]y\s+(air|plane|airplane|aeroplane|jet|train|rail|railway|ship|sea|boat|ferry|car|road|bus|coach"
    r"|helicopter|bicycle|bike|horse|horseback|motorcade)\b"
    r"|\b[Oo]n\s+(foot|horseback)\b|\b[Aa]board\s+(?:a|an|the)\s+(plane|train|ship|boat|ferry|jet|helicopter)\b"
)
"""A way of going somewhere ("by train", "on foot", "aboard a ship"): a detail a claim must give
too, whatever else of the statement it holds."""


def _means_of_travel(text: str) -> set[str]:
    """The ways of going a text names ("train" of "visited Mongolia by train")."""
    return {next(group for group in match.groups() if group) for match in _MEANS_OF_TRAVEL.finditer(text)}


_OFTEN_CLAIMED = re.compile(
    r"\b(?:times|twice|again|annual|annually|yearly|regular|regularly|repeatedly|frequently|often"
    r"|every|each|previous|previously|second|third|fourth|fifth|return|returned|several|many|multiple)\b",
    re.IGNORECASE,
)
"""What a claim says when it says something happened more than once ("his second visit",
"twice-yearly drills", "had visited before")."""
_EXCLUSIVE_TERMS = frozenset(
    stem(word)
    for word in (
        "only", "alone", "solely", "sole", "exclusively", "limited", "confined", "restricted",
        "own", "itself", "himself", "herself", "themselves", "single", "handedly", "singlehandedly",
        "unilaterally",
    )
)  # fmt: skip


_RANK_OWNER = re.compile(
    r"(?:\bthe|\bhis|\bher|\bits|\btheir|['\u2019]s)\s+(?:only\s+|very\s+)?$", re.IGNORECASE
)
"""What stands before an ordinal that ranks a thing among its kind ("the first country", "his
second trip"), as the end of the text before it."""


_RANK_WORD = re.compile(r"\b(?:first|second|third|last|latest|only|never before)\b", re.IGNORECASE)
"""What a claim says when it ranks something among its kind in words ("the first such drills")."""


def _ranks_a_kind(text: str, figures: list[Figure]) -> bool:
    """Whether a statement ranks something among its kind ("the first country Naruhito visited",
    "his second trip"), not "first went" or "first agreed", which say when."""
    return any(
        figure.kind == "ordinal" and figure.noun and _RANK_OWNER.search(text[: figure.start]) is not None
        for figure in figures
    )


_PIONEERING = re.compile(
    r"\bthe first\b(?:\s+[\w'\u2019-]+){0,5}?\s+(?:to|ever)\b|\bfirst[- ]ever\b|\bfor the first time\b"
    r"|\bnever before\b"
    r"|(?:['\u2019]s|\bhis|\bher|\btheir|\bits)\s+(?:very\s+)?first\s+(?:time|visit|trip|journey|to|in)\b",
    re.IGNORECASE,
)
"""A statement that someone was the first to do something, or did it for the first time ("her
first time in Mongolia"): a claim that they did it is not enough."""
_NONE_BEFORE = re.compile(r"\b(?:no|never|not\s+(?:a|one)|none)\b(?=[^.;:]{0,80}\bbefore\b)", re.IGNORECASE)
"""A denial that someone did a thing before another ("no Japanese emperor had made a state visit
to Mongolia before Naruhito"): it says the other was the first, as a claim's "first" does."""
_SOMEONE_NEVER = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:had|has|have))?\s+never\b")
"""Someone named who never did a thing ("Naruhito had never been to Mongolia before")."""
_FIRST_WORD = re.compile(r"\b(?:first|never before|historic)\b", re.IGNORECASE)
"""What a claim says when it says someone was the first ("the first state visit", "historic")."""


_PARTIAL = re.compile(r"\b(?:some|one example of|one of|including|among|several)\b", re.IGNORECASE)
"""Words by which a claim says its thing is one or some of more: against "only" and "all of"."""


def _exclusive(text: str) -> bool:
    return bool(_EXCLUSIVE.search(text))


_JOINED = re.compile(
    r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*(?:,\s+(?:the\s+)?[A-Z][\w'\u2019-]*)*,?\s+and\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019-]*"
)
"""Names joined by "and": "the Mongolian and Japanese governments", "Naruhito and Masako"."""


_ITEM = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
_LISTED = re.compile(rf"(?<![\w'\u2019-]){_ITEM}(?:,\s+{_ITEM})+,?\s+and\s+{_ITEM}")
"""Things listed in lower case, each of up to three words: "military medicine, engineering and
emergency evacuation exercises"."""
_LIST_OPENING = re.compile(r"\b(?:especially|including|such as|like|namely|notably|particularly)\s+")
"""Words after which a list begins: what comes before them is no item of it."""


def _leaves_out(text: str, claim_text: str) -> bool:
    """Whether the claim joins a name of the statement with another the statement leaves out,
    or lists a thing it names with others ("only in military medicine" against "in military
    medicine, engineering and emergency evacuation"), where the statement says "alone" or "only"."""
    whole = _term_set(text)
    for match in _LISTED.finditer(claim_text):
        # "critical minerals, especially copper, fluorspar and rare earths" lists the three
        listed = _LIST_OPENING.split(match.group())[-1]
        items = [_term_set(item) - GENERIC for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed)]
        held = [terms <= whole for terms in items if terms]
        if len(held) > 1 and any(held) and not all(held):
            return True
    party = _said_alone(text)
    for match in _JOINED.finditer(claim_text):
        members = [_name_terms(part) for part in re.split(r",\s+|\s+and\s+", match.group())]
        members = [terms - {"the"} for terms in members if terms - {"the"}]
        # the one the statement says acted alone, where it names one of them ("by the Japanese
        # government alone"): "in Mongolia" elsewhere in it is no builder
        stated = party if any(terms <= party for terms in members) else whole
        held = [terms <= stated for terms in members]
        if len(members) > 1 and any(held) and not all(held):
            return True
    return False


SAID_ALONE_WORDS = 5
"""How many words beside "alone" (before it) or "only" (after it) name who it says acted alone."""


_ALONE_AFTER = re.compile(r"on\s|by\s|single|unilaterally", re.IGNORECASE)
"""The words of ``_EXCLUSIVE`` that, as "alone" does, follow whom they say acted alone ("Japan
single-handedly built", "the government built it on its own")."""


def _said_alone(text: str) -> frozenset[str]:
    """The terms of whom a statement says acted alone or only: the words before "alone", or
    after "only", "solely", "exclusively"; none when it says neither."""
    found = _EXCLUSIVE.search(text)
    if found is None:
        return frozenset()
    if found.group().casefold() == "alone" or _ALONE_AFTER.match(found.group()):
        around = text[: found.start()].split()[-SAID_ALONE_WORDS:]
    else:
        around = text[found.end() :].split()[:SAID_ALONE_WORDS]
    return _term_set(" ".join(around))


def _held_in(terms: set[str], other: set[str]) -> bool:
    return bool(terms) and terms <= other


_VENUE_WORDS = (
    r"(?:office|ministry|residence|palace|hall|building|headquarters|embassy|museum|theatre|theater)"
)
_VENUE_NAME = re.compile(rf"\b{_VENUE_WORDS}$", re.IGNORECASE)
"""A name ending in a word for a building ("the Foreign Ministry", "the Akasaka Palace")."""
_VENUE = re.compile(rf"\bat\s+the\s+((?:[a-z][\w'\u2019-]*\s+){{0,3}}?{_VENUE_WORDS})\b")
"""A building written in small letters a claim holds something at ("at the prime minister's office")."""


def _venue_otherwise(text: str, claim_text: str) -> str | None:
    """The one building a claim holds something at, where the statement names it nowhere."""
    venues = {match.group(1) for match in _VENUE.finditer(claim_text)}
    if len(venues) != 1:
        return None
    venue = venues.pop()
    return None if _terms(venue) <= _terms(text) else venue


def _a_place(name: _Name) -> bool:
    """Whether a name is a place: placed by "in", "to" or "from", or one city or more ("Wenzhou",
    "Sanya and Changsha")."""
    words = name.span.split()
    return bool(name.placed) or (
        any(_is_a_city(word) for word in words) and all(_is_a_city(word) or word == "and" for word in words)
    )


def _the_only_place(claim: _Claim, place: _Name) -> bool:
    """Whether a claim places nothing else as it places this name (only "in Tokyo", not also "in
    Mongolia"): then a statement placing one other name so is about the same place."""
    return {other.span for other in claim.names if other.placed == place.placed} == {place.span}


LISTED_SHARE = 0.5
"""How much of the longer of two quotes the shorter must be, one quoting a passage up to an item of
a list the other quotes further: less, and the shorter is no item of it but the opening words
("Japan's ambassador to Mongolia, Igawahara Masaru" of his whole prediction)."""


def _one_passage(quote: str, other: str) -> bool:
    """Whether two claims quote one passage of a source: the same words, or the one quoting it
    up to an item of a list the other quotes further (``LISTED_SHARE``)."""
    shorter, longer = sorted((quote, other), key=len)
    return bool(shorter) and longer.startswith(shorter) and len(shorter) >= LISTED_SHARE * len(longer)


RUN_ON_WORDS = 2
"""How many words one quote must end with that another begins with for the two to quote one
sentence, the second running on from the first ("... and rare earths" / "rare earths that ...")."""


def _runs_on(quote: str, other: str) -> bool:
    """Whether one quote ends with at least ``RUN_ON_WORDS`` words that the other begins with (or
    the other way round): two halves of one sentence of the source, overlapping where they meet."""
    one, two = quote.casefold().split(), other.casefold().split()
    for first, second in ((one, two), (two, one)):
        for size in range(min(len(first), len(second)) - 1, RUN_ON_WORDS - 1, -1):
            if first[-size:] == second[:size]:
                return True
    return False


_FROM_OR_TO = frozenset(["from", "to"])
"""How a name is placed when it is where something came from or went to ("sent from X to Y")."""


def _personal(name: _Name) -> bool:
    """Whether a name looks like a person's: one to three capitalised words, none of them a word
    of institutions, places or events ("Kobayashi Hiroyuki", not "World Exposition")."""
    parts = (name.titled or name.span).split()
    if any(part.isupper() and len(part) > 1 for part in parts):
        return False  # initials: "MPR", "NEMA"
    return 1 <= len(parts) <= 3 and not any(part.casefold().strip("'’s") in _INSTITUTIONS for part in parts)


_CONNECTIVES = frozenset({"of", "for", "and", "on", "to", "the"})


@lru_cache(maxsize=4096)
def _acronyms(text: str) -> frozenset[str]:
    """The initials of each run of capitalised words in a text, with and without its small words:
    "United Nations Convention" gives "un", "unc", "nc"; "Japan Fund for Joint Credit Mechanism"
    gives "jfjcm" and "jfcm"... so a statement writing "the UN convention" names what it names."""
    out: set[str] = set()
    for run in re.finditer(
        r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and|on|to|the)\s+)*[A-Z][\w'\u2019-]*)+", text
    ):
        tokens = run.group().split()
        for keep_small in (True, False):
            letters = [
                token[0].casefold() for token in tokens if keep_small or token.casefold() not in _CONNECTIVES
            ]
            for first in range(len(letters)):
                for last in range(first + 2, min(len(letters), first + 6) + 1):
                    out.add("".join(letters[first:last]))
    return frozenset(out)


_BY = re.compile(r"\b(?:by|as of|before|until|till|no later than)\s+$", re.IGNORECASE)


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_STARTING = re.compile(
    r"\b(?:became|become|becomes|took office|take office|takes office|assumed office|was elected|"
    r"was appointed|was named|began|begun)\b",
    re.IGNORECASE,
)
"""Words saying that a date is when something began, which a later date it held does not gainsay."""


_WHOSE_COUNT = re.compile(
    r"\b(?:by|in|on|from)\s+(?-i:[A-Z][\w.'\u2019-]{0,40})['\u2019]s\s+"
    r"(?P<noun>count|tally|figures?|reckoning|records|estimates?|account|data|numbers)\b",
    re.IGNORECASE,
)
_WHOSE_ALONE = re.compile(
    r"\b(?:by|in|on|from)\s+(?-i:[A-Z][\w.'\u2019-]{0,40})['\u2019]s(?=\s{0,3},)", re.IGNORECASE
)


def _elided_counts_named(text: str) -> str:
    """A second side's count with its noun left out, given the first's: "By Japan's count, 1,684
    POWs died; by Mongolia's, 1,621" is "by Mongolia's count, 1,621", a figure of its own."""
    named = _WHOSE_COUNT.search(text)
    if named is None:
        return text
    noun = named.group("noun")
    return text[: named.end()] + _WHOSE_ALONE.sub(
        lambda alone: f"{alone.group()} {noun}", text[named.end() :]
    )


_YEAR_RANGE = re.compile(
    r"(?P<between>\bbetween\s+)?\b(?P<first>1\d{3}|2\d{3})"
    r"(?:\s{0,3}[-\u2010-\u2014/]\s{0,3}|\s+(?:to|until|till|through|thru|and)\s+)(?P<last>1\d{3}|2\d{3})\b",
    re.IGNORECASE,
)
"""Years a statement gives as a span: "from 2005 to 2009", "between 2005 and 2009", "2005-2009"."""


def _within_stated_years(text: str, stated: Figure, claimed: list[Figure]) -> bool:
    """Whether a date of a span of years the statement gives ("president from 2005 to 2009") has a
    claim's date inside the span (2007): the claim neither bears the span out nor gainsays it. A
    claim giving years of its own ("from 2022 to 2031") is set end against end as before."""
    if not stated.is_date or len({figure.iso for figure in claimed if figure.is_date}) > 1:
        return False
    for match in _YEAR_RANGE.finditer(text, max(0, stated.start - 16), stated.end + 24):
        if not match.start("first") <= stated.start < match.end("last"):
            continue
        if " and " in match.group().casefold() and not match.group("between"):
            continue  # "in 2007 and 2025": two years, no span
        first, last = int(match.group("first")), int(match.group("last"))
        if first >= last:
            continue
        low, high = _dt.date(first, 1, 1).toordinal(), _dt.date(last, 12, 31).toordinal()
        return any(figure.is_date and low <= figure.low and figure.high <= high for figure in claimed)
    return False


def _starts(text: str, figure: Figure) -> bool:
    """Whether a date is when something began: "since 2021", or "became president in 2021"."""
    before = text[max(0, figure.start - NEAR_CHARS) : figure.start]
    return bool(_SINCE.search(before) or _STARTING.search(_CLAUSE_BREAK.split(before)[-1]))


@lru_cache(maxsize=256)
def _mentions_report(text: str) -> bool:
    """Whether a statement speaks of a report ("the article was published on ..."), read once."""
    return bool(_REPORT_DATE.search(text))


def _as_bound(text: str, figure: Figure) -> Figure:
    """A dated figure as the statement bounds it: "by 2020" is any time up to the end of 2020 (the
    store's "as of 2019" bears it out; its "as of 2023" neither bears it out nor gainsays it); but
    "as of" a date for a state going on is that date."""
    by = _BY.search(text[max(0, figure.start - NEAR_CHARS) : figure.start]) if figure.is_date else None
    if by is None or (figure.iso or "--").startswith("--"):
        return figure
    if by.group().casefold().startswith("as of") and _GOING_ON.search(text):
        return figure  # "as of October, China was detaining five": how things stood then, no more
    return replace(figure, low=-math.inf)


_GOING_ON = re.compile(r"\b(?:is|are|was|were)\s+(?:still\s+)?[a-z]+ing\b", re.IGNORECASE)
"""A state going on ("was detaining", "are holding"): "as of" a date says how it stood then, where
a sum "as of" a date ("had invested over $1 billion as of 2023") is reached by then."""


def _leaves_open(stated: Figure, figure: Figure, differing: list[Figure]) -> bool:
    """Whether a figure agrees with the stated one, or allows it without merely being coarser than
    the figures that differ ("June 2025" leaves "June 4, 2025" open against "July 2025"; "2025"
    does not leave "August" open against "July 2025")."""
    outcome = compare(stated, figure)
    if outcome == MATCH:
        return True
    if outcome != PARTIAL:
        return False
    if (stated.iso or "").startswith("--") and not (figure.iso or "--").startswith("--"):
        return False  # a year says nothing of the day "July 10" is
    return not any(
        figure.low <= other.low and other.high <= figure.high and figure.unit == other.unit
        for other in differing
    )


def _narrower(claimed: Figure, text: str, stated: Figure | None = None) -> bool:
    """Whether a claim's ordinal counts a narrower kind than the statement says: its "first state
    visit" is more than "her first-ever visit" says, not more than "the state visit was the first
    by an emperor" does. A stated ordinal naming its own kind says it there: "the 2025 state
    visit was his first trip to Mongolia" counts trips, of which the state visit was not his first."""
    if len(claimed.noun) < 2:
        return False
    said = " ".join(stated.noun) if stated is not None and stated.noun else text
    return bool(_terms(" ".join(claimed.noun[:-1])) - _term_set(said))


def _only_narrower_firsts(text: str, figures: list[Figure], claims: list[_Claim]) -> bool:
    """Whether the statement says "first" of something ("her first-ever visit") and each "first"
    the claims say of the same kind of thing (visits) is of a narrower kind ("first state
    visit"). A first of another kind ("the first emperor to visit") is judged with the words."""
    stated = [figure for figure in figures if figure.kind == "ordinal" and figure.value == 1]
    claimed = [
        figure
        for claim in claims
        for figure in claim.figures
        if figure.kind == "ordinal" and figure.value == 1 and stated and figure.unit == stated[0].unit
    ]
    return bool(claimed) and all(_narrower(mine, text, stated[0]) for mine in claimed)


def _same_institution(one: str, other: str) -> bool:
    """Whether two names are of one kind of institution by their last word ("... Convention",
    "... Fund", "... Bank"; see ``_INSTITUTIONS``), and so name two of that kind."""
    mine, theirs = (_name_words(name)[-1].casefold() for name in (one, other))
    return mine == theirs and mine in _INSTITUTIONS and len(one.split()) > 1 and len(other.split()) > 1


_QUOTED = re.compile(r"(?<!\w)['\u2018\"\u201c]([^'\u2019\"\u201d]{12,}?)['\u2019\"\u201d](?!\w)")
"""Words a statement puts in quotation marks ("predicted the visit 'will open a new chapter'")."""


@lru_cache(maxsize=4096)
def _quoted_words(text: str) -> tuple[str, ...]:
    """What a statement puts in quotation marks as someone's words, lower case: three words or
    more, mostly lower case (not a name in quotation marks such as 'Special Strategic Partnership
    for Peace and Prosperity'). Without their auxiliary verbs (``_said_words``)."""
    found = []
    for match in _QUOTED.finditer(text):
        written = re.findall(r"[A-Za-z]+", match.group(1))
        lower = sum(word.islower() for word in written)
        if lower >= 3 and lower > len(written) - lower:
            found.append(_said_words(match.group(1)))
    return tuple(found)


_AUXILIARIES = frozenset(
    "will would shall should can could may might is was are were be been has have had".split()  # noqa: SIM905
)
"""Verbs reported speech shifts ("said the visit 'would open a new chapter'" of the ambassador's
"will open a new chapter"): a quotation is compared without them."""


_OPENING_WORDS = re.compile(
    r"^\W*((?:[A-Za-z][\w'\u2019-]*\s+){1,4}?)([a-z]{3,}ed|is|was|are|were|has|have|had|will|would)\b"
)
"""A statement's opening words up to its first verb: an auxiliary or a word in the past tense."""


def _rounded_to_bound(stated: Figure, figure: Figure) -> bool:
    """Whether a bound a statement gives to three digits or more ("over 12,300", "under 1,690") is
    a figure rounded to its last non-zero digit: 12,318 is over 12,300 by less than a step of 100."""
    bound = stated.value
    if figure.value is None or bound is None or bound <= 0 or bound != int(bound) or int(bound) % 10:
        return False
    digits = str(int(bound)).rstrip("0")
    if len(digits) < 3:
        return False  # "more than 12,000" is a round floor both 12,318 and 13,847 clear
    step = 10 ** (len(str(int(bound))) - len(digits))
    if stated.qualifier == "more than":
        return bool(bound <= figure.value < bound + step)
    if stated.qualifier == "less than":
        return bool(bound - step < figure.value <= bound)
    return False


def _doer_and_deed(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The terms of who does what at a statement's opening, when it opens with a doer and its
    verb: the doer's last word, unless a name, and a verb in the past tense, not one of saying
    ("Japanese media attended": media, attend; "The drugmaker employee was jailed": employee)."""
    found = _OPENING_WORDS.match(text)
    if found is None:
        return frozenset(), frozenset()
    doer, verb = found.group(1).split(), found.group(2)
    if any(word.casefold() in STOP_WORDS - {"the", "a", "an"} for word in doer):
        return frozenset(), frozenset()  # "According to ...", "In 2025 ...": no doer opens it
    # a verb of saying only frames what is said ("Ishiba commented on the ruling")
    deed = frozenset() if verb in _AUXILIARIES else _term_set(verb) - _REPORTING
    # a name's other names are what keywords are for ("Beijing" for China, "POWs"); a sentence's
    # first word is a name when it is no everyday word ("Media were in attendance" names no one)
    last = doer[-1]
    named = last[:1].isupper() and (
        len(doer) > 1 or last.casefold() not in common_english(EVERYDAY_OPENING_RANK)
    )
    return (frozenset() if named else _term_set(last)), deed


def _said_words(text: str) -> str:
    """A text's words, lower case, in order, without auxiliary verbs (``_AUXILIARIES``)."""
    return " ".join(word for word in _word_list(text) if word not in _AUXILIARIES)


def _quoting(text: str, claims: list[_Claim]) -> _Claim | None:
    """The claim whose quote holds, word for word, words the statement quotes (``_quoted_words``);
    None if none does."""
    for quoted in _quoted_words(text):
        for claim in claims:
            if quoted in _said_words(claim.record.get("quote") or ""):
                return claim
    return None


MISQUOTED_SHARE = 0.6
"""How many of the words a statement quotes a claim's quote must hold, for the statement to
quote that claim's words otherwise (fewer: the statement quotes words the store does not have)."""


def _misquoting(text: str, claims: list[_Claim]) -> _Claim | None:
    """The claim whose quote holds most of the words a statement quotes, but not as it quotes
    them ("'will close a chapter in the relationship'" of "'will open a new chapter in the
    relationship'"); None if no claim's quote comes that near."""
    for quoted in _quoted_words(text):
        words = [word for word in quoted.split() if len(word) > 2]
        if len(words) < 3:
            continue
        for claim in claims:
            held = set(_said_words(claim.record.get("quote") or "").split())
            if sum(word in held for word in words) >= MISQUOTED_SHARE * len(words):
                return claim
    return None


_ADDED = re.compile(r"\b(?:also|too|as well|likewise|in addition)\b", re.IGNORECASE)
"""Words saying someone did what others did too ("Kishida also paid respects at the memorial"):
another name then adds to the claim's, it replaces none."""
_TRAVELLING_WITH = re.compile(
    r"\b(?:travel+(?:ed|ing|s)?|went|goes|came|comes|toured|journeyed|flew|arrived)\b[^,.;]{0,40}?"
    r"\b(?:with|alongside)\b|\baccompan(?:ied|ying|ies|y)\b",
    re.IGNORECASE,
)
"""Words putting someone in another's company on a trip ("travelled with the imperial couple",
"accompanied the emperor"): a name then goes with the claim's, in the place of none."""
_ABROAD = re.compile(r"\b(?:abroad|overseas|foreign)\b", re.IGNORECASE)
"""Words by which a count of trips counts those to any other country."""


def _counts_abroad(text: str, figure: Figure) -> bool:
    """Whether a count of trips counts those abroad ("his third trip overseas", "his third
    foreign trip"): the words of its unit, or of the figure and the few after it in its clause,
    say so."""
    written = text[figure.start : figure.end + 40].split(",")[0] if figure.end > figure.start else ""
    return bool(_ABROAD.search(" ".join([*figure.noun, written])))


_COMPARING = re.compile(r"\b(?:than|differ\w*|compar\w*|unlike|versus|vs)\b", re.IGNORECASE)
"""Words setting one date's occasion against another's ("different from 2007"): the date is then
what the statement compares with, its words those of the other occasion."""


def _dated_elsewhere(claim: _Claim, figure: Figure, around: frozenset[str]) -> bool:
    """Whether the words around a statement's date stand nearer another date of the claim than
    the one it equals: "in 2019 the emperor visited Mongolia" against "... Mongolia's President
    at the time of the 2025 visit, and Emperor Naruhito had previously met in 2019"."""
    mine = len(claim.anchors.get(figure.start, frozenset()) & around)
    return any(len(words & around) > mine for start, words in claim.anchors.items() if start != figure.start)


def _trips_counted_alike(text: str, stated: Figure, claim_text: str, figures: list[Figure]) -> list[Figure]:
    """The claim's counts of trips that count what the statement's does: those abroad only if
    it counts those abroad too, and no narrower kind of trip than it says ("first state visit"
    against "his second trip to Mongolia")."""
    abroad = _counts_abroad(text, stated)
    return [
        figure
        for figure in figures
        if (abroad or not _counts_abroad(claim_text, figure))
        and (figure.kind != "ordinal" or not _narrower(figure, text, stated))
    ]


def _closest_ordinals(
    stated: Figure, near: list[tuple[float, _Claim, list[Figure]]]
) -> list[tuple[float, _Claim, list[Figure]]]:
    """The claims' ordinals whose words share most with the stated one's ("first overseas trip"
    is closer to "third trip overseas" than to "first state visit")."""

    def shared(figure: Figure) -> int:
        return len(_terms(" ".join(stated.noun)) & _terms(" ".join(figure.noun)))

    best = max((shared(figure) for _c, _claim, same in near for figure in same), default=0)
    if not best:
        return near
    out = []
    for coverage, claim, same in near:
        closest = [figure for figure in same if shared(figure) == best]
        if closest:
            out.append((coverage, claim, closest))
    return out


@lru_cache(maxsize=4096)
def _denies(text: str) -> bool:
    """Whether a text says plainly that something did not happen (an editor's note in brackets
    and "not only ... but" aside): "in 1966 they had not yet established ties"."""
    text = re.sub(r"\bnot only\b", " ", _IN_BRACKETS.sub(" ", text), flags=re.IGNORECASE)
    return bool(_DENIAL.search(text))


def _prepare(record: dict[str, Any], number: int) -> _Claim:
    main_texts = [record["text"], record.get("attributed_to") or "", record.get("unit") or ""]
    source = record.get("source") or {}
    # keywords are written for search (other names, related words, even the opposite: "open"
    # for a closed event), so like the quote they count for less
    quoted_texts = [record.get("quote") or ""]
    if isinstance(source, dict):
        quoted_texts += [source.get("outlet") or "", source.get("title") or ""]
    # a capital standing for its government is also its country ("controlled by Seoul")
    main = {term for text in main_texts for term in _terms(text) | _terms(_as_governments(text))}
    main |= _acronyms(record["text"])
    quoted = {term for text in quoted_texts for term in _terms(text)}
    keywords = {term for text in record.get("keywords", []) for term in _terms(text)} - main
    figures = _claim_figures(record)
    anchors = {
        figure.start: _anchor(record["text"], figure)
        for figure in figures
        if figure.is_date and figure.start != figure.end
    }
    names = _names(record["text"]) + _names(record.get("quote") or "")
    # not the source's title: it names what the whole article is about ("Ishiba to Meet with
    # U.S. Treasury Sec. Bessent" heads a claim that Bessent went to Osaka)
    said = [record["text"], record.get("attributed_to") or "", record.get("unit") or "", *quoted_texts[:2]]
    named = {term for text in said for term in _terms(text) | _terms(_as_governments(text))}
    named |= _acronyms(record["text"]) | _acronyms(record.get("quote") or "")
    own_quoted = {term for text in quoted_texts[:2] for term in _terms(text)}
    claim = _Claim(
        number,
        record,
        main,
        keywords,
        quoted,
        figures,
        _terms(record["text"]),
        named,
        names,
        _negated(record["text"]),
        list(record.get("conflicts_with") or []),
        date_figures(source.get("published") if isinstance(source, dict) else None),
        _terms(source.get("title") or "") if isinstance(source, dict) else set(),
        _wished_terms([record["text"], record.get("quote") or ""]),
        anchors,
        _wished_terms([record["text"], record.get("quote") or ""], _FORETELLING),
        [
            figure
            for figure in read_figures(record["text"])
            if figure.is_date and _in_brackets(record["text"], figure.start)
        ],
        quoted - own_quoted - main - keywords,
    )
    return claim


def _claim_figures(record: dict[str, Any]) -> list[Figure]:
    """A claim's figures: its stored value, and the figures and dates its text states. A date in
    brackets ("Khurelsukh is President (July 2025)") says when the claim held, not when it
    happened, so it never contradicts."""
    out: list[Figure] = []
    stored = _stored_figure_of(record)
    if stored is not None:
        out.append(stored)
    text = record["text"]
    for figure in read_figures(text):
        if figure.is_date and _in_brackets(text, figure.start):
            continue
        out.append(figure)
    return out


def _distance(stated: Figure, figure: Figure) -> float:
    """How far a claim's figure is from a stated one (their lower bounds; infinitely far when
    either is open-ended), to set the nearest against it."""
    if math.isinf(stated.low) or math.isinf(figure.low):
        return math.inf
    return abs(stated.low - figure.low)


def _stored_figure_of(record: dict[str, Any]) -> Figure | None:
    """The figure a claim stores, shown as its source writes it ("1,684 deaths", "over $1
    billion"), as ``ask`` shows it, not as the bare value ("1684 deaths", "1000000000 USD")."""
    if record.get("value") is None:
        return None
    return claim_figure(
        record["value"], record.get("unit"), record.get("qualifier"), figure_as_written(record)
    )


def _stored_figure(claim: _Claim) -> Figure | None:
    """The figure a claim stores: the first of its figures (``_claim_figures``), read once."""
    return claim.figures[0] if claim.record.get("value") is not None else None


def _in_brackets(text: str, position: int) -> bool:
    return text.rfind("(", 0, position) > text.rfind(")", 0, position)


def _number_query(figure: Figure) -> str:
    """The number a claim stating this figure would hold, as search reads it ("" for dates)."""
    if figure.is_date or figure.value is None or figure.kind == "ordinal":
        return ""
    value = figure.value
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _precise(stated: Figure) -> bool:
    """Whether a figure is exact and uncommon: three significant digits or more, not round."""
    if (
        stated.value is None
        or stated.qualifier not in ("exact", "about")
        or stated.kind not in ("number", "age")
    ):
        return False
    digits = f"{stated.value:.10g}".replace(".", "").strip("0")
    return len(digits) >= 3


def _vague(stated: Figure, same: list[Figure]) -> bool:
    if stated.is_date:
        return True
    return stated.unit in _VAGUE_UNITS and all(figure.unit in _VAGUE_UNITS for figure in same)


def _compare_values(stated: Figure, figure: Figure) -> str:
    """Compare two figures as numbers alone (for linked claims counting differently named things)."""
    if stated.is_date or figure.is_date:
        return "unrelated"
    if figure.high < stated.low or figure.low > stated.high:
        return DIFFER
    if stated.low <= figure.low and figure.high <= stated.high:
        return MATCH
    return PARTIAL


def _terms(text: str) -> set[str]:
    return set(_term_set(text))


@lru_cache(maxsize=16384)
def _term_set(text: str) -> frozenset[str]:
    """``_terms``, remembered for the texts met again and again (claims, a draft's sentences)."""
    return frozenset(_record_word(term) for term, _word in words(_spelled(text)))


def _spelled(text: str) -> str:
    """A text with what is written two ways written one way ("carbon dioxide" is CO2, a prisoner
    a POW: read after stemming, "prisoner" would be "prison", which a sentence is served in; a
    reporter a journalist)."""
    if "ioxide" in text:
        text = _CARBON.sub("CO2", text)
    if "eporter" in text:  # the people, not a report: stemmed, "reporters" is "reportedly"'s "report"
        text = _REPORTER.sub("journalist", text)
    return _PRISONER.sub("POW", text) if "risoner" in text else text


_CARBON = re.compile(r"\bcarbon dioxide\b", re.IGNORECASE)
_REPORTER = re.compile(r"\breporter(?=s?\b)", re.IGNORECASE)
_PRISONER = re.compile(r"\bprisoner(?=s?\b)(?!s? of war\b)", re.IGNORECASE)


def _name_terms(span: str) -> set[str]:
    """The terms of a name as a query reads it: "United States" is "usa", which a claim writing
    "U.S." holds, not "united" and "states" as well. A possessive is the name's own: "Xi's" is Xi
    (the stemmer keeps the s of "xis")."""
    span = _POSSESSIVE.sub("", span)
    return {_record_word(term) for term, _word in words(span, query=True)} or _terms(span)


_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b")


def _record_word(term: str) -> str:
    return _RECORD_WORDS.get(term, term)


_FACT_FILLER = frozenset(
    """morning afternoon evening people help helped helping need needed want wanted looking learned
    full complete whole""".split()  # noqa: SIM905
)
"""Words a question wraps itself in (text.FILLER) that a statement states as facts: "on the
morning of July 8", "people would learn about the internment"."""
_CONSTRUED = re.compile(
    r"\b(?P<verb>(?:count|regard|deem|reckon)(?:s|ed|ing)?)(?!\s+(?:on|upon)\b)\s+(?:[\w'\u2019-]{1,40}\s+){0,5}?as\b"
    r"|\b(?P<light>pa(?:y|ys|id|ying))\s+(?:[a-z]{1,20}\s+)?attention\b",
    re.IGNORECASE,
)
"""A verb that says how a thing is seen, before what it is seen "as" ("counting Tokyo as a 'third
neighbor'", as "having Japan as" one), and the "paying" of "paying attention": how a fact is put,
not a fact of its own. "Counting on" someone is relying on them, a fact."""
_THING_NOUNS = frozenset({"option", "options", "choice", "choices"})
"""Nouns of what could be done, as "thing" and "way" are (text.GENERIC): "the only option was to
reach out" says what "the only thing Japan can do is reach out" says."""
_POLARITY_WORDS = frozenset({"never"})
"""Words saying only that something is not so ("not" and "no" are stop words already)."""


_LABEL = re.compile(r"^\s*(?P<label>(?:[\w'-]+\s+){0,3}[\w'-]+)\s*:\s+(?=\S)")
_LABEL_WORDS = frozenset(
    """
    tweet tweets post posted chyron headline subhead standfirst lede lead title caption slide
    screen lower third text sentence statement claim claims fact line lines quote copy script
    """.split()  # noqa: SIM905
)
"""Words naming where a line to check was written ("On-screen caption:", "Tweet:", "Draft
line:"), besides the frames of a question (FRAMING, FILLER)."""
_FRAME_WORDS = FRAMING | FILLER | _LABEL_WORDS
"""Every word a statement may be framed in: its label is dropped, and none is read as a typo."""


def _unlabelled(statement: str) -> str:
    """A statement without the label it is written under ("On-screen caption: 13,847 Japanese
    POWs"): the label says where the line stands, not what it says; "Japanese POWs: 13,847"
    keeps its words, which are the subject."""
    label = _LABEL.match(statement)
    if label is None:
        return statement
    named = {word.casefold() for word in re.findall(r"[A-Za-z]+", label.group("label"))}
    if named & _FRAME_WORDS:
        return statement[label.end() :]
    return statement


def _content_terms(text: str, figures: list[Figure]) -> dict[str, str]:
    """The statement's words that a claim must hold (term -> word as written): not its numbers,
    number words, months or qualifiers, which the figures compare."""
    blanked = _blank(text, figures)
    months = {month.casefold() for month in re.findall(r"\b[A-Z][a-z]+", blanked)} & _MONTH_WORDS
    out: dict[str, str] = {}
    spelled = _spelled(blanked)
    kept = [(term, word) for term, word in words(spelled, query=False) if word.casefold() in _FACT_FILLER]
    construed = {
        (match.group("verb") or match.group("light")).casefold() for match in _CONSTRUED.finditer(blanked)
    }
    for term, word in [*words(spelled, query=True), *kept]:
        lowered = word.casefold()
        if lowered in construed or lowered in _THING_NOUNS:
            continue  # how a fact is put ("counting Tokyo as", "the only option"), not a fact
        # a month or day of the week left after the dates are blanked is no date the figures
        # compare ("held every June", "protested on Wednesday"): the claims must hold it
        if lowered in _NUMBER_WORDS or (lowered in _MONTH_WORDS and lowered not in months):
            continue
        if is_number(term) and not re.fullmatch(r"(?:19|20)\d\d", term):
            continue  # a year left after the figures are blanked is part of a name (King Search 2022)
        if lowered in _QUALIFYING_WORDS or lowered in STOP_WORDS or lowered in ("per", "according"):
            continue
        if lowered == "including":
            continue  # "formats, including X and Y": what it lists are the facts, as "both X and Y" says
        if term in STOP_WORDS or term in _DEGREE or lowered in _POLARITY_WORDS:
            continue  # "never": whether it is so is read apart (``_negated``), not what is said
        if (
            re.fullmatch(r"\d.*", lowered) and not re.fullmatch(r"(?:19|20)\d\d", lowered)
        ) or term in _REPORTING:
            continue
        if term in _DURATION_VERBS and any(figure.unit in _DURATIONS for figure in figures):
            continue  # "spent five days", "lasted 45 minutes": the figure says it
        out.setdefault(_record_word(term), word)
    return out


def _blank(text: str, figures: list[Figure]) -> str:
    """The text with its figures blanked out (those whose unit the figures compare: "8 days",
    "$1 billion", "July 8"); "30,000 tourists" keeps "tourists", which no unit vouches for)."""
    for figure in figures:
        if figure.is_date or (figure.unit in KNOWN_UNITS and figure.kind != "ordinal"):
            text = text[: figure.start] + " " * (figure.end - figure.start) + text[figure.end :]
    return text


def _names(text: str) -> list[_Name]:
    """Capitalised names in a text (see ``_read_names``)."""
    return list(_read_names(text))


_NAME_TOKEN = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?![\w'\u2019-])|[\w'\u2019-]+|[^\w\s]")
"""A word of a text read for names: a dotted abbreviation ("U.S.") whole, other words without
their punctuation."""


@lru_cache(maxsize=4096)
def _read_names(text: str) -> tuple[_Name, ...]:
    """Capitalised names in a text, each with the content words around it (its place in the
    sentence: "Prime Minister Oyun-Erdene" after "invitation of") and its terms with titles. A
    capital standing for its government ("Tokyo calls the islets Takeshima") is its country."""
    # "U.S." is one word, the country's: read letter by letter, its "U" names no one
    tokens = [(m.group(), m.start()) for m in _NAME_TOKEN.finditer(text)]
    out: list[_Name] = []
    i = 0
    while i < len(tokens):
        if not _is_name(tokens, i):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and (
            _is_name(tokens, j + 1)
            or (tokens[j + 1][0] in ("of", "and") and j + 2 < len(tokens) and _is_name(tokens, j + 2))
        ):
            j += 1
        # "ADB-backed" names the ADB
        whole = [re.sub(r"-[a-z].*", "", t) for t, _p in tokens[i : j + 1]]
        span = [t for t in whole if t.casefold() not in _TITLES]
        # a sea is no one's name ("the Sea of Japan" names no party): seas are compared by _seas
        if span and not _SEA.fullmatch(" ".join(span)):
            before = _context_words(tokens[max(0, i - 4) : i])
            after = _context_words(tokens[j + 1 : j + 5])
            k = i - 1
            while k > 0 and tokens[k][0].casefold() in ("the", "a", "an"):
                k -= 1
            placed = _PLACE_WORDS.get(tokens[k][0].casefold(), "") if k >= 0 else ""
            terms = _name_terms(" ".join(span))
            capital = " ".join(span).casefold()
            if capital in _CAPITALS and not placed and not _listed_among_places(text, tokens[i][1]):
                terms = {_CAPITALS[capital]}
            beside = next(
                (stem(t.casefold()) for t, _p in reversed(tokens[max(0, i - 3) : i]) if t[:1].isalnum()), ""
            )
            out.append(
                _Name(
                    " ".join(span),
                    terms,
                    before | after,
                    _terms(" ".join(whole)),
                    placed,
                    beside,
                    _after_title(whole),
                )
            )
        i = j + 1
    return tuple(out)


def _after_title(words: list[str]) -> str:
    """The words after the last title of a run of capitalised words, where other words come before
    that title and none joins two names: "Yoshimasa Hayashi" of "Chief Cabinet Secretary Yoshimasa
    Hayashi"; nothing for "Ministry of Foreign Affairs" or "Prime Minister Shigeru Ishiba"."""
    last = max((i for i, word in enumerate(words) if word.casefold() in _TITLES), default=-1)
    if last < 1 or last == len(words) - 1 or any(word in ("of", "and") for word in words):
        return ""
    if all(word.casefold() in _TITLES for word in words[:last]):
        return ""
    return " ".join(words[last + 1 :])


def _is_name(tokens: list[tuple[str, int]], i: int) -> bool:
    word = tokens[i][0]
    if not word[:1].isupper() or word.casefold() in _MONTH_WORDS or word.casefold() in _WEEKDAYS:
        return False
    lowered = word.casefold()
    if lowered in STOP_WORDS or lowered in _SENTENCE_STARTERS:
        return False
    at_start = i == 0 or tokens[i - 1][0] in (".", "!", "?", '"', "\u201c", "'", "\u2018", ":")
    if at_start:
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        return following[:1].isupper() or lowered in _TITLES or following in ("'s", "\u2019s")
    return True


def _context_words(tokens: list[tuple[str, int]]) -> set[str]:
    out = set()
    for word, _position in tokens:
        lowered = word.casefold()
        if not word[:1].isalnum() or lowered in STOP_WORDS or lowered in ("the", "a", "an"):
            continue
        out.add(stem(lowered))
    return out


@lru_cache(maxsize=256)
def _attributions(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Who the statement says gives its figures: "according to Japanese records", "Mongolian
    records count", "per the National Archives" (span and the words naming them), in order;
    remembered, as each figure is read against them."""
    out = []
    for match in _ATTRIBUTION.finditer(text):
        group = "a" if match.group("a") else "b"
        named = frozenset(term for term in _terms(match.group(group)) if not is_number(term))
        if named:
            out.append((match.start(group), match.end(group), named))
    return tuple(out)


def _attribution_for(
    text: str, stated: Figure, attributions: Sequence[tuple[int, int, frozenset[str]]]
) -> list[frozenset[str]]:
    """The attributions in a statement, nearest a figure first (each of "Mongolian records show
    12.3 thousand while Japanese records show 13.8 thousand" has its own): one in the figure's own
    clause before one across "whereas" or "while", and whose records they are before who cites
    them ("Japanese records, as cited by Mongolia's Institute of Strategic Studies, count 1,684")."""

    def distance(item: tuple[int, int, frozenset[str]]) -> int:
        start, end, _named = item
        return max(stated.start - end if end <= stated.start else start - stated.end, 0)

    turn_starts, turn_ends = _spans(_CLAUSE_TURN, text)

    def order(item: tuple[int, int, frozenset[str]]) -> tuple[bool, bool, int]:
        start, end, _named = item
        low, high = (end, stated.start) if end <= stated.start else (stated.end, start)
        # a clause turn between the two: the first one from ``low`` on ends by ``high``
        first = bisect_left(turn_starts, low)
        turned = first < len(turn_starts) and turn_ends[first] <= high
        relay = _RELAYED.search(text[max(0, start - 16) : start]) is not None
        return turned, relay, distance(item)

    if len(attributions) > NEAREST_ATTRIBUTIONS:  # the nearest, in the order the statement gives them
        # they are in the statement's order: the nearest are among those just before the figure
        # and just after it
        at = bisect_left(attributions, stated.start, key=itemgetter(0))
        window = attributions[max(0, at - NEAREST_ATTRIBUTIONS) : at + NEAREST_ATTRIBUTIONS]
        nearest = set(map(id, heapq.nsmallest(NEAREST_ATTRIBUTIONS, window, key=distance)))
        attributions = [item for item in window if id(item) in nearest]
    return [named for _s, _e, named in sorted(attributions, key=order)]


NEAREST_ATTRIBUTIONS = 8
"""How many attributions, the nearest a figure, may say whose it is: a long statement attributes
each of its figures near it, and weighing every attribution against every figure took time
growing with the cube of its length."""


_RELAYED = re.compile(r"\b(?:cited by|citing|as cited by)\s+$", re.IGNORECASE)
"""The words before an attribution that make it who passes the figures on, not whose they are."""
_CLAUSE_TURN = re.compile(r"\b(?:whereas|while|whilst|but|however|against)\b|;|,\s*and\b", re.IGNORECASE)
"""Words between an attribution and a figure that put them in clauses of their own."""


def _named_side(
    who: frozenset[str], stated: Figure, sides: list[tuple[_Claim, Figure, str]]
) -> tuple[_Claim, Figure, str] | None:
    """The side of a conflict the statement names: the member whose ``attributed_to`` shares the
    most words with the attribution; among equals, the one whose figure the statement states."""
    scored = []
    for member, figure, outcome in sides:
        by = _terms(member.record.get("attributed_to") or "")
        scored.append((len(by & who), outcome == MATCH, member, figure, outcome))
    best = max(score for score, *_rest in scored)
    if best == 0:
        return None
    top = [item for item in scored if item[0] == best]
    if len(top) > 1:
        matching = [item for item in top if item[1]]
        top = matching or top
        if len(top) > 1:
            return None
    _score, _match, member, figure, outcome = top[0]
    return member, figure, outcome


def _unique(evidence: Iterable[Evidence]) -> list[Evidence]:
    seen: set[str] = set()
    out = []
    for item in evidence:
        if item.claim["id"] not in seen:
            seen.add(item.claim["id"])
            out.append(item)
    return out


def _joined_verdict(statement: str, whole: Verdict, first: Verdict, second: Verdict) -> Verdict:
    """A sentence read in two parts: contradicted if either part is, else disputed if either
    part is and the other is borne out (a disputed figure asserted beside a fact), supported if
    both are (the claims of both its evidence, each once), as read whole otherwise."""
    for part in (first, second):
        if part.verdict == CONTRADICTED:
            return Verdict(statement, CONTRADICTED, whole.figures, part.evidence, part.reason)
    for part, other in ((first, second), (second, first)):
        if part.verdict == DISPUTED and other.verdict in (SUPPORTED, DISPUTED):
            return Verdict(statement, DISPUTED, whole.figures, part.evidence, part.reason)
    if first.verdict == SUPPORTED and second.verdict == SUPPORTED:
        reason = "the claims state it between them"
        return Verdict(statement, SUPPORTED, whole.figures, _unique(first.evidence + second.evidence), reason)
    return whole


_ANNIVERSARY_UNIT = re.compile(r"^years (since|of) (.+)$")
_ANNIVERSARY_OF = re.compile(r"(?i)\banniversary of (?:the |their |its )?([^,.;()]+)")


def _anniversary_subject(record: dict[str, Any]) -> tuple[bool, str, set[str]] | None:
    """What a claim counts an anniversary of, by its figure ("80 years since the end of World
    War II", dated 2025; "50 years of diplomatic relations", dated 2022) and its text: whether it
    is a state (``years of``), the subject as its unit words it, and the terms of both wordings
    ("diplomatic relations" and "their diplomatic ties"). None for any other claim."""
    value, date, unit = record.get("value"), record.get("date") or "", record.get("unit") or ""
    match = _ANNIVERSARY_UNIT.match(unit)
    if match is None or not isinstance(value, int) or value <= 0 or not re.match(r"\d{4}", date):
        return None
    named = _ANNIVERSARY_OF.search(record.get("text") or "")
    if named is None:
        return None
    subject = match.group(2)
    return (
        match.group(1) == "of",
        subject,
        set(_content_terms(subject, [])) | set(_content_terms(named[1], [])),
    )


def _lasting_alike(text: str, claim: _Claim, same: list[Figure]) -> bool:
    """Whether a statement says anything of what the claim's length of time is of: the words of
    its unit and clause ("to 3½ years in prison for allegedly engaging in espionage") or its
    search keywords ("sentence length"), word for word, names, numbers and units of time aside.
    "Had worked in China for about two decades" counts no years of a prison term."""
    record = claim.record
    told: set[str] = set()
    for figure in same:
        before, after, _inside = _anchor_parts(record["text"], figure)
        told |= {term for term, _word in words(f"{before} {figure.unit or ''} {after}")}
    told |= {term for term, _word in words(" ".join(record.get("keywords") or []))}
    names = {term for name in _read_names(text) for term in name.slot}
    timed = {term for term, _word in words(" ".join(_DURATIONS))}
    stated = {term for term, _word in words(text)} - names - timed - STOP_WORDS
    return bool(stated & (told - timed - STOP_WORDS))


def _counts_years_of_another(record: dict[str, Any], content: dict[str, str] | None) -> bool:
    """Whether a claim counts the years of something (an anniversary's subject: "50 years of
    diplomatic relations") that a statement does not speak of at all."""
    subject = _anniversary_subject(record)
    return subject is not None and not subject[2] & set(content or {})


@lru_cache(maxsize=1)
def _starting_terms() -> frozenset[str]:
    """Words for a state beginning ("established diplomatic relations in 1972")."""
    return frozenset(_content_terms("established started began begun opened formed launched normalized", []))


@lru_cache(maxsize=1)
def _happening_terms() -> frozenset[str]:
    """Words for an event happening ("the bombing took place in 1945")."""
    return frozenset(_content_terms("happened occurred took place held", []))


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _reason(verdict: str, evidence: list[Evidence]) -> str:
    if verdict == CONTRADICTED:
        item = evidence[0]
        if item.figure is not None and item.stated is not None:
            return f"the store gives {item.figure.text}, not {item.stated.text}"
        return "the store states otherwise"
    if verdict == DISPUTED:
        return "the store's sources disagree on this figure; say whose it is"
    return ""


def verify(index: Index, statement: str) -> Verdict:
    """The verdict on one statement (see ``Verifier`` to check many against one index)."""
    return Verifier(index).verify(statement)


# --- drafts --------------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    """u.s u.k u.n e.g i.e etc mr mrs ms dr prof st no nos vs jan feb mar apr jun jul aug sep sept oct
    nov dec gen sen rep gov lt col sgt inc ltd co corp jr sr mt ft approx est fig al p pp""".split()  # noqa: SIM905
)
_BULLET = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # emphasis and code
]
_OPENERS = "\"'\u201c\u2018(["
"""What a sentence may start with besides a capital or a digit."""
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+|$)")


@dataclass
class Sentence:
    """A sentence of a draft and the line it starts on (1-based)."""

    line: int
    text: str


def sentences(draft: str) -> list[Sentence]:
    """A draft's sentences with their line numbers: headings and list items are sentences of
    their own; code blocks are skipped; "U.S.", "No. 2", "3.5" and "J. Smith" do not end one."""
    out: list[Sentence] = []
    block: list[tuple[int, str]] = []
    fenced = False

    def flush() -> None:
        if block:
            out.extend(_split_block(block))
            block.clear()

    for number, raw in enumerate(draft.splitlines(), 1):
        if _FENCE.match(raw):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        line = raw.rstrip()
        if not line.strip() or set(line.strip()) <= set("-*_=|: "):
            flush()  # a blank line, a rule or a table border ends a paragraph
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        if heading:
            flush()
            block.append((number, line[heading.end() :]))
            flush()
            continue
        if bullet:
            flush()
            line = line[bullet.end() :]
        line = re.sub(r"^\s*>\s?", "", line)  # block quotes
        block.append((number, line.strip()))
    flush()
    return out


def _split_block(block: list[tuple[int, str]]) -> list[Sentence]:
    """Sentences of one paragraph (its lines joined), each with the line it starts on."""
    text = ""
    starts: list[tuple[int, int]] = []  # (offset in text, line number)
    for number, line in block:
        for pattern, replacement in _INLINE:
            line = pattern.sub(replacement, line)
        if text:
            text += " "
        starts.append((len(text), number))
        text += line
    out: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().startswith(".") and _abbreviation(text, match.start()):
            continue
        following = _FOLLOWING.match(text, end)  # the next character that is no space, if any
        if following and not (
            (first := following.group(1)).isupper() or first.isdigit() or first in "\"'\u201c\u2018(["
        ):
            continue
        _add(out, text, begin, end, starts)
        begin = end
    _add(out, text, begin, len(text), starts)
    return out


_FOLLOWING = re.compile(r"\s*(\S)")


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` ends an abbreviation or an initial rather than a sentence."""
    word = re.search(r"([\w.]+)$", text[max(0, dot - 40) : dot])
    if not word:
        return False
    token = word.group(1).casefold().strip(".")
    if token in _ABBREVIATIONS:
        return True
    return len(token) == 1 and token.isalpha() and text[dot - 1].isupper()


def _add(out: list[Sentence], text: str, begin: int, end: int, starts: list[tuple[int, int]]) -> None:
    piece = text[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    at = begin + (len(piece) - len(piece.lstrip()))
    # the line of the last start at or before the sentence's (the first line if none is)
    line = starts[max(bisect_right(starts, (at, sys.maxsize)) - 1, 0)][1]
    out.append(Sentence(line, stripped))


@dataclass
class Checked:
    """One sentence of a draft with its verdict."""

    line: int
    sentence: str
    verdict: Verdict

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, **self.verdict.to_dict()}


def statement_asked(text: str) -> str | None:
    """The statement a text given to ``verify`` asserts: the text itself, or the statement a
    fact-checker's question or note is about ("Is it true that X?", "X - correct?", "Check this
    line: 'X'"); None for a question about anything else ("Who leads the Foreign Ministry's Asian
    Affairs Bureau?"), which asserts nothing to check."""
    from jpmn.core.answers import statement_to_check

    framed = statement_to_check(text)
    if framed is not None:
        return framed
    if _is_question(text):
        return None
    return text


def _is_question(sentence: str) -> bool:
    return sentence.rstrip("\"'\u201d\u2019) ").endswith("?")


def checkable(verifier: Verifier, sentence: str) -> bool:
    """Whether a sentence carries a fact the store could check: a figure or date, or a name the
    store knows. Questions are not statements."""
    if _is_question(sentence):
        return False
    if read_figures(sentence):
        return True
    return any(all(verifier.frequency(term) for term in name.terms) for name in _names(sentence))


def check_draft(verifier: Verifier, draft: str) -> list[Checked]:
    """The verdict on every checkable sentence of a draft, in order."""
    return [
        Checked(item.line, item.text, verifier.verify(item.text))
        for item in sentences(draft)
        if checkable(verifier, item.text)
    ]


def worst(verdicts: Iterable[str]) -> str:
    """The verdict a set of sentences is summed up by: the most serious one (supported if none)."""
    return max(verdicts, key=SEVERITY.__getitem__, default=SUPPORTED)


def summary(checked: list[Checked]) -> dict[str, int]:
    """How many sentences got each verdict, in the order of ``VERDICTS``."""
    counts = dict.fromkeys(VERDICTS, 0)
    for item in checked:
        counts[item.verdict.verdict] += 1
    return counts
