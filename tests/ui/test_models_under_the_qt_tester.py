"""Every item model passes Qt's model tester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def test_every_model_passes_the_qt_model_tester(
    qtbot, qtmodeltester, window, corpus: Path
) -> None:
    paths = [corpus / "raw" / n for n in ("seed-21vianet.txt", "gh-005.pdf")]
    session = open_and_wait(qtbot, window, *paths)
    qtmodeltester.check(session.model)  # the review (roster) model
    qtmodeltester.check(window.roster_view.model())  # its sorting proxy
    qtmodeltester.check(window.queue)
    session.model.add_row(0, session.model.row_at(0))
    window.roster_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(window.roster_view.model())
