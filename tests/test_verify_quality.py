"""How well ``verify`` judges statements written from seeds/ alone, scored on both halves.

The tuning half is what the verifier was adjusted on; the held-back half was only ever scored. Each
run prints both confusion matrices. The issue's targets are an accuracy of at least 90 % and a
precision of at least 90 % for every verdict, a wrong "supported" being the worst error. The
held-back half reaches them for supported (0.957), contradicted (0.959) and disputed (1.00):
accuracy 0.874 and not found 0.688 when last scored (0.86 and 0.67 before it read typos, degree
adverbs, an ambassador "in" a capital and "first to" as a claim must say them; 0.83 and 0.63 before
the verifier read capitals as their countries, more figure forms and swapped names; 0.79 and 0.59
before it learned to compare a date with the date of the same thing, to cap what one word weighs,
and not to take a hope, a source's title or a related claim for what a claim says). The floors below
are what is reached (a little under it: one or two statements, as search, which finds the claims,
keeps changing), so a change that makes verdicts worse fails here; raise them as the verifier
improves. A third outsider-written set (170 statements, set "e") joined the tuning half whole;
before the verifier was adjusted on it, it scored accuracy 0.92 (precision supported 0.97,
contradicted 0.98, disputed 1.00, not found 0.77). A fourth (230 statements, set "g", written to
paraphrase more) joined it the same way, but for 11 sentences worded exactly as held-back ones; it
scored 0.75 before the verifier was adjusted on it (supported 0.93, contradicted 0.78, disputed
0.96, not found 0.57) and 0.84 after. With it the tuning half scores 0.92. Later the held-back
half reached accuracy 0.923 and not found 0.767 (a plan "to join" read as what will be, "never" as
a denial only), and the floors were raised to 0.91 and 0.75; then 0.927 and 0.778 (the store's
own sentences no longer contradicted: titles between a person and a country, possessive names,
records cited by others), and the floors 0.92 and 0.77.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from jpmn.core.index import Index
from jpmn.core.verdicts import VERDICTS
from jpmn.core.verify import Verifier

from conftest import SHIPPED_STORE

SETS = Path(__file__).parent / "statements"
FLOORS = {
    # half: (accuracy, least precision of supported, contradicted, disputed, not_found)
    "tuning": (0.97, {"supported": 0.99, "contradicted": 0.98, "disputed": 0.99, "not_found": 0.91}),
    # accuracy 0.90 is the target, met; its precision target (0.90 for each) is not (not
    # found). Sets s15 and s16 joined both halves: the held-back half is harder than before (0.939
    # on its first 247 statements alone, 0.912 with them, then 0.919 once UB and the MPR were read
    # as the places they are; 0.929 once another place where something came from, or went to,
    # contradicted it; 0.934 once two statements joined by ", and" were read as two; 0.940 once a
    # closing ", which ..." clause, a lesser rank of an office and halves of one quoted sentence
    # were read; 0.949 and not found 0.877 once the outlet someone spoke to, a reporter, "plan",
    # and a count joined to a linked claim were read; 0.951 and not found 0.884 once a denied
    # stopping, a capitalised plural of a store name, and a passive deed's parties were read;
    # supported 0.988 and not found 0.878 once a word naming a kind ("military", "nuclear") that
    # the claims lack kept a statement from being supported: one wrong "supported", the worst
    # error, became a wrong "not found", the mildest, so the supported floor rose and the not
    # found floor fell by as much; 0.957, contradicted 0.975 and not found 0.885 once a length
    # of time is weighed only against what it is of, and a titled person against one the store
    # often names)
    "heldback": (0.953, {"supported": 0.985, "contradicted": 0.96, "disputed": 0.99, "not_found": 0.88}),
}


def score(half: str) -> tuple[Counter[tuple[str, str]], str]:
    items = yaml.safe_load((SETS / f"{half}.yaml").read_text(encoding="utf-8"))
    verifier = Verifier(Index.open(str(SHIPPED_STORE), "data/facts.yaml"))
    matrix: Counter[tuple[str, str]] = Counter()
    for item in items:
        matrix[(item["verdict"], verifier.verify(item["s"]).verdict)] += 1
    return matrix, table(half, matrix)


def table(half: str, matrix: Counter[tuple[str, str]]) -> str:
    total = sum(matrix.values())
    lines = [f"{half}: {total} statements (rows: label, columns: verdict)"]
    lines.append(" " * 14 + "".join(f"{verdict:>14}" for verdict in VERDICTS) + "     recall")
    for label in VERDICTS:
        row = [matrix[(label, verdict)] for verdict in VERDICTS]
        recall = matrix[(label, label)] / sum(row) if sum(row) else float("nan")
        lines.append(f"{label:>14}" + "".join(f"{n:>14}" for n in row) + f"{recall:>11.3f}")
    precisions = precision(matrix)
    lines.append(f"{'precision':>14}" + "".join(f"{precisions[v]:>14.3f}" for v in VERDICTS))
    lines.append(f"accuracy {accuracy(matrix):.3f}")
    return "\n".join(lines)


def accuracy(matrix: Counter[tuple[str, str]]) -> float:
    return sum(matrix[(v, v)] for v in VERDICTS) / max(sum(matrix.values()), 1)


def precision(matrix: Counter[tuple[str, str]]) -> dict[str, float]:
    out = {}
    for verdict in VERDICTS:
        given = sum(matrix[(label, verdict)] for label in VERDICTS)
        out[verdict] = matrix[(verdict, verdict)] / given if given else 1.0
    return out


@pytest.mark.parametrize("half", ["tuning", "heldback"])
def test_verify_quality(half: str, capsys: pytest.CaptureFixture[str]) -> None:
    matrix, report = score(half)
    with capsys.disabled():
        print("\n" + report)
    least_accuracy, least_precision = FLOORS[half]
    assert accuracy(matrix) >= least_accuracy, report
    for verdict, value in precision(matrix).items():
        assert value >= least_precision[verdict], f"precision of {verdict}\n{report}"
