"""A curator grows a copy of the store: `jpmn sources add` registers an article, `jpmn add` adds
claims from roughly what it says. Refusals leave the store byte-identical."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from jpmn import app as jpmn_app

from conftest import ROOT, Result

ARTICLE = """Mongolia opens a rare-earth plant

ULAANBAATAR - Mongolia opened its first rare-earth processing plant on Monday, the Ministry of Mining said.
The plant will process 2,000 tonnes of ore a year, officials said, and Japanese firms will buy part of the output.
"""
SOURCE_ID = "montsame-mongolia-opens-rare-earth-plant-2025-08-04"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A copy of the shipped store with its seeds, and an article to add, in a curator's folder."""
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "facts.yaml", tmp_path / "data" / "facts.yaml")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "plant.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path / "data" / "facts.yaml"


def register(jpmn: Callable[..., Result], store: Path, *extra: str) -> Result:
    return jpmn(
        "sources", "add", str(store.parent.parent / "plant.txt"), "--store", str(store),
        "--outlet", "Montsame", "--title", "Mongolia opens a rare-earth plant", "--published", "2025-08-04",
        "--url", "https://example.org/plant", "--lines", "3-4", *extra,
    )  # fmt: skip


def test_a_curator_adds_an_article_and_a_claim_from_it(jpmn: Callable[..., Result], store: Path) -> None:
    result = register(jpmn, store)
    assert result.code == 0, result.err
    assert result.out.startswith(f"added source {SOURCE_ID} at {store}:")
    assert "copied the file to seeds/plant.txt" in result.out
    listed = {s["id"]: s for s in json.loads(jpmn("sources", "--store", str(store), "--json").out)}
    assert listed[SOURCE_ID]["url"] == "https://example.org/plant" and listed[SOURCE_ID]["claims"] == 0

    result = jpmn(
        "add", "--store", str(store), "--source", SOURCE_ID,
        "--quote", "the plant will process 2000 tonnes of ore a year",
        "--text", "Mongolia's first rare-earth processing plant will process 2,000 tonnes of ore a year.",
        "--category", "minerals", "--value", "2000", "--unit", "tonnes of ore per year",
        "--attributed-to", "Officials (cited by Montsame)", "--keywords", "rare earths, processing, capacity",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "quote taken from seeds/plant.txt:4:1" in result.err
    claim_id = "mongolia-first-rare-earth-processing-plant-process"
    assert result.out == f"added claim {claim_id} at {store}:{_line_of(store, claim_id)}\n"
    shown = json.loads(jpmn("show", claim_id, "--store", str(store), "--json").out)[0]
    assert shown["quote"] == "The plant will process 2,000 tonnes of ore a year" and shown["line"] == 4
    assert shown["source"]["url"] == "https://example.org/plant"
    cited = jpmn("cite", claim_id, "--store", str(store)).out
    assert "https://example.org/plant" in cited
    assert jpmn("check", "--store", str(store)).code == 0


def _line_of(store: Path, claim_id: str) -> int:
    lines = store.read_text(encoding="utf-8").splitlines()
    return lines.index(f"  - id: {claim_id}") + 1


def test_dry_run_prints_the_yaml_and_writes_nothing(jpmn: Callable[..., Result], store: Path) -> None:
    before = store.read_bytes()
    result = jpmn(
        "add", "--store", str(store), "--source", "diplomat-naruhito-visit-2025", "--dry-run",
        "--quote", "Naruhito expressed Japan would send a high level representative to COP17",
        "--text", "Emperor Naruhito said Japan would send a high-level representative to COP17.",
        "--category", "environment", "--attributed-to", "Emperor Naruhito", "--id", "naruhito-cop17-envoy",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.startswith("  - id: naruhito-cop17-envoy\n    text: ")
    assert (
        '    quote: "Naruhito expressed that Japan would send a high-level representative to COP17"\n'
        in result.out
    )
    assert "dry run: nothing written" in result.err
    assert store.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--id", "igawahara-new-chapter"], "already in the store"),
        (["--category", "gossip"], "unknown category 'gossip'"),
        (["--value", "12,318", "--unit", "people"], "separators"),
        (["--quote", "words this article never printed anywhere at all"], "no passage"),
        (["--source", "nikkei"], "no source has the id 'nikkei'"),
        (["--date", "July 2025"], "not a date"),
    ],
)
def test_a_broken_or_duplicate_claim_is_refused_with_the_store_byte_identical(
    jpmn: Callable[..., Result], store: Path, args: list[str], words: str
) -> None:
    before = store.read_bytes()
    base = {
        "--source": "diplomat-naruhito-visit-2025",
        "--quote": "Igawahara Masaru predicted that the visit will open a new chapter",
        "--text": "The ambassador expects a new chapter.",
        "--category": "visit",
        "--attributed-to": "Igawahara Masaru",
    }
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    result = jpmn("add", "--store", str(store), *[part for pair in base.items() for part in pair])
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("jpmn: ") and words in result.err
    assert store.read_bytes() == before


