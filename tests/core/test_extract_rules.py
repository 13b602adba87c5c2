"""Extraction rules, one family at a time, on sentences written for these tests."""

from __future__ import annotations

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import EXTRACTOR_VERSION, extract
from reviewer.core.records import Extraction, RosterRow

DATELINE = "SPRINGFIELD, March 4, 2024 (NEWSWIRE) -- "


def _extract(text: str, **metadata: str) -> Extraction:
    document = Document(
        text=text,
        source_path="memo.txt",
        sha256="0" * 64,
        format=DocumentFormat.TEXT,
        metadata=metadata,
    )
    return extract(document, rules_only=True)  # the rule path; the model: CV


def _rows(text: str) -> dict[str, RosterRow]:
    return {row.person: row for row in _extract(text).rows}


def test_resignation_with_reason_and_no_disagreement() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. (NYSE: ACW) today announced that Mr. Peter "
        "Quill has resigned from the Board of Directors, effective immediately, for "
        "personal reasons. Mr. Quill's resignation did not result from any "
        "disagreement with the Company on any matter."
    )
    extraction = _extract(text)
    assert extraction.extractor_version == EXTRACTOR_VERSION
    (row,) = extraction.rows
    assert row.person == "Peter Quill"
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


def test_appointment_with_committees_and_future_date() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. (Nasdaq: ACW) announced that its Board has "
        "appointed Jane Q. Doe as an independent director, effective April 1, 2024. "
        "Ms. Doe will serve on the Audit and Compensation Committees."
    )
    row = _rows(text)["Jane Q. Doe"]
    assert row.change_type == "appointed"
    assert row.independent == "true"
    assert row.effective_date == "2024-04-01"
    assert row.committees == "audit; compensation"


def test_death_of_a_director() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced with deep sadness that Henry "
        "Fonda, a member of its Board of Directors, passed away on February 2, 2024."
    )
    assert _rows(text)["Henry Fonda"].change_type == "deceased"


def test_retirement_and_not_standing_for_re_election() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Gloria Steinem will retire "
        "from the Board effective June 30, 2024. Separately, director Lena Horne has "
        "informed the Board that she will not stand for re-election at the annual "
        "meeting."
    )
    rows = _rows(text)
    assert rows["Gloria Steinem"].change_type == "retired"
    assert rows["Gloria Steinem"].effective_date == "2024-06-30"
    assert rows["Lena Horne"].change_type == "not_standing"


def test_existing_director_named_chair_is_a_role_change() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that the Board has appointed "
        "Marcus Aurelius, a current director, to serve as Chairman of the Board."
    )
    row = _rows(text)["Marcus Aurelius"]
    assert row.change_type == "role_change"
    assert "chair" in row.role


def test_officer_only_change_gives_no_row() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that its Board of Directors has "
        "appointed Dana Scully as Chief Financial Officer, effective May 1, 2024."
    )
    assert _rows(text) == {}


def test_leaving_as_ceo_but_staying_a_director_gives_no_row() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Sam Carter has resigned as "
        "Chief Executive Officer and will remain a member of the Board."
    )
    assert _rows(text) == {}


def test_director_of_marketing_is_not_a_board_role() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that it has appointed Fox Mulder "
        "as Director of Marketing. The Board welcomed the news."
    )
    assert _rows(text) == {}


def test_other_companies_boards_in_a_biography_give_no_row() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. named John Smith its Chief Executive "
        "Officer. Mr. Smith serves on the board of directors of Globex Corporation "
        "and was elected to the board of Initech Inc. in 2019."
    )
    assert _rows(text) == {}


def test_quoted_executives_are_not_changes() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. reported record sales. \u201cWe are thrilled "
        "to welcome Ann Perkins to our board and we thank Ron Swanson for his years "
        "as a director,\u201d said Leslie Knope, Chair of the Board."
    )
    assert _rows(text) == {}


def test_board_size_and_independent_count() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Tom Haverford resigned from "
        "the Board. Following this change, the Board will consist of nine members, "
        "including seven independent directors."
    )
    filing = _extract(text).filing
    assert filing.board_size_after == "9"
    assert filing.independent_directors_after == "7"


def test_date_without_year_is_resolved_against_the_announcement() -> None:
    text = (
        "SPRINGFIELD, December 20, 2023 (NEWSWIRE) -- Acme Widgets Inc. announced "
        "that Donna Meagle has been appointed to the Board, effective January 5."
    )
    assert _rows(text)["Donna Meagle"].effective_date == "2024-01-05"


