"""The outgoing holder of a board role another person succeeds (succession.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import (
    DATELINE,
    DATELINE_2024,
    DATELINE_OCT,
    Extracted,
)

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


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---

SUCCEEDED_BY = (
    DATELINE_2024 + "Acme Widgets Inc. announced that Carl Sagan will retire from the "
    "Board effective June 30, 2024. The Board has appointed Vera Rubin, a current "
    "member of the Audit Committee, to be the Audit Committee Chair effective as "
    "of Mr. Sagan's retirement. Separately, Ada Byron will step down as Chair of "
    "the Board effective May 31, 2024. She will be succeeded by Grace Hopper."
)


def test_dates_taken_from_the_change_they_depend_on(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(SUCCEEDED_BY, rules_only=True)
    rows = result.by_person()
    assert rows["Vera Rubin"].change_type == "role_change"
    assert rows["Vera Rubin"].effective_date == "2024-06-30"
    assert (rows["Ada Byron"].change_type, rows["Ada Byron"].role) == (
        "resigned",
        "chair",
    )
    grace = rows["Grace Hopper"]
    assert (grace.change_type, grace.role, grace.effective_date) == (
        "role_change",
        "chair",
        "2024-05-31",
    )
    assert "role:successor_takes_seat" in result.row("Grace Hopper").rules
    assert "date:predecessor" in result.row("Grace Hopper").rules


def test_the_person_a_new_director_replaces_left_the_board(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that Ruth Ansel has joined the "
        "Board. She replaces Boris Kell, who resigned last month."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Boris Kell"].change_type == "resigned"
    assert rows["Boris Kell"].role == "director"
    officer = (
        DATELINE_OCT
        + "Pellow Mills Corp. named Ruth Ansel Chief Financial Officer. She "
        "replaces Boris Kell, who resigned last month."
    )
    assert extracted(officer, rules_only=True).rows == ()
    assert "board:replaced_seat" in result.row("Boris Kell").rules


def test_upon_his_dated_retirement_is_a_change_and_dates_the_successor(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that Vera Sokol will succeed Arne "
        "Lund as Chair of the Board upon his retirement on November 30, 2026."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert (rows["Arne Lund"].change_type, rows["Arne Lund"].effective_date) == (
        "retired",
        "2026-11-30",
    )
    assert rows["Vera Sokol"].change_type == "role_change"
    assert rows["Vera Sokol"].effective_date == "2026-11-30"
    undated = (
        DATELINE_OCT + "Pellow Mills Corp. said that Vera Sokol would become Chair of "
        "the Board upon her predecessor's retirement or removal."
    )
    assert {r.change_type for r in extracted(undated, rules_only=True).rows} <= {
        "role_change"
    }
    assert result.row("Arne Lund").rules[0] == "trigger:retired"
    assert result.row("Vera Sokol").rules[0] == "trigger:role_change"


def test_relative_who_clause_belongs_to_the_name_before_it(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that Hanne Rossi, currently Vice "
        "Chair, will become Chair on November 2, 2026, succeeding Emil Stark, who is "
        "retiring from the Board."
    )
    result = extracted(text, rules_only=True)
    rows = result.rows
    found = {(r.person, r.change_type) for r in rows}
    assert found == {("Hanne Rossi", "role_change"), ("Emil Stark", "retired")}
    assert result.row("Hanne Rossi").rules[0] == "trigger:role_change"
    assert result.row("Emil Stark").rules[0] == "trigger:retired"


def test_a_successor_in_the_same_sentence_takes_the_seat_left_not_the_one_held(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Corvane plc announced that Sir Ian Blackwood will step down as "
        "Chairman and from the Board on 31 March 2027 and will be succeeded by Dame "
        "Fiona Reeve, currently Senior Independent Director."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Ian Blackwood"].role == "chairman"
    reeve = rows["Fiona Reeve"]
    assert (reeve.change_type, reeve.role) == ("role_change", "chairman")
    assert reeve.effective_date == "2027-03-31"
    assert "role:successor_takes_seat" in result.row("Fiona Reeve").rules


def test_a_successor_when_sir_x_steps_down_takes_his_date(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Wyndcross Shipping plc announces that Sir Bertram Halloway-Ince "
        "will retire from the Board on 30 November 2026. Ottilie Grange-Musa will "
        "take on the role of Senior Independent Director when Sir Bertram steps "
        "down."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person()["Ottilie Grange-Musa"].effective_date == "2026-11-30"
    assert result.row("Ottilie Grange-Musa").rules[0] == "trigger:role_change"


def test_succeeding_a_named_director_upon_his_retirement_takes_his_date(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Foxhollow Chair Ambrose Q. Delacroix-Reyes to Retire\n\n"
        + DATELINE
        + "Foxhollow Instruments Inc. announced that Ambrose Q. Delacroix-Reyes will "
        "retire from the Board on December 31, 2026.\n\nThe Board has selected "
        "Henrike Sandoval-Pike, its Lead Independent Director, to succeed Mr. "
        "Delacroix-Reyes as Chair of the Board upon his retirement."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person()["Henrike Sandoval-Pike"].effective_date == "2026-12-31"
    assert result.row("Henrike Sandoval-Pike").rules[0] == "trigger:role_change"


# The product path (rules and the shipped model) keeps the row the rules read
# (the model's trap:* features, docs/extraction.md).
PRODUCT_PATH_GAPS = [
    pytest.param(
        SUCCEEDED_BY,
        {
            ("Carl Sagan", "retired"),
            ("Vera Rubin", "role_change"),
            ("Ada Byron", "resigned"),
            ("Grace Hopper", "role_change"),
        },
        id="succeeded-by",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCT_PATH_GAPS)
def test_product_path_keeps_successors(
    extracted: Callable[..., Extracted], text: str, expected: set[tuple[str, str]]
) -> None:
    rows = extracted(text).rows
    assert {(r.person, r.change_type) for r in rows} == expected
