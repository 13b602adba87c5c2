"""Rules of the second generalisation round (extractor 1.2): roles, dates, fields.

Every sentence here is written for these tests: names, companies and wording
differ from the development corpus and from both held-out sets.
"""

from __future__ import annotations

import pytest

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.core.extraction.names import find_mentions
from reviewer.core.records import Extraction, RosterRow

DATELINE = "LAKEPORT, Oct. 6, 2026 (NEWSWIRE) -- "


def _extract(text: str) -> Extraction:
    document = Document(
        text=text,
        source_path="note.txt",
        sha256="2" * 64,
        format=DocumentFormat.TEXT,
    )
    return extract(document, rules_only=True)  # the rule path; the model: CV


def _rows(text: str) -> dict[str, RosterRow]:
    return {row.person: row for row in _extract(text).rows}


def _names(text: str) -> list[tuple[str, ...]]:
    return [m.tokens for m in find_mentions(text, 0, len(text))]


UK_DATELINE = "Brackley Instruments plc\n\n12 March 2026\n\n"


def test_senior_independent_director_hand_over_of_a_committee_chair() -> None:
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
    rows = _rows(text)
    assert set(rows) == {"Owen Threlfall", "Priya Balakrishnan", "Declan Furey"}
    assert rows["Priya Balakrishnan"].change_type == "role_change"
    assert rows["Priya Balakrishnan"].role.lower() == "senior independent director"
    furey = rows["Declan Furey"]
    assert (furey.change_type, furey.role) == ("role_change", "audit committee chair")
    assert {r.effective_date for r in rows.values()} == {"2026-04-09"}


def test_senior_independent_director_is_the_lead_independent_family() -> None:
    from reviewer.core.extraction.roles import role_family

    assert role_family("senior independent director") == "lead independent director"
    assert role_family("independent director") == "director"


def test_changes_dated_by_an_earlier_general_statement() -> None:
    text = (
        DATELINE + "Marlowe Freight Inc. (NYSE: MFI) today announced changes to its "
        "Board of Directors. The Board changes described below take effect on "
        "February 1.\n\nThe Board has named Selin Aksoy, an independent director "
        "since 2020, as the new Chair of the Board. Rafael Quintana, an independent "
        "director since 2017, has been named Lead Independent Director."
    )
    rows = _rows(text)
    assert {r.change_type for r in rows.values()} == {"role_change"}
    assert rows["Selin Aksoy"].effective_date == "2027-02-01"
    assert rows["Rafael Quintana"].effective_date == "2027-02-01"


def test_from_the_same_date_takes_the_date_before() -> None:
    text = (
        DATELINE + "Marlowe Freight Inc. announced that Hana Kobayashi will retire "
        "from the Board on November 30, 2026. Mr. Emeka Obi, a director since 2019, "
        "will take over as Chair of the Nominating Committee from the same date."
    )
    rows = _rows(text)
    assert rows["Emeka Obi"].change_type == "role_change"
    assert rows["Emeka Obi"].effective_date == "2026-11-30"


def test_a_possessive_appointment_took_effect_in_the_next_sentence() -> None:
    text = (
        DATELINE + "Marlowe Freight Inc. said its directors have co-opted Abigail "
        "Strand to the board. Ms. Strand's appointment took effect on September 29."
    )
    assert _rows(text)["Abigail Strand"].effective_date == "2026-09-29"


def test_replaced_as_chairman_of_a_lower_case_committee() -> None:
    text = (
        DATELINE + "Yunhe Mobility Inc. announced that Mr. Gao Feng has resigned as "
        "a director. Mr. Tan Ruolin, an independent director, has replaced Mr. Gao "
        "as chairman of the nominating and corporate governance committee."
    )
    rows = _rows(text)
    assert rows["Gao Feng"].change_type == "resigned"
    tan = rows["Tan Ruolin"]
    assert tan.change_type == "role_change"
    assert tan.role == "nominating and corporate governance committee chair"


def test_chairman_of_the_board_and_member_of_a_committee_is_no_committee_chair() -> (
    None
):
    from reviewer.core.extraction.roles import find_roles

    text = "appointed chairman of the board and a member of the audit committee"
    assert [r.family for r in find_roles(text, 0, len(text))] == ["chair"]


