"""The document as the app shows it: text, provenance and, for PDFs, page geometry.

Every offset in the product (highlights, evidence, the dataset's ``evidence_start``
and ``page``) refers to :attr:`Document.text`.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class DocumentFormat(StrEnum):
    """Where a document's text came from."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    EDGAR = "edgar"
    PDF = "pdf"


DOC_ID_LENGTH = 16
"""Hex digits of a source file's SHA-256 that make its dataset key (``doc_id``)."""


def doc_id_from_sha256(sha256: str) -> str:
    """The dataset key of a file whose bytes hash to the hex ``sha256``."""
    return sha256[:DOC_ID_LENGTH]


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a PDF page, in points, origin at the page's top-left corner.

    Attributes:
        page: 1-based page number.
        x0: left edge.
        top: top edge (distance from the top of the page).
        x1: right edge.
        bottom: bottom edge.
    """

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class PageLayout:
    """Where each character of a PDF-derived text lies on its page.

    Attributes:
        page_sizes: (width, height) of each page in points.
        page_starts: text offset of the first character of each page, ascending.
        boxes: four floats per text character (x0, top, x1, bottom); NaN for
            characters the loader inserted (line breaks, joining spaces).
    """

    page_sizes: tuple[tuple[float, float], ...]
    page_starts: tuple[int, ...]
    boxes: array[float] = field(repr=False)

    def page_of(self, offset: int) -> int:
        """Return the 1-based page that holds text offset ``offset``."""
        return max(1, bisect_right(self.page_starts, offset))

    def printed_span(self, page: int) -> tuple[float, float] | None:
        """Return the left and right edge (points) of the print on a 1-based page.

        None for a page without characters (a scan, a blank page).
        """
        if not 1 <= page <= len(self.page_starts):
            return None
        count = len(self.boxes) // 4
        first = self.page_starts[page - 1]
        last = self.page_starts[page] if page < len(self.page_starts) else count
        lefts = self.boxes[4 * first : 4 * min(last, count) : 4]
        rights = self.boxes[4 * first + 2 : 4 * min(last, count) : 4]
        shown = [x for x in lefts if not math.isnan(x)]
        if not shown:
            return None
        return min(shown), max(x for x in rights if not math.isnan(x))

    def boxes_for(self, start: int, end: int) -> list[Box]:
        """Return one box per page line covered by text offsets ``[start, end)``.

        Characters on the same page whose vertical extents overlap are merged into
        one box, so a phrase yields one box per printed line.
        """
        merged: list[Box] = []
        count = len(self.boxes) // 4
        for offset in range(max(0, start), min(end, count)):
            x0, top, x1, bottom = self.boxes[4 * offset : 4 * offset + 4]
            if math.isnan(x0):
                continue
            page = self.page_of(offset)
            last = merged[-1] if merged else None
            if (
                last is not None
                and last.page == page
                and top < last.bottom
                and bottom > last.top
            ):
                merged[-1] = Box(
                    page,
                    min(last.x0, x0),
                    min(last.top, top),
                    max(last.x1, x1),
                    max(last.bottom, bottom),
                )
            else:
                merged.append(Box(page, x0, top, x1, bottom))
        return merged


@dataclass(frozen=True, slots=True)
class DocumentPart:
    """A named part of a document's text, e.g. an EDGAR submission's ``EX-99.1``."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A loaded filing: the text the app shows and where it came from.

    Attributes:
        text: the text shown and extracted from.
        source_path: the path as opened.
        sha256: hex SHA-256 of the source file's bytes.
        format: how the text was obtained.
        metadata: source facts, e.g. ``form_type``, ``cik``, ``accession_number``,
            ``filing_date``, ``company_name``, and Markdown front-matter fields as
            ``front_matter.<key>``.
        parts: named parts of the text (EDGAR documents), in order.
        layout: page geometry for PDFs, else None.
    """

    text: str
    source_path: str
    sha256: str
    format: DocumentFormat
    metadata: Mapping[str, str] = field(default_factory=dict)
    parts: tuple[DocumentPart, ...] = ()
    layout: PageLayout | None = None

    @property
    def doc_id(self) -> str:
        """The dataset key: the first 16 hex digits of the source's SHA-256."""
        return doc_id_from_sha256(self.sha256)

    @property
    def page_count(self) -> int:
        """Number of pages (0 when the source has no pages)."""
        return len(self.layout.page_sizes) if self.layout else 0

    def page_of(self, offset: int) -> int | None:
        """Return the 1-based page of a text offset, or None when there are no pages."""
        return self.layout.page_of(offset) if self.layout else None
