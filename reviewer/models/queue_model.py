"""The queue of filings to review, as a Qt table model.

Columns: the filing (its company once it was read, else its file name, after a
state mark), the number of rows the machine proposed, and the review state. The
file's path is the tooltip. Listing a folder of a thousand filings only stats
names: nothing is loaded or extracted until a filing is opened (or prepared as
the next one), so company and rows fill in as filings are read.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

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
_ROOT = QModelIndex()
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
FILING, ROWS, STATE = range(3)
HEADERS = ("Filing", "Rows", "State")

_CHANGED_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    STATUS_ROLE,
    SORT_ROLE,
)


_COLORS = {
    FilingStatus.NEW: None,
    FilingStatus.IN_PROGRESS: QColor("#9a6700"),
    FilingStatus.REVIEWED: QColor("#1a7f37"),
    FilingStatus.CHANGED: QColor("#9a6700"),
    FilingStatus.FAILED: QColor("#cf222e"),
}
_MARKS = {
    FilingStatus.NEW: "○",
    FilingStatus.IN_PROGRESS: "◐",
    FilingStatus.REVIEWED: "●",
    FilingStatus.CHANGED: "◑",
    FilingStatus.FAILED: "✕",
}


@dataclass(frozen=True)
class QueueEntry:
    """One filing in the queue.

    Attributes:
        path: the file as opened.
        status: the review status shown in the list.
        message: why it failed to load, when it did.
        company: the company the filing is about ("" until it is read).
        proposed: how many rows the machine proposed (-1 until it is read).
    """

    path: str
    status: FilingStatus = FilingStatus.NEW
    message: str = ""
    company: str = ""
    proposed: int = -1  # rows the machine proposed; -1 until the filing is read

    @property
    def name(self) -> str:
        """The file's name without its folder."""
        return Path(self.path).name


def list_folder(folder: Path, suffixes: Collection[str]) -> list[str]:
    """Return the files directly in ``folder`` whose suffix is one of ``suffixes``.

    Sorted by name, case-insensitively; suffixes are lower-case with the dot.
    """
    try:
        children = sorted(folder.iterdir(), key=lambda p: p.name.lower())
    except OSError:
        logger.warning("cannot list %s", folder, exc_info=True)
        return []
    return [str(p) for p in children if p.suffix.lower() in suffixes and p.is_file()]


class QueueModel(FlatTableModel):
    """The filings to review, with their status."""

    titles = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        """Create an empty queue."""
        super().__init__(parent)
        self._entries: list[QueueEntry] = []

    def row_total(self) -> int:
        """Number of filings."""
        return len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Company (or name) with a status mark, rows, state; path, tooltip, colour."""
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ROWS:
                return "" if entry.proposed < 0 else str(entry.proposed)
            if column == STATE:
                return str(entry.status)
            return f"{_MARKS[entry.status]}  {entry.company or entry.name}"
        if role == SORT_ROLE:
            if column == ROWS:
                return entry.proposed
            if column == STATE:
                return list(FilingStatus).index(entry.status)
            return (entry.company or entry.name).lower()
        if role == PATH_ROLE:
            return entry.path
        if role == STATUS_ROLE:
            return str(entry.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            detail = f"\n{entry.message}" if entry.message else ""
            return f"{entry.name}\n{entry.path}\n{entry.status}{detail}"
        if role == Qt.ItemDataRole.ForegroundRole:
            color = _COLORS[entry.status]
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROWS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_summary(self, row: int, company: str, proposed: int) -> None:
        """What a filing turned out to be once read: its company and rows."""
        entry = self._entries[row]
        new = replace(entry, company=company, proposed=proposed)
        if new != entry:
            self._entries[row] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, STATE))

    def add_paths(self, paths: Iterable[str]) -> int:
        """Append files not yet queued; return the row of the first given path."""
        known = {e.path: i for i, e in enumerate(self._entries)}
        first = -1
        fresh: list[QueueEntry] = []
        for path in paths:
            if path in known:
                first = known[path] if first < 0 else first
                continue
            known[path] = len(self._entries) + len(fresh)
            first = known[path] if first < 0 else first
            fresh.append(QueueEntry(path))
        if fresh:
            start = len(self._entries)
            self.beginInsertRows(_ROOT, start, start + len(fresh) - 1)
            self._entries.extend(fresh)
            self.endInsertRows()
        return first

    def entry(self, row: int) -> QueueEntry:
        """The filing at ``row``."""
        return self._entries[row]

    def entries(self) -> tuple[QueueEntry, ...]:
        """Every filing, in order."""
        return tuple(self._entries)

    def row_of(self, path: str) -> int:
        """The row of ``path``, or -1."""
        for row, entry in enumerate(self._entries):
            if entry.path == path:
                return row
        return -1

    def set_status(self, row: int, status: FilingStatus, message: str = "") -> None:
        """Change one filing's status."""
        entry = self._entries[row]
        new = replace(entry, status=status, message=message)
        if new != entry:
            self._entries[row] = new
            self.dataChanged.emit(
                self.index(row, 0), self.index(row, STATE), list(_CHANGED_ROLES)
            )

    def counts(self) -> dict[FilingStatus, int]:
        """How many filings are in each status."""
        counts = dict.fromkeys(FilingStatus, 0)
        for entry in self._entries:
            counts[entry.status] += 1
        return counts
