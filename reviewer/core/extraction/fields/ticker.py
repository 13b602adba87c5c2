"""Ticker and exchange: named rules, the first answer wins.

A bracket next to the issuer's name comes first, and among brackets the one
written first (a page's later "related news" links name other companies):
``(NASDAQ: ACME)``, ``(TSX: ABC, NYSE: ABC)``, ``(ASX:XYZ)``, a data vendor's
``( (HK:2477) )``. Then a header line (``TSX-V: TVM | OTCQX: TVMNF``), a wire's
``>ACME`` flash code, the 10-K/8-K cover table, a labelled code (``TIDM: ACME``,
``Scrip Code: 500325``, ``Symbol: ACME``), "listed on ... under the symbol", a
Hong Kong ``(Stock Code: 1234)``, and a headline's closing
``(ACME)``. When no rule names the exchange, the sentence that says where the
shares trade ("listing standards of the Nasdaq Stock Market", "traded on the
Tel Aviv Stock Exchange") may.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reviewer.core import lazyre as re
from reviewer.core.extraction.fields.lexicon import (
    COUNTRY_CODE_EXCHANGES,
    EXCHANGE_ALTERNATION,
    ISSUER_VERB,
    NOT_TICKERS,
    RIC_EXCHANGES,
    VENDOR_MARKET_CODES,
    exchange_of,
    short_exchange,
)
from reviewer.core.extraction.fields.page import NOT_FOUND, Found, Page
from reviewer.core.extraction.filing import Span

_TK = r"(?P<tk>[A-Z0-9][A-Z0-9.\-]{0,7})"
_TICKER_BRACKET_RE = re.compile(
    r"\((?:[^():]{0,40}?\b)?(?P<ex>" + EXCHANGE_ALTERNATION + r")"
    r"(?:\s*(?:,|/|and|&)\s*[A-Z][\w ]{1,20})*(?:\s+(?:code|ticker|symbol))?"
    r"\s*[:：]\s*" + _TK + r"(?![\w-])",
    re.IGNORECASE,
)
# A data vendor's bracket: "Eagle Bancorp ( (EGBN) )", "WellCell ( (HK:2477) )";
# a bracket that names no market: "Acme Corp. (ticker symbol: ACME)".
_VENDOR_BRACKET_RE = re.compile(
    r"\(\s*\(\s*(?:(?P<cc>[A-Z]{2,6})\s*:\s*)?" + _TK + r"\s*\)\s*\)"
    r"|\((?i:(?:stock[ \t]+)?ticker(?:[ \t]+symbol)?"
    r"|(?:stock[ \t]+|trading[ \t]+)?symbol)"
    r"\s*[:：]?\s*(?P<tk2>[A-Z][A-Z0-9.\-]{0,7})\)"
)
# A data vendor's market code before the ticker: "Acme plc (LON:ACME)", "[ETR:ACM]"
_MARKET_CODE_RE = re.compile(
    r"[(\[][ \t]*(?P<cc>"
    + "|".join(sorted(VENDOR_MARKET_CODES, key=len, reverse=True))
    + r")[ \t]*:[ \t]*(?P<tk>[A-Z0-9][A-Z0-9.\-]{0,9})[ \t]*[)\]]"
)
_HEADER_TICKER_RE = re.compile(
    # after two blanks without "[ \t]{2,}[ \t]*", which backtracks for each blank
    # of a long padded line (48 ms on one letter)
    r"(?m)(?:^[ \t]*(?:[*•][ \t]+)?|(?<=[ \t][ \t])|\|[ \t]*)"
    r"(?P<ex>" + EXCHANGE_ALTERNATION + r")[ \t]*"
    r"(?:Code|Symbol)?[ \t]*[:：][ \t]*" + _TK + r"(?![\w-])"
)
# A wire's flash line: "*Acme Names New Chair >ACME"
_FLASH_CODE_RE = re.compile(r"(?m)[ \t]>(?P<tk>[A-Z]{1,5}(?:\.[A-Z])?)[ \t]*$")
_COVER_HEADER_RE = re.compile(r"Trading\s+Symbol", re.IGNORECASE)
_COVER_TICKER_RE = re.compile(
    r"(?<![\w$.])(?P<tk>[A-Z]{1,5}(?:\.[A-Z])?)[ \t]*[|,]?\s*(?P<ex>(?:The[ \t]+)?"
    r"(?:Nasdaq|NASDAQ|New[ \t]+York[ \t]+Stock[ \t]+Exchange|NYSE)[A-Za-z \t]*)"
)
_LABELLED_TICKER_RE = re.compile(
    r"\bTrading\s+Symbol\(?s?\)?\s*[:|]\s*(?P<tk>[A-Z]{1,5}(?:\.[A-Z])?)\b"
)
_LABELLED_EXCHANGE_RE = re.compile(
    r"\bName\s+of\s+each\s+exchange\s+on\s+which\s+registered\s*[:|]\s*"
    r"(?P<ex>[^|\n]{3,60}?)\s*(?:\||$|  )",
    re.IGNORECASE | re.MULTILINE,
)
_LISTED_RE = re.compile(
    r"\b(?:listed|traded|quoted)\s+on\s+the\s+"
    r"(?P<ex>[A-Z][\w ]{2,40}?(?:Exchange|Market))"
    r"\s+under\s+the\s+(?:ticker\s+|trading\s+|stock\s+)?(?:symbol|code)\s+[\"“]?"
    r"(?P<tk>[A-Z0-9][A-Z0-9.]{0,6})\b"
    # "is listed on the Tokyo Stock Exchange (ticker: 4565)"
    r"|\blisted\s+on\s+the\s+(?P<ex2>[A-Z][\w ]{2,40}?(?:Exchange|Market))\s*\(\s*"
    r"(?:ticker|stock\s+code|code|symbol)\s*[:：]\s*(?P<tk2>[A-Z0-9][A-Z0-9.]{0,6})\s*\)"
)
_STOCK_CODE_RE = re.compile(
    r"(?:\(\s*|^[ \t]*)(?:Stock|Share)\s+Code\s*[:：]?\s*(?P<tk>\d{1,5})\b", re.I | re.M
)
_HONG_KONG_RE = re.compile(r"Stock\s+Exchange\s+of\s+Hong\s+Kong|\bHKEX\b|\bSEHK\b")
_HEADLINE_BRACKET_RE = re.compile(r"\((?P<tk>[A-Z]{2,5}(?:\.[A-Z])?)\)\s*$")
_LISTING_RULES_RE = re.compile(
    r"\b(?:listing\s+(?:standards|rules|requirements)|corporate\s+governance\s+"
    r"(?:standards|rules))\s+of\s+(?:the\s+)?(?P<ex>Nasdaq(?:\s+Stock\s+Market)?"
    r"|New\s+York\s+Stock\s+Exchange|NYSE(?:\s+American)?)"
    r"|\b(?P<ex2>Nasdaq|NYSE)\s+(?:listing\s+(?:standards|rules?)|Listing\s+Rule)",
)
# "shares are traded on the Tel Aviv Stock Exchange", "trading begins on the NYSE"
_TRADES_ON_RE = re.compile(
    r"\b(?:listed|traded|trades|trading(?:\s+begins)?|quoted)\s+on\s+(?:the\s+)?"
    r"(?P<ex>(?:[A-Z][a-z]+\s+){1,4}(?:Stock\s+)?Exchange|Nasdaq(?:\s+Stock\s+Market)?"
    r"|NYSE(?:\s+American)?|TSX(?:\s+Venture\s+Exchange)?|TSXV|ASX|AIM|HKEX|SGX|NZX"
    r"|OTCQX|OTCQB|Euronext(?:\s+Growth)?(?:\s+[A-Z][a-z]+)?)"
)


# An exchange as a filing's addressee, a market's disclaimer or a header names
# it: a known market (capitalised as written) or an "<Place> Stock Exchange".
def _exch(group: str) -> str:
    return (
        rf"(?P<{group}>(?=[A-Z])(?i:{EXCHANGE_ALTERNATION})(?![\w-])"
        r"|(?!Stock\b)(?:[A-Z][a-z]+[ \t]+){1,3}(?:Stock[ \t]+|Securities[ \t]+)?"
        r"Exchange)"
    )


# "in a filing with the Singapore Exchange", "a same-day Taiwan Exchange filing",
# "announced on the Hong Kong Stock Exchange", "a communication to BSE": the verb
# or noun is found first, then the market next to it (the markets' alternation
# is slow to try at every word).
_FILED_VERB_RE = re.compile(
    r"\b(?:filings?|filed|lodged|disclosures?|announcements?|communications?"
    r"|notices?|notifications?|statements?|announced|released|published)"
    r"[ \t]+(?:with|to|on)[ \t]+(?:the[ \t]+)?"
)
_FILED_NOUN_RE = re.compile(
    r"[ \t]+(?:filings?|disclosures?|announcements?|notices?|releases?)\b"
)
_EXCH_AT_RE = re.compile(_exch("ex"))
_EXCH_BEFORE_RE = re.compile(rf"\b(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+)??{_exch('ex')}$")
# "Neither the TSX Venture Exchange nor its Regulation Services Provider ...",
# "The Stock Exchange of Hong Kong Limited take no responsibility ..."
# (found by their fixed words first, then the market next to them)
_NEITHER_RE = re.compile(r"\bNeither[ \t]+(?:the[ \t]+)?")
_EXCH_NOR_RE = re.compile(rf"{_exch('ex')}[ \t]+nor\b")
_DISCLAIMS_RE = re.compile(r"[ \t]+(?:takes?|accepts?|assumes?)$")
_EXCH_END_RE = re.compile(rf"(?<![\w-]){_exch('ex')}(?:[ \t]+Limited)?$")
_LEAD = 4000  # where a story says which market it filed with
# London's Regulatory News Service: "RNS Number : 4521K" (AIM when the text says so)
_NEWS_SERVICES = ("RNS Number", "Regulatory News Service")
# A notice's header line naming the market in capitals: "TEL AVIV STOCK EXCHANGE"
_HEADER_EXCHANGE_RE = re.compile(
    r"(?m)(?:^|[ \t]{2,})(?P<ex>(?:[A-Z]+[ \t]+){1,3}(?:STOCK[ \t]+|SECURITIES[ \t]+)?"
    r"EXCHANGE)\b"
)
Pair = tuple[Found, Found]
NO_PAIR: Pair = (NOT_FOUND, NOT_FOUND)


def _span(match: re.Match[str], group: str) -> Span:
    return Span(match.group(group), match.start(group), match.end(group))


def _exchange(match: re.Match[str], group: str, rule: str) -> Found:
    raw = match.group(group)
    return Found(Span(short_exchange(raw), match.start(group), match.end(group)), rule)


def bracket(page: Page, start: int, end: int) -> Pair:
    """``(NASDAQ: ACME)`` or a vendor's ``( (HK:2477) )``: the first written wins."""
    best: Pair = NO_PAIR
    best_at = end
    match = page.search(_TICKER_BRACKET_RE, start, end)
    if match:
        best_at = match.start()
        best = (
            Found(_span(match, "tk"), "ticker.bracket"),
            _exchange(match, "ex", "ticker.bracket"),
        )
    coded = _MARKET_CODE_RE.search(page.flat, start, best_at)
    if coded:
        best_at = coded.start()
        market = VENDOR_MARKET_CODES[coded.group("cc")]
        best = (
            Found(_span(coded, "tk"), "ticker.market_code"),
            Found(
                Span(market, coded.start("cc"), coded.end("cc")), "ticker.market_code"
            ),
        )
    for vendor in _VENDOR_BRACKET_RE.finditer(page.flat, start, best_at):
        if vendor.group("tk2"):  # "(ticker symbol: ACME)"
            return Found(_span(vendor, "tk2"), "ticker.bracket"), NOT_FOUND
        if vendor.group("tk") in NOT_TICKERS:
            continue
        code = vendor.group("cc") or ""
        market = COUNTRY_CODE_EXCHANGES.get(code.upper(), "")
        if code and not market:
            market = short_exchange(code) if code.upper() not in ("US", "CA") else ""
            if market == code and code.upper() not in ("TSE", "TSXV", "CVE"):
                market = ""  # an unknown prefix: a country, not a market
            elif code.upper() == "TSE":
                market = "TSX"  # vendors write Toronto as TSE
            elif code.upper() == "CVE":
                market = "TSXV"
        ex = Found(
            Span(market, vendor.start("cc"), vendor.end("cc")) if market else Span(""),
            "ticker.vendor_bracket",
        )
        return Found(_span(vendor, "tk"), "ticker.vendor_bracket"), ex
    return best


