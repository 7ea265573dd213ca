"""The installed `jpmn`, run as a person runs it: from any directory, in pipes, with exit codes."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from conftest import installed_jpmn

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_runs_from_any_directory_with_the_packaged_store(sh: Run, tmp_path: Path) -> None:
    result = sh("ask", "POW deaths")
    assert result.returncode == 0, result.stderr
    assert "1,684 deaths" in result.stdout and "Japanese records" in result.stdout
    assert sh("check").stdout.endswith("all quotes found in their sources\n")
    assert list(tmp_path.iterdir()) == []  # nothing written where it was run


def test_json_for_scripts(sh: Run) -> None:
    result = sh("ask", "POW deaths", "--json")
    answers = json.loads(result.stdout)
    assert {a["value"] for a in answers[:2]} == {1621, 1684}
    assert result.stderr == ""


def test_exit_codes(sh: Run) -> None:
    assert sh("ask", "Khaan Quest").returncode == 0
    nothing = sh("ask", "how to bake sourdough", "--json")
    assert (nothing.returncode, nothing.stdout) == (1, "[]\n")
    assert nothing.stderr.startswith('no match for "how to bake sourdough"\n')
    bad = sh("ask", "POW", "--store", "/nonexistent/facts.yaml")
    assert (bad.returncode, bad.stdout) == (2, "")
    assert bad.stderr == "jpmn: /nonexistent/facts.yaml: no such store file\n"


def test_store_from_the_environment(sh: Run) -> None:
    result = sh("ask", "POW", env={"JPMN_STORE": "/nonexistent/facts.yaml"})
    assert result.returncode == 2 and "no such store file" in result.stderr


def test_piping_into_head_stops_quietly(tmp_path: Path) -> None:
    jpmn = installed_jpmn()
    for command in (f"'{jpmn}' ask 'POW deaths' | head -1", f"'{jpmn}' export | head -c 10"):
        done = subprocess.run(["sh", "-c", command], capture_output=True, text=True, cwd=tmp_path, timeout=60)
        assert done.stderr == "", command
        assert done.stdout


def test_version_and_help(sh: Run) -> None:
    assert sh("--version").stdout.startswith("jpmn ")
    help_text = sh("--help").stdout
    assert "ask" in help_text and "Exit codes" in help_text


def test_the_installed_package_ships_the_store_with_its_thesaurus() -> None:
    """An installed jpmn ranks as the checkout does: the thesaurus and the readers' questions travel
    with the store."""
    from jpmn.core.locations import default_store_path

    data = Path(default_store_path()).parent
    assert all((data / name).is_file() for name in ("facts.yaml", "thesaurus.yaml", "questions.yaml"))
