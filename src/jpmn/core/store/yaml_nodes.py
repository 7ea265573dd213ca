"""Strict YAML reading: plain data with positions, built from libyaml's event stream.

PyYAML's own composer resolves every scalar with Python regexes (slow on large stores), silently
overwrites duplicate keys, expands aliases and recurses (deep nesting can crash it). Walking the
event stream with an explicit stack avoids all four; scalars stay text and ``store`` types them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml

from jpmn.errors import JpmnError

if TYPE_CHECKING:
    from collections.abc import Callable

    from jpmn.core.files import FileRead

MAX_DEPTH = 32

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


@dataclass(slots=True)
class Scalar:
    """A scalar as written: its text, whether it was plain (unquoted), and where it stands."""

    text: str
    plain: bool
    line: int
    col: int


@dataclass(slots=True)
class Mapping:
    line: int
    col: int
    items: dict[str, Node] = field(default_factory=dict)
    keys: dict[str, Scalar] = field(default_factory=dict)


@dataclass(slots=True)
class Sequence:
    line: int
    col: int
    items: list[Node] = field(default_factory=list)


Node = Scalar | Mapping | Sequence


def read_beside(path: str, shown: str, what: str) -> tuple[Node | None, list[JpmnError], FileRead | None]:
    """A data file kept beside the store (the thesaurus, the readers' questions), read once and
    parsed: its root (None when it lists nothing: empty, or only comments), the problem that
    stopped it, and the record of the bytes read (what stamps an index built with it)."""
    from jpmn.core.files import MAX_SOURCE_BYTES, Refused, read_regular

    try:
        data, read, _info = read_regular(path, MAX_SOURCE_BYTES, what)
        text = data.decode("utf-8-sig")
        if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
            return None, [], read
        return parse(text, shown), [], read
    except Refused as exc:
        return None, [JpmnError(str(exc), shown)], None
    except UnicodeDecodeError:
        return None, [JpmnError(f"not valid UTF-8; save the {what} as UTF-8", shown)], None
    except JpmnError as exc:
        return None, [exc], None


def parse(
    text: str,
    path: str,
    first_line: int = 1,
    on_entry: Callable[[str, Mapping], Mapping] | None = None,
) -> Node:
    """Parse one YAML document into nodes; any YAML feature jpmn does not allow is an error.

    ``first_line`` is the line of the file where ``text`` starts (a part of a store read alone).
    ``on_entry(key, mapping)`` is given each mapping of a list under a top-level key as soon as
    it is complete, and what it returns takes the mapping's place: the store reads a claim there
    and keeps only the nodes it may still point at, so 100,000 claims' nodes are never all alive.
    """
    offset = first_line
    stack: list[Mapping | Sequence] = []
    pending_key: list[Scalar | None] = []
    root: Node | None = None
    documents = 0
    events: Any = yaml.parse(text, Loader=_Loader)
    scalar_event = yaml.ScalarEvent
    try:
        for event in events:
            kind = type(event)
            mark = event.start_mark
            if kind is scalar_event:
                if event.anchor is not None:
                    raise _anchor(path, mark, offset)
                if event.tag is not None:
                    raise JpmnError(
                        f"YAML tags ({event.tag}) are not allowed", path, mark.line + offset, mark.column + 1
                    )
                node: Node = Scalar(event.value, not event.style, mark.line + offset, mark.column + 1)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None:
                    raise _anchor(path, mark, offset)
                if event.tag is not None:
                    raise JpmnError(
                        f"YAML tags ({event.tag}) are not allowed", path, mark.line + offset, mark.column + 1
                    )
                if len(stack) >= MAX_DEPTH:
                    raise JpmnError(
                        f"nesting deeper than {MAX_DEPTH} levels", path, mark.line + offset, mark.column + 1
                    )
                container: Mapping | Sequence = (
                    Mapping(mark.line + offset, mark.column + 1)
                    if kind is yaml.MappingStartEvent
                    else Sequence(mark.line + offset, mark.column + 1)
                )
                if stack:
                    _attach(container, stack, pending_key, path)
                stack.append(container)
                pending_key.append(None)
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                done = stack.pop()
                pending_key.pop()
                if not stack:
                    root = done
                elif on_entry is not None and len(stack) == 2 and isinstance(done, Mapping):
                    top, listed = stack
                    if isinstance(top, Mapping) and isinstance(listed, Sequence):
                        # the list is the value of the top-level key attached last
                        listed.items[-1] = on_entry(next(reversed(top.items)), done)
                continue
            elif kind is yaml.AliasEvent:
                raise _anchor(path, mark, offset)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise JpmnError(
                        "more than one YAML document; a store is one document",
                        path,
                        mark.line + offset,
                        mark.column + 1,
                    )
                continue
            else:
                continue
            if stack:
                _attach(node, stack, pending_key, path)
            else:
                root = node
    except yaml.reader.ReaderError as exc:
        # libyaml reports a bad character by its offset in the text: turn that into line:col.
        before = text.encode("utf-8")[: exc.position].decode("utf-8", "ignore")  # a byte offset
        bad_line = before.count("\n") + offset
        bad_col = len(before) - (before.rfind("\n") + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        raise JpmnError(
            f"character U+{code:04X} is not allowed in YAML (inside double quotes write it as \\x{code:02x})",
            path,
            bad_line,
            bad_col,
        ) from None
    except yaml.MarkedYAMLError as exc:
        problem_mark = exc.problem_mark or exc.context_mark
        line = problem_mark.line + offset if problem_mark else None
        col = problem_mark.column + 1 if problem_mark else None
        what = exc.problem or exc.context or "invalid YAML"
        raise JpmnError(f"YAML syntax error: {what}", path, line, col) from None
    except yaml.YAMLError as exc:
        raise JpmnError(f"YAML syntax error: {exc}", path) from None
    if root is None:
        raise JpmnError("the store is empty (no YAML document)", path, 1, 1)
    return root


def _attach(node: Node, stack: list[Mapping | Sequence], pending_key: list[Scalar | None], path: str) -> None:
    parent = stack[-1]
    if isinstance(parent, Sequence):
        parent.items.append(node)
        return
    key = pending_key[-1]
    if key is None:
        if not isinstance(node, Scalar):
            raise JpmnError("mapping keys must be plain text", path, node.line, node.col)
        first = parent.keys.get(node.text)
        if first is not None:
            raise JpmnError(
                f"duplicate key '{node.text}' (first at line {first.line})", path, node.line, node.col
            )
        pending_key[-1] = node
        return
    parent.items[key.text] = node
    parent.keys[key.text] = key
    pending_key[-1] = None


def _anchor(path: str, mark: Any, offset: int) -> JpmnError:
    return JpmnError(
        "YAML anchors and aliases are not allowed (write the value out)",
        path,
        mark.line + offset,
        mark.column + 1,
    )
