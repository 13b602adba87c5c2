"""``reviewer extract --scheduler``: the same rows as ``--jobs 1``, on real Dask.

A LocalCluster (``--scheduler local:2``) and a real ``dask scheduler`` with two
``dask worker`` processes, all on loopback; bad files named, never fatal.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cluster.conftest import ROOT, DaskCluster, extract, make_batch, rows, stop

pytest.importorskip("distributed")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="budgets need POSIX")


def _same_as_one_job(folder: Path, out: Path, *options: str) -> str:
    """Extract with ``options`` and with ``--jobs 1``; assert equal rows."""
    one = out.with_name("one-job.csv")
    if not one.exists():
        reference = extract(str(folder), "-o", str(one), "--jobs", "1")
        assert reference.returncode in (0, 1), reference.stderr
    done = extract(str(folder), "-o", str(out), *options)
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    expected, got = rows(one), rows(out)
    assert len(got) > 0
    assert got.equals(expected)
    assert not out.with_name(out.name + ".parts").exists()  # merged and removed
    return done.stderr


def test_a_local_cluster_gives_the_rows_of_one_job_and_names_bad_files(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    bad = make_batch(folder, 60)
    err = _same_as_one_job(
        folder, tmp_path / "local.csv", "--scheduler", "local:2",
        "--files-per-task", "7",
    )  # fmt: skip
    lines = err.splitlines()
    for name, word in bad.items():
        shown = name.encode("unicode_escape").decode("ascii")
        assert any(shown in line and word in line for line in lines), (name, err)
    assert "Dask dashboard: http://127.0.0.1:" in err
    summary = f"62 document(s) written to {tmp_path / 'local.csv'}, {len(bad)} failed"
    assert summary in err
    assert "INFO" not in err  # Dask's chatter stays off the terminal


def test_an_unreachable_scheduler_is_named_without_a_traceback(tmp_path: Path) -> None:
    from tests.cluster.conftest import free_port

    (tmp_path / "a.txt").write_text("Acme appointed Jane Roe as a director.")
    address = f"tcp://127.0.0.1:{free_port()}"
    done = extract(str(tmp_path / "a.txt"), "-o", str(tmp_path / "d.csv"),
                   "--scheduler", address, timeout=120)  # fmt: skip
    assert done.returncode == 3
    assert f"cannot reach the Dask scheduler at {address}" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "d.csv").exists()


@pytest.mark.slow
@pytest.mark.corpus
def test_the_corpus_gives_the_same_rows_on_every_backend(
    corpus: Path, dask_cluster: DaskCluster, tmp_path: Path
) -> None:
    folder = tmp_path / "raw"
    shutil.copytree(corpus / "raw", folder)
    _same_as_one_job(folder, tmp_path / "local.csv", "--scheduler", "local:2")
    _same_as_one_job(folder, tmp_path / "dask.csv", "--scheduler", dask_cluster.address)
    _same_as_one_job(folder, tmp_path / "jobs2.csv", "--jobs", "2")


@pytest.mark.slow
def test_two_thousand_documents_with_hostile_files_on_every_backend(
    dask_cluster: DaskCluster, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    bad = make_batch(folder, 2000)
    for out, options in [
        ("local.csv", ["--scheduler", "local:2"]),
        ("dask.csv", ["--scheduler", dask_cluster.address]),
        ("jobs2.csv", ["--jobs", "2"]),
    ]:
        err = _same_as_one_job(folder, tmp_path / out, *options)
        assert f"2002 document(s) written to {tmp_path / out}, {len(bad)} failed" in err


def _wait_for_parts(out: Path, count: int, process: subprocess.Popen[str]) -> None:
    parts = out.with_name(out.name + ".parts")
    deadline = time.monotonic() + 240
    while len(list(parts.glob("part-*.json"))) < count:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no part was written in time"
        time.sleep(0.05)


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


@pytest.mark.slow
def test_a_worker_killed_mid_batch_loses_and_duplicates_nothing(
    dask_cluster: DaskCluster, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    make_batch(folder, 600, hostile=False)
    out = tmp_path / "dask.csv"
    command = _popen(str(folder), "-o", str(out), "--scheduler", dask_cluster.address,
                     "--files-per-task", "10")  # fmt: skip
    try:
        _wait_for_parts(out, 3, command)
        victim = dask_cluster.worker_pids()[0]
        os.kill(victim, signal.SIGKILL)  # its nanny starts a new one
        assert command.poll() is None  # killed mid-batch, not after it
        _out, err = command.communicate(timeout=400)
    finally:
        stop(command)  # type: ignore[arg-type]
    assert command.returncode == 0, err
    dask_cluster.wait_for(2)
    reference = extract(str(folder), "-o", str(tmp_path / "one.csv"), "--jobs", "1")
    assert reference.returncode == 0, reference.stderr
    got, expected = rows(out), rows(tmp_path / "one.csv")
    assert got["doc_id"].nunique() == 600
    assert got.equals(expected)


@pytest.mark.slow
def test_a_killed_client_resumes_to_the_same_result(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_batch(folder, 800, hostile=False)
    out = tmp_path / "local.csv"
    args = [str(folder), "-o", str(out), "--scheduler", "local:2",
            "--files-per-task", "10"]  # fmt: skip
    command = _popen(*args)
    try:
        _wait_for_parts(out, 5, command)
        os.killpg(command.pid, signal.SIGKILL)  # the client and its LocalCluster
        command.communicate(timeout=30)
    finally:
        stop(command)  # type: ignore[arg-type]
    parts = out.with_name(out.name + ".parts")
    written_before = len(list(parts.glob("part-*.json")))
    assert written_before >= 5
    assert not out.exists()
    again = extract(*args)
    assert again.returncode == 0, again.stderr
    assert "resuming:" in again.stderr
    extract(str(folder), "-o", str(tmp_path / "one.csv"), "--jobs", "1")
    got, expected = rows(out), rows(tmp_path / "one.csv")
    assert got["doc_id"].nunique() == 800
    assert got.equals(expected)


@pytest.mark.slow
def test_a_file_over_its_budget_on_the_cluster_is_stopped_and_named(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    make_batch(folder, 20, hostile=False)
    (folder / "huge.txt").write_text("The board met. " * 2_000_000)
    out = tmp_path / "d.csv"
    start = time.monotonic()
    done = extract(str(folder), "-o", str(out), "--scheduler", "local:2",
                   "--timeout", "2", "--max-memory", "300")  # fmt: skip
    assert time.monotonic() - start < 300
    assert done.returncode == 1, done.stderr
    assert any(
        "huge.txt" in line and "budget" in line for line in done.stderr.splitlines()
    ), done.stderr
    assert rows(out)["doc_id"].nunique() == 20


def _fork_server_running() -> bool:
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    return getattr(server, "_forkserver_pid", None) is not None


def test_workers_start_a_warm_fork_server_when_the_plugin_is_registered(
    dask_cluster: DaskCluster,
) -> None:
    # Dask refuses duck-typed plugins (a TypeError that was swallowed): the
    # plugin must register, and each worker then starts its fork server
    from distributed import Client

    from reviewer.io.batch.dask_backend import WarmWorker

    with Client(dask_cluster.address, timeout=30) as client:
        client.register_plugin(WarmWorker(["json"]), name=WarmWorker.name)
        deadline = time.monotonic() + 60
        while not all(client.run(_fork_server_running).values()):
            assert time.monotonic() < deadline, "no fork server started"
            time.sleep(0.2)
