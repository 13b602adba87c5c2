"""Which entity highlights Qt holds: only those near the visible text.

Highlights are ``ExtraSelection`` objects, one per visible entity, painted longest
first so nested entities stay on top; setting 1,000 of them takes a few
milliseconds. ``setExtraSelections`` lays out every block a selection touches,
so handing it all 1,000 highlights of a long filing would cost a full layout:
:class:`HighlightWindow` sets only those within ``WINDOW_MARGIN`` characters of
the visible text, and moves the window when scrolling leaves it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from reviewer.core.entities import Entity
from reviewer.core.highlight import paint_order
from reviewer.ui.document import highlight_colors, text_geometry

logger = logging.getLogger(__name__)

WINDOW_MARGIN = 6000


class HighlightWindow:
    """The extra selections of a text view: its entities near the screen.

    Args:
        view: the text view the highlights are set on.
        to_utf16: a text offset to Qt's (UTF-16) position.
        from_utf16: Qt's position to a text offset.
    """

    def __init__(
        self,
        view: QPlainTextEdit,
        to_utf16: Callable[[int], int],
        from_utf16: Callable[[int], int],
    ) -> None:
        """Start with no highlights."""
        self._view = view
        self._qt = to_utf16
        self._py = from_utf16
        self._entities: tuple[Entity, ...] = ()
        self._formats: dict[str, QTextCharFormat] = {}
        self.order: list[int] = []
        """Indices of the entities drawn (when on screen), in painting order."""
        self._window: tuple[int, int] | None = None
        self._selections_set = False
        self._evidence: tuple[int, int, QTextCharFormat] | None = None

    def set_evidence(
        self, span: tuple[int, int] | None, char_format: QTextCharFormat | None = None
    ) -> None:
        """Wash text offsets ``span`` (the revealed evidence) under the entities.

        The evidence is drawn as a highlight, not as the text selection: a drag
        inside it selects words, and the selection keeps its own colour.
        """
        if span is None or char_format is None:
            self._evidence = None
        else:
            self._evidence = (self._qt(span[0]), self._qt(span[1]), char_format)
        self._window = None
        self.refresh()

    def evidence_span(self) -> tuple[int, int] | None:
        """The washed evidence as text offsets, or None."""
        if self._evidence is None:
            return None
        return self._py(self._evidence[0]), self._py(self._evidence[1])

    def forget(self) -> None:
        """Drop the entities (a new document); the view's selections stay."""
        self._entities = ()
        self.order = []
        self._window = None
        self._evidence = None

    def clear_selections(self) -> None:
        """Take every highlight off the view."""
        self._view.setExtraSelections([])
        self._selections_set = False

    def rebuild(
        self, entities: Sequence[Entity], hidden: Collection[str], dark: bool
    ) -> None:
        """Highlight ``entities`` but the ``hidden`` labels, in light or dark."""
        self._entities = tuple(entities)
        self._formats = {
            str(label): highlight_colors.char_format(label, dark)
            for label in {e.label for e in self._entities}
        }
        self.order = paint_order(self._entities, hidden)
        self._window = None
        self.refresh()

    def move_later(self) -> None:
        """Place the window afresh on the next :meth:`refresh` (a new size)."""
        self._window = None

    def refresh(self) -> None:
        """Give Qt the highlights near the screen only (see the module's notes)."""
        if not self.order and self._evidence is None:  # no need to measure
            self._window = None
            if self._selections_set:
                self.clear_selections()
            return
        top, bottom = text_geometry.visible_positions(self._view)
        first, last = self._py(top), self._py(bottom)
        window = self._window
        if window is not None and window[0] <= first and last <= window[1]:
            return
        lo, hi = first - WINDOW_MARGIN, last + WINDOW_MARGIN
        self._window = (lo, hi)
        spans = [] if self._evidence is None else [self._evidence]  # under the tints
        spans += [
            (self._qt(e.start), self._qt(e.end), self._formats[str(e.label)])
            for e in (self._entities[i] for i in self.order)
            if e.end > lo and e.start < hi
        ]
        selections = text_geometry.extra_selections(self._view.document(), spans)
        self._view.setExtraSelections(selections)
        self._selections_set = True
