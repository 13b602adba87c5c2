"""The legend's layout beside the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.helpers import open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def test_legend_takes_two_short_rows_at_most_beside_the_page(
    qtbot, window, samples_dir: Path
) -> None:
    from reviewer.core.entities import EntityLabel

    open_and_wait(qtbot, window, samples_dir / "seed-21vianet.txt")
    legend = window.pane.legend
    legend.set_counts({str(label): 12 for label in EntityLabel})  # all 16 types
    chip = legend.chip("PERSON")
    assert chip is not None
    width = window.document_view.width()
    assert width >= 600  # a text filing: no page view beside the text
    assert legend.heightForWidth(width) <= 2 * chip.sizeHint().height() + 6
    assert legend.heightForWidth(width) * 8 < window.document_view.height()
