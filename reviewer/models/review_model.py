"""One filing's review as a Qt table model: roster rows, filing fields, entities.

The table shows :data:`reviewer.core.schema.ROW_COLUMNS`; the filing form and the
document view listen to :attr:`ReviewModel.filing_changed` and
:attr:`ReviewModel.entities_changed`. Every change goes through the undo stack as
a command from :mod:`reviewer.models.commands`, which calls the primitives below.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QUndoStack

from reviewer.core.edits import next_row_id, with_filing_field, with_row_field
from reviewer.core.entities import Entity
from reviewer.core.records import FilingFields, ReviewState, RosterRow
from reviewer.core.schema import ROW_COLUMNS, ReviewStatus
from reviewer.models.commands import (
    InsertRowsCommand,
    RemoveRowCommand,
    ReplaceEntitiesCommand,
    ReplaceFilingCommand,
    ReplaceRowCommand,
    SetStatusCommand,
)

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TOOLTIP_FROM = 24  # characters: longer values may be cut off in the table
COLUMN_INDEX: dict[str, int] = {c.name: i for i, c in enumerate(ROW_COLUMNS)}


@cache
def _edited_font() -> QFont:
    font = QFont()  # built on first use: a QFont needs the QGuiApplication
    font.setBold(True)
    return font


class ReviewModel(QAbstractTableModel):
    """Qt adapter over a :class:`ReviewState`; rules live in reviewer.core.edits.

    Signals:
        filing_changed(): the filing fields changed.
        entities_changed(): the entity list changed.
        status_changed(str): the review status changed.
        state_changed(): anything changed (drives autosave).
        edit_rejected(str): an edit was refused; the message says why.
    """

    filing_changed = Signal()
    entities_changed = Signal()
    status_changed = Signal(str)
    state_changed = Signal()
    edit_rejected = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        """Create an empty model whose edits are pushed onto ``undo_stack``."""
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._state = ReviewState(filing=FilingFields(), rows=(), entities=())
        self._rows: list[RosterRow] = []
        self._proposal: dict[str, RosterRow] = {}
        self._proposed_filing: FilingFields | None = None
        self._accepted: tuple[object, ...] | None = None  # content when accepted

    # -- Qt overrides ---------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        """Number of roster rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt override
        """Number of row columns."""
        return 0 if parent.isValid() else len(ROW_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, the row id under ROW_ID_ROLE, or a tooltip."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        name = ROW_COLUMNS[index.column()].name
        if role in _SHOWN:
            return getattr(row, name)
        if role == ROW_ID_ROLE:
            return row.row_id
        if role == Qt.ItemDataRole.ToolTipRole:
            value = str(getattr(row, name))
            return value if len(value) > _TOOLTIP_FROM or name == "evidence" else None
        if role == Qt.ItemDataRole.FontRole and self.is_edited(row, name):
            return _edited_font()
        return None

    def is_edited(self, row: RosterRow, name: str) -> bool:
        """Whether a person changed this cell from the machine's proposal."""
        if not self._proposal:
            return False
        original = self._proposal.get(row.row_id)
        if original is None:  # a row the reviewer added began blank
            original = RosterRow(row_id=row.row_id)
        return bool(getattr(row, name) != getattr(original, name))

    def is_filing_edited(self, name: str) -> bool:
        """Whether a person changed filing field ``name`` from the proposal."""
        if self._proposed_filing is None:
            return False
        return bool(
            getattr(self._state.filing, name) != getattr(self._proposed_filing, name)
        )

    def changed_since_accepted(self) -> bool:
        """Whether a reviewed filing was edited after it was accepted.

        Undoing the edits makes it unchanged again; accepting again makes the
        current content the accepted one.
        """
        return (
            self._state.status == ReviewStatus.REVIEWED
            and self._accepted != self._content()
        )

    def _content(self) -> tuple[object, ...]:
        return (self._state.filing, tuple(self._rows), self._state.entities)

    def headerData(  # noqa: N802 - Qt override
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles across the top, row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(ROW_COLUMNS):
                return ROW_COLUMNS[section].title
            return None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Editable for the columns a reviewer may change."""
        flags = super().flags(index)
        if index.isValid() and ROW_COLUMNS[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(  # noqa: N802 - Qt override
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Validate through core.edits and push an undoable edit."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return self.edit_cell(index.row(), ROW_COLUMNS[index.column()].name, value)

    # -- edits (each pushes one command) --------------------------------------
    def edit_cell(self, row: int, name: str, value: object) -> bool:
        """Set column ``name`` of row ``row``; False (and edit_rejected) if invalid."""
        old = self._rows[row]
        try:
            new = with_row_field(old, name, value)
        except ValueError as exc:
            self.edit_rejected.emit(str(exc))
            return False
        if new != old:
            self._undo_stack.push(ReplaceRowCommand(self, row, old, new, name))
        return True

    def edit_filing(self, name: str, value: object) -> bool:
        """Set one filing field; False (and edit_rejected) if invalid."""
        old = self._state.filing
        try:
            new = with_filing_field(old, name, value)
        except ValueError as exc:
            self.edit_rejected.emit(str(exc))
            return False
        if new != old:
            self._undo_stack.push(ReplaceFilingCommand(self, old, new, name))
        return True

    def replace_whole_row(self, row: int, new: RosterRow, name: str) -> None:
        """Replace a row already validated by core.edits (e.g. filled evidence)."""
        old = self._rows[row]
        if new != old:
            self._undo_stack.push(ReplaceRowCommand(self, row, old, new, name))

    def add_row(self, position: int, row: RosterRow | None = None) -> int:
        """Insert a new row (empty unless given) at ``position``; return it."""
        position = max(0, min(position, len(self._rows)))
        new = replace(row or RosterRow(row_id=""), row_id=next_row_id(self._rows))
        text = f"Add row for {new.person}" if new.person else "Add row"
        self._undo_stack.push(InsertRowsCommand(self, position, (new,), text))
        return position

    def duplicate_rows(self, rows: Sequence[int]) -> list[int]:
        """Insert a copy (new row id) after each row; return the copies' rows."""
        self._undo_stack.beginMacro("Duplicate rows")
        made: list[int] = []
        for offset, row in enumerate(sorted(set(rows))):
            source = row + offset  # earlier copies shifted later rows down
            copy = replace(self._rows[source], row_id=next_row_id(self._rows))
            self._undo_stack.push(
                InsertRowsCommand(self, source + 1, (copy,), "Duplicate row")
            )
            made.append(source + 1)
        self._undo_stack.endMacro()
        return made

    def delete_rows(self, rows: Sequence[int]) -> None:
        """Delete rows (one undo step for all)."""
        ordered = sorted(set(rows), reverse=True)
        if not ordered:
            return
        self._undo_stack.beginMacro(f"Delete {len(ordered)} row(s)")
        for row in ordered:  # from the bottom, so earlier positions stay valid
            self._undo_stack.push(RemoveRowCommand(self, row))
        self._undo_stack.endMacro()

    def change_entities(self, entities: Sequence[Entity], text: str) -> None:
        """Replace the entity list undoably."""
        self._undo_stack.push(
            ReplaceEntitiesCommand(self, self._state.entities, entities, text)
        )

    def change_status(self, status: str, reviewed_by: str, reviewed_at: str) -> None:
        """Set the review status undoably."""
        s = self._state
        old = (s.status, s.reviewed_by, s.reviewed_at)
        new = (status, reviewed_by, reviewed_at)
        if new != old:
            self._undo_stack.push(SetStatusCommand(self, old, new))
        elif status == ReviewStatus.REVIEWED and self.changed_since_accepted():
            self.set_status(*new)  # accepted again within the same second

    # -- primitives: called by undo commands only ------------------------------
    def replace_row(self, row: int, value: RosterRow) -> None:
        """Swap one row."""
        self._rows[row] = value
        last = len(ROW_COLUMNS) - 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, last), list(_SHOWN))
        self.state_changed.emit()

    def insert_rows(self, position: int, rows: Sequence[RosterRow]) -> None:
        """Insert ``rows`` before ``position``."""
        if not rows:
            return
        self.beginInsertRows(_ROOT, position, position + len(rows) - 1)
        self._rows[position:position] = list(rows)
        self.endInsertRows()
        self.state_changed.emit()

    def remove_rows(self, position: int, count: int) -> None:
        """Remove ``count`` rows starting at ``position``."""
        if count <= 0:
            return
        self.beginRemoveRows(_ROOT, position, position + count - 1)
        del self._rows[position : position + count]
        self.endRemoveRows()
        self.state_changed.emit()

    def set_filing(self, filing: FilingFields) -> None:
        """Replace the filing fields."""
        self._state = replace(self._state, filing=filing)
        self.filing_changed.emit()
        self.state_changed.emit()

    def set_entities(self, entities: Sequence[Entity]) -> None:
        """Replace the entity list (kept sorted by offset)."""
        ordered = tuple(sorted(entities, key=lambda e: (e.start, e.end)))
        self._state = replace(self._state, entities=ordered)
        self.entities_changed.emit()
        self.state_changed.emit()

    def set_status(self, status: str, reviewed_by: str, reviewed_at: str) -> None:
        """Set the review status and who reviewed it when."""
        self._state = replace(
            self._state,
            status=status,
            reviewed_by=reviewed_by,
            reviewed_at=reviewed_at,
        )
        self._accepted = self._content() if status == ReviewStatus.REVIEWED else None
        self.status_changed.emit(status)
        self.state_changed.emit()

    def reset_state(self, state: ReviewState) -> None:
        """Show another review (not undoable: the caller clears the stack)."""
        self.beginResetModel()
        self._state = state
        self._rows = list(state.rows)
        self._accepted = (
            self._content() if state.status == ReviewStatus.REVIEWED else None
        )
        self.endResetModel()
        self.filing_changed.emit()
        self.entities_changed.emit()
        self.status_changed.emit(state.status)

    def set_proposal(
        self, rows: Sequence[RosterRow], filing: FilingFields | None = None
    ) -> None:
        """The machine's rows and filing: what differs is shown in bold."""
        self._proposal = {row.row_id: row for row in rows}
        if filing is not None:
            self._proposed_filing = filing
            self.filing_changed.emit()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(ROW_COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.FontRole])

    # -- reading ----------------------------------------------------------------
    def state(self) -> ReviewState:
        """The review as it stands now."""
        return replace(self._state, rows=tuple(self._rows))

    def rows(self) -> tuple[RosterRow, ...]:
        """The roster rows in model order."""
        return tuple(self._rows)

    def row_at(self, row: int) -> RosterRow:
        """The roster row at model row ``row``."""
        return self._rows[row]

    def filing(self) -> FilingFields:
        """The filing fields."""
        return self._state.filing

    def entities(self) -> tuple[Entity, ...]:
        """The entities, sorted by offset."""
        return self._state.entities

    def status(self) -> str:
        """The review status (``extracted`` or ``reviewed``)."""
        return self._state.status

    def undo_stack(self) -> QUndoStack:
        """The stack every edit of this review goes onto."""
        return self._undo_stack

    @staticmethod
    def column_of(name: str) -> int:
        """The table column that shows row field ``name``."""
        return COLUMN_INDEX[name]
