"""File › Connect to Team Workspace…: where the team's queue is, and who you are."""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

logger = logging.getLogger(__name__)

HELP = (
    "A PostgreSQL connection string (<tt>host=db.example dbname=boards</tt>), a "
    "URI (<tt>postgresql://db.example/boards</tt>), <tt>service=NAME</tt> from "
    "pg_service.conf, or empty for the PG* environment variables. Passwords come "
    "from <tt>~/.pgpass</tt>; the app never stores one."
)


class ConnectDialog(QDialog):
    """The workspace's connection string and the reviewer's name."""

    def __init__(self, dsn: str, reviewer: str, parent: QWidget | None = None) -> None:
        """Start from the last workspace and name."""
        super().__init__(parent)
        self.setWindowTitle("Connect to Team Workspace")
        self.dsn_edit = QLineEdit(dsn, self)
        self.dsn_edit.setPlaceholderText("host=db.example dbname=boards")
        self.dsn_edit.setAccessibleName("Workspace connection")
        self.dsn_edit.setMinimumWidth(360)
        self.name_edit = QLineEdit(reviewer, self)
        self.name_edit.setAccessibleName("Reviewer name")
        form = QFormLayout()
        form.addRow("&Workspace:", self.dsn_edit)
        form.addRow("&Your name:", self.name_edit)
        note = QLabel(HELP, self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("&Connect")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self._on_name_edit_text_changed(reviewer)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @Slot(str)
    def _on_name_edit_text_changed(self, text: str) -> None:
        self._ok.setEnabled(bool(text.strip()))  # a claim needs a name

    def answer(self) -> tuple[str, str]:
        """(connection string, reviewer name) as entered."""
        return self.dsn_edit.text().strip(), self.name_edit.text().strip()
