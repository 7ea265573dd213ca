"""Where the index is kept between runs, and when a kept index may be reused.

A cache may make an answer faster, never different. So an index file is reused only when it
provably describes the store as it is now:

- It is stamped with the hash of exactly the bytes it was built from (the store and every source
  file, each read once by the loader), and with a fingerprint of the code and tables that build it.
  It is reused only if each of those files still has that hash (a stat equal to the one taken
  before the read vouches for it once the file has settled; otherwise the file is hashed again).
- It is keyed on the store's real path (symlinks resolved), and source paths resolve inside the
  store's own project folder only, so nothing outside the stamped files can change an answer.
- It is written whole to a new private temporary file (``mkstemp``: 0600, ``O_EXCL``), fsynced,
  then renamed over the old one, so a reader sees a complete old index or a complete new one, never
  a half-written file. Writers take a lock per store so they do not build the same index twice,
  and a writer killed mid-build leaves a temporary file the next writer removes.
- The cache folder is private (0700, files 0600). A folder owned by someone else or writable by
  others is not used at all (one warning on stderr; the index is then built in memory).
- Anything wrong with a cache file (damage, another shape, changed since written) means it is
  discarded and rebuilt; never an error. Without a usable cache folder, or with ``JPMN_NO_CACHE``,
  the index is built in memory by the same code, so answers are identical either way.

What the index holds is ``jpmn.core.index.build``'s business; this module only calls it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat as stat_module
import sys
from typing import TYPE_CHECKING

from jpmn.core.files import (
    ABSENT,
    MAX_SOURCE_BYTES,
    MAX_STORE_BYTES,
    FileRead,
    collector_paused,
    digest_of,
    signature,
)
from jpmn.core.index import Helper, build
from jpmn.core.locations import cache_dir

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

    from jpmn.core.store import Store

LOCK_WAIT_S = 120.0
"""How long to wait for another process building the same index before building one in memory."""
_CODE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt", ".tsv", ".csv")
_META_SCHEMA = "CREATE TABLE cache_meta (key TEXT PRIMARY KEY, value NOT NULL);"
_warned: set[str] = set()


def connect(store_path: str, shown: str) -> sqlite3.Connection:
    """The store's index: the cached one when it describes exactly this store, else built now
    (with the cycle collector paused: ``files.collector_paused``)."""
    helper = Helper()
    with collector_paused():
        try:
            return _connect(store_path, shown, helper)
        finally:
            helper.close()  # a build that failed, or never took its part


def _connect(store_path: str, shown: str, helper: Helper) -> sqlite3.Connection:
    folder = private_folder()
    if folder is None:
        return _in_memory(_load(store_path, shown, helper), helper)
    real = os.path.realpath(store_path)
    entry = _Entry(folder, real)
    reused = entry.reuse()
    if reused is not None:
        return reused
    with entry.locked() as locked:
        if not locked:  # another process is still building it: do not wait forever
            return _in_memory(_load(store_path, shown, helper), helper)
        reused = entry.reuse()  # the process we waited for may have built just this
        if reused is not None:
            return reused
        entry.remove_orphans()
        store = _load(store_path, shown, helper)
        if store.reads[""].path != real:  # the store's symlink was swapped meanwhile: do not key
            return _in_memory(store, helper)  # one store's index under another's name
        try:
            return entry.write(store, helper)
        except (OSError, sqlite3.Error, ValueError):
            return _in_memory(store, helper)  # a full disk or an odd folder: no cache, same answers


def _load(store_path: str, shown: str, helper: Helper) -> Store:
    """The store, loaded; the helper begins on its claims' words as soon as they are read."""
    from jpmn.core.store import loader

    return loader.load(store_path, shown, validated=helper.begin)


def _in_memory(store: Store, helper: Helper) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    build(conn, store, helper)
    return conn


# --- the cache folder ------------------------------------------------------------------------------


