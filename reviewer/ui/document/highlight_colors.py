"""One colour and one underline style per entity label, readable on light and dark.

Each label has a saturated base hue. The highlight is that hue as a translucent
tint over the view's own background (about a quarter of the hue on a light
background, a lighter hue at about a third on a dark one), so the palette's text
colour keeps a WCAG contrast of at least 4.5:1 on both. Labels whose hues are
close also differ in underline style (solid, dashed, dotted, wavy), so types stay
apart for readers who do not tell every hue apart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextCharFormat,
)

from reviewer.core.entities import EntityLabel

logger = logging.getLogger(__name__)

Underline = QTextCharFormat.UnderlineStyle

LIGHT_ALPHA = 0.28
DARK_ALPHA = 0.34


@dataclass(frozen=True, slots=True)
class LabelStyle:
    """How one label is drawn.

    Attributes:
        hue: the base colour as ``#rrggbb``.
        underline: the underline style under the highlighted text.
        title: the label in plain words, for the legend.
    """

    hue: str
    underline: QTextCharFormat.UnderlineStyle
    title: str


STYLES: dict[str, LabelStyle] = {
    EntityLabel.PERSON: LabelStyle("#2b7bd6", Underline.SingleUnderline, "Person"),
    EntityLabel.COMPANY: LabelStyle("#8e44ad", Underline.SingleUnderline, "Company"),
    EntityLabel.TICKER: LabelStyle("#0f9d8a", Underline.DashUnderline, "Ticker"),
    EntityLabel.EXCHANGE: LabelStyle("#1aa3c4", Underline.DotLine, "Exchange"),
    EntityLabel.DATE: LabelStyle("#e67e22", Underline.SingleUnderline, "Date"),
    EntityLabel.DATELINE: LabelStyle("#a0522d", Underline.DotLine, "Dateline"),
    EntityLabel.ROLE: LabelStyle("#2e9e44", Underline.SingleUnderline, "Role"),
    EntityLabel.CHANGE: LabelStyle("#d62728", Underline.SingleUnderline, "Change"),
    EntityLabel.EFFECTIVE: LabelStyle("#c9a000", Underline.DashUnderline, "Effective"),
    EntityLabel.REASON: LabelStyle("#d6449b", Underline.DashUnderline, "Reason"),
    EntityLabel.DISAGREEMENT: LabelStyle(
        "#b0172f", Underline.WaveUnderline, "Disagreement"
    ),
    EntityLabel.NOMINATOR: LabelStyle("#5c5fd6", Underline.DashUnderline, "Nominator"),
    EntityLabel.AGREEMENT: LabelStyle("#7f8c1a", Underline.DotLine, "Agreement"),
    EntityLabel.BOARD_SIZE: LabelStyle(
        "#5d7a99", Underline.WaveUnderline, "Board size"
    ),
    EntityLabel.INDEPENDENT_COUNT: LabelStyle(
        "#3fae6a", Underline.WaveUnderline, "Independent count"
    ),
    EntityLabel.COMMITTEE: LabelStyle("#b84dd6", Underline.DotLine, "Committee"),
}

_FALLBACK = LabelStyle("#808080", Underline.DashDotLine, "Other")


def style_for(label: str) -> LabelStyle:
    """Return the style of a label (a grey dash-dot style for unknown labels)."""
    return STYLES.get(label, _FALLBACK)


def is_dark(palette: QPalette) -> bool:
    """Tell whether a palette paints light text on a dark base."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return base.lightnessF() < text.lightnessF()


@cache
def _hue(label: str, dark: bool) -> QColor:
    color = QColor(style_for(label).hue)
    if dark:
        color = QColor.fromHslF(
            color.hslHueF(), color.hslSaturationF(), max(color.lightnessF(), 0.62)
        )
    return color


def background(label: str, dark: bool) -> QColor:
    """Return the translucent tint painted behind an entity's text."""
    color = QColor(_hue(label, dark))
    color.setAlphaF(DARK_ALPHA if dark else LIGHT_ALPHA)
    return color


def underline_color(label: str, dark: bool) -> QColor:
    """Return the opaque underline colour of a label."""
    return QColor(_hue(label, dark))


def char_format(label: str, dark: bool) -> QTextCharFormat:
    """Return the character format that highlights an entity of ``label``."""
    fmt = QTextCharFormat()
    fmt.setBackground(background(label, dark))
    fmt.setUnderlineStyle(style_for(label).underline)
    fmt.setUnderlineColor(underline_color(label, dark))
    return fmt


def blend(over: QColor, under: QColor) -> QColor:
    """Return ``over`` composited (by its alpha) onto the opaque ``under``."""
    a = over.alphaF()
    return QColor.fromRgbF(
        over.redF() * a + under.redF() * (1 - a),
        over.greenF() * a + under.greenF() * (1 - a),
        over.blueF() * a + under.blueF() * (1 - a),
    )


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """Return the WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def swatch(label: str, dark: bool, size: int = 14, *, hollow: bool = False) -> QIcon:
    """Return a small chip icon: the tint framed in the label's underline style.

    Args:
        label: the entity label.
        dark: whether the icon sits on a dark palette.
        size: edge length in pixels.
        hollow: draw the frame only (the type is hidden).
    """
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(0.5, 0.5, size - 1.0, size - 1.0)
    fill = QColor(_hue(label, dark))
    fill.setAlphaF(0.55)
    painter.setBrush(Qt.BrushStyle.NoBrush if hollow else fill)
    pen = QPen(underline_color(label, dark))
    pen.setWidthF(1.5)
    pen.setStyle(_PEN_STYLES.get(style_for(label).underline, Qt.PenStyle.SolidLine))
    painter.setPen(pen)
    painter.drawRoundedRect(rect, 3, 3)
    painter.end()
    return QIcon(pixmap)


_PEN_STYLES = {
    Underline.DashUnderline: Qt.PenStyle.DashLine,
    Underline.DotLine: Qt.PenStyle.DotLine,
    Underline.DashDotLine: Qt.PenStyle.DashDotLine,
    Underline.WaveUnderline: Qt.PenStyle.DashDotDotLine,
}
