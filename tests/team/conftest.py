"""Fixtures: a real PostgreSQL server for the session, a fresh database per test."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from tests.team.pgserver import Server, find_bindir

psycopg = pytest.importorskip(
    "psycopg", reason="the team extra (psycopg, alembic) is not installed"
)

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[tuple[Server | None, str]]:
    """A running server: ``REVIEWER_TEST_PG_DSN``'s, or one started here."""
    existing = os.environ.get("REVIEWER_TEST_PG_DSN")
    if existing:
        yield None, existing
        return
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(
            "no PostgreSQL server binaries (Debian: apt-get install postgresql); "
            "./dev test installs them as root"
        )
    server = Server(bindir)
    dsn = server.start()
    try:
        yield server, dsn
    finally:
        server.stop()


@pytest.fixture
def team_dsn(pg_server: tuple[Server | None, str]) -> str:
    """A DSN for a new, empty database on the test server."""
    _, admin = pg_server
    name = f"team_{os.getpid()}_{next(_names)}"
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}"')
    return admin.replace("dbname=postgres", f"dbname={name}")
