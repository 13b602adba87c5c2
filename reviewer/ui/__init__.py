"""Qt widgets, windows, background tasks, settings and icons."""

from reviewer.pyside_guard import immortalize_none

immortalize_none()  # before any Qt call: PySide6 6.12.0 on Python 3.11 leaks None
