"""Run one function over many files, each within a time and a memory budget.

A batch of thousands of filings must not stall on one bad file: a PDF that
sends PDFium into a loop, a text that makes a rule quadratic, a file that needs
gigabytes. :func:`run_batch` gives each task to a worker process and stops it
when it overruns its budget; the task is reported as failed and a fresh worker
takes the next one.

Design:

* **Budgets need a process.** A hang inside C code (PDFium, lxml, the regular
  expression engine) cannot be interrupted from Python, and a memory limit set
  on the command's own process would also cap the dataset merge. So whenever a
  budget is set, tasks run in worker processes that the parent can kill: with
  ``jobs=1`` that is one long-lived worker, with ``jobs=N`` N of them.
* **The fast path.** With ``jobs=1`` and both budgets off (``timeout=0``,
  ``max_memory_mb=0``) tasks run in the calling process, with no process start
  and no copying of results; a crash or hang then stops the whole command.
* **Time.** A task's deadline starts when its worker begins it (a new worker
  first says it is ready; each worker holds the next task already, so it never
  waits for the parent). The parent waits on the workers' pipes and process
  handles with the nearest deadline as its timeout, kills a worker that
  passes it, gives its unstarted task back and starts another worker. Workers
  that die before they are ready (a broken set-up) stop the batch with
  :class:`WorkerStartError` rather than fail every file.
* **Memory.** Each worker lowers its own address-space limit
  (``RLIMIT_AS``) to what it holds at start plus ``max_memory_mb``. Python then
  raises MemoryError, which the worker reports before it exits; a library
  that aborts instead ends the worker, which the parent reports the same way
  as a crash. Where ``resource`` or ``RLIMIT_AS`` is missing (Windows, macOS
  does not enforce it) only the time budget holds.
* **Order.** Results come back as a list in the order of the tasks, whatever
  order the workers finish in, so output built from them is deterministic.
* **No pickled content.** Tasks and results cross the pipes as JSON, never as
  pickles; the worker function travels by name. Workers are forked on Linux
  when the caller has a single thread (milliseconds, modules already
  imported), else started from a fork server (``spawn`` where there is none).
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import multiprocessing
import os
import select
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from reviewer.io.batch.sandbox import (
    READY,
    Commit,
    Task,
    TaskResult,
    Work,
    call,
    commit_chunk,
    worker_main,
)

__all__ = [
    "Budget",
    "Commit",
    "Task",
    "TaskResult",
    "Work",
    "WorkerStartError",
    "run_batch",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Budget:
    """Limits for one task.

    Attributes:
        timeout: seconds a task may take; 0 for no limit.
        max_memory_mb: megabytes of address space a worker may add to what it
            holds when it starts; 0 for no limit.
    """

    timeout: float = 60.0
    max_memory_mb: int = 1024

    @property
    def limited(self) -> bool:
        """Whether any budget is set (tasks then run in worker processes)."""
        return self.timeout > 0 or self.max_memory_mb > 0


def available_cores() -> int:
    """CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_batch(
    work: Work,
    tasks: Sequence[Task],
    *,
    jobs: int = 1,
    budget: Budget | None = None,
    preload: Sequence[str] = (),
    on_done: Callable[[int], None] | None = None,
    on_result: Callable[[int, TaskResult], None] | None = None,
    commit: Commit | None = None,
    brief: Work | None = None,
    sizes: Sequence[int] | None = None,
) -> list[TaskResult]:
    """Run ``work`` on every task; return one result per task, in task order.

    Args:
        work: a module-level function (workers import it by name).
        tasks: JSON-compatible values, one per unit of work.
        jobs: worker processes; 0 for one per core.
        budget: per-task limits (default: 60 s, 1024 MB).
        preload: modules the fork server imports once, so workers start warm.
        on_done: called with a task's index as soon as it finishes.
        on_result: called with a task's index and result as soon as it
            finishes (e.g. to save results while the batch goes on).
        commit: a module-level function the *worker* runs on each chunk's
            finished ``(task, value)`` pairs (e.g. to write them as one part
            of the output), so values need not cross the pipe. A finished
            task is reported only once its chunk is committed; one whose
            chunk was cut off (its worker killed on another task's budget)
            is run again by a fresh worker.
        brief: with ``commit``, what of a value comes back (module-level;
            default: the whole value).
        sizes: each task's size in bytes (e.g. its file's): chunks are then
            made of about :data:`CHUNK_BYTES` (at most :data:`CHUNK_FILES`
            tasks) rather than :data:`CHUNK` tasks.
    """
    budget = budget or Budget()
    jobs = available_cores() if jobs <= 0 else jobs
    if not tasks:
        return []
    notify = _notifier(on_done, on_result)
    chunking = _Chunking.of(sizes, len(tasks))
    if jobs == 1 and not budget.limited:
        return _run_here(work, tasks, notify, commit, brief, chunking)
    pool = _Pool(work, budget, preload, min(jobs, len(tasks)), commit, brief, chunking)
    try:
        return pool.run(tasks, notify)
    finally:
        pool.close()