def header_line(page: Page, start: int, end: int) -> Pair:
    """A header line: ``TSX-V: TVM | OTCQX: TVMNF``, ``ASX Code: XYZ``."""
    match = _HEADER_TICKER_RE.search(page.text, start, min(end, start + 600))
    if not match:
        return NO_PAIR
    rule = "ticker.header_line"
    return Found(_span(match, "tk"), rule), _exchange(match, "ex", rule)


# "TIDM: ACME" (London), "ASX Code: XYZ", "Scrip Code: 500325" and "Symbol: ACME"
# (an Indian exchange letter to the BSE and the NSE)
_LABELLED_RE = re.compile(
    r"(?:^|(?<=[\s(|,;]))(?<!Trading )(?<!TRADING )"
    r"(?P<label>(?i:TIDM|EPIC|(?:NSE[ \t]+)?Symbol"
    r"|(?:BSE[ \t]+)?Scrip[ \t]+Code|Security[ \t]+Code"
    r"|(?P<ex>ASX|NZX|SGX|JSE|TSXV?|CSE)[ \t]+(?:Code|Ticker)))"
    r"[ \t]*[:：\-–][ \t]*(?P<tk>[A-Z0-9][A-Z0-9.&-]{0,11})(?![\w&-])"
)
_LSE_MARKET_RE = re.compile(r"\bAIM\b")
_NSE_RE = re.compile(r"National\s+Stock\s+Exchange|\bNSE\b")


