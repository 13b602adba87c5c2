"""What every flat table model of the window shares: counts and column titles.

The queue, the team queue and the adjudication tables are lists of rows under a
fixed tuple of column titles. :class:`FlatTableModel` answers Qt's row and
column counts and the horizontal header from those two things, so each model
says only what its cells show.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class FlatTableModel(QAbstractTableModel):
    """A table without children: ``row_total()`` rows under ``titles`` columns."""

    titles: tuple[str, ...] = ()
    numbered_rows = False

    def row_total(self) -> int:
        """How many rows the table holds now (each model says)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        """Number of rows (none below a row)."""
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        """Number of column titles."""
        return 0 if parent.isValid() else len(self.titles)

    def headerData(  # noqa: N802 - Qt override
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles; with ``numbered_rows``, row numbers from 1."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.titles[section] if 0 <= section < len(self.titles) else None
        return str(section + 1) if self.numbered_rows else None
