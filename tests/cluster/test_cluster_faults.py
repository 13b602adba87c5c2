"""Faults of a real Dask cluster mid-batch: a killed scheduler, two dead workers.

Real processes on loopback: a ``dask scheduler`` and two ``dask worker``
processes (each under its nanny), killed with signals while ``reviewer
extract --scheduler`` runs as a separate process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cluster.conftest import ROOT, DaskCluster, extract, make_batch, rows, stop

pytest.importorskip("distributed")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="signals and budgets need POSIX"),
]


def _cluster(folder: Path) -> DaskCluster:
    folder.mkdir()
    return DaskCluster(folder)


def _popen(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "reviewer", "extract", *args],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _ledgers(out: Path) -> int:
    return len(list(out.with_name(out.name + ".parts").glob("part-*.json")))


def _wait(condition: object, process: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 240
    while not condition():  # type: ignore[operator]
        assert process.poll() is None, (what, process.communicate())
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_a_killed_scheduler_stops_the_run_and_a_new_cluster_resumes_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    make_batch(folder, 800, hostile=False)
    out = tmp_path / "dask.csv"
    first = _cluster(tmp_path / "first")
    try:
        command = _popen(str(folder), "-o", str(out), "--scheduler", first.address,
                         "--files-per-task", "10")  # fmt: skip
        try:
            _wait(lambda: _ledgers(out) >= 3, command, "three parts")
            os.kill(first.scheduler.pid, signal.SIGKILL)  # mid-batch
            assert command.poll() is None
            _out, err = command.communicate(timeout=180)
        finally:
            stop(command)  # type: ignore[arg-type]
    finally:
        first.close()  # its workers too: none of them may write any more
    assert command.returncode == 3, err
    assert "Traceback" not in err
    assert "run the same command again to resume" in err
    # Dask says CommClosedError or FutureCancelledError, depending on timing
    assert "the connection to the Dask scheduler was lost" in err
    assert not out.exists()
    kept = _ledgers(out)
    assert kept >= 3

    second = _cluster(tmp_path / "second")
    try:
        again = extract(str(folder), "-o", str(out), "--scheduler", second.address,
                        "--files-per-task", "10")  # fmt: skip
    finally:
        second.close()
    assert again.returncode == 0, again.stderr
    assert "resuming:" in again.stderr
    reference = extract(str(folder), "-o", str(tmp_path / "one.csv"), "--jobs", "1")
    assert reference.returncode == 0, reference.stderr
    got, expected = rows(out), rows(tmp_path / "one.csv")
    assert got["doc_id"].nunique() == 800
    assert got.equals(expected)


def _kill_the_worker_running(cluster: DaskCluster, key: str) -> bool:
    """SIGKILL the Dask worker process that holds ``key``; False if none does."""
    from distributed import Client

    with Client(cluster.address, timeout=30) as client:
        processing = client.processing()
        where = [address for address, keys in processing.items() if key in keys]
        if not where:
            return False
        pids = client.run(os.getpid, workers=where)
    for pid in pids.values():
        os.kill(pid, signal.SIGKILL)  # its nanny starts a new one
    return True


def test_a_file_whose_worker_dies_twice_is_recorded_as_failed(
    tmp_path: Path,
) -> None:
    from reviewer.io.batch.parts import part_id

    folder = tmp_path / "in"
    make_batch(folder, 10, hostile=False)
    # a file that keeps a worker busy for seconds (a 10 MB text of short
    # sentences), sorted after the others, in a task of its own
    slow = folder / "zz-slow.txt"
    slow.write_text("The board met. " * 700_000)
    out = tmp_path / "dask.csv"
    cluster = _cluster(tmp_path / "cluster")
    try:
        command = _popen(str(folder), "-o", str(out), "--scheduler", cluster.address,
                         "--files-per-task", "1", "--timeout", "600")  # fmt: skip
        key = f"reviewer-{part_id([str(slow)])}"
        try:
            _wait(lambda: _ledgers(out) >= 10, command, "the other files")
            _wait(lambda: _kill_the_worker_running(cluster, key), command, "a run")
            # the client sends the file again, alone: kill that worker too
            retry = f"{key}-retry"
            _wait(lambda: _kill_the_worker_running(cluster, retry), command, "retry")
            _out, err = command.communicate(timeout=180)
        finally:
            stop(command)  # type: ignore[arg-type]
    finally:
        cluster.close()
    assert command.returncode == 1, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "zz-slow.txt" in line]
    assert lines, err
    assert "stopped twice" in lines[0], err
    assert f"10 document(s) written to {out}, 1 failed" in err
    assert rows(out)["doc_id"].nunique() == 10
