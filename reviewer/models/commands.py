"""Undoable edits of a review: each command calls :class:`ReviewModel` primitives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from reviewer.core.entities import Entity
from reviewer.core.records import FilingFields, RosterRow
from reviewer.core.schema import ReviewStatus, column

if TYPE_CHECKING:
    from reviewer.models.review_model import ReviewModel


def _who(row: RosterRow) -> str:
    return row.person or f"row {row.row_id}"


class ReplaceRowCommand(QUndoCommand):
    """Swap one roster row; undo restores the old one."""

    def __init__(
        self, model: ReviewModel, row: int, old: RosterRow, new: RosterRow, name: str
    ) -> None:
        """Remember the row's old and new values."""
        super().__init__(f"Edit {column(name).title} of {_who(old)}")
        self._model, self._row, self._old, self._new = model, row, old, new

    def redo(self) -> None:
        """Apply the new row."""
        self._model.replace_row(self._row, self._new)

    def undo(self) -> None:
        """Restore the old row."""
        self._model.replace_row(self._row, self._old)


class InsertRowsCommand(QUndoCommand):
    """Insert rows at a position; undo removes them."""

    def __init__(
        self, model: ReviewModel, position: int, rows: Sequence[RosterRow], text: str
    ) -> None:
        """Remember where and what to insert."""
        super().__init__(text)
        self._model, self._position, self._rows = model, position, tuple(rows)

    def redo(self) -> None:
        """Insert the rows."""
        self._model.insert_rows(self._position, self._rows)

    def undo(self) -> None:
        """Remove the inserted rows."""
        self._model.remove_rows(self._position, len(self._rows))


class RemoveRowCommand(QUndoCommand):
    """Remove one row; undo puts it back where it was."""

    def __init__(
        self, model: ReviewModel, position: int, parent: QUndoCommand | None = None
    ) -> None:
        """Remember the row so undo can restore it."""
        self._row = model.row_at(position)
        super().__init__(f"Delete {_who(self._row)}", parent)
        self._model, self._position = model, position

    def redo(self) -> None:
        """Remove the row."""
        self._model.remove_rows(self._position, 1)

    def undo(self) -> None:
        """Put the row back."""
        self._model.insert_rows(self._position, (self._row,))


class ReplaceFilingCommand(QUndoCommand):
    """Change the filing fields; undo restores them."""

    def __init__(
        self, model: ReviewModel, old: FilingFields, new: FilingFields, name: str
    ) -> None:
        """Remember the old and new filing fields."""
        super().__init__(f"Edit {column(name).title}")
        self._model, self._old, self._new = model, old, new

    def redo(self) -> None:
        """Apply the new fields."""
        self._model.set_filing(self._new)

    def undo(self) -> None:
        """Restore the old fields."""
        self._model.set_filing(self._old)


class ReplaceEntitiesCommand(QUndoCommand):
    """Change the highlighted entities; undo restores them."""

    def __init__(
        self,
        model: ReviewModel,
        old: Sequence[Entity],
        new: Sequence[Entity],
        text: str,
    ) -> None:
        """Remember the old and new entity lists."""
        super().__init__(text)
        self._model, self._old, self._new = model, tuple(old), tuple(new)

    def redo(self) -> None:
        """Apply the new entities."""
        self._model.set_entities(self._new)

    def undo(self) -> None:
        """Restore the old entities."""
        self._model.set_entities(self._old)


class SetStatusCommand(QUndoCommand):
    """Mark the review reviewed (or not); undo restores the old status."""

    def __init__(
        self,
        model: ReviewModel,
        old: tuple[str, str, str],
        new: tuple[str, str, str],
    ) -> None:
        """Remember (status, reviewed_by, reviewed_at) before and after."""
        super().__init__(
            "Mark reviewed" if new[0] == ReviewStatus.REVIEWED else "Mark unreviewed"
        )
        self._model, self._old, self._new = model, old, new

    def redo(self) -> None:
        """Apply the new status."""
        self._model.set_status(*self._new)

    def undo(self) -> None:
        """Restore the old status."""
        self._model.set_status(*self._old)
