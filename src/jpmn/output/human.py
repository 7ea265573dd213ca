"""Everything a person reads, drawn with rich: answers, claims, tables, and the pager.

Data never becomes markup: every string from the store or the command line is made visible
(``output.safe``) and put into a ``Text`` object, so ``[bold]`` in a claim is printed as written
and an ESC in a quote cannot reach the terminal. Colour follows rich: none when piped, none with
``NO_COLOR``; the width follows the terminal or ``$COLUMNS``, never below 20 columns.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from jpmn.core.wording import figure_as_written, number
from jpmn.output.safe import visible, visible_lines

MIN_WIDTH = 20
STATEMENT = "bold"
FIGURE = "bold cyan"
WHO = "bold"
QUOTE = "italic"
CITATION = "dim"
WARN = "yellow"
MARK = "bold underline"


def console(file: IO[str] | None = None) -> Console:
    """A console for one run: rich decides colour (terminal, NO_COLOR) and width ($COLUMNS)."""
    plain = bool(os.environ.get("NO_COLOR"))  # plain text: no colour, and no bold or italics either
    out = Console(
        file=file or sys.stdout,
        color_system=None if plain else "auto",
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )
    if out.width < MIN_WIDTH:
        out.width = MIN_WIDTH
    return out


def error_console() -> Console:
    """Everything that is not data: errors, warnings, hints."""
    return console(sys.stderr)


def say(message: str, style: str | None = None) -> None:
    """One line on stderr, made visible, never wrapped (a script may grep it)."""
    stream = sys.stderr
    line = visible(message)
    if style and stream.isatty() and not os.environ.get("NO_COLOR"):
        error_console().print(Text(line, style=style), soft_wrap=True)
    else:
        stream.write(line + "\n")


# --- pieces -----------------------------------------------------------------------------------------


def text(value: Any, style: str = "") -> Text:
    """Store or query text as a rich ``Text``: made visible first, never read as markup."""
    return Text(visible(str(value)), style=style)


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
    if source.get("url"):
        parts.append(source["url"])
    return ", ".join(parts)


def figure_line(claim: dict[str, Any]) -> Text:
    """'12,318 prisoners of war · Mongolian records': the figure and who says it stand out."""
    line = Text()
    figure = figure_as_written(claim)
    if figure:
        line.append(visible(figure), style=FIGURE)
        line.append(" \u00b7 ")
    line.append("according to ")
    line.append(visible(claim["attributed_to"]), style=WHO)
    if claim.get("date") and claim["date"] not in figure:
        line.append(f" \u00b7 {visible(claim['date'])}")
    return line


def other_side(claim: dict[str, Any]) -> Text:
    """One line for the other side of a disputed figure: who says what, and where to look."""
    line = Text("\u2260 ", style=WARN)
    line.append(visible(claim["attributed_to"]), style=WHO)
    line.append(": ")
    line.append(visible(figure_as_written(claim) or claim.get("text") or ""), style=FIGURE)
    line.append(f"  [{visible(claim['id'])}]", style=CITATION)
    return line


def _numbered(head: str, body: Sequence[RenderableType]) -> Table:
    """'1. ' beside a block of lines: wrapped lines stay under the text, not under the number."""
    grid = Table.grid(padding=0)
    grid.add_column(width=len(head), no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text(head), Group(*body))
    return grid


def claim_block(claim: dict[str, Any], full: bool, conflicts: Iterable[dict[str, Any]] = ()) -> list[Text]:
    """A claim as lines: statement, figure and who, then (in full) the quote, then the citation."""
    lines = [text(claim["text"], STATEMENT), figure_line(claim)]
    if full:
        lines.append(text(f"\u201c{claim['quote']}\u201d", QUOTE))
    cite = text(f"\u2014 {citation(claim)}", CITATION)
    cite.append(f"  [{visible(claim['id'])}]", style=CITATION)
    lines.append(cite)
    lines.extend(other_side(other) for other in conflicts)
    return lines


# --- screens ---------------------------------------------------------------------------------------


def answers(out: Console, hits: Sequence[Any], full: bool, explain: bool = False) -> None:
    """The best answer in full, the others compact (all in full with ``--full``)."""
    for number_, hit in enumerate(hits, 1):
        if number_ > 1:
            out.print()
        block = claim_block(hit.claim, full or number_ == 1, hit.conflicts)
        if hit.part:  # a question in several parts, answered part by part
            block.insert(0, text(f"for \u201c{hit.part}\u201d", CITATION))
        if hit.checked is not None:  # a statement the question asked to check
            role, statement = hit.checked["role"], hit.checked["statement"]
            block.insert(0, text(f"{_BEARING.get(role, role)} \u201c{statement}\u201d", CITATION))
        if explain and hit.explanation is not None:
            block.extend(explanation(hit.explanation))
        out.print(_numbered(f"{number_}. ", block))


_BEARING = {
    "supports": "supports",
    "contradicts": "contradicts",
    "disputes": "one side of a disputed figure, for",
}
"""How an answer bears on a statement the question asked to check (``jpmn verify`` gives the whole
verdict)."""


def explanation(parts: dict[str, Any]) -> list[Text]:
    """Why an answer ranks where it does: each query word's reading, then the parts of the score."""
    lines = [
        Text(
            f"score {parts['score']:.3f}: coverage {parts['coverage']:.3f}, bm25 {parts['bm25']:.3f}",
            style=CITATION,
        )
    ]
    for word in parts["words"]:
        line = Text("  ")
        line.append(visible(word["word"]), style="bold")
        if word["matched"] is None:
            line.append(f"  {word['how']}", style=WARN)
        else:
            how = f"{word['how']}, {word['similarity']:.2f}, covers {word['coverage']:.2f}"
            line.append(f" \u2192 {visible(word['matched'])}  ({how})")
        lines.append(line)
    if parts.get("asked"):
        nearest = parts["asked"]
        question = visible(nearest["question"])
        shown = f"  nearest reader's question ({nearest['closeness']:.2f}): \u201c{question}\u201d"
        lines.append(Text(shown, style=CITATION))
    if parts.get("dropped"):
        lines.append(
            Text("  read without: " + "; ".join(visible(part) for part in parts["dropped"]), style=CITATION)
        )
    extras = [f"+{value:.3f} {name}" for name, value in parts["bonuses"].items() if value]
    extras += [f"\u00d7 {name}" for name in parts["penalties"]]
    if extras:
        lines.append(Text("  " + ", ".join(extras), style=CITATION))
    return lines


