"""The reviewed CSV dataset: merge and save, fast CSV, formula safety, safe writes."""

from reviewer.io.dataset.store import (
    LOCK_TIMEOUT,
    SaveSummary,
    doc_statuses,
    read_dataset,
    save_records,
    save_review,
    source_file_for,
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
