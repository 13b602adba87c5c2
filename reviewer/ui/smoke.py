"""A hidden switch for smoke tests: quit the app shortly after it starts.

``REVIEWER_SMOKE_EXIT_MS=3000 reviewer sample.txt`` shows the window, then quits
cleanly after three seconds, so a packaged build can be run unattended (with
``QT_QPA_PLATFORM=offscreen``) and its exit code checked.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QTimer

logger = logging.getLogger(__name__)

ENV_VAR = "REVIEWER_SMOKE_EXIT_MS"


def smoke_exit_ms(environ: dict[str, str] | None = None) -> int | None:
    """The delay asked for by ``REVIEWER_SMOKE_EXIT_MS``, or None when unset."""
    raw = (os.environ if environ is None else environ).get(ENV_VAR, "").strip()
    if not raw:
        return None
    try:
        delay = int(raw)
    except ValueError:
        logger.warning("ignoring %s=%r: not a whole number of ms", ENV_VAR, raw)
        return None
    if delay < 0:
        logger.warning("ignoring %s=%r: negative", ENV_VAR, raw)
        return None
    return delay


def install_smoke_exit(app: QCoreApplication) -> int | None:
    """Quit ``app`` after the delay in ``REVIEWER_SMOKE_EXIT_MS``, if it is set.

    Call it before ``app.exec()``. Returns the delay in ms, or None when the
    variable is unset or invalid (then nothing is scheduled).
    """
    delay = smoke_exit_ms()
    if delay is None:
        return None
    logger.info("smoke test: quitting after %d ms", delay)
    QTimer.singleShot(delay, app, app.quit)
    return delay
