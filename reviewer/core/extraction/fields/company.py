"""The issuer's name: named rules, the first answer wins.

1. ``company.cover``: an EDGAR cover's name above "(Exact name of registrant ...)".
2. ``company.headline``: the headline's subject ("Acme Names Jane Roe to Board"),
   kept only when the body uses it as a company (with a legal suffix, a ticker
   bracket, "Acme's board", "Acme said") and written as the body writes it.
3. ``company.release``: the first of the issuer after the dateline, the name
   before a ticker bracket and a defined "(the "Company")".
4. ``company.letterhead``: an exchange announcement's name line above
   "(Incorporated in ... with limited liability)", "(Stock Code: 1234)", "ABN ...".
5. ``company.letter``: a director's letter ("I hereby resign ... of Acme Corp.").
6. ``company.signature``: the company above a signature ("ACME CORP." / "By: /s/").
7. ``company.brief_header``: a news brief's "ACME HOLDINGS:" header line.
8. ``company.lead``: a news story's opening subject ("Acme said Monday ...",
   "Two of Acme's board members ...", "the board of Acme ...").
9. ``company.edgar_header``: an SEC header's conformed name, as the body writes it.
10. ``company.metadata``: the loader's company name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from reviewer.core import lazyre as re
from reviewer.core.extraction.fields.lexicon import (
    COUNTRY_POSSESSORS,
    HEADLINE_STOP,
    HEADLINE_VERBS,
    ISSUER_VERB,
    LEGAL_SUFFIX,
    NOT_A_BOARD_NAME,
)
from reviewer.core.extraction.fields.page import NOT_FOUND, Found, Page
from reviewer.core.extraction.fields.ticker import (
    _RIC_RE,
    _TICKER_BRACKET_RE,
    _VENDOR_BRACKET_RE,
    after_a_name,
)
from reviewer.core.extraction.filing import Span, company_before, find_company
from reviewer.core.extraction.patterns import UPPER

_WORD_RE = re.compile(r"[^\s]+")
_PREFIX_RE = re.compile(
    r"^(?:[A-Z][\w ]{0,30}?"
    r"(?:ALERT|Release|RELEASE|NEWS|News|Breaks|BREAKS|UPDATE|Update)"
    r"\s*(?::|–|—|-{1,2})\s*)"
)
_CAPITAL = "0-9" + UPPER
_SUFFIX_TAIL = rf"(?:,?[ \t]+{LEGAL_SUFFIX}(?![\w]))"
_NEAR = 3000  # how far into the body the lead rules look


_COUNTS = frozenset({"two", "three", "four", "five", "six", "several", "both"})
_CONNECTORS = frozenset({"&", "of", "de", "and", "by", "for", "du", "la", "y"})
# "u-blox", "eBay", "iRobot": a brand written in lower case first
_BRAND_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+|[A-Z][\w]*)+$")
# "BioStock: CLS presents ...", "Acme ASA - Jo Park appointed": a short prefix
_HEAD_PREFIX_RE = re.compile(r"^[^:–—]{2,40}?(?::|[ \t][-–—][ \t])[ \t]*(?=\S)")


def _subject_words(headline: str) -> list[str]:
    """The capitalised run that opens a headline, up to its first verb or role."""
    headline = _PREFIX_RE.sub("", headline.strip())
    raw_words = _WORD_RE.findall(headline)
    words: list[str] = []
    for index, raw in enumerate(raw_words):
        word = raw.rstrip(",;")
        bare = word.strip("“”\"'’").lower()
        if not words and bare == "the":
            continue
        following = raw_words[index + 1] if index + 1 < len(raw_words) else ""
        if words and bare in _CONNECTORS and following[:1].isupper():
            words.append(word)  # "Al-Baha Investment and Development"
            continue
        if bare in HEADLINE_STOP or word.startswith("("):
            break
        possessive = re.match(r"^(.+?)['’][sS]?$", word)
        if not (
            word[:1].isupper()
            or word[:1].isdigit()
            or (not words and _BRAND_RE.match(word))
        ):
            break
        if possessive and word[-1] in "sS'’" and ("'" in word or "’" in word):
            owner = " ".join([*words, possessive.group(1)]).lower()
            if owner in COUNTRY_POSSESSORS:
                words = []  # "Australia's Global Lithium ...": the company follows
                continue
            words.append(possessive.group(1))
            break
        words.append(word)
        if raw.endswith((",", ";", ":")):
            break
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    if len(words) > 2 and words[0].lower() in _QUANTITY and words[1] == "of":
        words = words[2:]  # "Two of Acme's Directors to Step Down"
    elif len(words) > 1 and words[0].lower() in _COUNTS:
        words = words[1:]  # "Two Acme Board Members to Depart"
    return [w.rstrip(":") for w in words]


@lru_cache(maxsize=256)
def _subjects(headline: str) -> tuple[tuple[str, bool], ...]:
    """The headline's subject and its shorter forms, longest first.

    After them, the subject of the headline without a short prefix
    ("BioStock: CLS presents ..." gives "CLS"). Each comes with whether it is
    a whole subject (not a shortened one). Computed once per headline (the
    strong and the weak headline rules read the same subjects).
    """
    found: list[tuple[str, bool]] = []
    sources = [headline]
    bare = _PREFIX_RE.sub("", headline.strip())
    prefix = _HEAD_PREFIX_RE.match(bare)
    if prefix:
        sources.append(bare[prefix.end() :])
    for source in sources:
        words = _subject_words(source)
        for size in range(len(words), 0, -1):
            if words[size - 1].lower() in _CONNECTORS:
                continue
            name = " ".join(words[:size])
            if all(name != seen for seen, _ in found):
                found.append((name, size == len(words)))
    return tuple(found)


_FULLER_TAIL_RE = re.compile(
    rf"(?:[ \t]+(?!{LEGAL_SUFFIX}\b)[{_CAPITAL}][\w&.-]*){{0,2}}?"
    rf"{_SUFFIX_TAIL}{{1,2}}(?![\w])"
)
# How a body uses a company's name: a ticker bracket, its board, a verb of news.
_USED_TAIL_RE = re.compile(
    rf"(?:\s*\(\s*\(|\s*\((?:[^()]{{0,30}}?)[A-Za-z]+\s*:"
    rf"|['’]s?\s+(?:[Bb]oard|directors)|\s+Board\s+of\s+Directors"
    r"|\s*\(\s*[“\"][^”\"]{1,30}[”\"]\s*\)"
    rf"|\s+(?:on\s+\w+day\s+)?{ISSUER_VERB}\b|:[ \t]*(?:\n|$))"
)
_BOARD_OF_BEFORE_RE = re.compile(
    r"\b[Bb]oard\s+(?:of|at)\s+(?:[Dd]irectors\s+(?:of|at)\s+)?$"
)
_HAS_SUFFIX_RE = re.compile(rf"{_SUFFIX_TAIL}$")
_VERB_RE = re.compile(
    r"\b(?:" + "|".join(sorted(HEADLINE_VERBS)) + r")\b", re.IGNORECASE
)


def _occurrences(text: str, name: str, start: int, end: int) -> list[int]:
    found: list[int] = []
    at = text.find(name, start, end)
    while at >= 0 and len(found) < 60:
        before = text[at - 1] if at else " "
        after = text[at + len(name)] if at + len(name) < len(text) else " "
        if not (before.isalnum() or before == "-") and not after.isalnum():
            found.append(at)
        at = text.find(name, at + 1, end)
    return found


def _as_written(
    page: Page, name: str, start: int, end: int, weak: bool = False
) -> Span | None:
    """``name`` as the body writes it, with its legal suffix when it has one.

    Returns None when the body never uses ``name`` as a company.
    """
    places = _occurrences(page.text, name, start, end)
    fuller = _fuller(page, name, start, end)
    if fuller is not None:
        return fuller
    for at in places:  # "Southwest" written "Southwest Airlines' board members"
        more = _MORE_NAME_RE.match(page.text, at + len(name), end)
        if (
            more
            and not any(w.lower() in HEADLINE_STOP for w in more.group().split())
            and _USED_TAIL_RE.match(page.text, more.end(), end)
        ):
            return Span(page.text[at : more.end()], at, more.end())
    for at in places:
        if _USED_TAIL_RE.match(page.text, at + len(name), end) or (
            _BOARD_OF_BEFORE_RE.search(page.flat, max(0, at - 30), at)
        ):
            return Span(name, at, at + len(name))
    if not weak:
        return None
    if places and _HAS_SUFFIX_RE.search(name):
        return Span(name, places[0], places[0] + len(name))  # "Kid ASA", "Lea Bank AB"
    if _looks_like_person(name):
        return None
    openings = page.openings(start, min(end, start + _NEAR), _openings)
    if not places and name.isalpha() and name.isupper() and 2 <= len(name) <= 6:
        return _spelled_out(page, name, openings)
    for at in places:
        if at in openings and not _in_headline(page, at):
            stop = at + len(name)
            more = _MORE_NAME_RE.match(page.text, stop)
            if more and not any(
                w.lower() in HEADLINE_STOP for w in more.group().split()
            ):  # "AMN Healthcare" opening "AMN Healthcare Services said ..."
                stop = more.end()
            return Span(page.text[at:stop], at, stop)  # the body opens on it
    return None


_MORE_NAME_RE = re.compile(r"(?:[ \t]+[A-Z][\w&.-]*){1,3}(?=[ \t]+[a-z(]|[,:'’])")


def _fuller(
    page: Page, name: str, start: int, end: int, outside_headline: bool = False
) -> Span | None:
    """``name`` with the legal suffix the body writes after it."""
    if _HAS_SUFFIX_RE.search(name):
        return None
    for at in _occurrences(page.text, name, start, end):
        if outside_headline and _in_headline(page, at):
            continue
        tail = _FULLER_TAIL_RE.match(page.text, at + len(name), end)
        if tail and not _VERB_RE.search(tail.group()):
            return Span(page.text[at : tail.end()], at, tail.end())
    return None


_RUN_RE = re.compile(r"[A-Z][\w&.-]*(?:[ \t]+(?:[A-Z][\w&.-]*|of|and|the|&)){1,6}")


def _spelled_out(page: Page, acronym: str, openings: frozenset[int]) -> Span | None:
    """``FTC`` written out where a sentence opens: ``Federal Trade Commission``."""
    for at in sorted(openings):
        run = _RUN_RE.match(page.text, at)
        if not run or _in_headline(page, at):
            continue
        words: list[str] = []
        for word in run.group().split():
            if word.lower() in HEADLINE_STOP and word.lower() not in _CONNECTORS:
                break
            words.append(word)
        if _initials(" ".join(words)) == acronym.lower():
            value = " ".join(words)
            return Span(value, at, at + len(value))
    return None


def _looks_like_person(name: str) -> bool:
    """``Jane Roe``: a given name then one or two more words, no legal suffix."""
    words = name.split()
    if not 1 <= len(words) <= 3 or _HAS_SUFFIX_RE.search(name):
        return False
    from reviewer.core.extraction.persons.lexicon import given_names, surnames

    first = words[0].strip(".").lower()
    if len(words) == 1:  # "Clark Joins Acme Board"; "INOVIQ", "NZX" are not
        return not name.isupper() and (first in given_names() or first in surnames())
    return first in given_names()


def _in_headline(page: Page, at: int) -> bool:
    """Whether ``at`` lies on the line the page's headline was read from."""
    line_start = page.text.rfind("\n", 0, at) + 1
    line_end = page.text.find("\n", at)
    line = page.text[line_start : line_end if line_end >= 0 else len(page.text)]
    return any(h and h in line for h in page.headlines)


