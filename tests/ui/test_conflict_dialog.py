"""The real "someone else saved this filing" dialog returns the button pressed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from reviewer.ui.dialogs import Conflict, Dialogs


@pytest.mark.parametrize(
    ("button", "answer"),
    [
        ("Keep Theirs", Conflict.KEEP_THEIRS),
        ("Replace with Mine", Conflict.REPLACE),
        ("Cancel", Conflict.CANCEL),
    ],
)
def test_each_button_gives_its_answer(qapp, button: str, answer: Conflict) -> None:
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)  # not shown yet
            return
        seen.append(box.text() + "\n" + box.informativeText())
        for candidate in box.findChildren(QPushButton):
            if candidate.text().replace("&", "") == button:
                candidate.click()
                return

    QTimer.singleShot(0, press)
    assert Dialogs().ask_conflict("ds.csv was not changed: ...") is answer
    assert "ds.csv was not changed" in seen[0]
    assert "Keep Theirs discards your edits" in seen[0]
