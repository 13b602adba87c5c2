"""run_batch: every task gets a result in order, whatever a bad one does."""

from __future__ import annotations

import os
import time

import pytest

from reviewer.io.batch import Budget, available_cores, run_batch
from tests.hostile.batch_work import behave

pytestmark = pytest.mark.skipif(os.name != "posix", reason="budgets need POSIX")


def _tasks(*actions: str) -> list[dict[str, object]]:
    return [{"do": action, "n": n} for n, action in enumerate(actions)]


def test_a_hanging_task_is_stopped_and_the_batch_goes_on() -> None:
    done: list[int] = []
    start = time.monotonic()
    results = run_batch(
        behave,
        _tasks("ok", "hang", "ok", "ok"),
        jobs=1,
        budget=Budget(timeout=1.5, max_memory_mb=0),
        on_done=done.append,
    )
    assert time.monotonic() - start < 20
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

    import reviewer.io.batch as batch

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    monkeypatch.setattr(batch, "_start_method", lambda: method)
    start = time.monotonic()
    results = run_batch(
        behave, _tasks("ok", "hang", "ok"), jobs=2, budget=Budget(timeout=2)
    )
    assert [r.problem for r in results] == ["", "timeout", ""]
    assert time.monotonic() - start < 30  # idle workers stop when asked


def test_workers_that_cannot_start_stop_the_batch_with_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reviewer.io.batch as batch
    import reviewer.io.sandbox as sandbox
    from tests.hostile.batch_work import broken_start

    def die(max_memory_mb: int) -> None:
        os._exit(3)

    monkeypatch.setattr(batch, "_start_method", lambda: "fork")
    monkeypatch.setattr(sandbox, "limit_memory", die)
    with pytest.raises(batch.WorkerStartError, match="exit code 3"):
        run_batch(broken_start, _tasks("ok", "ok"), jobs=1, budget=Budget(5))