def headline(page: Page, release: Span, weak: bool = False) -> Found:
    """The headline's subject, confirmed and written as in the body.

    The strong pass takes a subject the body uses as a company (a legal suffix
    after it, a ticker bracket, "Acme's board", "Acme said"). The weak pass
    (``company.headline_opening``, after the release rules) takes a whole
    subject with a legal suffix, or one the body's sentence opens on that does
    not look like a person's name.
    """
    start, end = page.first, min(page.last, page.first + 20000)
    rule = "company.headline_opening" if weak else "company.headline"
    for line in page.headlines:
        for name, whole in _subjects(line):
            if weak and not whole:
                continue
            found = _confirmed(page, name, release, start, end, weak, whole)
            if found is not None:
                return Found(_widened(page, found), rule)
    return NOT_FOUND


def _confirmed(
    page: Page,
    name: str,
    release: Span,
    start: int,
    end: int,
    weak: bool,
    whole: bool = True,
) -> Span | None:
    """``name`` (a headline's subject) as the release or the body write it.

    A shortened subject counts only with a legal suffix written after it
    ("Global Uranium and Enrichment Boosts ..." -> "... Enrichment Limited").
    """
    if len(name) < 2 or name.isdigit():
        return None
    if not whole:
        return _fuller(page, name, start, end, outside_headline=True)
    if name.isupper() and len(name) > 6 and page.text.find(name, start, end) < 0:
        written_as = re.search(re.escape(name), page.text[start:end], re.IGNORECASE)
        if written_as:  # "GLASTON CORPORATION'S BOARD ..." over "Glaston Corporation"
            name = written_as.group()
    written = _as_written(page, name, start, end, weak)
    if release.value and (
        _norm(release.value).startswith(_norm(name))
        or _initials(release.value) == name.lower()
    ):  # "NHI" for "National Health Investors, Inc.": the full name
        if (
            written
            and len(written.value) > len(release.value)
            and _norm(written.value).startswith(_norm(release.value))
        ):
            return written
        return release
    return written


