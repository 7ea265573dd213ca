"""How long ``jpmn verify --file`` takes on a 1,000-sentence draft, as a ratio to ``python -c pass``.

    python benchmarks/verify_draft.py [--sentences 1000] [--runs 3] [--keep DRAFT.md]

Run it with the interpreter of the environment jpmn is installed in. The draft is made from the
shipped store's own claims, a third of them with another figure and a fifth with a word the store
lacks, so every verdict occurs; it is the same draft every run (seeded). The first run builds the
index cache and is not counted. Also timed: the same draft verified in-process with one open
index (what the command does after start-up). Target: under 5 s for the command. A missed target
prints MISSED; the exit status is 0 all the same, because this is a report, not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 5.0
JPMN = str(Path(sys.executable).with_name("jpmn"))
STRANGE = ["horse race", "banquet", "Gobi", "coal exports", "tree planting", "Rio Tinto", "yurt"]


def draft(count: int, seed: int = 13) -> str:
    """A markdown draft of ``count`` sentences made from the store's claims (deterministic)."""
    from jpmn.core.index import Index
    from jpmn.core.locations import default_store_path

    index = Index.open(default_store_path(), "data/facts.yaml")
    texts = [claim["text"] for claim in index.claims()]
    rng = random.Random(seed)
    lines = ["# A draft on Japan and Mongolia", ""]
    for number in range(count):
        text = rng.choice(texts)
        if rng.random() < 0.33:
            text = re.sub(r"\d[\d,]*", lambda _m: f"{rng.randint(2, 20000):,}", text, count=1)
        if rng.random() < 0.2:
            words = text.split()
            words[rng.randrange(len(words))] = rng.choice(STRANGE)
            text = " ".join(words)
        lines.append(f"- {text}" if number % 7 == 0 else text)
        if number % 5 == 4:
            lines.append("")
    return "\n".join(lines) + "\n"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    return time.perf_counter() - start, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", metavar="DRAFT.md", help="also write the draft here")
    args = parser.parse_args()

    text = draft(args.sentences)
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "draft.md"
        path.write_text(text, encoding="utf-8")
        if args.keep:
            Path(args.keep).write_text(text, encoding="utf-8")
        env = {**os.environ, "JPMN_CACHE_DIR": str(Path(work) / "cache"), "NO_COLOR": "1"}

        baseline = statistics.median(timed([sys.executable, "-c", "pass"], env)[0] for _ in range(5))
        rows: list[tuple[str, float]] = []
        command = [JPMN, "verify", "--file", str(path), "--json"]
        _seconds, code = timed(command, env)  # builds the index cache
        if code in (0, 1):
            rows.append(("jpmn verify --file (1,000 sentences)", statistics.median(
                timed(command, env)[0] for _ in range(args.runs)
            )))  # fmt: skip
        else:
            print("jpmn verify --file is not available here; timing in-process only", file=sys.stderr)

        os.environ["JPMN_CACHE_DIR"] = env["JPMN_CACHE_DIR"]
        from jpmn.core.index import Index
        from jpmn.core.locations import default_store_path
        from jpmn.core.verify import Verifier, check_draft

        def in_process() -> float:
            start = time.perf_counter()
            verifier = Verifier(Index.open(default_store_path(), "data/facts.yaml"))
            check_draft(verifier, text)
            return time.perf_counter() - start

        rows.append(("in-process check_draft, one open index", statistics.median(
            in_process() for _ in range(args.runs)
        )))  # fmt: skip

    print(f"baseline python -c pass: {baseline * 1000:.0f} ms")
    print(f"{'row':<42} {'seconds':>8} {'ratio':>8}  target")
    for name, seconds in rows:
        verdict = "" if seconds < TARGET_SECONDS else "  MISSED"
        print(f"{name:<42} {seconds:>8.2f} {seconds / baseline:>7.0f}x  < {TARGET_SECONDS:g} s{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
