"""Posts that are no board seat, words that are no change (negatives).

``veto:not_a_seat``: an adviser, consultant or observer "to the board", an honorary
or emeritus title, an advisory body. An SEC filing's "Named Executive Officers" is a
defined term, not a naming.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, DATELINE_OCT, Extracted

NOT_A_SEAT = [
    "Corvane Inc. appointed Odile Marchetti as a corporate finance advisor reporting "
    "directly to the board.",
    "Corvane Inc. said its board of directors has appointed Odile Marchetti as "
    "Honorary Chairman.",
    "Corvane Inc. named Odile Marchetti Chairman Emeritus of the Board.",
    "Corvane Inc. has appointed Odile Marchetti as a board observer.",
    "Corvane Inc. has appointed Odile Marchetti to its Advisory Board.",
    "Tom Reyes was named chairman and Odile Marchetti was also appointed honorary "
    "chairman.",
]

SEAT = [
    # a description in an appositive is not the post
    (
        "Corvane Inc. appointed Odile Marchetti, a senior adviser at Halden, as "
        "an independent director.",
        "appointed",
    ),
    (
        "Corvane Inc. appointed Odile Marchetti as an independent director and adviser "
        "to the chief executive.",
        "appointed",
    ),
]


@pytest.mark.parametrize("text", NOT_A_SEAT)
def test_a_post_that_is_no_board_seat_is_vetoed(
    extracted: Callable[..., Extracted], text: str
) -> None:
    result = extracted(DATELINE + text, rules_only=True)
    assert "Odile Marchetti" not in {r.person for r in result.rows}
    assert any(
        c.veto == "veto:not_a_seat"
        for c in result.of("Odile Marchetti")
        if c.source == "veto"
    )


@pytest.mark.parametrize(("text", "change"), SEAT)
def test_a_board_seat_with_other_words_is_kept(
    extracted: Callable[..., Extracted], text: str, change: str
) -> None:
    row = extracted(DATELINE + text, rules_only=True).row("Odile Marchetti")
    assert row.change_type == change


def test_named_executive_officers_is_no_naming(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "On March 1, 2026, the Compensation Committee of the Board of Directors of "
        "the Company approved the following actions for the Company's Named "
        "Executive Officers set forth in the Company's proxy statement:\n\n"
        "Odile Marchetti, Chief Executive Officer\n\nTom Reyes, Chief Customer "
        "Officer\n"
    )
    assert not extracted(text, rules_only=True).rows


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Inc. CEO Odile Marchetti Appointed to World Nuclear Association Board",
        "Corvane Inc. said Odile Marchetti has joined the Mining Council Board.",
    ],
)
def test_a_board_of_a_body_that_is_no_company_is_another_board(
    extracted: Callable[..., Extracted], text: str
) -> None:
    result = extracted(DATELINE + text, rules_only=True)
    assert "Odile Marchetti" not in {r.person for r in result.rows}


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Inc. announced its board for the coming year:\n"
        "Ms. Odile Marchetti, External Director (re-appointed)\n"
        "Mr. Tom Reyes, External Director (newly appointed)",
        "Corvane Inc. said Odile Marchetti was reappointed as a director.",
    ],
)
def test_a_reappointment_is_no_appointment(
    extracted: Callable[..., Extracted], text: str
) -> None:
    result = extracted(DATELINE + text, rules_only=True)
    assert "Odile Marchetti" not in {r.person for r in result.rows}


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---


def test_an_advisory_board_is_not_the_board(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. announced the appointment of Dr. Ilse Varga to "
        "its Clinical Advisory Board and of Omar Nader to its Board of Advisors."
    )
    result = extracted(text, rules_only=True)
    assert result.rows == ()
    assert "veto:not_a_seat" in result.vetoes("Ilse Varga")


# An alternate director sits only in another director's absence: no board seat of
# its own (data/corpus/README.md, gw batch: "an alternate director (not coded)").
ALTERNATE = [
    "Corvane Ltd announced that Odile Marchetti has been appointed as alternate "
    "director to Mr Tom Reyes with effect from 1 November 2026.",
    "Corvane Ltd announced the appointment of Odile Marchetti as an Alternate "
    "Director to Tom Reyes.",
    "Corvane Ltd said Odile Marchetti has resigned as alternate director to Mr Tom "
    "Reyes.",
]


@pytest.mark.parametrize("text", ALTERNATE)
def test_an_alternate_director_is_no_board_seat(
    extracted: Callable[..., Extracted], text: str
) -> None:
    for rules_only in (True, False):
        result = extracted(DATELINE + text, rules_only=rules_only)
        assert result.by_person() == {}, (rules_only, text)
    assert "veto:not_a_seat" in extracted(DATELINE + text, rules_only=True).vetoes(
        "Odile Marchetti"
    )


def test_an_alternate_director_becoming_a_director_is_a_seat(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corvane Ltd announced that Odile Marchetti, formerly an alternate "
        "director, has been appointed as a non-executive director."
    )
    row = extracted(text, rules_only=True).row("Odile Marchetti")
    assert row.change_type == "appointed"
