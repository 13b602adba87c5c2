"""Role changes of sitting directors (``trigger:role_change``,
``kind:senior_role_not_joining``, ``kind:redesignated``): chairs, vice chairs, lead or
senior independent directors, committee chairs and re-designations."""

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

UK_DATELINE = "Brackley Instruments plc\n\n12 March 2026\n\n"


def test_existing_director_named_chair_is_a_role_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that the Board has appointed "
        "Marcus Aurelius, a current director, to serve as Chairman of the Board."
    )
    result = extracted(text, rules_only=True)
    row = result.by_person()["Marcus Aurelius"]
    assert row.change_type == "role_change"
    assert "chair" in row.role
    assert "kind:senior_role_not_joining" in result.row("Marcus Aurelius").rules


def test_named_chair_and_lead_independent_director(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that Jane Roe, currently Lead "
        "Independent Director, has been named Chair of the Board. Kim Wexler, a "
        "director since 2019, was appointed Lead Independent Director."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Jane Roe"].change_type == "role_change"
    assert rows["Jane Roe"].role == "chair"
    assert rows["Kim Wexler"].change_type == "role_change"
    assert rows["Kim Wexler"].role == "lead independent director"
    assert "kind:senior_role_not_joining" in result.row("Jane Roe").rules
    assert "kind:senior_role_not_joining" in result.row("Kim Wexler").rules


def test_successor_as_committee_chair_and_listed_nominees(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Mary Major, who has served as a director since 2012, will succeed John "
        "Minor as Chair of the Audit Committee. The Company's stockholders elected "
        "each of the Board's nominees, Alice Able, Bob Baker and Carol Chase, to "
        "serve until the 2025 annual meeting."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Mary Major"].change_type == "role_change"
    assert rows["Mary Major"].role == "audit committee chair"
    assert {p for p, r in rows.items() if r.change_type == "elected"} == {
        "Alice Able",
        "Bob Baker",
        "Carol Chase",
    }
    assert result.row("Mary Major").rules[0] == "trigger:role_change"
    assert result.row("Alice Able").rules[0] == "trigger:elected"


def test_current_role_is_not_the_new_role(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_2024
        + "The Board has elected Nancy Davolio, currently Lead Independent "
        "Director, to succeed Andrew Fuller as Chair of the Board effective January "
        "1, 2025."
    )
    result = extracted(text, rules_only=True)
    row, left = result.rows
    assert (row.person, row.change_type, row.role) == (
        "Nancy Davolio",
        "role_change",
        "chair",
    )
    assert row.effective_date == "2025-01-01"
    # the chair she succeeds leaves it (data/corpus/README.md, succession.py)
    assert (left.person, left.change_type, left.role) == (
        "Andrew Fuller",
        "resigned",
        "chair",
    )
    assert result.row("Nancy Davolio").rules[0] == "trigger:role_change"
    assert "veto:current_role" in result.vetoes("Nancy Davolio")
    assert "succession:predecessor" in result.row("Andrew Fuller").rules


def test_interim_committee_chair_is_a_role_change_but_continuing_is_not(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. said that Irma Castell, an independent "
        "director, will serve as interim chair of the Risk Committee. Mr. Odo "
        "Brand will continue to serve as Chair of the Board."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Irma Castell"}
    assert rows["Irma Castell"].change_type == "role_change"
    assert rows["Irma Castell"].role == "risk committee chair"
    assert result.row("Irma Castell").rules[0] == "trigger:role_change"


def test_sitting_director_described_in_an_appositive_is_not_appointed(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "The Board of Pellow Mills Corp. appointed Greta Solberg, a "
        "director since 2017, to succeed Mr. Amos Kile as chair of the Audit "
        "Committee. The Board also created the position of Lead Independent "
        "Director and appointed Ivo Marsh, an independent director since 2020 and "
        "chair of the Risk Committee, to that role."
    )
    result = extracted(text, rules_only=True)
    rows = result.rows
    found = {(r.person, r.change_type, r.role) for r in rows}
    assert found == {
        ("Greta Solberg", "role_change", "audit committee chair"),
        ("Ivo Marsh", "role_change", "lead independent director"),
    }
    assert result.row("Greta Solberg").rules[0] == "trigger:role_change"
    assert "veto:current_role" in result.vetoes("Greta Solberg")
    assert "kind:senior_role_not_joining" in result.row("Ivo Marsh").rules
    assert "role:that_role" in result.row("Ivo Marsh").rules


def test_lead_director_is_the_lead_independent_family(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "The Board of Pellow Mills Corp. has named Otto Brenner, an "
        "independent director, as Lead Director."
    )
    result = extracted(text, rules_only=True)
    row = result.by_person()["Otto Brenner"]
    assert (row.change_type, row.role) == ("role_change", "lead director")
    assert "kind:senior_role_not_joining" in result.row("Otto Brenner").rules


def test_re_designation_between_director_types_is_a_role_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        HK_DATE + "The Board announces that Mr. Fung Tak Wai has been re-designated "
        "from an executive Director to a non-executive Director with effect from 1 "
        "June 2026."
    )
    result = extracted(text, rules_only=True)
    row = result.by_person()["Fung Tak Wai"]
    assert (row.change_type, row.role) == ("role_change", "non-executive director")
    assert row.effective_date == "2026-06-01"
    assert "kind:redesignated" in result.row("Fung Tak Wai").rules


def test_senior_independent_director_hand_over_of_a_committee_chair(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        UK_DATELINE + "Brackley Instruments plc (AIM: BKI) announces changes to its "
        "Board.\n\nMr Owen Threlfall, an independent Non-Executive Director, will not "
        "seek re-election at the Annual General Meeting on 9 April.\n\n"
        "Ms Priya Balakrishnan, an independent Non-Executive Director, will succeed "
        "Mr Threlfall as Senior Independent Director with effect from the close of "
        "the AGM. Ms Balakrishnan will in turn hand over the chair of the Audit "
        "Committee to Declan Furey, who has been a member of that committee since "
        "joining the Board in 2024."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Owen Threlfall", "Priya Balakrishnan", "Declan Furey"}
    assert rows["Priya Balakrishnan"].change_type == "role_change"
    assert rows["Priya Balakrishnan"].role.lower() == "senior independent director"
    furey = rows["Declan Furey"]
    assert (furey.change_type, furey.role) == ("role_change", "audit committee chair")
    assert {r.effective_date for r in rows.values()} == {"2026-04-09"}
    assert result.row("Priya Balakrishnan").rules[0] == "trigger:role_change"
    assert result.row("Declan Furey").rules[0] == "trigger:role_change"
    assert "date:concurrent_with_prior" in result.row("Declan Furey").rules


def test_replaced_as_chairman_of_a_lower_case_committee(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Yunhe Mobility Inc. announced that Mr. Gao Feng has resigned as "
        "a director. Mr. Tan Ruolin, an independent director, has replaced Mr. Gao "
        "as chairman of the nominating and corporate governance committee."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Gao Feng"].change_type == "resigned"
    tan = rows["Tan Ruolin"]
    assert tan.change_type == "role_change"
    assert tan.role == "nominating and corporate governance committee chair"
    assert result.row("Tan Ruolin").rules[0] == "trigger:role_change"


def test_hand_over_the_chairmanship_of_a_committee(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Quillon Brands Inc. said Mei-ling Chou, a director since 2018, "
        "will hand over the chairmanship of the Audit Committee to Tomás Ibarra, "
        "effective January 1, 2027."
    )
    result = extracted(text, rules_only=True)
    row = result.by_person()["Tomás Ibarra"]
    assert (row.change_type, row.role) == ("role_change", "audit committee chair")
    assert row.effective_date == "2027-01-01"
    assert result.row("Tomás Ibarra").rules[0] == "trigger:role_change"


def test_taking_on_the_role_of_senior_independent_director(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Wyndcross Shipping plc announces that Henrietta Obuya-Marsh, an "
        "independent Non-Executive Director since 2020, will take on the role of "
        "Senior Independent Director from 1 December 2026."
    )
    result = extracted(text, rules_only=True)
    row = result.by_person()["Henrietta Obuya-Marsh"]
    assert row.change_type == "role_change"
    assert row.role.lower() == "senior independent director"
    assert result.row("Henrietta Obuya-Marsh").rules[0] == "trigger:role_change"


def test_executive_chair_retiring_as_employee_stays_as_non_executive_chair(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Ashbury Textiles Corp. (NYSE: ASHT) announced that Lionel "
        "Pettigrew-Ames, who has served as Executive Chairman since 2021, will "
        "retire as an employee of the company and continue as non-executive "
        "Chairman of the Board."
    )
    result = extracted(text, rules_only=True)
    rows = result.rows
    assert [(r.person, r.change_type) for r in rows] == [
        ("Lionel Pettigrew-Ames", "role_change")
    ]
    assert "chairman" in rows[0].role.lower()
    assert result.row("Lionel Pettigrew-Ames").rules[0] == "trigger:role_change"
    assert "veto:officer_only" in result.vetoes("Lionel Pettigrew-Ames")


def test_continuing_as_chair_is_no_change(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Ashbury Textiles Corp. announced that Lionel Pettigrew-Ames "
        "will continue as Chairman of the Board."
    )
    assert extracted(text, rules_only=True).by_person() == {}


def test_chosen_to_become_chair_is_the_later_verb(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "The Board of Varnholt Optics Corp. has chosen Ilse Marchetti-Obi, "
        "who has served as an independent director since 2019, to become Lead "
        "Independent Director, effective December 1, 2026."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Ilse Marchetti-Obi"}
    assert rows["Ilse Marchetti-Obi"].change_type == "role_change"
    assert result.row("Ilse Marchetti-Obi").rules[0] == "trigger:role_change"


def test_chair_of_that_committee_after_a_two_part_committee_name(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Orrin Bay Trust, Inc. said the Board appointed Solveig Amadi-Roux, "
        "an independent director who has served on the Audit and Risk Committee since "
        "2022, to succeed Mr. Pell as chair of that committee, effective immediately."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Solveig Amadi-Roux"}
    assert rows["Solveig Amadi-Roux"].change_type == "role_change"
    assert rows["Solveig Amadi-Roux"].role == "audit and risk committee chair"
    assert result.row("Solveig Amadi-Roux").rules[0] == "trigger:role_change"
    assert "veto:current_role" in result.vetoes("Solveig Amadi-Roux")


# "moving from <role> to Chair": a sitting director takes the chair
# (``trigger:role_change``).
@pytest.mark.parametrize(
    "sentence",
    [
        "a change in leadership with Lord Hallam moving from Non-Executive Director "
        "to Non-Executive Chair, effective 1 February 2027.",
        "that Tom Reyes, a non-executive director, will move from the role of Senior "
        "Independent Director to Chair of the Board.",
    ],
)
def test_moving_from_a_seat_to_the_chair_is_a_role_change(
    extracted: Callable[..., Extracted], sentence: str
) -> None:
    (row,) = extracted(UK_DATELINE + "Corvane plc announced " + sentence).rows
    assert row.change_type == "role_change"
    assert "chair" in row.role
    assert "trigger:role_change" in row.rules


# An executive chair who stays chair as a non-executive keeps the seat and the
# chair: no board change (``veto:executive_chair_stays_chair``; corpus
# conventions: an executive post left with no board-role change is no event).
@pytest.mark.parametrize(
    "sentence",
    [
        "Executive Chairman Tom Reyes will become Non-Executive Chairman on "
        "1 January 2027.",
        "Tom Reyes, the Company's Executive Chairman, will transition to the role of "
        "Non-Executive Chairman on 1 January 2027.",
        "Tom Reyes will move from Executive Chairman to Non-Executive Chairman on "
        "1 January 2027.",
    ],
)
def test_an_executive_chair_made_non_executive_is_no_change(
    extracted: Callable[..., Extracted], sentence: str
) -> None:
    text = UK_DATELINE + "Corvane plc announced that " + sentence
    for rules_only in (True, False):
        assert extracted(text, rules_only=rules_only).rows == (), (rules_only, sentence)
    assert "veto:executive_chair_stays_chair" in extracted(
        text, rules_only=True
    ).vetoes("Tom Reyes")


def test_a_director_made_non_executive_chair_after_an_executive_chair_is_a_change(
    extracted: Callable[..., Extracted],
) -> None:
    # the contrast: the executive chair is someone else
    text = (
        UK_DATELINE + "Corvane plc announced that Executive Chairman Tom Reyes will "
        "retire and Ann Lee, an independent director, will become Non-Executive "
        "Chairman."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Ann Lee"].change_type == "role_change"
    assert rows["Tom Reyes"].change_type == "retired"
