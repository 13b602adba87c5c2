"""The roster's layout: rows in view, whole names, chosen and fitted columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- the roster: a fair share, fitted columns, chosen columns, the evidence -----


def test_roster_shows_five_rows_whole_names_and_the_evidence(
    qtbot, window, five_person
) -> None:
    window.resize(1280, 800)
    session = open_and_wait(qtbot, window, five_person)
    model = session.model
    table = window.roster_view
    assert model.rowCount() >= 5
    qtbot.waitUntil(lambda: table.viewport().height() > 0)
    viewport = table.viewport().rect()
    for row in range(5):  # five rows fit without scrolling
        assert viewport.contains(table.visualRect(table.model().index(row, 0)))
    person = model.column_of("person")
    metrics = table.fontMetrics()
    longest = max(metrics.horizontalAdvance(r.person) for r in model.rows())
    assert table.columnWidth(person) >= longest  # "Alexander E. Aike…" no more
    # The detail line under the table holds the current row's whole evidence.
    rect = table.visualRect(table.model().index(2, person))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    row = table.current_source_row()
    assert window.pane.evidence_detail.toPlainText() == model.row_at(row).evidence
    assert window.pane.evidence_detail.isVisible()


def test_header_menu_hides_columns_and_the_choice_is_remembered(
    qtbot, window, context, five_person
) -> None:
    open_and_wait(qtbot, window, five_person)
    table = window.roster_view
    reason = table.review_model().column_of("reason")
    page = table.review_model().column_of("page")
    assert not table.isColumnHidden(reason)
    menu = table.build_header_menu()
    toggles = {a.objectName(): a for a in menu.actions()}
    assert not toggles["show_person"].isEnabled()  # a row needs its name
    toggles["show_reason"].trigger()
    assert table.isColumnHidden(reason)
    toggles = {a.objectName(): a for a in table.build_header_menu().actions()}
    toggles["show_page"].trigger()
    assert not table.isColumnHidden(page)
    assert window.ui_actions.show_offsets.isChecked() is False  # start, end hidden
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    open_and_wait(qtbot, again, five_person)
    assert again.roster_view.isColumnHidden(reason)
    assert not again.roster_view.isColumnHidden(page)


def test_roster_splitter_is_remembered(qtbot, window, context, five_person) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, five_person)
    pane = window.pane
    before = pane.sizes()
    handle = pane.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(0, -40))
    qtbot.mouseMove(handle, middle + QPoint(0, -80))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, -80))
    moved = pane.sizes()
    assert moved[1] > before[1] + 40  # the roster grew
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.pane.sizes() == moved


def test_the_person_column_fits_long_names(qtbot, window, corpus: Path) -> None:
    session = open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    table = window.roster_view
    column = session.model.column_of("person")
    name = session.model.row_at(0).person
    assert len(name) > 20  # "Helena Buonanno Foulkes"
    needed = table.fontMetrics().horizontalAdvance(name)
    assert table.columnWidth(column) > needed