_LEFT_RUN_RE = re.compile(r"(?:[A-Z][\w&.-]*[ \t]+){1,2}$")
_NOT_LEFT = frozenset(
    {"on", "in", "the", "as", "at", "for", "today", "yesterday", "and", "but", "by",
     "about", "source", "contact", "from", "with", "after", "before", "when"}
)  # fmt: skip
_GOES_ON_RE = re.compile(r"[ \t]+[a-z]")  # the sentence goes on: "... appointed"


def _widened(page: Page, span: Span) -> Span:
    """``Jinbei Automotive`` -> ``Shenyang Jinbei Automotive``.

    The body's sentence opens on a fuller form of the headline's name.
    """
    if span.start < 0:
        return span
    floor = max(page.first, span.start - 40)
    for at in _openings(page.text, floor, span.start):
        if at >= span.start or _in_headline(page, at):
            continue
        run = _LEFT_RUN_RE.fullmatch(page.text, at, span.start)
        words = page.text[at : span.start].split()
        if (
            run
            and _GOES_ON_RE.match(page.text, span.end)
            and not any(
                w.lower() in _NOT_LEFT
                or w.lower() in HEADLINE_STOP
                or w[-1] in ",:"
                or w.isupper()
                for w in words
            )
        ):
            return Span(page.text[at : span.end], at, span.end)
    return span


