"""A soft selection and a margin bar that mark the revealed evidence.

The plain selection colour is opaque: it hides the entity tints under the
evidence sentence, which is exactly where the analyst needs them. The document
view therefore draws its selection as a translucent wash of the palette's
highlight colour with the normal text colour on it (the tints and underlines
stay readable), and marks the span revealed last with a bar in the left margin
that stays until another span is revealed. The flash keeps the opaque accent.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QWidget

from reviewer.ui.document import highlight_colors

logger = logging.getLogger(__name__)

LIGHT_ALPHA = 0.30
DARK_ALPHA = 0.30
BAR_WIDTH = 3.0
MARGIN = 10
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def accent(highlight: QColor) -> QColor:
    """The opaque form of a highlight colour (the flash and the bar)."""
    color = QColor(highlight)
    color.setAlpha(255)
    return color


def soft_palette(palette: QPalette, highlight: QColor) -> QPalette:
    """Return ``palette`` with a translucent ``highlight`` wash as selection.

    The selected text keeps the palette's normal text colour, so entity tints
    under the selection blend with the wash instead of vanishing.
    """
    dark = highlight_colors.is_dark(palette)
    soft = QPalette(palette)
    wash = QColor(highlight)
    wash.setAlphaF(DARK_ALPHA if dark else LIGHT_ALPHA)
    for group in _GROUPS:
        text = palette.color(group, QPalette.ColorRole.Text)
        soft.setColor(group, QPalette.ColorRole.Highlight, wash)
        soft.setColor(group, QPalette.ColorRole.HighlightedText, text)
    return soft


def same_selection(one: QPalette, other: QPalette) -> bool:
    """Tell whether two palettes draw the selection alike."""
    roles = (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText)
    return all(
        one.color(group, role) == other.color(group, role)
        for group in _GROUPS
        for role in roles
    )


def soften(widget: QWidget) -> tuple[QColor, QPalette | None]:
    """The accent of ``widget``'s selection, and a softened palette if needed.

    The accent is the palette's highlight when it is opaque (a new theme, or
    a palette set on the widget), else the parent's (the widget's own wash is
    already set). The palette is None when the widget already draws it so.
    """
    current = widget.palette()
    highlight = current.color(QPalette.ColorRole.Highlight)
    if highlight.alpha() < 255:
        parent = widget.parentWidget()
        inherited = parent.palette() if parent else QApplication.palette(widget)
        highlight = inherited.color(QPalette.ColorRole.Highlight)
    color = accent(highlight)
    soft = soft_palette(current, color)
    return color, None if same_selection(soft, current) else soft


EVIDENCE_ALPHA = 0.10
DARK_EVIDENCE_ALPHA = 0.45


def evidence_format(palette: QPalette) -> QTextCharFormat:
    """The wash under the revealed evidence: a faint grey, not the selection's hue.

    It is neither the selection's colour nor an entity tint, so a selection
    made inside the evidence (to take a value from it) stands out. On a light
    page the grey darkens a little; on a dark page it deepens the page, so
    the entity tints over it keep their contrast with the light text.
    """
    if highlight_colors.is_dark(palette):
        wash = QColor(0, 0, 0)
        wash.setAlphaF(DARK_EVIDENCE_ALPHA)
    else:
        wash = QColor(palette.color(QPalette.ColorRole.Text))
        wash.setAlphaF(EVIDENCE_ALPHA)
    char_format = QTextCharFormat()
    char_format.setBackground(wash)
    return char_format


def paint_bar(target: QWidget, rects: Sequence[QRectF], color: QColor) -> None:
    """Draw the evidence bar in the left margin beside ``rects`` (one per line)."""
    if not rects:
        return
    top = min(r.top() for r in rects)
    bottom = max(r.bottom() for r in rects)
    if bottom < 0 or top > target.height():
        return
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 0))
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(2.0, top, BAR_WIDTH, bottom - top), 1.5, 1.5)
    painter.end()
