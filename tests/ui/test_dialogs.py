"""The window's dialogs: mnemonics that work, the first dataset question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import ALT

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- every dialog button has a mnemonic that works --------------------------------
def _close_if_still_up(box) -> None:
    if QApplication.activeModalWidget() is box:  # never touches a deleted box
        box.reject()


def _answer_with(qtbot, key: Qt.Key, seen: list[str]) -> None:
    """Press Alt+key in the modal dialog once it is up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None or not box.isActiveWindow():
            if box is not None:
                box.activateWindow()
            QTimer.singleShot(20, press)
            return
        seen.extend(b.text() for b in box.findChildren(QAbstractButton))
        qtbot.keyClick(box, key, ALT)
        # Never hang the suite: a key that did nothing leaves the box to close.
        QTimer.singleShot(1000, lambda: _close_if_still_up(box))

    QTimer.singleShot(0, press)


def test_alt_d_discards_in_the_unsaved_box(qtbot, qapp) -> None:
    from reviewer.ui.dialogs import Dialogs, Unsaved

    seen: list[str] = []
    _answer_with(qtbot, Qt.Key.Key_D, seen)
    assert Dialogs().ask_unsaved("Save your reviews?") is Unsaved.DISCARD
    assert {"&Save", "&Discard"} <= set(seen)
    seen.clear()
    _answer_with(qtbot, Qt.Key.Key_S, seen)
    assert Dialogs().ask_unsaved("Save your reviews?") is Unsaved.SAVE


def test_alt_n_and_alt_y_answer_a_confirmation(qtbot, qapp) -> None:
    from reviewer.ui.dialogs import Dialogs

    seen: list[str] = []
    _answer_with(qtbot, Qt.Key.Key_N, seen)
    assert Dialogs().confirm("Discard changes", "Throw away your edits?") is False
    _answer_with(qtbot, Qt.Key.Key_Y, seen)
    assert Dialogs().confirm("Discard changes", "Throw away your edits?") is True


# -- the first dataset dialog ------------------------------------------------------
def test_first_dataset_dialog_opens_in_documents_and_says_what_it_is_for(
    qtbot, qapp, tmp_path, monkeypatch, window, settings
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    from reviewer.ui.dialogs import Dialogs

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "Documents").mkdir()
    settings.set_dataset_path("")
    window._update_dataset_label()
    label = window.status.dataset_label.text()
    assert label == "No dataset chosen: press Ctrl+Enter to choose one"
    shown: dict[str, str] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        shown["folder"] = dialog.directory().absolutePath()
        shown["title"] = dialog.windowTitle()
        dialog.reject()

    QTimer.singleShot(0, look)
    assert Dialogs().ask_dataset_path("") == ""
    assert shown["folder"] == str(tmp_path / "Documents")
    assert "every review you accept is saved into this file" in shown["title"]
