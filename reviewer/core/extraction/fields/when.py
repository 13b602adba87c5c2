"""The release's date when no dateline or signature gives it: named rules.

A news copy often dates the release by weekday only ("Acme said Monday", "a
Friday filing"). The page's own timestamp (a site's front matter) is not the
release date, but it bounds it: the weekday named is the last such day on or
before the timestamp. python-dateutil reads a timestamp that is not ISO (whatever
form the site wrote) and numeric dates (``18.09.2020``, ``09/18/2020``); it is
imported only then, so opening an ordinary filing stays light.

The header rules read the date a page is stamped with at its top: a page's
opening date label (``date 2019-05-28``, ``Published: 18 September 2020``), a
release-type header (``Acme Oyj  STOCK EXCHANGE RELEASE  14 February 2025 at 8:45
EET``), a date line with a clock time (``Wednesday, 4 November, 2020 - 14:15``,
``09/18/2020 | 06:35am EDT``), a letter's date (``Sent: Friday, March 18, 2005``,
the date above ``Dear ...``) and a board meeting's outcome (``The Board of
Directors at its meeting held on 23 May 2019 ...``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from reviewer.core import lazyre as re
from reviewer.core.extraction.dates import find_dates
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
_DAY = r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "effective Thursday, according to a same-day release": the release's weekday
_SAME_DAY_RE = re.compile(
    rf"\b{_DAY}\b[^.\n]{{0,100}}?\bsame[- ]day\s+(?:release|filing|statement"
    r"|announcement|disclosure|notice)"
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


def weekday_date(page: Page, same_day: bool = True) -> date | None:
    """``Acme said Monday``: the last Monday on or before the page's timestamp.

    With ``same_day``, also "effective Thursday, according to a same-day
    release".
    """
    stamp = page_timestamp(page)
    if stamp is None:
        return None
    texts = [page.flat[page.first : min(page.last, page.first + _NEAR)]]
    texts += list(page.headlines)
    for text in texts:
        match = _WEEKDAY_RE.search(text) or (
            _SAME_DAY_RE.search(text) if same_day else None
        )
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
        us = "." not in raw and bool(_US_FILING_RE.search(page.flat, start, end))
        found = numeric(raw, us)
        if found is not None:
            return found
    return None


def numeric(raw: str, us: bool = False) -> date | None:
    """``18.09.2020``, ``09/18/2020``, ``2020-09-18`` read by dateutil.

    Day first unless the day cannot be first or ``us`` (a US page writes
    ``02/13/2025`` month first); a dotted date is day first unless it cannot be.
    """
    first, second = (int(p) for p in re.split(r"[./-]", raw)[:2])
    if len(raw) > 4 and raw[4] == "-":
        dayfirst = False
    elif "." in raw:
        dayfirst = first > 12 or second <= 12
    else:
        dayfirst = first > 12 or (second <= 12 and not us)
    from dateutil import parser as date_parser

    try:
        parsed: datetime = date_parser.parse(raw, dayfirst=dayfirst)
    except (ValueError, OverflowError):
        return None
    return parsed.date()


_NUMERIC_RE = re.compile(
    r"(?<![\d./])(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d\d-\d\d)(?![\d./])"
)
_US_ZONE_RE = re.compile(r"\b(?:[ECMP][SD]?T|ET|PT)\b")


def date_in(text: str, start: int, end: int, us: bool = False) -> date | None:
    """The first full date in ``text[start:end]``, written or numeric."""
    for mention in find_dates(text, start, end):
        if mention.year is not None:
            return mention.resolve(None)
    match = _NUMERIC_RE.search(text, start, end)
    return numeric(match.group(1), us) if match else None


_HEAD = 1500  # how far into the page the header rules look

# date.page_label: "date 2019-05-28 ...", "Published: 18 September 2020"
_PAGE_LABEL_RE = re.compile(
    r"^[ \t*_#]*(?i:date[d]?|published(?:[ \t]+on)?|posted(?:[ \t]+on)?"
    r"|release[ \t]+date|updated)[ \t]*[:\-–]?[ \t]*(?=\d|[A-Z])"
)


def page_label(page: Page) -> date | None:
    """A page opening on its date: ``date 2019-05-28``, ``Published: 18 Sep 2020``."""
    match = _PAGE_LABEL_RE.match(page.text, page.first)
    if not match:
        return None
    return date_in(page.flat, match.end(), min(page.last, match.end() + 30))


_RELEASE_WORD_RE = re.compile(r"(?i)release|announcement|news|information")
# date.release_header: "Acme Oyj  STOCK EXCHANGE RELEASE  14 February 2025 at 8:45"
_RELEASE_HEADER_RE = re.compile(
    r"(?im)^[^\n]{0,80}?\b(?:stock[ \t]+exchange[ \t]+(?:release|announcement)"
    r"|company[ \t]+(?:announcement|release)|press[ \t]+release|investor[ \t]+news"
    r"|inside[ \t]+information|regulatory[ \t]+(?:release|news|announcement)"
    r"|corporate[ \t]+(?:announcement|release)|media[ \t]+release)\b[^\n]*"
)


def release_header(page: Page) -> date | None:
    """A release-type header line that carries the date."""
    stop = min(page.last, page.first + _HEAD)
    if not _RELEASE_WORD_RE.search(page.text, page.first, stop):
        return None  # (a cheap look first)
    for match in _RELEASE_HEADER_RE.finditer(page.text, page.first, stop):
        found = date_in(page.flat, match.start(), match.end())
        if found is not None:
            return found
    return None


_CLOCK_RE = re.compile(r"\d[:.]\d\d")
# date.clock_line: a line holding only a date and a clock time
_CLOCK_LINE_RE = re.compile(
    r"(?m)^[ \t*_#|]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?P<date>[^\n]{6,30}?)[ \t]*(?:[-–—|,@][ \t]*|at[ \t]+)?"
    r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?|AM|PM)?"
    r"(?:[ \t]*\(?[A-Z]{2,4}\)?)?[ \t]*$"
)


def clock_line(page: Page) -> date | None:
    """``Wednesday, 4 November, 2020 - 14:15``, ``09/18/2020 | 06:35am EDT``."""
    stop = min(page.last, page.first + _HEAD)
    if not _CLOCK_RE.search(page.text, page.first, stop):
        return None  # (a cheap look first)
    for match in _CLOCK_LINE_RE.finditer(page.text, page.first, stop):
        us = bool(_US_ZONE_RE.search(match.group()))
        found = date_in(page.flat, match.start("date"), match.end("date"), us)
        if found is not None:
            return found
    return None


# date.dated_statement: "This announcement is dated 11 February 2025." (Bursa
# Malaysia and SGX announcements close so)
_DATED_STATEMENT_RE = re.compile(
    r"\bThis[ \t]+(?:announcement|release|notice|circular|statement)[ \t]+is[ \t]+"
    r"dated[ \t]+(?:this[ \t]+)?"
)


def dated_statement(page: Page) -> date | None:
    """A closing line: ``This announcement is dated 11 February 2025``."""
    if page.flat.find("is dated", page.first, page.last) < 0:
        return None  # (a cheap look first)
    match = _DATED_STATEMENT_RE.search(page.flat, page.first, page.last)
    if not match:
        return None
    return date_in(page.flat, match.end(), min(page.last, match.end() + 40))


# date.letter: an e-mail's "Sent: Friday, March 18, 2005 12:29 PM"; a letter's
# date above its salutation ("... May 20, 2004 / Mr. Jo Park / ... / Dear Jo,")
_SENT_RE = re.compile(r"(?m)^[ \t]*(?:Sent|Date)[ \t]*:[ \t]*")
_DEAR_RE = re.compile(r"(?m)^[ \t]*Dear[ \t]+[A-Z][^\n]{0,60}[,:][ \t]*$")


def letter_date(page: Page) -> date | None:
    """A letter's date: its e-mail header, or the last date above ``Dear ...,``."""
    stop = min(page.last, page.first + _HEAD)
    sent = _SENT_RE.search(page.text, page.first, stop)
    if sent:
        found = date_in(page.flat, sent.end(), min(stop, sent.end() + 40))
        if found is not None:
            return found
    dear = _DEAR_RE.search(page.text, page.first, stop)
    if not dear:
        return None
    dated = [m for m in find_dates(page.flat, page.first, dear.start()) if m.year]
    return dated[-1].resolve(None) if dated else None


