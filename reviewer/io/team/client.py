"""One reviewer's side of a team workspace: what the desktop app calls.

A :class:`TeamClient` opens a filing by claiming it and writing its bytes into a
local cache folder (the window then opens that file as any other), renews the
leases of what is open, sends the autosave as the server-side draft and accepts
with the version check. When the server cannot be reached, drafts and accepts
go to a local *outbox* (one JSON file per filing, written atomically) and are
sent, in order, by :meth:`TeamClient.flush` once the server is back: nothing is
lost, and the caller can say "offline" in its status bar meanwhile.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.io.team.db import WorkspaceError, WorkspaceUnavailableError
from reviewer.io.team.store import Claim, ClaimConflictError, TeamWorkspace

__all__ = [
    "OpenedFiling",
    "TeamClient",
    "WorkspaceUnavailableError",
    "default_cache",
]


def default_cache(dsn: str, reviewer: str) -> Path:
    """The private folder of one reviewer's filings and outbox for one workspace.

    Under the user's data folder (not a cache a cleaner may empty: the outbox
    holds work not yet sent), one per workspace and reviewer, so reconnecting
    finds what waits from last time. The key has no password in it.
    """
    import hashlib

    from platformdirs import user_data_dir

    from reviewer.io.team.db import dsn_without_password

    key = hashlib.sha256(
        f"{dsn_without_password(dsn)}\0{reviewer}".encode()
    ).hexdigest()[:16]
    return Path(user_data_dir("board-change-reviewer")) / "team" / key


@dataclass(frozen=True)
class OpenedFiling:
    """A claimed filing, written into the local cache."""

    claim: Claim
    path: Path
    draft: dict[str, Any] | None


class TeamClient:
    """A reviewer's connection to a team workspace, with an offline outbox.

    Args:
        workspace: the workspace (its connection string and lease length).
        reviewer: the reviewer's name, stamped on claims and accepts.
        cache: a private folder for the filings' bytes and the outbox.
    """

    def __init__(self, workspace: TeamWorkspace, reviewer: str, cache: Path) -> None:
        self.workspace = workspace
        self.reviewer = reviewer
        self.cache = cache
        self.outbox = cache / "outbox"
        self.outbox.mkdir(parents=True, exist_ok=True)
        self.open_claims: dict[str, Claim] = {}
        self.offline = False
        self.prune()  # filings of earlier connections, not shown any more

    def shutdown(self) -> None:
        """Give back every open filing and close the connection.

        Their cached files stay until the next connection: the window may still
        list them in this run.
        """
        for doc_id in list(self.open_claims):
            self.close(doc_id)
        self.workspace.close()

    def prune(self) -> None:
        """Remove cached filings that are neither open nor waiting to be sent.

        The server keeps every filing; the cache only holds what is on screen and
        what the outbox still needs, so it does not grow with every filing opened.
        """
        filings = self.cache / "filings"
        if not filings.is_dir():
            return
        keep = set(self.open_claims) | set(self.pending())
        for folder in filings.iterdir():
            if folder.is_dir() and folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)

    # -- server calls that may find it gone ----------------------------------

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        try:
            result = getattr(self.workspace, method)(*args, **kwargs)
        except WorkspaceUnavailableError:
            self.offline = True
            raise
        self.offline = False
        return result

    # -- opening -------------------------------------------------------------

    def open(self, doc_id: str = "") -> OpenedFiling | None:
        """Claim ``doc_id`` (or the next filing) and write it into the cache.

        Returns None when nothing is left for this reviewer.

        Raises:
            WorkspaceError: the filing is held by someone else (the message
                names them) or the server cannot be reached.
        """
        skip = [] if doc_id else list(self.open_claims)
        claim: Claim | None = self._call("claim", self.reviewer, doc_id, skip=skip)
        if claim is None:
            return None
        folder = self.cache / "filings" / claim.doc_id
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (Path(claim.name).name or "filing")
        if not path.exists():
            _write_atomic(path, claim.content)
        self.open_claims[claim.doc_id] = claim
        pending = self._pending(claim.doc_id)
        draft = pending.get("state") if pending else claim.draft
        return OpenedFiling(claim=claim, path=path, draft=draft)

    def renew(self) -> list[str]:
        """Renew the lease of every open filing; return the doc_ids that were lost."""
        lost = []
        for doc_id, claim in list(self.open_claims.items()):
            try:
                self._call("renew", claim)
            except ClaimConflictError:
                lost.append(doc_id)
                del self.open_claims[doc_id]
            except WorkspaceUnavailableError:
                break
        return lost

    def close(self, doc_id: str) -> None:
        """Give a filing back (its draft stays on the server or in the outbox)."""
        claim = self.open_claims.pop(doc_id, None)
        if claim is None or self._pending(doc_id):
            return
        with contextlib.suppress(WorkspaceUnavailableError):
            self._call("release", claim)  # if the server is gone, the lease runs out

    # -- saving --------------------------------------------------------------

    def save_draft(self, doc_id: str, state: dict[str, Any]) -> bool:
        """Send the autosave as the draft; False when it went to the outbox."""
        claim = self._claim_of(doc_id)
        if self._pending(doc_id):
            self._queue(doc_id, {"kind": "draft", "state": state})
            return False
        try:
            self._call("save_draft", claim, state)
        except WorkspaceUnavailableError:
            self._queue(doc_id, {"kind": "draft", "state": state})
            return False
        return True

    def accept(
        self, doc_id: str, records: Sequence[dict[str, str]], state: dict[str, Any]
    ) -> bool:
        """Accept the review; False when it waits in the outbox for the server.

        Raises:
            ClaimConflictError: someone else accepted or took the filing.
        """
        claim = self._claim_of(doc_id)
        entry = {"kind": "accept", "state": state, "records": list(records)}
        if self._pending(doc_id):
            self._queue(doc_id, entry)
            return False
        try:
            self._call("accept", claim, records, state)
        except WorkspaceUnavailableError:
            self._queue(doc_id, entry)
            return False
        self.open_claims.pop(doc_id, None)
        return True

    def flush(self) -> tuple[int, list[tuple[str, str]]]:
        """Send what the outbox holds; return (sent, [(doc_id, refusal)]).

        Stops at the first filing the server still cannot take; a refused
        accept (a conflict) is dropped from the outbox and reported.
        """
        sent = 0
        refused: list[tuple[str, str]] = []
        for path in sorted(self.outbox.glob("*.json"), key=os.path.getmtime):
            doc_id = path.stem
            entry = json.loads(path.read_text(encoding="utf-8"))
            claim = Claim(
                **{**entry["claim"], "content": b"", "proposal": None, "draft": None}
            )
            try:
                if entry["kind"] == "accept":
                    self._call("accept", claim, entry["records"], entry["state"])
                    self.open_claims.pop(doc_id, None)
                else:
                    self._call("save_draft", claim, entry["state"])
            except WorkspaceUnavailableError:
                break
            except ClaimConflictError as exc:
                refused.append((doc_id, str(exc)))
            path.unlink()
            sent += 1
        return sent, refused

    def pending(self) -> list[str]:
        """The doc_ids whose work waits in the outbox."""
        return sorted(path.stem for path in self.outbox.glob("*.json"))

    # -- helpers -------------------------------------------------------------

    def _claim_of(self, doc_id: str) -> Claim:
        try:
            return self.open_claims[doc_id]
        except KeyError:
            raise WorkspaceError(f"the filing {doc_id} is not open") from None

    def _pending(self, doc_id: str) -> dict[str, Any] | None:
        path = self.outbox / f"{doc_id}.json"
        if not path.exists():
            return None
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data

    def _queue(self, doc_id: str, entry: dict[str, Any]) -> None:
        claim = self.open_claims[doc_id]
        previous = self._pending(doc_id)
        if previous and previous["kind"] == "accept" and entry["kind"] == "draft":
            return  # an accept already waits; a later draft adds nothing
        entry["claim"] = {
            "task_id": claim.task_id,
            "filing_id": claim.filing_id,
            "doc_id": claim.doc_id,
            "name": claim.name,
            "slot": claim.slot,
            "version": claim.version,
            "holder": claim.holder,
        }
        _write_atomic(self.outbox / f"{doc_id}.json", json.dumps(entry).encode())


def _write_atomic(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
