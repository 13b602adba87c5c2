"""Markets written the way data vendors, news wires and profiles write them (#12).

Every example is made up, in the forms analysts meet across markets: a vendor's
market code before the ticker ("(LON:ACME)", "[ETR:ACM]"), a Reuters instrument
code without brackets ("Acme Ltd ACM.TA said"), the world's main exchanges
written out, and the issuer's own listing sentence ("Acme is listed on the
Milan Stock Exchange", "Catalist-listed Acme", "Acme ... with a listing on the
NZX").
"""

from __future__ import annotations

import pytest

from reviewer.core.extraction.fields.lexicon import short_exchange
from tests.core.extraction.conftest import fields_of


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("Milan Stock Exchange", "Euronext Milan"),
        ("Borsa Italiana", "Euronext Milan"),
        ("Euronext Milan", "Euronext Milan"),
        ("Paris Bourse", "Euronext"),
        ("Amsterdam Stock Exchange", "Euronext"),
        ("Irish Stock Exchange", "Euronext"),
        ("Stockholm Stock Exchange", "Nasdaq"),
        ("Copenhagen Stock Exchange", "Nasdaq"),
        ("Deutsche Börse", "Xetra"),
        ("Swiss Exchange", "SIX"),
        ("Australian Stock Exchange", "ASX"),
        ("Alternative Investment Market", "AIM"),
        ("Vienna Stock Exchange", "Vienna"),
        ("Warsaw Stock Exchange", "WSE"),
        ("Bolsa de Madrid", "BME"),
        ("Borsa Istanbul", "Borsa Istanbul"),
        ("Moscow Exchange", "MOEX"),
        ("Korea Stock Exchange", "KRX"),
        ("Indonesia Stock Exchange", "IDX"),
        ("Stock Exchange of Thailand", "SET"),
        ("Philippine Stock Exchange", "PSE"),
        ("Mexican Stock Exchange", "BMV"),
        ("São Paulo Stock Exchange", "B3"),
        ("Japan Exchange Group", "TSE"),
        ("Nigerian Exchange", "NGX"),
        ("Colombo Stock Exchange", "Colombo Stock Exchange"),  # kept as written
    ],
)
def test_main_markets_written_out(written: str, short: str) -> None:
    assert short_exchange(written) == short


@pytest.mark.parametrize(
    ("text", "ticker", "exchange"),
    [
        (
            "Harrow Aero PLC (LON:HRWA) has today announced that Jo Park will join "
            "the Board.",
            "HRWA",
            "LSE",
        ),
        (
            "At 9:02am: [LON:TRNM] Tarn Minerals plc share price was 181p.\n\nTarn "
            "Minerals plc announced that Jo Park has joined the Board.",
            "TRNM",
            "LSE",
        ),
        (
            "Kessel Werke AG (ETR:KWA) said its supervisory board appointed Jo Park.",
            "KWA",
            "Xetra",
        ),
        (
            "Valmont Lusso S.p.A. (BIT: VLL) announced that Jo Park joined its board.",
            "VLL",
            "Euronext Milan",
        ),
        (
            "Skarv Shipping ASA (OSL:SKRV) said Jo Park will join the board.",
            "SKRV",
            "Euronext",
        ),
        (
            "Kowloon Tide Holdings (HKG:1234) said Jo Park was appointed a director.",
            "1234",
            "HKEX",
        ),
    ],
)
def test_a_vendors_market_code_before_the_ticker(
    text: str, ticker: str, exchange: str
) -> None:
    filing = fields_of(text)
    assert (filing.ticker, filing.exchange) == (ticker, exchange)


def test_an_unknown_code_before_a_colon_is_not_a_market() -> None:
    filing = fields_of("Acme Corp. (Note: ACM) said Jo Park joined the board.")
    assert filing.exchange != "Note"


@pytest.mark.parametrize(
    ("text", "ticker", "exchange"),
    [
        (
            "TEL AVIV, March 3 (Reuters) - Galil Telecom Ltd GLTM.TA said on Sunday "
            "that its chairman would step down.",
            "GLTM",
            "TASE",
        ),
        (
            "SYDNEY, May 2 (Reuters) - Tarn Resources TRR.AX said its chair had "
            "resigned.",
            "TRR",
            "ASX",
        ),
    ],
)
def test_a_reuters_code_without_brackets_before_the_verb(
    text: str, ticker: str, exchange: str
) -> None:
    filing = fields_of(text)
    assert (filing.ticker, filing.exchange) == (ticker, exchange)


@pytest.mark.parametrize(
    ("text", "exchange"),
    [
        (
            "Valmont Lusso names a new chair\n\nValmont Lusso said Jo Park will chair "
            "the board. Valmont Lusso is listed on the Milan Stock Exchange.",
            "Euronext Milan",
        ),
        (
            "Kessel Werke SE appoints Jo Park\n\nKessel Werke SE said Jo Park joined "
            "its supervisory board. Kessel Werke SE is listed in the Prime Standard "
            "segment of the Frankfurt Stock Exchange.",
            "Xetra",
        ),
        (
            "Regulator queries board reshuffle\n\nTHE exchange has queried "
            "Catalist-listed Merlion Foods on why it announced the resignation of "
            "its chairman late. Merlion Foods said its chairman Jo Park resigned.",
            "SGX",
        ),
        (
            "Harbour Cover gets time to find a director\n\nHarbour Cover said its "
            "director Jo Park resigned. Harbour Cover is a Perth-based insurer with a "
            "listing on the NZX.",
            "NZX",
        ),
    ],
)
def test_the_issuers_own_listing_sentence(text: str, exchange: str) -> None:
    assert fields_of(text).exchange == exchange


@pytest.mark.parametrize(
    "text",
    [
        # a biography's other issuer: not the company's market
        "Harbour Cover names Jo Park a director\n\nHarbour Cover said Jo Park "
        "joined its board. Ms. Park is a director of Nasdaq-listed Orbis Labs.",
        "Harbour Cover names Jo Park a director\n\nHarbour Cover said Jo Park "
        "joined its board. She chairs Tarn Gold, which is listed on the ASX.",
    ],
)
def test_another_companys_listing_is_not_the_issuers(text: str) -> None:
    assert fields_of(text).exchange == ""
