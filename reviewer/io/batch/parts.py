"""A batch's partial results on disk (``OUT.parts/``), its resume, its final merge.

Whoever extracts a group of documents (the command itself, or a Dask worker)
writes them as one *part*: the rows (``part-ID.csv``, or ``part-ID.parquet``
with ``--format parquet``) and then, as the commit mark, a ledger
(``part-ID.json``) naming each source with its ``doc_id``. A part without its
ledger was cut off and is ignored; writing the same part again replaces it.

A run started again over the same output reads the ledgers and skips the
sources they name, so an interrupted batch (Ctrl+C, a lost scheduler, a killed
client) finishes the rest. ``run.json`` holds what the rows depend on (format,
reviewer, extractor version); parts left by a run with other settings are
cleared rather than mixed in.

The merge reads every committed part, takes each document's rows once (the
first part that holds it), orders documents by their sources' order in the
batch and hands them to :func:`reviewer.io.dataset.save_records`, which keeps
the dataset's other rows and its reviewed documents. With ``--format parquet``
the output is a folder of Parquet files with the dataset's columns, merged the
same way and replaced atomically.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import logging
import os
import shutil
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.schema import COLUMN_NAMES, ReviewStatus

logger = logging.getLogger(__name__)

FORMATS = ("csv", "parquet")
PARQUET_ROWS = 200_000
"""Rows per file of a Parquet dataset."""


def parts_folder(output: Path) -> Path:
    """``OUT.parts`` beside the output."""
    return output.with_name(output.name + ".parts")


def part_id(sources: Sequence[str]) -> str:
    """A stable name for the part holding these sources."""
    digest = hashlib.sha256("\n".join(sources).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


@dataclass(frozen=True)
class Done:
    """One extracted source in a part: its rows, and where it came from."""

    source: str
    records: tuple[dict[str, str], ...]


def write_part(folder: Path, name: str, done: Sequence[Done], fmt: str) -> None:
    """Write one part's rows, then its ledger (the commit mark), each atomically."""
    rows = [record for item in done for record in item.records]
    suffix = ".parquet" if fmt == "parquet" else ".csv"
    target = folder / f"part-{name}{suffix}"
    temporary = folder / f".{target.name}.{uuid.uuid4().hex}.tmp"
    try:
        if fmt == "parquet":
            _write_parquet(temporary, rows)
        else:
            with open(
                temporary, "w", encoding="utf-8", errors="surrogatepass", newline=""
            ) as handle:
                writer = csv.writer(handle)
                writer.writerow(COLUMN_NAMES)
                writer.writerows([r.get(c, "") for c in COLUMN_NAMES] for r in rows)
        os.replace(temporary, target)
        ledger = {
            "rows": target.name,
            "sources": [
                [item.source, item.records[0]["doc_id"], len(item.records)]
                for item in done
                if item.records
            ],
        }
        ledger_tmp = folder / f".part-{name}.json.{uuid.uuid4().hex}.tmp"
        ledger_tmp.write_text(json.dumps(ledger), encoding="ascii")
        os.replace(ledger_tmp, folder / f"part-{name}.json")
    finally:
        for leftover in (temporary,):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _write_parquet(path: Path, rows: Sequence[dict[str, str]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {c: [_arrow_text(r.get(c)) for r in rows] for c in COLUMN_NAMES}
    schema = pa.schema([(c, pa.string()) for c in COLUMN_NAMES])
    pq.write_table(pa.table(columns, schema=schema), path)


def _arrow_text(value: object) -> str:
    """A cell as Arrow takes it: a lone surrogate (from a file name) escaped."""
    text = "" if value is None else str(value)
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _read_rows(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return [{k: v or "" for k, v in row.items()} for row in table.to_pylist()]
    with open(path, encoding="utf-8", errors="surrogatepass", newline="") as handle:
        return list(csv.DictReader(handle))


class PartStore:
    """``OUT.parts/``: what is written, what is left, and the final merge."""

    def __init__(self, output: Path, fmt: str, settings: dict[str, str]) -> None:
        self.output = output
        self.fmt = fmt
        self.folder = parts_folder(output)
        self.settings = {**settings, "format": fmt}

    def open(self) -> bool:
        """Create the folder; True when earlier parts were kept for resuming.

        Parts written with other settings are removed (their rows would differ).
        """
        run_file = self.folder / "run.json"
        if self.folder.is_dir():
            try:
                earlier = json.loads(run_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                earlier = None
            if earlier == self.settings:
                return bool(self.ledgers())
            logger.info("clearing %s: written with other settings", self.folder)
            self.remove()
        self.folder.mkdir(exist_ok=True)  # the output's folder must exist
        run_file.write_text(json.dumps(self.settings), encoding="utf-8")
        return False

    def ledgers(self) -> list[Path]:
        """The committed parts' ledgers, in name order."""
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob("part-*.json"))

    def _entries(self) -> Iterable[tuple[Path, list[tuple[str, str, int]]]]:
        for ledger in self.ledgers():
            try:
                data = json.loads(ledger.read_text(encoding="utf-8"))
                rows = self.folder / Path(str(data["rows"])).name
                sources = [(str(s), str(d), int(n)) for s, d, n in data["sources"]]
            except (OSError, ValueError, KeyError, TypeError):
                logger.warning("ignoring the unreadable part %s", ledger.name)
                continue
            if rows.is_file():
                yield rows, sources

    def done_sources(self) -> set[str]:
        """Sources already extracted."""
        return {source for _rows, sources in self._entries() for source, *_ in sources}

    def write(self, name: str, done: Sequence[Done]) -> None:
        """Commit one part (see :func:`write_part`)."""
        write_part(self.folder, name, done, self.fmt)

    def collect(
        self, order: Sequence[str]
    ) -> tuple[list[dict[str, str]], list[tuple[str, str]]]:
        """Every document's rows once, in the order of its first source.

        Only the sources in ``order`` (this batch's) are taken. Returns the
        rows and the duplicates found: (source, the earlier source whose rows
        were kept) for files holding the same bytes.
        """
        where: dict[str, tuple[Path, int, int, str]] = {}  # source: part, rows
        for rows_path, sources in self._entries():
            start = 0
            for source, doc, count in sources:
                where.setdefault(source, (rows_path, start, start + count, doc))
                start += count
        position = {source: index for index, source in enumerate(order)}
        ranked = sorted((s for s in where if s in position), key=position.__getitem__)
        first: dict[str, str] = {}
        kept: list[str] = []
        duplicates = []
        for source in ranked:
            doc = where[source][3]
            if doc in first:
                duplicates.append((source, first[doc]))
                continue
            first[doc] = source
            kept.append(source)
        by_part: dict[Path, list[str]] = {}
        for source in kept:
            by_part.setdefault(where[source][0], []).append(source)
        rows_of: dict[str, list[dict[str, str]]] = {}
        for rows_path, sources_here in by_part.items():
            rows = _read_rows(rows_path)
            for source in sources_here:
                _path, start, end, _doc = where[source]
                rows_of[source] = rows[start:end]
        records = [row for source in kept for row in rows_of[source]]
        return records, duplicates

    def remove(self) -> None:
        """Delete the parts (after a successful merge, or stale ones)."""
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class ParquetSummary:
    """What a Parquet save did (the same fields as a CSV save's summary)."""

    written: tuple[str, ...]
    kept_reviewed: tuple[str, ...]
    rows: int


def save_parquet(
    folder: Path, records: Sequence[dict[str, str]], *, keep_reviewed: bool
) -> ParquetSummary:
    """Merge rows into a Parquet dataset folder by doc_id; replace it atomically.

    The folder holds ``part-NNNNN.parquet`` files whose columns are the CSV
    dataset's, all strings. A document reviewed there is kept when
    ``keep_reviewed``; the other documents' rows stay as they were.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    existing: list[dict[str, str]] = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.parquet")):
            existing.extend(pq.read_table(path).to_pylist())
    elif folder.exists():
        raise OSError(f"{folder} exists and is not a folder of Parquet files")
    reviewed = {
        row["doc_id"]
        for row in existing
        if row.get("review_status") == ReviewStatus.REVIEWED
    }
    kept = sorted(
        {r["doc_id"] for r in records if keep_reviewed and r["doc_id"] in reviewed}
    )
    fresh = [r for r in records if r["doc_id"] not in kept]
    replaced = {r["doc_id"] for r in fresh}
    merged = [row for row in existing if row.get("doc_id") not in replaced] + fresh
    schema = pa.schema([(c, pa.string()) for c in COLUMN_NAMES])
    staging = folder.with_name(f".{folder.name}.{uuid.uuid4().hex}.tmp")
    staging.mkdir(parents=True)
    try:
        for number, start in enumerate(range(0, max(len(merged), 1), PARQUET_ROWS)):
            chunk = merged[start : start + PARQUET_ROWS]
            columns = {c: [_arrow_text(r.get(c)) for r in chunk] for c in COLUMN_NAMES}
            pq.write_table(
                pa.table(columns, schema=schema), staging / f"part-{number:05d}.parquet"
            )
        old = folder.with_name(f".{folder.name}.{uuid.uuid4().hex}.old")
        if folder.exists():
            os.replace(folder, old)
        os.replace(staging, folder)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    written = tuple(dict.fromkeys(r["doc_id"] for r in fresh))
    return ParquetSummary(written, tuple(kept), len(merged))
