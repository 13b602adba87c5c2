"""Editing the roster and the filing form in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait


def _edit_cell(qtbot, window: MainWindow, row: int, name: str, text: str) -> None:
    view = window.roster_view
    view.select_cell(row, view.review_model().column_of(name))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_edit_cell_by_keyboard_then_undo_and_redo(qtbot, window, session) -> None:
    model = session.model
    assert not window.isWindowModified()
    _edit_cell(qtbot, window, 0, "reason", "health reasons")
    qtbot.waitUntil(lambda: model.row_at(0).reason == "health reasons")
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    window.ui_actions.undo.trigger()
    assert model.row_at(0).reason == ""
    assert not window.isWindowModified()
    window.ui_actions.redo.trigger()
    assert model.row_at(0).reason == "health reasons"


def test_date_editor_refuses_an_impossible_date(qtbot, window, session) -> None:
    model = session.model
    _edit_cell(qtbot, window, 0, "effective_date", "2020-02-30")
    editor = window.roster_view.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert "day is out of range" in editor.toolTip()  # says why it refuses
    qtbot.wait(50)
    assert model.row_at(0).effective_date == ""
    assert session.stack.count() == 0
    window.roster_view.setFocus()  # leave the half-typed editor
    _edit_cell(qtbot, window, 0, "effective_date", "December 14, 2020")
    qtbot.waitUntil(lambda: model.row_at(0).effective_date == "2020-12-14")


def test_change_type_uses_a_combo_box(qtbot, window, session) -> None:
    view = window.roster_view
    view.select_cell(1, session.model.column_of("change_type"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.focusWidget()
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "appointed"
    combo.setCurrentIndex(combo.findData("elected"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.model.row_at(1).change_type == "elected")


def test_add_duplicate_delete_rows_through_actions(qtbot, window, session) -> None:
    model, actions, view = session.model, window.ui_actions, window.roster_view
    view.select_cell(0, 0)
    actions.add_row.trigger()
    assert model.rowCount() == 3
    assert model.row_at(1).row_id == "u1"
    assert view.current_source_row() == 1
    view.select_cell(0, 0)
    actions.duplicate_row.trigger()
    assert model.rowCount() == 4
    assert model.row_at(1).person == "Tao Zou"
    assert model.row_at(1).row_id != "m1"
    view.select_cell(1, 0)
    actions.delete_rows.trigger()
    assert [r.row_id for r in model.rows()] == ["m1", "u1", "m2"]
    for _ in range(3):
        actions.undo.trigger()
    assert [r.row_id for r in model.rows()] == ["m1", "m2"]


def test_filing_form_edits_are_validated_and_undoable(qtbot, window, session) -> None:
    field = window.filing_form.field("board_size_after")
    assert field.isEnabled()
    field.setFocus()
    qtbot.keyClicks(field, "7")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert session.model.filing().board_size_after == "7"
    date = window.filing_form.field("announcement_date")
    date.setText("December 14, 2020")
    date.editingFinished.emit()
    assert session.model.filing().announcement_date == "2020-12-14"
    assert date.text() == "2020-12-14"
    window.ui_actions.undo.trigger()
    window.ui_actions.undo.trigger()
    assert field.text() == ""
    assert session.model.filing().board_size_after == ""


def test_reviewed_toggle_is_undoable(qtbot, window, session) -> None:
    window.ui_actions.reviewed.trigger()
    state = session.model.state()
    assert (state.status, state.reviewed_by) == ("reviewed", "Test Reviewer")
    assert state.reviewed_at.endswith("Z")
    assert "Reviewed</b> by Test Reviewer" in window.pane.review_label.text()
    window.ui_actions.undo.trigger()
    assert session.model.status() == "extracted"
    assert "Not reviewed yet" in window.pane.review_label.text()
    assert not window.ui_actions.reviewed.isChecked()


def test_close_asks_before_losing_unsaved_work(qtbot, window, session, dialogs) -> None:
    from reviewer.ui.dialogs import Unsaved

    session.model.edit_cell(0, "reason", "health")
    dialogs.unsaved_answer = Unsaved.CANCEL
    assert not window.close()
    assert dialogs.unsaved_asked == 1
    assert window.isVisible()
    dialogs.unsaved_answer = Unsaved.SAVE
    assert window.close()
    import pandas as pd

    frame = pd.read_csv(
        window._context.settings.dataset_path(), dtype=str, keep_default_na=False
    )
    assert "health" in set(frame["reason"])


def test_help_dialogs_show_version_and_shortcuts(window, dialogs) -> None:
    from reviewer import __version__

    window.ui_actions.about.trigger()
    window.ui_actions.shortcuts.trigger()
    assert __version__ in dialogs.infos[0][1]
    assert "Ctrl+Return" in dialogs.infos[1][1]
    assert "Ctrl+Z" in dialogs.infos[1][1]
    assert "Ctrl+Shift+F" in dialogs.infos[1][1]  # the text view's own


def test_accept_and_next_commits_a_cell_still_being_typed(
    qtbot, window, session, dataset
) -> None:
    import pandas as pd

    view = window.roster_view
    view.select_cell(0, session.model.column_of("reason"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "health reasons")  # no Enter
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.accept_next.trigger()
    frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    assert list(frame["reason"])[0] == "health reasons"
    assert session.model.row_at(0).reason == "health reasons"


def test_zoom_grows_the_text_and_is_remembered(window, settings) -> None:
    size = window.document_view.font().pointSizeF()
    window.ui_actions.zoom_in.trigger()
    window.ui_actions.zoom_in.trigger()
    assert window.document_view.font().pointSizeF() == size + 2
    assert settings.zoom() == 2
    window.ui_actions.zoom_out.trigger()
    assert settings.zoom() == 1


def test_sorted_table_edits_the_right_row(qtbot, window, session) -> None:
    view = window.roster_view
    person = session.model.column_of("person")
    view.sortByColumn(person, Qt.SortOrder.AscendingOrder)  # Ann Lee first
    assert view.model().index(0, person).data() == "Ann Lee"
    view.setCurrentIndex(view.model().index(0, session.model.column_of("reason")))
    assert view.current_source_row() == 1
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "retirement")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.model.row_at(1).reason == "retirement")
    assert session.model.row_at(0).reason == ""
    view.select_cell(0, person)  # model row 0 (Tao Zou) is view row 1 now
    assert view.currentIndex().row() == 1


def test_recent_files_reopen(qtbot, window, filings, settings) -> None:
    open_and_wait(qtbot, window, filings[0])
    menu = window.ui_actions.recent_menu
    assert menu.isEnabled()
    recent = menu.actions()[0]
    assert recent.data() == str(filings[0].resolve())
    window.navigator.open_row(-1)  # nothing happens for a bad row
    window.open_paths([str(filings[1])])
    qtbot.waitUntil(lambda: window.navigator.current().path == str(filings[1]))
    assert menu.actions()[0].data() == str(filings[1].resolve())
    menu.actions()[1].trigger()
    qtbot.waitUntil(
        lambda: window.navigator.current().path == str(filings[0].resolve()),
        timeout=10000,
    )


def test_window_layout_is_remembered(qtbot, context, settings) -> None:
    from reviewer.ui.context import AppContext

    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.pane.setSizes([640, 70])  # far from the default 3:2
    top, bottom = first.pane.sizes()
    assert top / (top + bottom) > 0.7
    assert first.close()
    again = MainWindow(
        AppContext(
            settings=settings, dialogs=context.dialogs, extractor=context.extractor
        )
    )
    qtbot.addWidget(again)
    again.show()
    new_top, new_bottom = again.pane.sizes()
    assert abs(new_top / (new_top + new_bottom) - top / (top + bottom)) < 0.02
