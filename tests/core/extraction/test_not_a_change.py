"""Words that are no board change: quotations, biographies, negations,
hypothetical votes, board listings and possessives that refer back
(``veto:biography``, ``veto:refers_back``, ``veto:speaker``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import (
    DATELINE,
    DATELINE_2024,
    DATELINE_OCT,
    Extracted,
)


def test_quoted_executives_are_not_changes(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_2024
        + "Acme Widgets Inc. reported record sales. \u201cWe are thrilled "
        "to welcome Ann Perkins to our board and we thank Ron Swanson for his years "
        "as a director,\u201d said Leslie Knope, Chair of the Board."
    )
    assert extracted(text, rules_only=True).by_person() == {}


def test_negative_announcement_has_no_rows(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. (NYSE: ACW) reported revenue of $10 million "
        "for the quarter. Chairman and CEO Ben Wyatt will host a call."
    )
    extraction = extracted(text, rules_only=True)
    assert extraction.rows == ()
    assert extraction.filing.ticker == "ACW"


def test_a_past_join_in_a_relative_clause_is_biography(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024
        + "Acme Widgets Inc. announced that Ms. Lily Chen, who joined the "
        "Board in March, 2021, has stepped down due to personal commitments."
    )
    result = extracted(text, rules_only=True)
    (row,) = result.rows
    assert (row.person, row.change_type) == ("Lily Chen", "resigned")
    assert row.reason == "personal commitments"
    assert "veto:biography" in result.vetoes("Lily Chen")


def test_possessive_change_noun_refers_back_to_an_officer_appointment(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. appointed Nils Ferrant as Chief Operating "
        "Officer. In connection with his appointment, the Compensation Committee "
        "of the Board granted Mr. Ferrant 10,000 options. Ada Quist resigned as a "
        "director. At the time of her resignation, Ms. Quist chaired the Audit "
        "Committee."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Ada Quist"}
    assert "veto:refers_back" in result.vetoes("Nils Ferrant")


def test_the_electors_are_not_the_elected(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_OCT
        + "At the meeting chaired by Olga Berg, the holders voted to elect "
        "Class II Directors of Pellow Mills Corp."
    )
    assert extracted(text, rules_only=True).rows == ()


def test_a_vote_shareholders_are_asked_to_cast_is_no_change_yet(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "At the annual meeting of Pellow Mills Corp., stockholders will be "
        "asked to elect Tara Boyle and Sven Aas to the Board of Directors."
    )
    assert extracted(text, rules_only=True).rows == ()


def test_retired_as_an_adjective_in_a_biography_is_no_retirement(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Barrowfield Instruments Inc. announced that the Board appointed "
        "Farah Qureshi as a director. Ms. Qureshi is a retired audit partner of a "
        "national accounting firm and a director of the nonprofit Lakeside Arts "
        "Trust. Theo Odell, a recently retired naval officer, has served on the "
        "Board since 2015."
    )
    assert set(extracted(text, rules_only=True).by_person()) == {"Farah Qureshi"}


def test_a_board_listing_with_newly_elected_directors_is_no_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Corvane Minerals Inc. said that after the meeting the Board is "
        "made up of six directors: the two newly elected directors, Ms. Ruth Adeyemi, "
        "Chair and Chief Executive Officer Paul Verhoeven, and independent directors "
        "Mina Sato and Colm Fahy."
    )
    extraction = extracted(text, rules_only=True)
    assert extraction.rows == ()
    assert extraction.filing.board_size_after == "6"


def test_a_board_listing_naming_a_newly_appointed_director_is_no_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Corvane Inc. said that, following the changes, the Board "
        "comprises Jane Okafor (Chair), Luis Romero (Senior Independent Director), "
        "newly appointed director Amira Nasser and Tom Becker."
    )
    assert extracted(text, rules_only=True).by_person() == {}


def test_a_negated_join_is_no_change(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Pellucid Optics Corp. appointed Marisol Ekwueme to its Board of "
        "Directors. Fenwick Adeyinka-Hart, who will lead research, will not join the "
        "board, and Ilse Marchbank will not be appointed to the Board either."
    )
    assert set(extracted(text, rules_only=True).by_person()) == {"Marisol Ekwueme"}


def test_selecting_things_is_no_change(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Varnholt Optics Corp. said its Board selected two candidates for "
        "further review and chose a seat on the industry council for Mr. Ekwueme."
    )
    assert extracted(text, rules_only=True).by_person() == {}


def test_adding_a_product_is_no_change(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Marrow Point Bancorp said director Ebele Castaneda-Roth will add "
        "Mobile Deposits as a service line, as a director of the foundation noted."
    )
    assert extracted(text, rules_only=True).by_person() == {}


# The person who comments on a change in reported speech ("Board Chair X added that
# the appointment ...") is the speaker, not the one appointed (``veto:speaker``).
SPEAKERS = [
    "Board Chair Omar Reyes added that the appointment follows a year-long search.",
    "Chairman Omar Reyes noted that the appointment of a new director strengthens "
    "the Board.",
    "Omar Reyes, Chair of the Board, said the appointment reflects the Company's "
    "focus on governance.",
]


@pytest.mark.parametrize("speaker", SPEAKERS)
def test_the_speaker_about_a_change_is_no_change(
    extracted: Callable[..., Extracted], speaker: str
) -> None:
    text = (
        DATELINE + "Corvane Inc. today announced that Lena Moss has been appointed to "
        'its Board of Directors. "I am delighted to join," said Ms. Moss. ' + speaker
    )
    for rules_only in (True, False):
        result = extracted(text, rules_only=rules_only)
        assert set(result.by_person()) == {"Lena Moss"}, (rules_only, speaker)
    assert "veto:speaker" in extracted(text, rules_only=True).vetoes("Omar Reyes")


def test_a_speaker_about_their_own_change_keeps_it(
    extracted: Callable[..., Extracted],
) -> None:
    # the contrast: the speaker's own change, in their own words
    text = (
        DATELINE + "Corvane Inc. announced board changes. Omar Reyes said he will "
        "resign from the Board of Directors at the end of the year."
    )
    row = extracted(text, rules_only=True).row("Omar Reyes")
    assert row.change_type == "resigned"


# A speaker whose words hold a possessive before the change word: someone else's
# change when it follows a welcome or has the other gender (``veto:speaker``).
OTHERS_CHANGE = [
    "Chairman Omar Reyes said the Board welcomed her appointment.",
    "Mr. Omar Reyes, Chairman, said her appointment strengthens the Board.",
    "Board Chair Omar Reyes added that the directors were delighted with her election.",
]


@pytest.mark.parametrize("speaker", OTHERS_CHANGE)
def test_the_speaker_about_anothers_change_is_no_change(
    extracted: Callable[..., Extracted], speaker: str
) -> None:
    text = (
        DATELINE + "Corvane Inc. today announced that Lena Moss has been appointed to "
        "its Board of Directors. " + speaker
    )
    for rules_only in (True, False):
        result = extracted(text, rules_only=rules_only)
        assert set(result.by_person()) == {"Lena Moss"}, (rules_only, speaker)
    assert "veto:speaker" in extracted(text, rules_only=True).vetoes("Omar Reyes")


@pytest.mark.parametrize(
    "said",
    [
        "Omar Reyes said his resignation from the Board was for personal reasons.",
        "Ms. Dana Reyes said her resignation from the Board takes effect today.",
    ],
)
def test_a_speaker_about_their_own_change_in_a_possessive_keeps_it(
    extracted: Callable[..., Extracted], said: str
) -> None:
    text = DATELINE + "Corvane Inc. announced board changes. " + said
    (row,) = extracted(text, rules_only=True).rows
    assert row.change_type == "resigned"
    assert "trigger:resigned" in row.rules


def test_a_quotation_the_company_speaks_is_its_announcement(
    extracted: Callable[..., Extracted],
) -> None:
    # quote:company_said: '"...," the company said' is read as the release's text
    text = (
        DATELINE + '"Three independent directors of the board, Keki Varma, Rana '
        "Mashkar and Govind Mehra have tendered their resignations as Independent "
        'Directors with effect from 28th October 2026," the company said in its '
        "communication to the exchange."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {"Keki Varma", "Rana Mashkar", "Govind Mehra"}
    assert all("trigger:resigned" in row.rules for row in rows.values())
    # the contrast: a person's quotation stays out
    quoted = (
        DATELINE + '"We thank Keki Varma for his service on the Board," said Tom Reyes.'
    )
    assert extracted(quoted, rules_only=True).rows == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Jan du Toit has informed the Board of his intention to retire as the "
        "company's Chairman in 2027 once a successor has been appointed.",
        "Tom Reyes will retire as Chairman when his replacement has been appointed.",
    ],
)
def test_an_unnamed_successors_appointment_is_nobodys(
    extracted: Callable[..., Extracted], sentence: str
) -> None:
    # veto:unnamed_successor: "once a successor has been appointed" joins no one
    result = extracted(
        DATELINE + "Corvane plc announced that " + sentence, rules_only=True
    )
    (row,) = result.rows
    assert row.change_type == "retired"
    assert result.vetoes(row.person) == {"veto:unnamed_successor"}
