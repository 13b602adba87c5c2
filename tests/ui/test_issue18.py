"""Issue 18, "the analyst's day, smoothed": each item driven with real widgets.

Clicks, drags, keys and mnemonics on the real window; datasets read back with
pandas.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea

from reviewer.ui.document.document_view import DocumentView
from reviewer.ui.pdf.page_canvas import PageCanvas
from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

FIVE_TEXT = (
    "ACME HOLDINGS, INC.\n\n"
    "Item 5.02 Departure of Directors.\n\n"
    "On May 3, 2024, the Board elected Alexander E. Aikens, III, Lisa M. Mooney "
    "and Dr. Ann Lee as directors of the Company, effective immediately. "
    "Ms. Mooney will serve on the Audit Committee.\n"
)


@pytest.fixture
def window(qtbot, window: MainWindow) -> MainWindow:
    """The shared window, on screen and active: these tests press keys."""
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def five(tmp_path: Path) -> Path:
    path = tmp_path / "acme-8k.txt"
    path.write_text(FIVE_TEXT, encoding="utf-8")
    return path


def _point(view: DocumentView, offset: int) -> QPoint:
    """The viewport point in the middle of the character at ``offset``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 2, rect.center().y())


def _drag(qtbot, view: DocumentView, start: int, end: int) -> None:
    """Select [start, end) with the mouse: press, move, release."""
    a, b = _point(view, start), _point(view, end)
    b.setX(b.x() - 3)  # just before the character at ``end``
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, a.y()))
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _save_and_read(qtbot, window: MainWindow, dataset: Path):
    import pandas as pd

    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    return pd.read_csv(dataset, dtype=str, keep_default_na=False)


# -- 1. rows added by hand rest on one whole sentence ------------------------------
def test_new_row_for_a_name_with_a_middle_initial_takes_the_whole_sentence(
    qtbot, window, five, dataset
) -> None:
    session = open_and_wait(qtbot, window, five)
    view = window.document_view
    text = session.document.text
    start = text.index("Lisa M. Mooney")
    _drag(qtbot, view, start, start + len("Lisa M. Mooney"))
    assert view.textCursor().selectedText() == "Lisa M. Mooney"
    _focus(qtbot, view)
    rows_before = session.model.rowCount()
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL | SHIFT)
    assert session.model.rowCount() == rows_before + 1
    added = next(r for r in session.model.rows() if r.row_id.startswith("u"))
    sentence_start = text.index("On May 3")
    sentence_end = text.index("immediately.") + len("immediately.")
    assert added.person == "Lisa M. Mooney"
    assert added.evidence == text[sentence_start:sentence_end]
    assert (added.evidence_start, added.evidence_end) == (
        str(sentence_start),
        str(sentence_end),
    )
    # 11: the dataset says the person set the name and the evidence, nothing else.
    frame = _save_and_read(qtbot, window, dataset)
    written = frame.iloc[-1]  # the row added last
    assert written["person"] == "Lisa M. Mooney"
    assert written["evidence"] == text[sentence_start:sentence_end]
    span = int(written["evidence_start"]), int(written["evidence_end"])
    assert text[span[0] : span[1]] == written["evidence"]
    assert "disagreement" not in written["edited_fields"].split("; ")
    assert "person" in written["edited_fields"].split("; ")


# -- 2. evidence is a highlight, not the selection ---------------------------------
def test_a_drag_inside_the_evidence_selects_words_for_the_cell(
    qtbot, window, session
) -> None:
    view = window.document_view
    table = window.roster_view
    model = session.model
    table.select_cell(0, model.column_of("reason"))
    evidence = model.row_at(0).span()
    assert view.evidence_span() == evidence
    assert view.selected_span() is None  # the evidence is washed, not selected
    text = view.source_text()
    start = text.index("personal reasons")
    _drag(qtbot, view, start, start + len("personal reasons"))
    assert view.textCursor().selectedText() == "personal reasons"
    assert view.evidence_span() == evidence  # still washed under the selection
    model.edit_cell(0, "reason", "")
    _focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | SHIFT)
    assert model.row_at(0).reason == "personal reasons"


def test_fill_shortcut_without_a_selection_says_so(qtbot, window, session) -> None:
    view = window.document_view
    model = session.model
    window.roster_view.select_cell(0, model.column_of("reason"))
    before = model.row_at(0).reason
    _focus(qtbot, view)
    assert view.selected_span() is None
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | SHIFT)
    assert model.row_at(0).reason == before  # not the 600-character sentence
    assert "Nothing selected" in window.status.currentMessage()


