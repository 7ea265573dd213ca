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

from jpmn.core.locations import cache_dir
from jpmn.core.text import analyse, deletions, is_number

TYPE_CHECKING = False  # typing costs start-up time; mypy reads these imports all the same
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any

    from jpmn.core.store import Claim, Store

FORMAT = f"jpmn-index-18 marshal-{marshal.version} py{sys.version_info[0]}.{sys.version_info[1]}"
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
    n INTEGER PRIMARY KEY, position INTEGER NOT NULL, key BLOB, id TEXT UNIQUE NOT NULL,
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
        """The store's index from the cache when fresh, else built now (and cached when possible)."""
        store_path = os.path.abspath(store_path)
        folder = cache_dir()
        cache_file = os.path.join(folder, f"{_path_key(store_path)}.sqlite3") if folder else None
        if cache_file is not None:
            cached = _open_cached(cache_file, store_path)
            if cached is not None:
                return cls(cached)
            updated = _update_cache(cache_file, store_path, shown)
            if updated is not None:
                return cls(updated)
        from jpmn.core.store import loader as store_module

        store = store_module.load(store_path, shown)
        keys = _item_keys(store_path, store)
        if cache_file is not None:
            try:
                return cls(_write_cache(cache_file, store_path, store, keys))
            except (OSError, sqlite3.Error, ValueError):
                pass  # an unwritable or full cache directory: build in memory instead
        conn = sqlite3.connect(":memory:")
        _build(conn, store_path, store, keys)
        return cls(conn)

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
            key: source.get(key) for key in ("id", "outlet", "title", "author", "published", "path")
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


def _build(conn: sqlite3.Connection, store_path: str, store: Store, keys: list[bytes] | None) -> None:
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
        key = keys[n] if keys else None
        rows.append((n, n, key, claim.id, claim.category, claim.source, claim.attributed_to, body))
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
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", _meta(store_path, store).items())
    conn.execute("INSERT INTO blobs (key, value) VALUES ('lengths', ?)", (lengths.tobytes(),))
    positions = array("I", range(len(store.claims)))
    conn.execute("INSERT INTO blobs (key, value) VALUES ('positions', ?)", (positions.tobytes(),))
    conn.commit()


