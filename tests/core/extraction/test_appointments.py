"""Appointments and elections: who joins the board (``trigger:appointed``,
``trigger:elected``), names listed after the verb, and the verbs a board uses."""

from __future__ import annotations

from collections.abc import Callable

from tests.core.extraction.conftest import (
    DATELINE,
    DATELINE_2024,
    DATELINE_OCT,
    Extracted,
)


def test_appointment_with_committees_and_future_date(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. (Nasdaq: ACW) announced that its Board has "
        "appointed Jane Q. Doe as an independent director, effective April 1, 2024. "
        "Ms. Doe will serve on the Audit and Compensation Committees."
    )
    result = extracted(text, rules_only=True)
    row = result.by_person()["Jane Q. Doe"]
    assert row.change_type == "appointed"
    assert row.independent == "true"
    assert row.effective_date == "2024-04-01"
    assert row.committees == "audit; compensation"
    assert result.row("Jane Q. Doe").rules[0] == "trigger:appointed"


def test_several_people_in_one_sentence(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that Anna Bell, Carl Dent and "
        "Erin Fox were elected to the Board, and that Gus Hill resigned from the Board."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert {p: r.change_type for p, r in rows.items()} == {
        "Anna Bell": "elected",
        "Carl Dent": "elected",
        "Erin Fox": "elected",
        "Gus Hill": "resigned",
    }
    assert result.row("Erin Fox").rules[0] == "trigger:elected"
    assert result.row("Gus Hill").rules[0] == "trigger:resigned"


def test_common_phrasings_of_board_changes(extracted: Callable[..., Extracted]) -> None:
    text = (
        "The Board has accepted John Smith's resignation as a director, effective "
        "March 31, 2024. Diana Prince has joined the Board of Directors as an "
        "independent director. Acme announced the appointment of Tony Stark as Chief "
        "Executive Officer and a member of the Board. Natasha Romanoff will step down "
        "as Chair but will continue to serve as a director. Anne Lane was re-elected "
        "as a director at the annual meeting."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["John Smith"].change_type == "resigned"
    assert rows["John Smith"].effective_date == "2024-03-31"
    assert (rows["Diana Prince"].role, rows["Diana Prince"].independent) == (
        "independent director",
        "true",
    )
    assert (rows["Tony Stark"].change_type, rows["Tony Stark"].independent) == (
        "appointed",
        "false",
    )
    assert (rows["Natasha Romanoff"].change_type, rows["Natasha Romanoff"].role) == (
        "resigned",
        "chair",
    )
    assert "Anne Lane" not in rows  # a re-election is no change
    assert result.row("Diana Prince").rules[0] == "trigger:appointed"
    assert result.row("Natasha Romanoff").rules[0] == "trigger:resigned"


def test_joined_the_companys_board_and_new_director_chairing_a_committee(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that Lars Eckert has joined the "
        "Company's Board of Directors. Mr. Eckert will serve as chair of the Audit "
        "Committee."
    )
    result = extracted(text, rules_only=True)
    rows = result.rows
    assert [(r.person, r.change_type) for r in rows] == [("Lars Eckert", "appointed")]
    assert result.row("Lars Eckert").rules[0] == "trigger:appointed"


def test_names_listed_after_a_colon_inside_the_sentence(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. has appointed two new directors: Elif Kaya "
        "and Moses Adu."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Elif Kaya", "Moses Adu"}
    assert {r.change_type for r in rows.values()} == {"appointed"}
    assert result.row("Moses Adu").rules[0] == "trigger:appointed"


def test_board_picks_people_to_join_as_directors(
    extracted: Callable[..., Extracted],
) -> None:
    for verb in ("has picked", "chose", "has selected", "tapped"):
        text = (
            DATELINE
            + "Varnholt Optics Corp. said its Board of Directors "
            + verb
            + " Dr. Sunniva Ekwueme and Laszlo Ferreira-Batt to join as independent "
            "directors, effective December 1, 2026."
        )
        rows = extracted(text, rules_only=True).by_person()
        assert set(rows) == {"Sunniva Ekwueme", "Laszlo Ferreira-Batt"}, verb
        assert {r.change_type for r in rows.values()} == {"appointed"}
        assert {r.rules[:2] for r in rows.values()} == {
            ("trigger:appointed", "assign:object")
        }


def test_shareholders_seat_directors(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Varnholt Optics Corp. said its shareholders, at a special meeting "
        "on October 30, 2026, voted to seat Halvard Mbeki-Stone and Orla Ní Dhuibhir "
        "as "
        "directors."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Halvard Mbeki-Stone", "Orla Ní Dhuibhir"}
    assert {r.change_type for r in rows.values()} == {"elected"}
    assert result.row("Orla Ní Dhuibhir").rules[0] == "trigger:elected"


def test_board_adds_a_named_person_as_a_director(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Marrow Point Bancorp said the Board of Directors voted to add Ms. "
        "Ebele Castaneda-Roth as a director when she becomes Chief Executive Officer."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Ebele Castaneda-Roth"}
    assert rows["Ebele Castaneda-Roth"].change_type == "appointed"
    assert result.row("Ebele Castaneda-Roth").rules[0] == "trigger:appointed"


def test_an_officer_who_will_also_serve_on_the_board_joins_it(
    extracted: Callable[..., Extracted],
) -> None:
    # trigger:appointed reads "will (also) serve/sit on the ... Board"
    text = (
        DATELINE + "Corvane is pleased to appoint Michael Dunne as its new Chief "
        "Executive Officer. Dunne will also serve on the Corvane Board of Directors."
    )
    row = extracted(text, rules_only=True).row("Michael Dunne")
    assert row.change_type == "appointed"
    assert "trigger:appointed" in row.rules
    # the contrast: continuing to serve is no change
    text = DATELINE + "Corvane Inc. said Tom Reyes will continue to serve on the Board."
    assert extracted(text, rules_only=True).rows == ()
