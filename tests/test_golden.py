"""Golden tests of the layouts people read: each screen as a file in tests/golden/.

A layout change shows up as a diff of these files. After an intended change (or a change of the
shipped store), rewrite them with ``JPMN_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and read
the diff before committing it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result

GOLDEN = Path(__file__).parent / "golden"
SCREENS = {
    "ask-pow-deaths": ["ask", "POW deaths"],
    "ask-pow-deaths-full": ["ask", "POW deaths", "--full", "--limit", "2"],
    "ask-no-match": ["ask", "zzqx xylophone"],
    "ask-check": ["ask", "Is it true the imperial couple spent 10 days in Mongolia?", "--limit", "2"],
    "list": ["list"],
    "list-source-kyodo": ["list", "--source", "kyodo"],
    "show": ["show", "pow-deaths-japanese-records"],
    "show-long-line": ["show", "astellas-employee-sentenced-3-5-years"],
    "sources": ["sources"],
    "conflicts": ["conflicts"],
    "timeline-2019": ["timeline", "--from", "2019", "--to", "2019"],
    "cite": ["cite", "pow-deaths-japanese-records"],
    "cite-markdown": ["cite", "pow-deaths-japanese-records", "--format", "markdown"],
    "help": ["help"],
    "verify-contradicted": ["verify", "The state visit lasted ten days."],
    "verify-disputed": ["verify", "13,847 Japanese prisoners of war were held in Mongolia."],
}
NARROW = {"ask-pow-deaths-40": ["ask", "POW deaths", "--limit", "2"], "conflicts-40": ["conflicts"]}


def _screen(result: Result) -> str:
    text = f"exit {result.code}\n--- stdout\n{result.out}--- stderr\n{result.err}"
    return re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)


def _compare(name: str, result: Result) -> None:
    path = GOLDEN / f"{name}.txt"
    screen = _screen(result)
    if os.environ.get("JPMN_UPDATE_GOLDEN"):
        path.write_text(screen, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with JPMN_UPDATE_GOLDEN=1"
    assert screen == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SCREENS)
def test_screen_at_100_columns(name: str, jpmn: Callable[..., Result]) -> None:
    _compare(name, jpmn(*SCREENS[name]))


@pytest.mark.parametrize("name", NARROW)
def test_screen_at_40_columns(
    name: str, jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    result = jpmn(*NARROW[name])
    assert all(len(line) <= 40 for line in result.out.splitlines())
    _compare(name, result)


DRAFT = """# Notes for Friday

Japan's emperor spent ten days in Mongolia in July 2025. Some 13,847 Japanese POWs were held there.
Japan has invested more than $1bn in Mongolia. The weather was lovely.
"""


def test_draft_report_at_100_columns(jpmn: Callable[..., Result]) -> None:
    """A claim's id stays whole on its line (it is what a reader copies into `jpmn show`)."""
    result = jpmn("verify", "--file", "-", stdin=DRAFT)
    assert "[japan-investment-over-1-billion-2023-commentary]" in result.out
    _compare("verify-draft", result)


def test_draft_report_at_80_columns(jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    """Too narrow for an id beside its sentence, the claim goes under the sentence, its id whole."""
    monkeypatch.setenv("COLUMNS", "80")
    result = jpmn("verify", "--file", "-", stdin=DRAFT)
    assert all(len(line) <= 80 for line in result.out.splitlines())
    assert "[japan-investment-over-1-billion-2023-commentary]" in result.out
    _compare("verify-draft-80", result)


def test_timeline_at_80_columns(jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch) -> None:
    """Too narrow for an id beside its claim, the source goes under the claim, its id whole."""
    monkeypatch.setenv("COLUMNS", "80")
    result = jpmn("timeline", "--from", "2023", "--to", "2023")
    assert all(len(line) <= 80 for line in result.out.splitlines())
    assert "[japan-investment-over-1-billion-2023-commentary]" in result.out
    _compare("timeline-2023-80", result)


def test_conflicts_at_80_columns_keep_ids_whole(
    jpmn: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = jpmn("conflicts")
    assert all(len(line) <= 80 for line in result.out.splitlines())
    assert "[forced-laborers-national-archives]" in result.out
    _compare("conflicts-80", result)