Notify = Callable[[int, TaskResult], None]


def _notifier(
    on_done: Callable[[int], None] | None,
    on_result: Callable[[int, TaskResult], None] | None,
) -> Notify | None:
    """One callback for both of :func:`run_batch`'s."""
    if on_done is None and on_result is None:
        return None

    def notify(index: int, result: TaskResult) -> None:
        if on_result is not None:
            on_result(index, result)
        if on_done is not None:
            on_done(index)

    return notify


def _run_here(
    work: Work,
    tasks: Sequence[Task],
    notify: Notify | None,
    commit: Commit | None = None,
    brief: Work | None = None,
    chunking: _Chunking | None = None,
) -> list[TaskResult]:
    if commit is None:
        results = []
        for index, task in enumerate(tasks):
            results.append(call(work, task))
            if notify is not None:
                notify(index, results[-1])
        return results
    chunking = chunking or _Chunking.of(None, len(tasks))
    done: list[TaskResult] = [TaskResult()] * len(tasks)
    pending = deque(range(len(tasks)))
    while pending:
        chunk = chunking.take(pending, 1)
        staged: list[tuple[Task, Any]] = []
        finished: list[tuple[int, TaskResult]] = []
        for index in chunk:
            result = call(work, tasks[index])
            if result.ok:
                staged.append((tasks[index], result.value))
                value = brief(result.value) if brief is not None else result.value
                result = TaskResult(value)
            finished.append((index, result))
        fault = commit_chunk(commit, staged)
        for index, result in finished:
            if fault and result.ok:
                result = TaskResult(problem="error", message=fault)
            done[index] = result
            if notify is not None:
                notify(index, result)
    return done


def _wait(handles: Sequence[Any], timeout: float | None) -> bool:
    """Wait until a connection or process sentinel is ready; True if one is.

    ``select.poll`` directly where there is one: ``Connection.poll`` and
    ``multiprocessing.connection.wait`` build a selector on every call, about a
    sixth of the parent's CPU per file (0.19 against 0.16 ms for a 5 KB file).
    """
    if not hasattr(select, "poll"):  # Windows
        return bool(wait(list(handles), timeout))
    poller = select.poll()
    for handle in handles:
        fd = handle if isinstance(handle, int) else handle.fileno()
        poller.register(fd, select.POLLIN)
    ms = None if timeout is None else math.ceil(max(0.0, timeout) * 1000)
    return bool(poller.poll(ms))


def _start_method() -> str:
    """Fork on Linux when this process has one thread, else a fork server.

    Forking a single-threaded process is safe and starts a worker in
    milliseconds with everything already imported; with other threads running
    (a GUI, a test runner) a fork could copy a held lock, so workers then come
    from a fork server (``spawn`` where there is none, e.g. Windows).
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform == "linux" and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


START = 30.0
"""Seconds a new worker may take to start before its first file's budget runs."""

MAX_FAILED_STARTS = 3
"""Workers that may die before saying they are ready, per batch."""


class WorkerStartError(RuntimeError):
    """Worker processes die before they can take a task (a broken set-up)."""


LINGER = 0.05
"""Seconds the parent lets replies gather before it waits for the next: one
wake-up then reads several files' replies (each says when its file finished,
which is when the next one's deadline starts), instead of one per file. It
costs a worker nothing: each holds its next chunk already."""

IN_FLIGHT = 2
"""Tasks a worker holds before it is sent the next chunk: it starts the next
one without waiting for the parent, which matters on a busy machine (each
hand-over costs a wake-up)."""

CHUNK = 16
"""Most tasks sent to a worker in one message when their sizes are not known
(files travel in chunks; each result still comes back on its own, so every
file keeps its own deadline)."""

CHUNK_BYTES = 512_000
"""Bytes of input per message when the tasks' sizes are known: about half a
second of extraction of text filings, so a chunk's fixed costs (its message,
its part's files) are shared by ~100 documents of 5 KB."""

