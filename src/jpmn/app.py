"""The command line: one short function per command — parse, call the core, hand records to output.

Errors are the core's ``JpmnError``s, each carrying its exit code; ``JpmnGroup`` maps them (and
typer's own usage errors) to one ``jpmn:`` line on stderr, once, for every command. Core and
output modules are imported inside the commands, so ``--help`` and completion stay light and
``ask --json`` never loads rich.
"""

from __future__ import annotations

import inspect
import os
import sys
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn

import typer
from typer._click.exceptions import ClickException
from typer._click.exceptions import UsageError as ClickUsageError
from typer.core import TyperGroup

from jpmn import __version__
from jpmn.errors import ERROR, FOUND, NOTHING, JpmnError, NothingFound, UsageError

if TYPE_CHECKING:
    from rich.console import Console

    from jpmn.core.index import Index

EXIT_CODES = """\
Exit codes: 0 found (or: the store is valid) · 1 nothing found (no match, unknown id or category) \
· 2 error (bad store, option or query): one line on stderr, jpmn: path:line:col: message"""

EXAMPLES = """\
  jpmn ask "POW deaths"                      answer a question, with who says it and the source
  jpmn ask "Japan investment" --json         the same for scripts
  jpmn list agreements                       the claims of one category (jpmn list: all categories)
  jpmn show pow-deaths-japanese-records      one claim, its quote marked in the source
  jpmn cite pow-deaths-japanese-records      a citation to paste (--format bibtex, csl-json, markdown)
  jpmn conflicts                             figures the sources disagree on, side by side
  jpmn verify --file draft.md                check every sentence of a draft against the store"""


def reflowed(help_text: str) -> str:
    """A docstring as help: each paragraph one line, for the terminal to wrap; a paragraph of
    examples (each line in ``[dim]``) keeps one example a line."""
    paragraphs = []
    for paragraph in inspect.cleandoc(help_text).split("\n\n"):
        lines = [line.strip() for line in paragraph.split("\n")]
        if all(line.startswith("[dim]") for line in lines):
            paragraphs.append("\n".join(lines))
        else:
            paragraphs.append(" ".join(lines))
    return "\n\n".join(paragraphs)


