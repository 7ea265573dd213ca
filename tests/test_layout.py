"""The shape of the code, as the house style has it: a core that knows nothing about the terminal.

Like click's own tests/test_imports.py, these pin what gets imported, so the layout cannot erode.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "jpmn"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


CORE = sorted((SRC / "core").rglob("*.py"))


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(SRC)))
def test_the_core_imports_neither_typer_nor_rich_nor_the_output(path: Path) -> None:
    for name in _imports(path):
        top = name.split(".")[0]
        assert top not in ("typer", "rich", "click"), f"{path.name} imports {name}"
        assert not name.startswith(("jpmn.output", "jpmn.app")), f"{path.name} imports {name}"


def test_records_for_programs_never_import_rich() -> None:
    for module in ("records.py", "safe.py"):
        assert not any(name.split(".")[0] == "rich" for name in _imports(SRC / "output" / module))


def test_imports_are_absolute() -> None:
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        relative = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level]
        assert not relative, f"{path.relative_to(SRC)} uses a relative import"


def _loaded_after(args: list[str]) -> set[str]:
    """The modules a real ``jpmn ARGS`` run has loaded when it ends."""
    script = (
        "import atexit, json, sys\n"
        "atexit.register(lambda: sys.__stderr__.write('MODULES ' + json.dumps(sorted(sys.modules)) + '\\n'))\n"
        "from jpmn.app import main\n"
        f"sys.argv = ['jpmn', *{args!r}]\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    line = next(line for line in done.stderr.splitlines() if line.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def test_ask_json_never_loads_rich() -> None:
    loaded = _loaded_after(["ask", "POW deaths", "--json"])
    assert "jpmn.core.search" in loaded
    assert not any(name == "rich" or name.startswith("rich.") for name in loaded)


def test_ask_for_people_loads_rich() -> None:
    assert "rich.console" in _loaded_after(["ask", "POW deaths"])
