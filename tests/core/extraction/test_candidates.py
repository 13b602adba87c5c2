"""High-recall candidates: the categories the rule path misses get a candidate."""

from __future__ import annotations

from collections.abc import Callable

from tests.core.extraction.conftest import DATELINE, Extracted


def test_several_names_before_the_verb_each_get_a_leave_candidate(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. announced that Board members Odile Marchetti and "
        "Sven Lindqvist will resign at the end of the year."
    )
    for person in ("Odile Marchetti", "Sven Lindqvist"):
        assert result.of(person, "LEAVE"), person


def test_a_death_the_company_mourns_is_a_deceased_candidate(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. mourns the loss of its Chairman, Rosalind Yeats, "
        "who died on October 30, 2026."
    )
    kinds = {c.event.kind for c in result.of("Rosalind Yeats", "LEAVE")}
    assert "deceased" in kinds


def test_a_director_who_takes_the_chair_is_a_role_candidate(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane plc announces that Quincy Brannigan, currently Senior "
        "Independent Director, takes the chair with effect from 1 December 2026."
    )
    (role,) = [c for c in result.of("Quincy Brannigan", "ROLE") if c.source == "wide"]
    assert role.event.kind == "role_change"
    assert role.event.effective_date == "2026-12-01"
    assert "extra:role_change" in role.event.rules


def test_the_chair_succeeded_gets_a_leave_candidate(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane plc announces that Ulric Haverford will succeed Tamsin "
        "Okonkwo as Chair of the Board on 1 December 2026."
    )
    (left,) = result.of("Tamsin Okonkwo", "LEAVE")
    # the rule path reads it now (succession.py); before, only a wide relabel did
    assert left.source == "rule"
    assert "succession:predecessor" in left.event.rules
    assert result.row("Ulric Haverford").change_type == "role_change"


def test_a_resignation_letter_is_a_candidate_of_its_signer(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        "Dear Members of the Board,\n\nI hereby resign as a director of Corvane "
        "Inc., effective immediately. My decision is not the result of any "
        "disagreement with the Company.\n\nSincerely,\n\nOdile Marchetti\n"
    )
    (signed,) = result.of("Odile Marchetti")
    assert signed.event.kind == "resigned"
    assert signed.event.rules[0] == "letter:signer"


def test_a_declined_renomination_letter_is_not_standing(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        "To the Board of Directors of Corvane Inc.:\n\nI have decided not to stand "
        "for re-election at the 2027 annual meeting.\n\nRegards,\nSven Lindqvist\n"
    )
    (signed,) = result.of("Sven Lindqvist")
    assert signed.event.kind == "not_standing"


def test_each_person_direction_and_sentence_is_proposed_once(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. (NYSE: CVN) today announced that Odile Marchetti "
        "has resigned from the Board of Directors, effective immediately."
    )
    keys = [
        (c.event.person.name, c.event.direction, c.event.sentence.start)
        for c in result.candidates
    ]
    assert len(keys) == len(set(keys))
    assert [c.source for c in result.of("Odile Marchetti", "LEAVE")] == ["rule"]