def labelled(page: Page, start: int, end: int) -> Pair:
    """A labelled code; an NSE symbol is preferred to a BSE scrip code.

    ``TIDM: ACME``, ``ASX Code: XYZ``, ``Symbol: ACME``, ``Scrip Code: 500325``.
    """
    rule = "ticker.labelled"
    stop = min(end, start + 6000)
    lowered = page.text[start:stop].lower()
    if not any(k in lowered for k in ("tidm", "epic", "symbol", "scrip", "code")):
        return NO_PAIR  # (a cheap look first: the pattern is slow to scan)
    found = list(_LABELLED_RE.finditer(page.text, start, stop))
    if not found:
        return NO_PAIR
    symbols = [m for m in found if "symbol" in m.group("label").lower()]
    match = symbols[0] if symbols else found[0]
    label = match.group("label").lower()
    if match.group("ex"):
        market = short_exchange(match.group("ex"))
    elif label in ("tidm", "epic"):
        market = "AIM" if _LSE_MARKET_RE.search(page.flat, start, end) else "LSE"
    elif "scrip" in label or label.startswith("bse"):
        market = "BSE"
    elif "symbol" in label and _NSE_RE.search(page.flat, start, end):
        market = "NSE"
    else:
        market = ""
    ex = Found(Span(market), rule) if market else NOT_FOUND
    return Found(_span(match, "tk"), rule), ex


