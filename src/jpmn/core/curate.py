"""Growing a store: a new claim from roughly what an article says, a new source from a file.

The store is edited as text, never re-dumped: the new entry is written in the file's own layout
(indentation, line ends, comments and blank lines untouched) after the last entry of its kind (a
claim after the last claim of its source). The edited store is checked as ``jpmn check`` checks it
*before* anything is written; a duplicate or a problem leaves every file as it was. A write is
atomic: a temporary file in the same folder, fsynced, renamed over the store.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jpmn.core.files import MAX_SOURCE_BYTES, Refused, read_regular
from jpmn.core.quotes import SourceText, Span, fold
from jpmn.core.store import yaml_nodes as _yaml
from jpmn.core.store.loader import DATE_PATTERN, ID_PATTERN, Store, check, load, project_folder, read_store
from jpmn.core.store.yaml_nodes import Mapping, Scalar, Sequence
from jpmn.errors import JpmnError, StoreProblems, UsageError
from jpmn.schema import CLAIM_KEYS, SOURCE_KEYS

MIN_SIMILARITY = 70.0
"""A rough quote is taken as the closest passage of its source only when at least this alike (%)."""
REQUIRED_CLAIM = ("text", "category", "attributed_to")
"""What a new claim needs besides its source and quote (the app asks for these on a terminal)."""
ID_WORDS = 7
"""An id suggested from a claim's text keeps this many of its words."""

_STOP_WORDS = """a an the of in on to and or for with by at as is was were are be been that this these
those its their his her it which who from has have had will would according"""
_STOP = frozenset(_STOP_WORDS.split())


# --- pieces: ids, quotes ---------------------------------------------------------------------------