def claims(out: Console, records: Sequence[dict[str, Any]], full: bool = False) -> None:
    """Claims in store order, compact unless ``full``."""
    for position, claim in enumerate(records):
        if position:
            out.print()
        for line in claim_block(claim, full):
            out.print(line)


def categories(out: Console, rows: Sequence[dict[str, Any]]) -> None:
    table = _table("CATEGORY", "CLAIMS", "ABOUT")
    table.columns[1].justify = "right"
    for row in rows:
        table.add_row(text(row["category"], "bold"), str(row["claims"]), text(row["description"] or ""))
    out.print(table)


def sources(out: Console, records: Sequence[dict[str, Any]]) -> None:
    table = _table("ID", "SOURCE", "CLAIMS")
    table.columns[0].no_wrap = True
    table.columns[1].ratio = 1
    table.columns[2].justify = "right"
    for record in records:
        where = record["path"] + (
            f":{record['lines'][0]}-{record['lines'][1]}" if record.get("lines") else ""
        )
        about = text(record.get("outlet") or "(outlet not stated)", "bold")
        if record.get("published"):
            about.append(visible(f", {record['published']}"))
        about.append("\n")
        about.append_text(text(record["title"]))
        about.append("\n" + visible(where), style=CITATION)
        if record.get("url"):
            about.append("\n" + visible(record["url"]), style=CITATION)
        table.add_row(text(record["id"], "bold"), about, str(record["claims"]))
    out.print(table)


