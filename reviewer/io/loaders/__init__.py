"""Turn a file on disk into a :class:`reviewer.core.document.Document`.

``load_document`` picks the loader from the file's name and first bytes; every
failure is a :class:`reviewer.io.errors.LoadError` subclass.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.document import Document, DocumentFormat
from reviewer.io.errors import (
    EmptyFileError,
    FileTooLargeError,
    LoadCancelledError,
    UnreadableFileError,
)

ProgressCallback = Callable[[int, int], None]
"""Called with (done, total) units of work, e.g. pages."""

DEFAULT_MAX_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class LoadOptions:
    """How to load: limits, progress reporting and cancellation.

    Attributes:
        max_bytes: files larger than this are refused with FileTooLargeError.
        progress: called with (done, total) as the load advances.
        cancel: when set, the load stops with LoadCancelledError.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    progress: ProgressCallback | None = None
    cancel: threading.Event | None = None

    def check_cancel(self, path: str) -> None:
        """Raise LoadCancelledError when the caller asked to stop."""
        if self.cancel is not None and self.cancel.is_set():
            raise LoadCancelledError(path, "loading was cancelled")


def read_bytes(path: Path, options: LoadOptions) -> bytes:
    """Read a whole file within the size limit, with plain-words errors."""
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise UnreadableFileError(name, "this is a folder, not a file")
        if size > options.max_bytes:
            raise FileTooLargeError(
                name,
                f"the file is {size / 1e6:.1f} MB, over the "
                f"{options.max_bytes / 1e6:.0f} MB limit",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFileError(name, "the file does not exist") from None
    except PermissionError:
        raise UnreadableFileError(name, "no permission to read the file") from None
    except OSError as exc:
        raise UnreadableFileError(name, f"the file cannot be read ({exc})") from None
    if not data:
        raise EmptyFileError(name, "the file is empty")
    return data


def load_document(path: str | Path, options: LoadOptions | None = None) -> Document:
    """Load any supported file as a Document.

    Raises:
        LoadError: a subclass naming the problem.
    """
    options = options or LoadOptions()
    path = Path(path)
    data = read_bytes(path, options)
    text = data.decode("utf-8", errors="replace")
    return Document(
        text=text,
        source_path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        format=DocumentFormat.TEXT,
    )
