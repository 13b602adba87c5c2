"""A long PDF shows its first page at once, read-only, then the whole filing."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

import reviewer.ui.window.navigator as navigator_module
from reviewer.io.pipeline import open_and_extract
from reviewer.ui.tasks import TaskRunner
from reviewer.ui.window.main_window import MainWindow
from reviewer.ui.window.preview import PREVIEW_REFUSAL
from tests.io.pdfmaker import make_pdf, page_content

FIRST = [
    "Acme Widgets Inc. (NYSE: ACW) today announced that Mr. Peter Quill has",
    "resigned from the Board of Directors, effective immediately.",
]
WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf")


def _long_pdf(folder: Path) -> Path:
    pages = [page_content(FIRST, top=500)] + [
        page_content([f"Part {WORDS[n]} says something about widgets."], top=500)
        for n in range(1, 7)
    ]
    path = folder / "long.pdf"
    path.write_bytes(make_pdf(pages))
    return path


@pytest.fixture
def held(monkeypatch) -> threading.Event:
    """Hold every load right after its preview was handed over, until set."""
    release = threading.Event()

    def holding(path, options, extractor=None):
        def partial(document) -> None:
            options.partial(document)
            release.wait(10)

        held = replace(options, partial=partial)
        return open_and_extract(path, held, extractor=extractor)

    monkeypatch.setattr(navigator_module, "open_and_extract", holding)
    yield release
    release.set()
    QThreadPool.globalInstance().waitForDone(5000)


def test_preview_is_shown_read_only_then_replaced(
    qtbot, window: MainWindow, tmp_path: Path, held: threading.Event
) -> None:
    notes: list[str] = []
    window.navigator.preview_shown.connect(notes.append)
    window.open_paths([str(_long_pdf(tmp_path))])
    qtbot.waitUntil(lambda: bool(notes), timeout=10000)
    preview = window.navigator.current()
    assert preview is not None
    assert window.navigator.is_preview()
    assert notes[0].startswith("Loading page 2 of 7")
    assert window.status.currentMessage() == notes[0]  # the read-only hint
    assert "Peter Quill" in window.document_view.toPlainText()
    assert "Part golf" not in window.document_view.toPlainText()
    assert window.document_view.entities()  # highlights on the first page
    assert window.roster_view.model().rowCount() == len(preview.extraction.rows) > 0
    assert window.navigator.is_loading()

    # Every edit is refused with a reason while the rest loads.
    refused: list[str] = []
    preview.model.edit_rejected.connect(refused.append)
    rows = preview.model.rowCount()
    window.add_row()
    preview.model.edit_cell(0, "person", "Someone Else")
    assert preview.model.rowCount() == rows
    assert preview.model.row_at(0).person != "Someone Else"
    assert refused
    assert refused[0] == PREVIEW_REFUSAL
    assert not window.saver.save_current()
    assert not window.navigator.accept_and_next()
    assert not Path(window.saver.store().dataset_path).exists()

    held.set()
    qtbot.waitUntil(lambda: not window.navigator.is_loading(), timeout=10000)
    full = window.navigator.current()
    assert full is not None
    assert full is not preview
    assert not window.navigator.is_preview()
    assert "Part golf says" in window.document_view.toPlainText()
    full.model.edit_cell(0, "person", "Peter J. Quill")  # edits work now
    assert full.model.row_at(0).person == "Peter J. Quill"


def test_cancel_during_preview_goes_back_to_the_shown_filing(
    qtbot, window: MainWindow, tmp_path: Path, held: threading.Event, filings
) -> None:
    held.set()  # the text filing loads at once
    window.open_paths([str(filings[0])])
    qtbot.waitUntil(lambda: not window.navigator.is_loading(), timeout=10000)
    shown = window.navigator.current()
    held.clear()
    notes: list[str] = []
    window.navigator.preview_shown.connect(notes.append)
    window.open_paths([str(_long_pdf(tmp_path))])
    qtbot.waitUntil(lambda: bool(notes), timeout=10000)
    assert window.navigator.is_preview()
    window.navigator.cancel()
    assert window.navigator.current() is shown
    assert "Tao Zou" in window.document_view.toPlainText()
    held.set()


def test_runner_delivers_partial_results_before_the_result(qtbot) -> None:
    runner = TaskRunner()
    events: list[tuple[str, object]] = []
    runner.partial.connect(lambda channel, value: events.append(("partial", value)))
    runner.finished.connect(lambda channel, value: events.append(("done", value)))

    def work(cancel, progress, deliver) -> object:
        deliver("page 1")
        return "all pages"

    runner.start_partial("open", work)
    qtbot.waitUntil(lambda: len(events) == 2, timeout=5000)
    assert events == [("partial", "page 1"), ("done", "all pages")]


def test_runner_drops_partial_results_of_a_replaced_request(qtbot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    partials: list[object] = []
    runner.partial.connect(lambda channel, value: partials.append(value))

    def old(cancel, progress, deliver) -> object:
        release.wait(5)
        deliver("stale")
        return None

    runner.start_partial("open", old)
    done: list[object] = []
    runner.finished.connect(lambda channel, value: done.append(value))
    runner.start_partial("open", lambda c, p, d: "new")
    release.set()
    qtbot.waitUntil(lambda: done == ["new"], timeout=5000)
    runner.wait(5000)
    qtbot.wait(50)
    assert partials == []
