"""The derived index: a SQLite database built from a store, so reading commands skip YAML parsing.

This module holds what the index contains (``build``) and how it is read (``Index``). Where it
is kept, and when a kept one may be reused, is ``jpmn.core.index.cache``'s business alone: the
two meet at ``build(conn, store)`` and ``Index(conn)``.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
from array import array

from jpmn.core.files import MAX_SOURCE_BYTES
from jpmn.core.text import analyse, deletions, is_number

TYPE_CHECKING = False  # typing costs start-up time; mypy reads these imports all the same
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from jpmn.core.store import Claim, Store

# How much a word counts for a claim depending on where it stands: the claim's own words most,
# the verbatim quote less (it often holds neighbouring facts), the source title least. A word
# found in more than one field (the claim says it and so does its quote) counts a little more.
FIELD_WEIGHTS = {
    "text": 100,
    "keywords": 100,
    "figure": 100,
    "attributed_to": 90,
    "category": 80,
    "date": 80,
    "quote": 60,
    "source": 40,
}
EXTRA_FIELD_WEIGHT = 5
FIGURE_FLAG = 1 << 15
"""Set in a claim's length entry when it carries a figure."""
DATE_FLAG = 1 << 14
"""Set in a claim's length entry when it is dated."""
LENGTH_MASK = DATE_FLAG - 1
UNIT_PREFIX = "u:"
"""Postings of "u:WORD" list the claims whose figure's unit holds WORD."""
BY_PREFIX = "a:"
"""Postings of "a:WORD" list the claims attributed to someone whose name holds WORD."""
MAX_WEIGHT = max(FIELD_WEIGHTS.values()) + 2 * EXTRA_FIELD_WEIGHT

_SCHEMA = """
CREATE TABLE blobs (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE sources (n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, file TEXT, body BLOB NOT NULL);
CREATE TABLE claims (
    n INTEGER PRIMARY KEY, position INTEGER NOT NULL, id TEXT UNIQUE NOT NULL,
    category TEXT NOT NULL, source TEXT NOT NULL, attributed_to TEXT NOT NULL, body BLOB NOT NULL
);
CREATE INDEX claims_position ON claims (position);
CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL, docs BLOB NOT NULL, weights BLOB NOT NULL)
    WITHOUT ROWID;
CREATE TABLE deletions (key TEXT NOT NULL, word TEXT NOT NULL, term TEXT NOT NULL);
CREATE UNIQUE INDEX deletions_key ON deletions (key, word);
"""


class Index:
    """Read access to one store's claims, sources and search postings."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._sources: dict[str, dict[str, Any]] | None = None

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
        return int(self.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0])

    def postings(self, term: str) -> tuple[array[int], bytes] | None:
        """The claims holding a term (sorted claim numbers) and the term's weight in each."""
        row = self.conn.execute("SELECT docs, weights FROM terms WHERE term = ?", (term,)).fetchone()
        if row is None:
            return None
        docs = array("I")
        docs.frombytes(row[0])
        return docs, row[1]

    def lengths(self) -> array[int]:
        """Words in each claim's text and keywords, by claim number, with FIGURE_FLAG and DATE_FLAG."""
        return self._blob("lengths", "H")

    def positions(self) -> array[int]:
        """Each claim's place in the store, by claim number (numbers outlive edits; places do not)."""
        return self._blob("positions", "I")

    def _blob(self, key: str, kind: str) -> array[int]:
        row = self.conn.execute("SELECT value FROM blobs WHERE key = ?", (key,)).fetchone()
        values = array(kind)
        values.frombytes(row[0])
        return values

    def document_frequency(self, term: str) -> int:
        row = self.conn.execute("SELECT df FROM terms WHERE term = ?", (term,)).fetchone()
        return int(row[0]) if row else 0

    def near_words(self, word: str) -> list[tuple[str, str]]:
        """(word, its term) for indexed words sharing the word or one of its one-letter deletions:
        the candidates for a typo."""
        keys = [word, *deletions(word)]
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(f"SELECT DISTINCT word, term FROM deletions WHERE key IN ({marks})", keys)
        return sorted(rows.fetchall())

    def prefixed_terms(self, prefix: str, limit: int = 20) -> list[str]:
        """Words that start with the prefix (not word pairs), most frequent first."""
        rows = self.conn.execute(
            "SELECT term FROM terms WHERE term > ? AND term < ?"
            " AND instr(term, '_') = 0 AND instr(term, ':') = 0 ORDER BY df DESC, term LIMIT ?",
            (prefix, prefix + "\uffff", limit),
        )
        return [row[0] for row in rows]


# --- building ------------------------------------------------------------------------------------


