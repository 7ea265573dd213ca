"""Shell completion: small scripts for bash, zsh and fish that ask ``jpmn __complete`` for words.

The candidates come from the same argparse parser that runs the commands (subcommands, options,
choices) and from the store itself (categories, claim ids), so completion never falls out of date.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jpmn.core.index import Index

SCRIPTS = {
    "bash": """\
# jpmn completion for bash: eval "$(jpmn completion bash)"
_jpmn_complete() {
    local IFS=$'\\n'
    COMPREPLY=($(jpmn __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _jpmn_complete jpmn
""",
    "zsh": """\
#compdef jpmn
# jpmn completion for zsh: eval "$(jpmn completion zsh)"
_jpmn() {
    local -a candidates
    candidates=(${(f)"$(jpmn __complete "${(@)words[2,CURRENT]}" 2>/dev/null)"})
    if (( ${#candidates} )); then compadd -a candidates; else _files; fi
}
if (( $+functions[compdef] )); then compdef _jpmn jpmn; fi
""",
    "fish": """\
# jpmn completion for fish: jpmn completion fish > ~/.config/fish/completions/jpmn.fish
complete -c jpmn -f -a '(jpmn __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
""",
}

DYNAMIC_OPTIONS = {"--category": "categories", "--source": "sources"}
DYNAMIC_POSITIONALS = {"list": "categories", "show": "ids", "cite": "ids"}


def script(shell: str) -> str:
    return SCRIPTS[shell]


def complete(words: list[str], open_index: Callable[[str | None], Index | None]) -> int:
    """Print the completions of the last word, given the words before it (one per line)."""
    from .cli import build_parser

    current = words[-1] if words else ""
    before = words[:-1]
    parser = build_parser()
    commands = _subcommands(parser)
    command = next((word for word in before if word in commands), None)
    active = commands[command] if command else parser
    previous = before[-1] if before else ""
    store = _store_argument(before)

    candidates: list[str] = []
    action = _option_action(active, previous)
    if action is not None and action.nargs != 0:
        if action.choices:
            candidates = [str(choice) for choice in action.choices]
        elif previous in DYNAMIC_OPTIONS:
            candidates = _dynamic(DYNAMIC_OPTIONS[previous], store, open_index)
    elif current.startswith("-"):
        candidates = [option for a in active._actions for option in a.option_strings]
    elif command is None:
        candidates = list(commands)
    elif command in DYNAMIC_POSITIONALS and not _has_positional(before, command, active):
        candidates = _dynamic(DYNAMIC_POSITIONALS[command], store, open_index)
    elif command == "completion":
        candidates = list(SCRIPTS)
    for candidate in sorted(set(candidates)):
        if candidate.startswith(current):
            sys.stdout.write(candidate + "\n")
    return 0


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _option_action(parser: argparse.ArgumentParser, option: str) -> argparse.Action | None:
    for action in parser._actions:
        if option in action.option_strings:
            return action
    return None


def _store_argument(words: list[str]) -> str | None:
    for position, word in enumerate(words[:-1]):
        if word == "--store":
            return words[position + 1]
    return os.environ.get("JPMN_STORE")


def _has_positional(words: list[str], command: str, parser: argparse.ArgumentParser) -> bool:
    after = words[words.index(command) + 1 :]
    skip = False
    for word in after:
        if skip:
            skip = False
            continue
        if word.startswith("-"):
            action = _option_action(parser, word)
            skip = action is not None and action.nargs != 0
            continue
        return True
    return False


def _dynamic(kind: str, store: str | None, open_index: Callable[[str | None], Index | None]) -> list[str]:
    index = open_index(store)
    if index is None:
        return []
    if kind == "categories":
        return list(index.categories())
    if kind == "sources":
        return list(index.sources())
    return index.claim_ids()
