"""The curated store: strict loading of ``facts.yaml`` into typed sources and claims.

Loading refuses anything it cannot read unambiguously (wrong types, unknown or duplicate keys,
YAML 1.1 coercions, dangling ids) so that every answer jpmn prints is what the curator wrote.
``check`` adds the curator's content checks: verbatim quotes, and a warning for a figure that looks
like another but names no common quantity (``measures``). Conflicts are derived from ``measures``
(see ``jpmn.core.analysis``) and given to each claim as ``conflicts_with``.
"""

from __future__ import annotations

import codecs
import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as _date
from functools import partial
from pathlib import Path
from typing import Any, cast

import yaml

from jpmn.core.analysis import conflicts, unnamed_siblings
from jpmn.core.files import (
    MAX_SOURCE_BYTES,
    MAX_STORE_BYTES,
    FileRead,
    Refused,
    collector_paused,
    read_regular,
)
from jpmn.core.forked import Failed, Forked, can_share
from jpmn.core.quotes import SourceText
from jpmn.core.store import yaml_nodes as _yaml
from jpmn.core.store.vocabulary import CATEGORIES
from jpmn.core.store.yaml_nodes import Mapping, Node, Scalar, Sequence
from jpmn.errors import JpmnError, StoreProblems
from jpmn.schema import CLAIM_KEYS, SOURCE_KEYS

# Bounds on one claim, so that the work and the index size grow with the number of claims, not
# with what one claim can hold (a 20 MB claim, or 1,500 claims all in conflict, must not cost
# minutes and gigabytes). Real claims stay far below them: a sentence, a quoted passage.
MAX_TEXT_CHARS = 2_000
"""A claim's text, a keyword, a title, a name: one sentence or phrase."""
MAX_PASSAGE_CHARS = 10_000
"""A quote or a note: a passage."""
MAX_LIST = {"keywords": 50, "related": 50}
MAX_CONFLICT_GROUP = 20
"""Claims measuring one quantity: the most one conflict group can hold."""
MAX_MAGNITUDE = 10**15
"""Figures beyond this lose digits as floating point (and in JSON readers): refused, not rounded."""


ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
DATE_PATTERN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
MAX_DIGITS = 30
"""No figure needs more digits; longer ones are refused before Python converts them."""
NUMBER_PATTERN = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?\Z")
URL_PATTERN = re.compile(r"https?://[^\s/?#]+[^\s]*\Z")

SUGGESTED_QUOTES = 20
"""check names the closest passage for this many quotes that are not verbatim (each costs a fuzzy
alignment over its source); later ones are reported without."""


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    path: str
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    lines: tuple[int, int] | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "url": self.url,
            "path": self.path,
            "lines": list(self.lines) if self.lines else None,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    category: str
    attributed_to: str
    source: str
    quote: str
    value: int | float | None = None
    unit: str | None = None
    qualifier: str | None = None
    date: str | None = None
    quoted: str | None = None
    """Whose words the quote is, when not those of ``attributed_to``."""
    measures: str | None = None
    conflicts_with: tuple[str, ...] = ()
    """Derived: the claims measuring the same quantity whose figures disagree with this one."""
    related: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    line: int | None = None
    """Line of the source file where the quote starts; None when the quote is not found."""


@dataclass(slots=True)
class Store:
    path: str
    sources: dict[str, Source]
    claims: list[Claim]
    source_files: dict[str, Path] = field(default_factory=dict)
    """Source id -> the file its ``path`` resolved to."""
    project: str = ""
    """The folder source paths are relative to (see ``project_folder``)."""
    reads: dict[str, FileRead] = field(default_factory=dict)
    """Every file the store was built from, as read: ``""`` the store itself, then each source
    ``path`` as written. What an index of this store must be stamped with."""
    warnings: list[JpmnError] = field(default_factory=list)
    """What ``check`` reports without failing: figures that may measure the same unnamed quantity."""


# --- reading -------------------------------------------------------------------------------------


def read_store(path: Path, shown: str) -> tuple[str, FileRead]:
    """Read a store file once as UTF-8 (a BOM is accepted), refusing what cannot be a store.

    Returns the text and the record of the bytes it was decoded from (their hash stamps the index).
    """
    _data, read, text = _read_store(path, shown)
    return text, read


def read_store_bytes(path: Path, shown: str) -> tuple[bytes, FileRead]:
    """``read_store``, its text left as the UTF-8 bytes read (after a BOM): what the parser reads,
    without a second copy of a 100 MB store."""
    data, read, _text = _read_store(path, shown)
    return data, read


