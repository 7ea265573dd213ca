"""The curated store: YAML read with positions, validated into claims and sources, and checked."""

from jpmn.core.quotes import SourceText
from jpmn.core.store.loader import Claim, Source, Store, check, load, resolve_source_file

__all__ = ["Claim", "Source", "SourceText", "Store", "check", "load", "resolve_source_file"]
