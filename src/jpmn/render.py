"""Everything jpmn prints: text for people, JSON/JSONL/CSV for programs.

Human text is styled with plain ANSI codes, only on a terminal and never with NO_COLOR: a full
terminal library would cost more start-up time than the rest of a lookup together. Text from the
store or the query is data: control characters are shown as escapes, never sent to the terminal.
"""

from __future__ import annotations

import os
import sys

from jpmn.errors import JpmnError

TYPE_CHECKING = False  # typing costs start-up time; mypy reads these imports all the same
if TYPE_CHECKING:
    from typing import IO, Any

    from jpmn.core.search import Hit

CLAIM_FIELDS = (
    "id",
    "text",
    "category",
    "value",
    "unit",
    "qualifier",
    "date",
    "attributed_to",
    "source.id",
    "source.outlet",
    "source.title",
    "source.author",
    "source.published",
    "source.url",
    "source.path",
    "quote",
    "line",
    "measures",
    "conflicts_with",
    "related",
    "keywords",
)
HIT_FIELDS = (*CLAIM_FIELDS, "score", "matched", "conflicts")
SOURCE_FIELDS = ("id", "outlet", "title", "author", "published", "url", "path", "lines", "note", "claims")

_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]}
_JSON_CONTROL = {c: f"\\u{c:04x}" for c in [0x7F, *range(0x80, 0xA0)]}
"""JSON escapes C0 controls itself; DEL and C1 are escaped too (same data, nothing for a terminal)."""
_CONTROL[0x09] = " "
_CONTROL[0x0A] = " "


def write_text(text: str, out: IO[str]) -> None:
    """Multi-line text from the store (a citation) with each line made safe for a terminal."""
    out.write("\n".join(visible(line) for line in text.split("\n")))


def visible(text: str) -> str:
    """Text safe for a terminal: control characters (ESC, BEL, CR...) become visible escapes."""
    text = text.translate(_CONTROL)
    if any("\ud800" <= ch <= "\udfff" for ch in text):  # undecodable bytes from argv or a file
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


class Style:
    """ANSI styling that is a no-op when the output is not a colour terminal."""

    def __init__(self, stream: IO[str]) -> None:
        self.enabled = (
            hasattr(stream, "isatty")
            and stream.isatty()
            and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM") != "dumb"
        )
        self.width = _terminal_width(stream) if self.enabled else 0

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled and text else text

    def bold(self, text: str) -> str:
        return self(text, "1")

    def dim(self, text: str) -> str:
        return self(text, "2")

    def accent(self, text: str) -> str:
        return self(text, "36")

    def warn(self, text: str) -> str:
        return self(text, "33")

    def wrap(self, text: str, indent: str) -> list[str]:
        """Lines of text, wrapped to the terminal width on a terminal, whole otherwise."""
        if not self.width:
            return [indent + text]
        import textwrap

        width = max(self.width - len(indent), 12)
        return [indent + line for line in textwrap.wrap(text, width, break_on_hyphens=False)] or [indent]

    def marked(self, text: str, span: tuple[int, int] | None, first: str, rest: str) -> list[str]:
        """Wrapped lines of text with ``span`` marked: underlined on a terminal, »so« otherwise."""
        if span is None:
            return [
                first + line[len(rest) :] if n == 0 else line for n, line in enumerate(self.wrap(text, rest))
            ]
        start, end = span
        if not self.enabled:
            text = f"{text[:start]}\u00bb{text[start:end]}\u00ab{text[end:]}"
            return [
                first + line[len(rest) :] if n == 0 else line for n, line in enumerate(self.wrap(text, rest))
            ]
        text = f"{text[:start]}\x02{text[start:end]}\x03{text[end:]}"  # placeholders, one column each
        out, inside = [], False
        for n, line in enumerate(self.wrap(text, rest)):
            body = line[len(rest) :]
            styled = ("\x1b[1;4m" if inside else "") + body.replace("\x02", "\x1b[1;4m").replace(
                "\x03", "\x1b[0m"
            )
            inside = (inside or "\x02" in body) and "\x03" not in body
            out.append((first if n == 0 else rest) + styled + ("\x1b[0m" if inside else ""))
        return out