class JpmnGroup(TyperGroup):
    """typer's group, with jpmn's error contract: one ``jpmn:`` line on stderr and an exit code."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run a command; every expected failure is one line and exit 2, nothing found exit 1."""
        standalone_mode = kwargs.pop("standalone_mode", True)
        kwargs["prog_name"] = "jpmn"
        kwargs["standalone_mode"] = False  # exceptions come back here, to be said jpmn's way
        _sane_columns()
        try:
            code = super().main(*args, **kwargs)
            code = code if isinstance(code, int) else FOUND
        except ClickUsageError as error:
            code = _usage_error(error)
        except ClickException as error:
            _say(f"jpmn: {error.format_message()}")
            code = error.exit_code
        except typer.Abort:
            code = 130
        if standalone_mode:
            sys.exit(code)
        return code

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """A command, its help written as paragraphs: typer keeps a docstring's line breaks, so
        on a terminal of any width a sentence would break where the source file wraps it."""
        command = super().get_command(ctx, cmd_name)
        if command is not None and command.help:
            command.help = reflowed(command.help)  # the same again when already reflowed
        return command

    def invoke(self, ctx: Any) -> Any:
        """The command's own failures, mapped once here rather than in every command."""
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except (ClickException, typer.Exit, typer.Abort):
            raise
        except NothingFound as nothing:
            if nothing.message:
                _say(nothing.message)
            for hint in nothing.hints:
                _say(hint)
            raise typer.Exit(NOTHING) from None
        except JpmnError as error:
            _say(f"jpmn: {error}")
            raise typer.Exit(error.exit_code) from None
        except BrokenPipeError:
            # The reader (head, less) has gone: stop quietly, and keep Python quiet at exit.
            _silence_stdout()
            raise typer.Exit(FOUND) from None
        except OSError as error:
            if error.filename is not None:  # a file the command itself opened
                _say(f"jpmn: {error.filename}: {error.strerror or error}")
            else:  # stdout is full or gone: say so once, not again at exit
                _silence_stdout()
                _say(f"jpmn: cannot write the output: {error.strerror or error}")
            raise typer.Exit(ERROR) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except Exception as error:  # a bug: still one line, not a traceback, unless asked for
            if os.environ.get("JPMN_DEBUG"):
                raise
            _say(f"jpmn: internal error: {type(error).__name__}: {error} (JPMN_DEBUG=1 shows more)")
            raise typer.Exit(ERROR) from None

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """An unknown command names the closest ones, as git does."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            from jpmn.core.search import suggest

            close = suggest(name, [command for command in self.list_commands(ctx) if command != "help"])
            hint = (
                f"; did you mean: {', '.join(close)}?" if close else f"; commands: {', '.join(_commands())}"
            )
            raise ClickUsageError(f"no command '{_short(name)}'{hint}", ctx)
        return super().resolve_command(ctx, args)


def _sane_columns() -> None:
    """$COLUMNS as rich and typer can use it: a width from 20 up, or unset (the terminal's)."""
    columns = os.environ.get("COLUMNS")
    if columns is None:
        return
    if not (columns.isascii() and columns.isdigit()) or int(columns) == 0:
        del os.environ["COLUMNS"]
    else:
        os.environ["COLUMNS"] = str(min(max(int(columns), 20), 10_000))


def _usage_error(error: Any) -> int:
    """typer's usage errors as one line: 'jpmn: message (see 'jpmn ask --help')'."""
    ctx = error.ctx
    path = ctx.command_path if ctx is not None else "jpmn"
    message = error.format_message().replace("Value error, ", "")
    message = message[:1].lower() + message[1:]
    _say(f"jpmn: {message.rstrip('.')} (see '{path} --help')")
    return ERROR


def _say(message: str) -> None:
    from jpmn.output.safe import visible

    if sys.stderr is not None:
        sys.stderr.write(visible(message) + "\n")
        sys.stderr.flush()


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        sys.stdout = None


def _short(text: str, limit: int = 60) -> str:
    from jpmn.output.safe import shorten

    return shorten(text, limit)


app = typer.Typer(
    cls=JpmnGroup,
    name="jpmn",
    epilog=EXIT_CODES,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=True,
    pretty_exceptions_enable=False,
    invoke_without_command=True,
)


# --- shared options ----------------------------------------------------------------------------


def _complete_store_items(kind: str) -> Callable[[typer.Context, str], list[str]]:
    """Completion candidates read from the store named by --store / $JPMN_STORE."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        try:
            index = _open(ctx.params.get("store") or (ctx.parent.params.get("store") if ctx.parent else None))
        except JpmnError:
            return []
        if kind == "category":
            names = list(index.categories())
        elif kind == "source":
            names = list(index.sources())
        else:
            names = index.claim_ids()
        return [name for name in names if name.startswith(incomplete)]

    return complete


StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        envvar="JPMN_STORE",
        metavar="PATH",
        show_envvar=True,
        help="The store to read (default: the shipped store).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print a JSON array.")]
JsonlOption = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print CSV.")]
FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="F,...",
        help="Only these fields, e.g. id,value,source.outlet (JSON unless --jsonl/--csv).",
    ),
]
CategoryOption = Annotated[
    str | None,
    typer.Option(
        "--category",
        metavar="NAME",
        help="Only claims of this category.",
        autocompletion=_complete_store_items("category"),
    ),
]
SourceOption = Annotated[
    str | None,
    typer.Option(
        "--source",
        metavar="ID|OUTLET",
        help="Only claims from this source (id, outlet or part of the title).",
        autocompletion=_complete_store_items("source"),
    ),
]
AttributedOption = Annotated[
    str | None,
    typer.Option("--attributed-to", metavar="WHO", help="Only claims attributed to WHO (part of the name)."),
]
PagerOption = Annotated[
    bool, typer.Option("--no-pager", help="Never page, even when the output is taller than the terminal.")
]
ClaimId = Annotated[
    str,
    typer.Argument(
        metavar="ID",
        help="A claim id (see 'jpmn ask ... --json').",
        autocompletion=_complete_store_items("id"),
    ),
]


class Output:
    """The output asked for on the command line: a machine format (with fields) or people."""

    def __init__(self, json_: bool, jsonl: bool, csv: bool, fields: str | None, default: str | None = None):
        chosen = [name for name, on in (("json", json_), ("jsonl", jsonl), ("csv", csv)) if on]
        if len(chosen) > 1:
            raise UsageError(f"choose one of --{' --'.join(chosen)}")
        self.fields = _field_list(fields)
        self.format = chosen[0] if chosen else ("json" if self.fields else default)

    def records(
        self,
        records: list[dict[str, Any]],
        columns: tuple[str, ...] | None = None,
        extras: tuple[str, ...] = (),
    ) -> None:
        """Records for programs; ``extras`` are fields some records carry, which --fields may name."""
        from jpmn.output.records import check_fields, write_records
        from jpmn.schema import CLAIM_FIELDS

        columns = columns or CLAIM_FIELDS
        check_fields(self.fields, (*columns, *extras))
        write_records(records, self.format or "json", sys.stdout, self.fields, columns)

    def emit(
        self,
        records: list[dict[str, Any]],
        for_people: Callable[[Console], None],
        columns: tuple[str, ...] | None = None,
        pager: bool = True,
    ) -> None:
        """Records for a program, or a screen for people (paged when taller than the terminal)."""
        if not records:
            raise self.nothing()
        if self.format:
            self.records(records, columns)
        else:
            from jpmn.output.human import paged

            paged(for_people, pager)

    def nothing(self, message: str = "", hints: list[str] | None = None) -> NothingFound:
        """Nothing found: '[]' for JSON (a script still parses it), the message on stderr."""
        if self.format == "json":
            sys.stdout.write("[]\n")
        return NothingFound(message, hints)


def _field_list(text: str | None) -> list[str] | None:
    if text is None:
        return None
    fields = [name.strip() for name in text.split(",") if name.strip()]
    if not fields:
        raise UsageError("--fields: name at least one field (see 'jpmn --help')")
    return fields


def _open(store: str | None) -> Index:
    from jpmn.core.index import Index
    from jpmn.core.locations import store_path

    path = store_path(store)
    return Index.open(path, path)


def _store(ctx: typer.Context, given: str | None) -> str | None:
    """--store after the command wins over --store before it (and $JPMN_STORE)."""
    if given is not None:
        return given
    return ctx.obj.get("store") if isinstance(ctx.obj, dict) else None


def _filters(index: Index, output: Output, category: str | None, source: str | None, who: str | None) -> Any:
    """A predicate on claim numbers for --category/--source/--attributed-to, or None."""
    from jpmn.core.search import claim_filter, resolve_category, resolve_sources

    if category is not None:
        known = list(index.categories())
        resolved = resolve_category(category, known)
        if resolved is None:
            raise output.nothing(f"jpmn: no category '{_short(category)}'; categories: {', '.join(known)}")
        category = resolved
    source_ids = None
    if source is not None:
        source_ids = resolve_sources(index, source)
        if not source_ids:
            names = ", ".join(
                f"{sid} ({record.get('outlet') or 'no outlet'})" for sid, record in index.sources().items()
            )
            raise output.nothing(f"jpmn: no source '{_short(source)}'; sources: {names}")
    return claim_filter(index, category, source_ids, who)


def _selected(index: Index, keep: Any) -> list[dict[str, Any]]:
    return [claim for number, claim in index.numbered_claims() if keep is None or keep(number)]


def _claim(index: Index, claim_id: str, output: Output) -> dict[str, Any]:
    """The claim with this id, or nothing found naming the closest ids."""
    from jpmn.core.search import suggest

    claim = index.claim(claim_id)
    if claim is None:
        close = suggest(claim_id, index.claim_ids())
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        raise output.nothing(f"jpmn: no claim '{_short(claim_id)}'{hint}")
    return claim


def _commands() -> list[str]:
    """The commands in the order this file defines them (a group, as sources, where its callback is)."""
    entries: list[tuple[str, Any]] = [
        (str(command.name or getattr(command.callback, "__name__", "")), command.callback)
        for command in app.registered_commands
    ]
    for group in app.registered_groups:
        sub = group.typer_instance
        if sub is not None and sub.registered_callback is not None:
            entries.append((group.name or sub.info.name or "", sub.registered_callback.callback))
    entries.sort(key=lambda entry: entry[1].__code__.co_firstlineno if entry[1] else 0)
    return [name for name, _callback in entries if name != "help"]


# --- the commands ------------------------------------------------------------------------------


@app.callback()
def main_options(
    ctx: typer.Context,
    store: StoreOption = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    """Facts about Japan\u2013Mongolia relations, each with who says it and its source.

    [dim]jpmn ask "POW deaths"[/dim]                  answer a question
    [dim]jpmn ask "Japan investment" --json[/dim]     the same for scripts
    [dim]jpmn list agreements[/dim]                   the claims of one category
    [dim]jpmn show pow-deaths-japanese-records[/dim]  one claim, its quote marked in the source
    [dim]jpmn cite pow-deaths-japanese-records[/dim]  a citation to paste

    Run [bold]jpmn help[/bold] for more examples, [bold]jpmn COMMAND --help[/bold] for a command's options.
    """
    if version:
        sys.stdout.write(f"jpmn {__version__}\n")
        raise typer.Exit(FOUND)
    ctx.obj = {"store": store}
    if ctx.invoked_subcommand is None:
        sys.stderr.write(_usage())
        raise typer.Exit(ERROR)


def _usage() -> str:
    return (
        "jpmn: facts about Japan\u2013Mongolia relations, each with who says it and its source.\n\n"
        f"{EXAMPLES}\n\ncommands: {', '.join(_commands())}\n"
        "Run 'jpmn COMMAND --help' for a command's options, 'jpmn --help' for everything.\n"
    )


@app.command("help")
def help_(
    ctx: typer.Context,
    command: Annotated[str | None, typer.Argument(metavar="[COMMAND]", help="A command to explain.")] = None,
) -> None:
    """Show examples, or the help of one command.

    [dim]jpmn help ask[/dim]
    """
    if command is None:
        sys.stdout.write(_usage())
        return
    group = ctx.parent.command if ctx.parent else None
    sub = group.get_command(ctx.parent, command) if isinstance(group, TyperGroup) and ctx.parent else None
    if sub is None:
        raise UsageError(f"no command '{_short(command)}'; commands: {', '.join(_commands())}")
    with sub.make_context(command, ["--help"], parent=ctx.parent) as sub_ctx:
        sub.invoke(sub_ctx)


@app.command()
def ask(
    ctx: typer.Context,
    query: Annotated[
        list[str] | None, typer.Argument(metavar="QUERY...", help="Words of the question (typos are fine).")
    ] = None,
    limit: Annotated[
        int,
        typer.Option(
            "--limit", "-n", metavar="N", parser=lambda text: _whole(text, 1), help="At most N answers."
        ),
    ] = 5,
    full: Annotated[bool, typer.Option("--full", help="Every answer in full, with its quote.")] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Why each answer ranks where it does (or why none did).")
    ] = False,
    batch: Annotated[
        str | None,
        typer.Option(
            "--batch", metavar="FILE", help="One query per line ('-' for stdin) -> JSONL, one object a query."
        ),
    ] = None,
    category: CategoryOption = None,
    source: SourceOption = None,
    attributed_to: AttributedOption = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv: CsvOption = False,
    fields: FieldsOption = None,
    no_pager: PagerOption = False,
    store: StoreOption = None,
) -> None:
    """Answer a question: the best matching claims, with who says it and the source.

    The best answer is shown in full (its quote too), the others compact; a disputed figure
    brings the other side under it.

    [dim]jpmn ask "POW deaths"[/dim]
    [dim]jpmn ask how many Japanese prisoners of war --limit 3[/dim]
    [dim]jpmn ask "Japan investment" --json | jq '.[0].value'[/dim]
    """
    from jpmn.core.answers import Answerer
    from jpmn.core.search import MAX_LIMIT

    output = Output(json_, jsonl, csv, fields)
    index = _open(_store(ctx, store))
    limit = min(limit, MAX_LIMIT)
    if batch is not None:
        if query:
            raise UsageError("give the queries either as words or with --batch, not both")
        keep = _filters(index, output, category, source, attributed_to)
        _ask_batch(index, batch, limit, keep, output, explain)
        return
    text = " ".join(query or [])
    if not any(ch.isalnum() for ch in text):
        raise UsageError("empty query: ask with words, e.g. jpmn ask \"POW deaths\" (see 'jpmn ask --help')")
    keep = _filters(index, output, category, source, attributed_to)
    hits = Answerer(index).answer(text, limit, keep, explain)
    if not hits:
        raise output.nothing(*_no_match(index, text, keep, explain))
    if output.format:
        from jpmn.core.search import hit_record
        from jpmn.schema import HIT_EXTRAS, HIT_FIELDS

        output.records([hit_record(hit) for hit in hits], HIT_FIELDS, HIT_EXTRAS)
        return
    from jpmn.output import human

    human.paged(lambda out: human.answers(out, hits, full, explain), not no_pager)


def _no_match(index: Index, text: str, keep: Any, explain: bool) -> tuple[str, list[str]]:
    """'no match', with what may help: words the store does not know (and the closest it does),
    answers the filters hid, and with --explain the best candidate and why it fell short."""
    from jpmn.core.search import no_match

    why = no_match(index, text, keep)
    hints = []
    if why.hidden_by_filter:
        hints.append(
            f"hint: {why.hidden_by_filter} answer{'s' if why.hidden_by_filter != 1 else ''} outside "
            "the --category/--source/--attributed-to given"
        )
    if why.unknown:
        words = []
        for word in why.unknown:
            close = why.suggestions.get(word) or []
            words.append(f"{word} (closest: {', '.join(close)})" if close else word)
        hints.append("hint: the store does not know: " + "; ".join(words))
    if explain and why.best is not None:
        hints.append(f"hint: the best candidate, {why.best['id']}, fell short: {why.best['why']}")
    hints.append("hint: try other words, or 'jpmn list' for the categories")
    return f'no match for "{_short(text, 80)}"', hints


def _ask_batch(index: Index, path: str, limit: int, keep: Any, output: Output, explain: bool) -> None:
    """Many queries, one index: JSONL of {"query": ..., "results": [...]}, same answers as one by one."""
    from jpmn.core.answers import Answerer
    from jpmn.core.search import MAX_BATCH_LINE_CHARS, hit_record
    from jpmn.output.records import check_fields, dumps, select
    from jpmn.schema import HIT_EXTRAS, HIT_FIELDS

    if output.format not in (None, "jsonl", "json"):
        raise UsageError("--batch prints JSONL (see 'jpmn ask --help')")
    check_fields(output.fields, (*HIT_FIELDS, *HIT_EXTRAS))
    answerer = Answerer(index)
    handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    try:
        # a line is read no further than the limit: a file with no line break (``/dev/zero``)
        # is an error, not a wait while it fills the memory
        for number, line in enumerate(iter(lambda: handle.readline(MAX_BATCH_LINE_CHARS + 1), ""), 1):
            if len(line.rstrip("\r\n")) > MAX_BATCH_LINE_CHARS:
                where = "stdin" if path == "-" else path
                raise JpmnError(f"a query is at most {MAX_BATCH_LINE_CHARS:,} characters", where, number)
            query = line.strip()
            if not query:
                continue
            hits = answerer.answer(query, limit, keep, explain) if any(ch.isalnum() for ch in query) else []
            results = [select(hit_record(hit), output.fields) for hit in hits]
            sys.stdout.write(dumps({"query": query, "results": results}) + "\n")
    except UnicodeDecodeError as error:
        raise JpmnError(f"not UTF-8 text ({error.reason})", path) from None
    finally:
        if handle is not sys.stdin:
            handle.close()


@app.command("list")
def list_(
    ctx: typer.Context,
    category: Annotated[
        str | None,
        typer.Argument(
            metavar="[CATEGORY]",
            help="A category (forgiving spelling); none lists the categories.",
            autocompletion=_complete_store_items("category"),
        ),
    ] = None,
    full: Annotated[bool, typer.Option("--full", help="Each claim with its quote.")] = False,
    source: SourceOption = None,
    attributed_to: AttributedOption = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv: CsvOption = False,
    fields: FieldsOption = None,
    no_pager: PagerOption = False,
    store: StoreOption = None,
) -> None:
    """List the categories with their claim counts, or the claims of a category, source or person.

    [dim]jpmn list[/dim]
    [dim]jpmn list agreements[/dim]
    [dim]jpmn list --source kyodo[/dim]
    [dim]jpmn list defense --json --fields id,text[/dim]
    """
    from jpmn.output import human

    output = Output(json_, jsonl, csv, fields)
    index = _open(_store(ctx, store))
    if category is None and source is None and attributed_to is None:
        from jpmn.core.store.vocabulary import CATEGORIES

        rows: list[dict[str, Any]] = [
            {"category": name, "claims": count, "description": CATEGORIES.get(name)}
            for name, count in index.categories().items()
        ]
        output.emit(
            rows, lambda out: human.categories(out, rows), ("category", "claims", "description"), not no_pager
        )
        return
    claims = _selected(index, _filters(index, output, category, source, attributed_to))
    output.emit(claims, lambda out: human.claims(out, claims, full), pager=not no_pager)


@app.command()
def show(
    ctx: typer.Context,
    claim_id: ClaimId,
    context: Annotated[
        int,
        typer.Option(
            "--context",
            "-C",
            metavar="N",
            parser=lambda text: _whole(text, 0),
            help="Sentences of the source around the quote.",
        ),
    ] = 2,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv: CsvOption = False,
    fields: FieldsOption = None,
    no_pager: PagerOption = False,
    store: StoreOption = None,
) -> None:
    """Show one claim in full, its quote marked in the source, and its linked claims.

    [dim]jpmn show pow-deaths-japanese-records[/dim]
    [dim]jpmn show pow-deaths-japanese-records --json[/dim]
    """
    from jpmn.core.wording import quote_context
    from jpmn.output import human

    output = Output(json_, jsonl, csv, fields)
    index = _open(_store(ctx, store))
    claim = _claim(index, claim_id, output)
    if output.format:
        output.records([claim])
        return
    excerpt = quote_context(index.source_lines(claim, 1), claim, context)
    linked = {
        key: [c for c in (index.claim(other) for other in claim[key]) if c is not None]
        for key in ("conflicts_with", "related")
    }
    human.paged(lambda out: human.show(out, claim, excerpt, linked), not no_pager)


sources_app = typer.Typer(
    cls=TyperGroup,
    name="sources",
    invoke_without_command=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(sources_app)


@sources_app.callback()
def sources(
    ctx: typer.Context,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv: CsvOption = False,
    fields: FieldsOption = None,
    no_pager: PagerOption = False,
    store: StoreOption = None,
) -> None:
    """List the sources the claims come from, with how many claims each; 'sources add' adds one.

    [dim]jpmn sources[/dim]
    [dim]jpmn sources --json[/dim]
    [dim]jpmn sources add article.txt --outlet "Nikkei Asia" --title "..." --published 2025-08-01[/dim]
    """
    if ctx.invoked_subcommand is not None:
        if store is not None:
            ctx.obj = {**(ctx.obj or {}), "store": store}
        return
    from jpmn.output import human
    from jpmn.schema import SOURCE_FIELDS

    output = Output(json_, jsonl, csv, fields)
    index = _open(_store(ctx, store))
    counts = index.source_counts()
    records = [{**source, "claims": counts.get(sid, 0)} for sid, source in index.sources().items()]
    output.emit(records, lambda out: human.sources(out, records), SOURCE_FIELDS, not no_pager)


DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Print the YAML that would be added; write nothing.")
]


def _lines(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    first, dash, last = text.partition("-")
    if not (dash and first.isdigit() and last.isdigit()):
        raise UsageError(f"--lines '{_short(text)}': give the first and last line as A-B, e.g. 3-24")
    return int(first), int(last)


@sources_app.command("add")
def sources_add(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="The article as UTF-8 text.")],
    title: Annotated[str | None, typer.Option("--title", help="The article's title.")] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Who published it (left out if none).")
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    author: Annotated[str | None, typer.Option("--author", help="Who wrote it, where stated.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Where it was published (http or https).")] = None,
    lines: Annotated[
        str | None, typer.Option("--lines", metavar="A-B", help="The article's first and last line in FILE.")
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", help="How a date was derived, or what is not stated.")
    ] = None,
    source_id: Annotated[
        str | None, typer.Option("--id", help="The source's id (suggested if left out).")
    ] = None,
    dry_run: DryRunOption = False,
    store: StoreOption = None,
) -> None:
    """Register an article: copy FILE beside the store's sources and add its entry, checked first.

    [dim]jpmn sources add article.txt --outlet Montsame --title "..." --published 2025-08-04[/dim]
    [dim]jpmn sources add page.txt --title "..." --lines 3-24 --url https://example.org/a --dry-run[/dim]
    """
    from jpmn.core.curate import add_source
    from jpmn.core.locations import store_path
    from jpmn.output import human

    path = store_path(_store(ctx, store))
    if title is None and _interactive():
        title = human.ask_for("title")
    if title is None:
        raise UsageError("sources add needs --title (see 'jpmn sources add --help')")
    fields = {"id": source_id, "outlet": outlet, "title": title, "author": author, "published": published,
              "url": url, "lines": _lines(lines), "note": note}  # fmt: skip
    result = add_source(path, file, fields, dry_run=dry_run, shown=path)
    human.added(human.console(), result, path, "source")


@app.command()
def export(
    ctx: typer.Context,
    format_: Annotated[
        Literal["json", "jsonl", "csv"] | None, typer.Option("--format", help="The format by name (json).")
    ] = None,
    category: CategoryOption = None,
    source: SourceOption = None,
    attributed_to: AttributedOption = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv: CsvOption = False,
    fields: FieldsOption = None,
    store: StoreOption = None,
) -> None:
    """Print every claim, its source expanded, for reviewers and scripts (JSON unless told otherwise).

    [dim]jpmn export --format csv > claims.csv[/dim]
    [dim]jpmn export --jsonl --category history[/dim]
    """
    output = Output(
        json_ or format_ == "json", jsonl or format_ == "jsonl", csv or format_ == "csv", fields, "json"
    )
    index = _open(_store(ctx, store))
    claims = _selected(index, _filters(index, output, category, source, attributed_to))
    if not claims:
        raise output.nothing()
    output.records(claims)


@app.command()
def check(ctx: typer.Context, store: StoreOption = None) -> None:
    """Check a store: structure, ids, references, verbatim quotes; warn on figures that look alike.

    [dim]jpmn check[/dim]
    [dim]jpmn check --store my/facts.yaml[/dim]
    """
    from jpmn.core.locations import store_path
    from jpmn.core.store import check as check_store

    path = store_path(_store(ctx, store))
    try:
        loaded, problems = check_store(path, path)
    except JpmnError as unreadable:
        loaded, problems = None, [unreadable]
    if problems:
        for problem in problems:
            _say(str(problem))
        raise JpmnError(_problems_summary(problems, path))
    assert loaded is not None
    for warning in loaded.warnings:
        _say(f"jpmn: {warning}")
    sys.stdout.write(
        f"{len(loaded.claims)} claims, {len(loaded.sources)} sources, all quotes found in their sources\n"
    )


def _problems_summary(problems: list[JpmnError], store: str) -> str:
    """``check``'s last line: how many problems, in the files that hold them (the thesaurus and
    the readers' questions beside the store are checked with it, and a curator fixes a file)."""

    def counted(count: int) -> str:
        return f"{count} problem{'s' if count != 1 else ''}"

    per_file = Counter(problem.path or store for problem in problems)
    if len(per_file) == 1:
        return f"{counted(len(problems))} in {next(iter(per_file))}"
    return f"{counted(len(problems))}: " + ", ".join(f"{count} in {file}" for file, count in per_file.items())


@app.command()
def conflicts(
    ctx: typer.Context,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv: CsvOption = False,
    no_pager: PagerOption = False,
    store: StoreOption = None,
) -> None:
    """Show the groups of claims whose figures disagree, side by side, with the differences.

    [dim]jpmn conflicts[/dim]
    [dim]jpmn conflicts --json[/dim]
    """
    from jpmn.core.analysis import conflict_groups
    from jpmn.output import human

    output = Output(json_, jsonl, csv, None)
    groups = conflict_groups(list(_open(_store(ctx, store)).claims()))
    if groups and output.format:
        from jpmn.output.records import write_conflicts

        write_conflicts(groups, output.format, sys.stdout)
        return
    output.emit(groups, lambda out: human.conflicts(out, groups), pager=not no_pager)


def _whole(text: str, least: int) -> int:
    """A whole number as typed: huge ones read as "as many as there are", a pasted essay refused."""
    if isinstance(text, int):  # the default, passed through
        return text
    negative = text[:1] == "-" and text[1:].isascii() and text[1:].isdigit()
    if least == 0 and negative:
        return 0  # "no context" however it is written
    if negative:
        raise typer.BadParameter(f"must be {least} or more")
    if not (text.isascii() and text.isdigit()):
        raise typer.BadParameter(f"'{_short(text)}' is not a whole number")
    if len(text) > 100:
        raise typer.BadParameter(f"'{_short(text)}' is too large")
    value = int(text) if len(text) <= 9 else 10**9
    if value < least:
        raise typer.BadParameter(f"must be {least} or more")
    return value


def _period(value: str | None, option: str) -> str | None:
    """A --from or --to bound: a year, a month or a day, as dates are written in the store."""
    from jpmn.core.analysis import period

    if value is None:
        return None
    try:
        period(value)
    except ValueError:
        raise UsageError(
            f"{option}: '{_short(value)}' is not a year, month or day (YYYY, YYYY-MM or YYYY-MM-DD)"
            " (see 'jpmn timeline --help')"
        ) from None
    return value


@app.command()
def timeline(
    ctx: typer.Context,
    start: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="From this year, month or day on.")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", metavar="DATE", help="Up to this year, month or day.")
    ] = None,
    category: CategoryOption = None,
    source: SourceOption = None,
    attributed_to: AttributedOption = None,
    json_: JsonOption = False,
    jsonl: JsonlOption = False,
    csv: CsvOption = False,
    fields: FieldsOption = None,
    no_pager: PagerOption = False,
    store: StoreOption = None,
) -> None:
    """The dated claims in order, each with its citation.

    [dim]jpmn timeline[/dim]
    [dim]jpmn timeline --from 2019 --to 2025[/dim]
    [dim]jpmn timeline --from 2025-07 --to 2025-07-17[/dim]
    [dim]jpmn timeline --json --fields date,text[/dim]
    """
    from jpmn.core.analysis import period
    from jpmn.core.analysis import timeline as dated
    from jpmn.output import human

    first, last = _period(start, "--from"), _period(end, "--to")
    if first and last and period(first)[0] > period(last)[1]:
        raise UsageError(f"--from {first} is after --to {last} (see 'jpmn timeline --help')")
    output = Output(json_, jsonl, csv, fields)
    index = _open(_store(ctx, store))
    entries = dated(_selected(index, _filters(index, output, category, source, attributed_to)), first, last)
    output.emit(entries, lambda out: human.timeline(out, entries), pager=not no_pager)