def suggest_id(text: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """An id from a text's first words ('Mongolian records count 12,318 POWs' -> 'mongolian-records-
    count-12318-pows'), made unique with -2, -3... against ``taken``."""
    text = re.sub(r"['\u2019]s\b", "", text)  # Mongolia's -> Mongolia
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", ascii_text)  # 12,318 -> 12318
    words = [w for w in re.findall(r"[a-z0-9]+(?:\.[0-9]+)?", ascii_text) if w not in _STOP]
    base = "-".join(words[:ID_WORDS]) or "claim"
    base = base[:60].rstrip("-.") if len(base) > 60 else base
    if not ID_PATTERN.match(base):
        base = f"claim-{base}".strip("-")
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def match_quote(store: Store, source_id: str, rough: str) -> Span:
    """The passage of a source a rough quote stands for: verbatim if it is there, else the closest
    passage when it is at least MIN_SIMILARITY alike. Raises UsageError otherwise."""
    source = store.sources.get(source_id)
    if source is None:
        known = ", ".join(store.sources) or "none yet"
        raise UsageError(f"no source has the id '{source_id}' (sources: {known})")
    source_file = store.source_files.get(source_id)
    if source_file is None:
        raise JpmnError(f"source file of '{source_id}' not found: {source.path}", store.path)
    text, _data = _read_source(str(source_file), source.path)
    source_text = SourceText(text, source.lines)
    found = source_text.closest(rough)
    if found is None:
        raise UsageError("the quote is empty")
    if found.similarity < MIN_SIMILARITY:
        raise UsageError(
            f"no passage of {source.path} is like the quote: the closest, {found.similarity:g}% alike, "
            f"is at {source.path}:{found.line}:{found.col}: \u201c{found.text}\u201d"
        )
    return found


def _read_source(path: str, shown: str) -> tuple[str, bytes]:
    """A source file's text and bytes, refused (as the store refuses it) unless UTF-8 text."""
    try:
        data, _read, _info = read_regular(path, MAX_SOURCE_BYTES, "source file")
    except Refused as exc:
        raise JpmnError(str(exc), shown) from None
    if b"\0" in data:
        raise JpmnError("contains a NUL byte; a source is UTF-8 text", shown)
    try:
        return data.decode("utf-8-sig"), data
    except UnicodeDecodeError as exc:
        raise JpmnError(f"not valid UTF-8 (byte {exc.start}); save the source as UTF-8", shown) from None


# --- YAML written by hand's rules ----------------------------------------------------------------

_RESOLVER: Any = None


def _plain_is_text(text: str) -> bool:
    """Whether YAML reads this plain (unquoted) scalar back as the same text."""
    import yaml

    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = yaml.resolver.Resolver()
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    return bool(tag == "tag:yaml.org,2002:str")


_PLAIN_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9 .'&/()+-]*[A-Za-z0-9.)]\Z|[A-Za-z]\Z")
"""Text safe unquoted in a flow list (no comma, colon, hash or bracket)."""
_PLAIN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9 .,;'&/()+-]*[A-Za-z0-9.)]\Z|[A-Za-z]\Z")
"""Text safe unquoted as a block value (commas allowed)."""


_ESCAPED = frozenset({0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF})
"""Characters YAML would read as a line break or a byte-order mark, or refuses."""


def quoted(text: str) -> str:
    """A YAML double-quoted scalar: escapes for backslash, quote and every non-printable character
    (line separators too, which YAML would otherwise fold)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000 or code in _ESCAPED:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _scalar(text: str, plain_ok: bool) -> str:
    return text if plain_ok and _plain_is_text(text) else quoted(text)


def _value(key: str, value: Any) -> str:
    """One value as the curated store writes it."""
    if key in ("related",):
        return "[" + ", ".join(_scalar(v, bool(ID_PATTERN.match(v))) for v in value) + "]"
    if key == "keywords":
        return "[" + ", ".join(_scalar(v, bool(_PLAIN_WORDS.match(v))) for v in value) + "]"
    if key == "lines":
        return f"[{int(value[0])}, {int(value[1])}]"
    if key == "value":
        return str(value)  # as typed: the store's number rules judge it, with check's messages
    if key in ("id", "category", "source", "measures"):
        return _scalar(str(value), bool(ID_PATTERN.match(str(value))))
    if key == "path":
        return _scalar(str(value), bool(re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_./-]*", str(value))))
    if key in ("date", "published"):
        return quoted(str(value))
    if key in ("unit", "qualifier", "attributed_to", "quoted", "outlet", "author"):
        return _scalar(str(value), bool(_PLAIN_TEXT.match(str(value))) and "  " not in str(value))
    return quoted(str(value))


def entry_yaml(fields: dict[str, Any], keys: tuple[str, ...], dash: str, indent: str, newline: str) -> str:
    """A list entry: ``{dash}- key: value`` then ``{indent}key: value`` lines, keys in schema order."""
    lines: list[str] = []
    for key in keys:
        if key not in fields or fields[key] is None or fields[key] in ((), []):
            continue
        prefix = f"{dash}- " if not lines else indent
        lines.append(f"{prefix}{key}: {_value(key, fields[key])}")
    return newline.join(lines) + newline


# --- where a new entry goes ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Layout:
    """How a list of the store is written, and the line after which a new entry goes."""

    dash: str
    indent: str
    newline: str
    after_line: int
    """0-based index of the line the entry follows (the last line of an entry, or the key's line)."""
    empty_flow: bool = False
    """The list is written ``key: []`` (then that line becomes ``key:``)."""


def layout(text: str, section: str, shown: str, source: str | None = None) -> Layout:
    """Where a new entry of ``section`` (sources or claims) goes in the store's text: after the last
    entry whose ``source`` is ``source`` when there is one, else after the section's last entry.
    Raises UsageError for a layout it cannot extend as text (a flow list, a list elsewhere)."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split("\n")
    root = _yaml.parse(text, shown)
    if not isinstance(root, Mapping) or section not in root.items:
        raise UsageError(f"the store has no '{section}:' list to add to")
    key_node = root.keys[section]
    node = root.items[section]
    if isinstance(node, Scalar) and not node.text and not node.plain:
        raise UsageError(f"'{section}' is not a list")
    if isinstance(node, Sequence) and not node.items:
        line = lines[key_node.line - 1]
        if line.rstrip("\r").rstrip().endswith("[]"):
            return Layout("  ", "    ", newline, key_node.line - 1, empty_flow=True)
    if not isinstance(node, Sequence) or not node.items:
        raise UsageError(f"'{section}' is not a list the store can grow as text")
    entries = [item for item in node.items if isinstance(item, Mapping)]
    first = entries[0]
    first_line = lines[first.line - 1]
    dash_at = first.col - 1 - 2  # the mapping starts after "- "
    if dash_at < 0 or first_line[dash_at : dash_at + 2] != "- ":
        raise UsageError(f"'{section}' is written in flow style; add the entry by hand")
    dash = first_line[:dash_at]
    indent = " " * (first.col - 1)
    ends = _entry_ends(lines, node, key_node)
    chosen = len(entries) - 1
    if source is not None:
        for position, item in enumerate(entries):
            value = item.items.get("source")
            if isinstance(value, Scalar) and value.text == source:
                chosen = position
    return Layout(dash, indent, newline, ends[chosen])


def _entry_ends(lines: list[str], node: Sequence, key_node: Scalar) -> list[int]:
    """The 0-based index of each entry's last line (comments and blank lines after it excluded)."""
    starts = [item.line - 1 for item in node.items if isinstance(item, Mapping)]
    section_end = len(lines)
    for number in range(starts[-1] + 1, len(lines)):
        line = lines[number].rstrip("\r")
        if line and not line[0].isspace() and not line.startswith("#"):
            section_end = number  # the next top-level key
            break
    ends = []
    for position, start in enumerate(starts):
        stop = starts[position + 1] if position + 1 < len(starts) else section_end
        last = start
        for number in range(start, stop):
            stripped = lines[number].strip()
            if stripped and not stripped.startswith("#"):
                last = number
        ends.append(last)
    return ends


def insert_entry(text: str, where: Layout, entry: str) -> tuple[str, int]:
    """The store's text with the entry after ``where.after_line``, and the entry's first line (1-based)."""
    lines = text.split("\n")
    if where.empty_flow:
        key_line = lines[where.after_line]
        cut = key_line.rstrip("\r").rstrip()[:-2].rstrip()
        lines[where.after_line] = cut + ("\r" if key_line.endswith("\r") else "")
    at = where.after_line + 1
    if at == len(lines) and lines[-1] == "":  # the file ends with a line end: insert before it
        at -= 1
    if at == len(lines):  # no final line end: give the last line one
        lines[-1] += where.newline.replace("\n", "")
        lines.append("")
        at = len(lines) - 1
    entry_lines = entry.split("\n")
    if entry_lines[-1] == "":
        entry_lines.pop()
    return "\n".join(lines[:at] + entry_lines + lines[at:]), at + 1


# --- adding ------------------------------------------------------------------------------------------


@dataclass
class Added:
    """What ``add_claim`` or ``add_source`` did (or, with ``dry_run``, would do)."""

    id: str
    entry: str
    """The YAML text of the new entry, as written in the store."""
    line: int
    """Where the entry starts in the store."""
    written: bool
    quote: Span | None = None
    """For a claim: the passage of the source taken as its quote."""
    copied_to: str | None = None
    """For a source: the file it was copied to (relative to the store's folder)."""
    source_path: str | None = None
    """For a claim: its source's path, as the store gives it."""
    warnings: list[JpmnError] = field(default_factory=list)
    questions: str = ""
    """For a claim: the YAML text of its readers' questions, as added to the questions file."""
    questions_line: int = 0
    """Where they start in the questions file."""
    questions_file: str = ""
    """The questions file, as shown."""


def add_claim(
    store_path: str | os.PathLike[str],
    fields: dict[str, Any],
    *,
    dry_run: bool = False,
    shown: str | None = None,
    questions: list[str] | tuple[str, ...] = (),
) -> Added:
    """Add a claim: ``fields`` as the store holds them, ``quote`` roughly what the source says,
    and ``questions`` readers ask that it answers (to the questions file beside the store).

    The quote becomes the source's own passage (verbatim, or the closest one); a missing id is
    suggested from the text. The store with the claim, and the questions file with its questions,
    must pass ``check`` before either is written. The store is written first: a claim without its
    questions is still found, questions of a claim the store lacks would stop every command.
    """
    path = Path(store_path)
    shown = shown or str(path)
    store = _valid_store(path, shown)
    fields = {key: value for key, value in fields.items() if value not in (None, "", (), [])}
    unknown = [key for key in fields if key not in CLAIM_KEYS]
    if unknown:
        raise UsageError(f"unknown claim field '{unknown[0]}'")
    for key in ("source", "quote", *REQUIRED_CLAIM):
        if key not in fields:
            raise UsageError(f"a claim needs {'an' if key[0] in 'aeiou' else 'a'} {key.replace('_', ' ')}")
    span = match_quote(store, fields["source"], fields["quote"])
    fields["quote"] = span.text
    taken = {claim.id for claim in store.claims}
    fields.setdefault("id", suggest_id(fields["text"], taken))
    if fields["id"] in taken:
        raise UsageError(f"a claim with the id '{fields['id']}' is already in the store (give another --id)")
    for claim in store.claims:
        same_quote = fold(claim.quote) == fold(fields["quote"])
        if claim.source == fields["source"] and same_quote and fold(claim.text) == fold(fields["text"]):
            raise UsageError(f"the same claim is already in the store as '{claim.id}'")
    text, _read = read_store(path, shown)
    where = layout(text, "claims", shown, source=fields["source"])
    entry = entry_yaml(fields, CLAIM_KEYS, where.dash, where.indent, where.newline)
    new_text, line = insert_entry(text, where, entry)
    last = line + entry.count("\n") - 1
    checked = _check_text(path, new_text, shown, (line, last))
    warnings = [w for w in checked.warnings if w.line is not None and line <= w.line <= last]
    listed = _questions_added(path, shown, fields["id"], [*taken, fields["id"]], questions)
    if not dry_run:
        _write_store(path, new_text)
        if listed is not None:
            _write_questions(listed)
    source_path = store.sources[fields["source"]].path
    added = Added(
        fields["id"], entry, line, not dry_run, quote=span, source_path=source_path, warnings=warnings
    )
    if listed is not None:
        added.questions, added.questions_line, added.questions_file = listed.entry, listed.line, listed.shown
    return added


@dataclass
class _QuestionsAdded:
    path: Path
    shown: str
    text: str
    """The whole questions file with the new entry."""
    entry: str
    line: int
    existed: bool


QUESTIONS_HEADER = "# Questions readers ask that each claim answers, in their own words.\n"


def _questions_added(
    store: Path, shown: str, claim_id: str, claim_ids: list[str], questions: list[str] | tuple[str, ...]
) -> _QuestionsAdded | None:
    """The questions file beside the store with a new claim's questions appended, checked; None
    when there are none to add."""
    from jpmn.core.store import questions as readers

    listed = [" ".join(question.split()) for question in questions if question.strip()]
    if not listed:
        return None
    path = Path(readers.path_beside(str(store)))
    where = os.path.join(os.path.dirname(shown), readers.FILE_NAME)
    existed = os.path.lexists(path)
    if existed:  # read as ask reads it: a regular file, never through a symlink
        try:
            data, _read, _info = read_regular(str(path), MAX_SOURCE_BYTES, "questions file")
            text = data.decode("utf-8-sig")
        except Refused as exc:
            raise JpmnError(f"{exc} (nothing written)", where) from None
        except UnicodeDecodeError:
            raise JpmnError(
                "not valid UTF-8; save the questions file as UTF-8 (nothing written)", where
            ) from None
    else:
        text = QUESTIONS_HEADER
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith(("\n", "\r")):
        text += newline
    entry = f"{claim_id}:{newline}" + "".join(f"  - {quoted(question)}{newline}" for question in listed)
    line = text.count("\n") + 1
    new_text = text + entry
    problems = readers.check_text(new_text, claim_ids, where)
    if problems:
        raise StoreProblems(
            [JpmnError(f"{p.message} (nothing written)", p.path, p.line, p.col) for p in problems]
        )
    return _QuestionsAdded(path, where, new_text, entry, line, existed)


def _write_questions(listed: _QuestionsAdded) -> None:
    if listed.existed:  # as the store is written: its byte-order mark and mode kept
        _write_store(listed.path, listed.text)
    else:
        umask = os.umask(0)
        os.umask(umask)
        _write_atomic(listed.path, listed.text.encode("utf-8"), mode=0o666 & ~umask)


def add_source(
    store_path: str | os.PathLike[str],
    file: str | os.PathLike[str],
    fields: dict[str, Any],
    *,
    dry_run: bool = False,
    shown: str | None = None,
) -> Added:
    """Register an article: ``file`` is copied beside the store's other sources (``seeds/``)
    and a source entry with ``fields`` (outlet, title, published, author, url, lines, note, id)
    is added. The file is refused if it is not UTF-8 text or is already a source."""
    path = Path(store_path)
    shown = shown or str(path)
    store = _valid_store(path, shown)
    fields = {key: value for key, value in fields.items() if value not in (None, "", (), [])}
    unknown = [key for key in fields if key not in SOURCE_KEYS or key == "path"]
    if unknown:
        raise UsageError(f"unknown source field '{unknown[0]}'")
    if "title" not in fields:
        raise UsageError("a source needs a title")
    text, data = _read_source(os.fspath(file), os.fspath(file))
    if fields.get("lines"):
        first, last = fields["lines"]
        if not 1 <= first <= last:
            raise UsageError(f"lines {first}-{last}: give the first and last line, first <= last")
        try:
            SourceText(text, fields["lines"])
        except ValueError as exc:
            raise UsageError(f"{os.fspath(file)}: {exc}") from None
    project = project_folder(path)
    for source_id, source_file in store.source_files.items():
        if source_file.read_bytes() == data and store.sources[source_id].lines == fields.get("lines"):
            raise UsageError(f"{os.fspath(file)} is already the source '{source_id}'")
    folder = _seeds_folder(store, project)
    target = folder / Path(file).name
    relative = target.relative_to(project).as_posix()
    existing = target.exists()
    if existing and target.read_bytes() != data:
        raise UsageError(f"{relative} exists with other content; rename the file to add it")
    taken = set(store.sources)
    if "id" not in fields:
        words = " ".join(str(fields.get(key) or "") for key in ("outlet", "title"))
        published = str(fields.get("published") or "")
        dated = f"{suggest_id(words)}-{published}" if DATE_PATTERN.match(published) else suggest_id(words)
        fields["id"] = suggest_id(dated, taken) if dated in taken else dated
    if fields["id"] in taken:
        raise UsageError(f"a source with the id '{fields['id']}' is already in the store (give another --id)")
    fields["path"] = relative
    text, _store_read = read_store(path, shown)  # the store's text, from here on
    where = layout(text, "sources", shown)
    entry = entry_yaml(fields, SOURCE_KEYS, where.dash, where.indent, where.newline)
    new_text, line = insert_entry(text, where, entry)
    created = False  # a copy made for the check is removed unless the store now names it
    try:
        if not existing:
            _write_atomic(target, data, mode=os.stat(os.path.realpath(path)).st_mode & 0o666)
            created = True
        _check_text(path, new_text, shown, (line, line + entry.count("\n") - 1))
        if not dry_run:
            _write_store(path, new_text)
            created = False  # kept
    finally:
        if created:
            target.unlink()
    return Added(fields["id"], entry, line, not dry_run, copied_to=relative)


def _seeds_folder(store: Store, project: Path) -> Path:
    """The folder the store's sources are in (the one most of them share), else ``seeds/``."""
    counts: dict[str, int] = {}
    for source in store.sources.values():
        parent = Path(source.path).parent.as_posix()
        counts[parent] = counts.get(parent, 0) + 1
    folder = max(counts, key=lambda name: counts[name]) if counts else "seeds"
    target = project / folder
    target.mkdir(parents=True, exist_ok=True)
    return target


def _valid_store(path: Path, shown: str) -> Store:
    """The store as it is; one with problems is not grown (fix it first: jpmn check)."""
    try:
        return load(path, shown)
    except JpmnError as problem:
        raise JpmnError(f"{problem.message}; fix the store before adding to it", problem.path, problem.line,
                        problem.col) from None  # fmt: skip


def _check_text(path: Path, text: str, shown: str, new_lines: tuple[int, int]) -> Store:
    """Check the store's new text as ``jpmn check`` would, from a temporary file beside the store
    (so source paths resolve alike); its problems are named at the new entry's lines."""
    real = Path(os.path.realpath(path))
    fd, temporary = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".check", dir=real.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(_encode(text, real))
        store, problems = check(temporary, shown)
    finally:
        os.unlink(temporary)
    if problems:
        first, last = new_lines
        shown_problems = []
        for p in problems:
            where = "in the entry being added; " if p.line and first <= p.line <= last else ""
            shown_problems.append(JpmnError(f"{p.message} ({where}nothing written)", p.path, p.line, p.col))
        raise StoreProblems(shown_problems)
    assert store is not None
    return store


def _encode(text: str, original: Path) -> bytes:
    """The text as the store file had it: with its byte-order mark if it had one."""
    with open(original, "rb") as handle:
        bom = handle.read(3) == b"\xef\xbb\xbf"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def _write_store(path: Path, text: str) -> None:
    real = Path(os.path.realpath(path))
    _write_atomic(real, _encode(text, real), mode=os.stat(real).st_mode & 0o777)


def _write_atomic(target: Path, data: bytes, mode: int) -> None:
    """Write a file whole or not at all: a temporary file in the same folder, fsynced, renamed."""
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        if os.path.lexists(temporary):
            os.unlink(temporary)
    try:
        folder = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)
