"""Issue 5's checklist, walked through with real widgets on corpus filings.

Each test does what an analyst does: opens a filing, looks at the highlights,
clicks rows and highlights with the mouse, types into cells, uses the keyboard
shortcuts, accepts a queue of three filings and reads the dataset back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from reviewer.core.entities import EntityLabel
from reviewer.core.highlight import label_counts
from reviewer.ui.document import highlight_colors
from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, window: MainWindow) -> MainWindow:
    """The shared window, on screen and active: these tests read pixels and keys."""
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def seed(corpus: Path) -> Path:
    return corpus / "raw" / "seed-21vianet.txt"


def _background(image: QImage, rect: QRectF) -> QColor:
    """The most common colour inside ``rect``: the background behind the glyphs."""
    colours: Counter[int] = Counter()
    box = rect.toRect().intersected(image.rect())
    for y in range(box.top() + 1, box.bottom()):
        for x in range(box.left() + 1, box.right()):
            colours[image.pixel(x, y)] += 1
    return QColor.fromRgb(colours.most_common(1)[0][0])


def test_every_entity_type_of_the_seed_is_highlighted(qtbot, window, seed) -> None:
    session = open_and_wait(qtbot, window, seed)
    entities = session.model.entities()
    labels = {str(e.label) for e in entities}
    assert len(labels) >= 8  # the founding example names most types
    view = window.document_view
    dark = highlight_colors.is_dark(view.palette())
    drawn: dict[str, set[int]] = {}
    for selection in view.extraSelections():
        colour = selection.format.background().color().rgba()
        span = (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
        drawn.setdefault(view.document().toPlainText()[span[0] : span[1]], set()).add(
            colour
        )
    for label in labels:
        expected = highlight_colors.background(EntityLabel(label), dark).rgba()
        texts = {e.text for e in entities if str(e.label) == label}
        assert any(expected in drawn.get(text, set()) for text in texts), label
    assert sorted(view.highlighted_indices()) == list(range(len(entities)))
    assert window.pane.legend.counts() == dict(label_counts(entities))


def test_rows_and_highlights_select_each_other_with_the_mouse(
    qtbot, window, seed
) -> None:
    session = open_and_wait(qtbot, window, seed)
    model = session.model
    assert model.rowCount() >= 1
    table = window.roster_view
    row_rect = table.visualRect(table.model().index(0, 0))
    window.document_view.setTextCursor(QTextCursor(window.document_view.document()))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())
    span = model.row_at(0).span()
    assert span is not None
    assert window.document_view.evidence_span() == span

    view = window.document_view
    reason = next(
        e
        for e in view.entities()
        if e.label is EntityLabel.REASON and span[0] <= e.start < span[1]
    )
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)
    rect = view.span_rects(reason.start, reason.end)[0]
    assert view.viewport().rect().contains(rect.center().toPoint())
    click = QPoint(int(rect.left()) + 3, int(rect.center().y()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert table.current_source_row() == 0
    assert table.current_column_name() == "reason"


def test_keyboard_edit_undo_redo_and_fill_from_the_text(qtbot, window, seed) -> None:
    session = open_and_wait(qtbot, window, seed)
    model = session.model
    table = window.roster_view
    table.select_cell(0, model.column_of("reason"))
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    old = model.row_at(0).reason
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "to pursue other interests")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.row_at(0).reason == "to pursue other interests")
    assert window.isWindowModified()

    undone: list[bool] = []
    window.ui_actions.undo.triggered.connect(lambda: undone.append(True))
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: model.row_at(0).reason == old)
    assert undone  # through the Edit › Undo action
    assert not window.isWindowModified()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: model.row_at(0).reason == "to pursue other interests")
    assert window.isWindowModified()

    text = session.document.text
    start = text.index("King Venture Holdings Limited")
    view = window.document_view
    table.select_cell(0, model.column_of("nominated_by"))
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("King Venture"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | SHIFT)
    qtbot.waitUntil(lambda: model.row_at(0).nominated_by == "King Venture")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(
        lambda: model.row_at(0).nominated_by == "King Venture Holdings Limited"
    )


def test_accept_and_next_over_three_corpus_filings(
    qtbot, window, corpus: Path, dataset: Path
) -> None:
    import pandas as pd

    names = ["seed-21vianet.txt", "gh-012.txt", "gh-005.pdf"]
    paths = [corpus / "raw" / name for name in names]
    open_and_wait(qtbot, window, *paths)
    expected: dict[str, int] = {}
    for number, name in enumerate(names):
        qtbot.waitUntil(
            lambda n=name: Path(window.navigator.current().path).name == n,
            timeout=15000,
        )
        session = window.navigator.current()
        assert session is not None
        expected[session.document.doc_id] = session.model.rowCount()
        span = session.model.row_at(0).span()
        assert span is not None
        assert window.document_view.revealed_span() == span  # evidence at once
        if session.document.layout is not None:  # the PDF: boxed on its page
            boxes = window.page_view.boxes()
            assert boxes
            qtbot.wait(150)  # past the text's debounced page sync
            assert window.page_view.current_page() == boxes[0].page
        window.setFocus()
        qtbot.keyClick(window.roster_view, Qt.Key.Key_Return, CTRL)
        if number < len(names) - 1:
            qtbot.waitUntil(
                lambda n=name: Path(window.navigator.current().path).name != n,
                timeout=15000,
            )
    assert all(count > 0 for count in expected.values())
    qtbot.waitUntil(lambda: not window.saver.is_saving(), timeout=15000)
    frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    assert set(frame["doc_id"]) == set(expected)
    for doc_id, count in expected.items():
        rows = frame[frame["doc_id"] == doc_id]
        assert len(rows) == count, doc_id
        assert set(rows["review_status"]) == {"reviewed"}, doc_id
        assert set(rows["reviewed_by"]) == {"Test Reviewer"}
    assert not window.isWindowModified()


def test_every_model_passes_the_qt_model_tester(
    qtbot, qtmodeltester, window, corpus: Path
) -> None:
    paths = [corpus / "raw" / n for n in ("seed-21vianet.txt", "gh-005.pdf")]
    session = open_and_wait(qtbot, window, *paths)
    qtmodeltester.check(session.model)  # the review (roster) model
    qtmodeltester.check(window.roster_view.model())  # its sorting proxy
    qtmodeltester.check(window.queue)
    session.model.add_row(0, session.model.row_at(0))
    window.roster_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(window.roster_view.model())


@pytest.fixture
def dark_fusion(qapp: QApplication) -> Iterator[QPalette]:
    """Fusion with a dark palette for one test; the app's look is restored."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    qapp.setStyle("Fusion")
    dark = QPalette(qapp.palette())
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.Highlight, "#3d7dca"),
        (role.HighlightedText, "#ffffff"),
    ):
        dark.setColor(name, QColor(colour))
    qapp.setPalette(dark)
    yield dark
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_highlights_are_readable_in_light_and_dark(
    qtbot, request, context, dataset, seed, theme
) -> None:
    if theme == "dark":
        request.getfixturevalue("dark_fusion")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    session = open_and_wait(qtbot, window, seed)
    view = window.document_view
    assert highlight_colors.is_dark(view.palette()) == (theme == "dark")
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)
    image = view.viewport().grab().toImage()
    base = view.palette().color(QPalette.ColorRole.Base)
    ink = view.palette().color(QPalette.ColorRole.Text)
    checked = set()
    for entity in session.model.entities():
        rects = view.span_rects(entity.start, entity.end)
        if str(entity.label) in checked or len(rects) != 1 or rects[0].width() < 12:
            continue
        if not view.viewport().rect().contains(rects[0].toRect()):
            continue
        tint = _background(image, rects[0])
        assert tint != base, entity.label  # the highlight shows
        assert highlight_colors.contrast_ratio(tint, ink) >= 4.5, (entity.label, tint)
        checked.add(str(entity.label))
    assert len(checked) >= 8


def test_desktop_manners(qtbot, window, dialogs) -> None:
    from reviewer import __version__

    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert {"File", "Edit", "View", "Help"} <= set(titles)
    actions = window.ui_actions
    standard = QKeySequence.StandardKey
    for action, key in (
        (actions.open_files, standard.Open),
        (actions.undo, standard.Undo),
        (actions.redo, standard.Redo),
        (actions.export, standard.Save),
        (actions.quit, standard.Quit),
        (actions.zoom_in, standard.ZoomIn),
        (actions.zoom_out, standard.ZoomOut),
        (actions.shortcuts, standard.HelpContents),
    ):
        bindings = QKeySequence.keyBindings(key)
        assert all(b in action.shortcuts() for b in bindings), action.text()
    assert QKeySequence("Ctrl+Shift+Z") in actions.redo.shortcuts()
    assert (
        actions.recent_menu.menuAction()
        in window.menuBar().actions()[0].menu().actions()
    )
    assert window.acceptDrops()
    actions.about.trigger()
    assert __version__ in dialogs.infos[-1][1]
