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
``--jobs 1`` in the same rounds, with the spread, and the CPU seconds of
``--jobs 2`` against ``--jobs 1`` (on a busy machine the wall-clock ratio says
more about the neighbours than about the command; the CPU ratio says how much
work a second process adds). Then the scheduling overhead
per document in CPU time (see :func:`_overhead`) as a share of the extraction's,
and the machine's load average before and after, to say how idle it was.
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
    """CPU seconds a process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _overhead(folder: Path, rounds: int) -> tuple[float, float, float]:
    """CPU ms per document: extracting; Dask's share; the worker hand-over's.

    Counted in CPU time, which a busy machine disturbs far less than wall time:
    extraction is the work function in this process; Dask's share is what the
    client and scheduler (this process) and the Dask worker process (which
    hands the files to its budgeted process and writes the parts) spend per
    document; the hand-over's is what ``--jobs 1``'s parent spends per
    document, for comparison.
    """
    from reviewer.cli.extract_cmd import PRELOAD, _task, extract_task, warm
    from reviewer.io.batch import Budget, run_batch
    from reviewer.io.batch.dask_backend import connect, run_on_cluster

    files = sorted(str(p) for p in folder.glob("*.txt"))
    out = folder.parent / "overhead.csv"
    tasks = [_task(f, out, "", 100_000_000) for f in files]
    budget = Budget()
    warm()
    start = time.process_time()
    for task in tasks[:500]:
        extract_task(task)
    extracting = (time.process_time() - start) / min(500, len(tasks))
    cluster = connect("local:1")
    dask, plain = [], []
    try:
        (worker,) = cluster.client.run(os.getpid).values()
        for number in range(rounds):
            start = time.process_time()
            run_batch(extract_task, tasks, jobs=1, budget=budget, preload=PRELOAD)
            plain.append((time.process_time() - start) / len(tasks))
            parts = folder.parent / f"overhead-{number}.parts"
            parts.mkdir()
            start, worker_start = time.process_time(), _cpu_of(worker)
            run_on_cluster(cluster, extract_task, tasks, budget=budget, parts=parts,
                           fmt="csv", preload=PRELOAD)  # fmt: skip
            used = time.process_time() - start + _cpu_of(worker) - worker_start
            dask.append(used / len(tasks))
    finally:
        cluster.close()
    return extracting, statistics.median(dask), statistics.median(plain)


def run(count: int = 2000, rounds: int = 3) -> list[Row]:
    """Measure the four ways in interleaved rounds; rows against ``--jobs 1``."""
    load_before = _load()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "filings"
        folder.mkdir()
        make_filings(folder, count)
        cluster = _Cluster(tmp)
        try:
            modes = {
                "--jobs 1": ["--jobs", "1"],
                "--jobs 2": ["--jobs", "2"],
                "local:2": ["--scheduler", "local:2"],
                "2-worker cluster": ["--scheduler", cluster.address],
            }
            names = list(modes)
            seconds: dict[str, list[float]] = {name: [] for name in names}
            for number in range(rounds):
                order = names[number % len(names) :] + names[: number % len(names)]
                for name in order:
                    out = tmp / f"{name.replace(' ', '_')}.csv"
                    seconds[name].append(_extract(folder, out, *modes[name]))
        finally:
            cluster.close()
        extracting, dask_share, handover = _overhead(folder, rounds)
    load_after = _load()
    base = [count / s for s in seconds["--jobs 1"]]
    rows: list[Row] = []
    for name in names:
        rates = [count / s for s in seconds[name]]
        ratios = [r / b for r, b in zip(rates, base, strict=True)]
        spread = f"{min(ratios):.2f}-{max(ratios):.2f}x"
        rows.append(
            (
                f"extract docs/s, {name} ({count} x 5 KB, whole process, {spread})",
                statistics.median(rates),
                statistics.median(base),
                statistics.median(ratios),
            )
        )
    one, two = (statistics.median(CPU[f"--jobs {n}"]) for n in (1, 2))
    rows.append(("CPU s, --jobs 2 vs --jobs 1 (command + its workers)", two, one,
                 two / one))  # fmt: skip
    rows.append(
        (
            "CPU ms per doc, Dask (client, scheduler, worker) vs extracting",
            dask_share * 1000,
            extracting * 1000,
            dask_share / extracting,
        )
    )
    rows.append(
        (
            "CPU ms per doc, --jobs 1 parent's hand-over vs extracting",
            handover * 1000,
            extracting * 1000,
            handover / extracting,
        )
    )
    rows.append(("load average (1 min) before and after, 2 cores", load_after,
                 load_before, load_after / max(load_before, 0.01)))  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the figures as a table."""
    parser = argparse.ArgumentParser(description="Batch scaling benchmark")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    print_rows(run(args.count, args.rounds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
