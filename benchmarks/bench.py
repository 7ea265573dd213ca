"""jpmn start-up and scale benchmark: every time as a ratio to the floor of jpmn's own stack.

    python benchmarks/bench.py [--runs 15] [--sizes 10000,100000] [--keep DIR] [--quick] [--json]

Run it with the interpreter of the environment jpmn is installed in; it runs the ``jpmn`` beside
``sys.executable``. Each command is a fresh process (as a user runs it). Times are medians over
--runs runs after 3 warm-up runs, and each run of a command is paired with a run of the floor: a
two-command typer app whose command prints one line, run by the same interpreter in the same venv
(what any typer CLI costs before it does anything), so drift (CPU frequency, other load) hits both;
the ratio divides the two medians. Peak RSS is the child's own ru_maxrss, read with os.wait4.

Rows: the shipped store (warm index), then synthetic stores of each size made by synth.py: the
first ``ask`` after the store file changed (index rebuilt), ``ask`` warm, and ``check``.
Targets are printed beside each row; a missed target prints MISSED but the exit status stays 0:
this is a report, not a test. Exit 2 only when the benchmark itself cannot run.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import marshal
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
# The jpmn script beside the interpreter (not resolved: a venv's python is often a symlink).
JPMN = str(Path(sys.executable).with_name("jpmn"))
FLOOR_APP = """\
import typer

app = typer.Typer()


@app.command()
def hello(name: str) -> None:
    print(f"hello {name}")


@app.command()
def other() -> None:
    pass


app()
"""
BASELINE = [PYTHON, "floor.py", "hello", "world"]  # made absolute in main(), once the file exists
WARMUP = 3
YAML_EVENTS = (
    "import sys, yaml; text = open(sys.argv[1], encoding='utf-8').read();"
    " sum(1 for _ in yaml.parse(text, Loader=yaml.CSafeLoader))"
)
"""Read a store as far as PyYAML's C parser takes it: the floor under every command that reads one."""
SLOW_RUNS = 3  # the first ask after a change, and check, on synthetic stores
RUN_TIMEOUT = 900  # seconds; a command still running then is killed (SIGALRM)
QUERY = "POW deaths"
BATCH_QUERIES = [
    "POW deaths", "Japan investment in Mongolia", "Astellas employee sentence", "who is Shuzo Yamada",
    "critical minerals", "Khaan Quest", "when did the emperor arrive", "renewable energy households",
    "South Korean drills near the islets", "Ishiba Bessent meeting",
]  # fmt: skip
BATCH_SIZE = 1000


# --- running one process ----------------------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    rss_kb: int
    code: int
    stderr: str = ""


# The commands are started by a small helper process rather than by this one. A child's ru_maxrss
# counts the memory of the process it was forked from until its exec (Linux records the old
# address space's peak at exec), so children forked from this script would all report at least
# this script's RSS (~20 MB). The helper is ``python -S`` importing only built-in modules (~8 MB,
# below ``python -c pass``): it forks, execs, and reports os.wait4's time and ru_maxrss.
_SPAWNER = r"""
import marshal, os, signal, sys, time
read, write = sys.stdin.buffer.read, sys.stdout.buffer.write
while True:
    head = read(4)
    if len(head) < 4:
        break
    cmd, env, err_path, timeout, on_pty = marshal.loads(read(int.from_bytes(head, "little")))
    if on_pty:  # a pseudo-terminal 200 rows by 100 columns: styled output, no pager
        import fcntl, struct, termios
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 200, 100, 0, 0))
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            null = os.open(os.devnull, os.O_RDWR)
            err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(null, 0)
            os.dup2(slave if on_pty else null, 1)
            os.dup2(err, 2)
            signal.alarm(timeout)
            os.execve(cmd[0], cmd, env)
        finally:
            os._exit(127)
    if on_pty:
        os.close(slave)
        while True:  # drain what the child draws, so it never blocks on a full terminal
            try:
                if not os.read(master, 65536):
                    break
            except OSError:
                break
        os.close(master)
    _pid, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    out = marshal.dumps((elapsed, usage.ru_maxrss, os.waitstatus_to_exitcode(status)))
    write(len(out).to_bytes(4, "little") + out)
    sys.stdout.buffer.flush()
"""


