"""Readers' questions: for each claim, questions readers ask that it answers, in their own words.

Kept as data beside the store (``questions.yaml`` next to ``facts.yaml``), like the thesaurus. A
claim is worded once, as its source has it; readers word the same question many ways ("war
games" for military exercises, "how long did the spy get" for a sentence, "japan emperor come
mongolia when"). Listing how they ask lets ``ask`` find a claim by the question nearest to the
one typed, not only by the claim's own words::

    state-visit-8-days:
      - how long was the emperor's trip to Mongolia
      - emperor visit length

Questions are search data, never evidence: nothing shows them as what a claim says.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from typing import TYPE_CHECKING

from jpmn.core.files import absent
from jpmn.core.store import yaml_nodes as _yaml
from jpmn.core.text import terms
from jpmn.errors import JpmnError

if TYPE_CHECKING:
    from jpmn.core.files import FileRead

FILE_NAME = "questions.yaml"
MAX_PER_CLAIM = 50
"""Questions one claim may list (the index numbers them in one byte)."""
MAX_CHARS = 500
"""One question: a long chatty one fits, a pasted article does not."""

Asked = dict[str, tuple[str, ...]]
"""Claim id -> the questions readers ask that it answers, as written."""


def path_beside(store_path: str) -> str:
    """Where the readers' questions of a store are: ``questions.yaml`` in the store's folder."""
    return os.path.join(os.path.dirname(os.path.abspath(store_path)), FILE_NAME)


def load_beside(
    store_path: str,
    claim_ids: Collection[str],
    shown: str | None = None,
    reads: dict[str, FileRead] | None = None,
) -> Asked:
    """The questions beside a store; {} when there are none. Raises on the first problem (located
    by ``shown``, the store's name as the user gave it). The file as read is noted in ``reads`` (by
    its path), so an index built with it is stale once it changes."""
    path = path_beside(store_path)
    if not os.path.lexists(path):
        if reads is not None:
            reads[path] = absent(path)
        return {}
    asked, problems, read = _read(path, _shown(path, shown), claim_ids)
    if problems:
        raise problems[0]
    if reads is not None and read is not None:
        reads[path] = read
    return asked


def check(path: str, claim_ids: Collection[str], shown: str | None = None) -> tuple[Asked, list[JpmnError]]:
    """The questions file read, with every problem found in it (a claim id the store lacks, a
    claim listed twice, an entry that is not a list of questions, a question with no word search
    looks at, too many or too long questions)."""
    asked, problems, _read_as = _read(path, shown or path, claim_ids)
    return asked, problems


def check_text(text: str, claim_ids: Collection[str], shown: str) -> list[JpmnError]:
    """Every problem of a questions file's text (before it is written)."""
    try:
        root = _yaml.parse(text, shown)
    except JpmnError as exc:
        return [exc]
    return _compile(root, shown, claim_ids)[1]


def _shown(path: str, store_shown: str | None) -> str:
    return os.path.join(os.path.dirname(store_shown), FILE_NAME) if store_shown else path


def _read(
    path: str, shown: str, claim_ids: Collection[str]
) -> tuple[Asked, list[JpmnError], FileRead | None]:
    root, problems, read = _yaml.read_beside(path, shown, "questions file")
    if root is None:  # nothing listed yet, or a problem that stopped reading
        return {}, problems, read
    asked, problems = _compile(root, shown, claim_ids)
    return asked, sorted(problems, key=lambda p: (p.line or 0, p.col or 0)), read


def _compile(root: _yaml.Node, shown: str, claim_ids: Collection[str]) -> tuple[Asked, list[JpmnError]]:
    if not isinstance(root, _yaml.Mapping):
        return {}, [JpmnError("the questions file maps claim ids to lists of questions", shown, 1, 1)]
    problems: list[JpmnError] = []
    asked: Asked = {}
    for claim_id, node in root.items.items():
        key = root.keys[claim_id]
        if claim_id not in claim_ids:
            problems.append(JpmnError(f"no claim '{claim_id}' in the store", shown, key.line, key.col))
            continue
        if not isinstance(node, _yaml.Sequence) or not node.items:
            problems.append(
                JpmnError(f"'{claim_id}' needs a list of questions (- ...)", shown, node.line, node.col)
            )
            continue
        if len(node.items) > MAX_PER_CLAIM:
            problems.append(
                JpmnError(
                    f"'{claim_id}' lists {len(node.items)} questions; at most {MAX_PER_CLAIM}",
                    shown,
                    key.line,
                    key.col,
                )
            )
            continue
        listed: list[str] = []
        for item in node.items:
            if not isinstance(item, _yaml.Scalar) or not item.text.strip():
                problems.append(JpmnError("a question is a line of text", shown, item.line, item.col))
            elif len(item.text) > MAX_CHARS:
                problems.append(
                    JpmnError(
                        f"a question of {len(item.text)} characters; at most {MAX_CHARS}",
                        shown,
                        item.line,
                        item.col,
                    )
                )
            elif not terms(item.text, query=True):
                problems.append(
                    JpmnError(f"'{item.text}' has no word search looks at", shown, item.line, item.col)
                )
            else:
                listed.append(item.text)
        asked[claim_id] = tuple(listed)
    return asked, problems
