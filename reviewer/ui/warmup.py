"""Pay the first open's one-time costs before the user opens anything.

The first filing opened in a process used to cost several times what the next
ones cost. Two kinds of work happen only once:

* **On a worker thread** (:func:`warm_up`): importing the loaders and the
  extractor and compiling their ~400 regular expressions, then reading the name
  lists and the decision model on the first extraction. Opening the bundled
  sample filing does all of it.
* **On the GUI thread** (:class:`GuiWarmUp`), once the worker's warm-up is
  over (the two would share the interpreter's lock, and each step would take
  twice as long), in small steps, one per turn of the event loop so that the
  window stays responsive:

  - importing the modules that show a filing (its session and review model, a
    long PDF's preview) and the PDF page pane's module with QtPdf;
  - building the PDF page pane, hidden (otherwise built while the first PDF
    loads, when the worker reading it takes half of the interpreter's time);
  - letting PySide6 initialise the Python types of every ``QWidget``
    subclass. It does so the first time it wraps a plain ``QWidget`` it has not
    seen (a scroll area's viewport), about 60 enum types and 40 ms here;
  - importing ``_strptime`` (dates typed into the roster are checked with it).

Each step is cheap to repeat, so calling them again does no harm.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

logger = logging.getLogger(__name__)

SHOW_MODULES = (
    "reviewer.ui.window.session",
    "reviewer.ui.window.preview",
    "reviewer.models.review_model",
)
"""Imported on the GUI thread when a filing is first shown (Qt classes inside)."""

PAGE_MODULE = "reviewer.ui.pdf.page_view"
"""The PDF page pane's module: importing it loads QtPdf (PDFium included)."""


def warm_up(cancel: threading.Event, progress: Callable[[int, int], None]) -> object:
    """Import the loaders and the extractor and run them once, off the GUI thread.

    The window starts without them; opening the bundled sample filing here (a
    small UTF-8 text) imports and compiles everything a text filing needs, so
    the first filing the user opens costs what the next ones cost. Heavy
    libraries (pandas, pdfplumber, pypdfium2) stay out. A failure is only
    logged: the real open reports its own. Cancelled before it extracts when
    the user opens a filing first (that open does the same work).
    """
    del progress
    if cancel.is_set():
        return None
    import reviewer.core.extraction  # noqa: F401
    from reviewer.core import lazyre
    from reviewer.io import pipeline
    from reviewer.paths import sample_filing

    if cancel.is_set():
        return None
    try:
        pipeline.open_and_extract(sample_filing())
    except Exception:  # noqa: BLE001 - a warm-up is optional
        logger.warning("warming up on the sample filing failed", exc_info=True)
    # the patterns the sample did not need (they compile on first use): now,
    # so that no later open compiles one; stops when a filing is opened
    lazyre.compile_all(cancel.is_set)
    return None


def import_show_modules() -> None:
    """Import what showing a filing imports (the first show need not)."""
    for name in SHOW_MODULES:
        importlib.import_module(name)


def import_page_module() -> None:
    """Import the PDF page pane's module and QtPdf (the pane is not built)."""
    importlib.import_module(PAGE_MODULE)


def build_page_pane(window: QWidget) -> None:
    """Build the window's PDF page pane (hidden until a PDF is shown)."""
    pane = getattr(window, "pane", None)
    if pane is not None:
        _ = pane.page_view


def wrap_viewports(window: QWidget) -> None:
    """Wrap every scroll area's viewport: PySide6 then sets up its widget types."""
    for area in window.findChildren(QAbstractScrollArea):
        area.viewport()


def import_strptime() -> None:
    """Parse one date: imports ``_strptime``, ``calendar`` and ``locale`` once."""
    time.strptime("2020-01-31", "%Y-%m-%d")


class GuiWarmUp(QObject):
    """Run GUI-thread warm-up steps, one per turn of the event loop.

    Signals:
        finished(): every step has run.
    """

    finished = Signal()

    def __init__(
        self, steps: Sequence[Callable[[], None]], parent: QObject | None = None
    ) -> None:
        """Prepare ``steps``; :meth:`start` runs them."""
        super().__init__(parent)
        self._steps = list(steps)
        self._started = False
        self._done = False

    @classmethod
    def for_window(cls, window: QWidget) -> GuiWarmUp:
        """The steps that warm up ``window``'s first open."""
        return cls(
            (
                import_show_modules,
                import_page_module,
                lambda: build_page_pane(window),
                lambda: wrap_viewports(window),
                import_strptime,
            ),
            window,
        )

    @Slot()
    def start(self) -> None:
        """Run the first step on the next turn of the event loop (once)."""
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self, self._on_step_timer_timeout)

    def is_done(self) -> bool:
        """Whether every step has run."""
        return self._done

    @Slot()
    def _on_step_timer_timeout(self) -> None:
        if self._steps:
            step = self._steps.pop(0)
            try:
                step()
            except Exception:  # noqa: BLE001 - a warm-up is optional
                logger.warning("a warm-up step failed", exc_info=True)
        if self._steps:
            QTimer.singleShot(0, self, self._on_step_timer_timeout)
        elif not self._done:
            self._done = True
            self.finished.emit()
