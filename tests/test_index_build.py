"""The index build: the same index however the work is split, and text analysis in batches that
reads every text as one read alone does."""

from __future__ import annotations

import marshal
import os
import runpy
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jpmn.core.index as index_module
from jpmn.core.store import load
from jpmn.core.text import Analyser, adjacent, analyse, found

from conftest import ROOT, SHIPPED_STORE

_DECODED_BLOBS = ("vocabulary", "related", "thesaurus", "numbers", "asked", "asked_texts")


def contents(store_path: Path, early: bool = False) -> dict[str, Any]:
    """Every table of the index built from a store (marshalled blobs decoded: their bytes may
    differ with how strings were shared, their values may not); ``early``: with a helper begun
    as soon as the claims are read, as the cache builds it."""
    conn = sqlite3.connect(":memory:")
    if early:
        helper = index_module.Helper()
        store = load(store_path, validated=helper.begin)
        assert helper.child  # at work while the quotes were located
        index_module.build(conn, store, helper)
        assert not helper.child
    else:
        index_module.build(conn, load(store_path))
    tables: dict[str, Any] = {}
    for table, order in (("terms", "term"), ("claims", "n"), ("sources", "n"), ("blobs", "key")):
        tables[table] = conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
    tables["blobs"] = [
        (key, marshal.loads(value) if key in _DECODED_BLOBS else value) for key, value in tables["blobs"]
    ]
    return tables


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    synth = runpy.run_path(str(ROOT / "benchmarks" / "synth.py"))
    assert synth["main"](["--claims", "600", "--out", str(folder)]) == 0
    return folder / "facts.yaml"