def flash_code(page: Page, start: int, end: int) -> Pair:
    """A wire's flash headline ending in the ticker: ``*Acme Names Chair >ACME``."""
    match = _FLASH_CODE_RE.search(page.text, start, min(end, start + 800))
    if not match or match.group("tk") in NOT_TICKERS:
        return NO_PAIR
    return Found(_span(match, "tk"), "ticker.flash_code"), NOT_FOUND


def cover_table(page: Page, start: int, end: int) -> Pair:
    """The 8-K/10-K cover: ``Trading Symbol(s) | Name of each exchange``."""
    header = _COVER_HEADER_RE.search(page.flat, start, min(end, start + 20000))
    if not header:
        return NO_PAIR
    match = _COVER_TICKER_RE.search(
        page.text, header.end(), min(end, header.end() + 800)
    )
    rule = "ticker.cover_table"
    if match:
        return Found(_span(match, "tk"), rule), _exchange(match, "ex", rule)
    labelled = _LABELLED_TICKER_RE.search(page.flat, start, min(end, start + 20000))
    if not labelled:
        return NO_PAIR
    named = _LABELLED_EXCHANGE_RE.search(
        page.text, labelled.end(), min(end, labelled.end() + 400)
    )
    return Found(_span(labelled, "tk"), rule), (
        _exchange(named, "ex", rule) if named else NOT_FOUND
    )


def listed_under(page: Page, start: int, end: int) -> Pair:
    """``listed on the Tel Aviv Stock Exchange under the symbol "ACME"``."""
    match = _LISTED_RE.search(page.flat, start, end)
    if not match:
        return NO_PAIR
    rule = "ticker.listed_under"
    second = match.group("tk") is None
    return Found(_span(match, "tk2" if second else "tk"), rule), _exchange(
        match, "ex2" if second else "ex", rule
    )


def stock_code(page: Page, start: int, end: int) -> Pair:
    """A Hong Kong announcement's ``(Stock Code: 1234)``."""
    match = _STOCK_CODE_RE.search(page.text, start, min(end, start + 5000))
    if not match:
        return NO_PAIR
    hong_kong = _HONG_KONG_RE.search(page.flat, start, end)
    rule = "ticker.stock_code"
    return Found(_span(match, "tk"), rule), (
        Found(Span("HKEX"), rule) if hong_kong else NOT_FOUND
    )


