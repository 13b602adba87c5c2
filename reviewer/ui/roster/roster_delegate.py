"""Cell editors that fit each roster column: combos, checked dates, completers."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reviewer.core.edits import normalize_date, normalize_integer, normalize_value
from reviewer.core.schema import ROW_COLUMNS, Column, Kind
from reviewer.core.vocabulary import SUGGESTIONS_OF_COLUMN

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

_CHOICE_TITLES = {"": "(not stated)"}


class DateValidator(QValidator):
    """Accept only real dates (``2020-02-30`` stays Intermediate, so no commit)."""

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 - Qt override
        try:
            normalize_date(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class IntegerValidator(QValidator):
    """Accept whole numbers of zero or more, or nothing."""

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 - Qt override
        try:
            normalize_integer(text)
        except ValueError:
            if text.strip().isdigit() or not text.strip():
                return QValidator.State.Intermediate, text, pos
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class CheckedLineEdit(QLineEdit):
    """A line edit that turns red and says why while its text is not valid."""

    def __init__(self, column: Column, parent: QWidget | None = None) -> None:
        """Check values of ``column`` as they are typed."""
        super().__init__(parent)
        self._column = column
        self.textChanged.connect(self._on_text_changed)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        try:
            normalize_value(self._column, text)
        except ValueError as exc:
            self.setStyleSheet("QLineEdit { color: #c62828; }")
            self.setToolTip(str(exc))
        else:
            self.setStyleSheet("")
            self.setToolTip("")


class TabTakesSuggestion(QObject):
    """Tab on an open completer list takes the highlighted suggestion.

    Qt's popup completion takes a suggestion only if one was picked with the
    arrow keys: typing "dir" and pressing Tab stored "dir". This filter, on the
    completer's list, highlights the first suggestion when none is, so Tab
    takes what the list shows on top (as inline completion would). Enter
    still keeps the text as typed.
    """

    def __init__(self, completer: QCompleter) -> None:
        """Watch ``completer``'s list (installed after Qt's own filter)."""
        super().__init__(completer)
        self._completer = completer
        popup = completer.popup()
        if popup is not None:
            popup.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Before Qt's filter sees Tab, make the top suggestion current."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            popup = self._completer.popup()
            if (
                popup is not None
                and event.key() == Qt.Key.Key_Tab
                and popup.isVisible()
                and not popup.currentIndex().isValid()
            ):
                first = self._completer.completionModel().index(0, 0)
                if first.isValid():
                    popup.setCurrentIndex(first)
        return False


def make_line_editor(column: Column, parent: QWidget) -> QLineEdit:
    """A line edit with the validator and completer the column needs."""
    checked = column.kind in (Kind.DATE, Kind.INTEGER)
    editor = CheckedLineEdit(column, parent) if checked else QLineEdit(parent)
    if column.kind is Kind.DATE:
        editor.setValidator(DateValidator(editor))
        editor.setPlaceholderText("YYYY-MM-DD")
    elif column.kind is Kind.INTEGER:
        editor.setValidator(IntegerValidator(editor))
    suggestions = SUGGESTIONS_OF_COLUMN.get(column.name, ())
    if suggestions:
        completer = QCompleter(list(suggestions), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        TabTakesSuggestion(completer)
    return editor


def make_choice_editor(column: Column, parent: QWidget) -> QComboBox:
    """A combo box over the column's allowed values."""
    combo = QComboBox(parent)
    for choice in column.choices:
        combo.addItem(_CHOICE_TITLES.get(choice, choice.replace("_", " ")), choice)
    return combo


class RosterDelegate(QStyledItemDelegate):
    """Chooses the editor for a roster cell from its schema column."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Create the delegate."""
        super().__init__(parent)

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        """A combo for choices, a checked line edit for the rest."""
        column = ROW_COLUMNS[index.column()]
        if column.kind in (Kind.ENUM, Kind.BOOL):
            return make_choice_editor(column, parent)
        editor = make_line_editor(column, parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Show the cell's value in the editor."""
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        """Send the editor's value to the model (which validates and undoes)."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and editor.hasAcceptableInput():
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
