"""The command line: parse options, call the store/index/search core, hand results to render.

argparse rather than typer/click: a lookup tool is judged by its start-up time, and importing
typer alone takes longer than a whole cached ``jpmn ask`` (see README, Performance).
"""

from __future__ import annotations

import argparse
import os
import sys

from jpmn import __version__
from jpmn.errors import JpmnError

TYPE_CHECKING = False  # typing costs start-up time; mypy reads these imports all the same
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, NoReturn

    from jpmn.core.index import Index

    from .render import Human

EXIT_CODES = """\
exit codes:
  0  found (or: the store is valid)
  1  nothing found (no match, unknown id or category)
  2  error: bad store, bad option or query; one line on stderr: jpmn: path:line:col: message
"""

FOUND, NOTHING, ERROR = 0, 1, 2


class UsageError(JpmnError):
    """A mistake on the command line itself."""


class _Parser(argparse.ArgumentParser):
    """argparse, but its errors are one ``jpmn:`` line and exit 2 like every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


class _Help(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        # An explicit width spares argparse importing shutil (and its compressors) on every run.
        columns = os.environ.get("COLUMNS", "")
        try:
            width = int(columns) if columns.isdigit() else os.get_terminal_size(sys.stdout.fileno()).columns
        except (OSError, ValueError):
            width = 80
        super().__init__(prog, max_help_position=30, width=max(width, 40) - 2)


# --- shared option groups ------------------------------------------------------------------------


def _store_option(parser: argparse.ArgumentParser, default: Any = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--store",
        metavar="PATH",
        default=default,
        help="the store to read (default: $JPMN_STORE, else the shipped store)",
    )


def _output_options(
    parser: argparse.ArgumentParser, fields: bool = True, format_option: bool = False
) -> None:
    group = parser.add_mutually_exclusive_group()
    for fmt, what in (("json", "a JSON array"), ("jsonl", "one JSON object per line"), ("csv", "CSV")):
        group.add_argument(f"--{fmt}", dest="format", action="store_const", const=fmt, help=f"print {what}")
    if format_option:
        group.add_argument("--format", choices=("json", "jsonl", "csv"), help="the same, by name (json)")
    if fields:
        parser.add_argument(
            "--fields",
            metavar="F,...",
            type=_field_list,
            help="only these fields, e.g. id,value,source.outlet (JSON unless --jsonl/--csv)",
        )


def _filter_options(parser: argparse.ArgumentParser, category: bool = True) -> None:
    if category:
        parser.add_argument("--category", metavar="NAME", help="only claims of this category")
    parser.add_argument("--source", metavar="ID|OUTLET", help="only claims from this source or outlet")
    parser.add_argument(
        "--attributed-to", metavar="WHO", help="only claims attributed to WHO (part of the name)"
    )


def _field_list(text: str) -> list[str]:
    fields = [name.strip() for name in text.split(",") if name.strip()]
    if not fields:
        raise argparse.ArgumentTypeError("name at least one field")
    return fields


def _positive(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"'{_shorten(text)}' is not a whole number")
    if len(text) > 100:
        raise argparse.ArgumentTypeError(f"'{_shorten(text)}' is too large")
    value = int(text) if len(text) <= 9 else 10**9  # "as many as there are"
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _shorten(text: str, limit: int = 60) -> str:
    """An argument as echoed in a message: a pasted essay is not repeated in full."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _year(text: str) -> int:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"'{_shorten(text)}' is not a year (YYYY)")
    return int(text)


# --- the parser ------------------------------------------------------------------------------------


