"""A team's shared review queue on PostgreSQL (``reviewer workspace``).

One analyst with a CSV dataset and the local autosave stays the default; this
package serves a team from one PostgreSQL database: filings stored with their
bytes and the extractor's proposal, review tasks claimed with leases
(``SELECT … FOR UPDATE SKIP LOCKED``), drafts, accepts with a version check,
double review and agreement, and an audit trail. The export writes the dataset
contract of DATASET.md, byte for byte what a single analyst's saves would.

psycopg, SQLAlchemy and Alembic are imported lazily: the ``team`` extra.
"""

from reviewer.io.team.agreement import Agreement, agreement
from reviewer.io.team.client import OpenedFiling, TeamClient, default_cache
from reviewer.io.team.db import WorkspaceUnavailableError
from reviewer.io.team.store import (
    Claim,
    ClaimConflictError,
    TeamWorkspace,
    WorkspaceError,
)

__all__ = [
    "Agreement",
    "Claim",
    "ClaimConflictError",
    "OpenedFiling",
    "TeamClient",
    "TeamWorkspace",
    "WorkspaceError",
    "WorkspaceUnavailableError",
    "agreement",
    "default_cache",
]
