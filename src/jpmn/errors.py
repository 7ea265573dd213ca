"""The one error type: every expected failure is a JpmnError, shown as one line and exit 2."""

from __future__ import annotations


class JpmnError(Exception):
    """A problem the user can fix, located where possible (``path:line:col: message``)."""

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


class StoreProblems(JpmnError):
    """Several problems found in one store: ``check`` prints them all, other commands the first."""

    def __init__(self, problems: list[JpmnError]) -> None:
        first = problems[0]
        more = len(problems) - 1
        suffix = f" (and {more} more: run 'jpmn check')" if more else ""
        super().__init__(first.message + suffix, first.path, first.line, first.col)
        self.problems = problems
