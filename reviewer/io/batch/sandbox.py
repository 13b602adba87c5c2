"""The worker side of :mod:`reviewer.io.batch`: one process, a memory cap, JSON.

A worker lowers its own address-space limit, says it is ready, then reads
chunks of tasks from its pipe and sends each task's result back, all as JSON:
document data is never pickled. It stops at the parent's ``null``, at the end
of the pipe, after a MemoryError (so the next file gets a fresh process), or
when the command dies (on Linux the kernel kills it even in the middle of a
file).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

logger = logging.getLogger(__name__)

Task = Any
"""A JSON value describing one unit of work (e.g. a dict with a path)."""

Work = Callable[[Task], Any]
"""A module-level function from a task to a JSON value."""


@dataclass(frozen=True)
class TaskResult:
    """What one task gave: its value, or why it was stopped.

    Attributes:
        value: the work function's return value; None when it failed.
        problem: "" when the task finished, else "timeout", "memory", "crash"
            or "error".
        message: the problem in plain words (without the task's name).
    """

    value: Any = None
    problem: str = ""
    message: str = ""

    @property
    def ok(self) -> bool:
        """Whether the task finished."""
        return not self.problem


READY = b'"ready"'
"""A worker's first message: it started and will take tasks."""


def call(work: Work, task: Task) -> TaskResult:
    """Run one task, turning exceptions into a failed result."""
    try:
        return TaskResult(work(task))
    except MemoryError:
        return TaskResult(problem="memory", message=memory_message(0))
    except Exception as exc:  # one bad task must not stop the batch
        logger.debug("task %r failed", task, exc_info=True)
        return TaskResult(
            problem="error",
            message=f"unexpected error ({type(exc).__name__}: {exc})",
        )


def memory_message(limit_mb: int) -> str:
    """The user's sentence for a file that went over the memory budget."""
    if limit_mb:
        return (
            f"reading it needed more than the {limit_mb} MB memory budget, so it "
            "was stopped (raise the budget with --max-memory)"
        )
    return "reading it ran out of memory"


def limit_memory(max_memory_mb: int) -> None:
    """Cap this process's address space at its current size plus the budget."""
    if max_memory_mb <= 0:
        return
    try:
        import resource
    except ImportError:  # Windows
        return
    if not hasattr(resource, "RLIMIT_AS"):
        return
    try:
        with open("/proc/self/statm") as statm:
            current = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        current = 0
    limit = current + max_memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError) as exc:
        logger.debug("cannot limit memory to %d MB: %s", max_memory_mb, exc)


PARENT_CHECK = 1.0
"""Seconds an idle worker waits between checks that its parent still lives."""


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when its parent dies.

    A forked worker holds a copy of the parent's end of its pipe, so it would
    never see the pipe close; a worker busy in C code would not check either.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError) as exc:
        logger.debug("cannot tie the worker to its parent: %s", exc)


PR_SET_PDEATHSIG = 1


def _let_the_fork_server_go() -> None:
    """Drop this worker's copy of the fork server's "client alive" pipe.

    The fork server exits when the command's end of that pipe closes, but it
    hands a copy to every process it forks; a worker that kept it (busy on a
    file when the command was killed) would keep the server, and so itself,
    alive for ever. Without it the server exits and the kernel ends the worker.
    """
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if isinstance(fd, int):  # a forked worker's copy is just as useless
        with contextlib.suppress(OSError):
            os.close(fd)
        server._forkserver_alive_fd = None  # type: ignore[union-attr]


Commit = Callable[[list[tuple[Task, Any]]], None]
"""A module-level function that keeps a chunk's finished tasks' values (e.g.
writes them as one part of the output), run in the worker after the chunk."""


def commit_chunk(commit: Commit, staged: list[tuple[Task, Any]]) -> str:
    """Run ``commit`` on a chunk's finished tasks; "" or why it failed."""
    try:
        commit(staged)
    except (Exception, MemoryError) as exc:  # the parent reports the chunk's files
        logger.debug("commit failed", exc_info=True)
        return f"its rows could not be written ({type(exc).__name__}: {exc})"
    return ""


def worker_main(
    conn: Connection,
    work: Work,
    max_memory_mb: int,
    forked: bool = False,
    commit: Commit | None = None,
    brief: Work | None = None,
) -> None:
    """A worker's loop: read a task, run it, send the result back as JSON.

    ``forked`` says the command itself is this process's parent (not a fork
    server), so its death is seen exactly. With ``commit``, the worker keeps
    each chunk's finished values itself: it runs ``commit`` on them before it
    answers the chunk's last task (whose reply then says so), and sends back
    ``brief(value)`` instead of each value (the value itself without
    ``brief``). A chunk cut off before its commit is the parent's to give out
    again.
    """
    parent = os.getppid()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C
    origin = multiprocessing.parent_process()  # the command, even via a server
    _let_the_fork_server_go()
    _die_with_parent()
    if forked and origin is not None:
        parent = origin.pid or parent
    if os.getppid() != parent:
        return  # it died before the kernel was told to take us with it
    limit_memory(max_memory_mb)
    try:
        conn.send_bytes(READY)
    except OSError:
        return
    while True:
        try:
            while not conn.poll(PARENT_CHECK):
                if origin is not None and not origin.is_alive():
                    return  # the command was killed: nobody wants the result
            message = json.loads(conn.recv_bytes())
        except (EOFError, OSError):
            return
        if message is None:  # the parent's "stop"
            return
        if not _run_chunk(conn, work, message, max_memory_mb, commit, brief):
            return


def _run_chunk(
    conn: Connection,
    work: Work,
    message: list[list[Any]],
    max_memory_mb: int,
    commit: Commit | None,
    brief: Work | None,
) -> bool:
    """Run a chunk's tasks, answering each; False when the worker must end."""
    staged: list[tuple[Task, Any]] = []
    last = len(message) - 1
    for position, (index, task) in enumerate(message):  # answered one by one
        result = call(work, task)
        if result.problem == "memory":
            result = TaskResult(problem="memory", message=memory_message(max_memory_mb))
        value, committed, fault = result.value, False, ""
        if commit is not None:
            if result.ok:
                staged.append((task, result.value))
                if brief is not None:
                    value = brief(result.value)
            if position == last and result.problem != "memory":
                fault, committed = commit_chunk(commit, staged), True
        try:
            reply = json.dumps(
                [
                    index,
                    value,
                    result.problem,
                    result.message,
                    committed,
                    fault,
                    time.monotonic(),  # when it finished: the next one's start
                ]
            )
            conn.send_bytes(reply.encode("utf-8", "surrogatepass"))
        except MemoryError:
            return False  # the parent sees the worker end and reports the task
        if result.problem == "memory":
            return False  # start afresh rather than go on with a fragmented heap
    return True
