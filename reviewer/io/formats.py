"""The file types the app opens: names only, so the window can list them cheaply.

Kept apart from :mod:`reviewer.io.loaders` (which imports every loader) so that
the window's start-up, its file dialogs and the queue can name the supported
types without importing a loader before the first filing is opened.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SUPPORTED_SUFFIXES = {
    ".pdf": "PDF",
    ".txt": "text",
    ".text": "text",
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".htm": "HTML",
    ".html": "HTML",
    ".xhtml": "HTML",
}
"""File name endings the app opens, with the kind each one names."""

FILE_PATTERNS = tuple(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
"""Glob patterns of the supported files, e.g. for a file dialog's filter."""

SUPPORTED_DESCRIPTION = "PDF (.pdf), text (.txt), Markdown (.md), HTML (.htm, .html)"


def files_in(paths: Iterable[Path], *, recursive: bool) -> list[Path]:
    """The paths, each folder replaced by its files (sorted; nested too if asked)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = path.rglob("*") if recursive else path.iterdir()
            found += sorted(p for p in inside if p.is_file())
        else:
            found.append(path)
    return found
