"""Directors who will not stand again: contractions, withdrawn nominations, and
sentences with no board word (only directors stand for re-election)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, Extracted

NOT_STANDING = [
    "Corvane said Odile Marchetti won't stand for re-election at its annual meeting "
    "this year.",
    "Corvane said Odile Marchetti wouldn't seek re-election.",
    "Corvane said Odile Marchetti, a director, has withdrawn her nomination for "
    "election as a "
    "non-executive director ahead of the shareholders' vote.",
    "Corvane said Odile Marchetti has withdrawn her candidacy for re-election.",
]


@pytest.mark.parametrize("text", NOT_STANDING)
def test_a_director_who_will_not_stand_again(
    extracted: Callable[..., Extracted], text: str
) -> None:
    row = extracted(DATELINE + text, rules_only=True).row("Odile Marchetti")
    assert row.change_type == "not_standing"
