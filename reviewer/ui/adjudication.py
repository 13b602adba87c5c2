"""The adjudication view: two reviews of one filing side by side, choose or edit.

A double-reviewed filing whose two reviews disagree waits for an adjudicator.
This dialog shows both reviews' rows next to each other, with the rows the other
review does not hold tinted; cells can be corrected in place, and "Use ann's
rows" makes that side (as edited) the filing's final review.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.io.team.agreement import unmatched_rows
from reviewer.models.records_model import RecordsModel

logger = logging.getLogger(__name__)

Review = tuple[str, Sequence[dict[str, str]]]
"""(reviewer, dataset rows) of one accepted review."""


class AdjudicationDialog(QDialog):
    """Both reviews of a filing side by side; the chosen side becomes final."""

    def __init__(
        self, name: str, first: Review, second: Review, parent: QWidget | None = None
    ) -> None:
        """Show ``first`` and ``second`` (reviewer, rows) of the filing ``name``."""
        super().__init__(parent)
        self.setWindowTitle(f"Adjudicate {name}")
        self.resize(1100, 480)
        left, right = unmatched_rows(first[1], second[1])
        self.models = (
            RecordsModel(first[1], left, self),
            RecordsModel(second[1], right, self),
        )
        self.chosen = -1
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.use_buttons: list[QPushButton] = []
        for side, ((who, _rows), model) in enumerate(
            zip((first, second), self.models, strict=True)
        ):
            pane = QWidget(splitter)
            layout = QVBoxLayout(pane)
            layout.setContentsMargins(0, 0, 0, 0)
            title = QLabel(f"<b>{who}</b>: {model.rowCount()} rows", pane)
            view = QTableView(pane)
            view.setModel(model)
            view.setAccessibleName(f"{who}'s review")
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
            view.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents
            )
            view.horizontalHeader().setStretchLastSection(True)
            button = QPushButton(f"Use {who}'s rows", pane)
            button.setToolTip(f"Make {who}'s rows, as edited here, the final review")
            button.setProperty("side", side)
            button.clicked.connect(self._on_use_button_clicked)
            self.use_buttons.append(button)
            layout.addWidget(title)
            layout.addWidget(view, 1)
            layout.addWidget(button)
            splitter.addWidget(pane)
        note = QLabel(
            "Tinted rows are those the other reviewer does not have (person and "
            "change type). Double-click a cell to correct it, then choose the side "
            "that becomes the filing's final review.",
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    @Slot()
    def _on_use_button_clicked(self) -> None:
        sender = self.sender()
        side = sender.property("side") if sender is not None else None
        if isinstance(side, int):
            self.chosen = side
            self.accept()

    def answer(self) -> list[dict[str, str]] | None:
        """The chosen side's rows as edited (None when nothing was chosen)."""
        if self.chosen < 0:
            return None
        return self.models[self.chosen].records()
