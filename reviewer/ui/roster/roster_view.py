"""The roster table: sortable, with fitting editors; talks in source-model rows."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from reviewer.core.schema import ROW_COLUMNS
from reviewer.ui.roster.roster_delegate import RosterDelegate

if TYPE_CHECKING:
    from reviewer.models.review_model import ReviewModel

logger = logging.getLogger(__name__)

HIDDEN_BY_DEFAULT = frozenset({"evidence_start", "evidence_end", "page"})
OFFSET_COLUMNS = HIDDEN_BY_DEFAULT
MAX_NAME_WIDTH = 260
MAX_FITTED_WIDTH = 220  # a fitted column (but Person and Evidence) stops here
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

    Columns fit their contents whenever the rows change (Person up to
    ``MAX_NAME_WIDTH``, others up to ``MAX_FITTED_WIDTH``; Evidence takes the
    rest). The header's context menu hides and shows columns.

    Signals:
        current_row_changed(int): the current source-model row (-1 for none).
        Also emitted when the current row is clicked again, so a click shows
        its evidence again after the reader scrolled away.
        hidden_columns_changed(list): the names of the hidden columns, after
        the user hid or showed one (to be remembered).
    """

    current_row_changed = Signal(int)
    hidden_columns_changed = Signal(list)

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
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._hidden: set[str] = set(HIDDEN_BY_DEFAULT)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        self._proxy.rowsInserted.connect(self._fit_timer.start)
        self._proxy.rowsRemoved.connect(self._fit_timer.start)
        self._proxy.modelReset.connect(self._fit_timer.start)
        self._proxy.dataChanged.connect(self._fit_timer.start)

    def set_review_model(self, model: ReviewModel | None) -> None:
        """Show another review's rows."""
        self._proxy.setSourceModel(model)  # type: ignore[arg-type]  # None clears
        self._apply_hidden()
        self.fit_columns()
        self.current_row_changed.emit(self.current_source_row())

    @Slot()
    def fit_columns(self) -> None:
        """Fit the shown columns to their contents (capped); Evidence takes the rest."""
        self._fit_timer.stop()
        model = self.review_model()
        for column, spec in enumerate(ROW_COLUMNS):
            if self.isColumnHidden(column) or spec.name == "evidence":
                continue
            least = _WIDTHS.get(spec.name, 60)
            if model is None or not model.rowCount():
                self.setColumnWidth(column, least)
                continue
            self.resizeColumnToContents(column)
            cap = MAX_NAME_WIDTH if spec.name == "person" else MAX_FITTED_WIDTH
            self.setColumnWidth(column, min(self.columnWidth(column), cap))
        self.setColumnWidth(len(ROW_COLUMNS) - 1, _WIDTHS["evidence"])

    # -- which columns show ---------------------------------------------------------
    def hidden_columns(self) -> list[str]:
        """The names of the hidden columns, in column order."""
        return [c.name for c in ROW_COLUMNS if c.name in self._hidden]

    def set_hidden_columns(self, names: list[str] | None) -> None:
        """Hide exactly these columns (None: the default, offsets and page hidden)."""
        known = {c.name for c in ROW_COLUMNS}
        chosen = HIDDEN_BY_DEFAULT if names is None else set(names) & known
        if "person" in chosen:
            chosen = set(chosen) - {"person"}  # a row needs its name
        self._hidden = set(chosen)
        self._apply_hidden()

    def set_column_visible(self, name: str, visible: bool) -> None:
        """Show or hide one column, as the header's menu does (remembered)."""
        if name == "person" and not visible:
            return
        before = set(self._hidden)
        if visible:
            self._hidden.discard(name)
        else:
            self._hidden.add(name)
        if self._hidden != before:
            self._apply_hidden()
            self.fit_columns()
            self.hidden_columns_changed.emit(self.hidden_columns())

    def _apply_hidden(self) -> None:
        for column, spec in enumerate(ROW_COLUMNS):
            self.setColumnHidden(column, spec.name in self._hidden)

    def set_offsets_visible(self, visible: bool) -> None:
        """Show or hide the derived offset and page columns."""
        for name in sorted(OFFSET_COLUMNS):
            self.set_column_visible(name, visible)

    def build_header_menu(self) -> QMenu:
        """The header's context menu: a check box per column (Person always shown)."""
        menu = QMenu(self)
        menu.setTitle("Columns")
        for spec in ROW_COLUMNS:
            action = menu.addAction(spec.title)
            action.setCheckable(True)
            action.setChecked(spec.name not in self._hidden)
            action.setObjectName(f"show_{spec.name}")
            action.setEnabled(spec.name != "person")
            action.toggled.connect(
                lambda on, name=spec.name: self.set_column_visible(name, on)
            )
        menu.addSeparator()
        fit = menu.addAction("Fit Columns to Contents")
        fit.triggered.connect(self.fit_columns)
        return menu

    @Slot(QPoint)
    def _on_header_menu_requested(self, pos: QPoint) -> None:
        menu = self.build_header_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

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
