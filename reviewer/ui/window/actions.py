"""The window's actions with their shortcuts, icons and menus, built in one place."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from reviewer import __version__
from reviewer.ui import icons

logger = logging.getLogger(__name__)

Key = QKeySequence.StandardKey


@dataclass
class Actions:
    """Every menu and toolbar action of the main window."""

    open_files: QAction
    open_folder: QAction
    export: QAction
    choose_dataset: QAction
    connect_team: QAction
    disconnect_team: QAction
    refresh_team: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    add_row: QAction
    duplicate_row: QAction
    delete_rows: QAction
    discard: QAction
    set_reviewer: QAction
    reviewed: QAction
    accept_next: QAction
    next_filing: QAction
    previous_filing: QAction
    show_offsets: QAction
    show_legend: QAction
    zoom_in: QAction
    zoom_out: QAction
    about: QAction
    shortcuts: QAction
    recent_menu: QMenu
    view_menu: QMenu

    def set_review_enabled(self, enabled: bool) -> None:
        """Enable the actions that need a filing on show."""
        for action in (
            self.export,
            self.add_row,
            self.duplicate_row,
            self.delete_rows,
            self.discard,
            self.reviewed,
            self.accept_next,
        ):
            action.setEnabled(enabled)

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(action, keys) for every action with a shortcut, for Help."""
        table = []
        for spec in fields(self):
            action = getattr(self, spec.name)
            if isinstance(action, QAction) and action.shortcuts():
                keys = ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText)
                    for s in action.shortcuts()
                    if _typeable(s)
                )
                table.append((action.text().replace("&", ""), keys))
        return table


def _typeable(sequence: QKeySequence) -> bool:
    """Whether a sequence is typed on a keyboard (not a dedicated media key).

    The help lists Ctrl+O and F1 but not the "Open" or "Help" keys some
    keyboards have, which the platform's standard bindings also include.
    """
    if sequence.isEmpty():
        return False
    combination = sequence[0]  # type: ignore[index]  # QKeySequence.operator[]
    key = combination.key()
    return bool(combination.keyboardModifiers()) or (
        Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F35.value
    )


def _keys(*specs: QKeySequence | Key | str) -> list[QKeySequence]:
    """Key sequences for ``specs``: a platform's standard keys first, no repeats.

    A ``StandardKey`` brings every binding the platform gives it (none where
    the platform has none, e.g. Quit on Windows); the fallbacks follow.
    """
    found: list[QKeySequence] = []
    for spec in specs:
        if isinstance(spec, Key):
            sequences = QKeySequence.keyBindings(spec)
        else:
            sequences = [QKeySequence(spec)]
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found


