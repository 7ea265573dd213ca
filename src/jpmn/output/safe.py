"""Text from the store or the command line made safe to show: nothing in it can drive a terminal.

Rich passes ESC and other control characters through, so every string of data passes here
before it reaches a ``Text``: C0/C1 controls and DEL become ``\\xNN``, and characters that
reorder or hide text (bidi overrides, zero-width characters, line/paragraph separators) become
``\\u{NNNN}``, so what a person reads is what the store holds.
"""

from __future__ import annotations

_HIDDEN = [
    0x061C,  # Arabic letter mark
    *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
    0x2028,  # line separator
    0x2029,  # paragraph separator
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2060, 0x2065),  # word joiner, invisible operators
    *range(0x2066, 0x206A),  # bidi isolates
    0xFEFF,  # zero-width no-break space
]
_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]}
_CONTROL.update({c: f"\\u{{{c:04x}}}" for c in _HIDDEN})
_CONTROL[0x09] = " "
_CONTROL[0x0A] = " "

JSON_ESCAPES = {c: f"\\u{c:04x}" for c in [0x7F, *range(0x80, 0xA0), 0x2028, 0x2029]}
"""JSON escapes C0 controls itself; DEL, C1 and the line/paragraph separators are escaped too
(the same data, but nothing a terminal acts on, and no line break for ``str.splitlines``)."""


def visible(text: str) -> str:
    """One line safe for a terminal: control and hidden characters become visible escapes."""
    text = text.translate(_CONTROL)
    if any("\ud800" <= ch <= "\udfff" for ch in text):  # undecodable bytes from argv or a file
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


def visible_lines(text: str) -> str:
    """Multi-line text (a citation): each line made safe, the line breaks kept."""
    return "\n".join(visible(line) for line in text.split("\n"))


def shorten(text: str, limit: int = 60) -> str:
    """An argument as echoed in a message: a pasted essay is not repeated in full."""
    return text if len(text) <= limit else text[: limit - 3] + "..."
