"""The derived index: a SQLite file built from a store, so reading commands skip YAML parsing.

It lives in the user's cache directory, keyed on the store's path, size, mtime and content hash
(and its source files' size and mtime). It is written atomically, and rebuilt whenever it is
stale or unreadable. It is never a reason to fail: without a writable cache directory it is built
in memory, by the same code, so answers are identical either way.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import sys
from array import array

from .text import deletions, is_number, pairs, terms, words

TYPE_CHECKING = False  # typing costs start-up time; mypy reads these imports all the same
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from .store import Claim, Store

FORMAT = f"jpmn-index-15 marshal-{marshal.version} py{sys.version_info[0]}.{sys.version_info[1]}"
"""Records are stored with marshal (no import cost, unlike json); it ties the cache to Python's."""

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
CREATE TABLE meta (key TEXT PRIMARY KEY, value NOT NULL);
CREATE TABLE blobs (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE sources (n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, file TEXT, body BLOB NOT NULL);
CREATE TABLE claims (
    n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, category TEXT NOT NULL,
    source TEXT NOT NULL, attributed_to TEXT NOT NULL, body BLOB NOT NULL
);
CREATE INDEX claims_category ON claims (category);
CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL, docs BLOB NOT NULL, weights BLOB NOT NULL)
    WITHOUT ROWID;
