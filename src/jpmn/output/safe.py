"""Text from the store or the command line made safe to show: nothing in it can drive a terminal.

Rich passes ESC and other control characters through, so every string of data passes here
before it reaches a ``Text``: C0/C1 controls and DEL become ``\\xNN``, and characters that
reorder or hide text (bidi overrides, zero-width characters, line/paragraph separators) become
``\\u{NNNN}``, so what a person reads is what the store holds.
"""

from __future__ import annotations

from jpmn.core.escapes import CONTROLS, HIDDEN

_CONTROL = {c: f"\\x{c:02x}" for c in CONTROLS}
_CONTROL.update({c: f"\\u{{{c:04x}}}" for c in HIDDEN})
_CONTROL[0x09] = " "
_CONTROL[0x0A] = " "
_CSV_CONTROL = {c: text for c, text in _CONTROL.items() if c not in (0x0A,)}
"""For CSV shown on a terminal: the same, but a line break inside a quoted cell stays one."""
_CSV_CONTROL[0x09] = "\\t"


def visible(text: str) -> str:
    """One line safe for a terminal: control and hidden characters become visible escapes."""
    return _surrogates(text.translate(_CONTROL))


def _surrogates(text: str) -> str:
    if any("\ud800" <= ch <= "\udfff" for ch in text):  # undecodable bytes from argv or a file
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


def visible_cell(text: str) -> str:
    """A CSV cell for a terminal: controls and hidden characters visible, its line breaks kept."""
    return _surrogates(text.translate(_CSV_CONTROL))


def visible_lines(text: str) -> str:
    """Multi-line text (a citation): each line made safe, the line breaks kept."""
    return "\n".join(visible(line) for line in text.split("\n"))


def shorten(text: str, limit: int = 60) -> str:
    """An argument as echoed in a message: a pasted essay is not repeated in full."""
    return text if len(text) <= limit else text[: limit - 3] + "..."