def _initials(value: str) -> str:
    words = _HAS_SUFFIX_RE.sub("", value).split()
    return "".join(w[0] for w in words if w[:1].isupper()).lower()


_PUNCTUATION_RE = re.compile(r"[^\w\s]")


def _norm(value: str) -> str:
    words = _PUNCTUATION_RE.sub(" ", value.lower()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def cover(page: Page) -> Found:
    """The EDGAR cover's registrant name."""
    found = find_company(
        page.text, page.flat, page.first, page.last, "", cover_only=True
    )
    return Found(found, "company.cover") if found.value else NOT_FOUND


def _after_verb(name: Span) -> Span:
    """``Jane Roe Joins Acme Corp.`` (headline before the bracket) -> ``Acme Corp.``."""
    words = name.value.split()
    cut = max(
        (i for i, w in enumerate(words) if w.lower() in HEADLINE_VERBS), default=-1
    )
    if cut < 0:
        return name
    rest = " ".join(words[cut + 1 :])
    if not rest:
        return Span("")
    at = name.value.rfind(rest)
    return Span(rest, name.start + at, name.start + at + len(rest))


# "Acme Corp. (the "Company")", "(“Acme”, the “Company”, “we” or “us”)",
# "(hereinafter the "Company")"
_DEFINED_RE = re.compile(
    r"\s*\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:[“\"][^”\"]{1,40}[”\"]"
    r"\s*(?:,|or)\s*)?(?:the\s+)?[“\"](?:Company|Corporation|Registrant|Issuer|Group"
    r"|Bank|Trust|Fund)[”\"]"
)
# ... and unquoted, as ASX releases write it: "Acme Limited (Acme or the Company)"
_DEFINED_BARE_RE = re.compile(
    r"\(\s*(?:[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*)?[ \t]*(?:,|or)[ \t]*)?"
    r"the[ \t]+(?:Company|Group)[ \t]*\)"
)


# The name before a bracket, when it ends in a suffix the shared reading cuts
# ("Acme A/S (Nasdaq Copenhagen: ACME)", "Acme Pty Ltd"), or is a lower-case brand
# ("u-blox (SIX: UBXN)").
_SUFFIXED_BEFORE_RE = re.compile(
    rf"(?P<name>[{UPPER}][\w&.'’-]*(?:,?[ \t]+(?:[{UPPER}][\w&.'’-]*|&|of|and|de))"
    rf"{{0,6}}?{_SUFFIX_TAIL}{{1,2}})[ \t]*$"
)
_BRAND_BEFORE_RE = re.compile(
    r"(?<![\w-])(?P<name>[a-z][a-z0-9]*(?:-[a-z0-9]+|[A-Z][\w]*)+)[ \t]*$"
)


def _name_before(page: Page, position: int, floor: int) -> Span:
    """The issuer's name just before a bracket at ``position``."""
    name = company_before(page.text, position, floor)
    line_start = max(page.text.rfind("\n", floor, position) + 1, floor)
    for pattern in (_SUFFIXED_BEFORE_RE, _BRAND_BEFORE_RE):
        if pattern is _BRAND_BEFORE_RE and name.value:
            break
        found = pattern.search(page.text, line_start, position)
        if not found:
            continue
        begin = found.start("name")
        board_of = _BOARD_OF_NAME_RE.match(page.text, begin, found.end("name"))
        if board_of:  # "a member of the Board of Directors of Acme Corp. (the"
            begin = board_of.end()
        if begin < found.end("name") and (not name.value or begin < name.start):
            return Span(page.text[begin : found.end("name")], begin, found.end("name"))
    return name


_BOARD_OF_NAME_RE = re.compile(
    r"(?i:the[ \t]+)?Board[ \t]+of[ \t]+(?:Directors[ \t]+of[ \t]+)?(?i:the[ \t]+)?"
)


def release(page: Page, dateline_issuer: Span) -> Found:
    """The company of a press release, by the first rule that finds one.

    The issuer after the dateline, the name before a ticker bracket, the name
    before a defined "(the "Company")".
    """
    start, end = page.first, min(page.last, page.first + 20000)
    found: list[Span] = [dateline_issuer] if dateline_issuer.value else []
    for pattern in (
        _TICKER_BRACKET_RE,
        _VENDOR_BRACKET_RE,
        _RIC_RE,
        _DEFINED_RE,
        _DEFINED_BARE_RE,
    ):
        match = page.search(pattern, start, end)
        if pattern is _RIC_RE:
            match = next(
                (m for m in _RIC_RE.finditer(page.flat, start, end)
                 if after_a_name(page.flat, m.start())),
                None,
            )  # fmt: skip
        if match:
            name = _after_verb(
                _name_before(page, match.start(), max(start, match.start() - 150))
            )
            if name.value:
                found.append(name)
    if not found:
        return NOT_FOUND
    return Found(min(found, key=lambda s: s.start), "company.release")


_BRIEF_HEADER_RE = re.compile(
    rf"(?m)^[ \t]*(?P<name>[{_CAPITAL}][{_CAPITAL}0-9&.,'’ -]{{2,60}}?)[ \t]*:[ \t]*$"
)


# The name line above "(Incorporated in Bermuda with limited liability)", a
# "(Stock Code: 1234)" or an Australian "ABN 12 345 678 901".
_LETTERHEAD_RE = re.compile(
    rf"(?m)^[ \t*_#]*(?P<name>[{_CAPITAL}][^\n(]{{1,80}}?(?i:{_SUFFIX_TAIL}))[ \t*_]*\n"
    r"(?:[^\n]{0,80}\n)?[ \t*_]*(?:\((?i:incorporated|stock\s+code|a\s+joint\s+stock"
    r"|(?:company\s+)?registration\s+(?:no|number))"
    r"|(?:ABN|ACN|ARBN)[ \t]+\d|CIN[ \t]*[:\-]|LEI[ \t]*[:\-]"
    r"|(?i:regd\.?|registered)[ \t]+office)"
)


_LETTERHEAD_MARK_RE = re.compile(
    r"\((?i:incorporated|stock\s+code|a\s+joint\s+stock|(?:company\s+)?registration)"
    r"|(?:ABN|ACN|ARBN)[ \t]+\d|CIN[ \t]*[:\-]|LEI[ \t]*[:\-]"
    r"|(?i:regd\.?|registered)[ \t]+office"
)


def letterhead(page: Page) -> Found:
    """An exchange announcement's letterhead: the name above its incorporation."""
    for start, end in page.spans:
        stop = min(end, start + 5000)
        if not _LETTERHEAD_MARK_RE.search(page.text, start, stop):
            continue  # (a cheap look first: the line under the name)
        match = _LETTERHEAD_RE.search(page.text, start, stop)
        if match:
            span = Span(match.group("name"), match.start("name"), match.end("name"))
            return Found(span, "company.letterhead")
    return NOT_FOUND


def brief_header(page: Page) -> Found:
    """A news brief opening on the issuer's name in capitals: ``ACME HOLDINGS:``."""
    match = _BRIEF_HEADER_RE.search(
        page.text, page.first, min(page.last, page.first + 400)
    )
    if not match or match.group("name").split()[0].isdigit():
        return NOT_FOUND
    return Found(Span(match.group("name"), match.start("name"), match.end("name")),
                 "company.brief_header")  # fmt: skip


_NAME = (
    rf"(?P<name>(?![Dd]irectors\b)[{_CAPITAL}][\w&.-]*"
    rf"(?:[ \t]+(?:[{_CAPITAL}][\w&.-]*|&|of)){{0,5}}{_SUFFIX_TAIL}?)"
)
# A name with a legal suffix may hold "and": "Marks and Spencer Group plc"
_SUFFIXED_NAME = (
    rf"(?P<name>[{_CAPITAL}][\w&.-]*"
    rf"(?:[ \t]+(?:[{_CAPITAL}][\w&.-]*|&|of|and)){{0,5}}{_SUFFIX_TAIL})"
)
_SHORT_NAME = r"(?:[ \t]*\([A-Z][A-Za-z&]{1,6}\))?"  # "Acme Group plc (AG) said"
# A story's sentence opening on the issuer: "Acme said ...", "Acme's board ..."
_OPENING_RES = (
    re.compile(rf"{_NAME}{_SHORT_NAME}[ \t]+(?:on[ \t]+\w+day[ \t]+)?{ISSUER_VERB}\b"),
    re.compile(rf"{_NAME}['’]s?[ \t]+(?:board|Board)\b"),
    re.compile(rf"{_SUFFIXED_NAME}{_SHORT_NAME}[ \t]+{ISSUER_VERB}\b"),
)
_LEAD_RES = (
    re.compile(
        rf"\b(?:of|at|from|by|into|for|on)[ \t]+{_NAME}['’]s?[ \t]+(?:board|Board)\b"
    ),
    re.compile(
        rf"\b(?:board|Board)[ \t]+of[ \t]+(?:[Dd]irectors[ \t]+of[ \t]+)?{_NAME}"
    ),
    # "to join the Pumpkin Patch board", "appointments to the NZTR Board"
    re.compile(rf"\bthe[ \t]+{_NAME}[ \t]+(?:board|Board)\b"),
)
# "Securities and Exchange Board of India": a name holding "Board of", not a board
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w&.-]*[ \t]+$")
_BREAK_RE = re.compile(r"[.!?\n—–]|--")


