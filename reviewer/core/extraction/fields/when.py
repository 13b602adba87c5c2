"""The release's date when no dateline or signature gives it.

A news copy often dates the release by weekday only ("Acme said Monday", "a
Friday filing"). The page's own timestamp (a site's front matter) is not the
release date, but it bounds it: the weekday named is the last such day on or
before the timestamp. python-dateutil reads a timestamp that is not ISO (whatever
form the site wrote) and a letter's numeric date; it is imported only then, so
opening an ordinary filing stays light.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from reviewer.core.extraction.fields.page import Page

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
# "said Monday", "on Tuesday announced", "a Friday filing", "Monday's statement"
_WEEKDAY_RE = re.compile(
    r"\b(?:said|says|announced|announces|reported|disclosed|named|appointed"
    r"|(?:on|late|early)|an?)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b"
)
_NEAR = 2500  # the opening of the story, where the release is dated
# "Date: 13.02.2025", "Dated: 13/02/2025", "Date : 2025-02-13" (exchange letters)
_NUMERIC_DATE_RE = re.compile(
    r"\b(?:Date|Dated)[ \t]*[:\-–][ \t]*(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{4}"
    r"|\d{4}-\d\d-\d\d)\b"
)
_US_FILING_RE = re.compile(r"Securities\s+and\s+Exchange\s+Commission|Form\s+8-K", re.I)


def page_timestamp(page: Page) -> date | None:
    """The page's own timestamp (front matter ``date``), read by dateutil."""
    raw = page.metadata.get("front_matter.date", "").strip()
    if not raw:
        return None
    try:  # the ISO form most sites write, then whatever else dateutil reads
        return datetime.fromisoformat(raw).date()
    except ValueError:
        pass
    from dateutil import parser as date_parser

    try:
        parsed: datetime = date_parser.parse(raw, fuzzy=False)
        return parsed.date()
    except (ValueError, OverflowError):
        return None


def weekday_date(page: Page) -> date | None:
    """``Acme said Monday``: the last Monday on or before the page's timestamp."""
    stamp = page_timestamp(page)
    if stamp is None:
        return None
    texts = [page.flat[page.first : min(page.last, page.first + _NEAR)]]
    texts += list(page.headlines)
    for text in texts:
        match = _WEEKDAY_RE.search(text)
        if match:
            weekday = _WEEKDAYS[match.group("day").lower()]
            return stamp - timedelta(days=(stamp.weekday() - weekday) % 7)
    return None


def numeric_date(page: Page) -> date | None:
    """``Date: 13.02.2025``: a letter's numeric date, read by dateutil.

    Day first (as written outside the US), unless the day cannot be first or the
    document is a US filing (where ``02/13/2025`` is month first).
    """
    for start, end in page.spans:
        if page.flat.find("Date", start, end) < 0:
            continue  # (a cheap look first)
        match = _NUMERIC_DATE_RE.search(page.flat, start, end)
        if not match:
            continue
        raw = match.group("date")
        if raw[4:5] == "-":
            dayfirst = False
        else:
            first, second = (int(p) for p in re.split(r"[./-]", raw)[:2])
            us = "." not in raw and bool(_US_FILING_RE.search(page.flat, start, end))
            dayfirst = first > 12 or (second <= 12 and not us)
        from dateutil import parser as date_parser

        try:
            parsed: datetime = date_parser.parse(raw, dayfirst=dayfirst)
        except (ValueError, OverflowError):
            continue
        return parsed.date()
    return None
