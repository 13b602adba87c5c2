"""The announcement's date, dateline city and the issuer named after the dateline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reviewer.core import lazyre as re
from reviewer.core.document import Document
from reviewer.core.entities import EntityLabel
from reviewer.core.extraction.dates import find_dates
from reviewer.core.extraction.fields.page import Page, make_page
from reviewer.core.extraction.fields.when import (
    clock_line,
    dated_statement,
    lead_announced,
    letter_date,
    meeting_outcome,
    numeric_date,
    opening_header,
    page_label,
    release_header,
    weekday_date,
)
from reviewer.core.extraction.filing import (
    Span,
    company_after_dateline,
    filed_as_of,
    find_dateline,
    find_signature_date,
)
from reviewer.core.extraction.output import EntityCollector

Dated = tuple[date | None, str]  # the date and the name of the rule that found it

# A release dated on a line of its own, or at the end of a short header line
# ("ASX ANNOUNCEMENT            14 October 2025", "For Immediate Release: May 2, 2026",
# "Released 07:00:05 18 September 2020", "Friday, February 7, 2025", "2025-02-07").
_DATE_LINE_RE = re.compile(
    r"(?m)^(?:[ \t*_#]*|[A-Z][A-Z &]{0,40}[ \t]{2,}"
    r"|(?i:for\s+immediate\s+release|release\s+date)[ \t]*[:–—-]?[ \t]*"
    r"|(?i:released)[ \t]+\d{1,2}:\d\d(?::\d\d)?[ \t]+)"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"((?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4})"
    r"|(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"|(?:\d{4}-\d\d-\d\d))[ \t*_]*(?:$|--|[—–]|-\s)"
)

_STOP_WORDS = re.compile(
    r"\b(?:inc|corp|corporation|co|ltd|limited|plc|llc|the|company|group|holdings|sa|ag|nv)\b"
)


def issuer_words_of(company: str) -> frozenset[str]:
    """Distinctive lower-case words of the issuer's name (no legal suffixes)."""
    words = set(re.findall(r"[a-z0-9]+", _STOP_WORDS.sub(" ", company.lower())))
    return frozenset(w for w in words if len(w) > 1)


def announcement(
    document: Document,
    flat: str,
    text: str,
    spans: list[tuple[int, int]],
    ents: EntityCollector,
    page: Page | None = None,
) -> tuple[Dated, Span, Span]:
    """Announcement date (with its rule), dateline city and the dateline's issuer."""
    city, issuer = Span(""), Span("")
    announced: Dated = (None, "")
    for start, end in spans:
        found, dateline, tail = find_dateline(flat, text, start, end)
        if tail < 0:
            continue
        city = found
        ents.add_span(city, EntityLabel.DATELINE, 0.8)
        issuer = company_after_dateline(text, tail, end)
        # A dateline repeated on its own line first: the issuer follows a later one.
        for _ in range(3):
            if issuer.value:
                break
            _, _, tail = find_dateline(flat, text, tail, end)
            if tail < 0:
                break
            issuer = company_after_dateline(text, tail, end)
        if dateline is not None:
            ents.add(dateline.start, dateline.end, EntityLabel.DATE, 0.9)
            announced = (dateline.resolve(None), "date.dateline")
        break
    if announced[0] is None and spans:
        announced = _dateline_under_marker(flat, text, spans[0][0], spans[0][1])
    if announced[0] is None:
        announced = _fallback_date(document, flat, text, spans, ents, page)
    return announced, city, issuer


# A stored page's date marker, to the month only: " date 2018-05 May 7 (Reuters) -"
_MONTH_MARKER_RE = re.compile(r"[ \t]*date[ \t]+(?P<y>\d{4})-(?P<m>\d\d)(?![-\d])")


def _dateline_under_marker(flat: str, text: str, start: int, end: int) -> Dated:
    """A dateline's date without a year, its year from the page's month marker.

    ``date 2018-05 May 7 (Reuters) -``: the marker just before the date.
    """
    marker = _MONTH_MARKER_RE.match(text, start, end)
    if not marker or not 1 <= int(marker.group("m")) <= 12:
        return None, ""
    found = find_dates(flat, marker.end(), min(end, marker.end() + 40))
    if not found or found[0].year is not None or found[0].start > marker.end() + 2:
        return None, ""
    reference = date(int(marker.group("y")), int(marker.group("m")), 15)
    return found[0].resolve(reference), "date.dateline_marker"


def _fallback_date(
    document: Document,
    flat: str,
    text: str,
    spans: list[tuple[int, int]],
    ents: EntityCollector,
    page: Page | None,
) -> Dated:
    """The first of the date rules after the dateline (docs/fields.md)."""
    for start, end in spans:
        signed = find_signature_date(flat, start, end)
        if signed is not None:
            ents.add(signed.start, signed.end, EntityLabel.DATE, 0.8)
            return signed.resolve(None), "date.signature"
    meta = document.metadata.get("filing_date", "")
    try:
        return date.fromisoformat(meta[:10]), "date.filing_metadata"
    except ValueError:
        pass
    if spans:  # a release dated on a line of its own near the top
        start = spans[0][0]
        line = _DATE_LINE_RE.search(text, start, min(spans[0][1], start + 1500))
        if line:
            found = find_dates(flat, line.start(1), line.end(1))
            if found and found[0].year is not None:
                ents.add(found[0].start, found[0].end, EntityLabel.DATE, 0.7)
                return found[0].resolve(None), "date.date_line"
    page = page or make_page(document, flat, spans)
    for rule, read in PAGE_RULES:
        found_date = read(page)
        if found_date is not None:
            return found_date, rule
    return filed_as_of(text), "date.edgar_filed"


PAGE_RULES: tuple[tuple[str, Callable[[Page], date | None]], ...] = (
    ("date.page_label", page_label),
    ("date.release_header", release_header),
    ("date.clock_line", clock_line),
    ("date.letter", letter_date),
    ("date.dated_statement", dated_statement),
    ("date.numeric", numeric_date),  # "Date: 13.02.2025"
    ("date.meeting_outcome", meeting_outcome),
    ("date.weekday", weekday_date),  # "Acme said Monday", against the page's stamp
    ("date.lead_announced", lead_announced),
    ("date.opening_header", opening_header),  # "(Wire) - July 16, 2025 - DALLAS"
)
