"""The hand corrections offered on the document view: menu entries and shortcuts.

The actions act on the view's selection, trimmed of surrounding whitespace, or,
without a selection, on the highlight under the mouse (context menu) or under
the caret (shortcuts). "Set as value" is the exception: it takes the selection or
the highlight right-clicked, never the caret's, and says so when there is neither
(the caret sits at the start of the evidence after a row is chosen, and a value
taken from there would be a surprise). They only emit the view's request
signals; the main window turns the requests into undoable edits.

Shortcuts (active while the view has focus): Ctrl+Shift+F fill the selected
cell, Ctrl+Shift+N new row for this person, Ctrl+Shift+M mark as entity (opens
the label menu), Ctrl+Shift+R remove the highlight under the caret.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from reviewer.core.entities import EntityLabel
from reviewer.core.highlight import trim_span
from reviewer.ui.document import highlight_colors

if TYPE_CHECKING:
    from reviewer.ui.document.document_view import DocumentView

logger = logging.getLogger(__name__)

SHORTCUTS = {
    "fill": "Ctrl+Shift+F",
    "new_row": "Ctrl+Shift+N",
    "mark": "Ctrl+Shift+M",
    "remove": "Ctrl+Shift+R",
}


class CorrectionActions(QObject):
    """The QActions of the document view's hand corrections.

    Attributes:
        fill_cell: "Set as value of the selected cell" (Ctrl+Shift+F).
        new_row: "New row for this person" (Ctrl+Shift+N).
        mark: opens the "Mark as entity" label menu at the caret (Ctrl+Shift+M).
        mark_menu: one entry per label; each emits ``add_entity_requested``.
        mark_actions: the label entries by label.
        remove: "Remove this highlight" (Ctrl+Shift+R).
    """

    def __init__(self, view: DocumentView) -> None:
        """Create the actions and add them (with their shortcuts) to ``view``."""
        super().__init__(view)
        self._view = view
        self._context_entity: int | None = None
        self.fill_cell = self._make(
            "Set as value of the selected cell", SHORTCUTS["fill"], self._on_fill
        )
        self.new_row = self._make(
            "New row for this person", SHORTCUTS["new_row"], self._on_new_row
        )
        self.remove = self._make(
            "Remove this highlight", SHORTCUTS["remove"], self._on_remove
        )
        self.mark_menu = QMenu("Mark as entity", view)
        self.mark_actions: dict[str, QAction] = {}
        dark = highlight_colors.is_dark(view.palette())
        for label in EntityLabel:
            action = self.mark_menu.addAction(
                highlight_colors.swatch(label, dark),
                f"{highlight_colors.style_for(label).title} ({label})",
            )
            action.triggered.connect(lambda _=False, lab=label: self._on_mark(lab))
            self.mark_actions[label] = action
        self.mark = self._make(
            "Mark as entity\u2026", SHORTCUTS["mark"], self._popup_mark_menu
        )
        self.update()

    def recolor(self) -> None:
        """Repaint the label menu's swatches for the view's current palette."""
        dark = highlight_colors.is_dark(self._view.palette())
        for label, action in self.mark_actions.items():
            action.setIcon(highlight_colors.swatch(label, dark))

    def _make(self, text: str, key: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._view)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._view.addAction(action)
        return action

    def populate(self, menu: QMenu, entity: int | None) -> None:
        """Put the corrections at the top of a context menu.

        Args:
            menu: the menu (the view's standard menu: Copy, Select All).
            entity: the highlight under the mouse, if any.
        """
        self._context_entity = entity
        self.update()
        actions = menu.actions()
        if not actions:
            menu.addAction(self.fill_cell)
            menu.addAction(self.new_row)
            menu.addMenu(self.mark_menu)
            menu.addAction(self.remove)
            return
        first = actions[0]
        menu.insertAction(first, self.fill_cell)
        menu.insertAction(first, self.new_row)
        menu.insertMenu(first, self.mark_menu)
        menu.insertAction(first, self.remove)
        menu.insertSeparator(first)

    def release(self) -> None:
        """Forget the context menu's highlight (the menu closed)."""
        self._context_entity = None
        self.update()

    def target_entity(self) -> int | None:
        """The highlight acted on: the one right-clicked, else the one at the caret."""
        if self._context_entity is not None:
            return self._context_entity
        return self.caret_entity()

    def trimmed_selection(self) -> tuple[int, int] | None:
        """The view's selection without surrounding whitespace, or None."""
        span = self._view.selected_span()
        if span is None:
            return None
        return trim_span(self._view.source_text(), *span)

    def caret_entity(self) -> int | None:
        """The visible entity touching the view's caret, if any."""
        position = self._view.caret_offset()
        found = self._view.entity_at(position)
        if found is None and position > 0:
            found = self._view.entity_at(position - 1)
        return found

    def target_span(self) -> tuple[int, int] | None:
        """The trimmed selection, else the span of the highlight acted on."""
        span = self.trimmed_selection()
        if span is not None:
            return span
        index = self.target_entity()
        if index is None:
            return None
        entity = self._view.entities()[index]
        return entity.start, entity.end

    def fill_span(self) -> tuple[int, int] | None:
        """The span "Set as value" takes: the selection or the highlight clicked."""
        span = self.trimmed_selection()
        if span is not None or self._context_entity is None:
            return span
        entity = self._view.entities()[self._context_entity]
        return entity.start, entity.end

    @Slot()
    def update(self) -> None:
        """Enable exactly the corrections that have something to act on.

        "Set as value" stays enabled while there is text, so its shortcut can
        say what is missing instead of doing nothing.
        """
        has_span = self.target_span() is not None
        self.fill_cell.setEnabled(bool(self._view.source_text()))
        self.new_row.setEnabled(has_span)
        has_selection = self.trimmed_selection() is not None
        self.mark_menu.setEnabled(has_selection)
        self.mark.setEnabled(has_selection)
        self.remove.setEnabled(self.target_entity() is not None)

    @Slot()
    def _on_fill(self) -> None:
        span = self.fill_span()
        if span is None:
            self._view.note.emit(
                "Nothing selected: select the words for the cell in the text "
                "first (drag over them), then press Ctrl+Shift+F."
            )
            return
        self._view.fill_cell_requested.emit(*span)

    @Slot()
    def _on_new_row(self) -> None:
        span = self.target_span()
        if span is not None:
            self._view.new_row_requested.emit(*span)

    def _on_mark(self, label: str) -> None:
        span = self.trimmed_selection()
        if span is not None:
            self._view.add_entity_requested.emit(span[0], span[1], str(label))

    @Slot()
    def _on_remove(self) -> None:
        index = self.target_entity()
        if index is not None:
            self._view.remove_entity_requested.emit(index)

    @Slot()
    def _popup_mark_menu(self) -> None:
        rect = self._view.cursorRect()
        self.mark_menu.popup(self._view.viewport().mapToGlobal(rect.bottomLeft()))
