"""The corpus in data/corpus is the shared corpus plus the batches added here."""

from __future__ import annotations

import csv
import json

import pytest

from tests.conftest import CORPUS, SHARED_CORPUS

SKIP_REASON = (
    "only the check that data/corpus matches the team's shared copy: there is no "
    "../shared/corpus beside this checkout. That is fine: every corpus test ran "
    "on data/corpus, which is in the repository."
)


def test_every_raw_document_has_gold_and_a_manifest_line() -> None:
    raws = {p.stem for p in (CORPUS / "raw").iterdir() if p.is_file()}
    golds = {p.stem for p in (CORPUS / "gold").glob("*.json")}
    with (CORPUS / "manifest.tsv").open(encoding="utf-8") as fh:
        listed = {row[0] for row in csv.reader(fh, delimiter="\t") if row}
    assert raws == golds
    assert golds <= listed | {"seed-21vianet"}
    for gold in (CORPUS / "gold").glob("*.json"):
        data = json.loads(gold.read_text(encoding="utf-8"))
        assert data.get("notes"), f"{gold.name} has no notes"


def test_the_shared_corpus_is_copied_unchanged() -> None:
    if not (SHARED_CORPUS / "raw").is_dir():
        pytest.skip(SKIP_REASON)
    for sub in ("raw", "gold"):
        for src in (SHARED_CORPUS / sub).iterdir():
            copy = CORPUS / sub / src.name
            assert copy.is_file(), f"{sub}/{src.name} is not in data/corpus"
            assert copy.read_bytes() == src.read_bytes(), f"{sub}/{src.name} differs"
    shared_manifest = (SHARED_CORPUS / "manifest.tsv").read_text(encoding="utf-8")
    ours = (CORPUS / "manifest.tsv").read_text(encoding="utf-8")
    assert ours.startswith(shared_manifest.rstrip("\n"))


def test_the_skip_without_a_shared_copy_says_what_and_why_it_is_fine(
    tmp_path,
) -> None:
    """Issue 18, item 16: a newcomer's skip explains itself (a real pytest run)."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = dict(os.environ, REVIEWER_SHARED_CORPUS=str(tmp_path / "none"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            "tests/test_corpus_in_step.py::test_the_shared_corpus_is_copied_unchanged",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout
    assert "every corpus test ran on data/corpus" in " ".join(done.stdout.split())