def timeline(out: Console, entries: Sequence[dict[str, Any]]) -> None:
    """Dated claims, earliest first: the date, the claim, and where to look. A claim's id is what a
    reader copies into ``jpmn show``: on a terminal too narrow to keep it whole beside the claim,
    the source goes under the claim."""
    dates = max((cell_len(visible(str(claim["date"]))) for claim in entries), default=0)
    natural = max((cell_len(visible(str(claim["text"]))) for claim in entries), default=0)
    before_id = _source_break(entries, out.width - dates - _GAP, natural)
    if before_id is not None:
        table = _table("DATE", "WHAT", "SOURCE")
        table.columns[2].no_wrap = True
        for claim in entries:
            table.add_row(text(claim["date"], FIGURE), text(claim["text"]), _short_source(claim, before_id))
    else:
        table = _table("DATE", "WHAT \u2192 SOURCE")
        for claim in entries:
            table.add_row(
                text(claim["date"], FIGURE), _beneath(text(claim["text"]), _short_source(claim, "  "))
            )
    table.columns[0].no_wrap = True
    out.print(table)


def _beneath(main: Text, under: Text) -> Text:
    """One cell holding text and, under it after an arrow, what it rests on: the layout of a
    terminal too narrow to set the two side by side."""
    return Text("\n\u2192 ").join([main, under])


_GAP = 2
"""Columns between two columns of a table (``_table``)."""
TEXT_MIN = 24
"""The narrowest column of text worth keeping a claim's source and id whole beside."""


def _source_break(claims: Sequence[dict[str, Any]], room: int, natural: int) -> str | None:
    """How to keep each claim's source (``_short_source``: its outlet and line, then its id) whole
    in ``room`` columns beside text as wide as ``natural`` unwrapped: on one line ("  " before the
    id) when the text need not wrap for it, else with the id on a line of its own ("\\n") while
    the text keeps TEXT_MIN columns; None when not even that fits. An id broken across lines
    cannot be copied into ``jpmn show``."""

    def widest(before_id: str) -> int:
        lines = (line for claim in claims for line in _short_source(claim, before_id).plain.split("\n"))
        return max(map(cell_len, lines), default=0)

    if room - _GAP - widest("  ") >= max(TEXT_MIN, natural):
        return "  "
    if room - _GAP - widest("\n") >= TEXT_MIN:
        return "\n"
    return None


def _short_source(claim: dict[str, Any], before_id: str) -> Text:
    """Outlet, line and the claim id: where to look, in a narrow column (``cite`` has the rest)."""
    source = claim["source"]
    cell = text(source.get("outlet") or "outlet not stated")
    if claim.get("line"):
        cell.append(f", line {claim['line']}")
    cell.append(f"{before_id}[{visible(claim['id'])}]", style=CITATION)
    return cell


def conflicts(out: Console, groups: Sequence[dict[str, Any]]) -> None:
    """Each group of disagreeing figures side by side, then the difference of each pair."""
    for position, group in enumerate(groups, 1):
        if position > 1:
            out.print()
        head = f"{position}. "
        if group["difference"] is not None:
            percent = f", {group['percent']}%" if group["percent"] is not None else ""
            head += (
                f"{number(group['low'])} to {number(group['high'])}: "
                f"difference {number(group['difference'])}{percent}"
            )
        out.print(Text(head, style="bold"))
        table = _table("FIGURE", "ACCORDING TO", "SOURCE")
        # the table is indented 3 columns; the figure and who gives it share what the sources leave
        figures = [figure_as_written(claim) or claim["text"] for claim in group["claims"]]
        natural = _GAP + sum(
            max(cell_len(visible(str(value))) for value in values)
            for values in (figures, [claim["attributed_to"] for claim in group["claims"]])
        )
        before_id = _source_break(group["claims"], out.width - 3 - _GAP, natural)
        table.columns[2].no_wrap = before_id is not None
        for claim, figure in zip(group["claims"], figures, strict=True):
            table.add_row(
                text(figure, FIGURE),
                text(claim["attributed_to"], WHO),
                _short_source(claim, before_id or "  "),
            )
        out.print(Padding(table, (0, 0, 0, 3)))
        by_id = {claim["id"]: claim for claim in group["claims"]}
        for pair in group["pairs"]:
            a, b = by_id[pair["a"]], by_id[pair["b"]]
            percent = f" ({pair['percent']}%)" if pair["percent"] is not None else ""
            line = text(
                f"{a['attributed_to']} vs {b['attributed_to']}: {number(pair['difference'])}{percent}"
            )
            if a["unit"] != b["unit"]:
                line.append(visible(f"  [{a['unit']} vs {b['unit']}]"), style=CITATION)
            out.print(Padding(line, (0, 0, 0, 3)))


