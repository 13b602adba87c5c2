"""Batch scaling: ``--jobs 1``, ``--jobs 2``, ``local:2`` and a two-worker cluster.

Run from the repository root (needs the cluster extra)::

    python -m benchmarks.bench_cluster [--count 2000] [--rounds 3]

Writes ``N`` (default 2,000) varied synthetic announcements of about 5 KB, then
times ``reviewer extract`` over them as whole processes, the four ways in
interleaved rounds (the order rotates each round), each into a fresh dataset:

* ``--jobs 1`` (one budgeted worker process, the baseline);
* ``--jobs 2``;
* ``--scheduler local:2`` (the command starts and stops a LocalCluster);
* ``--scheduler tcp://…`` on a ``dask scheduler`` with two ``dask worker``
  processes started beforehand (its start is not timed, as with a real cluster).

Prints documents per second for each (the median over rounds) and its ratio to
``--jobs 1`` in the same rounds (the median of the rounds' ratios), with the
spread, and the CPU time per document of ``--jobs 2`` against ``--jobs 1`` (on
a busy machine the wall-clock ratio says more about the neighbours than about
the command; CPU time says how much work a second process adds). Then Dask's
scheduling overhead per document in CPU time (see :func:`_overhead`) as a share
of the extraction's, and the machine's load average, to say how idle it was.
Last, the goals: ``--jobs 2`` and the two-worker cluster at >= 1.6x ``--jobs 1``,
Dask's overhead < 5 %. With ``--no-local`` (no LocalCluster start and stop
each round) it takes about a minute and a half on an idle 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Row, print_rows
from benchmarks.bench_batch import make_filings

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


CPU: dict[str, list[float]] = {}
"""CPU seconds (the command and the worker processes it waited for), by options."""


def _extract(folder: Path, out: Path, *options: str) -> float:
    """Seconds for one whole ``reviewer extract`` process."""
    import resource

    out.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "extract", str(folder), "-o", str(out),
         *options],
        capture_output=True, text=True, cwd=ROOT, check=False,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(" ".join(options), []).append(used)
    if done.returncode != 0:
        raise RuntimeError(f"reviewer extract {' '.join(options)}: {done.stderr}")
    return seconds


class _Cluster:
    """A scheduler and two single-thread workers on loopback, for the bench."""

    def __init__(self, folder: Path) -> None:
        file = folder / "scheduler.json"
        self.processes = [
            subprocess.Popen(
                [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port",
                 "0", "--no-dashboard", "--scheduler-file", str(file)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        ]  # fmt: skip
        while not file.exists():
            time.sleep(0.1)
        time.sleep(0.3)
        self.address = json.loads(file.read_text())["address"]
        for number in range(2):
            self.processes.append(
                subprocess.Popen(
                    [str(BIN / "dask"), "worker", self.address, "--nthreads", "1",
                     "--host", "127.0.0.1", "--no-dashboard", "--name", f"w{number}"],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)},
                    start_new_session=True,
                )
            )  # fmt: skip
        from distributed import Client

        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)

    def close(self) -> None:
        import signal

        for process in self.processes:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)


def _cpu_of(pid: int) -> float:
    """CPU seconds a process has used (Linux /proc); 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _overhead(
    cluster: _Cluster, folder: Path, rounds: int
) -> tuple[float, float, float]:
    """CPU per document: extracting it; what Dask adds; the part of it that
    the documents cause (beyond the cluster's clocks).

    Extracting: the work function in this process (warm), over 300 files.
    What Dask adds: over a whole batch on the running two-worker cluster,
    every CPU second spent outside the budgeted processes that extract (the
    same processes as ``--jobs``): the client (this process, after it has
    connected), the scheduler, the nannies and the Dask worker processes
    (handing the chunk to its budgeted process, reading its replies). Start-up
    costs (importing Dask, connecting) are left out: they are paid once per
    command, not per document. The median of ``rounds`` batches.

    Dask's processes also work by the clock (heartbeats, the event loops'
    tick monitors, the memory monitor, the profiler): about a tenth of a core
    for the scheduler, two nannies and two workers doing nothing. That part
    grows with the batch's wall time (so with the machine's load), not with
    its documents; measured on the idle cluster just before, it is subtracted
    for the third figure.
    """
    from distributed import Client

    from reviewer.cli.extract_cmd import (
        PRELOAD,
        _task,
        brief_result,
        commit_part,
        extract_task,
        source_size,
        warm,
    )
    from reviewer.io.batch import Budget
    from reviewer.io.batch.dask_backend import Cluster, run_on_cluster

    files = sorted(str(p) for p in folder.glob("*.txt"))
    warm()
    sample = [_task(f, folder.parent / "x.csv", "", 100_000_000) for f in files[:300]]
    start = time.process_time()
    for task in sample:
        extract_task(task)
    extracting = (time.process_time() - start) / len(sample)
    sizes = [source_size(f) for f in files]
    added = []
    with Client(cluster.address, timeout=60) as client:
        pids = [p.pid for p in cluster.processes] + list(client.run(os.getpid).values())
        idle_start = time.monotonic(), sum(_cpu_of(pid) for pid in pids)
        time.sleep(IDLE)
        idle_rate = (sum(_cpu_of(pid) for pid in pids) - idle_start[1]) / (
            time.monotonic() - idle_start[0]
        )
        marginal = []
        for number in range(rounds):
            parts = folder.parent / f"overhead-{number}.parts"
            parts.mkdir()
            tasks = [
                _task(f, parts / "x.csv", "", 100_000_000, "", parts) for f in files
            ]
            before = time.process_time() + sum(_cpu_of(pid) for pid in pids)
            began = time.monotonic()
            run_on_cluster(Cluster(client), extract_task, tasks, budget=Budget(),
                           commit=commit_part, brief=brief_result, sizes=sizes,
                           preload=PRELOAD)  # fmt: skip
            after = time.process_time() + sum(_cpu_of(pid) for pid in pids)
            ticking = idle_rate * (time.monotonic() - began)
            added.append((after - before) / len(files))
            marginal.append((after - before - ticking) / len(files))
    return extracting, statistics.median(added), statistics.median(marginal)


