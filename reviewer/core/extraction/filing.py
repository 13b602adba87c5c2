"""Filing fields: issuer, ticker, exchange, dateline, announcement date, board size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reviewer.core import lazyre as re
from reviewer.core.extraction.dates import DateMention, find_dates
from reviewer.core.extraction.fields.lexicon import REGION_WITH_AND, REGION_WORD
from reviewer.core.extraction.patterns import LOWER, UPPER
from reviewer.core.extraction.size_patterns import (
    BOARD_COMPOSITION_RE,
    BOARD_SIZE_RES,
    COMPOSITION_PART_RE,
    INDEPENDENT_COUNT_RES,
    number_value,
)

# find_company's ticker bracket, kept as it was: the event rules get the issuer it
# finds (the filing fields' own rules and lexicon are in fields/).
_EXCHANGES = (
    r"NYSE\s+American|NYSE\s+MKT|NYSE\s+Arca|NYSE|New\s+York\s+Stock\s+Exchange|NASDAQ(?:\s+\w+\s+Market)?"
    r"|Nasdaq(?:\s+\w+\s+Market)?|TSX\s+Venture|TSXV|TSX-V|TSX|OTCQX|OTCQB|OTC\s+Pink|OTC\s+Markets|OTC"
    r"|CSE|ASX|AIM|LSE|HKEX|SEHK|AMEX|NYSE\s+Texas|Cboe\s+\w+|NEO|SGX|FSE|TSE|JSE|NSE|BSE"
    r"|SIX|Euronext(?:\s+\w+)?|XETRA|Xetra|TASE|Frankfurt|Oslo|NZX|KOSDAQ|KRX|Bursa"
    r"|Nasdaq\s+(?:Stockholm|Copenhagen|Helsinki|Iceland|First\s+North)|B3|BMV|TWSE|IDX"
)
_TICKER_RE = re.compile(
    r"\((?:[^():]{0,40}?\b)?(?P<ex>"
    + _EXCHANGES
    + r")(?:\s*(?:,|and)\s*[A-Z][\w ]{1,20})*\s*:\s*(?P<tk>[A-Z0-9][A-Z0-9.\-]{0,6})\b",
    re.IGNORECASE,
)
_SEC_HEADER_NAME_RE = re.compile(r"COMPANY CONFORMED NAME:\s*([^\n]+)")
_CITY_WORD = "[" + UPPER + "][" + UPPER + LOWER + ".'’-]*"
# A page's date label may open the dateline's line: "date 2018-10-01 SINGAPORE - ".
_DATELINE_RE = re.compile(
    r"(?m)^(?:[ \t]*date[ \t]+\d{4}-\d\d-\d\d[ \t]+)?"
    rf"[ \t*_#>]*(?P<city>{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,3}}"
    rf"(?:\s+and\s+{_CITY_WORD}(?:[ ]{_CITY_WORD}){{0,3}})?)"
    r"(?=\s*(?:,|–|—|--|\s-\s|\(\w+\.?\s+\d|\((?:Reuters|Bloomberg|AP|AFP|Dow\s+Jones"
    r"|MT\s+Newswires)\)))"
)
_NOT_A_CITY_AFTER = re.compile(
    r",?\s*(?:Inc|Corp|Ltd|LLC|Limited|plc|N\.V|S\.A)\b\.?|[^\n]{0,20}?\bDated?\s*:",
    re.IGNORECASE,
)
_CITY_COLON_RE = re.compile(
    r"(?:,[ \t]*["
    + UPPER
    + r"][\w.]*(?:[ \t]+["
    + UPPER
    + r"][\w.]*){0,2})?[ \t]*:[ \t]+"
)
_WIRE_RE = re.compile(
    r"wire|newswire|/cnw/|globe|business\s+wire|newsfile|accesswire|\(Reuters\)"
    r"|\(Bloomberg\)|\(AP\)|\(AFP\)|\(Dow\s+Jones\)",
    re.IGNORECASE,
)
_LOWER_WORD = re.compile(r"(?<![\w.])(?!and\b)[a-z]{3,}\b")
_AFTER_DATELINE_RE = re.compile(
    r"[\s\S]{0,160}?(?:\)\s*|/\s*|--\s*|[–—]\s*|\s-\s+)(?=(?:The\s+)?[A-Z0-9])"
)
_COMPANY_RUN_RE = re.compile(
    r"(?P<name>[0-9"
    + UPPER
    + r"][\w&.'’-]*(?:,?[ \t]+(?:[0-9&"
    + UPPER
    + r"][\w&.'’-]*|of|and|de|the|\&"
    r"|plc|inc\.?|ltd\.?|llc|limited|corp\.?|s\.a\.|n\.v\.|se|ag|spa|srl)(?![\w]))*)"
)
_SIGNATURE_DATE_RE = re.compile(
    r"\b(?:Date|Dated)\s*:?\s*(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
)
_FILED_RE = re.compile(r"FILED AS OF DATE:\s*(\d{4})(\d\d)(\d\d)")


@dataclass(frozen=True)
class Span:
    """A found value with the span it came from (or -1 offsets when derived)."""

    value: str
    start: int = -1
    end: int = -1


def _span(match: re.Match[str], group: str) -> Span:
    return Span(match.group(group), match.start(group), match.end(group))


_EXACT_NAME_RE = re.compile(
    r"\(\s*Exact\s+name\s+of\s+(?:the\s+)?registrant", re.IGNORECASE
)
_LINE_BEFORE_RE = re.compile(r"([^\n]*\S[^\n]*)\s*$")


_DEFINED_COMPANY_RE = re.compile(
    r"\s*\(\s*(?:[“\"][^”\"]{1,40}[”\"]\s*or\s+)?(?:the\s+)?[“\"](?:Company|Corporation|Registrant)[”\"]"
)


def find_company(
    text: str,
    flat: str,
    start: int,
    end: int,
    metadata_name: str,
    cover_only: bool = False,
    skip_cover: bool = False,
) -> Span:
    """Return the issuer's name as written (cover page, ticker phrase, or metadata).

    With ``cover_only``, only an EDGAR cover's registrant name (or nothing);
    with ``skip_cover``, everything but that (the caller has read the cover).
    """
    match = (
        None
        if skip_cover
        else _EXACT_NAME_RE.search(text, start, min(end, start + 30000))
    )
    stop = match.start() if match else -1
    for _ in range(3):  # skip "(Formerly known as ...)" lines above the caption
        before = _LINE_BEFORE_RE.search(text, max(start, stop - 200), stop)
        if stop < 0 or not before:
            break
        raw = before.group(1)
        name = re.sub(r"\s*\((?:a|an)\s+[^)]*\)\s*$", "", raw).strip(" \t*_")
        if name.startswith("("):
            stop = before.start(1)
            continue
        if name and not name.lower().startswith("commission"):
            offset = before.start(1) + raw.find(name)
            return Span(name, offset, offset + len(name))
        break
    if cover_only:
        return Span("")
    ticker = _TICKER_RE.search(flat, start, min(end, start + 20000))
    if ticker:
        found = company_before(text, ticker.start(), max(start, ticker.start() - 150))
        if found.value:
            return found
    defined = _DEFINED_COMPANY_RE.search(flat, start, min(end, start + 20000))
    if defined:
        found = company_before(text, defined.start(), max(start, defined.start() - 150))
        if found.value:
            return found
    header = _SEC_HEADER_NAME_RE.search(text, 0, min(len(text), 5000))
    if header:
        return Span(
            header.group(1).strip(),
            header.start(1),
            header.start(1) + len(header.group(1).strip()),
        )
    return Span(metadata_name)


_SEPARATORS_RE = re.compile(r"(?:—|–|--|\s-\s|/|\)|:)\s*")


_NAME_BEFORE_RE = re.compile(
    r"((?:[0-9" + UPPER + r"][\w&.'’-]*,?[ \t]+(?:(?:of|and|de|the|&)[ \t]+)?){0,7}"
    r"[0-9" + UPPER + r"][\w&.'’-]*\.?"
    r"(?:,?[ \t]+(?:plc|inc\.?|ltd\.?|llc|limited|s\.a\.|n\.v\.|se|ag))?)[ \t]*$"
)
_BOARD_OF_RE = re.compile(
    r"^(?:the\s+)?board\s+of\s+directors\s+of\s+(?:the\s+)?", re.I
)


_DATELINE_CUT_RE = re.compile(r".*(?:--|[—–])\s*")


def company_before(text: str, position: int, floor: int) -> Span:
    """The capitalised name just before ``position`` (a ticker bracket)."""
    line_start = max(text.rfind("\n", floor, position) + 1, floor)
    match = _NAME_BEFORE_RE.search(text, line_start, position)
    if not match:
        return Span("")
    raw = match.group(1)
    begin = match.start(1)
    cut = _DATELINE_CUT_RE.match(raw)
    if cut:  # "May 15, 2025--Acme Corp.": the dateline ends at the dash
        raw, begin = raw[cut.end() :], begin + cut.end()
    words = raw.split()
    if not words:
        return Span("")
    while len(words) > 1 and words[0].lower() in ("today", "by", "and"):
        begin = text.find(words[1], begin + len(words[0]))
        words = words[1:]
    name = " ".join(words)
    board_of = _BOARD_OF_RE.match(name)
    if board_of:  # "the Board of Directors of Acme Corp. (the "Company")"
        begin += board_of.end()
        name = name[board_of.end() :]
    return Span(name, begin, begin + len(name)) if name else Span("")


def find_dateline(
    flat: str, text: str, start: int, end: int
) -> tuple[Span, DateMention | None, int]:
    """Return the dateline city, its date and where the dateline ends.

    A dateline opens a line: a city (``NEW YORK``, ``ST. PAUL, Minn.``), then
    within a short stretch without ordinary lower-case words a date or a wire
    service's name (``(BUSINESS WIRE)``). Returns (empty, None, -1) when none.
    """
    for match in _DATELINE_RE.finditer(text, start, end):
        city = match.group("city").strip()
        if city.lower().startswith(("date", "dated", "item", "on ", "mr", "ms", "dr")):
            continue
        if _WEEKDAY_WORD_RE.match(city) or city.rstrip(".").lower() in _WEEKDAYS:
            continue  # "Wednesday, 4 November, 2020", "Mon, Oct 07": a date line
        if _CAMEL_RE.search(city):
            continue  # "InvestorWireAustin, Texas": a contact block, not a city
        if _NOT_A_CITY_AFTER.match(flat, match.end(), match.end() + 30):
            continue  # "ACME HOLDINGS, INC. Date: ...": a signature block
        rest_end = min(end, match.end() + 110)
        dates = find_dates(flat, match.end(), rest_end)
        date_mention = dates[0] if dates and dates[0].year else None
        wire = _WIRE_RE.search(flat, match.end(), rest_end)
        head_end = (
            date_mention.start
            if date_mention
            else (wire.start() if wire else match.end())
        )
        if (
            _LOWER_WORD.search(flat, match.end(), head_end)
            or "\n" in text[match.end() : head_end]
        ):
            continue
        if date_mention is None and wire is None:
            colon = _CITY_COLON_RE.match(text, match.end(), rest_end)
            if not colon:
                colon = _dash_dateline(text, city, match.end(), start, rest_end)
            if not (colon and city.isupper()):
                continue
            # "PERTH, Western Australia: Acme Limited advises ...": no date here
            city_start = match.start("city")
            return Span(city, city_start, city_start + len(city)), None, colon.end()
        city_start = match.start("city")
        tail = max(date_mention.end if date_mention else 0, wire.end() if wire else 0)
        city_end = _with_region(text, city_start + len(city), head_end)
        return (
            Span(text[city_start:city_end], city_start, city_end),
            date_mention,
            tail,
        )
    return Span(""), None, -1


# "SINGAPORE - Acme Holdings has appointed ...": an agency's dateline with a dash
# and no date, at the top of the text, before the issuer and its verb.
_DASH_ISSUER_RE = re.compile(
    r"[ \t]+[-–—][ \t]+(?=[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,5}[ \t]+"
    r"(?:has|have|said|says|announced|announces|today|is|will)\b)"
)
_WEEKDAY_WORD_RE = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_WEEKDAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())  # noqa: SIM905
_NOT_PLACE_WORDS = frozenset({"OF", "THE", "FOR", "AND", "TO", "ON", "IN", "BY"})


def _dash_dateline(
    text: str, city: str, at: int, start: int, end: int
) -> re.Match[str] | None:
    if at - start > 300 or len(city.split()) > 3:
        return None
    if _NOT_PLACE_WORDS.intersection(city.split()):
        return None
    return _DASH_ISSUER_RE.match(text, at, end)


_MONTH_AHEAD = r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
# ", Calif.", ", Israel", ", Western Australia" after a dateline's city; a second
# city after "and" with its own region ("Tokyo, Japan and Cambridge, UK").
_REGION_RE = re.compile(
    rf",[ \t]*{_MONTH_AHEAD}(?:{REGION_WITH_AND}|{REGION_WORD}"
    rf"|{_CITY_WORD}(?:[ \t]{_CITY_WORD}){{0,2}})"
    r"(?=\s*(?:,|–|—|--|\s-\s|/|\(|\n|$)|[ \t]+and[ \t])"
)
_AND_CITY_RE = re.compile(rf"[ \t]+and[ \t]+{_CITY_WORD}(?:[ \t]{_CITY_WORD}){{0,3}}")
_CAMEL_RE = re.compile(r"(?<!\bMc)(?<!\bMac)[a-z][A-Z]")


def _with_region(text: str, city_end: int, limit: int) -> int:
    """Where a dateline's place ends once its state or country is included."""
    end = city_end
    for _ in range(2):
        region = _REGION_RE.match(text, end, limit)
        if region:
            end = region.end()
        other = _AND_CITY_RE.match(text, end, limit)
        if not other or not _REGION_RE.match(text, other.end(), limit):
            break
        end = other.end()
    while end > city_end and text[end - 1] in "-–—/ \t":
        end -= 1  # "Philadelphia, Pennsylvania--(Newsfile Corp. ...)"
    return end