@app.command()
def cite(
    ctx: typer.Context,
    claim_id: ClaimId,
    format_: Annotated[
        Literal["text", "markdown", "bibtex", "csl-json"],
        typer.Option("--format", help="The citation style."),
    ] = "text",
    store: StoreOption = None,
) -> None:
    """A citation of a claim ready to paste: text, markdown, bibtex or csl-json.

    [dim]jpmn cite pow-deaths-japanese-records[/dim]
    [dim]jpmn cite pow-deaths-japanese-records --format bibtex[/dim]
    """
    from jpmn.core.citation import cite as citation
    from jpmn.output.safe import visible_lines

    claim = _claim(_open(_store(ctx, store)), claim_id, Output(False, False, False, None))
    sys.stdout.write(visible_lines(citation(claim, format_)))


def _interactive() -> bool:
    """Ask for what is missing only when a person is there to answer."""
    return sys.stdin.isatty() and sys.stderr.isatty()


@app.command()
def add(
    ctx: typer.Context,
    source: Annotated[
        str | None,
        typer.Option(
            "--source", metavar="ID", help="The source's id.", autocompletion=_complete_store_items("source")
        ),
    ] = None,
    quote: Annotated[
        str | None, typer.Option("--quote", help="Roughly what the source says; its own words are used.")
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", help="The claim: one self-contained sentence.")
    ] = None,
    category: Annotated[
        str | None,
        typer.Option("--category", metavar="NAME", help="One of the store's categories (jpmn list)."),
    ] = None,
    value: Annotated[
        str | None, typer.Option("--value", metavar="NUMBER", help="A figure, as a bare number.")
    ] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="What the figure counts.")] = None,
    qualifier: Annotated[
        str | None, typer.Option("--qualifier", help="approximately, more than, ... (a figure's range).")
    ] = None,
    attributed_to: Annotated[
        str | None, typer.Option("--attributed-to", metavar="WHO", help="Who states it.")
    ] = None,
    quoted: Annotated[
        str | None, typer.Option("--quoted", metavar="WHO", help="Whose words the quote is, if not WHO's.")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="YYYY, YYYY-MM, YYYY-MM-DD or START/END.")
    ] = None,
    keywords: Annotated[
        str | None, typer.Option("--keywords", metavar="K,...", help="Words a reader may ask with.")
    ] = None,
    measures: Annotated[
        str | None,
        typer.Option("--measures", metavar="QUANTITY", help="What the figure measures (conflicts)."),
    ] = None,
    related: Annotated[
        str | None, typer.Option("--related", metavar="ID,...", help="Related claim ids.")
    ] = None,
    claim_id: Annotated[
        str | None, typer.Option("--id", help="The claim's id (suggested from the text).")
    ] = None,
    question: Annotated[
        list[str] | None,
        typer.Option(
            "--question",
            metavar="TEXT",
            help="A question readers ask that the claim answers, in their words (repeat for more): "
            "added to questions.yaml beside the store.",
        ),
    ] = None,
    dry_run: DryRunOption = False,
    store: StoreOption = None,
) -> None:
    """Add a claim from roughly what an article says: the quote is found in the source, checked first.

    [dim]jpmn add --source ID --quote "..." --text "..." --category visit --attributed-to "The Diplomat"[/dim]
    [dim]jpmn add --source ID --quote "..." --dry-run[/dim]   (on a terminal, jpmn asks for the rest)
    [dim]jpmn add ... --question "how long was the emperor's trip" --question "emperor visit length"[/dim]
    """
    from jpmn.core.curate import REQUIRED_CLAIM, add_claim, match_quote, suggest_id
    from jpmn.core.locations import store_path
    from jpmn.core.store import load
    from jpmn.core.store.vocabulary import CATEGORIES
    from jpmn.output import human

    path = store_path(_store(ctx, store))
    fields: dict[str, Any] = {
        "id": claim_id, "source": source, "quote": quote, "text": text, "category": category, "value": value,
        "unit": unit, "qualifier": qualifier, "attributed_to": attributed_to, "quoted": quoted, "date": date,
        "measures": measures, "keywords": _split(keywords), "related": _split(related),
    }  # fmt: skip
    missing = [key for key in ("source", "quote", *REQUIRED_CLAIM) if not fields[key]]
    if missing and not _interactive():
        options = ", ".join("--" + key.replace("_", "-") for key in missing)
        raise UsageError(f"add needs {options} (on a terminal jpmn asks for them; see 'jpmn add --help')")
    if missing or (claim_id is None and _interactive()):
        loaded = load(path, path)
        if not fields["source"]:
            human.show_choices("sources:", [(sid, s.title) for sid, s in loaded.sources.items()])
            fields["source"] = human.ask_for("source", list(loaded.sources))
        if not fields["quote"]:
            fields["quote"] = human.ask_for("quote (roughly what the source says)")
        span = match_quote(loaded, fields["source"], fields["quote"])
        human.found_quote(span, loaded.sources[fields["source"]].path)
        fields["quote"] = span.text
        if not fields["text"]:
            fields["text"] = human.ask_for("text (one self-contained sentence)")
        if not fields["category"]:
            fields["category"] = human.ask_for("category", list(CATEGORIES))
        if not fields["attributed_to"]:
            fields["attributed_to"] = human.ask_for("attributed to (who says it)")
        if fields["id"] is None:
            fields["id"] = human.ask_for(
                "id", default=suggest_id(fields["text"], {c.id for c in loaded.claims})
            )
    result = add_claim(path, fields, dry_run=dry_run, shown=path, questions=question or ())
    if result.quote is not None and result.source_path and not _interactive():
        human.found_quote(result.quote, result.source_path)
    for warning in result.warnings:
        _say(f"jpmn: {warning}")
    human.added(human.console(), result, path, "claim")


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


