"""The queue of filings."""

from __future__ import annotations

from pathlib import Path

from reviewer.models.queue_model import (
    PATH_ROLE,
    STATUS_ROLE,
    FilingStatus,
    QueueModel,
    list_folder,
)


def test_queue_lists_and_tracks_status(qtmodeltester, tmp_path: Path) -> None:
    model = QueueModel()
    qtmodeltester.check(model)
    first = model.add_paths(["/a/one.txt", "/a/two.pdf"])
    assert first == 0
    assert model.add_paths(["/a/two.pdf", "/a/three.txt"]) == 1  # no duplicates
    assert model.rowCount() == 3
    assert model.data(model.index(2, 0), PATH_ROLE) == "/a/three.txt"
    assert "three.txt" in model.data(model.index(2, 0))
    model.set_status(1, FilingStatus.REVIEWED)
    assert model.data(model.index(1, 0), STATUS_ROLE) == "reviewed"
    model.set_status(2, FilingStatus.FAILED, "empty file")
    assert "empty file" in model.data(model.index(2, 0), 3)  # ToolTipRole
    assert model.counts()[FilingStatus.NEW] == 1
    assert model.row_of("/a/three.txt") == 2
    assert model.row_of("/nope") == -1
    qtmodeltester.check(model)


def test_list_folder_keeps_supported_files_only(tmp_path: Path) -> None:
    for name in ("b.txt", "A.pdf", "c.htm", "notes.docx", "img.png"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub.txt").mkdir()
    names = [Path(p).name for p in list_folder(tmp_path, {".txt", ".pdf", ".htm"})]
    assert names == ["A.pdf", "b.txt", "c.htm"]
    assert list_folder(tmp_path / "missing", {".txt"}) == []


def test_listing_a_thousand_filings_lists_them_all(qtbot, tmp_path: Path) -> None:
    # How fast is benchmarks/bench_views.py's to say; here: all of them, in order.
    for number in range(1000):
        (tmp_path / f"filing-{number:04d}.txt").write_text("x")
    model = QueueModel()
    model.add_paths(list_folder(tmp_path, {".txt"}))
    assert model.rowCount() == 1000
    assert model.entry(999).path.endswith("filing-0999.txt")
