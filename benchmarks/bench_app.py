"""What a user feels: cold start, opening a filing, a long PDF, memory.

Run from the repository root (offscreen is fine)::

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_app [--quick]

Figures, each next to a baseline measured in the same run:

* cold start, whole process: a fresh interpreter that starts the app, waits for
  the window's first paint and quits, against one that shows a bare
  ``QApplication`` + ``QMainWindow`` and quits; run as interleaved A/B pairs,
  quoting the median of the pairs' ratios and their spread. A second figure
  waits for the full window (panes built and painted) instead of the shell;
* how many heavy modules (pandas, pdfplumber, ...) the window start imported;
* the sample's highlights after the window is shown, first open included: a
  fresh ``reviewer sample.txt`` from the shell's first paint until the text has
  its highlights and the roster its rows, against a later open of the same
  file in that process;
* the first open after the warm-up: a fresh app starts without files, warms
  up (worker and GUI thread), then opens a copy of the sample and a later copy;
  the first against the later (the first should cost what the later costs);
* the longest event-loop stall while the app warms up after its panes (10 ms
  heartbeat), against the longest in an idle stretch as long right after;
* opening the founding text filing in the real window until the roster has
  its rows and the text its highlights, against the bare
  ``open_and_extract`` of the same file;
* a 31-page PDF (``gh-007.pdf`` of the corpus): first page's text and
  highlights shown, the whole document shown, the longest event-loop stall
  (10 ms heartbeat) while it loads, and the total against pdfplumber's bare
  ``extract_text()`` of every page;
* peak RSS (VmHWM) with that PDF open in the window, against the bare
  QApplication + QMainWindow's peak RSS.

``run()`` returns rows (figure, value, baseline, ratio); values are seconds
(times), counts or MB as the figure's name says.

``--against TREE`` compares this checkout with another (e.g. an older commit:
``git archive COMMIT | tar -x -C TREE``) on the start-up and stall figures, in
interleaved A/B pairs of fresh processes.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import Row, print_rows

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("REVIEWER_CORPUS", ROOT / "data" / "corpus"))
LONG_PDF = "gh-007.pdf"
HEAVY = (
    "pandas",
    "numpy",
    "pdfplumber",
    "pdfminer",
    "pypdfium2",
    "selectolax",
    "lxml",
    "dateutil",
    "charset_normalizer",
)


PYCACHE = Path(tempfile.gettempdir()) / "reviewer-bench-pycache"

_BARE = """
import json, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
painted = []
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        painted.append(time.perf_counter())
app = QApplication(sys.argv[:1])
window = Window()
window.resize(1280, 800)
window.show()
while not painted:
    app.processEvents()
window.close()
print(json.dumps({"hwm": __HWM__}))
"""

_APP = """
import json, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.app import start
from reviewer.ui.settings import Settings
full = sys.argv[2] == "full"
app = QApplication(sys.argv[:1])
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = start(app, [], settings)
painted = []
window._placeholder.painted.connect(lambda: painted.append(1))
while not painted:
    app.processEvents()
if full:  # the panes built and painted too
    while not window.panes_ready():
        app.processEvents()
    window.repaint()
heavy = sorted(m for m in __HEAVY__ if m in sys.modules)
window.close()
print(json.dumps({"heavy": heavy, "hwm": __HWM__}))
"""

_APP_SAMPLE = """
import json, shutil, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.app import start
from reviewer.ui.settings import Settings
first, later = sys.argv[2], sys.argv[3]
app = QApplication(sys.argv[:1])
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = start(app, [first], settings)
shown = []
window._placeholder.painted.connect(lambda: shown.append(time.perf_counter()))

def highlighted(path):
    if not window.panes_ready():
        return False
    session = window.navigator.current()
    if session is None or session.path != path or window.navigator.is_loading():
        return False
    model = window.roster_view.model()
    return bool(window.document_view.entities()) and model is not None and (
        model.rowCount() > 0 or not session.extraction.rows
    )

deadline = time.perf_counter() + 30
while not highlighted(first) and time.perf_counter() < deadline:
    app.processEvents()
first_ms = (time.perf_counter() - shown[0]) * 1000
for _ in range(20):  # let the prefetch and status scan settle
    app.processEvents()
    time.sleep(0.005)
start_open = time.perf_counter()
window.open_paths([later])
while not highlighted(later) and time.perf_counter() < deadline:
    app.processEvents()
