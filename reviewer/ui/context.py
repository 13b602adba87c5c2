"""What the main window needs from outside: injected, so tests pass their own."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoGroup

from reviewer.ui.dialogs import Dialogs
from reviewer.ui.settings import Settings
from reviewer.ui.tasks import TaskRunner


@dataclass
class AppContext:
    """The app's shared services (git-cola's context idea).

    Attributes:
        settings: remembered choices.
        undo_group: one undo stack per open filing; the active one is the shown one.
        runner: background work with tickets, progress and cancel.
        dialogs: every modal question (tests inject answers).
        prefetch: prepare the next filing in the background.
    """

    settings: Settings
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)
    runner: TaskRunner = field(default_factory=TaskRunner)
    dialogs: Dialogs = field(default_factory=Dialogs)
    prefetch: bool = True
