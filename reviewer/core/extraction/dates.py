"""Dates in announcements: ``December 14, 2020``, ``Feb. 7, 2025``, ``14 May 2024``.

A date written without a year is resolved against a reference date (the
announcement date): the year that puts it nearest to the reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reviewer.core import lazyre as re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{g}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May"
    r"|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?"
    r"|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
DATE_RE = re.compile(
    r"\b(?:"
    + _MONTH.format(g="m1")
    + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)?(?P<y1>(?:19|20)\d\d)?"
    # "1 April", "31st March, 2021", "the 1st day of April, 2024"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?"
    + _MONTH.format(g="m2")
    + r"(?:\s*,?\s+(?P<y2>(?:19|20)\d\d))?"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)"
    r")(?![\w])"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in the text.

    Attributes:
        start: offset of the first character.
        end: offset one past the last character.
        year: the written year, or None when the text gave none.
        month: 1-12.
        day: 1-31.
    """

    start: int
    end: int
    year: int | None
    month: int
    day: int

    def resolve(self, reference: date | None) -> date | None:
        """Return the calendar date, taking a missing year from ``reference``."""
        if self.year is not None:
            return _safe_date(self.year, self.month, self.day)
        if reference is None:
            return None
        best: date | None = None
        for year in (reference.year - 1, reference.year, reference.year + 1):
            candidate = _safe_date(year, self.month, self.day)
            if candidate is None:
                continue
            if best is None or abs((candidate - reference).days) < abs(
                (best - reference).days
            ):
                best = candidate
        return best


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(flat: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Return every date in ``flat[start:end]`` (whitespace already flattened)."""
    end = len(flat) if end is None else end
    found: list[DateMention] = []
    for match in DATE_RE.finditer(flat, start, end):
        groups = match.groupdict()
        if groups["y3"]:
            year: int | None = int(groups["y3"])
            month, day = int(groups["m3"]), int(groups["d3"])
        else:
            name = groups["m1"] or groups["m2"]
            month = _MONTHS[name[:3].lower()]
            day = int(groups["d1"] or groups["d2"])
            raw_year = groups["y1"] or groups["y2"]
            year = int(raw_year) if raw_year else None
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            continue
        text_end = match.end()
        while text_end > match.start() and flat[text_end - 1] in " ,":
            text_end -= 1
        found.append(DateMention(match.start(), text_end, year, month, day))
    return found


def iso(value: date | None) -> str:
    """Return ``YYYY-MM-DD`` or the empty string."""
    return value.isoformat() if value else ""
