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
