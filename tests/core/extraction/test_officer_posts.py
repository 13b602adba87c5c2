"""Officer and committee posts are no board change (``veto:officer_title``,
``veto:officer_only``, ``veto:from_employment``, ``veto:committee_seat_left``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import (
    DATELINE,
    DATELINE_2024,
    DATELINE_OCT,
    Extracted,
)

COMMITTEE_LEFT = {"veto:committee_seat_left"}


def _committee_post_left(wording: str) -> str:
    return (
        DATELINE
        + "Halloran Rail Corp. said that Priya Castellanos-Oyelowo "
        + wording
        + ", effective December 1, 2026. She remains an independent director."
    )


def test_officer_only_change_gives_no_row(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that its Board of Directors has "
        "appointed Dana Scully as Chief Financial Officer, effective May 1, 2024."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person() == {}
    assert "veto:officer_title" in result.vetoes("Dana Scully")


def test_leaving_as_ceo_but_staying_a_director_gives_no_row(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that Sam Carter has resigned as "
        "Chief Executive Officer and will remain a member of the Board."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person() == {}
    assert "veto:officer_title" in result.vetoes("Sam Carter")


def test_director_of_marketing_is_not_a_board_role(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that it has appointed Fox Mulder "
        "as Director of Marketing. The Board welcomed the news."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person() == {}
    assert "veto:officer_title" in result.vetoes("Fox Mulder")


def test_officer_elections_are_not_board_changes(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "The Board of Directors of Acme Widgets Inc. elected Ava Stone "
        "and Eli Park as Co-Presidents and Chief Operating Officers of the Firm."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person() == {}
    assert "veto:officer_title" in result.vetoes("Ava Stone")
    assert "veto:officer_title" in result.vetoes("Eli Park")


def test_officer_title_right_after_the_trigger_is_not_a_board_seat(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that Iris Vale has been appointed "
        "Chief Legal Officer, reporting to the Board of Directors."
    )
    result = extracted(text, rules_only=True)
    assert result.rows == ()
    assert "veto:officer_title" in result.vetoes("Iris Vale")


def test_is_not_a_director_denies_a_board_change(
    extracted: Callable[..., Extracted],
) -> None:
    for denial in (
        "Mr. Okafor-Lindqvist is not a director of the Company and his appointment "
        "does not change the composition of the Board.",
        "Her appointment does not alter the size of the Board.",
        "Mr. Okafor-Lindqvist will not become a member of the Board.",
    ):
        text = (
            DATELINE + "Brumley Freight Inc. has appointed Teodor Okafor-Lindqvist as "
            "Chief Operating Officer, effective December 1, 2026. " + denial
        )
        assert extracted(text, rules_only=True).by_person() == {}, denial


def test_denial_leaves_other_sentences_alone(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Brumley Freight Inc. announced that the Board has appointed "
        "Wanda Achterberg as an independent director, effective December 1, 2026. "
        "Separately, Teodor Okafor-Lindqvist was named Chief Operating Officer; he "
        "is not a director."
    )
    result = extracted(text, rules_only=True)
    assert set(result.by_person()) == {"Wanda Achterberg"}
    assert result.row("Wanda Achterberg").rules[0] == "trigger:appointed"


def test_stepping_down_as_committee_chair_is_no_board_departure(
    extracted: Callable[..., Extracted],
) -> None:
    for wording, vetoes in (
        ("will step down as chair of the Audit Committee", COMMITTEE_LEFT),
        ("has resigned as chairman of the compensation committee", COMMITTEE_LEFT),
        ("will retire from the Risk and Capital Committee", set()),  # no trigger
    ):
        result = extracted(_committee_post_left(wording), rules_only=True)
        assert result.by_person() == {}, wording
        assert result.vetoes("Priya Castellanos-Oyelowo") == vetoes, wording


def test_retiring_from_management_while_staying_on_the_board(
    extracted: Callable[..., Extracted],
) -> None:
    for wording in (
        "will remain a member of the Board after she retires from management",
        "will continue as a director once he retires from his executive role",
        "stays on the board of directors after she steps down from day-to-day duties",
    ):
        text = (
            DATELINE + "Ostrava Glassworks Inc. said its founder, Mirela "
            "Kovačević-Boone, " + wording + " on December 31, 2026."
        )
        result = extracted(text, rules_only=True)
        assert result.by_person() == {}, wording
        assert "veto:from_employment" in result.vetoes("Mirela Kovačević-Boone")


def test_job_titles_with_director_in_a_list_are_officer_titles(
    extracted: Callable[..., Extracted],
) -> None:
    for wording, person in (
        (
            "Rosalind Achebe-Lund joined the company as Vice President and Director "
            "of Safety, and Piet Okonjo was named Regional Director, Northwest "
            "Operations.",
            "Piet Okonjo",
        ),
        ("Piet Okonjo has been appointed Director of Compliance.", "Piet Okonjo"),
        (
            "Rosalind Achebe-Lund was promoted and named Area Director, Coastal "
            "Region.",
            "Rosalind Achebe-Lund",
        ),
    ):
        text = DATELINE + "Tennison Freightways Inc. reported results. " + wording
        result = extracted(text, rules_only=True)
        assert result.by_person() == {}, wording
        assert "veto:officer_only" in result.vetoes(person), wording


# The product path (rules and the shipped model) reads these traps as the rules do
# (the model's trap:* features, docs/extraction.md).
PRODUCT_PATH_GAPS = [
    pytest.param(
        _committee_post_left("has resigned as chairman of the compensation committee"),
        set(),
        id="committee-chair-left",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCT_PATH_GAPS)
def test_product_path_keeps_officer_and_committee_posts_out(
    extracted: Callable[..., Extracted], text: str, expected: set[tuple[str, str]]
) -> None:
    rows = extracted(text).rows
    assert {(r.person, r.change_type) for r in rows} == expected


# An executive who leaves the officer post and is re-designated a non-executive
# director keeps the board seat: no board-role change, no event
# (``veto:executive_stepping_back``; data/corpus/README.md "A CEO who leaves the CEO
# job but stays on the board with no board-role change: no event").
STEPPING_BACK = [
    "Mr. Tomasz Lindqvist has resigned as CEO and been re-designated as a "
    "Non-Executive Non-Independent Director, while Ms. Aino Park has been appointed "
    "as the Interim CEO.",
    "Tomasz Lindqvist stepped down as Managing Director and Chief Executive Officer "
    "and has been redesignated as a non-executive director with effect from 1 "
    "December 2026.",
    "Tomasz Lindqvist will retire as Group Chief Executive on 31 December 2026 and "
    "will be re-designated as a Non-Executive Director.",
    "Tomasz Lindqvist has stepped back from his role as Chief Executive Officer and "
    "has been appointed a Non-Executive Director.",
    "Tomasz Lindqvist will step down as CEO and remain a non-executive director.",
    "Tomasz Lindqvist, Managing Director, will step down from the role on 31 "
    "December 2026 and will remain on the Board as a Non-Executive Director.",
]


@pytest.mark.parametrize("wording", STEPPING_BACK)
def test_executive_re_designated_non_executive_after_leaving_the_post(
    extracted: Callable[..., Extracted], wording: str
) -> None:
    text = DATELINE + "Corvane Holdings Ltd announced changes to its Board. " + wording
    for rules_only in (True, False):
        result = extracted(text, rules_only=rules_only)
        assert "Tomasz Lindqvist" not in result.by_person(), (rules_only, wording)
    assert "veto:executive_stepping_back" in extracted(text, rules_only=True).vetoes(
        "Tomasz Lindqvist"
    )


def test_re_designation_without_leaving_a_post_is_still_a_role_change(
    extracted: Callable[..., Extracted],
) -> None:
    # the contrast: no officer post left, so the re-designation is the change
    text = (
        DATELINE + "Corvane Holdings Ltd announced that Mr. Tomasz Lindqvist has been "
        "re-designated from an executive Director to a non-executive Director."
    )
    row = extracted(text, rules_only=True).row("Tomasz Lindqvist")
    assert row.change_type == "role_change"
    assert "kind:redesignated" in row.rules


def test_chief_executive_becoming_a_non_executive_director_is_no_event(
    extracted: Callable[..., Extracted],
) -> None:
    # the product path read the vetoed departure back (``trap:remains_director``)
    text = (
        DATELINE + "Corvane plc announces that Tomasz Lindqvist will step down as "
        "Chief Executive and become a non-executive director of the Company on 31 "
        "December 2026."
    )
    for rules_only in (True, False):
        assert extracted(text, rules_only=rules_only).by_person() == {}, rules_only


def test_a_chair_stepping_down_who_stays_a_non_executive_is_still_a_departure(
    extracted: Callable[..., Extracted],
) -> None:
    # the contrast: leaving the chair is a board-role change (corpus convention)
    text = (
        DATELINE + "Corvane plc announces that Tomasz Lindqvist will step down as "
        "Chairman and remain a non-executive director."
    )
    row = extracted(text, rules_only=True).row("Tomasz Lindqvist")
    assert row.change_type == "resigned"
    assert "veto:executive_stepping_back" not in extracted(
        text, rules_only=True
    ).vetoes("Tomasz Lindqvist")
