"""The queue: folders, next/previous, accept-and-next into the dataset, failures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from reviewer.core.schema import COLUMN_NAMES
from reviewer.models.queue_model import FilingStatus
from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import load_review, open_and_wait


def _shown(window: MainWindow) -> str:
    session = window.navigator.current()
    return Path(session.path).name if session else ""


def test_next_previous_and_accept_and_next_write_the_dataset(
    qtbot, window, filings, dataset
) -> None:
    import pandas as pd

    dialogs_folder = filings[0].parent
    window._context.dialogs.folder = str(dialogs_folder)
    window.ui_actions.open_folder.trigger()
    assert window.queue.rowCount() == 3
    qtbot.waitUntil(lambda: _shown(window) == "filing-1.txt", timeout=10000)
    first = window.navigator.current()
    load_review(window, first)
    first.model.edit_cell(0, "reason", "health reasons")

    window.ui_actions.next_filing.trigger()
    qtbot.waitUntil(lambda: _shown(window) == "filing-2.txt", timeout=10000)
    window.ui_actions.previous_filing.trigger()
    assert _shown(window) == "filing-1.txt"  # kept in memory: instant
    assert window.navigator.current().model.row_at(0).reason == "health reasons"
    assert window.queue.entry(0).status is FilingStatus.IN_PROGRESS

    for expected in ("filing-2.txt", "filing-3.txt"):
        window.ui_actions.accept_next.trigger()
        qtbot.waitUntil(lambda e=expected: _shown(window) == e, timeout=10000)
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.accept_next.trigger()  # the last one: stays, says so
    assert _shown(window) == "filing-3.txt"
    qtbot.waitUntil(lambda: not window.saver.is_saving(), timeout=10000)
    assert [e.status for e in window.queue.entries()] == [FilingStatus.REVIEWED] * 3
    assert not window.isWindowModified()

    frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(COLUMN_NAMES)
    assert frame["doc_id"].nunique() == 3
    assert set(frame["review_status"]) == {"reviewed"}
    assert set(frame["reviewed_by"]) == {"Test Reviewer"}
    zou = frame[frame["person"] == "Tao Zou"]
    assert list(zou["reason"]) == ["health reasons"]
    assert list(zou["change_type"]) == ["resigned"]
    assert "reason" in zou["edited_fields"].iloc[0]
    assert set(frame["source_file"]) == {f"filings/filing-{n}.txt" for n in (1, 2, 3)}

    # Saving again replaces the filing's rows instead of duplicating them.
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    again = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    assert len(again) == len(frame)


def test_next_filing_is_prepared_in_the_background(qtbot, window, filings) -> None:
    open_and_wait(qtbot, window, *filings)
    second = str(filings[1])
    qtbot.waitUntil(
        lambda: any(s.path == second for s in window.navigator.sessions()),
        timeout=10000,
    )
    window.ui_actions.next_filing.trigger()
    assert _shown(window) == "filing-2.txt"  # no wait: it was ready


def test_a_load_failure_shows_an_error_and_keeps_the_review(
    qtbot, window, filings, dialogs, tmp_path
) -> None:
    session = open_and_wait(qtbot, window, filings[0])
    load_review(window, session)
    session.model.edit_cell(0, "reason", "kept")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.open_paths([str(empty)])
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10000)
    title, message = dialogs.errors[0]
    assert "empty.txt" in title
    assert "empty" in message
    assert window.navigator.current() is session
    assert session.model.row_at(0).reason == "kept"
    row = window.queue.row_of(str(empty))
    assert window.queue.entry(row).status is FilingStatus.FAILED
    # The window stays usable.
    window.ui_actions.undo.trigger()
    assert session.model.row_at(0).reason == ""
    assert not window.cancel_button.isVisible()


def test_a_save_failure_shows_an_error(qtbot, window, filings, dialogs, settings):
    session = open_and_wait(qtbot, window, filings[0])
    settings.set_dataset_path(str(filings[0].parent / "missing" / "d.csv"))
    with qtbot.waitSignal(window.saver.save_failed, timeout=10000):
        window.ui_actions.export.trigger()
    assert dialogs.errors
    assert "could not be saved" in dialogs.errors[0][1]
    assert window.navigator.current() is session


def test_dropping_files_opens_them(qtbot, window, filings) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in filings[:2]])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.queue.rowCount() == 2
    qtbot.waitUntil(lambda: _shown(window) == "filing-1.txt", timeout=10000)
    assert window._context.settings.recent_files()[0].endswith("filing-2.txt")


def test_cancel_stops_a_slow_load_and_keeps_the_review(
    qtbot, window, filings, dialogs, monkeypatch
) -> None:
    import reviewer.ui.window.navigator as navigator_module

    session = open_and_wait(qtbot, window, filings[0])
    real = navigator_module.open_and_extract

    def slow(path, options, extractor=None):
        if str(path).endswith("filing-2.txt"):
            options.progress(1, 4)
            while not options.cancel.is_set():
                options.cancel.wait(0.01)
            options.check_cancel(str(path))
        return real(path, options, extractor)

    monkeypatch.setattr(navigator_module, "open_and_extract", slow)
    window._context.prefetch = False
    window.open_paths([str(filings[1])])
    qtbot.waitUntil(window.cancel_button.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: window.progress.maximum() == 4, timeout=5000)
    assert window.progress.isVisible()
    window.cancel_button.click()
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=5000)
    assert window.navigator.current() is session
    assert not window.navigator.is_loading()
    qtbot.wait(100)
    assert dialogs.errors == []


def test_keyboard_moves_through_the_queue(qtbot, window, filings) -> None:
    from PySide6.QtCore import Qt

    open_and_wait(qtbot, window, *filings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _shown(window) == "filing-2.txt", timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _shown(window) == "filing-1.txt", timeout=10000)


def test_a_folder_of_a_thousand_lists_at_once_and_loads_lazily(
    qtbot, window, tmp_path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(1000):
        (folder / f"f{number:04d}.txt").write_text(f"Filing {number}.\n")
    window.open_paths([str(folder)])
    assert window.queue.rowCount() == 1000  # listed at once, before any load
    qtbot.waitUntil(lambda: _shown(window) == "f0000.txt", timeout=10000)
    qtbot.waitUntil(lambda: len(window.navigator.sessions()) == 2, timeout=10000)
    qtbot.wait(100)
    assert len(window.navigator.sessions()) == 2  # the shown one and the next


def test_dataset_and_reviewer_are_asked_once(
    qtbot, context, filings, dialogs, settings, tmp_path
) -> None:
    import pandas as pd

    window = MainWindow(context)
    qtbot.addWidget(window)
    open_and_wait(qtbot, window, *filings)
    dialogs.dataset_path = ""  # the user cancels the question
    window.ui_actions.accept_next.trigger()
    assert _shown(window) == "filing-1.txt"  # nothing saved, nowhere to go
    assert settings.dataset_path() == ""
    target = tmp_path / "chosen.csv"
    dialogs.dataset_path = str(target)
    dialogs.reviewer_name = "Ana"
    window.ui_actions.accept_next.trigger()
    qtbot.waitUntil(lambda: _shown(window) == "filing-2.txt", timeout=10000)
    assert settings.dataset_path() == str(target)
    assert settings.reviewer_name() == "Ana"
    dialogs.dataset_path = dialogs.reviewer_name = "never asked again"
    window.ui_actions.accept_next.trigger()
    qtbot.waitUntil(lambda: _shown(window) == "filing-3.txt", timeout=10000)
    qtbot.waitUntil(lambda: not window.saver.is_saving(), timeout=10000)
    frame = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert set(frame["reviewed_by"]) == {"Ana"}
    assert frame["doc_id"].nunique() == 2


def test_discard_goes_back_to_the_proposal(qtbot, window, filings, dialogs) -> None:
    session = open_and_wait(qtbot, window, filings[0])
    proposal = session.model.state()
    session.model.add_row(0)
    session.model.edit_filing("ticker", "EXG")
    dialogs.confirm_answer = False
    window.ui_actions.discard.trigger()
    assert session.model.rowCount() == len(proposal.rows) + 1
    dialogs.confirm_answer = True
    window.ui_actions.discard.trigger()
    assert session.model.state() == proposal
    assert not window.isWindowModified()
    assert window.queue.entry(0).status is FilingStatus.NEW


def test_edits_survive_a_crash_through_the_autosave(
    qtbot, context, settings, dialogs, filings, dataset
) -> None:
    from reviewer.ui.context import AppContext

    first = MainWindow(context)
    qtbot.addWidget(first)
    session = open_and_wait(qtbot, first, filings[0])
    load_review(first, session)
    session.model.edit_cell(0, "reason", "health reasons")
    # No save, no close: the process dies here. A new window starts over.
    again_context = AppContext(
        settings=settings, dialogs=dialogs, extractor=context.extractor
    )
    again = MainWindow(again_context)
    qtbot.addWidget(again)
    restored = open_and_wait(qtbot, again, filings[0])
    assert restored is not session
    assert restored.model.row_at(0).reason == "health reasons"
    assert again.queue.entry(0).status is FilingStatus.IN_PROGRESS
    assert (dataset.parent / "dataset.csv.reviews").is_dir()
    again._context.runner.wait(5000)


def test_a_folder_without_filings_says_so(window, dialogs, tmp_path) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "notes.docx").write_bytes(b"PK")
    window.open_paths([str(folder)])
    assert window.queue.rowCount() == 0
    assert dialogs.errors
    assert "PDF (.pdf)" in dialogs.errors[0][1]


def test_queued_filings_show_earlier_work_before_opening(
    qtbot, context, settings, dialogs, filings, dataset
) -> None:
    from reviewer.ui.context import AppContext

    first = MainWindow(context)
    qtbot.addWidget(first)
    open_and_wait(qtbot, first, *filings)
    first.ui_actions.accept_next.trigger()  # filing-1 reviewed and saved
    qtbot.waitUntil(lambda: _shown(first) == "filing-2.txt", timeout=10000)
    first.navigator.current().model.add_row(0)  # filing-2 in progress (autosaved)

    again = MainWindow(
        AppContext(
            settings=settings,
            dialogs=dialogs,
            prefetch=False,
            extractor=context.extractor,
        )
    )
    qtbot.addWidget(again)
    again.navigator.add_paths([str(filings[0].parent)])  # listed, nothing opened
    assert [e.status for e in again.queue.entries()] == [FilingStatus.NEW] * 3

    def statuses() -> list[FilingStatus]:
        return [e.status for e in again.queue.entries()]

    qtbot.waitUntil(
        lambda: (
            statuses()
            == [FilingStatus.REVIEWED, FilingStatus.IN_PROGRESS, FilingStatus.NEW]
        ),
        timeout=10000,
    )
    assert again.navigator.sessions() == ()
    again._context.runner.wait(5000)


def test_moving_on_while_the_next_is_prepared_waits_for_it(
    qtbot, window, filings, monkeypatch
) -> None:
    import threading

    import reviewer.ui.window.navigator as navigator_module

    release = threading.Event()
    calls: list[str] = []
    real = navigator_module.open_and_extract

    def gated(path, options, extractor=None):
        calls.append(Path(path).name)
        if str(path).endswith("filing-2.txt"):
            release.wait(5)
        return real(path, options, extractor)

    monkeypatch.setattr(navigator_module, "open_and_extract", gated)
    open_and_wait(qtbot, window, *filings)
    qtbot.waitUntil(lambda: "filing-2.txt" in calls, timeout=5000)
    window.ui_actions.next_filing.trigger()
    assert window.navigator.is_loading()
    assert window.cancel_button.isVisible()
    release.set()
    qtbot.waitUntil(lambda: _shown(window) == "filing-2.txt", timeout=10000)
    assert not window.cancel_button.isVisible()
    assert calls.count("filing-2.txt") == 1  # the prepared load was used, not redone


def test_an_extractor_crash_is_reported_in_plain_words(
    qtbot, window, filings, dialogs, monkeypatch
) -> None:
    import reviewer.ui.window.navigator as navigator_module

    def broken(path, options, extractor=None):
        raise RuntimeError("index out of range")

    monkeypatch.setattr(navigator_module, "open_and_extract", broken)
    window.open_paths([str(filings[0])])
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10000)
    assert "Unexpected problem" in dialogs.errors[0][1]
    assert window.navigator.current() is None
    assert window.queue.entry(0).status is FilingStatus.FAILED
    assert not window.cancel_button.isVisible()
