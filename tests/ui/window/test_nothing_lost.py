"""The window never loses or misreports a review (issue #17, items 4 and 10).

Two windows on one dataset, failed saves, reviews restored from the autosave and
undo after Accept, all with real windows, real files and real saves.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from reviewer.models.queue_model import FilingStatus
from reviewer.ui.context import AppContext
from reviewer.ui.dialogs import Conflict, Unsaved
from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import load_review, open_and_wait


def _rows(dataset: Path) -> list[dict[str, str]]:
    with dataset.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def second(qtbot, settings, dialogs, extractor):  # type: ignore[no-untyped-def]
    """A second window on the same dataset (another analyst, another instance)."""
    context = AppContext(settings=settings, dialogs=dialogs, extractor=extractor)
    other = MainWindow(context)
    qtbot.addWidget(other)
    other.show()
    yield other
    other.saver.wait_for_saves(10000)
    other._context.runner.wait(5000)


def _accept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.accept_next.trigger()


# -- 4. two analysts, one filing --------------------------------------------------
def test_a_later_save_asks_before_replacing_anothers_review(
    qtbot, window, second, filings, dataset, dialogs
) -> None:
    mine = open_and_wait(qtbot, window, filings[0])
    load_review(window, mine)
    theirs = open_and_wait(qtbot, second, filings[0])  # opened before A saved
    theirs.model.edit_cell(0, "reason", "their reason")
    _accept(qtbot, window)
    reviewed = _rows(dataset)
    assert {r["review_status"] for r in reviewed} == {"reviewed"}

    dialogs.conflict_answer = Conflict.CANCEL
    with qtbot.waitSignal(second.saver.save_declined, timeout=10000):
        second.ui_actions.export.trigger()
    assert len(dialogs.conflicts) == 1
    assert "reviewed by Test Reviewer" in dialogs.conflicts[0]
    assert _rows(dataset) == reviewed  # nothing replaced
    assert theirs.is_dirty()
    assert "Saving into" not in second.status.currentMessage()

    dialogs.conflict_answer = Conflict.REPLACE
    with qtbot.waitSignal(second.saver.saved, timeout=10000):
        second.ui_actions.export.trigger()
    assert len(dialogs.conflicts) == 2
    assert "their reason" in {r["reason"] for r in _rows(dataset)}
    assert not theirs.is_dirty()


def test_keep_theirs_leaves_the_dataset_and_drops_my_edits(
    qtbot, window, second, filings, dataset, dialogs
) -> None:
    mine = open_and_wait(qtbot, window, filings[0])
    load_review(window, mine)
    theirs = open_and_wait(qtbot, second, filings[0])
    theirs.model.edit_cell(0, "reason", "their reason")
    _accept(qtbot, window)
    reviewed = _rows(dataset)
    dialogs.conflict_answer = Conflict.KEEP_THEIRS
    with qtbot.waitSignal(second.saver.save_declined, timeout=10000):
        second.ui_actions.export.trigger()
    assert _rows(dataset) == reviewed
    assert not theirs.is_dirty()
    assert "their reason" not in {r.reason for r in theirs.model.rows()}
    assert second.queue.entry(0).status is FilingStatus.REVIEWED


def test_export_before_reviewing_never_replaces_reviewed_rows_silently(
    qtbot, window, second, filings, dataset, dialogs
) -> None:
    mine = open_and_wait(qtbot, window, filings[0])
    load_review(window, mine)
    _accept(qtbot, window)
    reviewed = _rows(dataset)
    shutil.rmtree(dataset.parent / "dataset.csv.reviews")  # B cannot see A's
    open_and_wait(qtbot, second, filings[0])  # opened after A saved
    dialogs.conflict_answer = Conflict.CANCEL
    with qtbot.waitSignal(second.saver.save_declined, timeout=10000):
        second.ui_actions.export.trigger()  # B has not reviewed it
    assert len(dialogs.conflicts) == 1
    assert "not marked reviewed" in dialogs.conflicts[0]
    assert _rows(dataset) == reviewed


# -- 10. a failed Accept and next --------------------------------------------------
def test_a_failed_accept_does_not_show_the_filing_as_reviewed(
    qtbot, window, filings, dataset, dialogs, settings
) -> None:
    open_and_wait(qtbot, window, *filings)
    qtbot.waitUntil(lambda: len(window.navigator.sessions()) == 2, timeout=10000)
    settings.set_dataset_path(str(dataset.parent / "missing" / "d.csv"))
    with qtbot.waitSignal(window.saver.save_failed, timeout=10000):
        window.ui_actions.accept_next.trigger()
    assert window.queue.entry(0).status is FilingStatus.IN_PROGRESS
    assert "Saving into" not in window.status.currentMessage()
    assert dialogs.errors


def test_a_reviewed_autosave_not_in_the_dataset_is_in_progress_next_day(
    qtbot, window, second, filings, dataset
) -> None:
    dataset.write_text("doc_id,person\r\nx,y,z\r\n", encoding="utf-8")  # bad row
    open_and_wait(qtbot, window, *filings)
    qtbot.waitUntil(lambda: len(window.navigator.sessions()) == 2, timeout=10000)
    with qtbot.waitSignal(window.saver.save_failed, timeout=10000):
        window.ui_actions.accept_next.trigger()  # autosaved as reviewed, not saved
    second.open_paths([str(p) for p in filings])  # the next day: queue scan only
    qtbot.waitUntil(
        lambda: second.queue.entry(0).status is not FilingStatus.NEW, timeout=10000
    )
    assert second.queue.entry(0).status is FilingStatus.IN_PROGRESS


# -- an edit restored from the autosave is an unsaved change -------------------------
def test_an_edit_restored_after_discard_is_unsaved(
    qtbot, window, second, filings, dataset, dialogs
) -> None:
    session = open_and_wait(qtbot, window, filings[0])
    load_review(window, session)
    session.model.edit_cell(0, "reason", "health reasons")
    # The user quits with Discard: the dataset never got the edit.
    restored = open_and_wait(qtbot, second, filings[0])
    assert restored.model.row_at(0).reason == "health reasons"
    assert restored.is_dirty()
    assert second.isWindowModified()
    dialogs.unsaved_answer = Unsaved.CANCEL
    second.close()
    assert dialogs.unsaved_asked == 1  # Ctrl+Q asks


def test_a_restored_review_already_in_the_dataset_is_clean(
    qtbot, window, second, filings, dataset
) -> None:
    session = open_and_wait(qtbot, window, filings[0])
    load_review(window, session)
    _accept(qtbot, window)
    restored = open_and_wait(qtbot, second, filings[0])
    assert restored.model.status() == "reviewed"
    assert not restored.is_dirty()
    assert second.queue.entry(0).status is FilingStatus.REVIEWED


# -- undo stops at Accept ---------------------------------------------------------
def test_undo_does_not_step_back_past_a_saved_accept(
    qtbot, window, filings, dataset
) -> None:
    session = open_and_wait(qtbot, window, *filings)
    load_review(window, session)
    session.model.edit_cell(0, "reason", "health reasons")
    _accept(qtbot, window)
    window.ui_actions.previous_filing.trigger()
    assert window.navigator.current() is session
    assert not window._context.undo_group.canUndo()
    window._context.undo_group.undo()
    assert session.model.status() == "reviewed"
    assert session.model.row_at(0).reason == "health reasons"
    assert window.queue.entry(0).status is FilingStatus.REVIEWED
