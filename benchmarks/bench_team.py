"""Team workspace latencies with 8 concurrent clients on a real PostgreSQL server.

Run ``python -m benchmarks.bench_team``. A server is started in a private folder
(as in the tests); 200 small filings are added; 8 client processes claim, open
(load the stored filing and its proposal) and accept until the queue is empty.
Figures: median and p95 of claim-and-open and of accept, each against the median
of a bare connect + ``SELECT 1`` transaction measured in the same run.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Row, print_rows

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 8
FILINGS = 200

CLIENT = r"""
import json, sys, time
from dataclasses import replace
from reviewer.core.records import ReviewState
from reviewer.core.serialize import state_to_dict
from reviewer.io.team import TeamWorkspace
from reviewer.io.team.store import records_for
space = TeamWorkspace(sys.argv[1])
claims, accepts = [], []
while True:
    t0 = time.perf_counter()
    claim = space.claim(sys.argv[2])
    if claim is None:
        break
    document, extraction = claim.load()
    t1 = time.perf_counter()
    state = replace(ReviewState.from_extraction(extraction), status="reviewed",
                    reviewed_by=sys.argv[2])
    records = records_for(claim, document, extraction, state)
    t2 = time.perf_counter()
    space.accept(claim, records, state_to_dict(state))
    t3 = time.perf_counter()
    claims.append(t1 - t0)
    accepts.append(t3 - t2)
print(json.dumps([claims, accepts]))
"""


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def run(quick: bool = False) -> list[Row]:
    """Start a server, fill a queue, run the clients, return the figures."""
    sys.path.insert(0, str(ROOT))
    from reviewer.io.team import TeamWorkspace
    from reviewer.io.team.db import connect
    from tests.team.pgserver import Server, find_bindir

    bindir = find_bindir()
    if bindir is None:
        print("bench_team: no PostgreSQL binaries; skipped", file=sys.stderr)
        return []
    server = Server(bindir)
    admin = server.start()
    try:
        with connect(admin) as db:
            db.execute("CREATE DATABASE bench")
        dsn = admin.replace("dbname=postgres", "dbname=bench")
        space = TeamWorkspace(dsn)
        space.init()
        count = FILINGS // 4 if quick else FILINGS
        with tempfile.TemporaryDirectory() as folder:
            paths = []
            for n in range(count):
                path = Path(folder) / f"f{n:03d}.txt"
                path.write_text(
                    f"Company {n} Inc. announced that Jane Roe{n} resigned from its "
                    f"board of directors on June {n % 28 + 1}, 2024.\n",
                    encoding="utf-8",
                )
                paths.append(path)
            space.add(paths, "bench", base=Path(folder))
        bare = []
        for _ in range(50):
            started = time.perf_counter()
            with connect(dsn) as db, db.transaction():
                db.execute("SELECT 1")
            bare.append(time.perf_counter() - started)
        baseline = statistics.median(bare)
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", CLIENT, dsn, f"r{i}"],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            for i in range(CLIENTS)
        ]
        claims: list[float] = []
        accepts: list[float] = []
        for worker in workers:
            out, _ = worker.communicate(timeout=600)
            got_claims, got_accepts = json.loads(out)
            claims += got_claims
            accepts += got_accepts
    finally:
        server.stop()
    rows: list[Row] = []
    for name, values in (("team claim-and-open", claims), ("team accept", accepts)):
        median, p95 = statistics.median(values), _p95(values)
        rows.append((f"{name} median (8 clients)", median, baseline, median / baseline))
        rows.append((f"{name} p95 (8 clients)", p95, baseline, p95 / baseline))
    return rows


if __name__ == "__main__":
    print_rows(run(quick="--quick" in sys.argv))
