"""Where the index is kept between runs, and when a kept index may be reused.

The index lives in the user's cache directory, keyed on the store's path, size, mtime and
content hash (and its source files' size and mtime). It is written atomically, and rebuilt
whenever it is stale or unreadable. It is never a reason to fail: without a writable cache
directory it is built in memory, by the same code, so answers are identical either way.

What the index holds is ``jpmn.core.index.build``'s business; this module only calls it.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import sys

from jpmn.core.index import build
from jpmn.core.locations import cache_dir

TYPE_CHECKING = False  # typing costs start-up time; mypy reads these imports all the same
if TYPE_CHECKING:
    from jpmn.core.store import Store

FORMAT = f"jpmn-index-19 marshal-{marshal.version} py{sys.version_info[0]}.{sys.version_info[1]}"
"""Records are stored with marshal (no import cost, unlike json); it ties the cache to Python's."""

_META_SCHEMA = "CREATE TABLE cache_meta (key TEXT PRIMARY KEY, value NOT NULL);"


def connect(store_path: str, shown: str) -> sqlite3.Connection:
    """The store's index from the cache when fresh, else built now (and cached when possible)."""
    store_path = os.path.abspath(store_path)
    folder = cache_dir()
    cache_file = os.path.join(folder, f"{_path_key(store_path)}.sqlite3") if folder else None
    if cache_file is not None:
        cached = _open_cached(cache_file, store_path)
        if cached is not None:
            return cached
    from jpmn.core.store import loader as store_module

    store = store_module.load(store_path, shown)
    if cache_file is not None:
        try:
            return _write_cache(cache_file, store_path, store)
        except (OSError, sqlite3.Error, ValueError):
            pass  # an unwritable or full cache directory: build in memory instead
    conn = sqlite3.connect(":memory:")
    build(conn, store)
    return conn


def _fill(conn: sqlite3.Connection, store_path: str, store: Store) -> None:
    build(conn, store)
    conn.execute(_META_SCHEMA)
    conn.executemany("INSERT INTO cache_meta (key, value) VALUES (?, ?)", _meta(store_path, store).items())
    conn.commit()


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
    }


def _write_cache(cache_file: str, store_path: str, store: Store) -> sqlite3.Connection:
    """Write a cache file beside the old one, then swap it in."""
    os.makedirs(os.path.dirname(cache_file), exist_ok=True)
    temporary = f"{cache_file}.{os.getpid()}.tmp"
    try:
        conn = sqlite3.connect(temporary)
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            _fill(conn, store_path, store)
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
        meta = dict(conn.execute("SELECT key, value FROM cache_meta").fetchall())
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
            writable.execute("UPDATE cache_meta SET value = ? WHERE key = 'store_stat'", (store_stat,))
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
