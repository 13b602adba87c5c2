"""The exchange short list (fields/lexicon.py) and the scorer's comparison of it."""

from __future__ import annotations

import pytest

from reviewer.core.evaluate import normalise_exchange
from reviewer.core.extraction.fields.lexicon import EXCHANGES, short_exchange


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