@pytest.mark.parametrize("early", [False, True], ids=["helper-after-reading", "helper-as-claims-are-read"])
@pytest.mark.parametrize("which", ["shipped", "synthetic"])
def test_the_index_is_the_same_built_in_one_process_or_two(
    which: str, early: bool, synthetic_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The word analysis shared with a helper process, begun after the store is read or as soon as
    its claims are, builds the index one process alone builds."""
    store_path = SHIPPED_STORE if which == "shipped" else synthetic_store
    monkeypatch.setattr(index_module, "_PARALLEL_CLAIMS", 10**9)
    alone = contents(store_path)
    monkeypatch.setattr(index_module, "_PARALLEL_CLAIMS", 2)
    monkeypatch.setattr(index_module, "_can_share", lambda: True)  # on one CPU too
    monkeypatch.setattr(index_module, "_SENT_TERMS", 50)  # the helper's part in many pieces
    shared = contents(store_path, early=early)
    assert shared == alone
    assert len(alone["terms"]) > 100


def test_a_helper_begun_on_a_store_found_broken_later_is_ended(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source file that cannot be read shows only once the quotes are looked up, after the
    helper began: the store is refused as before, and the helper does not outlive the command."""
    from jpmn.core.index import Index
    from jpmn.errors import StoreProblems

    monkeypatch.setattr(index_module, "_PARALLEL_CLAIMS", 2)
    monkeypatch.setattr(index_module, "_can_share", lambda: True)
    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy(SHIPPED_STORE, tmp_path / "facts.yaml")
    (tmp_path / "seeds" / "003_78fc02ddb00f146c.txt").write_bytes(b"\xff not UTF-8\n")
    begun: list[int] = []
    real_begin = index_module.Helper.begin

    def watched_begin(helper: index_module.Helper, *args: Any, **kwargs: Any) -> None:
        real_begin(helper, *args, **kwargs)
        begun.append(helper.child)

    monkeypatch.setattr(index_module.Helper, "begin", watched_begin)
    with pytest.raises(StoreProblems, match="cannot read source file"):
        Index.open(str(tmp_path / "facts.yaml"), "facts.yaml")
    assert begun and begun[0]
    with pytest.raises(ChildProcessError):
        os.waitpid(begun[0], os.WNOHANG)  # ended and reaped


def test_a_helper_that_fails_is_replaced_by_doing_its_half_here(
    synthetic_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "_PARALLEL_CLAIMS", 10**9)
    alone = contents(synthetic_store)

    def crash(*_args: object) -> None:
        os._exit(3)  # as a helper killed for memory would end: nothing sent

    monkeypatch.setattr(index_module, "_PARALLEL_CLAIMS", 2)
    monkeypatch.setattr(index_module, "_can_share", lambda: True)
    monkeypatch.setattr(index_module, "_gather_child", crash)
    assert contents(synthetic_store) == alone


def test_a_helper_that_ends_after_sending_a_part_is_replaced_by_doing_all_here(
    synthetic_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helper sends what it gathered in parts; one that ends after the first (killed, out of
    memory) leaves the whole analysis to this process, and the index is the one it builds alone."""
    monkeypatch.setattr(index_module, "_PARALLEL_CLAIMS", 10**9)
    alone = contents(synthetic_store)
    real_export = index_module._Gathered.export

    def one_part_then_end(gathered: index_module._Gathered, start: int) -> Any:
        yield next(real_export(gathered, start))
        os._exit(3)

    monkeypatch.setattr(index_module, "_PARALLEL_CLAIMS", 2)
    monkeypatch.setattr(index_module, "_can_share", lambda: True)
    monkeypatch.setattr(index_module, "_SENT_TERMS", 5)
    monkeypatch.setattr(index_module._Gathered, "export", one_part_then_end)
    assert contents(synthetic_store, early=True) == alone


def test_a_weighing_process_that_ends_midway_leaves_the_rest_of_the_terms_to_this_one(
    synthetic_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large store's terms are weighed by a forked process, in batches: one that ends after
    sending a batch (killed, out of memory) leaves the terms it did not send to this process,
    and the index is the one a single process builds."""
    from jpmn.core import forked

    monkeypatch.setattr(index_module, "_PARALLEL_CLAIMS", 10**9)
    alone = contents(synthetic_store)
    real_batches = index_module._Weighing._batches
    real_rows = index_module._Weighing._rows
    here: list[int] = []

    def one_batch_then_end(weighing: index_module._Weighing) -> Any:
        yield next(real_batches(weighing))
        os._exit(3)

    def rows_here(weighing: index_module._Weighing) -> Any:
        here.append(os.getpid())  # seen only by this process, not by the forked one
        return real_rows(weighing)

    monkeypatch.setattr(index_module, "_PARALLEL_CLAIMS", 2)
    monkeypatch.setattr(index_module, "_can_share", lambda: True)
    monkeypatch.setattr(forked, "can_share", lambda: True)  # forked on one CPU too
    monkeypatch.setattr(index_module, "_ROWS_SENT", 50)
    monkeypatch.setattr(index_module._Weighing, "_batches", one_batch_then_end)
    monkeypatch.setattr(index_module._Weighing, "_rows", rows_here)
    assert contents(synthetic_store) == alone
    assert here == [os.getpid()]  # the rest was weighed here, once


def test_a_word_repeated_past_what_a_count_holds_still_weighs_at_most_one(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    quote = " ".join(["yurt"] * 300)
    (tmp_path / "seeds" / "a.txt").write_text(quote + "\n", encoding="utf-8")
    (tmp_path / "facts.yaml").write_text(
        "sources:\n- {id: a, title: A, path: seeds/a.txt}\n"
        "claims:\n"
        f"- {{id: c1, text: A yurt yurt., category: culture, attributed_to: X, source: a, quote: {quote}}}\n"
        f"- {{id: c2, text: A tent., category: culture, attributed_to: X, source: a, quote: {quote}}}\n",
        encoding="utf-8",
    )
    conn = sqlite3.connect(":memory:")
    index_module.build(conn, load(tmp_path / "facts.yaml"))
    index = index_module.Index(conn)
    postings = index.postings("yurt")
    assert postings is not None
    assert list(postings.docs) == [0, 1]
    assert all(0 < weight < 1 for weight in postings.weights)
    assert postings.weights[0] > postings.weights[1]  # its text holds the word too


TRICKY = [
    "",
    "Ulan Bator and Ulan-Bator",
    "café résumé Ｕlaanbaatar naïve",
    "$1 billion, 70k and 1.5 million U.S. prisoners of war",
    "it's the emperor's; can't won't didn't",
    "a\0b holds the separator",
    "The U.S.A. and South Korean rare-earths, the crown prince",
    "Self-Defense Forces of the Asian Development Bank",
    "12,318 POWs; 1,621 deaths; 3½ years; 2022-2031",
    "e\u0301 combining accents after ASCII",
    "US and us",
]


def test_batch_analysis_reads_each_text_as_reading_it_alone_does() -> None:
    analysed = Analyser().analyse(TRICKY)
    for text, terms in zip(TRICKY, analysed, strict=True):
        alone = analyse(text)
        assert found(terms) == [term for term, _word in alone[0]], text
        assert adjacent(terms) == list(alone[1]), text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab USé1,.\u2019'-k \0ñ\u00bd"), max_size=30), max_size=6))
def test_batch_analysis_agrees_with_single_analysis_on_any_texts(texts: list[str]) -> None:
    analyser = Analyser()
    for text, terms in zip(texts, analyser.analyse(texts), strict=True):
        alone = analyse(text)
        assert found(terms) == [term for term, _word in alone[0]]
        assert adjacent(terms) == list(alone[1])
        for term, word in alone[0]:
            assert analyser.spellings[word] == term


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from("ab USé1,.\u2019'-k \0ñ\u00bd"), max_size=60), max_size=6),
)
def test_batch_analysis_reads_a_text_seen_before_as_it_read_it_then(texts: list[str]) -> None:
    """A short text (an attribution, a keyword) is analysed once a store: met again, in the same
    batch or a later one, it reads as it did, and as it reads alone."""
    analyser = Analyser()
    first = analyser.analyse(texts)
    again = analyser.analyse([*reversed(texts), *texts])
    assert again == [*reversed(first), *first]
    for text, terms in zip(texts, again[len(texts) :], strict=True):
        alone = analyse(text)
        assert found(terms) == [term for term, _word in alone[0]]
        assert adjacent(terms) == list(alone[1])


