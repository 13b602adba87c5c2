r"""The reviewed dataset: one CSV, merged by document, written atomically.

Format (the contract is ``DATASET.md``): UTF-8 without BOM, a header row, RFC 4180
quoting (fields quoted when they hold a comma, quote or line break; ``\r\n``
between records), the columns of :data:`reviewer.core.schema.COLUMNS` in order.
``pandas.read_csv(path, dtype=str, keep_default_na=False)`` reads every value back.

Merging: saving records replaces every row whose ``doc_id`` is among the saved
documents and keeps every other row exactly as it was (its text is not
re-escaped). Columns of an existing file that the schema does not know (an
analyst's ``notes`` column, say) are kept after the schema's columns, empty on
new rows; a file whose columns are in another order is rewritten in schema order.
A file without a ``doc_id`` header is not a dataset and is never overwritten.

Safety: the dataset path is resolved once (symbolic links followed) and the
whole cycle runs under the lock file ``<real dataset>.lock`` so two app instances
take turns, whatever name each used; temporary copies left by a killed save are
removed under that lock; the new file is written beside the old one and renamed
over it (see :mod:`reviewer.io.dataset.safewrite`); new cells are neutralised
against spreadsheet formulas (see :mod:`reviewer.io.dataset.csvsafe`). A path
that is not a regular file (``/dev/zero``, a FIFO) or a file with several hard
links is refused before anything is read. Extra columns are kept by position, so
two columns with one name (Excel's blank headers) keep their own values; a
schema column named twice is refused. Rows are read by ``csv.reader`` in every
path (see :mod:`reviewer.io.dataset.csvfast`), and a row of the wrong width is
refused, named by record and line, by the save and the readers alike.
"""

from __future__ import annotations

import csv
import logging
import os
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO

from reviewer.core.document import Document
from reviewer.core.provenance import build_records
from reviewer.core.records import Extraction, ReviewState
from reviewer.core.schema import COLUMN_NAMES, ReviewStatus
from reviewer.io.dataset.csvfast import (
    RawDataset,
    fingerprint,
    format_rows,
    iter_rows,
    review_of,
    split_records,
)
from reviewer.io.dataset.csvsafe import neutralise_record, restore
from reviewer.io.dataset.safewrite import (
    KEPT,
    atomic_write,
    atomic_write_bytes,
    error_for,
    locked,
    remove_stale_temps,
)
from reviewer.io.errors import (
    DatasetConflictError,
    DatasetFormatError,
    DatasetNotFoundError,
    DatasetNotRegularError,
)

if TYPE_CHECKING:
    import pandas as pd

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
        fingerprints: per written doc_id, the :func:`fingerprint` of its rows
            now (what to pass as ``expected`` next time).
    """

    written: tuple[str, ...]
    kept_reviewed: tuple[str, ...]
    rows: int
    fingerprints: Mapping[str, str] = field(default_factory=dict)


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


def real_path(path: Path) -> Path:
    """The file a dataset path names, symbolic links resolved (once, for all uses).

    The lock, the read and the atomic write all use this path, so two processes
    saving through different names of the same file (a link and the file itself)
    take the same lock and replace the same file.
    """
    return Path(os.path.realpath(path))


def _check_regular(path: Path, shown: Path) -> bool:
    """True when ``path`` is a regular file, False when it does not exist.

    Raises:
        DatasetNotRegularError: a device (``/dev/zero``), a pipe, a socket or a
            folder; nothing is read from it (reading one may never end).
        DatasetFormatError: a regular file with more than one name (hard links):
            replacing it would leave the other names holding the old rows.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise error_for(exc, shown, "read") from exc
    if not stat.S_ISREG(info.st_mode):
        raise DatasetNotRegularError(
            shown,
            f"{shown} is not a regular file (it is a device, a pipe, a socket or a "
            "folder), so it cannot hold a dataset; nothing was read or written. "
            "Choose a .csv file name.",
        )
    if info.st_nlink > 1:
        raise DatasetFormatError(
            shown,
            f"{shown.name} has {info.st_nlink} names (hard links). A save replaces "
            "the file under one name only, and the others would keep the old rows, "
            "so it was left as is. Save into a copy, or remove the other names.",
        )
    return True


