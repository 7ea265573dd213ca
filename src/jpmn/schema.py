"""The fields of claims and sources, defined once: as the store holds them and as jpmn prints them."""

from __future__ import annotations

CLAIM_KEYS = (
    "id",
    "text",
    "category",
    "value",
    "unit",
    "qualifier",
    "date",
    "attributed_to",
    "quoted",
    "source",
    "quote",
    "measures",
    "related",
    "keywords",
)
"""The keys of a claim in the store, in the order a curator writes them (``add`` writes this order).

``measures`` names the quantity a figure measures (``pow-total-sent``): claims measuring the same
quantity whose figures disagree are conflicts. The conflicts are derived, so the store has no
``conflicts_with``; printed claims carry it (see ``CLAIM_FIELDS``). ``quoted`` names whose words the
quote is when they are not those of whom the claim is attributed to (a figure of "Japanese records"
quoted from Mongolia's Institute of Strategic Studies), so a citation names who is quoted."""

SOURCE_KEYS = ("id", "outlet", "title", "author", "published", "url", "path", "lines", "note")
"""The keys of a source in the store, in the order a curator writes them."""

CLAIM_FIELDS = (
    "id",
    "text",
    "category",
    "value",
    "unit",
    "qualifier",
    "date",
    "attributed_to",
    "quoted",
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
HIT_EXTRAS = ("part", "checked.statement", "checked.verdict", "checked.role")
"""What an answer of ``ask`` carries only when it applies, and ``--fields`` may name: the part of a
question in several parts it answers, and how it bears on a statement the query asked to check
(``checked``, or one of its keys)."""

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