def show(
    out: Console,
    claim: dict[str, Any],
    context: list[tuple[int, str, tuple[int, int] | None]],
    linked: dict[str, list[dict[str, Any]]],
) -> None:
    """One claim: its fields, its quote marked in the source around it, and its linked claims."""
    out.print(text(claim["text"], STATEMENT))
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style=CITATION, no_wrap=True)
    fields.add_column(ratio=1)
    rows = [
        ("id", claim["id"]),
        ("category", claim["category"]),
        ("figure", figure_as_written(claim)),
        ("date", claim.get("date") or ""),
        ("according to", claim["attributed_to"]),
        ("quoting", claim.get("quoted") or ""),
        ("source", citation(claim)),
        ("keywords", ", ".join(claim.get("keywords") or [])),
    ]
    for label, value in rows:
        if value:
            fields.add_row(label, text(value, FIGURE if label == "figure" else ""))
    out.print(Padding(fields, (0, 0, 0, 2)))
    out.print()
    if context:
        out.print(Padding(text(claim["source"].get("path") or "", CITATION), (0, 0, 0, 2)))
        gutter = Table.grid(padding=(0, 1))
        gutter.add_column(no_wrap=True)
        gutter.add_column(justify="right", no_wrap=True)
        gutter.add_column(no_wrap=True)
        gutter.add_column(ratio=1)
        for line_number, line, span in context:
            here = span is not None
            body = _marked(line, span, plain=out.no_color or not out.is_terminal)
            if not here:
                body.stylize(CITATION)
            gutter.add_row(">" if here else " ", str(line_number), "\u2502", body)
        out.print(gutter)
    else:
        warning = Text("  quote not found in the source file", style=WARN)
        warning.append(": ")
        warning.append_text(text(f"\u201c{claim['quote']}\u201d"))
        out.print(warning)
    for key, title in (("conflicts_with", "conflicts with"), ("related", "related")):
        if linked.get(key):
            out.print()
            out.print(Text(f"  {title}", style=WARN if key == "conflicts_with" else CITATION))
            table = Table.grid(padding=(0, 2))
            table.add_column(no_wrap=True)
            table.add_column(ratio=1)
            for other in linked[key]:
                what = figure_as_written(other)
                summary = f"{other['attributed_to']}: {what}" if what else other["text"]
                table.add_row(text(other["id"], FIGURE), text(summary))
            out.print(Padding(table, (0, 0, 0, 4)))


def _marked(line: str, span: tuple[int, int] | None, plain: bool) -> Text:
    """A source line with the quote marked: underlined in colour, between »guillemets« in plain text."""
    if span is None:
        return text(line)
    start, end = span
    before, inside, after = visible(line[:start]), visible(line[start:end]), visible(line[end:])
    if plain:
        return Text(f"{before}\u00bb{inside}\u00ab{after}")
    marked = Text(before)
    marked.append(inside, style=MARK)
    marked.append(after)
    return marked


# --- verify ---------------------------------------------------------------------------------------