def test_surname_first_name_and_later_reference() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Mr. Zhang Wei, a director of "
        "the Company, has resigned from the Board. The Board thanks Mr. Zhang for "
        "his service."
    )
    rows = _extract(text).rows
    assert [r.person for r in rows] == ["Zhang Wei"]


def test_nickname_and_later_references_are_one_person() -> None:
    text = (
        DATELINE + 'Acme Widgets Inc. announced that William "Bill" Hartman has '
        "been elected to the Board of Directors. Mr. Hartman joined Acme in 2001. "
        "Bill Hartman will serve on the Audit Committee."
    )
    rows = _extract(text).rows
    assert [(r.person, r.change_type) for r in rows] == [("William Hartman", "elected")]


def test_several_people_in_one_sentence() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Anna Bell, Carl Dent and "
        "Erin Fox were elected to the Board, and that Gus Hill resigned from the Board."
    )
    rows = _rows(text)
    assert {p: r.change_type for p, r in rows.items()} == {
        "Anna Bell": "elected",
        "Carl Dent": "elected",
        "Erin Fox": "elected",
        "Gus Hill": "resigned",
    }


def test_hard_wrapped_names_and_evidence_offsets() -> None:
    text = (
        "SPRINGFIELD, March 4, 2024 (NEWSWIRE) -- Acme Widgets Inc. today\n"
        "announced that Ms. Maria\nGonzalez has resigned from the Board of\n"
        "Directors with immediate effect.\n\nAbout Acme\n\nAcme makes widgets.\n"
    )
    (row,) = _extract(text).rows
    assert row.person == "Maria Gonzalez"
    start, end = int(row.evidence_start), int(row.evidence_end)
    assert " ".join(text[start:end].split()) == row.evidence
    assert "Gonzalez has resigned" in row.evidence
    assert row.page == ""


def test_vote_table_of_directors_elected_at_the_annual_meeting() -> None:
    text = (
        "Item 5.07 Submission of Matters to a Vote of Security Holders.\n"
        "At the Annual Meeting of Shareholders held on May 10, 2024, the "
        "shareholders voted as follows:\n"
        "(1) The following 3 persons were elected to serve as directors:\n"
        "Nominee For Against Abstain\n"
        "Ann Lee 1,000 20 5\nBob Roy 990 30 5\nCid Moe 980 40 5\n"
        "(2) The shareholders ratified the appointment of the auditors.\n"
    )
    rows = _extract(text).rows
    assert [(r.person, r.change_type, r.effective_date) for r in rows] == [
        ("Ann Lee", "elected", "2024-05-10"),
        ("Bob Roy", "elected", "2024-05-10"),
        ("Cid Moe", "elected", "2024-05-10"),
    ]


def test_officer_elections_are_not_board_changes() -> None:
    text = (
        DATELINE + "The Board of Directors of Acme Widgets Inc. elected Ava Stone "
        "and Eli Park as Co-Presidents and Chief Operating Officers of the Firm."
    )
    assert _rows(text) == {}


def test_metadata_supplies_form_fields_and_the_filing_date() -> None:
    text = (
        "Item 5.02 Departure of Directors or Certain Officers; Election of "
        "Directors; Appointment of Certain Officers.\nOn June 3, 2024, Rex Moss "
        "notified the Board of Directors that he will resign as a director, "
        "effective immediately."
    )
    extraction = _extract(
        text,
        form_type="8-K",
        cik="0000000001",
        accession_number="0000000001-24-000001",
        filing_date="2024-06-05",
    )
    filing = extraction.filing
    assert (filing.form_type, filing.cik) == ("8-K", "0000000001")
    assert filing.announcement_date == "2024-06-05"
    (row,) = extraction.rows
    assert (row.person, row.change_type) == ("Rex Moss", "resigned")
    assert row.effective_date == "2024-06-03"


def test_negative_announcement_has_no_rows() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. (NYSE: ACW) reported revenue of $10 million "
        "for the quarter. Chairman and CEO Ben Wyatt will host a call."
    )
    extraction = _extract(text)
    assert extraction.rows == ()
    assert extraction.filing.ticker == "ACW"


