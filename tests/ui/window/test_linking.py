"""Table <-> document linking and corrections requested from the document view."""

from __future__ import annotations

from reviewer.core.entities import EntityLabel, Origin
from reviewer.core.records import RosterRow
from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import LEE_SENTENCE, open_and_wait


def _evidence_text(window: MainWindow) -> str:
    span = window.document_view.evidence_span()
    return "" if span is None else window.document_view.source_text()[slice(*span)]


def test_selecting_a_row_reveals_its_evidence(qtbot, window, session) -> None:
    window.roster_view.select_cell(1, 0)
    assert _evidence_text(window) == LEE_SENTENCE
    window.roster_view.select_cell(0, 0)
    start, end = session.model.row_at(0).span()
    assert window.document_view.evidence_span() == (start, end)


def test_clicking_a_highlight_selects_the_cell_it_feeds(qtbot, window, session) -> None:
    entities = window.document_view.entities()
    assert len(entities) == 4  # the view got the review's entities
    reason = next(i for i, e in enumerate(entities) if e.label is EntityLabel.REASON)
    window.document_view.entity_activated.emit(reason)
    assert window.roster_view.current_source_row() == 0
    assert window.roster_view.current_column_name() == "reason"
    lee = next(i for i, e in enumerate(entities) if e.text == "Ann Lee")
    window.document_view.entity_activated.emit(lee)
    assert window.roster_view.current_source_row() == 1
    assert window.roster_view.current_column_name() == "person"
    company = next(i for i, e in enumerate(entities) if e.label is EntityLabel.COMPANY)
    window.document_view.entity_activated.emit(company)
    assert window.filing_form.field("company").hasFocus()


def test_fill_cell_from_selected_text_is_undoable(qtbot, window, session) -> None:
    text = session.document.text
    start = text.index("King Venture Holdings Limited")
    end = start + len("King Venture Holdings Limited")
    window.roster_view.select_cell(0, session.model.column_of("nominated_by"))
    window.document_view.fill_cell_requested.emit(start, end)
    assert session.model.row_at(0).nominated_by == "King Venture Holdings Limited"
    window.ui_actions.undo.trigger()
    assert session.model.row_at(0).nominated_by == ""


def test_fill_evidence_sets_its_offsets(qtbot, window, session) -> None:
    text = session.document.text
    start = text.index("The resignation did not")
    end = text.index("the Company.\n") + len("the Company.")
    window.roster_view.select_cell(1, session.model.column_of("evidence"))
    window.document_view.fill_cell_requested.emit(start, end)
    row = session.model.row_at(1)
    assert row.evidence == text[start:end]
    assert row.span() == (start, end)


def test_new_row_for_a_person(qtbot, window, session) -> None:
    text = session.document.text
    start = text.index("Ms. Ann Lee")
    window.document_view.new_row_requested.emit(start, start + len("Ms. Ann Lee"))
    row = session.model.row_at(2)
    assert row.person == "Ann Lee"
    assert row.evidence == LEE_SENTENCE
    assert window.roster_view.current_source_row() == 2
    assert window.roster_view.current_column_name() == "change_type"


def test_add_and_remove_highlights_undoably(qtbot, window, session) -> None:
    text = session.document.text
    start = text.index("independent director")
    window.document_view.add_entity_requested.emit(start, start + 20, "ROLE")
    added = [e for e in session.model.entities() if e.origin is Origin.USER]
    assert [(e.text, e.label) for e in added] == [
        ("independent director", EntityLabel.ROLE)
    ]
    assert added[0] in window.document_view.entities()
    entities = window.document_view.entities()
    zou = next(i for i, e in enumerate(entities) if e.text == "Tao Zou")
    window.document_view.remove_entity_requested.emit(zou)
    assert len(session.model.entities()) == 4
    assert all(e.text != "Tao Zou" for e in session.model.entities())
    window.ui_actions.undo.trigger()
    window.ui_actions.undo.trigger()
    assert len(window.document_view.entities()) == 4
    assert all(e.origin is Origin.MACHINE for e in window.document_view.entities())


def test_legend_counts_and_hides_labels(qtbot, window, session) -> None:
    legend = window.pane.legend
    assert legend.counts() == {"PERSON": 2, "REASON": 1, "COMPANY": 1}
    legend.set_hidden_labels({"PERSON"})
    legend.visibility_changed.emit(frozenset({"PERSON"}))
    assert window.document_view.hidden_labels() == frozenset({"PERSON"})
    window.ui_actions.show_legend.trigger()
    assert legend.isHidden()


def test_pdf_rows_show_their_evidence_boxes_on_the_page(
    qtbot, window, tmp_path
) -> None:
    from dataclasses import replace

    from reviewer.core.document import DocumentFormat
    from tests.io.pdfmaker import make_pdf, page_content

    pdf = tmp_path / "filing.pdf"
    pdf.write_bytes(
        make_pdf(
            [
                page_content(["Example Group announces board changes."]),
                page_content(["Ms. Ann Lee was appointed as a director."]),
            ]
        )
    )
    session = open_and_wait(qtbot, window, pdf)
    assert session.document.format is DocumentFormat.PDF
    assert window.page_view.isVisible()
    assert window.page_view.width() > 200
    text = session.document.text
    start = text.index("Ms. Ann Lee")
    end = text.index("director.") + len("director.")
    state = replace(
        session.model.state(),
        rows=(
            RosterRow(
                row_id="m1",
                person="Ann Lee",
                evidence=text[start:end],
                evidence_start=str(start),
                evidence_end=str(end),
                page="2",
            ),
        ),
    )
    session.model.reset_state(state)
    window.controller.show_current()
    window.roster_view.select_cell(0, 0)
    boxes = window.page_view.boxes()
    assert boxes
    assert {box.page for box in boxes} == {2}
    assert window.page_view.current_page() == 2
    text_file = tmp_path / "plain.txt"
    text_file.write_text("Mr. Bo Chen joined the board.\n", encoding="utf-8")
    window.open_paths([str(text_file)])
    qtbot.waitUntil(lambda: window.navigator.current().path == str(text_file))
    assert not window.page_view.isVisible()


def test_select_words_and_fill_the_cell_with_the_view_action(
    qtbot, window, session
) -> None:
    from PySide6.QtGui import QTextCursor

    text = session.document.text
    start = text.index("King Venture Holdings Limited")
    end = start + len("King Venture Holdings Limited")
    window.roster_view.select_cell(0, session.model.column_of("nominated_by"))
    view = window.document_view
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.fill_cell_action.trigger()  # Ctrl+Shift+F / "Set as value of the cell"
    assert session.model.row_at(0).nominated_by == "King Venture Holdings Limited"
    lee = text.index("Ms. Ann Lee")
    cursor.setPosition(lee)
    cursor.setPosition(lee + len("Ms. Ann Lee"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.new_row_action.trigger()  # Ctrl+Shift+N
    assert session.model.row_at(2).person == "Ann Lee"
    assert session.model.row_at(2).evidence == LEE_SENTENCE
