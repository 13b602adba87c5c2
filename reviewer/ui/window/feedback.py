"""What the window tells the user while the navigator works: progress, saves, errors."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot

from reviewer.ui.context import AppContext
from reviewer.ui.window.navigator import OPEN, Navigator
from reviewer.ui.window.review_pane import ReviewPane
from reviewer.ui.window.review_saver import ReviewSaver
from reviewer.ui.window.status_bar import ReviewStatusBar

logger = logging.getLogger(__name__)

QUEUE_DONE = "That was the last filing in the queue."


class NavigatorFeedback(QObject):
    """Shows the navigator's work in the status bar and its failures in dialogs.

    Args:
        context: the app's runner (load progress) and dialogs.
        navigator: whose signals are shown.
        saver: whose saves are shown.
        status: the window's status bar (busy state, progress, notes, Cancel).
        pane: the review pane, whose page view is built while a first PDF loads.
        parent: the owner (the window).
    """

    def __init__(
        self,
        context: AppContext,
        navigator: Navigator,
        saver: ReviewSaver,
        status: ReviewStatusBar,
        pane: ReviewPane,
        parent: QObject,
    ) -> None:
        """Connect the navigator's and the runner's signals."""
        super().__init__(parent)
        self._dialogs = context.dialogs
        self._status = status
        self._pane = pane
        self._autosave_warned = False
        self._saving = False  # a save started and has not reported yet
        self._queue_done = False  # the end of the queue is to be said with the save
        navigator.waiting_changed.connect(self._on_navigator_waiting_changed)
        context.runner.progressed.connect(self._on_runner_progressed)
        status.cancel_button.clicked.connect(navigator.cancel)
        navigator.preview_shown.connect(status.showMessage)
        navigator.load_failed.connect(self._on_navigator_load_failed)
        saver.saving.connect(self._on_navigator_saving)
        saver.save_failed.connect(self._on_navigator_save_failed)
        saver.save_declined.connect(status.show_note)
        saver.saved.connect(self._on_navigator_saved)
        saver.autosave_failed.connect(self._on_navigator_autosave_failed)
        navigator.queue_finished.connect(self._on_navigator_queue_finished)

    @Slot(str)
    def _on_navigator_waiting_changed(self, path: str) -> None:
        self._status.set_busy(bool(path), Path(path).name)
        if path.lower().endswith(".pdf") and not self._pane.has_page_view():
            # The first PDF: build the page pane while it loads in the
            # background (after the loader started), not when it is shown.
            QTimer.singleShot(0, self._on_page_pane_timer_timeout)

    @Slot()
    def _on_page_pane_timer_timeout(self) -> None:
        _ = self._pane.page_view

    @Slot(str, int, int)
    def _on_runner_progressed(self, channel: str, done: int, total: int) -> None:
        if channel == OPEN:
            self._status.set_progress(done, total)

    @Slot(str, str)
    def _on_navigator_load_failed(self, path: str, message: str) -> None:
        self._dialogs.error(f"Cannot open {Path(path).name}", message)

    @Slot(str)
    def _on_navigator_saving(self, path: str) -> None:
        self._saving = True
        self._status.show_note(f"Saving into {path}…")

    @Slot(str)
    def _on_navigator_save_failed(self, message: str) -> None:
        self._saving = self._queue_done = False
        self._status.show_note("Not saved: the dataset was left as is.")
        self._dialogs.error("Cannot save the review", message)

    @Slot(str)
    def _on_navigator_saved(self, path: str) -> None:
        self._saving = False
        note = f"Saved into {path}."
        if self._queue_done:  # said just before the save finished: say it again
            self._queue_done = False
            note += f" {QUEUE_DONE}"
        self._status.show_note(note)

    @Slot(str)
    def _on_navigator_autosave_failed(self, message: str) -> None:
        self._status.show_note(f"Autosave failed: {message}")
        if not self._autosave_warned:  # once: a dialog per keystroke would nag
            self._autosave_warned = True
            self._dialogs.error(
                "Autosave is not working",
                f"{message}\n\nYour edits are still in the window, but they would "
                "be lost if the app stopped now. Save them into the dataset "
                "(Ctrl+E) or choose a dataset in a folder you can write to "
                "(File › Choose Dataset…).",
            )

    @Slot()
    def _on_navigator_queue_finished(self) -> None:
        self._queue_done = self._saving  # a save still running would hide this
        self._status.show_note(QUEUE_DONE)
