"""Training export: reviewed spans as JSON lines, from the autosave sidecars."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.core.entities import Entity, EntityLabel
from reviewer.io.loaders import load_document
from reviewer.io.training import TrainingItem, export_spans_jsonl
from reviewer.io.workspace import Workspace
from tests.io.review_factory import make_document, make_extraction, make_review


def test_spans_are_sorted_checked_and_deduplicated(tmp_path: Path) -> None:
    text = "Zoë Ñúñez joined Acme."
    entities = [
        Entity(17, 21, EntityLabel.COMPANY, "Acme"),
        Entity(0, 9, EntityLabel.PERSON, "Zoë Ñúñez"),
        Entity(0, 9, EntityLabel.PERSON, "Zoë Ñúñez"),
        Entity(0, 3, EntityLabel.PERSON, "Bob"),  # text does not match: dropped
        Entity(20, 99, EntityLabel.COMPANY, ""),  # outside the text: dropped
    ]
    out = tmp_path / "spans.jsonl"
    count = export_spans_jsonl(out, [TrainingItem(text, entities, {"doc_id": "x"})])
    assert count == 1
    [line] = out.read_text(encoding="utf-8").splitlines()
    data = json.loads(line)
    assert data["text"] == text
    assert data["spans"] == [
        {"start": 0, "end": 9, "label": "PERSON"},
        {"start": 17, "end": 21, "label": "COMPANY"},
    ]
    assert data["meta"] == {"doc_id": "x"}


def test_training_data_command_exports_reviewed_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = tmp_path / "d.csv"
    ws = Workspace(dataset, fallback=tmp_path / "fallback")
    make_document(tmp_path, name="a.txt")
    reviewed = load_document(tmp_path / "a.txt")  # the text the app shows
    ext = make_extraction(reviewed)
    ws.save(reviewed, ext, make_review(ext))
    pending = make_document(
        tmp_path, text="Another text.\n" + ext.filing.company, name="b.txt"
    )
    ws.save(
        pending,
        make_extraction(make_document()),
        replace(make_review(ext), status="extracted"),
    )
    out = tmp_path / "spans.jsonl"
    assert main(["training-data", str(dataset), "-o", str(out)]) == 0
    [line] = out.read_text(encoding="utf-8").splitlines()
    data = json.loads(line)
    assert data["text"] == reviewed.text
    assert data["meta"]["doc_id"] == reviewed.doc_id
    assert data["meta"]["reviewed_by"] == "ana"
    labels = {(s["label"], reviewed.text[s["start"] : s["end"]]) for s in data["spans"]}
    assert ("PERSON", "Jane Roe") in labels
    assert ("DATELINE", "BEIJING") in labels
    assert (
        main(["training-data", str(dataset), "-o", str(out), "--include-in-progress"])
        == 0
    )
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    (tmp_path / "a.txt").write_text("changed since the review", encoding="utf-8")
    assert main(["training-data", str(dataset), "-o", str(out)]) == 1
    assert "changed since it was reviewed" in capsys.readouterr().err
