"""The window's side of a team workspace: connect, claim, drafts, accept, offline.

:class:`TeamLink` drives a :class:`~reviewer.io.team.TeamClient` (Qt-free, in
``reviewer.io.team``) from the window. Every call to the server runs on the
link's own one-thread pool through a :class:`~reviewer.ui.tasks.TaskRunner`, so
the GUI thread never waits on the network and the client (one connection) is
used by one thread at a time, in the order the calls were made: a draft sent
before a release reaches the server before it.

Opening a team filing claims it; the claimed bytes are written into the local
cache and the window opens that file like any other (the navigator, the
roster, the page). A draft left on the server comes back into the roster. While
a filing is held its lease is renewed on a timer; moving to another filing,
disconnecting or quitting gives it back. Edits go to the server as the draft;
Accept writes the reviewed rows with the version check. When the server is
gone, drafts and accepts wait in the client's outbox and the status bar says
so; the periodic refresh sends them when the server is back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from reviewer.core.records import ReviewState
from reviewer.core.schema import ReviewStatus
from reviewer.models.team_queue_model import TeamQueueModel
from reviewer.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from reviewer.io.team import OpenedFiling, TeamClient
    from reviewer.ui.context import AppContext
    from reviewer.ui.shown_review import ShownReview
    from reviewer.ui.window.review_saver import ReviewSaver
    from reviewer.ui.window.session import FilingSession

logger = logging.getLogger(__name__)

REFRESH_MS = 15_000
"""How often the team queue is read again (and the outbox sent, if it holds work)."""

SHUTDOWN_WAIT_MS = 5_000
"""How long quitting waits for the filings to be given back."""

_Work = Callable[[threading.Event, Callable[[int, int], None]], object]


@dataclass(frozen=True)
class Round:
    """What one trip to the server found (a refresh, a draft, a flush).

    Attributes:
        items: the team's queue (None when it was not read).
        pending: changes waiting in the outbox.
        offline: the server could not be reached.
        sent: changes the outbox sent this time.
        refused: (doc_id, message) of accepts the server refused when sent.
    """

    items: list[dict[str, Any]] | None = None
    pending: int = 0
    offline: bool = False
    sent: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Connected:
    client: TeamClient
    round: Round


@dataclass(frozen=True)
class _Claimed:
    request: int
    opened: OpenedFiling | None


@dataclass(frozen=True)
class _Reviews:
    doc_id: str
    reviews: list[tuple[str, list[dict[str, str]]]]


@dataclass(frozen=True)
class _Adjudicated:
    doc_id: str


@dataclass(frozen=True)
class _Accepted:
    doc_id: str
    state: ReviewState
    sent: bool
    pending: int


def status_text(offline: bool, pending: int, label: str) -> str:
    """The status bar's words for the team workspace."""
    changes = f"{pending} change{'' if pending == 1 else 's'} waiting"
    if offline:
        return f"Team workspace offline — {changes}"
    if pending:
        return f"Team workspace: {changes} to be sent"
    return f"Team: {label}"


def describe_error(error: object) -> str:
    """Plain words for a failure of a team call (never a traceback)."""
    from reviewer.io.team import WorkspaceError

    if isinstance(error, WorkspaceError):
        return str(error)  # starts with a name at times: never capitalised
    if isinstance(error, ModuleNotFoundError):
        return (
            "the team workspace needs the 'team' extra: "
            "pip install 'board-change-reviewer[team]'"
        )
    if isinstance(error, OSError):
        return f"the local team cache could not be written: {error.strerror or error}"
    return f"unexpected problem with the team workspace ({error})"


