"""Parts of the window built on first use still work the first time."""

from __future__ import annotations

from dataclasses import replace

from reviewer.core.document import DocumentFormat
from reviewer.core.records import RosterRow
from tests.io.pdfmaker import make_pdf, page_content
from tests.ui.helpers import open_and_wait


def test_a_pdf_after_a_text_filing_builds_the_page_pane_and_boxes_rows(
    qtbot, window, filings, tmp_path
) -> None:
    open_and_wait(qtbot, window, filings[0])
    # A text filing never shows it (the warm-up may have built it, hidden).
    assert not window.pane.has_page_view() or not window.page_view.isVisible()
    pdf = tmp_path / "filing.pdf"
    pdf.write_bytes(
        make_pdf(
            [
                page_content(["Example Group announces board changes."]),
                page_content(["Ms. Ann Lee was appointed as a director."]),
            ]
        )
    )
    window.open_paths([str(pdf)])
    qtbot.waitUntil(lambda: window.navigator.current().path == str(pdf), timeout=10000)
    session = window.navigator.current()
    assert session.document.format is DocumentFormat.PDF
    assert window.pane.has_page_view()
    page = window.page_view
    assert page.isVisible()
    assert page.width() > 200
    assert window.filing_form.isVisible()  # the form stays beside the page
    text = session.document.text
    start = text.index("Ms. Ann Lee")
    end = text.index("director.") + len("director.")
    row = RosterRow(
        row_id="m1",
        person="Ann Lee",
        evidence=text[start:end],
        evidence_start=str(start),
        evidence_end=str(end),
        page="2",
    )
    session.model.reset_state(replace(session.model.state(), rows=(row,)))
    window.controller.show_current()
    window.roster_view.select_cell(0, 0)
    assert {box.page for box in page.boxes()} == {2}
    assert page.current_page() == 2
    # The page pane is linked to the text both ways.
    page.offset_activated.emit(text.index("Example Group"))
    assert window.document_view.textCursor().position() == text.index("Example Group")
    # Back to the text filing: the pane hides, and comes back for the PDF.
    window.navigator.open_row(0)
    assert not page.isVisible()
    window.navigator.open_row(1)
    assert page.isVisible()
    assert window.pane.page_view is page  # built once


def test_asking_for_the_page_pane_before_any_pdf_links_it(
    qtbot, window, filings
) -> None:
    page = window.page_view  # e.g. a script or a test asks first
    assert window.pane.has_page_view()
    assert not page.isVisible()
    open_and_wait(qtbot, window, filings[0])
    assert not page.isVisible()
    assert page.boxes() == ()
