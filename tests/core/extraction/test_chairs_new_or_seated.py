"""A chair or vice chair appointed without joining wording: new member or role change.

The corpus reading (data/corpus/README.md): a chair the text never seats on the
board joins it as chair (``appointed``, rule ``kind:new_chair``); one the text
calls an existing director changes role (``role_change``, ``seat:<wording>``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, Extracted

NEW = [
    "Corvane Inc. has appointed Odile Marchetti as the new Chairman of the Board.",
    "Corvane Inc. named Odile Marchetti chairman, according to a filing.",
    "The board has appointed Odile Marchetti as non-executive chair on an interim "
    "basis.",
    "Corvane Inc. appointed Odile Marchetti as vice chairman. Marchetti has led two "
    "listed miners.",
    # another organisation's board is no seat on this one
    "Corvane Inc. appointed Odile Marchetti as chair. Marchetti has served on the "
    "board of Halden Mining since 2019.",
    # a director of another company is no seat here (seat:also_director's contrast)
    "The Board has named Odile Marchetti as Chairman of the Board. Ms. Marchetti has "
    "most recently served as President and Chief Operating Officer and a director of "
    "Halden Mining.",
]

SEATED = [
    (  # "chairperson of the <description of the issuer>" is this board's chair
        "Corvane said Odile Marchetti, a non-executive independent director on the "
        "board of "
        "Corvane, was appointed as the chairperson of the financial services company "
        "till June-end, the company announced.",
        "seat:appositive",
    ),
    (
        "The Corvane Inc. Board of Directors has elected CEO Odile Marchetti as "
        "chairman of the board, effective March 1.",
        "seat:chief_executive",
    ),
    (
        "Corvane Inc. appointed Odile Marchetti, an independent director since 2018, "
        "as Chair of the Board.",
        "seat:appositive",
    ),
    (
        "Corvane Inc. named Odile Marchetti chairman. Marchetti, who joined the board "
        "in 2012, succeeds Tom Reyes.",
        "seat:since",
    ),
    (
        "Corvane Inc. named Odile Marchetti chair. Marchetti previously served as a "
        "director of the company.",
        "seat:since",
    ),
    (
        "Corvane Inc. named Odile Marchetti chair. Marchetti has served on the Corvane "
        "Board since 2015.",
        "seat:since",
    ),
    (
        "Corvane Inc. announced that Board Member Odile Marchetti was appointed "
        "Chairman.",
        "seat:title_before",
    ),
    (
        "The Board has appointed Odile Marchetti, its Lead Independent Director, as "
        "Vice Chair of the Board.",
        "seat:appositive",
    ),
    (
        'The Board announces that Ms. Odile Marchetti ("Ms. Marchetti"), an executive '
        "Director, has been appointed as the vice chairman of the Board.",
        "seat:appositive",
    ),
    (  # a headline's "appointed as Chair" for a director moving to the chair
        "Leadership Evolution: Odile Marchetti Appointed as Chair. Corvane is also "
        "announcing a change in leadership with Odile Marchetti moving from "
        "Non-Executive Director to Non-Executive Chair, effective 1 February 2027.",
        "seat:moving_from_director",
    ),
    (  # the interim holder made permanent sits on the board already
        "Corvane Inc. announced the appointments of Odile Marchetti as permanent "
        "Chairman of the Board and Tom Reyes as permanent Chief Executive Officer.",
        "seat:made_permanent",
    ),
    (
        "Corvane Inc. announced that the Board has appointed Interim Chair Odile "
        "Marchetti as Chair of the Board.",
        "seat:interim_chair",
    ),
    (
        "The Board has named Odile Marchetti as Chairman of the Board. Ms. Marchetti "
        "has been with the company since 2003 and has most recently served as "
        "Corvane's President and Chief Operating Officer, as well as a Director.",
        "seat:also_director",
    ),
]


@pytest.mark.parametrize("text", NEW)
def test_a_chair_never_seated_on_the_board_joins_it(
    extracted: Callable[..., Extracted], text: str
) -> None:
    row = extracted(DATELINE + text, rules_only=True).row("Odile Marchetti")
    assert row.change_type == "appointed"
    assert "kind:new_chair" in row.rules


@pytest.mark.parametrize(("text", "rule"), SEATED)
def test_a_chair_already_on_the_board_changes_role(
    extracted: Callable[..., Extracted], text: str, rule: str
) -> None:
    row = extracted(DATELINE + text, rules_only=True).row("Odile Marchetti")
    assert row.change_type == "role_change"
    assert rule in row.rules


def test_a_committee_chair_is_a_role_change_without_seat_wording(
    extracted: Callable[..., Extracted],
) -> None:
    row = extracted(
        DATELINE
        + "The Board appointed Odile Marchetti as Chair of the Audit Committee.",
        rules_only=True,
    ).row("Odile Marchetti")
    assert row.change_type == "role_change"
    assert "kind:new_chair" not in row.rules


# Direction of chair changes (issue #12, unseen announcements): an existing
# director named chair is a role change, an outsider named chair joins.
CHAIR_DIRECTION = [
    pytest.param(
        "Corvane Inc. announced that Lena Moss, a non-executive director, is moving "
        "to Chair of the Board, effective December 1, 2026.",
        "role_change",
        id="director-moving-to-chair",
    ),
    pytest.param(
        "Corvane Inc. announced that Lena Moss will move to the role of Chair of "
        "the Board on December 1, 2026.",
        "role_change",
        id="move-to-the-role-of-chair",
    ),
    pytest.param(
        "Corvane Inc. announced that Lena Moss, who has served as a non-executive "
        "director since 2019, will take over as Chair on December 1, 2026.",
        "role_change",
        id="served-since-takes-over",
    ),
    pytest.param(
        "Corvane Inc. announced that Lena Moss will become Chair of the Board on "
        "December 1, 2026. Ms. Moss joined the Board in 2021.",
        "role_change",
        id="joined-the-board-earlier",
    ),
    pytest.param(
        "Corvane Inc. announced that the Board has appointed existing director Lena "
        "Moss as Chair, effective December 1, 2026.",
        "role_change",
        id="existing-director",
    ),
    pytest.param(
        "Corvane Inc. announced that Lena Moss will join the Board as Chair, "
        "effective December 1, 2026.",
        "appointed",
        id="outsider-joins-as-chair",
    ),
    pytest.param(
        "Corvane Inc. announced that Omar Reyes will retire as Chair at the annual "
        "meeting. The Board has selected Lena Moss, a director since 2018, to "
        "succeed him as Chair.",
        "role_change",
        id="retiring-chairs-successor-from-the-board",
    ),
]


@pytest.mark.parametrize(("text", "change"), CHAIR_DIRECTION)
def test_direction_of_a_chair_change(
    extracted: Callable[..., Extracted], text: str, change: str
) -> None:
    row = extracted(DATELINE + text).row("Lena Moss")
    assert (row.change_type, row.role) == (change, "chair")


def test_moving_to_a_chief_executive_role_is_no_board_change(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. said Lena Moss, Chief Operating Officer, is moving "
        "to the role of Chief Executive Officer. The company is moving to a new "
        "headquarters."
    )
    assert result.rows == ()
