"""The colour legend: one checkable chip per entity label present, with its count.

Clicking a chip hides or shows that type in the document view; right-clicking
offers "Show only this type" and "Show all types". Chips wrap onto more lines
when the legend is narrow, up to :meth:`Legend.set_max_rows` rows (two by
default, one beside a PDF page); the types that do not fit are behind a "+N"
button at the end of the last row, whose menu shows and hides them too.

Wiring (done by the main window)::

    legend.visibility_changed.connect(document_view.set_hidden_labels)
    legend.set_entities(entities)   # whenever the view's entities change

Signals:
    visibility_changed(frozenset[str]): the labels now hidden.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping, Sequence

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLayout,
    QLayoutItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from reviewer.core.entities import Entity, EntityLabel
from reviewer.core.highlight import label_counts
from reviewer.ui.document import highlight_colors

logger = logging.getLogger(__name__)

CHIP_ICON = 10
CHIP_FONT_SCALE = 0.9
DEFAULT_ROWS = 2
"""Rows of chips at most; the types that do not fit are behind the "+N" button."""
# Flat, tight chips: two short rows at most above a 400 px wide text at 1280x800.
CHIP_STYLE = """
QToolButton { border: 1px solid transparent; border-radius: 3px; padding: 0px 3px; }
QToolButton:hover { border-color: palette(mid); background: palette(midlight); }
QToolButton:focus { border-color: palette(highlight); }
"""


class FlowLayout(QLayout):
    """Lay items out left to right, wrapping to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        """Create an empty flow with ``spacing`` pixels between items."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._max_rows = 0  # no limit
        self._overflow: QWidget | None = None
        self._counted: Callable[[int], None] | None = None
        self._hidden: list[QWidget] = []
        self._placing = False
        self.setContentsMargins(QMargins(2, 2, 2, 2))

    def set_max_rows(
        self,
        rows: int,
        overflow: QWidget | None,
        counted: Callable[[int], None] | None = None,
    ) -> None:
        """Show at most ``rows`` rows (0: no limit); the rest behind ``overflow``.

        ``overflow`` (not an item of the flow) is placed at the end of the last
        row when items do not fit; the items that do not fit are hidden, and
        ``counted`` is told how many they are after each layout.
        """
        self._max_rows = max(0, rows)
        self._overflow = overflow
        self._counted = counted
        self.invalidate()

    def overflowed(self) -> list[QWidget]:
        """The items' widgets hidden because they did not fit (last layout)."""
        return list(self._hidden)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        """Append an item (called by ``addWidget``)."""
        self._items.append(item)

    def count(self) -> int:
        """Number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        """Return item ``index`` or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        """Remove and return item ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        """The flow does not grow on its own."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        """The height depends on the width (wrapping)."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        """Return the height needed at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        """Place the items inside ``rect``."""
        super().setGeometry(rect)
        if self._placing:  # hiding or showing an item re-entered: done below
            return
        self._placing = True
        try:
            self._arrange(rect, move=True)
        finally:
            self._placing = False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """One line's worth of items."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """The largest item plus margins."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def _rows(self, width: int, reserve: int) -> list[int]:
        """The row of each item at ``width`` (-1: it does not fit in the rows).

        The last allowed row keeps ``reserve`` pixels free for the button.
        """
        rows: list[int] = []
        x, row, started = 0, 0, False
        for item in self._items:
            hint = item.sizeHint()
            last = self._max_rows and row == self._max_rows - 1
            room = width - (reserve if last else 0)
            if started and x + hint.width() > room:
                row, x = row + 1, 0
            if self._max_rows and row >= self._max_rows:
                rows.append(-1)
                continue
            rows.append(row)
            x += hint.width() + self._spacing
            started = True
        return rows

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        rows = self._rows(area.width(), 0)
        overflow = self._overflow if -1 in rows else None
        if overflow is not None:
            reserve = overflow.sizeHint().width() + self._spacing
            rows = self._rows(area.width(), reserve)
        x, y, line_height, current = area.x(), area.y(), 0, 0
        hidden: list[QWidget] = []
        for item, row in zip(self._items, rows, strict=True):
            hint = item.sizeHint()
            if row < 0:
                widget = item.widget()
                if widget is not None:
                    hidden.append(widget)
                continue
            if row != current:
                x = area.x()
                y += line_height + self._spacing
                line_height, current = 0, row
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        if overflow is not None:
            hint = overflow.sizeHint()
            line_height = max(line_height, hint.height())
            if move:
                overflow.setGeometry(QRect(QPoint(x, y), hint))
        if move:
            self._show(hidden, overflow)
        return y + line_height - rect.y() + margins.bottom()

    def _show(self, hidden: list[QWidget], overflow: QWidget | None) -> None:
        """Hide the items that did not fit and show the others (and the button)."""
        self._hidden = hidden
        if self._counted is not None:
            self._counted(len(hidden))
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden() != (widget in hidden):
                widget.setVisible(widget not in hidden)
        if self._overflow is not None and self._overflow.isHidden() != (
            overflow is None
        ):
            self._overflow.setVisible(overflow is not None)