def _action(
    window: QMainWindow,
    text: str,
    shortcuts: tuple[QKeySequence | Key | str, ...] = (),
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcuts:
        action.setShortcuts(_keys(*shortcuts))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def build_actions(window: QMainWindow, undo_group: QUndoGroup) -> Actions:
    """Create the actions and the menu bar and toolbar of ``window``."""
    undo = undo_group.createUndoAction(window, "&Undo")
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    undo.setIcon(icons.undo())
    redo = undo_group.createRedoAction(window, "&Redo")
    redo.setShortcuts(_keys(Key.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
    redo.setIcon(icons.redo())
    menu_bar = window.menuBar()
    recent = QMenu("Open &Recent", window)
    actions = Actions(
        open_files=_action(window, "&Open…", (Key.Open,), "Open filings"),
        open_folder=_action(
            window, "Open &Folder…", ("Ctrl+Shift+O",), "Queue every filing in a folder"
        ),
        export=_action(
            window,
            "&Export to Dataset",
            ("Ctrl+E", Key.Save),
            "Save this filing's rows into the dataset",
        ),
        choose_dataset=_action(window, "Choose &Dataset…"),
        connect_team=_action(
            window,
            "Connect to &Team Workspace…",
            (),
            "Review the filings of a team's shared queue on PostgreSQL",
        ),
        disconnect_team=_action(
            window,
            "Disconn&ect from Team Workspace",
            (),
            "Give back the filings you hold and leave the team workspace",
        ),
        refresh_team=_action(
            window,
            "Refresh &Team Queue",
            ("F5",),
            "Read the team's queue again and send changes waiting to be sent",
        ),
        quit=_action(window, "&Quit", (Key.Quit, "Ctrl+Q")),
        undo=undo,
        redo=redo,
        add_row=_action(window, "&Add Row", ("Ctrl+N",), "Add an empty roster row"),
        duplicate_row=_action(
            window, "D&uplicate Row", ("Ctrl+D",), "Copy the selected rows"
        ),
        delete_rows=_action(
            window, "De&lete Rows", ("Ctrl+Del",), "Delete the selected rows"
        ),
        discard=_action(window, "Discard My &Changes…"),
        set_reviewer=_action(window, "Reviewer &Name…"),
        reviewed=_action(
            window, "&Reviewed", ("Ctrl+R",), "Mark this filing as reviewed"
        ),
        accept_next=_action(
            window,
            "&Accept and Next",
            ("Ctrl+Return", "Ctrl+Enter"),
            "Mark reviewed, save into the dataset and open the next filing",
        ),
        next_filing=_action(window, "&Next Filing", ("Ctrl+]", "Alt+Down")),
        previous_filing=_action(window, "&Previous Filing", ("Ctrl+[", "Alt+Up")),
        show_offsets=_action(window, "Show &Offset Columns"),
        show_legend=_action(window, "Show &Legend"),
        zoom_in=_action(window, "Zoom &In", (Key.ZoomIn, "Ctrl+=")),
        zoom_out=_action(window, "Zoom &Out", (Key.ZoomOut,)),
        about=_action(window, "&About Board Change Reviewer"),
        shortcuts=_action(window, "&Keyboard Shortcuts", (Key.HelpContents, "F1")),
        recent_menu=recent,
        view_menu=QMenu("&View", window),
    )
    actions.reviewed.setCheckable(True)
    actions.disconnect_team.setEnabled(False)  # enabled while connected
    actions.refresh_team.setEnabled(False)
    actions.show_offsets.setCheckable(True)
    actions.show_legend.setCheckable(True)
    actions.show_legend.setChecked(True)
    for action, icon in (
        (actions.open_files, icons.open_document()),
        (actions.open_folder, icons.open_folder()),
        (actions.export, icons.export()),
        (actions.add_row, icons.add_row()),
        (actions.duplicate_row, icons.duplicate_row()),
        (actions.delete_rows, icons.delete_row()),
        (actions.reviewed, icons.reviewed()),
        (actions.accept_next, icons.accept_next()),
        (actions.next_filing, icons.next_filing()),
        (actions.previous_filing, icons.previous_filing()),
    ):
        action.setIcon(icon)

    file_menu = menu_bar.addMenu("&File")
    file_menu.addActions([actions.open_files, actions.open_folder])
    file_menu.addMenu(recent)
    file_menu.addSeparator()
    file_menu.addActions([actions.export, actions.choose_dataset, actions.set_reviewer])
    file_menu.addSeparator()
    file_menu.addActions(
        [actions.connect_team, actions.refresh_team, actions.disconnect_team]
    )
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menu_bar.addMenu("&Edit")
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addActions([actions.add_row, actions.duplicate_row, actions.delete_rows])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.discard)
    review_menu = menu_bar.addMenu("&Review")
    review_menu.addActions(
        [
            actions.reviewed,
            actions.accept_next,
            actions.next_filing,
            actions.previous_filing,
        ]
    )
    view_menu = actions.view_menu
    menu_bar.addMenu(view_menu)
    view_menu.addActions([actions.zoom_in, actions.zoom_out, actions.show_offsets])
    view_menu.addSeparator()
    help_menu = menu_bar.addMenu("&Help")
    help_menu.addActions([actions.shortcuts, actions.about])

    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    toolbar.addActions([actions.open_files, actions.open_folder, actions.export])
    toolbar.addSeparator()
    toolbar.addActions([undo, redo])
    toolbar.addSeparator()
    toolbar.addActions([actions.add_row, actions.duplicate_row, actions.delete_rows])
    toolbar.addSeparator()
    toolbar.addActions(
        [
            actions.previous_filing,
            actions.next_filing,
            actions.reviewed,
            actions.accept_next,
        ]
    )
    button = toolbar.widgetForAction(actions.accept_next)
    if isinstance(button, QToolButton):  # the one action an analyst hits most
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(toolbar)
    return actions


def about_html(title: str) -> str:
    """The About box text, with the version."""
    return (
        f"<b>{title}</b> {__version__}<p>Turn board-of-directors change "
        "announcements into rows of a reviewed CSV dataset.</p>"
    )


def shortcuts_html(actions: Actions, text_actions: Sequence[QAction] = ()) -> str:
    """A table of every action's shortcut, for Help > Keyboard Shortcuts.

    ``text_actions`` are the document view's own (active while it has focus).
    """
    rows = [(name, keys) for name, keys in actions.shortcut_table()]
    for action in text_actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            name = action.text().replace("&", "").rstrip("\u2026")
            rows.append((f"{name} (in the text)", keys))
    cells = "".join(
        f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>"
        for name, keys in rows
    )
    return f"<table>{cells}</table>"
