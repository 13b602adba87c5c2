"""Text artefacts of plain-text EDGAR exhibits, blanked with offsets kept."""

from __future__ import annotations

import pytest

from tests.ui.helpers import open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- text artefacts of plain-text EDGAR exhibits ----------------------------------
PIPES_TEXT = (
    "EXHIBIT 17\n"
    "Please convey my sentiments to the board of directors:\n"
    "|\n"
    "|\n"
    "1.\n"
    "|I was informed by John Payne that I was terminated before anyone asked "
    "me to resign |\n"
    "|\n"
    "\n"
    "                                   2\n"
    "\n"
    "Jane Roe resigned from the board of directors effective May 1, 2024.\n"
)


def test_pipes_and_page_numbers_are_blanked_and_offsets_kept(
    qtbot, window, tmp_path
) -> None:
    from reviewer.io.loaders.textflow import unwrap_plain_text

    path = tmp_path / "ex17.txt"
    path.write_text(PIPES_TEXT, encoding="utf-8")
    session = open_and_wait(qtbot, window, path)
    shown = window.document_view.toPlainText()
    lines = [line.strip() for line in shown.split("\n")]
    assert "|" not in lines  # no border lines
    assert "2" not in lines  # no bare page number
    assert "I was informed by John Payne" in shown
    assert not any(line.startswith("|") for line in lines)
    # Same length as before the clean-up: offsets saved earlier still hold.
    assert len(session.document.text) == len(unwrap_plain_text(PIPES_TEXT))
    text = session.document.text
    rows = [r for r in session.model.rows() if r.person == "Jane Roe"]
    assert rows, [r.person for r in session.model.rows()]
    span = rows[0].span()
    assert span is not None
    assert "Jane Roe resigned" in text[span[0] : span[1]]
    table = window.roster_view
    table.select_cell(session.model.rows().index(rows[0]), 0)
    assert window.document_view.evidence_span() == span
