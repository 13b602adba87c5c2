"""Run pure functions off the GUI thread: one Task/QThreadPool pattern for the app.

A :class:`TaskRunner` hands out tickets per channel (``"open"``, ``"prefetch"``);
a result whose ticket is no longer the channel's latest is stale and dropped.
Cancellation is a :class:`threading.Event` the pure function checks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)

Work = Callable[[threading.Event, Callable[[int, int], None]], object]
"""A pure function given a cancel event and a progress callback (done, total)."""

PartialWork = Callable[
    [threading.Event, Callable[[int, int], None], Callable[[object], None]], object
]
"""Like :data:`Work`, plus a callback handing over a partial result early."""


class TaskSignals(QObject):
    """Signals of one task, created on the GUI thread so slots run there.

    Signals:
        succeeded(int, object): (ticket, result).
        failed(int, object): (ticket, exception).
        progressed(int, int, int): (ticket, done, total).
        delivered(int, object): (ticket, partial result).
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)
    delivered = Signal(int, object)


class Task(QRunnable):
    """Run one pure callable on a QThreadPool; report through queued signals."""

    def __init__(self, ticket: int, fn: Callable[[], object]) -> None:
        """Wrap ``fn``; ``ticket`` identifies the request that started it."""
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its signals arrive
        self.signals = TaskSignals()
        self.ticket = ticket
        self._fn = fn

    def run(self) -> None:
        """Worker thread: no widgets, no models here."""
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, never swallowed
            self.signals.failed.emit(self.ticket, exc)
        else:
            self.signals.succeeded.emit(self.ticket, result)


@dataclass
class _Channel:
    ticket: int = 0
    cancel: threading.Event = field(default_factory=threading.Event)
    busy: bool = False


class TaskRunner(QObject):
    """Start work per channel; only the newest ticket's result is delivered.

    Signals:
        finished(str, object): (channel, result) of the latest request.
        errored(str, object): (channel, exception) of the latest request.
        progressed(str, int, int): (channel, done, total).
        partial(str, object): (channel, partial result) of the latest request,
            always before its ``finished``.
        started(str): a channel started working.
        stopped(str): a channel has nothing running any more.

    Note:
        No signal here carries a ``bool``: PySide6 6.12 drops a reference to
        ``True``/``False`` on every Python-side emit of a bool argument, which
        crashes the interpreter after enough emits.
    """

    finished = Signal(str, object)
    errored = Signal(str, object)
    progressed = Signal(str, int, int)
    partial = Signal(str, object)
    started = Signal(str)
    stopped = Signal(str)

    def __init__(
        self, pool: QThreadPool | None = None, parent: QObject | None = None
    ) -> None:
        """Use ``pool`` (default: the global pool)."""
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._channels: dict[str, _Channel] = {}
        self._running: dict[Task, str] = {}

    def start(self, channel: str, work: Work, priority: int = 0) -> int:
        """Run ``work(cancel, progress)`` in the background; return its ticket.

        Starting again on a channel cancels the earlier request there. Among
        queued work, higher ``priority`` starts first.
        """
        return self.start_partial(
            channel, lambda cancel, progress, _: work(cancel, progress), priority
        )

    def start_partial(self, channel: str, work: PartialWork, priority: int = 0) -> int:
        """Run ``work(cancel, progress, deliver)``; ``deliver(x)`` emits ``partial``.

        Otherwise the same as :meth:`start`.
        """
        state = self._channels.setdefault(channel, _Channel())
        state.cancel.set()
        state.cancel = cancel = threading.Event()
        state.ticket += 1
        ticket = state.ticket
        task = Task(ticket, lambda: work(cancel, progress, deliver))
        signals = task.signals

        def progress(done: int, total: int) -> None:
            signals.progressed.emit(ticket, done, total)

        def deliver(result: object) -> None:
            signals.delivered.emit(ticket, result)

        queued = Qt.ConnectionType.QueuedConnection
        signals.succeeded.connect(self._on_task_succeeded, queued)
        signals.failed.connect(self._on_task_failed, queued)
        signals.progressed.connect(self._on_task_progressed, queued)
        signals.delivered.connect(self._on_task_delivered, queued)
        self._running[task] = channel
        self._set_busy(channel, True)
        self._pool.start(task, priority)
        return ticket

    def cancel(self, channel: str) -> None:
        """Ask the channel's running work to stop and drop its result."""
        state = self._channels.get(channel)
        if state is None:
            return
        state.cancel.set()
        state.ticket += 1
        self._set_busy(channel, False)

    def is_busy(self, channel: str) -> bool:
        """Whether the channel's latest request is still running."""
        state = self._channels.get(channel)
        return bool(state and state.busy)

    def wait(self, msecs: int = 5000) -> bool:
        """Cancel everything and wait for the workers (on quit)."""
        for state in self._channels.values():
            state.cancel.set()
        return bool(self._pool.waitForDone(msecs))

    def _set_busy(self, channel: str, busy: bool) -> None:
        state = self._channels[channel]
        if state.busy != busy:
            state.busy = busy
            (self.started if busy else self.stopped).emit(channel)

    def _take(self, ticket: int) -> str | None:
        """Forget the finished task; return its channel if its result is fresh."""
        sender = self.sender()
        for task, channel in list(self._running.items()):
            if task.signals is sender:
                del self._running[task]
                if self._channels[channel].ticket == ticket:
                    self._set_busy(channel, False)
                    return channel
                return None  # stale: a newer request replaced it
        return None

    @Slot(int, object)
    def _on_task_succeeded(self, ticket: int, result: object) -> None:
        channel = self._take(ticket)
        if channel is not None:
            self.finished.emit(channel, result)

    @Slot(int, object)
    def _on_task_failed(self, ticket: int, error: object) -> None:
        channel = self._take(ticket)
        if channel is not None:
            self.errored.emit(channel, error)

    def _fresh_channel(self, ticket: int) -> str | None:
        """The sending task's channel while its ticket is the latest, else None."""
        sender = self.sender()
        for task, channel in self._running.items():
            if task.signals is sender and self._channels[channel].ticket == ticket:
                return channel
        return None

    @Slot(int, int, int)
    def _on_task_progressed(self, ticket: int, done: int, total: int) -> None:
        channel = self._fresh_channel(ticket)
        if channel is not None:
            self.progressed.emit(channel, done, total)

    @Slot(int, object)
    def _on_task_delivered(self, ticket: int, result: object) -> None:
        channel = self._fresh_channel(ticket)
        if channel is not None:
            self.partial.emit(channel, result)
