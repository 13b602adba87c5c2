"""The first open's one-time work is done ahead, without freezing the window.

The import side (the first open imports and compiles nothing a later one does
not) is in ``test_startup_imports.py``; here: the GUI thread's warm-up runs in
small steps with the event loop turning between them, after the worker's, and
a long PDF loads while the event loop keeps turning.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from reviewer.ui import warmup
from reviewer.ui.warmup import GuiWarmUp
from reviewer.ui.window.main_window import MainWindow


@pytest.fixture
def extractor() -> object:
    """The live extractor: what the warm-up prepares (no recording of gh-007)."""
    return None


def _ticking(events: list[str]) -> QTimer:
    """A timer that records a tick at every turn of the event loop."""
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: events.append("tick"))
    timer.start()
    return timer


def test_gui_warm_up_runs_one_step_per_turn_of_the_event_loop(
    qtbot, window: MainWindow
) -> None:
    events: list[str] = []
    steps = [
        ("show modules", warmup.import_show_modules),
        ("page module", warmup.import_page_module),
        ("page pane", lambda: warmup.build_page_pane(window)),
        ("viewports", lambda: warmup.wrap_viewports(window)),
        ("strptime", warmup.import_strptime),
    ]

    def recording(name: str, step: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            step()
            events.append(name)

        return run

    warm = GuiWarmUp([recording(name, step) for name, step in steps])
    timer = _ticking(events)
    with qtbot.waitSignal(warm.finished, timeout=10000):
        warm.start()
        warm.start()  # started once only
    timer.stop()
    assert warm.is_done()
    done = [e for e in events if e != "tick"]
    assert done == [name for name, _ in steps]
    # Between two steps the event loop turned (paints and input were handled).
    positions = [events.index(name) for name in done]
    for before, after in zip(positions, positions[1:], strict=False):
        assert "tick" in events[before + 1 : after], events


def test_window_warms_its_views_after_the_worker_warm_up(
    qtbot, window: MainWindow
) -> None:
    order: list[str] = []
    window.build_panes()
    window.navigator.warmed_up.connect(lambda: order.append("worker"))
    window.gui_warm_up.finished.connect(lambda: order.append("views"))
    qtbot.waitUntil(window.gui_warm_up.is_done, timeout=30000)
    assert order == ["worker", "views"]
    # The PDF page pane is ready, hidden until a PDF is shown.
    assert window.pane.has_page_view()
    assert not window.page_view.isVisible()


@pytest.mark.corpus
def test_a_long_pdf_loads_while_the_event_loop_turns(
    qtbot, window: MainWindow, corpus: Path
) -> None:
    path = corpus / "raw" / "gh-007.pdf"  # 31 pages: a preview, then the whole
    qtbot.waitUntil(window.gui_warm_up.is_done, timeout=30000)
    events: list[str] = []
    timer = _ticking(events)
    window.navigator.preview_shown.connect(lambda _: events.append("preview"))
    window.open_paths([str(path)])
    qtbot.waitUntil(
        lambda: (
            window.navigator.current() is not None
            and not window.navigator.is_loading()
            and not window.navigator.is_preview()
        ),
        timeout=60000,
    )
    events.append("whole")
    timer.stop()
    assert "preview" in events, "the first pages were not shown ahead"
    preview = events.index("preview")
    # The first page is read fast (the page pane is built meanwhile); the rest
    # of the filing loads while the window goes on handling events.
    assert events[:preview].count("tick") >= 1, "frozen until the preview"
    assert events[preview:].count("tick") >= 3, "frozen from preview to whole"
