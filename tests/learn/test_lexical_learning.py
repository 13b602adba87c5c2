"""A cue word learned from a few reviewed documents flips a decision (#13).

Made-up releases: "will vacate her seat on the Board" is a departure, but the
rules read the seat as an election ("elected"), and the rule features of that
row are the same as those of "will take up her seat on the Board", a real
election. An analyst reviews a few of each. Adapting the built-in model to
those reviews, only the lexical features (the word "vacate" next to the
trigger) can tell the two apart: the trained model drops the false election
and keeps the real one, and without its lexical weights it keeps both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.core.extraction.candidates import Candidate
from reviewer.core.extraction.decision import Model
from reviewer.core.extraction.engine import run
from reviewer.core.extraction.lexical import LEXICAL_PREFIX
from reviewer.core.modelfile import load_model_file
from reviewer.io.dataset import save_records
from reviewer.learn import write_model
from reviewer.learn.replay import reviewed_records
from reviewer.learn.reviews import CandidateCache, train_on_reviews

PEOPLE = [
    ("Ms.", "Jane Ridley", "her"),
    ("Mr.", "Tomas Ekberg", "his"),
    ("Dr.", "Amara Osei", "her"),
    ("Mr.", "Luca Ferrante", "his"),
    ("Ms.", "Ingrid Halvorsen", "her"),
    ("Mr.", "Rafael Quintero", "his"),
    ("Ms.", "Noor Haddad", "her"),
    ("Mr.", "Kenji Watanabe", "his"),
]
COMPANIES = [
    "Corvane Inc.", "Beltmore Corp.", "Quillon Holdings Ltd.", "Tessaline Group plc",
    "Harrowgate Inc.", "Ostrava Mining Corp.", "Pellucid Systems Inc.",
    "Marrow Bay Ltd.",
]  # fmt: skip
CITIES = [
    "FERNDALE", "RIVERTON", "SPRINGFIELD", "OAKMONT", "LAKEWOOD", "DUNMORE",
    "ASHFORD", "BRIXTON",
]  # fmt: skip
REVIEWED = 6  # documents of each kind the analyst reviews (the last is the probe)


def _release(i: int, verb: str) -> str:
    honorific, name, pronoun = PEOPLE[i]
    return (
        f"{CITIES[i]}, Nov. {i + 2}, 2026 (NEWSWIRE) -- {COMPANIES[i]} today "
        f"announced that {honorific} {name} will {verb} {pronoun} seat on the "
        "Board, effective immediately."
    )


def _join_rule_row(text: str, model: Model) -> Candidate:
    """The rule path's election row of the text, scored by ``model``."""
    document = Document(
        text=text,
        source_path="release.txt",
        sha256="0" * 64,
        format=DocumentFormat.TEXT,
        metadata={},
    )
    found: list[Candidate] = []
    run(document, model, sink=found)
    [row] = [c for c in found if c.source == "rule" and c.event.direction == "JOIN"]
    return row


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Model:
    """The built-in model adapted to 2 x REVIEWED reviewed releases."""
    folder = tmp_path_factory.mktemp("reviews")
    dataset = folder / "reviewed.csv"
    records = []
    for i in range(REVIEWED):
        for verb, change in (("vacate", "resigned"), ("take up", "elected")):
            path = folder / f"{i}-{verb.replace(' ', '-')}.txt"
            path.write_text(_release(i, verb), encoding="utf-8")
            gold = {
                "company": COMPANIES[i],
                "changes": [{"person": PEOPLE[i][1], "change": change}],
            }
            records += reviewed_records(path, gold, dataset)
    save_records(dataset, records)
    # in memory: a module fixture runs before tests/conftest.py points the user
    # cache folder at a temporary home
    model, data = train_on_reviews([dataset], cache=CandidateCache())
    assert data.reviewed == 2 * REVIEWED
    assert not data.problems
    return model


def test_the_rules_read_both_seats_as_elections() -> None:
    for verb in ("vacate", "take up"):
        rows = extract(_document(_release(7, verb)), rules_only=True).rows
        assert [(r.person, r.change_type) for r in rows] == [
            ("Kenji Watanabe", "elected")
        ]


def _document(text: str) -> Document:
    return Document(
        text=text,
        source_path="release.txt",
        sha256="0" * 64,
        format=DocumentFormat.TEXT,
        metadata={},
    )


def test_a_reviewed_cue_word_flips_the_decision(trained: Model) -> None:
    # an unseen release of each kind: another person, company and city
    vacate, take_up = _release(7, "vacate"), _release(7, "take up")
    rows = extract(_document(vacate), trained).rows
    assert [(r.person, r.change_type) for r in rows] == [("Kenji Watanabe", "resigned")]
    assert _join_rule_row(vacate, trained).score < trained.threshold
    assert _join_rule_row(take_up, trained).score >= trained.threshold
    # the lexical weights make the difference: without them the false
    # election is kept
    plain = Model(
        {n: w for n, w in trained.weights.items() if not n.startswith(LEXICAL_PREFIX)},
        trained.intercept,
        trained.threshold,
        trained.add_threshold,
    )
    assert _join_rule_row(vacate, plain).score >= plain.threshold


def test_a_model_with_lexical_weights_round_trips(
    trained: Model, tmp_path: Path
) -> None:
    assert any(n.startswith(LEXICAL_PREFIX) for n in trained.weights)
    path = tmp_path / "mine.json"
    write_model(trained, path)
    loaded = load_model_file(path).model
    assert loaded.weights == trained.weights
    assert (loaded.intercept, loaded.threshold) == (
        trained.intercept,
        trained.threshold,
    )
    text = _release(7, "vacate")
    assert _join_rule_row(text, loaded).score == _join_rule_row(text, trained).score
