"""``reviewer train`` and the model options of ``reviewer evaluate``: bad input is a
clear message and exit code 2, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli import main

RELEASE = (
    "SPRINGFIELD, March 4, 2024 (NEWSWIRE) -- Acme Widgets Inc. (NYSE: ACW) today "
    "announced that Peter Quill has resigned from the Board of Directors, effective "
    "immediately.\n"
)


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A gold folder of one document whose only candidate is right."""
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw" / "acme.txt").write_text(RELEASE, encoding="utf-8")
    gold = {"changes": [{"person": "Peter Quill", "change": "resigned"}]}
    (tmp_path / "gold" / "acme.json").write_text(json.dumps(gold), "utf-8")
    return tmp_path / "gold"


def test_a_missing_gold_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["train", "--gold", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_folder_without_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw").mkdir()
    out = tmp_path / "model.json"
    assert main(["train", "--gold", str(tmp_path / "gold"), "-o", str(out)]) == 2
    assert "both kept and dropped" in capsys.readouterr().err
    assert not out.exists()


def test_a_broken_gold_reading(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tiny / "acme.json").write_text("{broken", encoding="utf-8")
    assert main(["train", "--gold", str(tiny), "-o", str(tmp_path / "m.json")]) == 2
    assert "cannot train" in capsys.readouterr().err
    assert main(["evaluate", "--gold", str(tiny), "--cv", "2"]) == 2
    assert "cannot read the corpus" in capsys.readouterr().err


def test_training_writes_a_model_that_evaluate_reads(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "model.json"
    assert main(["train", "--gold", str(tiny), "-o", str(out)]) == 0
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["documents"] == 1
    assert len(model["features"]) == len(model["coefficients"])
    assert main(["evaluate", "--gold", str(tiny), "--model", str(out)]) == 0
    assert "matched 1" in capsys.readouterr().out


def test_a_model_that_is_not_json(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "model.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["evaluate", "--gold", str(tiny), "--model", str(bad)]) == 2
    assert "is not a decision model" in capsys.readouterr().err


def test_a_given_model_decides(
    tiny: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drop_all = {"intercept": -9.0, "features": [], "coefficients": []}
    path = tmp_path / "drop.json"
    path.write_text(json.dumps(drop_all), encoding="utf-8")
    assert main(["evaluate", "--gold", str(tiny), "--model", str(path)]) == 0
    assert "predicted 0, matched 0" in capsys.readouterr().out
    assert main(["evaluate", "--gold", str(tiny), "--rules-only"]) == 0
    assert "predicted 1, matched 1" in capsys.readouterr().out


def test_cv_and_a_model_do_not_mix(
    tiny: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", "--gold", str(tiny), "--cv", "2", "--rules-only"]) == 2
    assert "--cv trains its own models" in capsys.readouterr().err


def test_training_needs_no_scikit_learn(tiny: Path, tmp_path: Path) -> None:
    """The fit is numpy's (#13): train works where scikit-learn is not installed."""
    import subprocess
    import sys

    out = tmp_path / "model.json"
    script = (
        "import sys; sys.modules['sklearn'] = None\n"  # any import of it fails
        "from reviewer.cli import main\n"
        f"sys.exit(main(['train', '--gold', {str(tiny)!r}, '-o', {str(out)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["documents"] == 1
