"""What the main window needs from outside: injected, so tests pass their own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoGroup

from reviewer.ui.dialogs import Dialogs
from reviewer.ui.settings import Settings
from reviewer.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from reviewer.core.document import Document
    from reviewer.core.records import Extraction

Extractor = Callable[["Document"], "Extraction"]
"""Document in, the machine's proposal out (as ``reviewer.io.pipeline.Extractor``)."""


@dataclass
class AppContext:
    """The app's shared services (git-cola's context idea).

    Attributes:
        settings: remembered choices.
        undo_group: one undo stack per open filing; the active one is the shown one.
        runner: background work with tickets, progress and cancel.
        dialogs: every modal question (tests inject answers).
        prefetch: prepare the next filing in the background.
        extractor: a test seam: what proposes the rows of an opened filing
            (None: the live extractor). The UI tests pass a recorded one.
    """

    settings: Settings
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)
    runner: TaskRunner = field(default_factory=TaskRunner)
    dialogs: Dialogs = field(default_factory=Dialogs)
    prefetch: bool = True
    extractor: Extractor | None = None
