"""PDF text and character boxes from PDFium's text layer (pypdfium2).

Each page's characters come with their loose boxes (the font's height, like
pdfplumber's ``top``/``bottom``), converted to points from the page's top-left
corner. Lines are rebuilt from PDFium's own line breaks, repeated page headers,
footers and bare page numbers are dropped, and :mod:`textflow` joins the lines
of a paragraph while keeping one box per character of the final text.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import re
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from reviewer.core.document import Document, DocumentFormat, PageLayout
from reviewer.io.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedPdfError,
    FileTooLargeError,
    NoTextLayerError,
)
from reviewer.io.loaders.pdflines import Box4, drop_headers_and_footers, split_lines
from reviewer.io.loaders.textflow import (
    NO_BOX,
    Line,
    continues,
    flow_lines,
    is_list_item,
)

if TYPE_CHECKING:
    from reviewer.io.loaders import LoadOptions

logger = logging.getLogger(__name__)

_PDFIUM_LOCK = threading.Lock()
"""PDFium is not thread-safe: one document is read at a time."""

PARTIAL_MIN_PAGES = 4
"""PDFs with at least this many pages hand their first page over early."""

NEAR_FULL = 0.12
"""A line ending this close to the right margin (share of the width) goes on."""

_NO_PAGES = re.compile(rb"/Count\s+0\b")
_SOME_PAGES = re.compile(rb"/Count\s+[1-9]")
_FIRST_WORD = re.compile(r"\S+")


def load_pdf(
    path: str, data: bytes, options: LoadOptions
) -> tuple[str, PageLayout, dict[str, str]]:
    """Read a PDF's text layer with one box per character.

    Args:
        path: the file name, for messages.
        data: the file's bytes.
        options: a LoadOptions (progress per page, cancellation per page).

    Raises:
        EncryptedPdfError: a password is needed.
        CorruptFileError: the file is damaged or not a PDF.
        EmptyFileError: the PDF has no pages.
        NoTextLayerError: pages but no text (a scan).
        LoadCancelledError: the caller cancelled.
    """
    import pypdfium2 as pdfium

    check_inflation(path, data, options.max_inflated_bytes)
    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise _open_error(path, data, exc) from None
        try:
            return _read(path, pdf, options, data)
        finally:
            pdf.close()


_STREAM = re.compile(rb"stream\r?\n")
_FLATE_FIRST = re.compile(rb"/Filter\s*\[?\s*/(?:FlateDecode|Fl)\b")
_NOT_CONTENT = re.compile(
    rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType|XML)\b"
    rb"|/Length[123]\b|/Type\s*/(?:EmbeddedFile|Metadata)\b"
)
_INFLATE_STEP = 1 << 20


def check_inflation(path: str, data: bytes, limit: int) -> None:
    """Refuse a PDF whose Flate streams of page content inflate beyond ``limit``.

    Each stream is inflated in 1 MB steps and the output thrown away, so the
    check needs little memory and stops as soon as a stream passes ``limit`` (or
    all of them together pass 16 times it). Images, fonts, embedded files and
    metadata are skipped: PDFium does not parse them to read text. A bomb behind
    another filter first (ASCII85, LZW) is not caught here; the CLI's bounded
    worker still stops it.

    Raises:
        FileTooLargeError: naming the limit passed.
    """
    overall = 0
    for match in _STREAM.finditer(data):
        start = match.start()
        head = data[max(0, start - 1024) : start]
        if b"obj" in head:
            head = head[head.rfind(b"obj") :]
        if not _FLATE_FIRST.search(head) or _NOT_CONTENT.search(head):
            continue
        size = _inflated_size(data, match.end(), limit + 1)
        overall += size
        if size > limit or overall > 16 * limit:
            what = "a page's" if size > limit else "the pages'"
            raise FileTooLargeError(
                path,
                f"{what} compressed content expands to more than "
                f"{(limit if size > limit else 16 * limit) / 1e6:.3g} MB (a PDF "
                "built to exhaust memory, or a damaged file), so it was not read",
            )


def _inflated_size(data: bytes, offset: int, stop: int) -> int:
    """Bytes a zlib stream at ``offset`` inflates to, counted up to ``stop``."""
    import zlib

    inflater = zlib.decompressobj()
    total = 0
    while offset < len(data) and not inflater.eof:
        pending = data[offset : offset + _INFLATE_STEP]
        offset += len(pending)
        while pending and not inflater.eof:
            try:
                out = inflater.decompress(pending, _INFLATE_STEP)
            except zlib.error:
                return total  # damaged: PDFium decides what to make of it
            total += len(out)
            if total >= stop:
                return total
            pending = inflater.unconsumed_tail
    return total


def _open_error(path: str, data: bytes, exc: Any) -> Exception:
    import pypdfium2.raw as raw

    # PDFium's last-error code can be left over from an earlier document, so
    # the file itself must confirm what the code says.
    code = getattr(exc, "err_code", None)
    encrypted = b"/Encrypt" in data
    if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY) and encrypted:
        return EncryptedPdfError(
            path,
            "the PDF is password-protected; open it in a PDF reader, save an "
            "unprotected copy and load that",
        )
    if not encrypted and _NO_PAGES.search(data) and not _SOME_PAGES.search(data):
        return EmptyFileError(path, "the PDF has no pages")
    return CorruptFileError(
        path, "the PDF is damaged or truncated and cannot be read (it may not be a PDF)"
    )


def _read(
    path: str, pdf: Any, options: LoadOptions, data: bytes = b""
) -> tuple[str, PageLayout, dict[str, str]]:
    try:
        page_count = len(pdf)
    except Exception:  # noqa: BLE001 - PDFium reports a broken page tree oddly
        page_count = 0
    if page_count == 0:
        raise EmptyFileError(path, "the PDF has no pages")
    if page_count > options.max_pages:
        raise FileTooLargeError(
            path,
            f"the PDF has {page_count:,} pages, more than the {options.max_pages:,} "
            "this app reads",
        )
    pages: list[list[Line]] = []
    sizes: list[tuple[float, float]] = []
    for index in range(page_count):
        options.check_cancel(path)
        try:
            lines, size = _read_page(pdf, index)
        except Exception as exc:  # noqa: BLE001 - any PDFium failure on a page
            logger.warning("%s: page %d unreadable: %s", path, index + 1, exc)
            raise CorruptFileError(
                path, f"page {index + 1} of the PDF is damaged and cannot be read"
            ) from None
        pages.append(lines)
        sizes.append(size)
        if options.progress is not None:
            options.progress(index + 1, page_count)
        if (
            index == 0
            and options.partial is not None
            and page_count >= PARTIAL_MIN_PAGES
            and any(line.text.strip() for line in lines)
        ):
            options.partial(_first_pages(path, data, pages, sizes, page_count))
    if not any(line.text.strip() for lines in pages for line in lines):
        raise NoTextLayerError(
            path,
            f"the PDF has {page_count} page(s) but no text layer; it looks like a "
            "scanned image, and OCR (reading text from images) is not done. Open "
            "a text version of the filing, e.g. from EDGAR",
        )
    body = drop_headers_and_footers(pages, sizes)
    if not any(line.text.strip() for line in body):
        # every line was a repeated margin line (e.g. one word on every page):
        # an empty document would be worse than keeping them
        body = [line for lines in pages for line in lines]
    flowed = flow_lines(body, page_count, _Decider(body, sizes).decide)
    layout = PageLayout(
        page_sizes=tuple(sizes),
        page_starts=tuple(flowed.page_starts),
        boxes=flowed.boxes,
    )
    return flowed.text, layout, _metadata(pdf, page_count)


def _first_pages(
    path: str,
    data: bytes,
    pages: list[list[Line]],
    sizes: list[tuple[float, float]],
    page_count: int,
) -> Document:
    """A Document of the pages read so far (headers are kept: too few pages)."""
    lines = [line for page in pages for line in page]
    flowed = flow_lines(lines, len(pages), _Decider(lines, sizes).decide)
    layout = PageLayout(
        page_sizes=tuple(sizes),
        page_starts=tuple(flowed.page_starts),
        boxes=flowed.boxes,
    )
    return Document(
        text=flowed.text,
        source_path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        format=DocumentFormat.PDF,
        metadata={"page_count": str(page_count), "pages_loaded": str(len(pages))},
        layout=layout,
    )


def _metadata(pdf: Any, page_count: int) -> dict[str, str]:
    metadata = {"page_count": str(page_count)}
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - metadata is optional
        info = {}
    for key, value in info.items():
        if isinstance(value, str) and value.strip():
            metadata[f"pdf.{key.lower()}"] = value.strip()
    return metadata


def _read_page(pdf: Any, index: int) -> tuple[list[Line], tuple[float, float]]:
    """Return a page's lines (text + one box per character) and its size."""
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        width, height = page.get_size()
        left, _bottom, _right, top_edge = page.get_bbox()
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count > 0 else ""
            if len(text) != count:  # surrogate pairs etc.: read char by char
                text = "".join(
                    chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 0xFFFD)
                    for i in range(count)
                )
            rect = raw.FS_RECTF()
            rect_ref = ctypes.byref(rect)
            get_box = raw.FPDFText_GetLooseCharBox
            is_generated = raw.FPDFText_IsGenerated
            boxes: list[Box4] = []
            append = boxes.append
            handle = textpage.raw
            for i, ch in enumerate(text):
                # only white space can be generated by PDFium (between words/lines)
                if ch in "\r\n" or (ch == " " and is_generated(handle, i) == 1):
                    append(NO_BOX)
                    continue
                get_box(handle, i, rect_ref)
                append(
                    (
                        rect.left - left,
                        top_edge - rect.top,
                        rect.right - left,
                        top_edge - rect.bottom,
                    )
                )
        finally:
            textpage.close()
    finally:
        page.close()
    if _SURROGATE.search(text):
        text, boxes = join_surrogates(text, boxes)
    return split_lines(text, boxes, index), (float(width), float(height))


