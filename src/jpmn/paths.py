"""Where the shipped store and its seeds are, without importing anything heavy."""

from __future__ import annotations

import os


def package_root() -> str:
    """The installed package folder (holding data/ and seeds/), or the source checkout's root.

    A plain path check comes first: for a package on the file system it is exactly what
    ``importlib.resources.files`` returns, and importing that module costs more than a lookup.
    """
    here = os.path.dirname(os.path.abspath(__file__))
    if os.path.isfile(os.path.join(here, "data", "facts.yaml")):
        return here
    from importlib.resources import files

    packaged = str(files("jpmn"))
    if os.path.isfile(os.path.join(packaged, "data", "facts.yaml")):
        return packaged
    return os.path.dirname(os.path.dirname(here))


def default_store_path() -> str:
    return os.path.join(package_root(), "data", "facts.yaml")
