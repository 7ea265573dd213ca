"""The curator's core: a claim from roughly what an article says, a source from a file, added as
text in the store's own layout, checked before anything is written, refused with nothing changed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from jpmn.core.curate import add_claim, add_source, entry_yaml, quoted, suggest_id
from jpmn.core.store import load
from jpmn.errors import JpmnError, StoreProblems, UsageError
from jpmn.schema import CLAIM_KEYS

from conftest import ROOT

DIPLOMAT = "diplomat-naruhito-visit-2025"
ARTICLE = """Mongolia opens a rare-earth plant

ULAANBAATAR - Mongolia opened its first rare-earth processing plant on Monday, the Ministry of Mining said.
The plant will process 2,000 tonnes of ore a year, officials said, and Japanese firms will buy part of the output.
"""


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A copy of the shipped store and its seeds, laid out as in the project (data/ beside seeds/)."""
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "facts.yaml", tmp_path / "data" / "facts.yaml")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path / "data" / "facts.yaml"


def claim(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "source": DIPLOMAT,
        "quote": "Japans ambassador Igawahara Masaru predicted the visit will open a new chapter",
        "text": "Japan's ambassador to Mongolia expected the imperial visit to open a new chapter in relations.",
        "category": "visit",
        "attributed_to": "Igawahara Masaru, Japan's ambassador to Mongolia",
    }
    fields.update(changes)
    return fields


def test_suggested_ids_come_from_the_text_and_never_clash() -> None:
    assert (
        suggest_id("Mongolian records count 12,318 POWs in total.")
        == "mongolian-records-count-12318-pows-total"
    )
    assert suggest_id("Ōhira’s visit", {"ohira-visit"}) == "ohira-visit-2"
    assert suggest_id("!!!") == "claim"


def test_a_rough_quote_becomes_the_source_passage_and_the_claim_is_appended_after_its_source(
    store: Path,
) -> None:
    before = store.read_text(encoding="utf-8")
    added = add_claim(store, claim())
    assert added.written and added.id == "japan-ambassador-mongolia-expected-imperial-visit-open"
    assert added.quote is not None and added.quote.line == 22 and added.quote.similarity < 100
    after = store.read_text(encoding="utf-8")
    # text-level: every line of the old store is still there, in order, comments included
    old_lines, new_lines = before.splitlines(), after.splitlines()
    entry_lines = added.entry.splitlines()
    assert new_lines[added.line - 1 : added.line - 1 + len(entry_lines)] == entry_lines
    assert new_lines[: added.line - 1] + new_lines[added.line - 1 + len(entry_lines) :] == old_lines
    # after the last claim of The Diplomat, before the Jiji Press section's comments
    assert new_lines[added.line - 2].startswith("    keywords:")
    assert "Jiji Press" in "\n".join(
        new_lines[added.line - 1 + len(entry_lines) : added.line + len(entry_lines) + 3]
    )
    stored = {c.id: c for c in load(store).claims}[added.id]
    assert stored.quote == added.quote.text and stored.line == 22
    assert "will open a new chapter" in stored.quote


def test_dry_run_writes_nothing_and_gives_the_yaml(store: Path) -> None:
    before = store.read_bytes()
    added = add_claim(
        store, claim(keywords=["envoy", "1945", "a: b"], value="2", unit="chapters"), dry_run=True
    )
    assert not added.written and store.read_bytes() == before
    entry = yaml.safe_load(added.entry)[0]
    assert entry["keywords"] == ["envoy", "1945", "a: b"]
    assert entry["value"] == 2 and list(entry) == [k for k in CLAIM_KEYS if k in entry]


@pytest.mark.parametrize(
    ("changes", "error", "words"),
    [
        ({"id": "igawahara-new-chapter"}, UsageError, "already in the store"),
        ({"quote": "a sentence no article on this page has ever printed"}, UsageError, "no passage"),
        ({"source": "nikkei"}, UsageError, "no source has the id 'nikkei'"),
        ({"category": "gossip"}, StoreProblems, "unknown category 'gossip'"),
        ({"value": "12,318", "unit": "people"}, StoreProblems, "separators"),
        ({"unit": "people"}, StoreProblems, "unit without a value"),
        ({"related": ["nobody"]}, StoreProblems, "no claim has the id 'nobody'"),
        ({"id": "Bad Id"}, StoreProblems, "not a valid id"),
        ({"text": None}, UsageError, "needs a text"),
    ],
)
def test_a_broken_or_duplicate_claim_is_refused_with_the_store_byte_identical(
    store: Path, changes: dict[str, Any], error: type[JpmnError], words: str
) -> None:
    before = store.read_bytes()
    with pytest.raises(error, match=words) as raised:
        add_claim(store, claim(**changes))
    assert store.read_bytes() == before
    assert sorted(p.name for p in store.parent.iterdir()) == ["facts.yaml"]  # no temporary file left
    if isinstance(raised.value, StoreProblems):
        assert "nothing written" in str(raised.value)


