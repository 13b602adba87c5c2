"""Checks that run before the window's first Qt import, as qutebrowser's earlyinit.

:func:`qt_problem` says, in a sentence a user can act on, when the installed Qt or
PySide6 is older than the app supports; :func:`reviewer.app.main` prints it and
exits with :data:`EXIT_UNSUPPORTED` instead of failing later with a traceback.
:func:`display_problem` does the same for a Linux session with no display, where
Qt would abort the process (exit :data:`EXIT_NO_DISPLAY`).
This module imports no Qt at import time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# The oldest PySide6 (and the Qt it wraps) the app supports: pyproject.toml's
# ``pyside6-essentials>=6.7`` (tests/test_earlyinit.py keeps the two in step).
MIN_PYSIDE = (6, 7)
MIN_QT = (6, 7)
EXIT_UNSUPPORTED = 3
EXIT_NO_DISPLAY = 4


def version_tuple(text: str) -> tuple[int, ...]:
    """``"6.12.0"`` -> ``(6, 12, 0)``; leading numbers only (``"6.8.0a1"`` -> 6.8.0)."""
    parts = []
    for piece in text.strip().split("."):
        match = re.match(r"\d+", piece)
        if match is None:
            break
        parts.append(int(match.group()))
        if match.end() < len(piece):
            break
    return tuple(parts)


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(map(str, version))


def unsupported(pyside: str, qt: str) -> str | None:
    """Why PySide6 ``pyside`` on Qt ``qt`` cannot run the app, or None when it can."""
    found = []
    if version_tuple(pyside) < MIN_PYSIDE:
        found.append(f"PySide6 {pyside} (needs {_dotted(MIN_PYSIDE)} or newer)")
    if version_tuple(qt) < MIN_QT:
        found.append(f"Qt {qt} (needs {_dotted(MIN_QT)} or newer)")
    if not found:
        return None
    return (
        "reviewer: this installation has "
        + " and ".join(found)
        + "; upgrade it with: python -m pip install --upgrade 'pyside6-essentials>="
        + _dotted(MIN_PYSIDE)
        + "'"
    )


def qt_problem() -> str | None:
    """Check the installed PySide6 and Qt; a message for the user, or None if fine."""
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:
        return (
            f"reviewer: PySide6 cannot be imported ({exc}); install it with: "
            f"python -m pip install 'pyside6-essentials>={_dotted(MIN_PYSIDE)}'"
        )
    return unsupported(str(PySide6.__version__), str(QtCore.qVersion()))


def display_problem(environ: Mapping[str, str], platform: str) -> str | None:
    """Why the window cannot open here (a Linux session without a display), or None.

    Qt picks X11 or Wayland on Linux unless ``QT_QPA_PLATFORM`` names another
    backend (``offscreen``, ``vnc``...); with neither ``DISPLAY`` nor
    ``WAYLAND_DISPLAY`` set it aborts the process with a core dump.
    """
    if not platform.startswith("linux"):
        return None
    backend = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip()
    if backend and backend not in ("xcb", "wayland", "wayland-egl"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "reviewer: no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
        "are not set). Run it in a desktop session, or on a server under a virtual "
        "screen: xvfb-run -a reviewer FILE. The command-line tools (reviewer "
        "extract, evaluate, train, workspace) need no display."
    )
