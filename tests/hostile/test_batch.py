"""run_batch: every task gets a result in order, whatever a bad one does."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.io.batch import Budget, available_cores, run_batch
from tests.hostile.batch_work import behave

pytestmark = pytest.mark.skipif(os.name != "posix", reason="budgets need POSIX")


def _tasks(*actions: str) -> list[dict[str, object]]:
    return [{"do": action, "n": n} for n, action in enumerate(actions)]


def test_a_hanging_task_is_stopped_and_the_batch_goes_on() -> None:
    done: list[int] = []
    results = run_batch(
        behave,
        _tasks("ok", "hang", "ok", "ok"),
        jobs=1,
        budget=Budget(timeout=1.5, max_memory_mb=0),
        on_done=done.append,
    )
    assert [r.problem for r in results] == ["", "timeout", "", ""]
    assert "1.5 s time budget" in results[1].message
    assert [r.value["n"] for r in results if r.ok] == [0, 2, 3]
    # the killed worker was replaced by a new process
    assert results[0].value["pid"] != results[2].value["pid"]
    assert results[2].value["pid"] != os.getpid()
    assert sorted(done) == [0, 1, 2, 3]


def test_a_task_over_the_memory_budget_is_reported_and_the_worker_replaced() -> None:
    results = run_batch(
        behave,
        _tasks("ok", "memory", "ok"),
        jobs=1,
        budget=Budget(timeout=60, max_memory_mb=200),
    )
    assert [r.problem for r in results] == ["", "memory", ""]
    assert "200 MB memory budget" in results[1].message
    assert results[0].value["pid"] != results[2].value["pid"]


def test_a_crashing_task_is_reported_and_the_pool_recovers() -> None:
    results = run_batch(
        behave,
        _tasks("crash", "ok", "raise", "crash", "ok"),
        jobs=2,
        budget=Budget(timeout=60, max_memory_mb=0),
    )
    assert [r.problem for r in results] == ["crash", "", "error", "crash", ""]
    assert "SIGSEGV" in results[0].message
    assert "ValueError: a bug in the work function" in results[2].message


def test_results_keep_the_task_order_with_many_jobs() -> None:
    tasks = _tasks(*["ok"] * 40)
    results = run_batch(behave, tasks, jobs=0, budget=Budget(timeout=30))
    assert [r.value["n"] for r in results] == list(range(40))
    pids = {r.value["pid"] for r in results}
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= available_cores()


def test_without_budgets_one_job_runs_in_this_process() -> None:
    results = run_batch(behave, _tasks("ok", "raise"), jobs=1, budget=Budget(0, 0))
    assert results[0].value["pid"] == os.getpid()
    assert results[1].problem == "error"


def test_no_tasks_no_workers() -> None:
    assert run_batch(behave, [], jobs=4) == []


@pytest.mark.parametrize("method", ["fork", "forkserver", "spawn"])
def test_every_start_method_gives_the_same_results(
    monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    import multiprocessing

    import reviewer.io.batch.pool as batch

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    monkeypatch.setattr(batch, "_start_method", lambda: method)
    results = run_batch(
        behave, _tasks("ok", "hang", "ok"), jobs=2, budget=Budget(timeout=2)
    )
    assert [r.problem for r in results] == ["", "timeout", ""]


def test_workers_that_cannot_start_stop_the_batch_with_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reviewer.io.batch.pool as batch
    import reviewer.io.batch.sandbox as sandbox
    from tests.hostile.batch_work import broken_start

    def die(max_memory_mb: int) -> None:
        os._exit(3)

    monkeypatch.setattr(batch, "_start_method", lambda: "fork")
    monkeypatch.setattr(sandbox, "limit_memory", die)
    with pytest.raises(batch.WorkerStartError, match="exit code 3"):
        run_batch(broken_start, _tasks("ok", "ok"), jobs=1, budget=Budget(5))


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_end_when_the_command_is_killed(method: str) -> None:
    # a forked worker holds its own copy of the pipe, so it never saw it close:
    # killing the command left a hung worker (and idle ones) running for ever
    script = (
        "import reviewer.io.batch.pool as batch\n"
        "from tests.hostile.batch_work import behave\n"
        f"batch._start_method = lambda: {method!r}\n"
        "if __name__ == '__main__':\n"
        "    batch.run_batch(behave, [{'do': 'hang', 'n': 0}, {'do': 'hang', 'n': 1}],"
        " jobs=2, budget=batch.Budget(timeout=600))\n"
    )
    root = Path(__file__).resolve().parents[2]
    command = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=root,
        env=os.environ | {"PYTHONPATH": str(root)},
    )
    try:
        deadline = time.monotonic() + 20
        workers: set[int] = set()
        while time.monotonic() < deadline:
            workers = _children(command.pid)
            if method == "forkserver":  # workers are the fork server's children
                workers = {w for server in workers for w in _children(server)}
            if len(workers) >= 2:
                break
            time.sleep(0.1)
        assert len(workers) >= 2
        time.sleep(0.5)  # let them start (the guarantee is for running workers)
        command.kill()
        command.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers)
    finally:
        if command.poll() is None:
            command.kill()


def _ledger(path: Path) -> list[int]:
    if not path.exists():
        return []
    return sorted(int(line.split()[0]) for line in path.read_text().splitlines())


def test_workers_commit_their_chunks_and_a_cut_off_chunk_is_run_again(
    tmp_path: Path,
) -> None:
    from tests.hostile.batch_work import brief, keep

    ledger = tmp_path / "ledger.txt"
    tasks = [
        {"do": action, "n": n, "ledger": str(ledger)}
        for n, action in enumerate(["ok", "ok", "ok", "hang", "ok", "ok", "ok"])
    ]
    done: list[int] = []
    results = run_batch(
        behave,
        tasks,
        jobs=1,
        budget=Budget(timeout=1.5, max_memory_mb=0),
        on_done=done.append,
        commit=keep,
        brief=brief,
        sizes=[100] * len(tasks),  # one chunk: the hang cuts it off
    )
    assert [r.problem for r in results] == ["", "", "", "timeout", "", "", ""]
    # what the killed worker had finished was never committed: a fresh worker
    # ran it again, so every finished task is committed exactly once
    assert _ledger(ledger) == [0, 1, 2, 4, 5, 6]
    assert sorted(done) == list(range(7))
    assert results[0].value == {"pid": results[4].value["pid"]}  # brief, rerun
    assert results[0].value["pid"] != os.getpid()


@pytest.mark.parametrize("budget", [Budget(0, 0), Budget(timeout=30)])
def test_a_commit_that_fails_names_its_tasks(tmp_path: Path, budget: Budget) -> None:
    from tests.hostile.batch_work import keep

    tasks = [{"do": "ok", "n": n, "ledger": "", "refuse": True} for n in range(3)]
    results = run_batch(behave, tasks, jobs=1, budget=budget, commit=keep)
    assert [r.problem for r in results] == ["error"] * 3
    assert "could not be written" in results[0].message
    assert "No space left on device" in results[0].message


def test_chunks_by_size_commit_every_task_once_with_many_jobs(tmp_path: Path) -> None:
    from tests.hostile.batch_work import keep

    ledger = tmp_path / "ledger.txt"
    tasks = [{"do": "ok", "n": n, "ledger": str(ledger)} for n in range(300)]
    results = run_batch(
        behave, tasks, jobs=2, budget=Budget(timeout=30), commit=keep,
        sizes=[5000] * 300,
    )  # fmt: skip
    assert all(r.ok for r in results)
    assert _ledger(ledger) == list(range(300))
    lines = ledger.read_text().splitlines()
    pids = {line.split()[1] for line in lines}
    assert len(pids) == min(2, available_cores())