# date.meeting_outcome: an exchange letter opening on its board meeting's outcome
_MEETING_RE = re.compile(
    r"\b(?i:board[ \t]+of[ \t]+directors)\b[^.]{0,60}?\b(?i:at[ \t]+its|in[ \t]+its"
    r"|at[ \t]+the)[ \t]+(?i:meeting|board[ \t]+meeting)[ \t]+(?i:held|convened)"
    r"[ \t]+(?i:on|today,?)[ \t]*(?:\w+day,?[ \t]+)?"
)


def meeting_outcome(page: Page) -> date | None:
    """``The Board of Directors at its meeting held on May 23, 2019 ...``.

    A board meeting's outcome is filed the day of the meeting (exchange letters).
    """
    match = _MEETING_RE.search(page.flat, page.first, min(page.last, page.first + 400))
    if not match:
        return None
    return date_in(page.flat, match.end(), min(page.last, match.end() + 30))


# date.lead_announced: "Acme announced on the Hong Kong Stock Exchange on
# February 4 that ...": a year left out is the text's own year
_LEAD_ON_RE = re.compile(
    r"\b(?:announced|said|disclosed|reported|notified|informed)"
    r"(?:[ \t]+(?:on|to|with)[ \t]+the(?:[ \t]+[A-Z][\w-]*){1,5})?"
    r"[ \t]+on[ \t]+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?[ \t]+\d|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z])"
)


