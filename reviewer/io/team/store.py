"""The team's queue: filings, claims with leases, drafts, accepts, export, audit.

Every filing has one review task (two when it is drawn for double review). A
reviewer *claims* a task: the task's row is locked with ``FOR UPDATE SKIP
LOCKED`` and stamped with the holder and a lease, so concurrent claimers never
get the same task and a crashed client's lease simply runs out. Each claim bumps
the task's ``version``; *accept* succeeds only for the holder of the current
version, in one transaction, so a review that someone else changed meanwhile is
refused with a plain message (and kept in the audit trail), never silently
overwritten.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.io.team.db import (
    WorkspaceError,
    WorkspaceUnavailableError,
    connect,
    current_revision,
    schema_problem,
    upgrade,
)

if TYPE_CHECKING:
    import psycopg

    from reviewer.core.document import Document
    from reviewer.core.records import Extraction

__all__ = [
    "AddSummary",
    "Claim",
    "ClaimConflictError",
    "TeamWorkspace",
    "WorkspaceError",
]

DEFAULT_LEASE_SECONDS = 300
_STATE_SQL = (
    "CASE WHEN f.final_at IS NOT NULL THEN 'reviewed' "
    "WHEN bool_and(t.accepted_at IS NOT NULL) THEN 'disagreement' "
    "WHEN bool_or(t.lease_until >= now()) THEN 'held' "
    "WHEN bool_or(t.accepted_at IS NOT NULL OR t.draft IS NOT NULL) "
    "THEN 'in progress' ELSE 'new' END"
)
"""A filing's state from its tasks (``status`` counts it, ``queue`` lists it)."""
DOUBLE_REVIEW_KEY = "double_review_share"


class ClaimConflictError(WorkspaceError):
    """Someone else changed or took this review since it was claimed."""


@dataclass(frozen=True)
class Claim:
    """A review task held by one reviewer until its lease runs out."""

    task_id: int
    filing_id: int
    doc_id: str
    name: str
    slot: int
    version: int
    holder: str
    content: bytes = field(repr=False)
    proposal: dict[str, Any] | None = field(repr=False)
    draft: dict[str, Any] | None = field(repr=False)

    @contextmanager
    def materialised(self) -> Iterator[Path]:
        """The filing's bytes as a file under its own name, in a private folder."""
        with tempfile.TemporaryDirectory(prefix="reviewer-team-") as folder:
            path = Path(folder) / (Path(self.name).name or "filing")
            path.write_bytes(self.content)
            yield path

    def load(self) -> tuple[Document, Extraction]:
        """Load the filing and its proposal (extracted again if none was stored)."""
        from reviewer.core.serialize import extraction_from_dict
        from reviewer.io.pipeline import open_and_extract

        with self.materialised() as path:
            loaded = open_and_extract(path)
        extraction = (
            extraction_from_dict(self.proposal) if self.proposal else loaded.extraction
        )
        return loaded.document, extraction


@dataclass
class AddSummary:
    """What ``add`` did with each path."""

    added: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def stored_name(path: Path, base: Path) -> str:
    """The name a filing is stored and exported under (the dataset's rule).

    Relative to ``base`` (the folder a dataset would sit in) when the file lies
    below it, else absolute, with ``/`` separators as in single-analyst saves.
    """
    from reviewer.io.dataset import source_file_for

    return source_file_for(path, base / "dataset.csv")


def drawn_for_double_review(sha256: str, share: float) -> bool:
    """Whether a filing goes to a second reviewer: a stable draw from its hash."""
    if share <= 0:
        return False
    return int(sha256[:8], 16) / 0xFFFFFFFF < share


