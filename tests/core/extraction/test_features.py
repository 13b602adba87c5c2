"""Candidate features on small real-style sentences: generic evidence only."""

from __future__ import annotations

from collections.abc import Callable

from tests.core.extraction.conftest import DATELINE, Extracted


def _features(result: Extracted, person: str, direction: str) -> dict[str, float]:
    (candidate,) = [c for c in result.of(person, direction) if c.source == "rule"]
    return candidate.features


def test_a_subject_who_has_resigned(extracted: Callable[..., Extracted]) -> None:
    result = extracted(
        "Odile Marchetti has resigned from the Board of Directors of Corvane Inc., "
        "effective immediately. Corvane Inc. (NYSE: CVN) thanks her for her service."
    )
    feats = _features(result, "Odile Marchetti", "LEAVE")
    assert feats["name_is_subject"] == 1.0
    assert feats["order:name_first"] == 1.0
    assert feats["gap:1"] == 1.0  # "has" between name and trigger
    assert feats["tense:perfect"] == 1.0
    assert feats["word:resign"] == 1.0
    assert feats["board_after_trigger"] == 1.0
    assert feats["sentence:0"] == 1.0
    assert "negated" not in feats
    assert "officer_words" not in feats
    assert feats["genre:wire"] == 1.0  # the "(NYSE: CVN)" of a wire release


def test_an_object_appointed_in_the_future(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. announced that its Board will appoint Sven Lindqvist "
        "as an independent director, subject to shareholder approval."
    )
    feats = _features(result, "Sven Lindqvist", "JOIN")
    assert feats["order:trigger_first"] == 1.0
    assert feats["tense:future"] == 1.0
    assert feats["modal"] == 1.0  # "subject to"
    assert feats["holders_or_meeting"] == 1.0
    assert feats["rule:trigger:appointed"] == 1.0
    assert feats["rule:assign:object"] == 1.0
    assert "name_is_subject" not in feats


def test_officer_words_and_the_veto_are_features(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. announced that the Board of Directors appointed "
        "Tamsin Okonkwo as Chief Financial Officer, effective December 1, 2026."
    )
    (vetoed,) = [c for c in result.of("Tamsin Okonkwo") if c.source == "veto"]
    feats = vetoed.features
    assert feats["veto:veto:officer_title"] == 1.0
    assert feats["officer_after_trigger"] == 1.0
    assert feats["bias_source:veto"] == 1.0
    assert feats["rule:trigger:appointed"] == 1.0
    assert "dated" not in feats  # dates are resolved only for kept candidates


def test_mentions_honorifics_and_a_letter(extracted: Callable[..., Extracted]) -> None:
    result = extracted(
        "Dear Members of the Board,\n\nI hereby resign as a director of Corvane "
        "Inc., effective immediately.\n\nSincerely,\n\nOdile Marchetti\n"
    )
    (signed,) = result.of("Odile Marchetti")
    feats = signed.features
    assert feats["genre:letter"] == 1.0
    assert feats["first_person"] == 1.0
    assert feats["pronoun"] == 1.0  # the signer, not a name beside the verb
    assert feats["mentions:1"] == 1.0
    assert feats["full_name"] == 1.0


def test_a_proxy_statement_is_no_letter(extracted: Callable[..., Extracted]) -> None:
    result = extracted(
        "NOTICE OF ANNUAL MEETING AND PROXY STATEMENT\n\nDear Shareholders,\n\n"
        "The Board has nominated Odile Marchetti for election as a director at the "
        "annual meeting.\n\nSincerely,\n\nTom Reyes\nChairman of the Board\n"
    )
    feats = [c.features for c in result.of("Odile Marchetti")]
    assert feats
    assert all("genre:letter" not in f for f in feats)


def test_features_never_name_a_document(extracted: Callable[..., Extracted]) -> None:
    result = extracted(
        DATELINE + "Corvane Inc. announced that Odile Marchetti has retired from "
        "the Board. Mr. Sven Lindqvist joined the Board as a director."
    )
    names = {name for c in result.candidates for name in c.features}
    for word in ("corvane", "marchetti", "lindqvist", "ferndale"):
        assert not any(word in name.lower() for name in names), word