def _read_store(path: Path, shown: str) -> tuple[bytes, FileRead, str]:
    """The store's bytes (after a BOM), the record of them, and their text: decoded once, which
    is also how a store that is not UTF-8 is found."""
    import stat as stat_module

    try:
        info = path.stat()
    except FileNotFoundError:
        raise JpmnError("no such store file", shown) from None
    except OSError as exc:
        raise JpmnError(f"cannot read the store: {exc.strerror}", shown) from None
    if stat_module.S_ISDIR(info.st_mode):
        raise JpmnError("is a directory, not a store file", shown)
    if not stat_module.S_ISREG(info.st_mode):  # a device or a pipe could be endless
        raise JpmnError("is not a regular file, so not a store file", shown)
    if info.st_size > MAX_STORE_BYTES:
        raise JpmnError(
            f"the store is {info.st_size / 2**20:.0f} MB, over the {MAX_STORE_BYTES // 2**20} MB limit", shown
        )
    try:
        data, read, _info = read_regular(os.path.realpath(path), MAX_STORE_BYTES, "store")
    except Refused as exc:
        raise JpmnError(str(exc), shown) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    nul = data.find(b"\0")
    if nul >= 0:
        line, col = _line_col(data, nul)
        raise JpmnError("contains a NUL byte; a store is UTF-8 text", shown, line, col)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        raise JpmnError("not valid UTF-8; save the store as UTF-8", shown, line, col) from None
    return data, read, text


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def load(
    path: str | os.PathLike[str],
    shown: str | None = None,
    validated: Callable[[Store], None] | None = None,
) -> Store:
    """Load and validate a store; raise StoreProblems naming the first problem and how many more.

    ``validated(store)`` is called as soon as every claim is read and no problem was found so
    far, before the quotes are located in their sources (the claims have no ``line`` yet, and
    their ``conflicts_with`` is derived): the index begins on the claims' words there.
    """
    with collector_paused():
        store, problems = _read(Path(path), shown or str(path), full=False, validated=validated)
    if problems:
        raise StoreProblems(problems)
    assert store is not None
    return store


def check(path: str | os.PathLike[str], shown: str | None = None) -> tuple[Store | None, list[JpmnError]]:
    """Every problem of a store, in file order: structure, references, quotes, conflict links;
    then those of the thesaurus and the readers' questions beside it, if there are any."""
    from jpmn.core.store import questions, thesaurus

    shown = shown or str(path)
    with collector_paused():
        store, problems = _read(Path(path), shown, full=True)
    more: list[JpmnError] = []
    beside = thesaurus.path_beside(str(path))
    if os.path.isfile(beside):
        more += thesaurus.check(beside, os.path.join(os.path.dirname(shown), thesaurus.FILE_NAME))[1]
    beside = questions.path_beside(str(path))
    if store is not None and os.path.lexists(beside):
        claim_ids = {claim.id for claim in store.claims}
        more += questions.check(beside, claim_ids, os.path.join(os.path.dirname(shown), questions.FILE_NAME))[
            1
        ]
    if more:
        return None, problems + more
    return store, problems


def _read(
    path: Path, shown: str, full: bool, validated: Callable[[Store], None] | None = None
) -> tuple[Store | None, list[JpmnError]]:
    data, read = read_store_bytes(path, shown)
    validator = _Validator(shown, path, read)
    root: Node | None = _parsed_in_two(data, validator)
    if root is None:  # a small store, one CPU, or a problem in either part: one pass, as always
        validator = _Validator(shown, path, read)
        try:
            root = _yaml.parse(data, shown, on_entry=validator.entry)
        except JpmnError as exc:
            return None, [exc]  # what the validator found so far is moot: the store is not YAML
    del data  # the nodes hold what is needed; a 100 MB store is not kept twice
    alike = None
    if full and not validator.problems:
        # check's look for figures alike (pure work on the claims' texts) runs in a forked
        # process while this one makes the claims and locates the quotes: on 100,000 claims,
        # about two seconds each. It reads the claims' fields as parsed, which are the claims'
        # own whenever the store has no problem (with one, the store and its warnings are moot).
        parsed = [fields for fields in validator.read_claims.values() if fields is not None]
        alike = Forked(lambda: [unnamed_siblings(parsed)])
    try:
        store = validator.store(root)
        if store is not None:
            # the conflicts first: the index begun at ``validated`` reads which claims are
            # disputed, as an index built after the quotes are located does
            store.claims = with_conflicts(store.claims)
        if store is not None and validated is not None and not validator.problems:
            validated(store)
        if store is not None:
            validator.locate_quotes(store, report=full)
            if alike is not None:
                store.warnings = validator.siblings(store, alike.result())
    finally:
        if alike is not None:
            alike.close()
    problems = sorted(validator.problems, key=lambda p: (p.line or 0, p.col or 0))
    return (None if problems else store), problems


# --- a large store read in two parts -------------------------------------------------------------

