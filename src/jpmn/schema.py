"""The fields of claims and sources as jpmn prints them, defined once for every output format."""

from __future__ import annotations

CLAIM_FIELDS = (
    "id",
    "text",
    "category",
    "value",
    "unit",
    "qualifier",
    "date",
    "attributed_to",
    "source.id",
    "source.outlet",
    "source.title",
    "source.author",
    "source.published",
    "source.url",
    "source.path",
    "quote",
    "line",
    "measures",
    "conflicts_with",
    "related",
    "keywords",
)
"""A claim record, its source expanded (dotted names reach into it), as in ``export``."""

HIT_FIELDS = (*CLAIM_FIELDS, "score", "matched", "conflicts")
"""An answer of ``ask``: the claim, its score (0-1), why it is there, and the other side of a
disputed figure (``conflicts``: id, value, unit, qualifier, attributed_to, source)."""

SOURCE_FIELDS = ("id", "outlet", "title", "author", "published", "url", "path", "lines", "note", "claims")

CONFLICT_FIELDS = (
    "group",
    "id",
    "value",
    "unit",
    "qualifier",
    "attributed_to",
    "source.outlet",
    "line",
    "difference",
    "percent",
)
"""``conflicts --csv``: one row per member claim of each group."""