VERDICT_LABELS = {
    "supported": ("supported", "bold green"),
    "contradicted": ("contradicted", "bold red"),
    "disputed": ("disputed", "bold yellow"),
    "not_found": ("not found", "dim"),
}
ROLES = {
    "supports": "states it",
    "contradicts": "says otherwise",
    "disputes": "the figure stated",
    "other-side": "another figure",
    "context": "about it, but does not settle it",
}


def _verdict_label(verdict: str) -> Text:
    label, style = VERDICT_LABELS[verdict]
    return Text(label, style=style)


def verdict(out: Console, checked: Any) -> None:
    """One statement checked: the verdict and why, then each claim it rests on, the figures that
    differ side by side."""
    head = _verdict_label(checked.verdict)
    head.append("  ")
    head.append_text(text(checked.statement, STATEMENT))
    out.print(head)
    if checked.reason:
        out.print(text(checked.reason))
    for item in checked.evidence:
        out.print()
        claim = item.claim
        role = Text(visible(claim["attributed_to"]), style=WHO)
        role.append(f": {ROLES.get(item.role, '')}")
        out.print(role)
        if item.stated is not None and item.figure is not None and item.role != "supports":
            sides = Text("stated ")
            sides.append(visible(item.stated.text), style=FIGURE)
            sides.append("  \u2260  " if item.role in ("contradicts", "other-side") else "  =  ")
            sides.append("store ")
            # a date compared is the date itself; a count is shown as its source words it
            shown = item.figure.text if item.figure.is_date else figure_as_written(claim) or item.figure.text
            sides.append(visible(shown), style=FIGURE)
            out.print(Padding(sides, (0, 0, 0, 2)))
        for line in claim_block(claim, True):
            out.print(Padding(line, (0, 0, 0, 2)))


DRAFT_FIXED = 25
"""Columns of a draft report given to neither the sentence nor the claim: the line number, the
widest verdict and the gaps between columns."""


def draft_report(out: Console, checked: Sequence[Any], counts: dict[str, int]) -> None:
    """A draft checked: one row a sentence (line, verdict, the claim it rests on), then the count
    of each verdict."""
    rows: list[tuple[Text, Text, Text, Text | None]] = []
    widest = 0  # the longest claim id shown, brackets included
    for item in checked:
        evidence = item.verdict.evidence
        rests = None
        if evidence and item.verdict.verdict != "not_found":
            claim = evidence[0].claim
            figure = evidence[0].figure
            rests = text(figure_as_written(claim) or (figure.text if figure else claim["text"]))
            shown = f"[{visible(claim['id'])}]"
            widest = max(widest, len(shown))
            rests.append(f"  {shown}", style=CITATION)
        rows.append((Text(str(item.line)), _verdict_label(item.verdict.verdict), text(item.sentence), rests))
    # an id is what a reader copies into `jpmn show`: keep it whole on a line when the sentence
    # keeps room enough beside it; on a terminal too narrow for that, the claim goes under its
    # sentence, where the id has the sentence's width too
    room = out.width - DRAFT_FIXED - widest
    if not widest or room >= TEXT_MIN:
        table = _table("line", "verdict", "sentence", "rests on")
        if widest:
            table.columns[2].max_width = room
        for line, verdict, sentence, rests in rows:
            table.add_row(line, verdict, sentence, rests or Text("\u2014", style=CITATION))
    else:
        table = _table("line", "verdict", "sentence \u2192 what it rests on")
        for line, verdict, sentence, rests in rows:
            table.add_row(line, verdict, _beneath(sentence, rests) if rests else sentence)
    out.print(table)
    summary = Text()
    for number_, (name, count) in enumerate(counts.items()):
        if number_:
            summary.append(", ")
        label, style = VERDICT_LABELS[name]
        summary.append(f"{count} {label}", style=style if count else "")
    out.print(summary)