def _openings(text: str, start: int, end: int) -> list[int]:
    """Where sentences open: the start, after a line break, a sentence or a dash."""
    found = [start]
    for mark in _BREAK_RE.finditer(text, start, end):
        at = mark.end()
        if mark.group() in ".!?":
            before = text[mark.start() - 1] if mark.start() > start else "A"
            ends_sentence = before.islower() or before.isdigit() or before in '”")'
            if at >= end or text[at] not in " \t" or not ends_sentence:
                continue  # "Andrew N. Ferguson": an initial, not a sentence
        while at < end and text[at] in " \t":
            at += 1
        if at < end and (text[at].isupper() or text[at].isdigit()):
            found.append(at)
    return found


_DATE_LABEL_RE = re.compile(r"[ \t]*date[ \t]+\d{4}-\d\d-\d\d[ \t]+")
_BOARD_TAIL_RE = re.compile(r"[ \t]+Board(?:[ \t]+of[ \t]+Directors)?$")
_QUANTITY = frozenset(
    {"one", "two", "three", "four", "five", "both", "all", "some", "several", "most"}
)
_NOT_LEAD = frozenset(
    {"the", "he", "she", "it", "they", "we", "its", "his", "her", "a",
     "shareholders", "stockholders", "investors", "analysts", "directors"}
)  # fmt: skip