_SURROGATE = re.compile("[\ud800-\udfff]")


def join_surrogates(text: str, boxes: Sequence[Box4]) -> tuple[str, list[Box4]]:
    """Join UTF-16 surrogate halves (one PDFium char each) into one character.

    PDFium gives a character outside the Basic Multilingual Plane (an emoji, a
    mathematical letter) as two halves; left apart they make a string that
    cannot be written as UTF-8 (saving the dataset failed). The pair becomes one
    character with the union of the two boxes; a lone half becomes U+FFFD.
    """
    out: list[str] = []
    out_boxes: list[Box4] = []
    index = 0
    while index < len(text):
        ch = text[index]
        low = text[index + 1] if index + 1 < len(text) else ""
        if "\ud800" <= ch <= "\udbff" and "\udc00" <= low <= "\udfff":
            out.append(chr(0x10000 + ((ord(ch) - 0xD800) << 10) + ord(low) - 0xDC00))
            out_boxes.append(_union(boxes[index], boxes[index + 1]))
            index += 2
            continue
        out.append("\ufffd" if "\ud800" <= ch <= "\udfff" else ch)
        out_boxes.append(boxes[index])
        index += 1
    return "".join(out), out_boxes


def _union(first: Box4, second: Box4) -> Box4:
    if first[0] != first[0]:  # NaN: no box
        return second
    if second[0] != second[0]:
        return first
    return (
        min(first[0], second[0]),
        min(first[1], second[1]),
        max(first[2], second[2]),
        max(first[3], second[3]),
    )


