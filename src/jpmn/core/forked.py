"""Pure work done in a forked process beside this one, while this one does other work.

Reading a large store is pure Python, one CPU a process; a second CPU can take a part of it. The
result comes back by ``marshal`` (plain data only), and when there is no second CPU, no ``fork``,
or the forked process fails, the same work is done here: the result never depends on the fork.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import signal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable


def can_share() -> bool:
    """Whether a forked helper can run beside this process: a second CPU, ``fork``, and no other
    thread (one holding a lock at the fork would leave the helper waiting on it for ever)."""
    import threading

    return hasattr(os, "fork") and (os.cpu_count() or 1) >= 2 and threading.active_count() == 1


class Forked:
    """``work()`` begun in a forked process (if one can share this machine), taken by ``result``."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self._work = work
        self._child = 0
        self._read_end = -1
        if not can_share():
            return
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - measured by the parent's result, not by coverage
            _child(work, read_end, write_end)
        os.close(write_end)
        self._child, self._read_end = child, read_end

    def result(self) -> Any:
        """What ``work()`` returned: the forked process's, or, without one (or if it failed), done here."""
        if self._child:
            with os.fdopen(self._read_end, "rb") as pipe:
                self._read_end = -1
                payload = pipe.read()
            _pid, status = os.waitpid(self._child, 0)
            self._child = 0
            if status == 0 and payload:
                return marshal.loads(payload)
        return self._work()

    def close(self) -> None:
        """End the forked process if its result is no longer wanted (this process is failing)."""
        if self._read_end >= 0:
            os.close(self._read_end)
            self._read_end = -1
        if self._child:
            with contextlib.suppress(OSError):
                os.kill(self._child, signal.SIGKILL)
                os.waitpid(self._child, 0)
            self._child = 0


def _child(work: Callable[[], Any], read_end: int, write_end: int) -> None:  # pragma: no cover
    """The forked process: do the work, send its result down the pipe, then end at once (no
    cleanup of the parent's, no buffers flushed twice, whatever happens)."""
    code = 1
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        os.close(read_end)
        payload = marshal.dumps(work())
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        code = 0
    finally:
        os._exit(code)
