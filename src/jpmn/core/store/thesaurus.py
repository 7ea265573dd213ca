"""The domain thesaurus: the everyday words readers type, mapped to the words the store uses.

Kept as data beside the store (``thesaurus.yaml`` next to ``facts.yaml``), so a curator widens what
``ask`` understands without touching code. Each entry names a store term and its aliases::

    - term: ambassador
      aliases: [envoy, emissary]

A query holding an alias also looks for the term (never the other way round: a claim that says
"ambassador" is found by "envoy", but "ambassador" does not go looking for "envoy"). Words are
compared as search sees them (folded and stemmed), so "envoys" is covered by "envoy".
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from jpmn.core.files import absent
from jpmn.core.store import yaml_nodes as _yaml
from jpmn.core.text import spelt_out, terms
from jpmn.errors import JpmnError

if TYPE_CHECKING:
    from jpmn.core.files import FileRead

FILE_NAME = "thesaurus.yaml"
KEYS = ("term", "aliases")

Expansions = dict[tuple[str, ...], list[tuple[tuple[str, ...], bool]]]
"""Words (search terms) -> what they may also be said as (search terms), each with whether that
is the store's term (an alias read as its term) or the way back (a term read as an alias)."""


def path_beside(store_path: str) -> str:
    """Where the thesaurus of a store is: ``thesaurus.yaml`` in the store's folder."""
    return os.path.join(os.path.dirname(os.path.abspath(store_path)), FILE_NAME)


def load_beside(
    store_path: str, shown: str | None = None, reads: dict[str, FileRead] | None = None
) -> Expansions:
    """The thesaurus beside a store, compiled; {} when there is none. Raises on the first problem
    (located by ``shown``, the store's name as the user gave it). The file as read is noted in
    ``reads`` (by its path), so an index built with it is stale once it changes."""
    path = path_beside(store_path)
    if not os.path.lexists(path):
        if reads is not None:
            reads[path] = absent(path)
        return {}
    expansions, problems, read = _read(
        path, os.path.join(os.path.dirname(shown), FILE_NAME) if shown else path
    )
    if problems:
        raise problems[0]
    if reads is not None and read is not None:
        reads[path] = read
    return expansions


def check(path: str, shown: str | None = None) -> tuple[Expansions, list[JpmnError]]:
    """A thesaurus file compiled, with every problem found in it (unknown or missing keys, wrong
    types, an alias listed twice or under its own term, a term given two entries)."""
    expansions, problems, _read_as = _read(path, shown or path)
    return expansions, problems


def _read(path: str, shown: str) -> tuple[Expansions, list[JpmnError], FileRead | None]:
    root, problems, read = _yaml.read_beside(path, shown, "thesaurus")
    if root is None:  # nothing listed, or a problem that stopped reading
        return {}, problems, read
    expansions, problems = _compile(root, shown)
    return expansions, sorted(problems, key=lambda p: (p.line or 0, p.col or 0)), read


def _compile(root: _yaml.Node, shown: str) -> tuple[Expansions, list[JpmnError]]:
    problems: list[JpmnError] = []
    expansions: Expansions = {}
    if not isinstance(root, _yaml.Sequence):
        return {}, [JpmnError("a thesaurus is a list of entries (- term: ..., aliases: [...])", shown, 1, 1)]
    seen_terms: dict[tuple[str, ...], int] = {}
    for entry in root.items:
        if not isinstance(entry, _yaml.Mapping):
            problems.append(
                JpmnError("an entry is a mapping with 'term' and 'aliases'", shown, entry.line, entry.col)
            )
            continue
        for key, scalar in entry.keys.items():
            if key not in KEYS:
                problems.append(
                    JpmnError(
                        f"unknown key '{key}' (allowed: {', '.join(KEYS)})", shown, scalar.line, scalar.col
                    )
                )
        term_node = entry.items.get("term")
        aliases_node = entry.items.get("aliases")
        if not isinstance(term_node, _yaml.Scalar) or not term_node.text.strip():
            problems.append(
                JpmnError(
                    "an entry needs 'term': the word as the store writes it", shown, entry.line, entry.col
                )
            )
            continue
        term = tuple(terms(term_node.text, query=True))
        if not term:
            problems.append(
                JpmnError(
                    f"term '{term_node.text}' has no word search looks at",
                    shown,
                    term_node.line,
                    term_node.col,
                )
            )
            continue
        if term in seen_terms:
            problems.append(
                JpmnError(
                    f"duplicate term '{term_node.text}' (first at line {seen_terms[term]}): merge them",
                    shown,
                    term_node.line,
                    term_node.col,
                )
            )
            continue
        seen_terms[term] = term_node.line
        if not isinstance(aliases_node, _yaml.Sequence) or not aliases_node.items:
            where = aliases_node or entry
            problems.append(
                JpmnError(
                    "an entry needs 'aliases': a list of words readers type", shown, where.line, where.col
                )
            )
            continue
        listed: dict[tuple[str, ...], tuple[int, str]] = {}
        for alias_node in aliases_node.items:
            if not isinstance(alias_node, _yaml.Scalar) or not alias_node.text.strip():
                problems.append(
                    JpmnError("an alias is a word or phrase", shown, alias_node.line, alias_node.col)
                )
                continue
            alias = tuple(terms(alias_node.text, query=True))
            if not alias:
                problems.append(
                    JpmnError(
                        f"alias '{alias_node.text}' has no word search looks at",
                        shown,
                        alias_node.line,
                        alias_node.col,
                    )
                )
            elif alias in listed and _spelt_otherwise(alias_node.text, listed[alias][1]):
                continue  # "honour" beside "honor": one word written two ways, both read alike
            elif alias == term and _spelt_otherwise(alias_node.text, term_node.text):
                continue
            elif alias == term:
                problems.append(
                    JpmnError(
                        f"alias '{alias_node.text}' is the term itself",
                        shown,
                        alias_node.line,
                        alias_node.col,
                    )
                )
            elif alias in listed:
                problems.append(
                    JpmnError(
                        f"duplicate alias '{alias_node.text}' (first at line {listed[alias][0]})",
                        shown,
                        alias_node.line,
                        alias_node.col,
                    )
                )
            else:
                listed[alias] = (alias_node.line, alias_node.text)
                expansions.setdefault(alias, []).append((term, True))
                expansions.setdefault(term, []).append((alias, False))
    return expansions, problems


def _spelt_otherwise(one: str, other: str) -> bool:
    """Whether two words or phrases differ only in how they are written: British and American
    spelling ("honour", "honor"), or shortened ("govt", "government")."""
    return one.casefold() != other.casefold() and spelt_out(one) == spelt_out(other)
