"""The exchange short list (fields/lexicon.py) and the scorer's comparison of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.core.evaluate import normalise_exchange
from reviewer.core.extraction.fields.lexicon import EXCHANGES, short_exchange
from tests.core.extraction.conftest import Extracted


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("The Nasdaq Stock Market LLC", "Nasdaq"),
        ("Nasdaq Capital Market", "Nasdaq"),
        ("NASDAQ", "Nasdaq"),
        ("New York Stock Exchange", "NYSE"),
        ("NYSE MKT", "NYSE American"),
        ("American Stock Exchange", "NYSE American"),
        ("NYSE Arca", "NYSE Arca"),
        ("OTC Bulletin Board", "OTC"),
        ("OTCQX Best Market", "OTCQX"),
        ("Toronto Stock Exchange", "TSX"),
        ("TSX Venture Exchange", "TSXV"),
        ("Canadian Securities Exchange", "CSE"),
        ("Cboe Canada", "Cboe CA"),
        ("Australian Securities Exchange", "ASX"),
        ("London Stock Exchange", "LSE"),
        ("The Stock Exchange of Hong Kong Limited", "HKEX"),
        ("Singapore Exchange Securities Trading Limited", "SGX"),
        ("SGX-ST", "SGX"),
        ("New Zealand Stock Exchange", "NZX"),
        ("National Stock Exchange of India", "NSE"),
        ("Bombay Stock Exchange", "BSE"),
        ("Tel Aviv Stock Exchange", "TASE"),
        ("Tokyo Stock Exchange", "TSE"),
        ("Euronext Growth Oslo", "Euronext"),
        ("Oslo Børs", "Euronext"),
        ("Johannesburg Stock Exchange", "JSE"),
        ("Frankfurt Stock Exchange", "Xetra"),
        ("Hong Kong Exchange", "HKEX"),
        ("Shenzhen Stock Exchange", "SZSE"),
        ("Shanghai Stock Exchange", "SSE"),
        ("Taiwan Stock Exchange", "TWSE"),
        ("Saudi Exchange", "Tadawul"),
        ("SASE", "Tadawul"),
        ("OTCQB International", "OTCQB"),
        ("Nasdaq Copenhagen", "Nasdaq"),
        ("Nasdaq First North Growth Market", "Nasdaq"),
        ("Bourse de Nowhere", "Bourse de Nowhere"),  # unknown: kept as written
    ],
)
def test_short_names(written: str, short: str) -> None:
    assert short_exchange(written) == short


def test_every_short_name_is_its_own_short_name() -> None:
    for exchange in EXCHANGES:
        assert short_exchange(exchange.short) == exchange.short, exchange


@pytest.mark.parametrize(
    ("gold", "found"),
    [
        ("The Nasdaq Stock Market", "Nasdaq"),
        ("New York Stock Exchange", "NYSE"),
        ("OTC", "OTCQB"),  # one family: the OTC markets' tiers
        ("Tokyo Stock Exchange", "TSE"),
        ("Euronext Growth Oslo", "Euronext"),
    ],
)
def test_scorer_compares_families(gold: str, found: str) -> None:
    assert normalise_exchange(gold) == normalise_exchange(found)


@pytest.mark.parametrize(
    ("one", "other"),
    [("NYSE", "NYSE American"), ("TSX", "TSXV"), ("NSE", "BSE"), ("ASX", "NZX")],
)
def test_scorer_keeps_markets_apart(one: str, other: str) -> None:
    assert normalise_exchange(one) != normalise_exchange(other)


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---


def test_release_dated_at_the_start_of_its_first_line_and_european_exchanges(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Feb. 3, 2026 -- Halden Marine ASA (Oslo: HALM) announced that Siri Dahl "
        "has joined its Board of Directors."
    )
    filing = extracted(text, rules_only=True).filing
    assert filing.announcement_date == "2026-02-03"
    assert (filing.ticker, filing.exchange) == ("HALM", "Euronext")


def test_exchange_from_the_listing_standards_that_make_a_director_independent(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Item 5.02 Election of Directors.\n\nOn May 4, 2026, the Board of Ormond "
        "Vale Bancorp, Inc. elected Lionel Pratt as a director. The Board has "
        "determined that Mr. Pratt is independent under the listing standards of "
        "the New York Stock Exchange.\n"
    )
    filing = extracted(text, rules_only=True).filing
    assert (filing.ticker, filing.exchange) == ("", "NYSE")


def test_exchange_full_names_match_their_short_forms() -> None:
    assert normalise_exchange("Toronto Stock Exchange") == normalise_exchange("TSX")
    assert normalise_exchange("TSX Venture Exchange") != normalise_exchange("TSX")
    assert normalise_exchange("London Stock Exchange") == normalise_exchange("LSE")
    assert normalise_exchange(
        "The Stock Exchange of Hong Kong Limited"
    ) == normalise_exchange("HKEX")
