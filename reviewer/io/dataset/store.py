"""The reviewed dataset: one CSV, merged by document, written atomically.

Format (the contract is ``DATASET.md``): UTF-8 without BOM, a header row, RFC 4180
quoting (fields quoted when they hold a comma, quote or line break; ``\\r\\n``
between records), the columns of :data:`reviewer.core.schema.COLUMNS` in order.
``pandas.read_csv(path, dtype=str, keep_default_na=False)`` reads every value back.

Merging: saving records replaces every row whose ``doc_id`` is among the saved
documents and keeps every other row exactly as it was (its text is not
re-escaped). Columns of an existing file that the schema does not know (an
analyst's ``notes`` column, say) are kept after the schema's columns, empty on
new rows; a file whose columns are in another order is rewritten in schema order.
A file without a ``doc_id`` header is not a dataset and is never overwritten.

Safety: the whole cycle runs under a lock file ``<dataset>.lock`` so two app
instances take turns; the new file is written beside the old one and renamed
over it (see :mod:`reviewer.io.dataset.safewrite`); new cells are neutralised against
spreadsheet formulas (see :mod:`reviewer.io.dataset.csvsafe`).
"""

from __future__ import annotations

import csv
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO

from reviewer.core.document import Document
from reviewer.core.provenance import build_records
from reviewer.core.records import Extraction, ReviewState
from reviewer.core.schema import COLUMN_NAMES
from reviewer.io.dataset.csvfast import (
    RawDataset,
    first_field,
    format_rows,
    reviewed_among,
    split_records,
)
from reviewer.io.dataset.csvsafe import neutralise_record, restore
from reviewer.io.dataset.safewrite import (
    atomic_write,
    atomic_write_bytes,
    error_for,
    locked,
)
from reviewer.io.errors import (
    DatasetDiskFullError,
    DatasetError,
    DatasetFolderMissingError,
    DatasetFormatError,
    DatasetLockedError,
    DatasetNotFoundError,
    DatasetReadOnlyError,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "LOCK_TIMEOUT",
    "DatasetDiskFullError",
    "DatasetError",
    "DatasetFolderMissingError",
    "DatasetFormatError",
    "DatasetLockedError",
    "DatasetNotFoundError",
    "DatasetReadOnlyError",
    "SaveSummary",
    "doc_statuses",
    "read_dataset",
    "save_records",
    "save_review",
    "source_file_for",
]

logger = logging.getLogger(__name__)

LOCK_TIMEOUT = 3.0
"""Seconds to wait for another instance's save before giving up."""

_KNOWN = frozenset(COLUMN_NAMES)
_LINE_END = "\r\n"


@dataclass(frozen=True)
class SaveSummary:
    """What a save did.

    Attributes:
        written: doc_ids whose rows were written.
        kept_reviewed: doc_ids skipped because the file already holds a reviewed
            version of them (only with ``keep_reviewed=True``).
        rows: number of data rows in the file after the save.
    """

    written: tuple[str, ...]
    kept_reviewed: tuple[str, ...]
    rows: int


def source_file_for(source_path: str | os.PathLike[str], dataset_path: Path) -> str:
    """Return ``source_file``: relative (``/``-separated) below the dataset's folder.

    A source anywhere else is written as its absolute path, whichever way it
    was opened (a relative path on the command line included): one rule, so
    every row can be found again from the dataset alone.
    """
    source = Path(source_path)
    try:
        absolute = source.resolve()
    except (OSError, RuntimeError):
        absolute = Path(os.path.abspath(source))
    try:
        relative = absolute.relative_to(dataset_path.resolve().parent)
    except (OSError, ValueError):
        return absolute.as_posix()
    return relative.as_posix()


