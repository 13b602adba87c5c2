"""The first schema: filings, review tasks, settings and the audit trail.

Revision ID: 0001
Revises:
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the tables."""
    op.execute(
        """
        CREATE TABLE filings (
            id bigserial PRIMARY KEY,
            doc_id text NOT NULL UNIQUE,
            sha256 text NOT NULL UNIQUE,
            name text NOT NULL,
            content bytea NOT NULL,
            metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
            proposal jsonb,
            load_error text NOT NULL DEFAULT '',
            company text NOT NULL DEFAULT '',
            proposed_rows integer NOT NULL DEFAULT 0,
            double_review boolean NOT NULL DEFAULT false,
            final_records jsonb,
            final_by text,
            final_at timestamptz,
            added_by text NOT NULL DEFAULT '',
            added_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE tasks (
            id bigserial PRIMARY KEY,
            filing_id bigint NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
            slot smallint NOT NULL,
            assigned_to text,
            holder text,
            lease_until timestamptz,
            version integer NOT NULL DEFAULT 0,
            draft jsonb,
            draft_at timestamptz,
            state jsonb,
            records jsonb,
            reviewer text,
            accepted_at timestamptz,
            UNIQUE (filing_id, slot),
            UNIQUE (filing_id, holder)
        );
        CREATE INDEX tasks_open ON tasks (id) WHERE accepted_at IS NULL;
        CREATE TABLE settings (key text PRIMARY KEY, value jsonb NOT NULL);
        CREATE TABLE audit (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT clock_timestamp(),
            who text NOT NULL,
            action text NOT NULL,
            filing_id bigint REFERENCES filings(id) ON DELETE SET NULL,
            doc_id text NOT NULL DEFAULT '',
            detail jsonb NOT NULL DEFAULT '{}'::jsonb
        );
        """
    )


def downgrade() -> None:
    """Drop the tables."""
    op.execute(
        "DROP TABLE audit; DROP TABLE settings; DROP TABLE tasks; DROP TABLE filings;"
    )
