"""Rebuild a PDF page's printed lines from PDFium's characters and boxes.

Lines are cut at PDFium's line breaks, wide gaps between runs become `` | ``
table columns, and repeated headers, footers and bare page numbers are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reviewer.io.loaders.textflow import NO_BOX, Line, expand_ligatures

Box4 = tuple[float, float, float, float]

MARGIN_ZONE = 0.1
"""Share of the page height at the top and bottom where headers/footers live."""

_PAGE_NUMBER = re.compile(
    r"^(?:[-\u2013\u2014]\s*)?(?:page\s+)?(?:\d{1,3}|[ivxlc]{1,6})"
    r"(?:\s+(?:of|/)\s+\d{1,3})?(?:\s*[-\u2013\u2014])?$",
    re.I,
)
_MARKER = re.compile(
    r"^\s*(?:\(?[0-9]{1,3}(?:\.[0-9]{1,3})?[.)]?|\(?[a-zA-Z]{1,4}[.)]|"
    r"item\s+[0-9]{1,2}\.[0-9]{2}\.?|section\s+[0-9.]+|[^\w\s])\s*$",
    re.I,
)
"""A list marker, item number or bullet: a wide gap after it is an indent."""

COLUMN_GAP = 1.5
"""A gap between words wider than this many line heights separates columns."""


def split_lines(text: str, boxes: Sequence[Box4], page: int) -> list[Line]:
    """Cut a page's characters into lines at PDFium's line breaks."""
    lines: list[Line] = []
    chars: list[str] = []
    line_boxes: list[Box4] = []

    def finish() -> None:
        line = _make_line("".join(chars), line_boxes, page)
        if line is not None:
            lines.append(line)
        chars.clear()
        line_boxes.clear()

    for ch, box in zip(text, boxes, strict=False):
        if ch == "\n":
            finish()
        elif ch == "\r":
            continue
        elif ch in "\x02\ufffe":
            # PDFium's mark for a hyphen that ends a line: keep the hyphen and
            # the line break, and let the flow decide whether the word is cut
            chars.append("-")
            line_boxes.append(box)
            finish()
        elif ch < " " and ch != "\t" or ch in "\uffff\x00":
            continue
        else:
            chars.append(" " if ch in "\t\u00a0" else ch)
            line_boxes.append(box)
    finish()
    return lines


def _make_line(text: str, boxes: list[Box4], page: int) -> Line | None:
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    text, boxes_or_none = expand_ligatures(text[start:end], boxes[start:end])
    line_boxes = boxes_or_none or []
    real = [box for box in line_boxes if box[0] == box[0]]  # skip NaN
    if not real:
        return Line(text, line_boxes, page)
    top = min(box[1] for box in real)
    bottom = max(box[3] for box in real)
    text, line_boxes, tabular = _mark_columns(text, line_boxes, bottom - top)
    return Line(
        text,
        line_boxes,
        page,
        x0=min(box[0] for box in real),
        top=top,
        x1=max(box[2] for box in real),
        bottom=bottom,
        tabular=tabular,
    )


def _mark_columns(
    text: str, boxes: list[Box4], height: float
) -> tuple[str, list[Box4], bool]:
    """Write a wide gap between two runs of a line as `` | `` (a table's columns).

    Returns:
        The text, its boxes (NaN for the inserted bars) and whether the line had
        such a gap, i.e. looks like a table row.
    """
    limit = max(COLUMN_GAP * height, 6.0)
    out: list[str] = []
    out_boxes: list[Box4] = []
    previous_right: float | None = None
    tabular = False
    pending_space = False
    for ch, box in zip(text, boxes, strict=True):
        if box[0] != box[0]:  # NaN: a generated space
            pending_space = True
            continue
        if pending_space and previous_right is not None:
            if box[0] - previous_right > limit and not _MARKER.match("".join(out)):
                out.append(" | ")
                out_boxes.extend((NO_BOX, NO_BOX, NO_BOX))
                tabular = True
            else:
                out.append(" ")
                out_boxes.append(NO_BOX)
        pending_space = False
        out.append(ch)
        out_boxes.append(box)
        if not ch.isspace():
            previous_right = box[2]
    return "".join(out), out_boxes, tabular


def _margin_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.lower()).strip()


def drop_headers_and_footers(
    pages: Sequence[Sequence[Line]], sizes: Sequence[tuple[float, float]]
) -> list[Line]:
    """Drop bare page numbers and lines repeated in the margins of many pages."""
    in_margin: list[list[bool]] = []
    seen: Counter[str] = Counter()
    for lines, (_width, height) in zip(pages, sizes, strict=True):
        flags = [
            line.top < height * MARGIN_ZONE or line.bottom > height * (1 - MARGIN_ZONE)
            for line in lines
        ]
        in_margin.append(flags)
        seen.update(
            {_margin_key(line) for line, flag in zip(lines, flags, strict=True) if flag}
        )
    repeated_after = max(2, (len(pages) + 1) // 2)
    body: list[Line] = []
    for lines, flags in zip(pages, in_margin, strict=True):
        for line, flag in zip(lines, flags, strict=True):
            if flag and (
                _PAGE_NUMBER.match(line.text.strip())
                or (len(pages) >= 2 and seen[_margin_key(line)] >= repeated_after)
            ):
                continue
            body.append(line)
    return body
