"""The learned decision layer: a JSON model scored in pure Python, kept fresh."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.core.extraction.decision import Model, model_path, shipped_model
from tests.core.extraction.conftest import DATELINE, Extracted

ROOT = Path(__file__).resolve().parents[3]
RELEASE = (
    DATELINE + "Corvane Inc. announced that Board members Odile Marchetti and "
    "Sven Lindqvist will resign at the end of the year. The Board has appointed "
    "Praveen Haverford as an independent director."
)


def test_a_model_scores_the_sum_of_its_features_weights() -> None:
    model = Model.from_json(
        {
            "intercept": -1.0,
            "features": ["a", "b"],
            "coefficients": [1.0 + math.log(3), 5.0],
        }
    )
    assert model.probability({"a": 1.0}) == pytest.approx(0.75)
    assert model.probability({}) == pytest.approx(1 / (1 + math.e))
    assert model.probability({"unknown": 1.0}) == model.probability({})
    assert Model.from_json(model.to_json()) == model


def test_a_model_whose_lists_differ_is_refused() -> None:
    with pytest.raises(ValueError, match="differ"):
        Model.from_json({"intercept": 0.0, "features": ["a"], "coefficients": []})


def test_the_model_drops_rule_rows_and_adds_candidates(
    extracted: Callable[..., Extracted],
) -> None:
    rules = extracted(RELEASE, rules_only=True)
    assert {r.person for r in rules.rows} == {"Praveen Haverford"}
    drop_all = Model({"bias_source:rule": -20.0}, -5.0)
    assert extracted(RELEASE, drop_all).rows == ()
    # a model that keeps rule rows and trusts what the vetoes dropped
    trusting = Model({"bias_source:rule": 20.0, "bias_source:veto": 20.0}, -10.0)
    rows = extracted(RELEASE, trusting).rows
    leaving = sorted(r.person for r in rows if r.change_type == "resigned")
    assert leaving == ["Odile Marchetti", "Sven Lindqvist"]  # one row each
    assert all(
        r.rules[-1].startswith("model:add:") for r in rows if r.person in leaving
    )


def test_a_letters_signer_is_kept_whatever_the_score(
    extracted: Callable[..., Extracted],
) -> None:
    # BINDING_RULES: the letter's own first-person change ("letter:signer")
    letter = (
        "Exhibit 17.1\n\nDear Mr. Reyes: I hereby resign from the Board of Directors "
        "of Corvane Inc., effective immediately.\n\nSincerely,\n\nDana K. Whitfield\n"
    )
    drop_all = Model({}, -20.0)
    (row,) = extracted(letter, drop_all).rows
    assert row.person == "Dana K. Whitfield"
    assert row.change_type == "resigned"
    assert {"letter:signer", "decision:binding_rule"} <= set(row.rules)
    # the contrast: the same model drops a release's rows
    assert extracted(RELEASE, drop_all).rows == ()


def test_a_binding_cue_leaves_no_row_whatever_the_score(
    extracted: Callable[..., Extracted],
) -> None:
    # trap_cues.BINDING_CUES: the requester of a resignation is not the one
    # resigning, even for a model that keeps every candidate
    text = (
        DATELINE + "Corvane Inc. announced that Tom Baker resigned from the Board of "
        "Directors at the request of Chairman Omar Reyes."
    )
    keep_all = Model({}, 20.0)
    assert set(extracted(text, keep_all).by_person()) == {"Tom Baker"}
    # the contrast: without the cue the same model keeps the wide candidate
    plain = (
        DATELINE + "Corvane Inc. said Tom Baker and Omar Reyes resigned from the Board."
    )
    assert set(extracted(plain, keep_all).by_person()) == {"Tom Baker", "Omar Reyes"}


def test_a_rule_row_with_a_caution_cue_needs_the_add_threshold(
    extracted: Callable[..., Extracted],
) -> None:
    # trap:not_this_change (a hedged change): kept at p 0.4 only without the cue
    hedged = (
        DATELINE + "Corvane Inc. said Chairman Omar Reyes may step down from the Board."
    )
    plain = (
        DATELINE
        + "Corvane Inc. said Chairman Omar Reyes will step down from the Board."
    )
    z = math.log(0.4 / 0.6)
    model = Model({}, z, threshold=0.3, add_threshold=0.5)
    assert extracted(plain, model).by_person().keys() == {"Omar Reyes"}
    assert extracted(hedged, model).rows == ()


def test_the_shipped_model_scores_without_scikit_learn(tmp_path: Path) -> None:
    document = tmp_path / "release.txt"
    document.write_text(RELEASE, encoding="utf-8")
    script = (
        "import sys; sys.modules['sklearn'] = None\n"  # any import of it fails
        "from reviewer.core.extraction import extract\n"
        "from reviewer.io.loaders import load_document\n"
        f"rows = extract(load_document({str(document)!r})).rows\n"
        "print([r.rules[-1].split(':')[1] for r in rows])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert "'keep'" in done.stdout


def test_the_shipped_model_records_how_it_was_made() -> None:
    model = shipped_model()
    assert model is not None
    meta = model.meta
    assert meta["kind"] == "logistic-regression"
    assert isinstance(meta["seed"], int)
    from reviewer.core.extraction import EXTRACTOR_VERSION

    assert meta["extractor_version"] == EXTRACTOR_VERSION
    assert "data/corpus/gold" in [s["gold"] for s in meta["training_sets"]]


@pytest.mark.corpus
def test_the_shipped_model_is_not_stale() -> None:
    """Retrain with ``reviewer train`` (docs/extraction.md) when this fails."""
    from reviewer.learn import corpus_hash, training_hash

    meta = json.loads(model_path().read_text(encoding="utf-8"))
    sets = [ROOT / s["gold"] for s in meta["training_sets"]]
    for recorded, folder in zip(meta["training_sets"], sets, strict=True):
        assert corpus_hash(folder) == recorded["sha256"], (
            f"{recorded['gold']} changed since the model was trained: run "
            "reviewer train (docs/extraction.md)"
        )
    assert training_hash(sets) == meta["training_data_sha256"]


@pytest.mark.corpus
def test_training_again_rebuilds_the_shipped_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meta = json.loads(model_path().read_text(encoding="utf-8"))
    monkeypatch.chdir(ROOT)  # the model records its folders relative to the checkout
    out = tmp_path / "model.json"
    args = ["train", "-o", str(out)]
    for recorded in meta["training_sets"]:
        args += ["--gold", recorded["gold"]]
    assert main(args) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == meta, (
        "the shipped model is not what reviewer train makes of its data and code: "
        "retrain it (docs/extraction.md)"
    )


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["gh-001", "gn-007", "gr-010", "seed-21vianet"])
def test_training_candidates_are_the_resolved_ones_less_roles(name: str) -> None:
    """A FeatureSink skips the role and date resolvers; nothing training reads
    (features, person, direction) differs from a resolved sink's."""
    from reviewer.core.extraction.candidates import Candidate
    from reviewer.core.extraction.decision import FeatureSink
    from reviewer.core.extraction.engine import run
    from reviewer.io.loaders import load_document

    [raw] = [p for p in (ROOT / "data" / "corpus" / "raw").glob(f"{name}.*")]
    document = load_document(raw)
    resolved: list[Candidate] = []
    run(document, rules_only=True, sink=resolved)
    light = FeatureSink()
    run(document, rules_only=True, sink=light)
    assert resolved

    def seen(found: list[Candidate]) -> list[tuple[object, ...]]:
        return [
            (c.features, c.event.person.name, c.event.direction, c.source)
            for c in found
        ]

    assert seen(light) == seen(resolved)
