"""The derived index: a SQLite database built from a store, so reading commands skip YAML parsing.

This module holds what the index contains (``build``) and how it is read (``Index``). Where it
is kept, and when a kept one may be reused, is ``jpmn.core.index.cache``'s business alone: the
two meet at ``build(conn, store)`` and ``Index(conn)``.
"""

from __future__ import annotations

import marshal
import operator
import os
import re
import sqlite3
import sys
from array import array
from collections import Counter
from itertools import islice, repeat
from operator import methodcaller
from typing import TYPE_CHECKING, cast

from jpmn.core import ranking
from jpmn.core.files import MAX_SOURCE_BYTES
from jpmn.core.forked import Failed, Forked
from jpmn.core.forked import can_share as _can_share
from jpmn.core.text import MOMENTS, WEEKDAYS, Analyser, adjacent, analyse, found, is_number, stem, terms

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import Any

    from jpmn.core.store import Claim, Store
    from jpmn.core.store.thesaurus import Expansions

FIGURE_FLAG = 1
"""Set in a claim's flags when it carries a figure."""
DATE_FLAG = 2
"""Set in a claim's flags when it is dated."""
DAY_FLAG = 4
"""Set when a claim says the month or the day, not only the year ("July 2025", "on Wednesday"),
outside its notes in brackets."""
TIMED_FLAG = 8
"""Set when a claim says when: it is dated, or its sentence names a year, a month or a day."""
EXACT_DAY_FLAG = 16
"""Set when a claim gives the day itself: dated to the day, or its sentence names one ("July 8",
"on Wednesday"), not only the month."""
VERSION = f"content-5 {ranking.VERSION}"
"""What the index holds and how its weights were computed: a kept index of another version is stale."""

_SCHEMA = """
CREATE TABLE blobs (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE sources (n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, file TEXT, body BLOB NOT NULL);
CREATE TABLE claims (
    n INTEGER PRIMARY KEY, position INTEGER NOT NULL, id TEXT UNIQUE NOT NULL,
    category TEXT NOT NULL, source TEXT NOT NULL, attributed_to TEXT NOT NULL, body BLOB NOT NULL
);
CREATE INDEX claims_position ON claims (position);
CREATE TABLE terms (
    term TEXT PRIMARY KEY, df INTEGER NOT NULL, docs BLOB NOT NULL, weights BLOB NOT NULL, masks BLOB NOT NULL
) WITHOUT ROWID;
"""


