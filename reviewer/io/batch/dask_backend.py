"""The batch on a Dask cluster: an existing scheduler, or a LocalCluster.

Dask (``pip install 'board-change-reviewer[cluster]'``) is imported only here,
and this module only when ``--scheduler`` is given.

* **Chunks.** Files travel in chunks (one Dask task each) of about
  :data:`TASK_BYTES` of input (half a second of work on text filings), so
  the scheduler's cost per task (a few milliseconds) is shared by ~100
  documents; only paths travel, never contents.
* **Budgets.** On the worker, a chunk's files go through the same budgeted
  worker process as ``--jobs`` (:mod:`reviewer.io.batch.pool`): each file
  within its time and memory budget, a file over it stopped and named, the
  Dask worker itself untouched. One such process is kept per worker thread,
  forked from a fork server that a worker plugin starts (with the extractor
  imported and compiled) as soon as the worker joins.
* **Parts.** That budgeted process writes the chunk's rows as one part into
  ``OUT.parts/`` (which must be reachable by the workers at the same path: the
  same machine, or a shared file system); only the failures come back, so
  rows never cross a pipe or the network.
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
from typing import Any

from reviewer.io.batch.parts import part_id
from reviewer.io.batch.pool import Budget, _Chunking, _Pool
from reviewer.io.batch.sandbox import Commit, TaskResult, Work

try:  # the plugin's base: Dask refuses duck-typed plugins
    from distributed.diagnostics.plugin import WorkerPlugin as _Plugin
except ImportError:  # no Dask: connect() says how to install it
    _Plugin = object  # type: ignore[assignment,misc]

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

    def close(self, lost: bool = False) -> None:
        """Disconnect, and stop a LocalCluster started here.

        ``lost``: the scheduler is gone and the user was told so; Dask's own
        reports of its reconnection attempts (tracebacks) stay off the terminal.
        """
        if lost:
            _quiet(logging.CRITICAL)
        elif self.local is not None:
            # its workers and scheduler are being stopped: a heartbeat that
            # meets a closed scheduler on a busy machine is no news to the user
            for nanny in (False, True):
                with contextlib.suppress(Exception):
                    self.client.run(_quiet, logging.CRITICAL, nanny=nanny)
            _quiet(logging.CRITICAL)
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


def _quiet(level: int = logging.WARNING) -> None:
    """Keep Dask's INFO chatter (workers starting, closing) off the terminal.

    Its warnings and errors still show (unless ``level`` is higher).
    """
    for name in ["distributed", *list(logging.root.manager.loggerDict)]:
        if name == "distributed" or name.startswith("distributed."):
            logger_ = logging.getLogger(name)
            if logger_.level < level:
                logger_.setLevel(level)


# -- the worker side --------------------------------------------------------

_local = threading.local()


class WarmWorker(_Plugin):
    """A Dask worker plugin: start the fork server with ``preload`` imported.

    The budgeted processes are forked from it, so the extractor is imported
    and its patterns compiled once per Dask worker, while the worker waits
    for its first task rather than during it.
    """

    name = "reviewer-warm"

    def __init__(self, preload: Sequence[str]) -> None:
        self.preload = list(preload)

    def setup(self, worker: Any = None) -> None:  # noqa: V105 (Dask calls it)
        """Start the fork server in the background (Dask calls it on join)."""
        if "forkserver" not in multiprocessing.get_all_start_methods():
            return
        context: Any = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(self.preload)
        from multiprocessing import forkserver

        # in the background: a worker's setup must not hold its event loop
        threading.Thread(
            target=forkserver.ensure_running, name="reviewer-warm", daemon=True
        ).start()


def _pool(
    work: Work,
    budget: Budget,
    preload: Sequence[str],
    commit: Commit,
    brief: Work | None,
) -> _Pool:
    """This worker thread's budgeted process, started on first use."""
    key = (work, budget, commit, brief)
    pool: _Pool | None = getattr(_local, "pool", None)
    if pool is not None and getattr(_local, "key", None) == key:
        return pool
    if pool is not None:
        pool.close()
    # A Dask worker started by a nanny is a daemon process, and multiprocessing
    # refuses children to daemons; ours die with it anyway (see sandbox).
    process = multiprocessing.current_process()
    process._config.pop("daemon", None)  # type: ignore[attr-defined]
    pool = _Pool(work, budget, preload, 1, commit, brief)
    _local.pool, _local.key = pool, key
    return pool


