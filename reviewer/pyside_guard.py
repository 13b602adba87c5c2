"""Work around PySide6 6.12.0 dropping a reference to ``None`` on Python 3.11.

With PySide6/shiboken6 6.12.0 (abi3 wheels) on CPython 3.11, every call of a Qt
method that returns ``void`` (``QWidget.update()``, ``QTextCursor.setPosition()``
...) returns ``None`` without taking a reference to it. ``None`` starts with a
few thousand references, so after a few thousand such calls CPython aborts with
"Fatal Python error: none_dealloc: deallocating None". From Python 3.12 on,
``None`` is immortal (PEP 683) and the bug is harmless; PySide6 6.11 does not
have it.

:func:`immortalize_none` gives ``None`` an effectively endless reference count
on Python < 3.12, which is what 3.12 does by design. It imports no Qt and is
safe to call more than once.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40
_done = False


def immortalize_none() -> None:
    """Make ``None`` survive lost references on Python < 3.12 (no-op after)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += _EXTRA_REFERENCES
    _done = True