_RUN_FOLLOW_RE = re.compile(
    r"\s*(?:\(|,|[–—]|--|today\b|announce|has\b|have\b|is\b|are\b|reported|reports"
    r"|said\b|will\b|and\b|named\b|appoint|elect|welcome)",
    re.IGNORECASE,
)
_NOT_COMPANY_START = frozenset({"in", "on", "the", "a", "an", "today", "as", "at"})


def company_after_dateline(text: str, position: int, end: int) -> Span:
    """The issuer after a dateline: ``/PRNewswire/ -- Acme Corp. (NYSE: ACME)``.

    Tries the name after each separator within a short stretch, skipping wire
    services and dates, and takes the first followed by a bracket, a comma or a
    verb such as ``today announced``.
    """
    window_end = min(end, position + 160)
    sentence_end = re.compile(r"[a-z]{2}\.\s+[A-Z]").search(text, position, window_end)
    if sentence_end:
        window_end = sentence_end.start() + 3
    starts = [position] + [
        m.end() for m in _SEPARATORS_RE.finditer(text, position, window_end)
    ]
    for begin in starts:
        while begin < window_end and text[begin] in " )(-–—/\t":
            begin += 1
        run = _COMPANY_RUN_RE.match(text, begin, window_end)
        if not run:
            continue
        name = run.group("name").rstrip(" ,")
        name = re.sub(r"\s+(?:Today|Announces?|Announced|Reports?)$", "", name)
        first = name.split()[0].lower() if name.split() else ""
        if (
            len(name) < 2
            or len(name) > 90
            or _WIRE_RE.search(name)
            or first in _NOT_COMPANY_START
            or find_dates(text, run.start(), run.end())
            or not _RUN_FOLLOW_RE.match(text, run.start() + len(name), window_end)
        ):
            continue
        return Span(name, run.start(), run.start() + len(name))
    return Span("")