later_ms = (time.perf_counter() - start_open) * 1000
window.close()
print(json.dumps({"first_ms": first_ms, "later_ms": later_ms}))
"""

_APP_PDF = """
import json, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.app import start
from reviewer.ui.settings import Settings
app = QApplication(sys.argv[:1])
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = start(app, [sys.argv[2]], settings)
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    app.processEvents()
    session = window.navigator.current()
    layout = session.document.layout if session else None
    if layout is not None and len(layout.page_sizes) == int(
        session.document.metadata.get("page_count", "0")
    ) and not window.navigator.is_loading():
        break
    time.sleep(0.005)
window.page_view.go_to_page(1)
for _ in range(50):
    app.processEvents()
    time.sleep(0.01)
window.close()
print(json.dumps({"hwm": __HWM__}))
"""

_WARMED = """
def warmed(window, deadline):
    # panes built, the worker's warm-up and the GUI thread's warm-up done
    runner = window._context.runner
    views = None
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
        if not window.panes_ready() or runner.is_busy("warm"):
            continue
        if "reviewer.core.extraction" not in sys.modules:
            continue
        views = getattr(window, "gui_warm_up", None)  # absent in older trees
        if views is None or views.is_done():
            return
"""

_HEARTBEAT = """
from PySide6.QtCore import QTimer
beats = []
heartbeat = QTimer()
heartbeat.setInterval(10)
heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

def longest(since, until):
    times = [since] + [b for b in beats if since < b < until] + [until]
    return max(b - a for a, b in zip(times, times[1:]))
"""

_APP_WARM_STALL = """
import json, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.app import start
from reviewer.ui.settings import Settings
app = QApplication(sys.argv[:1])
__HEARTBEAT__
__WARMED__
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = start(app, [], settings)
built = []
window.panes_built.connect(lambda: built.append(time.perf_counter()))
heartbeat.start()
warmed(window, time.perf_counter() + 60)
done = time.perf_counter()
idle_until = done + (done - built[0])  # as long again, doing nothing
while time.perf_counter() < idle_until:
    app.processEvents()
    time.sleep(0.002)
print(json.dumps({
    "warm_ms": (done - built[0]) * 1000,
    "stall_ms": longest(built[0], done) * 1000,
    "idle_stall_ms": longest(done, idle_until) * 1000,
}))
window.close()
"""

_APP_OPEN_WARM = """
import json, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.app import start
from reviewer.ui.settings import Settings
app = QApplication(sys.argv[:1])
__WARMED__
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = start(app, [], settings)
warmed(window, time.perf_counter() + 60)

def shown(path):
    session = window.navigator.current()
    if session is None or session.path != path or window.navigator.is_loading():
        return False
    model = window.roster_view.model()
    return bool(window.document_view.entities()) and model is not None and (
        model.rowCount() > 0 or not session.extraction.rows
    )

times = []
for path in sys.argv[2:]:
    started = time.perf_counter()
    window.open_paths([path])
    while not shown(path):
        app.processEvents()
    window.repaint()
    times.append((time.perf_counter() - started) * 1000)
    for _ in range(20):  # let the status scan settle
        app.processEvents()
        time.sleep(0.005)
window.close()
print(json.dumps({"first_ms": times[0], "later_ms": times[1]}))
"""

_APP_PDF_STALL = """
import json, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.app import start
from reviewer.ui.settings import Settings
app = QApplication(sys.argv[:1])
__HEARTBEAT__
__WARMED__
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = start(app, [], settings)
warmed(window, time.perf_counter() + 60)
path = sys.argv[2]

def shown(whole):
    session = window.navigator.current()
    if session is None or session.path != path:
        return False
    view = window.document_view
    if not view.toPlainText() or not view.entities():
        return False
    model = window.roster_view.model()
    if model is None or (session.extraction.rows and model.rowCount() == 0):
        return False
    return not window.navigator.is_loading() if whole else True

heartbeat.start()
for _ in range(5):
    app.processEvents()
    time.sleep(0.01)
start_open = time.perf_counter()
window.open_paths([path])
first = 0.0
while True:
    app.processEvents()
    now = time.perf_counter()
    if not first and shown(False):
        first = now - start_open
    if shown(True):
        whole = now - start_open
        break
    if now - start_open > 60:
        raise SystemExit("the PDF did not load within 60 s")
    time.sleep(0.001)
end = time.perf_counter()
while time.perf_counter() < end + 0.15:  # the paint after the last update
    app.processEvents()
    time.sleep(0.001)
