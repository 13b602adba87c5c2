"""The window's store: dataset and autosave together, and the queue's statuses."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from reviewer.io.review_store import ReviewStore, doc_id_of, queue_statuses
from tests.io.review_factory import make_document, make_extraction, make_review


def test_doc_id_of_a_file_is_the_documents_key(tmp_path: Path) -> None:
    doc = make_document(tmp_path)
    assert doc_id_of(doc.source_path) == doc.doc_id
    assert len(doc.doc_id) == 16


def test_store_autosaves_saves_and_reports_status(tmp_path: Path) -> None:
    store = ReviewStore(tmp_path / "d.csv")
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    assert store.status(doc.doc_id) == "new"
    assert store.fingerprint(doc.doc_id) == ""
    editing = replace(make_review(ext), status="extracted")
    assert store.autosave(doc, ext, editing) == ""
    assert store.load(doc.doc_id) == editing
    assert store.status(doc.doc_id) == "in progress"
    fingerprint = store.save(doc, ext, make_review(ext))
    assert fingerprint == store.fingerprint(doc.doc_id) != ""
    assert store.holds(doc, ext, make_review(ext))
    assert not store.holds(doc, ext, editing)
    store.discard(doc.doc_id)
    assert store.load(doc.doc_id) is None


def test_queue_statuses_leaves_out_new_and_unreadable_files(tmp_path: Path) -> None:
    dataset = tmp_path / "d.csv"
    worked = make_document(tmp_path, name="worked.txt")
    ext = make_extraction(worked)
    ReviewStore(dataset).autosave(worked, ext, make_review(ext))
    fresh = tmp_path / "fresh.txt"
    fresh.write_text("Nothing reviewed here.", encoding="utf-8")
    paths = [worked.source_path, str(fresh), str(tmp_path / "gone.txt")]
    found = queue_statuses(paths, dataset, threading.Event())
    assert found == {worked.source_path: "in progress"}
    cancelled = threading.Event()
    cancelled.set()
    assert queue_statuses(paths, dataset, cancelled) == {}
