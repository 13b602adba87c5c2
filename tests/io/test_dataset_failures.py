"""Saving fails with a plain-words DatasetError, keeps the old file, and works again.

Tests run as root in the dev container, where ``chmod`` does not stop writes; the
read-only case then uses ``chattr +i`` (an immutable folder refuses even root).
The full disk is a real ENOSPC from ``/dev/full``: the temporary file the writer
creates is swapped for a link to it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.io.dataset import (
    DatasetDiskFullError,
    DatasetFolderMissingError,
    DatasetLockedError,
    DatasetReadOnlyError,
    read_dataset,
    save_review,
)
from tests.io.review_factory import make_document, make_extraction, make_review

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def review(tmp_path: Path):  # type: ignore[no-untyped-def]
    doc = make_document(tmp_path)
    ext = make_extraction(doc)
    return doc, ext, make_review(ext)


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def test_lock_held_by_another_process(tmp_path: Path, review) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "d.csv"
    save_review(path, *review)
    before = path.read_bytes()
    holder = _child(
        "import sys, time\nfrom filelock import FileLock\n"
        "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True)\n"
        "time.sleep(60)\n",
        str(path) + ".lock",
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatasetLockedError, match="another program") as exc:
            save_review(path, *review, lock_timeout=0.2)
        assert "kept" in str(exc.value)
        assert path.read_bytes() == before
    finally:
        holder.kill()
        holder.communicate()
    save_review(path, *review, lock_timeout=0.2)
    assert len(read_dataset(path)) == 3


def test_missing_folder_then_recreated(tmp_path: Path, review) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gone" / "d.csv"
    with pytest.raises(DatasetFolderMissingError, match="does not exist"):
        save_review(path, *review)
    blocker = tmp_path / "file"
    blocker.write_text("a regular file, not a folder")
    with pytest.raises(DatasetFolderMissingError):
        save_review(blocker / "d.csv", *review)
    path.parent.mkdir()
    save_review(path, *review)
    assert len(read_dataset(path)) == 3


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        undo = ["chmod", "755", str(folder)]
    else:
        chattr = shutil.which("chattr")
        done = chattr and subprocess.run([chattr, "+i", str(folder)], check=False)
        if not done or done.returncode != 0:
            pytest.skip("running as root without chattr +i: no real read-only folder")
        undo = [str(chattr), "-i", str(folder)]
    try:
        yield folder
    finally:
        subprocess.run(undo, check=True)


def test_read_only_folder(read_only_folder: Path, review) -> None:  # type: ignore[no-untyped-def]
    path = read_only_folder / "d.csv"
    with pytest.raises(DatasetReadOnlyError, match="read-only") as exc:
        save_review(path, *review)
    assert str(read_only_folder) in str(exc.value)
    assert not path.exists()


def test_disk_full_keeps_the_old_file(
    tmp_path: Path,
    review,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "d.csv"
    save_review(path, *review)
    before = path.read_bytes()
    real = tempfile.mkstemp

    def full_disk(dir: str, prefix: str, suffix: str) -> tuple[int, str]:
        link = Path(dir) / f"{prefix}full{suffix}"
        link.symlink_to("/dev/full")
        return os.open(link, os.O_WRONLY), str(link)

    monkeypatch.setattr(tempfile, "mkstemp", full_disk)
    with pytest.raises(DatasetDiskFullError, match="full"):
        save_review(path, *review)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    monkeypatch.setattr(tempfile, "mkstemp", real)
    save_review(path, *review)
    assert path.read_bytes() == before


def test_kill_during_save_leaves_the_previous_file(tmp_path: Path, review) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "d.csv"
    save_review(path, *review)
    before = path.read_bytes()
    writer = _child(
        "import sys\nfrom reviewer.core.schema import COLUMN_NAMES\n"
        "from reviewer.io.dataset import save_records\n"
        "row = {n: 'x' * 10 for n in COLUMN_NAMES}\n"
        "rows = [row | {'doc_id': f'{i:016x}'} for i in range(100_000)]\n"
        "print('saving', flush=True)\n"
        "save_records(sys.argv[1], rows)\nprint('done', flush=True)\n",
        str(path),
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "saving"
    killed = False
    while writer.poll() is None:
        temps = list(tmp_path.glob(".d.csv.*.tmp"))
        if temps and temps[0].stat().st_size > 100_000:
            writer.send_signal(signal.SIGKILL)
            killed = True
            break
        time.sleep(0.001)
    writer.communicate()
    assert killed, "the writer finished before it could be killed mid-save"
    assert path.read_bytes() == before
    assert len(read_dataset(path)) == 3
    save_review(path, *review)  # and saving works again, stale temp or not
    assert path.read_bytes() == before


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    code = (
        "import sys\nfrom reviewer.io.dataset import save_records\n"
        "for i in range(25):\n"
        "    doc = f'{sys.argv[2]}{i:04d}'\n"
        "    save_records(sys.argv[1], [{'doc_id': doc, 'person': doc}], "
        "lock_timeout=30)\n"
    )
    writers = [_child(code, str(path), prefix) for prefix in ("aa", "bb")]
    for writer in writers:
        writer.communicate()
        assert writer.returncode == 0
    frame = read_dataset(path)
    assert len(frame) == 50
    assert frame["doc_id"].is_unique
