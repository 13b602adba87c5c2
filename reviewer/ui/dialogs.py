"""Every modal question the window asks, behind one object tests replace.

The window never calls QMessageBox or QFileDialog directly: it asks its
:class:`Dialogs`, so tests inject answers (and record messages) instead of popping
modal windows.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtWidgets import QWidget

from reviewer.io.formats import FILE_PATTERNS

logger = logging.getLogger(__name__)

OPEN_FILTER = f"Filings ({' '.join(FILE_PATTERNS)});;All files (*)"


DATASET_CAPTION = (
    "Choose the dataset CSV: every review you accept is saved into this file"
)
DATASET_NAME = "board-changes.csv"


def default_dataset_path() -> str:
    """Where the first dataset goes: the documents folder (else home), not cwd."""
    from PySide6.QtCore import QDir, QStandardPaths

    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    if not folder or not QDir(folder).exists():
        folder = QDir.homePath()
    return QDir(folder).filePath(DATASET_NAME)


class Unsaved(StrEnum):
    """The answer to "save your changes before closing?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Conflict(StrEnum):
    """The answer to "the dataset's rows of this filing changed since you opened it"."""

    KEEP_THEIRS = "keep theirs"
    REPLACE = "replace with mine"
    CANCEL = "cancel"


class Dialogs:
    """Real modal dialogs, parented to the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Ask questions over ``parent`` (set later with set_parent)."""
        self._parent = parent

    def set_parent(self, parent: QWidget) -> None:
        """The window the dialogs are centred on."""
        self._parent = parent

    def error(self, title: str, message: str) -> None:
        """Tell the user something failed, in plain words."""
        from PySide6.QtWidgets import QMessageBox  # built on first use

        logger.warning("%s: %s", title, message)
        QMessageBox.warning(self._parent, title, message)

    def info(self, title: str, message: str) -> None:
        """Show a message (About, shortcuts)."""
        from PySide6.QtWidgets import QMessageBox  # built on first use

        QMessageBox.about(self._parent, title, message)

    def confirm(self, title: str, message: str) -> bool:
        """Ask a yes/no question; True for yes (Alt+Y, Alt+N)."""
        from PySide6.QtWidgets import QMessageBox  # built on first use

        box = QMessageBox(
            QMessageBox.Icon.Question, title, message, parent=self._parent
        )
        yes = box.addButton("&Yes", QMessageBox.ButtonRole.YesRole)
        no = box.addButton("&No", QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes)
        box.setEscapeButton(no)
        box.exec()
        answer = box.clickedButton() is yes
        box.deleteLater()
        return answer

    def ask_unsaved(self, message: str) -> Unsaved:
        """Save, Discard or Cancel before closing (Alt+S, Alt+D, Esc)."""
        from PySide6.QtWidgets import QMessageBox  # built on first use

        box = QMessageBox(
            QMessageBox.Icon.Question, "Unsaved reviews", message, parent=self._parent
        )
        buttons = {
            Unsaved.SAVE: box.addButton("&Save", QMessageBox.ButtonRole.AcceptRole),
            Unsaved.DISCARD: box.addButton(
                "&Discard", QMessageBox.ButtonRole.DestructiveRole
            ),
            Unsaved.CANCEL: box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole),
        }
        box.setDefaultButton(buttons[Unsaved.SAVE])
        box.setEscapeButton(buttons[Unsaved.CANCEL])
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        for answer, button in buttons.items():
            if clicked is button:
                return answer
        return Unsaved.CANCEL

    def ask_conflict(self, message: str) -> Conflict:
        """Keep their rows, replace them with mine, or cancel (nothing written)."""
        from PySide6.QtWidgets import QMessageBox  # built on first use

        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Someone else saved this filing")
        box.setText(message)
        box.setInformativeText(
            "Keep Theirs discards your edits of this filing. Replace with Mine "
            "writes your rows over theirs. Cancel writes nothing and keeps your "
            "edits, unsaved."
        )
        keep = box.addButton("Keep Theirs", QMessageBox.ButtonRole.RejectRole)
        mine = box.addButton("Replace with Mine", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return Conflict.KEEP_THEIRS
        if clicked is mine:
            return Conflict.REPLACE
        return Conflict.CANCEL

    def ask_open_files(self, directory: str) -> list[str]:
        """Pick filings to open."""
        from PySide6.QtWidgets import QFileDialog  # built on first use

        paths, _ = QFileDialog.getOpenFileNames(
            self._parent, "Open filings", directory, OPEN_FILTER
        )
        return list(paths)

    def ask_folder(self, directory: str) -> str:
        """Pick a folder of filings ("" when cancelled)."""
        from PySide6.QtWidgets import QFileDialog  # built on first use

        return QFileDialog.getExistingDirectory(
            self._parent, "Open a folder of filings", directory
        )

    def ask_dataset_path(self, current: str) -> str:
        """Pick the dataset CSV to save reviews into ("" when cancelled).

        The first time (no dataset yet) the dialog opens in the user's
        documents folder, not the process's working directory.
        """
        from PySide6.QtWidgets import QFileDialog  # built on first use

        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            DATASET_CAPTION,
            current or default_dataset_path(),
            "CSV files (*.csv)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return path

    def ask_model_file(self, current: str) -> str:
        """Pick a decision model trained by ``reviewer train`` ("" when cancelled)."""
        from PySide6.QtWidgets import QFileDialog  # built on first use

        path, _ = QFileDialog.getOpenFileName(
            self._parent, "Extraction model", current, "Models (*.json)"
        )
        return path

    def ask_team_workspace(self, dsn: str, reviewer: str) -> tuple[str, str] | None:
        """Ask for a team workspace and the name to review under (None: cancelled)."""
        from reviewer.ui.team_dialog import ConnectDialog  # built on first use

        dialog = ConnectDialog(dsn, reviewer, self._parent)
        try:
            if dialog.exec() != ConnectDialog.DialogCode.Accepted:
                return None
            return dialog.answer()
        finally:
            dialog.deleteLater()

    def ask_adjudication(
        self,
        name: str,
        first: tuple[str, Sequence[dict[str, str]]],
        second: tuple[str, Sequence[dict[str, str]]],
    ) -> list[dict[str, str]] | None:
        """Show two reviews side by side; the chosen rows as edited (None: cancel)."""
        from reviewer.ui.adjudication import AdjudicationDialog  # built on first use

        dialog = AdjudicationDialog(name, first, second, self._parent)
        try:
            dialog.exec()
            return dialog.answer()
        finally:
            dialog.deleteLater()

    def ask_reviewer_name(self, current: str) -> str:
        """Ask the reviewer's name, written into ``reviewed_by`` ("" if cancelled)."""
        from PySide6.QtWidgets import QInputDialog  # built on first use

        name, ok = QInputDialog.getText(
            self._parent,
            "Your name",
            "Reviewer name (saved with reviews):",
            text=current,
        )
        return name.strip() if ok else ""