def private_folder() -> str | None:
    """The cache folder if it is safe to use, created 0700 if missing; None to build in memory.

    A folder that cannot be created is silently not used (a read-only home is common); one that
    another user owns or others may write is refused with a warning, since whoever can write it
    could plant an index that answers with invented figures.
    """
    folder = cache_dir()
    if folder is None:
        return None
    folder = os.path.abspath(folder)
    try:
        parent = os.path.dirname(os.path.abspath(folder))
        os.makedirs(parent, exist_ok=True)
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    try:
        info = os.stat(folder)
    except OSError:
        return None
    if not stat_module.S_ISDIR(info.st_mode):
        return None
    if info.st_uid != os.geteuid():
        _warn(folder, "it belongs to another user")
        return None
    if info.st_mode & 0o022:
        _warn(folder, "others may write to it")
        return None
    if info.st_mode & 0o077:
        try:
            os.chmod(folder, 0o700)  # a folder an older jpmn made readable by all: ours, so tighten it
        except OSError:
            _warn(folder, "others may read it and it cannot be made private")
            return None
    return folder


def _warn(folder: str, why: str) -> None:
    if folder not in _warned:
        _warned.add(folder)
        sys.stderr.write(f"jpmn: warning: not using the cache folder {folder}: {why} (set JPMN_CACHE_DIR)\n")


# --- one store's cache entry -------------------------------------------------------------------------


