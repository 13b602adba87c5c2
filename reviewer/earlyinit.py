"""Checks that run before the window's first Qt import, as qutebrowser's earlyinit.

:func:`qt_problem` says, in a sentence a user can act on, when the installed Qt or
PySide6 is older than the app supports; :func:`reviewer.app.main` prints it and
exits with :data:`EXIT_UNSUPPORTED` instead of failing later with a traceback.
This module imports no Qt at import time.
"""

from __future__ import annotations

import re

# The oldest PySide6 (and the Qt it wraps) the app supports: pyproject.toml's
# ``pyside6-essentials>=6.7`` (tests/test_earlyinit.py keeps the two in step).
MIN_PYSIDE = (6, 7)
MIN_QT = (6, 7)
EXIT_UNSUPPORTED = 3


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