def claim_fields(claim: Claim, source: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The texts of a claim that search looks at, each with its field name."""
    fields = [("text", claim.text), ("attributed_to", claim.attributed_to), ("category", claim.category)]
    fields += [("keywords", keyword) for keyword in claim.keywords]
    if claim.value is not None:
        figure = f"{_number_text(claim.value)} {claim.unit or ''} {claim.qualifier or ''}"
        fields.append(("figure", figure))
    if claim.date:
        fields.append(("date", claim.date.replace("/", " ")))
    fields.append(("quote", claim.quote))
    if source:
        fields.append(("source", f"{source.get('outlet') or ''} {source.get('title') or ''}"))
    return fields


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
        "source": claim.source,
        "quote": claim.quote,
        "line": claim.line,
        "measures": claim.measures,
        "conflicts_with": list(claim.conflicts_with),
        "related": list(claim.related),
        "keywords": list(claim.keywords),
    }


def claim_terms(
    claim: Claim, source: dict[str, Any] | None, spellings: dict[str, str]
) -> tuple[dict[str, int], int]:
    """A claim's search terms with their weights, and its length entry (with FIGURE/DATE flags).

    Every word seen is noted in ``spellings`` (word as written -> term), for typo lookups.
    """
    best: dict[str, int] = {}
    fields_with: dict[str, set[str]] = {}
    for field, text in claim_fields(claim, source):
        weight = FIELD_WEIGHTS[field]
        for term, word in analyse(text)[0]:
            spellings[word] = term
            fields_with.setdefault(term, set()).add(field)
            if best.get(term, 0) < weight:
                best[term] = weight
    weights = {
        term: weight + EXTRA_FIELD_WEIGHT * min(len(fields_with[term]) - 1, 2)
        for term, weight in best.items()
    }
    length = 0
    for text in (claim.text, *claim.keywords):  # pairs within one text, never across two
        found, joined = analyse(text)
        length += len(found)
        for pair in joined:
            weights[pair] = MAX_WEIGHT
    for term, _word in analyse(claim.unit or "")[0]:
        weights[UNIT_PREFIX + term] = 1
    for term, _word in analyse(claim.attributed_to)[0]:
        weights[BY_PREFIX + term] = 1
    flags = (FIGURE_FLAG if claim.value is not None else 0) | (DATE_FLAG if claim.date else 0)
    return weights, min(length, LENGTH_MASK) | flags


def build(conn: sqlite3.Connection, store: Store) -> None:
    """Create the index's tables in an empty database and fill them from a loaded store."""
    conn.executescript(_SCHEMA)
    sources = {sid: source.to_dict() for sid, source in store.sources.items()}
    conn.executemany(
        "INSERT INTO sources (n, id, file, body) VALUES (?, ?, ?, ?)",
        (
            (n, sid, os.fsencode(store.source_files.get(sid) or ""), marshal.dumps(body))
            for n, (sid, body) in enumerate(sources.items())
        ),
    )
    postings: dict[str, dict[int, int]] = {}
    spellings: dict[str, str] = {}
    lengths = array("H")
    rows = []
    for n, claim in enumerate(store.claims):
        body = marshal.dumps(claim_body(claim))
        rows.append((n, n, claim.id, claim.category, claim.source, claim.attributed_to, body))
        weights, length = claim_terms(claim, sources.get(claim.source), spellings)
        lengths.append(length)
        for term, weight in weights.items():
            postings.setdefault(term, {})[n] = weight
    conn.executemany(_INSERT_CLAIM, rows)
    conn.executemany(
        "INSERT INTO terms (term, df, docs, weights) VALUES (?, ?, ?, ?)",
        (
            (term, len(docs), array("I", docs.keys()).tobytes(), bytes(docs.values()))
            for term, docs in postings.items()
        ),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO deletions (key, word, term) VALUES (?, ?, ?)", _deletion_rows(spellings)
    )
    conn.execute("INSERT INTO blobs (key, value) VALUES ('lengths', ?)", (lengths.tobytes(),))
    positions = array("I", range(len(store.claims)))
    conn.execute("INSERT INTO blobs (key, value) VALUES ('positions', ?)", (positions.tobytes(),))
    conn.commit()


_INSERT_CLAIM = (
    "INSERT INTO claims (n, position, id, category, source, attributed_to, body) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _deletion_rows(spellings: dict[str, str]) -> Iterable[tuple[str, str, str]]:
    return (
        (key, word, term)
        for word, term in spellings.items()
        if not is_number(word) and len(word) >= 4
        for key in (word, *deletions(word))
    )


def _storable(text: str) -> bool:
    """SQLite takes only valid UTF-8: an argument with undecodable bytes matches nothing."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _number_text(value: int | float) -> str:
    return str(value) if isinstance(value, int) else repr(value).rstrip("0").rstrip(".")