class Spawner:
    """Runs commands one at a time through the helper process, with /dev/null as stdin and stdout."""

    def __init__(self, work: Path) -> None:
        self.err_path = str(work / "stderr.txt")
        self.proc = subprocess.Popen(
            [PYTHON, "-S", "-c", _SPAWNER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={}
        )

    def run(self, cmd: list[str], env: dict[str, str], on_pty: bool = False) -> Sample:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        message = marshal.dumps((cmd, env, self.err_path, int(RUN_TIMEOUT), on_pty))
        self.proc.stdin.write(len(message).to_bytes(4, "little") + message)
        self.proc.stdin.flush()
        head = self.proc.stdout.read(4)
        if len(head) < 4:
            raise RuntimeError("the spawner helper process died")
        seconds, rss_kb, code = marshal.loads(self.proc.stdout.read(int.from_bytes(head, "little")))
        text = ""
        if code != 0:
            with open(self.err_path, "rb") as handle:
                text = handle.read()[-2000:].decode("utf-8", "replace").strip()
            if code == -14:
                text = f"killed after {RUN_TIMEOUT:g} s\n{text}"
            elif code == 127 and not text:
                text = f"could not execute {cmd[0]}"
        return Sample(seconds, rss_kb, code, text)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait()


_spawner: Spawner | None = None


def run_once(cmd: list[str], env: dict[str, str], on_pty: bool = False) -> Sample:
    """Run a command to its end: wall time, its own peak RSS (os.wait4), exit code, stderr tail."""
    assert _spawner is not None
    return _spawner.run(cmd, env, on_pty)


# --- rows -----------------------------------------------------------------------------------------


@dataclass
class Target:
    max_ratio: float | None = None
    max_seconds: float | None = None
    max_rss_mb: float | None = None
    min_per_second: float | None = None

    def describe(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"<= {self.max_ratio:g}x")
        if self.max_seconds is not None:
            parts.append(f"<= {self.max_seconds:g} s")
        if self.max_rss_mb is not None:
            parts.append(f"RSS < {self.max_rss_mb:g} MB")
        if self.min_per_second is not None:
            parts.append(f">= {self.min_per_second:g}/s")
        return ", ".join(parts)


@dataclass
class Row:
    group: str
    name: str
    cmd: list[str]
    env: dict[str, str]
    target: Target | None = None
    on_pty: bool = False
    per_run: int = 0
    """Work items in one run (queries of a batch): the report adds items per second."""
    samples: list[Sample] = field(default_factory=list)
    baseline: list[Sample] = field(default_factory=list)
    warmups: list[Sample] = field(default_factory=list)
    error: str | None = None

    @property
    def median_s(self) -> float | None:
        return statistics.median(s.seconds for s in self.samples) if self.samples else None

    @property
    def baseline_s(self) -> float | None:
        return statistics.median(s.seconds for s in self.baseline) if self.baseline else None

    @property
    def ratio(self) -> float | None:
        if self.median_s is None or not self.baseline_s:
            return None
        return self.median_s / self.baseline_s

    @property
    def per_second(self) -> float | None:
        return self.per_run / self.median_s if self.per_run and self.median_s else None

    @property
    def rss_mb(self) -> float | None:
        return max(s.rss_kb for s in self.samples) / 1024 if self.samples else None

    def record(self, sample: Sample) -> bool:
        if sample.code != 0 and self.error is None:
            first = sample.stderr.splitlines()[-1] if sample.stderr else "(no stderr)"
            self.error = f"exit {sample.code}: {first}"
        return sample.code == 0

    def verdict(self) -> tuple[bool | None, str]:
        """(holds?, text): None when there is no target."""
        if self.error is not None:
            return False, f"FAILED ({self.error})"
        if self.target is None:
            return None, ""
        t = self.target
        missed = []
        if t.max_ratio is not None and (self.ratio is None or self.ratio > t.max_ratio):
            missed.append(f"{_fmt(self.ratio, 'x')} > {t.max_ratio:g}x")
        if t.max_seconds is not None and (self.median_s is None or self.median_s > t.max_seconds):
            missed.append(f"{_fmt(self.median_s, 's')} > {t.max_seconds:g} s")
        if t.max_rss_mb is not None and (self.rss_mb is None or self.rss_mb >= t.max_rss_mb):
            missed.append(f"RSS {_fmt(self.rss_mb, 'MB')} >= {t.max_rss_mb:g} MB")
        if t.min_per_second is not None and (self.per_second or 0) < t.min_per_second:
            missed.append(f"{self.per_second or 0:.0f}/s < {t.min_per_second:g}/s")
        return (False, "MISSED: " + "; ".join(missed)) if missed else (True, "ok")

    def to_json(self) -> dict[str, Any]:
        holds, text = self.verdict()
        return {
            "group": self.group,
            "name": self.name,
            "command": self.cmd,
            "runs": len(self.samples),
            "median_s": self.median_s,
            "baseline_median_s": self.baseline_s,
            "ratio": self.ratio,
            "peak_rss_mb": self.rss_mb,
            "per_second": self.per_second,
            "times_s": [s.seconds for s in self.samples],
            "target": self.target.describe() if self.target else None,
            "holds": holds,
            "status": text,
            "error": self.error,
        }


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:g}"


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- measuring ----------------------------------------------------------------------------------