def _terminal_width(stream: IO[str]) -> int:
    """$COLUMNS if set (as shutil does), else the terminal's width, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isascii() and columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns or 80
    except (OSError, ValueError, AttributeError):
        return 80


# --- values ---------------------------------------------------------------------------------------


def number(value: int | float) -> str:
    """12318 -> 12,318; 3.5 -> 3.5: figures as people read them."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def figure(claim: dict[str, Any]) -> str:
    """'approximately 12,000 forced laborers' or '' for a claim without a figure."""
    if claim.get("value") is None:
        return ""
    parts = [claim.get("qualifier") or "", number(claim["value"]), claim.get("unit") or ""]
    return " ".join(part for part in parts if part)


def citation(claim: dict[str, Any]) -> str:
    """Outlet, title, date and where the quote stands: 'The Diplomat, "Title", 2025-07, seeds/x.txt:9'."""
    source = claim["source"]
    parts = [source.get("outlet") or "outlet not stated", f"\u201c{source.get('title')}\u201d"]
    if source.get("published"):
        parts.append(source["published"])
    where = source.get("path") or ""
    if claim.get("line"):
        where += f":{claim['line']}"
    parts.append(where)
    return ", ".join(parts)


# --- records for programs -------------------------------------------------------------------------


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
    if not fields:
        return
    allowed = set(available) | {name.split(".")[0] for name in available}
    unknown = [name for name in fields if name not in allowed]
    if unknown:
        raise JpmnError(f"unknown field '{unknown[0]}' (available: {', '.join(available)})")


def write_records(
    records: list[dict[str, Any]],
    fmt: str,
    out: IO[str],
    fields: list[str] | None = None,
    columns: tuple[str, ...] = CLAIM_FIELDS,
) -> None:
    """JSON (an array), JSONL (one object a line) or CSV (dotted columns, lists joined by ';')."""
    import json

    selected = [select(record, fields) for record in records]
    if fmt == "json":
        text = json.dumps(selected, ensure_ascii=False, indent=2, allow_nan=False)
        out.write(text.translate(_JSON_CONTROL) + "\n")
    elif fmt == "jsonl":
        for record in selected:
            out.write(json.dumps(record, ensure_ascii=False, allow_nan=False).translate(_JSON_CONTROL) + "\n")
    elif fmt == "csv":
        import csv

        names = fields or [
            *columns,
            *(k for k in (records[0] if records else {}) if k not in _heads(columns)),
        ]
        writer = csv.writer(out)  # RFC 4180: CRLF rows, so a field holding CR or LF is quoted
        writer.writerow(names)
        for record in records:
            writer.writerow([_cell(_get(record, name)) for name in names])
    else:  # pragma: no cover - the CLI offers only the formats above
        raise JpmnError(f"unknown format '{fmt}'")


def _heads(columns: tuple[str, ...]) -> set[str]:
    return {name.split(".")[0] for name in columns}


def _get(record: dict[str, Any], name: str) -> Any:
    value: Any = record
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    if isinstance(value, dict):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)


def hit_record(hit: Hit) -> dict[str, Any]:
    return {**hit.claim, "score": hit.score, "matched": hit.matched, "conflicts": hit.conflicts}


# --- text for people ------------------------------------------------------------------------------