def test_missing_fields_off_a_terminal_are_named(jpmn: Callable[..., Result], store: Path) -> None:
    before = store.read_bytes()
    result = jpmn(
        "add", "--store", str(store), "--source", "diplomat-naruhito-visit-2025", "--quote", "x y z"
    )
    assert result.code == 2
    assert result.err == (
        "jpmn: add needs --text, --category, --attributed-to (on a terminal jpmn asks for them; "
        "see 'jpmn add --help')\n"
    )
    assert store.read_bytes() == before


def test_on_a_terminal_jpmn_asks_for_what_is_missing(
    jpmn: Callable[..., Result], store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jpmn_app, "_interactive", lambda: True)
    answers = "\n".join(
        [
            "diplomat-naruhito-visit-2025",  # source (the choices are listed)
            "Naruhito expressed Japan would send a high level representative to COP17",  # quote
            "Emperor Naruhito said Japan would send a high-level representative to COP17.",  # text
            "gossip",  # not a category: asked again
            "environment",
            "Emperor Naruhito",
            "",  # the suggested id
        ]
    )
    result = jpmn("add", "--store", str(store), stdin=answers + "\n")
    assert result.code == 0, result.err
    assert "diplomat-naruhito-visit-2025" in result.err and "category" in result.err
    claim_id = "emperor-naruhito-said-japan-send-high-level"
    assert result.out.startswith(f"added claim {claim_id} at ")
    claims = {c["id"]: c for c in json.loads(jpmn("export", "--store", str(store)).out)}
    assert claims[claim_id]["category"] == "environment"
    assert (
        claims[claim_id]["quote"]
        == "Naruhito expressed that Japan would send a high-level representative to COP17"
    )


def test_a_source_is_refused_with_nothing_written(jpmn: Callable[..., Result], store: Path) -> None:
    before = store.read_bytes()
    seeds = sorted(p.name for p in (store.parent.parent / "seeds").iterdir())
    for extra, words in (
        (["--published", "last week"], "not a date"),
        (["--lines", "3-99"], "run past the end"),
        (["--lines", "three"], "give the first and last line"),
        (["--url", "javascript:alert(1)"], "not a web address"),
        (["--id", "diplomat-naruhito-visit-2025"], "already in the store"),
    ):
        result = register(jpmn, store, *extra)
        assert result.code == 2 and words in result.err, (extra, result.err)
        assert store.read_bytes() == before
        assert sorted(p.name for p in (store.parent.parent / "seeds").iterdir()) == seeds
    assert register(jpmn, store).code == 0
    before = store.read_bytes()
    again = register(jpmn, store)
    assert again.code == 2 and "already the source" in again.err
    assert store.read_bytes() == before


def test_jpmn_sources_still_lists_the_sources(jpmn: Callable[..., Result]) -> None:
    result = jpmn("sources")
    assert result.code == 0 and "diplomat-naruhito-visit-2025" in result.out
    assert {s["id"] for s in json.loads(jpmn("sources", "--json").out)} >= {"diplomat-naruhito-visit-2025"}


def test_the_installed_jpmn_grows_a_copy_and_refuses_without_a_trace(
    sh: Callable[..., subprocess.CompletedProcess[str]], store: Path
) -> None:
    run = sh  # the installed command, in a subprocess
    before = store.read_bytes()
    refused = run("add", "--store", str(store), "--source", "diplomat-naruhito-visit-2025", "--quote",
                  "Igawahara predicted a new chapter", "--text", "T.", "--category", "visit",
                  "--attributed-to", "X", "--id", "igawahara-new-chapter")  # fmt: skip
    assert refused.returncode == 2 and "already in the store" in refused.stderr
    assert store.read_bytes() == before
    added = run("sources", "add", str(store.parent.parent / "plant.txt"), "--store", str(store), "--title",
                "Mongolia opens a rare-earth plant", "--published", "2025-08-04")  # fmt: skip
    assert added.returncode == 0, added.stderr
    claim = run("add", "--store", str(store), "--source", "mongolia-opens-rare-earth-plant-2025-08-04",
                "--quote", "Japanese firms will buy part of the output", "--text",
                "Japanese firms will buy part of the output of Mongolia's first rare-earth plant.",
                "--category", "minerals", "--attributed-to", "Officials")  # fmt: skip
    assert claim.returncode == 0, claim.stderr
    checked = run("check", "--store", str(store))
    assert checked.returncode == 0 and checked.stderr == ""


def test_the_readme_curating_walkthrough_prints_what_it_shows(tmp_path: Path) -> None:
    """The README's Curating section, run from a checkout's seeds/ in order, prints what it shows."""
    import os
    import re

    from conftest import installed_jpmn

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Curating", 1)[1].split("\n## ", 1)[0]
    steps = [
        (command, output.rstrip("\n"))
        for block in re.findall(r"```session\n(.*?)```", section, re.S)
        for command, _, output in (part.partition("\n") for part in re.split(r"^\$ ", block, flags=re.M)[1:])
    ]
    assert len(steps) >= 8
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    bin_dir = str(Path(installed_jpmn()).parent)
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "PYTHONUNBUFFERED": "1",
           "PATH": bin_dir + os.pathsep + os.environ["PATH"], "JPMN_CACHE_DIR": str(tmp_path / "cache")}  # fmt: skip
    env.pop("JPMN_STORE", None)
    for command, expected in steps:
        if command.startswith("export "):
            name, _, value = command.removeprefix("export ").partition("=")
            env[name] = value
            continue
        done = subprocess.run(
            ["bash", "-c", command], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True, timeout=120,
        )  # fmt: skip
        assert done.stdout.rstrip("\n") == expected, command


