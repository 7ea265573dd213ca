"""The README tells the truth: its commands run and print what it shows; CI runs its test command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, installed_jpmn

README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_examples() -> list[tuple[str, str]]:
    """(command, expected output) for every `$ jpmn ...` line of the README's console blocks."""
    examples = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        parts = re.split(r"^\$ ", block, flags=re.M)
        for part in parts[1:]:
            command, _, output = part.partition("\n")
            examples.append((command, output.rstrip("\n")))
    return examples


def sh_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, re.S)


def run_example(command: str, folder: Path) -> str:
    """What a README console example prints (stdout, or stderr when stdout is empty), as a user sees it."""
    bin_dir = str(Path(installed_jpmn()).parent)
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "PATH": bin_dir + os.pathsep + os.environ["PATH"]}
    env["JPMN_CACHE_DIR"] = str(folder / "cache")
    env.pop("JPMN_STORE", None)
    done = subprocess.run(
        command, shell=True, capture_output=True, text=True, env=env, cwd=folder, timeout=60
    )
    shown = done.stdout if done.stdout else done.stderr
    return re.sub(r"[ \t]+$", "", shown, flags=re.M).rstrip("\n")


@pytest.mark.parametrize(("command", "expected"), console_examples(), ids=[c for c, _ in console_examples()])
def test_readme_examples_print_what_the_readme_shows(command: str, expected: str, tmp_path: Path) -> None:
    assert run_example(command, tmp_path) == expected


def update_readme(folder: Path) -> None:
    """Rewrite every console example of the README with what it prints now (then read the diff)."""

    def block(match: re.Match[str]) -> str:
        parts = re.split(r"^\$ ", match.group(1), flags=re.M)
        out = parts[0]
        for part in parts[1:]:
            command = part.partition("\n")[0]
            shown = run_example(command, folder)
            out += f"$ {command}\n" + (shown + "\n" if shown else "")
        return f"```console\n{out}```"

    text = re.sub(r"```console\n(.*?)```", block, README, flags=re.S)
    (ROOT / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":  # python tests/test_docs.py: refresh the README's examples
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        update_readme(Path(scratch))


def test_readme_has_the_two_newcomer_commands_and_ci_runs_the_test_command() -> None:
    install_and_ask, install_and_test = (block.strip() for block in sh_blocks()[:2])
    assert install_and_ask.endswith('pip install . && jpmn ask "POW deaths"')
    assert install_and_test.startswith(
        "python3 -m venv .venv && . .venv/bin/activate && pip install '.[test]'"
    )
    for step in ("ruff check .", "ruff format --check .", "mypy --strict src", "pytest"):
        assert step in install_and_test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert install_and_test in ci.splitlines()


def test_readme_lists_every_command_and_documents_exit_codes() -> None:
    from jpmn.app import app

    for command in [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]:
        assert f"`jpmn {command}" in README
    for code in ("| 0 |", "| 1 |", "| 2 |"):
        assert code in README


def test_readme_json_fields_are_the_fields_jpmn_prints() -> None:
    from jpmn.schema import CLAIM_FIELDS, HIT_FIELDS

    for field in {name.split(".")[0] for name in (*CLAIM_FIELDS, *HIT_FIELDS)}:
        assert f"`{field}`" in README


def test_the_installed_command_is_the_one_tested() -> None:
    """Tests run against the installed package, as a user has it, not the source folder."""
    import jpmn

    if Path(jpmn.__file__).is_relative_to(ROOT / "src"):
        pytest.skip("an editable install for development; CI installs the package as the README says")
    assert Path(installed_jpmn()).parent == Path(sys.executable).parent
