"""The batch on a Dask cluster: an existing scheduler, or a LocalCluster.

Dask (``pip install 'board-change-reviewer[cluster]'``) is imported only here,
and this module only when ``--scheduler`` is given.

* **Chunks.** Files travel in chunks (one Dask task each), so the scheduler's
  cost per task (a few milliseconds) is shared by many documents.
* **Budgets.** On the worker, a chunk's files go through the same budgeted
  worker process as ``--jobs`` (:mod:`reviewer.io.batch.pool`): each file
  within its time and memory budget, a file over it stopped and named, the
  Dask worker itself untouched. One such process is kept per worker thread.
* **Parts.** The worker writes the chunk's rows as one part into
  ``OUT.parts/`` (which must be reachable by the workers at the same path: the
  same machine, or a shared file system) and returns only the failures.
* **Lost workers.** The scheduler reruns a chunk whose worker died (as many
  times as its ``distributed.scheduler.allowed-failures`` lets it; a
  LocalCluster started here allows none). When it gives up, the client sends
  the chunk's files again one by one, once each; a file whose worker dies again
  is recorded as failed.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.io.batch.parts import Done, part_id, write_part
from reviewer.io.batch.pool import Budget, _Pool
from reviewer.io.batch.sandbox import TaskResult, Work

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0
"""Seconds to wait for a scheduler to answer."""


class ClusterError(RuntimeError):
    """The cluster cannot be reached or was lost, in plain words."""


@dataclass
class Cluster:
    """A connected client, and the LocalCluster it owns (if it started one)."""

    client: Any
    local: Any = None

    @property
    def dashboard(self) -> str:
        """The dashboard's address, or "" when there is none."""
        try:
            return str(self.client.dashboard_link or "")
        except Exception:  # noqa: BLE001 - no dashboard (bokeh missing)
            return ""

    @property
    def workers(self) -> int:
        """Worker threads the scheduler has now."""
        info = self.client.scheduler_info()
        return sum(int(w.get("nthreads", 1)) for w in info["workers"].values()) or 1

    def close(self) -> None:
        """Disconnect, and stop a LocalCluster started here."""
        with contextlib.suppress(Exception):
            self.client.close(timeout=10)
        if self.local is not None:
            with contextlib.suppress(Exception):
                self.local.close(timeout=10)


def parse_local(scheduler: str) -> int | None:
    """Workers for ``local`` / ``local:N`` (0 = one per core); None otherwise."""
    if scheduler == "local":
        return 0
    if scheduler.startswith("local:"):
        count = scheduler.split(":", 1)[1]
        if not count.isdigit():
            raise ValueError(f"local:N needs a number of workers, not {count!r}")
        return int(count)
    return None


def connect(scheduler: str) -> Cluster:
    """Connect to ``scheduler`` (``tcp://host:port``) or start ``local[:N]``.

    Raises:
        ClusterError: Dask is missing, or the scheduler does not answer.
    """
    try:
        import dask
        import distributed
    except ImportError:
        raise ClusterError(
            "--scheduler needs Dask: install the cluster extra "
            "(pip install 'board-change-reviewer[cluster]')"
        ) from None
    dist: Any = distributed  # untyped
    _quiet()
    workers = parse_local(scheduler)
    if workers is not None:
        from reviewer.io.batch.pool import available_cores

        count = workers or available_cores()
        # worker processes start budgeted children, which daemons may not have;
        # a worker killed mid-chunk gets its chunk's files retried one by one
        with dask.config.set(
            {
                "distributed.worker.daemon": False,
                "distributed.scheduler.allowed-failures": 0,
                # the statistical profiler (the dashboard's Profile page)
                # costs the workers about 0.1 ms of CPU per 5 KB document
                "distributed.worker.profile.enabled": False,
            }
        ):
            local = dist.LocalCluster(
                n_workers=count,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
                silence_logs=logging.ERROR,
            )
            return Cluster(dist.Client(local), local)
    try:
        client = dist.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {scheduler} ({exc})"
        ) from None
    return Cluster(client)


def _quiet() -> None:
    """Keep Dask's INFO chatter (workers starting, closing) off the terminal.

    Its warnings and errors still show.
    """
    for name in list(logging.root.manager.loggerDict):
        if name == "distributed" or name.startswith("distributed."):
            logger_ = logging.getLogger(name)
            if logger_.level < logging.WARNING:
                logger_.setLevel(logging.WARNING)


# -- the worker side --------------------------------------------------------

_local = threading.local()


def _pool(work: Work, budget: Budget, preload: Sequence[str]) -> _Pool:
    """This worker thread's budgeted process, started on first use."""
    key = (work, budget)
    pool: _Pool | None = getattr(_local, "pool", None)
    if pool is not None and getattr(_local, "key", None) == key:
        return pool
    if pool is not None:
        pool.close()
    # A Dask worker started by a nanny is a daemon process, and multiprocessing
    # refuses children to daemons; ours die with it anyway (see sandbox).
    process = multiprocessing.current_process()
    process._config.pop("daemon", None)  # type: ignore[attr-defined]
    pool = _Pool(work, budget, preload, 1)
    _local.pool, _local.key = pool, key
    return pool


