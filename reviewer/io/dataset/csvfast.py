"""Reading a dataset's records exactly as ``csv.reader`` does, keeping their bytes.

Merging one document into a large dataset copies the rows of every other
document byte for byte, so their text is never re-escaped. Where one record ends
and how many cells it has is decided by :func:`csv.reader` itself (fed the file
line by line, so each record's lines are known): a bare ``"`` inside an unquoted
cell (``17" display``), which pandas, Python and Excel read as a literal quote,
can no longer glue records together, as counting quotes per line did.

Every reader of the dataset (:func:`split_records` for the save,
:func:`iter_rows` for the queue's statuses and the rewrite of reordered files)
goes through the same checks: UTF-8, a ``doc_id`` column, no schema column
twice, every row as many cells as the header; a wrong row is named by its
record and line number.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core.schema import COLUMN_NAMES, ReviewStatus
from reviewer.io.errors import DatasetFormatError

BOM = b"\xef\xbb\xbf"
_KNOWN = frozenset(COLUMN_NAMES)


@dataclass(frozen=True)
class RawDataset:
    """An existing dataset split into its header and raw records.

    Attributes:
        header: the column names.
        records: each data record's bytes, line end included.
        doc_ids: each record's ``doc_id`` (same order as ``records``).
        wanted: the parsed rows of the documents asked for, by doc_id.
    """

    header: list[str]
    records: list[bytes]
    doc_ids: list[str] = field(default_factory=list)
    wanted: dict[str, list[list[str]]] = field(default_factory=dict)


def _is_blank(row: Sequence[str]) -> bool:
    return not row or (len(row) == 1 and not row[0].strip())


def check_header(path: Path, header: Sequence[str]) -> None:
    """Refuse a header without ``doc_id`` or with a schema column twice.

    Raises:
        DatasetFormatError: naming the problem; the file is left as is.
    """
    if "doc_id" not in header:
        raise DatasetFormatError(
            path,
            f"{path.name} has no doc_id column, so it is not a dataset this app "
            "wrote; it was left as is. Choose another file name.",
        )
    seen: dict[str, int] = {}
    for number, name in enumerate(header, start=1):
        if name in _KNOWN and name in seen:
            raise DatasetFormatError(
                path,
                f"{path.name} has two columns named {name!r} (columns "
                f"{seen[name]} and {number}), so which one holds the data is "
                "unclear; the file was left as is. Rename or delete one of them "
                "and save again.",
            )
        seen[name] = number


def _wrong_width(
    path: Path, record: int, line: int, cells: int, width: int
) -> DatasetFormatError:
    return DatasetFormatError(
        path,
        f"{path.name}: record {record} (line {line}) has {cells} cells but the "
        f"header has {width}; the file was left as is. Fix that row in a text "
        "editor or a spreadsheet and save again.",
    )


def _decode_check(path: Path, data: bytes) -> bytes:
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DatasetFormatError(
            path,
            f"{path.name} is not UTF-8 text, so it is not a dataset this app "
            f"wrote; it was left as is. Choose another file name. ({exc.reason})",
        ) from None
    return data


def iter_rows(path: Path, data: bytes) -> Iterator[tuple[int, list[str], list[bytes]]]:
    """Yield ``(first line number, cells, raw lines)`` per record, header first.

    Blank lines are skipped. Every data row is checked against the header.

    Raises:
        DatasetFormatError: not UTF-8, a quote left open at the end, no
            ``doc_id``, a schema column twice, or a row of the wrong width.
    """
    data = _decode_check(path, data)
    lines = data.splitlines(keepends=True)
    reader = csv.reader(line.decode("utf-8") for line in lines)
    width = -1
    record = 0
    start = 0
    for row in reader:
        end = reader.line_num
        chunk = lines[start:end]
        first, start = start + 1, end
        if _is_blank(row):
            continue
        if end == len(lines) and _open_at_end(chunk):
            raise DatasetFormatError(
                path,
                f"{path.name} ends inside a quoted cell (was it cut short?); it "
                "was left as is. Fix it in a text editor or choose another file "
                "name.",
            )
        if width < 0:
            check_header(path, row)
            width = len(row)
        else:
            record += 1
            if len(row) != width:
                raise _wrong_width(path, record + 1, first, len(row), width)
        yield first, row, chunk


def _open_at_end(chunk: list[bytes]) -> bool:
    if b'"' not in b"".join(chunk):
        return False
    text = b"".join(chunk).decode("utf-8")
    try:
        list(csv.reader(text.splitlines(keepends=True), strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def split_records(
    path: Path, data: bytes, wanted: frozenset[str] = frozenset()
) -> RawDataset | None:
    """Split a dataset file into its header and raw records (None when empty).

    Args:
        path: the file (for messages).
        data: its bytes.
        wanted: doc_ids whose parsed rows to keep in :attr:`RawDataset.wanted`.

    Raises:
        DatasetFormatError: as :func:`iter_rows`.
    """
    header: list[str] | None = None
    records: list[bytes] = []
    doc_ids: list[str] = []
    found: dict[str, list[list[str]]] = {}
    doc = 0
    for _line, row, chunk in iter_rows(path, data):
        if header is None:
            header = row
            doc = header.index("doc_id")
            continue
        raw = b"".join(chunk)
        records.append(raw)
        doc_ids.append(row[doc])
        if row[doc] in wanted:
            found.setdefault(row[doc], []).append(row)
    if header is None:
        return None
    return RawDataset(header, records, doc_ids, found)


def format_rows(rows: Sequence[Sequence[str]], line_end: str) -> bytes:
    """Return rows as RFC 4180 CSV bytes."""
    import io

    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator=line_end).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def fingerprint(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A short digest of one document's rows (schema columns only); "" for none.

    Two readings of the same rows give the same digest whatever the column order
    or quoting of the file, so a change by someone else shows as a new digest.
    """
    if not rows:
        return ""
    index = {name: i for i, name in enumerate(header) if name in _KNOWN}
    cells = [
        [row[index[n]] if n in index else "" for n in COLUMN_NAMES] for row in rows
    ]
    blob = json.dumps(cells, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def review_of(
    header: Sequence[str], rows: Sequence[Sequence[str]]
) -> tuple[str, str, str]:
    """``(review_status, reviewed_by, reviewed_at)`` of a document's rows.

    ``reviewed`` when any row is; the newest ``reviewed_at`` wins.
    """

    def cell(row: Sequence[str], name: str) -> str:
        return row[header.index(name)] if name in header else ""

    statuses = [cell(row, "review_status") for row in rows]
    status = (
        ReviewStatus.REVIEWED
        if ReviewStatus.REVIEWED in statuses
        else next(iter(statuses), "")
    )
    newest = max(rows, key=lambda r: cell(r, "reviewed_at"), default=None)
    if newest is None:
        return status, "", ""
    return status, cell(newest, "reviewed_by"), cell(newest, "reviewed_at")
