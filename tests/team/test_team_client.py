"""A reviewer's client: claims into a local cache, drafts, an offline outbox."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pytest

from reviewer.io.team import (
    ClaimConflictError,
    TeamClient,
    TeamWorkspace,
    WorkspaceError,
    WorkspaceUnavailableError,
)
from tests.conftest import CORPUS

ClientFactory = Callable[..., TeamClient]


@pytest.fixture
def space(team_dsn: str, tmp_path: Path) -> Iterator[TeamWorkspace]:
    """A workspace holding three real filings."""
    folder = tmp_path / "filings"
    folder.mkdir()
    for name in ("gh-001.txt", "gr-001.txt", "gr-002.txt"):
        (folder / name).write_bytes((CORPUS / "raw" / name).read_bytes())
    with TeamWorkspace(team_dsn) as workspace:
        workspace.init()
        workspace.add(sorted(folder.iterdir()), "lead", base=tmp_path)
        yield workspace


@pytest.fixture
def clients(space: TeamWorkspace, tmp_path: Path) -> Iterator[ClientFactory]:
    """Make clients, each with its own connection and cache; shut them at the end."""
    made: list[TeamClient] = []

    def make(who: str, lease_seconds: int = 300) -> TeamClient:
        workspace = TeamWorkspace(space.dsn, lease_seconds=lease_seconds)
        made.append(TeamClient(workspace, who, tmp_path / f"cache-{who}"))
        return made[-1]

    yield make
    for one in made:
        one.shutdown()


def record(doc_id: str, who: str) -> dict[str, str]:
    """A minimal reviewed row."""
    return {
        "doc_id": doc_id,
        "change_type": "none",
        "review_status": "reviewed",
        "reviewed_by": who,
    }


def test_opening_writes_the_filing_into_the_cache_and_holds_it(
    clients: ClientFactory,
) -> None:
    ann, bob = clients("ann"), clients("bob")
    opened = ann.open()
    assert opened is not None
    assert opened.path.read_bytes() == (CORPUS / "raw" / opened.path.name).read_bytes()
    with pytest.raises(WorkspaceError, match="being reviewed by ann"):
        bob.open(opened.claim.doc_id)
    ann.save_draft(opened.claim.doc_id, {"status": "extracted", "note": "half done"})
    ann.close(opened.claim.doc_id)
    again = bob.open(opened.claim.doc_id)
    assert again is not None
    assert again.draft == {"status": "extracted", "note": "half done"}


def test_work_done_while_the_server_is_down_is_sent_when_it_is_back(
    pg_server: tuple, space: TeamWorkspace, clients: ClientFactory, tmp_path: Path
) -> None:
    server, _ = pg_server
    if server is None:
        pytest.skip("stopping the server needs the one started by the suite")
    ann = clients("ann")
    first, second = ann.open(), ann.open()
    assert first is not None
    assert second is not None
    server.pause()
    try:
        assert ann.save_draft(first.claim.doc_id, {"step": 1}) is False
        assert ann.offline
        assert (
            ann.accept(
                second.claim.doc_id, [record(second.claim.doc_id, "ann")], {"step": 2}
            )
            is False
        )
        assert ann.pending() == sorted([first.claim.doc_id, second.claim.doc_id])
        with pytest.raises(WorkspaceUnavailableError):
            ann.open()
        assert ann.flush() == (0, [])  # still down: nothing sent, nothing lost
    finally:
        server.resume()
    assert ann.flush() == (2, [])
    assert ann.pending() == []
    assert not ann.offline
    out = tmp_path / "out.csv"
    space.export(out)
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame["doc_id"]) == [second.claim.doc_id]
    bob = clients("bob")
    ann.close(first.claim.doc_id)
    reopened = bob.open(first.claim.doc_id)
    assert reopened is not None
    assert reopened.draft == {"step": 1}


def test_a_lost_claim_is_reported_by_renew_and_its_accept_refused(
    space: TeamWorkspace, clients: ClientFactory
) -> None:
    ann = clients("ann", lease_seconds=1)
    bob = clients("bob")
    opened = ann.open()
    assert opened is not None
    time.sleep(1.5)  # ann's laptop slept through the lease
    taken = bob.open(opened.claim.doc_id)
    assert taken is not None
    assert ann.renew() == [opened.claim.doc_id]
    with pytest.raises(WorkspaceError, match="not open"):
        ann.accept(opened.claim.doc_id, [], {})
    bob.accept(taken.claim.doc_id, [record(taken.claim.doc_id, "bob")], {})
    with pytest.raises(ClaimConflictError):
        space.accept(opened.claim, [record(opened.claim.doc_id, "ann")], {})


def test_the_next_connection_clears_the_filings_an_earlier_one_cached(
    space: TeamWorkspace, clients: ClientFactory, tmp_path: Path
) -> None:
    """Each claimed filing's bytes were written into the cache and never removed:
    a reviewer's data folder grew by every filing they ever opened."""
    ann = clients("ann")
    done, left = ann.open(), ann.open()
    assert done is not None
    assert left is not None
    ann.accept(done.claim.doc_id, [record(done.claim.doc_id, "ann")], {})
    assert left.path.exists()  # still open: its file stays while it is shown
    ann.shutdown()
    again = clients("ann")  # the next connection, on the same cache
    assert again.cache == ann.cache
    assert not done.path.exists()
    assert not left.path.exists()
    assert list((again.cache / "filings").iterdir()) == []


def test_a_new_client_clears_stale_filings_but_keeps_those_with_unsent_work(
    space: TeamWorkspace, tmp_path: Path
) -> None:
    cache = tmp_path / "cache-ann"
    for doc_id in ("gh-001", "gr-001"):
        folder = cache / "filings" / doc_id
        folder.mkdir(parents=True)
        (folder / f"{doc_id}.txt").write_text("left by a crash", encoding="utf-8")
    (cache / "outbox").mkdir()
    (cache / "outbox" / "gr-001.json").write_text('{"kind": "draft"}', encoding="utf-8")
    client = TeamClient(TeamWorkspace(space.dsn), "ann", cache)
    try:
        assert sorted(p.name for p in (cache / "filings").iterdir()) == ["gr-001"]
    finally:
        client.shutdown()
    assert (cache / "filings" / "gr-001" / "gr-001.txt").exists()  # unsent work
