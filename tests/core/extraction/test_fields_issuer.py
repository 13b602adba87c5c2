"""The issuer's candidates and their ranker (reviewer/core/extraction/fields/issuer.py).

Every example is made up in the style of real announcements.
"""

from __future__ import annotations

import pytest

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction.fields.issuer import (
    IssuerCandidate,
    Ranker,
    shipped_ranker,
    using_ranker,
)
from reviewer.core.extraction.fields.resolve import issuer_candidates
from tests.core.extraction.conftest import Fields

BODY = "\n\nThe board thanked her for her service.\n"


def _candidates(text: str, **front_matter: str) -> dict[str, IssuerCandidate]:
    document = Document(
        text=text,
        source_path="release.txt",
        sha256="f" * 64,
        format=DocumentFormat.TEXT,
        metadata={f"front_matter.{k}": v for k, v in front_matter.items()},
    )
    return {c.key: c for c in issuer_candidates(document)}


@pytest.mark.parametrize(
    ("text", "key", "rule"),
    [
        # company.name_verb: a name before a verb of news, after a descriptor
        (
            "LONDON (Newswire) - Shipping group Corran Lines plc (CRN.L, CRN) "
            "announced that Ada Quist will join its board." + BODY,
            "corran lines",
            "company.name_verb",
        ),
        (
            " date 2024-03-01 (Market News) - Brackwater Homes PLC on Monday said its "
            "chair will step down." + BODY,
            "brackwater homes",
            "company.name_verb",
        ),
        (
            "Wealth manager T&R announced that Jo Park has stepped down as chair."
            + BODY,
            "t r",
            "company.name_verb",
        ),
        # company.board_of: the organisation whose board is named
        (
            "The Board of Directors of Pellow Orchard Systems today reports the "
            "passing of its chairman." + BODY,
            "pellow orchard systems",
            "company.board_of.name",
        ),
        (
            "# Dr. Ada Quist joins Larch Valley Foundation Board of Directors\n\nThe "
            "foundation welcomed her." + BODY,
            "larch valley foundation",
            "company.board_of.owner",
        ),
        (
            "Jo Park has been appointed to the Supervisory Board of KESTREL WERKE SE "
            "by the court." + BODY,
            "kestrel werke se",
            "company.board_of.name",
        ),
        # company.about: a release's boilerplate heading
        (
            "Jo Park joined the board on Monday." + BODY + "\nAbout Fenwick Rowe "
            "Analytics\n\nFenwick Rowe Analytics makes software.\n",
            "fenwick rowe analytics",
            "company.about",
        ),
        # company.frequent_suffixed: the suffixed name the text writes most
        (
            "Jo Park, formerly of Tern Bank Ltd, joins the board. Marlow Quay PLC "
            "thanks Ada Quist. Marlow Quay PLC will report in May." + BODY,
            "marlow quay",
            "company.frequent_suffixed",
        ),
        # company.release.*: each source of the release rule on its own
        (
            "Jo Park joins Vessel Arc Inc. (NASDAQ: VARC) as a director." + BODY,
            "vessel arc",
            "company.release.ticker",
        ),
        (
            'Grain Hollow Limited (the "Company") appointed Jo Park.' + BODY,
            "grain hollow",
            "company.release.defined",
        ),
    ],
)
def test_a_rule_proposes_the_issuer(text: str, key: str, rule: str) -> None:
    found = _candidates(text)
    assert key in found, sorted(found)
    assert rule in found[key].rules
    assert f"rule:{rule}" in found[key].features


@pytest.mark.parametrize(
    ("text", "not_key"),
    [
        # a regulator's name holding "Board of", not an organisation's board
        (
            "In terms of Regulation 30 of the Securities and Exchange Board of India "
            "Regulations, the Board of Directors of the Company appointed Mr. Ravi "
            "Rao as an Additional Director." + BODY,
            "exchange",
        ),
        ("Ada Quist will leave the Company board and the Audit Committee board." + BODY,
         "audit committee"),
        # a date, and "I" of a letter, are not names
        (" date 2019-05-28 2019 Board of Directors I hereby resign." + BODY, "2019"),
        ("To the Board of Directors I hereby resign as a director." + BODY,
         "directors i"),
        ("To the Board of Directors. I hereby resign as a director." + BODY,
         "directors i"),
    ],
)  # fmt: skip
def test_not_an_issuer_candidate(text: str, not_key: str) -> None:
    assert not_key not in _candidates(text)


