"""Datelines with their state or country (filing.find_dateline) and their scoring."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.core.evaluate import normalise_dateline
from tests.core.extraction.conftest import Extracted, Fields

NEWS = " Acme Corp. announced that Jo Park joined its board.\n"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("SAN JOSE, Calif., Jan. 5, 2021 /PRNewswire/ --" + NEWS, "SAN JOSE, Calif."),
        ("HONG KONG, 18 September 2020 --" + NEWS, "HONG KONG"),
        ("LONDON--(BUSINESS WIRE)--" + NEWS, "LONDON"),
        ("ST. PAUL, Minn., Feb. 10, 2025 /PRNewswire/ --" + NEWS, "ST. PAUL, Minn."),
        (
            "SIERRA BLANCA, TEXAS, May 9, 2025 /ACCESS Newswire/ --" + NEWS,
            "SIERRA BLANCA, TEXAS",
        ),
        (
            "NEW YORK and HERZLIYA, Israel, Feb. 12, 2025 /PRNewswire/ --" + NEWS,
            "NEW YORK and HERZLIYA, Israel",
        ),
        (
            "Tokyo, Japan and Cambridge, UK, 14 February 2025 --" + NEWS,
            "Tokyo, Japan and Cambridge, UK",
        ),
        (
            "NEUDORF-WEIMERSHOF, LUXEMBOURG / ACCESS Newswire / February 7, 2025 /"
            + NEWS,
            "NEUDORF-WEIMERSHOF, LUXEMBOURG",
        ),
        (
            "Philadelphia, Pennsylvania--(Newsfile Corp. - February 10, 2025) -" + NEWS,
            "Philadelphia, Pennsylvania",
        ),
        (
            "PERTH, Western Australia: Acme Limited advises that Jo Park has joined "
            "the board.\n",
            "PERTH",
        ),
    ],
)
def test_dateline_place(fields: Fields, text: str, city: str) -> None:
    assert fields(text).dateline_city == city


def test_a_contact_block_is_not_a_dateline(fields: Fields) -> None:
    text = (
        "Acme Corp. announced that Jo Park joined its board.\n\n"
        "Contact:\nInvestorWireAustin, Texaswww.InvestorWire.com 512.354.7000\n"
    )
    assert fields(text).dateline_city == ""


@pytest.mark.parametrize(
    ("gold", "found"),
    [
        ("SAN JOSE", "SAN JOSE, Calif."),
        ("NEW YORK and HERZLIYA", "NEW YORK and HERZLIYA, Israel"),
        ("Tokyo, Japan and Cambridge, UK", "TOKYO and CAMBRIDGE"),
        ("METTAWA, Ill.", "Mettawa"),
        ("CONCORD", "CONCORD NC"),  # a postal code without a comma
        ("ST. JOHN'S, Newfoundland and Labrador", "ST. JOHN'S"),
    ],
)
def test_scorer_compares_places_without_their_regions(gold: str, found: str) -> None:
    assert normalise_dateline(gold) == normalise_dateline(found)


def test_scorer_keeps_different_places_apart() -> None:
    assert normalise_dateline("PORTLAND, Ore.") != normalise_dateline(
        "PORTLAND and SALEM"
    )


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "SINGAPORE (Reuters) - Acme Holdings said Jo Park will join its board.\n",
            "SINGAPORE",
        ),
        ("NEW YORK (AP) — Acme Corp. said Jo Park will join its board.\n", "NEW YORK"),
    ],
)
def test_news_agency_datelines(fields: Fields, text: str, city: str) -> None:
    assert fields(text).dateline_city == city


def test_a_region_whose_name_holds_and(fields: Fields) -> None:
    text = (
        "ST. JOHN'S, Newfoundland and Labrador, Feb. 13, 2025 (GLOBE NEWSWIRE) -- "
        "Tarn Robotics Inc. announced that Ada Quist joined its board.\n"
    )
    assert fields(text).dateline_city == "ST. JOHN'S, Newfoundland and Labrador"


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---


def test_colon_dateline_without_a_date_and_a_dated_header_line(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "MARKET RELEASE                                        3 August 2026\n\n"
        "GIBSON PLAINS MINING LIMITED (ASX: GPM)\n\n"
        "ADELAIDE, South Australia: Gibson Plains Mining Limited advises that Mr "
        "Rhys Calder has been appointed as a Non-Executive Director."
    )
    filing = extracted(text, rules_only=True).filing
    assert filing.dateline_city == "ADELAIDE"
    assert filing.announcement_date == "2026-08-03"
    assert (filing.ticker, filing.exchange) == ("GPM", "ASX")