# -- 5. the roster: a fair share, fitted columns, chosen columns, the evidence -----
@pytest.fixture
def five_person(corpus: Path) -> Path:
    """A real filing with five people in it (gold: five rows)."""
    return corpus / "raw" / "gr-012.txt"


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


# -- 6. the window fits the screen -------------------------------------------------
def _laptop(qapp):
    return next(s for s in qapp.screens() if s.name() == "laptop")


def test_a_window_remembered_on_a_big_screen_fits_a_small_one(
    qtbot, qapp, context, dataset
) -> None:
    from reviewer.ui.screen_fit import fit_to_screen

    laptop = _laptop(qapp).availableGeometry()
    first = MainWindow(context)  # the default size on a 1024x700 screen
    qtbot.addWidget(first)
    first.move(laptop.topLeft())
    fit_to_screen(first)
    first.show()
    qtbot.waitExposed(first)
    assert laptop.contains(first.frameGeometry())
    first.resize(1280, 800)  # a session on a bigger screen
    first.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert laptop.contains(again.frameGeometry())
    assert again.statusBar().isVisible()


def test_a_1024_by_700_screen_shows_the_text_the_roster_and_the_form(
    qtbot, qapp, context, dataset, five_person
) -> None:
    laptop = _laptop(qapp).availableGeometry()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.setGeometry(laptop)
    window.show()
    qtbot.waitExposed(window)
    open_and_wait(qtbot, window, five_person)
    inside = window.rect()
    for widget, least in (
        (window.document_view, (300, 150)),
        (window.roster_view, (300, 120)),
        (window.filing_form, (200, 150)),
        (window.statusBar(), (300, 10)),
    ):
        assert widget.isVisible(), widget
        box = widget.rect().translated(widget.mapTo(window, QPoint(0, 0)))
        assert inside.contains(box), (widget, box)
        assert widget.width() >= least[0], (widget, widget.size())
        assert widget.height() >= least[1], (widget, widget.size())
    # The form's last field can be reached (scrolled to) on the small screen.
    last = window.filing_form.field("independent_directors_after")
    window.pane.form_scroll.ensureWidgetVisible(last)
    box = last.rect().translated(last.mapTo(window, QPoint(0, 0)))
    assert inside.contains(box)


# -- 4. "changed since accepted" ---------------------------------------------------
def test_an_edit_after_accept_shows_changed_since_accepted(
    qtbot, window, session
) -> None:
    model = session.model
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        qtbot.keyClick(window.roster_view, Qt.Key.Key_Return, CTRL)
    assert "Reviewed" in window.pane.review_label.text()
    assert window.status.counts.text() == "1 of 1 reviewed"
    table = window.roster_view
    table.select_cell(0, model.column_of("reason"))
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "health")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.row_at(0).reason == "health")
    assert "Changed since accepted" in window.pane.review_label.text()
    entry = window.queue.entry(window.queue.row_of(session.path))
    assert str(entry.status) == "changed since accepted"
    assert window.status.counts.text() == "0 of 1 reviewed"
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # undo the edit: as accepted again
    assert "✔ Reviewed" in window.pane.review_label.text()
    assert window.status.counts.text() == "1 of 1 reviewed"


# -- 8. filing-form edits are bold, like roster cells ------------------------------
def test_a_filing_field_changed_by_hand_is_bold(qtbot, window, filings) -> None:
    session = open_and_wait(qtbot, window, filings[0])  # the machine's proposal
    field = window.filing_form.field("ticker")
    assert not field.font().bold()
    _focus(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, "EXGX")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert session.model.filing().ticker == "EXGX"
    assert field.font().bold()
    company = window.filing_form.field("company")
    assert not company.font().bold()
    window.ui_actions.undo.trigger()
    assert session.model.filing().ticker != "EXGX"
    assert not field.font().bold()


# -- 3. the PDF page is readable: fitted, zoomed, the box in view, not in the way
def _box_on_screen(window: MainWindow) -> bool:
    page = window.page_view
    rect = page.box_rect(page.boxes()[0])
    canvas = page.findChild(PageCanvas)
    viewport = canvas.parentWidget()
    corner = canvas.mapTo(viewport, rect.center().toPoint())
    return viewport.rect().contains(corner)