_INSERT_CLAIM = (
    "INSERT INTO claims (n, position, key, id, category, source, attributed_to, body)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _meta(store_path: str, store: Store) -> dict[str, str | bytes]:
    """What the index was built from, to tell later whether it still describes the store."""
    source_files = sorted({os.fsencode(os.path.abspath(path)) for path in store.source_files.values()})
    return {
        "format": FORMAT,
        "store": os.fsencode(store_path),
        "store_stat": _stat_print(store_path),
        "sha256": _sha256(store_path),
        "source_files": b"\n".join(source_files),
        "sources_stat": b"\n".join(_stat_print(os.fsdecode(path)) for path in source_files),
        "sources": marshal.dumps([source.to_dict() for source in store.sources.values()]),
    }


def _item_keys(store_path: str, store: Store) -> list[bytes] | None:
    """Each claim's item key when the store is in the usual layout (so a later edit can reuse it)."""
    from jpmn.core.store import loader as store_module

    try:
        with open(store_path, encoding="utf-8-sig") as handle:
            layout = store_module.claim_items(handle.read())
    except (OSError, ValueError):
        return None
    if layout is None or len(layout[1]) != len(store.claims):
        return None
    return [store_module.item_key(item) for _first, item in layout[1]]


def _write_cache(
    cache_file: str, store_path: str, store: Store, keys: list[bytes] | None
) -> sqlite3.Connection:
    return _replace_atomically(cache_file, lambda conn: _build(conn, store_path, store, keys))


def _replace_atomically(
    cache_file: str, fill: Callable[[sqlite3.Connection], None], start_from: str | None = None
) -> sqlite3.Connection:
    """Write a cache file beside the old one (a copy of ``start_from`` if given), then swap it in."""
    os.makedirs(os.path.dirname(cache_file), exist_ok=True)
    temporary = f"{cache_file}.{os.getpid()}.tmp"
    try:
        if start_from is not None:
            import shutil

            shutil.copyfile(start_from, temporary)
        conn = sqlite3.connect(temporary)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            fill(conn)
            conn.commit()
        finally:
            conn.close()
        os.replace(temporary, cache_file)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return _connect_read_only(cache_file)


def claim_from_body(body: dict[str, Any]) -> Claim:
    from jpmn.core.store import Claim

    values = dict(body)
    for key in ("conflicts_with", "related", "keywords"):
        values[key] = tuple(values[key])
    return Claim(**values)


def _update_cache(cache_file: str, store_path: str, shown: str) -> sqlite3.Connection | None:
    """Bring a stale cached index up to date by re-reading only the claims whose text changed.

    A 100,000-claim store takes many seconds to parse and index whole; an edit touches a few
    claims. Only for a store in the usual layout whose sources did not change; None otherwise
    (or on any doubt), and the index is built whole.
    """
    from jpmn.core.store import loader as store_module

    try:
        if not os.path.isfile(cache_file):
            return None
        old = _connect_read_only(cache_file)
        try:
            meta = dict(old.execute("SELECT key, value FROM meta").fetchall())
            sources = meta["source_files"].split(b"\n") if meta["source_files"] else []
            if (
                meta.get("format") != FORMAT
                or meta.get("store") != os.fsencode(store_path)
                or meta["sources_stat"] != b"\n".join(_stat_print(os.fsdecode(p)) for p in sources)
            ):
                return None
            if old.execute("SELECT 1 FROM claims WHERE key IS NULL LIMIT 1").fetchone():
                return None  # built from a store in another layout: nothing to match claims by
            rows = old.execute("SELECT key, n, body FROM claims").fetchall()
        finally:
            old.close()
    except Exception:  # an unreadable or foreign cache: build afresh
        return None
    by_key: dict[bytes, tuple[int, bytes]] = {key: (n, body) for key, n, body in rows}

    def known(keys: list[bytes]) -> dict[bytes, Claim]:
        return {key: claim_from_body(marshal.loads(by_key[key][1])) for key in keys if key in by_key}

    loaded = store_module.load_reusing(store_path, shown, known)
    if loaded is None:
        return None
    store, keys = loaded
    new_meta = _meta(store_path, store)  # hashes the whole store file: once
    if new_meta["sources"] != meta["sources"]:
        return None  # a source's outlet or title is part of every one of its claims' terms

    def apply(conn: sqlite3.Connection) -> None:
        _apply_changes(conn, new_meta, store, keys, by_key)

    try:
        return _replace_atomically(cache_file, apply, start_from=cache_file)
    except (OSError, sqlite3.Error, ValueError):
        return None


def _apply_changes(
    conn: sqlite3.Connection,
    meta: dict[str, str | bytes],
    store: Store,
    keys: list[bytes],
    before: dict[bytes, tuple[int, bytes]],
) -> None:
    """Remove the claims that went, add the new ones, and put every claim in its new place."""
    sources = {sid: source.to_dict() for sid, source in store.sources.items()}
    kept = {key for key in keys if key in before}
    changes: dict[str, dict[int, int | None]] = {}  # term -> claim number -> weight (None: remove)
    for key, (n, body) in before.items():
        if key not in kept:
            claim = claim_from_body(marshal.loads(body))
            weights, _length = claim_terms(claim, sources.get(claim.source), {})
            for term in weights:
                changes.setdefault(term, {})[n] = None
            conn.execute("DELETE FROM claims WHERE n = ?", (n,))
    lengths = array("H")
    lengths.frombytes(conn.execute("SELECT value FROM blobs WHERE key = 'lengths'").fetchone()[0])
    spellings: dict[str, str] = {}
    numbers = []
    next_number = len(lengths)
    for position, (key, claim) in enumerate(zip(keys, store.claims, strict=True)):
        if key in kept:
            n = before[key][0]
            conn.execute("UPDATE claims SET position = ? WHERE n = ?", (position, n))
        else:
            n, next_number = next_number, next_number + 1
            weights, length = claim_terms(claim, sources.get(claim.source), spellings)
            lengths.append(length)
            for term, weight in weights.items():
                changes.setdefault(term, {})[n] = weight
            body = marshal.dumps(claim_body(claim))
            conn.execute(
                _INSERT_CLAIM,
                (n, position, key, claim.id, claim.category, claim.source, claim.attributed_to, body),
            )
        numbers.append(n)
    for term, changed in changes.items():
        row = conn.execute("SELECT docs, weights FROM terms WHERE term = ?", (term,)).fetchone()
        docs = array("I")
        current: dict[int, int] = {}
        if row:
            docs.frombytes(row[0])
            current = dict(zip(docs, row[1], strict=True))
        for number, change in changed.items():
            if change is None:
                current.pop(number, None)
            else:
                current[number] = change
        conn.execute("DELETE FROM terms WHERE term = ?", (term,))
        if current:
            ordered = sorted(current)
            conn.execute(
                "INSERT INTO terms (term, df, docs, weights) VALUES (?, ?, ?, ?)",
                (term, len(ordered), array("I", ordered).tobytes(), bytes(current[k] for k in ordered)),
            )
    conn.executemany(
        "INSERT OR IGNORE INTO deletions (key, word, term) VALUES (?, ?, ?)", _deletion_rows(spellings)
    )
    positions = array("I", [0xFFFFFFFF]) * len(lengths)
    for position, n in enumerate(numbers):
        positions[n] = position
    conn.execute("UPDATE blobs SET value = ? WHERE key = 'lengths'", (lengths.tobytes(),))
    conn.execute("UPDATE blobs SET value = ? WHERE key = 'positions'", (positions.tobytes(),))
    conn.execute("DELETE FROM meta")
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())


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


def _deletion_rows(spellings: dict[str, str]) -> Iterable[tuple[str, str, str]]:
    return (
        (key, word, term)
        for word, term in spellings.items()
        if not is_number(word) and len(word) >= 4
        for key in (word, *deletions(word))
    )


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
