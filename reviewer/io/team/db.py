"""Connections and schema migrations for the team workspace.

The connection string is anything libpq takes: a DSN (``host=… dbname=…``), a
URI (``postgresql://host/db``), ``service=NAME`` from ``pg_service.conf``, or an
empty string for the ``PG*`` environment variables. Passwords come from
``~/.pgpass`` (or ``PGPASSFILE``) as libpq reads them, never from settings files
or logs: :func:`safe_dsn` strips any password before a DSN is shown.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_LOCK_KEY = 0x5245564945574552  # 'REVIEWER': one schema upgrade at a time
_PASSWORD_RE = re.compile(r"(password\s*=\s*)(\S+)|(://[^:/@]+:)([^@]+)(@)", re.I)


class WorkspaceError(Exception):
    """The team workspace cannot do what was asked; the message says why."""


class WorkspaceUnavailableError(WorkspaceError):
    """The server cannot be reached now (down, restarting, network gone)."""


def safe_dsn(dsn: str) -> str:
    """Return ``dsn`` with any password replaced by ``***`` (for messages and logs)."""

    def hide(match: re.Match[str]) -> str:
        if match.group(1):
            return match.group(1) + "***"
        return match.group(3) + "***" + match.group(5)

    return _PASSWORD_RE.sub(hide, dsn) or "(PG* environment)"


def connect(dsn: str, *, autocommit: bool = True) -> psycopg.Connection[Any]:
    """Open a connection; a server that cannot be reached is a WorkspaceError.

    Autocommit by default: every unit of work is an explicit ``transaction()``.
    """
    import psycopg

    try:
        return psycopg.connect(dsn, connect_timeout=10, autocommit=autocommit)
    except psycopg.ProgrammingError as exc:  # libpq cannot parse the string
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable"
        raise WorkspaceError(
            f"the connection string {safe_dsn(dsn)!r} is not valid: {reason}"
        ) from exc
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "no answer"
        raise WorkspaceUnavailableError(
            f"cannot connect to the team workspace {safe_dsn(dsn)}: {reason}"
        ) from exc


def dsn_without_password(dsn: str) -> str:
    """``dsn`` as libpq ``key=value`` pairs without any password (safe to store).

    Parsed by psycopg's own conninfo parser (URIs and DSNs alike), so quoting
    and URI escapes are read the way libpq reads them.

    Raises:
        WorkspaceError: ``dsn`` is not a valid connection string.
    """
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        parts = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable"
        raise WorkspaceError(
            f"the connection string {safe_dsn(dsn)!r} is not valid: {reason}"
        ) from exc
    parts.pop("password", None)
    return make_conninfo(**{k: str(v) for k, v in parts.items()})


def dsn_label(dsn: str) -> str:
    """A short name of the workspace for the window: ``dbname at host``."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        parts = conninfo_to_dict(dsn)
    except Exception:  # noqa: BLE001 - a label never fails
        return safe_dsn(dsn)
    if "service" in parts:
        return f"service {parts['service']}"
    database = parts.get("dbname") or os.environ.get("PGDATABASE") or "(default)"
    host = parts.get("host") or os.environ.get("PGHOST") or "local socket"
    return f"{database} at {host}"


def _known_revisions() -> tuple[str, set[str]]:
    """(the newest revision, every revision) of this app's migrations."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    known = {str(script.revision) for script in scripts.walk_revisions()}
    return str(scripts.get_current_head()), known


def schema_problem(revision: str | None) -> str:
    """Why a workspace at schema ``revision`` cannot be used here ("" when it can)."""
    if revision is None:
        return (
            "this database holds no team workspace yet: run "
            "'reviewer workspace init' first"
        )
    head, known = _known_revisions()
    if revision == head:
        return ""
    if revision in known:
        return (
            f"the team workspace's schema ({revision}) is older than this app's "
            f"({head}): run 'reviewer workspace init' to upgrade it"
        )
    return (
        f"the team workspace's schema ({revision}) is newer than this app knows "
        f"({head}): update Board Change Reviewer"
    )


def upgrade(dsn: str) -> str:
    """Create or upgrade the schema to the newest revision; return its id."""
    import sqlalchemy
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    engine = sqlalchemy.create_engine(
        "postgresql+psycopg://", creator=lambda: connect(dsn, autocommit=False)
    )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_KEY})")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            revision = MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
    return str(revision)


def current_revision(connection: psycopg.Connection[Any]) -> str | None:
    """The schema's revision, or None when the database has no workspace yet."""
    row = connection.execute(
        "SELECT to_regclass('alembic_version') IS NOT NULL"
    ).fetchone()
    if not row or not row[0]:
        return None
    found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(found[0]) if found else None