def _lower_median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2] if ordered else 0.0


class _Decider:
    """Decides, from the geometry, how two neighbouring lines are separated."""

    def __init__(self, lines: Sequence[Line], sizes: Sequence[tuple[float, float]]):
        self.right: dict[int, float] = {}
        self.left: dict[int, float] = {}
        for line in lines:
            if line.x1 > self.right.get(line.page, 0.0):
                self.right[line.page] = line.x1
            if line.x0 < self.left.get(line.page, float("inf")):
                self.left[line.page] = line.x0
        self.sizes = sizes
        gaps: dict[int, list[float]] = {}
        for first, second in zip(lines, lines[1:], strict=False):
            if first.page == second.page and second.top > first.bottom - 0.5 * max(
                first.height, 1.0
            ):
                gaps.setdefault(first.page, []).append(second.top - first.bottom)
        self.usual_gap = {page: _lower_median(values) for page, values in gaps.items()}

    def decide(self, first: Line, second: Line) -> str:
        height = max(first.height, second.height, 1.0)
        if second.page == first.page:
            overlap = min(first.bottom, second.bottom) - max(first.top, second.top)
            if overlap > 0.5 * height:  # same printed line, another text run
                gap = second.x0 - first.x1
                return " | " if gap > 2.0 * self._char_width(first) else " "
            if second.top < first.top:  # back up the page: another column/block
                return "\n\n"
            usual = self.usual_gap.get(first.page, 0.0)
            if second.top - first.bottom > usual + 0.4 * height:
                return "\n\n"
        line_break = "\n\n" if second.page != first.page else "\n"
        if first.tabular or second.tabular:
            return line_break
        if is_list_item(second.text) or first.text.endswith(":"):
            return line_break
        if self._full(first, second) or continues(first.text, second.text):
            return "join"
        return line_break

    def _char_width(self, line: Line) -> float:
        return max(1.0, (line.x1 - line.x0) / max(1, len(line.text)))

    def _full(self, first: Line, second: Line) -> bool:
        """True when the next line's first word would not have fit on this one."""
        right = self.right.get(first.page, first.x1)
        match = _FIRST_WORD.match(second.text)
        word = len(match.group(0)) if match else 1
        needed = (word + 1) * self._char_width(first)
        if first.x1 + needed > right + 0.5:
            return True
        left = self.left.get(first.page, first.x0)
        return first.x1 >= right - NEAR_FULL * (right - left)