print(json.dumps({
    "first": first, "whole": whole,
    "stall": longest(start_open, time.perf_counter()),
}))
window.close()
"""

_HWM = (
    "int(next(l.split()[1] for l in open('/proc/self/status') "
    "if l.startswith('VmHWM'))) / 1024"
)


def _script(template: str) -> str:
    return (
        template.replace("__HWM__", _HWM)
        .replace("__HEAVY__", repr(HEAVY))
        .replace("__HEARTBEAT__", _HEARTBEAT)
        .replace("__WARMED__", _WARMED)
    )


def _python(
    code: str, *args: str, root: Path = ROOT
) -> tuple[float, dict[str, object]]:
    """Run ``code`` in a fresh interpreter; return (wall seconds, its JSON).

    ``root``: the checkout whose ``reviewer`` is imported (another one to
    compare two versions of the app in one run).
    """
    env = dict(
        os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
    )
    env["PYTHONPATH"] = str(root)
    # Like an installed app (pip compiles the bytecode): cache .pyc files, but
    # outside the checkout, even where the shell sets PYTHONDONTWRITEBYTECODE.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"benchmark subprocess failed: {done.stderr[-2000:]}")
    last = done.stdout.strip().splitlines()[-1]
    return elapsed, json.loads(last)


def spread(ratios: list[float]) -> str:
    """``"median r, range lo-hi"`` of a list of A/B ratios, for a figure's name."""
    ordered = sorted(ratios)
    return f"ratios {ordered[0]:.2f}-{ordered[-1]:.2f}"


def interleaved_pairs(
    a: Callable[[], float], b: Callable[[], float], pairs: int
) -> tuple[list[float], list[float]]:
    """Run ``a`` and ``b`` in alternation, ``pairs`` times each; their times.

    The order flips every pair (ab, ba, ab...), so a drift in the machine's
    load falls on both sides alike.
    """
    times_a: list[float] = []
    times_b: list[float] = []
    for n in range(pairs):
        if n % 2 == 0:
            times_a.append(a())
            times_b.append(b())
        else:
            times_b.append(b())
            times_a.append(a())
    return times_a, times_b


def bench_cold_start(pairs: int = 11) -> list[Row]:
    """Whole-process start of the app against a bare window, in A/B pairs.

    Two figures: to the shell's first paint (what a user sees first), and to the
    full window (panes built and painted). Each is the median of the apps'
    times, its baseline the median of the bare windows' times, and its ratio the
    median of the pairs' own ratios (the spread of those ratios is in the name).
    """
    heavy: set[str] = set()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        ini = str(Path(folder) / "settings.ini")
        _python(_script(_BARE))  # warm the disk cache and .pyc files
        _python(_script(_APP), ini, "shell")
        for mode, label in (("shell", "first paint"), ("full", "full window")):

            def app(mode: str = mode) -> float:
                seconds, out = _python(_script(_APP), ini, mode)
                heavy.update(str(m) for m in out["heavy"])  # type: ignore[attr-defined]
                return seconds

            apps, bares = interleaved_pairs(
                app, lambda: _python(_script(_BARE))[0], pairs
            )
            ratios = [x / y for x, y in zip(apps, bares, strict=True)]
            rows.append(
                (
                    f"cold start to {label}, whole process "
                    f"(median of {pairs} A/B pairs, {spread(ratios)})",
                    statistics.median(apps),
                    statistics.median(bares),
                    statistics.median(ratios),
                )
            )
    rows.append(
        (
            "heavy modules imported at window start"
            + (f" ({', '.join(sorted(heavy))})" if heavy else ""),
            float(len(heavy)),
            float(len(HEAVY)),
            len(heavy) / len(HEAVY),
        )
    )
    return rows


def bench_first_open(runs: int = 5) -> list[Row]:
    """``reviewer sample.txt``: the sample's highlights after the window shows.

    From the shell's first paint to the highlights and roster rows of the
    sample given on the command line (the first open of the process, while the
    panes are built and the loaders are imported), against a later open of a
    copy of the same file in that process. Fresh interpreter each run; the
    value is the median, the worst run is in the name.
    """
    from reviewer.paths import sample_filing

    firsts: list[float] = []
    laters: list[float] = []
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        for n in range(runs):
            first, later = folder / f"seed-{n}.txt", folder / f"seed-{n}-again.txt"
            first.write_bytes(sample_filing().read_bytes())
            later.write_bytes(sample_filing().read_bytes())
            _, out = _python(
                _script(_APP_SAMPLE), str(folder / f"s{n}.ini"), str(first), str(later)
            )
            firsts.append(float(out["first_ms"]) / 1000)  # type: ignore[arg-type]
            laters.append(float(out["later_ms"]) / 1000)  # type: ignore[arg-type]
    value, base = statistics.median(firsts), statistics.median(laters)
    return [
        (
            f"sample highlights after the window shows, first open "
            f"(median of {runs}, worst {max(firsts) * 1000:.0f} ms)",
            value,
            base,
            value / base,
        )
    ]