IDLE = 3.0
"""Seconds the idle cluster's clock-driven CPU is measured."""


MODES = {
    "--jobs 1": ["--jobs", "1"],
    "--jobs 2": ["--jobs", "2"],
    "local:2": ["--scheduler", "local:2"],
    "2-worker cluster": ["--scheduler", "CLUSTER"],
}

GOALS = {
    "--jobs 2": ">= 1.6x --jobs 1",
    "2-worker cluster": ">= 1.6x --jobs 1",
}


def run(count: int = 2000, rounds: int = 3, local: bool = True) -> list[Row]:
    """Measure the ways in interleaved rounds; rows against ``--jobs 1``."""
    load_before = _load()
    names = [name for name in MODES if local or name != "local:2"]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "filings"
        folder.mkdir()
        make_filings(folder, count)
        cluster = _Cluster(tmp)
        try:
            seconds: dict[str, list[float]] = {name: [] for name in names}
            for number in range(rounds):
                order = names[number % len(names) :] + names[: number % len(names)]
                for name in order:
                    out = tmp / f"{name.replace(' ', '_')}.csv"
                    options = [cluster.address if o == "CLUSTER" else o
                               for o in MODES[name]]  # fmt: skip
                    seconds[name].append(_extract(folder, out, *options))
            extracting, added, marginal = _overhead(cluster, folder, 2)
        finally:
            cluster.close()
    load_after = _load()
    base = [count / s for s in seconds["--jobs 1"]]
    rows: list[Row] = []
    for name in names:
        rates = [count / s for s in seconds[name]]
        ratios = [r / b for r, b in zip(rates, base, strict=True)]
        spread = f"{min(ratios):.2f}-{max(ratios):.2f}x"
        rows.append(
            (
                f"extract docs/s, {name} ({count} x 5 KB, whole process, "
                f"median of {rounds} rounds, ratios {spread})",
                statistics.median(rates),
                statistics.median(base),
                statistics.median(ratios),
            )
        )
    one, two = (statistics.median(CPU[f"--jobs {n}"]) for n in (1, 2))
    rows.append(("CPU ms per doc, --jobs 2 vs --jobs 1 (command + its workers)",
                 two / count * 1000, one / count * 1000, two / one))  # fmt: skip
    rows.append(
        (
            "Dask scheduling overhead: CPU ms per doc the documents cause outside "
            "the extracting processes vs extracting",
            marginal * 1000,
            extracting * 1000,
            marginal / extracting,
        )
    )
    rows.append(
        (
            "Dask overhead with its clocks' ticking during the batch (grows with "
            "wall time): CPU ms per doc vs extracting",
            added * 1000,
            extracting * 1000,
            added / extracting,
        )
    )
    rows.append(("load average (1 min) after vs before, 2 cores", load_after,
                 load_before, load_after / max(load_before, 0.01)))  # fmt: skip
    return rows


def print_goals(rows: list[Row]) -> None:
    """The rows, then the goals: each ratio to ``--jobs 1`` and the overhead."""
    print_rows(rows)
    print()
    by_name = {name: (value, ratio) for name, value, _base, ratio in rows}
    print("goal                                              figure    met?")
    for mode, goal in GOALS.items():
        for name, (_value, ratio) in by_name.items():
            if name.startswith(f"extract docs/s, {mode} "):
                met = "yes" if ratio >= 1.6 else "NO"
                print(f"{mode} {goal:<40}  {ratio:6.2f}x    {met}")
    for name, (_value, ratio) in by_name.items():
        if name.startswith("Dask scheduling overhead"):
            met = "yes" if ratio < 0.05 else "NO"
            label = "Dask overhead < 5 % of extraction per doc"
            print(f"{label:<49} {ratio * 100:6.1f} %    {met}")
        elif name.startswith("Dask overhead with its clocks"):
            label = "  (with the clocks' ticking, for the record)"
            print(f"{label:<49} {ratio * 100:6.1f} %")
    load = next(
        value for name, (value, _r) in by_name.items() if name.startswith("load")
    )
    print(f"(load average {load:.1f} at the end, {os.cpu_count()} cores)")


def main(argv: list[str] | None = None) -> int:
    """Print the figures as a table."""
    parser = argparse.ArgumentParser(description="Batch scaling benchmark")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--no-local",
        action="store_true",
        help="leave out local:2 (its LocalCluster costs 10-25 s a round to start)",
    )
    args = parser.parse_args(argv)
    print_goals(run(args.count, args.rounds, local=not args.no_local))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
