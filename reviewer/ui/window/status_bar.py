"""The status bar: messages, dataset, queue progress, and a loading bar with Cancel."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from reviewer.core.schema import FilingStatus
from reviewer.models.queue_model import QueueModel

logger = logging.getLogger(__name__)

MESSAGE_MSECS = 6000


class ReviewStatusBar(QStatusBar):
    """Shows what the app is doing; Cancel stops loading the asked-for filing."""

    def __init__(self, queue: QueueModel, parent: QWidget | None = None) -> None:
        """Follow ``queue``'s review progress."""
        super().__init__(parent)
        self._queue = queue
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setToolTip("Stop loading this filing (Esc)")
        self.cancel_button.setShortcut("Esc")
        self.counts = QLabel(self)
        self.dataset_label = QLabel(self)
        self.team_label = QLabel(self)
        self.team_label.setObjectName("team_label")
        self.team_label.setVisible(False)
        for widget in (self.team_label, self.dataset_label, self.counts, self.progress):
            self.addPermanentWidget(widget)
        self.addPermanentWidget(self.cancel_button)
        self.set_busy(False)
        queue.dataChanged.connect(self._on_queue_changed)
        queue.rowsInserted.connect(self._on_queue_changed)

    def set_busy(self, busy: bool, name: str = "") -> None:
        """Show or hide the loading bar and its Cancel button."""
        self.progress.setRange(0, 0)  # indeterminate until the loader reports
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.showMessage(f"Loading and extracting {name}…")
        else:
            self.clearMessage()

    @Slot(int, int)
    def set_progress(self, done: int, total: int) -> None:
        """Report (done, total) units of the load."""
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def set_dataset(self, path: str) -> None:
        """Name the dataset reviews are saved into."""
        self.dataset_label.setText(
            f"Dataset: {Path(path).name}"
            if path
            else "No dataset chosen: press Ctrl+Enter to choose one"
        )
        self.dataset_label.setToolTip(path)

    def set_team(self, text: str, warning: bool = False) -> None:
        """Say which team workspace is connected ("": none); ``warning`` in red."""
        self.team_label.setText(text)
        self.team_label.setVisible(bool(text))
        self.team_label.setStyleSheet("color: #cf222e;" if warning else "")

    @Slot(str)
    def show_note(self, message: str) -> None:
        """Show a short message for a few seconds."""
        self.showMessage(message, MESSAGE_MSECS)

    @Slot()
    @Slot(QModelIndex, QModelIndex)
    def _on_queue_changed(self, *_: object) -> None:
        total = self._queue.rowCount()
        done = self._queue.counts()[FilingStatus.REVIEWED]
        self.counts.setText(f"{done} of {total} reviewed" if total else "")
