"""The filing form: edited fields in bold, long values readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import focus, open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- filing-form edits are bold, like roster cells ------------------------------
def test_a_filing_field_changed_by_hand_is_bold(qtbot, window, filings) -> None:
    session = open_and_wait(qtbot, window, filings[0])  # the machine's proposal
    field = window.filing_form.field("ticker")
    assert not field.font().bold()
    focus(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, "EXGX")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert session.model.filing().ticker == "EXGX"
    assert field.font().bold()
    company = window.filing_form.field("company")
    assert not company.font().bold()
    window.ui_actions.undo.trigger()
    assert session.model.filing().ticker != "EXGX"
    assert not field.font().bold()


def test_long_filing_values_show_their_start_and_the_whole_on_hover(
    qtbot, window, filings
) -> None:
    session = open_and_wait(qtbot, window, filings[0])
    long_name = "Costco Wholesale Corporation of Issaquah, Washington, Incorporated"
    session.model.edit_filing("company", long_name)
    field = window.filing_form.field("company")
    assert field.text() == long_name
    assert field.cursorPosition() == 0
    assert long_name in field.toolTip()
    assert field.width() < field.fontMetrics().horizontalAdvance(long_name)


# -- a narrow Filing dock (beside the PDF page at 1280x800) ------------------------
def _laid_out(qtbot, width: int):
    from reviewer.ui.roster.filing_form import FilingForm
    from reviewer.ui.shown_review import ShownReview

    form = FilingForm(ShownReview())
    qtbot.addWidget(form)
    form.resize(width, 600)
    form.show()
    qtbot.waitExposed(form)
    form.layout().activate()
    return form


def test_in_a_narrow_dock_each_field_takes_the_whole_width_below_its_label(
    qtbot,
) -> None:
    """At 230 px (the dock beside a PDF page) a field beside its label was
    ~90 px wide and clipped a company name after a dozen letters."""
    form = _laid_out(qtbot, 230)
    company = form.field("company")
    label = form.layout().labelForField(company)
    assert company.width() >= 0.8 * form.width()
    assert company.y() > label.y()  # below its label, not beside it


def test_in_a_wide_dock_labels_and_fields_share_a_row(qtbot) -> None:
    form = _laid_out(qtbot, 520)
    company = form.field("company")
    label = form.layout().labelForField(company)
    assert company.x() > label.x() + label.width() - 1
    assert abs(company.geometry().center().y() - label.geometry().center().y()) < 8
