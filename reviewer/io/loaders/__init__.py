"""Turn a file on disk into a :class:`reviewer.core.document.Document`.

``load_document`` picks the loader from the file's name and first bytes; every
failure is a :class:`reviewer.io.errors.LoadError` subclass.
"""

from __future__ import annotations

import hashlib
import logging
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.document import Document, DocumentFormat, DocumentPart, PageLayout
from reviewer.io.errors import (
    EmptyFileError,
    FileTooLargeError,
    LoadCancelledError,
    UnreadableFileError,
    UnsupportedTypeError,
)
from reviewer.io.formats import FILE_PATTERNS as FILE_PATTERNS  # re-exported
from reviewer.io.formats import SUPPORTED_DESCRIPTION as SUPPORTED_DESCRIPTION
from reviewer.io.formats import SUPPORTED_SUFFIXES as SUPPORTED_SUFFIXES

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
"""Called with (done, total) units of work, e.g. pages."""

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_MAX_INFLATED_BYTES = 16_000_000
"""A PDF content stream that inflates beyond this is refused (a PDF bomb).

PDFium holds about 15 times a page's content in memory while it parses it, so
16 MB of operators (a dense text page has under 0.2 MB) keeps a page near
250 MB; a 2 MB file inflating to 600 MB took the window to 13.5 GB."""
DEFAULT_MAX_PAGES = 10_000
"""PDFs with more pages are refused: each page costs memory and time."""


@dataclass(frozen=True)
class LoadOptions:
    """How to load: limits, progress reporting and cancellation.

    Attributes:
        max_bytes: files larger than this are refused with FileTooLargeError.
        progress: called with (done, total) as the load advances.
        cancel: when set, the load stops with LoadCancelledError.
        partial: called (on the loading thread) with a Document of the pages
            read so far, before the whole file is in; only long PDFs do this
            (the first page, once). The final Document has the same sha256.
        max_text_bytes: text, Markdown, HTML and EDGAR files larger than this
            are refused (extracting from one is CPU-bound in its length).
        max_inflated_bytes: a PDF stream of page content that decompresses to
            more than this is refused before PDFium parses it.
        max_pages: PDFs with more pages are refused.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    progress: ProgressCallback | None = None
    cancel: threading.Event | None = None
    partial: Callable[[Document], None] | None = None
    max_text_bytes: int = DEFAULT_MAX_BYTES
    max_inflated_bytes: int = DEFAULT_MAX_INFLATED_BYTES
    max_pages: int = DEFAULT_MAX_PAGES

    def check_cancel(self, path: str) -> None:
        """Raise LoadCancelledError when the caller asked to stop."""
        if self.cancel is not None and self.cancel.is_set():
            raise LoadCancelledError(path, "loading was cancelled")


def read_bytes(path: Path, options: LoadOptions) -> bytes:
    """Read a whole file within the size limit, with plain-words errors."""
    name = str(path)
    limit = f"{options.max_bytes / 1e6:.3g} MB limit"
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise UnreadableFileError(name, "this is a folder, not a file")
        if not stat.S_ISREG(status.st_mode):
            # a pipe would block forever and a device (/dev/zero) never ends
            raise UnreadableFileError(
                name, "this is not a regular file (a pipe, device or socket)"
            )
        size = status.st_size
        if size > options.max_bytes:
            raise FileTooLargeError(
                name, f"the file is {size / 1e6:.1f} MB, over the {limit}"
            )
        data = _read_within(path, size, options.max_bytes)
        if data is None:
            raise FileTooLargeError(name, f"the file holds more than the {limit}")
    except FileNotFoundError:
        raise UnreadableFileError(name, "the file does not exist") from None
    except PermissionError:
        raise UnreadableFileError(name, "no permission to read the file") from None
    except OSError as exc:
        raise UnreadableFileError(name, f"the file cannot be read ({exc})") from None
    if not data:
        raise EmptyFileError(name, "the file is empty")
    return data


def _read_within(path: Path, size: int, max_bytes: int) -> bytes | None:
    """Read a file's bytes, or None when there are more than ``max_bytes``.

    The size from ``stat`` can be wrong (a file still being written, files
    under /proc report 0), so the read itself is bounded too.
    """
    chunks: list[bytes] = []
    total = 0
    with path.open("rb") as handle:
        while True:
            chunk = handle.read(max(size + 1 - total, 1 << 20))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                return None


def sniff(data: bytes) -> str | None:
    """Recognise a format from the first bytes: "pdf", "edgar", "html" or None."""
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    upper = head.upper()
    if (
        b"<SEC-DOCUMENT>" in upper
        or b"<SEC-HEADER>" in upper
        or (b"<DOCUMENT>" in upper and b"<TYPE>" in upper)
    ):
        return "edgar"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml")) and (
        b"<html" in head.lower() or b"<!doctype html" in head.lower()
    ):
        return "html"
    return None


def load_document(path: str | Path, options: LoadOptions | None = None) -> Document:
    """Load any supported file as a Document.

    The loader is chosen from the file's content when it is unmistakable (a PDF
    header, EDGAR SGML markers, an HTML document) and otherwise from its name.

    Raises:
        LoadError: a subclass naming the problem.
    """
    options = options or LoadOptions()
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedTypeError(
            name,
            f"files of type {suffix!r} cannot be opened; supported types are "
            f"{SUPPORTED_DESCRIPTION}",
        )
    data = read_bytes(path, options)
    options.check_cancel(name)
    kind = sniff(data)
    if kind is None:
        kind = {"PDF": "pdf", "HTML": "html", "Markdown": "markdown"}.get(
            SUPPORTED_SUFFIXES.get(suffix, "text"), "text"
        )
    if kind != "pdf" and len(data) > options.max_text_bytes:
        raise FileTooLargeError(
            name,
            f"the file is {len(data) / 1e6:.1f} MB of text, over the "
            f"{options.max_text_bytes / 1e6:.3g} MB this window reads; extract it "
            "with `reviewer extract`, which reads big files in a bounded worker",
        )
    metadata: dict[str, str] = {}
    parts: tuple[DocumentPart, ...] = ()
    layout: PageLayout | None = None
    if kind == "pdf":
        from reviewer.io.loaders.pdf import load_pdf

        text, layout, metadata = load_pdf(name, data, options)
        doc_format = DocumentFormat.PDF
    elif kind == "edgar":
        from reviewer.io.loaders.edgar import load_edgar

        text, parts, metadata = load_edgar(name, data)
        doc_format = DocumentFormat.EDGAR
    elif kind == "html":
        from reviewer.io.loaders.html import load_html

        text, metadata = load_html(name, data)
        doc_format = DocumentFormat.HTML
    else:
        from reviewer.io.loaders.text import load_text

        text, doc_format, metadata = load_text(
            name, data, markdown=(kind == "markdown")
        )
    options.check_cancel(name)
    if options.progress is not None and kind != "pdf":
        options.progress(1, 1)
    logger.debug("loaded %s as %s: %d characters", name, doc_format, len(text))
    return Document(
        text=text,
        source_path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        format=doc_format,
        metadata=metadata,
        parts=parts,
        layout=layout,
    )
