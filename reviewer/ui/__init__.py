"""Qt widgets, windows, background tasks, settings and icons."""

from reviewer.pyside_guard import immortalize_singletons

immortalize_singletons()  # PySide6 6.12.0 on Python 3.11 leaks None and True
