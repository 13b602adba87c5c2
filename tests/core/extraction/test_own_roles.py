"""Lists where each name has its own role (``Assignment.own_role_end``):
"A as President and B as Executive Chairman" gives each role to its own name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, Extracted

LEAD = DATELINE + "Corvane Inc. (NYSE: CVN) "


@pytest.mark.parametrize("rules_only", [True, False])
def test_an_officer_and_a_chair_named_together(
    extracted: Callable[..., Extracted], rules_only: bool
) -> None:
    result = extracted(
        LEAD + "announced the appointments of Lena Moss as President and Omar Reyes "
        "as Executive Chairman, effective December 1, 2026.",
        rules_only=rules_only,
    )
    assert [(r.person, r.change_type, r.role) for r in result.rows] == [
        ("Omar Reyes", "appointed", "executive chairman")
    ]


def test_a_chief_executive_and_a_chairman_named_together(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        LEAD + "today named Lena Moss as Chief Executive Officer and Omar Reyes as "
        "Chairman of the Board."
    )
    assert {(r.person, r.role) for r in result.rows} == {("Omar Reyes", "chairman")}


def test_two_board_roles_named_together(extracted: Callable[..., Extracted]) -> None:
    result = extracted(
        LEAD + "announced that the Board appointed Jane Doe as Chair of the Board "
        "and John Roe as Vice Chair, effective December 1, 2026."
    )
    assert {(r.person, r.role) for r in result.rows} == {
        ("Jane Doe", "chair"),
        ("John Roe", "vice chair"),
    }


def test_three_names_each_with_a_role(extracted: Callable[..., Extracted]) -> None:
    result = extracted(
        LEAD + "announced that shareholders elected Jane Doe as a director, John Roe "
        "as Chief Financial Officer, and Ann Lee as Chair of the Board."
    )
    assert {(r.person, r.role) for r in result.rows} == {
        ("Jane Doe", "director"),
        ("Ann Lee", "chair"),
    }


def test_a_list_sharing_one_role_is_unchanged(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        LEAD + "announced that the Board appointed Jane Doe and John Roe as "
        "independent directors, effective December 1, 2026."
    )
    assert {(r.person, r.role) for r in result.rows} == {
        ("Jane Doe", "independent director"),
        ("John Roe", "independent director"),
    }