def test_the_same_claim_twice_is_refused(store: Path) -> None:
    add_claim(store, claim())
    before = store.read_bytes()
    with pytest.raises(UsageError, match="already in the store as"):
        add_claim(store, claim())
    assert store.read_bytes() == before


def test_a_new_source_is_copied_beside_the_seeds_and_its_claims_follow(store: Path, tmp_path: Path) -> None:
    article = tmp_path / "rare-earth-plant.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    added = add_source(
        store, article,
        {"outlet": "Montsame", "title": "Mongolia opens a rare-earth plant", "published": "2025-08-04",
         "url": "https://example.org/rare-earth-plant", "lines": (3, 4)},
    )  # fmt: skip
    assert added.id == "montsame-mongolia-opens-rare-earth-plant-2025-08-04"
    assert added.copied_to == "seeds/rare-earth-plant.txt"
    assert (tmp_path / "seeds" / "rare-earth-plant.txt").read_bytes() == article.read_bytes()
    source = load(store).sources[added.id]
    assert (source.url, source.lines, source.published) == (
        "https://example.org/rare-earth-plant",
        (3, 4),
        "2025-08-04",
    )
    first = add_claim(
        store,
        {"source": added.id, "quote": "the plant will process 2000 tonnes of ore a year",
         "text": "Mongolia's first rare-earth processing plant will process 2,000 tonnes of ore a year.",
         "category": "minerals", "value": "2000", "unit": "tonnes of ore per year", "attributed_to": "Officials"},
    )  # fmt: skip
    assert first.quote is not None and first.quote.text == "The plant will process 2,000 tonnes of ore a year"
    assert first.quote.line == 4


def test_a_source_is_refused_with_nothing_written(store: Path, tmp_path: Path) -> None:
    article = tmp_path / "plant.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = store.read_bytes()
    seeds_before = sorted(p.name for p in (tmp_path / "seeds").iterdir())
    cases: list[tuple[dict[str, Any], str]] = [
        ({"title": "T", "published": "last week"}, "not a date"),
        ({"title": "T", "lines": (3, 99)}, "run past the end"),
        ({"title": "T", "url": "ftp://example.org/x"}, "not a web address"),
        ({"title": "T", "id": DIPLOMAT}, "already in the store"),
        ({"outlet": "Montsame"}, "needs a title"),
    ]
    for fields, words in cases:
        with pytest.raises(JpmnError, match=words):
            add_source(store, article, fields)
        assert store.read_bytes() == before
        assert sorted(p.name for p in (tmp_path / "seeds").iterdir()) == seeds_before
    with pytest.raises(UsageError, match="already the source"):
        add_source(store, ROOT / "seeds" / "000_97ea68f8d1ca10db.txt", {"title": "Again", "lines": (1, 14)})
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\xff\xfe\x00a")
    with pytest.raises(JpmnError, match=r"UTF-8|NUL"):
        add_source(store, binary, {"title": "Scan"})
    assert store.read_bytes() == before


def test_a_store_in_another_layout_keeps_it(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    store = tmp_path / "facts.yaml"
    store.write_bytes(
        b"\xef\xbb\xbf# my notes\r\nsources:\r\n- id: diplomat\r\n  title: A visit\r\n"
        b"  path: seeds/003_78fc02ddb00f146c.txt\r\n  lines: [1, 24]\r\nclaims: []\r\n# the end\r\n"
    )
    added = add_claim(store, claim(source="diplomat"))
    data = store.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf# my notes\r\n") and data.endswith(b"# the end\r\n")
    assert b"\nclaims:\r\n  - id: " + added.id.encode() + b"\r\n    text: " in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert [c.id for c in load(store).claims] == [added.id]


def test_yaml_written_reads_back_as_written() -> None:
    awkward = [
        "NO",
        "12:30",
        "~",
        'a "quote" and \\',
        "line\u2028separator",
        "tab\there",
        "\x7f",
        "#hash",
        "- dash",
    ]
    for text in awkward:
        assert yaml.safe_load(quoted(text)) == text
    fields = {"id": "x", "text": "T", "category": "visit", "attributed_to": "no", "source": "s", "quote": "Q",
              "unit": "yes", "keywords": ["true", "1.5", "ok"]}  # fmt: skip
    entry = yaml.safe_load(entry_yaml(fields, CLAIM_KEYS, "", "  ", "\n"))[0]
    assert (
        entry["attributed_to"] == "no"
        and entry["unit"] == "yes"
        and entry["keywords"] == ["true", "1.5", "ok"]
    )