def headline_bracket(page: Page, start: int, end: int) -> Pair:
    """A headline closing on the ticker: ``... Board of Directors (ACME)``."""
    for headline in page.headlines[:1]:
        match = _HEADLINE_BRACKET_RE.search(headline)
        if match and match.group("tk") not in NOT_TICKERS:
            return Found(Span(match.group("tk")), "ticker.headline_bracket"), NOT_FOUND
    return NO_PAIR


_RIC_RE = re.compile(
    r"\((?P<tk>[A-Z0-9]{1,6})\.(?P<sfx>"
    + "|".join(sorted(RIC_EXCHANGES, key=len, reverse=True))
    + r")\)"
)


# The same code without brackets, as Reuters writes it before the verb: "Galil
# Telecom Ltd GLTM.TA said on Sunday ..."
# (found by the dot, the suffix and the verb first, then the code before the dot:
# a pattern opening on the code was slow to try at every capital)
_BARE_RIC_SUFFIX_RE = re.compile(
    r"\.(?P<sfx>"
    + "|".join(sorted(RIC_EXCHANGES, key=len, reverse=True))
    + rf")(?=[ \t]+{ISSUER_VERB}\b)"
)
_CODE_BEFORE_DOT_RE = re.compile(r"(?<![\w.])(?P<tk>[A-Z0-9]{1,6})$")


def _bare_rics(flat: str, start: int, end: int) -> Iterator[tuple[int, str, str]]:
    """(where the code starts, the code, the suffix) of each bare Reuters code."""
    for dot in _BARE_RIC_SUFFIX_RE.finditer(flat, start, end):
        at = dot.start()
        code = _CODE_BEFORE_DOT_RE.search(flat, max(start, at - 6), at)
        if code:
            yield code.start(), code.group("tk"), dot.group("sfx")


def after_a_name(flat: str, at: int) -> bool:
    """Whether the bracket at ``at`` follows a word and one space (``Acme (``)."""
    return (
        at >= 2
        and flat[at - 1] == " "
        and (flat[at - 2].isalnum() or flat[at - 2] in ".,’'")
    )


def ric(page: Page, start: int, end: int) -> Pair:
    """A Reuters instrument code after the name: ``Acme Ltd (ACM.AX) said``."""
    match = next(
        (m for m in _RIC_RE.finditer(page.flat, start, min(end, start + 6000))
         if after_a_name(page.flat, m.start())),
        None,
    )  # fmt: skip
    rule = "ticker.ric"
    if not match:
        bare = next(
            (b for b in _bare_rics(page.flat, start, min(end, start + 6000))
             if after_a_name(page.flat, b[0])),
            None,
        )  # fmt: skip
        if bare is None:
            return NO_PAIR
        at, code, suffix = bare
        market = RIC_EXCHANGES[suffix]
        dot = at + len(code)
        return Found(Span(code, at, dot), rule), Found(
            Span(market, dot + 1, dot + 1 + len(suffix)), rule
        )
    market = RIC_EXCHANGES[match.group("sfx")]
    exchange = Span(market, match.start("sfx"), match.end("sfx"))
    return Found(_span(match, "tk"), rule), Found(exchange, rule)


TICKER_RULES: tuple[tuple[str, Callable[[Page, int, int], Pair]], ...] = (
    ("ticker.bracket", bracket),
    ("ticker.header_line", header_line),
    ("ticker.flash_code", flash_code),
    ("ticker.ric", ric),
    ("ticker.cover_table", cover_table),
    ("ticker.labelled", labelled),
    ("ticker.listed_under", listed_under),
    ("ticker.stock_code", stock_code),
    ("ticker.headline_bracket", headline_bracket),
)


def listing_exchange(page: Page, start: int, end: int) -> Found:
    """The exchange named where the text says the shares are listed or traded."""
    match = _LISTING_RULES_RE.search(page.flat, start, end)
    if match:
        group = "ex" if match.group("ex") else "ex2"
        return _exchange(match, group, "exchange.listing_rules")
    if page.flat.find(" on ", start, end) < 0:
        return NOT_FOUND
    match = _TRADES_ON_RE.search(page.flat, start, end)
    if match and short_exchange(match.group("ex")) != " ".join(
        match.group("ex").split()
    ):
        return _exchange(match, "ex", "exchange.trades_on")
    return NOT_FOUND