CHUNK_FILES = 256
"""Most tasks per message when the sizes are known (tiny files)."""


@dataclass(frozen=True)
class _Chunking:
    """How tasks are grouped into messages (and, with a commit, into parts)."""

    sizes: Sequence[int] | None = None
    most: int = CHUNK
    bytes: int = 0  # 0: no limit by size

    @classmethod
    def of(cls, sizes: Sequence[int] | None, count: int) -> _Chunking:
        if sizes is None:
            return cls()
        if len(sizes) != count:
            raise ValueError("one size per task")
        return cls(sizes, CHUNK_FILES, CHUNK_BYTES)

    def take(self, pending: deque[int], workers: int) -> list[int]:
        """The next message's tasks.

        Fewer near the end, so workers finish together (with one worker
        there is nobody to wait for).
        """
        most = self.most
        if workers > 1:
            most = min(most, len(pending) // (2 * workers))
        most = max(1, most)
        chunk: list[int] = []
        total = 0
        while pending and len(chunk) < most:
            index = pending.popleft()
            chunk.append(index)
            if self.sizes is not None and self.bytes:
                total += max(0, self.sizes[index])
                if total >= self.bytes:
                    break
        return chunk


@dataclass
class _Worker:
    process: Any
    conn: Connection
    sent: deque[int] = field(default_factory=deque)  # the first one is running
    ready: bool = False
    deadline: float = 0.0  # of the running task
    staged: list[tuple[int, TaskResult]] = field(default_factory=list)
    """Finished in the running chunk, not yet committed (with a commit)."""


class _Pool:
    """Worker processes, each running one task at a time under the budget."""

    def __init__(
        self,
        work: Work,
        budget: Budget,
        preload: Sequence[str],
        size: int,
        commit: Commit | None = None,
        brief: Work | None = None,
        chunking: _Chunking | None = None,
    ) -> None:
        method = _start_method()
        self.context: Any = multiprocessing.get_context(method)
        self.forked = method == "fork"
        if method == "forkserver" and preload:
            self.context.set_forkserver_preload(list(preload))
        self.work = work
        self.budget = budget
        self.commit = commit
        self.brief = brief
        self.chunking = chunking or _Chunking()
        self.workers = [self._start() for _ in range(size)]
        self.results: list[TaskResult | None] = []
        self.pending: deque[int] = deque()
        self.notify: Notify | None = None
        self.failed_starts = 0

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=worker_main,
            args=(
                child,
                self.work,
                self.budget.max_memory_mb,
                self.forked,
                self.commit,
                self.brief,
            ),
            daemon=True,
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(
        self,
        tasks: Sequence[Task],
        notify: Notify | None = None,
        chunking: _Chunking | None = None,
    ) -> list[TaskResult]:
        """Hand out the tasks, collect the results, enforce the budget.

        A pool may run several batches one after another (its workers stay).
        """
        if chunking is not None:
            self.chunking = chunking
        self.results = [None] * len(tasks)
        self.pending = deque(range(len(tasks)))
        self.notify = notify
        for worker in list(self.workers):  # one that died while idle is no crash
            if not worker.process.is_alive():
                self._replace(worker)
        timeout = self.budget.timeout
        while True:
            for worker in self.workers:
                if len(worker.sent) >= IN_FLIGHT or not self.pending:
                    continue
                chunk = self.chunking.take(self.pending, len(self.workers))
                if not worker.sent:
                    allowed = timeout if worker.ready else max(timeout, START)
                    worker.deadline = time.monotonic() + allowed
                worker.sent.extend(chunk)
                message = json.dumps([[index, tasks[index]] for index in chunk])
                with contextlib.suppress(OSError):  # a dead worker: see below
                    worker.conn.send_bytes(message.encode("utf-8", "surrogatepass"))
            busy = [worker for worker in self.workers if worker.sent]
            if not busy:
                break
            wait_for = None
            if timeout > 0:
                nearest = min(worker.deadline for worker in busy)
                wait_for = max(0.0, nearest - time.monotonic())
            handles: list[Any] = [worker.conn for worker in busy]
            handles += [worker.process.sentinel for worker in busy]
            _wait(handles, wait_for)
            for worker in busy:
                self._check(worker)
            self._linger()
        return [result or TaskResult(problem="crash") for result in self.results]

    def _linger(self) -> None:
        """Let replies gather before the next wake-up (see :data:`LINGER`)."""
        busy = [worker for worker in self.workers if worker.sent]
        if not busy:
            return
        pause = LINGER
        if self.budget.timeout > 0:
            nearest = min(worker.deadline for worker in busy)
            pause = min(pause, nearest - time.monotonic())
        if pause > 0:
            time.sleep(pause)

    def _finish(
        self,
        worker: _Worker,
        result: TaskResult,
        committed: bool = False,
        fault: str = "",
        finished: float | None = None,
    ) -> None:
        """Record the running task's result; the next sent one starts now.

        With a commit, a finished task waits in ``staged`` until its chunk's
        last reply says the chunk was committed (or why it could not be).
        """
        index = worker.sent.popleft()
        start = time.monotonic() if finished is None else finished
        worker.deadline = start + self.budget.timeout
        if self.commit is None:
            self._record(index, result)
            return
        if result.ok:
            worker.staged.append((index, result))
        else:
            self._record(index, result)
        if committed:
            staged, worker.staged = worker.staged, []
            for done, kept in staged:
                if fault:
                    kept = TaskResult(problem="error", message=fault)
                self._record(done, kept)

    def _record(self, index: int, result: TaskResult) -> None:
        self.results[index] = result
        if self.notify is not None:
            self.notify(index, result)

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker, give its unstarted and uncommitted tasks back.

        A fresh worker takes its place.
        """
        self.pending.extendleft(reversed(worker.sent))
        self.pending.extendleft(reversed([index for index, _ in worker.staged]))
        worker.sent.clear()
        worker.staged.clear()
        worker.conn.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        self.workers[self.workers.index(worker)] = self._start()

    def _check(self, worker: _Worker) -> None:
        """Collect a busy worker's results, or its crash, or its overrun."""
        while worker.sent and _wait([worker.conn], 0):
            try:
                raw = worker.conn.recv_bytes()
            except (EOFError, OSError):
                self._died(worker)
                return
            if raw == READY:
                worker.ready = True
                worker.deadline = time.monotonic() + self.budget.timeout
                continue
            _index, value, problem, message, committed, fault, when = json.loads(raw)
            result = TaskResult(value, problem, message)
            self._finish(worker, result, committed, fault, min(when, time.monotonic()))
            if problem == "memory":
                self._replace(worker)
                return
        if not worker.sent:
            return
        if not worker.process.is_alive():
            self._died(worker)
        elif self.budget.timeout > 0 and time.monotonic() >= worker.deadline:
            if not worker.ready:
                self._died(worker)  # stuck starting: not the file's fault
                return
            self._finish(
                worker,
                TaskResult(
                    problem="timeout",
                    message=(
                        f"it took longer than the {self.budget.timeout:g} s time "
                        "budget per file, so it was stopped (raise the budget "
                        "with --timeout)"
                    ),
                ),
            )
            self._replace(worker)

    def _died(self, worker: _Worker) -> None:
        """A worker ended: its running task crashed it, or it never started."""
        if worker.ready:
            self._finish(worker, self._crash(worker))
            self._replace(worker)
            return
        worker.process.join(1.0)
        code = worker.process.exitcode
        self.failed_starts += 1
        if self.failed_starts >= MAX_FAILED_STARTS:
            raise WorkerStartError(
                f"worker processes stop before taking any file (exit code {code}); "
                "run with --timeout 0 --max-memory 0 to work without them"
            )
        self._replace(worker)  # its tasks never started: they go back

    def _crash(self, worker: _Worker) -> TaskResult:
        worker.process.join(1.0)
        code = worker.process.exitcode
        how = f"exit code {code}"
        if code is not None and code < 0:
            try:
                how = signal.Signals(-code).name
            except ValueError:
                how = f"signal {-code}"
        budget = self.budget.max_memory_mb
        hint = f" or need more than the {budget} MB memory budget" if budget else ""
        return TaskResult(
            problem="crash",
            message=(
                f"the process reading it stopped unexpectedly ({how}); the file "
                f"may be damaged{hint}"
            ),
        )

    def close(self) -> None:
        """Stop every worker (also after Ctrl+C or an error)."""
        for worker in self.workers:
            # a forked worker also holds this end of the pipe, so closing it is
            # no signal: ask idle workers to stop, kill busy ones below
            if not worker.sent:
                with contextlib.suppress(OSError):
                    worker.conn.send_bytes(b"null")
            worker.conn.close()
        end = time.monotonic() + 1.0
        for worker in self.workers:
            if not worker.sent:
                worker.process.join(max(0.0, end - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join(5)
