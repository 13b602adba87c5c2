"""The role column of a row (``role:*`` rules, roles.py): the seat left or taken,
the committee chairs a director holds, and whose title a chair is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.core.extraction.roles import find_roles, role_family
from tests.core.extraction.conftest import (
    DATELINE,
    DATELINE_2024,
    DATELINE_OCT,
    Extracted,
)


def test_leaving_the_board_and_a_committee_chair(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024
        + "Acme Widgets Inc. announced that Olga Berg is retiring from the "
        "Board and as chair of the Audit Committee with effect from the next annual "
        "general meeting."
    )
    result = extracted(text, rules_only=True)
    (row,) = result.rows
    assert (row.change_type, row.role) == ("retired", "director; audit committee chair")
    assert "next annual general meeting" in row.effective_text
    assert "role:board_and_committee_chair" in result.row("Olga Berg").rules


def test_leaving_director_keeps_the_chair_they_held(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. announced that Rhoda Kemble has resigned from "
        "the Board. At the time of her resignation, Ms. Kemble served as chair of "
        "the Nominating Committee.\n\nIt also announced that Felix Oduya will retire "
        "from the Board in December. The Board thanked him. Mr. Oduya has chaired "
        "its Finance Committee since 2015.\n\nCarl Brandt, who previously served as "
        "chair of the Audit Committee of Orbis Ltd, also resigned from the Board."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Rhoda Kemble"].role == "director; nominating committee chair"
    assert rows["Felix Oduya"].role == "director; finance committee chair"
    assert rows["Carl Brandt"].role == "director"


def test_a_chair_held_elsewhere_is_not_the_leaving_directors_seat(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. announced that Dag Holm has resigned from the "
        "Board. Mr. Holm served as chairman of the board of Orbis Ltd from 2010 to "
        "2015."
    )
    assert extracted(text, rules_only=True).by_person()["Dag Holm"].role == "director"


def test_senior_independent_director_is_the_lead_independent_family() -> None:
    assert role_family("senior independent director") == "lead independent director"
    assert role_family("independent director") == "director"


def test_chairman_of_the_board_and_member_of_a_committee_is_no_committee_chair() -> (
    None
):
    text = "appointed chairman of the board and a member of the audit committee"
    assert [r.family for r in find_roles(text, 0, len(text))] == ["chair"]


def test_a_leaving_committee_chair_names_the_director_seat_once(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Kestrel Ridge Oil Ltd. said Ines Aldana retired from the Board "
        "on September 30, 2026 after nine years as a director, including five as "
        "chair of the Reserves Committee."
    )
    role = extracted(text, rules_only=True).by_person()["Ines Aldana"].role
    assert role.count("director") == 1
    assert "reserves committee chair" in role


def test_a_leaving_chair_named_by_title_before_the_name_keeps_the_chair(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Westbury Copper Limited advises that its Chair, Ms Helena "
        "Marsh, will retire as a director at the close of the annual general "
        "meeting on 20 November 2026."
    )
    row = extracted(text, rules_only=True).by_person()["Helena Marsh"]
    assert row.change_type == "retired"
    assert row.role == "director; chair"


def test_a_leaving_director_who_continues_as_committee_chair_until_then(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "On October 30, 2026, Orla Fenstermacher notified the Board of "
        "Directors of Dunmarsh Robotics Inc. that she does not intend to stand for "
        "re-election at the 2027 annual meeting. Ms. Fenstermacher will continue to "
        "serve as a director, and as chair of the Nominating Committee, until her "
        "term expires."
    )
    row = extracted(text, rules_only=True).by_person()["Orla Fenstermacher"]
    assert row.change_type == "not_standing"
    assert "nominating committee chair" in row.role


def test_a_leaving_director_who_has_chaired_the_board(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Dunmarsh Robotics Inc. announced that Cyprian Oyelaran-Hust, who "
        "has chaired its Board of Directors since 2016, will retire from the Board "
        "at the annual meeting."
    )
    assert (
        "chair"
        in extracted(text, rules_only=True)
        .by_person()["Cyprian Oyelaran-Hust"]
        .role.lower()
    )


def test_a_title_in_an_appositive_two_sentences_before_the_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Dunmarsh Robotics plc announces changes to its Board.\n\n"
        "Dame Philippa Arkwright-Sole, the Company's Senior Independent Director, "
        "has told the Board that she will not seek re-election at the AGM. She will "
        "therefore leave the Board at the end of that meeting."
    )
    row = extracted(text, rules_only=True).by_person()["Philippa Arkwright-Sole"]
    assert "senior independent director" in row.role.lower()


def test_a_new_director_who_will_chair_a_committee(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Dunmarsh Robotics Inc. appointed Leopold Varga-Nunes as an "
        "independent director, effective immediately. He will chair the Audit "
        "Committee, succeeding a retiring member."
    )
    row = extracted(text, rules_only=True).by_person()["Leopold Varga-Nunes"]
    assert row.role == "independent director; audit committee chair"


def test_a_committee_chair_of_someone_else_is_not_taken(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Dunmarsh Robotics Inc. appointed Leopold Varga-Nunes as an "
        "independent director. Priya Kettering-Obi will chair the Audit Committee."
    )
    assert (
        extracted(text, rules_only=True).by_person()["Leopold Varga-Nunes"].role
        == "independent director"
    )


def test_a_committee_chair_listed_after_the_seat_left(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Brightfen Holdings Limited announced that Mr. Lau Ka-ming has "
        "tendered his resignation as an independent director of the Company, "
        "chairman of the nomination committee and a member of the audit committee, "
        "effective November 1, 2026."
    )
    row = extracted(text, rules_only=True).by_person()["Lau Ka-ming"]
    assert row.change_type == "resigned"
    assert row.role == "independent director; nomination committee chair"


def test_a_chair_in_parentheses_after_another_name_is_theirs(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Marlow Fjord Inc. announced that Ignatius Obregon-Tully resigned "
        "from the Board. Following Mr. Obregon-Tully's resignation, the Board "
        "consists of six directors, and the Audit Committee consists of Wilhelmina "
        "Sato-Grieve (Chair) and Rui Nakashima-Lowe."
    )
    assert (
        extracted(text, rules_only=True).by_person()["Ignatius Obregon-Tully"].role
        == "director"
    )


def test_new_director_committee_chair_in_other_wordings(
    extracted: Callable[..., Extracted],
) -> None:
    for follow in (
        "She will become Chair of the Risk Committee.",
        "Ms. Ferrante-Obi will join the newly formed Capital Committee, which she "
        "will chair.",
        "Both bring deep experience. Ms. Ferrante-Obi will be the chairwoman of the "
        "Risk Committee.",
    ):
        text = (
            DATELINE + "Salt Meadow Corp. announced that Lidia Ferrante-Obi has been "
            "appointed to the Board of Directors, effective December 1, 2026. " + follow
        )
        rows = extracted(text, rules_only=True).by_person()
        assert rows["Lidia Ferrante-Obi"].role.endswith("committee chair"), follow


def test_another_persons_committee_chair_is_not_the_new_directors(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Salt Meadow Corp. announced that Lidia Ferrante-Obi has been "
        "appointed to the Board of Directors, effective December 1, 2026. Ms. "
        "Ferrante-Obi will join the Audit Committee, and Mr. Haldane will chair the "
        "Risk Committee."
    )
    assert (
        "chair"
        not in extracted(text, rules_only=True).by_person()["Lidia Ferrante-Obi"].role
    )


def test_new_director_listed_with_a_committee_chair(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE
        + "Quince Harbor Ltd. announces the appointment of Ms. Rosamund Achter "
        "as an independent director, the chairwoman of the compensation committee and "
        "a member of the audit committee, effective December 1, 2026."
    )
    row = extracted(text, rules_only=True).by_person()["Rosamund Achter"]
    assert row.change_type == "appointed"
    assert row.role.endswith("compensation committee chair")


# ``role:chair_held`` (chairs.py): a chair, vice chair or executive chair who leaves
# the board leaves with that role (data/corpus/README.md), however the text names
# the title: after a verb or conjunction, after the company's name, in an
# appositive "the Executive Chair of <the company>", or in the headline.
CHAIR_LEAVING = [
    (
        "said-that-title",
        "Corvane Inc. said on Sunday that Chairman Tobias Renner informed the "
        "company of his resignation from the board of directors, effective March 1.",
        "Tobias Renner",
        "chair",
    ),
    (
        "said-title",
        "Corvane Inc. said chair Ingrid Solberg will retire from the board at the "
        "end of the year.",
        "Ingrid Solberg",
        "chair",
    ),
    (
        "when-title",
        "The dispute began when Chairman Piet Vermaak suddenly resigned from the "
        "board on March 1.",
        "Piet Vermaak",
        "chair",
    ),
    (
        "company-attributive",
        "Corvane Inc. held its board meeting on Monday. Corvane Executive Chairman "
        "Alder Quayle will step down from the board at the end of February.",
        "Alder Quayle",
        "chair",
    ),
    (
        "vice-chair",
        "The company said that Vice Chairman Hedda Lorentz has resigned from the "
        "board with immediate effect.",
        "Hedda Lorentz",
        "vice chair",
    ),
    (
        "appositive-of-company",
        "Corvane Inc. (NASDAQ: CRVN) said that on February 5, 2026, Odin Farrow, "
        "the Executive Chair of Corvane, Inc., announced he will not seek re-election "
        "to the Board of Directors.",
        "Odin Farrow",
        "chair",
    ),
    (
        "said-that-executive-title",
        "Corvane Inc. said Monday that Executive Chairman Alder Quayle will step "
        "down at the end of February to focus on his other roles.",
        "Alder Quayle",
        "chair",
    ),
    (
        "appositive-and",
        "Corvane Inc. announced that Wen Jiahao, the Chairman of the Board and an "
        "Executive Director, passed away on 14 October 2026.",
        "Wen Jiahao",
        "chair",
    ),
    (
        "headline",
        "Corvane Chairman Bram Okafor to leave board\n\n"
        + DATELINE
        + "Corvane Inc. announced that Bram Okafor will retire from the board at the "
        "annual meeting. The board thanked him for his service.",
        "Bram Okafor",
        "chair",
    ),
]


@pytest.mark.parametrize(
    ("text", "person", "family"),
    [case[1:] for case in CHAIR_LEAVING],
    ids=[case[0] for case in CHAIR_LEAVING],
)
def test_a_leaving_chair_keeps_the_chair(
    extracted: Callable[..., Extracted], text: str, person: str, family: str
) -> None:
    body = text if text.startswith("Corvane Chairman") else DATELINE + text
    for rules_only in (True, False):
        row = extracted(body, rules_only=rules_only).row(person)
        assert role_family(row.role) == family, (rules_only, row.role)


CHAIR_NOT_HELD = [
    (
        "named-chair-is-the-successor",
        "Corvane Inc. announced that Una Pryce has resigned from the board. The "
        "board named Chairman Ivo Stark's deputy, Lena Vos, to the vacancy.",
        "Una Pryce",
    ),
    (
        "chair-of-another-company",
        "Corvane Inc. announced that Gus Meade, the chairman of Orbis Ltd, has "
        "resigned from the board.",
        "Gus Meade",
    ),
    (
        "chair-of-another-company-before-name",
        "The chairman of Orbis Ltd, Gus Meade, has resigned from the board of "
        "Corvane Inc.",
        "Gus Meade",
    ),
    (
        "committee-chair",
        "Corvane Inc. said that Audit Committee Chairman Rhea Dunn has resigned from "
        "the board.",
        "Rhea Dunn",
    ),
    (
        "former-chair",
        "Corvane Inc. said that former chairman Abel Cruz, who remained a director "
        "after 2020, has resigned from the board.",
        "Abel Cruz",
    ),
    (
        "becomes-chair-later",
        "Corvane Inc. said Ada Holm will retire from the board in May. The board "
        "said it will elect as Chairman Noor Haddad, who joined in 2019.",
        "Ada Holm",
    ),
]


@pytest.mark.parametrize(
    ("text", "person"),
    [case[1:] for case in CHAIR_NOT_HELD],
    ids=[case[0] for case in CHAIR_NOT_HELD],
)
def test_a_leaving_director_is_not_given_a_chair_held_by_no_one_or_elsewhere(
    extracted: Callable[..., Extracted], text: str, person: str
) -> None:
    rows = extracted(DATELINE + text, rules_only=True).by_person()
    # (the other company's chair leaves no row at all: veto:other_org_board)
    if person in rows:
        assert role_family(rows[person].role) != "chair", rows[person].role


# ``role:president_of_the_board``: continental Europe's and Latin America's
# "President of the Board (of Directors)" is the chair, its "Vice President of
# the Board" the vice chair; a "President" alone is an officer.
@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("President of the Board of Directors", "chair"),
        ("President of the Board", "chair"),
        ("Non-Executive Vice President of the Board of Directors", "vice chair"),
        ("Vice-President of the Supervisory Board", "vice chair"),
        ("Chairman of the Supervisory Board", "chair"),
    ],
)
def test_president_of_the_board_is_the_chair(text: str, family: str) -> None:
    (role,) = find_roles(text, 0, len(text))
    assert role.family == family, role


@pytest.mark.parametrize(
    "text", ["President and Chief Executive Officer", "Vice President of Finance"]
)
def test_a_president_alone_is_no_board_role(text: str) -> None:
    assert find_roles(text, 0, len(text)) == []


def test_president_of_the_board_in_a_release(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corvane S.A. announced the appointment of Mr. Stelios Andreou as "
        "President of the Board of Directors, effective November 1, 2026. Mr. Andreou "
        "succeeds Mr. Rafael Ortiz, who has resigned. Corvane also announced the "
        "resignation of Ms. Lucia Ferrer, who served as the Non-Executive Vice "
        "President of the Board of Directors, effective immediately."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert role_family(rows["Stelios Andreou"].role) == "chair"
    assert role_family(rows["Lucia Ferrer"].role) == "vice chair"


def test_a_leaving_supervisory_board_chair(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Corvane AG has addressed the succession for our long-serving "
        "Chairman of the Supervisory Board, Dr. Jonas Weber. The term of office of Dr. "
        "Jonas Weber, who will not seek re-election, will expire at the end of the "
        "2027 Annual General Meeting."
    )
    row = extracted(text, rules_only=True).row("Jonas Weber")
    assert role_family(row.role) == "chair", row.role


def test_the_chairman_of_the_issuer_before_the_name(
    extracted: Callable[..., Extracted],
) -> None:
    """ "The chairman of <issuer>, NAME, has died": on the product path (the rule
    path leaves the death out, veto:no_board_role, and the model adds it back)."""
    text = (
        DATELINE + "The chairman of Corvane Inc., Wilhelm Strand, has died, the "
        "company said on Tuesday."
    )
    row = extracted(text).row("Wilhelm Strand")
    assert role_family(row.role) == "chair", row.role