CREATE TABLE deletions (key TEXT NOT NULL, word TEXT NOT NULL, term TEXT NOT NULL);
CREATE INDEX deletions_key ON deletions (key);
"""


def cache_dir() -> str | None:
    """``$JPMN_CACHE_DIR``, else the XDG cache directory; None when caching is turned off."""
    if os.environ.get("JPMN_NO_CACHE"):
        return None
    explicit = os.environ.get("JPMN_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "jpmn")


class Index:
    """Read access to one store's claims, sources and search postings."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._sources: dict[str, dict[str, Any]] | None = None

    # --- opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, store_path: str, shown: str) -> Index:
        """The store's index from the cache when fresh, else built now (and cached when possible)."""
        store_path = os.path.abspath(store_path)
        folder = cache_dir()
        cache_file = os.path.join(folder, f"{_path_key(store_path)}.sqlite3") if folder else None
        if cache_file is not None:
            cached = _open_cached(cache_file, store_path)
            if cached is not None:
                return cls(cached)
        from . import store as store_module

        store = store_module.load(store_path, shown)
        if cache_file is not None:
            try:
                return cls(_write_cache(cache_file, store_path, store))
            except (OSError, sqlite3.Error, ValueError):
                pass  # an unwritable or full cache directory: build in memory instead
        conn = sqlite3.connect(":memory:")
        _build(conn, store_path, store)
        return cls(conn)

    # --- records --------------------------------------------------------------------------------

    def sources(self) -> dict[str, dict[str, Any]]:
        if self._sources is None:
            rows = self.conn.execute("SELECT id, body FROM sources ORDER BY n")
            self._sources = {row[0]: marshal.loads(row[1]) for row in rows}
        return self._sources

    def _expand(self, body: bytes) -> dict[str, Any]:
        claim: dict[str, Any] = marshal.loads(body)
        source = self.sources().get(claim["source"])
        claim["source"] = {
            key: (source or {}).get(key) for key in ("id", "outlet", "title", "author", "published", "path")
        }
        claim["source"]["id"] = (source or {}).get("id", claim["source"]["id"])
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
            rows = self.conn.execute("SELECT n, body FROM claims ORDER BY n")
        else:
            rows = self.conn.execute("SELECT n, body FROM claims WHERE category = ? ORDER BY n", (category,))
        for number, body in rows:
            yield number, self._expand(body)

    def claim_facets(self) -> Iterable[tuple[int, str, str, str]]:
        """(number, category, source id, attributed_to) of every claim, for filters."""
        yield from self.conn.execute("SELECT n, category, source, attributed_to FROM claims ORDER BY n")

    def source_counts(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT source, COUNT(*) FROM claims GROUP BY source").fetchall())

    def source_lines(self, claim: dict[str, Any], around: int) -> list[tuple[int, str]]:
        """The lines of the source file around the claim's quote, numbered; [] if unreadable."""
        line = claim.get("line")
        row = self.conn.execute("SELECT file FROM sources WHERE id = ?", (claim["source"]["id"],)).fetchone()
        if not line or not row or not row[0]:
            return []
        try:
            with open(os.fsdecode(row[0]), encoding="utf-8-sig", errors="replace") as handle:
                lines = handle.read().split("\n")
        except OSError:
            return []
        first = max(line - around, 1)
        return [(n, lines[n - 1]) for n in range(first, min(line + around, len(lines)) + 1)]

    def categories(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT category, COUNT(*) FROM claims GROUP BY category ORDER BY category")
        return dict(rows.fetchall())

    def claim_ids(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT id FROM claims ORDER BY n")]

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
        row = self.conn.execute("SELECT value FROM blobs WHERE key = 'lengths'").fetchone()
        lengths = array("H")
        lengths.frombytes(row[0])
        return lengths

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
        "conflicts_with": list(claim.conflicts_with),
        "related": list(claim.related),
        "keywords": list(claim.keywords),
    }


def _build(conn: sqlite3.Connection, store_path: str, store: Store) -> None:
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
        rows.append((n, claim.id, claim.category, claim.source, claim.attributed_to, body))
        best: dict[str, int] = {}
        fields_with: dict[str, set[str]] = {}
        for field, text in claim_fields(claim, sources.get(claim.source)):
            weight = FIELD_WEIGHTS[field]
            for term, word in words(text):
                spellings[word] = term
                fields_with.setdefault(term, set()).add(field)
                if best.get(term, 0) < weight:
                    best[term] = weight
        weights = {
            term: weight + EXTRA_FIELD_WEIGHT * min(len(fields_with[term]) - 1, 2)
            for term, weight in best.items()
        }
        length = len(terms(claim.text)) + sum(len(terms(keyword)) for keyword in claim.keywords)
        flags = (FIGURE_FLAG if claim.value is not None else 0) | (DATE_FLAG if claim.date else 0)
        lengths.append(min(length, LENGTH_MASK) | flags)
        for term in terms(claim.unit or ""):
            weights[UNIT_PREFIX + term] = 1
        for term in terms(claim.attributed_to):
            weights[BY_PREFIX + term] = 1
        for text in (claim.text, *claim.keywords):  # pairs within one text, never across two
            for pair in pairs(text):
                weights[pair] = MAX_WEIGHT
        for term, weight in weights.items():
            postings.setdefault(term, {})[n] = weight
    conn.executemany(
        "INSERT INTO claims (n, id, category, source, attributed_to, body) VALUES (?, ?, ?, ?, ?, ?)", rows
    )
    conn.executemany(
        "INSERT INTO terms (term, df, docs, weights) VALUES (?, ?, ?, ?)",
        (
            (term, len(docs), array("I", docs.keys()).tobytes(), bytes(docs.values()))
            for term, docs in postings.items()
        ),
    )
    conn.executemany(
        "INSERT INTO deletions (key, word, term) VALUES (?, ?, ?)",
        (
            (key, word, term)
            for word, term in spellings.items()
            if not is_number(word) and len(word) >= 4
            for key in (word, *deletions(word))
        ),
    )
    source_files = sorted({os.fsencode(os.path.abspath(path)) for path in store.source_files.values()})
    meta: dict[str, str | bytes] = {
        "format": FORMAT,
        "store": os.fsencode(store_path),
        "store_stat": _stat_print(store_path),
        "sha256": _sha256(store_path),
        "source_files": b"\n".join(source_files),
        "sources_stat": b"\n".join(_stat_print(os.fsdecode(path)) for path in source_files),
    }
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
    conn.execute("INSERT INTO blobs (key, value) VALUES ('lengths', ?)", (lengths.tobytes(),))
    conn.commit()


def _write_cache(cache_file: str, store_path: str, store: Store) -> sqlite3.Connection:
    os.makedirs(os.path.dirname(cache_file), exist_ok=True)
    temporary = f"{cache_file}.{os.getpid()}.tmp"
    try:
        conn = sqlite3.connect(temporary)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            _build(conn, store_path, store)
        finally:
            conn.close()
        os.replace(temporary, cache_file)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return _connect_read_only(cache_file)


def _open_cached(cache_file: str, store_path: str) -> sqlite3.Connection | None:
    """The cached index if it still describes the store and its sources, else None.

    Unchanged size, mtime, ctime and inode mean an unchanged file (ctime cannot be set back by
    ``touch`` or ``cp -p``); when only the store's differ, its content hash decides.
    """
    try:
        if not os.path.isfile(cache_file):
            return None
        conn = _connect_read_only(cache_file)
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("format") != FORMAT or meta.get("store") != os.fsencode(store_path):
            conn.close()
            return None
        sources = meta["source_files"].split(b"\n") if meta["source_files"] else []
        fresh = meta["sources_stat"] == b"\n".join(_stat_print(os.fsdecode(p)) for p in sources)
        store_stat = _stat_print(store_path)
        if fresh and meta["store_stat"] != store_stat:
            fresh = meta["sha256"] == _sha256(store_path)
            if fresh:
                _remember_stat(cache_file, store_stat)
        if not fresh:
            conn.close()
            return None
        return conn
    except Exception:  # whatever is wrong with a cache file, it is rebuilt, never a reason to fail
        return None


def _remember_stat(cache_file: str, store_stat: bytes) -> None:
    """The store was touched but not changed: note its new stat so the hash is not read again."""
    try:
        with sqlite3.connect(cache_file) as writable:
            writable.execute("UPDATE meta SET value = ? WHERE key = 'store_stat'", (store_stat,))
        writable.close()
    except (sqlite3.Error, OSError, ValueError):
        pass  # a read-only cache: the hash is read again next time, that is all


def _connect_read_only(path: str) -> sqlite3.Connection:
    # Read-only, and immutable-free so a rebuilt file replaced under us is still read consistently.
    uri = "file:" + os.path.abspath(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return sqlite3.connect(f"{uri}?mode=ro", uri=True)


def _stat_print(path: str) -> bytes:
    try:
        info = os.stat(path)
    except OSError:
        return b"missing"
    return f"{info.st_size} {info.st_mtime_ns} {info.st_ctime_ns} {info.st_ino}".encode()


def _storable(text: str) -> bool:
    """SQLite takes only valid UTF-8: an argument with undecodable bytes matches nothing."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _sha256(path: str) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _path_key(store_path: str) -> str:
    """A file name for the store's cache; a collision only costs a rebuild (meta names the store)."""
    import zlib

    data = store_path.encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def _number_text(value: int | float) -> str:
    return str(value) if isinstance(value, int) else repr(value).rstrip("0").rstrip(".")