def test_named_chair_and_lead_independent_director() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Jane Roe, currently Lead "
        "Independent Director, has been named Chair of the Board. Kim Wexler, a "
        "director since 2019, was appointed Lead Independent Director."
    )
    rows = _rows(text)
    assert rows["Jane Roe"].change_type == "role_change"
    assert rows["Jane Roe"].role == "chair"
    assert rows["Kim Wexler"].change_type == "role_change"
    assert rows["Kim Wexler"].role == "lead independent director"


def test_day_month_year_dates_plc_issuer_and_first_name_reference() -> None:
    text = (
        "LONDON, 12 March 2024 - Foo plc (LSE: FOO) announces that Sir Alan "
        "Partridge has been appointed as a Non-Executive Director with effect from "
        "1 April 2024. Alan will join the Audit and Risk Committee."
    )
    extraction = _extract(text)
    assert extraction.filing.company == "Foo plc"
    assert extraction.filing.announcement_date == "2024-03-12"
    (row,) = extraction.rows
    assert (row.person, row.change_type) == ("Alan Partridge", "appointed")
    assert row.role == "non-executive director"
    assert row.effective_date == "2024-04-01"
    assert row.committees == "audit and risk"


def test_passing_of_a_board_member_and_degrees_after_names() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced the passing of board member "
        "Edward Norton. The Board appointed Dr. Gregory House, M.D., as a Class II "
        "director, effective immediately."
    )
    rows = _rows(text)
    assert rows["Edward Norton"].change_type == "deceased"
    assert rows["Gregory House"].change_type == "appointed"
    assert rows["Gregory House"].effective_date == "2024-03-04"


def test_later_reference_by_surname_alone() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Martha Kent will become a "
        "senior advisor to the Company. Kent will step down from the Board on June "
        "30, 2024. She joined Acme Widgets in 2001."
    )
    (row,) = _extract(text).rows
    assert (row.person, row.change_type) == ("Martha Kent", "resigned")
    assert row.effective_date == "2024-06-30"


def test_entities_cover_every_part_of_a_change() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. (NYSE: ACW) today announced that Mr. Tom "
        "Paris, a director nominated by Big Holdings Limited under an Investor Rights "
        "Agreement dated as of May 2, 2019, has resigned from the Board with immediate "
        "effect due to personal reasons. His resignation did not result from any "
        "disagreement with the Company. The Board appointed Ann Ray to the Board and "
        "to its Audit Committee. After these changes the Board will consist of seven "
        "members, including five independent directors."
    )
    extraction = _extract(text)
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


def test_removal_and_interim_chair() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that its Board of Directors has "
        "removed Gary Oldman as Chairman and as a director, effective immediately. "
        "The Board has named Lead Independent Director Helen Mirren as interim Chair."
    )
    rows = _rows(text)
    assert rows["Gary Oldman"].change_type == "removed"
    assert rows["Gary Oldman"].effective_date == "2024-03-04"
    assert rows["Helen Mirren"].change_type == "role_change"


def test_same_day_appointment_and_expanded_board() -> None:
    text = (
        "On February 12, 2024, the Board of Directors of Orion Corp. accepted the "
        "resignation of Frank Castle as a director, effective immediately. On the "
        "same day, the Board appointed Karen Page to fill the vacancy. The Board has "
        "been expanded to eight members."
    )
    extraction = _extract(text)
    rows = {r.person: r for r in extraction.rows}
    assert rows["Frank Castle"].change_type == "resigned"
    assert rows["Karen Page"].effective_date == "2024-02-12"
    assert extraction.filing.board_size_after == "8"


def test_an_officer_joining_the_board_is_not_independent() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Chief Executive Officer Jane "
        "Smith has been appointed to the Board of Directors. Separately, Anil Mehta "
        "ceased to be a director upon completion of his tenure."
    )
    rows = _rows(text)
    assert (rows["Jane Smith"].change_type, rows["Jane Smith"].independent) == (
        "appointed",
        "false",
    )
    assert rows["Anil Mehta"].change_type == "resigned"
    assert rows["Anil Mehta"].effective_text == "upon completion of his tenure"


def test_chairs_and_boards_of_other_organisations_give_no_row() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that its Chief Executive Officer, "
        "Peter Pan, has been appointed Chairman of the Board of Trustees of the "
        "Smithsonian Institution. Mr. Pan also serves on the board of directors of "
        "Globex Corporation."
    )
    assert _rows(text) == {}


