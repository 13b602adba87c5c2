"""The queue dock: every filing to review, with its status; Enter or click opens."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QListView, QWidget

from reviewer.models.queue_model import QueueModel

logger = logging.getLogger(__name__)


class QueueDock(QDockWidget):
    """A dock listing the queue.

    Signals:
        activated(int): the user chose the filing at this queue row.
    """

    activated = Signal(int)

    def __init__(self, queue: QueueModel, parent: QWidget | None = None) -> None:
        """List ``queue``."""
        super().__init__("Queue", parent)
        self.setObjectName("queue_dock")
        self.list_view = QListView(self)
        self.list_view.setModel(queue)
        self.list_view.setUniformItemSizes(True)  # a thousand filings list at once
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAccessibleName("Queue of filings")
        self.setWidget(self.list_view)
        self.list_view.activated.connect(self._on_list_activated)
        self.list_view.clicked.connect(self._on_list_activated)

    @Slot(int)
    def select_row(self, row: int) -> None:
        """Highlight the shown filing without opening anything."""
        model = self.list_view.model()
        if 0 <= row < model.rowCount():
            index = model.index(row, 0)
            self.list_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list_view.scrollTo(index)

    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(index.row())
