"""Departures (``trigger:resigned``, ``trigger:retired``, ``trigger:removed``): who
leaves the board, in which words, and whose verb it is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import (
    DATELINE,
    DATELINE_2024,
    DATELINE_OCT,
    HK_DATE,
    Extracted,
)


def test_retirement_and_not_standing_for_re_election(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that Gloria Steinem will retire "
        "from the Board effective June 30, 2024. Separately, director Lena Horne has "
        "informed the Board that she will not stand for re-election at the annual "
        "meeting."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Gloria Steinem"].change_type == "retired"
    assert rows["Gloria Steinem"].effective_date == "2024-06-30"
    assert rows["Lena Horne"].change_type == "not_standing"
    assert result.row("Gloria Steinem").rules[0] == "trigger:retired"
    assert result.row("Lena Horne").rules[0] == "trigger:not_standing"


def test_removal_and_interim_chair(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that its Board of Directors has "
        "removed Gary Oldman as Chairman and as a director, effective immediately. "
        "The Board has named Lead Independent Director Helen Mirren as interim Chair."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Gary Oldman"].change_type == "removed"
    assert rows["Gary Oldman"].effective_date == "2024-03-04"
    assert rows["Helen Mirren"].change_type == "role_change"
    assert result.row("Gary Oldman").rules[0] == "trigger:removed"
    assert "kind:senior_role_not_joining" in result.row("Helen Mirren").rules


def test_shareholders_remove_and_elect_people_in_one_sentence(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. reported that at the special meeting held on "
        "October 2, 2026, shareholders voted to remove Hugo Stanmore and Petra "
        "Wilde from the Board of Directors and to elect the requesting holder's "
        "nominees, Basil Arkwright and Dora Fenwick, in their place."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert {p: r.change_type for p, r in rows.items()} == {
        "Hugo Stanmore": "removed",
        "Petra Wilde": "removed",
        "Basil Arkwright": "elected",
        "Dora Fenwick": "elected",
    }
    assert {r.effective_date for r in rows.values()} == {"2026-10-02"}
    assert result.row("Hugo Stanmore").rules[0] == "trigger:removed"
    assert result.row("Basil Arkwright").rules[0] == "trigger:elected"


def test_progressive_was_resigning_is_not_a_biography(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "On October 1, 2026, Yusuf Ormond told the Board of Pellow Mills "
        "Corp. that he was resigning as a director, effective immediately."
    )
    result = extracted(text, rules_only=True)
    row = result.by_person()["Yusuf Ormond"]
    assert (row.change_type, row.effective_date) == ("resigned", "2026-10-01")
    assert result.row("Yusuf Ormond").rules[0] == "trigger:resigned"


def test_retiring_as_an_officer_and_from_the_board_is_a_board_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. appointed Una Berg as Chief Executive Officer. "
        "Ms. Berg succeeds Cole Rask, who will retire as Chief Executive Officer and "
        "from the Board on December 31, 2026."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Cole Rask"}
    assert (rows["Cole Rask"].change_type, rows["Cole Rask"].effective_date) == (
        "retired",
        "2026-12-31",
    )
    assert result.row("Cole Rask").rules[0] == "trigger:retired"


def test_retiring_by_rotation_is_a_board_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        HK_DATE + "The Board announces that Ms. Kwok Pui Shan retired by rotation and "
        "did not offer herself "
        "for re-election at the annual general meeting held on 28 May 2026."
    )
    result = extracted(text, rules_only=True)
    row = result.by_person()["Kwok Pui Shan"]
    assert (row.change_type, row.effective_date) == ("retired", "2026-05-28")
    assert "board:by_rotation" in result.row("Kwok Pui Shan").rules


def test_a_leave_coordinated_with_board_appointments_in_one_sentence(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. announced that Tove Lind and Amir Saleh have "
        "joined the Board, and that Mr. Felix Hart has retired."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Felix Hart"].change_type == "retired"
    officer = (
        DATELINE_OCT + "Pellow Mills Corp. announced that Tove Lind has joined the "
        "Board, and that its Chief Financial Officer, Felix Hart, has retired."
    )
    assert [r.person for r in extracted(officer, rules_only=True).rows] == ["Tove Lind"]
    assert "board:and_that" in result.row("Felix Hart").rules


def test_a_name_inside_a_relative_clause_is_not_the_subject(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Barrowfield Instruments Inc. announced that Hugo Lindgren, who "
        "passed the chief executive role to Petra Solberg in 2019, will retire from "
        "the Board on March 31, 2027."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Hugo Lindgren"}
    assert rows["Hugo Lindgren"].change_type == "retired"
    assert result.row("Hugo Lindgren").rules[0] == "trigger:retired"


def test_stepping_down_as_committee_chair_and_from_the_board_is_a_departure(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Halloran Rail Corp. said that Priya Castellanos-Oyelowo will step "
        "down as chair of the Audit Committee and from the Board, effective December "
        "1, 2026."
    )
    result = extracted(text, rules_only=True)
    assert set(result.by_person()) == {"Priya Castellanos-Oyelowo"}
    assert result.row("Priya Castellanos-Oyelowo").rules[0] == "trigger:resigned"
    assert (
        "role:board_and_committee_chair"
        in result.row("Priya Castellanos-Oyelowo").rules
    )


# Departure words of UK, Australian and news copy (``trigger:resigned``):
# "step aside", "stand/stood down", "depart the company/board", "quit their positions".
@pytest.mark.parametrize(
    "sentence",
    [
        "its Chair Dato' Lim Khong Seng has agreed to step aside from his position "
        "on the Board.",
        "non-executive director Tamsin Okonkwo has stood down from the Board with "
        "immediate effect.",
        "directors Bram Lichter and Georg Kovac will depart the Board at the end of "
        "the month.",
        "Keki Varma and Rana Mashkar, independent directors on the board, have quit "
        "their positions.",
    ],
)
def test_step_aside_stand_down_and_depart_are_departures(
    extracted: Callable[..., Extracted], sentence: str
) -> None:
    result = extracted(HK_DATE + "Corvane Ltd said " + sentence, rules_only=True)
    assert result.rows, sentence
    for row in result.rows:
        assert row.change_type == "resigned"
        assert "trigger:resigned" in row.rules


def test_moving_house_is_no_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        HK_DATE + "Corvane Ltd said director Tom Reyes is moving from London to Leeds."
    )
    assert extracted(text, rules_only=True).rows == ()


def test_people_thanked_as_they_depart_are_candidates(
    extracted: Callable[..., Extracted],
) -> None:
    # the wide candidates read "depart" (and "quit", "stood down") as leaving
    text = (
        DATELINE + "Corvane Inc. announced a merger. We extend our gratitude to Bram "
        "Lichter and Georg Kovac for their leadership and contributions as they now "
        "depart the company."
    )
    result = extracted(text)
    for person in ("Bram Lichter", "Georg Kovac"):
        assert any(c.event.kind == "resigned" for c in result.of(person, "LEAVE"))


def test_departures_that_leave_board_vacancies_are_departures(
    extracted: Callable[..., Extracted],
) -> None:
    # board:vacancy: "the vacancies created by the departure of A, B and C"
    text = (
        DATELINE + "Corvane Racing Ltd appointed Mia Clarke and Ben Hart as Directors. "
        "These appointments are in response to the vacancies created by the "
        "departure of Dr Alan Jacks, Victoria Carver and Rick Willis."
    )
    rows = extracted(text, rules_only=True).by_person()
    for person in ("Alan Jacks", "Victoria Carver", "Rick Willis"):
        assert rows[person].change_type == "resigned"
        assert "board:vacancy" in rows[person].rules
    # the contrast: an officer's vacancy, no board or director word
    text = (
        DATELINE + "Corvane Inc. appointed Mia Clarke as Chief Financial Officer to "
        "fill the vacancy created by the departure of Ben Hart."
    )
    assert extracted(text, rules_only=True).rows == ()


# ``kind:not_re_elected`` (data/corpus/README.md: a sitting director whose
# re-election fails is ``removed``, though the text says he "will retire").
NOT_RE_ELECTED = [
    "Corvane Ltd announced that the resolution to re-elect Tom Reyes as a director "
    "was not carried at the AGM. As the resolution was not carried, Mr Tom Reyes "
    "will retire from his office as a Director at the conclusion of the AGM.",
    "Corvane Ltd said chairman Tom Reyes failed to win re-election at the annual "
    "meeting and will leave the board.",
    "Corvane Ltd said that, its re-election resolution having been defeated, Tom "
    "Reyes will step down from the board at the close of the meeting.",
]


@pytest.mark.parametrize("text", NOT_RE_ELECTED)
def test_a_director_whose_re_election_failed_is_removed(
    extracted: Callable[..., Extracted], text: str
) -> None:
    for rules_only in (True, False):
        row = extracted(DATELINE + text, rules_only=rules_only).row("Tom Reyes")
        assert row.change_type == "removed", rules_only


def test_a_failed_vote_on_something_else_leaves_the_retirement(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corvane Ltd said Tom Reyes will retire from the board at the AGM. "
        "The resolution to approve the directors' fees was not carried."
    )
    assert extracted(text, rules_only=True).row("Tom Reyes").change_type == "retired"
