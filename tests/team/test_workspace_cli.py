"""``reviewer workspace`` from the command line, against the real server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from reviewer.io.team import TeamWorkspace
from tests.conftest import CORPUS, ROOT


def reviewer(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the ``reviewer`` command as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "reviewer", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_team_set_up_from_the_command_line(team_dsn: str, tmp_path: Path) -> None:
    folder = tmp_path / "filings"
    folder.mkdir()
    for name in ("gh-001.txt", "gr-001.txt", "gr-002.txt", "gr-003.txt"):
        (folder / name).write_bytes((CORPUS / "raw" / name).read_bytes())
    (folder / "empty.txt").write_bytes(b"")

    assert reviewer("workspace", "init", team_dsn).returncode == 0
    added = reviewer("workspace", "add", team_dsn, str(folder), "--base", str(tmp_path))
    assert added.returncode == 1  # one file was refused, and named
    assert "added 4, already there 0, failed 1" in added.stdout
    assert "empty.txt" in added.stderr
    assert "Traceback" not in added.stderr
    again = reviewer("workspace", "add", team_dsn, str(folder / "gh-001.txt"))
    assert "added 0, already there 1" in again.stdout

    assigned = reviewer("workspace", "assign", team_dsn, "--to", "bob", "--count", "2")
    assert "assigned 2 filing(s) to bob" in assigned.stdout
    with TeamWorkspace(team_dsn) as space:
        taken = []
        while (claim := space.claim("ann")) is not None:
            taken.append(claim.name)
            space.accept(
                claim,
                [
                    {
                        "doc_id": claim.doc_id,
                        "change_type": "none",
                        "review_status": "reviewed",
                        "reviewed_by": "ann",
                    }
                ],
                {},
            )
    assert len(taken) == 2  # bob's two are not handed to ann

    status = reviewer("workspace", "status", team_dsn)
    assert status.returncode == 0
    assert "reviewed" in status.stdout
    assert "ann" in status.stdout
    out = tmp_path / "dataset.csv"
    history = tmp_path / "history.csv"
    exported = reviewer(
        "workspace", "export", team_dsn, "-o", str(out), "--history", str(history)
    )
    assert exported.returncode == 0, exported.stderr
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(frame) == 2
    assert set(frame["reviewed_by"]) == {"ann"}
    trail = pd.read_csv(history, dtype=str, keep_default_na=False)
    assert {"add", "assign", "claim", "accept"} <= set(trail["action"])
    agree = reviewer("workspace", "agreement", team_dsn, "--json")
    assert json.loads(agree.stdout)["overall"]["filings"] == 0


def test_an_unreachable_server_gets_a_plain_message_without_the_password() -> None:
    result = reviewer(
        "workspace", "status", "host=127.0.0.1 port=1 user=x password=hunter2 dbname=x"
    )
    assert result.returncode == 2
    assert "cannot connect to the team workspace" in result.stderr
    assert "hunter2" not in result.stderr
    assert "Traceback" not in result.stderr
