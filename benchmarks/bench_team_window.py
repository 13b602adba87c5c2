"""The team workspace as the window sees it: claim-and-show, accept, 8 clients.

Run ``python -m benchmarks.bench_team_window`` (offscreen Qt is fine). A server
is started in a private folder (as in the tests) and 200 small filings are
added; 7 client processes claim, open and accept from the queue (the
``bench_team`` client) while the real window, connected as an eighth reviewer,
takes the next free filing (Open Next: claim, cache, load, extract, show) and
accepts it (the accept round trip on the window's worker), 15 times after one
warm-up round (the first open imports and compiles the extractor); the window's
filings are assigned to it, so the faster clients cannot drain them. Figures:
median and p95 of each, against the median of a bare connect + ``SELECT 1``
transaction measured in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import Row, print_rows
from benchmarks.bench_team import CLIENT, _p95

ROOT = Path(__file__).resolve().parent.parent
BACKGROUND = int(os.environ.get("BENCH_TEAM_BACKGROUND", "7"))
FILINGS = 200
ROUNDS = 15


def _wait(app: object, done: Callable[[], bool], seconds: float = 60.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.perf_counter() + seconds
    while not done():
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        time.sleep(0.001)


def run(quick: bool = False) -> list[Row]:
    """Start a server, fill a queue, run the clients and the window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reviewer.io.team import TeamWorkspace
    from reviewer.io.team.db import connect
    from reviewer.pyside_guard import immortalize_singletons
    from reviewer.ui.context import AppContext
    from reviewer.ui.settings import Settings
    from reviewer.ui.window.main_window import MainWindow
    from tests.team.pgserver import Server, find_bindir

    bindir = find_bindir()
    if bindir is None:
        print("bench_team_window: no PostgreSQL binaries; skipped", file=sys.stderr)
        return []
    immortalize_singletons()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    server = Server(bindir)
    admin = server.start()
    scratch = Path(tempfile.mkdtemp(prefix="bench-team-window-"))
    try:
        with connect(admin) as db:
            db.execute("CREATE DATABASE bench")
        dsn = admin.replace("dbname=postgres", "dbname=bench")
        space = TeamWorkspace(dsn)
        space.init()
        paths = []
        for n in range(FILINGS):
            path = scratch / f"f{n:03d}.txt"
            path.write_text(
                f"Company {n} Inc. announced that Jane Roe{n} resigned from its "
                f"board of directors on June {n % 28 + 1}, 2024.\n",
                encoding="utf-8",
            )
            paths.append(path)
        space.add(paths, "bench", base=scratch)
        rounds = 5 if quick else ROUNDS
        # the window's share, which the other clients, faster, cannot drain
        space.assign("window", "bench", count=rounds + 1)
        space.close()
        bare = []
        for _ in range(50):
            started = time.perf_counter()
            with connect(dsn) as db, db.transaction():
                db.execute("SELECT 1")
            bare.append(time.perf_counter() - started)
        baseline = statistics.median(bare)

        store = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(settings=Settings(store), prefetch=False))
        window.show()
        window.build_panes()
        window.connect_team(dsn, "window", cache=scratch / "cache")
        _wait(app, lambda: window.team.model.rowCount() == FILINGS)
        accepted: list[str] = []
        window.team.note.connect(accepted.append)
        claimed: list[float] = []
        window.team.open_requested.connect(
            lambda _path: claimed.append(time.perf_counter())
        )
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", CLIENT, dsn, f"r{i}"],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            for i in range(BACKGROUND)
        ]
        opens: list[float] = []
        claims: list[float] = []
        accepts: list[float] = []
        try:
            for round_ in range(rounds + 1):  # the first warms up: not counted
                before = window.navigator.current()
                started = time.perf_counter()
                window.team.open_next()
                _wait(app, lambda b=before: window.navigator.current() is not b)
                if round_:
                    opens.append(time.perf_counter() - started)
                    claims.append(claimed[-1] - started)
                count = len(accepted)
                started = time.perf_counter()
                window.team.accept_current(then_next=False)
                _wait(
                    app,
                    lambda c=count: any(n.startswith("Accepted") for n in accepted[c:]),
                )
                if round_:
                    accepts.append(time.perf_counter() - started)
        finally:
            for worker in workers:
                worker.communicate(timeout=600)
            window.team.close_for_quit()
            window.close()
    finally:
        server.stop()
    rows: list[Row] = []
    for name, values in (
        ("team window claim (cached, before loading)", claims),
        ("team window claim-and-show", opens),
        ("team window accept", accepts),
    ):
        median, p95 = statistics.median(values), _p95(values)
        clients = f"{BACKGROUND + 1} clients"
        rows.append((f"{name} median ({clients})", median, baseline, median / baseline))
        rows.append((f"{name} p95 ({clients})", p95, baseline, p95 / baseline))
    return rows


if __name__ == "__main__":
    print_rows(run(quick="--quick" in sys.argv))
