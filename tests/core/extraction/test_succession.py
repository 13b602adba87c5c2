"""The outgoing holder of a board role another person succeeds (succession.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, Extracted

LEAVES = [
    (
        "Corvane Inc. said Bruce Hale was appointed Chair of the Board, succeeding "
        "Odile Marchetti, who had held the role since 2006 and will remain on the "
        "board.",
        "resigned",
    ),
    (
        "Corvane Inc. said Bruce Hale was named its new chairman of the board. He "
        "succeeds Odile Marchetti, who had served on the board since 1999.",
        "resigned",
    ),
    (
        "Corvane Inc. appointed Bruce Hale as chair. Hale previously served as a "
        "director and will succeed Odile Marchetti in the role.",
        "resigned",
    ),
    (
        "Corvane Inc. appointed Bruce Hale as Vice Chair of the Board, succeeding "
        "Odile Marchetti, who is retiring.",
        "retired",
    ),
]

STAYS = [
    # an officer succession is no board change
    "Corvane Inc. named Bruce Hale chief executive officer, succeeding Odile "
    "Marchetti.",
    # the successor's change is a director's seat, not a board role
    "Corvane Inc. appointed Bruce Hale as an independent director, succeeding "
    "Odile Marchetti in the role of chief executive officer.",
]


@pytest.mark.parametrize(("text", "change"), LEAVES)
def test_the_predecessor_of_a_new_chair_leaves_the_role(
    extracted: Callable[..., Extracted], text: str, change: str
) -> None:
    row = extracted(DATELINE + text, rules_only=True).row("Odile Marchetti")
    assert row.change_type == change
    assert "succession:predecessor" in row.rules
    assert "chair" in row.role.lower()


@pytest.mark.parametrize("text", STAYS)
def test_no_predecessor_row_outside_board_roles(
    extracted: Callable[..., Extracted], text: str
) -> None:
    result = extracted(DATELINE + text, rules_only=True)
    assert "Odile Marchetti" not in {r.person for r in result.rows}


def test_a_predecessor_with_a_change_of_their_own_keeps_it(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corvane Inc. announced that Odile Marchetti has retired from the "
        "Board of Directors, effective today. The Board appointed Bruce Hale as "
        "Chair of the Board, succeeding "
        "Odile Marchetti."
    )
    row = extracted(text, rules_only=True).row("Odile Marchetti")
    assert row.change_type == "retired"
    assert "succession:predecessor" not in row.rules


@pytest.mark.parametrize(
    "named",
    [
        "named Bruce Hale as Marchetti's successor",
        "named Bruce Hale as her successor",
        "appointed Bruce Hale as successor to Ms. Marchetti",
    ],
)
def test_a_successor_takes_the_seat_the_predecessor_left(
    extracted: Callable[..., Extracted], named: str
) -> None:
    text = (
        DATELINE + "Corvane Inc. said Non-Executive Chairman Odile Marchetti will step "
        f"down from the role, effective immediately. The company {named}, "
        "according to a Tuesday release."
    )
    row = extracted(text, rules_only=True).row("Bruce Hale")
    assert row.change_type == "appointed"
    assert row.role == "chairman"
    assert "role:successor_of" in row.rules