def _read_raw(path: Path) -> tuple[list[str], list[list[str]]]:
    """Return the header and data rows of an existing dataset, cells untouched."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except FileNotFoundError:
        return [], []
    except UnicodeDecodeError as exc:
        raise DatasetFormatError(
            path,
            f"{path.name} is not UTF-8 text, so it is not a dataset this app "
            f"wrote; it was left as is. Choose another file name. ({exc.reason})",
        ) from None
    except csv.Error as exc:
        raise DatasetFormatError(
            path, f"{path.name} is not a readable CSV file ({exc}); left as is."
        ) from None
    except OSError as exc:
        raise error_for(exc, path, "read") from exc
    if not rows:
        return [], []
    header, data = rows[0], rows[1:]
    if "doc_id" not in header:
        raise DatasetFormatError(
            path,
            f"{path.name} has no doc_id column, so it is not a dataset this app "
            "wrote; it was left as is. Choose another file name.",
        )
    width = len(header)
    for number, row in enumerate(data, start=2):
        if row and len(row) != width:
            raise DatasetFormatError(
                path,
                f"{path.name}: record {number} has {len(row)} cells but the header "
                f"has {width}; the file was left as is. Fix it in a text editor "
                "and save again.",
            )
    return header, [row for row in data if row]


def _merge(
    header: list[str],
    rows: list[list[str]],
    records: Sequence[dict[str, str]],
    keep_reviewed: bool,
) -> tuple[list[str], list[list[str]], SaveSummary]:
    extras = [name for name in header if name not in _KNOWN]
    out_header = [*COLUMN_NAMES, *extras]
    if rows and header != out_header:
        index = {name: i for i, name in enumerate(header)}
        pick = [index.get(name) for name in out_header]
        rows = [["" if i is None else row[i] for i in pick] for row in rows]
    doc = out_header.index("doc_id")
    status = out_header.index("review_status")
    reviewed = {row[doc] for row in rows if row[status] == "reviewed"}
    kept_reviewed: set[str] = set()
    fresh: list[dict[str, str]] = []
    for record in records:
        if keep_reviewed and record["doc_id"] in reviewed:
            kept_reviewed.add(record["doc_id"])
        else:
            fresh.append(record)
    replaced = {record["doc_id"] for record in fresh}
    merged = [row for row in rows if row[doc] not in replaced]
    for record in fresh:
        safe = neutralise_record(record)
        merged.append([safe.get(name, "") for name in out_header])
    written = tuple(dict.fromkeys(record["doc_id"] for record in fresh))
    summary = SaveSummary(written, tuple(sorted(kept_reviewed)), len(merged))
    return out_header, merged, summary


def _save_fast(
    path: Path,
    raw: RawDataset | None,
    records: Sequence[dict[str, str]],
    keep_reviewed: bool,
) -> SaveSummary:
    """Copy the other documents' records byte for byte, append the new ones."""
    header = raw.header if raw is not None else list(COLUMN_NAMES)
    kept_reviewed: set[str] = set()
    if keep_reviewed and raw is not None:
        new_ids = {record["doc_id"].encode("utf-8") for record in records}
        kept_reviewed = reviewed_among(raw, new_ids)
    fresh = [r for r in records if r["doc_id"] not in kept_reviewed]
    replaced = {record["doc_id"].encode("utf-8") for record in fresh}
    kept = [r for r in raw.records if first_field(r) not in replaced] if raw else []
    if kept and not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += _LINE_END.encode()
    safe = [neutralise_record(record) for record in fresh]

    def write(handle: BinaryIO) -> None:
        handle.write(format_rows([header], _LINE_END))
        handle.writelines(kept)
        for start in range(0, len(safe), 1000):  # bounded memory for big batches
            chunk = safe[start : start + 1000]
            rows = [[record.get(name, "") for name in header] for record in chunk]
            handle.write(format_rows(rows, _LINE_END))

    atomic_write_bytes(path, write)
    written = tuple(dict.fromkeys(record["doc_id"] for record in fresh))
    return SaveSummary(written, tuple(sorted(kept_reviewed)), len(kept) + len(fresh))


def _save_reordered(
    path: Path, records: Sequence[dict[str, str]], keep_reviewed: bool
) -> SaveSummary:
    """Rewrite a dataset whose columns are not in schema order, then merge."""
    header, rows = _read_raw(path)
    out_header, merged, summary = _merge(header, rows, records, keep_reviewed)

    def write(handle: IO[str]) -> None:
        writer = csv.writer(handle, lineterminator=_LINE_END)
        writer.writerow(out_header)
        writer.writerows(merged)

    atomic_write(path, write)
    return summary


