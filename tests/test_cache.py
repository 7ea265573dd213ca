"""The derived index: answers are identical with and without it, and it never goes stale."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SHIPPED_STORE, Result

QUERIES = ["POW deaths", "Japan investment", "Naruhitto", "Khaan Quest", "bitcoin"]


def answers(jpmn: Callable[..., Result], *extra: str) -> list[str]:
    return [jpmn("ask", query, "--json", *extra).out for query in QUERIES] + [
        jpmn("list", "agreements", "--json", *extra).out,
        jpmn("export", "--format", "jsonl", *extra).out,
    ]


def copy_store(folder: Path) -> Path:
    shutil.copytree(SHIPPED_STORE.parents[1] / "seeds", folder / "seeds")
    store = folder / "facts.yaml"
    shutil.copy(SHIPPED_STORE, store)
    return store


def test_answers_are_identical_with_and_without_the_cache(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    cold = answers(jpmn)  # builds the cache
    assert list((tmp_path / "cache").glob("*.sqlite3"))
    warm = answers(jpmn)  # reads it
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    uncached = answers(jpmn)  # builds in memory every time
    assert cold == warm == uncached


def test_an_edited_store_is_read_afresh(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    store = copy_store(tmp_path)
    assert jpmn("ask", "Naadam", "--store", str(store)).code == 0
    text = store.read_text(encoding="utf-8").replace("Naadam", "Tsagaan Sar")
    stat = store.stat()
    store.write_text(text, encoding="utf-8")
    os.utime(store, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime: the content hash notices
    assert jpmn("ask", "Naadam", "--store", str(store)).code == 1
    assert jpmn("ask", "Tsagaan Sar", "--store", str(store)).code == 0


def test_an_edited_source_file_is_read_afresh(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    store = copy_store(tmp_path)
    before = json.loads(jpmn("show", "pow-deaths-japanese-records", "--json", "--store", str(store)).out)
    seed = tmp_path / "seeds" / "003_78fc02ddb00f146c.txt"
    seed.write_text("\n\n" + seed.read_text(encoding="utf-8"), encoding="utf-8")
    after = json.loads(jpmn("show", "pow-deaths-japanese-records", "--json", "--store", str(store)).out)
    assert after[0]["line"] == before[0]["line"] + 2


def _garbage(cached: Path) -> None:
    cached.write_bytes(b"this is not a database")


def _foreign(cached: Path) -> None:
    """A real index whose meta values have another shape (as an older jpmn might leave)."""
    import sqlite3

    with sqlite3.connect(cached) as conn:
        conn.execute("UPDATE cache_meta SET value = 'text, not bytes' WHERE key != 'format'")
    conn.close()


@pytest.mark.parametrize("damage", [_garbage, _foreign], ids=["not a database", "another shape"])
def test_a_damaged_cache_is_rebuilt_not_fatal(
    damage: Callable[[Path], None],
    jpmn: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    expected = jpmn("ask", "POW deaths", "--json").out
    for cached in cache.glob("*.sqlite3"):
        damage(cached)
    result = jpmn("ask", "POW deaths", "--json")
    assert (result.code, result.out, result.err) == (0, expected, "")


def test_an_unwritable_cache_directory_is_not_a_reason_to_fail(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("JPMN_CACHE_DIR", str(blocker / "cache"))
    result = jpmn("ask", "POW deaths", "--json")
    assert result.code == 0 and result.err == ""
    assert json.loads(result.out)[0]["id"] == "pow-deaths-mongolian-records"


def test_reading_never_modifies_the_store(jpmn: Callable[..., Result], tmp_path: Path) -> None:
    store = copy_store(tmp_path)
    before = (store.read_bytes(), store.stat().st_mtime_ns)
    for command in (["ask", "POW"], ["list", "history"], ["show", "pow-deaths-japanese-records"], ["export"]):
        jpmn(*command, "--store", str(store))
    jpmn("check", "--store", str(store))
    assert (store.read_bytes(), store.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.yaml", "seeds"]


EDITS = {
    "a claim's text changed": lambda text: text.replace("Naadam festival", "Naadam games festival", 1),
    "a claim removed": lambda text: _without_claim(text, "visit-shed-light-cooperation"),
    "a claim added at the top": lambda text: text.replace("claims:\n", "claims:\n" + NEW_CLAIM, 1),
    "two claims swapped": lambda text: _swap_first_claims(text),
    "a comment appended": lambda text: text + "# reviewed\n",
}
NEW_CLAIM = """\
  - id: tsagaan-sar-greeting
    text: "The Japanese ambassador sent Tsagaan Sar greetings to Mongolia."
    category: culture
    attributed_to: The Diplomat
    source: diplomat-naruhito-visit-2025
    quote: "The monarchs visited Ulaanbaatar's water supply and sewage facility"
"""


def _claim_blocks(text: str) -> tuple[str, list[str]]:
    head, _, body = text.partition("claims:\n")
    blocks = ["  - " + block for block in body.split("\n  - ")]
    blocks[0] = blocks[0][4:]
    return head + "claims:\n", [block if block.endswith("\n") else block + "\n" for block in blocks]


def _without_claim(text: str, claim_id: str) -> str:
    head, blocks = _claim_blocks(text)
    return head + "".join(b for b in blocks if not b.startswith(f"  - id: {claim_id}\n"))


def _swap_first_claims(text: str) -> str:
    head, blocks = _claim_blocks(text)
    return head + "".join([blocks[1], blocks[0], *blocks[2:]])


@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_an_edit_gives_the_answers_of_the_edited_store(
    edit: str, jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    store = copy_store(tmp_path)
    answers(jpmn, "--store", str(store))  # builds the cache
    store.write_text(EDITS[edit](store.read_text(encoding="utf-8")), encoding="utf-8")
    updated = answers(jpmn, "--store", str(store))
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    assert updated == answers(jpmn, "--store", str(store))
    assert jpmn("check", "--store", str(store)).code == 0
