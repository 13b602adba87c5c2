"""The review queue's engine: open filings off the GUI thread, prepare the next.

Only one filing is shown at a time; every filing opened keeps its session (model
and undo stack) so going back and forth loses nothing, and the next filing in the
queue is loaded and extracted in the background so "Accept and next" is instant.
Saving (the dataset store, accept, discard, autosave) is the
:class:`~reviewer.ui.window.review_saver.ReviewSaver` beside it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reviewer.core.schema import FilingStatus
from reviewer.io.errors import LoadCancelledError, LoadError
from reviewer.io.formats import SUPPORTED_SUFFIXES
from reviewer.io.review_store import queue_statuses
from reviewer.models.queue_model import QueueModel, list_folder
from reviewer.ui.context import AppContext, Extractor
from reviewer.ui.shown_review import ShownReview
from reviewer.ui.warmup import warm_up
from reviewer.ui.window.review_saver import ReviewSaver, flush_autosaves

if TYPE_CHECKING:
    from reviewer.core.records import ReviewState
    from reviewer.io.loaders import LoadOptions
    from reviewer.io.pipeline import LoadedFiling
    from reviewer.ui.window.session import FilingSession

logger = logging.getLogger(__name__)

OPEN, PREFETCH, STATUS, WARM = "open", "prefetch", "status", "warm"

WARM_UP_MS = 0
"""After the panes are built (right after the window's first paint), prepare the
loaders and the extractor in the background."""

WINDOW_MAX_TEXT_BYTES = 24_000_000
"""Text, HTML and Markdown files the window reads (the CLI's bound is 100 MB,
in a worker it can stop): extracting from an 80 MB text takes minutes of CPU."""


def open_and_extract(
    path: str, options: LoadOptions | None = None, extractor: Extractor | None = None
) -> LoadedFiling:
    """:func:`reviewer.io.pipeline.open_and_extract`, imported when first called.

    Called on a worker thread: the GUI thread never imports the loaders or the
    extractor before the first open.
    """
    from reviewer.io.pipeline import open_and_extract as load_and_extract
    from reviewer.ui.window.model_actions import active_model

    return load_and_extract(path, options, extractor=extractor, model=active_model())


def _load(
    path: str, extractor: Extractor | None = None
) -> Callable[
    [threading.Event, Callable[[int, int], None], Callable[[object], None]], object
]:
    def work(
        cancel: threading.Event,
        progress: Callable[[int, int], None],
        deliver: Callable[[object], None],
    ) -> object:
        # Imported here, on the worker thread: the window never imports a loader
        # before the first open (the warm-up imports them in the background).
        from reviewer.io.loaders import LoadOptions
        from reviewer.io.pipeline import extracting, model_extractor
        from reviewer.ui.window.model_actions import active_model

        options = LoadOptions(
            max_text_bytes=WINDOW_MAX_TEXT_BYTES,
            progress=progress,
            cancel=cancel,
            partial=extracting(
                lambda preview: deliver((path, preview)),
                extractor or model_extractor(active_model()),
            ),
        )
        return path, open_and_extract(path, options, extractor)

    return work


def describe_error(error: object) -> str:
    """A plain-words message for a failure in the background."""
    if isinstance(error, LoadError):
        return str(error)
    if isinstance(error, OSError):
        return f"The file could not be read: {error.strerror or error}"
    return f"Unexpected problem while opening the filing ({error})."


class Navigator(QObject):
    """Opens, prepares and shows the filings of a :class:`QueueModel`.

    Saving is ``saver``'s (a :class:`ReviewSaver`); ``accept_and_next`` asks it
    to accept the shown filing, then opens the next one.

    The shown review is :attr:`shown` (a :class:`ShownReview`): its ``changed``
    signal says a FilingSession (or None) is now shown.

    Signals:
        preview_shown(str): the shown session is a read-only preview of a long
            PDF's first pages; the text is the hint to show ("Loading page…").
        load_failed(str, str): (path, message) a filing could not be opened.
        queue_finished(): "next" was asked at the end of the queue.
        waiting_changed(str): the filing the user waits for ("" when none).
        warmed_up(): the worker's warm-up is over (done, cancelled by an open,
            or skipped because a filing was being opened): the GUI thread's
            warm-up can run without sharing the interpreter with it.
    """

    preview_shown = Signal(str)
    load_failed = Signal(str, str)
    queue_finished = Signal()
    waiting_changed = Signal(str)
    warmed_up = Signal()

    def __init__(
        self,
        context: AppContext,
        queue: QueueModel,
        shown: ShownReview,
        saver: ReviewSaver,
        parent: QObject | None = None,
    ) -> None:
        """Drive ``queue`` with the context's runner; show filings in ``shown``."""
        super().__init__(parent)
        self._context = context
        self._queue = queue
        self._sessions: dict[str, FilingSession] = {}
        self.shown = shown
        self.saver = saver
        self._preview: FilingSession | None = None
        self._before_preview: FilingSession | None = None
        self._prefetching = ""
        self._wanted = ""
        self._scan_pending = False
        self.draft_for: Callable[[str], ReviewState | None] | None = None
        """A team workspace's draft of a filing (by doc_id), restored on open."""
        runner = context.runner
        runner.finished.connect(self._on_runner_finished)
        runner.partial.connect(self._on_runner_partial)
        runner.stopped.connect(self._on_runner_stopped)
        QTimer.singleShot(WARM_UP_MS, self._on_warm_up_timer_timeout)
        runner.errored.connect(self._on_runner_errored)

    # -- queue --------------------------------------------------------------
    def add_paths(self, paths: Iterable[str]) -> int:
        """Queue files and the supported files of folders; return the first row."""
        files: list[str] = []
        for path in paths:
            folder = Path(path)
            if folder.is_dir():
                files.extend(list_folder(folder, SUPPORTED_SUFFIXES))
            else:
                files.append(path)
        first = self._queue.add_paths(files)
        # After the caller had a chance to open one: the scan must not delay it.
        QTimer.singleShot(0, self._on_scan_timer_timeout)
        return first

    @Slot()
    def _on_warm_up_timer_timeout(self) -> None:
        if not self._wanted:  # a filing being opened imports it anyway
            self._context.runner.start(WARM, warm_up, -2)
        else:
            self.warmed_up.emit()

    @Slot(str)
    def _on_runner_stopped(self, channel: str) -> None:
        if channel == WARM:
            self.warmed_up.emit()

    @Slot()
    def _on_scan_timer_timeout(self) -> None:
        if self._wanted:
            self._scan_pending = True  # started once the filing is shown
        else:
            self.scan_statuses()

    def scan_statuses(self) -> None:
        """Find, in the background, which queued filings were worked on before."""
        store = self.saver.store(ask=False)
        if store is None:
            return
        flush_autosaves()  # this window's queued autosaves count too
        paths = [
            e.path
            for e in self._queue.entries()
            if e.status is FilingStatus.NEW and e.path not in self._sessions
        ]
        if paths:
            dataset = store.dataset_path
            self._context.runner.start(  # lowest: after what the user waits for
                STATUS, lambda cancel, _: queue_statuses(paths, dataset, cancel), -1
            )

    def current(self) -> FilingSession | None:
        """The shown filing's session."""
        return self.shown.session()

    @property
    def _current(self) -> FilingSession | None:
        return self.shown.session()

    def current_row(self) -> int:
        """The queue row of the shown (or loading) filing, or -1."""
        path = self._wanted or (self._current.path if self._current else "")
        return self._queue.row_of(path) if path else -1

    def sessions(self) -> tuple[FilingSession, ...]:
        """Every filing opened so far."""
        return tuple(self._sessions.values())

    def is_loading(self) -> bool:
        """Whether a filing the user asked for is still loading."""
        return bool(self._wanted)

    @Slot(int)
    def open_row(self, row: int) -> None:
        """Show the filing at queue ``row``, loading it in the background if needed."""
        if not 0 <= row < self._queue.rowCount():
            return
        path = self._queue.entry(row).path
        if self._current is not None and self._current.path == path:
            return
        if path in self._sessions:
            self._context.runner.cancel(OPEN)
            self._set_wanted("")
            self._show(self._sessions[path])
            return
        self._set_wanted(path)
        self._context.runner.cancel(WARM)  # this open imports what it would
        if path == self._prefetching and self._context.runner.is_busy(PREFETCH):
            return  # already on its way; shown when the preparation finishes
        work = _load(path, self._context.extractor)
        self._context.runner.start_partial(OPEN, work, priority=2)

    @Slot()
    def open_next(self) -> bool:
        """Show the next filing in the queue; False at the end."""
        row = self.current_row() + 1
        if row >= self._queue.rowCount():
            self.queue_finished.emit()
            return False
        self.open_row(row)
        return True

    @Slot()
    def open_previous(self) -> bool:
        """Show the previous filing in the queue; False at the start."""
        row = self.current_row() - 1
        if row < 0:
            return False
        self.open_row(row)
        return True

    @Slot()
    def cancel(self) -> None:
        """Stop loading the filing the user asked for; keep the shown one."""
        self._context.runner.cancel(OPEN)
        if self._wanted == self._prefetching:
            self._context.runner.cancel(PREFETCH)
            self._prefetching = ""
        self._set_wanted("")
        self._drop_preview(restore=True)

    @Slot()
    def accept_and_next(self) -> bool:
        """Mark the shown filing reviewed, save it, and open the next one."""
        if not self.saver.accept_current():
            return False
        self.open_next()  # at once: the save goes on in the background
        return True

    def reextract(self, paths: Iterable[str]) -> list[str]:
        """Extract these filings again when next shown (the shown one now).

        They are extracted with the model in use; a filing with changes is
        never touched.

        Returns the paths that will be extracted again.
        """
        again: list[str] = []
        reopen = ""
        for path in paths:
            session = self._sessions.get(path)
            if session is not None:
                if not session.stack.isClean() or session is self._preview:
                    continue  # someone's work: left alone
                del self._sessions[path]
                self._context.undo_group.removeStack(session.stack)
                if session is self._current:
                    self.shown.set_session(None)
                    reopen = path
            if path == self._prefetching:
                self._context.runner.cancel(PREFETCH)
                self._prefetching = ""
            again.append(path)
        if reopen:
            self.open_row(self._queue.row_of(reopen))
        return again

    def is_preview(self, session: FilingSession | None = None) -> bool:
        """Whether ``session`` (default: the shown one) is a read-only preview."""
        session = session or self._current
        return session is not None and session is self._preview

    # -- internals ------------------------------------------------------------
    def _set_wanted(self, path: str) -> None:
        if path != self._wanted:
            self._wanted = path
            self.waiting_changed.emit(path)
        if not path and self._scan_pending:
            self._scan_pending = False
            self.scan_statuses()

    def _make_session(self, path: str, loaded: LoadedFiling) -> FilingSession:
        from reviewer.ui.window.session import FilingSession

        store = self.saver.store(ask=False)
        doc_id = loaded.document.doc_id
        if store is not None:
            flush_autosaves()  # an autosave still queued (another window's) first
        entry = store.load_entry(doc_id) if store is not None else None
        saved = entry.state if entry is not None else None
        draft = self.draft_for(doc_id) if self.draft_for is not None else None
        session = FilingSession.create(
            path, loaded.document, loaded.extraction, draft or saved
        )
        if store is not None:
            document, extraction = loaded.document, loaded.extraction
            in_dataset = saved is not None and store.holds(document, extraction, saved)
            now = store.fingerprint(doc_id)
            session.base = now
            if saved is not None and not in_dataset:
                # Restored from the autosave, not in the dataset: unsaved.
                session.stack.resetClean()
                if entry is not None and entry.base is not None:
                    session.base = entry.base  # notice saves made since
        if draft is not None:
            session.stack.resetClean()  # a team draft: work not yet accepted
        self._sessions[path] = session
        self._context.undo_group.addStack(session.stack)
        known = FilingStatus(store.status(doc_id)) if store else FilingStatus.NEW
        self.saver.refresh_status(session, known)
        row = self._queue.row_of(path)
        if row >= 0:
            company = session.model.filing().company or loaded.extraction.filing.company
            self._queue.set_summary(row, company, len(loaded.extraction.rows))
        return session

    def _show(self, session: FilingSession) -> None:
        if session is not self._preview:
            self._drop_preview(restore=False)
        self._context.undo_group.setActiveStack(session.stack)
        self.saver.refresh_status(session)
        self.shown.set_session(session)
        self._prefetch_next()

    def _prefetch_next(self) -> None:
        """Prepare the one filing after the shown one (never more)."""
        if not self._context.prefetch or self._current is None:
            return
        start = self._queue.row_of(self._current.path) + 1
        for row in range(start, self._queue.rowCount()):
            entry = self._queue.entry(row)
            if entry.status is FilingStatus.FAILED:
                continue  # skip what cannot be opened; prepare the one after
            if entry.path not in self._sessions and entry.path != self._prefetching:
                self._prefetching = entry.path
                self._context.runner.start_partial(
                    PREFETCH, _load(entry.path, self._context.extractor), priority=1
                )
            return

    def _drop_preview(self, restore: bool) -> None:
        """Forget the preview; with ``restore``, show what was shown before it."""
        preview, before = self._preview, self._before_preview
        if preview is None:
            return
        self._preview = self._before_preview = None
        self._context.undo_group.removeStack(preview.stack)
        if restore and self._current is preview:
            if before is not None:
                self._context.undo_group.setActiveStack(before.stack)
            self.shown.set_session(before)

    @Slot(str, object)
    def _on_runner_partial(self, channel: str, result: object) -> None:
        if channel not in (OPEN, PREFETCH) or not isinstance(result, tuple):
            return
        path, loaded = result
        if path != self._wanted or path in self._sessions:
            return  # only what the user waits for is previewed
        from reviewer.ui.window.preview import make_preview, preview_note

        note = preview_note(loaded)
        session = make_preview(path, loaded)
        if self._preview is None:
            self._before_preview = self._current
        else:
            self._context.undo_group.removeStack(self._preview.stack)
        self._preview = session
        self._context.undo_group.addStack(session.stack)
        self._context.undo_group.setActiveStack(session.stack)
        self.shown.set_session(session)
        self.preview_shown.emit(note)

    @Slot(str, object)
    def _on_runner_finished(self, channel: str, result: object) -> None:
        if channel == STATUS and isinstance(result, dict):
            self._apply_statuses(result)
            return
        if channel not in (OPEN, PREFETCH) or not isinstance(result, tuple):
            return
        path, loaded = result
        if channel == PREFETCH:
            self._prefetching = ""
        session = self._sessions.get(path) or self._make_session(path, loaded)
        if path == self._wanted:
            self._set_wanted("")
            self._show(session)

    def _apply_statuses(self, statuses: dict[str, str]) -> None:
        for path, status in statuses.items():
            row = self._queue.row_of(path)
            if row < 0 or path in self._sessions:
                continue  # an open filing's own state decides
            if self._queue.entry(row).status is FilingStatus.NEW:
                self._queue.set_status(row, FilingStatus(status))

    @Slot(str, object)
    def _on_runner_errored(self, channel: str, error: object) -> None:
        if channel not in (OPEN, PREFETCH):
            return
        path = self._wanted if channel == OPEN else self._prefetching
        if channel == PREFETCH:
            self._prefetching = ""
        if isinstance(error, LoadCancelledError) or not path:
            return
        message = describe_error(error)
        row = self._queue.row_of(path)
        if row >= 0:
            self._queue.set_status(row, FilingStatus.FAILED, message)
        if path == self._wanted:
            self._set_wanted("")
            self._drop_preview(restore=True)
            self.load_failed.emit(path, message)
        if channel == PREFETCH:
            self._prefetch_next()
