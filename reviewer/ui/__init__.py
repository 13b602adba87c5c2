"""Qt widgets, windows, background tasks, settings and icons."""