SPLIT_BYTES = 4 * 2**20
"""From this size on, a store whose claims come last is parsed in two processes at once."""
_FIRST_SHARE = 0.50
"""The share of the claims' bytes this process parses; the forked one parses the rest, and this
process then takes its claims (the forked one sends them by ``marshal``). Half each: both parse
at the same pace, and taking the sent claims costs this process less than the forked one spends
sending them (on 100,000 claims, ``check`` took a median of 5.29 s at half against 5.43 s at
0.55, and 5.62 s at 0.45)."""
_SENT_CLAIMS = 4096
"""Claims the forked process sends at a time: this process never holds all it sent twice."""
_CLAIMS_KEY = re.compile(rb"^claims:[ \t]*(?:#[^\n]*)?\n", re.MULTILINE)
_FIRST_ENTRY = re.compile(rb"^( *)- ", re.MULTILINE)
_TOP_LEVEL = re.compile(rb"\n[^\s#-]")
"""A line after the claims key that starts another top-level key. Searched from the key's own
newline, not as ``^`` in multi-line mode: on a 50 MB store that is a tenth of the time (a
newline is looked for, rather than every position tried as a line's start)."""


def _parsed_in_two(data: bytes, validator: _Validator) -> Mapping | None:
    """The store's root, its claims list parsed in two parts at once: this process parses the
    store up to an entry of the claims list near the middle, a forked one parses the entries from
    there on, each with the validator reading each claim (``_Validator.entry``).

    This process parses the store as one pass does and stops where that entry starts, so its
    nodes are those one pass makes; the rest is parsed as a list at the same column from the same
    line on, so its nodes are too, nesting counted from the same depth. None, and the store is
    read in one pass, whenever either part finds anything at all amiss (a YAML error, a claim's
    problem, a list that is not the claims list), so every problem is reported, and located, as
    one pass reports it.
    """
    if len(data) < SPLIT_BYTES or not can_share():
        return None
    split = _claims_split(data)
    if split is None:
        return None
    at, line, col = split
    rest = Forked(partial(_read_rest, data, at, line, col, validator))
    try:
        try:
            root = _yaml.parse(data, validator.shown, on_entry=validator.entry, stop_line=line)
        except JpmnError:
            return None
        if validator.problems or not isinstance(root, Mapping) or next(reversed(root.items), "") != "claims":
            return None
        claims = root.items["claims"]
        if not isinstance(claims, Sequence) or claims.col != col:
            return None
        read_claims, items = validator.read_claims, claims.items
        for sent in rest.parts():  # claims, a batch at a time, once all were read with no problem
            if sent is None:
                return None
            for fields, encoded in sent:
                kept = _decoded(encoded)
                read_claims[id(kept)] = fields
                items.append(kept)
    except Failed:
        return None
    finally:
        rest.close()
    return root


def _claims_split(data: bytes) -> tuple[int, int, int] | None:
    """Where to split a store's claims list: (offset, line, column) of an entry near
    ``_FIRST_SHARE`` of it, or None if the list is not the store's last top-level key, in block
    style, with more than one entry."""
    key = _CLAIMS_KEY.search(data)
    if key is None or _TOP_LEVEL.search(data, key.end() - 1):
        return None
    first = _FIRST_ENTRY.search(data, key.end())
    if first is None:
        return None
    entry = b"\n" + first.group(1) + b"- "
    at = data.find(entry, first.start() + int((len(data) - first.start()) * _FIRST_SHARE))
    if at < 0:
        return None
    at += 1
    return at, data.count(b"\n", 0, at) + 1, len(first.group(1)) + 1


def _read_rest(
    data: bytes, at: int, line: int, col: int, validator: _Validator
) -> Iterator[list[tuple[dict[str, Any], Any]] | None]:
    """In the forked process: the claims from ``at`` on, each read by the validator, as plain
    data (its fields, and the nodes kept of it), in batches; None if anything is amiss."""
    try:
        rest = _yaml.parse(data[at:], validator.shown, line, on_entry=validator.entry, listed_under="claims")
    except JpmnError:
        yield None
        return
    if validator.problems or not isinstance(rest, Sequence) or rest.col != col:
        yield None
        return
    read_claims = validator.read_claims
    if any(read_claims.get(id(kept)) is None for kept in rest.items):  # not a claim, or not read
        yield None
        return
    for first in range(0, len(rest.items), _SENT_CLAIMS):
        batch = rest.items[first : first + _SENT_CLAIMS]
        yield [(read_claims[id(kept)] or {}, _encoded(kept)) for kept in batch]


