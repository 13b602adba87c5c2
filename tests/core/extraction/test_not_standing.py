"""Directors who will not stand again: contractions, withdrawn nominations, and
sentences with no board word (only directors stand for re-election)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, DATELINE_OCT, Extracted

NOT_STANDING = [
    "Corvane said Odile Marchetti won't stand for re-election at its annual meeting "
    "this year.",
    "Corvane said Odile Marchetti wouldn't seek re-election.",
    "Corvane said Odile Marchetti, a director, has withdrawn her nomination for "
    "election as a "
    "non-executive director ahead of the shareholders' vote.",
    "Corvane said Odile Marchetti has withdrawn her candidacy for re-election.",
    "Corvane said Odile Marchetti has withdrawn her offer to stand for reappointment "
    "as a director at the annual general meeting.",
]


@pytest.mark.parametrize("text", NOT_STANDING)
def test_a_director_who_will_not_stand_again(
    extracted: Callable[..., Extracted], text: str
) -> None:
    row = extracted(DATELINE + text, rules_only=True).row("Odile Marchetti")
    assert row.change_type == "not_standing"


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---


def test_form_8k_item_502_paragraphs(extracted: Callable[..., Extracted]) -> None:
    text = (
        "Item 5.02. Departure of Directors or Certain Officers; Election of "
        "Directors; Appointment of Certain Officers.\n\n(b) On June 10, 2024, Robert "
        'King notified the Board of Directors (the "Board") of Adventure Works, Inc. '
        '(the "Company") that he will not stand for re-election as a director at the '
        "Company's 2024 annual meeting of stockholders. Mr. King's decision was not "
        "the result of any disagreement with the Company.\n\n(d) On June 10, 2024, "
        "the Board, upon the recommendation of the Nominating Committee, increased "
        "the size of the Board from seven to eight members and elected Anne "
        "Dodsworth as a director, effective immediately. The Board determined that "
        "Ms. Dodsworth is independent. Ms. Dodsworth was appointed to the "
        "Compensation Committee.\n\nSIGNATURES\nDate: June 12, 2024\n"
    )
    extraction = extracted(text, rules_only=True)
    assert extraction.filing.company == "Adventure Works, Inc."
    assert extraction.filing.board_size_after == "8"
    rows = {r.person: r for r in extraction.rows}
    assert (rows["Robert King"].change_type, rows["Robert King"].disagreement) == (
        "not_standing",
        "no",
    )
    anne = rows["Anne Dodsworth"]
    assert (anne.change_type, anne.effective_date) == ("elected", "2024-06-10")
    assert (anne.independent, anne.committees) == ("true", "compensation")
    assert extraction.row("Robert King").rules[0] == "trigger:not_standing"
    assert extraction.row("Anne Dodsworth").rules[0] == "trigger:elected"


@pytest.mark.parametrize(
    ("wording", "kind"),
    [
        ("did not stand for re-election and retired from the Board", "not_standing"),
        ("retired from the Board and did not stand for re-election", "retired"),
    ],
)
def test_retiring_and_not_standing_in_one_sentence_take_the_first_stated(
    extracted: Callable[..., Extracted], wording: str, kind: str
) -> None:
    text = (
        DATELINE_OCT + f"Westbury Copper Inc. said that Conrad Velasquez {wording} at "
        "the annual meeting held on October 2, 2026."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person()["Conrad Velasquez"].change_type == kind
    assert result.row("Conrad Velasquez").rules[0] == f"trigger:{kind}"


def test_not_standing_keeps_its_negation(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Kelderhof Logistics Inc. announced that Ulla Brandvold will not "
        "stand for re-election to the Board."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person()["Ulla Brandvold"].change_type == "not_standing"
    assert result.row("Ulla Brandvold").rules[0] == "trigger:not_standing"


def test_not_putting_oneself_forward_for_re_election(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Wyndcross Shipping plc announces that Gareth Imbert-Lowe has "
        "informed the Board that he will not put himself forward for re-election at "
        "the AGM."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person()["Gareth Imbert-Lowe"].change_type == "not_standing"
    assert "board:not_standing" in result.row("Gareth Imbert-Lowe").rules


def test_not_a_candidate_for_re_election(extracted: Callable[..., Extracted]) -> None:
    for wording in (
        "will not be a candidate for re-election",
        "will not be a nominee for re-election",
        "will not be standing for re-election",
    ):
        text = (
            DATELINE
            + "Pell Creek Bancorp said director Agathe Nwosu-Lindgren "
            + wording
            + " at the 2027 annual meeting."
        )
        rows = extracted(text, rules_only=True).by_person()
        assert set(rows) == {"Agathe Nwosu-Lindgren"}, wording
        assert rows["Agathe Nwosu-Lindgren"].change_type == "not_standing"
        assert "board:not_standing" in rows["Agathe Nwosu-Lindgren"].rules


def test_will_not_be_offering_herself_for_re_election(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Brindle Yard plc said director Mairead Okoro-Vance will not be "
        "offering herself for re-election at the 2027 Annual General Meeting."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Mairead Okoro-Vance"].change_type == "not_standing"
    assert "board:not_standing" in result.row("Mairead Okoro-Vance").rules


# ``kind:says_retire`` (data/corpus/README.md: "will not stand" is not_standing
# unless the text says retire): a retirement stated before the not-standing
# words, with no other person between the name and "retire".
SAYS_RETIRE = [
    "Corvane Ltd announced that Tom Reyes will retire at the annual general meeting "
    "and will not seek re-election.",
    "Corvane Ltd has announced that non-executive directors Tom Reyes and Ada Lind "
    "have decided to retire at the 2026 annual general meeting, and do not intend to "
    "seek re-election.",
    "Corvane Ltd said Tom Reyes intends to retire from the board at the close of the "
    "AGM and will not offer himself for re-election.",
]


@pytest.mark.parametrize("text", SAYS_RETIRE)
def test_retiring_at_the_meeting_and_not_seeking_re_election_is_retired(
    extracted: Callable[..., Extracted], text: str
) -> None:
    for rules_only in (True, False):
        row = extracted(DATELINE + text, rules_only=rules_only).row("Tom Reyes")
        assert row.change_type == "retired", rules_only
        # (the third was already read: "retire from the board" is a trigger)
        assert {"kind:says_retire", "trigger:retired"} & set(row.rules)


def test_another_persons_retirement_leaves_not_standing(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corvane Ltd said Louise Patten has retired from the board, and "
        "Tom Reyes will not seek re-election at the next annual general meeting."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Tom Reyes"].change_type == "not_standing"
    text = (
        DATELINE + "Corvane Ltd said Tom Reyes, who will retire as Chief Executive "
        "in May, will not seek re-election at the annual general meeting."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Tom Reyes"].change_type == "not_standing"


def test_not_seeking_reappointment_alone_may_be_an_officers_term(
    extracted: Callable[..., Extracted],
) -> None:
    """ "not to seek reappointment" names no seat (a chief executive's contract is
    reappointed too): not read as not standing without "re-election" (a generic
    pattern for it cost CV a false event, an exchange's chief executive)."""
    text = (
        DATELINE + "Corvane Ltd said its Chief Executive Tom Reyes intends not to seek "
        "reappointment when his contract ends in October."
    )
    assert extracted(text, rules_only=True).rows == ()