def test_the_cycle_collector_rests_while_a_store_is_read_and_indexed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Reading and indexing a store make millions of objects with no cycles among them: the
    collector is paused for the build (and the store's loading), and running again after it,
    even when the build fails."""
    import gc

    from jpmn.core.files import collector_paused
    from jpmn.core.index import Index
    from jpmn.core.index import cache as cache_module

    seen: list[bool] = []
    real_build = cache_module.build

    def watched_build(conn: sqlite3.Connection, store: Any, *helper: Any) -> None:
        seen.append(gc.isenabled())
        real_build(conn, store, *helper)

    monkeypatch.setattr(cache_module, "build", watched_build)
    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    assert gc.isenabled()
    Index.open(str(SHIPPED_STORE), "data/facts.yaml")
    assert seen == [False]
    assert gc.isenabled()

    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: the outer one restores it
            pass
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_in_the_jpmn_command_what_is_made_while_the_collector_is_paused_skips_its_younger_generations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A store's millions of objects outlive the pause: in the ``jpmn`` command, which ends after
    it, the collector running again starts from what is made after the pause, instead of walking
    all of them through its younger generations; they wait in the oldest."""
    import gc

    from jpmn.core import files
    from jpmn.core.files import collector_paused

    def generations_of(kept: list[list[int]]) -> list[int]:
        where = {id(found): generation for generation in (0, 1, 2) for found in gc.get_objects(generation)}
        return sorted({where.get(id(made), -1) for made in kept})

    monkeypatch.setattr(files._Process, "one_command", False)
    files.ends_after_one_command()
    assert files._Process.one_command
    with collector_paused():
        kept = [[n] for n in range(1_000)]
    assert generations_of(kept) == [2]
    assert gc.get_freeze_count() == 0