def save_records(
    dataset_path: str | os.PathLike[str],
    records: Sequence[dict[str, str]],
    *,
    keep_reviewed: bool = False,
    lock_timeout: float = LOCK_TIMEOUT,
) -> SaveSummary:
    """Replace the rows of every document in ``records`` and keep all others.

    Args:
        dataset_path: the CSV file; created when absent.
        records: rows with the schema's column names as keys (missing keys are
            written empty), e.g. from :func:`reviewer.core.provenance.build_records`.
        keep_reviewed: leave a document alone when the file already holds rows of
            it with ``review_status`` = ``reviewed`` (batch extraction must never
            overwrite a person's review).
        lock_timeout: seconds to wait for another instance's save.

    Raises:
        DatasetError: a subclass naming why; the existing file is then unchanged.
    """
    path = Path(dataset_path)
    missing = [r for r in records if not r.get("doc_id")]
    if missing:
        raise ValueError("every record needs a doc_id")
    if not path.parent.is_dir():
        raise error_for(FileNotFoundError(2, "No such folder"), path)
    with locked(path, lock_timeout):
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            data = b""
        except OSError as exc:
            raise error_for(exc, path, "read") from exc
        raw = split_records(path, data) if data else None
        if raw is None or raw.header[: len(COLUMN_NAMES)] == list(COLUMN_NAMES):
            summary = _save_fast(path, raw, records, keep_reviewed)
        else:
            summary = _save_reordered(path, records, keep_reviewed)
    logger.info("saved %d document(s) into %s", len(summary.written), path)
    return summary


def save_review(
    dataset_path: str | os.PathLike[str],
    document: Document,
    extraction: Extraction,
    state: ReviewState,
    *,
    lock_timeout: float = LOCK_TIMEOUT,
) -> None:
    """Write one document's review into the dataset, replacing its earlier rows.

    ``source_file`` is the document's path relative to the dataset's folder when
    it lies below it. A document without rows is written as one ``none`` row.

    Raises:
        DatasetError: a subclass naming why; the file is then unchanged and the
            caller still holds the review (save again once the cause is gone).
    """
    path = Path(dataset_path)
    source = source_file_for(document.source_path, path)
    records = build_records(document, extraction, state, source)
    save_records(path, records, lock_timeout=lock_timeout)


def doc_statuses(dataset_path: str | os.PathLike[str]) -> dict[str, str]:
    """Return ``{doc_id: review_status}`` of a dataset, read without pandas.

    A document with any ``reviewed`` row counts as ``reviewed``. A missing file
    gives an empty mapping.

    Raises:
        DatasetError: the file exists but cannot be read as a dataset.
    """
    header, rows = _read_raw(Path(dataset_path))
    if not header:
        return {}
    doc = header.index("doc_id")
    status = header.index("review_status") if "review_status" in header else None
    result: dict[str, str] = {}
    for row in rows:
        value = row[status] if status is not None else "extracted"
        if result.get(row[doc]) != "reviewed":
            result[row[doc]] = value
    return result


def read_dataset(
    dataset_path: str | os.PathLike[str], *, restore_formulas: bool = False
) -> pd.DataFrame:
    """Read a dataset as text: every column ``str``, empty cells ``""``.

    Columns come in schema order (schema columns missing from an older file are
    added empty), then any extra columns the file has.

    Args:
        dataset_path: the CSV file.
        restore_formulas: undo the formula neutralisation (drop the added ``'``).

    Raises:
        DatasetNotFoundError: there is no such file.
        DatasetFormatError: the file is not a CSV with a ``doc_id`` column.
        DatasetError: another reason it cannot be read.
    """
    import pandas as pd

    path = Path(dataset_path)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise DatasetNotFoundError(
            path, f"There is no dataset at {path}: check the name and folder."
        ) from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as e:
        raise DatasetFormatError(
            path, f"{path.name} is not a readable dataset CSV ({e})."
        ) from None
    except OSError as exc:
        raise error_for(exc, path, "read") from exc
    if "doc_id" not in frame.columns:
        raise DatasetFormatError(
            path, f"{path.name} has no doc_id column, so it is not a dataset."
        )
    for name in COLUMN_NAMES:
        if name not in frame.columns:
            frame[name] = ""
    extras = [name for name in frame.columns if name not in _KNOWN]
    order = [*COLUMN_NAMES, *extras]
    if list(frame.columns) != order:
        frame = frame[order]
    if restore_formulas:
        frame = frame.apply(lambda col: col.map(restore))
    return frame
