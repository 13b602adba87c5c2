"""The team workspace's queue, as a Qt table model: filing, state, who holds it.

The rows come from :meth:`reviewer.io.team.TeamWorkspace.queue` (read on a
worker thread); :meth:`TeamQueueModel.set_items` takes a fresh read and changes
only what changed, so a periodic refresh keeps the selection and the scroll.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from reviewer.core.schema import FilingStatus
from reviewer.models.flat_table import FlatTableModel

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILING, STATE, HOLDER = range(3)
HEADERS = ("Filing", "State", "Held by")

_COLORS = {
    FilingStatus.IN_PROGRESS: QColor("#9a6700"),
    "held": QColor("#8250df"),
    "disagreement": QColor("#cf222e"),
    FilingStatus.REVIEWED: QColor("#1a7f37"),
}


@dataclass(frozen=True)
class TeamItem:
    """One filing of the team's queue, as the server listed it."""

    doc_id: str
    name: str
    company: str = ""
    state: str = FilingStatus.NEW
    held_by: str = ""
    reviewers: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> TeamItem:
        """An item from one row of ``TeamWorkspace.queue()``."""
        fallback = FilingStatus.REVIEWED if row.get("reviewed") else FilingStatus.NEW
        return cls(
            doc_id=str(row["doc_id"]),
            name=str(row["name"]),
            company=str(row.get("company") or ""),
            state=str(row.get("state") or fallback),
            held_by=str(row.get("held_by") or ""),
            reviewers=str(row.get("reviewers") or ""),
        )


class TeamQueueModel(FlatTableModel):
    """The team's filings with their state and holder; ``me`` is shown as "you"."""

    titles = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        """Create an empty queue (nothing connected)."""
        super().__init__(parent)
        self._items: list[TeamItem] = []
        self.me = ""

    def row_total(self) -> int:
        """Number of filings."""
        return len(self._items)

    def holder_text(self, item: TeamItem) -> str:
        """Who holds the filing, with this reviewer as "you"."""
        names = [n.strip() for n in item.held_by.split(",") if n.strip()]
        return ", ".join("you" if n == self.me else n for n in names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Company (or file name), state, holder; doc_id, tooltip, colour."""
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STATE:
                return item.state
            if column == HOLDER:
                return self.holder_text(item)
            return item.company or PurePosixPath(item.name).name
        if role == DOC_ID_ROLE:
            return item.doc_id
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.name, f"{item.state} ({item.doc_id})"]
            if item.held_by:
                lines.append(f"being reviewed by {self.holder_text(item)}")
            if item.reviewers:
                lines.append(f"accepted by {item.reviewers}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = _COLORS.get(item.state)
            return QBrush(color) if color is not None else None
        return None

    def set_items(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Show a fresh read of the server's queue, changing only what changed."""
        fresh = [TeamItem.from_row(row) for row in rows]
        if [i.doc_id for i in fresh] == [i.doc_id for i in self._items]:
            for row, (old, new) in enumerate(zip(self._items, fresh, strict=True)):
                if old != new:
                    self._items[row] = new
                    self.dataChanged.emit(self.index(row, 0), self.index(row, HOLDER))
            return
        self.beginResetModel()
        self._items = fresh
        self.endResetModel()

    def clear(self) -> None:
        """Forget every filing (disconnected)."""
        self.set_items([])

    def item(self, row: int) -> TeamItem:
        """The filing at ``row``."""
        return self._items[row]

    def items(self) -> tuple[TeamItem, ...]:
        """Every filing, in the server's order."""
        return tuple(self._items)

    def row_of(self, doc_id: str) -> int:
        """The row of ``doc_id``, or -1."""
        for row, item in enumerate(self._items):
            if item.doc_id == doc_id:
                return row
        return -1
