"""Connection strings and schema checks: plain messages, never a password kept."""

from __future__ import annotations

import psycopg
import pytest

from reviewer.io.team import TeamWorkspace, WorkspaceError
from reviewer.io.team.db import dsn_label, dsn_without_password


def test_a_password_is_dropped_before_a_dsn_is_kept() -> None:
    kept = dsn_without_password("host=db.example dbname=boards password=s3cret")
    assert "s3cret" not in kept
    assert "host=db.example" in kept
    assert "dbname=boards" in kept
    uri = dsn_without_password("postgresql://ann:s3cret@db.example:5433/boards")
    assert "s3cret" not in uri
    assert "user=ann" in uri
    assert "port=5433" in uri
    assert dsn_without_password("") == ""
    assert dsn_without_password("service=boards") == "service=boards"


def test_an_unreadable_dsn_is_a_plain_error() -> None:
    with pytest.raises(WorkspaceError, match="is not valid"):
        dsn_without_password("not a dsn")
    with pytest.raises(WorkspaceError, match="is not valid") as caught:
        TeamWorkspace("host=x password=s3cret 'unterminated").queue()
    assert "s3cret" not in str(caught.value)


def test_dsn_label_names_database_and_host() -> None:
    assert dsn_label("host=db.example dbname=boards") == "boards at db.example"
    assert dsn_label("service=boards") == "service boards"


def test_a_schema_newer_than_the_app_is_refused_plainly(team_dsn: str) -> None:
    with TeamWorkspace(team_dsn) as workspace:
        workspace.init()
        assert workspace.queue() == []
    with psycopg.connect(team_dsn, autocommit=True) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with (
        TeamWorkspace(team_dsn) as workspace,
        pytest.raises(WorkspaceError, match=r"newer than this app knows \(0001\)"),
    ):
        workspace.queue()
