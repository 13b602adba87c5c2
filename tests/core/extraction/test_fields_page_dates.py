"""A dateline's date without a year under a page's month marker; a weekday is no
dateline (#12). Made-up cases in the forms of stored news pages."""

from __future__ import annotations

import pytest

from tests.core.extraction.conftest import fields_of


@pytest.mark.parametrize(
    ("text", "announced"),
    [
        (
            " date 2018-05 May 7 (Reuters) - Kowloon Tide Holdings Ltd :\n\n* APPOINTS "
            "JO PARK AS CHAIRMAN\n",
            "2018-05-07",
        ),
        (
            " date 2021-12 Dec 30 (Reuters) - Tarn Minerals PLC said Jo Park will "
            "step down as chair.\n",
            "2021-12-30",
        ),
        # the year before the marker's when the day is late in the year
        (
            " date 2022-01 Dec 31 (Reuters) - Tarn Minerals PLC said Jo Park will "
            "step down as chair.\n",
            "2021-12-31",
        ),
    ],
)
def test_a_dateline_without_a_year_takes_the_page_markers(
    text: str, announced: str
) -> None:
    assert fields_of(text).announcement_date == announced


def test_without_a_marker_a_dateline_without_a_year_gives_no_date() -> None:
    text = "May 7 (Reuters) - Kowloon Tide Holdings Ltd said Jo Park will chair it.\n"
    assert fields_of(text).announcement_date == ""


@pytest.mark.parametrize("weekday", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
def test_a_weekday_abbreviation_is_not_a_dateline(weekday: str) -> None:
    text = (
        f"Regulator queries board reshuffle\n\n{weekday}, Oct 07, 2019 - 2:49 PM\n\n"
        "THE exchange has queried Merlion Foods on why it announced the "
        "resignation of its chairman late.\n"
    )
    filing = fields_of(text)
    assert filing.dateline_city == ""
    assert filing.announcement_date == "2019-10-07"


def test_a_city_opening_on_sun_is_still_a_dateline() -> None:
    text = (
        "SUN VALLEY, Idaho, Oct. 7, 2019 /PRNewswire/ -- Merlion Foods Inc. "
        "(NASDAQ: MRLN) today announced that Jo Park has joined its board.\n"
    )
    assert fields_of(text).dateline_city.upper().startswith("SUN VALLEY")
