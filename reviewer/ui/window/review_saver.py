"""Saving the reviews a navigator opened: the dataset store, accept, discard, autosave.

:class:`ReviewSaver` sits beside :class:`~reviewer.ui.window.navigator.Navigator`
(which opens, prepares and shows filings); both take the :class:`AppContext`.
Dataset saves run in the background on a :class:`DatasetSaver`, one at a time;
autosaves run on a :class:`~reviewer.ui.tasks.TaskRunner` over one shared
thread, so they leave the GUI thread and still reach the disk in edit order.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from reviewer.core.provenance import mark_reviewed, mark_unreviewed
from reviewer.core.records import ReviewState
from reviewer.core.schema import FilingStatus, ReviewStatus
from reviewer.io.review_store import ReviewStore
from reviewer.ui.tasks import TaskRunner
from reviewer.ui.window.saver import SAVE_WAIT_MS, DatasetSaver

if TYPE_CHECKING:
    from reviewer.models.queue_model import QueueModel
    from reviewer.ui.context import AppContext
    from reviewer.ui.shown_review import ShownReview
    from reviewer.ui.window.session import FilingSession

logger = logging.getLogger(__name__)

_autosave_pool: QThreadPool | None = None


def autosave_pool() -> QThreadPool:
    """The one thread every window's autosaves run on, in the order they were made.

    Shared by the windows of a process, so a window that reads an autosave can
    first wait for the writes still queued (:func:`flush_autosaves`).
    """
    global _autosave_pool
    if _autosave_pool is None:
        _autosave_pool = QThreadPool()
        _autosave_pool.setMaxThreadCount(1)
    return _autosave_pool


def flush_autosaves(msecs: int = SAVE_WAIT_MS) -> bool:
    """Wait until every queued autosave is on disk; False on time-out."""
    return _autosave_pool is None or bool(_autosave_pool.waitForDone(msecs))


class ReviewSaver(QObject):
    """Saves the filings under review: into the dataset, marked reviewed, autosaved.

    Signals:
        saving(str): a save into the dataset at this path started (it runs in
            the background, one at a time).
        saved(str): a review was saved into the dataset at this path.
        save_failed(str): the dataset could not be written; the message says why.
        save_declined(str): a save stopped over someone else's rows of the
            filing was not done, as the user chose (the note says what stands).
        autosave_failed(str): work in progress could not be autosaved (why).
    """

    saving = Signal(str)
    saved = Signal(str)
    save_failed = Signal(str)
    save_declined = Signal(str)
    autosave_failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        queue: QueueModel,
        shown: ShownReview,
        parent: QObject | None = None,
    ) -> None:
        """Save the reviews ``shown`` shows, marking them in ``queue``."""
        super().__init__(parent)
        self._context = context
        self._queue = queue
        self._shown = shown
        self._store: ReviewStore | None = None
        self.dataset_saver = DatasetSaver(self)
        self.dataset_saver.started.connect(self.saving)
        self.dataset_saver.saved.connect(self._on_saver_saved)
        self.dataset_saver.failed.connect(self._on_saver_failed)
        self.dataset_saver.conflicted.connect(self._on_saver_conflicted)
        self._autosaves = TaskRunner(autosave_pool(), self)
        self._autosaves.finished.connect(self._on_autosaves_finished)
        context.undo_group.cleanChanged.connect(self._on_undo_group_clean_changed)
        shown.state_changed.connect(self._on_model_state_changed)

    @property
    def _current(self) -> FilingSession | None:
        return self._shown.session()

    def store(self, ask: bool = True) -> ReviewStore | None:
        """The dataset store; asks for the dataset path once when ``ask``."""
        settings = self._context.settings
        path = settings.dataset_path()
        if not path and ask:
            path = self._context.dialogs.ask_dataset_path("")
            if path:
                settings.set_dataset_path(path)
        if not path:
            return None
        if self._store is None or str(self._store.dataset_path) != path:
            self._store = ReviewStore(Path(path))
        return self._store

    def reviewer_name(self) -> str:
        """The reviewer's name, asked once and remembered."""
        settings = self._context.settings
        name = settings.reviewer_name()
        if not name:
            name = self._context.dialogs.ask_reviewer_name("")
            if name:
                settings.set_reviewer_name(name)
        return name

    def save_session(self, session: FilingSession) -> bool:
        """Start writing one filing's rows into the dataset in the background.

        False when nothing was started (a preview, no dataset chosen). The
        outcome arrives later as ``saved`` or ``save_failed``.
        """
        if session.preview:
            from reviewer.ui.window.preview import PREVIEW_REFUSAL

            session.model.edit_rejected.emit(PREVIEW_REFUSAL)
            return False
        store = self.store()
        if store is None:
            return False
        if session.base is None:  # opened before a dataset was chosen
            session.base = store.fingerprint(session.doc_id)
        self.dataset_saver.save(session, store)
        return True

    @Slot()
    def save_current(self) -> bool:
        """Export the shown filing into the dataset (in the background)."""
        return self._current is not None and self.save_session(self._current)

    def save_all(
        self, sessions: Iterable[FilingSession], msecs: int = SAVE_WAIT_MS
    ) -> bool:
        """Save the dirty ones of ``sessions`` and wait; False if any failed."""
        failures = self.dataset_saver.failures
        started = all(self.save_session(s) for s in self.dirty_sessions(sessions))
        finished = self.wait_for_saves(msecs)
        return started and finished and self.dataset_saver.failures == failures

    def wait_for_saves(self, msecs: int = SAVE_WAIT_MS) -> bool:
        """Block until running saves and autosaves are done (on close)."""
        return self.dataset_saver.wait(msecs) and flush_autosaves(msecs)

    def is_saving(self, session: FilingSession | None = None) -> bool:
        """Whether a dataset save (of ``session``, or any) is queued or running."""
        return self.dataset_saver.is_saving(session)

    @staticmethod
    def dirty_sessions(sessions: Iterable[FilingSession]) -> list[FilingSession]:
        """Those of ``sessions`` with edits not yet in the dataset."""
        return [s for s in sessions if s.is_dirty()]

    def accept_current(self) -> bool:
        """Mark the shown filing reviewed and start saving it; False if not started."""
        session = self._current
        if session is None or session.preview or self.store() is None:
            return False  # no dataset chosen: nothing is marked or saved
        self._stamp(session, mark_reviewed(session.model.state(), self.reviewer_name()))
        self.refresh_status(session)  # ◐ until the rows are in the dataset
        return self.save_session(session)

    def set_reviewed(self, reviewed: bool) -> None:
        """Toggle the shown filing's reviewed status (undoable)."""
        if self._current is None:
            return
        state = self._current.model.state()
        if reviewed:
            self._stamp(self._current, mark_reviewed(state, self.reviewer_name()))
        else:
            self._stamp(self._current, mark_unreviewed(state))
        self.refresh_status(self._current)

    @staticmethod
    def _stamp(session: FilingSession, marked: ReviewState) -> None:
        """Give the shown review the status and stamp of ``marked`` (undoable)."""
        session.model.change_status(
            marked.status, marked.reviewed_by, marked.reviewed_at
        )

    def discard_current(self) -> None:
        """Throw away the shown filing's edits and start again from the proposal."""
        session = self._current
        if session is None or session.preview:
            return
        store = self.store(ask=False)
        if store is not None:
            store.discard(session.doc_id)
        session.stack.clear()
        session.model.reset_state(ReviewState.from_extraction(session.extraction))
        self._queue.set_status(self._queue.row_of(session.path), FilingStatus.NEW)

    def refresh_status(
        self, session: FilingSession, at_least: FilingStatus = FilingStatus.NEW
    ) -> None:
        """Show a filing's status; ● (reviewed) only once its rows are saved."""
        row = self._queue.row_of(session.path)
        if row < 0:
            return
        dirty = session.is_dirty()
        reviewed = session.model.status() == ReviewStatus.REVIEWED
        if session.model.changed_since_accepted():
            status = FilingStatus.CHANGED
        elif not dirty and (reviewed or at_least is FilingStatus.REVIEWED):
            status = FilingStatus.REVIEWED
        elif dirty or session.stack.count() or at_least is FilingStatus.IN_PROGRESS:
            status = FilingStatus.IN_PROGRESS
        else:
            status = self._queue.entry(row).status
            if status is FilingStatus.FAILED:
                status = FilingStatus.NEW
        self._queue.set_status(row, status)

    # -- the saver's outcomes and the autosave -------------------------------
    @Slot(object, str)
    def _on_saver_saved(self, session: object, path: str) -> None:
        from reviewer.ui.window.session import FilingSession

        if isinstance(session, FilingSession):
            self.refresh_status(session)
        self.saved.emit(path)

    @Slot(object, str)
    def _on_saver_failed(self, session: object, message: str) -> None:
        from reviewer.ui.window.session import FilingSession

        if isinstance(session, FilingSession):
            self.refresh_status(session)  # ● only once the rows are saved
        self.save_failed.emit(message)

    @Slot(object, str)
    def _on_saver_conflicted(self, session: object, message: str) -> None:
        """Someone else saved this filing: keep theirs, replace, or cancel."""
        from reviewer.ui.dialogs import Conflict
        from reviewer.ui.window.session import FilingSession

        if not isinstance(session, FilingSession):
            return
        answer = self._context.dialogs.ask_conflict(message)
        store = self.store(ask=False)
        if answer is Conflict.REPLACE and store is not None:
            self.dataset_saver.save(session, store, force=True)
            return
        name = Path(session.path).name
        if answer is Conflict.KEEP_THEIRS and store is not None:
            self._keep_theirs(session, store)
            self.save_declined.emit(
                f"Kept the rows of {name} that someone else saved; your edits "
                "of it were discarded."
            )
            return
        self.refresh_status(session)
        self.save_declined.emit(f"{name} was not saved: the dataset was left as is.")

    def _keep_theirs(self, session: FilingSession, store: ReviewStore) -> None:
        """Drop this window's edits of a filing; the dataset's rows stand."""
        store.discard(session.doc_id)
        session.stack.clear()
        session.model.reset_state(ReviewState.from_extraction(session.extraction))
        session.base = store.fingerprint(session.doc_id)
        known = FilingStatus(store.status(session.doc_id))
        self.refresh_status(session, known)

    @Slot(bool)
    def _on_undo_group_clean_changed(self, _clean: bool) -> None:
        # An undo back to the saved state (or a save) changes the queue mark;
        # the model's own signal comes before the stack's index moves.
        if self._current is not None:
            self.refresh_status(self._current)

    @Slot()
    def _on_model_state_changed(self) -> None:
        session = self._current
        if session is None or session.preview:
            return
        self.refresh_status(session)
        store = self.store(ask=False)
        if store is not None:
            self._autosave(session, store)

    def _autosave(self, session: FilingSession, store: ReviewStore) -> None:
        """Write a snapshot of the review to the autosave, off the GUI thread.

        Autosaves run one after another on one shared thread, in edit order; a
        snapshot already followed by a newer one of the same filing is skipped.
        """
        document, extraction = session.document, session.extraction
        state, base = session.model.state(), session.base

        def work(cancel: threading.Event, _progress: Callable[[int, int], None]) -> str:
            if cancel.is_set():
                return ""  # a newer snapshot of this filing is queued behind
            return store.autosave(document, extraction, state, base)

        # One channel per filing: a newer snapshot cancels an older one not yet
        # written (the runner then drops its result too).
        channel = f"autosave:{document.doc_id}"
        self._autosaves.start(channel, work)

    @Slot(str, object)
    def _on_autosaves_finished(self, _channel: str, warning: object) -> None:
        if isinstance(warning, str) and warning:
            self.autosave_failed.emit(warning)
