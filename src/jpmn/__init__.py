"""jpmn: a curated, attributed fact store about Japan-Mongolia relations, and a CLI to query it."""

__version__ = "0.1.0"
