"""Work around PySide6 6.12.0 dropping references to ``None`` and ``True``.

With PySide6/shiboken6 6.12.0 (abi3 wheels) on CPython 3.11:

- every call of a Qt method that returns ``void`` (``QWidget.update()``,
  ``QTextCursor.setPosition()``...) returns ``None`` without taking a reference;
- every Python-side ``SignalInstance.emit()`` returns ``True`` the same way.

Those objects start with a few thousand references, so after a few thousand calls
CPython aborts with "Fatal Python error: none_dealloc" (or "bool_dealloc"). From
Python 3.12 on these singletons are immortal (PEP 683) and the bug is harmless;
PySide6 6.11.3 does not have it.

:func:`immortalize_singletons` gives ``None``, ``True`` and ``False`` an
effectively endless reference count on Python < 3.12, as 3.12 does by design.
The count is raised in place, not by holding references in a list, which would
hand the deficit back when the list is freed at exit. It imports no Qt and is
safe to call more than once.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40
_done = False


def immortalize_singletons() -> None:
    """Make None, True and False survive lost references (no-op on 3.12+)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        # CPython < 3.12 object header: ob_refcnt is the first Py_ssize_t.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA_REFERENCES
    _done = True
