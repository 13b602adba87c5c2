"""The release's date (announce.py, fields/when.py), rule by rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import Extracted, Fields

NEWS = " Acme Corp. announced that Jo Park joined its board.\n"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the dateline's date, in each common form
        ("HONG KONG, 18 September 2020 --" + NEWS, "2020-09-18"),
        ("SAN JOSE, Calif., Sept. 18, 2020 /PRNewswire/ --" + NEWS, "2020-09-18"),
        ("LONDON, September 18th, 2020 -- " + NEWS, "2020-09-18"),
        ("NEW YORK, 2020-09-18 /CNW/ --" + NEWS, "2020-09-18"),
        (
            "MURFREESBORO, TN / ACCESS Newswire / February 7, 2025 /" + NEWS,
            "2025-02-07",
        ),
        (
            "Philadelphia, Pennsylvania--(Newsfile Corp. - February 10, 2025) -" + NEWS,
            "2025-02-10",
        ),
        # a date line of its own at the top
        ("ASX ANNOUNCEMENT            14 October 2025\n\n" + NEWS, "2025-10-14"),
        ("For Immediate Release: May 2, 2026\n\n" + NEWS, "2026-05-02"),
        # a signature block's date
        (
            "Jo Park joined the board of Acme Corp.\n\nACME CORP.\nBy: /s/ Al Moe\n"
            "Date: March 3, 2026\n",
            "2026-03-03",
        ),
    ],
)
def test_written_dates(fields: Fields, text: str, date: str) -> None:
    assert fields(text).announcement_date == date


@pytest.mark.parametrize(
    ("text", "stamp", "date"),
    [
        # when.weekday: the last such weekday on or before the page's timestamp
        (
            "Acme Airways said Monday that Jo Park was named chairman.\n",
            "2025-02-10 15:20:00",
            "2025-02-10",
        ),
        (
            "Acme Lifestyle on Tuesday announced that its board accepted a "
            "resignation.\n",
            "2025-02-11 23:35:37",
            "2025-02-11",
        ),
        (
            "Two directors will leave, according to a Friday filing with the SEC.\n",
            "2025-02-08 05:38:00",
            "2025-02-07",
        ),
        (
            "Acme said Friday that Jo Park joined its board.\n",
            "Mon, 10 Feb 2025 09:00:00 +0000",
            "2025-02-07",
        ),
        # a site's timestamp alone is not the release's date
        ("Acme appointed Jo Park as a director.\n", "2025-02-10 15:20:00", ""),
    ],
)
def test_weekday_resolved_from_the_page_timestamp(
    fields: Fields, text: str, stamp: str, date: str
) -> None:
    assert fields(text, date=stamp).announcement_date == date


def test_the_dateline_wins_over_the_timestamp(fields: Fields) -> None:
    text = (
        "TEJON RANCH, Calif., Feb. 11, 2025 (GLOBE NEWSWIRE) -- Acme said Monday" + NEWS
    )
    assert fields(text, date="2025-02-12 22:15:00").announcement_date == "2025-02-11"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a labelled numeric date (an exchange letter): day first outside the US
        (
            "Date: 13.02.2025\n\nTo,\nBSE Limited\n\nSub: Outcome of Board Meeting\n",
            "2025-02-13",
        ),
        (
            "Date: 05/02/2025\n\nSub: Outcome of Board Meeting of Acme Limited\n",
            "2025-02-05",
        ),
        ("Date: 2025-02-13\n\nSub: Change in Directorate\n", "2025-02-13"),
        # a US filing writes the month first
        (
            "FORM 8-K\nSecurities and Exchange Commission\nDated: 02/05/2025\n\n"
            "Jo Park resigned.\n",
            "2025-02-05",
        ),
        (
            "FORM 8-K\nSecurities and Exchange Commission\nDated: 02/13/2025\n\n"
            "Jo Park resigned.\n",
            "2025-02-13",
        ),
        # a signature date written day first
        (
            "Jo Park joined the board.\n\nBy order of the Board\nDate: 13th February, "
            "2025\n",
            "2025-02-13",
        ),
    ],
)
def test_labelled_dates(fields: Fields, text: str, date: str) -> None:
    assert fields(text).announcement_date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a date line of its own: with a weekday, an ordinal, an RNS release time
        ("Acme plc\n\nFriday, February 7, 2025\n\nBoard change\n", "2025-02-07"),
        ("Acme plc\n\n18th September 2020\n\nBoard change\n", "2020-09-18"),
        (
            "Released 07:00:05 18 September 2020\n\nRNS Number : 1234A\nAcme plc\n",
            "2020-09-18",
        ),
        ("Acme Limited\n\n2020-09-18\n\nChange of directors\n", "2020-09-18"),
    ],
)
def test_date_lines(fields: Fields, text: str, date: str) -> None:
    assert fields(text).announcement_date == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # date.page_label: a page opening on its date
        (" date 2021-03-09 Corvane Holdings has appointed Jo Park.\n", "2021-03-09"),
        (
            "Published: 9 March 2021\n\nCorvane Holdings appointed Jo Park.\n",
            "2021-03-09",
        ),
        # date.release_header: a release-type header line carrying the date
        (
            "Corvane Oyj\n\nCorvane Oyj  STOCK EXCHANGE RELEASE   9 March 2021  "
            "9:00 EET\n\nThe Board appointed Jo Park.\n",
            "2021-03-09",
        ),
        (
            "Company announcement no. 4/2021 - 09.03.2021\n\nThe Board of Corvane "
            "A/S appointed Jo Park.\n",
            "2021-03-09",
        ),
        # date.clock_line: a date and a clock time on a line of their own
        (
            "Tuesday, 9 March, 2021 - 16:40\n\nThe board of Corvane named Jo Park.\n",
            "2021-03-09",
        ),
        (
            "Corvane : Change of directors\n\n03/19/2021 | 06:35am EDT\n\nJo Park "
            "resigned.\n",
            "2021-03-19",
        ),
        # date.letter: an e-mail's Sent: line, the date above the salutation
        (
            "From: Jo Park\nSent: Tuesday, March 9, 2021\nTo: Al Moe\n\nI resign "
            "from the board.\n",
            "2021-03-09",
        ),
        (
            "Jo Park, 12 Elm Road, Ferndale  March 9, 2021\nMr. Al Moe\nChairman\n"
            "Dear Al,\nI hereby resign as a director, effective April 30, 2021.\n",
            "2021-03-09",
        ),
        # date.meeting_outcome: a board meeting's outcome is filed that day
        (
            "The Board of Directors of the Company at its meeting held on 9th March, "
            "2021, inter alia, approved the appointment of Mr. Jo Park.\n",
            "2021-03-09",
        ),
        # date.lead_announced: the year left out is the text's own
        (
            "Corvane announced on the Hong Kong Stock Exchange on March 9 that Jo "
            "Park resigned, effective from March 8, 2021.\n",
            "2021-03-09",
        ),
    ],
)
def test_header_and_letter_dates(fields: Fields, text: str, date: str) -> None:
    assert fields(text).announcement_date == date


def test_an_event_date_in_the_lead_is_not_the_release_date(fields: Fields) -> None:
    text = "Corvane announced the death of director Jo Park on March 9, 2021.\n"
    assert fields(text).announcement_date == ""


def test_same_day_release_dates_the_weekday_named(fields: Fields) -> None:
    text = (
        "Corvane Chairman Jo Park stepped down effective Thursday, according to a "
        "same-day filing with the exchange.\n"
    )
    assert fields(text, date="2025-02-14 13:30:00").announcement_date == "2025-02-13"


def test_a_page_date_label_is_not_a_dateline(fields: Fields) -> None:
    found = fields(
        " date 2020-11-04 Wednesday, 4 November, 2020 - 14:15\n\nThe "
        "board of Corvane appointed Jo Park.\n"
    )
    assert found.dateline_city == ""
    assert found.announcement_date == "2020-11-04"


def test_an_agency_dateline_after_a_page_date(fields: Fields) -> None:
    found = fields(
        " date 2021-03-09 SINGAPORE - Corvane Holdings has appointed two "
        "directors, it said in a filing.\n"
    )
    assert found.dateline_city == "SINGAPORE"
    assert found.company == "Corvane Holdings"


def test_the_event_rules_read_dates_against_the_column_date(
    extracted: Callable[..., Extracted],
) -> None:
    # One announcement date: the one a field-only rule (a page's date label)
    # finds for the column is the one "immediately" is read against.
    text = (
        " date 2021-03-09 Corvane Holdings said Jo Park resigned as a director, "
        "effective immediately.\n"
    )
    result = extracted(text)
    assert result.filing.announcement_date == "2021-03-09"
    assert [(r.person, r.effective_date) for r in result.rows if r.person] == [
        ("Jo Park", "2021-03-09")
    ]


def test_a_closing_dated_statement(fields: Fields) -> None:
    # date.dated_statement: Bursa Malaysia and SGX announcements close so
    text = (
        "Seri Harta Berhad\n\nAPPOINTMENT OF DIRECTOR\n\nThe Board announces the "
        "appointment of Ada Quist.\n\nThis announcement is dated 11 February 2025.\n"
    )
    assert fields(text).announcement_date == "2025-02-11"


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---


def test_metadata_supplies_form_fields_and_the_filing_date(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Item 5.02 Departure of Directors or Certain Officers; Election of "
        "Directors; Appointment of Certain Officers.\nOn June 3, 2024, Rex Moss "
        "notified the Board of Directors that he will resign as a director, "
        "effective immediately."
    )
    extraction = extracted(
        text,
        form_type="8-K",
        cik="0000000001",
        accession_number="0000000001-24-000001",
        filing_date="2024-06-05",
        rules_only=True,
    )
    filing = extraction.filing
    assert (filing.form_type, filing.cik) == ("8-K", "0000000001")
    assert filing.announcement_date == "2024-06-05"
    (row,) = extraction.rows
    assert (row.person, row.change_type) == ("Rex Moss", "resigned")
    assert row.effective_date == "2024-06-03"


def test_release_dated_after_for_immediate_release(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "PRESS RELEASE\nFor Immediate Release: May 2, 2026\n\nHollin Gear Corp. "
        "(TSX-V: HGC) announced that Petra Voll has joined its Board of Directors."
    )
    assert extracted(text, rules_only=True).filing.announcement_date == "2026-05-02"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # date.opening_header: a date set off like a dateline's at the opening
        (
            "# Jo Park joins Larch Valley Foundation Board\n\n(NewMediaWire) - July "
            "16, 2025 - DALLAS — The Larch Valley Foundation appointed Jo Park.\n",
            "2025-07-16",
        ),
        (
            "Jo Park Appointed to the Board\n\nMarch 3, 2026 | The Larch Valley "
            "Foundation appointed Jo Park.\n",
            "2026-03-03",
        ),
    ],
)
def test_a_date_set_off_at_the_opening(fields: Fields, text: str, date: str) -> None:
    assert fields(text).announcement_date == date


@pytest.mark.parametrize(
    "text",
    [
        # not a date inside a sentence, nor one past the opening
        "Jo Park Appointed to the Board\n\nThe foundation said that on March 3, 2026 "
        "- a Tuesday - it appointed Jo Park.\n",
        "Jo Park Appointed to the Board\n\n"
        + "The foundation thanked her. " * 20
        + "\nMarch 3, 2026 - it appointed Jo Park.\n",
    ],
)
def test_not_a_date_set_off_at_the_opening(text: str) -> None:
    from reviewer.core.document import Document, DocumentFormat
    from reviewer.core.extraction.fields.page import make_page
    from reviewer.core.extraction.fields.when import opening_header
    from reviewer.core.extraction.scope import regions
    from reviewer.core.extraction.sentences import flatten

    document = Document(text, "release.txt", "f" * 64, DocumentFormat.TEXT)
    page = make_page(document, flatten(text), regions(document))
    assert opening_header(page) is None
