"""A board title before the subject's name, joined with an officer's title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, Extracted

CASES = [
    (
        "Corvane Holdings Chairman and Chief Executive Officer Odile Marchetti "
        "resigned effective Thursday, according to a same-day filing.",
        "resigned",
        "chairman",
    ),
    (
        "Corvane Holdings Chairman & CEO Odile Marchetti resigned on Monday, the "
        "company said.",
        "resigned",
        "chairman",
    ),
]


@pytest.mark.parametrize(("text", "change", "role"), CASES)
def test_a_board_title_before_the_subject_gives_the_role(
    extracted: Callable[..., Extracted], text: str, change: str, role: str
) -> None:
    row = extracted(DATELINE + text, rules_only=True).row("Odile Marchetti")
    assert (row.change_type, row.role) == (change, role)
