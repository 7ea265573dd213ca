"""The four verdicts ``verify`` gives, named once: ``verify`` reaches them, ``sides`` works some of
them out from the sides of a disputed figure, ``answers`` and the app read them."""

from __future__ import annotations

SUPPORTED, CONTRADICTED, DISPUTED, NOT_FOUND = "supported", "contradicted", "disputed", "not_found"
VERDICTS = (SUPPORTED, CONTRADICTED, DISPUTED, NOT_FOUND)
