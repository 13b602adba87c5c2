"""The document view: highlights, hidden types, tooltips, clicks, reveal, menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.entities import Entity, EntityLabel
from reviewer.ui.document import highlight_colors
from reviewer.ui.document.document_view import DocumentView

WORDS = [f"word{i:02d}" for i in range(len(EntityLabel))]
TEXT = "Intro line.\n" + "\n".join(
    f"Line {i} has {w} in it, then filler text." for i, w in enumerate(WORDS)
)


def _doc(text: str = TEXT) -> Document:
    return Document(text, "test.txt", "0" * 64, DocumentFormat.TEXT)


def _entity(text: str, needle: str, label: str, confidence: float = 0.9) -> Entity:
    start = text.index(needle)
    return Entity(start, start + len(needle), EntityLabel(label), needle, confidence)


@pytest.fixture
def entities() -> list[Entity]:
    return [
        _entity(TEXT, word, label)
        for word, label in zip(WORDS, EntityLabel, strict=True)
    ]


@pytest.fixture
def view(qtbot: QtBot, entities: list[Entity]) -> DocumentView:
    widget = DocumentView()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.set_document(_doc())
    widget.set_entities(entities)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _drawn(view: DocumentView) -> dict[tuple[int, int], QColor]:
    return {
        (
            s.cursor.selectionStart(),
            s.cursor.selectionEnd(),
        ): s.format.background().color()
        for s in view.extraSelections()
    }


def test_every_label_gets_its_own_highlight(
    view: DocumentView, entities: list[Entity]
) -> None:
    drawn = _drawn(view)
    dark = highlight_colors.is_dark(view.palette())
    assert len(drawn) == len(EntityLabel)
    for entity in entities:
        color = drawn[(entity.start, entity.end)]
        assert color == highlight_colors.background(entity.label, dark)
    assert len({c.rgba() for c in drawn.values()}) == len(EntityLabel)


def test_hidden_labels_are_not_drawn(
    view: DocumentView, entities: list[Entity]
) -> None:
    view.set_hidden_labels({"PERSON", "DATE"})
    drawn = _drawn(view)
    assert len(drawn) == len(EntityLabel) - 2
    hidden = [e for e in entities if e.label in ("PERSON", "DATE")]
    for entity in hidden:
        assert (entity.start, entity.end) not in drawn
        assert view.entity_at(entity.start) is None
    view.set_hidden_labels(())
    assert len(_drawn(view)) == len(EntityLabel)


def test_tooltip_names_type_text_and_confidence(
    view: DocumentView, entities: list[Entity], qtbot: QtBot
) -> None:
    person = entities[0]
    tip = view.tooltip_at(person.start + 2)
    assert tip is not None
    assert "PERSON" in tip
    assert person.text in tip
    assert "90%" in tip
    assert view.tooltip_at(0) is None
    rect = view.cursorRect(_cursor_at(view, person.start))
    pos = QPoint(rect.x() + 4, rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "PERSON" in QToolTip.text()


def _cursor_at(view: DocumentView, offset: int):  # noqa: ANN202
    cursor = view.textCursor()
    cursor.setPosition(offset)
    return cursor


def test_click_inside_an_entity_activates_it(
    view: DocumentView, entities: list[Entity], qtbot: QtBot
) -> None:
    target = 5
    entity = entities[target]
    for offset in (entity.start, entity.end - 1):
        rect = view.cursorRect(_cursor_at(view, offset))
        pos = QPoint(rect.x() + 3, rect.center().y())
        with qtbot.waitSignal(view.entity_activated) as blocker:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert blocker.args == [target]
    rect = view.cursorRect(_cursor_at(view, 1))
    with qtbot.assertNotEmitted(view.entity_activated):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_reveal_span_washes_scrolls_and_flashes(
    qtbot: QtBot, entities: list[Entity]
) -> None:
    text = "\n".join(f"padding line {i}" for i in range(400)) + "\nTarget Person here."
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.set_document(_doc(text))
    view.show()
    qtbot.waitExposed(view)
    start = text.index("Target Person")
    end = start + len("Target Person")
    assert view.verticalScrollBar().value() == 0
    with qtbot.waitSignal(view.offset_shown) as shown:
        view.reveal_span(start, end)
    assert view.selected_span() is None  # washed, not selected
    assert view.evidence_span() == (start, end)
    assert view.caret_offset() == start
    assert view.verticalScrollBar().value() > 0
    assert view.viewport().rect().intersects(view.cursorRect())
    assert shown.args == [start]
    assert view.is_flashing()
    assert view.span_rects(start, end)
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)
    assert view.evidence_span() == (start, end)


def test_context_menu_actions_emit_trimmed_spans(
    view: DocumentView, entities: list[Entity], qtbot: QtBot
) -> None:
    word = WORDS[3]
    start = TEXT.index(word)
    cursor = view.textCursor()
    cursor.setPosition(start - 1)  # the space before
    cursor.setPosition(start + len(word) + 1, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    span = [start, start + len(word)]
    menu = view.build_context_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Set as value of the selected cell" in texts
    assert "Mark as entity" in texts
    with qtbot.waitSignal(view.fill_cell_requested) as fill:
        view.fill_cell_action.trigger()
    assert fill.args == span
    with qtbot.waitSignal(view.new_row_requested) as row:
        view.new_row_action.trigger()
    assert row.args == span
    with qtbot.waitSignal(view.add_entity_requested) as add:
        view.mark_actions["COMMITTEE"].trigger()
    assert add.args == [*span, "COMMITTEE"]


def test_remove_highlight_targets_the_entity_clicked(
    view: DocumentView, entities: list[Entity], qtbot: QtBot
) -> None:
    view.setTextCursor(_cursor_at(view, 0))
    view.build_context_menu(0)
    assert not view.remove_highlight_action.isEnabled()
    view.build_context_menu(entities[7].start + 1)
    assert view.remove_highlight_action.isEnabled()
    with qtbot.waitSignal(view.remove_entity_requested) as removed:
        view.remove_highlight_action.trigger()
    assert removed.args == [7]
    view.corrections.release()
    view.setTextCursor(_cursor_at(view, entities[2].start + 1))
    with qtbot.waitSignal(view.remove_entity_requested) as removed:
        view.remove_highlight_action.trigger()
    assert removed.args == [2]
    # "Set as value" never takes the caret's highlight: it asks for a selection.
    with (
        qtbot.assertNotEmitted(view.fill_cell_requested),
        qtbot.waitSignal(view.note) as note,
    ):
        view.fill_cell_action.trigger()
    assert "Nothing selected" in note.args[0]


def test_shortcut_fills_the_cell(view: DocumentView, qtbot: QtBot) -> None:
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    start = TEXT.index("Intro")
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 5, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    with qtbot.waitSignal(view.fill_cell_requested) as fill:
        qtbot.keyClick(
            view,
            Qt.Key.Key_F,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert fill.args == [start, start + 5]


def test_whitespace_only_selection_offers_nothing(view: DocumentView) -> None:
    start = TEXT.index("\n")
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 1, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.build_context_menu()
    assert not view.new_row_action.isEnabled()
    assert not view.mark_menu.isEnabled()


def test_dark_palette_recolours_the_highlights(
    view: DocumentView, entities: list[Entity]
) -> None:
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(palette)
    assert highlight_colors.is_dark(view.palette())
    drawn = _drawn(view)
    for entity in entities:
        assert drawn[(entity.start, entity.end)] == highlight_colors.background(
            entity.label, True
        )


@pytest.mark.parametrize(
    ("base", "text"), [("#ffffff", "#000000"), ("#1e1e1e", "#e6e6e6")]
)
def test_tints_keep_the_text_readable(base: str, text: str) -> None:
    dark = QColor(base).lightnessF() < 0.5
    for label in EntityLabel:
        tinted = highlight_colors.blend(
            highlight_colors.background(label, dark), QColor(base)
        )
        assert highlight_colors.contrast_ratio(tinted, QColor(text)) >= 4.5, label


def test_offsets_after_astral_characters_and_crlf(qtbot: QtBot) -> None:
    text = "Emoji \U0001f600 line\r\nthen Jane Roe joins."
    view = DocumentView()
    qtbot.addWidget(view)
    view.set_document(_doc(text))
    jane = _entity(text, "Jane Roe", "PERSON")
    view.set_entities([jane])
    (selection,) = view.extraSelections()
    assert selection.cursor.selectedText() == "Jane Roe"
    view.reveal_span(jane.start, jane.end)
    assert view.evidence_span() == (jane.start, jane.end)
    assert view.caret_offset() == jane.start
    assert view.entity_at(jane.start) == 0


def test_new_document_clears_highlights(view: DocumentView) -> None:
    view.set_document(_doc("Something else entirely."))
    assert view.entities() == ()
    assert view.extraSelections() == []
    view.set_document(None)
    assert view.toPlainText() == ""


def test_highlights_follow_the_scroll_in_long_documents(qtbot: QtBot) -> None:
    lines = [f"Line {i:05d} mentions Person{i:05d} in passing." for i in range(3000)]
    text = "\n".join(lines)
    entities = [_entity(text, f"Person{i:05d}", "PERSON") for i in range(0, 3000, 3)]
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.set_document(_doc(text))
    view.set_entities(entities)
    assert len(view.highlighted_indices()) == 1000
    near_top = {s.cursor.selectedText() for s in view.extraSelections()}
    assert "Person00000" in near_top
    assert "Person02999" not in near_top
    last = entities[-1]
    view.reveal_span(last.start, last.end)
    drawn = {s.cursor.selectedText() for s in view.extraSelections()}
    assert "Person02997" in drawn
    assert "Person00000" not in drawn
    # Everything on screen is highlighted after the jump.
    first_on_screen = view.cursorForPosition(QPoint(0, 0)).position()
    for entity in entities:
        if first_on_screen <= entity.start <= last.end:
            assert entity.text in drawn


def test_no_activation_in_the_blank_space_after_a_wrapped_line(qtbot: QtBot) -> None:
    text = "word " * 60 + "end."
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_document(_doc(text))
    layout = view.document().firstBlock().layout()
    assert layout.lineCount() > 2
    first, second = layout.lineAt(0), layout.lineAt(1)
    start = second.textStart()  # the word that begins the second screen line
    view.set_entities(
        [Entity(start, start + 4, EntityLabel.PERSON, text[start : start + 4])]
    )
    top = (
        view.contentOffset().y()
        + view.blockBoundingGeometry(view.document().firstBlock()).top()
    )
    y = int(top + first.y() + first.height() / 2)
    x = int(first.naturalTextWidth()) + 20
    assert x < view.viewport().width() - 2
    assert view.offset_at(QPoint(x, y)) is None
    with qtbot.assertNotEmitted(view.entity_activated):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    y2 = int(top + second.y() + second.height() / 2)
    with qtbot.waitSignal(view.entity_activated) as activated:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(int(second.cursorToX(start)[0]) + 8, y2),
        )
    assert activated.args == [0]


def test_tooltip_lists_nested_entities_innermost_first(qtbot: QtBot) -> None:
    text = "Jane Roe resigned from the board."
    view = DocumentView()
    qtbot.addWidget(view)
    view.set_document(_doc(text))
    change = Entity(0, 17, EntityLabel.CHANGE, text[:17], 0.7)
    person = Entity(0, 8, EntityLabel.PERSON, "Jane Roe", 0.95)
    view.set_entities([change, person])
    tip = view.tooltip_at(2) or ""
    assert tip.index("PERSON") < tip.index("CHANGE")
    assert "95%" in tip
    assert "70%" in tip
    assert "PERSON" not in (view.tooltip_at(12) or "")
    view.set_hidden_labels({"PERSON"})
    assert "PERSON" not in (view.tooltip_at(2) or "")


def test_enter_on_a_highlight_activates_it(
    view: DocumentView, entities: list[Entity], qtbot: QtBot
) -> None:
    view.setFocus()
    view.setTextCursor(_cursor_at(view, entities[4].start + 2))
    with qtbot.waitSignal(view.entity_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [4]
    view.setTextCursor(_cursor_at(view, 0))
    with qtbot.assertNotEmitted(view.entity_activated):
        qtbot.keyClick(view, Qt.Key.Key_Return)