def find_signature_date(flat: str, start: int, end: int) -> DateMention | None:
    """Return the date after ``Date:`` in a signature block, if any."""
    for match in _SIGNATURE_DATE_RE.finditer(flat, start, end):
        dates = find_dates(flat, match.end(), min(end, match.end() + 30))
        if dates and dates[0].year:
            return dates[0]
    return None


def filed_as_of(text: str) -> date | None:
    """Return the ``FILED AS OF DATE`` of an SEC header, if present."""
    match = _FILED_RE.search(text, 0, min(len(text), 5000))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


_SIZE_HINT_RE = re.compile(
    r"consist|compris|compos|size|number|seats|member|director", re.IGNORECASE
)


def find_board_size(flat: str, spans: list[tuple[int, int]]) -> tuple[Span, Span]:
    """Return (board size after, independent directors after) when stated.

    Args:
        flat: the flattened document text.
        spans: sentence spans to look in (only those that speak of the board).
    """
    spans = [(a, b) for a, b in spans if _SIZE_HINT_RE.search(flat, a, b)]
    composed = next(
        (m for a, b in spans if (m := BOARD_COMPOSITION_RE.search(flat, a, b))), None
    )
    if composed:
        total = independent_total = 0
        for part in COMPOSITION_PART_RE.finditer(composed.group(1)):
            count = (number_value(part.group("n")) or 0) if part.group("n") else 1
            total += count
            words = (part.group("words") or "").lower()
            if "independent" in words and "non-independent" not in words:
                independent_total += count
        lo, hi = composed.start(1), composed.end(1)
        return Span(str(total), lo, hi), (
            Span(str(independent_total), lo, hi) if independent_total else Span("")
        )
    size = Span("")
    for pattern in BOARD_SIZE_RES:
        match = next(
            (m for a, b in spans if (m := pattern.search(flat, a, b)) is not None),
            None,
        )
        if match:
            group = match.lastindex or 1
            value = number_value(match.group(group))
            if value and 2 < value < 40:
                size = Span(str(value), match.start(group), match.end(group))
                break
    independent = Span("")
    for pattern in INDEPENDENT_COUNT_RES:
        match = next(
            (m for a, b in spans if (m := pattern.search(flat, a, b)) is not None),
            None,
        )
        if match:
            value = number_value(match.group(1))
            if value and value < 40:
                independent = Span(str(value), match.start(1), match.end(1))
                break
    return size, independent
