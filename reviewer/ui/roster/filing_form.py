"""The filing's document-level fields, edited undoably beside the table."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from reviewer.core.schema import FILING_COLUMNS
from reviewer.ui.roster.roster_delegate import make_line_editor

if TYPE_CHECKING:
    from reviewer.models.review_model import ReviewModel
    from reviewer.ui.shown_review import ShownReview

logger = logging.getLogger(__name__)

# Short labels keep the form narrow; the column's full title is the tooltip.
SHORT_LABELS = {
    "accession_number": "Accession no.",
    "announcement_date": "Announced",
    "board_size_after": "Board size after",
    "independent_directors_after": "Independent after",
}


#: The narrowest a filing field gets beside its label (average characters).
MIN_FIELD_CHARS = 22


class FilingForm(QWidget):
    """A labelled line edit per filing column; Enter or leaving a field commits.

    Refused values are reported by the model's ``edit_rejected`` signal.
    """

    def __init__(self, shown: ShownReview, parent: QWidget | None = None) -> None:
        """Create the form with one field per filing column, for ``shown``'s review."""
        super().__init__(parent)
        self._shown = shown
        self._edits: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setVerticalSpacing(4)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Beside a PDF page the dock is ~230 px: a field next to its label got
        # ~90 px and clipped a company name. Narrower than a label and a field
        # of MIN_FIELD_CHARS, every field goes below its label (resizeEvent).
        self._min_field = self.fontMetrics().averageCharWidth() * MIN_FIELD_CHARS
        for column in FILING_COLUMNS:
            edit = make_line_editor(column, self)
            edit.setObjectName(f"filing_{column.name}")
            edit.setEnabled(False)
            edit.setAccessibleName(column.title)
            label = QLabel(f"{SHORT_LABELS.get(column.name, column.title)}:", self)
            label.setToolTip(column.title)
            label.setBuddy(edit)
            layout.addRow(label, edit)
            edit.editingFinished.connect(self._on_edit_editing_finished)
            self._edits[column.name] = edit

        shown.filing_changed.connect(self._on_model_filing_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fields below their labels where a label and a field don't fit in a row."""
        layout = self.layout()
        assert isinstance(layout, QFormLayout)
        labels = (layout.labelForField(edit) for edit in self._edits.values())
        widest = max((label.sizeHint().width() for label in labels if label), default=0)
        margins = layout.contentsMargins()
        side_by_side = (
            margins.left()
            + widest
            + layout.horizontalSpacing()
            + self._min_field
            + margins.right()
        )
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if event.size().width() < side_by_side
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if layout.rowWrapPolicy() != policy:
            layout.setRowWrapPolicy(policy)
        super().resizeEvent(event)

    @property
    def _model(self) -> ReviewModel | None:
        return self._shown.model()

    def show_current(self) -> None:
        """Show and edit the shown review's filing fields (after a switch)."""
        model = self._model
        for edit in self._edits.values():
            edit.setEnabled(model is not None)
        self._on_model_filing_changed()

    def field(self, name: str) -> QLineEdit:
        """The line edit of filing column ``name``."""
        return self._edits[name]

    @Slot()
    def _on_model_filing_changed(self) -> None:
        filing = self._model.filing() if self._model is not None else None
        for name, edit in self._edits.items():
            value = getattr(filing, name) if filing is not None else ""
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)  # a long value shows its start
            self._update_tooltip(name, edit)

    def _update_tooltip(self, name: str, edit: QLineEdit) -> None:
        """The full value (and the field's title) on hover, for values cut off.

        A field a person changed from the proposal is bold, like a roster cell.
        """
        edited = self._model is not None and self._model.is_filing_edited(name)
        if edit.font().bold() != edited:
            font = edit.font()
            font.setBold(edited)
            edit.setFont(font)
        title = next(c.title for c in FILING_COLUMNS if c.name == name)
        value = edit.text()
        edit.setToolTip(f"{title}: {value}" if value else title)

    @Slot()
    def _on_edit_editing_finished(self) -> None:
        if self._model is None:
            return
        for name, edit in self._edits.items():
            if edit.text() == getattr(self._model.filing(), name):
                continue
            self._model.edit_filing(name, edit.text())  # refusals go to edit_rejected
            edit.setText(getattr(self._model.filing(), name))  # show the normal form
            edit.setCursorPosition(0)
            self._update_tooltip(name, edit)
