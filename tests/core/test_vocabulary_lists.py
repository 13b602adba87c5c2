"""The shared word lists: titles dropped from names, editor suggestions."""

from __future__ import annotations

import pytest

from reviewer.core.evaluate import name_tokens
from reviewer.core.schema import ROW_COLUMNS
from reviewer.core.vocabulary import (
    HONORIFICS,
    SUGGESTIONS_OF_COLUMN,
    without_honorific,
)


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Mr. Chen Wei", "Chen Wei"),
        ("  dr  Ann\n Lee ", "Ann Lee"),
        ("Prof. Sir John Smith", "John Smith"),
        ("Miss Tan", "Tan"),
        ("Dr.", "Dr."),  # a lone title stays: there is nothing else to keep
        ("Drew Barry", "Drew Barry"),
        ("", ""),
    ],
)
def test_without_honorific(typed: str, name: str) -> None:
    assert without_honorific(typed) == name


def test_scoring_and_typing_drop_the_same_titles() -> None:
    for title in HONORIFICS:
        assert name_tokens(f"{title.title()}. Ann Lee") == ["ann", "lee"]
        assert without_honorific(f"{title.title()}. Ann Lee") == "Ann Lee"


def test_suggestions_are_for_free_text_row_columns() -> None:
    free_text = {c.name for c in ROW_COLUMNS if not c.choices}
    assert set(SUGGESTIONS_OF_COLUMN) <= free_text
    assert all(SUGGESTIONS_OF_COLUMN.values())