def measure_warm(rows: list[Row], runs: int, base_env: dict[str, str]) -> None:
    """Warm up each row, then rounds of (baseline, command) pairs, alternating which goes first."""
    for row in rows:
        for _ in range(WARMUP):
            sample = run_once(row.cmd, row.env, row.on_pty)
            row.warmups.append(sample)
            if not row.record(sample):
                break
    for _ in range(WARMUP):
        run_once(BASELINE, base_env)
    live = [row for row in rows if row.error is None]
    for round_no in range(runs):
        for row in live:
            if round_no % 2 == 0:
                row.baseline.append(run_once(BASELINE, base_env))
                row.samples.append(run_once(row.cmd, row.env, row.on_pty))
            else:
                row.samples.append(run_once(row.cmd, row.env, row.on_pty))
                row.baseline.append(run_once(BASELINE, base_env))
            row.record(row.samples[-1])
        if round_no % 5 == 4 or round_no == runs - 1:
            progress(f"  round {round_no + 1}/{runs}")


def measure_slow(row: Row, runs: int, base_env: dict[str, str], before: Any = None) -> None:
    """A few runs of a slow command, each next to a baseline run; ``before`` runs untimed first."""
    for i in range(runs):
        if before is not None:
            before()
        row.baseline.append(run_once(BASELINE, base_env))
        sample = run_once(row.cmd, row.env)
        progress(f"  {row.name}: run {i + 1}/{runs}: {sample.seconds:.2f} s, {sample.rss_kb / 1024:.0f} MB")
        if not row.record(sample):
            return
        row.samples.append(sample)


# --- synthetic stores -------------------------------------------------------------------------------


