"""Where the shipped store and its seeds are, without importing anything heavy."""

from __future__ import annotations

import os


def package_root() -> str:
    """The installed package folder (holding data/ and seeds/), or the source checkout's root.

    A plain path check comes first: for a package on the file system it is exactly what
    ``importlib.resources.files`` returns, and importing that module costs more than a lookup.
    """
    here = os.path.dirname(os.path.abspath(__file__))
    checkout = os.path.dirname(os.path.dirname(here))  # src/jpmn -> the project folder
    for folder in (here, checkout):
        if os.path.isfile(os.path.join(folder, "data", "facts.yaml")):
            return folder
    from importlib.resources import files

    return str(files("jpmn"))


def default_store_path() -> str:
    return os.path.join(package_root(), "data", "facts.yaml")
