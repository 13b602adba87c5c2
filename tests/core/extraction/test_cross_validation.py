"""``reviewer evaluate --cv``: grouped cross-validation on the real corpus, its JSON
figures, the out-of-fold rows as a dataset CSV, and ``--explain``."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from reviewer.cli import main
from reviewer.core.schema import COLUMN_NAMES

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "data" / "corpus"
DOCUMENTS = len(list((CORPUS / "gold").glob("*.json")))
FICTIONAL = [ROOT / "tests" / "data" / name / "gold" for name in
             ("heldout", "final", "blind", "unseen")]  # fmt: skip


@pytest.fixture(scope="module")
def cv(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    """The 5-fold figures (JSON) and out-of-fold CSV, computed once."""
    output = tmp_path_factory.mktemp("cv") / "out_of_fold.csv"
    args = ["evaluate", "--gold", str(CORPUS / "gold"), "--cv", "5", "--json"]
    args += ["-o", str(output)]
    for folder in FICTIONAL:
        args += ["--also-train", str(folder)]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(args) == 0
    return json.loads(printed.getvalue()), output


pytestmark = pytest.mark.corpus


def test_the_json_has_the_dataset_scoring_keys(cv: tuple[dict[str, Any], Path]) -> None:
    figures, _ = cv
    assert set(figures["event"]) >= {"precision", "recall", "f1"}
    for key in ("change_type_acc", "effective_date_acc", "role_family_acc"):
        assert 0.0 <= figures[key] <= 1.0
    assert set(figures["doc_fields"]) >= {
        "company", "ticker", "exchange", "announcement_date", "dateline_city",
    }  # fmt: skip
    negatives, total = figures["negative_docs_with_false_events"].split("/")
    assert int(total) >= 19
    assert 0 <= int(negatives) <= int(total)
    assert figures["documents"] == DOCUMENTS
    assert figures["cv_folds"] == 5


def test_cross_validated_floors(cv: tuple[dict[str, Any], Path]) -> None:
    # Floors a little under the 5-fold figures of extractor 1.6.0 on the 198 real
    # documents (gh, gr, gn, gv, gw and the seed; 2 December 2026: event F1 0.862,
    # P 0.904, R 0.824, change type 0.989, 4 of 40 negatives hit). On the 162
    # documents before gw joined, the same extractor read F1 0.885, P 0.921,
    # R 0.851, 2 of 34: gw, scored untouched before it joined, is harder, so
    # the floors came down with the corpus growing, never with the extractor.
    # They only ever rise while the corpus stays the same. The rules were written
    # while reading gh, gr and gn, so this overstates unseen text: the held-out
    # batches, scored before they joined the corpus, are the honest figure (README).
    # Raised with the recall work of 2 December 2026 (docs/extraction.md §14, same
    # 198 documents): F1 0.862 -> 0.912, P 0.904 -> 0.925, R 0.824 -> 0.900,
    # change type 0.990, 4 of 40; the floors sit about 0.01 under.
    # Then the held-out batches gx and gy (75 documents) joined after being scored
    # untouched (1.6.0: F1 0.554 and 0.606) and again with the recall work (0.540 and
    # 0.628): on the 273 documents extractor 1.7.0 reads F1 0.854, P 0.884, R 0.826,
    # change type 0.980, 9 of 65 negatives hit. The floors came down with the corpus.
    # The list stage and join wordings (docs/extraction.md section 15): F1 0.876,
    # P 0.888, R 0.863, change type 0.981, 9 of 65; the floors sit about 0.01 under.
    # All four branches of the afternoon together (lists, roles-dates, fields2 and the
    # second trap group of precision, docs/extraction.md sections 15-17), extractor
    # 1.8.0: F1 0.892, P 0.918, R 0.868, change type 0.992, effective date 0.908,
    # role family 0.929, 6 of 65 negatives hit. Floors about 0.01 under.
    # Then gz (31 documents) joined, scored untouched first (F1 0.654) and again
    # with 1.8.0 (0.679): on the 304 documents F1 0.875, P 0.896, R 0.854, change
    # type 0.992, effective date 0.902, role family 0.933, 6 of 75 negatives hit.
    figures, _ = cv
    assert figures["event"]["f1"] >= 0.865, figures["event"]
    assert figures["event"]["precision"] >= 0.885, figures["event"]
    assert figures["event"]["recall"] >= 0.845, figures["event"]
    assert figures["change_type_acc"] >= 0.985
    assert figures["effective_date_acc"] >= 0.89
    assert figures["role_family_acc"] >= 0.92
    negatives, _ = figures["negative_docs_with_false_events"].split("/")
    assert int(negatives) <= 7


def test_the_out_of_fold_rows_are_a_dataset(cv: tuple[dict[str, Any], Path]) -> None:
    import pandas as pd

    figures, output = cv
    frame = pd.read_csv(output, dtype=str, keep_default_na=False)
    assert list(frame.columns[: len(COLUMN_NAMES)]) == list(COLUMN_NAMES)
    assert frame["doc_id"].nunique() == DOCUMENTS
    events = frame[~frame["change_type"].isin(["none", "continuing"])]
    assert len(events) == figures["event"]["predicted"]
    assert set(frame["review_status"]) == {"extracted"}


def test_too_many_folds_is_a_clear_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["evaluate", "--gold", str(CORPUS / "gold"), "--cv", "500"]) == 2
    assert f"--cv needs between 2 and {DOCUMENTS} folds" in capsys.readouterr().err


def test_explain_names_the_rules_of_misses_and_false_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw" / "acme.txt").write_text(
        "SPRINGFIELD, March 4, 2024 (NEWSWIRE) -- Acme Widgets Inc. (NYSE: ACW) "
        "today announced that Peter Quill has resigned from the Board of Directors, "
        "effective immediately, and that the Board has appointed Jane Doe as a "
        "director.\n",
        encoding="utf-8",
    )
    gold = {"negative": False, "changes": [
        {"person": "Peter Quill", "change": "retired"},
        {"person": "Gamora Zen", "change": "appointed"},
    ]}  # fmt: skip
    (tmp_path / "gold" / "acme.json").write_text(json.dumps(gold), "utf-8")
    assert main(["evaluate", "--gold", str(tmp_path / "gold"), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "missed: Gamora Zen appointed" in out
    assert "no candidate" in out  # nobody of that name in the text
    false = next(line for line in out.splitlines() if "false:  Jane Doe" in line)
    assert "trigger:appointed" in false
    assert "model:keep:" in false  # the model's score
