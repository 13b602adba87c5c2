"""Tickers and exchanges (reviewer/core/extraction/fields/ticker.py), rule by rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, Extracted, Fields

TAIL = " announced that Jo Park joined its board of directors.\n"


@pytest.mark.parametrize(
    ("text", "ticker", "exchange"),
    [
        # ticker.bracket: every major market, the exchange as its short name
        ("Acme Corp. (NASDAQ: ACME)" + TAIL, "ACME", "Nasdaq"),
        ("Acme Corp. (Nasdaq Global Select Market: ACME)" + TAIL, "ACME", "Nasdaq"),
        ("Acme Corp. (NYSE American: AMX)" + TAIL, "AMX", "NYSE American"),
        ("Acme Corp. (NYSE: ACM)" + TAIL, "ACM", "NYSE"),
        ("Acme Corp. (OTCQB: ACMX)" + TAIL, "ACMX", "OTCQB"),
        ("Acme Corp. (OTC Pink: ACMP)" + TAIL, "ACMP", "OTC Pink"),
        ("Acme Mining Corp. (TSX: AMC)" + TAIL, "AMC", "TSX"),
        ("Acme Mining Corp. (TSX-V: AMV)" + TAIL, "AMV", "TSXV"),
        ("Acme Mining Corp. (TSX Venture: AMV)" + TAIL, "AMV", "TSXV"),
        ("Acme Mining Corp. (CSE: AYR.A)" + TAIL, "AYR.A", "CSE"),
        ("Acme Resources Limited (ASX: AXR)" + TAIL, "AXR", "ASX"),
        ("Acme plc (LSE: ACP)" + TAIL, "ACP", "LSE"),
        ("Acme plc (AIM: ACP)" + TAIL, "ACP", "AIM"),
        ("Acme Limited (SGX: 5AB)" + TAIL, "5AB", "SGX"),
        ("Acme Limited (NZX: ACL)" + TAIL, "ACL", "NZX"),
        ("Acme Limited (NSE: ACMEIND)" + TAIL, "ACMEIND", "NSE"),
        ("Acme Limited (BSE: 500325)" + TAIL, "500325", "BSE"),
        ("Acme Ltd. (TASE: ACML)" + TAIL, "ACML", "TASE"),
        ("Acme Mining Corp. (TSX: AMC, NYSE: AMC)" + TAIL, "AMC", "TSX"),
        ("Acme Ltd. (Nasdaq and TASE: ACML)" + TAIL, "ACML", "Nasdaq"),
        ("Acme ASA (Oslo: ACM)" + TAIL, "ACM", "Euronext"),
        # ticker.vendor_bracket: a data vendor's doubled bracket and market code
        (
            "Acme Holdings ( (ACMH) ) has issued an update. Acme Holdings" + TAIL,
            "ACMH",
            "",
        ),
        (
            "Acme Holdings Co., Limited ( (HK:2477) ) has provided an update.\n",
            "2477",
            "HKEX",
        ),
        ("Acme Group Ltd ( (SG:40E) ) has provided an update.\n", "40E", "SGX"),
        ("Acme ( (IL:ACMT) ) just unveiled an update.\n", "ACMT", "TASE"),
        ("Acme Gold ( (TSE:AGD) ) has issued an update.\n", "AGD", "TSX"),
        # the first bracket written wins over a related-news link further down
        (
            "Acme Bank ( (ACBK) ) has issued an update.\n\n* [Bigco (NASDAQ:BIGC) "
            "Beats Estimates](https://example.com)\n",
            "ACBK",
            "",
        ),
        # ticker.header_line
        (
            "NEWS RELEASE      TSX-V: TVM | OTCQX: TVMNF\n\nAcme Metals" + TAIL,
            "TVM",
            "TSXV",
        ),
        ("ASX Code: AXR\n\nAcme Resources Limited" + TAIL, "AXR", "ASX"),
        # ticker.flash_code: a wire's flash headline ending in the ticker
        (
            "(23:35 GMT) *Acme Names Jo Park as Chairman >ACMI\n\nAcme Ltd." + TAIL,
            "ACMI",
            "",
        ),
        # ticker.listed_under
        (
            "Acme Ltd. is listed on the Tel Aviv Stock Exchange under the symbol "
            '"ACML".\n',
            "ACML",
            "TASE",
        ),
        (
            "Acme employs 300 people and is listed on the Tokyo Stock Exchange "
            "(ticker: 4565).\n",
            "4565",
            "TSE",
        ),
        # ticker.stock_code: a Hong Kong announcement
        (
            "ACME HOLDINGS LIMITED\n(Incorporated in Bermuda with limited "
            "liability)\n(Stock Code: 1234)\n\nThe board of directors of The Stock "
            "Exchange of Hong Kong Limited takes no responsibility.\n",
            "1234",
            "HKEX",
        ),
    ],
)
def test_ticker_rules(fields: Fields, text: str, ticker: str, exchange: str) -> None:
    got = fields(text)
    assert (got.ticker, got.exchange) == (ticker, exchange)


def test_a_headline_closing_on_the_ticker(fields: Fields) -> None:
    got = fields(
        "Shareholders of Acme Bancorp may contact the firm.\n",
        title="ALERT: Law Firm Investigates Acme Bancorp, Inc.'s Board (ACBC)",
    )
    assert got.ticker == "ACBC"


@pytest.mark.parametrize(
    "title", ["Acme Names New CFO (CFO)", "Acme Holds Annual Meeting (AGM)"]
)
def test_a_headline_acronym_is_not_a_ticker(fields: Fields, title: str) -> None:
    assert fields("Acme said the meeting was held.\n", title=title).ticker == ""


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        # exchange.listing_rules
        (
            "Mr. Pratt is independent under the listing standards of the New York "
            "Stock Exchange.\n",
            "NYSE",
        ),
        # exchange.trades_on: written out in full
        ("The company's shares are traded on the Tel Aviv Stock Exchange.\n", "TASE"),
        (
            "Acme will report before trading begins on the New York Stock Exchange.\n",
            "NYSE",
        ),
        ("Its shares are listed on the Australian Securities Exchange.\n", "ASX"),
        # not an exchange: "traded on the open market"
        ("Shares may be traded on the Open Market from time to time.\n", ""),
    ],
)
def test_exchange_without_a_ticker(fields: Fields, text: str, exchange: str) -> None:
    assert fields(text).exchange == exchange


@pytest.mark.parametrize(
    ("text", "ticker", "exchange"),
    [
        # ticker.labelled: London's TIDM, an AIM company's, exchange codes
        ("RNS Number : 1234A\nAcme plc\n\nTIDM: ACP\n\nBoard Change\n", "ACP", "LSE"),
        (
            "Acme plc (AIM-quoted)\nTIDM: ACP\n\nDirectorate change on AIM.\n",
            "ACP",
            "AIM",
        ),
        ("ASX Code: AXR\nAcme Resources Limited\n", "AXR", "ASX"),
        ("NZX Code: ACL\n\nAcme Limited board update\n", "ACL", "NZX"),
        # an Indian exchange letter names both codes: the NSE symbol is the ticker
        (
            "To,\nBSE Limited\nScrip Code: 500325\n\nNational Stock Exchange of India "
            "Limited\nSymbol: ACMEIND\n\nSub: Outcome of Board Meeting\n",
            "ACMEIND",
            "NSE",
        ),
        (
            "To,\nBSE Limited\nScrip Code: 500325\n\nSub: Outcome of Board Meeting\n",
            "500325",
            "BSE",
        ),
        # TSX Venture written with a dot
        ("Acme Gold Corp. (TSX.V: AGC)" + TAIL, "AGC", "TSXV"),
    ],
)
def test_labelled_codes(fields: Fields, text: str, ticker: str, exchange: str) -> None:
    got = fields(text)
    assert (got.ticker, got.exchange) == (ticker, exchange)


def test_a_bracket_with_a_code_label(fields: Fields) -> None:
    got = fields("Acme Resources Limited (ASX code: AXR)" + TAIL)
    assert (got.ticker, got.exchange) == ("AXR", "ASX")


def test_a_bracket_without_a_market(fields: Fields) -> None:
    got = fields("Acme Widgets Corp. (ticker symbol: ACWD)" + TAIL)
    assert (got.ticker, got.exchange, got.company) == ("ACWD", "", "Acme Widgets Corp.")


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        # exchange.filed_with: the market a filing is made with or to
        (
            "Corvane Holdings appointed Jo Park as chair, it said in a filing with "
            "the Singapore Exchange.\n",
            "SGX",
        ),
        (
            "Corvane named Jo Park chairman, according to a same-day Taiwan Exchange "
            "filing.\n",
            "TWSE",
        ),
        (
            "Corvane Seed appointed Jo Park, according to a Shenzhen Stock Exchange "
            "disclosure on Tuesday.\n",
            "SZSE",
        ),
        (
            "Corvane announced on the Hong Kong Stock Exchange that Jo Park "
            "resigned.\n",
            "HKEX",
        ),
        ("Jo Park quit, the company said in a communication to BSE.\n", "BSE"),
        (
            "He made the accusations in filings to the Australian Securities "
            "Exchange.\n",
            "ASX",
        ),
        # an exchange not on the short list is written as the text writes it
        (
            "Corvane appointed Jo Park, according to a filing with the Colombo Stock "
            "Exchange.\n",
            "Colombo Stock Exchange",
        ),
        # exchange.disclaimer: the market's own disclaimer
        (
            "Corvane Corp. appointed Jo Park.\n\nNeither the TSX Venture Exchange "
            "nor its Regulation Services Provider accepts responsibility for the "
            "adequacy of this release.\n",
            "TSXV",
        ),
        (
            "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong "
            "Kong Limited take no responsibility for the contents of this "
            "announcement.\n\nCORVANE HOLDINGS LIMITED\n",
            "HKEX",
        ),
        # exchange.header: a notice's header names the market
        (
            "SECURITIES AUTHORITY          TEL AVIV STOCK EXCHANGE\n\nIMMEDIATE "
            "REPORT\n\nJo Park was appointed a director.\n",
            "TASE",
        ),
        # a bracket written with the market's vendor code
        ("Corvane Development (SASE:4130) named Jo Park chairman.\n", "Tadawul"),
        ("* JSE: CVN - BOARD CHANGES\n* CORVANE PLC - JO PARK TO JOIN BOARD\n", "JSE"),
    ],
)
def test_exchange_named_in_the_text(fields: Fields, text: str, exchange: str) -> None:
    assert fields(text).exchange == exchange


@pytest.mark.parametrize(
    "text",
    [
        "FORM 8-K\nUNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\n\nJo Park "
        "resigned.\n",
        "Jo Park was CFO of Northwind Group, an NYSE listed company, until 2020.\n",
        "Shares are traded on the London Metal Exchange floor.\n",
    ],
)
def test_not_the_issuers_exchange(fields: Fields, text: str) -> None:
    assert fields(text).exchange == ""


def test_a_one_digit_hong_kong_stock_code(fields: Fields) -> None:
    text = (
        "The Stock Exchange of Hong Kong Limited takes no responsibility.\n\n"
        "CORVANE HOLDINGS LIMITED\n(Incorporated in Bermuda with limited "
        "liability)\n(Stock Code: 65)\n"
    )
    found = fields(text)
    assert (found.ticker, found.exchange) == ("65", "HKEX")


@pytest.mark.parametrize(
    ("text", "ticker", "exchange"),
    [
        # ticker.ric: a Reuters instrument code after the name
        ("Tarn Resources (TRR.AX) said on Monday it named a chair.\n", "TRR", "ASX"),
        ("Kowhai Energy Ltd (KEL.NZ) said its chair will retire.\n", "KEL", "NZX"),
        ("Harlow Mining PLC (HML.L) named Ada Quist to its board.\n", "HML", "LSE"),
        ("Tarn Corp (TRN.N) said Ada Quist joined its board.\n", "TRN", "NYSE"),
    ],
)
def test_reuters_instrument_codes(
    fields: Fields, text: str, ticker: str, exchange: str
) -> None:
    found = fields(text)
    assert (found.ticker, found.exchange) == (ticker, exchange)


def test_a_bracketed_abbreviation_is_not_an_instrument_code(fields: Fields) -> None:
    assert fields("Tarn Corp said the board (U.S.) met.\n").ticker == ""


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        # exchange.news_service: London's Regulatory News Service
        (
            "RNS Number : 4521K\nHarlow Mining PLC\n18 September 2020\n\nBoard "
            "change\n",
            "LSE",
        ),
        (
            "RNS Number : 4521K\nHarlow Mining PLC\n\nHarlow, the AIM quoted explorer, "
            "announces a board change.\n",
            "AIM",
        ),
    ],
)
def test_a_london_news_service_announcement(
    fields: Fields, text: str, exchange: str
) -> None:
    assert fields(text).exchange == exchange


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---


def test_hong_kong_stock_code_and_board_composition_added_up(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "The Stock Exchange of Hong Kong Limited takes no responsibility for the "
        "contents of this announcement.\n\nLOTUS BAY FOODS LIMITED\n(Stock Code: 8812)"
        "\n\nThe Board announces that Ms. Fong Wai Lan has been appointed as an "
        "independent non-executive Director. Following her appointment, the Board "
        "comprises two executive Directors, two non-executive Directors and three "
        "independent non-executive Directors.\n\nHong Kong, 2 March 2026"
    )
    filing = extracted(text, rules_only=True).filing
    assert (filing.ticker, filing.exchange) == ("8812", "HKEX")
    assert filing.board_size_after == "7"
    assert filing.independent_directors_after == "3"
    assert filing.announcement_date == "2026-03-02"


def test_ticker_in_running_cover_text_and_signature_is_not_a_dateline(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "FORM 8-K\n\nQUILLON SYSTEMS, INC. (Exact name of registrant as specified in "
        "its charter)\n\nSecurities registered pursuant to Section 12(b): Common "
        "Stock, trading symbol QLSY, The Nasdaq Stock Market LLC\n\nItem 5.02 On "
        "May 4, 2026, the Board elected Hana Ito as a director.\n\nQUILLON SYSTEMS, "
        "INC. Date: May 6, 2026 By: /s/ Ben Fry"
    )
    filing = extracted(text, rules_only=True).filing
    assert (filing.ticker, filing.exchange) == ("QLSY", "Nasdaq")
    assert filing.dateline_city == ""
    assert filing.announcement_date == "2026-05-06"


def test_cover_page_with_labelled_symbol_and_exchange(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "FORM 8-K\n\nCURRENT REPORT\n\nORMOND VALE THERAPEUTICS, INC.\n"
        "(Exact name of registrant as specified in its charter)\n\n"
        "Title of each class: Common Stock\nTrading Symbol: ORVT\n"
        "Name of each exchange on which registered: The Nasdaq Stock Market LLC\n\n"
        "Item 5.02 Departure of Directors.\n\nOn May 4, 2026, Lionel Pratt resigned "
        "as a director of the Company, effective immediately.\n"
    )
    filing = extracted(text, rules_only=True).filing
    assert (filing.ticker, filing.exchange) == ("ORVT", "Nasdaq")


def test_ticker_on_a_header_line(extracted: Callable[..., Extracted]) -> None:
    for header, ticker, exchange in (
        ("CSE: QRX | OTCQB: QRXXF", "QRX", "CSE"),
        ("NEWS RELEASE                        TSX: HLW", "HLW", "TSX"),
    ):
        text = (
            "HALWYN RESOURCES INC.\n" + header + "\n\n" + DATELINE + "Halwyn Resources "
            "Inc. announced drilling results."
        )
        filing = extracted(text, rules_only=True).filing
        assert (filing.ticker, filing.exchange) == (ticker, exchange), header
