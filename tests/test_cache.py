"""The derived index: answers are identical with and without it, and it never goes stale."""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


# --- the index describes exactly the bytes it was built from (issue 14, items 1-3, 13, 14) ---------


def _cache_files(cache: Path) -> list[Path]:
    return sorted(p for p in cache.iterdir() if p.suffix == ".sqlite3")


def test_an_edit_saved_while_the_index_is_built_is_seen_on_the_next_run(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The store is read once and the index stamped with those bytes: a correction saved after the
    read (while the index is built) is not hidden behind an index stamped as if it held it."""
    from jpmn.core.index import cache

    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    store = copy_store(tmp_path)
    original = store.read_text(encoding="utf-8")
    assert "1,621 deaths" in original
    corrected = original.replace("1,621 deaths", "1,612 deaths")
    real_build = cache.build

    def build_while_the_curator_saves(conn: Any, loaded: Any, *helper: Any) -> None:
        store.write_text(corrected, encoding="utf-8")  # saved after jpmn read the store
        real_build(conn, loaded, *helper)

    with monkeypatch.context() as patched:
        patched.setattr(cache, "build", build_while_the_curator_saves)
        first = jpmn("show", "pow-deaths-mongolian-records", "--json", "--store", str(store))
    assert "1,621 deaths" in first.out  # the version that was read: a true answer of that moment
    later = jpmn("show", "pow-deaths-mongolian-records", "--json", "--store", str(store))
    assert "1,612 deaths" in later.out and "1,621" not in later.out
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    assert later.out == jpmn("show", "pow-deaths-mongolian-records", "--json", "--store", str(store)).out


def test_an_edit_within_the_same_clock_tick_is_seen(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Same size, same mtime, written in place: only the content differs. A stat taken when the file
    had not settled vouches for nothing; its hash decides."""
    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    store = copy_store(tmp_path)
    before = store.stat()
    assert jpmn("ask", "Naadam", "--store", str(store)).code == 0
    text = store.read_text(encoding="utf-8").replace("Naadam", "Nadaam")
    with store.open("r+", encoding="utf-8") as handle:  # in place: same inode, same size
        handle.write(text)
    os.utime(store, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert jpmn("ask", "Nadaam", "--store", str(store)).code == 0


@pytest.mark.parametrize("where", [0.0, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.999])
def test_a_cache_file_damaged_anywhere_is_discarded_and_rebuilt(
    where: float, jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    store = copy_store(tmp_path)
    expected = answers(jpmn, "--store", str(store))
    (cached,) = _cache_files(cache)
    with cached.open("r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(int(size * where) // 16 * 16)
        handle.write(b"\xa5" * 512)
    assert answers(jpmn, "--store", str(store)) == expected
    assert answers(jpmn, "--store", str(store)) == expected


def test_a_stray_journal_beside_the_cache_is_harmless(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A hot journal left by a killed writer (as an older jpmn could leave) changes nothing."""
    import sqlite3

    cache = tmp_path / "cache"
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    store = copy_store(tmp_path)
    expected = answers(jpmn, "--store", str(store))
    (cached,) = _cache_files(cache)
    scratch = tmp_path / "scratch.sqlite3"
    shutil.copy(cached, scratch)
    writer = sqlite3.connect(scratch)
    writer.execute("PRAGMA journal_mode = DELETE")
    writer.execute("BEGIN")
    writer.execute("DELETE FROM cache_meta")
    writer.execute("PRAGMA cache_spill = ON")
    journal = Path(str(scratch) + "-journal")
    if journal.exists():
        shutil.copy(journal, str(cached) + "-journal")
    else:
        Path(str(cached) + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + os.urandom(600))
    writer.rollback()
    writer.close()
    for _ in range(2):
        result = jpmn("ask", "POW deaths", "--json", "--store", str(store))
        assert (result.code, result.err) == (0, "")
    assert answers(jpmn, "--store", str(store)) == expected


def test_cache_folder_and_files_are_private(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A private store must not be copied into an index other users can read."""
    cache = tmp_path / "deeper" / "cache"
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    store = copy_store(tmp_path)
    store.chmod(0o600)
    previous = os.umask(0o022)  # the usual umask: what jpmn creates would be world-readable
    try:
        assert jpmn("ask", "POW deaths", "--store", str(store)).code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    for path in cache.iterdir():
        assert stat.S_IMODE(path.lstat().st_mode) == 0o600, path.name


def test_an_existing_readable_cache_folder_is_made_private(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o755)
    cache.chmod(0o755)
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    assert jpmn("ask", "POW deaths").code == 0
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700


def _plant_index(
    cache: Path, store: Path, jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> str:
    """Build a real index for ``store`` in ``cache`` and make it answer with an invented figure."""
    import sqlite3

    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    assert jpmn("ask", "POW deaths", "--store", str(store)).code == 0
    (cached,) = _cache_files(cache)
    with sqlite3.connect(cached) as conn:
        conn.execute("UPDATE claims SET body = CAST(replace(body, '1,684', '9,999') AS BLOB)")
    conn.close()
    notes = cached.with_suffix(".json")
    recorded = json.loads(notes.read_text())
    recorded["index"] = list(_signature(cached))  # the planter fixes up what jpmn noted, too
    notes.write_text(json.dumps(recorded))
    return "9,999"


def _signature(path: Path) -> tuple[int, ...]:
    info = path.stat()
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


@pytest.mark.parametrize("how", ["world-writable", "another-owner"])
def test_a_cache_folder_others_control_is_not_used(
    how: str, jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if how == "another-owner" and os.geteuid() != 0:
        pytest.skip("giving a folder to another user needs root")
    cache = tmp_path / "cache"
    store = copy_store(tmp_path)
    invented = _plant_index(cache, store, jpmn, monkeypatch)
    if how == "world-writable":
        cache.chmod(0o777)
    else:
        os.chown(cache, 65534, 65534)
    result = jpmn("show", "pow-deaths-japanese-records", "--store", str(store))
    assert result.code == 0 and invented not in result.out and "1,684" in result.out
    assert result.err.count("\n") == 1 and "warning: not using the cache folder" in result.err
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    assert result.out == jpmn("show", "pow-deaths-japanese-records", "--store", str(store)).out


def test_planted_symlinks_in_the_cache_folder_are_never_followed(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from jpmn.core.index.cache import _Entry

    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    store = copy_store(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    prefix = _Entry(str(cache), os.path.realpath(store)).prefix
    for suffix in (".sqlite3", ".json", ".lock", ".sqlite3-journal"):
        Path(prefix + suffix).symlink_to(victim)
    expected = jpmn("ask", "POW deaths", "--json", "--store", str(store))
    assert expected.code == 0
    assert victim.read_text() == "precious" and not victim.is_symlink()
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    assert expected.out == jpmn("ask", "POW deaths", "--json", "--store", str(store)).out


def test_a_cache_written_by_other_code_is_not_read(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An upgrade that changes how the index is built (text analysis, tables) changes the code
    fingerprint, so an index built by the old code is rebuilt, not read."""
    from jpmn.core.index import cache as cache_module

    cache = tmp_path / "cache"
    store = copy_store(tmp_path)
    invented = _plant_index(cache, store, jpmn, monkeypatch)
    assert invented in jpmn("show", "pow-deaths-japanese-records", "--store", str(store)).out
    monkeypatch.setattr(cache_module, "_fingerprint", "the fingerprint of another version")
    result = jpmn("show", "pow-deaths-japanese-records", "--store", str(store))
    assert invented not in result.out and "1,684" in result.out


def test_the_code_fingerprint_covers_the_code_and_tables_that_build_the_index(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import jpmn as package
    from jpmn.core.index import cache as cache_module

    copy = tmp_path / "jpmn"
    shutil.copytree(Path(package.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(package, "__file__", str(copy / "__init__.py"))
    names = {os.path.relpath(p, copy) for p in cache_module._code_files() if p.startswith(str(copy))}
    assert {"core/text.py", "core/index/__init__.py", "core/store/loader.py"} <= names

    def fingerprint() -> str:
        monkeypatch.setattr(cache_module, "_fingerprint", None)
        return cache_module.code_fingerprint()

    before = fingerprint()
    assert fingerprint() == before
    text = copy / "core" / "text.py"
    text.write_text(text.read_text(encoding="utf-8") + "\n# analysis changed\n", encoding="utf-8")
    assert fingerprint() != before


# --- readers while a writer swaps store versions (issue 14, items 1 and 2) -------------------------

READER = r"""
import json, sys
from typer.testing import CliRunner
from jpmn.app import app

store, rounds, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
seen = []
runner = CliRunner()
for _ in range(rounds):
    for args in (["ask", "POW deaths", "--json"], ["show", "pow-deaths-mongolian-records", "--json"]):
        result = runner.invoke(app, [*args, "--store", store])
        seen.append([args[0], result.exit_code, result.stdout, result.stderr])
with open(out, "w", encoding="utf-8") as handle:
    json.dump(seen, handle)
"""


def _replace(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".new")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def small_store(folder: Path) -> Path:
    """The shipped store cut down to one source and its claims, so that building it costs little."""
    import yaml

    data = yaml.safe_load(SHIPPED_STORE.read_text(encoding="utf-8"))
    source = next(s for s in data["sources"] if s["path"] == "seeds/003_78fc02ddb00f146c.txt")
    claims = [c for c in data["claims"] if c["source"] == source["id"]]
    kept = {c["id"] for c in claims}
    for claim in claims:
        for key in ("conflicts_with", "related"):
            if key in claim:
                claim[key] = [other for other in claim[key] if other in kept] or None
                if claim[key] is None:
                    del claim[key]
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    shutil.copy(SHIPPED_STORE.parents[1] / "seeds" / source["path"][6:], folder / source["path"])
    store = folder / "facts.yaml"
    store.write_text(
        yaml.safe_dump({"sources": [source], "claims": claims}, sort_keys=False, allow_unicode=True)
    )
    return store


def test_readers_while_a_writer_swaps_versions_only_ever_see_some_version(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Bounded: 3 reader processes x 4 rounds x 2 commands, while the store and a source file are
    swapped between versions. Every answer is the uncached answer of some combination of the
    files, none is an error, and once the writer stops the cached answer is the uncached one."""
    import subprocess
    import sys

    cache = tmp_path / "cache"
    store = small_store(tmp_path)
    seed = tmp_path / "seeds" / "003_78fc02ddb00f146c.txt"
    text, seed_text = store.read_bytes(), seed.read_bytes()
    stores = [text] + [
        text.replace(b"count 1,621 deaths", f"count 1,6{n}{n} deaths".encode()).replace(
            b"value: 1621\n", f"value: 16{n}{n}\n".encode()
        )
        for n in (3, 5)
    ]
    assert len(set(stores)) == len(stores)
    assert seed_text.startswith(b"\n")
    seeds = [seed_text, seed_text[1:] + b"\n"]  # every line one up: show's line changes

    expected: dict[str, set[str]] = {"ask": set(), "show": set()}
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    for store_bytes in stores:
        for seed_bytes in seeds:
            _replace(store, store_bytes)
            _replace(seed, seed_bytes)
            expected["ask"].add(jpmn("ask", "POW deaths", "--json", "--store", str(store)).out)
            shown = jpmn("show", "pow-deaths-mongolian-records", "--json", "--store", str(store))
            assert shown.code == 0, shown.err
            expected["show"].add(shown.out)
    assert len(expected["show"]) == len(stores) * len(seeds)
    monkeypatch.delenv("JPMN_NO_CACHE")

    env = {**os.environ, "JPMN_CACHE_DIR": str(cache)}
    env.pop("JPMN_NO_CACHE", None)
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(store), "4", str(tmp_path / f"reader{n}.json")], env=env
        )
        for n in range(3)
    ]
    swaps = 0
    try:
        while any(reader.poll() is None for reader in readers) and swaps < 400:
            _replace(store, stores[swaps % len(stores)])
            if swaps % 3 == 0:
                _replace(seed, seeds[(swaps // 3) % len(seeds)])
            swaps += 1
            time.sleep(0.01)
    finally:
        for reader in readers:
            reader.wait(timeout=120)
    assert all(reader.returncode == 0 for reader in readers)
    for n in range(3):
        for command, code, out, err in json.loads((tmp_path / f"reader{n}.json").read_text()):
            assert (code, err) == (0, ""), err
            assert out in expected[command]

    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    settled = jpmn("show", "pow-deaths-mongolian-records", "--json", "--store", str(store)).out
    cached_answers = answers(jpmn, "--store", str(store))
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    assert settled == jpmn("show", "pow-deaths-mongolian-records", "--json", "--store", str(store)).out
    assert cached_answers == answers(jpmn, "--store", str(store))


# --- a build cut short leaves nothing behind (issue 14, item 13) ---------------------------------------

SLOW_BUILDER = r"""
import sys, time
from jpmn.core.index import cache
from jpmn.app import main

real_build, marker = cache.build, sys.argv[2]

def build_then_wait(conn, store, *helper):
    real_build(conn, store, *helper)
    open(marker, "w").close()  # the temporary file is full size now
    time.sleep(60)

cache.build = build_then_wait
sys.argv = ["jpmn", "ask", "POW deaths", "--store", sys.argv[1]]
main()
"""


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP", "SIGKILL"])
def test_a_build_ended_by_a_signal_leaves_no_temporary_file(
    signal_name: str, jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SIGTERM and SIGHUP remove the temporary file on the way out; after SIGKILL (which nothing can
    catch) the next build of that store removes it."""
    import signal
    import subprocess
    import sys

    cache = tmp_path / "cache"
    store = copy_store(tmp_path)
    marker = tmp_path / "built"
    env = {**os.environ, "JPMN_CACHE_DIR": str(cache)}
    env.pop("JPMN_NO_CACHE", None)
    builder = subprocess.Popen([sys.executable, "-c", SLOW_BUILDER, str(store), str(marker)], env=env)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and builder.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), "the build never got as far as its temporary file"
        assert [p for p in cache.iterdir() if p.name.endswith(".tmp")]
        builder.send_signal(getattr(signal, signal_name))
        builder.wait(timeout=30)
    finally:
        if builder.poll() is None:
            builder.kill()
            builder.wait()
    left = [p.name for p in cache.iterdir() if p.name.endswith(".tmp")]
    if signal_name != "SIGKILL":
        assert left == []
        assert builder.returncode != 0
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    assert jpmn("ask", "POW deaths", "--store", str(store)).code == 0
    assert [p.name for p in cache.iterdir() if p.name.endswith(".tmp")] == []


def test_index_files_an_older_jpmn_left_are_removed(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """They were readable by every user and are never read again."""
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    old = [
        "0443da84a35a1162.sqlite3",
        "0443da84a35a1162.sqlite3-journal",
        "2b4944c687c409ef.sqlite3.4242.tmp",
    ]
    kept = ["notes.txt", "0443da84a35a1162.sqlite3.bak", "index-not-ours.sqlite3x"]
    for name in old + kept:
        (cache / name).write_bytes(b"SQLite format 3\x00")
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    store = copy_store(tmp_path)
    assert jpmn("ask", "POW deaths", "--store", str(store)).code == 0
    names = {p.name for p in cache.iterdir()}
    assert not names & set(old) and set(kept) <= names