def test_a_table_of_voting_results_is_no_list_of_changes() -> None:
    text = (
        DATELINE + "Kestrel Ridge Oil Ltd. reports that shareholders re-elected all "
        "eight nominees at its annual meeting held on October 1, 2026. Among the "
        "directors elected at the meeting was one first-time nominee, Oksana "
        "Melnyk, who joins the Board effective as of the meeting.\n\n"
        "Detailed voting results for the election of directors are set out below:\n\n"
        "Nominee                 Votes For     %\n"
        "Oksana Melnyk           41,220,118    98.72\n"
        "Graham Achterberg       41,503,662    98.86\n"
        "Yusuf Demir             40,877,901    97.85\n"
    )
    rows = _rows(text)
    assert set(rows) == {"Oksana Melnyk"}


def test_a_leaving_committee_chair_names_the_director_seat_once() -> None:
    text = (
        DATELINE + "Kestrel Ridge Oil Ltd. said Ines Aldana retired from the Board "
        "on September 30, 2026 after nine years as a director, including five as "
        "chair of the Reserves Committee."
    )
    role = _rows(text)["Ines Aldana"].role
    assert role.count("director") == 1
    assert "reserves committee chair" in role


def test_a_leaving_chair_named_by_title_before_the_name_keeps_the_chair() -> None:
    text = (
        DATELINE + "Westbury Copper Limited advises that its Chair, Ms Helena "
        "Marsh, will retire as a director at the close of the annual general "
        "meeting on 20 November 2026."
    )
    row = _rows(text)["Helena Marsh"]
    assert row.change_type == "retired"
    assert row.role == "director; chair"


@pytest.mark.parametrize(
    ("wording", "kind"),
    [
        ("did not stand for re-election and retired from the Board", "not_standing"),
        ("retired from the Board and did not stand for re-election", "retired"),
    ],
)
def test_retiring_and_not_standing_in_one_sentence_take_the_first_stated(
    wording: str, kind: str
) -> None:
    text = (
        DATELINE + f"Westbury Copper Inc. said that Conrad Velasquez {wording} at "
        "the annual meeting held on October 2, 2026."
    )
    assert _rows(text)["Conrad Velasquez"].change_type == kind


def test_cover_page_with_labelled_symbol_and_exchange() -> None:
    text = (
        "FORM 8-K\n\nCURRENT REPORT\n\nORMOND VALE THERAPEUTICS, INC.\n"
        "(Exact name of registrant as specified in its charter)\n\n"
        "Title of each class: Common Stock\nTrading Symbol: ORVT\n"
        "Name of each exchange on which registered: The Nasdaq Stock Market LLC\n\n"
        "Item 5.02 Departure of Directors.\n\nOn May 4, 2026, Lionel Pratt resigned "
        "as a director of the Company, effective immediately.\n"
    )
    filing = _extract(text).filing
    assert (filing.ticker, filing.exchange) == ("ORVT", "Nasdaq")


def test_exchange_from_the_listing_standards_that_make_a_director_independent() -> None:
    text = (
        "Item 5.02 Election of Directors.\n\nOn May 4, 2026, the Board of Ormond "
        "Vale Bancorp, Inc. elected Lionel Pratt as a director. The Board has "
        "determined that Mr. Pratt is independent under the listing standards of "
        "the New York Stock Exchange.\n"
    )
    filing = _extract(text).filing
    assert (filing.ticker, filing.exchange) == ("", "NYSE")


def test_hand_over_the_chairmanship_of_a_committee() -> None:
    text = (
        DATELINE + "Quillon Brands Inc. said Mei-ling Chou, a director since 2018, "
        "will hand over the chairmanship of the Audit Committee to Tomás Ibarra, "
        "effective January 1, 2027."
    )
    row = _rows(text)["Tomás Ibarra"]
    assert (row.change_type, row.role) == ("role_change", "audit committee chair")
    assert row.effective_date == "2027-01-01"


def test_a_successor_in_the_same_sentence_takes_the_seat_left_not_the_one_held() -> (
    None
):
    text = (
        DATELINE + "Corvane plc announced that Sir Ian Blackwood will step down as "
        "Chairman and from the Board on 31 March 2027 and will be succeeded by Dame "
        "Fiona Reeve, currently Senior Independent Director."
    )
    rows = _rows(text)
    assert rows["Ian Blackwood"].role == "chairman"
    reeve = rows["Fiona Reeve"]
    assert (reeve.change_type, reeve.role) == ("role_change", "chairman")
    assert reeve.effective_date == "2027-03-31"
