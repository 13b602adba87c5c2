"""A failing autosave warns once."""

from __future__ import annotations

import pytest

from tests.ui.helpers import open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def test_a_failing_autosave_warns_once_with_a_dialog(
    qtbot, window, filings, dialogs, monkeypatch
) -> None:
    from reviewer.io.review_store import ReviewStore

    def full_disk(self, document, extraction, state, *_base) -> str:
        return "The disk is full."

    monkeypatch.setattr(ReviewStore, "autosave", full_disk)
    session = open_and_wait(qtbot, window, filings[0])
    session.model.edit_filing("ticker", "EXGA")
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert "Autosave" in dialogs.errors[0][0]
    assert "The disk is full." in dialogs.errors[0][1]
    session.model.edit_filing("ticker", "EXGB")
    qtbot.wait(200)
    assert len(dialogs.errors) == 1