def _on_board_lines(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a ``_LEAD_RES`` pattern, faster.

    Each match lies on one line (names and blanks hold no line break) and holds
    "board" or "Board", so only such lines are searched (the patterns were slow
    to try at every word of the opening 3,000 characters).
    """
    at = start
    while at < end:
        newline = text.find("\n", at, end)
        stop = end if newline < 0 else newline
        if text.find("oard", at, stop) >= 0:
            yield from pattern.finditer(text, at, stop)
        at = stop + 1


def lead(page: Page) -> Found:
    """A story's subject: ``Acme said``, ``Acme's board``, ``the board of Acme``."""
    start, end = page.first, min(page.last, page.first + _NEAR)
    label = _DATE_LABEL_RE.match(page.text, start, end)
    if label:  # " date 2018-10-02 Acme plc has announced ..." (a stored page)
        start = label.end()
    best: Span | None = None
    matches: list[re.Match[str]] = []
    for at in _openings(page.text, start, end):
        for pattern in _OPENING_RES:
            opening = pattern.match(page.text, at, end)
            if opening:
                matches.append(opening)
        if matches:
            break
    for pattern in _LEAD_RES:
        for found in _on_board_lines(pattern, page.text, start, end):
            if found.group().startswith("Board") and _NAME_BEFORE_RE.search(
                page.text, max(0, found.start() - 40), found.start()
            ):
                continue
            matches.append(found)
            break
    for match in matches:
        name = _lead_name(match)
        if not name:
            continue
        at = page.text.find(name, match.start("name"))
        if best is None or at < best.start:
            best = Span(name, at, at + len(name))
    return Found(best, "company.lead") if best else NOT_FOUND


def _lead_name(match: re.Match[str]) -> str:
    """The company a lead pattern matched, without articles, counts or "Board of"."""
    words = _BOARD_TAIL_RE.sub("", match.group("name")).split()
    if match.re is _LEAD_RES[2] and words[0].lower() in NOT_A_BOARD_NAME:
        return ""  # "the Company board", "the Audit Committee board"
    while words and words[0].lower() in _NOT_LEAD:
        words = words[1:]
    if len(words) > 2 and words[0].lower() in _QUANTITY and words[1] == "of":
        words = words[2:]  # "Two of Acme's board members"
    while len(words) > 2 and words[0] == "Board" and words[1] == "of":
        words = words[2:]  # "The Board of Acme Berhad announces"
        if words[:2] == ["Directors", "of"]:
            words = words[2:]
    if not words or words[0].lower() in _NOT_LEAD or words[0] in ("On", "In", "As"):
        return ""
    if len(words) == 1 and words[0].lower() in NOT_A_BOARD_NAME:
        return ""  # "The Company announces ...": a defined term, not a name
    return " ".join(words)


_SEC_HEADER_NAME_RE = re.compile(r"COMPANY CONFORMED NAME:\s*([^\n]+)")


def edgar_header(page: Page) -> Found:
    """The SEC header's conformed name, as the document writes it where it does.

    ``META PLATFORMS, INC.`` is given as ``Meta Platforms, Inc.``.
    """
    match = _SEC_HEADER_NAME_RE.search(page.text, 0, min(len(page.text), 5000))
    if not match:
        return NOT_FOUND
    name = match.group(1).strip()
    words = [re.escape(w) for w in re.findall(r"[\w&'-]+", name)]
    if words:
        pattern = re.compile(r"[\s,.]*".join(words) + r"\.?", re.IGNORECASE)
        for start, end in page.spans:
            written = pattern.search(page.text, max(start, match.end()), end)
            if written and not written.group().isupper():
                span = Span(written.group(), written.start(), written.end())
                return Found(span, "company.edgar_header")
    span = Span(name, match.start(1), match.start(1) + len(name))
    return Found(span, "company.edgar_header")


# "By order of the Board\nAcme Holdings Limited" (Hong Kong, London) and
# "For ACME LIMITED\n\nSd/-" (an Indian exchange letter)
_SIGNED_FOR_RE = re.compile(
    r"(?m)(?:^[ \t]*(?i:by[ \t]+order[ \t]+of[ \t]+the[ \t]+board)[ \t,]*\n"
    r"(?:[ \t]*\n)?"
    r"|^[ \t]*(?:For|FOR|for)[ \t]+(?:and[ \t]+on[ \t]+behalf[ \t]+of[ \t]+)?)"
    rf"[ \t]*(?P<name>[{_CAPITAL}][^\n]{{1,70}}?(?i:{_SUFFIX_TAIL}))[ \t.,]*$"
)
# "ACME CORP.\n\nBy: /s/ Jo Park": the company above a signature
_SIGNATURE_RE = re.compile(
    rf"(?m)^[ \t|]*(?P<name>[{_CAPITAL}][\w&.,'’ -]{{1,70}}?(?i:{_SUFFIX_TAIL}))"
    r"[ \t|]*\n"
    r"(?:[ \t|]*\n){0,3}[ \t|]*By[ \t]*:?[ \t|]*(?:/s/|_{3,}|\n)"
)


_BY_LINE_RE = re.compile(r"(?m)^[ \t|]*By[ \t]*:?[ \t|]*(?:/s/|_{3,}|\n)")
_FOR_LINE_RE = re.compile(r"(?m)^[ \t]*(?:(?i:by[ \t]+order)|For|FOR|for)[ \t]")


def signature(page: Page) -> Found:
    """The company of a signature block.

    ``ACME CORP.`` / ``By: /s/ ...``, ``By order of the Board`` / ``Acme
    Holdings Limited``, ``For ACME LIMITED`` / ``Sd/-``.
    """
    for start, end in page.spans:
        by_line = _BY_LINE_RE.search(page.text, start, end)
        signed_for = _FOR_LINE_RE.search(page.text, start, end)
        if not by_line and not signed_for:
            continue  # (a cheap look first: a "By:" line, a "For ..." line)
        match = (_SIGNATURE_RE.search(page.text, start, end) if by_line else None) or (
            _SIGNED_FOR_RE.search(page.text, start, end) if signed_for else None
        )
        if match:
            span = Span(match.group("name"), match.start("name"), match.end("name"))
            return Found(span, "company.signature")
    return NOT_FOUND


# A director's letter: "I hereby resign as a director of Acme Corp."
_LETTER_RE = re.compile(
    r"\bI[ \t]+(?:hereby[ \t]+)?(?:resign|tender|retire|step[ \t]+down|decline"
    r"|will[ \t]+not)[^.]{0,120}?\b(?:of|from)[ \t]+(?:the[ \t]+[Bb]oard[ \t]+of"
    rf"[ \t]+[Dd]irectors[ \t]+of[ \t]+)?(?P<name>[{_CAPITAL}][\w&.-]*"
    rf"(?:[ \t]+[{_CAPITAL}][\w&.-]*){{0,4}}{_SUFFIX_TAIL})"
)


# ... or without the suffix, which the letter's address block writes:
# "I hereby resign as a Director of Acme Widgets effective ..."
_LETTER_BARE_RE = re.compile(
    r"\bI[ \t]+(?:hereby[ \t]+)?(?:resign|tender|retire|step[ \t]+down|decline"
    r"|will[ \t]+not)[^.]{0,120}?\b(?:of|from)[ \t]+(?:the[ \t]+[Bb]oard[ \t]+of"
    rf"[ \t]+[Dd]irectors[ \t]+of[ \t]+)?(?P<name>[{_CAPITAL}][\w&.-]*"
    rf"(?:[ \t]+[{_CAPITAL}][\w&.-]*){{0,4}})(?=[ \t,.]|$)"
)


_I_RESIGN_RE = re.compile(
    r"\bI[ \t]+(?:hereby[ \t]+)?(?:resign|tender|retire|step[ \t]+down|decline"
    r"|will[ \t]+not)"
)


def letter(page: Page) -> Found:
    """The company of a director's letter: ``I hereby resign ... of Acme Corp.``.

    Written without its suffix, the name is taken as the letter writes it in
    full elsewhere (its address block: ``Acme Widgets, Inc.``).
    """
    for start, end in page.spans:
        if not _I_RESIGN_RE.search(page.flat, start, end):
            continue  # (a cheap look first: the letter's verb)
        match = _LETTER_RE.search(page.flat, start, end)
        if match:
            span = Span(match.group("name"), match.start("name"), match.end("name"))
            return Found(span, "company.letter")
        bare = _LETTER_BARE_RE.search(page.flat, start, end)
        if bare and bare.group("name").lower() not in ("the", "directors", "board"):
            fuller = _fuller(page, bare.group("name"), page.first, page.last)
            if fuller is not None:
                return Found(fuller, "company.letter")
    return _addressee(page)


# A letter's inside address: "Board of Directors / Acme Biotech Corp. / 12 Main
# Street / ... / Dear ...:" (the company is the line with a legal suffix)
_SALUTATION_RE = re.compile(r"(?m)^[ \t]*(?:Dear|Ladies[ \t]+and[ \t]+Gentlemen)\b")
_ADDRESS_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<name>[{_CAPITAL}][\w&.,'’ -]{{1,70}}?(?i:{_SUFFIX_TAIL}))[ \t.]*$"
)


def _addressee(page: Page) -> Found:
    """The company a letter is addressed to, above its salutation."""
    stop = min(page.last, page.first + 1500)
    salutation = _SALUTATION_RE.search(page.text, page.first, stop)
    if not salutation:
        return NOT_FOUND
    match = _ADDRESS_LINE_RE.search(page.text, page.first, salutation.start())
    if not match:
        return NOT_FOUND
    words = match.group("name").split()
    cut = max(
        (i + 1 for i, w in enumerate(words) if w.lower() in _ADDRESS_TITLE_WORDS),
        default=0,
    )  # "Chairman and CEO Acme, Inc.", "To the Board of Directors of Acme, Inc."
    while cut < len(words) and words[cut].lower() in ("of", "the"):
        cut += 1
    name = " ".join(words[cut:])
    at = page.text.find(name, match.start("name"), match.end("name"))
    if not name or at < 0:
        return NOT_FOUND
    return Found(Span(name, at, at + len(name)), "company.letter")


_ADDRESS_TITLE_WORDS = HEADLINE_STOP - {"and", "&"}


def find_issuer(page: Page, dateline_issuer: Span, cover_name: Found) -> Found:
    """The issuer's name by the first rule that answers (see the module's list).

    ``cover_name`` is :func:`cover`'s answer, read once by the caller.
    """
    found = cover_name
    if found.span.value:
        return found
    from_release = release(page, dateline_issuer)
    rules: tuple[Callable[[], Found], ...] = (
        lambda: headline(page, from_release.span),
        lambda: from_release,
        lambda: letterhead(page),
        lambda: headline(page, from_release.span, weak=True),
        lambda: letter(page),
        lambda: signature(page),
        lambda: brief_header(page),
        lambda: lead(page),
        lambda: edgar_header(page),
    )
    for rule in rules:
        found = rule()
        if found.span.value:
            return found
    name = page.metadata.get("company_name", "")
    return Found(Span(name), "company.metadata") if name else NOT_FOUND