def bench_memory(corpus: Path) -> list[Row]:
    """Peak RSS with the long PDF open in the window vs a bare window's."""
    path = corpus / "raw" / LONG_PDF
    if not path.is_file():
        return []
    with tempfile.TemporaryDirectory() as folder:
        ini = str(Path(folder) / "settings.ini")
        _, bare = _python(_script(_BARE))
        _, app = _python(_script(_APP_PDF), ini, str(path))
    value, base = float(app["hwm"]), float(bare["hwm"])  # type: ignore[arg-type]
    return [(f"peak RSS MB, {LONG_PDF} open in the window", value, base, value / base)]


# -- in-process figures (one QApplication, the real MainWindow, offscreen) ---------


def _window(folder: Path) -> tuple[object, object]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reviewer.app import start
    from reviewer.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = start(app, [], Settings(store))  # type: ignore[arg-type]
    _idle(app, window)
    return app, window


def _idle(app: object, window: object, seconds: float = 0.3) -> None:
    """Let start-up work (status scans, warm-ups) finish."""
    deadline = time.perf_counter() + seconds
    runner = window._context.runner  # type: ignore[attr-defined]  # noqa: SLF001
    views = getattr(window, "gui_warm_up", None)
    while (
        time.perf_counter() < deadline
        or any(runner.is_busy(c) for c in ("open", "prefetch", "status", "warm"))
        or (views is not None and not views.is_done())
    ):
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)
        if time.perf_counter() > deadline + 10:
            break


def _shown(window: object, path: str, full_only: bool) -> bool:
    session = window.navigator.current()  # type: ignore[attr-defined]
    if session is None or session.path != path:
        return False
    view = window.document_view  # type: ignore[attr-defined]
    if not view.toPlainText() or not view.entities():
        return False
    if window.roster_view.model() is None:  # type: ignore[attr-defined]
        return False
    rows = window.roster_view.model().rowCount()  # type: ignore[attr-defined]
    if session.extraction.rows and rows == 0:
        return False
    if full_only:
        return not window.navigator.is_loading()  # type: ignore[attr-defined]
    return True


def bench_open_text(repeat: int = 5) -> list[Row]:
    """Open the founding text filing in the window: roster and highlights shown."""
    from PySide6.QtWidgets import QApplication  # noqa: F401

    from reviewer.io.pipeline import open_and_extract
    from reviewer.paths import sample_filing

    sample = sample_filing()
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        for n in range(repeat):
            # a fresh copy each time: the window keeps every opened filing
            copy = folder / f"seed-{n}.txt"
            copy.write_bytes(sample.read_bytes())
            app, window = _window(folder)
            start = time.perf_counter()
            window.open_paths([str(copy)])  # type: ignore[attr-defined]
            while not _shown(window, str(copy), full_only=True):
                app.processEvents()  # type: ignore[attr-defined]
            times.append(time.perf_counter() - start)
            window.close()  # type: ignore[attr-defined]
            window.deleteLater()  # type: ignore[attr-defined]
            app.processEvents()  # type: ignore[attr-defined]
        bare = []
        for _ in range(repeat):
            start = time.perf_counter()
            open_and_extract(sample)
            bare.append(time.perf_counter() - start)
    value, base = statistics.median(times), statistics.median(bare)
    return [("open seed-21vianet.txt: roster + highlights", value, base, value / base)]


def _long_pdf_run(path: Path, folder: Path, root: Path = ROOT) -> dict[str, float]:
    """One open of ``path`` in a fresh, warmed-up app: first page, whole, stall.

    Seconds. A fresh interpreter each time: the first PDF of a process (the
    page pane is built and pdfplumber imported while it loads), as a user
    meets it; used to compare two trees (:func:`compare_trees`).
    """
    ini = str(folder / f"pdf-{time.perf_counter_ns()}.ini")
    _, out = _python(_script(_APP_PDF_STALL), ini, str(path), root=root)
    return {k: float(v) for k, v in out.items()}  # type: ignore[arg-type]


