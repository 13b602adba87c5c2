"""``reviewer extract`` waits for a busy dataset and never throws a batch away."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.io.dataset import read_dataset, save_records

ROOT = Path(__file__).resolve().parents[1]

HOLD = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True)
time.sleep(float(sys.argv[2]))
lock.release()
"""


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "ds.csv"
    save_records(path, [{"doc_id": "keepme", "person": "Someone Else"}])
    return path


def _hold(dataset: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(dataset) + ".lock", str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    try:
        yield holder
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_a_busy_dataset_is_waited_for_with_a_note(
    dataset: Path, samples_dir: Path
) -> None:
    sample = samples_dir / "seed-21vianet.txt"
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    for holder in _hold(dataset, 600):
        cli = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "reviewer",
                "extract",
                str(sample),
                "-o",
                str(dataset),
            ],
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert cli.stderr is not None
        first = cli.stderr.readline()  # blocks until the CLI says something
        holder.kill()  # the other program finishes its save
        rest = cli.stderr.read()
        cli.stderr.close()
        assert cli.wait(timeout=120) == 0, first + rest
    assert f"waiting for {dataset.name}" in first
    assert "1 document(s) written" in rest
    assert len(set(read_dataset(dataset)["doc_id"])) == 2


def test_when_the_wait_ends_the_rows_go_to_a_side_file(
    dataset: Path, samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = samples_dir / "seed-21vianet.txt"
    before = dataset.read_bytes()
    for _holder in _hold(dataset, 600):
        args = ["extract", str(sample), "-o", str(dataset), "--lock-wait", "1"]
        assert main(args) == 2
    err = capsys.readouterr().err
    assert dataset.read_bytes() == before
    assert "kept in the app" not in err
    [side] = [
        p
        for p in dataset.parent.iterdir()
        if p.name.startswith("ds.unsaved-") and p.suffix == ".csv"
    ]
    assert str(side) in err
    assert set(read_dataset(side)["source_file"]) == {str(sample)}
