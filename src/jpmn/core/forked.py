"""Pure work done in a forked process beside this one, while this one does other work.

Reading a large store is pure Python, one CPU a process; a second CPU can take a part of it. The
result comes back by ``marshal`` (plain data only), in parts, each read into a buffer of its size,
so a large result is never held whole twice. When there is no second CPU, no ``fork``, or the
forked process fails, the same work is done here: the result never depends on the fork.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import signal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from io import BufferedReader


def can_share() -> bool:
    """Whether a forked helper can run beside this process: a second CPU, ``fork``, and no other
    thread (one holding a lock at the fork would leave the helper waiting on it for ever)."""
    import threading

    return hasattr(os, "fork") and (os.cpu_count() or 1) >= 2 and threading.active_count() == 1


class Failed(Exception):
    """The forked process ended without sending all its parts (killed, out of memory, an error)."""


class Forked:
    """``work()``, an iterable of parts, begun in a forked process (if one can share this
    machine); taken part by part (``parts``) or as one (``result``)."""

    def __init__(self, work: Callable[[], Iterable[Any]], shared: bool | None = None) -> None:
        """``shared``: whether to fork, when the caller has decided it (``can_share()`` if not)."""
        self._work = work
        self._child = 0
        self._read_end = -1
        if not (can_share() if shared is None else shared):
            return
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - measured by the parent's result, not by coverage
            _child(work, read_end, write_end)
        os.close(write_end)
        self._child, self._read_end = child, read_end

    @property
    def child(self) -> int:
        """The forked process while it works (0 without one, or once its parts are all taken)."""
        return self._child

    def parts(self) -> Iterator[Any]:
        """The parts ``work()`` gives, as the forked process sends them (raises Failed if it does
        not send them all), or, without one, as ``work()`` gives them here."""
        if not self._child:
            yield from self._work()
            return
        with os.fdopen(self._read_end, "rb") as pipe:
            self._read_end = -1
            while (payload := _received(pipe)) is not None:
                yield marshal.loads(payload)
                del payload
        _pid, status = os.waitpid(self._child, 0)
        self._child = 0
        if status != 0:
            raise Failed

    def result(self) -> Any:
        """The one part ``work()`` gives: the forked process's, or, without one (or if it failed),
        ``work()``'s here."""
        try:
            (part,) = self.parts()
        except Failed:
            (part,) = self._work()
        return part

    def close(self) -> None:
        """End the forked process if its result is no longer wanted (this process is failing)."""
        end(self._read_end, self._child)
        self._read_end, self._child = -1, 0


def end(read_end: int, child: int) -> None:
    """Close the pipe from a forked process and end it (either may be gone already: -1, 0)."""
    if read_end >= 0:
        os.close(read_end)
    if child:
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)


def _child(work: Callable[[], Iterable[Any]], read_end: int, write_end: int) -> None:  # pragma: no cover
    """The forked process: do the work, send each part down the pipe (its length, then it), then
    the end (a length of 0), then end at once (no cleanup of the parent's, no buffers flushed
    twice, whatever happens)."""
    code = 1
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        os.close(read_end)
        with os.fdopen(write_end, "wb") as pipe:
            for part in work():
                payload = marshal.dumps(part)
                pipe.write(len(payload).to_bytes(8, "little"))
                pipe.write(payload)
                del payload
            pipe.write(bytes(8))
        code = 0
    finally:
        os._exit(code)


def _received(pipe: BufferedReader) -> bytearray | None:
    """The next part sent, read into one buffer of its size; None at the end. Raises Failed if
    the forked process ended without sending the end."""
    head = pipe.read(8)
    if len(head) != 8:
        raise Failed
    size = int.from_bytes(head, "little")
    if not size:
        return None
    payload = bytearray(size)
    with memoryview(payload) as view:
        done = 0
        while done < size:
            got = pipe.readinto(view[done:])
            if not got:
                raise Failed
            done += got
    return payload