def _open_long_pdf(path: Path, folder: Path) -> tuple[float, float, float]:
    """One open in a fresh window: (first page shown, whole shown, longest stall)."""
    from PySide6.QtCore import QTimer

    app, window = _window(folder)
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    first = full = 0.0
    heartbeat.start()
    app.processEvents()  # type: ignore[attr-defined]
    start = time.perf_counter()
    beats.append(start)
    window.open_paths([str(path)])  # type: ignore[attr-defined]
    while True:
        app.processEvents()  # type: ignore[attr-defined]
        now = time.perf_counter()
        if not first and _shown(window, str(path), full_only=False):
            first = now - start
        if _shown(window, str(path), full_only=True):
            full = now - start
            break
        if now - start > 30:
            raise RuntimeError(f"{path.name} did not load within 30 s")
        time.sleep(0.001)
    end = time.perf_counter()
    while time.perf_counter() < end + 0.15:  # the paint after the last update
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)
    heartbeat.stop()
    stall = max(b - a for a, b in zip(beats, beats[1:], strict=False))
    window.close()  # type: ignore[attr-defined]
    window.deleteLater()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    return first, full, stall


def bench_long_pdf(corpus: Path, repeat: int = 3) -> list[Row]:
    """Open the 31-page PDF in the window: first page, whole, longest stall.

    Each open is in a fresh window; the first one of the process also loads
    PDFium. Times are medians, the stall is the worst of all runs (not the
    median: one long freeze is what a user notices).
    """
    path = corpus / "raw" / LONG_PDF
    if not path.is_file():
        return []
    runs = []
    with tempfile.TemporaryDirectory() as folder_name:
        for _ in range(repeat):
            runs.append(_open_long_pdf(path, Path(folder_name)))
    first = statistics.median(r[0] for r in runs)
    full = statistics.median(r[1] for r in runs)
    stall = max(r[2] for r in runs)
    base = _pdfplumber_seconds(path)
    name = f"{LONG_PDF} (31 p)" if LONG_PDF == "gh-007.pdf" else LONG_PDF
    return [
        (f"{name}: first page text + highlights", first, base, first / base),
        (f"{name}: whole document shown", full, base, full / base),
        (
            f"{name}: longest event-loop stall while loading (max of {repeat} runs)",
            stall,
            0.1,
            stall / 0.1,
        ),
    ]


def _warm_run(folder: Path, root: Path = ROOT) -> dict[str, float]:
    """A fresh app warming up: its longest stall, and an idle stretch's (ms)."""
    ini = str(folder / f"warm-{time.perf_counter_ns()}.ini")
    _, out = _python(_script(_APP_WARM_STALL), ini, root=root)
    return {k: float(v) for k, v in out.items()}  # type: ignore[arg-type]


def bench_warm_stall(runs: int = 5) -> list[Row]:
    """The longest event-loop stall while the app warms up after its panes.

    10 ms heartbeat from the panes being built until the worker's warm-up
    (loaders, extractor, the sample extracted) and the GUI thread's warm-up
    steps are done; the worst of ``runs`` fresh processes. The baseline is the
    worst stall of an idle stretch as long, right after, in the same processes
    (what the loaded machine alone costs).
    """
    with tempfile.TemporaryDirectory() as folder_name:
        out = [_warm_run(Path(folder_name)) for _ in range(runs)]
    stall = max(r["stall_ms"] for r in out) / 1000
    idle = max(r["idle_stall_ms"] for r in out) / 1000
    warm = statistics.median(r["warm_ms"] for r in out)
    return [
        (
            f"longest event-loop stall while warming up (max of {runs} runs; "
            f"warm-up {warm:.0f} ms median; baseline: idle)",
            stall,
            idle,
            stall / idle,
        )
    ]


def _open_warm_run(folder: Path, n: int, root: Path = ROOT) -> dict[str, float]:
    """A warmed-up app opens two copies of the sample: first and later (ms)."""
    from reviewer.paths import sample_filing

    first, later = folder / f"w{n}.txt", folder / f"w{n}-again.txt"
    for copy in (first, later):
        copy.write_bytes(sample_filing().read_bytes())
    ini = str(folder / f"w{n}.ini")
    _, out = _python(_script(_APP_OPEN_WARM), ini, str(first), str(later), root=root)
    return {k: float(v) for k, v in out.items()}  # type: ignore[arg-type]


