"""The errors jpmn expects, each carrying the exit code it ends the run with.

The app maps them once: ``jpmn: <location>: <message>`` on stderr (or nothing more, for
``NothingFound``, whose message was already said), then the exit code. No command catches them.
"""

from __future__ import annotations

FOUND, NOTHING, ERROR = 0, 1, 2
"""Exit codes, as ripgrep's: 0 found (or: the store is valid), 1 nothing found, 2 an error."""


class JpmnError(Exception):
    """A problem the user can fix, located where possible (``path:line:col: message``); exit 2."""

    exit_code = ERROR

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        col: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.col = col

    @property
    def location(self) -> str:
        parts = [p for p in (self.path, self.line, self.col) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class UsageError(JpmnError):
    """A mistake on the command line itself: ``jpmn: message (see 'jpmn CMD --help')``."""


class StoreProblems(JpmnError):
    """Several problems found in one store: ``check`` prints them all, other commands the first."""

    def __init__(self, problems: list[JpmnError]) -> None:
        first = problems[0]
        more = len(problems) - 1
        suffix = f" (and {more} more: run 'jpmn check')" if more else ""
        super().__init__(first.message + suffix, first.path, first.line, first.col)
        self.problems = problems


class NothingFound(JpmnError):
    """Nothing matched (no answer, unknown id or category): exit 1, stdout ``[]`` for JSON.

    The message, with whatever hints help (did you mean, the categories), goes to stderr as is.
    """

    exit_code = NOTHING

    def __init__(self, message: str = "", hints: list[str] | None = None) -> None:
        super().__init__(message)
        self.hints = hints or []