def run_chunk(
    work: Work,
    tasks: Sequence[dict[str, Any]],
    budget: tuple[float, int],
    parts: str,
    part: str,
    fmt: str,
    preload: Sequence[str] = (),
) -> list[list[Any]]:
    """Extract a chunk on a Dask worker; write its part; return its failures.

    ``work`` returns ``{"records": [...], "error": ""}`` for a task, whose
    ``source`` names it. Returns ``[index in chunk, problem, message, error]``
    for each file that failed.
    """
    pool = _pool(work, Budget(*budget), preload)
    results = pool.run(list(tasks))
    done: list[Done] = []
    failures: list[list[Any]] = []
    for index, (task, result) in enumerate(zip(tasks, results, strict=True)):
        error = result.value.get("error", "") if result.ok else ""
        if result.ok and not error:
            done.append(Done(task["source"], tuple(result.value["records"])))
        else:
            failures.append([index, result.problem, result.message, error])
    write_part(Path(parts), part, done, fmt)
    return failures


# -- the client side --------------------------------------------------------


def chunk_size(files: int, workers: int, wanted: int = 0) -> int:
    """Files per task: ``wanted``, else enough tasks to balance, at most 64."""
    if wanted > 0:
        return wanted
    return max(1, min(64, files // max(1, workers * 8)))


def run_on_cluster(
    cluster: Cluster,
    work: Work,
    tasks: Sequence[dict[str, Any]],
    *,
    budget: Budget,
    parts: Path,
    fmt: str,
    per_task: int = 0,
    preload: Sequence[str] = (),
    on_result: Callable[[int, TaskResult], None] | None = None,
    on_written: Callable[[int], None] | None = None,
) -> None:
    """Run every task on the cluster in chunks; report each file's outcome.

    ``on_result(index, result)`` gets each failed file (a TaskResult with a
    problem, or with the work's ``error``); ``on_written(count)`` the number of
    files a finished chunk wrote.

    Raises:
        ClusterError: the scheduler was lost (the parts written so far stay).
    """
    import distributed

    dist: Any = distributed  # untyped
    size = chunk_size(len(tasks), cluster.workers, per_task)
    count = len(tasks)
    chunks = [list(range(i, min(i + size, count))) for i in range(0, count, size)]
    limits = (budget.timeout, budget.max_memory_mb)
    folder = str(parts.resolve())
    client = cluster.client
    pending: dict[Any, tuple[list[int], bool]] = {}

    def submit(indexes: list[int], retry: bool) -> Any:
        chosen = [tasks[i] for i in indexes]
        name = part_id([t["source"] for t in chosen])
        future = client.submit(
            run_chunk, work, chosen, limits, folder, name, fmt, tuple(preload),
            key=f"reviewer-{name}{'-retry' if retry else ''}",
            pure=False,
        )  # fmt: skip
        pending[future] = (indexes, retry)
        return future

    queue = dist.as_completed([submit(chunk, False) for chunk in chunks])
    for future in queue:
        indexes, retry = pending.pop(future)
        try:
            failures = future.result()
        except Exception as exc:  # noqa: BLE001 - sorted out below
            lost = _worker_lost(exc)
            if lost is None:
                raise ClusterError(_describe(exc)) from None
            if not retry:
                for index in indexes:  # one more try each, on its own
                    queue.add(submit([index], True))
                continue
            for index in indexes:
                if on_result is not None:
                    on_result(index, TaskResult(problem="crash", message=lost))
            continue
        failed = {f[0] for f in failures}
        for position, problem, message, error in failures:
            result = (
                TaskResult({"records": [], "error": error})
                if not problem
                else TaskResult(problem=problem, message=message)
            )
            if on_result is not None:
                on_result(indexes[position], result)
        if on_written is not None:
            on_written(len(indexes) - len(failed))


def _worker_lost(exc: BaseException) -> str | None:
    """The message for a file whose worker died twice; None if it is not that."""
    from distributed import KilledWorker

    if isinstance(exc, KilledWorker):
        return (
            "the Dask worker reading it stopped twice (killed, or out of memory); "
            "the file may be poisonous"
        )
    return None


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return f"the Dask cluster failed ({type(exc).__name__}: {text})"


@contextlib.contextmanager
def connected(scheduler: str) -> Iterator[Cluster]:
    """:func:`connect`, closed on the way out."""
    cluster = connect(scheduler)
    try:
        yield cluster
    finally:
        cluster.close()


__all__ = [
    "Cluster",
    "ClusterError",
    "chunk_size",
    "connect",
    "connected",
    "parse_local",
    "run_chunk",
    "run_on_cluster",
]
