"""The second trap group (``trap_cues.precision_features``, issue #12): who is not
the one changing, and changes not made. Each cue fires on made-up wordings of its
category and stays silent on the contrasting one; the three binding cues
(``trap_cues.BINDING_CUES``) leave no row on the product path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, HK_DATE, Extracted


def _cue(
    result: Extracted, person: str, name: str, direction: str | None = None
) -> bool:
    """Whether any candidate of ``person`` (rule rows included) carries ``name``."""
    found = result.of(person, direction)
    assert found, person
    return any(name in c.features for c in found)


# --- the requester of a resignation ------------------------------------------------

REQUESTERS = [
    pytest.param(
        "Dear Board,\n\nAt the request of President Omar Reyes and Chief Executive "
        "Officer Lena Moss that I resign, I hereby resign as a director of Corvane "
        "Inc., effective immediately.\n\nSincerely,\nTom Baker",
        ("Omar Reyes", "Lena Moss"),
        id="letter-two-requesters",
    ),
    pytest.param(
        DATELINE + "Corvane Inc. announced that Tom Baker resigned from the Board of "
        "Directors at the request of Chairman Omar Reyes.",
        ("Omar Reyes",),
        id="request-after-the-change",
    ),
    pytest.param(
        DATELINE + "Pursuant to the verbal request of CEO Omar Reyes, Tom Baker "
        "has stepped down from the Board of Corvane Inc.",
        ("Omar Reyes",),
        id="pursuant-to-the-request",
    ),
]


@pytest.mark.parametrize(("text", "requesters"), REQUESTERS)
def test_the_requester_is_not_the_one_resigning(
    extracted: Callable[..., Extracted], text: str, requesters: tuple[str, ...]
) -> None:
    result = extracted(text)
    for name in requesters:
        assert _cue(result, name, "trap:requester")
    assert set(result.by_person()) == {"Tom Baker"}
    assert result.row("Tom Baker").change_type == "resigned"


def test_the_one_asked_after_as_requested_by_still_resigns(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. said that, as requested by Lead Director Omar Reyes, "
        "Tom Baker has tendered his resignation from the Board."
    )
    assert not _cue(result, "Tom Baker", "trap:requester")
    assert result.row("Tom Baker").change_type == "resigned"


# --- the predecessor whose successor is appointed ------------------------------------

PREDECESSORS = [
    pytest.param(
        DATELINE + "Corvane Inc. said that Lena Moss, the Senior Independent "
        "Director, is leading the process to appoint Omar Reyes's successor as Chair.",
        "Omar Reyes",
        id="appoint-x-s-successor",
    ),
    pytest.param(
        DATELINE + "The Board of Corvane Inc. will now identify and appoint Sir "
        "Donald Gray’s successor as Chairman.",
        "Donald Gray",
        id="curly-possessive",
    ),
    pytest.param(
        DATELINE + "The Nomination Committee of Corvane Inc. has begun a search to "
        "appoint a successor to Chairman Omar Reyes.",
        "Omar Reyes",
        id="a-successor-to-x",
    ),
]


@pytest.mark.parametrize(("text", "predecessor"), PREDECESSORS)
def test_the_predecessor_is_not_appointed(
    extracted: Callable[..., Extracted], text: str, predecessor: str
) -> None:
    result = extracted(text)
    assert _cue(result, predecessor, "trap:successor_of_name", "JOIN")
    assert predecessor not in result.by_person()


def test_the_successor_named_with_its_predecessor_is_appointed(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. announced that Lena Moss has been appointed Chair "
        "of the Board as successor to Omar Reyes, who retired."
    )
    assert not _cue(result, "Lena Moss", "trap:successor_of_name")
    rows = {p: r.change_type for p, r in result.by_person().items()}
    assert rows == {"Lena Moss": "appointed", "Omar Reyes": "retired"}


# --- organisations read as people ----------------------------------------------------

ORGANISATIONS = [
    pytest.param(
        DATELINE + "The Board of Corvane Ltd announced that Gosford Quarries has "
        "been appointed to the Board.",
        "Gosford Quarries",
        id="org-word-last",
    ),
    pytest.param(
        DATELINE + "Corvane Ltd said Harlow Partners has resigned as a director.",
        "Harlow Partners",
        id="partners",
    ),
]


@pytest.mark.parametrize(("text", "organisation"), ORGANISATIONS)
def test_an_organisation_is_no_person(
    extracted: Callable[..., Extracted], text: str, organisation: str
) -> None:
    result = extracted(text)
    if result.of(organisation):
        assert _cue(result, organisation, "trap:org_shaped_name")
    assert organisation not in result.by_person()


def test_a_company_with_a_legal_suffix_is_no_person(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "(Alliance News) - Harlow Wimpey PLC on Friday said its chair will "
        "be stepping down in late April, to be replaced by the senior independent "
        "director."
    )
    assert _cue(result, "Harlow Wimpey", "trap:org_shaped_name")
    assert result.rows == ()


def test_a_person_before_an_organisation_keeps_the_row(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        HK_DATE + "Corvane Holdings Limited announces that Mr. Tom Baker has resigned "
        "as an independent non-executive director. Hong Kong Exchanges and "
        "Clearing Limited takes no responsibility for the contents of this "
        "announcement."
    )
    assert not _cue(result, "Tom Baker", "trap:org_shaped_name")
    assert set(result.by_person()) == {"Tom Baker"}


# --- changes not made: denied, negated, hedged, reported, conditional ----------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Corvane Inc. denied press reports that Chairman Omar Reyes had resigned.",
            "trap:denied",
            id="denied",
        ),
        pytest.param(
            "In response to media enquiries, Corvane Inc. has not received any "
            "notification from its chairman, Omar Reyes, that he will resign.",
            "trap:denied",
            id="media-enquiries",
        ),
        pytest.param(
            "Corvane Inc. confirms that Chairman Omar Reyes has not resigned.",
            "trap:negated_clause",
            id="not-resigned",
        ),
        pytest.param(
            "Corvane Inc. Chairman Omar Reyes is likely to step down next year.",
            "trap:hedged",
            id="likely",
        ),
        pytest.param(
            "Corvane Inc. said Chairman Omar Reyes may step down from the Board.",
            "trap:hedged",
            id="may",
        ),
        pytest.param(
            "Corvane Inc. chairman Omar Reyes will step down from the board at its "
            "annual meeting next year, the report said.",
            "trap:hearsay",
            id="the-report-said",
        ),
        pytest.param(
            "If elected at the annual meeting, Omar Reyes will succeed Lena Moss as a "
            "director of Corvane Inc.",
            "trap:conditional",
            id="if-elected",
        ),
        pytest.param(
            "Corvane Inc. said Mr. Omar Reyes has consented to continue in office "
            "and will upon "
            "re-election as a Director of the Company, be re-designated as "
            "Non-Executive Chair.",
            "trap:conditional",
            id="upon-re-election",
        ),
        pytest.param(
            "It is the Board's intention to appoint Omar Reyes to the Board of "
            "Corvane Inc. should the constitutional change be approved.",
            "trap:conditional",
            id="intention-should-be-approved",
        ),
    ],
)
def test_a_change_not_made_carries_its_cue(
    extracted: Callable[..., Extracted], text: str, cue: str
) -> None:
    result = extracted(DATELINE + text)
    assert _cue(result, "Omar Reyes", cue)


def test_an_appointment_subject_to_approval_is_no_condition(
    extracted: Callable[..., Extracted],
) -> None:
    # Indian, Israeli and TSXV appointments are made "subject to approval" (the
    # corpus codes them as appointments): no cue
    result = extracted(
        DATELINE + "The Board of Corvane Inc. appointed Omar Reyes as an Additional "
        "Director, subject to the approval of the shareholders. The appointment took "
        "effect on 1 May 2026, with Lena Moss retiring from the Board."
    )
    assert not _cue(result, "Omar Reyes", "trap:conditional")
    assert not _cue(result, "Lena Moss", "trap:hedged")  # "1 May" is no "may"


def test_a_plain_change_carries_none_of_those_cues(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. announced that Chairman Omar Reyes has resigned from "
        "the Board, effective immediately. Lena Moss will not stand for re-election "
        "and will retire from the Board at the annual meeting."
    )
    for name in ("Omar Reyes", "Lena Moss"):
        for cue in (
            "trap:denied", "trap:negated_clause", "trap:hedged", "trap:hearsay",
            "trap:conditional",
        ):  # fmt: skip
            assert not _cue(result, name, cue), (name, cue)
    assert result.row("Omar Reyes").change_type == "resigned"
    assert result.row("Lena Moss").change_type in {"not_standing", "retired"}


# --- officers, executive teams, business units ---------------------------------------


def test_an_officer_listed_with_a_director(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. announced the appointment of Lena Moss as Chief "
        "Operating Officer and of Tom Baker as an independent non-executive director."
    )
    assert _cue(result, "Lena Moss", "trap:officer_after_name")
    assert not _cue(result, "Tom Baker", "trap:officer_after_name")


def test_an_officer_who_also_joins_the_board_has_no_officer_cue(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. appointed Lena Moss as Chief Executive Officer and "
        "a member of the Board of Directors, effective November 1."
    )
    assert not _cue(result, "Lena Moss", "trap:officer_after_name")
    assert result.row("Lena Moss").change_type == "appointed"


def test_an_executive_team_and_a_business_unit(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. announced the appointments of Omar Reyes and Tom "
        "Baker to its senior executive leadership team and Dr. Jwala Kern to the "
        "Board of Directors. Corvane Inc. appoints Lena Moss as Chairman, Health, "
        "Wealth & Career, effective January 1."
    )
    assert _cue(result, "Omar Reyes", "trap:executive_team")
    assert not _cue(result, "Jwala Kern", "trap:executive_team")
    assert _cue(result, "Lena Moss", "trap:unit_title")


def test_a_business_unit_chair_in_a_headline_gives_no_row(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Appoints Eric Mayhew as Chairman, Health, Wealth &amp; "
        "Career and Anne Pullar as Global Leader of Benefits"
    )
    assert _cue(result, "Eric Mayhew", "trap:unit_title")
    assert _cue(result, "Eric Mayhew", "trap:not_this_change")
    assert "Eric Mayhew" not in result.by_person()


def test_a_combined_chair_title_is_no_business_unit(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. appointed Lena Moss as Chairman, President and Chief "
        "Executive Officer, effective January 1."
    )
    assert not _cue(result, "Lena Moss", "trap:unit_title")


# --- a departure told as the cause of another change ---------------------------------


def test_a_departure_told_as_the_cause(extracted: Callable[..., Extracted]) -> None:
    result = extracted(
        DATELINE + "Lena Moss was elected Chair of Corvane Inc. earlier this year "
        "following the retirement of Omar Reyes."
    )
    assert _cue(result, "Omar Reyes", "trap:following_departure", "LEAVE")
