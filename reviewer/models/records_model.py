"""Dataset rows as an editable Qt table: one review in the adjudication view.

The rows are dicts with the dataset's column names (what ``TeamWorkspace``
stores as a review); a few columns are shown and edited, the others ride along
unchanged. Rows marked as *disputed* (the other review does not hold them) are
tinted.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from reviewer.models.flat_table import FlatTableModel

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    ("person", "Person"),
    ("change_type", "Change"),
    ("role", "Role"),
    ("effective_date", "Effective date"),
    ("independent", "Independent"),
    ("committees", "Committees"),
    ("evidence", "Evidence"),
)
DISPUTED = QColor("#fff1cc")


class RecordsModel(FlatTableModel):
    """One review's dataset rows; editable, with the disputed rows tinted."""

    titles = tuple(title for _, title in COLUMNS)
    numbered_rows = True

    def __init__(
        self,
        records: Sequence[Mapping[str, str]],
        disputed: Collection[int] = (),
        parent: QObject | None = None,
    ) -> None:
        """Show ``records``; tint the rows whose indices are in ``disputed``."""
        super().__init__(parent)
        self._records = [dict(record) for record in records]
        self._disputed = set(disputed)

    def row_total(self) -> int:
        """Number of rows."""
        return len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cell's text; a tint on disputed rows."""
        if not index.isValid():
            return None
        record = self._records[index.row()]
        name = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return str(record.get(name, ""))
        if role == Qt.ItemDataRole.ToolTipRole and name == "evidence":
            return str(record.get(name, ""))
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self._disputed:
            return QBrush(DISPUTED)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every shown cell is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(  # noqa: N802 - Qt override
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Edit one cell (the adjudicator's correction)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        name = COLUMNS[index.column()][0]
        record = self._records[index.row()]
        text = "" if value is None else str(value).strip()
        if record.get(name, "") == text:
            return False
        record[name] = text
        self.dataChanged.emit(index, index)
        return True

    def records(self) -> list[dict[str, str]]:
        """The rows as edited, every column kept."""
        return [dict(record) for record in self._records]
