"""Entry script of the PyInstaller bundle: the same ``main`` as the ``reviewer`` script.

A windowed (no-console) build on Windows starts with ``sys.stdout`` and
``sys.stderr`` set to None; point them at the null device so ``--version``, the
CLI and logging do not crash there.
"""

from __future__ import annotations

import os
import sys

if sys.stdout is None or sys.stderr is None:  # pragma: no cover - windowed builds
    _null = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.stdout = sys.stdout or _null
    sys.stderr = sys.stderr or _null

import multiprocessing  # noqa: E402

from reviewer.cli import main  # noqa: E402

if __name__ == "__main__":
    # `reviewer extract --jobs/--timeout` starts worker processes; a frozen
    # bundle must let them run the worker code instead of the app (Windows, macOS).
    multiprocessing.freeze_support()
    raise SystemExit(main())
