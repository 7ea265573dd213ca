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
    text: str | bytes,
    path: str,
    first_line: int = 1,
    on_entry: Callable[[str, Mapping], Mapping] | None = None,
    listed_under: str | None = None,
    stop_line: int | None = None,
) -> Node:
    """Parse one YAML document into nodes; any YAML feature jpmn does not allow is an error.

    ``text`` is the document, or its UTF-8 bytes (libyaml reads those as they are: no copy).
    ``first_line`` is the line of the file where ``text`` starts (a part of a store read alone).
    ``on_entry(key, mapping)`` is given each mapping of a list under a top-level key as soon as
    it is complete, and what it returns takes the mapping's place: the store reads a claim there
    and keeps only the nodes it may still point at, so 100,000 claims' nodes are never all alive.
    ``listed_under`` names the top-level key whose list ``text`` is the rest of (the later entries
    of a store's claims, read alone): the root is that list, its mappings go to ``on_entry``, and
    nesting counts the two levels around it. ``stop_line`` stops the parse at that line, which
    must start a mapping entry of a top-level key's list (what one pass makes up to there is
    returned, the list left open there; anything else there is an error).
    """
    offset = first_line
    around, entries_at = (2, 1) if listed_under is not None else (0, 2)
    # The containers open. The innermost is kept in locals, as every node is attached to it:
    # ``listed``, a list's items, or ``mapping`` and the key it waits a value for. A container
    # closes once its value is attached, so the container around it waits for no key then.
    stack: list[Mapping | Sequence] = []
    listed: list[Node] | None = None
    mapping: Mapping | None = None
    key: Scalar | None = None
    root: Node | None = None
    documents = 0
    parser: Any = _Loader(text)
    next_event = parser.get_event
    scalar_event, mapping_start, sequence_start = (
        yaml.ScalarEvent,
        yaml.MappingStartEvent,
        yaml.SequenceStartEvent,
    )
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    stop_at = stop_line - offset if stop_line is not None else 1 << 62  # as libyaml counts lines
    try:
        while (event := next_event()) is not None:
            kind = type(event)
            if kind is scalar_event:
                if event.anchor is not None or event.tag is not None:
                    raise _refused(event, path, offset)
                mark = event.start_mark
                if mark.line >= stop_at:
                    raise _stopped(event, stack, path, offset)
                scalar = Scalar(event.value, not event.style, mark.line + offset, mark.column + 1)
                if mapping is not None:  # ``_attach``'s common cases here: a call saved per scalar
                    if key is not None:  # the value of the key the mapping waits for
                        mapping.items[key.text] = scalar
                        mapping.keys[key.text] = key
                        key = None
                    elif scalar.text not in mapping.keys:  # a new key
                        key = scalar
                    else:
                        _attach(scalar, mapping, key, path)  # a duplicate key: the error it raises
                    continue
                node: Node = scalar
            elif kind is mapping_start or kind is sequence_start:
                if event.anchor is not None or event.tag is not None:
                    raise _refused(event, path, offset)
                mark = event.start_mark
                if mark.line >= stop_at:
                    if kind is mapping_start and mark.line == stop_at and len(stack) == 2:
                        top = stack[0]
                        if isinstance(top, Mapping) and isinstance(stack[1], Sequence):
                            return top
                    raise _stopped(event, stack, path, offset)
                if len(stack) + around >= MAX_DEPTH:
                    raise JpmnError(
                        f"nesting deeper than {MAX_DEPTH} levels", path, mark.line + offset, mark.column + 1
                    )
                container: Mapping | Sequence = (
                    Mapping(mark.line + offset, mark.column + 1)
                    if kind is mapping_start
                    else Sequence(mark.line + offset, mark.column + 1)
                )
                if listed is not None:
                    listed.append(container)
                elif mapping is not None:
                    if key is None:  # a container as a key: the error
                        _attach(container, mapping, key, path)
                    else:
                        mapping.items[key.text] = container
                        mapping.keys[key.text] = key
                stack.append(container)
                if isinstance(container, Mapping):  # ``_innermost``, without a call
                    listed, mapping, key = None, container, None
                else:
                    listed, mapping, key = container.items, None, None
                continue
            elif kind is mapping_end or kind is sequence_end:
                done = stack.pop()
                if stack:
                    listed, mapping, key = _innermost(stack[-1])
                    if on_entry is not None and len(stack) == entries_at and isinstance(done, Mapping):
                        top = stack[0]
                        if listed_under is not None and listed is not None:
                            listed[-1] = on_entry(listed_under, done)
                        elif isinstance(top, Mapping) and listed is not None:
                            # the list is the value of the top-level key attached last
                            listed[-1] = on_entry(next(reversed(top.items)), done)
                else:
                    root, listed, mapping = done, None, None
                continue
            elif kind is yaml.AliasEvent:
                raise _anchor(path, event.start_mark, offset)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise JpmnError(
                        "more than one YAML document; a store is one document",
                        path,
                        mark.line + offset,
                        mark.column + 1,
                    )
                continue
            else:
                continue
            if listed is not None:
                listed.append(node)
            else:  # a scalar in a mapping is attached above
                root = node
    except yaml.reader.ReaderError as exc:
        # libyaml reports a bad character by its offset in the UTF-8 text: turn that into line:col.
        data = text.encode("utf-8") if isinstance(text, str) else text
        before = data[: exc.position].decode("utf-8", "ignore")  # a byte offset
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
    finally:
        parser.dispose()
    if root is None:
        raise JpmnError("the store is empty (no YAML document)", path, 1, 1)
    return root


def _stopped(event: Any, stack: list[Mapping | Sequence], path: str, offset: int) -> JpmnError:
    """The error for a ``stop_line`` that is not where a mapping entry of a top-level list starts."""
    mark = event.start_mark
    return JpmnError(
        f"no entry of a top-level list starts here (depth {len(stack)})",
        path,
        mark.line + offset,
        mark.column + 1,
    )


def _innermost(container: Mapping | Sequence) -> tuple[list[Node] | None, Mapping | None, None]:
    """The parser's locals for the container a node is now attached to (a list's items, or a
    mapping), waiting for no key."""
    if isinstance(container, Sequence):
        return container.items, None, None
    return None, container, None


def _attach(node: Node, parent: Mapping, key: Scalar | None, path: str) -> Scalar | None:
    """Attach a node to a mapping, as its next key or as the value of the key it waits one for;
    returns the key it waits a value for now (the node itself, when it is a key)."""
    if key is None:
        if not isinstance(node, Scalar):
            raise JpmnError("mapping keys must be plain text", path, node.line, node.col)
        first = parent.keys.get(node.text)
        if first is not None:
            raise JpmnError(
                f"duplicate key '{node.text}' (first at line {first.line})", path, node.line, node.col
            )
        return node
    parent.items[key.text] = node
    parent.keys[key.text] = key
    return None


def _refused(event: Any, path: str, offset: int) -> JpmnError:
    """The error for an anchor or a tag on a node (an anchor is named first, as it is written first)."""
    mark = event.start_mark
    if event.anchor is not None:
        return _anchor(path, mark, offset)
    return JpmnError(f"YAML tags ({event.tag}) are not allowed", path, mark.line + offset, mark.column + 1)


def _anchor(path: str, mark: Any, offset: int) -> JpmnError:
    return JpmnError(
        "YAML anchors and aliases are not allowed (write the value out)",
        path,
        mark.line + offset,
        mark.column + 1,
    )
