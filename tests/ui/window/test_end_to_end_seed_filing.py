"""End to end on the founding example: open, review, export, read back with pandas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from reviewer.core.entities import EntityLabel
from reviewer.core.schema import COLUMN_NAMES
from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait

EXPECTED = {
    "person": "Tao Zou",
    "change_type": "resigned",
    "role": "director",
    "effective_date": "2020-12-14",
    "reason": "personal reasons",
    "disagreement": "no",
    "nominated_by": "King Venture Holdings Limited",
}


def test_seed_filing_round_trips_through_the_window(
    qtbot, context, dataset: Path, samples_dir: Path
) -> None:
    import pandas as pd

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    session = open_and_wait(qtbot, window, samples_dir / "seed-21vianet.txt")

    # The text shows every entity the issue names, highlighted where it stands.
    shown = window.document_view.entities()
    text = window.document_view.toPlainText()
    labels = {entity.label for entity in shown}
    assert {
        EntityLabel.PERSON,
        EntityLabel.COMPANY,
        EntityLabel.TICKER,
        EntityLabel.DATE,
        EntityLabel.ROLE,
        EntityLabel.CHANGE,
        EntityLabel.NOMINATOR,
        EntityLabel.BOARD_SIZE,
    } <= labels
    assert all(text[e.start : e.end] == e.text for e in shown)
    assert window.document_view.highlighted_indices()

    rows = session.model.rows()
    zou = [r for r in rows if r.person == "Tao Zou"]
    assert zou, f"no Tao Zou row in {[r.person for r in rows]}"
    row = zou[0]
    assert {name: getattr(row, name) for name in EXPECTED} == EXPECTED

    # Selecting the row shows its evidence in the text.
    number = rows.index(row)
    window.roster_view.select_cell(number, 0)
    span = row.span()
    assert span is not None
    assert window.document_view.evidence_span() == span
    assert "Tao Zou" in window.document_view.source_text()[slice(*span)]

    # Correct a cell with the keyboard: F2, type, Enter.
    view = window.roster_view
    view.select_cell(number, view.review_model().column_of("reason"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "personal and family reasons")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: session.model.row_at(number).reason == "personal and family reasons"
    )

    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        window.ui_actions.export.trigger()
    frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(COLUMN_NAMES)
    saved = frame[frame["person"] == "Tao Zou"].iloc[0]
    edited = EXPECTED | {"reason": "personal and family reasons"}
    assert {name: saved[name] for name in EXPECTED} == edited
    assert saved["doc_id"] == session.document.doc_id
    assert saved["evidence_start"] == str(span[0])
    assert saved["review_status"] == "extracted"
    assert saved["edited_fields"] == "reason"
    assert saved["company"] == "21Vianet Group, Inc."
    assert saved["ticker"] == "VNET"
    assert saved["board_size_after"] == "7"
    assert saved["independent_directors_after"] == "5"