class TeamWorkspace:
    """One team workspace in a PostgreSQL database.

    Args:
        dsn: a libpq connection string, URI, ``service=NAME`` or "" (PG* vars).
        lease_seconds: how long a claim holds without being renewed.
    """

    def __init__(self, dsn: str, *, lease_seconds: int = DEFAULT_LEASE_SECONDS) -> None:
        self.dsn = dsn
        self.lease_seconds = lease_seconds
        self._connection: psycopg.Connection[Any] | None = None

    # -- connections ---------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[psycopg.Connection[Any]]:
        """One transaction on this workspace's connection (opened on first use).

        A connection that breaks is dropped, so the next call reconnects.
        """
        import psycopg

        for attempt in (1, 2):
            connection = self._connection_for_use()
            began = False
            try:
                with connection.transaction():
                    began = True
                    yield connection
                return
            except psycopg.OperationalError as exc:
                self.close()
                if began or attempt == 2:
                    raise WorkspaceUnavailableError(
                        f"the team workspace went away: {exc}"
                    ) from exc
                # a connection broken while idle (server restarted): retry once

    def _connection_for_use(self) -> psycopg.Connection[Any]:
        if self._connection is None or self._connection.closed:
            connection = connect(self.dsn)
            problem = schema_problem(current_revision(connection))
            if problem:
                connection.close()
                raise WorkspaceError(problem)
            self._connection = connection
        return self._connection

    def __enter__(self) -> TeamWorkspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (the next call opens a new one)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def init(self) -> str:
        """Create or upgrade the schema; return the schema revision."""
        return upgrade(self.dsn)

    # -- filling the queue ---------------------------------------------------

    def set_double_review(self, share: float, who: str) -> None:
        """Send ``share`` (0-1) of filings added from now on to a second reviewer."""
        if not 0 <= share <= 1:
            raise WorkspaceError("the double-review share must be between 0 and 1")
        with self._transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (DOUBLE_REVIEW_KEY, json.dumps(share)),
            )
            _audit(db, who, "settings", None, "", {DOUBLE_REVIEW_KEY: share})

    def _double_review_share(self, db: psycopg.Connection[Any]) -> float:
        row = db.execute(
            "SELECT value FROM settings WHERE key = %s", (DOUBLE_REVIEW_KEY,)
        ).fetchone()
        return float(row[0]) if row else 0.0

    def add(
        self, paths: Iterable[Path], who: str, *, base: Path | None = None
    ) -> AddSummary:
        """Store each filing's bytes, metadata and proposal; same bytes: a no-op.

        A file that cannot be opened is named with its reason and not stored.
        """
        from reviewer.core.serialize import extraction_to_dict
        from reviewer.io.errors import LoadError
        from reviewer.io.pipeline import open_and_extract

        base = (base or Path.cwd()).resolve()
        summary = AddSummary()
        for path in paths:
            name = stored_name(Path(path), base)
            try:
                loaded = open_and_extract(path)
                content = Path(path).read_bytes()
            except (LoadError, OSError) as exc:
                summary.failed.append((str(path), str(exc)))
                continue
            sha = hashlib.sha256(content).hexdigest()
            metadata = {k: str(v) for k, v in loaded.document.metadata.items()}
            proposal = extraction_to_dict(loaded.extraction)
            with self._transaction() as db:
                double = drawn_for_double_review(sha, self._double_review_share(db))
                row = db.execute(
                    "INSERT INTO filings (doc_id, sha256, name, content, metadata, "
                    "proposal, company, proposed_rows, double_review, added_by) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT DO NOTHING RETURNING id",
                    (
                        sha[:16],
                        sha,
                        name,
                        content,
                        json.dumps(metadata),
                        json.dumps(proposal),
                        loaded.extraction.filing.company,
                        len(loaded.extraction.rows),
                        double,
                        who,
                    ),
                ).fetchone()
                if row is None:
                    summary.already_there.append(name)
                    continue
                for slot in (1, 2) if double else (1,):
                    db.execute(
                        "INSERT INTO tasks (filing_id, slot) VALUES (%s, %s)",
                        (row[0], slot),
                    )
                _audit(db, who, "add", row[0], sha[:16], {"name": name})
            summary.added.append(name)
        return summary

    def assign(
        self, to: str, who: str, *, count: int | None = None, pattern: str = ""
    ) -> int:
        """Assign open, unassigned tasks (at most ``count``, names like ``pattern``)."""
        with self._transaction() as db:
            rows = db.execute(
                "SELECT t.id, f.name FROM tasks t JOIN filings f ON f.id = t.filing_id "
                "WHERE t.accepted_at IS NULL AND t.assigned_to IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM tasks o WHERE o.filing_id = t.filing_id "
                "AND o.id <> t.id AND (o.assigned_to = %s OR o.reviewer = %s)) "
                "ORDER BY t.id FOR UPDATE OF t SKIP LOCKED",
                (to, to),
            ).fetchall()
            chosen = [
                task
                for task, name in rows
                if not pattern or fnmatch.fnmatch(name, pattern)
            ]
            if count is not None:
                chosen = chosen[:count]
            for task in chosen:
                db.execute(
                    "UPDATE tasks SET assigned_to = %s WHERE id = %s", (to, task)
                )
            if chosen:
                _audit(db, who, "assign", None, "", {"to": to, "tasks": chosen})
        return len(chosen)

    # -- claims --------------------------------------------------------------

    def claim(
        self, reviewer: str, doc_id: str = "", *, skip: Sequence[str] = ()
    ) -> Claim | None:
        """Claim the next task for ``reviewer`` (or the task of ``doc_id``).

        ``skip`` names filings not to hand out (those the reviewer has open).
        Returns None when nothing is left for this reviewer. A task held by
        someone else with a live lease is never handed out.
        """
        where = "AND NOT (f.doc_id = ANY(%(skip)s)) "
        where += "" if not doc_id else "AND f.doc_id = %(doc)s"
        with self._transaction() as db:
            row = db.execute(
                "UPDATE tasks SET holder = %(me)s, version = version + 1, "
                "lease_until = now() + make_interval(secs => %(lease)s) "
                "WHERE id = (SELECT t.id FROM tasks t "
                "JOIN filings f ON f.id = t.filing_id "
                "WHERE t.accepted_at IS NULL "
                "AND (t.holder IS NULL OR t.holder = %(me)s OR t.lease_until < now()) "
                "AND (t.assigned_to IS NULL OR t.assigned_to = %(me)s) "
                "AND NOT EXISTS (SELECT 1 FROM tasks o WHERE o.filing_id = t.filing_id "
                "AND o.id <> t.id AND (o.holder = %(me)s OR o.reviewer = %(me)s)) "
                f"{where} ORDER BY (t.holder = %(me)s) DESC NULLS LAST, t.id "
                "LIMIT 1 FOR UPDATE OF t SKIP LOCKED) "
                "RETURNING id, filing_id, slot, version, draft",
                {
                    "me": reviewer,
                    "lease": self.lease_seconds,
                    "doc": doc_id,
                    "skip": list(skip),
                },
            ).fetchone()
            if row is None:
                if doc_id:
                    raise WorkspaceError(self._why_not_claimable(db, doc_id, reviewer))
                return None
            task, filing, slot, version, draft = row
            info = db.execute(
                "SELECT doc_id, name, content, proposal FROM filings WHERE id = %s",
                (filing,),
            ).fetchone()
            assert info is not None
            _audit(db, reviewer, "claim", filing, info[0], {"task": task})
        return Claim(
            task_id=task,
            filing_id=filing,
            doc_id=info[0],
            name=info[1],
            slot=slot,
            version=version,
            holder=reviewer,
            content=bytes(info[2]),
            proposal=info[3],
            draft=draft,
        )

    def _why_not_claimable(
        self, db: psycopg.Connection[Any], doc_id: str, reviewer: str
    ) -> str:
        held = db.execute(
            "SELECT t.holder FROM tasks t JOIN filings f ON f.id = t.filing_id "
            "WHERE f.doc_id = %s AND t.accepted_at IS NULL AND t.lease_until >= now() "
            "AND t.holder <> %s",
            (doc_id, reviewer),
        ).fetchone()
        if held:
            return f"this filing is being reviewed by {held[0]}"
        return (
            "this filing has no review left for you "
            "(reviewed, or assigned to someone else)"
        )

    def renew(self, claim: Claim) -> None:
        """Extend the lease; a lost claim is a ClaimConflictError."""
        with self._transaction() as db:
            self._check_holder(db, claim, lock=False)
            db.execute(
                "UPDATE tasks SET lease_until = now() + make_interval(secs => %s) "
                "WHERE id = %s",
                (self.lease_seconds, claim.task_id),
            )

    def release(self, claim: Claim) -> None:
        """Give the task back (the draft stays for whoever claims it next)."""
        with self._transaction() as db:
            db.execute(
                "UPDATE tasks SET holder = NULL, lease_until = NULL "
                "WHERE id = %s AND holder = %s AND version = %s",
                (claim.task_id, claim.holder, claim.version),
            )

    def save_draft(self, claim: Claim, state: dict[str, Any]) -> None:
        """Store the reviewer's current state as the task's draft."""
        with self._transaction() as db:
            self._check_holder(db, claim)
            db.execute(
                "UPDATE tasks SET draft = %s, draft_at = now() WHERE id = %s",
                (json.dumps(state), claim.task_id),
            )

    def _check_holder(
        self, db: psycopg.Connection[Any], claim: Claim, *, lock: bool = True
    ) -> None:
        row = db.execute(
            "SELECT holder, version, accepted_at, reviewer FROM tasks WHERE id = %s"
            + (" FOR UPDATE" if lock else ""),
            (claim.task_id,),
        ).fetchone()
        if row is None:
            raise ClaimConflictError("this filing was removed from the workspace")
        holder, version, accepted_at, reviewer = row
        if accepted_at is not None:
            raise ClaimConflictError(
                f"{reviewer} accepted this review in the meantime; yours was not saved "
                "over it"
            )
        if holder != claim.holder or version != claim.version:
            raise ClaimConflictError(
                f"{holder or 'someone else'} took this filing over after your claim "
                "ran out; yours was not saved over theirs"
            )

    def accept(
        self, claim: Claim, records: Sequence[dict[str, str]], state: dict[str, Any]
    ) -> None:
        """Write the reviewed rows in one transaction, if the claim still holds.

        Raises:
            ClaimConflictError: the task was accepted or taken over meanwhile;
                the refused review is kept in the audit trail.
        """
        try:
            with self._transaction() as db:
                self._check_holder(db, claim)
                db.execute(
                    "UPDATE tasks SET records = %s, state = %s, reviewer = %s, "
                    "accepted_at = clock_timestamp(), version = version + 1, "
                    "holder = NULL, lease_until = NULL, draft = NULL WHERE id = %s",
                    (
                        json.dumps(list(records)),
                        json.dumps(state),
                        claim.holder,
                        claim.task_id,
                    ),
                )
                _audit(
                    db,
                    claim.holder,
                    "accept",
                    claim.filing_id,
                    claim.doc_id,
                    {"task": claim.task_id, "records": list(records)},
                )
                self._settle(db, claim.filing_id)
        except ClaimConflictError as refusal:
            with self._transaction() as db:
                _audit(
                    db,
                    claim.holder,
                    "accept-refused",
                    claim.filing_id,
                    claim.doc_id,
                    {
                        "task": claim.task_id,
                        "reason": str(refusal),
                        "records": list(records),
                    },
                )
            raise

    def _settle(self, db: psycopg.Connection[Any], filing: int) -> None:
        """Make a filing's review final once every task is in and they agree."""
        from reviewer.io.team.agreement import same_events

        rows = db.execute(
            "SELECT records, reviewer, accepted_at FROM tasks WHERE filing_id = %s "
            "ORDER BY slot",
            (filing,),
        ).fetchall()
        if any(accepted is None for _, _, accepted in rows):
            return
        if len(rows) == 1 or same_events(rows[0][0], rows[1][0]):
            db.execute(
                "UPDATE filings SET final_records = %s, final_by = %s, "
                "final_at = clock_timestamp() WHERE id = %s",
                (json.dumps(rows[0][0]), rows[0][1], filing),
            )

    def adjudicate(
        self, doc_id: str, who: str, records: Sequence[dict[str, str]]
    ) -> None:
        """Record an adjudicator's final rows for a double-reviewed filing."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT id FROM filings WHERE doc_id = %s FOR UPDATE", (doc_id,)
            ).fetchone()
            if row is None:
                raise WorkspaceError(f"no filing {doc_id} in this workspace")
            db.execute(
                "UPDATE filings SET final_records = %s, final_by = %s, "
                "final_at = clock_timestamp() WHERE id = %s",
                (json.dumps(list(records)), who, row[0]),
            )
            _audit(db, who, "adjudicate", row[0], doc_id, {"records": list(records)})

    # -- reading -------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        """Counts of filings by state and of accepted tasks by reviewer."""
        with self._transaction() as db:
            states = dict(
                db.execute(
                    f"SELECT state, count(*) FROM (SELECT {_STATE_SQL} AS state "
                    "FROM filings f JOIN tasks t ON t.filing_id = f.id "
                    "GROUP BY f.id, f.final_at) s GROUP BY state"
                ).fetchall()
            )
            reviewers = dict(
                db.execute(
                    "SELECT reviewer, count(*) FROM tasks "
                    "WHERE accepted_at IS NOT NULL "
                    "GROUP BY reviewer ORDER BY reviewer"
                ).fetchall()
            )
            holders = dict(
                db.execute(
                    "SELECT holder, count(*) FROM tasks WHERE lease_until >= now() "
                    "GROUP BY holder ORDER BY holder"
                ).fetchall()
            )
        return {"filings": states, "accepted_by": reviewers, "held_by": holders}

    def queue(self) -> list[dict[str, Any]]:
        """Every filing with its state and who holds it, in the order added.

        ``state`` is the one ``status`` counts (new, in progress, held,
        disagreement, reviewed); ``reviewers`` names who accepted a review of it.
        """
        with self._transaction() as db:
            rows = db.execute(
                "SELECT f.doc_id, f.name, f.company, f.proposed_rows, "
                "f.final_at IS NOT NULL, "
                "string_agg(t.holder, ', ' ORDER BY t.slot) "
                "FILTER (WHERE t.lease_until >= now()), "
                f"{_STATE_SQL}, "
                "string_agg(t.reviewer, ', ' ORDER BY t.slot) "
                "FILTER (WHERE t.accepted_at IS NOT NULL) "
                "FROM filings f JOIN tasks t ON t.filing_id = f.id "
                "GROUP BY f.id ORDER BY f.id"
            ).fetchall()
        return [
            {
                "doc_id": d,
                "name": n,
                "company": c,
                "proposed_rows": r,
                "reviewed": bool(done),
                "held_by": h or "",
                "state": state,
                "reviewers": who or "",
            }
            for d, n, c, r, done, h, state, who in rows
        ]

    def double_reviews(self) -> list[tuple[str, str, list[Any], str, list[Any]]]:
        """(doc_id, reviewer 1, rows 1, reviewer 2, rows 2) of each double review."""
        with self._transaction() as db:
            rows = db.execute(
                "SELECT f.doc_id, a.reviewer, a.records, b.reviewer, b.records "
                "FROM filings f JOIN tasks a ON a.filing_id = f.id AND a.slot = 1 "
                "JOIN tasks b ON b.filing_id = f.id AND b.slot = 2 "
                "WHERE a.accepted_at IS NOT NULL AND b.accepted_at IS NOT NULL "
                "ORDER BY f.id"
            ).fetchall()
        return [(d, r1, list(a), r2, list(b)) for d, r1, a, r2, b in rows]

    def reviews_of(self, doc_id: str) -> list[tuple[str, list[dict[str, str]]]]:
        """(reviewer, rows) of each accepted review of ``doc_id``, by slot."""
        with self._transaction() as db:
            rows = db.execute(
                "SELECT t.reviewer, t.records FROM tasks t "
                "JOIN filings f ON f.id = t.filing_id "
                "WHERE f.doc_id = %s AND t.accepted_at IS NOT NULL ORDER BY t.slot",
                (doc_id,),
            ).fetchall()
        return [(str(who), list(records or [])) for who, records in rows]

    def export(self, path: Path) -> int:
        """Write every final review into the dataset CSV at ``path``; return the count.

        Reviews go in the order they became final, through the same merge as a
        single analyst's saves, so the file is byte-identical to theirs.
        """
        from reviewer.io.dataset import save_records

        with self._transaction() as db:
            finals = db.execute(
                "SELECT final_records FROM filings WHERE final_at IS NOT NULL "
                "ORDER BY final_at, id"
            ).fetchall()
        for (records,) in finals:
            save_records(path, records)
        return len(finals)

    def history(self) -> list[dict[str, Any]]:
        """The audit trail, oldest first."""
        with self._transaction() as db:
            rows = db.execute(
                "SELECT at, who, action, doc_id, detail FROM audit ORDER BY id"
            ).fetchall()
        return [
            {
                "at": at.isoformat(),
                "who": who,
                "action": action,
                "doc_id": doc,
                "detail": detail,
            }
            for at, who, action, doc, detail in rows
        ]


def _audit(
    db: psycopg.Connection[Any],
    who: str,
    action: str,
    filing: int | None,
    doc_id: str,
    detail: dict[str, Any],
) -> None:
    db.execute(
        "INSERT INTO audit (who, action, filing_id, doc_id, detail) "
        "VALUES (%s, %s, %s, %s, %s)",
        (who, action, filing, doc_id, json.dumps(detail)),
    )


def records_for(
    claim: Claim, document: Document, extraction: Extraction, state: Any
) -> list[dict[str, str]]:
    """The dataset rows of a claimed filing's review, as one analyst writes them."""
    from reviewer.core.provenance import build_records

    return build_records(document, extraction, state, claim.name)


def reviewer_name() -> str:
    """The default reviewer name: ``REVIEWER_NAME``, else the login name."""
    import getpass

    try:
        login = getpass.getuser()  # LOGNAME, USER, LNAME, USERNAME, then pwd
    except (OSError, KeyError):
        login = ""
    return os.environ.get("REVIEWER_NAME") or login or "reviewer"