COMMANDS = (
    "ask",
    "list",
    "show",
    "sources",
    "export",
    "check",
    "conflicts",
    "timeline",
    "cite",
    "completion",
)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only``, just that command (start-up time is the lookup's)."""
    parser = _Parser(
        prog="jpmn",
        description="Facts about Japan\u2013Mongolia relations, each with who says it and its source.",
        epilog='examples:\n  jpmn ask "POW deaths"\n  jpmn list agreements\n'
        "  jpmn ask \"Japan investment\" --json | jq '.[0].value'\n\n" + EXIT_CODES,
        formatter_class=_Help,
    )
    parser.add_argument("--version", action="version", version=f"jpmn {__version__}")
    _store_option(parser, default=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, summary: str, examples: str) -> argparse.ArgumentParser | None:
        if only is not None and name != only:
            return None
        sub = commands.add_parser(
            name,
            help=summary,
            description=summary,
            epilog="examples:\n" + examples + "\n\n" + EXIT_CODES,
            formatter_class=_Help,
        )
        _store_option(sub)
        return sub

    if ask := command(
        "ask",
        "Answer a question: the best matching claims, with who says it and the source.",
        '  jpmn ask "POW deaths"\n  jpmn ask how many Japanese prisoners of war --limit 3\n'
        "  jpmn ask \"Japan investment\" --json | jq '.[] | {value, unit, attributed_to}'",
    ):
        ask.add_argument("query", nargs="+", metavar="QUERY", help="words of the question (typos are fine)")
        ask.add_argument(
            "-n", "--limit", type=_positive, default=5, metavar="N", help="at most N answers (5)"
        )
        _filter_options(ask)
        _output_options(ask)
        ask.set_defaults(handler=cmd_ask)

    if listing := command(
        "list",
        "List the categories with their claim counts, or the claims of one category.",
        "  jpmn list\n  jpmn list agreements\n  jpmn list defense --json --fields id,text",
    ):
        listing.add_argument(
            "category", nargs="?", metavar="CATEGORY", help="a category (forgiving spelling)"
        )
        _filter_options(listing, category=False)
        _output_options(listing)
        listing.set_defaults(handler=cmd_list)

    if show := command(
        "show",
        "Show one claim in full, its quote in context in the source file, and its linked claims.",
        "  jpmn show pow-deaths-japanese-records\n  jpmn show pow-deaths-japanese-records --json",
    ):
        show.add_argument("claim_id", metavar="ID", help="a claim id (see 'jpmn ask ... --json')")
        show.add_argument("-C", "--context", type=int, default=1, metavar="N", help="source lines around (1)")
        _output_options(show)
        show.set_defaults(handler=cmd_show)

    if sources := command(
        "sources", "List the sources the claims come from.", "  jpmn sources\n  jpmn sources --json"
    ):
        _output_options(sources)
        sources.set_defaults(handler=cmd_sources)

    if export := command(
        "export",
        "Print every claim (with its source expanded) for reviewers and scripts.",
        "  jpmn export --format csv > claims.csv\n  jpmn export --format jsonl --category history",
    ):
        _output_options(export, format_option=True)
        _filter_options(export)
        export.set_defaults(handler=cmd_export)

    if check := command(
        "check",
        "Check a store: structure, ids, references, verbatim quotes; warn on figures that look alike.",
        "  jpmn check\n  jpmn check --store my/facts.yaml",
    ):
        check.set_defaults(handler=cmd_check)

    if conflicts := command(
        "conflicts",
        "Show the groups of claims whose figures disagree, side by side, with the differences.",
        "  jpmn conflicts\n  jpmn conflicts --json",
    ):
        _output_options(conflicts, fields=False)
        conflicts.set_defaults(handler=cmd_conflicts)

    if timeline := command(
        "timeline",
        "The dated claims in order, each with its citation.",
        "  jpmn timeline\n  jpmn timeline --from 2019 --to 2025\n  jpmn timeline --json --fields date,text",
    ):
        timeline.add_argument("--from", dest="start", type=_year, metavar="YEAR", help="from this year on")
        timeline.add_argument("--to", dest="end", type=_year, metavar="YEAR", help="up to this year")
        _filter_options(timeline)
        _output_options(timeline)
        timeline.set_defaults(handler=cmd_timeline)

    if cite := command(
        "cite",
        "A citation of a claim ready to paste: text, markdown, bibtex or csl-json.",
        "  jpmn cite pow-deaths-japanese-records\n  jpmn cite pow-deaths-japanese-records --format bibtex",
    ):
        cite.add_argument("claim_id", metavar="ID", help="a claim id")
        cite.add_argument(
            "--format", choices=("text", "markdown", "bibtex", "csl-json"), default="text", help="(text)"
        )
        cite.set_defaults(handler=cmd_cite)

    if completion := command(
        "completion",
        "Print the shell completion script for bash, zsh or fish.",
        '  eval "$(jpmn completion bash)"\n  jpmn completion fish > ~/.config/fish/completions/jpmn.fish',
    ):
        completion.add_argument("shell", choices=("bash", "zsh", "fish"))
        completion.set_defaults(handler=cmd_completion)
    return parser


# --- running ---------------------------------------------------------------------------------------


def run(argv: list[str] | None = None) -> int:
    """Run one command; every expected failure becomes one ``jpmn:`` line on stderr and exit 2."""
    from .render import stderr_line

    args_list = sys.argv[1:] if argv is None else argv
    try:
        if args_list[:1] == ["__complete"]:
            from .completion import complete

            return complete(args_list[1:], _open_index_quietly)
        only = args_list[0] if args_list and args_list[0] in COMMANDS else None
        parser = build_parser(only)
        args = parser.parse_args(args_list)
        if args.command is None:
            raise UsageError(f"name a command: {', '.join(COMMANDS)} (see 'jpmn --help')")
        result: int = args.handler(args)
        sys.stdout.flush()
        return result
    except JpmnError as error:
        stderr_line(f"jpmn: {error}")
        return ERROR
    except BrokenPipeError:
        # The reader (head, less) has gone: stop quietly, and keep Python from complaining at exit.
        _silence_stdout()
        return FOUND
    except OSError as error:  # stdout is full or gone: say so once, not again at exit
        _silence_stdout()
        stderr_line(f"jpmn: cannot write the output: {error.strerror or error}")
        return ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: still one line, not a traceback, unless asked for
        if os.environ.get("JPMN_DEBUG"):
            raise
        stderr_line(f"jpmn: internal error: {type(error).__name__}: {error} (JPMN_DEBUG=1 shows more)")
        return ERROR


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        sys.stdout = None


def main() -> NoReturn:
    if sys.stdout is None:  # started with stdout closed (>&-)
        if sys.stderr is not None:
            sys.stderr.write("jpmn: cannot write the output: standard output is closed\n")
        sys.exit(ERROR)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    sys.exit(run())


def store_location(args: argparse.Namespace) -> tuple[str, str]:
    """--store wins over $JPMN_STORE, which wins over the shipped store: (path, path as shown)."""
    given = getattr(args, "store", None)
    if given == "":
        raise UsageError("--store needs a path")
    given = given or os.environ.get("JPMN_STORE")  # an empty variable counts as unset
    if given:
        return given, given
    from jpmn.core.locations import default_store_path

    path = default_store_path()
    return path, path


def open_index(args: argparse.Namespace) -> Index:
    from jpmn.core.index import Index

    path, shown = store_location(args)
    return Index.open(path, shown)


def _open_index_quietly(store: str | None) -> Index | None:
    try:
        return open_index(argparse.Namespace(store=store))
    except JpmnError:
        return None


def _output(args: argparse.Namespace) -> str | None:
    """The machine format asked for; naming --fields alone asks for JSON."""
    fmt: str | None = getattr(args, "format", None)
    if fmt is None and getattr(args, "fields", None):
        return "json"
    return fmt


def _filters(index: Index, args: argparse.Namespace) -> Any:
    """A predicate on claim numbers for --category/--source/--attributed-to, or None."""
    category = getattr(args, "category", None)
    if category is not None:
        category = _category(index, category)
        if category is None:
            raise _NothingFound()
    from jpmn.core.search import claim_filter

    return claim_filter(index, category, getattr(args, "source", None), getattr(args, "attributed_to", None))


class _NothingFound(Exception):
    """The message is already on stderr; exit 1."""


def _category(index: Index, name: str) -> str | None:
    from jpmn.core.search import resolve_category

    from .render import stderr_line

    categories = index.categories()
    resolved = resolve_category(name, list(categories))
    if resolved is None:
        stderr_line(f"jpmn: no category '{_shorten(name)}'; categories: {', '.join(categories)}")
    return resolved


def _write(
    args: argparse.Namespace, records: list[dict[str, Any]], columns: tuple[str, ...] | None = None
) -> None:
    """Records in the format asked for (JSON by default), limited to --fields if given."""
    from .render import CLAIM_FIELDS, check_fields, write_records

    columns = columns or CLAIM_FIELDS
    fields = getattr(args, "fields", None)
    check_fields(fields, columns)
    write_records(records, _output(args) or "json", sys.stdout, fields, columns)


def _emit(
    args: argparse.Namespace,
    records: list[dict[str, Any]],
    for_people: Callable[[Human], None],
    columns: tuple[str, ...] | None = None,
) -> int:
    """Records for a program (--json/--jsonl/--csv) or for people; exit 1 when there are none."""
    from .render import Human

    if not records:
        return _nothing(args)
    if _output(args):
        _write(args, records, columns)
    else:
        for_people(Human(sys.stdout))
    return FOUND


def _nothing(args: argparse.Namespace) -> int:
    if _output(args) == "json":
        sys.stdout.write("[]\n")
    return NOTHING


def _selected(index: Index, args: argparse.Namespace) -> list[dict[str, Any]]:
    """The claims passing --category/--source/--attributed-to, in store order."""
    keep = _filters(index, args)
    return [claim for number, claim in index.numbered_claims() if keep is None or keep(number)]


def _claim(index: Index, claim_id: str) -> dict[str, Any] | None:
    """The claim with this id, or None after saying so and naming the closest ids."""
    from jpmn.core.search import suggest

    from .render import stderr_line

    claim = index.claim(claim_id)
    if claim is None:
        close = suggest(claim_id, index.claim_ids())
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        stderr_line(f"jpmn: no claim '{_shorten(claim_id)}'{hint}")
    return claim


# --- commands --------------------------------------------------------------------------------------


def cmd_ask(args: argparse.Namespace) -> int:
    from jpmn.core.search import search

    from .render import HIT_FIELDS, hit_record, stderr_line

    query = " ".join(args.query)
    if not any(ch.isalnum() for ch in query):
        raise UsageError('empty query: ask with words, e.g. jpmn ask "POW deaths"')
    index = open_index(args)
    try:
        keep = _filters(index, args)
    except _NothingFound:
        return _nothing(args)
    hits = search(index, query, args.limit, keep)
    if not hits:
        stderr_line(f'no match for "{_shorten(query, 80)}"')
        return _nothing(args)
    return _emit(args, [hit_record(hit) for hit in hits], lambda human: human.hits(hits), HIT_FIELDS)


def cmd_list(args: argparse.Namespace) -> int:
    index = open_index(args)
    if args.category is None:
        from jpmn.core.store.vocabulary import CATEGORIES

        rows: list[dict[str, Any]] = [
            {"category": name, "claims": count, "description": CATEGORIES.get(name)}
            for name, count in index.categories().items()
        ]
        return _emit(
            args,
            rows,
            lambda human: human.table(
                [[row["category"], str(row["claims"]), row["description"] or ""] for row in rows],
                ["CATEGORY", "CLAIMS", "ABOUT"],
            ),
            ("category", "claims", "description"),
        )
    try:
        claims = _selected(index, args)
    except _NothingFound:
        return _nothing(args)
    return _emit(args, claims, lambda human: human.claims(claims))


def cmd_show(args: argparse.Namespace) -> int:
    index = open_index(args)
    claim = _claim(index, args.claim_id)
    if claim is None:
        return NOTHING
    context = [] if _output(args) else index.source_lines(claim, max(args.context, 0))
    linked = {
        key: [c for c in (index.claim(other) for other in claim[key]) if c is not None]
        for key in ("conflicts_with", "related")
    }
    return _emit(args, [claim], lambda human: human.show(claim, context, linked))


def cmd_sources(args: argparse.Namespace) -> int:
    from .render import SOURCE_FIELDS

    index = open_index(args)
    counts = index.source_counts()
    records = [{**source, "claims": counts.get(sid, 0)} for sid, source in index.sources().items()]
    return _emit(args, records, lambda human: human.sources(records), SOURCE_FIELDS)


def cmd_export(args: argparse.Namespace) -> int:
    args.format = args.format or "json"  # export is for programs: JSON unless told otherwise
    index = open_index(args)
    try:
        claims = _selected(index, args)
    except _NothingFound:
        return _nothing(args)
    return _emit(args, claims, lambda human: None)


def cmd_check(args: argparse.Namespace) -> int:
    from jpmn.core.store import loader as store_module

    from .render import stderr_line

    path, shown = store_location(args)
    try:
        store, problems = store_module.check(path, shown)
    except JpmnError as unreadable:
        store, problems = None, [unreadable]
    if problems:
        for problem in problems:
            stderr_line(str(problem))
        stderr_line(f"jpmn: {len(problems)} problem{'s' if len(problems) != 1 else ''} in {shown}")
        return ERROR
    assert store is not None
    for warning in store.warnings:
        stderr_line(f"jpmn: {warning}")
    sys.stdout.write(
        f"{len(store.claims)} claims, {len(store.sources)} sources, all quotes found in their sources\n"
    )
    return FOUND


def cmd_conflicts(args: argparse.Namespace) -> int:
    from jpmn.core.analysis import conflict_groups

    groups = conflict_groups(list(open_index(args).claims()))
    if groups and _output(args):
        from .render import write_plain

        write_plain(groups, _output(args) or "json", sys.stdout)
        return FOUND
    return _emit(args, groups, lambda human: human.conflicts(groups))


def cmd_timeline(args: argparse.Namespace) -> int:
    from jpmn.core.analysis import timeline

    if args.start and args.end and args.start > args.end:
        raise UsageError(f"--from {args.start} is after --to {args.end}")
    index = open_index(args)
    try:
        entries = timeline(_selected(index, args), args.start, args.end)
    except _NothingFound:
        return _nothing(args)
    return _emit(args, entries, lambda human: human.timeline(entries))


def cmd_cite(args: argparse.Namespace) -> int:
    from jpmn.core.citation import cite

    from .render import write_text

    claim = _claim(open_index(args), args.claim_id)
    if claim is None:
        return NOTHING
    write_text(cite(claim, args.format), sys.stdout)
    return FOUND


def cmd_completion(args: argparse.Namespace) -> int:
    from .completion import script

    sys.stdout.write(script(args.shell))
    return FOUND
