"""Save reviews into the dataset off the GUI thread, one at a time, in order.

A save writes a *snapshot* of the filing's :class:`ReviewState`: the user can go
on editing (or move to the next filing) while it runs. When the save completes,
the filing is marked clean only if its current state is still the one saved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal, Slot

from reviewer.core.records import ReviewState
from reviewer.core.schema import ReviewStatus
from reviewer.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from reviewer.io.review_store import ReviewStore
    from reviewer.ui.window.session import FilingSession

logger = logging.getLogger(__name__)

SAVE_WAIT_MS = 60_000
"""How long closing the window waits for saves still running."""


@dataclass(frozen=True)
class _Job:
    session: FilingSession
    store: ReviewStore
    state: ReviewState
    force: bool


class DatasetSaver(QObject):
    """Runs dataset saves on a one-thread pool so they never overlap.

    Signals:
        started(str): a save into this dataset path began (status bar note).
        saved(object, str): (session, dataset path) a snapshot was written.
        failed(object, str): (session, plain-words message) the save failed;
            the review stays in memory and in the autosave.
        conflicted(object, str): (session, message) nothing was written: the
            dataset's rows of the filing changed since it was opened, or
            reviewed rows would be replaced by unreviewed ones.
    """

    started = Signal(str)
    saved = Signal(object, str)
    failed = Signal(object, str)
    conflicted = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        """A private pool of one thread: saves run one after another, in order."""
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._runner = TaskRunner(self._pool, self)
        self._runner.finished.connect(self._on_runner_finished)
        self._runner.errored.connect(self._on_runner_errored)
        self._jobs: dict[str, _Job] = {}
        self._count = 0
        self.failures = 0
        """How many saves failed so far."""

    def save(
        self, session: FilingSession, store: ReviewStore, *, force: bool = False
    ) -> None:
        """Write a snapshot of ``session``'s review into ``store`` in the background.

        Unless ``force``, the save stops (``conflicted``) when the dataset's rows
        of the filing are no longer those the review began from.
        """
        state = session.model.state()
        self._count += 1
        channel = f"save-{self._count}"  # one channel per save: none is dropped
        self._jobs[channel] = _Job(session, store, state, force)
        document, extraction = session.document, session.extraction

        def work(cancel: object, progress: object) -> object:
            # Read at run time: saves run one after another on this one thread,
            # so a queued save checks against the rows the one before wrote.
            expected = None if force else session.base
            base = store.save(document, extraction, state, expected)  # file lock
            session.base = base
            return base

        self.started.emit(str(store.dataset_path))
        self._runner.start(channel, work)  # FIFO on the one-thread pool

    def is_saving(self, session: FilingSession | None = None) -> bool:
        """Whether a save (of ``session``, or any) is queued or running."""
        return any(session is None or j.session is session for j in self._jobs.values())

    def wait(self, msecs: int = SAVE_WAIT_MS) -> bool:
        """Block until every save finished and was reported; False on time-out."""
        if not self._pool.waitForDone(msecs):
            return False
        # The results are queued signals to the runner; deliver them now.
        meta = QEvent.Type.MetaCall
        QCoreApplication.sendPostedEvents(self._runner, meta.value)
        QCoreApplication.sendPostedEvents(self, meta.value)
        return not self._jobs

    @Slot(str, object)
    def _on_runner_finished(self, channel: str, result: object) -> None:
        job = self._jobs.pop(channel, None)
        if job is None:
            return
        session = job.session
        if isinstance(result, str):
            session.base = result
        if session.model.state() == job.state:  # else: later edits stay unsaved
            if job.state.status == ReviewStatus.REVIEWED:
                # Undo stops at a saved Accept: stepping back past it would
                # un-review a filing the dataset holds as reviewed.
                session.stack.clear()
            session.stack.setClean()
        self.saved.emit(session, str(job.store.dataset_path))

    @Slot(str, object)
    def _on_runner_errored(self, channel: str, error: object) -> None:
        job = self._jobs.pop(channel, None)
        if job is None:
            return
        from reviewer.io.errors import DatasetConflictError

        self.failures += 1
        if isinstance(error, DatasetConflictError):
            self.conflicted.emit(job.session, str(error))
            return
        logger.warning("saving %s failed: %s", job.session.path, error)
        name = Path(job.session.path).name
        self.failed.emit(
            job.session, f"The review of {name} could not be saved. {error}"
        )
