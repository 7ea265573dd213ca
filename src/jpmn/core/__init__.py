"""The core: store, index, search, citations and analysis. It knows nothing about the terminal.

Nothing under ``jpmn.core`` imports typer, rich or the output modules (tests/test_layout.py).
"""
