"""The six trap cases of issue #12 on the product path (the shipped model).

The rule path reads each right (its vetoes); the model used to overrule it. The
trap features (``features.trap_features``) let it read all six as the rules do.
The same texts live, as strict xfails, in the family files on main (test_deaths,
test_other_boards, test_officer_posts, test_succession): remove those marks.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, Extracted

DATELINE_OCT = "RIVERTON, Oct. 6, 2026 (NEWSWIRE) -- "
DATELINE_2024 = "SPRINGFIELD, March 4, 2024 (NEWSWIRE) -- "

FORMER_DIRECTOR_DIED = (
    DATELINE_OCT + "Pellow Mills Corp. noted that Edwin Ray, a former director of "
    "the Company, died on October 1. The Board also said that Mara Cole, a "
    "director of the Company, passed away on October 3."
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
COMMITTEE_CHAIR_LEFT = (
    DATELINE + "Halloran Rail Corp. said that Priya Castellanos-Oyelowo has "
    "resigned as chairman of the compensation committee, effective December 1, "
    "2026. She remains an independent director."
)
SUCCEEDED_BY = (
    DATELINE_2024 + "Acme Widgets Inc. announced that Carl Sagan will retire from the "
    "Board effective June 30, 2024. The Board has appointed Vera Rubin, a current "
    "member of the Audit Committee, to be the Audit Committee Chair effective as "
    "of Mr. Sagan's retirement. Separately, Ada Byron will step down as Chair of "
    "the Board effective May 31, 2024. She will be succeeded by Grace Hopper."
)

TRAPS = [
    pytest.param(FORMER_DIRECTOR_DIED, {("Mara Cole", "deceased")}, id="former"),
    pytest.param(BIOGRAPHY_BOARDS, set(), id="biography-board"),
    pytest.param(ELECTED_TO_A_TRUST, set(), id="another-organisations-board"),
    pytest.param(SUBSIDIARY_BOARDS, set(), id="subsidiary-board"),
    pytest.param(COMMITTEE_CHAIR_LEFT, set(), id="committee-chair-left"),
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


@pytest.mark.parametrize(("text", "expected"), TRAPS)
def test_product_path_reads_the_trap_as_the_rules_do(
    extracted: Callable[..., Extracted], text: str, expected: set[tuple[str, str]]
) -> None:
    rows = extracted(text).rows
    assert {(r.person, r.change_type) for r in rows} == expected
