"""The navigator's saving half: the dataset store, the reviewer, accept and next.

:class:`ReviewSaving` is a mixin of :class:`reviewer.ui.window.navigator.Navigator`,
which owns the state it uses (the sessions, the shown one, the queue) and the
background :class:`DatasetSaver`; saves run there, one at a time.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance, Slot

from reviewer.core.provenance import mark_reviewed, mark_unreviewed
from reviewer.core.records import ReviewState
from reviewer.io.review_store import ReviewStore
from reviewer.models.queue_model import FilingStatus
from reviewer.ui.window.saver import SAVE_WAIT_MS

if TYPE_CHECKING:
    from reviewer.models.queue_model import QueueModel
    from reviewer.ui.context import AppContext
    from reviewer.ui.window.saver import DatasetSaver
    from reviewer.ui.window.session import FilingSession

logger = logging.getLogger(__name__)


class ReviewSaving:
    """Saving the filings a navigator opened: into the dataset, marked reviewed."""

    # Provided by the navigator.
    _context: AppContext
    _queue: QueueModel
    _sessions: dict[str, FilingSession]
    _store: ReviewStore | None
    saver: DatasetSaver
    saved: SignalInstance
    save_failed: SignalInstance
    save_declined: SignalInstance
    autosave_failed: SignalInstance

    if TYPE_CHECKING:

        @property
        def _current(self) -> FilingSession | None: ...
        def is_preview(self, session: FilingSession | None = None) -> bool: ...
        def open_next(self) -> bool: ...

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
        if self.is_preview(session):
            from reviewer.ui.window.preview import PREVIEW_REFUSAL

            session.model.edit_rejected.emit(PREVIEW_REFUSAL)
            return False
        store = self.store()
        if store is None:
            return False
        if session.base is None:  # opened before a dataset was chosen
            session.base = store.fingerprint(session.doc_id)
        self.saver.save(session, store)
        return True

    @Slot()
    def save_current(self) -> bool:
        """Export the shown filing into the dataset (in the background)."""
        return self._current is not None and self.save_session(self._current)

    def save_all(self, msecs: int = SAVE_WAIT_MS) -> bool:
        """Save every filing with unsaved edits and wait; False if any failed."""
        failures = self.saver.failures
        started = all(self.save_session(s) for s in self.dirty_sessions())
        finished = self.wait_for_saves(msecs)
        return started and finished and self.saver.failures == failures

    def wait_for_saves(self, msecs: int = SAVE_WAIT_MS) -> bool:
        """Block until running saves are done (on close); False on time-out."""
        return self.saver.wait(msecs)

    def dirty_sessions(self) -> list[FilingSession]:
        """Filings with edits not yet in the dataset."""
        return [s for s in self._sessions.values() if s.is_dirty()]

    @Slot()
    def accept_and_next(self) -> bool:
        """Mark the shown filing reviewed, save it, and open the next one."""
        session = self._current
        if session is None or self.is_preview(session) or self.store() is None:
            return False  # no dataset chosen: nothing is marked or saved
        self._stamp(session, mark_reviewed(session.model.state(), self.reviewer_name()))
        self._refresh_status(session)  # ◐ until the rows are in the dataset
        if not self.save_session(session):
            return False
        self.open_next()  # at once: the save goes on in the background
        return True

    def set_reviewed(self, reviewed: bool) -> None:
        """Toggle the shown filing's reviewed status (undoable)."""
        if self._current is None:
            return
        state = self._current.model.state()
        if reviewed:
            self._stamp(self._current, mark_reviewed(state, self.reviewer_name()))
        else:
            self._stamp(self._current, mark_unreviewed(state))
        self._refresh_status(self._current)

    @staticmethod
    def _stamp(session: FilingSession, marked: ReviewState) -> None:
        """Give the shown review the status and stamp of ``marked`` (undoable)."""
        session.model.change_status(
            marked.status, marked.reviewed_by, marked.reviewed_at
        )

    def discard_current(self) -> None:
        """Throw away the shown filing's edits and start again from the proposal."""
        session = self._current
        if session is None or self.is_preview(session):
            return
        store = self.store(ask=False)
        if store is not None:
            store.discard(session.doc_id)
        session.stack.clear()
        session.model.reset_state(ReviewState.from_extraction(session.extraction))
        self._queue.set_status(self._queue.row_of(session.path), FilingStatus.NEW)

    def _refresh_status(
        self, session: FilingSession, at_least: FilingStatus = FilingStatus.NEW
    ) -> None:
        """Show a filing's status; ● (reviewed) only once its rows are saved."""
        row = self._queue.row_of(session.path)
        if row < 0:
            return
        dirty = session.is_dirty()
        reviewed = session.model.status() == "reviewed"
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
            self._refresh_status(session)
        self.saved.emit(path)

    @Slot(object, str)
    def _on_saver_failed(self, session: object, message: str) -> None:
        from reviewer.ui.window.session import FilingSession

        if isinstance(session, FilingSession):
            self._refresh_status(session)  # ● only once the rows are saved
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
            self.saver.save(session, store, force=True)
            return
        name = Path(session.path).name
        if answer is Conflict.KEEP_THEIRS and store is not None:
            self._keep_theirs(session, store)
            self.save_declined.emit(
                f"Kept the rows of {name} that someone else saved; your edits "
                "of it were discarded."
            )
            return
        self._refresh_status(session)
        self.save_declined.emit(f"{name} was not saved: the dataset was left as is.")

    def _keep_theirs(self, session: FilingSession, store: ReviewStore) -> None:
        """Drop this window's edits of a filing; the dataset's rows stand."""
        store.discard(session.doc_id)
        session.stack.clear()
        session.model.reset_state(ReviewState.from_extraction(session.extraction))
        session.base = store.fingerprint(session.doc_id)
        known = FilingStatus(store.status(session.doc_id))
        self._refresh_status(session, known)

    @Slot(bool)
    def _on_undo_group_clean_changed(self, _clean: bool) -> None:
        # An undo back to the saved state (or a save) changes the queue mark;
        # the model's own signal comes before the stack's index moves.
        if self._current is not None:
            self._refresh_status(self._current)

    @Slot()
    def _on_model_state_changed(self) -> None:
        session = self._current
        if session is None or self.is_preview(session):
            return
        self._refresh_status(session)
        store = self.store(ask=False)
        if store is not None:
            state = session.model.state()
            warning = store.autosave(
                session.document, session.extraction, state, session.base
            )
            if warning:
                self.autosave_failed.emit(warning)
