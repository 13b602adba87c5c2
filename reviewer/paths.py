"""Where the application's bundled resources live (checkout, wheel or bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the resources folder.

    Three cases, as in git-cola's ``resources.py``: a PyInstaller bundle
    (``sys._MEIPASS/resources``), an installed wheel (``reviewer/resources``), and
    a source checkout (``<repo>/resources``).
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    installed = _PACKAGE / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    """Return a path inside the resources folder, refusing to leave it."""
    if any(part.startswith("/") or ".." in Path(part).parts for part in parts):
        raise ValueError(f"resource names must be relative: {parts!r}")
    return resources_dir().joinpath(*parts)


def sample_filing() -> Path:
    """The founding example, bundled as a text filing."""
    return resource("samples", "seed-21vianet.txt")
