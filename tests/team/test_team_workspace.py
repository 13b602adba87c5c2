"""The team workspace against a real PostgreSQL server: claims, accepts, export."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from reviewer.core.records import ReviewState
from reviewer.core.serialize import state_to_dict
from reviewer.io.dataset import save_review
from reviewer.io.team import ClaimConflictError, TeamWorkspace, WorkspaceError
from reviewer.io.team.store import Claim, records_for
from tests.conftest import CORPUS

FILINGS = ["gh-001.txt", "gh-010.txt", "gr-001.txt", "gr-002.txt", "gr-003.txt"]


@pytest.fixture
def filings(tmp_path: Path) -> list[Path]:
    """A few real corpus filings copied below a dataset folder."""
    folder = tmp_path / "filings"
    folder.mkdir()
    paths = []
    for name in FILINGS:
        source = CORPUS / "raw" / name
        target = folder / name
        target.write_bytes(source.read_bytes())
        paths.append(target)
    return paths


@pytest.fixture
def workspace(team_dsn: str) -> Iterator[TeamWorkspace]:
    """An initialised, empty workspace."""
    with TeamWorkspace(team_dsn) as space:
        space.init()
        yield space


def review(claim: Claim, who: str, *, drop_rows: bool = False) -> tuple[list, dict]:
    """What a reviewer accepts: the proposal marked reviewed (rows dropped if asked)."""
    document, extraction = claim.load()
    state = ReviewState.from_extraction(extraction)
    state = replace(
        state,
        rows=() if drop_rows else state.rows,
        status="reviewed",
        reviewed_by=who,
        reviewed_at="2026-12-02T10:00:00Z",
    )
    return records_for(claim, document, extraction, state), state_to_dict(state)


def test_init_is_repeatable_and_a_fresh_database_asks_for_it(team_dsn: str) -> None:
    with TeamWorkspace(team_dsn) as space:
        with pytest.raises(WorkspaceError, match="workspace init"):
            space.status()
        assert space.init() == space.init() == "0001"
        assert space.status()["filings"] == {}


def test_add_stores_each_filing_once_and_names_bad_files(
    workspace: TeamWorkspace, filings: list[Path], tmp_path: Path
) -> None:
    empty = tmp_path / "filings" / "empty.txt"
    empty.write_bytes(b"")
    first = workspace.add([*filings, empty], "lead", base=tmp_path)
    assert first.added == [f"filings/{name}" for name in FILINGS]
    assert [path for path, _ in first.failed] == [str(empty)]
    assert "empty" in first.failed[0][1]
    again = workspace.add(filings, "lead", base=tmp_path)
    assert again.added == []
    assert len(again.already_there) == len(FILINGS)
    queue = workspace.queue()
    assert [item["name"] for item in queue] == first.added
    assert queue[0]["company"]
    assert queue[0]["proposed_rows"] >= 1
    assert workspace.status()["filings"] == {"new": len(FILINGS)}


def test_export_is_byte_identical_to_a_single_analysts_saves(
    workspace: TeamWorkspace, filings: list[Path], tmp_path: Path
) -> None:
    workspace.add(filings, "lead", base=tmp_path)
    solo = tmp_path / "solo.csv"
    while (claim := workspace.claim("ann")) is not None:
        records, state = review(claim, "ann")
        workspace.accept(claim, records, state)
        document, extraction = claim.load()
        document = replace(document, source_path=str(tmp_path / claim.name))
        save_review(
            solo,
            document,
            extraction,
            replace(
                ReviewState.from_extraction(extraction),
                status="reviewed",
                reviewed_by="ann",
                reviewed_at="2026-12-02T10:00:00Z",
            ),
        )
    team = tmp_path / "team.csv"
    assert workspace.export(team) == len(FILINGS)
    assert team.read_bytes() == solo.read_bytes()
    frame = pd.read_csv(team, dtype=str, keep_default_na=False)
    assert set(frame["review_status"]) == {"reviewed"}
    assert frame["doc_id"].nunique() == len(FILINGS)
    assert workspace.status()["filings"] == {"reviewed": len(FILINGS)}


def test_a_held_filing_cannot_be_opened_by_another(
    workspace: TeamWorkspace, filings: list[Path], tmp_path: Path
) -> None:
    workspace.add(filings, "lead", base=tmp_path)
    ann = workspace.claim("ann")
    assert ann is not None
    with pytest.raises(WorkspaceError, match="being reviewed by ann"):
        workspace.claim("bob", doc_id=ann.doc_id)
    bob = workspace.claim("bob")
    assert bob is not None
    assert bob.doc_id != ann.doc_id
    held = {item["doc_id"]: item["held_by"] for item in workspace.queue()}
    assert held[ann.doc_id] == "ann"
    assert held[bob.doc_id] == "bob"
    workspace.release(ann)
    assert workspace.claim("bob", doc_id=ann.doc_id).doc_id == ann.doc_id


def test_an_expired_lease_goes_to_the_next_reviewer_and_the_late_accept_is_refused(
    team_dsn: str, filings: list[Path], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    quick = TeamWorkspace(team_dsn, lease_seconds=1)
    request.addfinalizer(quick.close)
    quick.init()
    quick.add(filings[:1], "lead", base=tmp_path)
    ann = quick.claim("ann")
    assert ann is not None
    ann_records, ann_state = review(ann, "ann")
    quick.save_draft(ann, ann_state)
    time.sleep(1.5)  # ann's client crashed: the lease runs out
    bob = quick.claim("bob")
    assert bob is not None
    assert bob.doc_id == ann.doc_id
    assert bob.draft == ann_state  # the draft comes back to whoever holds it
    bob_records, bob_state = review(bob, "bob", drop_rows=True)
    quick.accept(bob, bob_records, bob_state)
    with pytest.raises(ClaimConflictError, match="bob accepted this review"):
        quick.accept(ann, ann_records, ann_state)
    history = quick.history()
    actions = [(event["who"], event["action"]) for event in history]
    assert ("bob", "accept") in actions
    assert ("ann", "accept-refused") in actions
    refused = next(e for e in history if e["action"] == "accept-refused")
    assert refused["detail"]["records"] == ann_records  # both reviews kept
    out = tmp_path / "out.csv"
    quick.export(out)
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame["change_type"]) == ["none"]  # bob's review, not ann's


def test_two_clients_accepting_one_claim_one_wins(
    workspace: TeamWorkspace, filings: list[Path], tmp_path: Path
) -> None:
    workspace.add(filings[:1], "lead", base=tmp_path)
    claim = workspace.claim("ann")
    assert claim is not None
    records, state = review(claim, "ann")
    outcomes: list[str] = []

    def accept() -> None:
        try:
            with TeamWorkspace(workspace.dsn) as client:
                client.accept(claim, records, state)
            outcomes.append("won")
        except ClaimConflictError:
            outcomes.append("refused")

    threads = [threading.Thread(target=accept) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes) == ["refused", "won"]


def test_a_server_restart_mid_accept_leaves_nothing_half_written(
    pg_server: tuple, workspace: TeamWorkspace, filings: list[Path], tmp_path: Path
) -> None:
    import psycopg

    server, _ = pg_server
    if server is None:
        pytest.skip("restarting needs the server started by the suite")
    workspace.add(filings[:1], "lead", base=tmp_path)
    claim = workspace.claim("ann")
    assert claim is not None
    records, state = review(claim, "ann")
    blocker = psycopg.connect(workspace.dsn)
    blocker.execute("LOCK TABLE audit IN EXCLUSIVE MODE")  # accept waits inside
    errors: list[BaseException] = []

    def accept() -> None:
        try:
            workspace.accept(claim, records, state)
        except BaseException as exc:  # noqa: BLE001 - recorded for the assert
            errors.append(exc)

    thread = threading.Thread(target=accept)
    thread.start()
    time.sleep(1.0)
    assert thread.is_alive()  # the task row is updated, the audit insert waits
    server.restart()
    thread.join(30)
    blocker.close()
    assert errors
    assert isinstance(errors[0], WorkspaceError)
    again = workspace.claim("ann")
    assert again is not None
    assert again.doc_id == claim.doc_id
    assert workspace.status()["filings"].get("reviewed", 0) == 0
    assert [e["action"] for e in workspace.history()].count("accept") == 0


def test_double_review_agreement_and_adjudication(
    workspace: TeamWorkspace, filings: list[Path], tmp_path: Path
) -> None:
    from reviewer.io.team import agreement

    workspace.set_double_review(1.0, "lead")
    workspace.add(filings, "lead", base=tmp_path)
    for who in ("ann", "bob"):
        seen = set()
        while (claim := workspace.claim(who)) is not None:
            assert claim.doc_id not in seen  # never both slots of one filing
            seen.add(claim.doc_id)
            disagree = who == "bob" and len(seen) == 1
            records, state = review(claim, who, drop_rows=disagree)
            workspace.accept(claim, records, state)
        assert len(seen) == len(FILINGS)
    result = agreement(workspace.double_reviews())
    assert result.overall.filings == len(FILINGS)
    assert len(result.overall.disagreeing) == 1
    assert 0 < result.overall.f1 < 1
    assert result.overall.kappa < 1
    assert workspace.status()["filings"] == {
        "reviewed": len(FILINGS) - 1,
        "disagreement": 1,
    }
    doc = result.overall.disagreeing[0]
    ann_rows = next(a for d, _, a, _, _ in workspace.double_reviews() if d == doc)
    workspace.adjudicate(doc, "lead", ann_rows)
    out = tmp_path / "out.csv"
    assert workspace.export(out) == len(FILINGS)
    assert "adjudicate" in [e["action"] for e in workspace.history()]
