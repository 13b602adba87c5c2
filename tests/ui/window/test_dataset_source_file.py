"""The dataset's source_file column follows one rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.helpers import FIVE_TEXT, open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- source_file follows one rule ----------------------------------------------
def test_source_file_is_relative_below_the_dataset_else_absolute(
    qtbot, window, dataset, samples_dir, monkeypatch, tmp_path
) -> None:
    import pandas as pd

    monkeypatch.chdir(samples_dir.parent.parent)  # the checkout, as under ./dev run
    session = open_and_wait(qtbot, window, Path("resources/samples/seed-21vianet.txt"))
    del session
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    below = dataset.parent / "filings" / "own.txt"
    below.parent.mkdir(exist_ok=True)
    below.write_text(FIVE_TEXT, encoding="utf-8")
    open_and_wait(qtbot, window, below)
    qtbot.waitUntil(lambda: window.navigator.current().path == str(below))
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    files = set(frame["source_file"])
    sample = (samples_dir / "seed-21vianet.txt").resolve().as_posix()
    assert files == {sample, "filings/own.txt"}