def lead_announced(page: Page) -> date | None:
    """The opening sentence's ``announced on February 4``."""
    stop = min(page.last, page.first + 600)
    match = _LEAD_ON_RE.search(page.flat, page.first, stop)
    if not match:
        return None
    found = find_dates(page.flat, match.end(), min(page.last, match.end() + 25))
    if not found or found[0].start != match.end():
        return None
    if found[0].year is not None:
        return found[0].resolve(None)
    years = [m for m in find_dates(page.flat, page.first, page.last) if m.year]
    reference = years[0].resolve(None) if years else page_timestamp(page)
    return found[0].resolve(reference)


_OPENING = 400  # how far into the text a dateline-like date is looked for
_SET_OFF_RE = re.compile(r"[ \t]*(?:[-–—|/]|\(|$)")


def opening_header(page: Page) -> date | None:
    """The opening's first dated mention when it is set off like a dateline's.

    Near its line's start with no lower-case word before it, then a dash, a bar, a
    bracket or the line's end: "(NewMediaWire) - July 16, 2025 - DALLAS —",
    "MUNICH - September 29, 2025 (WIRE) -". A date inside a sentence ("On May 2,
    2025, the board ...") is not one.
    """
    stop = min(page.last, page.first + _OPENING)
    dated = [d for d in find_dates(page.flat, page.first, stop) if d.year is not None]
    if not dated:
        return None
    first = dated[0]
    line_start = page.text.rfind("\n", 0, first.start) + 1
    before = page.text[max(line_start, first.start - 60) : first.start]
    if first.start - line_start > 60 or any(w[:1].islower() for w in before.split()):
        return None  # a sentence's words before it: "The board said on May 2, 2025"
    if not _SET_OFF_RE.match(page.text, first.end):
        return None
    return first.resolve(None)
