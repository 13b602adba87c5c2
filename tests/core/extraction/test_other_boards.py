"""Other boards are not the issuer's: other organisations, subsidiaries and boards
named by a common noun (``veto:other_board``, ``veto:other_org_board``,
``veto:subsidiary``, ``veto:biography``, ``veto:no_board_role``)."""

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

BIOGRAPHY_BOARDS = (
    DATELINE_2024 + "Acme Widgets Inc. named John Smith its Chief Executive "
    "Officer. Mr. Smith serves on the board of directors of Globex Corporation "
    "and was elected to the board of Initech Inc. in 2019."
)
ELECTED_TO_A_TRUST = (
    "Pellow Mills CFO Rosa Lind Joins Board of Harbor Arts Trust\n\n"
    + DATELINE_OCT
    + "Pellow Mills Corp. congratulated Rosa Lind on her election to the board "
    "of the Harbor Arts Trust."
)
SUBSIDIARY_BOARDS = (
    DATELINE_OCT + "Quillon Brands Inc. (NYSE: QLB) shared an update.\n\n"
    "Quillon Iberia S.L., the company's wholly owned Spanish subsidiary, has "
    "appointed Inés Carbajal Ruiz and Tobias Wrede to its board of directors, "
    "effective April 1, 2026. Marco Ventresca will step down from the "
    "subsidiary's board on the same date. Separately, Karen Holt resigned from "
    "the board of one of its Asian subsidiaries."
)


