"""Board size and independent count after the changes (size_patterns.py,
filings fields ``board_size_after`` and ``independent_directors_after``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import (
    DATELINE,
    DATELINE_2024,
    DATELINE_OCT,
    Extracted,
)


def test_board_size_and_independent_count(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that Tom Haverford resigned from "
        "the Board. Following this change, the Board will consist of nine members, "
        "including seven independent directors."
    )
    filing = extracted(text, rules_only=True).filing
    assert filing.board_size_after == "9"
    assert filing.independent_directors_after == "7"


def test_independent_count_after_a_resignation_and_a_defined_company(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "On January 5, 2024, Michael Scott, a member of the Board of Directors of "
        'Dunder Corp. (the "Company"), passed away. Following his death, the Company '
        "will have only two independent directors."
    )
    extraction = extracted(text, rules_only=True)
    assert extraction.filing.company == "Dunder Corp."
    assert extraction.filing.independent_directors_after == "2"
    (row,) = extraction.rows
    assert (row.person, row.change_type, row.effective_date) == (
        "Michael Scott",
        "deceased",
        "2024-01-05",
    )


def test_board_size_that_remains_the_same(extracted: Callable[..., Extracted]) -> None:
    for sentence, size in (
        ("With these changes the Board remains at ten members.", "10"),
        ("The size of the Board will remain at seven directors.", "7"),
    ):
        text = (
            DATELINE_OCT
            + "Pellow Mills Corp. announced that Alma Reyes has joined the "
            "Board, replacing Tom Ucal, who resigned. " + sentence
        )
        assert extracted(text, rules_only=True).filing.board_size_after == size


def test_more_ways_of_stating_the_board_size(
    extracted: Callable[..., Extracted],
) -> None:
    for sentence, size in (
        ("His appointment brings the total number of directors to thirteen.", "13"),
        ("The Board is now composed of six members.", "6"),
        ("The Board, increasing the number of seats from 5 to 6, appointed him.", "6"),
        ("Mr. Abara becomes the Board's eleventh director.", "11"),
    ):
        text = (
            DATELINE_OCT
            + "Pellow Mills Corp. announced that Kofi Abara has joined the "
            "Board of Directors. " + sentence
        )
        assert extracted(text, rules_only=True).filing.board_size_after == size, (
            sentence
        )


@pytest.mark.parametrize(
    ("sentence", "size"),
    [
        (
            "Following the meeting the Board will consist of the Chair, the Chief "
            "Executive Officer and four independent Non-Executive Directors.",
            "6",
        ),
        ("The company expects to expand its board to nine members.", "9"),
        (
            "The Board will then comprise the Chair, the Chief Executive, the Chief "
            "Financial Officer and four independent Non-Executive Directors.",
            "7",
        ),
    ],
)
def test_board_size_from_titles_and_an_expansion(
    extracted: Callable[..., Extracted], sentence: str, size: str
) -> None:
    text = (
        DATELINE_OCT + "Ormond Vale plc announced that Lionel Pratt has joined the "
        "Board as a director. " + sentence
    )
    assert extracted(text, rules_only=True).filing.board_size_after == size


def test_board_size_set_at_a_number(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Veltmoor Chemicals Inc. announced the death of director Anselm "
        "Grevatt. The Board has set the number of directors at eight."
    )
    assert extracted(text, rules_only=True).filing.board_size_after == "8"


def test_board_size_after_a_long_clause(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Veltmoor Chemicals Inc. announced that Odalys Fernwright resigned "
        "from the Board. The Board has decided not to fill the resulting vacancy for "
        "the time being, and now comprises six directors, four of whom are "
        "independent."
    )
    assert extracted(text, rules_only=True).filing.board_size_after == "6"


def test_board_size_verbs_of_growth_and_standing(
    extracted: Callable[..., Extracted],
) -> None:
    for wording, size in (
        ("With his arrival the Board grows to nine members.", "9"),
        ("The board now stands at eight directors.", "8"),
        ("After today's appointments the Board expands to 13 directors.", "13"),
        ("The board shrank to seven members.", "7"),
        ("Her departure brings the company's board to six members.", "6"),
        ("The change raises the number of board seats from eight to nine.", "9"),
    ):
        text = (
            DATELINE + "Lindqvist Marine Inc. announced that Tobiah Rencher has "
            "joined its Board of Directors. " + wording
        )
        assert extracted(text, rules_only=True).filing.board_size_after == size, wording
