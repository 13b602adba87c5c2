"""Autosave: every edit is on disk, survives a kill, and can be discarded."""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from reviewer.core.records import ReviewState
from reviewer.io.dataset import save_review
from reviewer.io.workspace import Workspace, sidecar_folder
from tests.io.review_factory import make_document, make_extraction, make_review

ROOT = Path(__file__).resolve().parents[2]


def _workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "d.csv", fallback=tmp_path / "fallback")


def test_save_load_and_status(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    assert ws.status(doc.doc_id) == "new"
    assert ws.load(doc.doc_id) is None
    editing = replace(make_review(ext), status="extracted")
    ws.save(doc, ext, editing)
    assert ws.status(doc.doc_id) == "in progress"
    assert ws.load(doc.doc_id) == editing
    ws.save(doc, ext, make_review(ext))
    assert ws.status(doc.doc_id) == "in progress"  # reviewed, not yet saved
    save_review(tmp_path / "d.csv", doc, ext, make_review(ext))
    assert ws.status(doc.doc_id) == "reviewed"  # once its rows are in the dataset
    assert Workspace(tmp_path / "d.csv").load(doc.doc_id) == make_review(ext)
    side = sidecar_folder(tmp_path / "d.csv") / f"{doc.doc_id}.json"
    data = json.loads(side.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("board-change-reviewer/autosave", 1)
    assert data["source_sha256"] == doc.sha256
    assert data["source_file"] == "filing.txt"
    assert data["extractor_version"] == "test-1"


def test_discard_returns_to_the_machine_proposal(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    ws.save(doc, ext, make_review(ext))
    ws.discard(doc.doc_id)
    assert ws.load(doc.doc_id) is None
    assert ws.status(doc.doc_id) == "new"
    ws.discard(doc.doc_id)  # twice is fine
    restored = ws.load(doc.doc_id) or ReviewState.from_extraction(ext)
    assert restored == ReviewState.from_extraction(ext)


def test_status_falls_back_to_the_dataset(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    save_review(tmp_path / "d.csv", doc, ext, make_review(ext))
    assert ws.status(doc.doc_id) == "reviewed"
    assert ws.status("0" * 16) == "new"


def test_autosave_goes_to_the_fallback_when_the_folder_is_gone(
    tmp_path: Path,
) -> None:
    ws = Workspace(tmp_path / "gone" / "d.csv", fallback=tmp_path / "fallback")
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    ws.save(doc, ext, make_review(ext))
    assert (tmp_path / "fallback" / f"{doc.doc_id}.json").is_file()
    assert ws.load(doc.doc_id) == make_review(ext)
    assert [e.doc_id for e in ws.entries()] == [doc.doc_id]


def test_document_ids_cannot_leave_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        _workspace(tmp_path).load("../../etc/passwd")


def test_a_kill_after_edits_keeps_them(tmp_path: Path) -> None:
    code = (
        "import os, signal, sys\nfrom dataclasses import replace\n"
        "from pathlib import Path\n"
        "from reviewer.core.records import ReviewState\n"
        "from reviewer.io.workspace import Workspace\n"
        "from tests.io.review_factory import make_document, make_extraction\n"
        "tmp = Path(sys.argv[1])\n"
        "ws = Workspace(tmp / 'd.csv', fallback=tmp / 'fallback')\n"
        "doc = make_document(tmp); ext = make_extraction(doc)\n"
        "state = ReviewState.from_extraction(ext)\n"
        "for name in ['Tao Zou Jr', 'T. Zou', 'Zou Tao']:\n"
        "    row = replace(state.rows[0], person=name)\n"
        "    state = replace(state, rows=(row, *state.rows[1:]))\n"
        "    ws.save(doc, ext, state)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], env=env, cwd=ROOT, check=False
    )
    assert done.returncode == -signal.SIGKILL
    doc = make_document(tmp_path)
    state = _workspace(tmp_path).load(doc.doc_id)
    assert state is not None
    assert state.rows[0].person == "Zou Tao"
    assert state.rows[1] == make_extraction(doc).rows[1]


@pytest.mark.slow  # a wall-clock bound: run by .ci/run, not by default
def test_autosave_is_fast(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    state = make_review(ext)
    many = replace(state, entities=state.entities * 40)  # ~200 entities
    times = []
    for _ in range(30):
        start = time.perf_counter()
        ws.save(doc, ext, many)
        times.append(time.perf_counter() - start)
    # The goal is < 5 ms (the benchmark measures ~1 ms); the bound leaves room for
    # a machine shared with other jobs while still catching a slow design.
    assert statistics.median(times) < 0.02
    head = time.perf_counter()
    for _ in range(200):
        ws.status(doc.doc_id)
    assert (time.perf_counter() - head) / 200 < 0.002


def test_without_a_dataset_the_user_folder_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    ws = Workspace()
    assert ws.folder.is_relative_to(tmp_path / "data")
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    ws.save(doc, ext, make_review(ext))
    assert ws.path_for(doc.doc_id).is_file()
    assert Workspace().load(doc.doc_id) == make_review(ext)
