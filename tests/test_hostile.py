"""Hostile input: every mistake is one clear line and exit 2.

The contract: a bad store, a bad option or a bad query produces exactly one ``jpmn:`` line on
stderr and exit 2 - never a traceback, a hang, a crash, a silent wrong value, or escape sequences
reaching the terminal. Read commands never modify the store.

Bad stores are built by mutating a small valid store (six claims copied from data/facts.yaml,
with the seed file beside it) in a temporary folder. Slow or dangerous inputs (deep nesting,
devices, FIFOs, huge files) run in a subprocess with a timeout, so a hang or a crash fails the
test instead of taking the suite down.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import Result, installed_jpmn, on_terminal, run_in_process

RUNAWAY = 15.0
"""Seconds after which hostile input counts as runaway work (a quadratic parse, a billion laughs).
A bound against hangs, not a speed target: on a shared, loaded machine a normal run can take a few
seconds. Speed is measured in benchmarks/."""

HUNG = 4 * RUNAWAY
"""Wall seconds after which a run whose CPU time is also measured counts as hung: its CPU time is
the bound on work, and a loaded machine can stretch the wall time of a normal run of several
seconds of CPU past RUNAWAY (seen at a load of 6 on 2 CPUs)."""

ROOT = Path(__file__).resolve().parents[1]
SEED = "003_78fc02ddb00f146c.txt"
SEEDS = ROOT / "seeds"

# --- the valid store every bad store starts from ------------------------------------------------

BASE = """\
# A small test store: one source, six claims copied from data/facts.yaml.
sources:
  - id: diplomat-naruhito-visit-2025
    outlet: The Diplomat
    title: "Japanese Emperor Naruhito's Visit to Mongolia Emphasizes ‘Special Strategic Partnership'"
    published: "2025-07"
    path: seeds/003_78fc02ddb00f146c.txt
    lines: [1, 24]
claims:
  - id: pow-memorial-visit-2025-07-08
    text: "On July 8, 2025, Emperor Naruhito and Empress Masako visited the memorial for Japanese prisoners of war in Mongolia."
    category: visit
    date: "2025-07-08"
    attributed_to: The Diplomat
    source: diplomat-naruhito-visit-2025
    quote: "On July 8, the emperor and empress visited the memorial for Japanese prisoners of war (POWs) in Mongolia."
    related: [forced-laborers-national-archives]
    keywords: [POW, POWs, internees, monument, paid respects]
  - id: forced-laborers-national-archives
    text: "According to the National Archives of Mongolia, approximately 12,000 Japanese forced laborers were sent to the Mongolian People's Republic during World War II."
    category: history
    value: 12000
    unit: forced laborers
    qualifier: approximately
    attributed_to: National Archives of Mongolia
    source: diplomat-naruhito-visit-2025
    quote: "According to the National Archives of Mongolia, during World War II approximately 12,000 Japanese forced laborers were sent to the Mongolian People's Republic (MPR)"
    measures: pow-total-sent
    related: [pow-memorial-visit-2025-07-08]
    keywords: [POW, POWs, prisoners of war, internees, forced labourers, MPR]
  - id: pow-total-mongolian-records
    text: "Mongolian records, as cited by Mongolia's Institute of Strategic Studies, count 12,318 Japanese prisoners of war in total sent to Mongolia."
    category: history
    value: 12318
    unit: prisoners of war
    attributed_to: Mongolian records
    source: diplomat-naruhito-visit-2025
    quote: "Mongolia's records indicated 12,318 POWs in total [sent to Mongolia]"
    measures: pow-total-sent
    related: [pow-deaths-mongolian-records]
    keywords: [POW, POWs, internees, forced laborers, forced labourers]
  - id: pow-deaths-mongolian-records
    text: "Mongolian records, as cited by Mongolia's Institute of Strategic Studies, count 1,621 deaths among the Japanese prisoners of war sent to Mongolia."
    category: history
    value: 1621
    unit: deaths
    attributed_to: Mongolian records
    source: diplomat-naruhito-visit-2025
    quote: "Mongolia's records indicated 12,318 POWs in total [sent to Mongolia] and 1,621 deaths"
    measures: pow-deaths
    related: [pow-total-mongolian-records]
    keywords: [POW, POWs, internees, died, death toll, fatalities]
  - id: pow-total-japanese-records
    text: "Japanese records, as cited by Mongolia's Institute of Strategic Studies, count 13,847 Japanese prisoners of war held in Mongolia."
    category: history
    value: 13847
    unit: prisoners of war
    attributed_to: Japanese records
    source: diplomat-naruhito-visit-2025
    quote: "Japanese records stated 13,847 POWs"
    measures: pow-total-sent
    related: [pow-deaths-japanese-records]
    keywords: [POW, POWs, internees, forced laborers, forced labourers, total]
  - id: pow-deaths-japanese-records
    text: "Japanese records, as cited by Mongolia's Institute of Strategic Studies, count 1,684 deaths among the Japanese prisoners of war held in Mongolia."
    category: history
    value: 1684
    unit: deaths
    attributed_to: Japanese records
    source: diplomat-naruhito-visit-2025
    quote: "Japanese records stated 13,847 POWs and 1,684 deaths"
    measures: pow-deaths
    related: [pow-total-japanese-records]
    keywords: [POW, POWs, internees, died, death toll, fatalities]
"""
BASE_LINES = BASE.splitlines(keepends=True)
CLAIM_ID = "pow-deaths-japanese-records"
QUERY = "POW deaths"
MARK = "#<here>"
"""A YAML comment put on the line where the problem is, so the expected line is easy to find."""


def write_store(folder: Path, content: str | bytes, name: str = "facts.yaml") -> Path:
    """The store file in ``folder``, with the seed file it cites beside it in seeds/."""
    seeds = folder / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    if not (seeds / SEED).exists():
        shutil.copyfile(SEEDS / SEED, seeds / SEED)
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return write_store(tmp_path / "valid", BASE)


# --- what every error must look like -------------------------------------------------------------

_C0_C1 = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
"""Control characters other than newline: none may reach a terminal from data."""
_JPMN_SGR = re.compile(r"\x1b\[(?:(?:0|1|2|3|4|22|23|24|33|36|39)(?:;(?=[0-9])|(?=m)))+m")
"""The styles jpmn itself draws with (bold, dim, italic, underline, cyan, yellow, and their resets):
any other escape on the screen came from the data."""
"""The styling codes jpmn itself emits on a colour terminal (render.Style)."""


def assert_terminal_safe(text: str, what: str = "output") -> None:
    bad = _C0_C1.search(text)
    assert bad is None, f"raw control character {bad.group()!r} in {what}: {text[:2000]!r}"


_PYTHON_ERROR = re.compile(
    r"^(?:Traceback|\w+(?:Error|Exception|Warning): |Exception ignored)|internal error", re.MULTILINE
)
"""A traceback, Python's complaint at exit, or a catch-all 'internal error' line: all are crashes."""


def assert_no_traceback(text: str) -> None:
    assert not _PYTHON_ERROR.search(text), text[-3000:]


