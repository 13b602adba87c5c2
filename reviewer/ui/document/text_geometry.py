"""Where text lies on a QPlainTextEdit's viewport: hit tests and span rectangles.

Positions here are Qt's (UTF-16) positions in the editor's document; the document
view converts them to Python offsets.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit

PARAGRAPH_SEPARATOR = "\u2029"


def keep_in_view(editor: QPlainTextEdit, start: int, end: int) -> None:
    """Centre the caret unless the positions ``start`` and ``end`` are on screen."""
    lay_out_through(editor, end)
    area = editor.viewport().rect()
    ends = []
    for position in (start, end):
        cursor = QTextCursor(editor.document())
        cursor.setPosition(position)
        ends.append(editor.cursorRect(cursor))
    if not all(area.contains(rect) for rect in ends):
        editor.centerCursor()


def char_at(editor: QPlainTextEdit, pos: QPoint) -> int | None:
    """Return the position of the character drawn under a viewport point.

    Unlike ``cursorForPosition``, which answers the nearest caret position,
    this answers None off the text: left of a line's start, in the blank space
    after a line's end, or below the last line.
    """
    cursor = editor.cursorForPosition(pos)
    position = cursor.position()
    if pos.x() < editor.cursorRect(cursor).left():
        if position == cursor.block().position():
            return None
        position -= 1
    cursor.setPosition(position)
    left = editor.cursorRect(cursor)
    if not left.top() - 1 <= pos.y() <= left.bottom() + 1:
        return None
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    char = cursor.selectedText()
    if not char or char == PARAGRAPH_SEPARATOR:
        return None
    width = editor.fontMetrics().horizontalAdvance(char)
    if not left.left() - 1 <= pos.x() <= left.left() + width + 1:
        return None
    return position


def visible_positions(editor: QPlainTextEdit) -> tuple[int, int]:
    """Return the positions of the first and last characters on screen.

    A hidden editor has no screen; it answers its first visible block and a
    guess of a screenful (4,000 characters) after it.
    """
    top = editor.firstVisibleBlock().position()
    if not editor.isVisible():
        return top, top + 4000
    bottom = editor.cursorForPosition(editor.viewport().rect().bottomRight()).position()
    return top, max(top, bottom)


def span_rects(editor: QPlainTextEdit, start: int, end: int) -> list[QRectF]:
    """Return viewport rectangles covering positions [start, end), one per line.

    Only blocks down to the bottom of the viewport are measured.
    """
    rects: list[QRectF] = []
    block = editor.document().findBlock(start)
    origin = editor.contentOffset()
    bottom = editor.viewport().height()
    while block.isValid() and block.position() < end:
        geometry = editor.blockBoundingGeometry(block).translated(origin)
        if geometry.top() > bottom:
            break
        layout = block.layout()
        base = block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lo = max(start, base + line.textStart())
            hi = min(end, base + line.textStart() + line.textLength())
            if lo >= hi:
                continue
            x0 = _cursor_x(line.cursorToX(lo - base))
            x1 = _cursor_x(line.cursorToX(hi - base))
            rects.append(
                QRectF(
                    geometry.left() + min(x0, x1),
                    geometry.top() + line.y(),
                    abs(x1 - x0),
                    line.height(),
                )
            )
        block = block.next()
    return rects


def _cursor_x(answer: object) -> float:
    """Unpack ``QTextLine.cursorToX`` (PySide returns ``(x, position)``)."""
    if isinstance(answer, tuple):
        return float(answer[0])
    return float(answer)  # type: ignore[arg-type]


def lay_out_through(editor: QPlainTextEdit, position: int) -> None:
    """Lay out every block of ``editor`` up to ``position``.

    QPlainTextEdit lays blocks out lazily and counts a block not yet laid out
    as one line, so right after ``setPlainText`` the scroll position computed
    for a later span is too high and the span stays off screen. Blocks laid out
    once stay laid out until the text or the width changes.
    """
    layout = editor.document().documentLayout()
    if not isinstance(layout, QPlainTextDocumentLayout):
        return
    target = editor.document().findBlock(position).blockNumber()
    block = editor.document().firstBlock()
    while block.isValid() and block.blockNumber() <= target:
        layout.ensureBlockLayout(block)
        block = block.next()


def extra_selections(
    document: QTextDocument, spans: Iterable[tuple[int, int, QTextCharFormat]]
) -> list[QTextEdit.ExtraSelection]:
    """Extra selections painting ``format`` over Qt positions [start, end)."""
    end_of_text = max(0, document.characterCount() - 1)
    selections = []
    for start, end, char_format in spans:
        cursor = QTextCursor(document)
        cursor.setPosition(min(start, end_of_text))
        cursor.setPosition(min(end, end_of_text), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = char_format
        selections.append(selection)
    return selections