def _encoded(node: Node) -> Any:
    """A node as plain data ``marshal`` sends (``_decoded`` makes it again)."""
    if isinstance(node, Scalar):
        return (node.text, node.plain, node.line, node.col)
    if isinstance(node, Sequence):
        return (node.line, node.col, [_encoded(item) for item in node.items])
    keys = [(key, _encoded(scalar)) for key, scalar in node.keys.items()]
    return (node.line, node.col, {key: _encoded(item) for key, item in node.items.items()}, keys)


def _decoded(encoded: Any) -> Mapping:
    node = _decoded_node(encoded)
    assert isinstance(node, Mapping)
    return node


def _decoded_node(encoded: Any) -> Node:
    if len(encoded) == 4 and isinstance(encoded[0], str):
        return Scalar(*encoded)
    if len(encoded) == 3:
        return Sequence(encoded[0], encoded[1], [_decoded_node(item) for item in encoded[2]])
    line, col, items, keys = encoded
    return Mapping(
        line,
        col,
        {key: _decoded_node(item) for key, item in items.items()},
        {key: cast("Scalar", _decoded_node(scalar)) for key, scalar in keys},
    )


# --- validation ----------------------------------------------------------------------------------

_RESOLVER = yaml.resolver.Resolver()
_YAML_NAMES = {
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:int": "an integer",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "null (empty)",
    "tag:yaml.org,2002:timestamp": "a date",
}
_RESOLVER_FIRST = set("-+0123456789.:~nNyYtTfFoO<=")

_SOURCE_KINDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "outlet": ("text", False),
    "title": ("text", True),
    "author": ("text", False),
    "published": ("date", False),
    "url": ("url", False),
    "path": ("text", True),
    "lines": ("lines", False),
    "note": ("text", False),
}
_CLAIM_KINDS: dict[str, tuple[str, bool]] = {
    "id": ("id", True),
    "text": ("text", True),
    "category": ("category", True),
    "value": ("number", False),
    "unit": ("text", False),
    "qualifier": ("text", False),
    "date": ("date", False),
    "attributed_to": ("text", True),
    "quoted": ("text", False),
    "source": ("id", True),
    "quote": ("text", True),
    "measures": ("id", False),
    "related": ("ids", False),
    "keywords": ("texts", False),
}
# Each key of the schema with its kind and whether it is required (a key without one fails here).
_SOURCE_FIELDS = {key: _SOURCE_KINDS[key] for key in SOURCE_KEYS}
_CLAIM_FIELDS = {key: _CLAIM_KINDS[key] for key in CLAIM_KEYS}
_SHARED_KEYS = frozenset(
    ("category", "unit", "qualifier", "attributed_to", "source", "measures", "related", "keywords", "date")
)
"""The fields whose values claims repeat (a category, a source id, a keyword, a date): each value is
kept once however many claims give it (``sys.intern``). On a 100,000-claim store that is about
30 MB less while the index is built; a claim's own sentence and quote are its alone."""
_LIST_KINDS = frozenset(("ids", "texts", "lines"))
_PASSAGE_KEYS = frozenset(("quote", "note"))
_CLAIM_POINTED = ("id", "source", "quote", "value", "unit", "qualifier", "measures", "related")
"""The nodes of a claim that a problem found after its fields are read may point at."""
_DERIVED = {
    "conflicts_with": "conflicts_with is derived now: give the claims that measure the same quantity "
    "the same 'measures: NAME' instead"
}


_UNREAD: Any = object()
"""What ``read_claims`` holds for a record not read while parsing."""


class _Invalid(Exception):
    """One field's problem, already recorded."""


