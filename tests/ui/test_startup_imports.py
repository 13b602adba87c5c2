"""The window starts without heavy libraries; the extractor is prepared after it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from reviewer.app import start
from reviewer.ui.settings import Settings
app = QApplication(sys.argv[:1])
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = start(app, [], settings)
app.processEvents()
at_start = sorted(sys.modules)
deadline = time.monotonic() + 10
while "reviewer.core.extraction" not in sys.modules and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
window.open_paths([sys.argv[2]])
while window.navigator.current() is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
after_text = sorted(sys.modules)
window.close()
print(json.dumps({"start": at_start, "text": after_text}))
"""

HEAVY = ("pandas", "numpy", "pdfplumber", "pypdfium2", "selectolax", "lxml", "dateutil")


def test_window_starts_light_and_warms_the_extractor(tmp_path: Path) -> None:
    text = tmp_path / "filing.txt"
    text.write_text(
        "Acme Widgets Inc. announced that Mr. Peter Quill resigned from the Board.",
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "s.ini"), str(text)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    start, after_text = set(modules["start"]), set(modules["text"])
    for heavy in HEAVY:
        assert heavy not in start, f"{heavy} imported before any filing was opened"
        assert heavy not in after_text, f"{heavy} imported to open a text filing"
    assert "reviewer.core.extraction" not in start  # compiled after the window shows
    assert "reviewer.core.extraction" in after_text
    # Parts built on first use: the PDF page pane (QtPdf) only for a PDF, the
    # dataset writer and the autosave only once a filing is saved or opened.
    for lazy in ("PySide6.QtPdf", "reviewer.ui.pdf.page_view"):
        assert lazy not in start, f"{lazy} imported before any filing was opened"
        assert lazy not in after_text, f"{lazy} imported to open a text filing"
    for later in ("reviewer.io.dataset", "reviewer.models.review_model"):
        assert later not in start, f"{later} imported before any filing was opened"
