"""Merging into a large dataset without re-parsing the rows that stay.

When an existing dataset's header is already the schema's columns (plus any
extra columns after them), the rows of other documents are copied byte for byte:
the file is split into CSV records by tracking quotes line by line (a record
ends at a line break outside quotes; RFC 4180 doubles quotes inside fields, so
the parity of ``"`` per line tells whether a quoted field is still open), and
only each record's first field, ``doc_id``, is read. That keeps the save of one
document into a 100,000-row dataset well under a second, and leaves other rows
truly untouched.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer.io.errors import DatasetFormatError

BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class RawDataset:
    """An existing dataset split into its header and raw records.

    Attributes:
        header: the column names.
        records: each data record's bytes, line end included.
    """

    header: list[str]
    records: list[bytes]


def _parse(record: bytes) -> list[str]:
    return next(csv.reader(io.StringIO(record.decode("utf-8"), newline="")), [])


def split_records(path: Path, data: bytes) -> RawDataset | None:
    """Split a dataset file into its header and raw records (None when empty).

    Raises:
        DatasetFormatError: not UTF-8, a quote left open, or no ``doc_id`` column.
    """
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise DatasetFormatError(
            path,
            f"{path.name} is not UTF-8 text, so it is not a dataset this app "
            "wrote; it was left as is. Choose another file name.",
        ) from None
    records: list[bytes] = []
    pending: list[bytes] = []
    inside = False
    for line in data.splitlines(keepends=True):
        if line.count(b'"') & 1:
            inside = not inside
        if pending or inside:
            pending.append(line)
            if not inside:
                records.append(b"".join(pending))
                pending = []
        elif line.strip():
            records.append(line)
    if pending:
        raise DatasetFormatError(
            path,
            f"{path.name} ends inside a quoted cell (was it cut short?); it was left "
            "as is. Fix it in a text editor or choose another file name.",
        )
    if not records:
        return None
    header = _parse(records[0])
    if "doc_id" not in header:
        raise DatasetFormatError(
            path,
            f"{path.name} has no doc_id column, so it is not a dataset this app "
            "wrote; it was left as is. Choose another file name.",
        )
    return RawDataset(header, records[1:])


def first_field(record: bytes) -> bytes:
    """Return the first cell of a raw record (the ``doc_id``), unquoted."""
    if record.startswith(b'"'):
        cells = _parse(record)
        return cells[0].encode("utf-8") if cells else b""
    comma = record.find(b",")
    return record[:comma] if comma >= 0 else record.rstrip(b"\r\n")


def format_rows(rows: Sequence[Sequence[str]], line_end: str) -> bytes:
    """Return rows as RFC 4180 CSV bytes."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator=line_end).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def reviewed_among(raw: RawDataset, doc_ids: set[bytes]) -> set[str]:
    """Return which of ``doc_ids`` the raw dataset holds as ``reviewed``."""
    if "review_status" not in raw.header:
        return set()
    status = raw.header.index("review_status")
    found: set[str] = set()
    for record in raw.records:
        if first_field(record) in doc_ids:
            cells = _parse(record)
            if len(cells) > status and cells[status] == "reviewed":
                found.add(cells[0])
    return found
