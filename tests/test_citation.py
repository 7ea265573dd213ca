"""Citations print a source's url when the store has one, and never invent one."""

from __future__ import annotations

import json
from typing import Any

import pytest

from jpmn.core.citation import cite

FORMATS = ("text", "markdown", "bibtex", "csl-json")


def claim(url: str | None) -> dict[str, Any]:
    source = {"id": "diplomat", "outlet": "The Diplomat", "title": "A visit", "author": None,
              "published": "2025-07", "url": url, "path": "seeds/a.txt"}  # fmt: skip
    return {"id": "c", "quote": "It happened.", "attributed_to": "The Diplomat", "line": 3, "source": source}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_source_url_is_in_every_citation_format(fmt: str) -> None:
    url = "https://thediplomat.com/2025/07/a-visit/"
    assert url in cite(claim(url), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_url_is_made_up(fmt: str) -> None:
    text = cite(claim(None), fmt)
    assert "http" not in text and "URL" not in text and "url" not in text


def test_csl_json_carries_the_url_as_its_field() -> None:
    url = "https://example.org/article"
    assert json.loads(cite(claim(url), "csl-json"))[0]["URL"] == url
