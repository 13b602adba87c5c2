"""Trap features (``features.trap_features``, issue #12): each fires on its cue and
stays silent on the contrasting wording."""

from __future__ import annotations

from collections.abc import Callable

from tests.core.extraction.conftest import DATELINE, Extracted

DATELINE_2024 = "SPRINGFIELD, March 4, 2024 (NEWSWIRE) -- "


def _any(result: Extracted, person: str, name: str) -> bool:
    """Whether a candidate of ``person`` the rules did not keep has ``name``.

    Trap cues describe what the rules dropped or never read (rule rows carry
    only the succession side); each person below has such candidates.
    """
    others = [c for c in result.of(person) if c.source != "rule"]
    assert others, person
    return any(name in c.features for c in others)


def test_a_vetoed_change_carries_its_veto_family(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. announced that the Board of Directors appointed "
        "Tamsin Okonkwo as Chief Financial Officer, effective December 1, 2026."
    )
    (vetoed,) = [c for c in result.of("Tamsin Okonkwo") if c.source == "veto"]
    assert vetoed.features["trap:veto_family:officer"] == 1.0
    assert vetoed.features["trap:cue_against"] == 1.0
    # its wide twins in the same sentence know a veto dropped the change
    twins = [c for c in result.of("Tamsin Okonkwo") if c.source == "wide"]
    assert twins
    assert all(c.features.get("trap:vetoed_here:officer") == 1.0 for c in twins)


def test_former_written_after_or_before_the_name(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. said that Edwin Ray, a former director of the "
        "Company, died on October 1. Ex-chairman Hugo Brandt passed away on "
        "October 2. Mara Cole, a director of the Company, passed away on October 3."
    )
    assert _any(result, "Edwin Ray", "trap:former_director:after")
    assert _any(result, "Hugo Brandt", "trap:former_director:before")
    assert not _any(result, "Mara Cole", "trap:former_director:after")
    assert not _any(result, "Mara Cole", "trap:former_director:before")


def test_a_past_year_or_biography_wording_governs_the_trigger(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE_2024 + "Acme Widgets Inc. named John Smith its Chief Executive "
        "Officer. Mr. Smith previously served at Globex Corporation and was elected "
        "to the board of Initech Inc. in 2019. Acme Widgets Inc. also elected "
        "Maria Ortiz to its Board of Directors in March 2024."
    )
    assert _any(result, "John Smith", "trap:past_year_at_trigger")
    assert _any(result, "John Smith", "trap:biography_before_trigger")
    assert not _any(result, "Maria Ortiz", "trap:past_year_at_trigger")
    assert not _any(result, "Maria Ortiz", "trap:biography_before_trigger")


def test_the_board_of_another_named_body_or_of_the_company(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. (NYSE: CVN) announced that Rosa Lind was elected "
        "to the board of the Harbor Arts Trust. Separately, Ola Berg was elected "
        "to the Board of Directors of Corvane Inc., effective immediately."
    )
    assert _any(result, "Rosa Lind", "trap:board_of:other_named")
    assert not _any(result, "Rosa Lind", "trap:board_of:own")
    assert _any(result, "Ola Berg", "trap:board_of:own")
    assert not _any(result, "Ola Berg", "trap:board_of:other_named")


def test_subsidiary_words_around_the_trigger(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. (NYSE: CVN) shared an update. Karen Holt resigned "
        "from the board of one of its Asian subsidiaries. Lena Moss resigned from "
        "the Board of Directors of the Company."
    )
    assert _any(result, "Karen Holt", "trap:subsidiary:after_trigger")
    assert not _any(result, "Lena Moss", "trap:subsidiary:after_trigger")


def test_remains_a_director_after_a_departure(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Halloran Rail Corp. said that Priya Castellanos-Oyelowo has "
        "resigned as chairman of the compensation committee, effective December 1, "
        "2026. She remains an independent director. Halloran Rail Corp. also said "
        "that Omar Reyes has resigned from the Board, effective December 1, 2026. "
        "He thanked the Company."
    )
    assert _any(result, "Priya Castellanos-Oyelowo", "trap:remains_director")
    assert not _any(result, "Omar Reyes", "trap:remains_director")


def test_which_side_of_succeeded_by_the_name_is_on(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE_2024 + "Acme Widgets Inc. said that Ada Byron will step down as "
        "Chair of the Board effective May 31, 2024. She will be succeeded by Grace "
        "Hopper. Carl Sagan will be succeeded by Vera Rubin as Chair of the Audit "
        "Committee."
    )
    assert _any(result, "Grace Hopper", "trap:succeeded_by:successor")
    assert _any(result, "Grace Hopper", "trap:succeeded_by:after_pronoun")
    assert _any(result, "Carl Sagan", "trap:succeeded_by:predecessor")
    assert not _any(result, "Vera Rubin", "trap:succeeded_by:after_pronoun")


def test_a_successor_named_before_succeeds_on_a_rule_row(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. (NYSE: CVN) announced that Lena Moss will succeed "
        "Omar Reyes as Chair of the Board, effective December 1, 2026. Ida Wu was "
        "appointed Chair of the Audit Committee."
    )
    (row,) = [c for c in result.of("Lena Moss") if c.source == "rule"]
    assert row.features["trap:successor:rule"] == 1.0
    assert not any("trap:successor:rule" in c.features for c in result.of("Ida Wu"))