def test_features_are_deterministic_and_describe_the_candidate() -> None:
    text = (
        "Harrow Minerals Names Ada Quist to Board\n\nPERTH, March 3, 2026 -- Harrow "
        "Minerals Ltd (ASX: HRW) said on Tuesday that Dr. Ada Quist joined its board. "
        "Harrow Minerals Ltd thanked the Chair, Jo Park." + BODY
    )
    first, again = _candidates(text), _candidates(text)
    assert {k: c.features for k, c in first.items()} == {
        k: c.features for k, c in again.items()
    }
    harrow = first["harrow minerals"]
    assert harrow.features["first_wins"] == 1.0  # the rules' first answer
    assert harrow.features["suffix"] == 1.0
    assert harrow.features["in_headline"] == 1.0
    assert harrow.features["pos:first300"] == 1.0
    assert harrow.features["bracket_after"] == 1.0
    assert harrow.features["freq"] > 1.0  # written three times
    assert len(harrow.rules) >= 3  # headline, release, name before a verb ...
    for other in first.values():
        if other is not harrow:
            assert "first_wins" not in other.features


def test_an_honorific_marks_a_person_like_candidate() -> None:
    found = _candidates(
        "# Dr. Arlo Venn Appointed to the Board\n\nDr. Arlo Venn announced he joins "
        "the board of Pell Systems AG." + BODY
    )
    assert all("person_like" in c.features for k, c in found.items() if "venn" in k), (
        found
    )


def test_the_shipped_ranker_takes_a_name_no_rule_answers(fields: Fields) -> None:
    # the old first-answer-wins rules found no company here
    text = (
        " date 2024-03-01 (Market News) - Brackwater Homes PLC on Monday said its "
        "chair will step down at the annual meeting, to be replaced by Jo Park."
        "\n\nShares in Brackwater Homes were up 1% on Monday." + BODY
    )
    assert shipped_ranker() is not None
    assert fields(text).company == "Brackwater Homes PLC"


def test_the_ranker_keeps_the_ticker_bracket_issuer(fields: Fields) -> None:
    text = (
        "FERNDALE, Nov. 3, 2026 (NEWSWIRE) -- Vessel Arc Inc. (NASDAQ: VARC) announced "
        "that Jo Park, formerly of Tern Bank Ltd, joined its board." + BODY
    )
    assert fields(text).company == "Vessel Arc Inc."


def test_a_fold_ranker_replaces_the_shipped_one(fields: Fields) -> None:
    text = "Vessel Arc Inc. (NASDAQ: VARC) said Jo Park joined Tern Bank Ltd." + BODY
    prefers_banks = Ranker({"rule:company.frequent_suffixed": 1.0}, -3.0, 0.0)
    never = Ranker({}, -3.0, 0.9)  # nothing reaches the threshold
    with using_ranker(never):
        assert fields(text).company == ""
    assert fields(text).company == "Vessel Arc Inc."
    with using_ranker(prefers_banks):
        assert fields(text).company in ("Vessel Arc Inc.", "Tern Bank Ltd")


def test_the_ranker_round_trips_through_json() -> None:
    ranker = Ranker({"a": 1.5, "b": -0.5}, -1.0, 0.25, {"kind": "x"})
    again = Ranker.from_json(ranker.to_json())
    assert again == ranker
    found = [
        IssuerCandidate.__new__(IssuerCandidate) for _ in range(2)
    ]  # plain candidates with features only
    found[0].features, found[1].features = {"a": 1.0}, {"b": 1.0}
    assert ranker.choose(found) is found[0]
    assert Ranker({}, -5.0, 0.5).choose(found) is None


def test_without_a_ranker_the_rules_first_answer_is_the_company() -> None:
    from reviewer.core.extraction.fields.company import cover
    from reviewer.core.extraction.fields.issuer import ranked_issuer
    from reviewer.core.extraction.fields.page import make_page
    from reviewer.core.extraction.filing import Span
    from reviewer.core.extraction.scope import regions
    from reviewer.core.extraction.sentences import flatten

    text = "Vessel Arc Inc. (NASDAQ: VARC) said Jo Park joined Tern Bank Ltd." + BODY
    document = Document(text, "release.txt", "f" * 64, DocumentFormat.TEXT)
    page = make_page(document, flatten(text), regions(document))
    found = ranked_issuer(page, Span(""), cover(page), None)
    assert (found.span.value, found.rule) == ("Vessel Arc Inc.", "company.release")