def location_of(content: str | bytes, marker: str = MARK) -> int:
    """The line number (1-based) holding ``marker`` in the store content."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    at = text.index(marker)
    return text.count("\n", 0, at) + 1


def parse_error_line(line: str, shown: str) -> tuple[int | None, int | None, str]:
    """(line, col, message) of ``jpmn: path:line:col: message`` or (None, None, message) of ``jpmn: path: message``."""
    prefix = f"jpmn: {shown}"
    assert line.startswith(prefix), f"error line does not start with {prefix!r}: {line!r}"
    rest = line[len(prefix) :]
    located = re.fullmatch(r":(\d+):(\d+): (\S.*)", rest)
    if located:
        return int(located.group(1)), int(located.group(2)), located.group(3)
    whole = re.fullmatch(r": (\S.*)", rest)
    assert whole, f"error line is not 'jpmn: path[:line:col]: message': {line!r}"
    return None, None, whole.group(1)


def assert_store_error(
    code: int,
    out: str,
    err: str,
    shown: str,
    *,
    located: bool | None = True,
    line: int | None = None,
    words: str | None = None,
) -> str:
    """Exit 2, nothing on stdout, exactly one ``jpmn: path[:line:col]: message`` line on stderr."""
    assert_no_traceback(err)
    assert code == 2, f"exit {code}, stderr: {err[-2000:]!r}"
    assert out == "", f"stdout should be empty: {out[:500]!r}"
    lines = err.splitlines()
    assert len(lines) == 1 and err.endswith("\n"), f"expected exactly one stderr line: {err[:2000]!r}"
    assert_terminal_safe(err, "stderr")
    got_line, got_col, message = parse_error_line(lines[0], shown)
    if located is True:
        assert got_line is not None, f"no line:col in {lines[0]!r}"
    elif located is False:
        assert got_line is None, f"a file-level problem names the path only: {lines[0]!r}"
    if line is not None:
        assert got_line == line, f"expected line {line}: {lines[0]!r}"
    if got_col is not None:
        assert got_col >= 1
    if words:
        assert re.search(words, message, re.IGNORECASE), f"message should mention {words!r}: {lines[0]!r}"
    return lines[0]


def assert_check_report(
    code: int,
    out: str,
    err: str,
    shown: str,
    *,
    line: int | None = None,
    words: str | None = None,
    count: int | None = None,
) -> list[str]:
    """``check``: every problem on its own ``path:line:col: message`` line, then a summary line, exit 2."""
    assert_no_traceback(err)
    assert code == 2, f"exit {code}, stderr: {err[-2000:]!r}"
    assert out == "", f"stdout should be empty: {out[:500]!r}"
    assert err.endswith("\n")
    assert_terminal_safe(err, "stderr")
    lines = err.splitlines()
    assert len(lines) >= 2, f"expected problem lines then a summary line: {err!r}"
    *problems, summary = lines
    pattern = re.compile(rf"(?:jpmn: )?{re.escape(shown)}(?::(\d+):(\d+))?: \S.*")
    found_lines = []
    for problem in problems:
        match = pattern.fullmatch(problem)
        assert match, f"problem line is not 'path:line:col: message': {problem!r}"
        found_lines.append(int(match.group(1)) if match.group(1) else None)
    assert summary.startswith("jpmn: "), f"summary line: {summary!r}"
    assert re.search(rf"\b{len(problems)}\b", summary), f"summary should count {len(problems)}: {summary!r}"
    if count is not None:
        assert len(problems) == count, f"expected {count} problems: {err!r}"
    if line is not None:
        assert line in found_lines, f"no problem reported at line {line}: {err!r}"
    if words:
        assert any(re.search(words, p, re.IGNORECASE) for p in problems), f"{words!r} not in {err!r}"
    return problems


# --- running jpmn ----------------------------------------------------------------------------------


JPMN = installed_jpmn()


def base_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("JPMN_STORE", "JPMN_NO_CACHE")}
    env.update({"NO_COLOR": "1", "COLUMNS": "100"})
    env.update(extra)
    return env


_RUNNER = """
import os, resource, signal, sys
report = int(sys.argv[1])
pid = os.fork()
if pid == 0:
    os.close(report)
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    try:
        os.execv(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_pid, status, usage = os.wait4(pid, 0)
os.write(report, str(usage.ru_maxrss).encode())
os.close(report)
code = os.waitstatus_to_exitcode(status)
if code < 0:
    signal.signal(-code, signal.SIG_DFL)
    os.kill(os.getpid(), -code)
os._exit(code)
"""
"""Runs jpmn for ``spawn`` and reports its peak memory. A child's ru_maxrss counts the memory of
the process it was forked from until its exec (Linux keeps the old address space's peak at exec):
jpmn forked from the test process would report at least the test process's memory, which grows
as the session goes on. Forked from this small ``python -S`` runner instead (about 8 MB), it
reports its own. The runner limits jpmn's address space to 1 GiB and ends as jpmn ends."""


def spawn(
    args: list[str] | list[bytes] | list[str | bytes],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 20,
    stdin: int | None = subprocess.DEVNULL,
) -> tuple[Result, float, int]:
    """Run the installed jpmn: (result, wall seconds, peak RSS in KiB). A hang fails the test."""
    started = time.monotonic()
    report_read, report_write = os.pipe()
    try:
        proc = subprocess.Popen(
            [
                os.fsencode(sys.executable),
                b"-S",
                b"-c",
                _RUNNER.encode(),
                str(report_write).encode(),
                os.fsencode(JPMN),
                *(a if isinstance(a, bytes) else a.encode("utf-8") for a in args),
            ],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env if env is not None else base_env(),
            cwd=cwd,
            pass_fds=(report_write,),
            start_new_session=True,
        )
    finally:
        os.close(report_write)
    outputs: dict[str, bytes] = {}
    readers = [
        threading.Thread(target=lambda n=n, s=s: outputs.__setitem__(n, s.read()), daemon=True)
        for n, s in (("out", proc.stdout), ("err", proc.stderr))
    ]
    for reader in readers:
        reader.start()
    while True:
        pid, status, _usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > timeout:
            os.killpg(proc.pid, signal.SIGKILL)
            os.wait4(proc.pid, 0)
            os.close(report_read)
            proc.returncode = -9
            pytest.fail(f"jpmn {args!r} hung for more than {timeout}s")
        time.sleep(0.005)
    wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    with os.fdopen(report_read, "rb") as report:
        peak_kib = int(report.read() or 0)  # jpmn's own peak memory (``_RUNNER``)
    for reader in readers:
        reader.join(timeout)
    proc.stdout.close()
    proc.stderr.close()
    err = outputs.get("err", b"")
    assert proc.returncode >= 0, f"jpmn {args!r} was killed by signal {-proc.returncode}: {err[-2000:]!r}"
    out_text, err_text = outputs.get("out", b"").decode("utf-8"), err.decode("utf-8")  # must be valid UTF-8
    return Result(proc.returncode, out_text, err_text), wall, peak_kib


def test_the_peak_memory_reported_is_jpmn_s_own() -> None:
    """``spawn`` reports jpmn's own peak memory, not that of the test process it was started from:
    with this process 200 MB larger, ``jpmn --help`` still reports well under 100 MB."""
    ballast = bytearray(200 * 2**20)
    ballast[::4096] = bytes(len(ballast) // 4096)  # touch every page: resident, not just reserved
    try:
        result, _wall, peak_kib = spawn(["--help"])
    finally:
        del ballast
    assert result.code == 0
    assert peak_kib < 100 * 1024, f"jpmn --help reported a peak of {peak_kib} KiB"


def in_process(*args: str) -> Result:
    """One command in-process (usable inside hypothesis tests)."""
    return run_in_process(*args)


# === 1-3, 11: stores that cannot be read at all ==================================================


@dataclass
class FileCase:
    id: str
    make: Callable[[Path], Path]
    words: str | None = None
    located: bool | None = False
    needs_non_root: bool = False


def _missing(tmp: Path) -> Path:
    return tmp / "nope.yaml"


def _missing_folder(tmp: Path) -> Path:
    return tmp / "no" / "such" / "folder" / "facts.yaml"


def _directory(tmp: Path) -> Path:
    (tmp / "facts.yaml").mkdir()
    return tmp / "facts.yaml"


def _dangling_symlink(tmp: Path) -> Path:
    (tmp / "facts.yaml").symlink_to(tmp / "gone.yaml")
    return tmp / "facts.yaml"


def _symlink_loop(tmp: Path) -> Path:
    (tmp / "a.yaml").symlink_to(tmp / "b.yaml")
    (tmp / "b.yaml").symlink_to(tmp / "a.yaml")
    return tmp / "a.yaml"


def _unreadable(tmp: Path) -> Path:
    path = write_store(tmp, BASE)
    path.chmod(0)
    return path


def _file_in_place_of_folder(tmp: Path) -> Path:
    write_store(tmp, BASE)
    return tmp / "facts.yaml" / "facts.yaml"


FILE_CASES = [
    FileCase("missing-file", _missing, r"no such|not found|missing|exist"),
    FileCase("missing-folder", _missing_folder, r"no such|not found|missing|exist"),
    FileCase("a-directory", _directory, r"director"),
    FileCase("dangling-symlink", _dangling_symlink, r"no such|not found|missing|exist"),
    FileCase("symlink-loop", _symlink_loop, r"symbolic|link|cannot|read"),
    FileCase("path-through-a-file", _file_in_place_of_folder, r"director|no such|not found|cannot"),
    FileCase("unreadable-chmod-000", _unreadable, r"permission|cannot|read", needs_non_root=True),
]


def _skip_if_root(case: FileCase) -> None:
    if case.needs_non_root and os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root from reading the file")


@pytest.mark.parametrize("case", FILE_CASES, ids=[c.id for c in FILE_CASES])
@pytest.mark.parametrize(
    "command", [["ask", QUERY], ["list"], ["show", CLAIM_ID], ["export"]], ids=lambda c: c[0]
)
def test_unreadable_store_is_one_line(jpmn, tmp_path: Path, case: FileCase, command: list[str]) -> None:
    _skip_if_root(case)
    path = case.make(tmp_path)
    result = jpmn(*command, "--store", str(path))
    assert_store_error(result.code, result.out, result.err, str(path), located=False, words=case.words)


@pytest.mark.parametrize("case", FILE_CASES, ids=[c.id for c in FILE_CASES])
def test_unreadable_store_via_environment(jpmn, monkeypatch, tmp_path: Path, case: FileCase) -> None:
    _skip_if_root(case)
    path = case.make(tmp_path)
    monkeypatch.setenv("JPMN_STORE", str(path))
    result = jpmn("ask", QUERY)
    assert_store_error(result.code, result.out, result.err, str(path), located=False, words=case.words)


@pytest.mark.parametrize("case", FILE_CASES, ids=[c.id for c in FILE_CASES])
def test_check_unreadable_store(jpmn, tmp_path: Path, case: FileCase) -> None:
    """``check`` lists its problems, then a summary line - also when the file cannot be read."""
    _skip_if_root(case)
    path = case.make(tmp_path)
    result = jpmn("check", "--store", str(path))
    assert_check_report(result.code, result.out, result.err, str(path), words=case.words)


def _make_fifo(tmp: Path) -> Path:
    path = tmp / "facts.yaml"
    os.mkfifo(path)
    return path


SPECIAL_FILES = {
    "dev-zero": lambda tmp: Path("/dev/zero"),
    "dev-urandom": lambda tmp: Path("/dev/urandom"),
    "fifo-without-writer": _make_fifo,
}


@pytest.mark.parametrize("command", ["ask", "check"])
@pytest.mark.parametrize("name", list(SPECIAL_FILES))
def test_special_file_as_store_is_refused_not_read(tmp_path: Path, name: str, command: str) -> None:
    """A device or a FIFO is not a store: refused at once (reading it would never end)."""
    path = SPECIAL_FILES[name](tmp_path)
    if not path.exists():
        pytest.skip(f"{path} does not exist here")
    args = ["ask", QUERY] if command == "ask" else ["check"]
    result, wall, _rss = spawn([*args, "--store", str(path)], timeout=5)
    assert wall < RUNAWAY
    if command == "ask":
        assert_store_error(result.code, result.out, result.err, str(path), located=False)
    else:
        assert_check_report(result.code, result.out, result.err, str(path))


def test_dev_null_is_an_empty_store(jpmn) -> None:
    result = jpmn("ask", QUERY, "--store", os.devnull)
    assert_store_error(
        result.code, result.out, result.err, os.devnull, located=None, words="empty|not a regular file"
    )


@pytest.mark.parametrize("command", ["ask", "check"])
def test_store_over_the_size_cap_is_refused_without_reading_it(tmp_path: Path, command: str) -> None:
    path = tmp_path / "facts.yaml"
    with path.open("wb") as handle:
        handle.write(BASE.encode())
        handle.truncate(201 * 2**20)  # sparse: costs no disk, but reading it all would cost 201 MB
    args = ["ask", QUERY] if command == "ask" else ["check"]
    result, wall, rss_kib = spawn([*args, "--store", str(path)], env=base_env(JPMN_NO_CACHE="1"))
    assert wall < RUNAWAY, f"refusing a big store took {wall:.2f}s"
    assert rss_kib < 150 * 1024, f"jpmn read the big store into memory (peak RSS {rss_kib} KiB)"
    if command == "ask":
        assert_store_error(
            result.code, result.out, result.err, str(path), located=False, words=r"MB|size|large|limit"
        )
    else:
        assert_check_report(result.code, result.out, result.err, str(path), words=r"MB|size|large|limit")


# === 2-10: stores with a located problem ===========================================================


def sub(old: str, new: str) -> Callable[[str], str]:
    """Replace the first ``old`` in the store by ``new`` (``old`` must be there)."""

    def make(text: str) -> str:
        assert old in text, f"the base store no longer holds {old!r}"
        return text.replace(old, new, 1)

    return make


def claim_field(key: str, value: str, claim: str = CLAIM_ID) -> Callable[[str], str]:
    """Set (or add) ``key: value`` in one claim, marking the line."""

    def make(text: str) -> str:
        start = text.index(f"  - id: {claim}\n")
        end = text.find("\n  - id:", start + 1)
        end = len(text) if end < 0 else end + 1
        block = text[start:end]
        line = f"    {key}: {value}  {MARK}\n" if not value.startswith(("|", ">")) else f"    {key}: {value}"
        found = re.search(rf"^    {re.escape(key)}:.*\n", block, re.MULTILINE)
        block = block[: found.start()] + line + block[found.end() :] if found else block + line
        return text[:start] + block + text[end:]

    return make


def drop_field(key: str, claim: str = CLAIM_ID, mark_key: str = "id") -> Callable[[str], str]:
    def make(text: str) -> str:
        start = text.index(f"  - id: {claim}\n")
        end = text.find("\n  - id:", start + 1)
        end = len(text) if end < 0 else end + 1
        block = text[start:end]
        block, n = re.subn(rf"^    {re.escape(key)}:.*\n", "", block, count=1, flags=re.MULTILINE)
        assert n == 1
        block = re.sub(
            rf"^(  - |    ){re.escape(mark_key)}:(.*)\n",
            rf"\1{mark_key}:\2  {MARK}\n",
            block,
            count=1,
            flags=re.MULTILINE,
        )
        return text[:start] + block + text[end:]

    return make


def source_field(key: str, value: str) -> Callable[[str], str]:
    def make(text: str) -> str:
        found = re.search(rf"^    {re.escape(key)}:.*\n", text, re.MULTILINE)
        line = f"    {key}: {value}  {MARK}\n"
        if found and found.start() < text.index("claims:"):
            return text[: found.start()] + line + text[found.end() :]
        at = text.index("claims:")
        return text[:at] + line + text[at:]

    return make


def to_bytes(make: Callable[[str], str], old: bytes, new: bytes) -> Callable[[str], bytes]:
    def build(text: str) -> bytes:
        data = make(text).encode("utf-8")
        assert old in data
        return data.replace(old, new, 1)

    return build


def prepend(lines: str) -> Callable[[str], str]:
    return lambda text: lines + text


def append(lines: str) -> Callable[[str], str]:
    return lambda text: text + lines


def extra_claim(id_text: str) -> Callable[[str], str]:
    """Append a valid claim (nothing refers to it) whose id line is ``id: <id_text>``, marked."""
    return append(
        f"  - id: {id_text}  {MARK}\n"
        '    text: "Japanese records count 13,847 prisoners of war."\n'
        "    category: history\n"
        "    attributed_to: Japanese records\n"
        "    source: diplomat-naruhito-visit-2025\n"
        '    quote: "Japanese records stated 13,847 POWs"\n'
    )


BILLION_LAUGHS = (
    f'lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]  {MARK}\n'
    + "".join(f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10))
)


@dataclass
class Bad:
    id: str
    make: Callable[[str], str | bytes]
    words: str | None = None
    where: str = "mark"
    """'mark': the problem is reported on the line holding MARK; 'any': some line:col;
    'either': line:col or the path alone."""
    files: dict[str, bytes] = field(default_factory=dict)


V = "value"
BAD_STORES = [
    # 2. nothing usable at the top
    Bad("empty-file", lambda t: b"", r"empty", "either"),
    Bad("only-comments", lambda t: "# nothing here\n# at all\n", r"empty", "either"),
    Bad("only-blank-lines", lambda t: "\n\n   \n\n", r"empty", "either"),
    Bad("only-document-marker", lambda t: "---\n", None, "either"),
    Bad("top-level-list", lambda t: f"- sources  {MARK}\n- claims\n", r"list|mapping"),
    Bad("top-level-scalar", lambda t: f"just some text  {MARK}\n", r"mapping|value"),
    Bad("top-level-number", lambda t: f"42  {MARK}\n", r"mapping|value"),
    Bad("top-level-empty-mapping", lambda t: f"{{}}  {MARK}\n", r"sources|claims"),
    # 3. encoding
    Bad(
        "not-utf8-latin1", to_bytes(claim_field("attributed_to", "Japanese recXrds"), b"X", b"\xf6"), r"UTF-8"
    ),
    Bad(
        "not-utf8-overlong", to_bytes(claim_field("attributed_to", "Japanese X"), b"X", b"\xc0\xaf"), r"UTF-8"
    ),
    Bad(
        "not-utf8-surrogate",
        to_bytes(claim_field("attributed_to", "Japanese X"), b"X", b"\xed\xa0\x80"),
        r"UTF-8",
    ),
    Bad("not-utf8-cut-at-eof", lambda t: t.encode() + b"# \xe2\x80", r"UTF-8", "any"),
    Bad("utf16", lambda t: t.encode("utf-16"), r"UTF|NUL", "either"),
    Bad("nul-byte", to_bytes(claim_field("attributed_to", "Japanese X records"), b"X", b"\x00"), r"NUL"),
    Bad("raw-escape-byte", to_bytes(claim_field("attributed_to", '"Japanese X records"'), b"X", b"\x1b[31m")),
    Bad("raw-bell-in-plain", to_bytes(claim_field("attributed_to", "Japanese X records"), b"X", b"\x07")),
    # 4. YAML syntax
    Bad("mapping-in-plain-value", claim_field("category", "history: oops"), r"syntax|mapping"),
    Bad("tab-indent", sub("    category: visit\n", f"\tcategory: visit  {MARK}\n"), r"syntax|tab|character"),
    Bad("unclosed-flow-list", claim_field("related", "[pow-total-japanese-records"), r"syntax", "any"),
    Bad("unclosed-quote", claim_field("attributed_to", '"Japanese records'), r"syntax", "any"),
    Bad("bad-indentation", sub("    category: visit\n", f"   category: visit  {MARK}\n"), r"syntax", "any"),
    Bad("two-documents", append(f"---  {MARK}\nsources: []\nclaims: []\n"), r"document"),
    Bad("unsupported-yaml-version", prepend(f"%YAML 9.9  {MARK}\n---\n"), r"YAML", "any"),
    # 5. duplicate keys
    Bad(
        "duplicate-claim-key",
        sub("    category: visit\n", f"    category: visit\n    category: history  {MARK}\n"),
        r"duplicate",
    ),
    Bad(
        "duplicate-source-key",
        sub("    outlet: The Diplomat\n", f"    outlet: The Diplomat\n    outlet: Jiji  {MARK}\n"),
        r"duplicate",
    ),
    Bad("duplicate-top-level-key", append(f"claims: []  {MARK}\n"), r"duplicate"),
    Bad(
        "duplicate-key-in-flow-mapping",
        lambda t: f"{{sources: [], claims: [], sources: []}}  {MARK}\n",
        r"duplicate",
    ),
    # 6. anchors, aliases, tags
    Bad("anchor", claim_field("attributed_to", "&who Japanese records"), r"anchor|alias"),
    Bad("alias", claim_field("attributed_to", "*who"), r"anchor|alias"),
    Bad("anchor-on-list", claim_field("keywords", "&kw [POW]"), r"anchor|alias"),
    Bad(
        "merge-key",
        sub("    category: visit\n", f"    category: visit\n    <<: *base  {MARK}\n"),
        r"anchor|alias",
    ),
    Bad("billion-laughs", prepend(BILLION_LAUGHS), r"anchor|alias"),
    Bad("tag-float", claim_field("value", "!!float 1684"), r"tag"),
    Bad("tag-python-object", claim_field("text", '!!python/object/apply:os.system ["echo pwned"]'), r"tag"),
    Bad("tag-custom", claim_field("attributed_to", "!who Japanese records"), r"tag"),
    # 8. YAML 1.1 coercions
    Bad("value-NO", claim_field(V, "NO"), V),
    Bad("value-octal", claim_field(V, "0123"), V),
    Bad("value-sexagesimal", claim_field(V, "12:30"), V),
    Bad("value-nan", claim_field(V, ".nan"), V),
    Bad("value-inf", claim_field(V, ".inf"), V),
    Bad("value-minus-inf", claim_field(V, "-.inf"), V),
    Bad("value-overflows-to-inf", claim_field(V, "1e400"), V),
    Bad("value-quoted-with-comma", claim_field(V, '"12,318"'), V),
    Bad("value-plain-with-comma", claim_field(V, "12,318"), V),
    Bad("value-underscores", claim_field(V, "12_318"), V),
    Bad("value-hex", claim_field(V, "0x1F"), V),
    Bad("value-true", claim_field(V, "true"), V),
    Bad("value-tilde", claim_field(V, "~"), V),
    Bad("value-null", claim_field(V, "null"), V),
    Bad("value-empty", claim_field(V, ""), V),
    Bad("value-5000-digits", claim_field(V, "9" * 5000), V),
    Bad("attributed_to-NO", claim_field("attributed_to", "NO"), "attributed_to"),
    Bad("attributed_to-date", claim_field("attributed_to", "2025-07-08"), "attributed_to"),
    Bad("unit-yes", claim_field("unit", "yes"), "unit"),
    Bad("unit-number", claim_field("unit", "1.5"), "unit"),
    Bad("qualifier-tilde", claim_field("qualifier", "~"), "qualifier"),
    Bad("text-null", claim_field("text", "null"), "text"),
    Bad("keyword-off", claim_field("keywords", "[POW, off]"), "keywords"),
    Bad("source-title-on", source_field("title", "on"), "title"),
    Bad("date-impossible", claim_field("date", "2025-13-45"), "date"),
    Bad("date-feb-30", claim_field("date", '"2025-02-30"'), "date"),
    Bad("date-one-digit-month", claim_field("date", "2025-7-8"), "date"),
    Bad("date-words", claim_field("date", "July 2025"), "date"),
    Bad("date-timestamp", claim_field("date", "2025-07-08T10:00:00"), "date"),
    Bad("date-period-backwards", claim_field("date", '"2025-07/2024-01"'), "date"),
    Bad("date-fullwidth-digits", claim_field("date", '"２０２５-07"'), "date"),
    Bad("date-arabic-indic-digits", claim_field("date", '"٢٠٢٥-07-08"'), "date"),
    Bad("published-impossible", source_field("published", "2025-13"), "published"),
    # 9. wrong types, unknown keys, missing fields
    Bad("value-as-quoted-text", claim_field(V, '"1684"'), V),
    Bad("value-as-word", claim_field(V, "many"), V),
    Bad("value-as-list", claim_field(V, "[1684]"), V),
    Bad("id-as-number", extra_claim("42"), r"\bid\b"),
    Bad("id-uppercase", extra_claim("POW-Deaths"), r"\bid\b"),
    Bad("id-empty-string", extra_claim('""'), r"\bid\b"),
    Bad("id-with-slash", extra_claim("../../etc/passwd"), r"\bid\b"),
    Bad("quote-as-list", claim_field("quote", '["Japanese records", "1,684 deaths"]'), "quote"),
    Bad("quote-as-mapping", claim_field("quote", "{said: it}"), "quote"),
    Bad("quote-as-number", claim_field("quote", "1684"), "quote"),
    Bad("text-empty", claim_field("text", '""'), "text"),
    Bad("text-blank", claim_field("text", '"   "'), "text"),
    Bad("keywords-as-text", claim_field("keywords", "POW"), "keywords"),
    Bad("keywords-nested-list", claim_field("keywords", "[[POW]]"), "keywords"),
    Bad("related-as-text", claim_field("related", "pow-total-japanese-records"), "related"),
    Bad("conflicts-as-mapping", claim_field("conflicts_with", "{a: b}"), "conflicts_with"),
    Bad("measures-as-list", claim_field("measures", "[pow-deaths]"), "measures"),
    Bad("measures-as-words", claim_field("measures", '"POW deaths"'), "measures"),
    Bad(
        "measures-without-value",
        claim_field("measures", "pow-deaths", "pow-memorial-visit-2025-07-08"),
        "measures",
    ),
    Bad("category-unknown", claim_field("category", "gossip"), "category"),
    Bad("lines-zero", source_field("lines", "[0, 5]"), "lines"),
    Bad("lines-backwards", source_field("lines", "[9, 2]"), "lines"),
    Bad("lines-one-number", source_field("lines", "[3]"), "lines"),
    Bad("lines-quoted", source_field("lines", '["1", 24]'), "lines"),
    Bad("lines-past-end-of-file", source_field("lines", "[1, 99999]"), "lines|line|end"),
    Bad("unknown-claim-key", claim_field("colour", "red"), r"unknown|colour"),
    Bad("misspelt-claim-key", claim_field("atributed_to", "Japanese records"), r"unknown|atributed"),
    Bad("unknown-source-key", source_field("website", "https://example.com"), r"unknown|website"),
    Bad("url-not-a-web-address", source_field("url", '"javascript:alert(1)"'), r"url"),
    Bad("url-with-spaces", source_field("url", '"https://example.com/a b"'), r"url"),
    Bad("unknown-top-level-key", append(f"extra: 1  {MARK}\n"), r"unknown|extra"),
    Bad("missing-quote", drop_field("quote"), r"quote"),
    Bad("missing-attributed_to", drop_field("attributed_to"), r"attributed_to"),
    Bad(
        "missing-source-path",
        lambda t: sub("    path: seeds/003_78fc02ddb00f146c.txt\n", "")(
            sub("  - id: diplomat-naruhito-visit-2025\n", f"  - id: diplomat-naruhito-visit-2025  {MARK}\n")(
                t
            )
        ),
        r"path",
    ),
    Bad(
        "missing-claims",
        lambda t: t[: t.index("claims:")] + f"# claims were here  {MARK}\n",
        r"claims",
        "any",
    ),
    Bad("missing-sources", lambda t: f"claims: []  {MARK}\n", r"sources", "any"),
    Bad("claims-not-a-list", lambda t: t[: t.index("claims:")] + f"claims: 5  {MARK}\n", r"claims"),
    Bad("claims-null", lambda t: t[: t.index("claims:")] + f"claims: ~  {MARK}\n", r"claims"),
    Bad("claim-is-a-scalar", append(f"  - just a sentence  {MARK}\n"), r"claims|mapping"),
    Bad("value-without-unit", drop_field("unit", mark_key="value"), r"unit"),
    Bad("unit-without-value", drop_field("value", mark_key="unit"), r"value|unit"),
    # 10. references
    Bad("unknown-source-id", claim_field("source", "nowhere"), r"source|nowhere"),
    Bad("source-file-missing", source_field("path", "seeds/missing.txt"), r"missing\.txt|not found"),
    Bad("source-file-is-a-folder", source_field("path", "seeds"), r"seeds|not found"),
    Bad(
        "source-file-not-utf8",
        source_field("path", "seeds/latin1.txt"),
        r"latin1|UTF|read",
        "any",
        files={
            "seeds/latin1.txt": "Japanese records stated 13,847 POWs and 1,684 deaths, \xe9t\xe9\n".encode(
                "latin-1"
            )
        },
    ),
    Bad(
        "duplicate-claim-id",
        extra_claim(CLAIM_ID),
        r"duplicate",
    ),
    Bad(
        "duplicate-source-id",
        sub(
            "claims:\n",
            "  - id: diplomat-naruhito-visit-2025  " + MARK + "\n"
            "    title: Again\n    path: seeds/003_78fc02ddb00f146c.txt\nclaims:\n",
        ),
        r"duplicate",
    ),
    Bad(
        "conflicts-with-is-derived",
        claim_field("conflicts_with", "[pow-deaths-mongolian-records]"),
        r"derived|measures",
    ),
    Bad("related-to-unknown-id", claim_field("related", "[nobody]"), r"nobody"),
    # messages that echo store text must not pass its control characters on
    Bad("escape-in-unknown-key", claim_field('"\\e[31mcolour\\a"', "red"), r"unknown"),
    Bad(
        "escape-in-category",
        claim_field("category", '"\\e]8;;file:///etc/passwd\\ahistory\\e]8;;\\a"'),
        r"category",
    ),
    Bad("escape-in-source-id", claim_field("source", '"\\e[2J\\rnowhere"'), r"source|nowhere"),
]


def build_bad(case: Bad, folder: Path) -> tuple[Path, str | bytes]:
    content = case.make(BASE)
    path = write_store(folder, content)
    for name, data in case.files.items():
        (folder / name).write_bytes(data)
    return path, content


def expected_line(case: Bad, content: str | bytes) -> int | None:
    return location_of(content) if case.where == "mark" else None


def located(case: Bad) -> bool | None:
    return None if case.where == "either" else True


@pytest.mark.parametrize("case", BAD_STORES, ids=[c.id for c in BAD_STORES])
def test_bad_store_is_one_located_line(jpmn, monkeypatch, tmp_path: Path, case: Bad) -> None:
    path, content = build_bad(case, tmp_path)
    shown = str(path)
    lines = []
    for command in (["ask", QUERY], ["list", "history"], ["show", CLAIM_ID], ["timeline"]):
        result = jpmn(*command, "--store", shown)
        lines.append(
            assert_store_error(
                result.code, result.out, result.err, shown,
                located=located(case), line=expected_line(case, content), words=case.words,
            )
        )  # fmt: skip
    monkeypatch.setenv("JPMN_STORE", shown)
    result = jpmn("export")
    lines.append(assert_store_error(result.code, result.out, result.err, shown, located=located(case)))
    assert len(set(lines)) == 1, f"every command should report the same problem: {lines}"


@pytest.mark.parametrize("case", BAD_STORES, ids=[c.id for c in BAD_STORES])
def test_check_lists_the_problem(jpmn, tmp_path: Path, case: Bad) -> None:
    path, content = build_bad(case, tmp_path)
    result = jpmn("check", "--store", str(path))
    assert_check_report(result.code, result.out, result.err, str(path), line=expected_line(case, content))


def test_check_lists_every_problem_in_file_order(jpmn, tmp_path: Path) -> None:
    text = BASE
    text = claim_field("colour", "red", "pow-memorial-visit-2025-07-08")(text).replace(MARK, "#<1>")
    text = claim_field("value", "0123", "forced-laborers-national-archives")(text).replace(MARK, "#<2>")
    text = claim_field("source", "nowhere", "pow-total-mongolian-records")(text).replace(MARK, "#<3>")
    # a check-only problem (a quote that is not verbatim), then a hand-made conflict link
    text = claim_field("quote", '"Nobody ever wrote this sentence."', "pow-total-japanese-records")(text)
    text = text.replace(MARK, "#<4>")
    text = claim_field("conflicts_with", f"[pow-deaths-mongolian-records, {CLAIM_ID}]")(text)
    text = text.replace(MARK, "#<5>")
    path = write_store(tmp_path, text)
    result = jpmn("check", "--store", str(path))
    problems = assert_check_report(result.code, result.out, result.err, str(path), count=5)
    expected = [location_of(text, f"#<{n}>") for n in range(1, 6)]
    got = [int(p.split(str(path), 1)[1].split(":")[1]) for p in problems]
    assert got == expected, result.err
    # a read command names the first problem only, on one line
    result = jpmn("ask", QUERY, "--store", str(path))
    assert_store_error(result.code, result.out, result.err, str(path), line=expected[0])


def test_check_only_problems_do_not_stop_read_commands(jpmn, tmp_path: Path) -> None:
    text = claim_field("quote", '"Nobody ever wrote this sentence."', "pow-total-japanese-records")(BASE)
    path = write_store(tmp_path, text)
    result = jpmn("ask", QUERY, "--store", str(path), "--json")
    assert result.code == 0 and json.loads(result.out), result.err
    result = jpmn("check", "--store", str(path))
    assert_check_report(result.code, result.out, result.err, str(path), count=1, words="verbatim|quote")


# === 7. nesting thousands deep: an error, fast, no crash (in a subprocess) =======================

DEEP = 10_000
DEEP_STORES = {
    "flow-lists-10000": "[" * DEEP + "]" * DEEP + "\n",
    "flow-lists-unclosed": "[" * DEEP + "\n",
    "flow-mappings-10000": "{a: " * DEEP + "x" + "}" * DEEP + "\n",
    "block-lists-10000": "- " * DEEP + "x\n",
    "block-mappings-1000": "".join(" " * i + f"k{i}:\n" for i in range(1000)) + " " * 1000 + "x\n",
    "flow-lists-200000": "[" * 200_000 + "]" * 200_000 + "\n",
    "deep-in-a-claim": "keywords",
}


@pytest.mark.parametrize("name", list(DEEP_STORES))
def test_deep_nesting_is_a_fast_error(tmp_path: Path, name: str) -> None:
    content = DEEP_STORES[name]
    if content == "keywords":
        content = claim_field("keywords", "[" * DEEP + "POW" + "]" * DEEP)(BASE)
    path = write_store(tmp_path, content)
    for args in (["ask", QUERY], ["check"]):
        result, wall, _rss = spawn([*args, "--store", str(path)], env=base_env(JPMN_NO_CACHE="1"), timeout=20)
        assert wall < RUNAWAY, f"{name}: took {wall:.2f}s"
        if args[0] == "check":
            assert_check_report(result.code, result.out, result.err, str(path), words=r"nest|deep")
        else:
            assert_store_error(result.code, result.out, result.err, str(path), words=r"nest|deep")


# === stores that must be ACCEPTED ===================================================================

ACCEPTED = {
    "utf8-bom": lambda t: b"\xef\xbb\xbf" + t.encode(),
    "crlf-line-ends": lambda t: t.replace("\n", "\r\n").encode(),
    "date-unquoted": lambda t: t.replace('date: "2025-07-08"', "date: 2025-07-08").encode(),
    "published-unquoted": lambda t: t.replace('published: "2025-07"', "published: 2025-07").encode(),
    "document-markers": lambda t: ("---\n" + t + "...\n").encode(),
    "no-final-newline": lambda t: t.rstrip("\n").encode(),
    "trailing-spaces-and-comments": lambda t: (
        t.replace("\n", "   # note\n").replace("    quote: ", "    # quote follows\n    quote: ").encode()
    ),
}


@pytest.mark.parametrize("name", list(ACCEPTED))
def test_accepted_store_gives_the_same_answers(jpmn, tmp_path: Path, name: str) -> None:
    base = write_store(tmp_path / "base", BASE)
    other = write_store(tmp_path / "other", ACCEPTED[name](BASE))
    for command in (["export", "--format", "json"], ["show", "pow-memorial-visit-2025-07-08", "--json"],
                    ["ask", QUERY, "--json"], ["sources", "--json"]):  # fmt: skip
        want = jpmn(*command, "--store", str(base))
        got = jpmn(*command, "--store", str(other))
        assert want.code == 0, want.err
        assert (got.code, got.out, got.err) == (want.code, want.out, want.err), f"{name} {command}"
    result = jpmn("check", "--store", str(other))
    assert result.code == 0 and result.err == "", result.err


def test_unquoted_and_quoted_dates_are_equal(jpmn, tmp_path: Path) -> None:
    quoted = write_store(tmp_path / "q", BASE)
    plain = write_store(tmp_path / "p", ACCEPTED["date-unquoted"](BASE))
    a = json.loads(jpmn("show", "pow-memorial-visit-2025-07-08", "--store", str(quoted), "--json").out)
    b = json.loads(jpmn("show", "pow-memorial-visit-2025-07-08", "--store", str(plain), "--json").out)
    assert a[0]["date"] == b[0]["date"] == "2025-07-08"
    assert a == b


def test_valid_base_store_checks_clean(jpmn, store: Path) -> None:
    result = jpmn("check", "--store", str(store))
    assert (result.code, result.err) == (0, ""), result.err
    assert result.out.startswith("6 claims")


# === 12. empty and malformed command lines ============================================================

USAGE_ERRORS = {
    "empty-query": ["ask", ""],
    "blank-query": ["ask", "   "],
    "tab-newline-query": ["ask", "\t\n"],
    "punctuation-query": ["ask", "?!"],
    "dots-query-json": ["ask", "...", "--json"],
    "dash-query": ["ask", "--", "\u2014 -"],
    "several-empty-words": ["ask", "", " ", "?"],
    "no-query": ["ask"],
    "limit-zero": ["ask", QUERY, "--limit", "0"],
    "limit-negative": ["ask", QUERY, "--limit", "-3"],
    "limit-word": ["ask", QUERY, "--limit", "many"],
    "limit-5000-digits": ["ask", QUERY, "--limit", "9" * 5000],
    "empty-fields": ["ask", QUERY, "--json", "--fields", ""],
    "unknown-field": ["ask", QUERY, "--json", "--fields", "nosuch"],
    "two-formats": ["ask", QUERY, "--json", "--csv"],
    "year-not-a-year": ["timeline", "--from", "20x5"],
    "year-short": ["timeline", "--to", "25"],
    "years-backwards": ["timeline", "--from", "2030", "--to", "2020"],
    "show-without-id": ["show"],
    "context-not-a-number": ["show", CLAIM_ID, "--context", "abc"],
    "unknown-command": ["frobnicate"],
    "unknown-option": ["ask", QUERY, "--frobnicate"],
    "store-without-path": ["ask", QUERY, "--store"],
    "store-empty-string": ["ask", QUERY, "--store", ""],
    "bad-cite-format": ["cite", CLAIM_ID, "--format", "pdf"],
    "bad-export-format": ["export", "--format", "xml"],
}


@pytest.mark.parametrize("name", list(USAGE_ERRORS))
def test_usage_error_is_one_line(jpmn, name: str) -> None:
    result = jpmn(*USAGE_ERRORS[name])
    assert_no_traceback(result.err)
    assert result.code == 2, f"exit {result.code}: {result.err!r} {result.out[:300]!r}"
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("jpmn: "), result.err
    assert_terminal_safe(result.err)
    if name.endswith("query") or name.startswith(("several-empty", "dots-query", "dash-query")):
        assert re.search(r"jpmn ask|--help|usage", lines[0]), f"no usage hint: {lines[0]!r}"


def test_no_command_is_an_error_without_traceback(jpmn) -> None:
    result = jpmn()
    assert_no_traceback(result.err)
    assert result.code == 2 and result.out == ""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["ask", "--help"], ["--version"], ["ask", QUERY, "--limit", "99999999999999999999"],
     ["show", CLAIM_ID, "--context", "-5"], ["show", CLAIM_ID, "--context", "99999999999"]],
    ids=["help", "ask-help", "version", "limit-huge", "context-negative", "context-huge"],
)  # fmt: skip
def test_odd_but_valid_options(args: list[str]) -> None:
    result, _wall, _rss = spawn(args)
    assert_no_traceback(result.err)
    assert result.code in (0, 1), result.err