class _Validator:
    def __init__(self, shown: str, path: Path, read: FileRead) -> None:
        self.shown = shown
        self.path = path
        self.read = read
        self.project = project_folder(path)
        self.reads: dict[str, FileRead] = {"": read}
        self.problems: list[JpmnError] = []
        self.suggested = 0
        """Quotes not verbatim so far (the first SUGGESTED_QUOTES get their closest passage)."""
        self.source_nodes: dict[str, Mapping] = {}
        self.claim_nodes: dict[str, Mapping] = {}
        self.read_claims: dict[int, dict[str, Any] | None] = {}
        """Each claim read as the store was parsed (``entry``), by the id of the node left in its place."""

    def entry(self, key: str, node: Mapping) -> Mapping:
        """A claim, read as soon as the parser has it whole: its fields are kept, and of its nodes
        only those a later problem can point at (``_CLAIM_POINTED``), not every key and value."""
        if key != "claims":
            return node
        kept = Mapping(
            node.line, node.col, {key: node.items[key] for key in _CLAIM_POINTED if key in node.items}
        )
        self.read_claims[id(kept)] = self.fields(node, _CLAIM_FIELDS, "claim")
        return kept

    def fail(self, message: str, at: Node | None) -> _Invalid:
        line, col = (at.line, at.col) if at is not None else (None, None)
        self.problems.append(JpmnError(message, self.shown, line, col))
        return _Invalid()

    def store(self, root: Node) -> Store | None:
        if not isinstance(root, Mapping):
            kind = "a list" if isinstance(root, Sequence) else "a single value"
            self.fail(f"the store must be a mapping with 'sources' and 'claims', not {kind}", root)
            return None
        for key, key_node in root.keys.items():
            if key not in ("sources", "claims"):
                self.fail(f"unknown top-level key '{key}' (expected 'sources' and 'claims')", key_node)
        sources = self.records(root, "sources", _SOURCE_FIELDS)
        claims = self.records(root, "claims", _CLAIM_FIELDS)
        if sources is None or claims is None:
            return None

        source_map: dict[str, Source] = {}
        source_files: dict[str, Path] = {}
        for _key, fields, node in self.unique(sources, "source"):
            if fields is None:
                continue
            source = Source(**fields)
            source_map[source.id] = source
            self.source_nodes[source.id] = node
            try:
                source_files[source.id] = resolve_source_file(self.project, source.path, self.read)
            except Refused as exc:
                self.fail(str(exc), node.items["path"])

        claim_list: list[Claim] = []
        source_ids = {_id_text(node) for _fields, node in sources}
        claim_nodes, make_claim, append = self.claim_nodes, self.make_claim, claim_list.append
        claim_ids: set[str | None] = set()
        for claim_id, fields, node in self.unique(claims, "claim"):
            claim_nodes[claim_id or ""] = node
            claim_ids.add(claim_id)  # a duplicate's id is the first's: every id of the claims is here
            if fields is None:
                continue
            claim = make_claim(fields, node)
            if claim is None:
                continue
            if claim.source not in source_ids:
                self.fail(f"unknown source id '{claim.source}'", node.items["source"])
            append(claim)
        for _fields, node in claims:
            related = node.items.get("related")
            if related is None:
                continue
            for ref_node in _items(related):
                if isinstance(ref_node, Scalar) and ref_node.text not in claim_ids:
                    self.fail(f"related: no claim has the id '{ref_node.text}'", ref_node)
        self.conflict_groups(claim_list)
        return Store(self.shown, source_map, claim_list, source_files, str(self.project), self.reads)

    def conflict_groups(self, claims: list[Claim]) -> None:
        """Refuse more than MAX_CONFLICT_GROUP claims measuring one quantity: every command that
        shows a conflict shows its whole group, and deriving the conflicts compares its pairs."""
        counts: dict[str, int] = {}
        for claim in claims:
            if claim.measures is None:
                continue
            counts[claim.measures] = count = counts.get(claim.measures, 0) + 1
            if count == MAX_CONFLICT_GROUP + 1:
                self.fail(
                    f"more than {MAX_CONFLICT_GROUP} claims measure '{claim.measures}', over the limit of"
                    f" {MAX_CONFLICT_GROUP} per quantity (a conflict shows every claim of its quantity);"
                    " name narrower quantities",
                    self.claim_nodes[claim.id].items["measures"],
                )

    def unique(
        self, records: list[tuple[dict[str, Any] | None, Mapping]], what: str
    ) -> list[tuple[str | None, dict[str, Any] | None, Mapping]]:
        """Drop (and report) records whose id was used before; each kept one with its id (None
        without one)."""
        first_line: dict[str, int] = {}
        kept = []
        for fields, node in records:
            id_node = node.items.get("id")
            key = id_node.text if isinstance(id_node, Scalar) else None
            if key is not None and id_node is not None:
                if key in first_line:
                    self.fail(f"duplicate {what} id '{key}' (first at line {first_line[key]})", id_node)
                    continue
                first_line[key] = id_node.line
            kept.append((key, fields, node))
        return kept

    def records(
        self, root: Mapping, key: str, spec: dict[str, tuple[str, bool]]
    ) -> list[tuple[dict[str, Any] | None, Mapping]] | None:
        node = root.items.get(key)
        if node is None:
            self.fail(f"missing top-level key '{key}'", root)
            return None
        if not isinstance(node, Sequence):
            self.fail(f"'{key}' must be a list", node)
            return None
        out = []
        read, unread = self.read_claims.pop, _UNREAD
        for item in node.items:
            if not isinstance(item, Mapping):
                self.fail(f"each entry of '{key}' must be a mapping", item)
                continue
            fields = read(id(item), unread)  # read while parsing (``entry``), or not yet
            out.append((self.fields(item, spec, key[:-1]) if fields is unread else fields, item))
        return out

    def fields(self, item: Mapping, spec: dict[str, tuple[str, bool]], what: str) -> dict[str, Any] | None:
        ok = True
        values: dict[str, Any] = {}
        if not item.keys.keys() <= spec.keys():  # a key to report (most records have none)
            for key, key_node in item.keys.items():
                if key in _DERIVED and what == "claim":
                    self.fail(_DERIVED[key], key_node)
                    ok = False
                elif key not in spec:
                    self.fail(
                        f"unknown key '{key}' in a {what} (expected one of: {', '.join(spec)})", key_node
                    )
                    ok = False
        items = item.items
        for key, (kind, required) in spec.items():
            node = items.get(key)
            if node is None:
                if required:
                    self.fail(f"{what} is missing '{key}'", item)
                    ok = False
                continue
            try:
                values[key] = self.typed(key, kind, node)
            except _Invalid:
                ok = False
        return values if ok else None

    def typed(self, key: str, kind: str, node: Node) -> Any:
        if kind in _LIST_KINDS:
            if not isinstance(node, Sequence):
                raise self.fail(f"{key} must be a list", node)
            if len(node.items) > MAX_LIST.get(key, len(node.items)):
                raise self.fail(
                    f"{key} has {len(node.items)} entries, over the limit of {MAX_LIST[key]}", node
                )
            if kind == "lines":
                if len(node.items) != 2:
                    raise self.fail(f"{key} must be [first, last] line numbers", node)
                first, last = (self.typed(key, "line", item) for item in node.items)
                if first > last:
                    raise self.fail(f"{key}: first line {first} is after last line {last}", node)
                return (first, last)
            item_kind = "id" if kind == "ids" else "text"
            return tuple([self.typed(key, item_kind, item) for item in node.items])
        if not isinstance(node, Scalar):
            raise self.fail(
                f"{key} must be a single value, not a {'list' if isinstance(node, Sequence) else 'mapping'}",
                node,
            )
        text = node.text
        if kind == "text":  # the most common kind first; each kind's checks in the same order
            if node.plain and (not text or text[0] in _RESOLVER_FIRST):
                self.plain_text(key, node)
            limit = MAX_PASSAGE_CHARS if key in _PASSAGE_KEYS else MAX_TEXT_CHARS
            if len(text) > limit:
                raise self.fail(f"{key} is {len(text):,} characters long, over the limit of {limit:,}", node)
            if not text.strip():
                raise self.fail(f"{key} is empty", node)
            return sys.intern(text) if key in _SHARED_KEYS else text
        if kind in ("number", "line"):
            return self.number(key, node, whole=kind == "line")
        if kind == "date":
            return sys.intern(self.date(key, node))
        if node.plain and (not text or text[0] in _RESOLVER_FIRST):
            self.plain_text(key, node)
        limit = MAX_PASSAGE_CHARS if key in _PASSAGE_KEYS else MAX_TEXT_CHARS
        if len(text) > limit:
            raise self.fail(f"{key} is {len(text):,} characters long, over the limit of {limit:,}", node)
        if kind == "id":
            if not ID_PATTERN.match(text):
                raise self.fail(
                    f"{key} '{text}' is not a valid id (lowercase letters, digits, '-', '.', '_')", node
                )
        elif kind == "category":
            if text not in CATEGORIES:
                raise self.fail(f"unknown category '{text}' (one of: {', '.join(CATEGORIES)})", node)
        elif kind == "url":
            if not URL_PATTERN.match(text):
                raise self.fail(f"{key} '{text}' is not a web address (http:// or https://, no spaces)", node)
        elif not text.strip():
            raise self.fail(f"{key} is empty", node)
        return sys.intern(text) if key in _SHARED_KEYS else text

    def plain_text(self, key: str, node: Scalar) -> None:
        """Reject plain scalars other YAML readers would not read as text (NO, 0123, 12:30, ~)."""
        if node.plain and (not node.text or node.text[0] in _RESOLVER_FIRST):
            tag = _RESOLVER.resolve(yaml.ScalarNode, node.text, (True, False))  # type: ignore[no-untyped-call]
            if tag in _YAML_NAMES:
                if not node.text:
                    raise self.fail(f"{key} is empty (leave the key out instead)", node)
                raise self.fail(
                    f"{key}: YAML reads {node.text} as {_YAML_NAMES[tag]}; put it in quotes", node
                )

    def number(self, key: str, node: Scalar, whole: bool) -> int | float:
        text = node.text
        if not node.plain:
            raise self.fail(f"{key} must be a number, not text in quotes (write {_digits(text)})", node)
        if not NUMBER_PATTERN.match(text):
            if re.fullmatch(r"-?0[0-9_]+", text):
                reason = "a leading zero (YAML 1.1 reads it as octal)"
            elif ":" in text:
                reason = "a colon (YAML 1.1 reads it as base 60)"
            elif text.lower().lstrip("+-") in (".nan", ".inf"):
                reason = "no finite value"
            elif "," in text or "_" in text:
                reason = f"separators (write {_digits(text)})"
            else:
                reason = "no plain decimal form"
            raise self.fail(f"{key} must be a number: {text} has {reason}", node)
        if len(text) > MAX_DIGITS:
            raise self.fail(f"{key} has more than {MAX_DIGITS} digits", node)
        if whole:
            if not text.isdigit() or int(text) < 1:
                raise self.fail(f"{key} must be a positive whole number", node)
            return int(text)
        value: int | float = int(text) if re.fullmatch(r"-?[0-9]+", text) else float(text)
        if not math.isfinite(value) or abs(value) > MAX_MAGNITUDE:
            raise self.fail(f"{key} {text} is too large to keep exactly (at most 10^15 either way)", node)
        return value

    def date(self, key: str, node: Scalar) -> str:
        text = node.text
        parts = text.split("/")
        if len(parts) > 2 or not all(_valid_date(part) for part in parts):
            raise self.fail(
                f"{key} '{text}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or a period START/END", node
            )
        if len(parts) == 2 and parts[0] > parts[1]:
            raise self.fail(f"{key} '{text}': the period ends before it starts", node)
        return text

    def make_claim(self, fields: dict[str, Any], node: Mapping) -> Claim | None:
        if "value" in fields:
            if "unit" not in fields:
                self.fail("a claim with a value needs a unit", node.items["value"])
                return None
        else:
            for key in ("unit", "qualifier", "measures"):
                if key in fields:
                    self.fail(f"{key} without a value", node.items[key])
                    return None
        return Claim(**fields)

    def locate_quotes(self, store: Store, report: bool) -> None:
        """Find each quote's line in its source; a quote that is not verbatim is a check problem.

        Every source file is read here, once, and recorded in ``store.reads`` with the hash of
        the bytes its quotes were looked up in.
        """
        # One source at a time, its claims in file order: only one folded source text is alive at
        # once (a 100,000-claim store cites thousands of files).
        by_source: dict[str, list[int]] = {}
        for n, claim in enumerate(store.claims):
            by_source.setdefault(claim.source, []).append(n)
        for source_id, numbers in by_source.items():
            source_file = store.source_files.get(source_id)
            if source_file is None:
                located_lines: list[int | None] = [None] * len(numbers)
            else:
                source_text = self.source_text(store.sources[source_id], source_file)
                if source_text is None:
                    continue
                located_lines = []
                for n in numbers:
                    line = source_text.locate(store.claims[n].quote)
                    if line is None and report:
                        self.not_verbatim(store.claims[n], store.sources[source_id].path, source_text)
                    located_lines.append(line)
                del source_text
            for n, line in zip(numbers, located_lines, strict=True):
                if line is not None:
                    # The claim was made by this validator and is not yet handed out: its line is
                    # set in place, not by making 100,000 claims again from their fields.
                    object.__setattr__(store.claims[n], "line", line)
        for source_id, source_file in store.source_files.items():
            source = store.sources[source_id]
            if source.path not in self.reads:  # cited by no claim: recorded all the same
                self.source_bytes(source, source_file)

    def not_verbatim(self, claim: Claim, path: str, source_text: SourceText) -> None:
        """Report a quote that is not in its source, with the closest passage ready to paste."""
        message = f"quote of '{claim.id}' is not verbatim in {path}"
        self.suggested += 1
        closest = source_text.closest(claim.quote) if self.suggested <= SUGGESTED_QUOTES else None
        if closest is not None:
            import json

            message += (
                f"; the closest passage ({closest.similarity:g}% alike) is at {path}:{closest.line}:"
                f"{closest.col}, to paste: {json.dumps(closest.text, ensure_ascii=False)}"
            )
        self.fail(message, self.claim_nodes[claim.id].items["quote"])

    def source_bytes(self, source: Source, source_file: Path) -> bytes | None:
        """A source file's bytes, read once and recorded; None (a problem noted) if refused."""
        try:
            data, read, _info = read_regular(str(source_file), MAX_SOURCE_BYTES, "source file")
        except Refused as exc:
            node = self.source_nodes[source.id]
            self.fail(f"{source.path}: {exc}", node.items["path"])
            return None
        if _same_file(read.signature[:2], self.read.path):
            node = self.source_nodes[source.id]
            self.fail(f"{source.path}: a source cannot be the store itself", node.items["path"])
            return None
        self.reads[source.path] = read
        return data

    def source_text(self, source: Source, source_file: Path) -> SourceText | None:
        data = self.source_bytes(source, source_file)
        if data is None:
            return None
        try:
            return SourceText(data.decode("utf-8-sig"), source.lines)
        except (UnicodeDecodeError, ValueError) as exc:
            node = self.source_nodes[source.id]
            self.fail(f"cannot read source file {source.path}: {exc}", node.items.get("lines", node))
            return None

    def siblings(self, store: Store, pairs: list[tuple[str, str]]) -> list[JpmnError]:
        """A warning for each figure that looks like another but measures no quantity in common
        (``pairs``: ``analysis.unnamed_siblings`` of the store's claims)."""
        by_id = {claim.id: claim for claim in store.claims}
        warnings = []
        for claim_id, other_id in pairs:
            claim, other = by_id[claim_id], by_id[other_id]
            name = other.measures or claim.measures
            hint = f"give both 'measures: {name}'" if name else "give both the same 'measures: NAME'"
            node = self.claim_nodes[claim_id]
            at = node.items.get("measures") or node.items["value"]
            warnings.append(
                JpmnError(
                    f"warning: '{claim_id}' and '{other_id}' both count {claim.unit} with similar words but "
                    f"measure no quantity in common; if they measure the same thing, {hint}",
                    self.shown,
                    at.line,
                    at.col,
                )
            )
        return warnings


