"""The window paints a light shell first; the panes follow; the extractor is warmed
on a worker thread and the views on the GUI thread, so the first open imports and
compiles nothing the next opens would not.

A fresh interpreter starts the app the way ``reviewer FILE`` does (through
``reviewer.cli``) and records every import with the thread that made it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # the checkout (tests/ui/window/..)

SCRIPT = """
import json, re, sys, threading, time

imports = []  # (module, imported on the GUI thread)
compiled = []  # regular expressions compiled (re's cache missed)
_compile = re._compiler.compile

def counting_compile(pattern, flags):
    compiled.append(pattern)
    return _compile(pattern, flags)

re._compiler.compile = counting_compile

class Recorder:
    def find_spec(self, name, path=None, target=None):
        imports.append((name, threading.current_thread() is threading.main_thread()))
        return None

sys.meta_path.insert(0, Recorder())
import reviewer.cli  # the entry point of `reviewer FILE`
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.app import start
from reviewer.ui.settings import Settings

app = QApplication(sys.argv[:1])
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
painted = {}
window = start(app, [], settings)
window._placeholder.painted.connect(
    lambda: painted.setdefault("modules", sorted(sys.modules))
)
deadline = time.monotonic() + 20
while not window.panes_ready() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
built = sorted(sys.modules)
runner = window._context.runner
views = getattr(window, "gui_warm_up", None)  # the GUI thread's warm-up
while (
    "reviewer.core.extraction" not in sys.modules
    or runner.is_busy("warm")
    or (views is not None and not views.is_done())
) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
window.navigator._context.prefetch = False  # one open at a time, counted alone
opens = []
before_open = len(imports)
for path in sys.argv[2:]:
    before = len(imports), len(compiled)
    window.open_paths([path])
    while (
        window.navigator.current() is None
        or window.navigator.current().path != path
        or runner.is_busy("open")
    ) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    opens.append({
        "imports": [name for name, _ in imports[before[0]:]],
        "compiled": [str(p)[:80] for p in compiled[before[1]:]],
    })
page_pane = window.pane.has_page_view() and window.page_view.isVisible()
window.close()
print(json.dumps({
    "painted": painted.get("modules"),
    "built": built,
    "text": sorted(sys.modules),
    "imports": imports[:before_open],
    "first_open": opens[0]["imports"],
    "opens": opens,
    "page_pane": page_pane,
}))
"""

HEAVY = ("pandas", "numpy", "pdfplumber", "pypdfium2", "selectolax", "lxml", "dateutil")
LOADING = (
    "reviewer.io.loaders",
    "reviewer.io.pipeline",
    "reviewer.core.extraction",
    "reviewer.cli.extract_cmd",
    "reviewer.cli.evaluate_cmd",
    "reviewer.cli.training_cmd",
)
"""Never imported on the GUI thread before the first open."""


def _run(tmp_path: Path) -> dict[str, list]:
    # Two filings alike but for their names (patterns built from a filing's
    # names are compiled for each filing).
    texts = [tmp_path / "filing.txt", tmp_path / "another.txt"]
    for text, company, person in zip(
        texts,
        ("Acme Widgets", "Bolt Gadgets"),
        ("Peter Quill", "Ronan Accuser"),
        strict=True,
    ):
        text.write_text(
            f"{company} Inc. announced that Mr. {person} resigned from the Board "
            "on March 3, 2024.",
            encoding="utf-8",
        )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "s.ini"), *map(str, texts)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _under(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def test_window_starts_light_and_warms_the_extractor(tmp_path: Path) -> None:
    out = _run(tmp_path)
    assert out["painted"] is not None, "the shell was never painted"
    painted, built = set(out["painted"]), set(out["built"])
    after_text = set(out["text"])

    # The shell's first frame: no QtSvg, no pane, no loader, nothing heavy.
    for module in ("PySide6.QtSvg", "reviewer.ui.window.navigator", *LOADING):
        assert module not in painted, f"{module} imported before the first paint"
    assert "reviewer.ui.window.review_pane" not in painted
    assert "reviewer.ui.window.review_pane" in built  # the panes, after it

    # Before the first open, the GUI thread imported no loader, pipeline,
    # extractor or CLI subcommand: the warm-up did, on a worker thread.
    on_gui = {name for name, gui in out["imports"] if gui}
    on_worker = {name for name, gui in out["imports"] if not gui}
    loading_on_gui = sorted(n for n in on_gui if _under(n, LOADING))
    assert loading_on_gui == [], f"imported on the GUI thread: {loading_on_gui}"
    assert {"reviewer.io.pipeline", "reviewer.core.extraction"} <= on_worker

    # The first open of a text filing found everything warm: it imported no
    # module at all (loaders, extractor, the session's modules, _strptime...)
    # and compiled no more regular expressions than the next open.
    assert out["first_open"] == [], f"the first open imported {out['first_open']}"
    first, second = out["opens"]
    assert len(first["compiled"]) <= len(second["compiled"]), (
        f"the first open compiled {first['compiled']}, the next {second['compiled']}"
    )

    for heavy in HEAVY:
        assert heavy not in built, f"{heavy} imported before any filing was opened"
        assert heavy not in after_text, f"{heavy} imported to open a text filing"
    assert "reviewer.core.extraction" in after_text
    # Parts built later: the PDF page pane by the warm-up, after the panes (it
    # stays hidden for a text filing), the dataset writer and the autosave only
    # once a filing is saved or opened.
    for lazy in ("PySide6.QtPdf", "reviewer.ui.pdf.page_view"):
        assert lazy not in built, f"{lazy} imported before the panes were built"
    assert not out["page_pane"], "the PDF page pane is shown for a text filing"
    for later in ("reviewer.io.dataset", "reviewer.models.review_model"):
        assert later not in built, f"{later} imported before any filing was opened"