class Human:
    """Text layouts for people; every string from the store passes through ``visible``."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.style = Style(out)

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def claim(self, claim: dict[str, Any], number: int | None = None) -> None:
        s = self.style
        head = f"{number}. " if number is not None else ""
        indent = " " * len(head) if head else ""
        lines = s.wrap(visible(claim["text"]), "")
        self.line(s.bold(head + lines[0]) if lines else head)
        for rest in lines[1:]:
            self.line(indent + s.bold(rest))
        said = visible(claim["attributed_to"])
        fig = visible(figure(claim))
        self.line(indent + (f"{s.accent(fig)} \u00b7 " if fig else "") + f"according to {s.bold(said)}")
        for text in s.wrap(f"\u201c{visible(claim['quote'])}\u201d", indent):
            self.line(s.dim(text))
        cited = s.wrap(f"\u2014 {visible(citation(claim))}  [{visible(claim['id'])}]", indent)
        for text in cited:
            self.line(text)

    def hits(self, hits: list[Hit]) -> None:
        """Numbered answers; under each, the other sides of its disputed figure (numbered when
        they are answers too)."""
        number_of = {hit.claim["id"]: number for number, hit in enumerate(hits, 1)}
        for number, hit in enumerate(hits, 1):
            if number > 1:
                self.line()
            self.claim(hit.claim, number)
            indent = " " * (len(str(number)) + 2)
            for other in hit.conflicts:
                where = f" {number_of[other['id']]}" if other["id"] in number_of else ""
                what = figure(other) or other["id"]
                self.line(
                    indent
                    + self.style.warn(f"\u2260 conflicts with{where}: ")
                    + visible(f"{other['attributed_to']}: {what}")
                )

    def claims(self, claims: list[dict[str, Any]]) -> None:
        for position, claim in enumerate(claims):
            if position:
                self.line()
            self.claim(claim)

    def show(
        self,
        claim: dict[str, Any],
        context: list[tuple[int, str]],
        linked: dict[str, list[dict[str, Any]]],
    ) -> None:
        s = self.style
        for text in s.wrap(visible(claim["text"]), ""):
            self.line(s.bold(text))
        rows = [
            ("id", claim["id"]),
            ("category", claim["category"]),
            ("figure", figure(claim)),
            ("date", claim.get("date") or ""),
            ("according to", claim["attributed_to"]),
            ("source", citation(claim)),
            ("keywords", ", ".join(claim.get("keywords") or [])),
        ]
        for label, value in rows:
            if value:
                lines = s.wrap(visible(str(value)), " " * 15)
                self.line(f"  {s.dim(label.ljust(13))}{lines[0][15:]}")
                for rest in lines[1:]:
                    self.line(rest)
        self.line()
        if context:
            self.line(f"  {s.dim(visible(claim['source'].get('path') or ''))}")
            width = len(str(context[-1][0]))
            gutter = " " * (width + 3) + "\u2502 "
            for number, text in context:
                here = number == claim.get("line")
                first = f"{'>' if here else ' '} {str(number).rjust(width)} \u2502 "
                shown = visible(text)
                span = _quote_span(shown, visible(claim["quote"])) if here else None
                for line in s.marked(shown, span, first, gutter):
                    self.line(line if here else s.dim(line))
        else:
            self.line(
                f"  {s.warn('quote not found in the source file')}: \u201c{visible(claim['quote'])}\u201d"
            )
        for key, title in (("conflicts_with", "conflicts with"), ("related", "related")):
            if linked.get(key):
                self.line()
                self.line(f"  {s.warn(title) if key == 'conflicts_with' else s.dim(title)}")
                for other in linked[key]:
                    what = figure(other)
                    summary = f"{other['attributed_to']}: {what}" if what else other["text"]
                    self.line(f"    {s.accent(visible(other['id']))}  {visible(summary)}")

    def sources(self, records: list[dict[str, Any]]) -> None:
        rows = []
        for record in records:
            where = record["path"] + (
                f":{record['lines'][0]}-{record['lines'][1]}" if record.get("lines") else ""
            )
            rows.append(
                [record["id"], record.get("outlet") or "(outlet not stated)", record.get("published") or "",
                 str(record["claims"]), where, record["title"]]
            )  # fmt: skip
        self.table(rows, ["ID", "OUTLET", "PUBLISHED", "CLAIMS", "FILE", "TITLE"])

    def conflicts(self, groups: list[dict[str, Any]]) -> None:
        s = self.style
        for position, group in enumerate(groups, 1):
            if position > 1:
                self.line()
            spread = ""
            if group["difference"] is not None:
                percent = f", {group['percent']}%" if group["percent"] is not None else ""
                low, high = number(group["low"]), number(group["high"])
                spread = f"{low} to {high}: difference {number(group['difference'])}{percent}"
            self.line(s.bold(f"{position}. {spread}"))
            rows = [
                [figure(c) or c["text"], c["attributed_to"], citation(c), f"[{c['id']}]"]
                for c in group["claims"]
            ]
            width = [max(len(visible(row[i])) for row in rows) for i in range(2)]
            for row in rows:
                self.line(
                    f"   {s.accent(visible(row[0]).ljust(width[0]))}  {visible(row[1]).ljust(width[1])}  "
                    f"{visible(row[2])}  {s.dim(visible(row[3]))}"
                )
            by_id = {c["id"]: c for c in group["claims"]}
            for pair in group["pairs"]:
                a, b = by_id[pair["a"]], by_id[pair["b"]]
                percent = f" ({pair['percent']}%)" if pair["percent"] is not None else ""
                units = "" if a["unit"] == b["unit"] else s.dim(visible(f"  [{a['unit']} vs {b['unit']}]"))
                self.line(
                    f"   {visible(a['attributed_to'])} vs {visible(b['attributed_to'])}: "
                    f"{number(pair['difference'])}{percent}{units}"
                )

    def timeline(self, claims: list[dict[str, Any]]) -> None:
        s = self.style
        width = max(len(c["date"]) for c in claims)
        for claim in claims:
            self.line(f"{s.accent(visible(claim['date']).ljust(width))}  {visible(claim['text'])}")
            self.line(
                " " * width + "  " + s.dim(f"\u2014 {visible(citation(claim))}  [{visible(claim['id'])}]")
            )

    def table(self, rows: list[list[str]], header: list[str] | None = None) -> None:
        """Left-aligned columns; the last column takes the rest of the line."""
        all_rows = ([header] if header else []) + [[visible(cell) for cell in row] for row in rows]
        if not all_rows:
            return
        widths = [max(len(row[i]) for row in all_rows) for i in range(len(all_rows[0]) - 1)]
        for position, row in enumerate(all_rows):
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
            text = "  ".join(cells).rstrip()
            self.line(self.style.bold(text) if header and position == 0 else text)


def _quote_span(line: str, quote: str) -> tuple[int, int] | None:
    """Where the quote stands in the line, matched as check matches it (jpmn.core.quotes)."""
    from jpmn.core.quotes import span_in_line

    return span_in_line(line, quote)


def stderr_line(message: str) -> None:
    sys.stderr.write(visible(message) + "\n")


CONFLICT_COLUMNS = (
    "group",
    "id",
    "value",
    "unit",
    "qualifier",
    "attributed_to",
    "source.outlet",
    "line",
    "difference",
    "percent",
)


def write_plain(records: list[dict[str, Any]], fmt: str, out: IO[str]) -> None:
    """Nested records (conflict groups) as JSON or JSONL; CSV has one row per member claim."""
    if fmt == "csv":
        import csv

        writer = csv.writer(out)
        writer.writerow(CONFLICT_COLUMNS)
        for number_, group in enumerate(records, 1):
            for claim in group["claims"]:
                row = [number_, claim["id"], claim["value"], claim["unit"], claim["qualifier"]]
                row += [claim["attributed_to"], claim["source"].get("outlet"), claim["line"]]
                row += [group["difference"], group["percent"]]
                writer.writerow([_cell(cell) for cell in row])
        return
    write_records(records, fmt, out)
