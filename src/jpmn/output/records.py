"""Records for programs: JSON (an array), JSONL (one object a line) and CSV. Never imports rich.

JSON is deterministic: keys in the schema's order, UTF-8, no NaN, ``[]`` when nothing matched.
CSV follows RFC 4180 (CRLF rows, so a field holding CR or LF is quoted), joins lists with ``;``,
and defuses cells a spreadsheet would run as a formula. CSV written to a terminal (not a file or
a pipe) shows control and hidden characters as escapes, as human output does: JSON needs no such
care, its escapes are the data itself.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import IO, Any

from jpmn.core.escapes import escape_json
from jpmn.errors import UsageError
from jpmn.output.safe import visible_cell
from jpmn.schema import CLAIM_FIELDS, CONFLICT_FIELDS

FORMATS = ("json", "jsonl", "csv")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these is run as a formula by spreadsheets (CSV injection)."""


def select(record: dict[str, Any], fields: list[str] | None) -> dict[str, Any]:
    """The record limited to the named fields (dotted names reach into the source), in that order."""
    if not fields:
        return record
    out: dict[str, Any] = {}
    for name in fields:
        head, _, rest = name.partition(".")
        value = record.get(head)
        if rest:
            inner = out.setdefault(head, {})
            inner[rest] = value.get(rest) if isinstance(value, dict) else None
        else:
            out[head] = value
    return out


def check_fields(fields: list[str] | None, available: tuple[str, ...]) -> None:
    """Refuse a field name the records do not have, naming those they do."""
    if not fields:
        return
    allowed = set(available) | {name.split(".")[0] for name in available}
    unknown = [name for name in fields if name not in allowed]
    if unknown:
        raise UsageError(f"unknown field '{unknown[0]}' (available: {', '.join(available)})")


def dumps(data: Any, indent: int | None = None) -> str:
    """JSON text as jpmn writes it: UTF-8, no NaN, nothing a terminal or a line reader acts on."""
    return escape_json(json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False))


def write_records(
    records: list[dict[str, Any]],
    fmt: str,
    out: IO[str],
    fields: list[str] | None = None,
    columns: tuple[str, ...] = CLAIM_FIELDS,
) -> None:
    """Records in ``fmt``; with ``fields``, only those (dotted names reach into nested records)."""
    selected = [select(record, fields) for record in records]
    if fmt == "json":
        out.write(dumps(selected, indent=2) + "\n")
    elif fmt == "jsonl":
        for record in selected:
            out.write(dumps(record) + "\n")
    elif fmt == "csv":
        names = fields or [
            *columns,
            *(k for k in (records[0] if records else {}) if k not in _heads(columns)),
        ]
        shown = _for(out)
        writer = csv.writer(out, lineterminator="\r\n" if shown is _exact else "\n")
        writer.writerow([shown(name) for name in names])
        for record in records:
            writer.writerow([shown(cell(_get(record, name))) for name in names])
    else:  # pragma: no cover - the app offers only FORMATS
        raise UsageError(f"unknown format '{fmt}'")


def write_conflicts(groups: list[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    """Conflict groups as JSON or JSONL; as CSV, one row per member claim of each group."""
    if fmt != "csv":
        write_records(groups, fmt, out)
        return
    shown = _for(out)
    writer = csv.writer(out, lineterminator="\r\n" if shown is _exact else "\n")
    writer.writerow(CONFLICT_FIELDS)
    for number, group in enumerate(groups, 1):
        for claim in group["claims"]:
            row = [number, claim["id"], claim["value"], claim["unit"], claim["qualifier"]]
            row += [claim["attributed_to"], claim["source"].get("outlet"), claim["line"]]
            row += [group["difference"], group["percent"]]
            writer.writerow([shown(cell(value)) for value in row])


def _for(out: IO[str]) -> Callable[[str], str]:
    """How CSV cells are written to ``out``: exact, or made visible when a person reads a terminal."""
    try:
        terminal = out.isatty()
    except (AttributeError, ValueError):
        terminal = False
    return visible_cell if terminal else _exact


def _exact(text: str) -> str:
    return text


def _heads(columns: tuple[str, ...]) -> set[str]:
    return {name.split(".")[0] for name in columns}


def _get(record: dict[str, Any], name: str) -> Any:
    value: Any = record
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def cell(value: Any) -> str:
    """One CSV cell: numbers as written, lists joined by ';', text defused against formulas."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, list):
        text = ";".join(str(item) for item in value)
    elif isinstance(value, dict):
        text = dumps(value)
    else:
        text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
