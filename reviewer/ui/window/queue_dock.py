"""The queue dock: every filing to review, with its company, rows and state.

Enter or a click opens a filing. The header sorts (by company, rows or state);
the box above filters by state. Rows are talked about in queue-model rows, not
in the sorted view's.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.schema import FilingStatus
from reviewer.models.queue_model import (
    FILING,
    ROWS,
    SORT_ROLE,
    STATE,
    STATUS_ROLE,
    QueueModel,
)

logger = logging.getLogger(__name__)

ALL_STATES = "All filings"


class QueueDock(QDockWidget):
    """A dock listing the queue, sortable and filtered by state.

    Signals:
        activated(int): the user chose the filing at this queue row.
    """

    activated = Signal(int)

    def __init__(self, queue: QueueModel, parent: QWidget | None = None) -> None:
        """List ``queue``."""
        super().__init__("Queue", parent)
        self.setObjectName("queue_dock")
        self._queue = queue
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(queue)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(STATUS_ROLE)
        self.proxy.setFilterKeyColumn(FILING)
        self.state_filter = QComboBox(self)
        self.state_filter.setAccessibleName("Show filings in this state")
        self.state_filter.addItem(ALL_STATES, "")
        for status in FilingStatus:
            self.state_filter.addItem(str(status).capitalize(), str(status))
        self.state_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.list_view = QTreeView(self)
        self.list_view.setModel(self.proxy)
        self.list_view.setRootIsDecorated(False)
        self.list_view.setUniformRowHeights(True)  # a thousand filings list at once
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # queue order
        self.list_view.setAccessibleName("Queue of filings")
        header = self.list_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FILING, QHeaderView.ResizeMode.Stretch)
        for column in (ROWS, STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.state_filter)
        layout.addWidget(self.list_view, 1)
        self.setWidget(box)
        self.list_view.activated.connect(self._on_list_activated)
        self.list_view.clicked.connect(self._on_list_activated)

    def shown_rows(self) -> list[int]:
        """The queue rows listed, top to bottom (after sorting and filtering)."""
        return [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        status = str(self.state_filter.currentData() or "")
        pattern = f"^{status}$" if status else ""
        self.proxy.setFilterRegularExpression(pattern)

    @Slot(int)
    def select_row(self, row: int) -> None:
        """Highlight the shown filing without opening anything."""
        if 0 <= row < self._queue.rowCount():
            index = self.proxy.mapFromSource(self._queue.index(row, 0))
            if not index.isValid():
                return  # filtered out
            self.list_view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list_view.scrollTo(index)

    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(self.proxy.mapToSource(index).row())
