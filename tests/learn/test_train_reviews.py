"""``reviewer train DATASET.csv``, ``extract --model`` and model files (#13)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from reviewer.cli import main
from reviewer.core.extraction import EXTRACTOR_VERSION
from reviewer.core.modelfile import ModelFileError, load_model_file
from reviewer.learn.replay import corpus_pairs, write_reviewed
from tests.conftest import CORPUS

pytestmark = pytest.mark.corpus

GOLD = CORPUS / "gold"
NAMES = ["gh-001", "gh-002", "gh-004", "gh-005", "gn-001", "gn-002", "gr-001"]


def _reviewed(tmp_path: Path, names: list[str] = NAMES) -> Path:
    """A reviewed dataset of corpus documents copied below its folder."""
    (tmp_path / "docs").mkdir()
    pairs = []
    for raw, gold in corpus_pairs(GOLD, names):
        copy = tmp_path / "docs" / raw.name
        shutil.copyfile(raw, copy)
        pairs.append((copy, gold))
    dataset = tmp_path / "reviewed.csv"
    write_reviewed(dataset, pairs)
    return dataset


def test_train_on_reviewed_rows_names_missing_files_and_trains(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = _reviewed(tmp_path)
    gone = next((tmp_path / "docs").glob("gh-002.*"))
    gone.rename(tmp_path / gone.name)  # moved out of place
    changed = next((tmp_path / "docs").glob("gh-004.*"))
    changed.write_bytes(changed.read_bytes() + b"\nedited\n")
    out = tmp_path / "mine.json"
    assert main(["train", str(dataset), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"docs/{gone.name}: not found" in err
    assert f"docs/{changed.name}: changed since it was reviewed" in err
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["extractor_version"] == EXTRACTOR_VERSION
    assert model["reviewed_documents"] == len(NAMES) - 2
    assert model["documents"] == len(NAMES) - 2
    [trained] = model["training_sets"]
    assert trained["documents"] == len(NAMES) - 2
    assert len(model["training_data_sha256"]) == 64
    assert model["features"]
    assert len(model["features"]) == len(model["coefficients"])


def test_same_reviews_give_the_same_model(tmp_path: Path) -> None:
    dataset = _reviewed(tmp_path)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["train", str(dataset), "-o", str(first)]) == 0
    assert main(["train", str(dataset), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_a_reviewed_none_document_is_a_negative(tmp_path: Path) -> None:
    from reviewer.learn.reviews import load_reviews

    negative = next(
        p.stem
        for p in sorted(GOLD.glob("gh-*.json"))
        if not json.loads(p.read_text(encoding="utf-8"))["changes"]
    )
    dataset = _reviewed(tmp_path, [negative, "gh-001"])
    frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    assert "none" in set(frame["change_type"])
    data, examples = load_reviews([dataset])
    by_name = {e.doc.gold["negative"]: e for e in examples}
    assert not any(by_name[True].labels)
    assert any(by_name[False].labels)
    assert not data.problems


def test_a_dataset_without_reviewed_rows_gets_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = _reviewed(tmp_path)
    frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    frame["review_status"] = "extracted"
    frame.to_csv(dataset, index=False)
    assert main(["train", str(dataset), "-o", str(tmp_path / "m.json")]) == 2
    err = capsys.readouterr().err
    assert "has no reviewed rows" in err
    assert "Traceback" not in err
    assert not (tmp_path / "m.json").exists()


def test_train_needs_an_output_for_a_dataset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = _reviewed(tmp_path, ["gh-001"])
    assert main(["train", str(dataset)]) == 2
    assert "-o MODEL.json" in capsys.readouterr().err


def test_extract_with_a_model_names_it_in_extractor_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = _reviewed(tmp_path)
    model = tmp_path / "mine.json"
    assert main(["train", str(dataset), "-o", str(model)]) == 0
    tag = hashlib.sha256(model.read_bytes()).hexdigest()[:6]
    out = tmp_path / "new.csv"
    code = main(
        ["extract", str(tmp_path / "docs"), "-o", str(out), "--model", str(model)]
    )
    assert code == 0
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert set(frame["extractor_version"]) == {f"{EXTRACTOR_VERSION}+model-{tag}"}
    plain = tmp_path / "plain.csv"
    assert main(["extract", str(tmp_path / "docs"), "-o", str(plain)]) == 0
    frame = pd.read_csv(plain, dtype=str, keep_default_na=False)
    assert set(frame["extractor_version"]) == {EXTRACTOR_VERSION}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "There is no model file"),
        (b"{not json", "it is not JSON"),
        (b'{"a": 1}', "is not a decision model"),
        (
            json.dumps(
                {"extractor_version": "0.9.0", "features": [], "coefficients": [],
                 "intercept": 0}
            ).encode(),
            "trained for extractor 0.9.0",
        ),
        (
            json.dumps(
                {"extractor_version": EXTRACTOR_VERSION, "features": ["a"],
                 "coefficients": ["x"], "intercept": 0}
            ).encode(),
            "damaged",
        ),
    ],
)  # fmt: skip
def test_bad_model_files_get_plain_messages(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    says: str,
) -> None:
    path = tmp_path / "model.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ModelFileError, match=says):
        load_model_file(path)
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copyfile(CORPUS / "raw" / "gh-001.txt", docs / "gh-001.txt")
    out = tmp_path / "out.csv"
    assert main(["extract", str(docs), "-o", str(out), "--model", str(path)]) == 2
    err = capsys.readouterr().err
    assert says in err
    assert "Traceback" not in err
    assert not out.exists()
    assert main(["evaluate", "--gold", str(GOLD), "--model", str(path)]) == 2
    assert says in capsys.readouterr().err


def test_review_weight_is_recorded_and_counts(tmp_path: Path) -> None:
    dataset = _reviewed(tmp_path, ["gh-001", "gn-001", "gn-002"])
    gold = CORPUS.parent.parent / "tests" / "data" / "heldout" / "gold"
    plain, heavy = tmp_path / "plain.json", tmp_path / "heavy.json"
    assert main(["train", str(dataset), "--gold", str(gold), "-o", str(plain)]) == 0
    args = ["train", str(dataset), "--gold", str(gold), "-o", str(heavy)]
    assert main([*args, "--review-weight", "3"]) == 0
    one = json.loads(plain.read_text(encoding="utf-8"))
    three = json.loads(heavy.read_text(encoding="utf-8"))
    assert "review_weight" not in one
    assert three["review_weight"] == 3.0
    assert one["coefficients"] != three["coefficients"]
    assert [s.get("gold") for s in three["training_sets"]][-1].endswith("heldout/gold")
    assert main([*args, "--review-weight", "0"]) == 2


def test_evaluate_with_a_trained_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = _reviewed(tmp_path)
    model = tmp_path / "mine.json"
    assert main(["train", str(dataset), "-o", str(model)]) == 0
    capsys.readouterr()
    assert main(["evaluate", "--gold", str(GOLD), "--model", str(model), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["event"]["gold"] > 100
    assert 0 < figures["event"]["f1"] <= 1


def test_a_dataset_that_is_not_a_csv_gets_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\xff\xfe garbage \x00")
    assert main(["train", str(bad), "-o", str(tmp_path / "m.json")]) == 2
    err = capsys.readouterr().err
    assert "reviewer: cannot train:" in err
    assert "Traceback" not in err


def test_reviews_alone_adapt_the_built_in_model(tmp_path: Path) -> None:
    """Without gold, the reviews start from the built-in model, not from nothing."""
    from reviewer.core.extraction.decision import shipped_model
    from reviewer.learn.reviews import load_reviews

    dataset = _reviewed(tmp_path, ["gh-001", "gn-001"])
    out = tmp_path / "mine.json"
    assert main(["train", str(dataset), "-o", str(out)]) == 0
    model = json.loads(out.read_text(encoding="utf-8"))
    shipped = shipped_model()
    assert shipped is not None
    assert model["prior"] == {
        "model": "built-in",
        "extractor_version": EXTRACTOR_VERSION,
        "training_data_sha256": shipped.meta["training_data_sha256"],
    }
    weights = dict(zip(model["features"], model["coefficients"], strict=True))
    _, examples = load_reviews([dataset])
    seen = {n for e in examples for c in e.candidates for n in c.features}
    unseen = set(shipped.weights) - seen
    assert unseen
    # what the reviews never show keeps the built-in model's weight ...
    assert {n: weights.get(n) for n in unseen} == {
        n: shipped.weights[n] for n in unseen
    }
    # ... and what they show moved
    moved = [n for n in seen if weights.get(n, 0.0) != shipped.weights.get(n, 0.0)]
    assert moved
    gold = CORPUS.parent.parent / "tests" / "data" / "heldout" / "gold"
    refit = tmp_path / "refit.json"
    assert main(["train", str(dataset), "--gold", str(gold), "-o", str(refit)]) == 0
    assert "prior" not in json.loads(refit.read_text(encoding="utf-8"))


def test_worker_processes_train_the_same_model(tmp_path: Path) -> None:
    """Files read by forked workers give what reading them here gives."""
    from reviewer.learn.reviews import load_reviews, workers_for

    dataset = _reviewed(tmp_path)
    (tmp_path / "docs" / "gr-001.txt").unlink(missing_ok=True)
    here, one = load_reviews([dataset], workers=1)
    there, two = load_reviews([dataset], workers=2)
    assert here.problems == there.problems
    assert [(e.doc, e.labels) for e in one] == [(e.doc, e.labels) for e in two]
    assert [e.candidates for e in one] == [e.candidates for e in two]
    assert sum(len(e.candidates) for e in one) > 20
    assert workers_for(10) == 1  # a few files are read here