class TeamLink(QObject):
    """The window's connection to a team workspace.

    Signals:
        connected(str): connected; the text names the reviewer and workspace.
        disconnected(): the workspace was left.
        open_requested(str): a claimed filing's cached file, to open and show.
        note(str): a short message for the status bar.
        status_changed(str): the status bar's team text ("" when not connected).
        queue_finished(): "next" found nothing left for this reviewer.
    """

    connected = Signal(str)
    disconnected = Signal()
    open_requested = Signal(str)
    note = Signal(str)
    status_changed = Signal(str)
    queue_finished = Signal()

    def __init__(
        self,
        context: AppContext,
        shown: ShownReview,
        saver: ReviewSaver,
        sessions: Callable[[], Iterable[FilingSession]],
        parent: QObject | None = None,
    ) -> None:
        """Follow the filing ``shown`` shows; mark accepts through ``saver``.

        ``sessions`` gives every filing the window opened (the navigator's).
        """
        super().__init__(parent)
        self._context = context
        self._sessions = sessions
        self._shown = shown
        self._saver = saver
        self.model = TeamQueueModel(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one connection, one call at a time
        self._runner = TaskRunner(self._pool, self)
        self._runner.finished.connect(self._on_runner_finished)
        self._runner.errored.connect(self._on_runner_errored)
        self._client: TeamClient | None = None
        self._connecting = ""
        self.dsn = ""
        self.reviewer = ""
        self.label = ""
        self.offline = False
        self.pending = 0
        self._held: dict[str, str] = {}  # doc_id -> cached path, claimed by me
        self._doc_of: dict[str, str] = {}  # cached path -> doc_id
        self._names: dict[str, str] = {}  # doc_id -> stored name (source_file)
        self._drafts: dict[str, dict[str, Any]] = {}  # doc_id -> draft to restore
        self._shown_doc = ""
        self._claims = 0
        self._wanted_claim = 0
        self._jobs = 0
        self._next_after_accept: set[str] = set()
        self._refresh_again = False
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.renew_timer = QTimer(self)
        self.renew_timer.timeout.connect(self._on_renew_timer_timeout)
        shown.changed.connect(self._on_shown_changed)
        shown.state_changed.connect(self._on_state_changed)

    # -- connection ------------------------------------------------------------
    def is_connected(self) -> bool:
        """Whether a workspace is connected (reachable or not right now)."""
        return self._client is not None

    def connect_to(
        self,
        dsn: str,
        reviewer: str,
        *,
        lease_seconds: int | None = None,
        cache: Path | None = None,
    ) -> None:
        """Connect in the background; ``connected`` or an error message follows.

        Args:
            dsn: a libpq DSN, URI, ``service=NAME`` or "" (the PG* variables).
            reviewer: the name claims and accepts are made under.
            lease_seconds: how long a claim holds unrenewed (default: the store's).
            cache: where claimed filings and the outbox go (default: per
                workspace and reviewer under the user's data folder).
        """
        if self._client is not None:
            self.disconnect_from()
        self._connecting = dsn

        def work(_cancel: threading.Event, _progress: object) -> _Connected:
            from reviewer.io.team import TeamClient, TeamWorkspace, default_cache
            from reviewer.io.team.store import DEFAULT_LEASE_SECONDS

            lease = lease_seconds or DEFAULT_LEASE_SECONDS
            workspace = TeamWorkspace(dsn, lease_seconds=lease)
            try:
                client = TeamClient(
                    workspace, reviewer, cache or default_cache(dsn, reviewer)
                )
                return _Connected(client, self._round_trip(client))
            except BaseException:
                workspace.close()
                raise

        self._run("connect", work)

    def _round_trip(self, client: TeamClient, *, connecting: bool = True) -> Round:
        """Send the outbox, read the queue (worker thread)."""
        from reviewer.io.team import WorkspaceUnavailableError

        sent, refused = 0, list[tuple[str, str]]()
        try:
            if client.pending():
                sent, refused = client.flush()
            items = client.workspace.queue()
        except WorkspaceUnavailableError:
            if connecting:
                raise  # a first connection that fails is an error, not "offline"
            return Round(None, len(client.pending()), True, sent, refused)
        return Round(items, len(client.pending()), False, sent, refused)

    @Slot()
    def disconnect_from(self) -> None:
        """Give every held filing back and close the connection (in the background).

        Offline, nothing is given back (the leases run out on the server) and
        the outbox keeps its work for the next connection.
        """
        client = self._client
        if client is None:
            return
        self._client = None
        self.refresh_timer.stop()
        self.renew_timer.stop()
        offline = self.offline

        def work(_cancel: threading.Event, _progress: object) -> None:
            if offline:  # no waiting on a server that is gone
                client.open_claims.clear()
            client.shutdown()

        self._run("shutdown", work)
        self._forget()
        self.status_changed.emit("")
        self.disconnected.emit()

    def close_for_quit(self) -> None:
        """On quit: give the held filings back, waiting a few seconds at most."""
        self.disconnect_from()
        self._pool.waitForDone(SHUTDOWN_WAIT_MS)

    def _forget(self) -> None:
        self._refresh_again = False
        self._held.clear()
        self._drafts.clear()
        self._next_after_accept.clear()
        self.model.clear()
        self.offline, self.pending = False, 0

    # -- what the window asks ---------------------------------------------------
    def owns(self, session: FilingSession | None) -> bool:
        """Whether ``session`` is a filing of the connected team workspace."""
        if session is None or not self.is_connected():
            return False
        return session.path in self._doc_of

    def take_draft(self, doc_id: str) -> ReviewState | None:
        """The draft the claim of ``doc_id`` brought back, once (None: none)."""
        data = self._drafts.pop(doc_id, None)
        if not data:
            return None
        from reviewer.core.serialize import state_from_dict

        try:
            return state_from_dict(data)
        except (KeyError, ValueError):
            logger.warning("the draft of %s is unreadable", doc_id, exc_info=True)
            self.note.emit("The server's draft of this filing could not be read.")
            return None

    @Slot()
    def refresh(self) -> None:
        """Read the team's queue again (and send what the outbox holds)."""
        client = self._client
        if client is None:
            return
        if self._runner.is_busy("team:refresh"):
            self._refresh_again = True  # one read at a time; another after it
            return
        # Below what the reviewer waits for (claims, accepts, drafts): those first.
        self._run(
            "refresh",
            lambda _c, _p: self._round_trip(client, connecting=False),
            priority=-1,
        )

    def open_filing(self, doc_id: str = "") -> None:
        """Claim ``doc_id`` (or the next filing for this reviewer) and open it."""
        client = self._client
        if client is None:
            return
        if doc_id in self._held:  # already mine: just show it
            self.open_requested.emit(self._held[doc_id])
            return
        self._claims += 1
        request = self._wanted_claim = self._claims

        def work(_cancel: threading.Event, _progress: object) -> _Claimed:
            return _Claimed(request, client.open(doc_id))

        self._run("claim", work, unique=True)

    @Slot(str)
    def activate(self, doc_id: str) -> None:
        """The user chose a filing in the team queue: review or adjudicate it."""
        row = self.model.row_of(doc_id)
        if row >= 0 and self.model.item(row).state == "disagreement":
            self.adjudicate(doc_id)
        else:
            self.open_filing(doc_id)

    def adjudicate(self, doc_id: str) -> None:
        """Show both reviews of a disagreeing filing; the chosen rows become final."""
        client = self._client
        if client is None:
            return

        def work(_cancel: threading.Event, _progress: object) -> _Reviews:
            return _Reviews(doc_id, client.workspace.reviews_of(doc_id))

        self._run("reviews", work, unique=True)

    def _on_reviews(self, result: _Reviews) -> None:
        client = self._client
        row = self.model.row_of(result.doc_id)
        name = Path(self.model.item(row).name).name if row >= 0 else result.doc_id
        if client is None:
            return
        if len(result.reviews) != 2:
            self._context.dialogs.error(
                "Nothing to adjudicate",
                f"{name} does not have two accepted reviews to choose between.",
            )
            return
        first, second = result.reviews
        records = self._context.dialogs.ask_adjudication(name, first, second)
        if records is None:
            return
        doc_id, who = result.doc_id, self.reviewer

        def work(_cancel: threading.Event, _progress: object) -> _Adjudicated:
            client.workspace.adjudicate(doc_id, who, records)
            return _Adjudicated(doc_id)

        self._run(f"adjudicate:{doc_id}", work)

    @Slot()
    def open_next(self) -> None:
        """Claim and open the next filing nobody holds."""
        self.open_filing("")

    def accept_current(self, then_next: bool = True) -> bool:
        """Accept the shown filing on the server (with the version check).

        The rows go in one transaction if this reviewer's claim still holds; a
        review someone else accepted or took over meanwhile is refused with a
        message naming them, and nothing is written over theirs. Offline, the
        accept waits in the outbox. With ``then_next``, the next filing is
        claimed once the accept is in (or queued).

        Returns False when the shown filing is not held here (nothing started).
        """
        from reviewer.core.provenance import build_records, mark_reviewed
        from reviewer.core.serialize import state_to_dict

        session = self._shown.session()
        client = self._client
        if session is None or client is None or session.preview:
            return False
        doc_id = self._doc_of.get(session.path, "")
        if doc_id not in self._held:
            self._context.dialogs.error(
                "Not accepted",
                f"You no longer hold {Path(session.path).name}: open it from the "
                "team queue again to review it.",
            )
            return False
        marked = mark_reviewed(session.model.state(), self.reviewer)
        session.model.change_status(
            marked.status, marked.reviewed_by, marked.reviewed_at
        )
        self._runner.cancel(f"team:draft:{doc_id}")  # the accept carries the state
        state = session.model.state()
        document, extraction = session.document, session.extraction
        source = self._names.get(doc_id, Path(session.path).name)
        if then_next:
            self._next_after_accept.add(doc_id)

        def work(_cancel: threading.Event, _progress: object) -> _Accepted:
            from reviewer.io.team import ClaimConflictError

            records = build_records(document, extraction, state, source)
            try:
                sent = client.accept(doc_id, records, state_to_dict(state))
            except ClaimConflictError:
                client.close(doc_id)  # the claim is gone; theirs stands
                raise
            return _Accepted(doc_id, state, sent, len(client.pending()))

        self._run(f"accept:{doc_id}", work)
        return True

    # -- following the window ---------------------------------------------------
    @Slot(object)
    def _on_shown_changed(self, session: FilingSession | None) -> None:
        before = self._shown_doc
        now = self._doc_of.get(session.path, "") if session is not None else ""
        self._shown_doc = now
        if self._client is None or before == now:
            return
        if before and before in self._held:
            self._release(before)  # moved on: give it back (its draft stays)
        if (
            now
            and now not in self._held
            and session is not None
            and (session.model.status() != ReviewStatus.REVIEWED or session.is_dirty())
        ):
            self.open_filing(now)  # back to a filing given back: claim again

    @Slot()
    def _on_state_changed(self) -> None:
        """Send the shown filing's review as its draft (the server's autosave)."""
        session = self._shown.session()
        client = self._client
        if session is None or client is None or session.preview:
            return
        doc_id = self._doc_of.get(session.path, "")
        if doc_id not in self._held:
            return
        from reviewer.core.serialize import state_to_dict

        snapshot = state_to_dict(session.model.state())

        def work(cancel: threading.Event, _progress: object) -> Round | None:
            if cancel.is_set():
                return None  # a newer draft of this filing is queued behind
            sent = client.save_draft(doc_id, snapshot)
            return Round(None, len(client.pending()), not sent)

        # One channel per filing: a newer snapshot cancels an older one not yet sent.
        self._run(f"draft:{doc_id}", work)

    @Slot()
    def _on_renew_timer_timeout(self) -> None:
        client = self._client
        if client is not None and self._held:
            self._run("renew", lambda _c, _p: client.renew())

    def _release(self, doc_id: str) -> None:
        client = self._client
        self._held.pop(doc_id, None)
        if client is not None:
            self._run("release", lambda _c, _p: client.close(doc_id), unique=True)

    # -- results ------------------------------------------------------------------
    def _run(
        self, channel: str, work: _Work, *, unique: bool = False, priority: int = 0
    ) -> None:
        if unique:
            self._jobs += 1
            channel = f"{channel}:{self._jobs}"
        self._runner.start(f"team:{channel}", work, priority)

    def _after_refresh(self, channel: str) -> None:
        if channel == "team:refresh" and self._refresh_again:
            self._refresh_again = False
            self.refresh()  # asked for while the last one ran: it may be stale

    @Slot(str, object)
    def _on_runner_finished(self, channel: str, result: object) -> None:
        self._after_refresh(channel)
        if isinstance(result, _Connected):
            self._on_connected(result)
        elif isinstance(result, Round):
            self._apply_round(result)
        elif isinstance(result, _Claimed):
            self._on_claimed(result)
        elif isinstance(result, _Accepted):
            self._on_accepted(result)
        elif isinstance(result, _Reviews):
            self._on_reviews(result)
        elif isinstance(result, _Adjudicated):
            row = self.model.row_of(result.doc_id)
            name = Path(self.model.item(row).name).name if row >= 0 else result.doc_id
            self.note.emit(f"Adjudicated {name}: its final review is recorded.")
            self.refresh()
        elif channel == "team:renew" and isinstance(result, list) and result:
            lost = [str(doc_id) for doc_id in result]
            for doc_id in lost:
                self._held.pop(doc_id, None)
            names = ", ".join(Path(self._names.get(d, d)).name for d in lost)
            self.note.emit(
                f"Your hold on {names} ran out; someone else may be reviewing it."
            )

    def _on_connected(self, result: _Connected) -> None:
        from reviewer.io.team.db import dsn_label

        if self._client is not None or not self._connecting:
            result.client.shutdown()  # superseded meanwhile
            return
        self._client = result.client
        self.dsn, self._connecting = self._connecting, ""
        self.reviewer = result.client.reviewer
        self.label = f"{self.reviewer} in {dsn_label(self.dsn)}"
        self.model.me = self.reviewer
        lease_ms = result.client.workspace.lease_seconds * 1000
        self.renew_timer.setInterval(max(1000, lease_ms // 3))
        self.renew_timer.start()
        self.refresh_timer.start()
        self._apply_round(result.round)
        self.connected.emit(self.label)

    def _apply_round(self, result: Round) -> None:
        if self._client is None:
            return
        if result.items is not None:
            self.model.set_items(result.items)
        self.offline, self.pending = result.offline, result.pending
        self.status_changed.emit(status_text(self.offline, self.pending, self.label))
        if result.sent:
            self.note.emit(
                f"Sent {result.sent} waiting change{'' if result.sent == 1 else 's'} "
                "to the team workspace."
            )
        for doc_id, message in result.refused:
            name = Path(self._names.get(doc_id, doc_id)).name
            self._context.dialogs.error(
                "Not accepted", f"Your accept of {name} was refused: {message}."
            )

    def _on_claimed(self, result: _Claimed) -> None:
        opened = result.opened
        if opened is None:
            if result.request == self._wanted_claim:
                self.note.emit("Nothing left for you in the team queue.")
                self.queue_finished.emit()
            return
        doc_id, path = opened.claim.doc_id, str(opened.path)
        if self._client is None:
            return
        if result.request != self._wanted_claim:
            self._release_claimed(doc_id)  # a later open was asked for meanwhile
            return
        self._held[doc_id] = path
        self._doc_of[path] = doc_id
        self._names[doc_id] = opened.claim.name
        if opened.draft and not any(s.path == path for s in self._sessions()):
            self._drafts[doc_id] = opened.draft  # restored when the window opens it
        self.open_requested.emit(path)
        self.refresh()

    def _release_claimed(self, doc_id: str) -> None:
        client = self._client
        if client is not None:
            self._run("release", lambda _c, _p: client.close(doc_id), unique=True)

    def _on_accepted(self, result: _Accepted) -> None:
        from reviewer.core.schema import FilingStatus

        self._held.pop(result.doc_id, None)
        name = Path(self._names.get(result.doc_id, result.doc_id)).name
        for session in self._sessions_of(result.doc_id):
            if session.model.state() == result.state:  # later edits stay unsent
                session.stack.clear()  # undo stops at an accepted review
                session.stack.setClean()
            self._saver.refresh_status(session, FilingStatus.REVIEWED)
        self.pending = result.pending
        if result.sent:
            self.note.emit(f"Accepted {name} in the team workspace.")
        else:
            self.offline = True
            self.note.emit(
                f"Accepted {name}; it waits here until the team workspace is back."
            )
        self.status_changed.emit(status_text(self.offline, self.pending, self.label))
        if result.doc_id in self._next_after_accept:
            self._next_after_accept.discard(result.doc_id)
            if result.sent:
                self.open_next()
        self.refresh()

    def _sessions_of(self, doc_id: str) -> list[FilingSession]:
        return [s for s in self._sessions() if self._doc_of.get(s.path) == doc_id]

    @Slot(str, object)
    def _on_runner_errored(self, channel: str, error: object) -> None:
        from reviewer.io.team import (
            ClaimConflictError,
            WorkspaceError,
            WorkspaceUnavailableError,
        )

        self._after_refresh(channel)
        message = describe_error(error)
        if not isinstance(error, WorkspaceError):
            logger.warning("team call %s failed: %r", channel, error)
        if channel == "team:connect":
            self._connecting = ""
            self._context.dialogs.error(
                "Cannot connect to the team workspace",
                f"Not connected: {message.rstrip('.')}.",
            )
            return
        if self._client is None:
            return
        if isinstance(error, WorkspaceUnavailableError):
            self.offline = True
            self.status_changed.emit(status_text(True, self.pending, self.label))
            self.note.emit(message)
            return
        if channel.startswith("team:accept:"):
            doc_id = channel.removeprefix("team:accept:")
            self._held.pop(doc_id, None)
            self._next_after_accept.discard(doc_id)
            name = Path(self._names.get(doc_id, doc_id)).name
            for session in self._sessions_of(doc_id):
                self._saver.refresh_status(session)
            self._context.dialogs.error(
                "Not accepted", f"Your review of {name} was not accepted: {message}."
            )
            self.refresh()
            return
        if channel.startswith("team:draft:") and isinstance(error, ClaimConflictError):
            doc_id = channel.removeprefix("team:draft:")
            self._held.pop(doc_id, None)
            self.note.emit(f"Your edits were not sent: {error}")
            return
        if channel.startswith("team:adjudicate:"):
            self._context.dialogs.error(
                "Not adjudicated", f"The final review was not recorded: {message}."
            )
            return
        if channel.startswith("team:claim"):
            self._context.dialogs.error(
                "Cannot open this filing", f"The filing was not opened: {message}."
            )
            self.refresh()
            return
        self.note.emit(message)
