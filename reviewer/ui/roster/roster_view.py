"""The roster table: sortable, with fitting editors; talks in source-model rows."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reviewer.core.schema import ROW_COLUMNS
from reviewer.ui.roster.roster_delegate import RosterDelegate

if TYPE_CHECKING:
    from reviewer.models.review_model import ReviewModel

logger = logging.getLogger(__name__)

HIDDEN_BY_DEFAULT = frozenset({"evidence_start", "evidence_end", "page"})
MAX_NAME_WIDTH = 240
_WIDTHS = {
    "person": 140,
    "change_type": 100,
    "role": 130,
    "effective_date": 100,
    "effective_text": 140,
    "reason": 140,
    "disagreement": 95,
    "nominated_by": 170,
    "independent": 90,
    "committees": 130,
    "evidence": 300,
}


class RosterView(QTableView):
    """Roster rows of the shown review, sorted through a proxy.

    Signals:
        current_row_changed(int): the current source-model row (-1 for none).
        Also emitted when the current row is clicked again, so a click shows
        its evidence again after the reader scrolled away.
    """

    current_row_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty table."""
        super().__init__(parent)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self._proxy)
        self.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        self._current_row_before_press = -1
        self.clicked.connect(self._on_clicked)
        self.setItemDelegate(RosterDelegate(self))
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # model order until asked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setAccessibleName("Roster")
        self.setAccessibleDescription("One row per person and board change")
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def set_review_model(self, model: ReviewModel | None) -> None:
        """Show another review's rows."""
        self._proxy.setSourceModel(model)  # type: ignore[arg-type]  # None clears
        for column, spec in enumerate(ROW_COLUMNS):
            self.setColumnHidden(column, spec.name in HIDDEN_BY_DEFAULT)
            if spec.name in _WIDTHS:
                self.setColumnWidth(column, _WIDTHS[spec.name])
        self._fit_names()
        self.current_row_changed.emit(self.current_source_row())

    def _fit_names(self) -> None:
        """Widen the Person column to the longest name (up to a cap)."""
        model = self.review_model()
        if model is None or not model.rowCount():
            return
        column = model.column_of("person")
        self.resizeColumnToContents(column)
        width = self.columnWidth(column)
        self.setColumnWidth(column, max(_WIDTHS["person"], min(width, MAX_NAME_WIDTH)))

    def set_offsets_visible(self, visible: bool) -> None:
        """Show or hide the derived offset and page columns."""
        for column, spec in enumerate(ROW_COLUMNS):
            if spec.name in HIDDEN_BY_DEFAULT:
                self.setColumnHidden(column, not visible)

    def review_model(self) -> ReviewModel | None:
        """The review shown."""
        source = self._proxy.sourceModel()
        if source is None:
            return None  # before the first filing: no need to import the model
        from reviewer.models.review_model import ReviewModel

        return source if isinstance(source, ReviewModel) else None

    def current_source_row(self) -> int:
        """The current row in the review model, or -1."""
        index = self._proxy.mapToSource(self.currentIndex())
        return index.row() if index.isValid() else -1

    def current_column_name(self) -> str | None:
        """The row field of the current cell, or None."""
        index = self.currentIndex()
        return ROW_COLUMNS[index.column()].name if index.isValid() else None

    def selected_source_rows(self) -> list[int]:
        """Rows with a selected cell (or the current row), in model order."""
        rows = {
            self._proxy.mapToSource(index).row()
            for index in self.selectionModel().selectedIndexes()
        }
        if not rows and self.current_source_row() >= 0:
            rows.add(self.current_source_row())
        return sorted(rows)

    @Slot(int, int)
    def select_cell(self, row: int, column: int) -> None:
        """Make model cell (row, column) current and selected, and scroll to it."""
        model = self.review_model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = self._proxy.mapFromSource(model.index(row, max(0, column)))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        row = self._proxy.mapToSource(index).row()
        if row >= 0 and row == self._current_row_before_press:
            self.current_row_changed.emit(row)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Remember the current row, to tell a click on it again."""
        self._current_row_before_press = self.current_source_row()
        super().mousePressEvent(event)

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_changed(
        self, current: QModelIndex, previous: QModelIndex
    ) -> None:
        if current.row() != previous.row() or not previous.isValid():
            self.current_row_changed.emit(self.current_source_row())