def test_successor_as_committee_chair_and_listed_nominees() -> None:
    text = (
        "Mary Major, who has served as a director since 2012, will succeed John "
        "Minor as Chair of the Audit Committee. The Company's stockholders elected "
        "each of the Board's nominees, Alice Able, Bob Baker and Carol Chase, to "
        "serve until the 2025 annual meeting."
    )
    rows = _rows(text)
    assert rows["Mary Major"].change_type == "role_change"
    assert rows["Mary Major"].role == "audit committee chair"
    assert {p for p, r in rows.items() if r.change_type == "elected"} == {
        "Alice Able",
        "Bob Baker",
        "Carol Chase",
    }


def test_changes_effective_upon_a_closing() -> None:
    text = (
        "Effective upon the closing of the Merger, Dan Dare and Eve Echo will resign "
        "from the Board and Fay Fox will be appointed to the Board."
    )
    rows = _rows(text)
    assert {p: r.change_type for p, r in rows.items()} == {
        "Dan Dare": "resigned",
        "Eve Echo": "resigned",
        "Fay Fox": "appointed",
    }
    assert all(r.effective_date == "" for r in rows.values())
    assert all("closing of the Merger" in r.effective_text for r in rows.values())


def test_form_cover_page_fields() -> None:
    text = (
        "FORM 8-K\n\nCURRENT REPORT\n\nDate of Report (Date of earliest event "
        "reported): May 1, 2024\n\nGlobex Holdings, Inc.\n(Formerly known as Globex "
        "Corp.)\n(Exact name of registrant as specified in its charter)\n\n"
        "Securities registered pursuant to Section 12(b) of the Act:\n"
        "Title of each class | Trading Symbol(s) | Name of each exchange on which "
        "registered\nCommon Stock, par value $0.01 | GLBX | The Nasdaq Stock Market "
        "LLC\n\nItem 5.02 Departure of Directors or Certain Officers.\nOn May 1, 2024, "
        "Hank Scorpio resigned from the Board of Directors.\n\nSIGNATURES\n"
        "Date: May 3, 2024 By: /s/ Homer Simpson\n"
    )
    extraction = _extract(text)
    filing = extraction.filing
    assert filing.company == "Globex Holdings, Inc."
    assert (filing.ticker, filing.exchange) == ("GLBX", "Nasdaq")
    assert filing.announcement_date == "2024-05-03"
    (row,) = extraction.rows
    assert (row.person, row.change_type, row.effective_date) == (
        "Hank Scorpio",
        "resigned",
        "2024-05-01",
    )


def test_common_phrasings_of_board_changes() -> None:
    text = (
        "The Board has accepted John Smith's resignation as a director, effective "
        "March 31, 2024. Diana Prince has joined the Board of Directors as an "
        "independent director. Acme announced the appointment of Tony Stark as Chief "
        "Executive Officer and a member of the Board. Natasha Romanoff will step down "
        "as Chair but will continue to serve as a director. Anne Lane was re-elected "
        "as a director at the annual meeting."
    )
    rows = _rows(text)
    assert rows["John Smith"].change_type == "resigned"
    assert rows["John Smith"].effective_date == "2024-03-31"
    assert (rows["Diana Prince"].role, rows["Diana Prince"].independent) == (
        "independent director",
        "true",
    )
    assert (rows["Tony Stark"].change_type, rows["Tony Stark"].independent) == (
        "appointed",
        "false",
    )
    assert (rows["Natasha Romanoff"].change_type, rows["Natasha Romanoff"].role) == (
        "resigned",
        "chair",
    )
    assert "Anne Lane" not in rows  # a re-election is no change


def test_form_8k_item_502_paragraphs() -> None:
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
    extraction = _extract(text)
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


def test_current_role_is_not_the_new_role() -> None:
    text = (
        DATELINE + "The Board has elected Nancy Davolio, currently Lead Independent "
        "Director, to succeed Andrew Fuller as Chair of the Board effective January "
        "1, 2025."
    )
    row, left = _extract(text).rows
    assert (row.person, row.change_type, row.role) == (
        "Nancy Davolio",
        "role_change",
        "chair",
    )
    assert row.effective_date == "2025-01-01"
    # the chair she succeeds leaves it (data/corpus/README.md, succession.py)
    assert (left.person, left.change_type, left.role) == (
        "Andrew Fuller",
        "resigned",
        "chair",
    )