def run_chunk(
    work: Work,
    tasks: Sequence[dict[str, Any]],
    budget: tuple[float, int],
    commit: Commit,
    brief: Work | None = None,
    preload: Sequence[str] = (),
) -> list[list[Any]]:
    """Extract a chunk on a Dask worker; return its failures.

    The chunk goes to this thread's budgeted process as one message; that
    process runs ``commit`` on the finished files (writing them as one part).
    ``work`` returns ``{"records": [...], "error": ""}`` for a task (``brief``
    of it comes back). Returns ``[index in chunk, problem, message, error]``
    for each file that failed.
    """
    pool = _pool(work, Budget(*budget), preload, commit, brief)
    results = pool.run(list(tasks), chunking=_Chunking(most=len(tasks)))
    failures: list[list[Any]] = []
    for index, result in enumerate(results):
        error = result.value.get("error", "") if result.ok else ""
        if not result.ok or error:
            failures.append([index, result.problem, result.message, error])
    return failures


# -- the client side --------------------------------------------------------


TASK_BYTES = 512_000
"""Input per Dask task: about half a second of work on 5 KB text filings."""

TASK_FILES = 512
"""Most files per Dask task."""


def plan_chunks(sizes: Sequence[int], workers: int, wanted: int = 0) -> list[list[int]]:
    """The tasks' files, as index lists.

    ``wanted`` files each, else about :data:`TASK_BYTES` each, and at least
    four tasks per worker thread (so that they finish together).
    """
    count = len(sizes)
    if wanted > 0:
        return [list(range(i, min(i + wanted, count))) for i in range(0, count, wanted)]
    most = max(1, min(TASK_FILES, count // max(1, workers * 4)))
    chunks: list[list[int]] = []
    chunk: list[int] = []
    total = 0
    for index, size in enumerate(sizes):
        chunk.append(index)
        total += max(0, size)
        if len(chunk) >= most or total >= TASK_BYTES:
            chunks.append(chunk)
            chunk, total = [], 0
    if chunk:
        chunks.append(chunk)
    return chunks


def run_on_cluster(
    cluster: Cluster,
    work: Work,
    tasks: Sequence[dict[str, Any]],
    *,
    budget: Budget,
    commit: Commit,
    brief: Work | None = None,
    sizes: Sequence[int] | None = None,
    per_task: int = 0,
    preload: Sequence[str] = (),
    on_result: Callable[[int, TaskResult], None] | None = None,
    on_written: Callable[[int], None] | None = None,
) -> None:
    """Run every task on the cluster in chunks; report each file's outcome.

    ``commit`` (module-level) keeps a chunk's finished files on the worker
    (e.g. :func:`reviewer.cli.extract_cmd.commit_part` writes them as one
    part, in the folder the tasks name); ``sizes`` (bytes per task) sizes the
    chunks. ``on_result(index, result)`` gets each failed file (a TaskResult
    with a problem, or with the work's ``error``); ``on_written(count)`` the
    number of files a finished chunk wrote.

    Raises:
        ClusterError: the scheduler was lost (the parts written so far stay).
    """
    import distributed

    dist: Any = distributed  # untyped
    sizes = sizes if sizes is not None else [0] * len(tasks)
    chunks = plan_chunks(sizes, cluster.workers, per_task)
    limits = (budget.timeout, budget.max_memory_mb)
    client = cluster.client
    if preload:
        with contextlib.suppress(OSError, TimeoutError):  # only a head start
            client.register_plugin(WarmWorker(preload), name=WarmWorker.name)
    pending: dict[Any, tuple[list[int], bool]] = {}

    def submit(indexes: list[int], retry: bool) -> Any:
        chosen = [tasks[i] for i in indexes]
        name = part_id([t["source"] for t in chosen])
        future = client.submit(
            run_chunk, work, chosen, limits, commit, brief, tuple(preload),
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


LOST = frozenset({"CommClosedError", "FutureCancelledError", "CancelledError"})
"""What Dask raises, depending on timing, when the scheduler goes away."""


def _describe(exc: BaseException) -> str:
    name = type(exc).__name__
    text = " ".join(str(exc).split()) or name
    if name in LOST or isinstance(exc, OSError):
        return f"the connection to the Dask scheduler was lost ({name}: {text})"
    return f"the Dask cluster failed ({name}: {text})"


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
    "WarmWorker",
    "plan_chunks",
    "connect",
    "connected",
    "parse_local",
    "run_chunk",
    "run_on_cluster",
]
