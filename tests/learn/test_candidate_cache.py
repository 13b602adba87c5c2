"""Training candidates kept on disk between trainings (reviewer.learn.cache, #13)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reviewer.io.dataset import save_records
from reviewer.learn.cache import DiskCandidateCache, code_fingerprint, default_folder
from reviewer.learn.replay import reviewed_records
from reviewer.learn.reviews import train_on_reviews

PEOPLE = ["Jane Ridley", "Tomas Ekberg", "Amara Osei", "Luca Ferrante"]


def _dataset(folder: Path) -> Path:
    """Four made-up reviewed releases: two departures, two appointments."""
    dataset = folder / "reviewed.csv"
    records = []
    for i, person in enumerate(PEOPLE):
        verb, change = ("resigned from", "resigned") if i % 2 else ("joined", "elected")
        path = folder / f"release-{i}.txt"
        path.write_text(
            f"FERNDALE, Nov. {i + 2}, 2026 (NEWSWIRE) -- Corvane Inc. announced that "
            f"{person} has {verb} the Board of Directors, effective immediately. "
            "Shareholders will vote at the annual meeting.",
            encoding="utf-8",
        )
        gold = {"changes": [{"person": person, "change": change}]}
        records += reviewed_records(path, gold, dataset)
    save_records(dataset, records)
    return dataset


def test_a_second_training_reads_the_candidates_from_disk(tmp_path: Path) -> None:
    dataset = _dataset(tmp_path)
    folder = tmp_path / "cache"
    first = DiskCandidateCache(folder)
    model, _ = train_on_reviews([dataset], cache=first)
    assert first.hits == 0
    assert len(list(first.folder.glob("*.json.gz"))) == len(PEOPLE)
    again = DiskCandidateCache(folder)  # a new process: nothing in memory
    same, _ = train_on_reviews([dataset], cache=again)
    assert again.hits == len(PEOPLE)
    assert same.to_json() == model.to_json()


def test_a_damaged_file_is_read_again(tmp_path: Path) -> None:
    dataset = _dataset(tmp_path)
    folder = tmp_path / "cache"
    model, _ = train_on_reviews([dataset], cache=DiskCandidateCache(folder))
    cache = DiskCandidateCache(folder)
    damaged = sorted(cache.folder.glob("*.json.gz"))[0]
    damaged.write_bytes(b"not gzip")
    same, _ = train_on_reviews([dataset], cache=cache)
    assert cache.hits == len(PEOPLE) - 1
    assert same.to_json() == model.to_json()
    assert damaged.read_bytes() != b"not gzip"  # written again


def test_the_folder_is_bounded_and_old_versions_go(tmp_path: Path) -> None:
    dataset = _dataset(tmp_path)
    folder = tmp_path / "cache"
    old = folder / "1.0.0-000000000000"
    old.mkdir(parents=True)
    (old / "x.json.gz").write_bytes(b"old")
    cache = DiskCandidateCache(folder, max_bytes=1)
    train_on_reviews([dataset], cache=cache)
    assert not old.exists()
    assert list(cache.folder.glob("*.json.gz")) == []  # over the bound: all pruned
    assert cache.folder.name == code_fingerprint()


def test_by_default_the_user_cache_folder_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # tests/conftest.py points XDG_CACHE_HOME at a temporary home
    assert str(default_folder()).startswith(os.environ["XDG_CACHE_HOME"])
    dataset = _dataset(tmp_path)
    train_on_reviews([dataset])
    assert len(list((default_folder() / code_fingerprint()).glob("*.json.gz"))) == 4
