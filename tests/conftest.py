"""Run jpmn as a user would: in-process through typer's CliRunner for most tests, the installed
command for a few."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jpmn.app import app

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_STORE = ROOT / "data" / "facts.yaml"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def user_environment(monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> None:
    """A plain, predictable user: 100 columns, no colour, the shipped store, a private cache."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache_dir))
    for name in ("JPMN_STORE", "JPMN_NO_CACHE", "JPMN_PAGER", "PAGER", "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)


def run_in_process(*args: str, stdin: str | None = None) -> Result:
    """One jpmn command through typer's CliRunner: exit code, stdout and stderr apart."""
    result = CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def jpmn() -> Callable[..., Result]:
    """``jpmn("ask", "POW deaths")`` -> Result(code, out, err), in-process."""
    return run_in_process


def installed_jpmn() -> str:
    """The jpmn command installed beside this interpreter (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name("jpmn")
    found = str(beside) if beside.exists() else shutil.which("jpmn")
    if not found:
        pytest.fail("jpmn is not installed: pip install . first (see README)")
    return found


def on_terminal(command: list[str], rows: int, cols: int, env: dict[str, str]) -> tuple[int, str]:
    """Run a command with a pseudo-terminal of rows x cols as its stdin, stdout and stderr, as a
    person's terminal would be: (exit code, what the screen received)."""
    import fcntl
    import pty
    import signal
    import struct
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    proc = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    try:
        proc.wait(timeout=max(deadline - time.monotonic(), 1))
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail(f"{command!r} hung on a terminal")
    finally:
        os.close(master)
    return proc.returncode, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@pytest.fixture
def sh(tmp_path: Path, cache_dir: Path) -> Iterator[Callable[..., subprocess.CompletedProcess[str]]]:
    """Run the installed ``jpmn`` in a subprocess from a temporary directory."""
    command = installed_jpmn()

    def invoke(
        *args: str, env: dict[str, str] | None = None, **kwargs: object
    ) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "NO_COLOR": "1", "JPMN_CACHE_DIR": str(cache_dir), **(env or {})}
        return subprocess.run(
            [command, *args],
            cwd=tmp_path,
            env=full_env,
            capture_output=True,
            text=True,
            timeout=120,
            **kwargs,
        )

    yield invoke