def test_pdf_page_is_fitted_zoomed_with_keys_and_wheel_and_remembered(
    qtbot, window, context, corpus
) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    page = window.page_view
    qtbot.waitUntil(page.has_image, timeout=10000)
    canvas = page.findChild(PageCanvas)
    viewport = canvas.parentWidget()
    # Fitted: the printed width (paper margins aside) fills the pane's width.
    layout = window.navigator.current().document.layout
    left, right = layout.printed_span(page.current_page())
    left, right = max(0.0, left - 12), min(canvas.page_size.width(), right + 12)
    printed = (right - left) * canvas.width() / canvas.page_size.width()
    assert abs(printed - viewport.width()) <= 2
    bar = page.findChild(QScrollArea).horizontalScrollBar()
    assert abs(bar.value() - left * canvas.width() / canvas.page_size.width()) <= 2
    scale = canvas.width() / canvas.page_size.width()
    assert scale >= 0.75  # ten-point print is at least 7.5 px high at 1280x800
    assert page.boxes()
    assert _box_on_screen(window)
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    qtbot.keyClick(page, Qt.Key.Key_Equal, CTRL)
    assert page.zoom() == 1.25
    assert canvas.width() > viewport.width()
    assert _box_on_screen(window)  # the evidence box stays in view
    qtbot.keyClick(page, Qt.Key.Key_Minus, CTRL)
    assert page.zoom() == 1.0
    qtbot.keyClick(page, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(page, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(page, Qt.Key.Key_0, CTRL)  # fit the width again
    assert page.zoom() == 1.0
    # Ctrl+wheel zooms around the pointer: the point under it stays put.
    at = QPoint(viewport.width() // 3, viewport.height() // 2)
    on_page = canvas.mapFrom(viewport, at)
    fraction = (on_page.x() / canvas.width(), on_page.y() / canvas.width())
    wheel = QWheelEvent(
        QPointF(viewport.mapTo(page, at)),
        QPointF(viewport.mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page, wheel)
    assert page.zoom() == 1.25
    after = canvas.mapFrom(viewport, at)
    assert abs(after.x() / canvas.width() - fraction[0]) < 0.02
    assert abs(after.y() / canvas.width() - fraction[1]) < 0.02
    assert context.settings.page_zoom() == 1.25  # remembered
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    open_and_wait(qtbot, again, corpus / "raw" / "gh-005.pdf")
    assert again.page_view.zoom() == 1.25


def test_the_evidence_box_leaves_the_printed_line_as_printed(
    qtbot, window, corpus
) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    page = window.page_view
    qtbot.waitUntil(page.has_image, timeout=10000)
    box = page.box_rect(page.boxes()[0])
    canvas = page.findChild(PageCanvas)
    with_box = canvas.grab().toImage()
    drawn, canvas.boxes = canvas.boxes, []
    without = canvas.grab().toImage()
    canvas.boxes = drawn
    inner = box.toRect()
    changed = sum(
        with_box.pixel(x, y) != without.pixel(x, y)
        for x in range(inner.left() + 1, inner.right())
        for y in range(inner.top() + 1, inner.bottom())
    )
    assert changed == 0  # the words inside the box are untouched
    outline = QPoint(inner.left() - 3, inner.center().y())
    assert with_box.pixel(outline) != without.pixel(outline)  # but it is marked


# -- 9. completers: Tab takes the suggestion on top -----------------------------------
def test_tab_in_the_role_cell_takes_the_highlighted_suggestion(
    qtbot, window, session
) -> None:
    table = window.roster_view
    model = session.model
    table.select_cell(1, model.column_of("role"))
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "dir")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: model.row_at(1).role != "")
    assert model.row_at(1).role == "director"


# -- 10. the end of the queue is not overwritten by the save --------------------------
def test_accept_on_the_last_filing_says_both_saved_and_last(
    qtbot, window, session
) -> None:
    _focus(qtbot, window.roster_view)
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        qtbot.keyClick(window.roster_view, Qt.Key.Key_Return, CTRL)
    message = window.status.currentMessage()
    assert "Saved into" in message
    assert "That was the last filing in the queue." in message


# -- 12. every dialog button has a mnemonic that works --------------------------------
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


# -- 7. the first dataset dialog ------------------------------------------------------
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


# -- 11. source_file follows one rule ----------------------------------------------
def test_source_file_is_relative_below_the_dataset_else_absolute(
    qtbot, window, dataset, samples_dir, monkeypatch, tmp_path
) -> None:
    import pandas as pd

    monkeypatch.chdir(samples_dir.parent.parent)  # the checkout, as under ./dev run
    session = open_and_wait(qtbot, window, Path("resources/samples/seed-21vianet.txt"))
    del session
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    below = dataset.parent / "filings" / "own.txt"
    below.parent.mkdir(exist_ok=True)
    below.write_text(FIVE_TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, below)
    qtbot.waitUntil(lambda: window.navigator.current().path == str(below))
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    files = set(frame["source_file"])
    sample = (samples_dir / "seed-21vianet.txt").resolve().as_posix()
    assert files == {sample, "filings/own.txt"}


# -- 14. the queue shows company, rows and state; sorts and filters by state
def test_queue_shows_company_rows_and_state_and_filters_by_state(
    qtbot, window, filings, five
) -> None:
    first = open_and_wait(qtbot, window, *filings, five)
    dock = window.queue_dock
    view = dock.list_view
    queue = window.queue
    row = queue.row_of(first.path)
    company = first.extraction.filing.company
    assert company
    shown = dock.proxy.index(dock.proxy.mapFromSource(queue.index(row, 0)).row(), 0)
    assert company in shown.data()
    assert dock.proxy.index(shown.row(), 1).data() == str(len(first.extraction.rows))
    assert dock.proxy.index(shown.row(), 2).data() == "new"
    assert Path(first.path).name in shown.data(Qt.ItemDataRole.ToolTipRole)
    # Accept the first: it is reviewed, the next one opens.
    _focus(qtbot, window.roster_view)
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        qtbot.keyClick(window.roster_view, Qt.Key.Key_Return, CTRL)
    assert str(queue.entry(row).status) == "reviewed"
    # Filter by state with the box above the list, as a user would.
    combo = dock.state_filter
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("reviewed"))
    assert dock.shown_rows() == [row]
    combo.setCurrentIndex(combo.findData("new"))
    assert row not in dock.shown_rows()
    assert len(dock.shown_rows()) == queue.rowCount() - 1
    combo.setCurrentIndex(0)
    # Sort by state with a click on the header.
    header = view.header()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    states = [str(queue.entry(r).status) for r in dock.shown_rows()]
    assert states == sorted(states, key=["new", "in progress", "reviewed"].index)
    # A click on a listed filing opens that filing.
    last = dock.proxy.mapFromSource(queue.index(queue.row_of(str(five)), 0))
    rect = view.visualRect(last)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.navigator.current().path == str(five))


