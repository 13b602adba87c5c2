"""The dataset's columns: one schema for the CSV, the roster table and the form.

The order and meaning are the public contract in ``DATASET.md``; changing them is
a versioned change with a note in the README's changelog.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SCHEMA_VERSION = "1"


class Kind(StrEnum):
    """How a column's values are written and validated."""

    TEXT = "text"
    DATE = "date"
    INTEGER = "integer"
    ENUM = "enum"
    BOOL = "bool"
    DATETIME = "datetime"


class Level(StrEnum):
    """Which record a column belongs to."""

    SOURCE = "source"  # facts of the file, never edited
    FILING = "filing"  # one value per document, edited in the filing form
    ROW = "row"  # one value per roster row, edited in the table
    PROVENANCE = "provenance"  # written by the app when saving


class ChangeType(StrEnum):
    """What happened to a person's seat: the ``change_type`` column."""

    APPOINTED = "appointed"
    ELECTED = "elected"
    RESIGNED = "resigned"
    RETIRED = "retired"
    DECEASED = "deceased"
    REMOVED = "removed"
    NOT_STANDING = "not_standing"
    ROLE_CHANGE = "role_change"
    CONTINUING = "continuing"
    NONE = "none"


class Direction(StrEnum):
    """Which way a change moves the board: events are scored by (person, direction)."""

    JOIN = "JOIN"
    LEAVE = "LEAVE"
    ROLE = "ROLE"


class ReviewStatus(StrEnum):
    """Whether a filing's rows are the machine's proposal or a person's reading."""

    EXTRACTED = "extracted"
    REVIEWED = "reviewed"


class FilingStatus(StrEnum):
    """Where a filing stands in the review queue (the app's list and the autosaves).

    ``NEW``, ``IN_PROGRESS`` and ``REVIEWED`` are what the workspace knows from
    disk; ``CHANGED`` and ``FAILED`` are what the window adds while it runs.
    """

    NEW = "new"
    IN_PROGRESS = "in progress"
    REVIEWED = "reviewed"
    CHANGED = "changed since accepted"
    FAILED = "failed"


CHANGE_TYPES: tuple[str, ...] = tuple(ChangeType)
DISAGREEMENT_VALUES = ("no", "yes", "not_stated")
BOOL_VALUES = ("true", "false", "")
REVIEW_STATUSES: tuple[str, ...] = tuple(ReviewStatus)

JOIN_TYPES = frozenset({ChangeType.APPOINTED, ChangeType.ELECTED})
LEAVE_TYPES = frozenset(
    {
        ChangeType.RESIGNED,
        ChangeType.RETIRED,
        ChangeType.NOT_STANDING,
        ChangeType.DECEASED,
        ChangeType.REMOVED,
    }
)
ROLE_TYPES = frozenset({ChangeType.ROLE_CHANGE})


def direction_of(change_type: str) -> Direction | None:
    """JOIN, LEAVE or ROLE for a change type; None for ``continuing``/``none``."""
    if change_type in JOIN_TYPES:
        return Direction.JOIN
    if change_type in LEAVE_TYPES:
        return Direction.LEAVE
    if change_type in ROLE_TYPES:
        return Direction.ROLE
    return None


@dataclass(frozen=True)
class Column:
    """One dataset column.

    Attributes:
        name: the CSV header and attribute name.
        title: the human title shown in the table and form.
        kind: value type.
        level: which record holds it.
        choices: allowed values for ENUM and BOOL columns.
    """

    name: str
    title: str
    kind: Kind
    level: Level
    choices: tuple[str, ...] = ()

    @property
    def editable(self) -> bool:
        """Whether a reviewer may change this column by hand."""
        return self.level in (Level.FILING, Level.ROW) and self.name not in _DERIVED


# Row columns the app derives from the evidence span rather than typed values.
_DERIVED = frozenset({"evidence_start", "evidence_end", "page"})

COLUMNS: tuple[Column, ...] = (
    Column("doc_id", "Document ID", Kind.TEXT, Level.SOURCE),
    Column("source_file", "Source file", Kind.TEXT, Level.SOURCE),
    Column("source_sha256", "Source SHA-256", Kind.TEXT, Level.SOURCE),
    Column("form_type", "Form", Kind.TEXT, Level.FILING),
    Column("cik", "CIK", Kind.TEXT, Level.FILING),
    Column("accession_number", "Accession number", Kind.TEXT, Level.FILING),
    Column("company", "Company", Kind.TEXT, Level.FILING),
    Column("ticker", "Ticker", Kind.TEXT, Level.FILING),
    Column("exchange", "Exchange", Kind.TEXT, Level.FILING),
    Column("announcement_date", "Announcement date", Kind.DATE, Level.FILING),
    Column("dateline_city", "Dateline city", Kind.TEXT, Level.FILING),
    Column("board_size_after", "Board size after", Kind.INTEGER, Level.FILING),
    Column(
        "independent_directors_after",
        "Independent directors after",
        Kind.INTEGER,
        Level.FILING,
    ),
    Column("person", "Person", Kind.TEXT, Level.ROW),
    Column("change_type", "Change", Kind.ENUM, Level.ROW, CHANGE_TYPES),
    Column("role", "Role", Kind.TEXT, Level.ROW),
    Column("effective_date", "Effective date", Kind.DATE, Level.ROW),
    Column("effective_text", "Effective (as written)", Kind.TEXT, Level.ROW),
    Column("reason", "Reason", Kind.TEXT, Level.ROW),
    Column("disagreement", "Disagreement", Kind.ENUM, Level.ROW, DISAGREEMENT_VALUES),
    Column("nominated_by", "Nominated by", Kind.TEXT, Level.ROW),
    Column("independent", "Independent", Kind.BOOL, Level.ROW, BOOL_VALUES),
    Column("committees", "Committees", Kind.TEXT, Level.ROW),
    Column("evidence", "Evidence", Kind.TEXT, Level.ROW),
    Column("evidence_start", "Evidence start", Kind.INTEGER, Level.ROW),
    Column("evidence_end", "Evidence end", Kind.INTEGER, Level.ROW),
    Column("page", "Page", Kind.INTEGER, Level.ROW),
    Column(
        "review_status", "Review status", Kind.ENUM, Level.PROVENANCE, REVIEW_STATUSES
    ),
    Column("reviewed_by", "Reviewed by", Kind.TEXT, Level.PROVENANCE),
    Column("reviewed_at", "Reviewed at", Kind.DATETIME, Level.PROVENANCE),
    Column("edited_fields", "Edited fields", Kind.TEXT, Level.PROVENANCE),
    Column("extractor_version", "Extractor version", Kind.TEXT, Level.PROVENANCE),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}
FILING_COLUMNS: tuple[Column, ...] = tuple(
    c for c in COLUMNS if c.level is Level.FILING
)
ROW_COLUMNS: tuple[Column, ...] = tuple(c for c in COLUMNS if c.level is Level.ROW)


def column(name: str) -> Column:
    """Return the column called ``name``; raise KeyError for an unknown name."""
    return BY_NAME[name]
