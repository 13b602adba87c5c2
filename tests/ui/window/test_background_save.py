"""Export and Accept-and-next write the dataset off the GUI thread."""

from __future__ import annotations

import csv
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from reviewer.core.schema import COLUMN_NAMES
from reviewer.io.review_store import ReviewStore
from reviewer.models.queue_model import FilingStatus
from tests.ui.helpers import load_review, open_and_wait


@pytest.fixture
def gate(monkeypatch) -> threading.Event:
    """Saves wait (in their worker thread) until the event is set."""
    event = threading.Event()
    original = ReviewStore.save

    def held(self, document, extraction, state, *args) -> str:
        assert event.wait(20), "the test never released the save"
        return original(self, document, extraction, state, *args)

    monkeypatch.setattr(ReviewStore, "save", held)
    return event


def _rows(dataset: Path) -> list[dict[str, str]]:
    with dataset.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _write_big_dataset(path: Path, count: int) -> None:
    base = dict.fromkeys(COLUMN_NAMES, "") | {
        "company": "Acme Holdings, Inc.",
        "change_type": "appointed",
        "evidence": "Ms. Jane Roe was appointed to the board of directors. " * 3,
        "review_status": "reviewed",
    }
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMN_NAMES))
        writer.writeheader()
        for i in range(count):
            writer.writerow(base | {"doc_id": f"{i // 2:016x}", "person": f"P {i}"})


def test_saving_into_a_big_dataset_keeps_the_window_responsive(
    qtbot, window, filings, dataset
) -> None:
    _write_big_dataset(dataset, 20_000)
    session = open_and_wait(qtbot, window, filings[0])
    load_review(window, session)
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    began = time.perf_counter()
    with qtbot.waitSignal(window.saver.saved, timeout=20000):
        window.ui_actions.export.trigger()
        returned = time.perf_counter() - began
        assert window.saver.is_saving(session)  # still running
    took = time.perf_counter() - began
    heartbeat.stop()
    during = [b for b in beats if b > began]
    assert returned < took
    assert len(during) >= 2  # the event loop ran while the CSV was written
    assert len(_rows(dataset)) == 20_000 + session.model.rowCount()
    assert not window.isWindowModified()


def test_an_edit_made_during_a_save_keeps_the_modified_marker(
    qtbot, window, filings, dataset, gate
) -> None:
    session = open_and_wait(qtbot, window, filings[0])
    load_review(window, session)
    window.ui_actions.export.trigger()
    assert "Saving into" in window.status.currentMessage()
    session.model.edit_cell(0, "reason", "health reasons")  # after the snapshot
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        gate.set()
    assert window.isWindowModified()  # the edit is not in the dataset yet
    assert "health reasons" not in {r["reason"] for r in _rows(dataset)}
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    assert not window.isWindowModified()
    assert "health reasons" in {r["reason"] for r in _rows(dataset)}


def test_accept_and_next_moves_on_before_the_save_completes(
    qtbot, window, filings, dataset, gate
) -> None:
    open_and_wait(qtbot, window, *filings)
    first = window.navigator.current()
    qtbot.waitUntil(lambda: len(window.navigator.sessions()) == 2, timeout=10000)
    window.ui_actions.accept_next.trigger()
    assert window.navigator.current() is not first  # the prepared next, at once
    assert not dataset.exists()
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        gate.set()
    assert not first.is_dirty()
    assert window.queue.entry(0).status is FilingStatus.REVIEWED
    assert {r["review_status"] for r in _rows(dataset)} == {"reviewed"}


def test_a_failed_save_says_why_and_a_later_save_works(
    qtbot, window, filings, dialogs, settings, dataset
) -> None:
    session = open_and_wait(qtbot, window, filings[0])
    load_review(window, session)
    session.model.edit_cell(0, "reason", "health reasons")
    settings.set_dataset_path(str(dataset.parent / "missing" / "d.csv"))
    with qtbot.waitSignal(window.saver.save_failed, timeout=10000):
        window.ui_actions.export.trigger()
    assert dialogs.errors[0][0] == "Cannot save the review"
    assert "could not be saved" in dialogs.errors[0][1]
    assert window.isWindowModified()  # the review stays, unsaved
    settings.set_dataset_path(str(dataset))
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    assert not window.isWindowModified()
    assert "health reasons" in {r["reason"] for r in _rows(dataset)}


def test_closing_during_a_save_waits_for_it(
    qtbot, window, filings, dialogs, dataset, gate
) -> None:
    session = open_and_wait(qtbot, window, filings[0])
    load_review(window, session)
    session.model.edit_cell(0, "reason", "health reasons")
    window.ui_actions.export.trigger()
    release = threading.Timer(0.3, gate.set)  # the GUI thread blocks in close
    release.start()
    assert window.close()
    release.join()
    assert dialogs.unsaved_asked == 0  # the save finished: nothing left to ask
    assert not session.is_dirty()
    assert "health reasons" in {r["reason"] for r in _rows(dataset)}


def test_saves_run_one_at_a_time_in_order(
    qtbot, window, filings, dataset, monkeypatch
) -> None:
    original = ReviewStore.save
    running: list[int] = []
    overlap: list[int] = []
    order: list[str] = []
    lock = threading.Lock()

    def tracked(self, document, extraction, state, *args) -> str:
        with lock:
            running.append(1)
            overlap.append(len(running))
        time.sleep(0.05)
        order.append(state.rows[0].reason)
        result = original(self, document, extraction, state, *args)
        with lock:
            running.pop()
        return result

    monkeypatch.setattr(ReviewStore, "save", tracked)
    session = open_and_wait(qtbot, window, filings[0])
    load_review(window, session)
    for reason in ("first", "second", "third"):
        session.model.edit_cell(0, "reason", reason)
        window.ui_actions.export.trigger()
    qtbot.waitUntil(lambda: not window.saver.is_saving(), timeout=10000)
    assert order == ["first", "second", "third"]
    assert max(overlap) == 1
    assert "third" in {r["reason"] for r in _rows(dataset)}
    assert not window.isWindowModified()
