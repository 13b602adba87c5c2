"""The issuer's name (reviewer/core/extraction/fields/company.py), rule by rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import Extracted, Fields

BODY = "\n\nThe board thanked her for her service.\n"


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        # company.headline: the headline's subject, written as the body writes it
        (
            "",
            "Harrow Minerals Names Ada Quist to Board\n\nHarrow Minerals Ltd said on "
            "Tuesday that Ada Quist joined its board." + BODY,
            "Harrow Minerals Ltd",
        ),
        (
            "Quillon Foods Chair Bea Lund Announces Departure",
            "Quillon Foods ( (QLF) ) has issued an update.\n\nOn March 3, 2026, Bea "
            "Lund, the Chair of Quillon Foods, Inc., said she will not stand again."
            + BODY,
            "Quillon Foods, Inc.",
        ),
        (
            "Ostrava Rail Appoints New Director",
            "Ostrava Rail said Monday that Ivo Novak was appointed a director." + BODY,
            "Ostrava Rail",
        ),
        (
            "Two of Brightwater Utilities' Directors to Step Down",
            "Brightwater Utilities' board said two directors will leave." + BODY,
            "Brightwater Utilities",
        ),
        # a person opening the headline is not the company
        (
            "Tom Reyes appointed Velmont chairman",
            "Velmont Textiles said Tom Reyes, a director, was named chairman." + BODY,
            "Velmont Textiles",
        ),
    ],
)
def test_headline_subject(fields: Fields, title: str, body: str, company: str) -> None:
    got = fields(body, title=title) if title else fields(body)
    assert got.company == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # company.release: the issuer after the dateline, before a ticker bracket
        (
            "DENVER, Colo., March 2, 2026 /PRNewswire/ -- Larkspur Energy Corp. "
            "(NYSE: LKS) today announced that Rita Moss joined its board." + BODY,
            "Larkspur Energy Corp.",
        ),
        # a headline before the bracket: the name starts after the headline's verb
        (
            "Rita Moss Joins Larkspur Energy Corp. (NYSE: LKS) Board\n\nRita Moss has "
            "joined the board." + BODY,
            "Larkspur Energy Corp.",
        ),
        # defined "(the "Company")" of an exchange announcement
        (
            'Tanfield Harbour Holdings Limited (the "Company") announces that Mr Lee '
            "Wai Man has resigned as a director." + BODY,
            "Tanfield Harbour Holdings Limited",
        ),
        # an acronym headline: the full name the release gives
        (
            "KRT Announces Retirement of Director\n\nAUSTIN, Texas / ACCESS Newswire / "
            "May 4, 2026 / Kestrel Ridge Trust, Inc. announced today that Al Moe "
            "will retire from the KRT Board of Directors." + BODY,
            "Kestrel Ridge Trust, Inc.",
        ),
    ],
)
def test_release_names_the_issuer(fields: Fields, text: str, company: str) -> None:
    assert fields(text).company == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # company.brief_header: a news brief's capitals header
        (
            "NORTHGATE METALS:\n\n* APPOINTS JO WEI AS INDEPENDENT DIRECTOR\n",
            "NORTHGATE METALS",
        ),
        # company.lead: a story's opening subject
        (
            "By Ann Writer\n\nPellham Airways said Sam Roe was named chairman.\n",
            "Pellham Airways",
        ),
        (
            "Two of Brightwater Utilities' board members will step down this year.\n",
            "Brightwater Utilities",
        ),
        (
            "Mia Tan, an independent director on the board of Corvina Finance, was "
            "appointed chairperson.\n",
            "Corvina Finance",
        ),
        (
            "The Dalton Works Board of Directors has elected Ed Ruiz as chairman.\n",
            "Dalton Works",
        ),
    ],
)
def test_story_and_brief_name_the_issuer(
    fields: Fields, text: str, company: str
) -> None:
    assert fields(text).company == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # company.letter: a director's letter
        (
            "Dear Members of the Board,\n\nI hereby resign as a member of the Board of "
            "Directors of Acme Widgets, Inc., effective immediately.\n\nSincerely,\n"
            "Jo Park\n",
            "Acme Widgets, Inc.",
        ),
        (
            "To whom it may concern:\n\nI will not stand for re-election as a director "
            "of Harlow Biotech Corp. at the annual meeting.\n",
            "Harlow Biotech Corp.",
        ),
        # company.signature: the company above a signature
        (
            "On May 1, 2026, Jo Park resigned from the board.\n\nSIGNATURE\n\n"
            "HARLOW BIOTECH CORP.\n\nBy: /s/ Al Moe\nName: Al Moe\n",
            "HARLOW BIOTECH CORP.",
        ),
    ],
)
def test_letters_and_signatures(fields: Fields, text: str, company: str) -> None:
    assert fields(text).company == company


def test_edgar_header_name_as_the_document_writes_it() -> None:
    from reviewer.core.document import Document, DocumentFormat
    from reviewer.core.extraction import extract

    text = (
        "<SEC-HEADER>\nCOMPANY CONFORMED NAME: ACME WIDGETS, INC.\n</SEC-HEADER>\n"
        "Jo Park resigned from the board of directors.\n"
        "About Acme Widgets, Inc.\nAcme makes widgets.\n"
    )
    document = Document(
        text=text, source_path="a.txt", sha256="e" * 64, format=DocumentFormat.TEXT
    )
    assert extract(document).filing.company == "Acme Widgets, Inc."


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # company.letterhead: an exchange announcement's name line
        (
            "Hong Kong Exchanges and Clearing Limited take no responsibility for the "
            "contents of this announcement.\n\nGOLDEN DRAGON HOLDINGS LIMITED\n"
            "(Incorporated in the Cayman Islands with limited liability)\n"
            "(Stock Code: 1234)\n\nCHANGE OF DIRECTORS\n",
            "GOLDEN DRAGON HOLDINGS LIMITED",
        ),
        (
            "Southern Cross Minerals Limited\nABN 12 345 678 901\n\n"
            "ASX ANNOUNCEMENT\n\nBoard changes\n",
            "Southern Cross Minerals Limited",
        ),
        # company.release: a defined term in its common variants
        (
            "Westbay Capital Corp. (“Westbay”, the “Company”, “we” or “us”) announced "
            "that Jo Park joined its board.\n",
            "Westbay Capital Corp.",
        ),
        (
            'Pacifica Shipping Ltd. (hereinafter the "Company") announces that Jo Park '
            "has resigned.\n",
            "Pacifica Shipping Ltd.",
        ),
    ],
)
def test_exchange_announcements_name_the_issuer(
    fields: Fields, text: str, company: str
) -> None:
    assert fields(text).company == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # company.signature: Hong Kong / London and Indian signature blocks
        (
            "Jo Park has resigned as an independent non-executive director.\n\n"
            "By order of the Board\nGolden Dragon Holdings Limited\nLee Wai Man\n"
            "Chairman\n",
            "Golden Dragon Holdings Limited",
        ),
        (
            "The Board approved the appointment of Mr. Ravi Rao as a director.\n\n"
            "For ACME TEXTILES LIMITED\n\nSd/-\nCompany Secretary\n",
            "ACME TEXTILES LIMITED",
        ),
        # company.letterhead: an Indian letterhead's CIN line
        (
            "Acme Textiles Limited\nCIN: L17110MH1973PLC019786\n\nTo,\nBSE Limited\n\n"
            "Sub: Outcome of Board Meeting\n",
            "Acme Textiles Limited",
        ),
    ],
)
def test_signature_blocks_of_exchange_announcements(
    fields: Fields, text: str, company: str
) -> None:
    assert fields(text).company == company


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        # a connector inside the subject, confirmed by the legal suffix the body adds
        (
            "Tarn Copper and Cobalt Boosts Board with Ada Quist Appointment",
            "Tarn Copper and Cobalt Limited has appointed Ada Quist as a director."
            + BODY,
            "Tarn Copper and Cobalt Limited",
        ),
        # the headline's subject after a country's possessive
        (
            "Australia's Harrow Minerals chair resigns ahead of AGM",
            "Australia's Harrow Minerals Resources said on Thursday its chairman "
            "resigned." + BODY,
            "Harrow Minerals Resources",
        ),
        # the body writes the headline's short name in full
        (
            "Ostrava Rail Names Chairman",
            "Ostrava Rail Systems said Ivo Novak was named its chairman." + BODY,
            "Ostrava Rail Systems",
        ),
        (
            "Jinhai Automotive Appoints Chair",
            "Shenzhou Jinhai Automotive appointed Feng Li as chair to succeed Lu Wen, "
            "who resigned." + BODY,
            "Shenzhou Jinhai Automotive",
        ),
        # a brand written in lower case, before its ticker bracket
        (
            "",
            "q-sense Shareholders Approve all Motions\n\nZUG, Switzerland - March 3, "
            "2026 (NEWMEDIAWIRE) - q-sense (SIX: QSNS) announces that shareholders "
            "elected Ivo Novak." + BODY,
            "q-sense",
        ),
        # the company spelled in capitals in the headline
        (
            "TARN OYJ'S BOARD OF DIRECTORS RESOLVED ON A SHARE PLAN",
            "Tarn Oyj  STOCK EXCHANGE RELEASE  3 March 2026\n\nThe Board of "
            "Directors of Tarn Oyj has resolved on a share plan." + BODY,
            "Tarn Oyj",
        ),
    ],
)
def test_headline_subject_forms(
    fields: Fields, title: str, body: str, company: str
) -> None:
    got = fields(body, title=title) if title else fields(body)
    assert got.company == company


@pytest.mark.parametrize(
    ("title", "body", "company"),
    [
        # company.headline_opening: a subject with a legal suffix ...
        (
            "Tarn Bank AB - Board member resignation",
            "Tarn Bank AB has been informed that Ada Quist resigns from the Board."
            + BODY,
            "Tarn Bank AB",
        ),
        # ... or one the body opens on (a news brief)
        (
            "Kestrel Oil & Gas Nonexecutive Chair Steps Down; Successor Named",
            "Kestrel Oil & Gas Nonexecutive Chairman Ivo Novak will step down." + BODY,
            "Kestrel Oil & Gas",
        ),
        (
            "Pellham's Group CEO Steps Down",
            "Pellham's group chief executive officer, Ivo Novak, will step down."
            + BODY,
            "Pellham",
        ),
        (
            "BioWire: QXL presents study results",
            "QXL\n\nDespite QXL’s focus." + BODY,
            "QXL",
        ),
    ],
)
def test_headline_subject_the_body_opens_on(
    fields: Fields, title: str, body: str, company: str
) -> None:
    assert fields(body, title=title).company == company


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a person opening the headline and the body is not the company
        ("Dana Whitlow Joins Board", "Dana Whitlow has joined the board." + BODY),
        ("Clark Joins Board", "Clark has joined the board of directors." + BODY),
        # a count opening the headline is not part of a name
        ("Two Board Members to Depart", "Two directors will leave." + BODY),
    ],
)
def test_not_a_headline_company(fields: Fields, title: str, body: str) -> None:
    assert fields(body, title=title).company == ""


def test_the_release_names_the_company_before_a_weak_headline(fields: Fields) -> None:
    text = (
        "INVESTIGATION ALERT: Moss Lane LLP Investigates Tarn Bancorp\n\nMoss Lane "
        "LLP announces an investigation of Tarn Bancorp, Inc. (NASDAQ: TARN)." + BODY
    )
    assert fields(text).company == "Tarn Bancorp, Inc."


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # company.lead: a suffixed name holding "and", with its short name
        (
            "Harrow and Vale Group plc (H&V) has announced changes to its board. "
            "Ada Quist retired as a director." + BODY,
            "Harrow and Vale Group plc",
        ),
        # ... after a stored page's date label
        (
            " date 2026-03-03 Tarn Holdings said Ada Quist resigned from its board."
            + BODY,
            "Tarn Holdings",
        ),
        # ... "the <name> board" in a news story
        (
            "Finding a new director to join the Kowhai Orchards board will be "
            "discussed at the company's annual meeting today." + BODY,
            "Kowhai Orchards",
        ),
        (
            "The Members' Council is pleased to announce appointments to the TRNZ "
            "Board." + BODY,
            "TRNZ",
        ),
    ],
)
def test_lead_subject(fields: Fields, text: str, company: str) -> None:
    assert fields(text).company == company


@pytest.mark.parametrize(
    "text",
    [
        # "Board of India" closes a regulator's name, not a board
        "In terms of Regulation 30 of the Securities and Exchange Board of India "
        "Regulations, the Board of Directors of the Company appointed Mr. Ravi "
        "Rao as an Additional Director." + BODY,
        "Ada Quist will leave the Company board and the Audit Committee board." + BODY,
    ],
)
def test_not_a_lead_subject(fields: Fields, text: str) -> None:
    assert fields(text).company == ""


def test_a_letter_names_the_company_in_full_in_its_address(fields: Fields) -> None:
    text = (
        "EXHIBIT 17.1\nAda Quist, 12 Elm Road, Ferndale  May 20, 2026\nMr. Ivo Novak\n"
        "Chairman of the Board\nTarn Acoustics, Inc.\n300 Quay Drive\nDear Ivo,\n"
        "By this letter I hereby resign as a Director of Tarn Acoustics effective "
        "upon completion of the audit.\nSincerely,\n/s/ Ada Quist\n"
    )
    found = fields(text)
    assert (found.company, found.announcement_date) == (
        "Tarn Acoustics, Inc.",
        "2026-05-20",
    )


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Tarn Resources", "Tarn Resources Pty Ltd"),
        ("Kowhai Holdings", "Kowhai Holdings Pte. Ltd."),
        ("Seri Harta", "Seri Harta Sdn. Bhd."),
        ("Nordvik Shipping", "Nordvik Shipping A/S"),
        ("Lakeland", "Lakeland Oyj"),
        ("Voss Beheer", "Voss Beheer B.V."),
        ("Brauhaus", "Brauhaus KGaA"),
        ("Maison Dorée", "Maison Dorée SAS"),
        ("Grupo Tarn", "Grupo Tarn S.A.B. de C.V."),
        ("Nordvik", "Nordvik AB (publ)"),
    ],
)
def test_legal_suffixes_of_many_markets(
    fields: Fields, name: str, company: str
) -> None:
    # the suffix the body writes after the headline's subject completes it
    text = f"{company} has appointed Ada Quist as a director." + BODY
    assert fields(text, title=f"{name} Appoints Director").company == company


def test_an_unquoted_defined_company(fields: Fields) -> None:
    # ASX releases define the company without quotes
    text = (
        "14 October 2025\n\nASX Announcement\n\nAppointment of Director\n\nTarn Gold "
        "Limited (Tarn or the Company) is pleased to announce the appointment of "
        "Ada Quist." + BODY
    )
    assert fields(text).company == "Tarn Gold Limited"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # company.letterhead: SGX and Bursa Malaysia name lines
        (
            "KESTREL HOLDINGS LIMITED\n(Company Registration No. 199901234K)\n"
            "(Incorporated in the Republic of Singapore)\n\nCHANGE OF DIRECTOR\n",
            "KESTREL HOLDINGS LIMITED",
        ),
        (
            "Seri Harta Berhad\n(Registration No. 199901012345 (123456-X))\n\n"
            "APPOINTMENT OF DIRECTOR\n",
            "Seri Harta Berhad",
        ),
        # company.lead: "The Board of <company> announces"
        (
            "For Immediate Release\n\nAPPOINTMENT OF DIRECTOR\n\nThe Board of Seri "
            "Harta Berhad announces the appointment of Ada Quist." + BODY,
            "Seri Harta Berhad",
        ),
        # company.release: a suffix the shared reading cuts, before the bracket
        (
            "Company Announcement\n\nCopenhagen, Denmark, 11 February 2025 – Nordvik "
            "A/S (Nasdaq Copenhagen: NORD) today announced a board change." + BODY,
            "Nordvik A/S",
        ),
    ],
)
def test_exchange_notice_names(fields: Fields, text: str, company: str) -> None:
    assert fields(text).company == company


def test_the_name_before_a_reuters_instrument_code(fields: Fields) -> None:
    text = "Kowhai Energy (KEL.NZ) said on Wednesday two directors will leave.\n"
    assert fields(text, title="Kowhai Energy Shakes Up Board").company == (
        "Kowhai Energy"
    )


def test_another_organisations_board_in_the_headline_is_not_the_company(
    fields: Fields,
) -> None:
    text = (
        "Arc Valley, one of the largest non-profits in the region, is excited to "
        "announce that CEO Jo Park has joined the Valley Development Corporation "
        "Board of Directors." + BODY
    )
    title = "Arc Valley CEO Jo Park Joins Valley Development Corporation Board"
    assert fields(text, title=title).company == "Arc Valley"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # company.letter: the company a letter is addressed to
        (
            "Exhibit 17.1\n\nMarch 3, 2026\n\nBoard of Directors\nTarn Biotech Corp.\n"
            "12 Main Street\n\nDear Sirs:\n\nPlease accept this letter as my "
            "resignation as a director, effective today.\n\n/s/ Ada Quist\n",
            "Tarn Biotech Corp.",
        ),
        (
            "March 3, 2026\n\nMr. Jo Park\nChairman and CEO Tarn Biotech, Inc.\n\nDear "
            "Jo:\n\nI will not stand for re-election.\n",
            "Tarn Biotech, Inc.",
        ),
        (
            "March 3, 2026\n\nTo the Board of Directors of Tarn Biotech, Inc.\n\n"
            "Ladies and Gentlemen:\n\nI resign from the Board, effective today.\n",
            "Tarn Biotech, Inc.",
        ),
    ],
)
def test_a_letters_addressee(fields: Fields, text: str, company: str) -> None:
    assert fields(text).company == company


def test_the_company_as_a_defined_term_is_not_a_name(fields: Fields) -> None:
    text = "Directorate Change\n\nThe Company announces that Ada Quist resigned.\n"
    assert fields(text).company == ""


def test_a_headline_acronym_spelled_out_where_the_body_opens(fields: Fields) -> None:
    text = (
        "Northern Rail Authority Chairman Ivo Novak has appointed Ada Quist as "
        "Director of Operations." + BODY
    )
    title = "NRA Release: NRA Chairman Novak Appoints Ada Quist"
    assert fields(text, title=title).company == "Northern Rail Authority"


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---


def test_form_cover_page_fields(extracted: Callable[..., Extracted]) -> None:
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
    extraction = extracted(text, rules_only=True)
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


def test_company_after_a_dash_dateline_with_the_date_before_it(
    extracted: Callable[..., Extracted],
) -> None:
    for dash in ("--", "—", "-- "):
        text = (
            f"OMAHA--(BUSINESS WIRE)--Sep. 9, 2026{dash}Tallgrass Fiber Networks "
            "(NYSE: TGF) announced that Owen Barr has joined its Board of Directors."
        )
        filing = extracted(text, rules_only=True).filing
        assert filing.company == "Tallgrass Fiber Networks", dash
        assert (filing.ticker, filing.dateline_city) == ("TGF", "OMAHA")