def test_other_companies_boards_in_a_biography_give_no_row(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(BIOGRAPHY_BOARDS, rules_only=True)
    assert result.by_person() == {}
    assert "veto:biography" in result.vetoes("John Smith")


def test_chairs_and_boards_of_other_organisations_give_no_row(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that its Chief Executive Officer, "
        "Peter Pan, has been appointed Chairman of the Board of Trustees of the "
        "Smithsonian Institution. Mr. Pan also serves on the board of directors of "
        "Globex Corporation."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person() == {}
    assert "veto:no_board_role" in result.vetoes("Peter Pan")


def test_joining_another_organisations_board_without_an_article(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(ELECTED_TO_A_TRUST, rules_only=True)
    assert result.rows == ()
    assert "veto:other_board" in result.vetoes("Rosa Lind")


def test_a_seat_on_a_named_subsidiarys_board_is_not_the_issuers(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        HK_DATE + "Mr. Lui Ka Fai has been appointed as a non-executive Director of "
        "Golden Pier Finance Limited, a wholly-owned subsidiary of the Company."
    )
    assert extracted(text, rules_only=True).rows == ()


def test_a_subsidiary_board_is_not_the_issuer_board(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(SUBSIDIARY_BOARDS, rules_only=True)
    assert result.by_person() == {}
    assert "veto:subsidiary" in result.vetoes("Karen Holt")


@pytest.mark.parametrize(
    "wording",
    [
        "Dana Whitcombe resigned from the board of one of the company's European "
        "subsidiaries",
        "Dana Whitcombe will step down from the subsidiary's board at year end",
        "Dana Whitcombe was appointed to the board of its new Irish subsidiary",
    ],
)
def test_an_unnamed_subsidiarys_board_is_not_the_issuers(
    extracted: Callable[..., Extracted], wording: str
) -> None:
    """Rule veto:subsidiary, for a subsidiary the document does not name."""
    result = extracted(DATELINE_OCT + "Quillon Brands Inc. said " + wording + ".")
    assert result.by_person() == {}, wording
    assert "veto:subsidiary" in result.vetoes("Dana Whitcombe")


@pytest.mark.parametrize(
    ("wording", "change"),
    [
        (
            "Dana Whitcombe resigned from the board of the Company and its "
            "subsidiaries",
            "resigned",
        ),
        (
            "Dana Whitcombe, a director of several subsidiaries, was appointed to "
            "the Board of Directors",
            "appointed",
        ),
    ],
)
def test_the_issuers_board_beside_its_subsidiaries_is_still_the_issuers(
    extracted: Callable[..., Extracted], wording: str, change: str
) -> None:
    result = extracted(DATELINE_OCT + "Quillon Brands Inc. said " + wording + ".")
    assert result.row("Dana Whitcombe").change_type == change, wording


def test_the_issuer_as_a_subsidiary_of_another_group_keeps_its_board(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Quillon Brands Inc., a subsidiary of Arden Holdings plc, has "
        "appointed Tobias Wrede to its board of directors."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person()["Tobias Wrede"].change_type == "appointed"
    assert result.row("Tobias Wrede").rules[0] == "trigger:appointed"


def test_a_subsidiary_of_the_company_appoints_to_its_supervisory_board(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Quillon Brands Inc. said Quillon Europa GmbH, a wholly owned "
        "subsidiary of the Company, appointed Klaus Brenner to its supervisory board."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person() == {}
    assert "veto:no_board_role" in result.vetoes("Klaus Brenner")


@pytest.mark.parametrize(
    ("wording", "rows"),
    [
        ("its subsidiary Lakeport Savings Bank has appointed Dana Whitfield to the "
         "Bank's board of directors.", set()),
        ("Dana Whitfield has been appointed to the Company's and the Bank's boards "
         "of directors.", {"Dana Whitfield"}),
    ],
)  # fmt: skip
def test_a_board_named_by_a_common_noun_is_another_board(
    extracted: Callable[..., Extracted], wording: str, rows: set[str]
) -> None:
    text = DATELINE_OCT + "Corvane Financial Corp. announced that " + wording
    assert set(extracted(text, rules_only=True).by_person()) == rows


def test_seats_at_a_named_subsidiary_are_another_board(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Brackwater Holdings plc announces changes to the board of its "
        'wholly-owned subsidiary, Tarnby Mutual Assurance Limited ("TMAL").\n\n'
        "Ms Ingrid Solvang-Achebe has been appointed as a non-executive director and "
        "Chair of the Audit Committee of TMAL with effect from 1 December 2026.\n\n"
        "Mr Casimir Wendt has stepped down from the TMAL board to pursue other "
        "interests."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person() == {}
    assert "veto:subsidiary" in result.vetoes("Ingrid Solvang-Achebe")
    assert "veto:subsidiary" in result.vetoes("Casimir Wendt")


def test_a_named_subsidiary_does_not_hide_the_issuers_own_board(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Brackwater Holdings plc, the parent of its subsidiary, Tarnby "
        'Mutual Assurance Limited ("TMAL"), announces that Ms Ingrid Solvang-Achebe '
        "has been appointed to the Board of Brackwater Holdings plc as a "
        "non-executive director."
    )
    assert set(extracted(text, rules_only=True).by_person()) == {
        "Ingrid Solvang-Achebe"
    }


def test_subsidiary_acronym_after_a_parenthesised_place(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corrib Holdings plc announces that its wholly owned banking "
        'subsidiary, Corrib Savings (Isle of Man) Limited ("CSIM"), has renewed its '
        "board. The CSIM board has appointed Oonagh Pettigrew as a non-executive "
        "director of CSIM, effective 1 December 2026. Declan Ruthven will step down "
        "from the CSIM board at the end of the year."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person() == {}
    assert "veto:subsidiary" in result.vetoes("Oonagh Pettigrew")
    assert "veto:subsidiary" in result.vetoes("Declan Ruthven")


def test_elected_to_another_organisations_board(
    extracted: Callable[..., Extracted],
) -> None:
    for wording in (
        "its Chair, Mathilde Oyarzun-Kerr, has been elected to the board of directors "
        "of the Western Forest Products Council",
        "director Mathilde Oyarzun-Kerr was appointed to the Board of Trustees of "
        "Lakeshore University",
    ):
        text = (
            DATELINE
            + "Ridgeline Timber Corp. is pleased to share that "
            + wording
            + "."
        )
        result = extracted(text, rules_only=True)
        assert result.by_person() == {}, wording
        assert "veto:other_org_board" in result.vetoes("Mathilde Oyarzun-Kerr")


# The product path (rules and the shipped model) reads these traps as the rules do
# (the model's trap:* features, docs/extraction.md).
PRODUCT_PATH_GAPS = [
    pytest.param(
        BIOGRAPHY_BOARDS,
        set(),
        id="biography-board",
    ),
    pytest.param(
        ELECTED_TO_A_TRUST,
        set(),
        id="another-organisations-board",
    ),
    pytest.param(
        SUBSIDIARY_BOARDS,
        set(),
        id="subsidiary-board",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCT_PATH_GAPS)
def test_product_path_keeps_other_boards_out(
    extracted: Callable[..., Extracted], text: str, expected: set[tuple[str, str]]
) -> None:
    rows = extracted(text).rows
    assert {(r.person, r.change_type) for r in rows} == expected


def test_a_board_role_at_another_named_organisation_is_no_change(
    extracted: Callable[..., Extracted],
) -> None:
    # veto:role_at_other_org: "appointed Chair-elect at <another organisation>"
    text = (
        DATELINE + "Corvane Ltd (NASDAQ: CRVN) announces Dr Tom Reyes's intention to "
        "retire from the board. Dr Reyes was recently appointed Chair-elect at NZX "
        "listed issuer Harbour International Airport."
    )
    result = extracted(text, rules_only=True)
    assert [r.change_type for r in result.rows] == ["retired"]
    assert "veto:role_at_other_org" in result.vetoes("Tom Reyes")
    # the contrast: the issuer's own name after "with"
    text = (
        DATELINE + "Corvane Ltd (NASDAQ: CRVN) announced that Tom Reyes has been "
        "appointed as a director with Corvane Ltd, effective immediately."
    )
    assert extracted(text, rules_only=True).row("Tom Reyes").change_type == "appointed"