def add_plant_claim(jpmn: Callable[..., Result], store: Path, *extra: str) -> Result:
    """Register the plant's article, then add a claim from it (with ``extra`` options)."""
    assert register(jpmn, store).code == 0
    return jpmn(*plant_claim(store, *extra))


def plant_claim(store: Path, *extra: str) -> list[str]:
    return [
        "add", "--store", str(store), "--source", SOURCE_ID,
        "--quote", "the plant will process 2000 tonnes of ore a year",
        "--text", "Mongolia's first rare-earth processing plant will process 2,000 tonnes of ore a year.",
        "--category", "minerals", "--value", "2000", "--unit", "tonnes of ore per year",
        "--attributed-to", "Officials (cited by Montsame)", "--id", "rare-earth-plant-capacity", *extra,
    ]  # fmt: skip


def test_a_claim_is_added_with_the_questions_readers_ask(jpmn: Callable[..., Result], store: Path) -> None:
    questions = store.parent / "questions.yaml"
    result = add_plant_claim(
        jpmn,
        store,
        "--question",
        "how much ore can the new plant handle",
        "--question",
        "rare earth factory size",
    )
    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == f"added 2 readers' questions at {questions}:2"
    assert questions.read_text(encoding="utf-8").splitlines()[1:] == [
        "rare-earth-plant-capacity:",
        '  - "how much ore can the new plant handle"',
        '  - "rare earth factory size"',
    ]
    assert jpmn("check", "--store", str(store)).code == 0
    query = "how much ore will the rare-earth processing plant handle"
    first = json.loads(jpmn("ask", query, "--store", str(store), "--json", "--explain").out)[0]
    assert first["id"] == "rare-earth-plant-capacity"
    assert first["explanation"]["asked"]["question"] == "how much ore can the new plant handle"


def test_questions_are_appended_to_the_file_as_it_was(jpmn: Callable[..., Result], store: Path) -> None:
    questions = store.parent / "questions.yaml"
    shutil.copy(ROOT / "data" / "questions.yaml", questions)
    before = questions.read_bytes()
    assert add_plant_claim(jpmn, store, "--question", "ore plant capacity").code == 0
    after = questions.read_bytes()
    assert after.startswith(before)
    assert after[len(before) :] == b'rare-earth-plant-capacity:\n  - "ore plant capacity"\n'


def test_a_dry_run_shows_the_questions_and_writes_neither_file(
    jpmn: Callable[..., Result], store: Path
) -> None:
    assert register(jpmn, store).code == 0
    before = store.read_bytes()
    result = jpmn(*plant_claim(store, "--dry-run", "--question", "ore plant capacity"))
    assert result.code == 0, result.err
    assert 'rare-earth-plant-capacity:\n  - "ore plant capacity"\n' in result.out
    assert "its readers' questions would go at" in result.err
    assert store.read_bytes() == before and not (store.parent / "questions.yaml").exists()


def test_a_question_search_cannot_read_leaves_both_files_as_they_were(
    jpmn: Callable[..., Result], store: Path
) -> None:
    assert register(jpmn, store).code == 0
    before = store.read_bytes()
    result = jpmn(*plant_claim(store, "--question", "the of"))
    assert result.code == 2
    assert "'the of' has no word search looks at (nothing written)" in result.err
    assert "Traceback" not in result.err
    assert store.read_bytes() == before and not (store.parent / "questions.yaml").exists()


def test_questions_are_never_written_through_a_symlink(jpmn: Callable[..., Result], store: Path) -> None:
    elsewhere = store.parent.parent / "elsewhere.yaml"
    elsewhere.write_text("# someone else's file\n", encoding="utf-8")
    assert register(jpmn, store).code == 0
    (store.parent / "questions.yaml").symlink_to(elsewhere)
    result = jpmn(
        "add", "--store", str(store), "--source", SOURCE_ID, "--quote", "the plant will process 2000 tonnes",
        "--text", "The plant will process 2,000 tonnes of ore a year.", "--category", "minerals",
        "--attributed-to", "Officials", "--id", "rare-earth-plant-capacity", "--question", "ore plant capacity",
    )  # fmt: skip
    assert result.code == 2 and "Traceback" not in result.err
    assert "questions.yaml" in result.err and "(nothing written)" in result.err
    assert "rare-earth-plant-capacity" not in store.read_text(encoding="utf-8")
    assert elsewhere.read_text(encoding="utf-8") == "# someone else's file\n"
