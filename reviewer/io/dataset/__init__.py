"""The reviewed CSV dataset: merge and save, fast CSV, formula safety, safe writes."""

from reviewer.io.dataset.store import (
    LOCK_TIMEOUT,
    SaveSummary,
    current_fingerprints,
    doc_statuses,
    doc_summaries,
    read_dataset,
    save_records,
    save_review,
    source_file_for,
    written_fingerprints,
)
from reviewer.io.errors import (
    DatasetConflictError,
    DatasetDiskFullError,
    DatasetError,
    DatasetFolderMissingError,
    DatasetFormatError,
    DatasetLockedError,
    DatasetNotFoundError,
    DatasetNotRegularError,
    DatasetReadOnlyError,
)

__all__ = [
    "LOCK_TIMEOUT",
    "DatasetConflictError",
    "DatasetDiskFullError",
    "DatasetError",
    "DatasetFolderMissingError",
    "DatasetFormatError",
    "DatasetLockedError",
    "DatasetNotFoundError",
    "DatasetNotRegularError",
    "DatasetReadOnlyError",
    "SaveSummary",
    "current_fingerprints",
    "doc_statuses",
    "doc_summaries",
    "read_dataset",
    "save_records",
    "save_review",
    "source_file_for",
    "written_fingerprints",
]
