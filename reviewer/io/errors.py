"""Typed errors with messages a person understands: loading files, the dataset.

The GUI shows ``str(error)`` in a dialog and the CLI prints it on stderr, so every
message names the file's problem in plain words and, where there is one, what to
do about it.
"""

from __future__ import annotations

import os


class LoadError(Exception):
    """A file could not be turned into a document."""

    def __init__(self, path: str, message: str) -> None:
        """Store the path and the plain-words problem."""
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class EmptyFileError(LoadError):
    """The file has no bytes, or no text once decoded."""


class BinaryFileError(LoadError):
    """The file holds binary data although its name says text."""


class UnsupportedTypeError(LoadError):
    """The file's type is not one the app opens."""


class UnreadableFileError(LoadError):
    """The file cannot be read: missing, a folder, or no permission."""


class FileTooLargeError(LoadError):
    """The file is over the configured size limit."""


class EncryptedPdfError(LoadError):
    """The PDF is password-protected."""


class NoTextLayerError(LoadError):
    """The PDF has pages but no text layer (a scan); OCR is not done."""


class CorruptFileError(LoadError):
    """The file is damaged or truncated and cannot be parsed."""


class LoadCancelledError(LoadError):
    """The user cancelled the load."""


class LoadTimeoutError(LoadError):
    """Loading took longer than the per-file time budget."""


class DatasetError(Exception):
    """The dataset (or a file beside it) could not be read or written.

    Attributes:
        path: the file concerned.
        message: the plain-words problem and what to do about it.
    """

    def __init__(self, path: str | os.PathLike[str], message: str) -> None:
        """Store the path and the plain-words problem."""
        super().__init__(message)
        self.path = str(path)
        self.message = message


class DatasetReadOnlyError(DatasetError):
    """The folder or file cannot be written: read-only medium or no permission."""


class DatasetLockedError(DatasetError):
    """Another app instance (or process) is saving the dataset right now."""


class DatasetFolderMissingError(DatasetError):
    """The dataset's folder does not exist (deleted, renamed, drive unplugged)."""


class DatasetDiskFullError(DatasetError):
    """The disk (or the user's quota) is full."""


class DatasetNotFoundError(DatasetError):
    """The dataset file to read does not exist."""


class DatasetFormatError(DatasetError):
    """The file is not a dataset this app wrote, so it is not overwritten."""


class DatasetConflictError(DatasetError):
    """The dataset's rows of a document changed since it was opened.

    Someone else (another window, another analyst) saved that document in the
    meantime, or the save would replace reviewed rows with unreviewed ones.
    Nothing was written; the caller asks whose rows to keep.

    Attributes:
        doc_ids: the documents in conflict.
        theirs: per doc_id, ``(review_status, reviewed_by, reviewed_at)`` of the
            rows the dataset holds now.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        message: str,
        theirs: dict[str, tuple[str, str, str]],
    ) -> None:
        """Store the path, the message and the rows found."""
        super().__init__(path, message)
        self.theirs = theirs
        self.doc_ids = tuple(theirs)


class DatasetNotRegularError(DatasetFormatError):
    """The dataset path is a device, a pipe, a socket or a folder."""
