"""Eight reviewer processes claim from one queue of 500 filings at the same time."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from reviewer.io.team import TeamWorkspace
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

FILINGS = 500
PROCESSES = 8


def test_every_filing_is_claimed_exactly_once(
    team_dsn: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    folder = tmp_path / "queue"
    folder.mkdir()
    for n in range(FILINGS):
        (folder / f"f{n:03d}.txt").write_text(
            f"Company {n} Inc. announces that Jane Roe{n} resigned from its board "
            f"of directors on June {n % 28 + 1}, 2024.\n",
            encoding="utf-8",
        )
    space = TeamWorkspace(team_dsn)
    request.addfinalizer(space.close)
    space.init()
    added = space.add(sorted(folder.iterdir()), "lead", base=tmp_path)
    assert len(added.added) == FILINGS
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.team.claim_worker", team_dsn, f"r{i}"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(PROCESSES)
    ]
    taken: Counter[str] = Counter()
    for worker in workers:
        out, _ = worker.communicate(timeout=300)
        assert worker.returncode == 0
        taken.update(out.split())
    assert len(taken) == FILINGS
    assert set(taken.values()) == {1}
    claims = Counter(e["doc_id"] for e in space.history() if e["action"] == "claim")
    assert set(claims.values()) == {1}
    out = tmp_path / "team.csv"
    assert space.export(out) == FILINGS
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(frame) == FILINGS
    assert frame["doc_id"].is_unique
    assert space.status()["filings"] == {"reviewed": FILINGS}
