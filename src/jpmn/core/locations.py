"""Where things are found: the shipped store and its seeds, the store a command reads, the cache.

One place for every path decision, so the store a command reads and the cache it keeps for it
can never disagree between commands.
"""

from __future__ import annotations

import os

import jpmn
from jpmn.errors import UsageError


def package_root() -> str:
    """The folder holding the shipped ``data/facts.yaml`` and ``seeds/``.

    An installed wheel carries both inside the package; a source checkout has them at its root.
    """
    # The package's own folder (importlib.resources would say the same, after importing pathlib and
    # more: tens of milliseconds on every run, which is most of a cached lookup).
    package = os.path.dirname(os.path.abspath(jpmn.__file__))
    checkout = os.path.dirname(os.path.dirname(package))  # src/jpmn -> the project folder
    for folder in (package, checkout):
        if os.path.isfile(os.path.join(folder, "data", "facts.yaml")):
            return folder
    return package


def default_store_path() -> str:
    return os.path.join(package_root(), "data", "facts.yaml")


def store_path(given: str | None) -> str:
    """``--store`` wins over ``$JPMN_STORE``, which wins over the shipped store."""
    if given == "":
        raise UsageError("--store needs a path")
    given = given or os.environ.get("JPMN_STORE")  # an empty variable counts as unset
    return given or default_store_path()


def cache_dir() -> str | None:
    """``$JPMN_CACHE_DIR``, else the XDG cache directory; None when caching is turned off."""
    if os.environ.get("JPMN_NO_CACHE"):
        return None
    explicit = os.environ.get("JPMN_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "jpmn")
