"""Rules added so the extractor reads announcements unlike the development corpus.

Every sentence here is written for these tests: names, companies and wording
differ from both the development corpus and the held-out set.
"""

from __future__ import annotations

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.core.records import Extraction, RosterRow

DATELINE = "RIVERTON, Oct. 6, 2026 (NEWSWIRE) -- "


def _extract(text: str) -> Extraction:
    document = Document(
        text=text,
        source_path="note.txt",
        sha256="1" * 64,
        format=DocumentFormat.TEXT,
    )
    return extract(document)


def _rows(text: str) -> dict[str, RosterRow]:
    return {row.person: row for row in _extract(text).rows}


def test_apostrophe_surnames_with_curly_or_straight_marks() -> None:
    text = (
        DATELINE + "Pellow Mills Corp. (NYSE: PLM) said that Siobhan D’Arcy-Quinn "
        "has resigned from the Board. The Board appointed Conor O'Malley as a "
        "director. Ms. D’Arcy-Quinn thanked the team."
    )
    rows = _rows(text)
    assert rows["Siobhan D’Arcy-Quinn"].change_type == "resigned"
    assert rows["Conor O'Malley"].change_type == "appointed"


def test_jr_written_as_a_word_is_a_suffix_and_keeps_the_list() -> None:
    text = (
        DATELINE + "Pellow Mills Corp. said that Walter P. Ashgrove Jr. and Ines "
        "Bramwell stepped down from the Board of Directors on October 2."
    )
    rows = _rows(text)
    assert set(rows) == {"Walter P. Ashgrove, Jr.", "Ines Bramwell"}
    assert {r.change_type for r in rows.values()} == {"resigned"}


def test_double_surname_later_is_the_same_person() -> None:
    text = (
        DATELINE + "Pellow Mills Corp. announced that Ana Lucía Serrano Gil, a "
        "director since 2015, will leave the company. Ms. Serrano Gil has resigned "
        "from the Board, effective October 9."
    )
    rows = _extract(text).rows
    assert [(r.person, r.change_type) for r in rows] == [
        ("Ana Lucía Serrano Gil", "resigned")
    ]


def test_organisation_with_a_foreign_legal_ending_is_not_a_person() -> None:
    text = (
        "Pellow Mills Announces Appointment of Andes Cobre Nominee to Board\n\n"
        + DATELINE
        + "Pellow Mills Corp. announced that Tomasz Lindgren has joined the Board "
        'of Directors as the nominee of Andes Cobre S.A. ("Andes Cobre").'
    )
    rows = _rows(text)
    assert set(rows) == {"Tomasz Lindgren"}


def test_number_words_and_form_item_titles_are_not_names() -> None:
    text = (
        "Item 5.02 Departure of Directors or Certain Officers; Election of Directors; "
        "Appointment of Certain Officers; Compensatory Arrangements of Certain "
        "Officers.\n\nOn October 1, 2026, Mr. Orrin Vesk notified the Board that he "
        "would resign as a director. At the time of his resignation, Mr. Vesk "
        "chaired the Audit Committee.\n\nFour Ridgeback directors will join the "
        "Board after the merger closes."
    )
    rows = _rows(text)
    assert set(rows) == {"Orrin Vesk"}
    assert rows["Orrin Vesk"].change_type == "resigned"