def synthetic_store(claims: int, folder: Path) -> dict[str, Any]:
    """Generate (or reuse, under --keep) a synthetic store; facts about it for the report."""
    store = folder / "facts.yaml"
    info: dict[str, Any] = {"claims": claims, "store": str(store), "generated": False}
    reuse = False
    if store.is_file():
        with open(store, encoding="utf-8") as handle:
            reuse = f": {claims} claims," in handle.readline()
    if not reuse:
        progress(f"generating a {claims:,}-claim store in {folder} ...")
        start = time.perf_counter()
        done = subprocess.run(
            [PYTHON, str(HERE / "synth.py"), "--claims", str(claims), "--out", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        if done.returncode != 0:
            raise SystemExit(f"bench.py: synth.py failed for {claims} claims:\n{done.stderr}")
        info["generated"] = True
        info["generate_s"] = time.perf_counter() - start
    info["store_mb"] = store.stat().st_size / 2**20
    info["seeds_mb"] = sum(p.stat().st_size for p in (folder / "seeds").glob("*.txt")) / 2**20
    info["source_files"] = sum(1 for _ in (folder / "seeds").glob("*.txt"))
    return info


def touch_store(store: Path) -> Any:
    """A function that edits one claim's text in the middle of the store, as a curator would."""
    counter = iter(range(1, 1 << 30))

    def change() -> None:
        data = store.read_bytes()
        at = data.index(b'    text: "', len(data) // 2) + len(b'    text: "')
        store.write_bytes(data[:at] + f"(edit {next(counter)}) ".encode() + data[at:])

    return change


# --- the report -------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count() or 0
    info: dict[str, Any] = {
        "nproc": nproc,
        "cpu_count": os.cpu_count(),
        "cpu": cpu,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "executable": PYTHON,
        "jpmn": JPMN,
    }
    with contextlib.suppress(OSError, ValueError):
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    try:
        from importlib.metadata import version

        info["jpmn_version"] = version("jpmn")
    except Exception:
        info["jpmn_version"] = None
    import importlib.util

    spec = importlib.util.find_spec("jpmn")  # where the package is, without importing it
    package = os.path.dirname(spec.origin) if spec and spec.origin else None
    info["jpmn_package"] = package
    root = HERE.parent
    in_checkout = package is not None and Path(package).resolve().is_relative_to(root / "src")
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        if not in_checkout:
            raise OSError("jpmn is not run from this checkout: its git state says nothing")
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        if head.returncode == 0:
            info["git"] = head.stdout.strip() + (" (src/ modified)" if dirty.stdout.strip() else "")
    return info


def print_table(report: dict[str, Any], rows: list[Row], notes: list[str]) -> None:
    m = report["machine"]
    print(f"jpmn benchmark, {report['date']}")
    cpu = m["cpu"] or "unknown CPU"
    print(f"machine: {m['nproc']} CPUs (nproc) of {m['cpu_count']}, {cpu}, {m['platform']}")
    print(f"python:  {m['implementation']} {m['python']} ({m['executable']})")
    git = f", git {m['git']}" if m.get("git") else ""
    print(f"jpmn:    {m.get('jpmn_version')} from {m.get('jpmn_package')}{git}")
    b = report["baseline"]
    print(
        f"floor: a two-command typer app = {b['median_ms']:.1f} ms median over {b['runs']} runs "
        f"(min {b['min_ms']:.1f}, max {b['max_ms']:.1f}), peak RSS {b['peak_rss_mb']:.1f} MB"
    )
    print(
        f"runs: {report['runs']} timed after {WARMUP} warm-up (first ask / check: {report['slow_runs']}), "
        f"median; ratio = median / median of the paired baseline runs"
    )
    print()
    headers = ["row", "runs", "median", "ratio", "peak RSS", "target", "status"]
    table = []
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            table.append([f"[{group}]", "", "", "", "", "", ""])
        text = row.verdict()[1]
        table.append(
            [
                "  " + row.name,
                str(len(row.samples)),
                (_fmt(row.median_s, "s") if row.median_s is not None else "-")
                + (f" ({row.per_second:,.0f}/s)" if row.per_second else ""),
                _fmt(row.ratio, "x"),
                _fmt(row.rss_mb, "MB"),
                row.target.describe() if row.target else "-",
                text or "-",
            ]
        )
    widths = [max(len(r[i]) for r in [headers, *table]) for i in range(len(headers))]
    right = {1, 2, 3, 4}

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    print(line(headers).rstrip())
    print("  ".join("-" * w for w in widths))
    for cells in table:
        print(line(cells).rstrip())
    missed = [row for row in rows if row.verdict()[0] is False]
    print()
    if missed:
        print(f"MISSED: {len(missed)} of {sum(1 for r in rows if r.target or r.error)} targets")
        for row in missed:
            print(f"  MISSED  {row.group} / {row.name}: {row.verdict()[1]}")
    else:
        print("all targets hold")
    for note in notes:
        print(note)


# --- main -------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench.py",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n\n".join(__doc__.split("\n\n")[1:]),
    )
    parser.add_argument("--runs", type=int, help="timed runs of each warm command (15; --quick: 5)")
    parser.add_argument(
        "--sizes",
        help="synthetic store sizes in claims, comma-separated (10000,100000; "
        "--quick: 10000; 0 or '' for none)",
    )
    parser.add_argument("--keep", metavar="DIR", help="generate (or reuse) the synthetic stores in DIR")
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run: 5 runs, 1 slow run, only the 10,000-claim store"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")
    args = parser.parse_args(argv)
    if args.runs is None:
        args.runs = 5 if args.quick else 15
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.sizes is None:
        args.sizes = "10000" if args.quick else "10000,100000"
    try:
        sizes = [int(s.strip().replace("_", "")) for s in args.sizes.split(",") if s.strip()]
        args.sizes = [size for size in sizes if size > 0]
    except ValueError:
        parser.error(f"--sizes: not a list of numbers: {args.sizes}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not os.path.isfile(JPMN):
        print(
            f"bench.py: no jpmn beside {PYTHON} (looked for {JPMN}); install jpmn into that "
            "environment and run this script with its python",
            file=sys.stderr,
        )
        return 2
    slow_runs = 1 if args.quick else SLOW_RUNS
    global _spawner
    work = Path(tempfile.mkdtemp(prefix="jpmn-bench-"))
    (work / "floor.py").write_text(FLOOR_APP, encoding="utf-8")
    BASELINE[1] = str(work / "floor.py")
    _spawner = Spawner(work)
    try:
        return _main(args, work, slow_runs)
    finally:
        _spawner.close()
        shutil.rmtree(work, ignore_errors=True)


def _main(args: argparse.Namespace, work: Path, slow_runs: int) -> int:
    base_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("JPMN_STORE", "JPMN_NO_CACHE", "JPMN_CACHE_DIR") and not k.startswith("PYTHONPROF")
    }
    for name in ("PYTHONTRACEMALLOC", "PYTHONDEVMODE", "PYTHONDONTWRITEBYTECODE", "PYTHONWARNINGS"):
        base_env.pop(name, None)
    # Bytecode is cached as on any installed system (PYTHONDONTWRITEBYTECODE would recompile every
    # edited module on every run), but under our temp dir so nothing is written beside the sources.
    base_env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    report: dict[str, Any] = {
        "date": _dt.datetime.now().isoformat(timespec="seconds"),
        "machine": machine(),
        "runs": args.runs,
        "warmup": WARMUP,
        "slow_runs": slow_runs,
        "query": QUERY,
        "stores": [],
    }
    rows: list[Row] = []
    notes: list[str] = []

    # Shipped store, warm index in our own cache directory.
    shipped_env = {**base_env, "JPMN_CACHE_DIR": str(work / "cache-shipped")}
    batch = work / "queries.txt"
    batch.write_text("\n".join(BATCH_QUERIES * (BATCH_SIZE // len(BATCH_QUERIES))) + "\n", encoding="utf-8")
    tty_env = {**shipped_env, "TERM": "xterm-256color"}
    tty_env.pop("NO_COLOR", None)
    group = "shipped store"
    shipped = [
        Row(group, f'ask "{QUERY}" --json', [JPMN, "ask", QUERY, "--json"], shipped_env, Target(1.3)),
        Row(group, f'ask "{QUERY}" (on a terminal)', [JPMN, "ask", QUERY], tty_env, Target(1.5), on_pty=True),
        Row(group, f'ask "{QUERY}" (piped)', [JPMN, "ask", QUERY], shipped_env, None),
        Row(
            group,
            "list agreements (on a terminal)",
            [JPMN, "list", "agreements", "--no-pager"],
            tty_env,
            None,
            on_pty=True,
        ),
        Row("shipped store", "--help", [JPMN, "--help"], shipped_env, Target(max_ratio=1.5)),
        Row("shipped store", "check", [JPMN, "check"], shipped_env, None),
        Row(
            "shipped store",
            f"ask --batch ({BATCH_SIZE} queries)",
            [JPMN, "ask", "--batch", str(batch)],
            shipped_env,
            Target(min_per_second=500),
            per_run=BATCH_SIZE,
        ),
    ]  # fmt: skip
    progress(f"shipped store: {len(shipped)} commands x {args.runs} runs (+ as many baseline runs)")
    measure_warm(shipped, args.runs, base_env)
    rows += shipped

    # Synthetic stores.
    keep = Path(args.keep) if args.keep else None
    for claims in args.sizes:
        folder = (keep if keep else work) / f"claims-{claims}"
        info = synthetic_store(claims, folder)
        report["stores"].append(info)
        store = Path(info["store"])
        original = store.read_bytes()
        env = {**base_env, "JPMN_CACHE_DIR": str(work / f"cache-{claims}")}
        group = f"synthetic {claims:,} claims ({info['store_mb']:.0f} MB store)"
        at_100k = claims == 100_000
        ask = [JPMN, "ask", QUERY, "--store", str(store)]
        # Issue 14's scale targets: a never-indexed 100k store answers within 10 s in 300 MB, and a
        # changed store is indexed again whole (no in-place update), so the same target holds for it.
        build_target = Target(max_seconds=10, max_rss_mb=300) if at_100k else None
        whole = Row(group, "ask, no index yet (whole store read)", ask, env, build_target)
        first = Row(group, "ask, first after the store changed", ask, env, build_target)
        warm = Row(group, "ask, warm", ask, env, Target(max_ratio=1.6, max_rss_mb=100) if at_100k else None)
        check = Row(
            group,
            "check",
            [JPMN, "check", "--store", str(store)],
            env,
            Target(max_seconds=5) if at_100k else None,
        )
        # The stack's floor for reading a store: PyYAML's C parser turning the file into events,
        # before anything is checked or kept. Every command that reads the store pays at least this.
        yaml_floor = Row(
            group,
            "floor: YAML events alone (PyYAML, libyaml)",
            [sys.executable, "-c", YAML_EVENTS, str(store)],
            env,
        )
        try:
            progress(f"{group}: YAML events alone x {slow_runs}")
            measure_slow(yaml_floor, slow_runs, base_env)
            progress(f"{group}: first ask ever (builds the whole index) x 1")
            measure_slow(whole, 1, base_env)
            progress(f"{group}: first ask after a change x {slow_runs}")
            measure_slow(first, slow_runs, base_env, before=touch_store(store))
            progress(f"{group}: warm ask x {args.runs}")
            measure_warm([warm], args.runs, base_env)
            progress(f"{group}: check x {slow_runs}")
            measure_slow(check, slow_runs, base_env)
        finally:
            store.write_bytes(original)  # undo touch_store's edits
        rows += [yaml_floor, whole, first, warm, check]
        if yaml_floor.median_s and first.median_s and check.median_s:
            floor_s = yaml_floor.median_s
            notes.append(
                f"synthetic {claims:,}: first ask after a change {first.median_s / floor_s:.1f}x and"
                f" check {check.median_s / floor_s:.1f}x the YAML events floor ({floor_s:.1f} s)"
            )
        indexes = list((work / f"cache-{claims}").glob("*.sqlite3"))
        if indexes:
            info["index_mb"] = indexes[0].stat().st_size / 2**20
        made = f"generated in {info['generate_s']:.1f} s" if info.get("generate_s") else "reused"
        notes.append(
            f"synthetic {claims:,}: store {info['store_mb']:.1f} MB + {info['source_files']} source files "
            f"{info['seeds_mb']:.1f} MB ({made}), index {info.get('index_mb', 0):.1f} MB"
            + (f", kept in {folder}" if keep else "")
        )

    all_baseline = [s for row in rows for s in row.baseline]
    times = [s.seconds for s in all_baseline] or [0.0]
    report["baseline"] = {
        "command": BASELINE,
        "runs": len(all_baseline),
        "median_ms": statistics.median(times) * 1000,
        "min_ms": min(times) * 1000,
        "max_ms": max(times) * 1000,
        "peak_rss_mb": max((s.rss_kb for s in all_baseline), default=0) / 1024,
    }
    report["rows"] = [row.to_json() for row in rows]
    report["missed"] = [f"{row.group} / {row.name}" for row in rows if row.verdict()[0] is False]
    report["notes"] = notes
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(report, rows, notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
