"""The autosave is written off the GUI thread, in edit order, and nothing is lost."""

from __future__ import annotations

import threading

from reviewer.io.review_store import ReviewStore
from reviewer.ui.window.review_saver import flush_autosaves
from tests.ui.helpers import open_and_wait


def test_autosaves_leave_the_gui_thread_and_the_last_edit_wins(
    qtbot, window, filings, dataset, monkeypatch
) -> None:
    original = ReviewStore.autosave
    gate = threading.Event()
    writes: list[tuple[bool, str]] = []

    def held(self, document, extraction, state, *base) -> str:
        assert gate.wait(20), "the test never released the autosave"
        on_gui = threading.current_thread() is threading.main_thread()
        writes.append((on_gui, state.filing.ticker))
        return original(self, document, extraction, state, *base)

    monkeypatch.setattr(ReviewStore, "autosave", held)
    session = open_and_wait(qtbot, window, filings[0])
    for ticker in ("EXGA", "EXGB", "EXGC"):
        session.model.edit_filing("ticker", ticker)  # returns with the write held
    assert session.model.filing().ticker == "EXGC"
    gate.set()
    assert flush_autosaves(10000)
    assert writes, "nothing was autosaved"
    assert not any(on_gui for on_gui, _ in writes)
    assert writes[-1][1] == "EXGC"  # in order: the newest snapshot is written last
    assert [t for _, t in writes] == sorted(t for _, t in writes)
    restored = ReviewStore(dataset).load(session.doc_id)
    assert restored is not None
    assert restored.filing.ticker == "EXGC"
