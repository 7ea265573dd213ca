"""Characters that must never reach a terminal or a line reader raw, defined once.

``output.safe`` makes them visible for people; JSON (records and CSL-JSON citations) writes them
as ``\\uNNNN`` escapes, which are the same data to a JSON reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

HIDDEN = (
    0x061C,  # Arabic letter mark
    *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
    0x2028,  # line separator
    0x2029,  # paragraph separator
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2060, 0x2065),  # word joiner, invisible operators
    *range(0x2066, 0x206A),  # bidi isolates
    0xFEFF,  # zero-width no-break space
)
"""Characters that reorder or hide text, or break lines for ``str.splitlines``."""
CONTROLS = (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))
"""C0, DEL and C1: what a terminal acts on."""

JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0), *HIDDEN)}
"""JSON escapes C0 controls itself; DEL, C1 and the hidden characters are escaped too (the same
data, but nothing a terminal acts on, and no line break for ``str.splitlines``)."""


def sparse_translation(table: Mapping[int, str]) -> Callable[[str], str]:
    """``str.translate`` with ``table``, working only where one of its characters stands.

    ``str.translate`` with a table visits every character of a text; when almost none needs
    changing (a large answer, a whole source, a batch of claims), a regular expression of the
    table's characters finds the few that do.
    """
    pattern = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(table)) + "]")

    def translate(text: str) -> str:
        return pattern.sub(lambda match: match.group().translate(table), text)

    return translate


escape_json = sparse_translation(JSON_ESCAPES)
"""JSON text with DEL, C1 and the hidden characters escaped (``JSON_ESCAPES``)."""
