"""The document's text with entity highlights, hand corrections and a flash.

Only the highlights near the screen are handed to Qt (see
:mod:`reviewer.ui.document.highlight_window`). Colours come from
:mod:`reviewer.ui.document.highlight_colors` and follow the palette (light or dark).

Signals:
    entity_activated(int): the user clicked inside entity N (index into the
        sequence given to ``set_entities``).
    add_entity_requested(int, int, str): add an entity [start, end) with a label.
    remove_entity_requested(int): remove entity N (a false highlight).
    fill_cell_requested(int, int): put text [start, end) into the current cell.
    new_row_requested(int, int): start a roster row for the person at [start, end).
    note(str): a short message for the status bar (a correction that had
        nothing to act on).
    offset_shown(int): the text offset the reader is looking at changed (the
        selection when it is on screen, else the top of the view); debounced.
        Connect it to ``PageView.show_offset`` to keep the page in step.

The hand corrections and their shortcuts are in
:mod:`reviewer.ui.document.document_actions`.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QMenu,
    QPlainTextEdit,
    QToolTip,
    QWidget,
)

from reviewer.core.document import Document
from reviewer.core.entities import Entity
from reviewer.core.highlight import (
    SpanIndex,
    Utf16Offsets,
    describe,
    display_text,
    word_span,
)
from reviewer.ui.document import evidence_marker, highlight_colors, text_geometry
from reviewer.ui.document.document_actions import CorrectionActions
from reviewer.ui.document.highlight_window import HighlightWindow
from reviewer.ui.document.span_flash import SpanFlash

logger = logging.getLogger(__name__)


class DocumentView(QPlainTextEdit):
    """Read-only document text with entity highlights."""

    entity_activated = Signal(int)
    add_entity_requested = Signal(int, int, str)
    remove_entity_requested = Signal(int)
    fill_cell_requested = Signal(int, int)
    new_row_requested = Signal(int, int)
    offset_shown = Signal(int)
    note = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty, read-only view."""
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._document: Document | None = None
        self._text = ""
        self._utf16 = Utf16Offsets("")
        self._entities: tuple[Entity, ...] = ()
        self._index = SpanIndex(())
        self._hidden: frozenset[str] = frozenset()
        self._highlights = HighlightWindow(self, self._qt, self._py)
        self._press_pos: QPoint | None = None
        self._flash = SpanFlash(self.viewport, self)
        self._revealed: tuple[int, int] | None = None
        self._keep_revealed = False
        self._accent = QColor()
        self._softening = False
        self.document().setDocumentMargin(evidence_marker.MARGIN)
        self._soften_selection()
        self._offset_timer = QTimer(self)
        self._offset_timer.setSingleShot(True)
        self._offset_timer.setInterval(80)
        self._offset_timer.timeout.connect(self._emit_offset_shown)
        self.verticalScrollBar().valueChanged.connect(self._offset_timer.start)
        self.verticalScrollBar().valueChanged.connect(self._refresh_window)
        self.verticalScrollBar().actionTriggered.connect(self._on_reader_scrolled)
        self.selectionChanged.connect(self._offset_timer.start)
        self.cursorPositionChanged.connect(self._update_actions)
        self.selectionChanged.connect(self._update_actions)
        self.corrections = CorrectionActions(self)
        self.fill_cell_action = self.corrections.fill_cell
        self.new_row_action = self.corrections.new_row
        self.mark_menu = self.corrections.mark_menu
        self.mark_actions = self.corrections.mark_actions
        self.remove_highlight_action = self.corrections.remove

    # -- content ---------------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        """Show a document's text (or nothing); clears the highlights."""
        self._document = document
        self._entities = ()
        self._index = SpanIndex(())
        self._highlights.forget()
        self._flash.stop()
        self._revealed = None
        self._keep_revealed = False
        self._text = document.text if document else ""
        self._utf16 = Utf16Offsets(self._text)
        self.setPlainText(display_text(self._text))
        self._highlights.clear_selections()

    def set_entities(self, entities: Sequence[Entity]) -> None:
        """Highlight these entities, replacing earlier highlights."""
        self._entities = tuple(entities)
        self._index = SpanIndex(self._entities)
        self._rebuild_selections()

    def entities(self) -> tuple[Entity, ...]:
        """The entities currently highlighted."""
        return self._entities

    def set_hidden_labels(self, labels: Collection[str]) -> None:
        """Stop drawing entities of these labels (the legend's switched-off types)."""
        hidden = frozenset(str(label) for label in labels)
        if hidden != self._hidden:
            self._hidden = hidden
            self._rebuild_selections()

    def hidden_labels(self) -> frozenset[str]:
        """Labels currently not drawn."""
        return self._hidden

    def highlighted_indices(self) -> list[int]:
        """Indices of the entities drawn (when on screen), in painting order."""
        return list(self._highlights.order)

    # -- queries ---------------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """Return the selected text's [start, end), or None without a selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._py(cursor.selectionStart()), self._py(cursor.selectionEnd())

    def entity_at(self, offset: int) -> int | None:
        """Return the index of the visible entity at a text offset, or None."""
        return self._index.entity_at(offset, self._hidden)

    def tooltip_at(self, offset: int) -> str | None:
        """Return the tooltip over a text offset: every visible entity there.

        The innermost entity comes first; None off entities.
        """
        found = [
            describe(self._entities[i])
            for i in self._index.covering(offset)
            if self._entities[i].label not in self._hidden
        ]
        return "\n\n".join(found) if found else None

    def offset_at(self, pos: QPoint) -> int | None:
        """Return the offset of the character under a viewport point, or None.

        None when the point is off the text, e.g. in the blank space after the
        end of a line.
        """
        position = text_geometry.char_at(self, pos)
        return None if position is None else self._py(position)

    def _qt(self, offset: int) -> int:
        return self._utf16.to_utf16(offset)

    def _py(self, position: int) -> int:
        return self._utf16.from_utf16(position)

    def is_flashing(self) -> bool:
        """Tell whether a revealed span is still flashing."""
        return self._flash.is_active()

    # -- reveal and flash ------------------------------------------------------

    @Slot(int, int)
    def reveal_span(self, start: int, end: int, select: bool = False) -> None:
        """Scroll to, wash, mark and flash the text [start, end).

        The span is shown as a highlight under the entity tints, not selected:
        the caret goes to its start, so a drag inside it selects words and
        Ctrl+Shift+F takes only what the reader selected. The span stays in
        view if the view is resized before the reader scrolls or clicks (the
        window settles its layout after a filing opens). With ``select`` the
        span is also selected (a word clicked on the PDF page, ready to take).
        """
        last = len(self._text)
        start, end = sorted((max(0, min(start, last)), max(0, min(end, last))))
        cursor = self.textCursor()
        if select:
            cursor.setPosition(self._qt(end))
            cursor.setPosition(self._qt(start), QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(self._qt(start))
        text_geometry.lay_out_through(self, self._qt(end))
        self.setTextCursor(cursor)
        self._revealed = (start, end)
        self._highlights.set_evidence(
            (start, end), evidence_marker.evidence_format(self.palette())
        )
        self._keep_revealed = True
        self._scroll_to_revealed()
        self._flash.start(start, end)

    def evidence_span(self) -> tuple[int, int] | None:
        """The span washed as evidence (the last one revealed), or None."""
        return self._highlights.evidence_span()

    def revealed_span(self) -> tuple[int, int] | None:
        """The span revealed last (marked by the margin bar), or None."""
        return self._revealed

    def _scroll_to_revealed(self) -> None:
        if self._revealed is None:
            return
        start, end = self._revealed
        text_geometry.keep_in_view(self, self._qt(start), self._qt(end))
        self._offset_timer.start()

    @Slot(int)
    def reveal_offset(self, offset: int) -> None:
        """Reveal the word at a text offset (e.g. one clicked on the PDF page)."""
        span = word_span(self._text, offset)
        if span is None:
            span = (offset, offset + 1)
        self.reveal_span(*span, select=True)

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """Return the viewport rectangles covering text [start, end), one per line."""
        return text_geometry.span_rects(self, self._qt(start), self._qt(end))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """Paint the text, then the flash over the revealed span."""
        super().paintEvent(event)
        if self._revealed is not None:
            evidence_marker.paint_bar(
                self.viewport(), self.span_rects(*self._revealed), self._accent
            )
        if self._flash.span is not None:
            self._flash.paint(self.span_rects(*self._flash.span), self._accent)

    # -- highlights ------------------------------------------------------------

    def _rebuild_selections(self) -> None:
        dark = highlight_colors.is_dark(self.palette())
        self._highlights.rebuild(self._entities, self._hidden, dark)
        self._update_actions()

    @Slot()
    def _refresh_window(self) -> None:
        """Give Qt the highlights near the screen (after a scroll or resize)."""
        self._highlights.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Keep the highlights' window over the visible text."""
        super().resizeEvent(event)
        if self._keep_revealed:
            self._scroll_to_revealed()
        self._refresh_window()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Place the highlights' window once the view has a size."""
        super().showEvent(event)
        self._highlights.move_later()
        self._refresh_window()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Recolour the highlights when the palette switches light/dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._softening:
            self._soften_selection()
            self.corrections.recolor()
            if self._revealed is not None:
                self._highlights.set_evidence(
                    self._revealed, evidence_marker.evidence_format(self.palette())
                )
            if self._entities:
                self._rebuild_selections()

    # -- mouse: tooltip, click, context menu -----------------------------------

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Show the entity's type, text and confidence on hover."""
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            offset = self.offset_at(pos)
            text = None if offset is None else self.tooltip_at(offset)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _soften_selection(self) -> None:
        """Use a translucent selection so entity tints show under it."""
        self._accent, soft = evidence_marker.soften(self)
        if soft is not None:
            self._softening = True
            try:
                self.setPalette(soft)
            finally:
                self._softening = False

    @Slot(int)
    def _on_reader_scrolled(self, action: int) -> None:
        del action  # any drag or click on the scroll bar is the reader's
        self._keep_revealed = False

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        """The reader scrolls: stop keeping the revealed span in view."""
        self._keep_revealed = False
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Remember where a click started."""
        self._keep_revealed = False
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """A plain left click inside an entity activates it."""
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        press, self._press_pos = self._press_pos, None
        if (
            event.button() != Qt.MouseButton.LeftButton
            or press is None
            or (pos - press).manhattanLength() > 4
            or self.textCursor().hasSelection()
        ):
            return
        offset = self.offset_at(pos)
        index = None if offset is None else self.entity_at(offset)
        if index is not None:
            self.entity_activated.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Enter on a highlight activates it, like a click."""
        self._keep_revealed = False
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.corrections.caret_entity()
            if index is not None:
                self.entity_activated.emit(index)
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        """Offer the hand corrections for the selection or the highlight clicked."""
        menu = self.build_context_menu(self.offset_at(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()
        self.corrections.release()

    def build_context_menu(self, offset: int | None = None) -> QMenu:
        """Return the context menu for a point (an offset) or for the caret."""
        entity = self.entity_at(offset) if offset is not None else None
        menu = self.createStandardContextMenu()
        self.corrections.populate(menu, entity)
        return menu

    # -- what the corrections ask of the view ----------------------------------

    def source_text(self) -> str:
        """Return the document's text, which every offset indexes ("" without one)."""
        return self._text

    def caret_offset(self) -> int:
        """Return the caret's text offset."""
        return self._py(self.textCursor().position())

    @Slot()
    def _update_actions(self) -> None:
        corrections = getattr(self, "corrections", None)
        if corrections is not None:
            corrections.update()

    # -- page sync -------------------------------------------------------------

    @Slot()
    def _emit_offset_shown(self) -> None:
        cursor = self.textCursor()
        if self.viewport().rect().intersects(self.cursorRect(cursor)):
            self.offset_shown.emit(self._py(cursor.selectionStart()))
        else:
            top = self.cursorForPosition(QPoint(0, 0)).position()
            self.offset_shown.emit(self._py(top))
