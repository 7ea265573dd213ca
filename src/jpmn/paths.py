"""Where the shipped store and its seeds are, without importing anything heavy."""

from __future__ import annotations

from pathlib import Path


def package_root() -> Path:
    """The installed package folder (holding data/ and seeds/), or the source checkout's root.

    A plain path check comes first: for a package on the file system it is exactly what
    ``importlib.resources.files`` returns, and importing that module costs more than a lookup.
    """
    here = Path(__file__).resolve().parent
    if (here / "data" / "facts.yaml").is_file():
        return here
    from importlib.resources import files

    packaged = Path(str(files("jpmn")))
    if (packaged / "data" / "facts.yaml").is_file():
        return packaged
    return here.parents[1]


def default_store_path() -> Path:
    return package_root() / "data" / "facts.yaml"
