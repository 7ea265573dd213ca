"""The installed jpmn on a real (pseudo-)terminal: colour, width, and the pager, as a person meets them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import installed_jpmn
from conftest import on_terminal as run_on_terminal


def on_terminal(args: list[str], rows: int, cols: int, env: dict[str, str]) -> tuple[int, str]:
    """The installed jpmn on a terminal of rows x cols, with the user's environment and ``env``."""
    full_env = {
        key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "COLUMNS", "LINES")
    }
    full_env.update({"TERM": "xterm-256color", **env})
    return run_on_terminal([installed_jpmn(), *args], rows, cols, full_env)


@pytest.fixture
def pager(tmp_path: Path) -> tuple[str, Path]:
    """A pager that keeps what it is given in a file, so a test can tell whether it ran."""
    kept = tmp_path / "paged.txt"
    return f"sh -c 'cat > {kept}'", kept


def test_output_taller_than_the_terminal_goes_through_the_pager(
    pager: tuple[str, Path], cache_dir: Path
) -> None:
    command, kept = pager
    code, screen = on_terminal(
        ["list", "agreements"], 20, 100, {"JPMN_PAGER": command, "JPMN_CACHE_DIR": str(cache_dir)}
    )
    assert code == 0
    assert kept.exists() and "Strategic Partnership" in kept.read_text(encoding="utf-8")
    assert "Strategic Partnership" not in screen  # the pager had it, not the terminal


def test_output_that_fits_is_printed_and_no_pager_is_started(
    pager: tuple[str, Path], cache_dir: Path
) -> None:
    command, kept = pager
    code, screen = on_terminal(
        ["ask", "Khaan Quest", "-n", "1"], 60, 100, {"JPMN_PAGER": command, "JPMN_CACHE_DIR": str(cache_dir)}
    )
    assert code == 0 and "Khaan Quest" in screen
    assert not kept.exists()


@pytest.mark.parametrize("how", ["--no-pager", "JPMN_PAGER=cat", "PAGER="])
def test_the_pager_can_be_turned_off(how: str, pager: tuple[str, Path], cache_dir: Path) -> None:
    command, kept = pager
    env = {"JPMN_CACHE_DIR": str(cache_dir)}
    args = ["list", "agreements"]
    if how == "--no-pager":
        env["PAGER"] = command
        args.append(how)
    else:
        name, _, value = how.partition("=")
        env[name] = value
    code, screen = on_terminal(args, 20, 100, env)
    assert code == 0 and "Strategic Partnership" in screen
    assert not kept.exists()


def test_jpmn_pager_wins_over_pager(pager: tuple[str, Path], cache_dir: Path, tmp_path: Path) -> None:
    command, kept = pager
    other = tmp_path / "other.txt"
    env = {"JPMN_PAGER": command, "PAGER": f"sh -c 'cat > {other}'", "JPMN_CACHE_DIR": str(cache_dir)}
    assert on_terminal(["list", "agreements"], 20, 100, env)[0] == 0
    assert kept.exists() and not other.exists()


def test_a_colour_terminal_gets_styles_and_no_color_turns_them_off(cache_dir: Path) -> None:
    env = {"JPMN_PAGER": "cat", "JPMN_CACHE_DIR": str(cache_dir)}
    code, screen = on_terminal(["ask", "POW deaths", "-n", "1"], 60, 100, env)
    assert code == 0 and "\x1b[" in screen
    code, plain = on_terminal(["ask", "POW deaths", "-n", "1"], 60, 100, {**env, "NO_COLOR": "1"})
    assert code == 0 and "\x1b[" not in plain and "1,621 deaths" in plain


@pytest.mark.parametrize("cols", [20, 33, 60])
def test_text_wraps_to_the_terminal_whatever_its_width(cols: int, cache_dir: Path) -> None:
    env = {"JPMN_PAGER": "cat", "NO_COLOR": "1", "JPMN_CACHE_DIR": str(cache_dir)}
    for args in (
        ["ask", "POW deaths", "-n", "2"],
        ["conflicts"],
        ["timeline", "--from", "2019", "--to", "2019"],
        ["sources"],
    ):
        code, screen = on_terminal(args, 500, cols, env)
        assert code == 0, screen
        assert all(len(line) <= cols for line in screen.splitlines()), (args, screen)


def test_wide_characters_are_counted_as_two_columns(tmp_path: Path, cache_dir: Path) -> None:
    """A store in Japanese wraps by display width, not by characters."""
    from conftest import SHIPPED_STORE

    store = tmp_path / "data" / "facts.yaml"
    store.parent.mkdir()
    shutil.copytree(SHIPPED_STORE.parent.parent / "seeds", tmp_path / "seeds")
    text = SHIPPED_STORE.read_text(encoding="utf-8").replace(
        "Mongolian records, as cited by Mongolia's Institute of Strategic Studies, count 1,621 deaths",
        "モンゴルの記録によると、シベリアから送られた日本人捕虜のうち一六二一人が死亡した。モンゴルの記録",
    )
    store.write_text(text, encoding="utf-8")
    env = {"JPMN_PAGER": "cat", "NO_COLOR": "1", "JPMN_CACHE_DIR": str(cache_dir)}
    code, screen = on_terminal(["show", "pow-deaths-mongolian-records", "--store", str(store)], 500, 40, env)
    assert code == 0, screen
    from rich.cells import cell_len

    assert all(cell_len(line) <= 40 for line in screen.splitlines())
    assert "一六二一人" in screen.replace("\n", "")
