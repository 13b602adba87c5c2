"""Validate and normalise the values a reviewer types into a cell or a form field.

Every edit the GUI makes goes through here, so the rules are tested without Qt and
the dataset only ever holds values that match ``DATASET.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime

from reviewer.core.records import (
    FILING_FIELD_NAMES,
    ROW_FIELD_NAMES,
    FilingFields,
    RosterRow,
)
from reviewer.core.schema import BY_NAME, Column, Kind

_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%B %d, %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
)
_ISO_SHAPE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_SPACES = re.compile(r"\s+")
_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0"})


def normalize_date(raw: object) -> str:
    """Return a date as ``YYYY-MM-DD`` (``""`` stays empty).

    Accepts ISO dates and the long forms filings use (``December 14, 2020``).

    Raises:
        ValueError: the text is not a date, or names an impossible one
            (``2020-02-30``).
    """
    text = _SPACES.sub(" ", str(raw)).strip()
    if not text:
        return ""
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    if _ISO_SHAPE.match(text):
        year, month, day = (int(part) for part in text.split("-"))
        date(year, month, day)  # raises ValueError naming what is impossible
    raise ValueError(f"{text!r} is not a date; write it as YYYY-MM-DD")


def normalize_integer(raw: object) -> str:
    """Return a non-negative whole number as text (``""`` stays empty).

    Raises:
        ValueError: the text is not a whole number of zero or more.
    """
    text = str(raw).strip().replace(",", "")
    if not text:
        return ""
    if not text.isdigit():
        raise ValueError(f"{text!r} is not a whole number")
    return str(int(text))


def normalize_bool(raw: object) -> str:
    """Return ``true``, ``false`` or ``""`` (not stated).

    Raises:
        ValueError: the text is not yes/no, true/false or empty.
    """
    text = str(raw).strip().lower()
    if text in _TRUE:
        return "true"
    if text in _FALSE:
        return "false"
    if text in ("", "not stated", "not_stated"):
        return ""
    raise ValueError(f"{text!r} is not true, false or empty")


def normalize_choice(column: Column, raw: object) -> str:
    """Return one of the column's allowed values.

    Raises:
        ValueError: the value is not among ``column.choices``.
    """
    text = str(raw).strip().lower().replace(" ", "_").replace("-", "_")
    if text in column.choices:
        return text
    allowed = ", ".join(c or "(empty)" for c in column.choices)
    raise ValueError(f"{str(raw)!r} is not one of: {allowed}")


def normalize_committees(raw: object) -> str:
    """Return committee names joined by ``"; "`` (commas and semicolons split)."""
    parts = (p.strip() for p in re.split(r"[;,]", str(raw)))
    return "; ".join(p for p in parts if p)


def normalize_value(column: Column, raw: object) -> str:
    """Return the dataset text for ``raw`` typed into ``column``.

    Raises:
        ValueError: the value is invalid for the column (message in plain words).
    """
    if raw is None:
        return ""
    if column.kind is Kind.DATE:
        return normalize_date(raw)
    if column.kind is Kind.INTEGER:
        return normalize_integer(raw)
    if column.kind is Kind.BOOL:
        return normalize_bool(raw)
    if column.kind is Kind.ENUM:
        return normalize_choice(column, raw)
    if column.name == "committees":
        return normalize_committees(raw)
    return _SPACES.sub(" ", str(raw)).strip()


def _editable(name: str, names: Iterable[str]) -> Column:
    column = BY_NAME.get(name)
    if column is None or name not in names:
        raise ValueError(f"{name!r} is not a column here")
    if not column.editable:
        raise ValueError(f"column {name!r} is read-only")
    return column


def with_row_field(row: RosterRow, name: str, raw: object) -> RosterRow:
    """Return a copy of ``row`` with one column changed.

    Changing ``evidence`` by hand clears its offsets and page, which described
    the old sentence.

    Raises:
        ValueError: the column is read-only or unknown, or the value is invalid.
    """
    column = _editable(name, ROW_FIELD_NAMES)
    value = normalize_value(column, raw)
    if name == "evidence" and value != row.evidence:
        # Typed by hand, the sentence no longer has known offsets; use
        # with_evidence to take it from the document with its span.
        return replace(row, evidence=value, evidence_start="", evidence_end="", page="")
    changes: dict[str, object] = {name: value}  # a text column, never ``rules``
    return replace(row, **changes)  # type: ignore[arg-type]


def with_filing_field(filing: FilingFields, name: str, raw: object) -> FilingFields:
    """Return a copy of ``filing`` with one field changed.

    Raises:
        ValueError: the field is unknown, or the value is invalid.
    """
    column = _editable(name, FILING_FIELD_NAMES)
    return replace(filing, **{name: normalize_value(column, raw)})


def with_evidence(
    row: RosterRow, text: str, start: int, end: int, page: int | None
) -> RosterRow:
    """Return a copy of ``row`` resting on the evidence ``text`` at ``[start, end)``."""
    return replace(
        row,
        evidence=_SPACES.sub(" ", text).strip(),
        evidence_start=str(start),
        evidence_end=str(end),
        page="" if page is None else str(page),
    )


_BLANK_LINE = re.compile(r"\n[ \t\f\r]*\n")
SENTENCE_WINDOW = 20_000
"""How far around a selection :func:`sentence_around` looks for its paragraph."""


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the sentence(s) holding ``[start, end)`` in ``text``.

    Sentences are the extractor's own (:func:`~reviewer.core.extraction.sentences.
    split_sentences`), so a row added by hand rests on the same kind of evidence
    as a proposed one: ``Lisa M. Mooney`` or ``Mr. Zou`` does not end a sentence.
    Only the paragraph around the selection (at most ``SENTENCE_WINDOW``
    characters either side) is split. A selection across sentences gets them
    all; one outside any sentence (blank space) gets itself back.
    """
    from reviewer.core.extraction.sentences import split_sentences  # the one rule

    last = len(text)
    start, end = sorted((max(0, min(start, last)), max(0, min(end, last))))
    lo = max(0, start - SENTENCE_WINDOW)
    hi = min(last, end + SENTENCE_WINDOW)
    for match in _BLANK_LINE.finditer(text, lo, start):
        lo = match.end()
    after = _BLANK_LINE.search(text, end, hi)
    if after is not None:
        hi = after.start()
    hits = [
        s
        for s in split_sentences(text, lo, hi)
        if s.start < max(end, start + 1) and start < s.end
    ]
    if not hits:
        return start, end
    return hits[0].start, hits[-1].end


def next_row_id(rows: Iterable[RosterRow]) -> str:
    """Return an unused row id for a row the reviewer adds (``u1``, ``u2``...)."""
    taken = {row.row_id for row in rows}
    number = 1
    while f"u{number}" in taken:
        number += 1
    return f"u{number}"