def bench_first_open_warm(runs: int = 5) -> list[Row]:
    """The first filing opened from a warmed-up window against a later one.

    A fresh app starts without files and warms up; then it opens a copy of the
    sample (the first open of the process) and another copy (a later open),
    each until the highlights and roster rows are shown and painted. Medians.
    """
    with tempfile.TemporaryDirectory() as folder_name:
        out = [_open_warm_run(Path(folder_name), n) for n in range(runs)]
    first = statistics.median(r["first_ms"] for r in out) / 1000
    later = statistics.median(r["later_ms"] for r in out) / 1000
    worst = max(r["first_ms"] for r in out)
    return [
        (
            f"first open after the warm-up, from the window (median of {runs}, "
            f"worst {worst:.0f} ms; baseline: a later open)",
            first,
            later,
            first / later,
        )
    ]


def _pdfplumber_seconds(path: Path) -> float:
    import pdfplumber

    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
    return time.perf_counter() - start


def compare_trees(other: Path, corpus: Path, pairs: int = 7) -> list[Row]:
    """This checkout (A) against ``other`` (B, e.g. an older commit's tree).

    Whole-process figures of both, run as interleaved A/B pairs (the order
    flips every pair) so the machine's drift falls on both alike. Each row:
    A's median, B's median and the median of the pairs' ratios (spread in the
    name). Figures a tree cannot produce are left out.
    """
    from reviewer.paths import sample_filing

    rows: list[Row] = []
    pdf = corpus / "raw" / LONG_PDF
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        counter = iter(range(10**6))

        def cli_first(root: Path) -> float:
            n = next(counter)
            first, later = folder / f"c{n}.txt", folder / f"c{n}-again.txt"
            for copy in (first, later):
                copy.write_bytes(sample_filing().read_bytes())
            _, out = _python(
                _script(_APP_SAMPLE),
                str(folder / f"c{n}.ini"),
                str(first),
                str(later),
                root=root,
            )
            return float(out["first_ms"]) / 1000  # type: ignore[arg-type]

        figures: list[tuple[str, Callable[[Path], float]]] = [
            ("sample highlights, file given at start", cli_first),
            (
                "first open after the warm-up",
                lambda root: (
                    _open_warm_run(folder, next(counter), root)["first_ms"] / 1000
                ),
            ),
            (
                "longest stall while warming up",
                lambda root: _warm_run(folder, root)["stall_ms"] / 1000,
            ),
        ]
        if pdf.is_file():
            figures.append(
                (
                    f"longest stall while {LONG_PDF} loads",
                    lambda root: _long_pdf_run(pdf, folder, root)["stall"],
                )
            )
        for label, measure in figures:
            mine, theirs = interleaved_pairs(
                lambda m=measure: m(ROOT), lambda m=measure: m(other), pairs
            )
            ratios = [a / b for a, b in zip(mine, theirs, strict=True)]
            rows.append(
                (
                    f"{label}: this tree vs {other.name} "
                    f"(median of {pairs} A/B pairs, {spread(ratios)}, "
                    f"worst {max(mine) * 1000:.0f} vs {max(theirs) * 1000:.0f} ms)",
                    statistics.median(mine),
                    statistics.median(theirs),
                    statistics.median(ratios),
                )
            )
    return rows


def run(corpus: Path | None = DEFAULT_CORPUS, quick: bool = False) -> list[Row]:
    """Every figure of this benchmark as (figure, value, baseline, ratio) rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reviewer.pyside_guard import immortalize_singletons

    immortalize_singletons()  # PySide6 6.12.0 on Python 3.11 (see reviewer/app.py)

    rows = bench_cold_start(pairs=5 if quick else 11)
    rows += bench_first_open(runs=3 if quick else 5)
    rows += bench_first_open_warm(runs=3 if quick else 5)
    rows += bench_warm_stall(runs=3 if quick else 5)
    rows += bench_open_text(repeat=3 if quick else 5)
    if corpus is not None and (corpus / "raw").is_dir():
        rows += bench_long_pdf(corpus, repeat=2 if quick else 5)
        rows += bench_memory(corpus)
    return rows


def main() -> None:
    """Print the figures."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--against",
        type=Path,
        metavar="TREE",
        help="compare the start-up and stall figures with another checkout "
        "(e.g. `git archive COMMIT | tar -x -C TREE`), in interleaved A/B pairs",
    )
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args()
    if args.against is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        print_rows(compare_trees(args.against.resolve(), args.corpus, args.pairs))
        return
    print_rows(run(args.corpus, args.quick))


if __name__ == "__main__":
    main()