@app.command()
def verify(
    ctx: typer.Context,
    statement: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="STATEMENT...",
            help="The sentence to check (several sentences are checked one by one, as with --file).",
        ),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option("--file", "-f", metavar="PATH", help="Check every sentence of a draft ('-' for stdin)."),
    ] = None,
    json_: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print JSON: an object for one sentence, an array for a draft or several sentences.",
        ),
    ] = False,
    jsonl: JsonlOption = False,
    no_pager: PagerOption = False,
    store: StoreOption = None,
) -> None:
    """Check a sentence, or a whole draft, against the store: supported, contradicted, disputed or not found.

    Shows the claims the verdict rests on (figure, who says it, quote, source), and the figures
    that differ side by side. A question ("Is it true that ...?") checks the sentence it is about;
    any other question is for 'jpmn ask'. Exit 0 supported; 1 contradicted, disputed or not found
    (a draft: its worst sentence); 2 error.

    [dim]jpmn verify "13,847 Japanese prisoners of war were held in Mongolia."[/dim]
    [dim]jpmn verify "The state visit lasted eight days." --json[/dim]
    [dim]jpmn verify --file draft.md[/dim]
    """
    from jpmn.core.verdicts import SUPPORTED
    from jpmn.core.verify import Verifier, check_draft, sentences, statement_asked, summary, worst
    from jpmn.output.records import dumps

    output = Output(json_, jsonl, False, None)
    if file is not None and statement:
        raise UsageError("give either a statement or --file, not both (see 'jpmn verify --help')")
    if file is None:
        text = " ".join(statement or [])
        if not any(ch.isalnum() for ch in text):
            example = 'jpmn verify "The state visit lasted eight days."'
            raise UsageError(f"empty statement: e.g. {example} (see 'jpmn verify --help')")
        if len(sentences(text)) == 1:
            asserted = statement_asked(text)
            if asserted is None:
                raise UsageError(
                    f"'{_short(text)}' is a question, not a statement to check: ask it with"
                    " 'jpmn ask', or write the statement (see 'jpmn verify --help')"
                )
            verifier = Verifier(_open(_store(ctx, store)))
            verdict = verifier.verify(asserted)
            if output.format:
                sys.stdout.write(
                    dumps(verdict.to_dict(), indent=2 if output.format == "json" else None) + "\n"
                )
            else:
                from jpmn.output import human

                human.paged(lambda out: human.verdict(out, verdict), not no_pager)
            if verdict.verdict != SUPPORTED:
                raise typer.Exit(NOTHING)
            return
    # a draft, or a statement of several sentences: each is judged alone ("The visit lasted eight
    # days. A court sentenced him." is two facts, not one)
    draft = _read_text(file) if file is not None else text
    what = _short(file) if file is not None else "the statement"
    verifier = Verifier(_open(_store(ctx, store)))
    checked = check_draft(verifier, draft)
    if not checked:
        raise output.nothing(f"no sentence of {what} has a figure, a date or a name the store knows")
    if output.format:
        columns = ("line", "statement", "verdict", "figures", "evidence", "reason")
        output.records([item.to_dict() for item in checked], columns)
    else:
        from jpmn.output import human

        human.paged(lambda out: human.draft_report(out, checked, summary(checked)), not no_pager)
    if worst(item.verdict.verdict for item in checked) != SUPPORTED:
        raise typer.Exit(NOTHING)


def _read_text(path: str) -> str:
    """A draft's text, from a file or stdin ('-'); not UTF-8, unreadable or over MAX_DRAFT_BYTES
    is an error (exit 2). No more than the limit is ever read: ``/dev/zero`` ends, as a pipe or
    ``<(...)`` is read as it comes."""
    from jpmn.core.files import MAX_DRAFT_BYTES, size_shown

    where = "stdin" if path == "-" else path
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(MAX_DRAFT_BYTES + 1)
    except OSError as error:
        raise JpmnError(error.strerror or str(error), path) from None
    if len(data) > MAX_DRAFT_BYTES:
        raise JpmnError(f"a draft is at most {size_shown(MAX_DRAFT_BYTES)}: check it in parts", where)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise JpmnError(f"not UTF-8 text (byte {error.start + 1})", where) from None


def main() -> NoReturn:
    """The ``jpmn`` command."""
    from jpmn.core.files import ends_after_one_command

    ends_after_one_command()
    if sys.stdout is None:  # started with stdout closed (>&-)
        if sys.stderr is not None:
            sys.stderr.write("jpmn: cannot write the output: standard output is closed\n")
        sys.exit(ERROR)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    app()
    sys.exit(FOUND)  # app() exits itself; this satisfies NoReturn
