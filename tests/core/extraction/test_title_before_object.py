"""A title between the change word and the name ("appointed Chief Executive
Officer Robert Eno to its Board", "the passing of Executive Chairman and CEO X")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, Extracted

CASES = [
    (
        "Corvane Inc. has appointed Chief Executive Officer Odile Marchetti to its "
        "Board of Directors, expanding the board from eight to nine members.",
        "appointed",
    ),
    (
        "Corvane Inc. announced with deep sadness the sudden passing of Executive "
        "Chairman and CEO Odile Marchetti on May 24.",
        "deceased",
    ),
]


@pytest.mark.parametrize(("text", "change"), CASES)
def test_the_name_after_a_title_takes_the_change(
    extracted: Callable[..., Extracted], text: str, change: str
) -> None:
    row = extracted(DATELINE + text, rules_only=True).row("Odile Marchetti")
    assert row.change_type == change


def test_an_officer_appointment_after_a_title_is_still_no_board_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corvane Inc. has appointed Chief Operating Officer Odile "
        "Marchetti as President."
    )
    assert not extracted(text, rules_only=True).rows
