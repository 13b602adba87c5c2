"""What an analyst sees when a filing opens: evidence in view, values readable."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor
from PySide6.QtWidgets import QWidget

from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait


@pytest.fixture
def window(qtbot, window: MainWindow) -> MainWindow:
    """The shared window, on screen: these tests measure what is visible."""
    qtbot.waitExposed(window)
    return window


def _on_screen(window: MainWindow, offset: int) -> bool:
    view = window.document_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    return view.viewport().rect().contains(view.cursorRect(cursor))


def test_opening_a_pdf_reveals_the_first_rows_evidence_in_text_and_page(
    qtbot, window, corpus: Path
) -> None:
    session = open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    span = session.model.row_at(0).span()
    assert span is not None
    assert span[0] > 1000  # below the 8-K cover
    qtbot.wait(300)  # the window settles its layout; the page sync is debounced
    assert window.document_view.evidence_span() == span
    assert window.document_view.revealed_span() == span
    assert _on_screen(window, span[0])
    assert _on_screen(window, span[1])
    boxes = window.page_view.boxes()
    assert boxes
    assert window.page_view.current_page() == boxes[0].page
    assert session.document.page_of(span[0]) == boxes[0].page


def _background(image: QImage, rect: QRectF) -> QColor:
    """The most common colour inside ``rect`` of ``image``: the background."""
    colours: Counter[int] = Counter()
    box = rect.toRect().intersected(image.rect())
    for y in range(box.top() + 1, box.bottom()):
        for x in range(box.left() + 1, box.right()):
            colours[image.pixel(x, y)] += 1
    return QColor.fromRgb(colours.most_common(1)[0][0])


def test_long_filing_values_show_their_start_and_the_whole_on_hover(
    qtbot, window, filings
) -> None:
    session = open_and_wait(qtbot, window, filings[0])
    long_name = "Costco Wholesale Corporation of Issaquah, Washington, Incorporated"
    session.model.edit_filing("company", long_name)
    field = window.filing_form.field("company")
    assert field.text() == long_name
    assert field.cursorPosition() == 0
    assert long_name in field.toolTip()
    assert field.width() < field.fontMetrics().horizontalAdvance(long_name)


def test_legend_takes_two_short_rows_at_most_beside_the_page(
    qtbot, window, samples_dir: Path
) -> None:
    from reviewer.core.entities import EntityLabel

    open_and_wait(qtbot, window, samples_dir / "seed-21vianet.txt")
    legend = window.pane.legend
    legend.set_counts({str(label): 12 for label in EntityLabel})  # all 16 types
    chip = legend.chip("PERSON")
    assert chip is not None
    width = window.document_view.width()
    assert width >= 600  # a text filing: no page view beside the text
    assert legend.heightForWidth(width) <= 2 * chip.sizeHint().height() + 6
    assert legend.heightForWidth(width) * 8 < window.document_view.height()


def test_selected_evidence_keeps_the_entity_tints_readable(
    qtbot, window, samples_dir: Path
) -> None:
    from reviewer.ui.document import highlight_colors

    session = open_and_wait(qtbot, window, samples_dir / "seed-21vianet.txt")
    view = window.document_view
    span = view.revealed_span()
    assert span is not None
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)
    inside = [e for e in view.entities() if span[0] <= e.start and e.end <= span[1]]
    assert inside
    image = view.viewport().grab().toImage()
    text = session.document.text
    plain = text.index("GLOBE NEWSWIRE", span[0])  # evidence words, no entity
    wash = _background(image, view.span_rects(plain, plain + 5)[0])
    base = view.palette().color(QPalette.ColorRole.Base)
    assert wash != base  # the evidence is marked
    ink = view.palette().color(QPalette.ColorRole.Text)
    seen = set()
    for entity in inside:
        if str(entity.label) in seen or "\n" in entity.text:
            continue
        seen.add(str(entity.label))
        tint = _background(image, view.span_rects(entity.start, entity.end)[0])
        assert tint != wash, entity.label  # the tint shows through the selection
        assert highlight_colors.contrast_ratio(tint, ink) >= 4.5, entity.label
    assert len(seen) >= 4


def test_selection_follows_a_theme_switch(qtbot) -> None:
    from reviewer.ui.document.document_view import DocumentView

    parent = QWidget()
    qtbot.addWidget(parent)
    view = DocumentView(parent)
    light = view.palette()
    assert light.color(QPalette.ColorRole.Highlight).alpha() < 255
    dark = QPalette(parent.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#aa5500"))
    parent.setPalette(dark)
    wash = view.palette().color(QPalette.ColorRole.Highlight)
    assert wash.alpha() < 255
    assert (wash.red(), wash.green(), wash.blue()) == (0xAA, 0x55, 0x00)
    selected_text = view.palette().color(QPalette.ColorRole.HighlightedText)
    assert selected_text == QColor("#e6e6e6")


def test_a_recent_file_that_is_gone_says_so_and_leaves_the_list(
    qtbot, window, filings, settings, dialogs
) -> None:
    open_and_wait(qtbot, window, filings[0])
    window.open_paths([str(filings[1])])
    qtbot.waitUntil(lambda: window.navigator.current().path == str(filings[1]))
    gone = str(filings[0].resolve())
    filings[0].unlink()
    menu = window.ui_actions.recent_menu
    entry = next(a for a in menu.actions() if a.data() == gone)
    entry.trigger()
    title, message = dialogs.errors[-1]
    assert "Cannot find" in title
    assert gone in message
    assert gone not in settings.recent_files()
    assert gone not in [a.data() for a in menu.actions()]
    assert window.navigator.current().path == str(filings[1])  # review kept
    clear = next(a for a in menu.actions() if a.text() == "Clear Recent Files")
    clear.trigger()
    assert settings.recent_files() == []
    assert not menu.isEnabled()


def test_a_failing_autosave_warns_once_with_a_dialog(
    qtbot, window, filings, dialogs, monkeypatch
) -> None:
    from reviewer.io.review_store import ReviewStore

    def full_disk(self, document, extraction, state, *_base) -> str:
        return "The disk is full."

    monkeypatch.setattr(ReviewStore, "autosave", full_disk)
    session = open_and_wait(qtbot, window, filings[0])
    session.model.edit_filing("ticker", "EXGA")
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert "Autosave" in dialogs.errors[0][0]
    assert "The disk is full." in dialogs.errors[0][1]
    session.model.edit_filing("ticker", "EXGB")
    qtbot.wait(200)
    assert len(dialogs.errors) == 1


def test_the_person_column_fits_long_names(qtbot, window, corpus: Path) -> None:
    session = open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    table = window.roster_view
    column = session.model.column_of("person")
    name = session.model.row_at(0).person
    assert len(name) > 20  # "Helena Buonanno Foulkes"
    needed = table.fontMetrics().horizontalAdvance(name)
    assert table.columnWidth(column) > needed


def test_the_revealed_evidence_stays_in_view_until_the_reader_scrolls(
    qtbot, window, corpus: Path
) -> None:
    from PySide6.QtWidgets import QAbstractSlider

    session = open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    span = session.model.row_at(0).span()
    assert span is not None
    pane = window.pane
    top, bottom = pane.sizes()
    pane.setSizes([top // 2, bottom + top - top // 2])  # the text gets shorter
    qtbot.waitUntil(lambda: _on_screen(window, span[0]))
    bar = window.document_view.verticalScrollBar()
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)  # the reader
    assert bar.value() == 0
    pane.setSizes([top, bottom])
    qtbot.wait(50)
    assert bar.value() == 0  # not pulled back to the evidence