# -- 13. text artefacts of plain-text EDGAR exhibits ----------------------------------
PIPES_TEXT = (
    "EXHIBIT 17\n"
    "Please convey my sentiments to the board of directors:\n"
    "|\n"
    "|\n"
    "1.\n"
    "|I was informed by John Payne that I was terminated before anyone asked "
    "me to resign |\n"
    "|\n"
    "\n"
    "                                   2\n"
    "\n"
    "Jane Roe resigned from the board of directors effective May 1, 2024.\n"
)


def test_pipes_and_page_numbers_are_blanked_and_offsets_kept(
    qtbot, window, tmp_path
) -> None:
    from reviewer.io.loaders.textflow import unwrap_plain_text

    path = tmp_path / "ex17.txt"
    path.write_text(PIPES_TEXT, encoding="utf-8")
    session = open_and_wait(qtbot, window, path)
    shown = window.document_view.toPlainText()
    lines = [line.strip() for line in shown.split("\n")]
    assert "|" not in lines  # no border lines
    assert "2" not in lines  # no bare page number
    assert "I was informed by John Payne" in shown
    assert not any(line.startswith("|") for line in lines)
    # Same length as before the clean-up: offsets saved earlier still hold.
    assert len(session.document.text) == len(unwrap_plain_text(PIPES_TEXT))
    text = session.document.text
    rows = [r for r in session.model.rows() if r.person == "Jane Roe"]
    assert rows, [r.person for r in session.model.rows()]
    span = rows[0].span()
    assert span is not None
    assert "Jane Roe resigned" in text[span[0] : span[1]]
    table = window.roster_view
    table.select_cell(session.model.rows().index(rows[0]), 0)
    assert window.document_view.evidence_span() == span