def figure_view(claim: Claim) -> dict[str, Any]:
    """What ``jpmn.core.analysis`` reads of a claim."""
    return {
        "id": claim.id,
        "value": claim.value,
        "unit": claim.unit,
        "qualifier": claim.qualifier,
        "measures": claim.measures,
        "text": claim.text,
        "keywords": claim.keywords,
    }


def with_conflicts(claims: list[Claim]) -> list[Claim]:
    """The claims, each with ``conflicts_with`` derived from what every claim ``measures``."""
    derived = {key: tuple(ids) for key, ids in conflicts(figure_view(claim) for claim in claims).items()}
    return [
        claim
        if claim.conflicts_with == derived.get(claim.id, ())
        else _replace(claim, conflicts_with=derived.get(claim.id, ()))
        for claim in claims
    ]


def _id_text(node: Mapping) -> str | None:
    id_node = node.items.get("id")
    return id_node.text if isinstance(id_node, Scalar) else None


def _items(node: Node | None) -> Iterable[Node]:
    return node.items if isinstance(node, Sequence) else ()


def _replace(claim: Claim, **changes: Any) -> Claim:
    values = {name: getattr(claim, name) for name in Claim.__dataclass_fields__}
    values.update(changes)
    return Claim(**values)


def _digits(text: str) -> str:
    return re.sub(r"[^0-9.\-]", "", text) or "a bare number"


