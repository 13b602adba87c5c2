"""Autosave sidecars never cross datasets, and a bad one is skipped (issue #17)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.io.loaders import load_document
from reviewer.io.workspace import Workspace, default_folder, sidecar_folder
from tests.io.review_factory import make_document, make_extraction, make_review


def _block_primary(dataset: Path) -> None:
    """Make the dataset's ``.reviews`` folder impossible to create (a file there)."""
    sidecar_folder(dataset).write_text("not a folder", encoding="utf-8")


def test_the_suite_never_touches_the_users_folders(tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    assert home.is_relative_to(tmp_path.parent.parent)  # pytest's own tmp folder
    assert default_folder().is_relative_to(home)
    # (QSettings is checked in tests/ui/test_settings.py: this layer has no Qt)


def test_the_fallback_folder_belongs_to_one_dataset(tmp_path: Path) -> None:
    first = tmp_path / "a" / "first.csv"
    second = tmp_path / "b" / "second.csv"
    first.parent.mkdir()
    second.parent.mkdir()
    _block_primary(first)
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    Workspace(first).save(doc, ext, make_review(ext))  # goes to the fallback
    assert Workspace(first).load(doc.doc_id) == make_review(ext)

    other = Workspace(second)
    assert other.load(doc.doc_id) is None
    assert list(other.entries()) == []
    other.save(doc, ext, make_review(ext))  # must not delete first's only copy
    assert Workspace(first).load(doc.doc_id) == make_review(ext)


def test_a_link_to_the_dataset_shares_its_fallback(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("doc_id\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert Workspace(real).fallback == Workspace(link).fallback


def test_training_data_exports_only_this_datasets_reviews(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other" / "o.csv"
    other.parent.mkdir()
    _block_primary(other)
    make_document(tmp_path, name="a.txt")
    doc = load_document(tmp_path / "a.txt")
    ext = make_extraction(doc)
    Workspace(other).save(doc, ext, make_review(ext))
    out = tmp_path / "spans.jsonl"
    assert main(["training-data", str(tmp_path / "mine.csv"), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("version", ["2.0", None, [1], {"a": 1}])
def test_a_malformed_sidecar_is_skipped_and_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, version: object
) -> None:
    dataset = tmp_path / "d.csv"
    ws = Workspace(dataset)
    make_document(tmp_path, name="a.txt")
    doc = load_document(tmp_path / "a.txt")
    ext = make_extraction(doc)
    ws.save(doc, ext, make_review(ext))
    bad = sidecar_folder(dataset) / "0123456789abcdef.json"
    payload = json.loads(ws.path_for(doc.doc_id).read_text(encoding="utf-8"))
    bad.write_text(json.dumps(payload | {"version": version}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert [e.doc_id for e in ws.entries()] == [doc.doc_id]
        assert ws.load("0123456789abcdef") is None
    assert str(bad) in caplog.text


def test_training_data_survives_a_malformed_sidecar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = tmp_path / "d.csv"
    ws = Workspace(dataset)
    make_document(tmp_path, name="a.txt")
    doc = load_document(tmp_path / "a.txt")
    ext = make_extraction(doc)
    ws.save(doc, ext, make_review(ext))
    bad = sidecar_folder(dataset) / "0123456789abcdef.json"
    payload = json.loads(ws.path_for(doc.doc_id).read_text(encoding="utf-8"))
    bad.write_text(json.dumps(payload | {"version": "2.0"}), encoding="utf-8")
    out = tmp_path / "spans.jsonl"
    assert main(["training-data", str(dataset), "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert "0123456789abcdef.json" in capsys.readouterr().err