def _read_bytes(path: Path, shown: Path) -> bytes:
    """The bytes of a regular file (b"" when absent), never blocking on a pipe."""
    if not _check_regular(path, shown):
        return b""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return b""
    except OSError as exc:
        raise error_for(exc, shown, "read") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since the check
            raise DatasetNotRegularError(
                shown, f"{shown} is not a regular file; nothing was read."
            )
        with open(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as exc:
        raise error_for(exc, shown, "read") from exc
    finally:
        os.close(fd)


def _read_raw(path: Path) -> tuple[list[str], list[list[str]]]:
    """Return the header and data rows of an existing dataset, cells untouched."""
    return _rows_of(path, _read_bytes(real_path(path), path))


def _rows_of(path: Path, data: bytes) -> tuple[list[str], list[list[str]]]:
    header: list[str] = []
    rows: list[list[str]] = []
    for _line, row, _chunk in iter_rows(path, data):
        if not header:
            header = row
        else:
            rows.append(row)
    return header, rows


def _merge(
    header: list[str],
    rows: list[list[str]],
    records: Sequence[dict[str, str]],
    keep_reviewed: bool,
) -> tuple[list[str], list[list[str]], SaveSummary]:
    """Merge into rows whose columns are in any order; extras kept by position."""
    first = {name: i for i, name in reversed(list(enumerate(header)))}
    extras = [i for i, name in enumerate(header) if name not in _KNOWN]
    out_header = [*COLUMN_NAMES, *(header[i] for i in extras)]
    if rows and header != out_header:
        pick = [first.get(name) for name in COLUMN_NAMES] + extras
        rows = [["" if i is None else row[i] for i in pick] for row in rows]
    doc = out_header.index("doc_id")
    status = out_header.index("review_status")
    reviewed = {row[doc] for row in rows if row[status] == ReviewStatus.REVIEWED}
    kept_reviewed: set[str] = set()
    fresh: list[dict[str, str]] = []
    for record in records:
        if keep_reviewed and record["doc_id"] in reviewed:
            kept_reviewed.add(record["doc_id"])
        else:
            fresh.append(record)
    replaced = {record["doc_id"] for record in fresh}
    merged = [row for row in rows if row[doc] not in replaced]
    width = len(out_header)
    for record in fresh:
        safe = neutralise_record(record)
        merged.append([safe.get(name, "") for name in COLUMN_NAMES])
        merged[-1].extend([""] * (width - len(COLUMN_NAMES)))
    written = tuple(dict.fromkeys(record["doc_id"] for record in fresh))
    summary = SaveSummary(written, tuple(sorted(kept_reviewed)), len(merged))
    return out_header, merged, summary


def _save_fast(
    path: Path,
    raw: RawDataset | None,
    records: Sequence[dict[str, str]],
    keep_reviewed: bool,
    kept_text: str,
) -> SaveSummary:
    """Copy the other documents' records byte for byte, append the new ones."""
    header = raw.header if raw is not None else list(COLUMN_NAMES)
    kept_reviewed: set[str] = set()
    if keep_reviewed and raw is not None:
        kept_reviewed = {
            doc_id
            for doc_id, rows in raw.wanted.items()
            if review_of(header, rows)[0] == ReviewStatus.REVIEWED
        }
    fresh = [r for r in records if r["doc_id"] not in kept_reviewed]
    replaced = {record["doc_id"] for record in fresh}
    kept = (
        [r for r, d in zip(raw.records, raw.doc_ids, strict=True) if d not in replaced]
        if raw
        else []
    )
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

    atomic_write_bytes(path, write, kept=kept_text)
    written = tuple(dict.fromkeys(record["doc_id"] for record in fresh))
    return SaveSummary(written, tuple(sorted(kept_reviewed)), len(kept) + len(fresh))


def _save_reordered(
    path: Path,
    data: bytes,
    records: Sequence[dict[str, str]],
    keep_reviewed: bool,
    kept_text: str,
) -> SaveSummary:
    """Rewrite a dataset whose columns are not in schema order, then merge."""
    header, rows = _rows_of(path, data)
    out_header, merged, summary = _merge(header, rows, records, keep_reviewed)

    def write(handle: IO[str]) -> None:
        writer = csv.writer(handle, lineterminator=_LINE_END)
        writer.writerow(out_header)
        writer.writerows(merged)

    atomic_write(path, write, kept=kept_text)
    return summary


def written_fingerprints(records: Sequence[dict[str, str]]) -> dict[str, str]:
    """The :func:`fingerprint` each document's rows get once ``records`` are saved."""
    by_doc: dict[str, list[list[str]]] = {}
    for record in records:
        safe = neutralise_record(record)
        by_doc.setdefault(record["doc_id"], []).append(
            [safe.get(name, "") for name in COLUMN_NAMES]
        )
    return {doc: fingerprint(COLUMN_NAMES, rows) for doc, rows in by_doc.items()}


def _check_conflicts(
    path: Path,
    raw: RawDataset | None,
    records: Sequence[dict[str, str]],
    expected: Mapping[str, str],
) -> None:
    """Refuse a save over rows someone else changed, or reviewed over unreviewed."""
    header = raw.header if raw is not None else []
    theirs: dict[str, tuple[str, str, str]] = {}
    reasons: list[str] = []
    for doc_id, mine in _statuses_of(records).items():
        if doc_id not in expected:
            continue
        rows = raw.wanted.get(doc_id, []) if raw is not None else []
        current = fingerprint(header, rows)
        status, by, at = review_of(header, rows)
        who = f" by {by}" if by else ""
        when = f" at {at}" if at else ""
        if current != expected[doc_id]:
            theirs[doc_id] = (status, by, at)
            if rows:
                reasons.append(
                    f"its rows for this filing ({status}{who}{when}) were saved by "
                    "someone else after you opened it"
                )
            else:
                reasons.append(
                    "its rows for this filing were removed after you opened it"
                )
        elif status == ReviewStatus.REVIEWED and mine != ReviewStatus.REVIEWED:
            theirs[doc_id] = (status, by, at)
            reasons.append(
                f"it holds this filing as reviewed{who}{when}, and your version is "
                "not marked reviewed"
            )
    if theirs:
        raise DatasetConflictError(
            path,
            f"{path.name} was not changed: {'; '.join(reasons)}. Keep their rows, "
            "replace them with yours, or cancel and look first.",
            theirs,
        )


def _statuses_of(records: Sequence[dict[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for record in records:
        if found.get(record["doc_id"]) != ReviewStatus.REVIEWED:
            found[record["doc_id"]] = record.get("review_status", "")
    return found


def current_fingerprints(
    dataset_path: str | os.PathLike[str], doc_ids: Sequence[str]
) -> dict[str, str]:
    """The :func:`fingerprint` of each document's rows in the dataset now.

    What a window records when it opens a filing, to pass as ``expected`` to
    :func:`save_records` later. A missing dataset gives "" for every document.

    Raises:
        DatasetError: the file exists but cannot be read as a dataset.
    """
    path = Path(dataset_path)
    data = _read_bytes(real_path(path), path)
    raw = split_records(path, data, frozenset(doc_ids)) if data else None
    header = raw.header if raw is not None else []
    wanted = raw.wanted if raw is not None else {}
    return {doc: fingerprint(header, wanted.get(doc, [])) for doc in doc_ids}


def save_records(
    dataset_path: str | os.PathLike[str],
    records: Sequence[dict[str, str]],
    *,
    keep_reviewed: bool = False,
    lock_timeout: float = LOCK_TIMEOUT,
    expected: Mapping[str, str] | None = None,
    on_wait: Callable[[], None] | None = None,
    kept: str = KEPT,
) -> SaveSummary:
    """Replace the rows of every document in ``records`` and keep all others.

    Args:
        dataset_path: the CSV file; created when absent. A symbolic link is
            followed once: the lock and the write use the real file.
        records: rows with the schema's column names as keys (missing keys are
            written empty), e.g. from :func:`reviewer.core.provenance.build_records`.
        keep_reviewed: leave a document alone when the file already holds rows of
            it with ``review_status`` = ``reviewed`` (batch extraction must never
            overwrite a person's review).
        lock_timeout: seconds to wait for another instance's save.
        expected: per doc_id, the :func:`fingerprint` of its rows when the caller
            opened it ("" for none). A document whose rows changed since, or
            whose reviewed rows would be replaced by unreviewed ones, stops the
            save with :class:`DatasetConflictError`. None: no such check.
        on_wait: called once if the lock is busy, before waiting for it.
        kept: the sentence ending an error message, saying what is safe.

    Raises:
        DatasetConflictError: see ``expected``; nothing was written.
        DatasetError: a subclass naming why; the existing file is then unchanged.
    """
    shown = Path(dataset_path)
    missing = [r for r in records if not r.get("doc_id")]
    if missing:
        raise ValueError("every record needs a doc_id")
    path = real_path(shown)
    if not path.parent.is_dir():
        raise error_for(FileNotFoundError(2, "No such folder"), shown, kept=kept)
    _check_regular(path, shown)  # before the lock: /dev/zero.lock is not made
    wanted = frozenset(record["doc_id"] for record in records)
    with locked(path, lock_timeout, on_wait=on_wait, kept=kept):
        remove_stale_temps(path)
        data = _read_bytes(path, shown)
        raw = split_records(shown, data, wanted) if data else None
        if expected is not None:
            _check_conflicts(shown, raw, records, expected)
        if raw is None or raw.header[: len(COLUMN_NAMES)] == list(COLUMN_NAMES):
            summary = _save_fast(path, raw, records, keep_reviewed, kept)
        else:
            summary = _save_reordered(path, data, records, keep_reviewed, kept)
    written = set(summary.written)
    fresh = [record for record in records if record["doc_id"] in written]
    summary = replace(summary, fingerprints=written_fingerprints(fresh))
    logger.info("saved %d document(s) into %s", len(summary.written), shown)
    return summary


def save_review(
    dataset_path: str | os.PathLike[str],
    document: Document,
    extraction: Extraction,
    state: ReviewState,
    *,
    lock_timeout: float = LOCK_TIMEOUT,
    expected: str | None = None,
) -> SaveSummary:
    """Write one document's review into the dataset, replacing its earlier rows.

    ``source_file`` is the document's path relative to the dataset's folder when
    it lies below it. A document without rows is written as one ``none`` row.
    ``expected`` is the :func:`fingerprint` of the document's rows when it was
    opened (see :func:`save_records`); None skips the check.

    Raises:
        DatasetConflictError: the rows changed since (see ``expected``).
        DatasetError: a subclass naming why; the file is then unchanged and the
            caller still holds the review (save again once the cause is gone).
    """
    path = Path(dataset_path)
    source = source_file_for(document.source_path, path)
    records = build_records(document, extraction, state, source)
    return save_records(
        path,
        records,
        lock_timeout=lock_timeout,
        expected=None if expected is None else {document.doc_id: expected},
    )


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
        value = row[status] if status is not None else ReviewStatus.EXTRACTED
        if result.get(row[doc]) != ReviewStatus.REVIEWED:
            result[row[doc]] = value
    return result


def doc_summaries(dataset_path: str | os.PathLike[str]) -> dict[str, tuple[str, str]]:
    """Return ``{doc_id: (review_status, fingerprint)}`` of a dataset in one read.

    The status as :func:`doc_statuses`; the :func:`fingerprint` of each
    document's rows, to detect a later change by someone else. A missing file
    gives an empty mapping.

    Raises:
        DatasetError: the file exists but cannot be read as a dataset.
    """
    header, rows = _read_raw(Path(dataset_path))
    if not header:
        return {}
    doc = header.index("doc_id")
    grouped: dict[str, list[list[str]]] = {}
    for row in rows:
        grouped.setdefault(row[doc], []).append(row)
    return {
        doc_id: (
            review_of(header, group)[0] or ReviewStatus.EXTRACTED,
            fingerprint(header, group),
        )
        for doc_id, group in grouped.items()
    }


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
    _check_regular(real_path(path), path)
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