def test_leaving_the_board_and_a_committee_chair() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Olga Berg is retiring from the "
        "Board and as chair of the Audit Committee with effect from the next annual "
        "general meeting."
    )
    (row,) = _extract(text).rows
    assert (row.change_type, row.role) == ("retired", "director; audit committee chair")
    assert "next annual general meeting" in row.effective_text


def test_dates_taken_from_the_change_they_depend_on() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Carl Sagan will retire from the "
        "Board effective June 30, 2024. The Board has appointed Vera Rubin, a current "
        "member of the Audit Committee, to be the Audit Committee Chair effective as "
        "of Mr. Sagan's retirement. Separately, Ada Byron will step down as Chair of "
        "the Board effective May 31, 2024. She will be succeeded by Grace Hopper."
    )
    rows = _rows(text)
    assert rows["Vera Rubin"].change_type == "role_change"
    assert rows["Vera Rubin"].effective_date == "2024-06-30"
    assert (rows["Ada Byron"].change_type, rows["Ada Byron"].role) == (
        "resigned",
        "chair",
    )
    grace = rows["Grace Hopper"]
    assert (grace.change_type, grace.role, grace.effective_date) == (
        "role_change",
        "chair",
        "2024-05-31",
    )


def test_titles_before_names_and_appositives_with_other_names() -> None:
    text = (
        DATELINE + "Acme Widgets names Rosa Parks as its lead independent board "
        "director. Another Acme board member, Globex CEO Jim Lovell, will not be "
        "seeking re-election at the next annual meeting. Acme board member Ken Kesey "
        "announced he would be stepping down. The change came a month after Dana "
        "Scott, the founder of Initech and a friend of Chief Executive Officer Ben "
        "Ford, joined the board."
    )
    rows = _rows(text)
    assert rows["Rosa Parks"].role == "lead independent board director"
    assert rows["Jim Lovell"].change_type == "not_standing"
    assert rows["Ken Kesey"].change_type == "resigned"
    assert rows["Dana Scott"].change_type == "appointed"
    assert "Ben Ford" not in rows
    assert all(" " in person for person in rows)  # no "Another Acme"


def test_a_past_join_in_a_relative_clause_is_biography() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Ms. Lily Chen, who joined the "
        "Board in March, 2021, has stepped down due to personal commitments."
    )
    (row,) = _extract(text).rows
    assert (row.person, row.change_type) == ("Lily Chen", "resigned")
    assert row.reason == "personal commitments"


def test_uk_directorate_change_announcement() -> None:
    text = (
        "Directorate Change\n\n12 March 2024\n\n"
        'Widget Holdings plc ("Widget" or the "Company")\n\n'
        "The Board of Widget Holdings plc announces that Sarah Thompson will step "
        "down as a Non-Executive Director with effect from the conclusion of the "
        "Company's Annual General Meeting on 12 May 2024. The Board is also pleased "
        "to announce the appointment of David Okafor as an Independent Non-Executive "
        "Director with effect from 1 April 2024."
    )
    extraction = _extract(text)
    assert extraction.filing.company == "Widget Holdings plc"
    assert extraction.filing.announcement_date == "2024-03-12"
    rows = {r.person: r for r in extraction.rows}
    assert (
        rows["Sarah Thompson"].change_type,
        rows["Sarah Thompson"].effective_date,
    ) == (
        "resigned",
        "2024-05-12",
    )
    assert rows["David Okafor"].role == "independent non-executive director"
    assert rows["David Okafor"].effective_date == "2024-04-01"


def test_independent_count_after_a_resignation_and_a_defined_company() -> None:
    text = (
        "On January 5, 2024, Michael Scott, a member of the Board of Directors of "
        'Dunder Corp. (the "Company"), passed away. Following his death, the Company '
        "will have only two independent directors."
    )
    extraction = _extract(text)
    assert extraction.filing.company == "Dunder Corp."
    assert extraction.filing.independent_directors_after == "2"
    (row,) = extraction.rows
    assert (row.person, row.change_type, row.effective_date) == (
        "Michael Scott",
        "deceased",
        "2024-01-05",
    )


def test_at_that_time_refers_to_the_date_before_it() -> None:
    text = (
        DATELINE + "Acme Widgets Inc. announced that Ray Stone will continue as "
        "Executive Chairman through January 31, 2025, and will step down from the "
        "Board at that time."
    )
    (row,) = _extract(text).rows
    assert (row.person, row.change_type) == ("Ray Stone", "resigned")
    assert (row.effective_date, row.effective_text) == ("2025-01-31", "at that time")