class Legend(QWidget):
    """Checkable colour chips, one per label present, that show or hide the type."""

    visibility_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty legend (no labels present yet)."""
        super().__init__(parent)
        self._hidden: frozenset[str] = frozenset()
        self._counts: dict[str, int] = {}
        self._chips: dict[str, QToolButton] = {}
        self._layout = FlowLayout(self, spacing=2)
        self._layout.setContentsMargins(QMargins(1, 1, 1, 1))
        self._more = QToolButton(self)
        self._more.setObjectName("legend_more")
        self._more.setAutoRaise(True)
        self._more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._more.setMenu(QMenu(self._more))
        self._more.menu().aboutToShow.connect(self._fill_more_menu)
        font = self._more.font()
        font.setPointSizeF(font.pointSizeF() * CHIP_FONT_SCALE)
        self._more.setFont(font)
        self._more.setText("+99")  # its width, whatever the count
        self._more.setFixedSize(self._more.sizeHint())
        self._more.hide()
        self.set_max_rows(DEFAULT_ROWS)
        self.setStyleSheet(CHIP_STYLE)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_entities(self, entities: Sequence[Entity]) -> None:
        """Show one chip per label among ``entities``, with its count."""
        self.set_counts(label_counts(entities))

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Show one chip per label with a positive count."""
        self._counts = {str(k): v for k, v in counts.items() if v > 0}
        while (item := self._layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._chips = {}
        known = [str(label) for label in EntityLabel]
        extra = sorted(set(self._counts) - set(known))
        for label in [*known, *extra]:
            if label in self._counts:
                self._chips[label] = self._make_chip(label)
                self._layout.addWidget(self._chips[label])
        self.updateGeometry()

    def counts(self) -> dict[str, int]:
        """The count shown for each label present."""
        return dict(self._counts)

    def set_max_rows(self, rows: int) -> None:
        """Show at most ``rows`` rows of chips (0: as many as needed)."""
        self._max_rows = rows
        self._layout.set_max_rows(rows, self._more, self._update_more)
        self.updateGeometry()

    def max_rows(self) -> int:
        """The most rows of chips shown (0: no limit)."""
        return self._max_rows

    def row_count(self) -> int:
        """Rows of chips on show now (0 without chips)."""
        tops = {c.geometry().top() for c in self._chips.values() if c.isVisibleTo(self)}
        if self._more.isVisibleTo(self):
            tops.add(self._more.geometry().top())
        return len(tops)

    def overflowed_labels(self) -> list[str]:
        """The labels whose chips did not fit: they are in the "+N" menu."""
        hidden = set(self._layout.overflowed())
        return [label for label, chip in self._chips.items() if chip in hidden]

    def _update_more(self, count: int) -> None:
        self._more.setText(f"+{count}")
        self._more.setToolTip(f"{count} more highlight types: show or hide them")
        self._more.setAccessibleName(f"{count} more highlight types")

    @Slot()
    def _fill_more_menu(self) -> None:
        menu = self._more.menu()
        menu.clear()
        for label in self.overflowed_labels():
            chip = self._chips[label]
            action = menu.addAction(chip.icon(), chip.text())
            action.setCheckable(True)
            action.setChecked(label not in self._hidden)
            action.toggled.connect(lambda on, lab=label: self._on_toggled(lab, on))
        menu.addSeparator()
        menu.addAction("Show all types").triggered.connect(self.show_all)

    def chip(self, label: str) -> QToolButton | None:
        """The chip of a label, or None when the label is absent."""
        return self._chips.get(label)

    def hidden_labels(self) -> frozenset[str]:
        """Labels switched off (kept across documents)."""
        return self._hidden

    def set_hidden_labels(self, labels: Collection[str]) -> None:
        """Switch these labels off and every other on; emits when it changes."""
        hidden = frozenset(str(label) for label in labels)
        for label, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(label not in hidden)
            chip.blockSignals(False)
        if hidden != self._hidden:
            self._hidden = hidden
            for label, chip in self._chips.items():
                self._style_chip(label, chip)
            self.visibility_changed.emit(hidden)

    def _make_chip(self, label: str) -> QToolButton:
        chip = QToolButton(self)
        policy = chip.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # a chip in the "+N" menu keeps its size
        chip.setSizePolicy(policy)
        chip.setCheckable(True)
        chip.setChecked(label not in self._hidden)
        chip.setAutoRaise(True)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        chip.setIconSize(QSize(CHIP_ICON, CHIP_ICON))
        font = chip.font()
        font.setPointSizeF(font.pointSizeF() * CHIP_FONT_SCALE)
        chip.setFont(font)
        title = highlight_colors.style_for(label).title
        count = self._counts[label]
        chip.setText(f"{title} {count}")
        chip.setToolTip(
            f"{label}: {count} highlighted. Click to hide or show; "
            "right-click for more."
        )
        chip.setAccessibleName(f"{title}, {count}")
        self._style_chip(label, chip)
        chip.toggled.connect(lambda on, lab=label: self._on_toggled(lab, on))
        chip.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chip.customContextMenuRequested.connect(
            lambda pos, lab=label: self._chip_menu(lab).popup(
                self._chips[lab].mapToGlobal(pos)
            )
        )
        return chip

    def _style_chip(self, label: str, chip: QToolButton) -> None:
        """Full swatch when shown; hollow swatch and struck-out name when hidden."""
        hidden = label in self._hidden
        chip.setIcon(
            highlight_colors.swatch(
                label, highlight_colors.is_dark(self.palette()), hollow=hidden
            )
        )
        font = chip.font()
        font.setStrikeOut(hidden)
        chip.setFont(font)

    def _on_toggled(self, label: str, visible: bool) -> None:
        hidden = self._hidden - {label} if visible else self._hidden | {label}
        self.set_hidden_labels(hidden)

    def _chip_menu(self, label: str) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        only = menu.addAction("Show only this type")
        only.triggered.connect(lambda: self.show_only(label))
        everything = menu.addAction("Show all types")
        everything.triggered.connect(self.show_all)
        return menu

    def show_only(self, label: str) -> None:
        """Hide every present label but ``label``."""
        self.set_hidden_labels((set(self._chips) | self._hidden) - {label})

    @Slot()
    def show_all(self) -> None:
        """Show every label."""
        self.set_hidden_labels(())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Repaint the chips' swatches when the palette switches light/dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for label, chip in self._chips.items():
                self._style_chip(label, chip)