def _table(*headers: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for header in headers:
        table.add_column(header, overflow="fold")
    return table


_TRAILING = re.compile(r"[ ]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def _tidy(rendered: str) -> str:
    """Rendered text without the spaces rich pads lines with (they only get in a reader's way)."""
    return _TRAILING.sub(r"\1", rendered)


# --- the pager ----------------------------------------------------------------------------------


def paged(draw: Callable[[Console], None], use_pager: bool) -> None:
    """Draw to stdout, through a pager when stdout is a terminal and the text is taller than it.

    The pager is ``$JPMN_PAGER``, else ``$PAGER``, else ``less`` (with ``-FRX`` unless ``$LESS``
    is set, as git does); an empty value or ``cat`` means none.
    """
    out = console()
    with out.capture() as captured:
        draw(out)
    rendered = _tidy(captured.get())
    command = _pager_command() if use_pager and out.is_terminal else None
    if command is None or rendered.count("\n") < out.height:
        sys.stdout.write(rendered)
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=env, text=True, encoding="utf-8")
    except OSError:
        sys.stdout.write(rendered)
        return
    assert pager.stdin is not None
    try:
        pager.stdin.write(rendered)
        pager.stdin.close()
    except BrokenPipeError:  # the reader quit early (q in less): nothing more to show
        pass
    pager.wait()


def _pager_command() -> list[str] | None:
    for name in ("JPMN_PAGER", "PAGER"):
        if name in os.environ:
            value = os.environ[name].strip()
            if not value or value == "cat":
                return None
            return shlex.split(value)
    return ["less"] if shutil.which("less") else None


# --- curating: prompts and what was added ------------------------------------------------------------


def ask_for(label: str, choices: Sequence[str] | None = None, default: str | None = None) -> str:
    """Ask on the terminal for one value (on stderr: stdout stays data), choices shown; never empty."""
    from rich.prompt import Prompt

    err = error_console()
    while True:
        answer = Prompt.ask(
            Text(label, style="bold"),
            console=err,
            choices=list(choices) if choices else None,
            default=default,
            show_choices=bool(choices) and len(choices or ()) <= 20,
        )
        if answer and answer.strip():
            return str(answer).strip()
        err.print(Text("  (needed)", style=WARN))


def show_choices(title: str, rows: Sequence[tuple[str, str]]) -> None:
    """A short list of what can be chosen (sources), on stderr before a prompt."""
    err = error_console()
    err.print(Text(title, style="bold"))
    for name, about in rows:
        line = text(f"  {name}", "bold")
        line.append(visible(f"  {about}"), style=CITATION)
        err.print(line)


def found_quote(span: Any, path: str) -> None:
    """Where the quote was found (stderr): the curator sees which words of the source are used."""
    where = f"{path}:{span.line}:{span.col}"
    if span.similarity >= 100:
        say(f"quote found verbatim at {where}")
    else:
        say(f"quote taken from {where} ({span.similarity:g}% alike; the source's own words are used):")
        say(f"  \u201c{span.text}\u201d")


def added(out: Console, result: Any, store: str, what: str) -> None:
    """What was added, where; with --dry-run the entry it would add, nothing written."""
    asked = result.questions
    if not result.written:
        sys.stdout.write(visible_lines(result.entry))
        say(f"dry run: nothing written; the {what} would go at {store}:{result.line}")
        if asked:
            sys.stdout.write(visible_lines(asked))
            say(
                f"dry run: its readers' questions would go at {result.questions_file}:{result.questions_line}"
            )
        return
    line = Text(f"added {what} ")
    line.append(visible(result.id), style="bold")
    line.append(visible(f" at {store}:{result.line}"))
    out.print(line, soft_wrap=True)
    if asked:
        count = asked.count("\n") - 1
        where = f"{result.questions_file}:{result.questions_line}"
        noun = "question" if count == 1 else "questions"
        out.print(Text(visible(f"added {count} readers' {noun} at {where}")), soft_wrap=True)
    if result.copied_to:
        out.print(Text(visible(f"copied the file to {result.copied_to}")), soft_wrap=True)
