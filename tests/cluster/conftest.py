"""Real processes for the batch tests: a Dask scheduler with two workers, moto's S3.

Everything listens on 127.0.0.1 only, and every process started here is
stopped (its whole process group) when the fixture ends.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(args: list[str], log: Path, **env: str) -> subprocess.Popen[bytes]:
    """Start a process in its own group (so that all it starts can be stopped)."""
    with open(log, "wb") as handle:  # the child keeps its own copy
        return subprocess.Popen(
            args,
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env=os.environ | {"PYTHONPATH": str(ROOT)} | env,
            start_new_session=True,
        )


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process and everything in its group."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(5)
            os.killpg(process.pid, signal.SIGKILL)  # what it left behind
        except (subprocess.TimeoutExpired, ProcessLookupError):
            continue
        return


class DaskCluster:
    """A ``dask scheduler`` and two ``dask worker`` processes on loopback."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.file = folder / "scheduler.json"
        self.scheduler = start(
            [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", str(self.file)],
            folder / "scheduler.log",
            # a chunk whose worker dies is given back at once: the client then
            # retries its files one by one (the path a LocalCluster takes)
            DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES="0",
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while not self.file.exists():
            if time.monotonic() > deadline or self.scheduler.poll() is not None:
                raise RuntimeError((folder / "scheduler.log").read_text())
            time.sleep(0.1)
        time.sleep(0.2)  # written in one go, but be sure it is complete
        self.address = json.loads(self.file.read_text())["address"]
        self.workers = [self._worker(n) for n in range(2)]
        self.wait_for(2)

    def _worker(self, number: int) -> subprocess.Popen[bytes]:
        return start(
            [str(BIN / "dask"), "worker", self.address, "--nthreads", "1",
             "--host", "127.0.0.1", "--no-dashboard", "--name", f"w{number}"],
            self.folder / f"worker{number}.log",
        )  # fmt: skip

    def wait_for(self, count: int) -> None:
        from distributed import Client

        with Client(self.address, timeout=30) as client:
            client.wait_for_workers(count, timeout=90)

    def worker_pids(self) -> list[int]:
        """The worker processes (each a child of its nanny, a ``dask worker``)."""
        from distributed import Client

        with Client(self.address, timeout=30) as client:
            info = client.run(os.getpid)
        return list(info.values())

    def close(self) -> None:
        for process in [*self.workers, self.scheduler]:
            stop(process)


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaskCluster]:
    pytest.importorskip("distributed")
    cluster = DaskCluster(tmp_path_factory.mktemp("dask"))
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.fixture(scope="module")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """moto's S3 server on loopback; yields its endpoint URL."""
    pytest.importorskip("moto")
    port = free_port()
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    process = start([str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(port)], log)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(log.read_text()) from None
                time.sleep(0.2)
        yield endpoint
    finally:
        stop(process)


def make_batch(folder: Path, count: int, *, hostile: bool = True) -> dict[str, str]:
    """``count`` small announcements, with the hostile files mixed in.

    Returns each hostile file's name with a word of its expected message.
    """
    from benchmarks.bench_batch import announcement
    from tests.hostile.test_cli_hostile import _hostile_folder

    bad = _hostile_folder(folder) if hostile else {}
    folder.mkdir(exist_ok=True)
    rng = random.Random(15)
    for index in range(count):
        size = rng.choice([1500, 3000, 5000])
        text = announcement(rng, index, size)
        (folder / f"doc-{index:05d}.txt").write_text(text, encoding="utf-8")
    return bad


def extract(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``reviewer extract ARGS`` as a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "reviewer", "extract", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        timeout=timeout,
        check=False,
    )


def rows(path: Path) -> object:
    """The dataset as analysts read it."""
    import pandas as pd

    return pd.read_csv(path, dtype=str, keep_default_na=False)