# === 13. very long input ================================================================================

_rng = random.Random(1234)
LONG = 200_000
LONG_INPUTS = {
    "repeated-words": (QUERY + " ") * (LONG // 11),
    "one-long-word": "a" * LONG,
    "one-long-number": "1" * LONG,
    "distinct-random-words": " ".join(
        "".join(_rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(_rng.randint(3, 12)))
        for _ in range(LONG // 8)
    )[:LONG],
    "typo-words": ("Mongloia prisonres deahts recrods " * (LONG // 34))[:LONG],
    "punctuation-then-words": "?" * (LONG - 11) + " POW deaths",
    "cyrillic": ("Улаанбаатар " * (LONG // 12))[:LONG],
    "combining-marks": "a\u0301" * (LONG // 2),
    "digits-and-commas": ("12,318 " * (LONG // 7))[:LONG],
    # one run of digits, then a magnitude's letter: the pattern was tried from every digit
    "digits-then-a-magnitude": "1" * (LONG - 4) + " x m",
    # a long run of spaces between two words: the patterns of emphasis and polite asking tried
    # each space of it
    "spaces": "x" + " " * (LONG - 2) + "y",
    # "when" again and again with no verb of beginning: each was read to the end of the text
    "when-without-a-start": ("when " * (LONG // 5))[:LONG],
    # the patterns of what a question asks of: a name of capitals with no end, "where" with no
    # "from", a wording asked for again and again
    "when-did-capitals": "When did " + "A" * (LONG - 10) + "!",
    "when-did-camel-case": ("When did " + "AbCd" * (LONG // 4))[:LONG],
    "where-without-from": ("where " * (LONG // 6))[:LONG],
    "what-words-did-he-use": ("what words did he use " * (LONG // 22))[:LONG],
    "terms-to-use": ("term " * (LONG // 5))[:LONG],
}


@pytest.fixture
def warm_cache() -> None:
    """Build the shipped store's cached index once, so timings measure the query alone."""
    in_process("ask", QUERY)


@pytest.mark.parametrize("name", list(LONG_INPUTS))
def test_long_query_is_fast(jpmn, warm_cache, name: str) -> None:
    query = LONG_INPUTS[name]
    assert len(query) >= LONG - 20
    jpmn("ask", QUERY)  # the cache is warm in this process too
    wall, cpu = time.monotonic(), time.process_time()
    result = jpmn("ask", query, "--json")
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    assert_no_traceback(result.err)
    assert result.code in (0, 1), result.err[:500]
    assert isinstance(json.loads(result.out), list)
    assert cpu < RUNAWAY and wall < HUNG, f"{cpu:.2f}s CPU, {wall:.2f}s"


STATEMENTS = {
    # one endless clause of figures: each figure's clause and sentence were read whole again
    "figures-in-one-clause": "by 5 " * 4000,
    "comma-separated-numbers": "1,2,3," * 3333,
    "when-did-capitals": "When did " + "A" * 20_000 + "!",
    # people named doing things, at length: for each, the text before it was searched whole for
    # a preposition just before the name (300,000 characters: 21 s)
    "names-doing-things": (
        "Emperor Naruhito met President Khurelsukh in Ulaanbaatar and Tokyo with Japan and Mongolia " * 3300
    ),
    # a country's office again and again: the words before each were read from the text's start
    "offices-of-a-country": "the Mongolian prime minister invited the emperor and " * 5600,
    # a long run of capitalised names with no deed after them: each was tried to the run's end
    "names-without-a-deed": "Ulaanbaatar Tokyo Seoul Beijing Washington Moscow Wenzhou Sanya Changsha " * 820,
    # records of both sides again and again: every attribution was weighed against every figure,
    # reading all the text between them
    "sides-counted": "Mongolian records count 12,318 POWs and Japanese records count 13,847 POWs and " * 200,
    # figures with magnitudes again and again: for each, the text before it was searched whole
    # for those who died while held, and its clause found by splitting all the text before it
    "figures-with-magnitudes": "$1bn and $1 billion and US$1 billion and 1.5 million and 70k and " * 4100,
    # dates in every form again and again: each date's words were looked for among all the text's
    # words
    "dates-in-every-form": "on Tuesday July 8 2025 and Wednesday 16 July and 2025-07-17 and 17/07/2025 and "
    * 3400,
    # ranges again and again: each claim was checked once for every figure it bears out
    "ranges": "between 12,000 and 13,847 POWs, between 1,600 and 1,700 deaths and " * 590,
    # dated names again and again: each figure against each claim read every name of the text
    "dated-names": (
        "in 2010 the Strategic Partnership Japan and Mongolia established in 2022 the Special Strategic"
        " Partnership "
    )
    * 1000,
}


@pytest.mark.parametrize("name", list(STATEMENTS))
def test_long_statement_is_checked_without_runaway_work(jpmn, warm_cache, name: str) -> None:
    jpmn("ask", QUERY)
    wall, cpu = time.monotonic(), time.process_time()
    result = jpmn("verify", STATEMENTS[name], "--json")
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    assert_no_traceback(result.err)
    assert result.code in (0, 1), result.err[:500]
    assert json.loads(result.out)["verdict"]
    assert cpu < RUNAWAY and wall < HUNG, f"{cpu:.2f}s CPU, {wall:.2f}s"


def test_a_draft_of_many_short_lines_is_split_in_time(tmp_path: Path) -> None:
    """A draft of 90,000 short lines in one paragraph (under the 1 MB limit): each sentence's line
    was looked for among all the paragraph's lines, and the rest of the draft copied after each
    sentence's end, in time growing with the square of its length."""
    draft = tmp_path / "draft.md"
    draft.write_text("It rained.\n" * 90_000, encoding="utf-8")
    result, wall, _peak = spawn(["verify", "--file", str(draft)], timeout=RUNAWAY)
    assert_no_traceback(result.err)
    assert result.code == 1, result.err[:500]
    assert "no sentence" in result.err
    assert wall < RUNAWAY


@pytest.mark.parametrize(
    "command",
    [["show", "x" * LONG], ["cite", "x" * LONG], ["list", "x" * LONG], ["ask", QUERY, "--attributed-to", "x" * LONG],
     ["ask", QUERY, "--source", "x" * LONG], ["ask", QUERY, "--category", "x" * LONG],
     ["ask", QUERY, "--json", "--fields", ",".join(["x"] * (LONG // 2))]],
    ids=["show", "cite", "list", "attributed-to", "source", "category", "fields"],
)  # fmt: skip
def test_long_arguments_are_fast(jpmn, warm_cache, command: list[str]) -> None:
    jpmn("ask", QUERY)
    wall, cpu = time.monotonic(), time.process_time()
    result = jpmn(*command)
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    assert_no_traceback(result.err)
    assert result.code in (0, 1, 2)
    said = [line for line in result.err.splitlines() if not line.startswith("hint: ")]
    assert len(said) <= 1, result.err[:500]
    assert cpu < RUNAWAY and wall < HUNG, f"{cpu:.2f}s CPU, {wall:.2f}s"


# === 14. control characters, escape sequences and markup ============================================

ESC_QUERY_PARTS = {
    "sgr-red": "\x1b[31mred",
    "osc8-hyperlink": "\x1b]8;;file:///etc/passwd\x07x\x1b]8;;\x07",
    "osc-title": "\x1b]0;pwned\x07",
    "bell": "\x07\x07",
    "carriage-return": "\rfake output",
    "c1-csi": "\x9b31m",
    "del": "\x7f",
    "nul": "\x00",
    "backspace": "\x08\x08\x08",
    "rich-link": "[link=file:///etc/passwd]x[/link]",
    "rich-close-all": "[/]",
    "rich-unclosed": "[bold",
    "rich-style": "[bold red]loud[/bold red]",
}
MARKUP = {"rich-link", "rich-close-all", "rich-unclosed", "rich-style"}


@pytest.mark.parametrize("name", list(ESC_QUERY_PARTS))
def test_query_with_escapes_is_echoed_safely(jpmn, store: Path, name: str) -> None:
    query = f"zqxv {ESC_QUERY_PARTS[name]} zqxv"
    result = jpmn("ask", query, "--store", str(store))
    assert_no_traceback(result.err)
    assert result.code == 1, result.err
    assert_terminal_safe(result.out + result.err)
    assert "zqxv" in result.err, "the no-match message should echo the query"
    if name in MARKUP:
        assert ESC_QUERY_PARTS[name] in result.err, f"markup must be shown literally: {result.err!r}"
    result = jpmn("ask", query, "--store", str(store), "--json")
    assert result.code == 1 and json.loads(result.out) == []
    assert_terminal_safe(result.err)


@pytest.mark.parametrize(
    "command",
    [["show", "\x1b[31mnope\x07"], ["cite", "\x1b]8;;file:///etc/passwd\x07x"], ["list", "\x1b[2J\rhistory"],
     ["ask", QUERY, "--category", "\x1b[5mnope"], ["ask", QUERY, "--json", "--fields", "\x1b[31mid"],
     ["timeline", "--from", "\x1b[31m"], ["cite", "pow-deaths-japanese-records", "--format", "\x07bash"], ["ask", QUERY, "--limit", "\x1b[31m"],
     ["\x1b]0;pwned\x07"], ["ask", QUERY, "--store", "/nonexistent/\x1b[31m\r.yaml"],
     ["show", "[link=file:///etc/passwd]x[/link]"]],
    ids=["show-id", "cite-id", "list-category", "category-filter", "fields", "year", "shell", "limit", "command",
         "store-path", "show-markup"],
)  # fmt: skip
def test_arguments_with_escapes_are_echoed_safely(jpmn, store: Path, command: list[str]) -> None:
    if "--store" not in command and len(command) > 1:
        command = [*command, "--store", str(store)]
    result = jpmn(*command)
    assert_no_traceback(result.err)
    assert result.code in (1, 2), result.err
    assert_terminal_safe(result.out + result.err)
    assert len(result.err.splitlines()) == 1, result.err
    if "[link=" in command[-1]:
        assert "[link=file:///etc/passwd]x[/link]" in result.err


def yaml_quoted(text: str) -> str:
    """A YAML double-quoted scalar holding ``text`` exactly (control characters as escapes)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


EVIL = {
    "text": "Japanese records count 1,684 deaths \x1b[31mRED\x1b[0m \x1b]8;;file:///etc/passwd\x07click\x1b]8;;\x07"
    " \x07bell\rFAKE\x9b2J\x7f\x08 [link=file:///etc/passwd]x[/link] [/] [bold",
    "attributed_to": "Japanese \x1b[5mrecords\x07 [bold red]x",
    "unit": "deaths\x1b[8m",
    "qualifier": "about\x1b[2K\r",
    "keyword": "\x1b[31mkw [link=x]y[/link]",
    "quote": "\x1b[31mred alert\x07 [link=file:///etc/passwd]x[/link]",
    "outlet": "\x1b[32mEvil Outlet\x07",
    "title": "[bold]Title\r\x1b]0;pwned\x07 [/]",
    "author": "A\x1b[8mhidden",
    "note": "\x1b[2J note",
}
EVIL_SOURCE_FILE = (
    "a plain first line\n"
    f"before {EVIL['quote']} after\n"
    "\x1b]0;window title\x07 third line\x1b[0m\r\n"
    "last line\n"
)


def evil_store_text() -> str:
    e = {k: yaml_quoted(v) for k, v in EVIL.items()}
    text = BASE.replace(
        "claims:\n",
        "  - id: evil-source\n"
        f"    outlet: {e['outlet']}\n    title: {e['title']}\n    author: {e['author']}\n"
        f'    published: "2025-07"\n    path: seeds/evil.txt\n    note: {e["note"]}\n'
        "claims:\n",
        1,
    )
    for key, value in (("text", e["text"]), ("attributed_to", e["attributed_to"]), ("unit", e["unit"]),
                       ("qualifier", e["qualifier"]), ("quote", e["quote"]), ("source", "evil-source"),
                       ("date", '"2025-07-01"'), ("keywords", f"[POW, {e['keyword']}]")):  # fmt: skip
        text = claim_field(key, value)(text)
    return text.replace("  " + MARK, "")


@pytest.fixture
def evil_store(tmp_path: Path) -> Path:
    path = write_store(tmp_path, evil_store_text())
    (tmp_path / "seeds" / "evil.txt").write_bytes(EVIL_SOURCE_FILE.encode())
    return path


EVIL_HUMAN_COMMANDS = {
    "ask": ["ask", "Japanese records deaths", "--limit", "10"],
    "ask-quote": ["ask", "red alert"],
    "list-category": ["list", "history"],
    "list": ["list"],
    "show": ["show", CLAIM_ID],
    "show-context": ["show", CLAIM_ID, "-C", "5"],
    "show-other-side": ["show", "pow-deaths-mongolian-records"],
    "sources": ["sources"],
    "conflicts": ["conflicts"],
    "timeline": ["timeline"],
    "cite-text": ["cite", CLAIM_ID],
    "cite-markdown": ["cite", CLAIM_ID, "--format", "markdown"],
    "cite-bibtex": ["cite", CLAIM_ID, "--format", "bibtex"],
    "check": ["check"],
    "filter-attributed": ["ask", "deaths", "--attributed-to", "Japanese \x1b[5mrecords"],
}


def test_evil_store_is_valid(jpmn, evil_store: Path) -> None:
    result = jpmn("check", "--store", str(evil_store))
    assert (result.code, result.err) == (0, ""), result.err


@pytest.mark.parametrize("name", list(EVIL_HUMAN_COMMANDS))
def test_store_text_never_reaches_the_terminal_raw(jpmn, evil_store: Path, name: str) -> None:
    result = jpmn(*EVIL_HUMAN_COMMANDS[name], "--store", str(evil_store))
    assert_no_traceback(result.err)
    assert result.code in (0, 1), result.err
    assert_terminal_safe(result.out, f"stdout of {name}")
    assert_terminal_safe(result.err, f"stderr of {name}")
    if name in ("show", "ask"):
        assert "[link=file:///etc/passwd]x[/link] [/] [bold" in result.out, "markup must be shown literally"


def _evil_claim(records: list[dict]) -> dict:
    (claim,) = [r for r in records if r["id"] == CLAIM_ID]
    return claim


def assert_exact_evil(claim: dict) -> None:
    assert claim["text"] == EVIL["text"]
    assert claim["attributed_to"] == EVIL["attributed_to"]
    assert claim["unit"] == EVIL["unit"]
    assert claim["qualifier"] == EVIL["qualifier"]
    assert claim["quote"] == EVIL["quote"]
    assert claim["keywords"] == ["POW", EVIL["keyword"]]
    assert claim["source"]["outlet"] == EVIL["outlet"]
    assert claim["source"]["title"] == EVIL["title"]
    assert claim["source"]["author"] == EVIL["author"]


@pytest.mark.parametrize("fmt", ["show-json", "ask-json", "export-json", "export-jsonl", "export-csv"])
def test_machine_output_keeps_store_text_exact(jpmn, evil_store: Path, fmt: str) -> None:
    store = ["--store", str(evil_store)]
    if fmt == "show-json":
        claim = _evil_claim(json.loads(jpmn("show", CLAIM_ID, "--json", *store).out))
    elif fmt == "ask-json":
        claim = _evil_claim(json.loads(jpmn("ask", "Japanese records deaths", "--json", *store).out))
    elif fmt == "export-json":
        claim = _evil_claim(json.loads(jpmn("export", *store).out))
    elif fmt == "export-jsonl":
        claim = _evil_claim(
            [json.loads(line) for line in jpmn("export", "--format", "jsonl", *store).out.splitlines()]
        )
    else:
        import csv

        rows = list(csv.DictReader(io.StringIO(jpmn("export", "--format", "csv", *store).out, newline="")))
        (row,) = [r for r in rows if r["id"] == CLAIM_ID]
        for key in ("text", "attributed_to", "unit", "qualifier", "quote"):
            assert row[key] == EVIL[key], key
        assert row["source.outlet"] == EVIL["outlet"] and row["source.title"] == EVIL["title"]
        return
    assert_exact_evil(claim)


def test_machine_output_of_sources_and_citation_is_exact(jpmn, evil_store: Path) -> None:
    sources = json.loads(jpmn("sources", "--json", "--store", str(evil_store)).out)
    (source,) = [s for s in sources if s["id"] == "evil-source"]
    assert (source["outlet"], source["title"], source["author"], source["note"]) == (
        EVIL["outlet"], EVIL["title"], EVIL["author"], EVIL["note"],
    )  # fmt: skip
    (item,) = json.loads(jpmn("cite", CLAIM_ID, "--format", "csl-json", "--store", str(evil_store)).out)
    assert item["title"] == EVIL["title"] and item["container-title"] == EVIL["outlet"]
    assert EVIL["quote"] in item["note"] and EVIL["attributed_to"] in item["note"]


# --- on a real (colour) terminal ---------------------------------------------------------------------


def run_in_pty(args: list[str], cols: int, env: dict[str, str]) -> tuple[int, str]:
    return on_terminal([JPMN, *args], 24, cols, env)


def tty_env(**extra: str) -> dict[str, str]:
    env = base_env(TERM="xterm-256color", JPMN_PAGER="cat", **extra)  # what is drawn, not paged
    env.pop("NO_COLOR", None)
    env.pop("COLUMNS", None)
    return env


@pytest.mark.parametrize("cols", [20, 1, 0])
@pytest.mark.parametrize("command", [["ask", QUERY], ["show", CLAIM_ID], ["sources"], ["conflicts"], ["--help"]],
                         ids=lambda c: c[0].lstrip("-"))  # fmt: skip
def test_narrow_terminal(store: Path, cols: int, command: list[str], cache_dir: Path) -> None:
    args = [*command, "--store", str(store)] if command[0] != "--help" else command
    code, out = run_in_pty(args, cols, tty_env(JPMN_CACHE_DIR=str(cache_dir)))
    assert_no_traceback(out)
    assert code == 0, out[-2000:]
    assert out.strip()


@pytest.mark.parametrize("name", ["ask", "show-context", "sources", "conflicts", "timeline", "cite-text"])
def test_colour_terminal_shows_store_escapes_as_text(evil_store: Path, cache_dir: Path, name: str) -> None:
    code, out = run_in_pty(
        [*EVIL_HUMAN_COMMANDS[name], "--store", str(evil_store)], 30, tty_env(JPMN_CACHE_DIR=str(cache_dir))
    )
    assert_no_traceback(out)
    assert code == 0, out[-2000:]
    assert_terminal_safe(_JPMN_SGR.sub("", out), f"{name} on a colour terminal")


# === 15. pipes closed early ==========================================================================

PIPELINES = {
    "ask-head-1": '"$JPMN" ask "POW deaths" | head -1',
    "export-head-c10": '"$JPMN" export | head -c 10',
    "export-jsonl-head-1": '"$JPMN" export --format jsonl | head -1',
    "export-csv-head-1": '"$JPMN" export --format csv | head -1',
    "list-history-head-1": '"$JPMN" list history | head -1',
    "ask-json-head-c1": '"$JPMN" ask "POW deaths" --json | head -c 1',
    "export-reader-gone": '"$JPMN" export | true',
    "ask-reader-gone": '"$JPMN" ask "POW deaths" | true',
    "timeline-reader-gone": '"$JPMN" timeline | true',
    "help-reader-gone": '"$JPMN" --help | true',
    "conflicts-reader-gone": '"$JPMN" conflicts | true',
    "cite-reader-gone": '"$JPMN" cite pow-deaths-japanese-records --format bibtex | true',
}


@pytest.mark.parametrize("name", list(PIPELINES))
def test_closed_pipe_is_quiet(tmp_path: Path, cache_dir: Path, name: str) -> None:
    env = base_env(JPMN=JPMN, JPMN_CACHE_DIR=str(cache_dir))
    proc = subprocess.run(
        ["sh", "-c", PIPELINES[name]], env=env, cwd=tmp_path, capture_output=True, timeout=60
    )
    assert proc.stderr == b"", proc.stderr.decode(errors="replace")[-2000:]
    assert proc.returncode == 0


@pytest.mark.parametrize("redirect", ["> /dev/full", ">&-"], ids=["stdout-full-disk", "stdout-closed"])
@pytest.mark.parametrize("command", ['ask "POW deaths"', "export"], ids=["ask", "export"])
def test_unwritable_stdout_is_one_line(tmp_path: Path, cache_dir: Path, redirect: str, command: str) -> None:
    env = base_env(JPMN=JPMN, JPMN_CACHE_DIR=str(cache_dir))
    proc = subprocess.run(
        ["sh", "-c", f'"$JPMN" {command} {redirect}'], env=env, cwd=tmp_path, capture_output=True, timeout=60
    )
    err = proc.stderr.decode()
    assert_no_traceback(err)
    assert proc.returncode == 2, f"exit {proc.returncode}: {err[-2000:]!r}"
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("jpmn: "), err[-2000:]


# === 16. hostile argv bytes, locales, terminal widths ===============================================


@pytest.fixture
def odd_named_store(tmp_path: Path) -> Path:
    folder = tmp_path / "s"
    write_store(folder, BASE)
    name = os.fsencode(folder) + b"/f\xff\xfe\x80cts.yaml"
    with open(name, "wb") as handle:
        handle.write(BASE.encode())
    return Path(os.fsdecode(name))


BYTE_ARGS = {
    "query-invalid-utf8-only": ([b"ask", b"\xff\xfe"], {2}),
    "query-invalid-utf8-with-words": ([b"ask", b"POW \xff deaths"], {0}),
    "query-invalid-utf8-no-match": ([b"ask", b"zqxv\xff\xfe"], {1}),
    "query-invalid-utf8-json": ([b"ask", b"POW \xc3\x28 deaths", b"--json"], {0}),
    "show-invalid-utf8": ([b"show", b"pow-\xff"], {1}),
    "cite-invalid-utf8": ([b"cite", b"\xff"], {1}),
    "list-invalid-utf8": ([b"list", b"hist\xe9ry"], {0, 1}),
    "option-invalid-utf8": ([b"ask", b"POW", b"--\xff"], {2}),
    "fields-invalid-utf8": ([b"ask", b"POW", b"--json", b"--fields", b"\xff"], {2}),
    "filter-invalid-utf8": ([b"ask", b"POW", b"--attributed-to", b"\xff"], {1}),
    "missing-store-invalid-utf8": ([b"ask", b"POW", b"--store", b"/nonexistent/\xff.yaml"], {2}),
}


@pytest.mark.parametrize("name", list(BYTE_ARGS))
def test_invalid_utf8_arguments(name: str, cache_dir: Path) -> None:
    args, codes = BYTE_ARGS[name]
    result, _wall, _rss = spawn(args, env=base_env(JPMN_CACHE_DIR=str(cache_dir)))  # output must be UTF-8
    assert_no_traceback(result.err)
    assert result.code in codes, f"exit {result.code}: {result.err!r}"
    assert_terminal_safe(result.out + result.err)
    if result.code == 2:
        assert len(result.err.splitlines()) == 1 and result.err.startswith("jpmn: "), result.err
    if b"--json" in args and result.code in (0, 1):
        json.loads(result.out)


@pytest.mark.parametrize("command", [["ask", QUERY, "--json"], ["check"], ["list"], ["show", CLAIM_ID]],
                         ids=lambda c: c[0])  # fmt: skip
@pytest.mark.parametrize("cache", ["cache", "no-cache"])
def test_store_at_a_non_utf8_path(jpmn, odd_named_store: Path, store: Path, command: list[str], cache: str,
                                  monkeypatch) -> None:  # fmt: skip
    """A store whose file name is not UTF-8 (possible on Linux) loads like any other."""
    if cache == "no-cache":
        monkeypatch.setenv("JPMN_NO_CACHE", "1")
    want = jpmn(*command, "--store", str(store))
    got = jpmn(*command, "--store", str(odd_named_store))
    assert_no_traceback(got.err)
    assert got.code == want.code == 0, got.err
    assert got.out.replace(str(odd_named_store), "S") == want.out.replace(str(store), "S")


LOCALES = {
    "LANG=C": {"LANG": "C", "LC_ALL": "C"},
    "POSIX": {"LANG": "POSIX", "LC_ALL": "POSIX"},
    "C-no-utf8-mode": {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"},
    "missing-locale": {"LANG": "xx_YY.ISO-8859-1", "LC_ALL": "xx_YY.ISO-8859-1"},
    "ascii-io": {"PYTHONIOENCODING": "ascii"},
}


@pytest.mark.parametrize("command", [["ask", QUERY], ["show", CLAIM_ID], ["cite", CLAIM_ID], ["ask", "zqxv \u00e9\u201c"]],
                         ids=["ask", "show", "cite", "no-match-non-ascii"])  # fmt: skip
@pytest.mark.parametrize("locale", list(LOCALES))
def test_c_locale(store: Path, cache_dir: Path, locale: str, command: list[str]) -> None:
    env = base_env(JPMN_CACHE_DIR=str(cache_dir), **LOCALES[locale])
    result, _wall, _rss = spawn([*command, "--store", str(store)], env=env)
    assert_no_traceback(result.err)
    assert result.code == (1 if command[1].startswith("zqxv") else 0), result.err
    if result.code == 0:
        assert "1,684" in result.out or "Japanese records" in result.out


@pytest.mark.parametrize("columns", ["20", "1", "0", "-5", "abc", "", "99999999999999999999"])
@pytest.mark.parametrize("command", [["--help"], ["ask", "--help"], ["ask", QUERY], ["sources"], ["list"]],
                         ids=["help", "ask-help", "ask", "sources", "list"])  # fmt: skip
def test_terminal_width_from_columns(cache_dir: Path, columns: str, command: list[str]) -> None:
    result, _wall, _rss = spawn(command, env=base_env(COLUMNS=columns, JPMN_CACHE_DIR=str(cache_dir)))
    assert_no_traceback(result.err)
    assert result.code == 0, result.err[-2000:]
    assert result.out.strip()


# === 17. read-only store folder, unwritable cache ====================================================

ANSWER_COMMANDS = [["ask", QUERY, "--json"], ["list", "history", "--json"], ["show", CLAIM_ID, "--json"],
                   ["export", "--format", "jsonl"], ["conflicts", "--json"], ["ask", "Mongolia records"]]  # fmt: skip


def answers(jpmn, store: Path) -> list[tuple[int, str, str]]:
    return [tuple(vars(jpmn(*c, "--store", str(store))).values()) for c in ANSWER_COMMANDS]


def _cache_under_a_file(tmp: Path) -> str:
    (tmp / "plainfile").write_text("not a folder")
    return str(tmp / "plainfile" / "cache")


def _cache_is_a_file(tmp: Path) -> str:
    (tmp / "plainfile").write_text("not a folder")
    return str(tmp / "plainfile")


def _cache_read_only(tmp: Path) -> str:
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 500 does not stop root from writing")
    folder = tmp / "ro-cache"
    folder.mkdir()
    folder.chmod(0o500)
    return str(folder)


def _cache_corrupt(tmp: Path) -> str:
    folder = tmp / "corrupt-cache"
    folder.mkdir()
    return str(folder)


def _cache_devnull(tmp: Path) -> str:
    return os.devnull


CACHE_CASES = {
    "under-a-regular-file": _cache_under_a_file,
    "is-a-regular-file": _cache_is_a_file,
    "chmod-500": _cache_read_only,
    "corrupt-cache-files": _cache_corrupt,
    "dev-null": _cache_devnull,
}


@pytest.mark.parametrize("case", list(CACHE_CASES))
def test_unusable_cache_gives_the_same_answers(jpmn, monkeypatch, tmp_path: Path, case: str) -> None:
    folder = tmp_path / "store"
    store = write_store(folder, BASE)
    want = answers(jpmn, store)
    assert all(code == 0 for code, _out, _err in want), want
    cache = CACHE_CASES[case](tmp_path)
    monkeypatch.setenv("JPMN_CACHE_DIR", cache)
    if case == "corrupt-cache-files":
        answers(jpmn, store)  # fill the cache, then damage every file in it
        files = list(Path(cache).iterdir())
        assert files, "jpmn wrote no cache file"
        for n, path in enumerate(files):
            path.write_bytes(b"SQLite format 3\x00" + os.urandom(2000) if n % 2 else b"garbage")
    got = answers(jpmn, store)
    assert got == want
    assert answers(jpmn, store) == want  # and again, now that a cache may exist


def test_cache_file_replaced_by_a_folder(jpmn, monkeypatch, tmp_path: Path) -> None:
    store = write_store(tmp_path / "store", BASE)
    cache = tmp_path / "cache"
    monkeypatch.setenv("JPMN_CACHE_DIR", str(cache))
    want = answers(jpmn, store)
    for path in cache.iterdir():
        path.unlink()
        path.mkdir()
    assert answers(jpmn, store) == want


def test_no_cache_gives_the_same_answers(jpmn, monkeypatch, store: Path) -> None:
    want = answers(jpmn, store)
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    assert answers(jpmn, store) == want


def test_read_only_store_folder(jpmn, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    store = write_store(folder, BASE)
    want = answers(jpmn, store)
    for path in [*folder.rglob("*"), folder]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        assert answers(jpmn, store) == want
        result = jpmn("check", "--store", str(store))
        assert result.code == 0, result.err
    finally:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


# === 18. read commands never modify the store =========================================================

READ_COMMANDS = [
    ["ask", QUERY], ["ask", QUERY, "--json"], ["ask", "zqxv"], ["list"], ["list", "history", "--csv"],
    ["show", CLAIM_ID], ["show", CLAIM_ID, "--json"], ["show", "nope"], ["export"], ["export", "--format", "csv"],
    ["export", "--format", "jsonl"], ["check"], ["sources"], ["conflicts"], ["timeline"],
    ["cite", CLAIM_ID, "--format", "bibtex"], ["ask", ""],
]  # fmt: skip


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {
        str(p.relative_to(folder)): (
            p.read_bytes() if p.is_file() else b"",
            p.stat().st_mtime_ns,
            p.stat().st_mode,
        )
        for p in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize("cache", ["cache", "no-cache"])
def test_read_commands_never_modify_the_store(jpmn, monkeypatch, tmp_path: Path, cache: str) -> None:
    folder = tmp_path / "store"
    store = write_store(folder, BASE)
    if cache == "no-cache":
        monkeypatch.setenv("JPMN_NO_CACHE", "1")
    before = snapshot(folder), folder.stat().st_mtime_ns
    for command in READ_COMMANDS:
        jpmn(*command, "--store", str(store))
    monkeypatch.setenv("JPMN_STORE", str(store))
    for command in READ_COMMANDS:
        jpmn(*command)
    assert (snapshot(folder), folder.stat().st_mtime_ns) == before


def test_failing_commands_never_modify_a_bad_store(jpmn, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    store = write_store(folder, claim_field("value", "0123")(BASE))
    before = snapshot(folder), folder.stat().st_mtime_ns
    for command in READ_COMMANDS:
        assert jpmn(*command, "--store", str(store)).code == 2
    assert (snapshot(folder), folder.stat().st_mtime_ns) == before


# === property tests ====================================================================================

_words = sorted({w for w in re.findall(r"[A-Za-z][A-Za-z']+|\d[\d,]*", BASE) if len(w) > 2})
_query_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
QUERIES = st.lists(st.one_of(_query_text, st.sampled_from(_words), st.sampled_from(list(ESC_QUERY_PARTS.values()))),
                   max_size=8).map(" ".join).map(lambda q: q[:300])  # fmt: skip
PROPERTY = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@PROPERTY
@given(query=QUERIES)
def test_random_queries_never_crash(warm_cache, query: str) -> None:
    result = in_process("ask", "--json", "--", query)
    assert_no_traceback(result.err)
    has_words = any(ch.isalnum() for ch in query)
    assert result.code in (0, 1, 2)
    assert (result.code == 2) == (not has_words), f"exit {result.code} for {query!r}: {result.err!r}"
    assert_terminal_safe(result.err)
    if result.code == 2:
        assert result.out == "" and len(result.err.splitlines()) == 1
        return
    records = json.loads(result.out)
    assert isinstance(records, list)
    if result.code == 1:
        assert records == [] and result.out.strip() == "[]"
    else:
        assert records and all("id" in r and "quote" in r for r in records)


@st.composite
def mutated_store(draw: st.DrawFn) -> str:
    lines = list(BASE_LINES)
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "swap", "truncate"]))
        i = draw(st.integers(0, len(lines) - 1)) if lines else 0
        if not lines:
            break
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            chars = draw(st.one_of(
                st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6),
                st.text(alphabet=":-[]{}&*!|>'\"#%@`,? \t\n\\~0123456789", min_size=1, max_size=6),
            ))  # fmt: skip
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + chars + lines[i][at:]
        else:
            text = "".join(lines)
            lines = [text[: draw(st.integers(0, len(text)))]]
    return "".join(lines)


_counter = itertools.count()


@pytest.fixture(scope="module")
def mutation_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mutations")
    write_store(folder, BASE, name="base.yaml")
    return folder


@settings(PROPERTY, max_examples=100)
@given(text=mutated_store())
def test_random_store_mutations_never_crash(mutation_folder: Path, text: str) -> None:
    path = write_store(mutation_folder, text, name=f"store-{next(_counter)}.yaml")
    os.environ["JPMN_NO_CACHE"] = "1"
    try:
        result = in_process("ask", "--json", "--store", str(path), "--", QUERY)
        check = in_process("check", "--store", str(path))
    finally:
        del os.environ["JPMN_NO_CACHE"]
    assert_no_traceback(result.err + check.err)
    assert result.code in (0, 1, 2)
    if result.code == 2:
        assert_store_error(result.code, result.out, result.err, str(path), located=None)
        assert check.code == 2, "check must fail where a read command fails"
    else:
        assert isinstance(json.loads(result.out), list)
    if check.code == 2:
        assert_check_report(check.code, check.out, check.err, str(path))
    else:
        assert check.code == 0 and check.err == "", check.err


# === 19. a store cannot reach outside itself (issue 14, items 7, 14, 18) ===============================

SOURCE_PATH = "seeds/003_78fc02ddb00f146c.txt"
BASE_SEED_TEXT = (SEEDS / SEED).read_text(encoding="utf-8")
SECRET = "JPMN_TEST_SECRET=hunter2"


def _with_source_path(path: str) -> str:
    return BASE.replace(f"path: {SOURCE_PATH}", f"path: {path}  {MARK}", 1)


def _refused_everywhere(jpmn, store: Path, words: str) -> None:
    """The store is refused with one located line by read commands, listed by check; no secret."""
    for command in (["show", CLAIM_ID], ["ask", QUERY], ["cite", CLAIM_ID]):
        result = jpmn(*command, "--store", str(store))
        assert SECRET not in result.out + result.err
        assert_store_error(result.code, result.out, result.err, str(store), words=words)
    check = jpmn("check", "--store", str(store))
    assert SECRET not in check.out + check.err
    assert_check_report(check.code, check.out, check.err, str(store), words=words)


def test_a_source_path_cannot_reach_the_folder_above_the_store(jpmn, tmp_path: Path) -> None:
    """A store saved in ~/Downloads must not be able to name ~/.ssh/id_ed25519."""
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_ed25519").write_text(SECRET + "\n" + BASE_SEED_TEXT)
    store = write_store(home / "Downloads", _with_source_path(".ssh/id_ed25519"))
    _refused_everywhere(jpmn, store, "not found|outside")


@pytest.mark.parametrize(
    "target",
    ["/proc/self/environ", "outside-file", "outside-folder"],
)
def test_a_symlinked_source_leading_outside_is_refused(
    jpmn, monkeypatch, tmp_path: Path, target: str
) -> None:
    monkeypatch.setenv("JPMN_TEST_SECRET", "hunter2")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET + "\n" + BASE_SEED_TEXT)
    folder = tmp_path / "store"
    store = write_store(folder, _with_source_path("seeds/link.txt"))
    link = folder / "seeds" / "link.txt"
    if target == "/proc/self/environ":
        if not Path(target).exists():
            pytest.skip("no /proc here")
        link.symlink_to(target)
    elif target == "outside-file":
        link.symlink_to(outside / "secret.txt")
    else:
        (folder / "seeds" / "sub").symlink_to(outside)
        store.write_text(_with_source_path("seeds/sub/secret.txt"))
    _refused_everywhere(jpmn, store, "outside|system")


def test_a_fifo_or_device_as_source_is_refused_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    store = write_store(folder, _with_source_path("seeds/pipe.txt"))
    os.mkfifo(folder / "seeds" / "pipe.txt")
    result, _wall, _rss = spawn(["check", "--store", str(store)], timeout=10)
    assert_check_report(result.code, result.out, result.err, str(store), words="regular file")


@pytest.mark.parametrize("how", ["by-name", "hard-link", "symlink"])
def test_a_store_cannot_cite_itself(jpmn, tmp_path: Path, how: str) -> None:
    """Otherwise check would confirm any invented quote: it is verbatim in the store itself."""
    folder = tmp_path / "store"
    if how == "by-name":
        store = write_store(folder, _with_source_path("facts.yaml"))
    else:
        store = write_store(folder, _with_source_path("seeds/copy.txt"))
        if how == "hard-link":
            os.link(store, folder / "seeds" / "copy.txt")
        else:
            (folder / "seeds" / "copy.txt").symlink_to(store)
    _refused_everywhere(jpmn, store, "store itself")


def test_data_layout_sources_are_relative_to_the_project_folder(jpmn, monkeypatch, tmp_path: Path) -> None:
    """data/facts.yaml + seeds/: paths are relative to the folder holding both; a seeds/ folder
    appearing beside the store later changes nothing (one folder, not a search path)."""
    project = tmp_path / "project"
    write_store(project, BASE)  # project/seeds/
    store = project / "data" / "facts.yaml"
    store.parent.mkdir()
    store.write_text(BASE)
    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    before = jpmn("show", CLAIM_ID, "--json", "--store", str(store))
    assert before.code == 0 and json.loads(before.out)[0]["line"]
    decoy = project / "data" / "seeds"
    decoy.mkdir()
    (decoy / SEED).write_text("\n" * 7 + BASE_SEED_TEXT)
    after = jpmn("show", CLAIM_ID, "--json", "--store", str(store))
    assert after.out == before.out
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    assert jpmn("show", CLAIM_ID, "--json", "--store", str(store)).out == before.out


def test_a_symlinked_store_swapped_for_one_with_other_seeds(jpmn, monkeypatch, tmp_path: Path) -> None:
    """The same YAML beside other seeds: show and cite speak of the seeds now beside it."""
    first = write_store(tmp_path / "a", BASE)
    second = write_store(tmp_path / "b", BASE)
    (tmp_path / "b" / "seeds" / SEED).write_text("\n\n\n" + BASE_SEED_TEXT)
    link = tmp_path / "facts.yaml"
    link.symlink_to(first)
    monkeypatch.setenv("JPMN_CACHE_DIR", str(tmp_path / "cache"))
    line_a = json.loads(jpmn("show", CLAIM_ID, "--json", "--store", str(link)).out)[0]["line"]
    link.unlink()
    link.symlink_to(second)
    line_b = json.loads(jpmn("show", CLAIM_ID, "--json", "--store", str(link)).out)[0]["line"]
    assert line_b == line_a + 3
    monkeypatch.setenv("JPMN_NO_CACHE", "1")
    assert json.loads(jpmn("show", CLAIM_ID, "--json", "--store", str(link)).out)[0]["line"] == line_b


# === 20. bounds: the work grows with the claims, not with what one claim holds (issue 14, item 6, 16) ==


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("text", '"' + "word " * 600 + '"', "over the limit"),
        ("quote", '"' + "word " * 2500 + '"', "over the limit"),
        ("keywords", "[" + ", ".join(f"k{n}" for n in range(60)) + "]", "over the limit"),
        ("related", "[" + ", ".join(["pow-total-japanese-records"] * 60) + "]", "over the limit"),
        ("value", "1e23", "too large"),
        ("value", "-1e308", "too large"),
        ("value", "1000000000000001", "too large"),
    ],
    ids=["text", "quote", "keywords", "related", "1e23", "-1e308", "10^15+1"],
)
def test_what_one_claim_holds_is_bounded(jpmn, tmp_path: Path, key: str, value: str, words: str) -> None:
    store = write_store(tmp_path / "store", claim_field(key, value)(BASE))
    result = jpmn("ask", QUERY, "--store", str(store))
    assert_store_error(result.code, result.out, result.err, str(store), words=words, line=_marked_line(store))


def _marked_line(store: Path) -> int:
    return next(n for n, line in enumerate(store.read_text().splitlines(), 1) if MARK in line)


def _all_in_conflict(count: int) -> str:
    claim = BASE[BASE.index(f"  - id: {CLAIM_ID}\n") :]
    claim = re.sub(r"    (measures|related): .*\n", "", claim)
    ids = [f"figure-{n}" for n in range(count)]
    claims = [
        claim.replace(f"id: {CLAIM_ID}", f"id: {i}").replace("value: 1684", f"value: {1000 + n}")
        + "    measures: pow-deaths\n"
        for n, i in enumerate(ids)
    ]
    return BASE[: BASE.index("claims:\n") + len("claims:\n")] + "".join(claims)


def test_a_huge_conflict_group_is_refused_quickly(tmp_path: Path) -> None:
    """1,500 claims all in conflict made check cubic and ask --limit 1 print 1,500 answers."""
    store = write_store(tmp_path / "store", _all_in_conflict(21))
    for args in (["ask", QUERY, "--limit", "1"], ["check"]):
        result, _wall, _rss = spawn([*args, "--store", str(store)], env=base_env(JPMN_NO_CACHE="1"))
        assert "claims measure 'pow-deaths', over the limit of 20 per quantity" in result.err
        assert result.code == 2
    fine = write_store(
        tmp_path / "fine", _all_in_conflict(20)
    )  # 20 claims, each in conflict with 19: allowed
    result, _wall, _rss = spawn(["check", "--store", str(fine)], env=base_env(JPMN_NO_CACHE="1"))
    assert (result.code, result.err) == (0, "")


def test_a_source_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    """A sparse 1 GB source made show use 24 GB; now it is refused from its size alone."""
    folder = tmp_path / "store"
    store = write_store(folder, BASE)
    with (folder / "seeds" / SEED).open("r+b") as handle:
        handle.truncate(2**30)
    for args in (["show", CLAIM_ID], ["check"]):
        result, _wall, rss_kib = spawn([*args, "--store", str(store)], env=base_env(JPMN_NO_CACHE="1"))
        assert result.code == 2 and "over the 16 MB limit" in result.err
        assert rss_kib < 150 * 1024


# === 21. quotes (issue 14, item 17) ====================================================================


def test_a_quote_across_a_paragraph_break_is_found(jpmn, tmp_path: Path) -> None:
    """Paragraphs separated by a blank line: the quote runs from the end of one into the next."""
    folder = tmp_path / "store"
    text = BASE.replace(
        'quote: "Japanese records stated 13,847 POWs and 1,684 deaths"',
        'quote: "relations moving forward. Welcoming the visit"',
    )
    store = write_store(folder, text)
    seed = folder / "seeds" / SEED
    lines = seed.read_text(encoding="utf-8").split("\n")
    assert lines[2].endswith("relations moving forward.") and lines[3].startswith("Welcoming the visit")
    lines[3:3] = ["", "  "]  # a paragraph break (and a line of spaces)
    seed.write_text("\n".join(lines), encoding="utf-8")
    check = jpmn("check", "--store", str(store))
    assert (check.code, check.err) == (0, ""), check.err
    shown = json.loads(jpmn("show", CLAIM_ID, "--json", "--store", str(store)).out)
    assert shown[0]["line"] == 3


# === 22. output that cannot inject (issue 14, items 8-12, 15) ===========================================


def _source_field(key: str, value: str) -> Callable[[str], str]:
    """Set ``key: value`` in the base store's source."""

    def make(text: str) -> str:
        head, _, rest = text.partition("claims:\n")
        found = re.search(rf"^    {key}:.*\n", head, re.MULTILINE)
        line = f"    {key}: {value}\n"
        head = head[: found.start()] + line + head[found.end() :] if found else head + line
        return head + "claims:\n" + rest

    return make


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_a_spreadsheet_would_run_are_defused(start: str) -> None:
    from jpmn.output.records import cell, write_records

    formula = f'{start}HYPERLINK("http://evil","x")'
    assert cell(formula) == "'" + formula
    assert cell(-5) == "-5" and cell(1.5) == "1.5"  # numbers stay numbers
    out = io.StringIO()
    write_records([{"id": "a", "text": formula}], "csv", out, fields=["id", "text"])
    import csv

    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[1][1] == "'" + formula


ESCAPES = "\x1b]52;c;cm0gLXJmIH4=\x07 \x1b]0;title\x07 \x1b[2J \x9b31m \u202eevil\u202c \u200b \u2028 end"


def test_csv_on_a_terminal_shows_escapes_instead_of_sending_them() -> None:
    """OSC 52 (clipboard), OSC 0 (title), CSI: shown as text on a terminal, exact in a file."""
    from jpmn.output.records import write_conflicts, write_records

    record = {"id": "a", "text": ESCAPES}
    to_terminal, to_file = _Terminal(), io.StringIO()
    write_records([record], "csv", to_terminal, fields=["id", "text"])
    write_records([record], "csv", to_file, fields=["id", "text"])
    assert_terminal_safe(to_terminal.getvalue(), "CSV on a terminal")
    for hidden in ("\u202e", "\u200b", "\u2028"):
        assert hidden not in to_terminal.getvalue()
    assert "\\x1b]52;c;" in to_terminal.getvalue()
    assert ESCAPES in to_file.getvalue()
    claim = {"id": "a", "value": 1, "unit": ESCAPES, "qualifier": None, "attributed_to": ESCAPES,
             "source": {"outlet": ESCAPES}, "line": 1}  # fmt: skip
    conflicts = _Terminal()
    write_conflicts([{"claims": [claim], "difference": 0, "percent": 0}], "csv", conflicts)
    assert_terminal_safe(conflicts.getvalue(), "conflicts CSV on a terminal")


def test_json_lines_hold_no_line_breaks_and_nothing_a_terminal_acts_on() -> None:
    from jpmn.output.records import dumps, write_records

    out = io.StringIO()
    records = [{"id": "a", "text": ESCAPES}, {"id": "b", "text": "plain"}]
    write_records(records, "jsonl", out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert [json.loads(line) for line in lines] == records
    assert_terminal_safe(out.getvalue(), "JSONL")
    for hidden in ("\u202e", "\u202c", "\u200b", "\u2028", "\x85"):
        assert hidden not in dumps(records)


def test_hidden_characters_are_shown_to_people() -> None:
    from jpmn.output.safe import visible, visible_lines

    shown = visible("a\u202eb\u200bc\u2028d\u2029e\x1b[31m")
    assert shown == "a\\u{202e}b\\u{200b}c\\u{2028}d\\u{2029}e\\x1b[31m"
    assert visible_lines("one\u2028two\nthree") == "one\\u{2028}two\nthree"


def _cite(jpmn, store: Path, fmt: str) -> Result:
    result = jpmn("cite", CLAIM_ID, "--format", fmt, "--store", str(store))
    assert_no_traceback(result.err)
    assert (result.code, result.err) == (0, ""), result.err
    return result


def test_csl_json_stays_valid_json_with_del_and_c1(jpmn, tmp_path: Path) -> None:
    title = "Title\x7f with DEL\x85 NEL\x9b CSI and \u2028 a line separator"
    quoted = yaml_quoted(title).replace("\u2028", "\\u2028")  # raw, YAML would fold it as a line break
    store = write_store(tmp_path / "store", _source_field("title", quoted)(BASE))
    (item,) = json.loads(_cite(jpmn, store, "csl-json").out)
    assert item["title"] == title


@pytest.mark.parametrize("published", ["2020-01/2020-03", "2019/2021", "2024-12-30/2025-01-02"])
def test_a_source_published_over_a_period_is_cited_in_every_format(
    jpmn, tmp_path: Path, published: str
) -> None:
    store = write_store(tmp_path / "store", _source_field("published", f'"{published}"')(BASE))
    assert jpmn("check", "--store", str(store)).code == 0
    start, end = published.split("/")
    text = _cite(jpmn, store, "text").out
    assert start[:4] in text and end[:4] in text
    (item,) = json.loads(_cite(jpmn, store, "csl-json").out)
    assert item["issued"]["date-parts"] == [
        [int(p) for p in start.split("-")],
        [int(p) for p in end.split("-")],
    ]
    bibtex = _cite(jpmn, store, "bibtex").out
    years = sorted({start[:4], end[:4]})
    assert f"year = {{{'--'.join(years)}}}" in bibtex
    _cite(jpmn, store, "markdown")


def _bibtex_braces_balance(entry: str) -> bool:
    """BibTeX counts every brace, escaped with a backslash or not."""
    depth = 0
    for ch in entry:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize(
    "title", ["A lone { brace", "A lone } brace", "}{ reversed", "x^2 ~ y \\ z % & # $ _"]
)
def test_bibtex_stays_parseable_whatever_the_title(jpmn, tmp_path: Path, title: str) -> None:
    store = write_store(tmp_path / "store", _source_field("title", yaml_quoted(title))(BASE))
    entry = _cite(jpmn, store, "bibtex").out
    assert _bibtex_braces_balance(entry), entry
    (value,) = re.findall(r"^  title = \{(.*)\},$", entry, re.MULTILINE)
    assert not re.search(r"(?<!\\textasciicircum)(?<!\\textasciitilde)[\^~]", value.replace("{}", ""))
    assert "^" not in value and "~" not in value


def test_markdown_citation_cannot_add_links_images_or_headings(jpmn, tmp_path: Path) -> None:
    quote = "Japanese records stated 13,847 POWs and 1,684 deaths"
    evil = (
        quote
        + "\n\n# Heading\n[click](http://evil.example) ![img](http://evil.example/i.png) <img src=x> *b* `c`"
    )
    text = BASE.replace(f'quote: "{quote}"', f"quote: {yaml_quoted(evil)}", 1)
    assert text != BASE
    text = _source_field("outlet", yaml_quoted("Outlet* [x](http://evil.example)"))(text)
    store = write_store(tmp_path / "store", text)
    out = _cite(jpmn, store, "markdown").out
    lines = out.rstrip("\n").split("\n")
    assert len(lines) == 3 and lines[0].startswith("> ") and lines[1] == "" and lines[2].startswith("\u2014 ")
    assert "*Outlet\\* \\[x\\](http://evil.example)*" in lines[2]  # our emphasis, its text escaped
    unescaped = re.sub(r"\\.", "", out.replace("*Outlet", "Outlet").replace("example)*", "example)"))
    unescaped = re.sub(r"`[^`]*`", "", unescaped)  # the path's code span
    for markup in ("[", "<", "*", "`"):
        assert markup not in unescaped, (markup, out)
    assert not re.search(r"^\s*(>\s*)?#", out.split("\n", 1)[1], re.MULTILINE)
