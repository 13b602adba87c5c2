"""The team queue dock: the team's filings, their state and who holds each.

Enter or a double-click (the platform's activation) claims a filing and opens
it; one held by someone else is refused with their name. "Open Next" claims
the next filing nobody holds.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reviewer.models.team_queue_model import (
    DOC_ID_ROLE,
    FILING,
    HOLDER,
    STATE,
    TeamQueueModel,
)

logger = logging.getLogger(__name__)


class TeamDock(QDockWidget):
    """A dock listing the team's queue.

    Signals:
        activated(str): the user chose the filing with this doc_id.
        next_requested(): the user asked for the next free filing.
        refresh_requested(): the user asked to read the queue again.
    """

    activated = Signal(str)
    next_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, model: TeamQueueModel, parent: QWidget | None = None) -> None:
        """List ``model``."""
        super().__init__("Team Queue", parent)
        self.setObjectName("team_dock")
        self._model = model
        self.where = QLabel("Not connected", self)
        self.where.setWordWrap(True)
        self.list_view = QTreeView(self)
        self.list_view.setModel(model)
        self.list_view.setRootIsDecorated(False)
        self.list_view.setUniformRowHeights(True)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAccessibleName("Team queue of filings")
        header = self.list_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FILING, QHeaderView.ResizeMode.Stretch)
        for column in (STATE, HOLDER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.next_button = QPushButton("Open &Next", self)
        self.next_button.setToolTip("Claim the next filing nobody holds")
        self.refresh_button = QPushButton("&Refresh", self)
        self.refresh_button.setToolTip("Read the team's queue again (F5)")
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.refresh_button)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.where)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(buttons)
        self.setWidget(box)
        self.list_view.activated.connect(self._on_list_view_activated)
        self.next_button.clicked.connect(self.next_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)

    @Slot(str)
    def set_where(self, text: str) -> None:
        """Say which workspace is listed (and as whom)."""
        self.where.setText(text or "Not connected")

    @Slot(QModelIndex)
    def _on_list_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            doc_id = self._model.data(index.siblingAtColumn(0), DOC_ID_ROLE)
            if isinstance(doc_id, str) and doc_id:
                self.activated.emit(doc_id)
