"""``reviewer extract``: files and folders in, merged dataset out, bad files named."""

from __future__ import annotations

import io
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.cli.extract_cmd import extract_one
from reviewer.core.schema import COLUMN_NAMES
from reviewer.io.dataset import read_dataset, save_records, save_review
from reviewer.io.pipeline import open_and_extract
from tests.io.review_factory import make_document, make_extraction, make_review

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path: Path, samples_dir: Path) -> Path:
    """A folder with the sample, an empty (bad) file and files to ignore."""
    base = tmp_path / "in"
    (base / "sub").mkdir(parents=True)
    (base / ".hidden").mkdir()
    shutil.copy(samples_dir / "seed-21vianet.txt", base / "sub" / "seed.txt")
    (base / "empty.txt").write_bytes(b"")
    (base / "notes.json").write_text("{}")
    (base / ".hidden" / "x.txt").write_text("not looked at")
    return base


def test_extract_the_bundled_sample(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    sample = samples_dir / "seed-21vianet.txt"
    assert main(["extract", str(sample), "-o", str(out), "--reviewer", "ana"]) == 0
    frame = read_dataset(out)
    assert tuple(frame.columns) == COLUMN_NAMES
    assert set(frame["source_file"]) == {str(sample)}
    assert set(frame["review_status"]) == {"extracted"}
    assert set(frame["reviewed_by"]) == {"ana"}
    assert "1 document(s) written" in capsys.readouterr().err


def test_a_bad_file_is_named_skipped_and_fails_the_run(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "d.csv"
    save_records(out, [{"doc_id": "keepme", "person": "Someone Else"}])
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: the file is empty" in err
    assert "x.txt" not in err
    assert "notes.json" not in err
    frame = read_dataset(out)
    assert set(frame["source_file"]) == {"in/sub/seed.txt", ""}
    assert frame[frame["doc_id"] == "keepme"]["person"].tolist() == ["Someone Else"]


def test_extract_keeps_reviewed_documents_and_writes_duplicates_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = make_document(tmp_path)
    shutil.copy(tmp_path / "filing.txt", tmp_path / "copy.txt")
    ext = make_extraction(doc)
    out = tmp_path / "d.csv"
    save_review(out, doc, ext, make_review(ext))
    before = read_dataset(out)
    paths = [str(tmp_path / "filing.txt"), str(tmp_path / "copy.txt")]
    assert main(["extract", *paths, "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "kept the reviewed rows" in err
    assert "same content" in err
    assert read_dataset(out).equals(before)
    assert main(["extract", *paths, "-o", str(out), "--overwrite-reviewed"]) == 0
    frame = read_dataset(out)
    assert set(frame["review_status"]) == {"extracted"}
    # Both paths hold the same bytes: one document, written once.
    assert frame["doc_id"].nunique() == 1
    proposed = open_and_extract(tmp_path / "filing.txt").extraction.rows
    assert len(frame) == max(1, len(proposed))


def test_extract_one_is_a_picklable_pure_step(folder: Path, tmp_path: Path) -> None:
    good = extract_one(folder / "sub" / "seed.txt", tmp_path / "d.csv")
    bad = extract_one(folder / "empty.txt", tmp_path / "d.csv")
    assert good.ok
    assert good.records
    assert not bad.ok
    assert not bad.records
    assert pickle.loads(pickle.dumps(good)) == good


def test_extract_runs_as_a_module(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "extract", str(folder), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1
    assert "empty.txt" in done.stderr
    assert "Extracting" not in done.stderr  # no progress bar when not a terminal
    assert len(read_dataset(out)) >= 1


def test_progress_bar_only_on_a_terminal(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    shutil.copy(folder / "sub" / "seed.txt", folder / "again.txt")
    main(["extract", str(folder), "-o", str(tmp_path / "d.csv")])
    assert "Extracting" in screen.getvalue()


def test_a_dataset_that_cannot_be_written_exits_2(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "d.csv"
    assert main(["extract", str(folder / "sub"), "-o", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.corpus
def test_extract_the_whole_corpus(corpus: Path, tmp_path: Path) -> None:
    import hashlib

    out = tmp_path / "d.csv"
    raw = corpus / "raw"
    assert main(["extract", str(raw), "-o", str(out)]) == 0
    frame = read_dataset(out)
    files = sorted(p for p in raw.iterdir() if p.suffix in {".txt", ".pdf", ".html"})
    expected = {hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in files}
    assert set(frame["doc_id"]) == expected
    assert frame["cik"].map(lambda v: v == "" or (len(v) == 10 and v.isdigit())).all()
    assert set(frame["review_status"]) == {"extracted"}