class Index:
    """Read access to one store's claims, sources and search postings."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._sources: dict[str, dict[str, Any]] | None = None
        self._postings: dict[str, Postings | None] = {}
        self._flags: bytes | None = None
        self._positions: array[int] | None = None
        self._vocabulary: tuple[list[str], list[str]] | None = None
        self._thesaurus: Expansions | None = None
        self._numbers: list[str] | None = None
        self._phrase_starts: dict[str, int] | None = None
        self._related: Related | None = None
        self.memo: dict[str, Any] = {}
        """What search derives from the postings, kept with the open index so a batch reuses it."""
        self._size: int | None = None

    # --- opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, store_path: str, shown: str) -> Index:
        """The store's index: from the cache when it describes exactly this store, else built now."""
        from jpmn.core.index.cache import connect

        return cls(connect(store_path, shown))

    # --- records --------------------------------------------------------------------------------

    def sources(self) -> dict[str, dict[str, Any]]:
        if self._sources is None:
            rows = self.conn.execute("SELECT id, body FROM sources ORDER BY n")
            self._sources = {row[0]: marshal.loads(row[1]) for row in rows}
        return self._sources

    def source(self, source_id: str) -> dict[str, Any] | None:
        if self._sources is not None:
            return self._sources.get(source_id)
        row = self.conn.execute("SELECT body FROM sources WHERE id = ?", (source_id,)).fetchone()
        return marshal.loads(row[0]) if row else None

    def _expand(self, body: bytes) -> dict[str, Any]:
        claim: dict[str, Any] = marshal.loads(body)
        source = self.source(claim["source"]) or {"id": claim["source"]}
        claim["source"] = {
            key: source.get(key) for key in ("id", "outlet", "title", "author", "published", "url", "path")
        }
        return claim

    def claim(self, claim_id: str) -> dict[str, Any] | None:
        if not _storable(claim_id):
            return None
        row = self.conn.execute("SELECT body FROM claims WHERE id = ?", (claim_id,)).fetchone()
        return self._expand(row[0]) if row else None

    def claims_by_number(self, numbers: list[int]) -> dict[int, dict[str, Any]]:
        out: dict[int, dict[str, Any]] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for n, body in self.conn.execute(f"SELECT n, body FROM claims WHERE n IN ({marks})", chunk):
                out[n] = self._expand(body)
        return out

    def claims(self, category: str | None = None) -> Iterable[dict[str, Any]]:
        for _number, claim in self.numbered_claims(category):
            yield claim

    def numbered_claims(self, category: str | None = None) -> Iterable[tuple[int, dict[str, Any]]]:
        """Claims in store order with their numbers (what search and filters speak of)."""
        if category is None:
            rows = self.conn.execute("SELECT n, body FROM claims ORDER BY position")
        else:
            rows = self.conn.execute(
                "SELECT n, body FROM claims WHERE category = ? ORDER BY position", (category,)
            )
        for number, body in rows:
            yield number, self._expand(body)

    def claim_facets(self) -> Iterable[tuple[int, str, str, str]]:
        """(number, category, source id, attributed_to) of every claim, for filters."""
        yield from self.conn.execute(
            "SELECT n, category, source, attributed_to FROM claims ORDER BY position"
        )

    def source_counts(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT source, COUNT(*) FROM claims GROUP BY source").fetchall())

    def source_lines(self, claim: dict[str, Any], around: int) -> list[tuple[int, str]]:
        """The lines of the source file around the claim's quote, numbered; [] if unreadable."""
        line = claim.get("line")
        row = self.conn.execute("SELECT file FROM sources WHERE id = ?", (claim["source"]["id"],)).fetchone()
        if not line or not row or not row[0]:
            return []
        first = max(line - around, 1)
        lines: list[tuple[int, str]] = []
        try:  # only up to the last line shown, and never more than a source file may hold
            with open(os.fsdecode(row[0]), encoding="utf-8-sig", errors="replace") as handle:
                text = handle.read(MAX_SOURCE_BYTES)
        except OSError:
            return []
        for n, content in enumerate(text.split("\n", line + around)[: line + around], 1):
            if n >= first:
                lines.append((n, content))
        return lines

    def categories(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT category, COUNT(*) FROM claims GROUP BY category ORDER BY category")
        return dict(rows.fetchall())

    def claim_ids(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT id FROM claims ORDER BY position")]

    def number_of(self, claim_id: str) -> int | None:
        if not _storable(claim_id):
            return None
        row = self.conn.execute("SELECT n FROM claims WHERE id = ?", (claim_id,)).fetchone()
        return row[0] if row else None

    # --- search postings ------------------------------------------------------------------------

    def size(self) -> int:
        if self._size is None:
            self._size = int(self.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0])
        return self._size

    def postings(self, term: str) -> Postings | None:
        """The claims holding a term (sorted claim numbers), its BM25F weight in each and the
        fields that hold it (a bit mask over ``ranking.FIELDS``). Kept once read: a batch of
        queries reads each term once."""
        if term in self._postings:
            return self._postings[term]
        found = None
        if _storable(term):
            row = self.conn.execute(
                "SELECT docs, weights, masks FROM terms WHERE term = ?", (term,)
            ).fetchone()
            if row is not None:
                docs, weights = array("I"), array("f")
                docs.frombytes(row[0])
                weights.frombytes(row[1])
                found = Postings(docs, weights, row[2])
        self._postings[term] = found
        return found

    def flags(self) -> bytes:
        """Each claim's FIGURE_FLAG and DATE_FLAG, by claim number."""
        if self._flags is None:
            self._flags = bytes(self._blob_bytes("flags"))
        return self._flags

    def related(self) -> Related:
        """Each claim's related claims (the store's ``related``), by claim number."""
        if self._related is None:
            blob = self._blob_bytes("related")
            self._related = Related(*marshal.loads(blob)) if blob else Related(b"", b"")
        return self._related

    def positions(self) -> array[int]:
        """Each claim's place in the store, by claim number."""
        if self._positions is None:
            self._positions = array("I")
            self._positions.frombytes(self._blob_bytes("positions"))
        return self._positions

    def _blob_bytes(self, key: str) -> bytes:
        row = self.conn.execute("SELECT value FROM blobs WHERE key = ?", (key,)).fetchone()
        return bytes(row[0]) if row else b""

    def document_frequency(self, term: str) -> int:
        found = self.postings(term)
        return len(found.docs) if found else 0

    def vocabulary(self) -> tuple[list[str], list[str]]:
        """Every word of the store as written (folded), and its term: the candidates for a typo."""
        if self._vocabulary is None:
            self._vocabulary = marshal.loads(self._blob_bytes("vocabulary"))
        return self._vocabulary

    def numbers(self) -> list[str]:
        """Every number the store's claims hold (as terms), in increasing order."""
        if self._numbers is None:
            self._numbers = marshal.loads(self._blob_bytes("numbers"))
        return self._numbers

    def thesaurus(self) -> Expansions:
        """The store's thesaurus, compiled (``jpmn.core.store.thesaurus.Expansions``)."""
        if self._thesaurus is None:
            self._thesaurus = {
                tuple(words): [(tuple(other), forward) for other, forward in meant]
                for words, meant in marshal.loads(self._blob_bytes("thesaurus"))
            }
        return self._thesaurus

    def asked(self) -> dict[int, list[float]]:
        """The weight of each of a claim's readers' questions, by claim number (see
        ``_gather_asked``); {} when the store lists none."""
        if "asked" not in self.memo:
            self.memo["asked"] = marshal.loads(self._blob_bytes("asked"))
        asked: dict[int, list[float]] = self.memo["asked"]
        return asked

    def asked_question(self, number: int, question: int) -> str:
        """The text of one of a claim's readers' questions (read only for ``--explain``)."""
        if "asked_texts" not in self.memo:
            self.memo["asked_texts"] = marshal.loads(self._blob_bytes("asked_texts"))
        text: str = self.memo["asked_texts"][number][question]
        return text

    def phrase_starts(self) -> dict[str, int]:
        """The first term of each thesaurus phrase, with the longest phrase it starts."""
        if self._phrase_starts is None:
            self._phrase_starts = {}
            for words in self.thesaurus():
                if len(words) > 1:
                    self._phrase_starts[words[0]] = max(self._phrase_starts.get(words[0], 0), len(words))
        return self._phrase_starts

    def prefixed_terms(self, prefix: str, limit: int = 20) -> list[str]:
        """Words that start with the prefix (not word pairs), most frequent first."""
        rows = self.conn.execute(
            "SELECT term FROM terms WHERE term > ? AND term < ?"
            " AND instr(term, '_') = 0 AND instr(term, ':') = 0 ORDER BY df DESC, term LIMIT ?",
            (prefix, prefix + "\uffff", limit),
        )
        return [row[0] for row in rows]


class Related:
    """Each claim's related claims, read from two flat arrays: loading a list per claim would cost
    a large store tens of milliseconds on every command, for the few claims a query looks at."""

    __slots__ = ("_flat", "_starts")

    def __init__(self, starts: bytes, flat: bytes) -> None:
        self._starts, self._flat = array("I"), array("I")
        self._starts.frombytes(starts)
        self._flat.frombytes(flat)

    def __len__(self) -> int:
        return max(len(self._starts) - 1, 0)

    def __getitem__(self, number: int) -> list[int]:
        return self._flat[self._starts[number] : self._starts[number + 1]].tolist()


class Postings:
    """One term's postings: claim numbers, BM25F weights and field masks, in claim order."""

    __slots__ = ("docs", "masks", "weights")

    def __init__(self, docs: array[int], weights: array[float], masks: bytes) -> None:
        self.docs = docs
        self.weights = weights
        self.masks = masks


# --- building ------------------------------------------------------------------------------------


def claim_fields(claim: Claim) -> list[tuple[str, str]]:
    """The texts of a claim that search looks at, each with its field name; the ``source`` field
    (its outlet and title, ``_source_field``) is the same for every claim of a source and is read
    once per source."""
    fields = [("text", claim.text), ("attributed_to", claim.attributed_to), ("category", claim.category)]
    fields += [("keywords", keyword) for keyword in claim.keywords]
    if claim.value is not None:
        figure = f"{_number_text(claim.value)} {claim.unit or ''} {claim.qualifier or ''}"
        fields.append(("figure", figure))
    if claim.date:
        fields.append(("date", claim.date.replace("/", " ")))
    fields.append(("quote", claim.quote))
    return fields


def _sources(store: Store) -> dict[str, dict[str, Any]]:
    return {sid: source.to_dict() for sid, source in store.sources.items()}


def _source_field(source: dict[str, Any]) -> str:
    return f"{source.get('outlet') or ''} {source.get('title') or ''}"


def claim_body(claim: Claim) -> dict[str, Any]:
    """A claim as scripts see it (before its source id is expanded to the source record)."""
    return {
        "id": claim.id,
        "text": claim.text,
        "category": claim.category,
        "value": claim.value,
        "unit": claim.unit,
        "qualifier": claim.qualifier,
        "date": claim.date,
        "attributed_to": claim.attributed_to,
        "quoted": claim.quoted,
        "source": claim.source,
        "quote": claim.quote,
        "line": claim.line,
        "measures": claim.measures,
        "conflicts_with": list(claim.conflicts_with),
        "related": list(claim.related),
        "keywords": list(claim.keywords),
    }


_SENT_TERMS = 16384
"""Terms whose postings the helper sends at a time."""
_BATCH = 2048
"""Claims analysed together: enough to fold their texts in one pass, few enough to keep memory flat."""
_PARALLEL_CLAIMS = 20_000
"""From this many claims the analysis is shared with a forked process (below, forking costs more
than it saves)."""
_HELPER_SHARE = 0.55
"""The share of the claims whose words the helper analyses: this process locates every quote
meanwhile (on 100,000 claims, both then reach the end about together: at 0.65, set when locating
the quotes took longer, this process waited about 1.4 s for the helper)."""
_LANE = 8
"""Bits a field's count takes in a packed term frequency (a count saturates at 255)."""
_LANE_MAX = (1 << _LANE) - 1


def build(conn: sqlite3.Connection, store: Store, helper: Helper | None = None) -> None:
    """Create the index's tables in an empty database and fill them from a loaded store (and the
    thesaurus beside it); ``helper``, if begun on this store, has analysed its later claims.

    Postings are gathered term by term as the claims are read, each claim's per-field counts packed
    in one integer (8 bits a field, in ``ranking.FIELDS`` order), and weighed once every field's
    average length is known: no per-claim structure outlives its claim, so memory grows with the
    postings, not with the store's text.
    """
    from jpmn.core.store import questions, thesaurus

    expansions = thesaurus.load_beside(_store_file(store), store.path, store.reads)
    asked = questions.load_beside(
        _store_file(store), {claim.id for claim in store.claims}, store.path, store.reads
    )
    conn.executescript(_SCHEMA)
    sources = _sources(store)
    gathered = _gather(store, sources, helper)
    gathered.analyser.done()
    asked_weights, asked_texts = _gather_asked(store.claims, asked, gathered)
    weighing = _Weighing(gathered)  # a large store's terms are weighed by a forked process ...
    try:  # ... while this one writes the claims
        conn.executemany(
            "INSERT INTO sources (n, id, file, body) VALUES (?, ?, ?, ?)",
            (
                (n, sid, os.fsencode(store.source_files.get(sid) or ""), marshal.dumps(body))
                for n, (sid, body) in enumerate(sources.items())
            ),
        )
        conn.executemany(
            _INSERT_CLAIM,
            (
                (n, n, claim.id, claim.category, claim.source, claim.attributed_to, _body(claim))
                for n, claim in enumerate(store.claims)
            ),
        )
        weighing.insert(conn)
    finally:
        weighing.close()
    spellings = gathered.analyser.spellings
    words = sorted(word for word in spellings if len(word) >= 4 and not is_number(word))
    numbers = sorted(
        (term for term in gathered.counted if is_number(term) and _NUMBER.fullmatch(term)),
        key=lambda term: (float(term), term),
    )
    blobs = {
        "flags": bytes(gathered.flags),
        "positions": array("I", range(len(store.claims))).tobytes(),
        "related": marshal.dumps(_related_arrays(store)),
        "vocabulary": marshal.dumps((words, [spellings[word] for word in words])),
        "numbers": marshal.dumps(numbers),
        "asked": marshal.dumps(asked_weights),
        "asked_texts": marshal.dumps(asked_texts),
        "thesaurus": marshal.dumps(
            [
                (list(words), [(list(other), forward) for other, forward in meant])
                for words, meant in expansions.items()
            ]
        ),
    }
    conn.executemany("INSERT INTO blobs (key, value) VALUES (?, ?)", blobs.items())
    conn.commit()


class _Gathered:
    """What one pass over the claims collects for the postings."""

    def __init__(self, size: int) -> None:
        self.analyser = Analyser()
        self.counted: dict[str, tuple[array[int], array[int]]] = {}
        """Term -> (claim numbers, packed per-field counts)."""
        self.marked: dict[str, int | array[int]] = {}
        """Word pair, unit word or attribution word -> its postings, each ``claim << 8 | mask``:
        one int while only one claim holds it (most pairs), an array once more do (8 bytes a
        posting, where a list of ints takes 40)."""
        self.lengths = [array("I", bytes(4 * size)) for _field in ranking.FIELDS]
        """Each field's length in terms, by claim number."""
        self.flags = bytearray(size)

    def mark(self, term: str, posting: int) -> None:
        """Add a posting (``claim << 8 | mask``) to a term of ``marked``."""
        held = self.marked.get(term)
        if held is None:
            self.marked[term] = posting
        elif isinstance(held, int):
            self.marked[term] = array("Q", (held, posting))
        else:
            held.append(posting)

    def export(self, start: int) -> Iterator[dict[str, Any]]:
        """What was gathered from claim ``start`` on, as plain data ``marshal`` can send, in parts
        (``_SENT_TERMS`` terms' postings each, then the rest). It empties ``counted`` and
        ``marked`` as it goes: each term's postings are let go as their bytes are made, so they
        are never held twice, nor all of them sent at once."""
        counted, marked = self.counted, self.marked
        terms = list(counted)
        for first in range(0, len(terms), _SENT_TERMS):
            sent: dict[str, Any] = {}
            for term in terms[first : first + _SENT_TERMS]:
                docs, tf = counted.pop(term)
                sent[term] = (docs.tobytes(), tf.tobytes())
            yield {"counted": sent}
        terms = list(marked)
        for first in range(0, len(terms), _SENT_TERMS):
            sent = {}
            for term in terms[first : first + _SENT_TERMS]:
                held = marked.pop(term)
                sent[term] = held if isinstance(held, int) else held.tobytes()
            yield {"marked": sent}
        yield {
            "lengths": [lengths[start:].tobytes() for lengths in self.lengths],
            "flags": bytes(self.flags[start:]),
            "spellings": self.analyser.spellings,
            "start": start,
        }

    def absorb(self, part: dict[str, Any]) -> None:
        """Add a part of what ``export`` sent of later claims: their postings go after this one's."""
        for term, (docs, packed) in part.get("counted", {}).items():
            entry = self.counted.get(term)
            if entry is None:
                entry = self.counted[term] = (array("I"), array("Q"))
            entry[0].frombytes(docs)
            entry[1].frombytes(packed)
        for term, sent in part.get("marked", {}).items():  # an int, or an array's bytes
            mine = self.marked.get(term)
            if mine is None and isinstance(sent, int):
                self.marked[term] = sent
                continue
            if mine is None:
                mine = self.marked[term] = array("Q")
            elif isinstance(mine, int):
                mine = self.marked[term] = array("Q", (mine,))
            if isinstance(sent, int):
                mine.append(sent)
            else:
                mine.frombytes(sent)
        if "start" not in part:
            return
        start = part["start"]
        for lengths, sent in zip(self.lengths, part["lengths"], strict=True):
            later = array("I")
            later.frombytes(sent)
            lengths[start:] = later
        self.flags[start:] = part["flags"]
        self.analyser.spellings.update(part["spellings"])


def _gather(store: Store, sources: dict[str, dict[str, Any]], helper: Helper | None = None) -> _Gathered:
    """Analyse every claim's fields (``claim_fields``) into ``_Gathered``: a large store's later
    claims in a forked process (``Helper``) while this one reads the first ones (the work is pure
    Python, one CPU a process), a small store's all here."""
    claims = store.claims
    gathered = _Gathered(len(claims))
    if helper is None or not helper.running(len(claims)):
        helper = Helper()
        helper.begin(store, share=0.5)  # begun only now: this process has nothing else to do
    if not helper.running(len(claims)):
        _gather_range(claims, 0, len(claims), sources, gathered)
        return gathered
    absorbed = False
    try:
        _gather_range(claims, 0, helper.start, sources, gathered)
        for part in helper.parts():
            gathered.absorb(part)
            absorbed = True
        return gathered
    except Failed:  # the helper failed (out of memory, killed)
        pass
    finally:
        helper.close()
    if absorbed:  # after sending some of its part: all is analysed here again
        gathered = _Gathered(len(claims))
        _gather_range(claims, 0, len(claims), sources, gathered)
    else:  # before sending any: its share is analysed here
        _gather_range(claims, helper.start, len(claims), sources, gathered)
    return gathered


class Helper:
    """A forked process analysing the words of a large store's later claims (from ``start``).

    ``begin`` starts it as soon as the store's claims are read (``loader.load(validated=...)``),
    so that it works while this process locates the quotes and writes the claims, which it does
    not need; ``build`` then reads the first claims here and takes its part. This process has
    the more work before it reaches the words, so the helper takes the larger share
    (``_HELPER_SHARE``).
    """

    def __init__(self) -> None:
        self.start = 0
        self._size = 0
        self._forked: Forked | None = None

    @property
    def child(self) -> int:
        """The helper process while it works (0 before it begins, once it has sent all, or without one)."""
        return self._forked.child if self._forked is not None else 0

    def begin(self, store: Store, share: float = _HELPER_SHARE) -> None:
        """Start the helper on a store's claims, if the store is large and a second CPU is free:
        it takes ``share`` of them, the last ones."""
        claims = store.claims
        if self.child or len(claims) < _PARALLEL_CLAIMS or not _can_share():
            return
        stem("a")  # the stemmer is loaded once, here, not by both processes
        sources = _sources(store)
        start = len(claims) - int(len(claims) * share)
        self._forked = Forked(lambda: _gather_child(claims, start, sources), shared=True)
        self.start, self._size = start, len(claims)

    def running(self, size: int) -> bool:
        """Whether the helper is at work on a store of this many claims."""
        return bool(self.child) and size == self._size

    def parts(self) -> Iterator[dict[str, Any]]:
        """What the helper gathered, part by part as it sends them (``_Gathered.export``); raises
        Failed if it ends without sending them all."""
        return self._forked.parts() if self._forked is not None else iter(())

    def close(self) -> None:
        """End the helper if its work is moot (the store had a problem, or this process is ending)."""
        if self._forked is not None:
            self._forked.close()


def _gather_child(
    claims: list[Claim], start: int, sources: dict[str, dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """The helper's work, in the forked process: gather claims ``start:``, then give them part by
    part (``forked`` sends them down the pipe)."""
    part = _Gathered(len(claims))
    _gather_range(claims, start, len(claims), sources, part)
    return part.export(start)


def _gather_range(
    claims: list[Claim], start: int, stop: int, sources: dict[str, dict[str, Any]], gathered: _Gathered
) -> None:
    """Analyse claims ``start:stop`` into ``gathered``, batch by batch."""
    field_number = {field: i for i, field in enumerate(ranking.FIELDS)}
    text_field, keyword_field = field_number["text"], field_number["keywords"]
    source_field, by_field = field_number["source"], field_number["attributed_to"]
    text_mark, keyword_mark = 1 << text_field, 1 << keyword_field
    source_terms: dict[str, list[str]] = {}
    counted, counted_get = gathered.counted, gathered.counted.get
    marked, marked_get = gathered.marked, gathered.marked.get
    lengths, flags = gathered.lengths, gathered.flags
    for first in range(start, stop, _BATCH):
        batch = claims[first : min(first + _BATCH, stop)]
        owners: list[int] = []  # the field number of each text, claim after claim
        sizes: list[int] = []  # how many texts each claim has
        texts: list[str] = []
        for claim in batch:
            fields = claim_fields(claim)
            sizes.append(len(fields))
            for name, text in fields:
                owners.append(field_number[name])
                texts.append(text)
        analysed = gathered.analyser.analyse(texts)
        at = 0
        for n, claim, size in zip(range(first, first + len(batch)), batch, sizes, strict=True):
            per_field: dict[int, list[str]] = {}
            marks: dict[str, int] = {}
            for number, words in zip(owners[at : at + size], analysed[at : at + size], strict=True):
                held = list(filter(None, words))  # ``found``: a term is never empty
                if number in per_field:
                    per_field[number].extend(held)
                else:
                    per_field[number] = held
                if number == text_field:  # pairs within one text only, never across two
                    marks.update(dict.fromkeys(adjacent(words), text_mark))
                elif number == keyword_field:
                    for pair in adjacent(words):
                        marks[pair] = marks.get(pair, 0) | keyword_mark
            at += size
            if claim.source in sources:  # the same words for every claim of a source: read once
                if claim.source not in source_terms:
                    source_terms[claim.source] = found(
                        gathered.analyser.analyse([_source_field(sources[claim.source])])[0]
                    )
                per_field[source_field] = source_terms[claim.source]
            packed: dict[str, int] = {}
            for number, field_terms in per_field.items():
                lengths[number][n] = len(field_terms)
                one = 1 << number * _LANE
                if len(field_terms) <= _LANE_MAX:  # no count can overflow its 8 bits
                    for term in field_terms:
                        packed[term] = packed.get(term, 0) + one
                else:
                    for term, count in Counter(field_terms).items():
                        packed[term] = packed.get(term, 0) + min(count, _LANE_MAX) * one
            for term, value in packed.items():
                entry = counted_get(term)
                if entry is None:
                    entry = counted[term] = (array("I"), array("Q"))
                entry[0].append(n)
                entry[1].append(value)
            for term, _word in analyse(claim.unit or "")[0]:
                marks[ranking.UNIT_PREFIX + term] = 0
            for term in per_field.get(by_field, ()):
                marks[ranking.BY_PREFIX + term] = 0
            if claim.conflicts_with:
                marks[ranking.DISPUTED] = text_mark
            base = n << 8
            for term, mask in marks.items():  # ``_Gathered.mark``, written out: the hottest loop
                posting = base | mask
                listed = marked_get(term)
                if listed is None:
                    marked[term] = posting
                elif isinstance(listed, int):
                    marked[term] = array("Q", (listed, posting))
                else:
                    listed.append(posting)
            in_text = per_field.get(text_field, ())
            numbers = [term for term in in_text if term[0].isdigit()]  # ``is_number``
            figure = claim.value is not None or any(not _YEAR.fullmatch(term) for term in numbers)
            to_the_day = len(claim.date or "") >= 7 or (
                not MOMENTS.isdisjoint(in_text) and _moment_outside_notes(claim.text)
            )
            timed = bool(claim.date) or to_the_day or any(_YEAR.fullmatch(term) for term in numbers)
            flags[n] = (
                (FIGURE_FLAG if figure else 0)
                | (DATE_FLAG if claim.date else 0)
                | (DAY_FLAG if to_the_day else 0)
                | (TIMED_FLAG if timed else 0)
                | (EXACT_DAY_FLAG if len(claim.date or "") >= 10 or _A_DAY.search(claim.text) else 0)
            )


def _gather_asked(
    claims: list[Claim], asked: dict[str, tuple[str, ...]], gathered: _Gathered
) -> tuple[dict[int, list[float]], dict[int, tuple[str, ...]]]:
    """Index the readers' questions of each claim (``questions.yaml``): postings of "q:TERM", each
    ``claim << 8 | question`` (the question's number among its claim's), read as a query's words
    are. Returns, by claim number, the weight of each question (the sum of its terms'
    ``asked_weight``: what search needs to tell how much of a question a query holds) and their
    texts (kept apart: only ``--explain`` reads them)."""
    size = len(claims)
    counted = gathered.counted
    weights: dict[int, list[float]] = {}
    texts: dict[int, tuple[str, ...]] = {}
    for n, claim in enumerate(claims):
        listed = asked.get(claim.id, ())
        if not listed:
            continue
        for k, question in enumerate(listed):
            held = dict.fromkeys(terms(question, query=True))
            for term in held:
                gathered.mark(ranking.ASKED_PREFIX + term, n << 8 | k)
            weights.setdefault(n, []).append(
                sum(
                    ranking.asked_weight(len(counted[term][0]) if term in counted else 0, size)
                    for term in held
                )
            )
        texts[n] = listed
    return weights, texts


_ROWS_SENT = 8192
"""Term rows the forked weighing process sends at a time."""


class _Weighing:
    """The rows of the terms table, written by ``insert``: the rows of terms one claim holds
    (``_single_rows``, made in C) first, then the others (``_term_rows``, the Python work). For a
    large store, a forked process makes the others meanwhile (begun at once, so it also works
    while this process writes the claims) and sends them in batches; if it fails, the rows it did
    not send are made here. The same rows either way, in the same order."""

    def __init__(self, gathered: _Gathered) -> None:
        self.gathered = gathered
        self.singles, self.factors, self.once = _weighing(gathered)
        self.forked: Forked | None = None
        if len(gathered.flags) >= _PARALLEL_CLAIMS and _can_share():
            self.forked = Forked(self._batches)

    def _rows(self) -> Iterator[tuple[str, int, bytes, bytes, bytes]]:
        return _term_rows(self.gathered, self.singles, self.factors, self.once)

    def _batches(self) -> Iterator[list[tuple[str, int, bytes, bytes, bytes]]]:
        rows = self._rows()
        while batch := list(islice(rows, _ROWS_SENT)):
            yield batch

    def insert(self, conn: sqlite3.Connection) -> None:
        conn.executemany(_INSERT_TERM, _single_rows(self.gathered.marked, self.singles))
        if self.forked is None:
            conn.executemany(_INSERT_TERM, self._rows())
            return
        inserted = 0
        try:
            for batch in self.forked.parts():
                conn.executemany(_INSERT_TERM, batch)
                inserted += len(batch)
        except Failed:  # killed, out of memory: the rest is made here
            conn.executemany(_INSERT_TERM, islice(self._rows(), inserted, None))

    def close(self) -> None:
        """End the forked process if its rows are no longer wanted (the build failed)."""
        if self.forked is not None:
            self.forked.close()


def _weighing(gathered: _Gathered) -> tuple[list[str], list[list[float]], list[list[float]]]:
    """What weighing the terms needs, now that every field's average length is known: the weight is
    field-weighted, length-normalised occurrences, saturated; word pairs, units and attributions
    weigh nothing. Returns the terms one claim holds (``singles``) and each field's ``factors``
    and ``once`` by claim number."""
    size = len(gathered.flags)
    lengths = gathered.lengths
    average = {field: sum(lengths[i]) / max(size, 1) for i, field in enumerate(ranking.FIELDS)}
    present = [i for i, field in enumerate(ranking.FIELDS) if sum(lengths[i])]
    saturation = ranking.K1
    # Each claim's factor for one occurrence in each field (the field's weight over its length
    # norm), and the weight of a term its claim holds once, in one field (most postings): both
    # depend on the field's length alone, so each is computed once per length a field has.
    factors: list[list[float]] = []
    once: list[list[float]] = []
    for i, field in enumerate(ranking.FIELDS):
        if i not in present:
            factors.append([0.0] * size)
            once.append([0.0] * size)
            continue
        factor_of = {
            length: ranking.occurrence_factor(field, length, average[field]) for length in set(lengths[i])
        }
        once_of = {length: factor / (saturation + factor) for length, factor in factor_of.items()}
        factors.append(list(map(factor_of.__getitem__, lengths[i])))
        once.append(list(map(once_of.__getitem__, lengths[i])))
    # A pair only one claim holds (most terms) is one posting: its rows are made in C (``map``),
    # before the other terms' (``_single_rows``). Each run is in key order: SQLite appends to its tree.
    singles = sorted(term for term, held in gathered.marked.items() if isinstance(held, int))
    return singles, factors, once


def _term_rows(
    gathered: _Gathered, singles: list[str], factors: list[list[float]], once: list[list[float]]
) -> Iterator[tuple[str, int, bytes, bytes, bytes]]:
    """The rows of the terms that are not ``singles``, in key order (see ``_weigh``)."""
    saturation = ranking.K1
    weight_rows: dict[int, list[float] | _MixedWeights] = {
        1 << field * _LANE: once[field] for field in range(len(factors))
    }
    """Each packed count seen so far, with its weight by claim number: a field's ``once`` for one
    occurrence in one field, else the sum over its fields. Looked up per posting in C (``map``),
    not by a Python call per posting."""
    mask_of: dict[int, int] = {}
    counted, marked = gathered.counted, gathered.marked
    no_weight = bytes(4)
    for term in sorted(counted.keys() | (marked.keys() - set(singles))):
        held = marked.get(term)
        if held is not None:  # word pairs, units and attributions weigh nothing
            assert not isinstance(held, int)
            docs = array("I", [posting >> 8 for posting in held])
            yield term, len(held), docs.tobytes(), no_weight * len(held), bytes([p & 0xFF for p in held])
        else:
            numbers, packed_counts = counted[term]
            kinds = set(packed_counts)
            for packed in kinds - mask_of.keys():
                mask_of[packed] = _mask(packed)
                if packed not in weight_rows:
                    weight_rows[packed] = _MixedWeights(packed, factors, saturation)
            if len(kinds) == 1:  # every claim holds the term alike (once, in one field: most)
                (packed,) = kinds
                weights = array("f", map(weight_rows[packed].__getitem__, numbers))
                masks = _ONE_BYTE[mask_of[packed]] * len(numbers)
            else:
                rows = map(weight_rows.__getitem__, packed_counts)
                weights = array("f", map(operator.getitem, rows, numbers))
                masks = bytes(map(mask_of.__getitem__, packed_counts))
            yield term, len(numbers), numbers.tobytes(), weights.tobytes(), masks


def _single_rows(
    marked: dict[str, int | array[int]], singles: list[str]
) -> Iterable[tuple[str, int, bytes, bytes, bytes]]:
    """The rows of terms one claim holds, each a single posting ``claim << 8 | mask``."""
    postings = cast("list[int]", list(map(marked.__getitem__, singles)))
    return zip(
        singles,
        repeat(1),
        map(methodcaller("to_bytes", 4, sys.byteorder), map((8).__rrshift__, postings)),  # claim
        repeat(bytes(4)),  # no weight
        map(_ONE_BYTE.__getitem__, map((0xFF).__and__, postings)),  # mask
    )


_ONE_BYTE = [bytes([mask]) for mask in range(256)]


class _MixedWeights:
    """The weight, by claim number, of a term held more than once or in more than one field: its
    field-weighted, length-normalised occurrences, saturated."""

    __slots__ = ("_counted", "_saturation")

    def __init__(self, packed: int, factors: list[list[float]], saturation: float) -> None:
        self._counted = [
            (packed >> field * _LANE & _LANE_MAX, factors[field])
            for field in range(len(factors))
            if packed >> field * _LANE & _LANE_MAX
        ]
        self._saturation = saturation

    def __getitem__(self, n: int) -> float:
        weighted = 0.0
        for count, field_factors in self._counted:
            weighted += count * field_factors[n]
        return weighted / (self._saturation + weighted)


def _mask(packed: int) -> int:
    """The fields (a bit each) whose 8-bit count in a packed term frequency is not zero."""
    mask = 0
    field = 0
    while packed:
        if packed & _LANE_MAX:
            mask |= 1 << field
        packed >>= _LANE
        field += 1
    return mask


def _moment_outside_notes(text: str) -> bool:
    """Whether a text names a month or a day outside its notes in brackets: "in 2026 ('next year'
    in the July 2025 article)" dates the event to the year alone."""
    if "(" not in text:
        return True
    return any(term in MOMENTS for term, _word in analyse(_NOTE.sub(" ", text))[0])


_NOTE = re.compile(r"\([^()]*\)")
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_A_DAY = re.compile(
    rf"\b{_MONTH_NAME}\.? \d{{1,2}}\b|\b\d{{1,2}} {_MONTH_NAME}\b"
    r"|\b(?:" + "|".join(day.title() for day in WEEKDAYS) + r")\b"
)
"""A day named in a sentence: "July 8", "Sept. 3", "8 July", "on Wednesday"."""
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
"""A number that is a year says when, not how many."""

_INSERT_TERM = "INSERT INTO terms (term, df, docs, weights, masks) VALUES (?, ?, ?, ?, ?)"
_INSERT_CLAIM = (
    "INSERT INTO claims (n, position, id, category, source, attributed_to, body) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _body(claim: Claim) -> bytes:
    return marshal.dumps(claim_body(claim))


def _related_arrays(store: Store) -> tuple[bytes, bytes]:
    """Each claim's related claims, by claim number, as ``Related`` reads them: where each claim's
    list starts in one flat array (and where the last ends), and that array."""
    number = {claim.id: n for n, claim in enumerate(store.claims)}
    starts, flat = array("I", [0]), array("I")
    for claim in store.claims:
        flat.extend(number[other] for other in claim.related if other in number)
        starts.append(len(flat))
    return starts.tobytes(), flat.tobytes()


def _store_file(store: Store) -> str:
    """The store's own file (``store.path`` is the name it is shown by)."""
    read = store.reads.get("")
    return read.path if read is not None else store.path


def _storable(text: str) -> bool:
    """SQLite takes only valid UTF-8: an argument with undecodable bytes matches nothing."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _number_text(value: int | float) -> str:
    return str(value) if isinstance(value, int) else repr(value).rstrip("0").rstrip(".")
