"""Deaths (``trigger:deceased``): a director who died is a board change, a former
director is not (``veto:former_director``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE_2024, DATELINE_OCT, Extracted

FORMER_DIRECTOR_DIED = (
    DATELINE_OCT + "Pellow Mills Corp. noted that Edwin Ray, a former director of "
    "the Company, died on October 1. The Board also said that Mara Cole, a "
    "director of the Company, passed away on October 3."
)


def test_death_of_a_director(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced with deep sadness that Henry "
        "Fonda, a member of its Board of Directors, passed away on February 2, 2024."
    )
    result = extracted(text, rules_only=True)
    assert result.by_person()["Henry Fonda"].change_type == "deceased"
    assert result.row("Henry Fonda").rules[0] == "trigger:deceased"


def test_passing_of_a_board_member_and_degrees_after_names(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced the passing of board member "
        "Edward Norton. The Board appointed Dr. Gregory House, M.D., as a Class II "
        "director, effective immediately."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Edward Norton"].change_type == "deceased"
    assert rows["Gregory House"].change_type == "appointed"
    assert rows["Gregory House"].effective_date == "2024-03-04"
    assert result.row("Edward Norton").rules[0] == "trigger:deceased"


def test_death_on_a_weekday_without_a_year(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that director Ezra Vantongeren "
        "died on Friday, October 2, after a short illness."
    )
    result = extracted(text, rules_only=True)
    row = result.by_person()["Ezra Vantongeren"]
    assert (row.change_type, row.effective_date) == ("deceased", "2026-10-02")
    assert result.row("Ezra Vantongeren").rules[0] == "trigger:deceased"


def test_mourning_the_loss_of_a_director_and_not_being_renominated(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. mourns the sudden loss of Leon Ardis, a member "
        "of its Board of Directors since 2011. The Company also said that director "
        "Vita Ponce will not be renominated at the 2027 annual meeting."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert rows["Leon Ardis"].change_type == "deceased"
    assert rows["Vita Ponce"].change_type == "not_standing"
    assert result.row("Leon Ardis").rules[0] == "trigger:deceased"
    assert "board:not_standing" in result.row("Vita Ponce").rules


def test_death_of_a_former_director_is_not_a_board_change(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(FORMER_DIRECTOR_DIED, rules_only=True)
    assert [(r.person, r.change_type) for r in result.rows] == [
        ("Mara Cole", "deceased")
    ]
    assert "veto:former_director" in result.vetoes("Edwin Ray")


# The product path (rules and the shipped model) reads these traps as the rules do
# (the model's trap:* features, docs/extraction.md).
PRODUCT_PATH_GAPS = [
    pytest.param(
        FORMER_DIRECTOR_DIED,
        {("Mara Cole", "deceased")},
        id="former-director-died",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCT_PATH_GAPS)
def test_product_path_reads_deaths_as_the_rules_do(
    extracted: Callable[..., Extracted], text: str, expected: set[tuple[str, str]]
) -> None:
    rows = extracted(text).rows
    assert {(r.person, r.change_type) for r in rows} == expected