class _Entry:
    """The files kept for one store: the index, its notes (``.json``), its lock, its temporaries."""

    def __init__(self, folder: str, real_store: str) -> None:
        import hashlib

        self.folder = folder
        self.store = real_store
        name = hashlib.sha256(os.fsencode(real_store)).hexdigest()[:32]
        self.prefix = os.path.join(folder, f"index-{name}")
        self.index = self.prefix + ".sqlite3"
        self.notes_file = self.prefix + ".json"
        self._lock_fd: int | None = None

    # reading

    def reuse(self) -> sqlite3.Connection | None:
        """The cached index if it is intact and describes the store, its sources and this code."""
        notes = self._notes()
        try:
            info = os.lstat(self.index)
        except OSError:
            return None
        if (
            not stat_module.S_ISREG(info.st_mode)
            or info.st_uid != os.geteuid()
            or list(signature(info)) != notes.get("index")  # changed since it was written: damaged
        ):
            return None
        try:
            conn = _open_read_only(self.index)
        except sqlite3.Error:
            return None
        try:
            meta = dict(conn.execute("SELECT key, value FROM cache_meta").fetchall())
            if meta.get("code") != code_fingerprint() or meta.get("store") != self.store:
                conn.close()
                return None
            learned: dict[str, list[Any]] = {}
            reads = json.loads(meta["reads"])
            if reads[""][0] != self.store:
                conn.close()
                return None
            for name, (path, sig, digest, settled) in reads.items():
                limit = _limit(name)
                if not _unchanged(path, tuple(sig), digest, settled, notes, learned, limit):
                    conn.close()
                    return None
            conn.execute("SELECT 1 FROM sqlite_master").fetchall()  # the schema page is readable
        except Exception:  # damaged, or another shape: rebuilt, never a reason to fail
            conn.close()
            return None
        if learned:
            self._learn(learned)
        return conn

    def _notes(self) -> dict[str, Any]:
        """What was noted beside the index: its signature when written, and file hashes learned."""
        try:
            with open(self.notes_file, encoding="utf-8") as handle:
                notes = json.load(handle)
        except (OSError, ValueError):
            return {}
        return notes if isinstance(notes, dict) else {}

    def _learn(self, learned: dict[str, list[Any]]) -> None:
        """Note the hashes of settled files hashed just now, so the next run need not hash them."""
        with self.locked(wait_s=0) as locked:
            if locked:
                notes = self._notes()
                files = notes.setdefault("files", {})
                if isinstance(files, dict):
                    files.update(learned)
                    self._write_notes(notes)

    # writing

    def locked(self, wait_s: float = LOCK_WAIT_S) -> _Lock:
        return _Lock(self.prefix + ".lock", wait_s)

    def remove_orphans(self) -> None:
        """Remove temporary files of killed writers (only a lock holder writes them: none is live),
        and the index files of older jpmn versions."""
        base = os.path.basename(self.prefix) + "."
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if (name.startswith(base) and name.endswith(".tmp")) or _older_jpmn(name):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(self.folder, name))

    def write(self, store: Store, helper: Helper) -> sqlite3.Connection:
        """Build the index into a new private file, fsync it, and rename it over the old one."""
        import tempfile
        import time

        fd, temporary = tempfile.mkstemp(
            prefix=os.path.basename(self.prefix) + ".", suffix=".tmp", dir=self.folder
        )
        try:
            with _signals_end_cleanly():
                conn = sqlite3.connect(temporary)
                try:
                    conn.execute("PRAGMA journal_mode = OFF")  # no journal: the file is new, or discarded
                    conn.execute("PRAGMA synchronous = OFF")  # one fsync below, before the rename
                    build(conn, store, helper)
                    conn.execute(_META_SCHEMA)
                    conn.executemany("INSERT INTO cache_meta (key, value) VALUES (?, ?)", self._meta(store))
                    conn.commit()
                finally:
                    conn.close()
                # An mtime no write could give it (a whole second in the past): any later write to
                # the file, even within the same clock tick, changes its signature, so it is rebuilt.
                os.utime(fd, ns=(marked := (time.time_ns() // 10**9 - 1) * 10**9, marked))
                os.fsync(fd)
                os.replace(temporary, self.index)
                info = os.stat(self.index)
                _fsync_folder(self.folder)
                notes = self._notes()
                notes["index"] = list(signature(info))
                notes["files"] = {  # hashes this build read, for files that had settled
                    _candidate(store.project, name, read): [list(read.signature), read.digest]
                    for name, read in store.reads.items()
                    if read.settled
                }
                self._write_notes(notes)
        finally:
            os.close(fd)
            if os.path.lexists(temporary):
                os.unlink(temporary)
        return _open_read_only(self.index)

    def _meta(self, store: Store) -> list[tuple[str, str]]:
        """What the index was built from: it is reused only while all of this still holds."""
        reads = {
            name: [_candidate(store.project, name, read), list(read.signature), read.digest, read.settled]
            for name, read in store.reads.items()
        }
        return [("code", code_fingerprint()), ("store", self.store), ("reads", json.dumps(reads))]

    def _write_notes(self, notes: dict[str, Any]) -> None:
        with contextlib.suppress(OSError):  # without notes the index is only rebuilt, never wrong
            _write_file(self.notes_file, json.dumps(notes).encode("utf-8"))


def _older_jpmn(name: str) -> bool:
    """An index file an older jpmn left (``0123abcd4567ef89.sqlite3``, its journal or temporary):
    never read again, and readable by other users when it was made, so it goes."""
    stem, dot, rest = name.partition(".")
    return (
        len(stem) == 16
        and all(ch in "0123456789abcdef" for ch in stem)
        and dot == "."
        and (
            rest in ("sqlite3", "sqlite3-journal") or (rest.startswith("sqlite3.") and rest.endswith(".tmp"))
        )
    )


def _candidate(project: str, name: str, read: FileRead) -> str:
    """The path to stat later for one of a store's files: the store itself by its real path, a
    source by its path as written joined to the project folder (so a changed symlink shows)."""
    return read.path if name == "" else os.path.join(project, name)


def _limit(name: str) -> int:
    return MAX_STORE_BYTES if name == "" else MAX_SOURCE_BYTES


def _unchanged(
    path: str,
    recorded: tuple[int, ...],
    digest: str,
    settled: bool,
    notes: dict[str, Any],
    learned: dict[str, list[Any]],
    limit: int,
) -> bool:
    """Whether the file at ``path`` still holds the bytes that hashed to ``digest`` (or, for a
    file read as absent, is still absent)."""
    if digest == ABSENT:
        return not os.path.lexists(path)
    try:
        info = os.stat(path)
    except OSError:
        return False
    now = signature(info)
    if now == recorded and settled:
        return True
    known = notes.get("files", {}).get(path) if isinstance(notes.get("files"), dict) else None
    if isinstance(known, list) and len(known) == 2 and tuple(known[0]) == now:
        return bool(known[1] == digest)
    found = digest_of(path, limit)
    if found is None:
        return False
    current, read_signature, read_settled = found
    if read_settled:
        learned[path] = [list(read_signature), current]
    return current == digest


def _open_read_only(path: str) -> sqlite3.Connection:
    """Read-only and immutable: a cache file is never changed in place, only replaced whole (the
    open file keeps its content), so SQLite needs no locks and never looks for a journal."""
    from urllib.parse import quote

    return sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro&immutable=1", uri=True)


def _write_file(path: str, data: bytes) -> None:
    """A small file written atomically: a private temporary file, fsynced, renamed into place."""
    import tempfile

    fd, temporary = tempfile.mkstemp(
        prefix=os.path.basename(path) + ".", suffix=".tmp", dir=os.path.dirname(path)
    )
    try:
        os.write(fd, data)
        os.fsync(fd)
        os.replace(temporary, path)
    finally:
        os.close(fd)
        if os.path.lexists(temporary):
            os.unlink(temporary)


def _fsync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _Lock:
    """An exclusive lock on one store's cache entry (a lock file, fcntl), polled up to ``wait_s``."""

    def __init__(self, path: str, wait_s: float) -> None:
        self.path = path
        self.wait_s = wait_s
        self.fd: int | None = None

    def __enter__(self) -> bool:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - no fcntl: writers only race, whole files stay whole
            return True
        import time

        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            self.fd = os.open(self.path, flags, 0o600)
        except OSError:
            return False
        deadline = time.monotonic() + self.wait_s
        delay = 0.005
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except OSError:
                if time.monotonic() >= deadline:
                    os.close(self.fd)
                    self.fd = None
                    return False
                time.sleep(delay)
                delay = min(delay * 2, 0.1)

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing releases the lock
            self.fd = None


class _signals_end_cleanly:
    """While a cache file is written, SIGTERM and SIGHUP end the process through ``finally`` blocks,
    so the temporary file is removed (SIGKILL cannot be caught: the next writer removes it)."""

    def __enter__(self) -> None:
        import signal
        import threading

        self.previous: dict[int, Any] = {}
        if threading.current_thread() is not threading.main_thread():
            return
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is not None:
                self.previous[number] = signal.signal(number, _exit_on_signal)

    def __exit__(self, *exc: object) -> None:
        import signal

        for number, handler in self.previous.items():
            signal.signal(number, handler)


def _exit_on_signal(number: int, _frame: object) -> None:
    raise SystemExit(128 + number)


# --- the code's fingerprint --------------------------------------------------------------------------

_fingerprint: str | None = None


def code_fingerprint() -> str:
    """A hash of the code and tables that build the index (every .py and table file of jpmn, not the
    store), and of the Python and SQLite that run them: an upgrade that changes how the index is
    built changes this, so an old index is never read by new code. No hand-bumped version."""
    global _fingerprint
    if _fingerprint is None:
        import hashlib
        import marshal

        digest = hashlib.sha256()
        digest.update(f"{sys.version} marshal {marshal.version} sqlite {sqlite3.sqlite_version}".encode())
        for path in _code_files():
            try:
                with open(path, "rb") as handle:
                    content = handle.read()
            except OSError:
                content = b"unreadable"
            digest.update(f"\0{os.path.basename(path)}\0{len(content)}\0".encode())
            digest.update(content)
        _fingerprint = digest.hexdigest()
    return _fingerprint


def _code_files() -> Iterator[str]:
    import jpmn
    from jpmn.core.locations import default_store_path, package_root

    package = os.path.dirname(os.path.abspath(jpmn.__file__))
    shipped_store = os.path.abspath(default_store_path())
    tables = os.path.join(package_root(), "data")
    roots = [package] if os.path.commonpath([tables, package]) == package else [package, tables]
    for root in roots:
        for folder, subfolders, names in os.walk(root):
            subfolders[:] = sorted(name for name in subfolders if name not in ("__pycache__", "seeds"))
            for name in sorted(names):
                path = os.path.join(folder, name)
                if name.endswith(_CODE_SUFFIXES) and path != shipped_store:
                    yield path
