"""Row details (details.py, output.py): reason, disagreement, nominator, committees,
independence, the evidence sentence and its offsets, contact lines, entities."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import EXTRACTOR_VERSION, extract
from reviewer.core.extraction.details import is_contact
from reviewer.core.extraction.sentences import Sentence
from tests.core.extraction.conftest import DATELINE_2024, DATELINE_OCT, Extracted


def test_resignation_with_reason_and_no_disagreement(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. (NYSE: ACW) today announced that Mr. Peter "
        "Quill has resigned from the Board of Directors, effective immediately, for "
        "personal reasons. Mr. Quill's resignation did not result from any "
        "disagreement with the Company on any matter."
    )
    extraction = extracted(text, rules_only=True)
    (row,) = extraction.rows
    assert row.person == "Peter Quill"
    assert row.rules[:2] == ("trigger:resigned", "assign:subject")
    assert row.change_type == "resigned"
    assert row.effective_date == "2024-03-04"
    assert "immediately" in row.effective_text
    assert row.reason == "personal reasons"
    assert row.disagreement == "no"
    assert row.row_id == "m1"
    filing = extraction.filing
    assert filing.company == "Acme Widgets Inc."
    assert (filing.ticker, filing.exchange) == ("ACW", "NYSE")
    assert filing.announcement_date == "2024-03-04"
    assert filing.dateline_city == "SPRINGFIELD"
    document = Document(
        text=text, source_path="memo.txt", sha256="0" * 64, format=DocumentFormat.TEXT
    )
    assert extract(document, rules_only=True).extractor_version == EXTRACTOR_VERSION


def test_hard_wrapped_names_and_evidence_offsets(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "SPRINGFIELD, March 4, 2024 (NEWSWIRE) -- Acme Widgets Inc. today\n"
        "announced that Ms. Maria\nGonzalez has resigned from the Board of\n"
        "Directors with immediate effect.\n\nAbout Acme\n\nAcme makes widgets.\n"
    )
    (row,) = extracted(text, rules_only=True).rows
    assert row.person == "Maria Gonzalez"
    start, end = int(row.evidence_start), int(row.evidence_end)
    assert " ".join(text[start:end].split()) == row.evidence
    assert "Gonzalez has resigned" in row.evidence
    assert row.page == ""


def test_entities_cover_every_part_of_a_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. (NYSE: ACW) today announced that Mr. Tom "
        "Paris, a director nominated by Big Holdings Limited under an Investor Rights "
        "Agreement dated as of May 2, 2019, has resigned from the Board with immediate "
        "effect due to personal reasons. His resignation did not result from any "
        "disagreement with the Company. The Board appointed Ann Ray to the Board and "
        "to its Audit Committee. After these changes the Board will consist of seven "
        "members, including five independent directors."
    )
    extraction = extracted(text, rules_only=True)
    labels = {e.label.value for e in extraction.entities}
    assert labels >= {
        "PERSON", "COMPANY", "TICKER", "EXCHANGE", "DATE", "DATELINE", "ROLE",
        "CHANGE", "EFFECTIVE", "REASON", "DISAGREEMENT", "NOMINATOR", "AGREEMENT",
        "BOARD_SIZE", "INDEPENDENT_COUNT", "COMMITTEE",
    }  # fmt: skip
    rows = {r.person: r for r in extraction.rows}
    assert rows["Tom Paris"].nominated_by == "Big Holdings Limited"
    assert rows["Tom Paris"].disagreement == "no"
    assert rows["Ann Ray"].change_type == "appointed"
    assert rows["Ann Ray"].committees == "audit"
    changes = [e.text for e in extraction.entities if e.label.value == "CHANGE"]
    assert changes == ["resigned", "appointed"]


def test_an_officer_joining_the_board_is_not_independent(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that Chief Executive Officer Jane "
        "Smith has been appointed to the Board of Directors. Separately, Anil Mehta "
        "ceased to be a director upon completion of his tenure."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert (rows["Jane Smith"].change_type, rows["Jane Smith"].independent) == (
        "appointed",
        "false",
    )
    assert rows["Anil Mehta"].change_type == "resigned"
    assert rows["Anil Mehta"].effective_text == "upon completion of his tenure"


def test_reason_with_a_possessive_other_business_commitments(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that Hal Brook resigned from the "
        "Board due to his other business commitments."
    )
    assert (
        extracted(text, rules_only=True).by_person()["Hal Brook"].reason
        == "other business commitments"
    )


def test_contact_block_after_a_following_sentence_is_no_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Tamberlin Gold Ltd (ASX: TBG) advises that Ms Grace Okoye has "
        "retired from the Board.\n\n"
        "Following Ms Okoye's retirement the Board will comprise five directors.\n\n"
        "For further information:\n"
        "Peter Lindqvist, Managing Director, +44 20 7946 0123\n"
        "Maria Costa, Company Secretary, maria.costa@tamberlin.example\n"
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {"Grace Okoye"}


def test_name_title_and_phone_line_is_never_evidence(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Tamberlin Gold Ltd announced that the Board appointed Ivo "
        "Marek as a director.\n\n"
        "Contacts: Ines Baptiste, retired banker and board liaison, +1 415 555 0199"
    )
    assert set(extracted(text, rules_only=True).by_person()) == {"Ivo Marek"}


def test_accented_capitals_in_committees_nominators_companies_and_cities(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "ŁÓDŹ, Oct. 6, 2026 (NEWSWIRE) -- Ørnhøj Żegluga S.A. (WSE: ORZ) announced "
        "that Aleksander Nowak has been appointed to the Board as a director, "
        "nominated by Östra Hamnen Capital AB. Mr. Nowak will serve as chair of the "
        "Étude Committee."
    )
    extraction = extracted(text, rules_only=True)
    row = {r.person: r for r in extraction.rows}["Aleksander Nowak"]
    assert row.nominated_by == "Östra Hamnen Capital AB"
    assert row.committees == "étude"
    assert extraction.filing.dateline_city == "ŁÓDŹ"
    assert extraction.filing.company == "Ørnhøj Żegluga S.A."


def test_lines_after_a_colon_are_not_part_of_the_change_sentence(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Corvane Inc. announced that following the retirement of Paul "
        "Ekwueme, the Board will comprise five directors:\n"
        "Rosa Lindgren, Chair\nTariq Mahmood, Director\n"
    )
    extraction = extracted(text, rules_only=True)
    assert [(r.person, r.change_type, r.role) for r in extraction.rows] == [
        ("Paul Ekwueme", "retired", "director")
    ]
    sentence = extraction.rows[0].evidence
    assert "Lindgren" not in sentence


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("Ana Ruiz, Company Secretary, +34 91 555 0100", True),
        ("Media: Ana Ruiz (212) 555-0100", True),
        ("Investors: ana.ruiz@corvane.example", True),
        ("Ana Ruiz 41,220,118 98.72 797,301 1.28", False),
        ("Ana Ruiz served on the Board from 2019-2024.", False),
    ],
)
def test_contact_lines_are_told_from_vote_rows(line: str, contact: bool) -> None:
    assert is_contact(Sentence(0, len(line), line)) is contact


# A first-person letter's change goes to its writer (``letter:signer``): the name
# after the closing, or the e-mail's "From:" sender when there is no closing.
LETTERS = [
    "Exhibit 17.1\nFrom: Dana K. Whitfield\nSent: Friday, March 18, 2026 12:29 PM\n"
    "To: Tom Reyes\nSubject: Board\nIt is for these reasons that I can no longer be "
    "a member of the Board of Directors. I formally turn in my resignation as of "
    "today.\nDana K. Whitfield\n",
    "Exhibit 17.1\n\nDear Mr. Reyes: Please consider this my notification of "
    "resignation from the Board of Corvane Capital, Inc. Yours truly, /s/ Dana K. "
    "Whitfield Dana K. Whitfield.",
]


@pytest.mark.parametrize("letter", LETTERS)
def test_a_letters_writer_resigns(
    extracted: Callable[..., Extracted], letter: str
) -> None:
    (candidate,) = [
        c for c in extracted(letter).candidates if "letter:signer" in c.event.rules
    ]
    assert candidate.event.person.name == "Dana K. Whitfield"
    assert candidate.event.kind == "resigned"
