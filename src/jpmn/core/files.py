"""Reading the files a store is made of: once, bounded, and remembered exactly as read.

Every file the index is built from (the store, its source files) is read here, in one go, and
described by a ``FileRead``: where it resolved, its stat taken *before* the bytes were read, and
the hash of exactly those bytes. The index is stamped with these, so it can only ever claim to
describe bytes it was really built from; an edit landing during the read shows up as a changed
stat next time, and the index is rebuilt. While a store's files become claims and an index, the
cycle collector is paused (``collector_paused``).
"""

from __future__ import annotations

import gc
import os
import stat as stat_module
import time
from collections.abc import Iterator
from contextlib import contextmanager

MAX_STORE_BYTES = 200 * 1024 * 1024
"""Refuse larger stores: 100,000 claims with full quotes take 50-100 MB, so this leaves room."""
MAX_SOURCE_BYTES = 16 * 1024 * 1024
"""Refuse larger source files: a source is an article or a report's text, not a book scan."""
MAX_DRAFT_BYTES = 1024 * 1024
"""Refuse longer drafts for ``verify --file``: a long article is 50 KB; a megabyte of text takes
``verify`` half a minute, and more is no draft but a book or a stream (``/dev/zero``)."""
SETTLE_NS = 2_000_000_000
"""A file whose mtime or ctime is this close to the moment it was read may still change within the
same timestamp tick (coarse clocks, 1-2 s on some file systems); its stat is not trusted later."""

Signature = tuple[int, int, int, int, int]
"""(device, inode, size, mtime_ns, ctime_ns): equal signatures mean the same unchanged file
(ctime cannot be set back by ``touch`` or ``cp -p``)."""


ABSENT = "absent"
"""The digest of a file found not to exist (an optional input, such as a store's thesaurus): an
index built without it is stale once it appears."""


class FileRead:
    """One file as it was read: its resolved path, stat before reading, and hash of the bytes read.

    (A plain class: ``dataclasses`` would cost every warm run its import.)
    """

    __slots__ = ("digest", "path", "settled", "signature")

    def __init__(self, path: str, signature: Signature, digest: str, settled: bool) -> None:
        self.path = path
        self.signature = signature
        self.digest = digest
        self.settled = settled
        """Whether the stat alone can vouch for the content later (see SETTLE_NS)."""


def absent(path: str) -> FileRead:
    """The record of an optional input found not to exist: an index built without it is stale
    once it appears."""
    return FileRead(path, (0, 0, 0, 0, 0), ABSENT, True)


class Refused(Exception):
    """A file jpmn will not read (not a regular file, too large, unreadable); the message says why."""


def signature(info: os.stat_result) -> Signature:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def is_settled(info: os.stat_result, now_ns: int) -> bool:
    newest = max(info.st_mtime_ns, info.st_ctime_ns)
    return newest <= now_ns - SETTLE_NS


def read_regular(path: str, limit: int, what: str = "file") -> tuple[bytes, FileRead, os.stat_result]:
    """The bytes of a regular file (never a device, FIFO or directory), at most ``limit`` of them.

    The final path component is not followed if it is a symlink: callers resolve paths first and
    check where they lead. Opening never blocks (a FIFO is refused, not waited on).
    """
    import hashlib

    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    now = time.time_ns()
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise Refused(f"cannot read the {what}: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if stat_module.S_ISDIR(info.st_mode):
            raise Refused(f"the {what} is a directory")
        if not stat_module.S_ISREG(info.st_mode):
            raise Refused(f"the {what} is not a regular file")
        if info.st_size > limit:
            raise Refused(
                f"the {what} is {size_shown(info.st_size)}, over the {size_shown(limit)} limit",
            )
        chunks = []
        remaining = limit + 1  # one byte more tells a file that grew past the limit
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 24))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise Refused(f"cannot read the {what}: {exc.strerror}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise Refused(f"the {what} is over the {size_shown(limit)} limit")
    digest = hashlib.sha256(data).hexdigest()
    return data, FileRead(path, signature(info), digest, is_settled(info, now)), info


def digest_of(path: str, limit: int) -> tuple[str, Signature, bool] | None:
    """The hash and signature of a file as it is now, or None when it cannot be read as before."""
    try:
        _data, read, _info = read_regular(path, limit)
    except Refused:
        return None
    return read.digest, read.signature, read.settled


def size_shown(size: int) -> str:
    """A size as a person reads it in a message: "16 MB", "1 MB", "512 KB"."""
    if size >= 2**20:
        return f"{size / 2**20:.0f} MB"
    if size >= 2**10:
        return f"{size / 2**10:.0f} KB"
    return f"{size} bytes"


class _Process:
    """What is known of the process jpmn runs in."""

    one_command = False
    """Whether it ends after one command (the ``jpmn`` command itself, not a test session or a
    program using jpmn as a library): see ``collector_paused``."""


def ends_after_one_command() -> None:
    """Say that this process ends after one command: what a store's reading makes then skips the
    collector's younger generations (``collector_paused``)."""
    _Process.one_command = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a store is read, checked or indexed.

    Reading a store makes millions of small objects that all live until it is indexed. The
    collector, run every few hundred allocations, walks them again and again and finds nothing
    to free: they hold no cycles, and reference counting frees them. Paused, a never-indexed
    100,000-claim store's first ``ask`` took a quarter less time and ``check`` a third less, at
    the same peak memory. Nested uses leave it to the outermost.

    In a process that ends after one command, what was made meanwhile then moves straight to the
    collector's oldest generation before it runs again (``gc.freeze``, then ``gc.unfreeze``):
    otherwise its first runs walk those millions of objects again, to move them through the
    younger generations (a tenth of a second each on 100,000 claims, for nothing). A process that
    goes on (a test session, a program using jpmn) leaves it to the collector: there, objects
    handed to the oldest generation wait long for it, and a test session's peak memory grew from
    309 MB to 772 MB.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if _Process.one_command:
            gc.freeze()
            gc.unfreeze()
        gc.enable()