def _filed_with(page: Page, start: int, end: int) -> Found:
    """The earliest "filing with <market>" or "<market> filing" in the lead."""
    found: list[tuple[int, re.Match[str]]] = []
    for verb in _FILED_VERB_RE.finditer(page.flat, start, end):
        market = _EXCH_AT_RE.match(page.flat, verb.end(), end)
        if market:
            found.append((verb.start(), market))
            break
    for noun in _FILED_NOUN_RE.finditer(page.flat, start, end):
        if found and noun.start() > found[0][0]:
            break
        market = _EXCH_BEFORE_RE.search(
            page.flat, max(start, noun.start() - 70), noun.start()
        )
        if market:
            found.append((market.start(), market))
            break
    if not found:
        return NOT_FOUND
    return _exchange(min(found, key=lambda f: f[0])[1], "ex", "exchange.filed_with")


def _disclaimer(page: Page) -> Found:
    """The market's own disclaimer: "Neither the <market> nor ...", "no responsibility".

    "Neither the TSX Venture Exchange nor its Regulation Services Provider ...",
    "The Stock Exchange of Hong Kong Limited take no responsibility ...".
    """
    start, end = page.first, page.last
    rule = "exchange.disclaimer"
    at = page.flat.find("Neither ", start, end)
    while at >= 0:  # str.find first: these run over the whole document
        neither = _NEITHER_RE.match(page.flat, at, end)
        market = neither and _EXCH_NOR_RE.match(page.flat, neither.end(), end)
        if market:
            return _exchange(market, "ex", rule)
        at = page.flat.find("Neither ", at + 1, end)
    at = page.flat.find(" no responsibility", start, end)
    while at >= 0:
        verb = _DISCLAIMS_RE.search(page.flat, max(start, at - 12), at)
        market = verb and _EXCH_END_RE.search(
            page.flat, max(start, verb.start() - 70), verb.start()
        )
        if market:
            return _exchange(market, "ex", rule)
        at = page.flat.find(" no responsibility", at + 1, end)
    return NOT_FOUND


def named_exchange(page: Page) -> Found:
    """The market a text files with, disclaims for, or is headed by.

    ``exchange.filed_with``: "in a filing with the Singapore Exchange";
    ``exchange.disclaimer``: "Neither the TSX Venture Exchange nor its ...";
    ``exchange.header``: a notice's header line "TEL AVIV STOCK EXCHANGE";
    ``exchange.news_service``: London's "RNS Number : 4521K" (AIM when named).
    ("an NZX listed company" is not one: biographies name other issuers so.)
    """
    lead = (page.first, min(page.last, page.first + _LEAD))
    filed = _filed_with(page, *lead)
    if filed.span.value:
        return filed
    disclaimer = _disclaimer(page)
    if disclaimer.span.value:
        return disclaimer
    head_end = min(page.last, page.first + 600)
    if page.text.find("EXCHANGE", page.first, head_end) >= 0:  # (a cheap look)
        for match in _HEADER_EXCHANGE_RE.finditer(page.text, page.first, head_end):
            if exchange_of(match.group("ex")) is not None:  # not "SECURITIES AND
                return _exchange(match, "ex", "exchange.header")  # EXCHANGE ..."
    if any(page.flat.find(w, page.first, page.last) >= 0 for w in _NEWS_SERVICES):
        aim = _LSE_MARKET_RE.search(page.flat, page.first, page.last)
        return Found(Span("AIM" if aim else "LSE"), "exchange.news_service")
    return NOT_FOUND


def find_ticker(
    page: Page, issuer_listing: Callable[[Page], Found] | None = None
) -> Pair:
    """(ticker, exchange): the first rule with an answer, region by region.

    ``issuer_listing``: the issuer's own listing sentence, read when neither a
    ticker rule nor a listing phrase named the market, before the market a
    text files with (:func:`named_exchange`).
    """
    ticker, exchange = NO_PAIR
    for start, end in page.spans:
        for _, rule in TICKER_RULES:
            ticker, exchange = rule(page, start, end)
            if ticker.span.value:
                break
        if ticker.span.value:
            break
    if not exchange.span.value:
        for start, end in page.spans:
            exchange = listing_exchange(page, start, end)
            if exchange.span.value:
                break
    if not exchange.span.value and issuer_listing is not None:
        exchange = issuer_listing(page)
    if not exchange.span.value:
        exchange = named_exchange(page)
    return ticker, exchange