def _valid_date(text: str) -> bool:
    match = DATE_PATTERN.match(text)
    if not match:
        return False
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        _date(year or 0, month or 1, day or 1)  # year 0 does not exist: refused
    except ValueError:
        return False
    return True


def project_folder(store_path: Path) -> Path:
    """The folder a store's source paths are relative to, and may not leave.

    The store's own folder (``facts.yaml`` beside ``seeds/``), or, for a store in a folder named
    ``data``, that folder's parent (the ``data/facts.yaml`` + ``seeds/`` layout). Symlinks are
    resolved first: what counts is where the store really is.
    """
    folder = Path(os.path.realpath(store_path)).parent
    return folder.parent if folder.name == "data" else folder


_SYSTEM_FOLDERS = ("/proc", "/sys")
"""Kernel files that look regular (``/proc/self/environ``) but hold the process's secrets."""


def resolve_source_file(project: Path, relative: str, store: FileRead | None = None) -> Path:
    """The regular file a source ``path`` names: inside the project folder once every symlink is
    resolved, never the store itself, never a device, FIFO or system file. Raises Refused."""
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts:
        raise Refused("path must be relative to the store's folder, without '..'")
    real = os.path.realpath(project / rel)
    root = os.path.realpath(project)
    if os.path.commonpath([real, root]) != root or real == root:
        raise Refused(f"source path {relative} leads outside the store's folder {root}")
    if any(real == top or real.startswith(top + "/") for top in _SYSTEM_FOLDERS):
        raise Refused(f"source path {relative} leads to a system file ({real})")
    import stat as stat_module

    try:
        info = os.stat(real)
    except OSError:
        raise Refused(f"source file not found: {relative} (paths are relative to {root})") from None
    if not stat_module.S_ISREG(info.st_mode):
        raise Refused(f"source path {relative} is not a regular file")
    if store is not None and (real == store.path or _same_file((info.st_dev, info.st_ino), store.path)):
        raise Refused(f"source path {relative} is the store itself; a source must be another file")
    return Path(real)


def _same_file(identity: tuple[int, int], path: str) -> bool:
    """Whether the file of this (device, inode) is the one now at ``path`` (a hard link to the store
    is the store; an inode number freed by a replaced store and reused for a new file is not)."""
    try:
        other = os.stat(path)
    except OSError:
        return False
    return identity == (other.st_dev, other.st_ino)
